"""A budget table's cells run together by a web page's text with no separator (BeautifulSoup's get_text(), a
scraper's copy): its amounts in thousands groups glue into one run, the row's label before them, an empty cell's
dash among them, the two budgets' headings into one word, a header's last syllable into the next line's abbreviation
("THANH BÌNHBCH HỘI NÔNG DÂN"):

    TTNội dungTổng cộngTrong đó
    NSTWNSĐPNguồn khác
    1Bồi dưỡng cán bộ cấp xã1.860.0001.400.000460.000-
    Tổng cộng12.460.0009.800.0002.160.000500.000

A thousands group has three digits, so where a fourth follows the next amount starts: the run is cut into its
amounts (glued.amounts_unglued), the label cut from it, a dash at the row's end cut off, "NSTWNSĐP" cut in two;
the table then reads a cell a line, as a task table's glued cells do (tests/test_r22_glued_row_number_and_body.py).
Found by G29's and H5's web pages as text (round P42). Must-not rows: one amount alone, two about a dash (a range
in a sentence), a date with stops, a decimal amount, a text whose header shows no loss. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from extractors.formats.text import read

HEADER = "UBND TỈNH LAM SƠNSỞ NỘI VỤ-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize("run, cells", [
    # must: amounts glued, the next starting where a group would have a fourth digit
    ("2.350.0001.800.000550.000", ["2.350.000", "1.800.000", "550.000"]),
    ("18.420.00012.000.0006.420.000", ["18.420.000", "12.000.000", "6.420.000"]),
    # must: an empty cell's dash among them or after them, a plain amount of up to three digits last
    ("6.120-2.4403.680", ["6.120", "-", "2.440", "3.680"]),
    ("3.000-2.250750", ["3.000", "-", "2.250", "750"]),
    ("940.000620.000320.000-", ["940.000", "620.000", "320.000", "-"]),
])
def test_glued_amounts_are_cut_apart(run, cells):
    assert glued.amounts_unglued(run) == "\n".join(cells)


@pytest.mark.parametrize("text", [
    "Tổng kinh phí 1.250.000 đồng",        # must not: one amount
    "từ 2.000-3.500 hộ gia đình",            # a range in a sentence: two amounts about a dash
    "ngày 15.12.2027",                      # a date with stops
    "3.450,5 triệu đồng",                   # a decimal amount
    "Mã số 4.2.1",                          # a clause number
])
def test_other_numbers_stay(text):
    assert glued.amounts_unglued(text) == text


@pytest.mark.parametrize("line, cut", [
    # must: the label cut from its amounts, the budgets' headings apart
    ("Tập huấn cán bộ cấp xã2.350.0001.800.000550.000", "Tập huấn cán bộ cấp xã\n2.350.000\n1.800.000\n550.000"),
    ("NSTWNSĐPNguồn khác", "NSTW\nNSĐP\nNguồn khác"),
    ("TỔNG SỐ386.500214.000172.500", "TỔNG SỐ\n386.500\n214.000\n172.500"),
    ("Tổng sốNSTWNSĐP", "Tổng số\nNSTW\nNSĐP"),
    # must: a group's Roman code glued to its name at the line's start
    ("IGiao thông", "I\nGiao thông"),
    ("IIY tế, giáo dục", "II\nY tế, giáo dục"),
    # must: on a row's line with its amounts, a cell opening on a capital right after a number (project, investor)
    ("1Đường huyện 15 đoạn Km3 - Km9Ban QLDA huyện8.000.0005.000.000",
     "1\nĐường huyện 15 đoạn Km3 - Km9\nBan QLDA huyện\n8.000.000\n5.000.000"),
    # must not: a label before one amount (a sentence's sum) stays on its line
    ("Tổng kinh phí là 1.250.000 đồng", "Tổng kinh phí là 1.250.000 đồng"),
    # must not: a number before a capital with no row's amounts after it; a word opening on I, V, X
    ("Nâng cấp đoạn Km9Ban đầu tư", "Nâng cấp đoạn Km9Ban đầu tư"),
    ("In ấn tài liệu", "In ấn tài liệu"),
    ("VIỆT NAM", "VIỆT NAM"),
    ("Xây dựng trường", "Xây dựng trường"),
])
def test_a_rows_cells_put_back(line, cut):
    assert glued.put_back("\n" + line) == "\n" + cut


TABLE = ("BIỂU DỰ TOÁN KINH PHÍ NĂM 2027\nĐơn vị tính: nghìn đồng\n\nTTNội dungTổng cộngTrong đó\nNSTWNSĐPNguồn khác\n"
         "1Tập huấn cán bộ cấp xã2.350.0001.800.000550.000-\n2Hỗ trợ mô hình sản xuất6.120.0004.000.0001.620.000500.000\n"
         "Tổng cộng8.470.0005.800.0002.170.000500.000\n\nIV. TỔ CHỨC THỰC HIỆN\n")


def _rows(text: str) -> list[list[str]]:
    raw = read(text.encode("utf-8"), "plan.txt")
    return [row for b in raw.blocks if b.kind == "table" for row in b.rows]


def test_the_table_reads_a_cell_a_line():
    # must: the rows with their amounts in their columns
    rows = _rows(HEADER + "Số: 31/KH-SNV\n\nKẾ HOẠCH\nBồi dưỡng cán bộ năm 2027\n\n" + TABLE)
    assert ["1", "Tập huấn cán bộ cấp xã", "2.350.000", "1.800.000", "550.000", "-"] in rows
    assert any(r[-4:] == ["8.470.000", "5.800.000", "2.170.000", "500.000"] for r in rows)


def test_a_text_whose_header_shows_no_loss_is_untouched():
    # must not: the same lines under a header with its breaks (no sign the text lost them)
    text = ("UBND TỈNH LAM SƠN\nSỞ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 31/KH-SNV\n\n" + TABLE)
    assert glued.restore_breaks(text) == text


@pytest.mark.parametrize("word, at", [
    # must: a province's last syllable glued to a body's abbreviation on the header's next line
    ("BÌNHBCH", 4),
    ("ĐÔNGUBND", 4),
    ("KHÊBTV", 3),
    # must not: an abbreviation, a syllable, an ASCII run (an acronym may spell anything)
    ("HĐND", None),
    ("BÌNH", None),
    ("ANBCH", None),
])
def test_a_syllable_glued_to_an_abbreviation(word, at):
    assert glued.caps_split(word) == at
