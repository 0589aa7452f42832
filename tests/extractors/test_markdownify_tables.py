"""Tables as markdownify writes them from HTML with merged cells: a merged cell is its text and
empty cells after it, and a header row lists only the cells that start in it (the cells a row
span above covers are not written). The rows are put back under their groups, level after
level, and a budget table so written reads as the same table in HTML."""

from __future__ import annotations

import pytest

import extractors.layout.markdown as md
from pipeline.process import process


@pytest.mark.parametrize("rows,header", [
    # three levels: years over "Tổng số | Trong đó", "Trong đó" over the sources
    ([["TT", "Hạng mục", "Tổng", "Năm 2025", "", "", "Năm 2026", "", ""], ["Cộng", "Chia ra", "", "Cộng", "Chia ra", ""],
      ["Tỉnh", "Huyện", "Tỉnh", "Huyện"], ["1", "Đường", "90", "40", "30", "10", "50", "35", "15"]],
     [["TT", "Hạng mục", "Tổng", "Năm 2025", "Năm 2025", "Năm 2025", "Năm 2026", "Năm 2026", "Năm 2026"],
      ["", "", "", "Cộng", "Chia ra", "Chia ra", "Cộng", "Chia ra", "Chia ra"],
      ["", "", "", "", "Tỉnh", "Huyện", "", "Tỉnh", "Huyện"]]),
    # two levels, as before: the groups' text over their columns
    ([["STT", "Nội dung", "Nguồn vốn", "", ""], ["Trung ương", "Tỉnh", "Xã"], ["1", "Cầu", "9", "6", "3"]],
     [["STT", "Nội dung", "Nguồn vốn", "Nguồn vốn", "Nguồn vốn"], ["", "", "Trung ương", "Tỉnh", "Xã"]]),
    # must not: a third row that does not fill the second row's groups stays as it is
    ([["STT", "Nội dung", "Năm 2025", "", "Năm 2026", ""], ["Vốn", "Chi", "Vốn", "Chi"], ["Ghi chú"]],
     [["STT", "Nội dung", "Năm 2025", "Năm 2025", "Năm 2026", "Năm 2026"], ["", "", "Vốn", "Chi", "Vốn", "Chi"], ["Ghi chú"]]),
])
def test_header_rows_go_under_their_groups_level_after_level(rows, header):
    assert md.under_groups([list(r) for r in rows])[:len(header)] == header


HTML = """<html><body><p>ỦY BAN NHÂN DÂN TỈNH HÀ NGUYÊN</p><p>Số: 318/KH-UBND</p>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Hà Nguyên, ngày 14 tháng 4 năm 2026</p>
<p>KẾ HOẠCH</p><p>Kiên cố hóa kênh mương nội đồng năm 2026 - 2027</p><p>I. KINH PHÍ</p><p>ĐVT: triệu đồng</p>
<table border="1">
<tr><td rowspan="3">STT</td><td rowspan="3">Nội dung</td><td rowspan="3">Tổng cộng</td><td colspan="3">Năm 2026</td><td colspan="3">Năm 2027</td></tr>
<tr><td rowspan="2">Tổng số</td><td colspan="2">Trong đó</td><td rowspan="2">Tổng số</td><td colspan="2">Trong đó</td></tr>
<tr><td>NSTW</td><td>NSĐP</td><td>NSTW</td><td>NSĐP</td></tr>
<tr><td></td><td>Tổng cộng</td><td>7.600</td><td>3.700</td><td>2.500</td><td>1.200</td><td>3.900</td><td>2.700</td><td>1.200</td></tr>
<tr><td>1</td><td>Kênh Bắc</td><td>4.100</td><td>2.000</td><td>1.400</td><td>600</td><td>2.100</td><td>1.500</td><td>600</td></tr>
<tr><td>2</td><td>Kênh Nam</td><td>3.500</td><td>1.700</td><td>1.100</td><td>600</td><td>1.800</td><td>1.200</td><td>600</td></tr>
</table></body></html>"""

# the same table as markdownify writes it
MARKDOWN = """ỦY BAN NHÂN DÂN TỈNH HÀ NGUYÊN

Số: 318/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Hà Nguyên, ngày 14 tháng 4 năm 2026

KẾ HOẠCH

Kiên cố hóa kênh mương nội đồng năm 2026 - 2027

I. KINH PHÍ

ĐVT: triệu đồng

| STT | Nội dung | Tổng cộng | Năm 2026 | | | Năm 2027 | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| Tổng số | Trong đó | | Tổng số | Trong đó | |
| NSTW | NSĐP | NSTW | NSĐP |
|  | Tổng cộng | 7.600 | 3.700 | 2.500 | 1.200 | 3.900 | 2.700 | 1.200 |
| 1 | Kênh Bắc | 4.100 | 2.000 | 1.400 | 600 | 2.100 | 1.500 | 600 |
| 2 | Kênh Nam | 3.500 | 1.700 | 1.100 | 600 | 1.800 | 1.200 | 600 |
"""


def _items(name: str, text: str) -> list[tuple]:
    record = process(name, text.encode()).dump
    return sorted(((i["row_label"], i["year"], i["source"], i["amount_vnd"]) for i in record["budget"]["items"]), key=str)


def test_a_markdownify_budget_table_reads_as_the_html_table():
    want = _items("plan.html", HTML)
    assert ("Kênh Nam", 2027, "local", 600_000_000) in want and len(want) == 21  # (the HTML reads)
    assert _items("plan.md", MARKDOWN) == want


def test_whole_rows_in_outer_pipes_are_not_joined():
    from extractors.layout.text import read_text
    blocks, _ = read_text(MARKDOWN, markdown=True)
    table = next(b for b in blocks if b.kind == "table")
    assert [len(r) for r in table.rows] == [9, 9, 9, 9, 9, 9]
    assert table.rows[2][4:6] == ["NSTW", "NSĐP"]
