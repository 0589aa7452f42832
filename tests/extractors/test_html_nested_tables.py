"""Tables inside tables in HTML (pages invented). A data table whose cells hold small
tables of their own (a partner cell listing its agencies in a one-column table, a figure
split by year in two columns) stays one table, each nested row a line of its cell. A table
that lays out a page (a frame of one or two columns, or three columns around the page's
own tables) is still read through, its nested tables tables."""

import pytest

from extractors.formats.html import read


def blocks(body: str) -> list[tuple[str, object]]:
    doc = read(f"<html><body>{body}</body></html>".encode("utf-8"), "page.html")
    return [(b.kind, b.rows if b.kind == "table" else b.text) for b in doc.blocks]


def table(rows: list[list[str]], attrs: str = "") -> str:
    return f"<table{attrs}>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


PARTNERS = table([["Phòng Tài chính - Kế hoạch"], ["Ủy ban nhân dân các xã"]])
BY_YEAR = table([["Năm 2026:", "1.200"], ["Năm 2027:", "950"]])
BIG = table([["STT", "Nội dung", "Kinh phí"], ["1", "Tập huấn", "1.200"], ["2", "Kiểm tra", "300"]])


@pytest.mark.parametrize("inner, cell", [
    # must keep in the cell: a one-column list (its rows lines), two columns (a row one line)
    (PARTNERS, "Phòng Tài chính - Kế hoạch\nỦy ban nhân dân các xã"),
    (BY_YEAR, "Năm 2026: 1.200\nNăm 2027: 950"),
    ("Phối hợp:" + table([["Sở Y tế"], ["Công an tỉnh"]]), "Phối hợp:\nSở Y tế\nCông an tỉnh"),
])
def test_a_small_table_in_a_data_cell_is_part_of_the_cell(inner, cell):
    got = blocks(table([["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp"],
                        ["1", "Khảo sát điểm du lịch", "Phòng Văn hóa và Thông tin", inner]], ' border="1"'))
    assert len(got) == 1 and got[0][0] == "table"
    assert got[0][1][1][:3] == ["1", "Khảo sát điểm du lịch", "Phòng Văn hóa và Thông tin"]
    assert got[0][1][1][3].replace("; ", "\n") == cell  # an agency list may be joined by "; "


@pytest.mark.parametrize("frame", [
    # must stay a frame: one column around the page, two columns, three columns (menu | page | menu)
    table([["<p>KẾ HOẠCH</p>" + BIG]]),
    table([["<p>Mục lục</p>", "<p>KẾ HOẠCH</p>" + BIG]]),
    table([["<a href='/'>Trang chủ</a>", "<p>KẾ HOẠCH</p>" + BIG, "<a href='/lh'>Liên hệ</a>"]]),
    # a nested table of three columns is no cell's list: the outer table is a frame
    table([["STT", "Nội dung", "Ghi chú"], ["1", BIG, ""]]),
])
def test_a_frame_around_a_table_is_read_through(frame):
    got = blocks(frame)
    assert ("table", [["STT", "Nội dung", "Kinh phí"], ["1", "Tập huấn", "1.200"], ["2", "Kiểm tra", "300"]]) in got
