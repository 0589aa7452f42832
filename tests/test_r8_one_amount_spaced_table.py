"""Amount tables of ONE amount column typed with spaces or copied one space apart (round R8, G7's
documents in other shapes): "TT | Nội dung | Kinh phí" or "STT | Nội dung chi | Số tiền (đồng)",
each row a code, a label and one money amount; a label wrapped on lines of its own; a "Tổng cộng"
row; `pdftotext -layout` (gaps of spaces, one space where the widest label meets the amounts),
`pdftotext -raw` (one space apart) and pandoc's simple table (a rule of dashes under the header).
Before, the reader needed two amount columns and left these rows as prose: the budget items
were lost. Every name and number here is invented."""

import pytest

from extractors.layout import spaced_rows
from extractors.layout.text import read_text

LAYOUT = """\
STT   Nội dung chi                           Số tiền (đồng)
1     Chi in ấn tờ rơi tuyên truyền          74.300.000
2     Chi hỗ trợ đi lại cho tuyên truyền     96.000.000
      viên cơ sở
3     Chi tổ chức hội nghị sơ kết, tổng kết 128.500.000
      Tổng cộng                              298.800.000
"""
LAYOUT_ROWS = [["STT", "Nội dung chi", "Số tiền (đồng)"],
               ["1", "Chi in ấn tờ rơi tuyên truyền", "74.300.000"],
               ["2", "Chi hỗ trợ đi lại cho tuyên truyền viên cơ sở", "96.000.000"],
               ["3", "Chi tổ chức hội nghị sơ kết, tổng kết", "128.500.000"],
               ["", "Tổng cộng", "298.800.000"]]

RAW = """\
TT Nội dung Kinh phí
1 Mua sắm trang thiết bị phòng họp trực tuyến 215.000
2 Tập huấn kỹ năng số cho cán bộ xã 88.000
Tổng cộng 303.000
"""
RAW_ROWS = [["TT", "Nội dung", "Kinh phí"],
            ["1", "Mua sắm trang thiết bị phòng họp trực tuyến", "215.000"],
            ["2", "Tập huấn kỹ năng số cho cán bộ xã", "88.000"],
            ["", "Tổng cộng", "303.000"]]

# `pdftotext -raw` of a table whose label wrapped in its cell: the label's lines, then the amount alone
CELLS = """\
TT Nội dung Kinh phí
1 Tập huấn nghiệp vụ cho cán bộ
thú y cấp xã
126.000
2 Mua vắc xin tiêm phòng lở mồm
long móng
348.500
Tổng cộng 474.500
"""
CELLS_ROWS = [["TT", "Nội dung", "Kinh phí"],
              ["1", "Tập huấn nghiệp vụ cho cán bộ thú y cấp xã", "126.000"],
              ["2", "Mua vắc xin tiêm phòng lở mồm long móng", "348.500"],
              ["", "Tổng cộng", "474.500"]]

PANDOC = """\
  TT Nội dung                                  Kinh phí
  -- ----------------------------------------- ---------
  1  Sửa chữa nhà văn hóa thôn Đồng Mít         420.000
  2  Xây dựng sân thể thao đa năng của xã      1.150.000
     Tổng cộng                                 1.570.000
"""
PANDOC_ROWS = [["TT", "Nội dung", "Kinh phí"],
               ["1", "Sửa chữa nhà văn hóa thôn Đồng Mít", "420.000"],
               ["2", "Xây dựng sân thể thao đa năng của xã", "1.150.000"],
               ["", "Tổng cộng", "1.570.000"]]

MUST = [("layout, one space where the widest label meets its amount, a wrapped label", LAYOUT, LAYOUT_ROWS),
        ("one space apart, a code-less total row", RAW, RAW_ROWS),
        ("-raw, a wrapped label's lines and then its amount alone", CELLS, CELLS_ROWS),
        ("pandoc simple table, a rule of dashes under the header", PANDOC, PANDOC_ROWS)]

MUST_NOT = [
    ("numbered prose whose lines end in a small number", "TT Nội dung Kinh phí\n"
     "1 Năm 2026 hỗ trợ cho các hộ nghèo trên địa bàn xã 12\n2 Năm 2027 phấn đấu giảm số hộ nghèo xuống còn 30\n"),
    ("one row of an amount only", "TT Nội dung Kinh phí\n1 Kinh phí tuyên truyền 120.000\n"
     "Các nội dung khác do các xã tự bố trí kinh phí.\n"),
    ("a header whose last word names no column", "TT Nội dung Kinh phí đã được phê duyệt\n"
     "1 Nạo vét kênh mương 300.000\n2 Kiên cố hóa kênh 900.000\n"),
    ("a task table: the columns are words, not amounts", "TT Nội dung Đơn vị chủ trì\n"
     "1 Tuyên truyền về chuyển đổi số Phòng Văn hóa - Xã hội\n2 Rà soát thủ tục hành chính Văn phòng\n"),
]


def _tables(text: str) -> list[list[list[str]]]:
    blocks, _ = read_text(text)
    return [b.rows for b in blocks if b.kind == "table"]


@pytest.mark.parametrize("name,text,rows", MUST, ids=[m[0] for m in MUST])
def test_one_amount_table_is_read(name, text, rows):
    assert _tables(text) == [rows]


@pytest.mark.parametrize("name,text", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_not_a_one_amount_table(name, text):
    assert spaced_rows.table_at(text.rstrip("\n").split("\n"), 0) is None
    assert _tables(text) == []
