"""An amount table read by `pdftotext -layout` from a PDF whose cells are padded and centred on their rows
(an HTML or Word table printed): each row a block between blank lines, its label's lines over and under
the line that holds its code and amounts, that code alone at the margin ("Mở lớp bồi dưỡng" / "1   1.200
800 ..." / "cho công chức cấp xã"); the header's cells centred too: a group ("Trong đó") centred over the
columns under it, a two-line heading ("Nguồn" / "khác") straddling the line of its neighbours' headings,
right of its column's numbers (extractors.layout.grid: _lone_codes, _centred_first_row, _straddled, the
last amount column's heading). Must-match and must-not-match rows; the tables are invented."""

import pytest

from extractors.layout.text import read_text
from tests.spaced_lines import at


INTRO = ["III. KINH PHÍ THỰC HIỆN", "", "Tổng kinh phí thực hiện Kế hoạch là 3,9 tỷ đồng.", "",
         at((8, "BIỂU DỰ TOÁN KINH PHÍ NĂM 2027")), "", at((50, "Đơn vị tính: triệu đồng")), ""]
AFTER = ["", "IV. TỔ CHỨC THỰC HIỆN", "", "1. Phòng Tài chính - Kế hoạch chủ trì thẩm định dự toán."]

# the header of the fiscal plans' PDFs: "Trong đó" centred over three source columns, "Nguồn" / "khác"
# straddling the sources' line, right of its column's numbers
HEADER = [at((58, "Trong đó")),
          at((0, "TT"), (14, "Nội dung"), (34, "Tổng cộng")),
          at((73, "Nguồn")),
          at((47, "NSTW"), (59, "NSĐP")),
          at((74, "khác")),
          ""]


def row(code: str, above: str, amounts: list[tuple[int, str]], below: str) -> list[str]:
    return [at((5, above)), at((0, code), *amounts), at((5, below)), ""]


ROWS = (row("1", "Tập huấn kỹ năng số", [(33, "1.450"), (45, "900"), (57, "550"), (69, "-")], "cho cán bộ thôn, bản")
        + row("2", "Xây dựng mô hình điểm", [(33, "2.100"), (45, "1.500"), (57, "400"), (69, "200")],
              "về chuyển đổi số cấp xã")
        + row("3", "Hội thi tìm hiểu pháp", [(33, "350"), (45, "-"), (57, "350"), (69, "-")], "luật về an ninh mạng")
        + [at((5, "Tổng cộng"), (33, "3.900"), (45, "2.400"), (57, "1.300"), (69, "200"))])


def tables(lines: list[str]) -> list[list[list[str]]]:
    blocks, _ = read_text("\n".join(INTRO + lines + AFTER) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


def test_must_a_centred_rows_under_a_centred_group_header():
    found = tables(HEADER + ROWS)
    assert len(found) == 1, found
    assert found[0] == [
        ["TT", "Nội dung", "Tổng cộng", "Trong đó", "Trong đó", "Trong đó"],
        ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP", "Nguồn khác"],
        ["1", "Tập huấn kỹ năng số cho cán bộ thôn, bản", "1.450", "900", "550", "-"],
        ["2", "Xây dựng mô hình điểm về chuyển đổi số cấp xã", "2.100", "1.500", "400", "200"],
        ["3", "Hội thi tìm hiểu pháp luật về an ninh mạng", "350", "-", "350", "-"],
        ["", "Tổng cộng", "3.900", "2.400", "1.300", "200"],
    ]


# each row: (what the table shows, the lines, a check of the rows read)
MUST = [
    ("the first row's label over its code's line is the row's, not the header's",
     HEADER + ROWS,
     lambda rows: rows[2][:2] == ["1", "Tập huấn kỹ năng số cho cán bộ thôn, bản"]
     and all("Tập huấn" not in c for c in rows[1])),
    ("a code alone at the margin is the row's code, not an amount",
     HEADER + ROWS,
     lambda rows: [r[0] for r in rows[2:]] == ["1", "2", "3", ""] and [r[2] for r in rows[2:]] == ["1.450", "2.100", "350", "3.900"]),
    ("with no total row (no label on any data line) the codes are a column, the labels right of them",
     HEADER + ROWS[:-1],
     lambda rows: [r[:3] for r in rows] == [["TT", "Nội dung", "Tổng cộng"], ["TT", "Nội dung", "Tổng cộng"],
                                            ["1", "Tập huấn kỹ năng số cho cán bộ thôn, bản", "1.450"],
                                            ["2", "Xây dựng mô hình điểm về chuyển đổi số cấp xã", "2.100"],
                                            ["3", "Hội thi tìm hiểu pháp luật về an ninh mạng", "350"]]),
    ("a centred group spans the columns whose headings lie under it",
     HEADER + ROWS,
     lambda rows: rows[0][2:] == ["Tổng cộng", "Trong đó", "Trong đó", "Trong đó"]),
    ("a heading straddling its neighbours' line, right of its column's numbers, is the last amount column's",
     HEADER + ROWS,
     lambda rows: rows[1][-1] == "Nguồn khác" and len(rows[0]) == 6),
]


@pytest.mark.parametrize("what,lines,check", MUST, ids=[m[0] for m in MUST])
def test_must(what, lines, check):
    found = tables(lines)
    assert len(found) == 1, found
    assert check(found[0]), found[0]


# a note column with notes in its rows keeps its heading; numbers at the margin that do not count 1, 2, 3
# are amounts; a lower-case word under a line that has a heading over it is not joined across
NOTED_HEADER = [at((0, "TT"), (6, "Nội dung"), (33, "Tổng cộng"), (45, "NSTW"), (57, "NSĐP"), (70, "Ghi chú")), ""]
NOTED_ROWS = [at((0, "1"), (6, "Tập huấn kỹ năng số"), (33, "1.450"), (45, "900"), (57, "550"), (70, "Quý II")),
              at((0, "2"), (6, "Xây dựng mô hình điểm"), (33, "2.100"), (45, "1.500"), (57, "600"), (70, "Quý III"))]
UNCODED = [at((0, "Năm"), (6, "Số lớp"), (33, "Học viên"), (45, "Kinh phí")), "",
           at((0, "12"), (33, "450"), (45, "1.350")),
           at((0, "15"), (33, "520"), (45, "1.600")),
           at((0, "18"), (33, "610"), (45, "1.900"))]


# two year groups side by side over their sources, a total's heading on the line under them, left of them
YEARS = [at((34, "Năm 2026"), (50, "Năm 2027")),
         at((0, "TT"), (12, "Xã"), (23, "Tổng số")),
         at((33, "NSTW NSĐP NSTW NSĐP")),
         "",
         at((0, "1"), (5, "Xã Phú Lâm Đông 6.300"), (33, "2.100"), (41, "900"), (48, "2.300"), (56, "1.000")),
         at((0, "2"), (5, "Xã Hòa Khê"), (23, "4.100"), (33, "1.400"), (41, "600"), (48, "1.500"), (56, "600")),
         at((4, "Tổng cộng"), (23, "10.400"), (33, "3.500 1.500 3.800 1.600"))]

MUST_NOT = [
    ("year groups side by side do not take the total's column beside them",
     YEARS,
     lambda rows: rows[0][2:] == ["Tổng số", "Năm 2026", "Năm 2026", "Năm 2027", "Năm 2027"]
     and rows[1][2:] == ["Tổng số", "NSTW", "NSĐP", "NSTW", "NSĐP"]),
    ("a note column with notes keeps its heading 'Ghi chú'",
     NOTED_HEADER + NOTED_ROWS,
     lambda rows: rows[0][-1] == "Ghi chú" and rows[1][-1] == "Quý II" and rows[0][-2] == "NSĐP"),
    ("numbers at the margin that do not count 1, 2, 3 stay amounts",
     UNCODED,
     lambda rows: any("12" in r for r in rows) and all(r[0] != "12" or r[1] == "450" or r[-2] == "450" for r in rows)
     and any(r[:3] == ["12", "450", "1.350"] or r[-3:] == ["12", "450", "1.350"] for r in rows)),
    ("a row whose label is on its own line is not taken into the row above",
     [at((0, "TT"), (6, "Nội dung"), (33, "Tổng cộng"), (45, "NSTW"), (57, "NSĐP")), "",
      at((0, "1"), (6, "Tập huấn kỹ năng số"), (33, "1.450"), (45, "900"), (57, "550")),
      at((0, "2"), (6, "Xây dựng mô hình điểm"), (33, "2.100"), (45, "1.500"), (57, "600"))],
     lambda rows: [r[:2] for r in rows[1:]] == [["1", "Tập huấn kỹ năng số"], ["2", "Xây dựng mô hình điểm"]]),
]


@pytest.mark.parametrize("what,lines,check", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_must_not(what, lines, check):
    found = tables(lines)
    assert len(found) == 1, found
    assert check(found[0]), found[0]
