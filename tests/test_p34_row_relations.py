"""A table's row relation that no row keeps is none: a project list's "Tổng mức đầu tư" beside the years' allocations
(the plan gives a part of each project's whole cost) flagged every row `budget.row_sum_mismatch`. Not: a table whose
rows mostly sum, one row off (still flagged), nor a single row that does not sum (too few rows to tell)."""

from __future__ import annotations

from pipeline.process import process

HEAD = """**ỦY BAN NHÂN DÂN XÃ {upper}**

Số: 19/KH-UBND

**KẾ HOẠCH**

**Đầu tư công trung hạn xã {place} giai đoạn 2026 - 2028**

**I. DANH MỤC DỰ ÁN**

ĐVT: triệu đồng

| TT | Tên dự án | Tổng mức đầu tư | Năm 2026 | Năm 2027 | Năm 2028 |
|---|---|---|---|---|---|
{rows}

**II. TỔ CHỨC THỰC HIỆN**

Ban Quản lý dự án xã theo dõi.
"""


def _flags(rows: str, place: str = "Nà Hẩu") -> tuple[list[list[str]], list[str]]:
    text = HEAD.format(place=place, upper=place.upper(), rows=rows)
    record = process("ke-hoach.md", text.encode("utf-8")).record.model_dump(mode="json")
    return ([i["flags"] for i in record["budget"]["items"]],
            [q["code"] for q in record["quality"]["issues"]])


def test_a_projects_whole_cost_beside_the_years_allocations_is_no_sum():
    flags, issues = _flags("| 1 | Đường liên thôn Nà Hẩu - Khe Mạ | 12.500 | 2.000 | 3.000 | 2.500 |\n"
                           "| 2 | Nhà văn hóa thôn Bản Tát | 3.800 | 1.200 | 800 | 0 |\n"
                           "| 3 | Kè suối Nậm Lành | 9.600 | 1.500 | 2.500 | 3.000 |")
    assert not any("budget.row_sum_mismatch" in f for f in flags)
    assert "budget.row_sum_mismatch" not in issues


def test_a_row_off_among_rows_that_sum_is_still_flagged():
    flags, issues = _flags("| 1 | Đường liên thôn Khe Mạ | 7.500 | 2.000 | 3.000 | 2.500 |\n"
                           "| 2 | Nhà văn hóa thôn Bản Tát | 2.400 | 1.200 | 800 | 400 |\n"
                           "| 3 | Kè suối Nậm Lành | 9.600 | 1.500 | 2.500 | 3.000 |", place="Tà Sì Láng")
    assert "budget.row_sum_mismatch" in issues
    assert sum("budget.row_sum_mismatch" in f for f in flags) >= 1


def test_one_row_that_does_not_sum_is_flagged():
    flags, issues = _flags("| 1 | Đường liên thôn Khe Mạ | 9.000 | 2.000 | 3.000 | 2.500 |", place="Mồ Dề")
    assert "budget.row_sum_mismatch" in issues
