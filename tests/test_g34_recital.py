"""Hold-out round G34 (tests/invented/build_g34.py): the story of a resolution's issue, carried out with how it is done.

A preamble that tells of its basis's issue, the date first ("Ngày 14 tháng 11 năm 2025, Ban Chấp hành Trung ương
ban hành Nghị quyết số 72-NQ/TW về ..."), names that basis when the plan then says it carries it out, in the same
paragraph or a later one (rounds G30-G33, extractors.fields.legal_bases NARRATIVE, CARRIES_OUT, CARRIES_LATER). The
carrying out may say how it is done before its verb ("Để tiếp tục thực hiện có hiệu quả Nghị quyết", "Để kịp thời
triển khai", "Nhằm khẩn trương cụ thể hóa"), or bring the document to life ("Để sớm đưa Nghị quyết vào cuộc sống"):
the basis was lost (a party committee's programme on a Politburo resolution, g34_tinhuy-dongkhanh). Not: a later
paragraph that brings something else to life ("Để đưa sản phẩm ... lên sàn"), or carries out a document of another
type ("Để tiếp tục thực hiện Kế hoạch ..."), or none.
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PROGRAMME = """HUYỆN ỦY LẠC GIANG
*
Số 17-CTr/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Lạc Giang, ngày 06 tháng 02 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 72-NQ/TW của Ban Chấp hành Trung ương về bảo vệ, chăm sóc sức khỏe Nhân dân

{story}

{carry}

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên và Nhân dân.

II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Chương trình.
2. Văn phòng Huyện ủy theo dõi, tổng hợp tình hình thực hiện.

Nơi nhận:
- Tỉnh ủy (b/c),
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nông Văn Tài
"""

STORY = ("Ngày 14 tháng 11 năm 2025, Ban Chấp hành Trung ương ban hành Nghị quyết số 72-NQ/TW về bảo vệ, chăm sóc và "
         "nâng cao sức khỏe Nhân dân trong tình hình mới. Năm 2025, tỷ lệ người dân của huyện tham gia bảo hiểm y tế "
         "đạt 93,4%.")


def _bases(story: str, carry: str) -> list[dict]:
    text = PROGRAMME.format(story=story, carry=carry)
    return process("ctr-hu.txt", text.encode("utf-8")).record.model_dump(mode="json")["legal_bases"]


CARRIED = [
    "Để tiếp tục thực hiện có hiệu quả Nghị quyết, Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:",
    "Để quán triệt, tổ chức thực hiện nghiêm túc Nghị quyết, Ban Thường vụ Huyện ủy ban hành Chương trình hành động "
    "như sau:",
    "Nhằm khẩn trương cụ thể hóa Nghị quyết, Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:",
    "Để sớm đưa Nghị quyết vào cuộc sống, Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:",
]


@pytest.mark.parametrize("carry", CARRIED)
def test_a_story_carried_out_later_with_how_it_is_done_names_the_basis(carry):
    bases = _bases(STORY, carry)
    assert [(b["number"], b["relation"], b["issued_date"]) for b in bases] == [("72-NQ/TW", "thuc_hien", "2025-11-14")]


@pytest.mark.parametrize("carry", [c.replace(", Ban Thường vụ", ". Ban Thường vụ") for c in CARRIED[:3]])
def test_the_same_in_the_storys_own_paragraph(carry):
    bases = _bases(STORY + " " + carry, "Chương trình gồm các nội dung sau:")
    assert [b["number"] for b in bases] == ["72-NQ/TW"]


NOT_CARRIED = [
    "Để đưa sản phẩm nông nghiệp của huyện lên sàn thương mại điện tử, Ban Thường vụ Huyện ủy ban hành Chương trình "
    "như sau:",
    "Để tiếp tục thực hiện có hiệu quả Kế hoạch số 40-KH/HU, Ban Thường vụ Huyện ủy ban hành Chương trình như sau:",
    "Ban Thường vụ Huyện ủy ban hành Chương trình hành động về chăm sóc sức khỏe Nhân dân như sau:",
]


@pytest.mark.parametrize("carry", NOT_CARRIED)
def test_a_story_not_carried_out_names_no_basis(carry):
    assert "72-NQ/TW" not in [b["number"] for b in _bases(STORY, carry)]
