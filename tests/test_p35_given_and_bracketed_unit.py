"""Two shapes of a plan, read whole: a task table whose lead cell names a body and, in a bracket, the body it gives
the work to ("UBND thị xã (giao Phòng Kinh tế)": the latter leads); a sum whose unit stands in a bracket after its
number ("Kinh phí thực hiện: 3.450 (triệu đồng)"). Not a bracket of other words after a lead ("(giao thông)"), nor a
year before a unit in a bracket ("Kế hoạch năm 2027 (triệu đồng)")."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
THỊ XÃ {upper}
Số: 64/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{place}, ngày 15 tháng 5 năm 2028

# KẾ HOẠCH
Chuyển đổi số thị xã {place} năm 2028

## I. NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Số hóa hồ sơ địa chính | {lead} | Các phường, xã | Quý III/2028 |
| 2 | Tập huấn kỹ năng số | Phòng Văn hóa và Thông tin | Trung tâm Văn hóa thị xã | Tháng 8/2028 |

## II. KINH PHÍ
{money}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Tuân
"""


def _outcome(lead: str, money: str = "Lồng ghép trong dự toán.", place: str = "Phước An"):
    text = DOC.format(place=place, upper=place.upper(), lead=lead, money=money)
    return process("ke-hoach.md", text.encode("utf-8"))


def _record(lead: str, money: str = "Lồng ghép trong dự toán.", place: str = "Phước An") -> dict:
    return _outcome(lead, money, place).record.model_dump(mode="json")


@pytest.mark.parametrize("lead,leads", [
    ("UBND thị xã (giao Phòng Kinh tế)", ["Phòng Kinh tế"]),
    ("Ủy ban nhân dân thị xã (giao cho Phòng Tài chính - Kế hoạch, Văn phòng HĐND và UBND thị xã)",
     ["Phòng Tài chính - Kế hoạch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"]),
    # must not: a bracket of other words stays with the name it follows
    ("Phòng Quản lý đô thị (giao thông đô thị)", ["Phòng Quản lý đô thị (giao thông đô thị)"]),
])
def test_the_body_a_lead_cell_gives_the_task_to_leads(lead, leads):
    first = _record(lead)["activities"][0]
    assert first["title"] == "Số hóa hồ sơ địa chính"
    assert first["lead_agencies"] == leads


@pytest.mark.parametrize("money,amounts", [
    ("Kinh phí thực hiện: 3.450 (triệu đồng), từ nguồn ngân sách thị xã.", [("3.450 (triệu đồng)", 3_450_000_000)]),
    ("Tổng kinh phí dự kiến 1,8 (tỷ đồng), trong đó ngân sách tỉnh hỗ trợ 0,8 (tỷ đồng).",
     [("1,8 (tỷ đồng)", 1_800_000_000), ("0,8 (tỷ đồng)", 800_000_000)]),
    # must not: a year before a unit in a bracket is no amount
    ("Kinh phí năm 2028 (triệu đồng) được bố trí trong dự toán của thị xã.", []),
    ("Nhu cầu vốn giai đoạn 2026 - 2030 (tỷ đồng) do các phòng đề xuất.", []),
])
def test_a_unit_in_a_bracket_after_the_number(money, amounts):
    outcome = _outcome("Phòng Kinh tế", money, place="Tân Lạc")
    statements = outcome.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["raw"], s["amount_vnd"]) for s in statements] == amounts
    for s in statements:  # the span holds the amount as written
        assert outcome.text[s["span"]["start"]:s["span"]["end"]] == s["raw"]
