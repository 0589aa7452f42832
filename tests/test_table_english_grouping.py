"""A budget table whose amounts an English-language spreadsheet formatted: thousands grouped by
commas ("12,500,000"). Its cells of one comma group ("500,000", "950,000") are thousands too, as
are any such cells in a table counted in đồng (no amount is written in fractions of a đồng);
in a table counted in millions with no English grouping, "1,500" keeps its decimal comma.
Invented tables (another commune, other rows and amounts)."""

import pytest

from pipeline import extract_one

HEAD = """**ỦY BAN NHÂN DÂN XÃ TÂN HÒA**

Số: 27/KH-UBND

**KẾ HOẠCH**

**Tổ chức Tết Trồng cây năm 2026**

**III. KINH PHÍ**

"""


def items(tmp_path, unit: str, rows: list[str]) -> dict:
    path = tmp_path / "plan.md"
    path.write_text(HEAD + f"Đơn vị tính: {unit}\n\n| STT | Nội dung | Ngân sách xã | Xã hội hóa | Tổng cộng |\n"
                    "|---|---|---|---|---|\n" + "\n".join(rows) + "\n", encoding="utf-8")
    record = extract_one(path).record
    return {(i.row_label, i.source): i.amount_vnd for i in record.budget.items}


ENGLISH_ROWS = ["| 1 | Mua cây giống | 14,200,000 | 2,800,000 | 17,000,000 |",
                "| 2 | Thuê nhân công trồng cây | 6,500,000 | 750,000 | 7,250,000 |",
                "| 3 | Tuyên truyền, cổ động | 820,000 | 0 | 820,000 |",
                "|  | Tổng cộng | 21,520,000 | 3,550,000 | 25,070,000 |"]


DONG_ROWS = ["| 1 | Mua cây giống | 640,000 | 160,000 | 800,000 |",
             "| 2 | Nước uống, khẩu trang | 250,000 | 0 | 250,000 |",
             "|  | Tổng cộng | 890,000 | 160,000 | 1050000 |"]
MILLION_ROWS = ["| 1 | Mua cây giống | 1,500 | 0,250 | 1,750 |",
                "| 2 | Thuê nhân công trồng cây | 2,000 | 0,500 | 2,500 |",
                "|  | Tổng cộng | 3,500 | 0,750 | 4,250 |"]
CASES = [
    # an English table's cells of one group are thousands, as are a đồng table's
    ("english", "đồng", ENGLISH_ROWS, {("Thuê nhân công trồng cây", "mobilized"): 750_000,
                                       ("Tuyên truyền, cổ động", "local"): 820_000,
                                       ("Tuyên truyền, cổ động", "total"): 820_000, ("Mua cây giống", "total"): 17_000_000}),
    ("dong", "đồng", DONG_ROWS, {("Mua cây giống", "local"): 640_000, ("Nước uống, khẩu trang", "total"): 250_000}),
    # a decimal comma in a table of millions is kept
    ("millions", "triệu đồng", MILLION_ROWS, {("Mua cây giống", "local"): 1_500_000, ("Tổng cộng", "total"): 4_250_000}),
]


@pytest.mark.parametrize("name, unit, rows, want", CASES, ids=[c[0] for c in CASES])
def test_amounts(tmp_path, name, unit, rows, want):
    got = items(tmp_path, unit, rows)
    assert {k: got.get(k) for k in want} == want
