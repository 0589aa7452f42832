"""Hold-out round G40 (tests/invented/build_g40.py), the round's documents as other renditions: two field rules.

A line among the specific objectives that only sends the reader to an appendix, "Các chỉ tiêu theo từng năm tại Phụ lục
I kèm theo Kế hoạch này.", gives way to the rows of the appendix's indicator table; when no such table is read (the
appendix a separate file, or its table lost by a reader: the plan as layout text) it was kept as an objective of its
own. It names indicators and commits to nothing: no objective (extractors.fields.objectives.POINTER_ONLY). An item
with a level that points to an appendix for its details ("đạt 85% (chi tiết tại Phụ lục 02)") is kept.

A price a count multiplies with no result after it, "Quà tặng đại biểu: 300 suất x 200.000 đồng" (an estimate's
"Diễn giải" cell read as a line when the page's text glues the table's cells), was read as a sum: the price of one is
no sum (extractors.fields.budget_statements: a chain of counts "N unit x" before an amount makes it a rate, as it did
before a result "= M đồng").
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN LỘC ĐÔNG
-------
Số: 33/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Tân Lộc Đông, ngày 06 tháng 02 năm 2030
KẾ HOẠCH
Phát triển văn hóa, thể thao xã Tân Lộc Đông năm 2030
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao đời sống văn hóa, tinh thần của Nhân dân.
2. Mục tiêu cụ thể
- Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" đạt 88%.
{item}
II. KINH PHÍ
{money}
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: Chủ trì, theo dõi, báo cáo kết quả.
"""


def _record(item: str = "", money: str = "Tổng kinh phí: 95.000.000 đồng từ ngân sách xã.") -> dict:
    text = HEAD.format(item=item, money=money)
    return process("plan.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("item, kept", [
    # must: a pointer to an appendix, no table read there, is no objective
    ("- Các chỉ tiêu theo từng năm tại Phụ lục II kèm theo Kế hoạch này.", False),
    ("- Chỉ tiêu cụ thể của từng thôn theo Phụ lục số 03 kèm theo.", False),
    # must not: an item that sets a level, or commits to the appendix's levels, stays
    ("- Tỷ lệ thôn có nhà văn hóa đạt chuẩn đạt 85% (chi tiết tại Phụ lục 02).", True),
    ("- Phấn đấu hoàn thành các chỉ tiêu tại Phụ lục I và duy trì 100% thôn có đội văn nghệ.", True),
])
def test_a_line_that_only_points_to_an_appendix_is_no_objective(item, kept):
    texts = [o["text"] for o in _record(item=item)["objectives"]]
    assert any(t.startswith("Tỷ lệ hộ gia đình") for t in texts)
    assert any(t.startswith(item[2:30]) for t in texts) is kept, texts


@pytest.mark.parametrize("money, amounts", [
    # must: a price a count multiplies, no result after it, is no sum
    ("Tổng kinh phí: 95.000.000 đồng, gồm:\n- Quà tặng hội viên: 250 suất x 300.000 đồng.\n- Giải thưởng: 20.000.000 "
     "đồng.", [95000000, 20000000]),
    ("Tổng kinh phí: 95.000.000 đồng.\n4Phần thưởng các đội thi đấu12 đội x 1.500.000 đồng18.000.000",
     [95000000]),
    # must not: a computation's result, a plain sum
    ("Tổng kinh phí: 95.000.000 đồng, gồm:\n- Tiền ăn: 40 người x 2 ngày x 100.000 đồng/người/ngày = 8.000.000 đồng.",
     [95000000, 8000000]),
    ("Tổng kinh phí: 95.000.000 đồng từ ngân sách xã.", [95000000]),
])
def test_a_price_times_a_count_is_no_sum(money, amounts):
    found = sorted(s["amount_vnd"] for s in _record(money=money)["budget"]["statements"])
    assert found == sorted(amounts)
