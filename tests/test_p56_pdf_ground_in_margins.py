"""A web page printed by a browser with its margins (Chromium's 0.4 in): the page's white ground
is a box inside the margins, cut by the site's bands into rows, and the table finder made it
a table of one column holding the whole page (the site's bar, the
header, the body run into one or two cells: "Trang chủ | ... DANH MỤC Ngày đăng: ...
ỦY BAN NHÂN DÂN CỘNG HÒA ..."). Such a box reaching every side within the margins and
holding nearly all the page's characters is the page's ground: the page is read as lines.

Must rows: a ground box at a browser's margins cut into rows by a band at its top (and one
at its foot), the page's text inside. Must-not rows: a Word page border 24 pt in (one box,
no table found: read as lines before and after), a one-column box that stops well above the foot (a boxed passage, a table of one column) and a box
inside the margins that holds only part of the page's text stay tables; a ruled table on
such a page is still a table."""

from __future__ import annotations

import pytest

from tests.extractors.test_pdf_routing import PROSE, _ruled_table, _text
from tests.test_l3_pdf_portal import _items, _line_texts

# Letter-size sheet in an A4 MediaBox does not matter here: the page is A4 (595 x 842)
BROWSER_GROUND = "1 g 28 28 539 786 re f\n0.8 G 0.5 w 28 770 m 567 770 l S\n28 28 539 786 re S\n0 g 0 G\n"
WORD_BORDER = "0.75 w 24 24 547 794 re S\n"
BAR = "BT /F1 10 Tf 40 790 Td (Trang chu | Gioi thieu | Van ban | Lien he) Tj ET\n"

FOOTER_BAND = "0.8 G 0.5 w 28 60 m 567 60 l S\n0 G\nBT /F1 9 Tf 40 44 Td (Ban quyen thuoc Cong thong tin dien tu tinh) Tj ET\n"
MUST = [("a browser's ground inside its margins, a band at the top", BROWSER_GROUND + BAR),
        ("a browser's ground with a band at the top and one at the foot", BROWSER_GROUND + BAR + FOOTER_BAND)]


@pytest.mark.parametrize("name,ground", MUST, ids=[m[0] for m in MUST])
def test_a_ground_inside_the_margins_is_no_table(name, ground):
    items = _items(ground + _text(PROSE))
    assert not [kind for kind, _ in items if kind == "table"]
    lines = _line_texts(items)
    assert [line for line in lines if line in PROSE] == PROSE


def test_must_not_a_word_page_border_is_read_as_lines_as_before():
    items = _items(WORD_BORDER + _text(PROSE))
    assert not [kind for kind, _ in items if kind == "table"]
    assert [line for line in _line_texts(items) if line in PROSE] == PROSE


def test_must_not_a_box_stopping_above_the_foot_is_a_table():
    box = "0.5 w 28 300 539 514 re S\n28 700 m 567 700 l S\n"  # its foot 300 pt above the sheet's
    items = _items(box + _text(PROSE))
    assert [kind for kind, _ in items if kind == "table"]


def test_must_not_a_box_in_the_margins_holding_part_of_the_text_is_a_table():
    # the box reaches the margins, but most of the page's lines are set in the band below it
    box = "0.5 w 40 50 515 752 re S\n40 700 m 555 700 l S\n"
    outside = "BT /F1 7 Tf 30 44 Td 7 TL " + " ".join(f"({line}) Tj T*" for line in PROSE * 3) + " ET\n"
    items = _items(box + "BT /F1 11 Tf 60 760 Td (Ghi chu) Tj ET\n" + outside)
    assert [kind for kind, _ in items if kind == "table"]


def test_must_not_a_ruled_table_on_a_browsers_ground_is_still_a_table():
    items = _items(BROWSER_GROUND + _text(PROSE) + _ruled_table(300))
    assert ("table", [["Noi dung", "Kinh phi"], ["Dao tao can bo", "1.250"]]) in items
