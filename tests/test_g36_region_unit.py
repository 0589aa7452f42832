"""Hold-out round G36 (tests/invented/build_g36.py): a hospital or a school named for the area it serves.

Probing the round's shape of a public-service unit's plan under its department (the issuer two lines, "SỞ Y TẾ TỈNH X" /
"BỆNH VIỆN ĐA KHOA KHU VỰC Y"), the unit's name was cased word by word as a place after its kind: "Bệnh viện Đa khoa Khu
Vực Bắc Nhai". A unit named for its area keeps "khu vực" in lower case and a Roman number after it in capitals, as the
other units do ("Trung tâm Y tế khu vực Sông Mây", "Chi cục Thuế khu vực II"; extractors.fields.header.issuer_from_caps).
Not: a hospital or a school named for a place ("Bệnh viện Đa khoa Hòa Bình", "Trường Tiểu học Vi Văn": its words each
with a capital, a syllable that reads as a Roman number too), one named with its level ("... tỉnh Hà Giang").
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """SỞ Y TẾ TỈNH LÂM KHÁNH
{unit}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 37/KH-BV
Lâm Khánh, ngày 09 tháng 02 năm 2030
KẾ HOẠCH
Phòng, chống nhiễm khuẩn bệnh viện năm 2030
I. MỤC TIÊU
Giảm tỷ lệ nhiễm khuẩn bệnh viện xuống dưới 3%.
II. TỔ CHỨC THỰC HIỆN
1. Khoa Kiểm soát nhiễm khuẩn chủ trì triển khai Kế hoạch./.
GIÁM ĐỐC
Quách Thị Yến
"""


def _issuer(unit: str) -> str:
    record = process("kh-bv.txt", PLAN.format(unit=unit).encode("utf-8")).record.model_dump(mode="json")
    return record["issuer"]["name"]


MUST = [
    ("BỆNH VIỆN ĐA KHOA KHU VỰC TÂY LÂM", "Bệnh viện Đa khoa khu vực Tây Lâm"),
    ("BỆNH VIỆN ĐA KHOA KHU VỰC III", "Bệnh viện Đa khoa khu vực III"),
    ("BỆNH VIỆN Y HỌC CỔ TRUYỀN KHU VỰC NAM LÂM KHÁNH", "Bệnh viện Y học cổ truyền khu vực Nam Lâm Khánh"),
]

MUST_NOT = [
    ("BỆNH VIỆN ĐA KHOA ĐÔNG HƯNG", "Bệnh viện Đa khoa Đông Hưng"),
    ("BỆNH VIỆN ĐA KHOA VI XUYÊN", "Bệnh viện Đa khoa Vi Xuyên"),
    ("BỆNH VIỆN ĐA KHOA TỈNH LÂM KHÁNH", "Bệnh viện Đa khoa tỉnh Lâm Khánh"),
]


@pytest.mark.parametrize("unit, name", MUST)
def test_a_unit_named_for_its_area_keeps_khu_vuc_in_lower_case(unit, name):
    assert _issuer(unit) == name


@pytest.mark.parametrize("unit, name", MUST_NOT)
def test_a_unit_named_for_a_place_is_cased_as_before(unit, name):
    assert _issuer(unit) == name
