"""Task tables drawn without rules in a PDF (a Word table without borders printed to PDF, or
its scan): positioned words to a table by its header line, and the table going on over a
page break, a row the break cut finished by the lines at the next page's top
(extractors.layout.words, extractors.layout.paragraphs.join_cut_tables); and the same cut
row in `pdftotext -layout` text whose rest fills some columns only (extractors.layout.grid).
Must-match and must-not-match rows; the tables are invented (probe round S)."""

from functools import partial

import pytest

from extractors.formats.pdf import ordered
from extractors.layout import grid, text
from extractors.layout.paragraphs import assemble
from extractors.layout.words import page_items
from tests.test_text_tables import row

COLS = [60.0, 150.0, 290.0, 400.0, 500.0]  # where the columns start (points)
PITCH = 14.0  # points between two lines of a row


def word(txt: str, x0: float, top: float) -> dict:
    return {"text": txt, "x0": x0, "x1": x0 + 5.5 * len(txt), "top": top, "bottom": top + 11}


def line(top: float, *cells: str, at: list[float] = COLS) -> list[dict]:
    """Words of one line of an unruled table: each cell's words from its column's start."""
    out = []
    for cell, x in zip(cells, at):
        for w in cell.split():
            out.append(word(w, x, top))
            x += 5.5 * len(w) + 3
    return out


def prose(top: float, txt: str, x: float = 60.0) -> list[dict]:
    return line(top, txt, at=[x])


HEAD = ("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")


def table_page(top: float, rows: list[tuple[str, ...]], gap: float = 10.0) -> tuple[list[dict], float]:
    """Words of the header line, then the rows' lines (a tuple per line; a new row where a
    code is given), a wider gap between rows, as Word sets a table's rows."""
    words = line(top, *HEAD)
    y = top + PITCH + gap
    for cells in rows:
        if cells[0] and words:
            y += gap
        words += line(y, *cells)
        y += PITCH
    return words, y


ROWS = [("1", "Nạo vét kênh", "Phòng Nông", "Các thôn,", "Quý II"),
        ("", "mương nội đồng", "nghiệp", "tổ dân phố", "năm 2027"),
        ("2", "Trồng cây chắn", "Ban Quản lý", "Đoàn Thanh", "2027 -"),
        ("", "sóng ven đê", "rừng phòng hộ", "niên xã", "2028")]

EXPECTED = [list(HEAD),
            ["1", "Nạo vét kênh mương nội đồng", "Phòng Nông nghiệp", "Các thôn, tổ dân phố", "Quý II năm 2027"],
            ["2", "Trồng cây chắn sóng ven đê", "Ban Quản lý rừng phòng hộ", "Đoàn Thanh niên xã", "2027 - 2028"]]


def test_an_unruled_task_table_is_read_by_its_header_line():
    words, y = table_page(200, ROWS)
    words += prose(y + 20, "III. KINH PHÍ THỰC HIỆN")
    items = page_items(words)
    tables = [p[1] for k, p in items if k == "table"]
    assert tables == [EXPECTED]
    assert [p[2] for k, p in items if k == "line"] == ["III. KINH PHÍ THỰC HIỆN"]


def test_a_header_line_over_prose_is_no_table():
    # must not: the words of a header line, then prose across the columns
    words = line(200, *HEAD) + prose(224, "Ủy ban nhân dân xã giao Phòng Nông nghiệp chủ trì, phối hợp với các thôn")
    assert not [k for k, _ in page_items(words) if k == "table"]


def _blocks(*pages: list[dict]):
    return assemble([ordered([], words) for words in pages])


def test_a_row_the_page_break_cut_is_finished_by_the_next_pages_top():
    first, _ = table_page(600, ROWS + [("3", "Lắp đặt biển", "Công an xã", "Ban Chỉ huy", "Hằng năm"),
                                       ("", "cảnh báo", "", "Quân sự xã")])
    second = (line(60, "", "đuối nước tại", "", "và các thôn") + line(74, "", "các bến đò")
              + prose(110, "III. KINH PHÍ THỰC HIỆN"))
    blocks = _blocks(first, second)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows[-1] == ["3", "Lắp đặt biển cảnh báo đuối nước tại các bến đò", "Công an xã",
                              "Ban Chỉ huy Quân sự xã và các thôn", "Hằng năm"]
    assert [b.text for b in blocks if b.kind != "table"] == ["III. KINH PHÍ THỰC HIỆN"]


def test_rows_on_the_next_page_go_on_with_the_table():
    first, _ = table_page(600, ROWS)
    second = (line(60, "3", "Diễn tập ứng phó", "Ủy ban nhân", "Các hộ dân", "Tháng 5")
              + line(74, "", "bão lũ", "dân xã")
              + line(98, "4", "Kiểm tra đê bao", "Công chức", "Các thôn", "Hằng năm")
              + prose(130, "III. KINH PHÍ THỰC HIỆN"))
    [table] = [b for b in _blocks(first, second) if b.kind == "table"]
    assert table.rows[1:] == EXPECTED[1:] + [["3", "Diễn tập ứng phó bão lũ", "Ủy ban nhân dân xã", "Các hộ dân", "Tháng 5"],
                                             ["4", "Kiểm tra đê bao", "Công chức", "Các thôn", "Hằng năm"]]


@pytest.mark.parametrize("why, second", [
    ("a paragraph at the margin", prose(60, "Giao Ủy ban nhân dân xã tổ chức thực hiện Kế hoạch này.")),
    ("a section heading", prose(60, "III. KINH PHÍ THỰC HIỆN")),
    ("a line set off the columns", prose(200, "Trang thứ hai")),
    ("a code alone, no row", line(60, "3") + prose(80, "Các nội dung khác")),
])
def test_what_is_no_part_of_the_table_stays_text(why, second):
    first, _ = table_page(600, ROWS)
    blocks = _blocks(first, second)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows == EXPECTED, why
    assert [b.text for b in blocks if b.kind != "table"], why


def test_a_table_that_ends_on_its_page_does_not_take_the_next_pages_lines():
    # must not: the table ends above a paragraph on its own page
    first, y = table_page(500, ROWS)
    first += prose(y + 20, "Các thôn báo cáo kết quả")
    second = line(60, "", "tổ dân phố", "", "hằng quý")
    blocks = _blocks(first, second)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows == EXPECTED


# text set by `pdftotext -layout`: a row cut by the page break, its rest in some columns only
TEXT_COLS = [0, 8, 26, 44, 62]


text_row = partial(row, at=TEXT_COLS)  # a line of cells, each at its column


TEXT_TABLE = [text_row(*HEAD),
              text_row("1", "Nạo vét kênh", "Phòng Nông", "Các thôn", "Quý II"),
              text_row("", "mương nội đồng", "nghiệp", "", "năm 2027"),
              text_row("2", "Tuyên truyền", "Công chức Văn", "Hội Nông dân", "Thường"),
              text_row("", "phòng, chống", "hóa - Xã", "xã", "xuyên")]


def text_tables(lines: list[str]) -> list[list[list[str]]]:
    pages = text.drop_furniture(text.pages_of("\n".join(lines)))
    flat = [ln for page in pages for ln in page]
    segs = [[] if ln.blank else text.segments(ln.text) for ln in flat]
    return [t.rows for t in grid.find_text_tables(segs, [ln.page for ln in flat])]


def test_a_cut_rows_rest_in_some_columns_finishes_the_row():
    rest = ["\f" + text_row("", "đuối nước", "hội"), text_row("", "trên loa"), "", "III. KINH PHÍ"]
    [rows] = text_tables(TEXT_TABLE + rest)
    assert rows[-1] == ["2", "Tuyên truyền phòng, chống đuối nước trên loa", "Công chức Văn hóa - Xã hội",
                        "Hội Nông dân xã", "Thường xuyên"]


def test_a_rest_across_the_columns_is_no_part_of_the_row():
    # must not: a line at the new page's top that runs across two columns of the page before
    rest = ["\f" + text_row("", "Ủy ban nhân dân xã giao các thôn thực hiện"), "", "III. KINH PHÍ"]
    [rows] = text_tables(TEXT_TABLE + rest)
    assert rows[-1] == ["2", "Tuyên truyền phòng, chống", "Công chức Văn hóa - Xã", "Hội Nông dân xã", "Thường xuyên"]


def spaced(top: float, txt: str, gap: float, x: float = 60.0) -> list[dict]:
    """Words of one line set `gap` points apart (a justified line of a scan)."""
    out = []
    for w in txt.split():
        out.append(word(w, x, top))
        x += 5.5 * len(w) + gap
    return out


@pytest.mark.parametrize("gap", [6.5, 8.0])
def test_a_justified_line_with_numbers_is_no_table(gap):
    # must not: prose whose spaces justification widened past a cell's gap, two numbers in it
    words = (spaced(100, "2. Mục tiêu cụ thể", 3.0)
             + spaced(118, "a) Phấn đấu đến năm 2030, 95% trạm y tế xã có bác sĩ làm việc", gap)
             + spaced(136, "thường xuyên và được kết nối với bệnh viện tuyến tỉnh.", 3.0))
    items = page_items(words)
    assert not [k for k, _ in items if k == "table"]
    assert "a) Phấn đấu đến năm 2030, 95% trạm y tế xã có bác sĩ làm việc" in [p[2] for k, p in items if k == "line"]


def test_a_table_row_of_spaced_cells_is_still_a_table():
    # must match: rows whose cells stand far apart, words close inside them
    words = (line(100, "TT", "Nội dung", "Tổng số", "Năm 2026", "Năm 2027", at=[60, 90, 300, 380, 460])
             + line(118, "1", "Tập huấn cán bộ y tế cơ sở", "320", "150", "170", at=[60, 90, 306, 386, 466])
             + line(136, "2", "Mua sắm trang thiết bị", "1.250", "600", "650", at=[60, 90, 306, 386, 466]))
    tables = [p[1] for k, p in page_items(words) if k == "table"]
    assert tables and tables[0][-1] == ["2", "Mua sắm trang thiết bị", "1.250", "600", "650"]


# a paragraph of a scan or a PDF whose full line ends at the heads of a list of bodies
def _para_page(*lines: tuple[float, str]) -> list[tuple[str, object]]:
    return [("line", (57.0, x1, txt)) for x1, txt in lines]


FULL = 540.0


@pytest.mark.parametrize("why, lines, joined", [
    # must join: the bodies' names on the next line
    ("the heads of the departments, then their names",
     [(FULL, "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các Sở:"),
      (FULL, "Tài chính, Xây dựng, Y tế; Chủ tịch Ủy ban nhân dân các xã, phường chịu"),
      (300.0, "trách nhiệm thi hành Quyết định này./.")], True),
    # must not: a colon after other words, a line that stopped short, a heading in capitals next
    ("a colon that opens a list",
     [(FULL, "Điều 3. Ủy ban nhân dân tỉnh giao nhiệm vụ cho các đơn vị như sau:"),
      (300.0, "Tài chính, Xây dựng bố trí kinh phí.")], False),
    ("a short line",
     [(FULL, "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, phối hợp với"),
      (250.0, "Giám đốc các Sở:"), (300.0, "Tài chính, Xây dựng bố trí kinh phí.")], False),
    ("capitals after it",
     [(FULL, "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các Sở:"),
      (300.0, "NƠI NHẬN")], False),
])
def test_a_full_line_at_the_heads_of_a_list_of_bodies(why, lines, joined):
    texts = [b.text for b in assemble([_para_page(*lines)])]
    assert (any(t.endswith("các Sở: Tài chính, Xây dựng, Y tế; Chủ tịch Ủy ban nhân dân các xã, phường chịu "
                           "trách nhiệm thi hành Quyết định này./.") or "Sở: Tài chính" in t for t in texts)) == joined, why
