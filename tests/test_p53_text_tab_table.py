"""A crawl's or a Word "save as text" file whose budget table keeps its cells apart by tabs, with empty cells: a group
row's amounts left blank ("I<tab>Quảng bá<tab><tab><tab><tab>"), a row with no money from one source
("3<tab>Tập huấn<tab>Sở Văn hóa<tab>80<tab><tab>80"). Round P53 (G50's leftover): the reader of rows whose cells lost
their spacing (extractors.layout.spaced_rows) took the table before the tab reading did, read it by its words and
closed the gaps: the row's total moved under the second source, the lead agency ran into the label. Tab rows are now
read by their tabs only (extractors.layout.text.read_text). Names and numbers invented."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = ("ỦY BAN NHÂN DÂN TỈNH KHÁNH SƠN\nSố: 27/KH-UBND\nKẾ HOẠCH\nPhát triển du lịch nông thôn năm 2028\n"
        "I. MỤC TIÊU\n- Đón 80.000 lượt khách.\nII. KINH PHÍ\nĐơn vị tính: triệu đồng\n")
TAIL = "III. TỔ CHỨC THỰC HIỆN\nSở Văn hóa, Thể thao và Du lịch chủ trì thực hiện Kế hoạch.\n"
TABLE = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Ngân sách tỉnh", "Xã hội hóa", "Tổng"),
    ("I", "Quảng bá du lịch", "", "", "", ""),
    ("1", "In ấn ấn phẩm quảng bá", "Sở Văn hóa, Thể thao và Du lịch", "140", "35", "175"),
    ("2", "Tham gia hội chợ du lịch", "Trung tâm Xúc tiến đầu tư", "260", "90", "350"),
    ("II", "Đào tạo nguồn nhân lực", "", "", "", ""),
    ("3", "Tập huấn người làm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch", "95", "", "95"),
    ("", "Tổng cộng", "", "495", "125", "620"),
]


def _record(table):
    text = HEAD + "".join("\t".join(row) + "\n" for row in table) + TAIL
    out = process("ke-hoach-27.txt", text.encode("utf-8"))
    return out, {(i.row_label, i.source): i for i in out.record.budget.items}


@pytest.mark.parametrize("label, source, amount", [
    # must: the empty middle cell keeps the row's total under "Tổng", the second source empty
    ("Tập huấn người làm du lịch cộng đồng", "total", 95),
    ("Tập huấn người làm du lịch cộng đồng", "local", 95),
    # must: the lead agency's column is no part of the row's label
    ("In ấn ấn phẩm quảng bá", "mobilized", 35),
    ("Tham gia hội chợ du lịch", "total", 350),
    # must not: a row with all its cells read as before
    ("Tổng cộng", "mobilized", 125),
])
def test_a_tab_table_keeps_its_empty_cells(label, source, amount):
    out, items = _record(TABLE)
    item = items[(label, source)]
    assert item.amount_vnd == amount * 1_000_000
    assert out.text[item.span.start:item.span.end] == item.raw  # provenance


def test_no_amount_where_a_cell_is_empty():
    _, items = _record(TABLE)  # the row with no money from the second source has no item for it
    assert ("Tập huấn người làm du lịch cộng đồng", "mobilized") not in items
    assert len(items) == 3 * 3 - 1 + 3
