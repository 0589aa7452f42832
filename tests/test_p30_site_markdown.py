"""The Markdown a legal-text site's scrape stores (dev p25/p26/p30/p32's shape; the lead's round
P30, tests/renditions/converters.py kind legal-site-md): every table written one cell at a time
between lone "|" lines, a row's end and the next row's start two pipes in a row, a cell merged
across columns listed once, a cell merged down from the row above left out. Three reader misses:

- a group row merged across the whole table ("I. NHÓM NHIỆM VỤ ...", colspan) is a row of one
  cell: the task table under it lost every activity; it is now spread over the table's width, as
  the Word and HTML readers give a merged cell;
- a three-row header ("Năm 2026" / "Tổng số | Trong đó" / "NSTW | NSĐP") was parsed with its
  last two rows as one full-width row and the break between them as an empty cell, which put
  every amount under the wrong column (48 of 96 budget items lost): an empty cell between two
  header cells now costs more than a narrow row;
- a header cell's rule or the Party's star ("-------", "*") was glued to the line under it
  ("------- Số: 47/KH-UBND"): the number was lost.
"""

from __future__ import annotations

import pytest

from extractors.layout import markdown as md
from extractors.layout.wrap import join_cell_lines
from pipeline.process import process


def site_table(rows: list[list[str]]) -> list[str]:
    """A table as the site writes it: a "|" line before each cell, one after a row's last cell."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            out.append("|")
            out.extend(cell.split("\n") if cell else [])
        out.append("|")
    return out


# -- a cell merged across the whole table ---------------------------------------------------------

TASKS = [["**STT**", "**Nội dung nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**"],
         ["I. NHÓM NHIỆM VỤ VỀ HẠ TẦNG SỐ"],
         ["1", "Xây dựng kho dữ liệu dùng\nchung của tỉnh", "Sở Khoa học và Công nghệ", "Các sở, ngành"],
         ["2", "Tập huấn kỹ năng số cho cán bộ cấp xã", "Sở Nội vụ", "UBND các xã, phường"]]

# (why, rows, the row to look at, what it reads)
SPREAD = [
    ("must: a group row of one cell spreads over the table", TASKS, 1, ["I. NHÓM NHIỆM VỤ VỀ HẠ TẦNG SỐ"] * 4),
    ("must: a closing note row of one cell",
     TASKS + [["Ghi chú: các nhiệm vụ thực hiện trong năm 2026"]], 4,
     ["Ghi chú: các nhiệm vụ thực hiện trong năm 2026"] * 4),
    ("must not: a table title in its first row stays one cell",
     [["BẢNG PHÂN CÔNG NHIỆM VỤ"]] + TASKS[:1] + TASKS[2:], 0, ["BẢNG PHÂN CÔNG NHIỆM VỤ"]),
    ("must not: a row with empty cells keeps them",
     TASKS[:1] + [["", "II. NHÓM NHIỆM VỤ VỀ DỮ LIỆU", "", ""]] + TASKS[2:], 1,
     ["", "II. NHÓM NHIỆM VỤ VỀ DỮ LIỆU", "", ""]),
]


@pytest.mark.parametrize("why,rows,at,want", SPREAD, ids=[r[0] for r in SPREAD])
def test_a_row_merged_across_the_table(why, rows, at, want):
    got = md.lone_pipe_rows(site_table(rows))
    assert got is not None and got[at] == want


PLAN = """|
ỦY BAN NHÂN DÂN
TỈNH AN HÀ
-------
Số: 12/KH-UBND
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
An Hà, ngày 05 tháng 3
năm 2026
|

**KẾ HOẠCH**

**Chuyển đổi số năm 2026**

**I. NHIỆM VỤ**

Các nhiệm vụ cụ thể tại Phụ lục
kèm theo Kế hoạch này.

"""


def test_the_tasks_under_a_merged_group_row_and_the_number_under_a_rule():
    text = PLAN + "\n".join(site_table(TASKS)) + "\n"
    out = process("an-ha.md", text.encode("utf-8"))
    record = out.record
    assert record.number == "12/KH-UBND"
    assert [(a.code, a.lead_agencies) for a in record.activities] == [
        ("1", ["Sở Khoa học và Công nghệ"]), ("2", ["Sở Nội vụ"])]
    first = record.activities[0]
    assert first.title == "Xây dựng kho dữ liệu dùng chung của tỉnh"
    assert first.title in out.text[first.span.start:first.span.end]  # provenance: its span holds it


# -- a header of three rows -----------------------------------------------------------------------

HEAD3 = [["STT", "Nội dung", "Tổng cộng", "Năm 2026", "Năm 2027"],
         ["Tổng số", "Trong đó", "Tổng số", "Trong đó"],
         ["NSTW", "NSĐP", "NSTW", "NSĐP"]]
BODY9 = [["", "**Tổng cộng**", "9.300", "4.500", "3.000", "1.500", "4.800", "3.200", "1.600"],
         ["1", "Tư vấn chuyển đổi số", "1.900", "900", "600", "300", "1.000", "700", "300"]]
BODY9_READ = [[c.strip("*") for c in r] for r in BODY9]  # (emphasis is taken off)

# (why, rows as written, rows as read)
HEADERS = [
    ("must: three header rows, the body's first code cell empty", HEAD3 + BODY9, HEAD3 + BODY9_READ),
    ("must: the header in bold", [[f"**{c}**" for c in r] for r in HEAD3] + BODY9, HEAD3 + BODY9_READ),
    ("must not: a body row's empty cells between a label and a number",
     [["TT", "Danh mục dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2026"], ["Tổng số", "NSTW", "NSĐP"],
      ["", "TỔNG SỐ", "", "386.500", "214.000", "172.500"],
      ["1", "Đường tỉnh 712", "Ban Quản lý dự án tỉnh", "120.000", "80.000", "40.000"]],
     [["TT", "Danh mục dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2026"], ["Tổng số", "NSTW", "NSĐP"],
      ["", "TỔNG SỐ", "", "386.500", "214.000", "172.500"],
      ["1", "Đường tỉnh 712", "Ban Quản lý dự án tỉnh", "120.000", "80.000", "40.000"]]),
    ("must not: a group row's empty cells before its sum",
     [["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
      ["I", "Lễ khai mạc", "", "", "", "62.000.000"],
      ["1", "Trang trí, khánh tiết", "gói", "1", "25.000.000", "25.000.000"]],
     [["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
      ["I", "Lễ khai mạc", "", "", "", "62.000.000"],
      ["1", "Trang trí, khánh tiết", "gói", "1", "25.000.000", "25.000.000"]]),
]


@pytest.mark.parametrize("why,rows,want", HEADERS, ids=[r[0] for r in HEADERS])
def test_a_header_of_several_rows(why, rows, want):
    assert md.lone_pipe_rows(site_table(rows)) == want


# -- a rule or a star in a header's cell ----------------------------------------------------------

# (why, a cell's lines, the cell as read)
CELLS = [
    ("must: the number under the issuer's rule", ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG HẢI", "-------", "Số: 47/KH-UBND"],
     "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG HẢI\n-------\nSố: 47/KH-UBND"),
    ("must: the number under the Party's star", ["ĐẢNG BỘ TỈNH HÒA VÂN", "TỈNH ỦY", "*", "Số 45-KH/TU"],
     "ĐẢNG BỘ TỈNH HÒA VÂN\nTỈNH ỦY\n*\nSố 45-KH/TU"),
    ("must: the place line under the motto's rule", ["Độc lập - Tự do - Hạnh phúc", "_______________",
                                                      "An Hà, ngày 05 tháng 3", "năm 2026"],
     "Độc lập - Tự do - Hạnh phúc\n_______________\nAn Hà, ngày 05 tháng 3 năm 2026"),
    ("must not: a wrapped cell is still joined", ["Phấn đấu mỗi năm phát triển từ", "05 bộ dữ liệu mở chất lượng cao"],
     "Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao"),
    ("must not: a word with a star is text", ["Kinh phí thực hiện (*)", "theo dự toán được duyệt"],
     "Kinh phí thực hiện (*) theo dự toán được duyệt"),
]


@pytest.mark.parametrize("why,lines,want", CELLS, ids=[r[0] for r in CELLS])
def test_a_rule_in_a_cell_stands_alone(why, lines, want):
    assert join_cell_lines(lines) == want
