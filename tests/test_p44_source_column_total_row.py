"""A budget table whose sources are a column ("Nguồn vốn"), each activity's row spanning the rows of its sources,
and a total row whose label spans the source column too: the reader gives a spanned cell's text to every column it
spans, so the total row's source cell reads "Tổng cộng", and its amounts were read as of another source ("other")
instead of the total. A total row whose source cell names the total keeps the total's source. Found by G35's portal
page printed by Chromium. Must-not rows: item rows keep their sources; a total row with its source cell empty is the
total as before. Names and numbers invented."""

from __future__ import annotations

from pipeline.process import Options, process

HEAD = ("ỦY BAN NHÂN DÂN\n\nXÃ NẬM KHÊ\n\nSố: 14/KH-UBND\n\nNậm Khê, ngày 9 tháng 1 năm 2029\n\n# KẾ HOẠCH\n\n"
        "Phòng, chống dịch bệnh gia súc năm 2029 - 2030\n\n## I. KINH PHÍ\n\nĐơn vị tính: triệu đồng\n\n")
TABLE = ("| TT | Nội dung | Nguồn vốn | Tổng | Năm 2029 | Năm 2030 |\n|---|---|---|---|---|---|\n"
         "| 1 | Tiêm phòng gia súc | Ngân sách xã | 300 | 150 | 150 |\n"
         "| 1 | Tiêm phòng gia súc | Vận động | 200 | 100 | 100 |\n"
         "|  | Tổng cộng | {total} | 500 | 250 | 250 |\n")


def _items(total_cell: str) -> dict:
    record = process("ke-hoach.md", (HEAD + TABLE.format(total=total_cell)).encode(), Options()).record
    return {(i.row_label, i.source, i.year): i.amount_vnd for i in record.budget.items}


def test_a_total_row_spanning_the_source_column_is_the_total():
    items = _items("Tổng cộng")
    # must: the total row's amounts are the total's
    assert items[("Tổng cộng", "total", 2029)] == 250_000_000
    assert items[("Tổng cộng", "total", None)] == 500_000_000
    assert not any(src == "other" for (_, src, _) in items)
    # must not: the item rows keep their sources
    assert items[("Tiêm phòng gia súc", "local", 2030)] == 150_000_000
    assert items[("Tiêm phòng gia súc", "mobilized", 2029)] == 100_000_000


def test_a_total_row_with_its_source_cell_empty_as_before():
    items = _items("")
    assert items[("Tổng cộng", "total", 2030)] == 250_000_000
