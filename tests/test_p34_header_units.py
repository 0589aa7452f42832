"""The issuer's lines in a header: a name wrapped inside a word ("CỤC QUẢN LÝ MÔI" / "TRƯỜNG Y TẾ": "môi trường")
is one body, not the lower body "Trường y tế"; a college or a university glued onto its parent's line ("UBND TỈNH X
TRƯỜNG CAO ĐẲNG Y TẾ", as a header's two lines run together) is the issuer, as a school was. Not: a lower body on a
line of its own under a parent whose line ends in a whole word ("CÔNG AN TỈNH X" / "PHÒNG CẢNH SÁT ..."; "UBND
HUYỆN X" / "TRƯỜNG THCS Y")."""

from __future__ import annotations

import pytest

from pipeline.process import process

TAIL = """Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 14 tháng 9 năm 2026

KẾ HOẠCH
Triển khai nhiệm vụ năm học 2026 - 2027

I. MỤC TIÊU
Nâng cao chất lượng.

II. TỔ CHỨC THỰC HIỆN
Các phòng, khoa thực hiện.
"""


def _issuer(head: str, number: str = "77/KH-ABC", place: str = "Hà Nội") -> str:
    text = head + "\n" + TAIL.format(number=number, place=place)
    return process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")["issuer"]["name"]


@pytest.mark.parametrize("head,name", [
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVIỆN KHOA HỌC THỦY LỢI VÀ MÔI\nTRƯỜNG NÔNG THÔN",
     "Viện Khoa học thủy lợi và môi trường nông thôn"),
    ("BỘ Y TẾ\nTRUNG TÂM Y TẾ DỰ\nPHÒNG VÙNG TÂY BẮC", "Trung tâm Y tế dự phòng vùng Tây Bắc"),
    ("BỘ CÔNG THƯƠNG\nVỤ PHÁT TRIỂN THỊ\nTRƯỜNG TRONG NƯỚC", "Vụ Phát triển thị trường trong nước"),
])
def test_a_name_wrapped_inside_a_word_is_one_body(head, name):
    assert _issuer(head).lower() == name.lower()


@pytest.mark.parametrize("head,name,place", [
    ("UBND TỈNH LONG THẠCH TRƯỜNG CAO ĐẲNG SƯ PHẠM", "Trường Cao đẳng Sư phạm", "Long Thạch"),
    ("UBND TỈNH HÀ NGUYÊN TRƯỜNG ĐẠI HỌC HÀ NGUYÊN", "Trường Đại học Hà Nguyên", "Hà Nguyên"),
    ("SỞ Y TẾ TỈNH ĐÔNG THÀNH TRƯỜNG TRUNG CẤP Y TẾ", "Trường Trung cấp Y tế", "Đông Thành"),
])
def test_a_college_glued_onto_its_parents_line_is_the_issuer(head, name, place):
    assert _issuer(head, place=place).lower().startswith(name.lower())


@pytest.mark.parametrize("head,name,place", [
    ("CÔNG AN TỈNH BẢO LÂM\nPHÒNG CẢNH SÁT GIAO THÔNG", "Phòng Cảnh sát giao thông", "Bảo Lâm"),
    ("UBND HUYỆN TÂY SƠN\nTRƯỜNG THCS NGUYỄN TRÃI", "Trường THCS Nguyễn Trãi", "Tây Sơn"),
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTRUNG TÂM VĂN HÓA - ĐIỆN ẢNH", "Trung tâm Văn hóa - Điện ảnh", "Bảo Lâm"),
])
def test_a_lower_body_under_a_whole_parent_line_is_the_issuer(head, name, place):
    assert _issuer(head, place=place).lower().startswith(name.lower())


@pytest.mark.parametrize("head,name,place", [
    # a unit glued onto its parent's line, wrapped onto the next (a narrow column of two bodies run together)
    ("UBND TỈNH ĐÔNG HẢI SỞ NỘI\nVỤ", "Sở Nội vụ", "Đông Hải"),
    ("UBND TỈNH BẢO THÀNH SỞ KHOA HỌC VÀ\nCÔNG NGHỆ", "Sở Khoa học và Công nghệ", "Bảo Thành"),
    ("ĐẢNG BỘ TỈNH NGỌC SƠN ĐẢNG\nỦY KHỐI DOANH NGHIỆP TỈNH", "Đảng ủy Khối doanh nghiệp tỉnh", "Ngọc Sơn"),
])
def test_a_unit_glued_onto_its_parent_and_wrapped(head, name, place):
    assert _issuer(head, place=place).lower().startswith(name.lower())


@pytest.mark.parametrize("head,name,place", [
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG HẢI", "Ủy ban nhân dân tỉnh Đông Hải", "Đông Hải"),
    ("UBND TỈNH BẢO THÀNH\nSỞ TÀI CHÍNH", "Sở Tài chính", "Bảo Thành"),
])
def test_a_header_of_whole_lines_stays_as_it_was(head, name, place):
    assert _issuer(head, place=place).lower().startswith(name.lower())
