"""A one-money-column table copied cell after cell (plain `pdftotext`, a PDF viewer's copy): each row's code and
label, its label's wrapped lines, then its amount alone on a line, in millions under a thousand ("420", "90").
Round P55 (G51's ward plan as a plain dump of its PDF). Only grouped amounts ("126.000") were read so, a line of prose
seldom ending in one; an amount under a thousand alone on its line right after a row's label is as telling, where the
table's rows have two or more such (extractors.layout.spaced_rows, _amount_after_label), and so is the total's row
after them ("Tổng cộng 915").
"""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG AN KHÁNH
Số: 71/KH-UBND
KẾ HOẠCH
Chuyển đổi số phường An Khánh năm 2027
I. MỤC TIÊU
100% hồ sơ thủ tục hành chính được số hóa.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch năm 2027 là 915 triệu đồng từ ngân
sách phường. Dự toán chi tiết:
Đơn vị tính: triệu đồng
TT Nội dung Kinh phí
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
1. Công an phường chủ trì triển khai định danh điện tử.
"""

ROWS = """1 Số hóa hồ sơ thủ tục
hành chính
385
2 Tập huấn kỹ năng số
cho cán bộ, tổ công
nghệ số cộng đồng
90
3 Lắp đặt hệ thống truyền
thanh thông minh
440
Tổng cộng 915
"""

# must: each row's amount, the total's too
MUST = [(ROWS, [("Số hóa hồ sơ thủ tục hành chính", 385_000_000),
                ("Tập huấn kỹ năng số cho cán bộ, tổ công nghệ số cộng đồng", 90_000_000),
                ("Lắp đặt hệ thống truyền thanh thông minh", 440_000_000), ("Tổng cộng", 915_000_000)]),
        # a decimal amount among them
        (ROWS.replace("\n90\n", "\n87,5\n").replace("Tổng cộng 915", "Tổng cộng 912,5"),
         [("Số hóa hồ sơ thủ tục hành chính", 385_000_000),
          ("Tập huấn kỹ năng số cho cán bộ, tổ công nghệ số cộng đồng", 87_500_000),
          ("Lắp đặt hệ thống truyền thanh thông minh", 440_000_000), ("Tổng cộng", 912_500_000)])]

# must-not: small numbers that end a label's line (prose may), or one row's amount alone: no table read
MUST_NOT = [
    "1 Số hóa hồ sơ thủ tục hành chính 385\n2 Tập huấn kỹ năng số cho cán bộ 90\n"
    "3 Lắp đặt hệ thống truyền thanh thông minh 440\n",
    "1 Số hóa hồ sơ thủ tục\nhành chính\n385\n2 Tập huấn kỹ năng số cho cán bộ 90\n",
]


def _items(rows: str):
    result = process("ke-hoach-71.txt", (HEAD + rows + TAIL).encode())
    items = result.record.model_dump(mode="json")["budget"]["items"]
    for i in items:
        assert result.text[i["span"]["start"]:i["span"]["end"]] == i["raw"]
    return [(i["row_label"], i["amount_vnd"]) for i in items]


@pytest.mark.parametrize("rows, expected", MUST)
def test_small_amounts_alone_after_their_labels(rows, expected):
    assert _items(rows) == expected


@pytest.mark.parametrize("rows", MUST_NOT)
def test_small_numbers_that_tell_no_table(rows):
    assert _items(rows) == []
