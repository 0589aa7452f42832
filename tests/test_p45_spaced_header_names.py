"""A text table whose header names sit one space apart over amounts spaced far apart: a print's right-aligned tab
stops (LibreOffice's PDF of a Word budget set with tabs, read by `pdftotext -layout`; a text typed so), "Nguồn vốn" at
the left, then "Tổng số Năm 2027 Năm 2028" in one run over three amount columns. Round G37 (its tab-set budget): the
run was cut at the first amount column only ("Tổng số" | "Năm 2027 Năm 2028" | ""), and the two years' amounts were
read with no year and the wrong source. Now a header line's last run of amount column names, after the label's
heading set apart, is spread over the last amount columns, one name each, as a line of such names alone already was.
Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats import read

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẠC\nSố: 64/KH-UBND\nTân Lạc, ngày 4 tháng 3 năm 2028\nKẾ HOẠCH\n"
        "Phát triển làng nghề năm 2028 - 2029\nI. MỤC TIÊU\nPhát triển làng nghề.\nII. KINH PHÍ\n"
        "Đơn vị tính: triệu đồng\n")


def table(lines: list[str]) -> list[list[str]]:
    doc = read((HEAD + "\n".join(lines) + "\nIII. TỔ CHỨC THỰC HIỆN\nPhòng Kinh tế hướng dẫn.\n").encode(), "plan.txt")
    return next((b.rows for b in doc.blocks if b.kind == "table"), [])


@pytest.mark.parametrize("header, names", [
    ("Nguồn vốn                        Tổng số Năm 2028 Năm 2029", ["Nguồn vốn", "Tổng số", "Năm 2028", "Năm 2029"]),
    ("Nội dung                         Tổng cộng 2028 2029", ["Nội dung", "Tổng cộng", "2028", "2029"]),
])
def test_names_one_space_apart_spread_over_their_columns(header, names):
    rows = table([header,
                  "Ngân sách huyện                    4.500        2.000    2.500",
                  "Vốn huy động                         900          400      500",
                  "Cộng                               5.400        2.400    3.000"])
    assert rows[0] == names
    assert rows[1] == ["Ngân sách huyện", "4.500", "2.000", "2.500"]


def test_a_group_over_its_columns_is_not_spread():
    # must not: "Năm 2028" / "Năm 2029" over two source columns each stay groups of the line below
    rows = table(["Nội dung          Tổng số        Năm 2028            Năm 2029",
                  "                              NSNN    Khác        NSNN    Khác",
                  "Tập huấn             900       300     100         400     100",
                  "Hội chợ            1.100       500     100         400     100"])
    assert rows and rows[0][:3] == ["Nội dung", "Tổng số", "Năm 2028"]
