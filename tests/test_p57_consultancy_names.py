"""A consultancy's name holds what it advises on: "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Công ty Tư
vấn đầu tư xây dựng". After "Tư vấn" the words "phát triển" and "đầu tư" are the name's, not what a plan asks the
body to do, whether the name heads its duties ("1. Trung tâm ..." / "Chủ trì ...") or opens a sentence.

Must-not rows: a body asked to develop or invest ("Sở Y tế phát triển mạng lưới ...", "UBND các xã đầu tư xây dựng
...") is still cut before the verb."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats.base import read
from extractors.segment import outline
from normalizers.agencies import leading_agency

MUST = [
    ("Trung tâm Khuyến nông và Tư vấn phát triển nông thôn chủ trì hướng dẫn các hợp tác xã.",
     "Trung tâm Khuyến nông và Tư vấn phát triển nông thôn"),
    ("Công ty Tư vấn đầu tư xây dựng tỉnh lập hồ sơ thiết kế.", "Công ty Tư vấn đầu tư xây dựng tỉnh"),
    ("Trung tâm Dịch vụ và Tư vấn đầu tư xây dựng huyện có trách nhiệm thẩm tra hồ sơ.",
     "Trung tâm Dịch vụ và Tư vấn đầu tư xây dựng huyện"),
]
MUST_NOT = [
    ("Sở Y tế phát triển mạng lưới y tế cơ sở.", "Sở Y tế"),
    ("UBND các xã đầu tư xây dựng đường giao thông nội đồng.", "UBND các xã"),
    ("Quỹ Đầu tư phát triển tỉnh cho vay các dự án.", "Quỹ Đầu tư phát triển tỉnh"),
]


@pytest.mark.parametrize("text, name", MUST + MUST_NOT)
def test_the_body_opening_a_sentence(text, name):
    at = leading_agency(text)
    assert at is not None and text[at[0]:at[1]] == name


def test_a_consultancy_heading_its_duties():
    text = ("KẾ HOẠCH\nKhuyến công năm 2029\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Trung tâm Khuyến công và Tư vấn phát triển công nghiệp\nChủ trì triển khai các đề án khuyến công.\n"
            "2. Phòng Kinh tế\nChủ trì thẩm định hồ sơ.\n3. Sở Y tế phát triển mạng lưới y tế cơ sở.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == [
        "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Phòng Kinh tế", "Sở Y tế"]
