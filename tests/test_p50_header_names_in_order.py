"""An amount table laid out with a word processor's default tab stops and printed (a clerk's tab table, `pdftotext
-layout` or the PDF reader): the short amounts sit closer together than their columns' names, so placing each name by
where it stands put "Năm 2029" and "Tổng cộng" over one column and left another with none (round G46's leftover: the
year amounts went to the wrong years). One header line of as many names as the table has columns, placed so, is
placed one name a column, in order (extractors.layout.grid._header_rows)."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

MUST = [
    ("TT    Nguồn vốn           Năm 2028     Năm 2029      Năm 2030    Tổng cộng\n\n"
     "1     Ngân sách huyện     640   590    610   1.840\n\n"
     "2     Ngân sách xã        215   180    205   600\n",
     ["TT", "Nguồn vốn", "Năm 2028", "Năm 2029", "Năm 2030", "Tổng cộng"],
     ["1", "Ngân sách huyện", "640", "590", "610", "1.840"]),
    ("STT   Nội dung chi            Tổng số      Ngân sách tỉnh     Xã hội hóa\n"
     "1     Mua sắm trang thiết bị    900   700   200\n"
     "2     Tập huấn cán bộ           150   150   -\n",
     ["STT", "Nội dung chi", "Tổng số", "Ngân sách tỉnh", "Xã hội hóa"],
     ["1", "Mua sắm trang thiết bị", "900", "700", "200"]),
]

MUST_NOT = [
    # names over their columns: placed where they stand (as before)
    ("TT   Nội dung            Năm 2027   Năm 2028   Tổng cộng\n"
     "1    Trồng rừng          1.200      1.300      2.500\n"
     "2    Chăm sóc rừng       400        450        850\n",
     ["TT", "Nội dung", "Năm 2027", "Năm 2028", "Tổng cộng"],
     ["1", "Trồng rừng", "1.200", "1.300", "2.500"]),
    # a group over two columns on a line of its own: two header lines, read by their places
    ("TT   Nội dung          Tổng cộng        Trong đó\n"
     "                                      NS tỉnh     NS xã\n"
     "1    Kiên cố kênh      3.000          2.000       1.000\n"
     "2    Nạo vét mương     1.500          1.000       500\n",
     ["TT", "Nội dung", "Tổng cộng", "NS tỉnh", "NS xã"],
     ["1", "Kiên cố kênh", "3.000", "2.000", "1.000"]),
]


@pytest.mark.parametrize("text, header, row", MUST + MUST_NOT)
def test_header_names_over_their_columns(text, header, row):
    tables = [b.rows for b in read_text(text)[0] if b.kind == "table"]
    assert len(tables) == 1
    assert header in tables[0]
    assert row in tables[0]
