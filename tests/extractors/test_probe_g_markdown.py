"""Probe round G: Markdown as pandoc writes it (escapes, hard line breaks, grid tables),
read by the text layout stage. Inputs are invented."""

from __future__ import annotations

import pytest

from extractors.layout import markdown as md, wrap
from extractors.layout.text import read_text

UNESCAPE = [
    # (written, read)
    ("1\\. Mục tiêu chung", "1. Mục tiêu chung"),
    ("b\\) Cơ quan phối hợp", "b) Cơ quan phối hợp"),
    ("\\- Sở Y tế;", "- Sở Y tế;"),
    ("IV\\. TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
    ("tỷ lệ \\*đạt\\* 80%", "tỷ lệ *đạt* 80%"),
    # must not: a backslash before a letter or a digit is text
    ("C:\\Users\\ke-hoach", "C:\\Users\\ke-hoach"),
    ("mã 12\\3", "mã 12\\3"),
]


@pytest.mark.parametrize("written,read", UNESCAPE)
def test_unescape(written, read):
    assert md.unescape(written) == read


def test_escaped_pipe_stays_in_its_cell():
    assert md.cells("| Sở Xây dựng \\| Sở Tài chính | 1.200 |") == ["Sở Xây dựng \\| Sở Tài chính", "1.200"]
    assert md.cells("| a | b |") == ["a", "b"]


GRID = """+-----+--------------------+----------+
| TT  | Nội dung           | Kinh phí |
+=====+====================+==========+
| 1   | Nạo vét kênh       | 2.400    |
|     | tưới tiêu          |          |
+-----+--------------------+----------+
| 2   | Kiên cố hóa | mương| 960      |
+-----+--------------------+----------+"""

SPANNED = """+----+-----------+-----------------------+
| TT | Nội dung  | Nguồn vốn             |
+    +           +-----------+-----------+
|    |           | Trung     | Địa       |
|    |           | ương      | phương    |
+====+===========+===========+===========+
| 1  | Đê bao    | 700       | 300       |
+----+-----------+-----------+-----------+"""

GRIDS = [
    # (lines, rows or None)
    (GRID, [["TT", "Nội dung", "Kinh phí"], ["1", "Nạo vét kênh tưới tiêu", "2.400"], ["2", "Kiên cố hóa | mương", "960"]]),
    (SPANNED, [["TT", "Nội dung", "Nguồn vốn", ""], ["", "", "Trung ương", "Địa phương"], ["1", "Đê bao", "700", "300"]]),
    # must not: a rule of dashes, a table left open, a line off the grid
    ("+------------------+", None),
    ("+----+----+\n| a  | b  |", None),
    ("+----+----+\nGhi chú: số liệu tạm tính\n+----+----+", None),
]


@pytest.mark.parametrize("text,rows", GRIDS)
def test_grid_rows(text, rows):
    assert md.grid_rows(text.split("\n"), wrap.join_cell_lines) == rows


PANDOC = """**KẾ HOẠCH**

**2\\. Mục tiêu cụ thể**

a\\) Có 15 xã đạt chuẩn nông thôn mới.

**ĐVT: triệu đồng**

""" + SPANNED + """

Nơi nhận:\\
\\- Sở Tài chính;\\
\\- Lưu: VT.
"""


def test_pandoc_markdown_document():
    blocks, _ = read_text(PANDOC, markdown=True)
    texts = [b.text for b in blocks if b.text]
    assert "2. Mục tiêu cụ thể" in texts
    assert "a) Có 15 xã đạt chuẩn nông thôn mới." in texts
    assert not any(t.endswith("\\") or "\\-" in t or "\\." in t for t in texts)
    joined = "\n".join(texts)
    assert "- Sở Tài chính;\n- Lưu: VT." in joined or ("- Sở Tài chính;" in texts and "- Lưu: VT." in texts)
    tables = [b.rows for b in blocks if b.rows]
    assert ["1", "Đê bao", "700", "300"] in tables[0]
    assert not any(r[0].startswith("+") for t in tables for r in t)


H2T_HEADER = """**ỦY BAN NHÂN DÂN  
HUYỆN KRÔNG BÔNG**  
\\-------Số: 208/KH-UBND| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**  
\\---------------_Krông Bông, ngày 11 tháng 6 năm 2026_  
---|---  
  
**KẾ HOẠCH**
"""

H2T_BODY = """ĐVT: triệu đồng

TT |  Nội dung |  Tổng |  Tỉnh |  Huyện  
---|---|---|---|---  
1 |  Sửa chữa trường học |  900 |    
|  900  
  
|  Tổng cộng |  900 |   |  900  
  
**IV. TỔ CHỨC THỰC HIỆN**
"""

H2T_SIGNATURE = """**_Nơi nhận:_**  
\\- Sở Giáo dục và Đào tạo;  
\\- Lưu: VT.| **TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH**  
  
  
**Y Niê Kdăm**  
---|---
"""

H2T = [
    # (markdown, a table row that must be read, a text that must not be a block)
    (H2T_HEADER, ["ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG BÔNG\n-------\nSố: 208/KH-UBND",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nKrông Bông, ngày 11 tháng 6 năm 2026"],
     "---|---"),
    (H2T_BODY, ["1", "Sửa chữa trường học", "900", "", "900"], "\nIV. TỔ CHỨC"),
    (H2T_SIGNATURE, ["Nơi nhận:\n- Sở Giáo dục và Đào tạo;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nY Niê Kdăm"], "---|---"),
]


@pytest.mark.parametrize("text,row,not_block", H2T)
def test_html2text_rows_over_several_lines(text, row, not_block):
    from extractors.layout.text import broken_row_tables, pages_of
    lines = [ln for page in pages_of(text) for ln in page]
    found = broken_row_tables(lines)
    rows = [r for _, rs in found.values() for r in rs]
    assert [c.replace("\\", "") for c in row] in [[c.replace("\\", "") for c in r] for r in rows]
    blocks, _ = read_text(text, markdown=True)
    # must not: the rule read as text, or the paragraph after the table taken into a cell
    assert not any(not_block in (b.text or "") for b in blocks)
    assert not any(not_block in c for b in blocks if b.rows for r in b.rows for c in r)


def test_one_line_rows_are_left_to_the_pipe_reading():
    from extractors.layout.text import broken_row_tables, pages_of
    text = "TT | Nội dung | Kinh phí\n---|---|---\n1 | In ấn | 20\n2 | Hội nghị | 35\n"
    assert broken_row_tables([ln for page in pages_of(text) for ln in page]) == {}


GROUPS = [
    # (rows as markdownify writes them, the second row expected)
    ([["STT", "Nội dung", "Tổng", "Chia ra", "", ""], ["Trung ương", "Tỉnh", "Huyện"], ["1", "Đường", "30", "10", "10", "10"]],
     ["", "", "", "Trung ương", "Tỉnh", "Huyện"]),
    # two groups, a leaf column between them and after them
    ([["TT", "Năm 2026", "", "Ghi chú", "Năm 2027", "", "Đơn vị"], ["Vốn", "Chi", "Vốn", "Chi"]],
     ["", "Vốn", "Chi", "", "Vốn", "Chi", ""]),
    # an empty row first (a table with no <th>)
    ([["", "", "", ""], ["STT", "Hạng mục", "Nguồn vốn", ""], ["Tỉnh", "Xã"]], ["", "", "Tỉnh", "Xã"]),
    # must not: a lower row that does not fill the groups, or that holds numbers
    ([["STT", "Nội dung", "Chia ra", "", ""], ["Tỉnh", "Xã"]], ["Tỉnh", "Xã"]),
    ([["STT", "Nội dung", "Chia ra", ""], ["1", "200"]], ["1", "200"]),
    ([["STT", "Nội dung", "Kinh phí"], ["1", "In ấn", "20"]], ["1", "In ấn", "20"]),
]


@pytest.mark.parametrize("rows,second", GROUPS)
def test_lower_header_row_goes_under_its_groups(rows, second):
    got = md.under_groups([list(r) for r in rows])
    first = next(k for k, r in enumerate(got) if any(c.strip() for c in r))
    assert got[first + 1] == second


FLAT_CELLS = [
    # (a layout cell flattened to one line, its lines)
    ("ỦY BAN NHÂN DÂN HUYỆN ĐẠ HUOAI ------- Số: 76/KH-UBND", ["ỦY BAN NHÂN DÂN HUYỆN ĐẠ HUOAI", "-------", "Số: 76/KH-UBND"]),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------------ Đạ Huoai, ngày 5 tháng 1 năm 2026",
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "------------", "Đạ Huoai, ngày 5 tháng 1 năm 2026"]),
    # must not: dashes of a sentence, a number not after capitals, the motto alone
    ("Độc lập - Tự do - Hạnh phúc", ["Độc lập - Tự do - Hạnh phúc"]),
    ("Căn cứ văn bản Số: 12/UBND ngày 2/1/2026", ["Căn cứ văn bản Số: 12/UBND ngày 2/1/2026"]),
    ("Giai đoạn 2026 -- 2030", ["Giai đoạn 2026 -- 2030"]),
]


@pytest.mark.parametrize("cell,lines", FLAT_CELLS)
def test_flattened_header_cell_lines(cell, lines):
    from extractors.layout.cells import split_cell_lines
    assert split_cell_lines(cell) == lines


HTML_IN_MD = """**KẾ HOẠCH**

Tổng kinh phí là 1.500 triệu đồng.

<table>
<tr><td rowspan="2">TT</td><td rowspan="2">Nội dung</td><td colspan="2">Nguồn vốn</td></tr>
<tr><td>Tỉnh</td><td>Huyện</td></tr>
<tr><td>1</td><td>Chợ nông thôn</td><td>1.000</td><td>500</td></tr>
</table>

**IV\\. TỔ CHỨC THỰC HIỆN**

<table><tr><td>Nơi nhận:<br />- Sở Công Thương;<br />- Lưu: VT.</td><td>CHỦ TỊCH<br />Mai Văn Tùng</td></tr></table>
"""


def test_html_tables_inside_markdown():
    from extractors.formats.markdown import read as read_md
    blocks = read_md(HTML_IN_MD.encode(), "x.md").blocks
    tables = [b.rows for b in blocks if b.rows]
    texts = [b.text for b in blocks if b.text]
    assert len(tables) == 1 and ["1", "Chợ nông thôn", "1.000", "500"] in tables[0]
    assert "- Sở Công Thương;" in texts and "Mai Văn Tùng" in texts
    assert "IV. TỔ CHỨC THỰC HIỆN" in texts
    # must not: tags read as text, the order lost
    assert not any("<t" in t for t in texts)
    assert texts.index("Tổng kinh phí là 1.500 triệu đồng.") < texts.index("IV. TỔ CHỨC THỰC HIỆN") < texts.index("Mai Văn Tùng")


def test_a_table_tag_never_closed_stays_markdown():
    from extractors.formats.markdown import read as read_md
    texts = [b.text for b in read_md(b"Ghi ch\xc3\xba: <table> l\xc3\xa0 th\xe1\xba\xbb.\n\n<table>\nD\xc3\xb2ng cu\xe1\xbb\x91i\n", "x.md").blocks]
    assert any("Dòng cuối" in t for t in texts)


LINKS = [
    ("Căn cứ [Luật Thủy lợi](https://vb.example.vn/luat-thuy-loi-2017.aspx) ngày 19/6/2017;", "Căn cứ Luật Thủy lợi ngày 19/6/2017;"),
    ('Thực hiện [Kế hoạch số 40/KH-UBND](/van-ban/kh-40 "Xem văn bản") của tỉnh;', "Thực hiện Kế hoạch số 40/KH-UBND của tỉnh;"),
    ("![](logo.png)KẾ HOẠCH", "KẾ HOẠCH"),
    ("[Trang chủ](/) > [Văn bản](/vb)", "Trang chủ > Văn bản"),
    # must not: brackets that are no link
    ("Chỉ tiêu [1] (theo Nghị quyết)", "Chỉ tiêu [1] (theo Nghị quyết)"),
    ("Đạt 95% [tăng 5%] (so với 2025)", "Đạt 95% [tăng 5%] (so với 2025)"),
]


@pytest.mark.parametrize("text,expected", LINKS)
def test_inline_links(text, expected):
    assert md.inline_links(text) == expected


SETEXT = [
    ("KẾ HOẠCH\n========\nNội dung", "KẾ HOẠCH\n\nNội dung"),
    ("1. Mục tiêu chung\n-----------------\nGiảm nghèo.", "1. Mục tiêu chung\n\nGiảm nghèo."),
    # must not: a layout's rule (its own length, or under capitals), a table rule
    ("Độc lập - Tự do - Hạnh phúc\n---------------", "Độc lập - Tự do - Hạnh phúc\n---------------"),
    ("TỈNH ĐỒNG THÁP\n--------------", "TỈNH ĐỒNG THÁP\n--------------"),
    ("| a | b |\n|---|---|", "| a | b |\n|---|---|"),
]


@pytest.mark.parametrize("text,expected", SETEXT)
def test_setext_headings(text, expected):
    assert md.setext_headings(text) == expected


@pytest.mark.parametrize("text", [
    "Tiêu đề\n-------\nNội dung", "   \n---\nA", "a | b\n---\n", "MỤC TIÊU\n--------\n", "Kế hoạch\n========\n",
    "  Giữa dòng  \n----------\n", "x\n--\n", "Một\n\n---\n", "Độc lập - Tự do - Hạnh phúc\n---------------\n",
    ("Một đoạn văn dài của kế hoạch " * 40 + "\n") * 5 + "Phần kết\n--------\n",
])
def test_setext_underlines_found_as_the_former_pattern_found_them(text, monkeypatch):
    """The underline pattern takes a line in one run (the former one tried every split of a
    long line, seconds a document); it finds the same underlines."""
    import re

    from extractors.layout import markdown as md
    now = md.setext_headings(text)
    monkeypatch.setattr(md, "SETEXT", re.compile(r"(?m)^([^\n|]*\S[^\n|]*)\n(?:=+|-+)[ \t]*$"))
    assert now == md.setext_headings(text)
