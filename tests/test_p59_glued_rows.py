"""A scraped page's text whose table rows ran together as their cells did (lxml's text_content(), BeautifulSoup's
get_text() with no separator: every cell glued to the next, the rows too), in shapes extractors/formats/glued.py did
not cut:

- a time's year ending a row glued to the next row's number and first cell ("Quý II/20272Tuyên truyền ...", "Năm
  20273Hỗ trợ ...", "Năm học 2027 - 20283Kiểm tra ...");
- a row's last cell an empty cell's dash after an amount, the next row's label glued after it ("vạch sơn1.1501.150-
  Tuyên truyền ...");
- a label's plain amounts glued to the next row's label ("giao thông320180140Kiểm tra ...");
- initials the document defines ("(sau đây gọi tắt là BQLDA)") glued after a task's cell, and a known body's
  initials with the next cell glued after them too ("đạt chuẩnBCĐTháng 11/2027");
- a bodies' cell written as a sentence of roles wrapped inside a name by the page's source ("Các thôn chủ trì; Đoàn"
  / "Thanh niên xã phối hợp": extractors/layout/cell_lines.py _goes_on).

Must-not rows: a road's stretch ("Km12-Km28"), a span of years, a body's name after a row's amounts (its own last
cell), a count's "m2", initials the document never defines, a roles' cell whose next line is a time. Names and
numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats.glued import put_back
from extractors.layout.cell_lines import _goes_on


@pytest.mark.parametrize("glued, lines", [
    # must: a time's year, then the next row's number and its first cell
    ("1Lắp đặt camera giám sátCông an huyệnQuý III/20282Tập huấn cho lực lượng dân phòngPhòng Tư phápNăm 2029",
     ["Quý III/2028", "2", "Tập huấn cho lực lượng dân phòng"]),
    ("1Sửa chữa trường họcPhòng Giáo dụcNăm 20293Hỗ trợ sách giáo khoa",
     ["Năm 2029", "3", "Hỗ trợ sách giáo khoa"]),
    ("1Bồi dưỡng giáo viênTrường Chính trịNăm học 2028 - 202914Kiểm tra nề nếp",
     ["Năm học 2028 - 2029", "14", "Kiểm tra nề nếp"]),
    ("1Rà soát hồ sơSở Nội vụTrước 30/6/20282Công bố kết quả", ["Trước 30/6/2028", "2", "Công bố kết quả"]),
    # must: an empty cell's dash ending a row, the next row's label after it
    ("Mua sắm thiết bị2.4002.400-Đào tạo nhân lực860500360", ["Mua sắm thiết bị", "2.400", "2.400", "-",
                                                              "Đào tạo nhân lực"]),
    # must: plain amounts glued to the next row's label
    ("Nạo vét kênh mương450300150Gia cố bờ kè1.2001.200-", ["Nạo vét kênh mương", "450", "300", "150",
                                                           "Gia cố bờ kè"]),
    ("Hỗ trợ giống cây trồng640400240Tập huấn kỹ thuật310310-Tổng cộng1.9501.560390",
     ["Hỗ trợ giống cây trồng", "640", "400", "240", "Tập huấn kỹ thuật", "310", "Tổng cộng"]),
])
def test_rows_glued_are_cut(glued, lines):
    out = put_back(glued).split("\n")
    for line in lines:
        assert line in out, (line, out)


@pytest.mark.parametrize("glued, kept", [
    # must not: a road's stretch, its two ends glued by a dash
    ("Nâng cấp đường huyện Km12-Km28 xã Tân Lợi", "Km12-Km28"),
    # must not: a body's name after a row's amounts: the row's own last cell
    ("3Số cơ sở dữ liệu được kết nốicơ sở dữ liệu2430Sở Khoa học và Công nghệ", "cơ sở dữ liệu2430"),
    # must not: a count's unit with a digit, two digits of a stretch
    ("Diện tích sàn 120 m2Xây mới", "m2Xây mới"),
    ("Tuyến Km28Bản Mường", "Km28"),
    # must not: a year and a number with a space between, a document's code
    ("Quý II/2027 2 lớp tập huấn", "Quý II/2027 2 lớp tập huấn"),
    ("theo Quyết định số 15/2027/QĐ-UBND", "15/2027/QĐ-UBND"),
])
def test_look_alikes_are_kept(glued, kept):
    assert kept in put_back(glued)


def test_defined_initials_glued_after_a_cell():
    text = ("Ban Quản lý dự án đầu tư xây dựng huyện Mỹ Khê (sau đây gọi tắt là BQLDA) tổ chức thực hiện.\n"
            "1Cải tạo nhà văn hóa thônBQLDA chủ trìQuý I/2029\n"
            "2Xây kè chống sạt lở bờ sôngBQLDATháng 10/2029\n"
            "3Nạo vét ao hồ thônXYZQ chủ trì")
    lines = put_back(text).split("\n")
    assert "BQLDA chủ trì" in lines and "Cải tạo nhà văn hóa thôn" in lines
    assert "BQLDA" in lines and "Tháng 10/2029" in lines
    assert "Nạo vét ao hồ thônXYZQ chủ trì" in lines  # must not: initials never defined stay glued


def test_known_initials_with_the_next_cell_glued_after_them():
    assert put_back("2Hoàn thiện hồ sơ xét công nhận đạt chuẩnUBNDTháng 12/2028").split("\n")[-2:] == [
        "UBND", "Tháng 12/2028"]


@pytest.mark.parametrize("before, line, goes_on", [
    # must: the roles' sentence cut inside the partners' names
    ("Các thôn chủ trì; Đoàn", "Thanh niên xã phối hợp", True),
    ("Phòng Văn hóa chủ trì, Trung tâm", "Văn hóa - Thể thao huyện phối hợp thực hiện", True),
    # must not: the lead's role alone before, the partners named already, or a time after
    ("Sở Y tế", "Sở Tài chính phối hợp", False),
    ("Phòng Y tế chủ trì; Trạm Y tế xã phối hợp", "Quý II/2028", False),
    ("Sở Y tế chủ trì; Sở Tài chính phối hợp", "Công an tỉnh phối hợp", False),
])
def test_a_roles_sentence_wrapped(before, line, goes_on):
    assert _goes_on(before, line) is goes_on


def test_a_row_indented_by_the_pages_source():
    # must: a row's number glued to its first cell on an indented line ("      2Xây dựng ...")
    text = ("UBND TỈNH BÌNH SƠNSỞ NỘI VỤ-------\n      TTNội dungChủ trìThời gian\n"
            "      1Rà soát biên chếPhòng Tổ chứcQuý I/2029\n      2Đánh giá công chứcPhòng Công chứcQuý II/2029\n")
    lines = put_back(text).split("\n")
    assert "2" in lines and "Đánh giá công chức" in lines
    # must not: an indented line that opens with a year or an amount is no row's number
    assert "      2029 Kế hoạch" in put_back("UBND TỈNH BÌNH SƠNSỞ NỘI VỤ-------\n      2029 Kế hoạch\n")
