"""A table of indicators ("STT | Chỉ tiêu | Đơn vị tính | Số liệu") whose unit cells name money
with their marks lost or misread ("Triệu dong" typed without them, OCR's "Triệu đông"): its
money rows are budget items in that unit, its rows in "Người", "%" are none. Units that are no
money ("Triệu người", "Triệu USD", "Hồ sơ") stay none. Invented tables."""

import pytest

from normalizers.money import unit_cell_multiplier
from pipeline import extract_one

REPORT = """**ỦY BAN NHÂN DÂN TỈNH HÀ NAM SƠN**

Số: 88/BC-UBND

**BÁO CÁO**

**Kết quả cải cách hành chính năm 2024**

I. KẾT QUẢ

Biểu mẫu 6. Cải cách tài chính công

| STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú |
|---|---|---|---|---|
| 1 | Số biên chế được giao | Người | 8.420 | |
| 2 | Số người đã tinh giản trong kỳ | Người | 56 | |
| 3 | Tỷ lệ giải ngân vốn đầu tư công | % | 61,2 | |
| 3.1 | Kế hoạch vốn được giao | {unit} | 12.380.000 | |
| 3.2 | Đã giải ngân | {unit} | 7.576.560 | |
"""


@pytest.mark.parametrize("unit", ["Triệu đông", "Triệu dong", "Triệu đồng"])
def test_money_rows_of_an_indicator_table(tmp_path, unit):
    path = tmp_path / "report.md"
    path.write_text(REPORT.format(unit=unit), encoding="utf-8")
    items = extract_one(path).record.budget.items
    assert [(i.row_label, i.amount_vnd) for i in items] == [
        ("Kế hoạch vốn được giao", 12_380_000_000_000), ("Đã giải ngân", 7_576_560_000_000)]


@pytest.mark.parametrize("cell, multiplier", [
    ("Triệu đồng", 10**6), ("Triệu đông", 10**6), ("Triệu dong", 10**6), ("Tỷ đông", 10**9), ("Nghìn dong", 10**3),
    ("Tr.đ", 10**6),
    # must not: a count, a foreign currency, other units
    ("Triệu người", None), ("Triệu USD", None), ("Người", None), ("Hồ sơ", None), ("%", None), ("Tấn", None),
])
def test_unit_cell_multiplier(cell, multiplier):
    assert unit_cell_multiplier(cell) == multiplier
