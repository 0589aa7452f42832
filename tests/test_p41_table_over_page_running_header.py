"""A ruled task table going on over a page break of a Word-made PDF whose pages after the first carry a running
header naming the document by its number ("05/CTr-UBND - Dự thảo lần 2": Word's "different first page"). Two
rules hold the table together (extractors.layout): the page's chunk of the table, whose first row is the end of a
row the page before began (its code cell empty) and whose other rows are numbered "II", "3", "III", "4", is a
data table, not a table used for layout (cells.is_layout_table); and a document number whose type code goes on in
small letters ("CTr", "TTg", "TTr"), or a Party's number ("18-CTr/HU"), names a running header as well as
"KH-UBND" does (text.running_number_header),
so that the header between the chunks is dropped and the chunks join. Names invented (round P41); must and
must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.cells import is_layout_table
from extractors.layout.text import running_number_header

CONTINUED = [
    ["", "xây dựng nông thôn mới năm 2027", "và Môi trường", "", ""],
    ["II", "Quý II", "", "", ""],
    ["3", "Đề án phát triển du lịch cộng đồng tỉnh Tây Lam", "Sở Văn hóa và Thể thao", "HĐND tỉnh", "Tháng 6"],
    ["III", "Quý III", "", "", ""],
    ["4", "Báo cáo kinh tế - xã hội 6 tháng đầu năm", "Sở Tài chính", "UBND tỉnh", "Tháng 7"],
]


@pytest.mark.parametrize("rows", [
    # must: a chunk of task rows under the page break, its first row the end of the row before
    CONTINUED,
    # must: the same with Arabic codes only and a row's tail in its first line
    [["", "(tiếp theo)", "", ""], ["5", "Tập huấn cán bộ xã", "Sở Nội vụ", "Quý III"],
     ["6", "Kiểm tra, đánh giá", "Văn phòng UBND tỉnh", "Quý IV"], ["7", "Sơ kết", "Sở Nội vụ", "Tháng 12"]],
])
def test_a_continued_chunk_of_rows_is_data(rows):
    assert is_layout_table(rows) is False


@pytest.mark.parametrize("rows", [
    # must not: a closing set in a table (recipients beside the signature)
    [["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hòa"]],
    # must not: a header table whose first cell is empty, its other rows no codes
    [["", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""], ["UBND TỈNH TÂY LAM", "Độc lập - Tự do - Hạnh phúc", ""],
     ["Số: 12/KH-UBND", "Tây Lam, ngày 3 tháng 2 năm 2027", ""]],
    # must not: an empty first cell over too few rows to tell codes by
    [["", "Ghi chú", "x"], ["1", "Một", "y"]],
])
def test_layout_tables_stay_layout(rows):
    assert is_layout_table(rows) is True


@pytest.mark.parametrize("firsts", [
    # must: a programme's, a Prime Minister's decision's, a submission's number, pages 2..n
    ["05/CTr-UBND - Dự thảo lần 2", "05/CTr-UBND - Dự thảo lần 2"],
    ["Quyết định số 1520/QĐ-TTg", "Quyết định số 1520/QĐ-TTg", "Quyết định số 1520/QĐ-TTg"],
    ["Tờ trình 48/TTr-SYT ngày 12/3/2027", "Tờ trình 48/TTr-SYT ngày 12/3/2027"],
    # must: a Party committee's and a youth union's numbers (the kind after a dash)
    ["18-CTr/HU - Dự thảo lần 2", "18-CTr/HU - Dự thảo lần 2"],
    ["Kế hoạch 57-KH/TĐTN", "Kế hoạch 57-KH/TĐTN", "Kế hoạch 57-KH/TĐTN"],
    # must (as before): upper-case codes
    ["KH số 86/KH-UBND - Phát triển du lịch", "KH số 86/KH-UBND - Phát triển du lịch"],
])
def test_a_number_heads_every_page_after_the_first(firsts):
    assert running_number_header(firsts)


@pytest.mark.parametrize("firsts", [
    # must not: pages that open on other lines
    ["05/CTr-UBND - Dự thảo lần 2", "3. Sở Tài chính: bố trí kinh phí."],
    # must not: a line with no document number ("Trang 2", a fraction, a date)
    ["Trang 2/3", "Trang 2/3"],
    ["Tỷ lệ 3/4 số xã", "Tỷ lệ 3/4 số xã"],
    ["ngày 12/3/2027", "ngày 12/3/2027"],
    ["Giai đoạn 2026-2030/Phần II", "Giai đoạn 2026-2030/Phần II"],
    # must not: a single page after the first
    ["05/CTr-UBND - Dự thảo lần 2"],
])
def test_other_first_lines_are_no_running_header(firsts):
    assert not running_number_header(firsts)
