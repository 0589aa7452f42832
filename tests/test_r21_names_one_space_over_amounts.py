"""A laid-out table's last header line of column names one space apart, squeezed by the print over fewer
columns than it names ("NSTW NSĐP NSTW NSĐP" at 33..52 under amounts at 33..59, pdftotext -layout of a
web page's table printed), the years above it ("Năm 2022" | "Năm 2023") as groups: each name goes over
one of the last n amount columns (extractors.layout.grid._spread_names), and the groups spread over
them. Places, years and amounts invented (round R21); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text


def table_rows(text: str) -> list[list[str]]:
    blocks, _ = read_text(text)
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    return tables[0]


def doc(header: str, body: str) -> str:
    return ("Phân bổ vốn cho các đơn vị như sau:\n\n"
            "                                                              Đơn vị tính: triệu đồng\n\n"
            + header + "\n" + body + "\nĐiều 2. Các đơn vị tổ chức thực hiện.\n")


TWO_YEARS = """\
1    Xã Hòa Lạc Đông   6.100     2.000   900    2.200   1.000
2   Xã Phú Mỹ         3.400     1.200   400   1.300   500

    Tổng cộng         9.500    3.200 1.300 3.500 1.500
"""
ONE_YEAR = """\
1    Phường Tây Sơn     2.750     1.900     850
2    Phường An Bình     1.300       800     500
3    Phường Kim Ngọc    4.020     3.000   1.020
"""


@pytest.mark.parametrize("header, body, groups, names", [
    # must: four sources under two years, one space apart
    ("                                  Năm 2026        Năm 2027\n"
     "TT          Xã         Tổng số\n"
     "                                 NSTW NSĐP NSTW NSĐP\n",
     TWO_YEARS, ["Năm 2026", "Năm 2026", "Năm 2027", "Năm 2027"], ["NSTW", "NSĐP", "NSTW", "NSĐP"]),
    # must: a province's and a district's budget, two words each
    ("                                  Năm 2031        Năm 2032\n"
     "TT          Xã         Tổng số\n"
     "                                 NS tỉnh NS huyện NS tỉnh NS huyện\n",
     TWO_YEARS, ["Năm 2031", "Năm 2031", "Năm 2032", "Năm 2032"], ["NS tỉnh", "NS huyện", "NS tỉnh", "NS huyện"]),
    # must: two sources under one year, over the last two of three amount columns
    ("                                      Năm 2029\n"
     "TT   Đơn vị             Tổng số\n"
     "                                 Trung ương Địa phương\n",
     ONE_YEAR, ["Năm 2029", "Năm 2029"], ["Trung ương", "Địa phương"]),
])
def test_names_one_space_apart_spread_over_the_last_amount_columns(header, body, groups, names):
    rows = table_rows(doc(header, body))
    n = len(names)
    assert rows[0][-n:] == groups
    assert rows[1][-n:] == names
    assert rows[1][-n - 1] == "Tổng số"


@pytest.mark.parametrize("header, body", [
    # must not: a phrase one space apart (no column names) is not spread
    ("                                  Năm 2026        Năm 2027\n"
     "TT          Xã         Tổng số\n"
     "                                 chia theo các nguồn vốn\n", TWO_YEARS),
    # must not: more names than amount columns
    ("                                      Năm 2029\n"
     "TT   Đơn vị             Tổng số\n"
     "                                 NSTW NSĐP NSTW NSĐP\n", ONE_YEAR),
    # must not: a note's heading among the names
    ("                                      Năm 2029\n"
     "TT   Đơn vị             Tổng số\n"
     "                                 NSTW Ghi chú\n", ONE_YEAR),
])
def test_other_last_lines_are_not_spread(header, body):
    rows = table_rows(doc(header, body))
    spread = {"NSTW", "NSĐP", "chia", "theo", "các", "nguồn", "vốn"}
    assert not any(cell in spread for row in rows for cell in row)
