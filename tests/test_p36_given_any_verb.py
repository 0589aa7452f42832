"""A task's paragraph that opens by giving it to a body, whatever the body is to do: "Giao Ủy ban nhân dân các phường
rà soát danh sách ...", "Giao Phòng Văn hóa - Thông tin mở 02 lớp ...", "Giao Ủy ban nhân dân các xã kiện toàn ...":
the body leads the task. Not a paragraph that only names a body doing something, without "Giao" ("Phòng Y tế mở 03
lớp ...": a description), nor "Giao" with no body after it ("Giao cho các thôn tự tổ chức ...")."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
THỊ XÃ {upper}
Số: 75/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 03 tháng 8 năm 2029

KẾ HOẠCH
Giảm nghèo bền vững năm 2029

I. NHIỆM VỤ
1. {title}
{body}
2. Tổng kết năm
Tổng kết vào tháng 12/2029.

II. TỔ CHỨC THỰC HIỆN
Các phòng, ban thực hiện theo chức năng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Minh Đạo
"""


def _first(title: str, body: str, place: str = "Bình Lư") -> dict:
    text = DOC.format(place=place, upper=place.upper(), title=title, body=body)
    first = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")["activities"][0]
    assert first["code"] == "1" and first["title"] == title
    return first


@pytest.mark.parametrize("body,lead", [
    ("Giao Ủy ban nhân dân các phường rà soát danh sách hộ nghèo, hộ cận nghèo trên địa bàn.",
     ["Ủy ban nhân dân các phường"]),
    ("Giao Phòng Văn hóa - Thông tin mở 02 lớp bồi dưỡng cho cán bộ văn hóa cơ sở.",
     ["Phòng Văn hóa - Thông tin"]),
    ("Giao Ủy ban nhân dân các xã kiện toàn tổ tự quản, hoàn thành trong quý III/2029.",
     ["Ủy ban nhân dân các xã"]),
])
def test_a_body_given_the_task_leads_it(body, lead):
    assert _first("Rà soát, kiện toàn", body)["lead_agencies"] == lead


@pytest.mark.parametrize("body", [
    "Phòng Y tế mở 03 lớp tập huấn trong năm 2028, đạt kết quả tốt.",  # a description, no "Giao"
])
def test_no_body_is_given_the_task(body):
    assert _first("Rà soát, kiện toàn", body, place="Kỳ Sơn")["lead_agencies"] == []


def test_an_adverb_before_the_verb_is_no_part_of_the_body():
    lead = _first("Rà soát, kiện toàn", "Giao cho các thôn tự tổ chức theo điều kiện thực tế.")["lead_agencies"]
    assert lead == ["Các thôn"]
