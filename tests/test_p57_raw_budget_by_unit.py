"""A decision's annex assigning the year's estimate to units (a narrow "Đơn vị" column, amount columns named "Dự
toán giao", "Kinh phí thường xuyên", "Kinh phí không thường xuyên") copied out of its PDF cell after cell (a
viewer's copy, `pdftotext -raw`): the header's names a word or two a line ("TT Đơn vị Dự toán" / "giao" / "Trong đó"
/ "Kinh phí" / "thường" / "xuyên" ...), each unit's name over a few lines, its amounts on the last:

    1 Sở Khoa
    học và
    Công nghệ
    3.450 650 2.800

A column's name may go on in lower-case words on lines of their own ("giao", "thường", "không thường"), read as a
name's rest (spaced_rows.header_cells' modified names); "Dự toán" names an amount column. Must-not rows: prose
after a header's first line, a list of units with no amounts, keep today's reading (no table)."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats.base import read
from extractors.layout.spaced_rows import tables

ANNEX = ("Đơn vị tính: triệu đồng\nTT Đơn vị Dự toán\ngiao\nTrong đó\nKinh phí\nthường\nxuyên\nKinh phí\nkhông\n"
         "thường\nxuyên\nTổng cộng 5.470 2.010 3.460\n1 Sở Giáo\ndục và\nĐào tạo\n2.150 850 1.300\n"
         "2 Ban Quản lý\ncác khu công\nnghiệp tỉnh\n1.740 620 1.120\n3 Sở Tư pháp 580 240 340\n4 Đài Phát\nthanh và\n"
         "Truyền hình\ntỉnh\n1.000 300 700\n")


def test_the_units_rows_whole():
    lines = ANNEX.splitlines()
    found = tables(lines, set(), [1] * len(lines))
    assert len(found) == 1
    first, last, rows = found[0]
    assert rows[0][:3] == ["TT", "Đơn vị", "Dự toán giao"]
    assert [r[1:] for r in rows[1:]] == [
        ["Tổng cộng", "5.470", "2.010", "3.460"], ["Sở Giáo dục và Đào tạo", "2.150", "850", "1.300"],
        ["Ban Quản lý các khu công nghiệp tỉnh", "1.740", "620", "1.120"], ["Sở Tư pháp", "580", "240", "340"],
        ["Đài Phát thanh và Truyền hình tỉnh", "1.000", "300", "700"]]
    assert last == len(lines) - 1


def test_the_annex_gives_each_units_money():
    text = ("QUYẾT ĐỊNH\nVề việc giao dự toán năm 2029\nĐiều 1. Giao dự toán kinh phí năm 2029 cho các đơn vị "
            "(chi tiết tại Phụ lục kèm theo).\nPHỤ LỤC\nDỰ TOÁN KINH PHÍ NĂM 2029\n" + ANNEX)
    doc = build_document(read(text.encode(), "annex.txt"))
    tables_ = [b for b in doc.blocks if b.kind == "table"]
    assert tables_ and any("Sở Giáo dục và Đào tạo" in " ".join(c for row in b.rows for c in row) for b in tables_)


@pytest.mark.parametrize("text", [
    # must not: the header's first line, then prose in lower case that is no name's rest
    "TT Đơn vị Dự toán\ngiao cho các đơn vị thực hiện theo quy định hiện hành của Bộ Tài chính.\n1 Sở Y tế 120 40 80\n",
    # must not: units listed with no amounts
    "TT Đơn vị Dự toán\ngiao\n1 Sở Giáo\ndục và\nĐào tạo\n2 Sở Tư pháp\n",
])
def test_no_table(text):
    lines = text.splitlines()
    assert tables(lines, set(), [1] * len(lines)) == []
