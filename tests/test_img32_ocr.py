"""Round IMG32: G40's and G41's documents as scans (OCR path).

- a table of contents' entry, its heading then dot leaders to its page number ("II. MỤC TIÊU ........ 2"): the page's
  model reads the leaders as one word of the heading's last syllable and its dots, and over the same dots words of
  garbage at no confidence ("1511119311118", "kkrrrreegseg"), the page number as a sign ("t;", "6)"); the entries
  then no entries, the contents read as a table of columns with the header above it in its cells (the number, the
  date, the title lost). The garbage over a leader goes, the leader's box covers its dots, and the line's last word,
  its page number, is read again alone by the digits' model (ocr.leader_garbage, ocr.page_number_read_again);
- a Word table's first column as narrow as a digit, its heading "STT" set one letter a line ("S" / "T" / "T") and
  read with a stroke of the column's rule as a "1" ("S T1 1", "S 1 T1"): the heading row not told, the table's first
  row lost (ocr._code_headings); and "TT" on a phone's scan read "+ T" (its first T as a plus): likewise.

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


def _word(text: str, x0: float, x1: float, top: float, bottom: float, conf: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf}


def _entry(leader: str, leader_x1: float, after: list[tuple[str, float, float, float]], top: float = 300.0):
    """A contents' line "III. KẾT QUẢ" + `leader` (the leader word ends at `leader_x1`), then the words `after`
    (text, x0, x1, conf) on the same line; the words' ink as the line's."""
    line = [_word("III.", 86.0, 103.0, top, top + 15.0, 92.0), _word("KẾT", 109.0, 135.0, top, top + 15.0, 93.0),
            _word(leader, 140.0, leader_x1, top, top + 15.0, 30.0)]
    line += [_word(t, x0, x1, top, top + 15.0, conf) for t, x0, x1, conf in after]
    ink = {id(w): (w["top"] + 1.0, w["bottom"] - 1.0) for w in line}
    return line, ink


# (leader word, its right end, words after it, the texts that stay, the page numbers read again, the leader's text
# and right end after)
LEADER_ROWS = [
    # must: the garbage over the dots goes, a sure page number stays (the leader's box to the garbage's end)
    ("QUẢ.....................-", 300.0, [("SE", 320.0, 340.0, 0.0), ("1511119311118", 345.0, 420.0, 0.0),
                                          ("kkrrrreegseg", 430.0, 528.0, 0.0), ("4", 531.0, 538.0, 97.0)],
     ["III.", "KẾT", "QUẢ.....................", "4"], [], "QUẢ.....................", 528.0),
    # must: the page number read as a sign: read again
    ("QUẢ.................", 176.0, [("111551111", 438.0, 498.0, 0.0), ("à", 523.0, 529.0, 0.0),
                                     ("6)", 531.0, 537.0, 43.0)],
     ["III.", "KẾT", "QUẢ.................", "6)"], ["6)"], "QUẢ.................", 529.0),
    # must: dashes and pluses read over the dots go too
    ("QUẢ.........--", 300.0, [("---", 310.0, 320.0, 0.0), ("+", 325.0, 328.0, 29.0), ("x11", 496.0, 510.0, 20.0),
                              ("12", 531.0, 543.0, 96.0)],
     ["III.", "KẾT", "QUẢ.........", "12"], [], "QUẢ.........", 510.0),
    # must-not: a form's blank to fill, then a sure word after it: as read
    ("QUẢ.........", 300.0, [("Chức", 310.0, 340.0, 95.0), ("vụ:", 345.0, 370.0, 94.0)],
     ["III.", "KẾT", "QUẢ.........", "Chức", "vụ:"], [], "QUẢ.........", 300.0),
    # must-not: three dots are no leader ("v.v..."): the words after it stay, however unsure
    ("QUẢ...", 170.0, [("SE", 320.0, 340.0, 0.0), ("4", 531.0, 538.0, 97.0)],
     ["III.", "KẾT", "QUẢ...", "SE", "4"], [], "QUẢ...", 170.0),
]


@pytest.mark.parametrize("leader, x1, after, kept, reread, text, right", LEADER_ROWS)
def test_leader_garbage(leader, x1, after, kept, reread, text, right):
    line, ink = _entry(leader, x1, after)
    garbage, numbers = ocr.leader_garbage([line], ink)
    assert [w["text"] for w in line if id(w) not in garbage] == kept
    assert [w["text"] for w in numbers] == reread
    assert line[2]["text"] == text and line[2]["x1"] == right


def test_leader_garbage_on_a_line_below():
    """Garbage read as a line of its own a little lower over the same dots ("1k vn kg" under "thể ........"), and the
    page number with it: the garbage goes, the number is set on the leader's line."""
    line, ink = _entry("QUẢ...............", 218.0, [])
    below = [_word("1k", 441.0, 461.0, 299.0, 313.0, 0.0), _word("kg", 510.0, 528.0, 299.0, 313.0, 4.9),
             _word("2", 531.0, 537.0, 299.0, 313.0, 96.8)]
    ink.update({id(w): (301.0, 312.0) for w in below})
    garbage, numbers = ocr.leader_garbage([line, below], ink)
    assert [w["text"] for w in below if id(w) not in garbage] == ["2"]
    assert below[-1]["top"] == line[0]["top"] and not numbers


@pytest.mark.parametrize("first, again, conf, expected", [
    ("t;", "2", 96.4, "2"),  # must
    ("6)", "12", 91.0, "12"),  # must
    ("t;", "2", 60.0, None),  # must-not: unsure
    ("t;", "2024", 95.0, None),  # must-not: no page number
    ("t;", "", 0.0, None),  # must-not: nothing read
])
def test_page_number_read_again(first, again, conf, expected):
    assert ocr.page_number_read_again(first, again, conf) == expected


HEAD = ["Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]


@pytest.mark.parametrize("cell, body, expected", [
    ("S T1 1", [["1", "Mở rộng mạng", "Phòng Y", "Các bệnh viện", "Năm 2029", "Mạng mới"]], [0]),  # must
    ("S 1 T1", [["2", "a", "b", "c", "d", "e"], ["3", "f", "g", "h", "i", "k"]], [0]),  # must
    ("S T 1 1", [["2", "a", "b", "c", "d", "e"], ["3", "f", "g", "h", "i", "k"]], [0]),  # must
    ("S 1 11", [["2", "a", "b", "c", "d", "e"], ["3", "f", "g", "h", "i", "k"]], []),  # must-not: no "T"
    ("ST11", [["2", "a", "b", "c", "d", "e"], ["3", "f", "g", "h", "i", "k"]], []),  # must-not: one word read so
    ("S T1 1 1", [["2", "a", "b", "c", "d", "e"], ["3", "f", "g", "h", "i", "k"]], []),  # must-not: too many strokes
    # "TT" on a phone's scan, its first T read as a plus
    ("+ T", [["1", "a", "b", "c", "d", "e"], ["2", "f", "g", "h", "i", "k"]], [0]),  # must
    ("+T", [["1", "a", "b", "c", "d", "e"], ["2", "f", "g", "h", "i", "k"]], [0]),  # must
    ("+", [["1", "a", "b", "c", "d", "e"], ["2", "f", "g", "h", "i", "k"]], []),  # must-not: a plus alone
    ("+ TT", [["1", "a", "b", "c", "d", "e"], ["2", "f", "g", "h", "i", "k"]], []),  # must-not: a sign before "TT"
])
def test_stacked_code_heading(cell, body, expected):
    assert ocr._code_headings([[cell] + HEAD] + body) == expected


TASK = "Số hóa hồ sơ bệnh án\n- Rà soát dữ liệu khám bệnh;\n- Cập nhật kết quả tiêm chủng;\n- Hướng dẫn tra cứu."


@pytest.mark.parametrize("first, text, expected", [
    # must: a task's name over its items: an item a line, as the PDF reader gives the cell
    (TASK, None, "Số hóa hồ sơ bệnh án\n- Rà soát dữ liệu khám bệnh;\n- Cập nhật kết quả tiêm chủng;\n- Hướng dẫn tra cứu."),
    # must: the items alone, one wrapped ("- Bệnh viện Đa khoa" / "tỉnh Lam Sơn")
    ("- Bệnh viện Đa khoa\ntỉnh Lam Sơn;\n- Công an tỉnh", None, "- Bệnh viện Đa khoa tỉnh Lam Sơn;\n- Công an tỉnh"),
    # must-not: one item only: the lines joined
    ("Số hóa hồ sơ\n- Rà soát dữ liệu.", None, "Số hóa hồ sơ - Rà soát dữ liệu."),
    # must-not: no items (a wrapped name)
    ("Nâng cấp hạ tầng mạng\nvà máy chủ", None, "Nâng cấp hạ tầng mạng và máy chủ"),
    # must-not: the cell's text is another reading (read again, repaired): as it is
    (TASK, "Số hóa hồ sơ bệnh án", "Số hóa hồ sơ bệnh án"),
])
def test_items_a_line(first, text, expected):
    from extractors.layout.wrap import cell_text
    assert ocr.items_a_line(cell_text(first) if text is None else text, first) == expected


@pytest.mark.parametrize("before, first, first_conf, again, again_conf, expected", [
    ("năm", "2025;", 91.3, "2023;", 96.4, "2023;"),  # must: an italic year's 3 read 5
    ("năm", "2018", 85.0, "2019", 95.0, "2019"),  # must
    ("năm", "(2026)", 88.0, "2028", 96.0, "(2028)"),  # must: the signs as they were
    ("năm", "2025;", 94.0, "2023;", 99.0, None),  # must-not: read surely with the page
    ("năm", "2025;", 91.3, "2023;", 94.0, None),  # must-not: not surer by the margin
    ("năm", "2025;", 91.3, "2032;", 97.0, None),  # must-not: two digits apart
    ("tháng", "2025;", 91.3, "2023;", 96.4, None),  # must-not: no date's year
    ("năm", "2025;", 70.0, "2023;", 96.4, None),  # must-not: unsure: year_told_again's
])
def test_year_told_by_digits(before, first, first_conf, again, again_conf, expected):
    assert ocr.year_told_by_digits(before, first, first_conf, again, again_conf) == expected


def _item(first: str, conf: float, x1: float, ink: tuple[float, float], after: list[tuple[str, float, float, float]]):
    """A list item's line (its box 456.5-469.0) opening with `first` (x0 50.9, ink `ink`), then `after`."""
    line = [_word(first, 50.9, x1, 456.5, 469.0, conf)] + [_word(t, x0, x1_, 456.5, 469.0, c) for t, x0, x1_, c in after]
    inks = {id(w): (458.0, 467.5) for w in line}
    inks[id(line[0])] = ink
    return line, inks


@pytest.mark.parametrize("first, conf, x1, ink, after, expected", [
    ("s«", 35.2, 54.7, (460.6, 464.4), [("Giảm", 64.6, 89.0, 96.6)], 0),  # must: a disc read as letters
    ("se", 56.1, 54.7, (460.6, 464.4), [("Trên", 64.0, 84.0, 96.3)], 0),  # must
    ("s", 31.5, 54.7, (460.6, 464.4), [("100%", 64.0, 84.0, 96.3)], 0),  # must: an item opening on a number
    ("«", 0.0, 54.7, (460.6, 464.4), [("_", 59.5, 62.2, 34.5), ("Xử", 65.0, 76.0, 96.0)], 1),  # must: the gap read "_"
    ("o", 55.0, 56.8, (459.5, 465.8), [("Giảm", 64.6, 89.0, 96.6)], None),  # must-not: a small letter's size
    ("s«", 35.2, 54.7, (460.6, 464.4), [("Giảm", 57.0, 80.0, 96.6)], None),  # must-not: a word's space after it
    ("se", 85.0, 54.7, (460.6, 464.4), [("Trên", 64.0, 84.0, 96.3)], None),  # must-not: read surely
    ("~", 40.0, 56.0, (462.0, 463.0), [("Trên", 64.0, 84.0, 96.3)], None),  # must-not: flat (a dash, a tilde)
    ("s«", 35.2, 54.7, (460.6, 464.4), [("...", 64.0, 74.0, 20.0)], None),  # must-not: no word after it
])
def test_disc_bullet(first, conf, x1, ink, after, expected):
    line, inks = _item(first, conf, x1, ink, after)
    assert ocr.disc_bullet(line, inks) == expected
