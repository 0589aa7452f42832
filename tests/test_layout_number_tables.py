"""Budget tables aligned with spaces (`pdftotext -layout` of a PDF table), read by
extractors.layout.grid.find_tables: must-match rows (a row of the table as read) and
must-not-match rows (what must not be read so). Invented tables (helper Q6): cells of full
narrow columns one space apart, rows set off by blank lines with their label centred on
the row, year groups side by side over their sources, a row's label cut by a page break."""

import pytest

from extractors.layout import grid
from tests.test_text_tables import row, segmented


def at(*cells: tuple[int, str]) -> str:
    """A line with each cell at its column (one space after a cell that runs up to it)."""
    return row(*(cell for _, cell in cells), at=[x for x, _ in cells])


def tables(lines: list[str]) -> list[list[list[str]]]:
    return [t.rows for t in grid.find_tables(*segmented(lines))]


# a sources table whose label column is narrow: the label's last word one space before the
# first amount, a two-line heading one space before the next heading
SOURCES = [
    at((0, "TT"), (13, "Nguồn vốn Tổng giai"), (35, "Năm 2025"), (46, "Năm 2026")),
    at((23, "đoạn")),
    at((13, "Tổng"), (23, "41.300"), (35, "20.100"), (46, "21.200")),
    at((13, "cộng")),
    at((0, "1"), (13, "Ngân sách"), (23, "30.000"), (35, "15.000"), (46, "15.000")),
    at((13, "trung ương")),
    at((0, "2"), (13, "Vốn xã"), (23, "11.300"), (35, "5.100"), (46, "6.200")),
    at((13, "hội hóa")),
]

# year groups side by side, each over its total and a "Trong đó" group of two sources set
# one space apart; rows set off by blank lines, each label centred on its row
COLS = [0, 6, 27, 35, 41, 47, 54, 60, 66]
YEARS = [
    at((40, "Năm 2025"), (58, "Năm 2026")),
    "",
    at((28, "Tổng")),
    at((0, "STT"), (10, "Nội dung"), (44, "Trong đó"), (63, "Trong đó")),
    at((28, "cộng"), (35, "Tổng"), (54, "Tổng")),
    at((36, "số"), (55, "số")),
    at((42, "NSTW NSĐP"), (61, "NSTW NSĐP")),
    "",
    at((6, "Tổng cộng"), (27, "7.450"), (35, "3.600 2.400 1.200"), (54, "3.850 2.500 1.350")),
    "",
    at((6, "Nâng cấp trạm y tế")),
    at((0, "I"), (6, "các xã vùng cao"), (27, "5.100"), (35, "2.500 1.800 700"), (54, "2.600 1.900 700")),
    at((6, "huyện Si Ma Cai")),
    "",
    at((6, "Mua sắm trang thiết")),
    at((0, "1"), (8, "bị khám chữa bệnh 2.350"), (35, "1.100"), (41, "600"), (47, "500"), (54, "1.250"),
       (60, "800"), (66, "450")),
    at((6, "ban đầu")),
]

MUST_MATCH = [
    ("a label one space before the first amount; a heading one space before the next heading", SOURCES,
     [["TT", "Nguồn vốn", "Tổng giai đoạn", "Năm 2025", "Năm 2026"],
      ["", "Tổng cộng", "41.300", "20.100", "21.200"],
      ["1", "Ngân sách trung ương", "30.000", "15.000", "15.000"],
      ["2", "Vốn xã hội hóa", "11.300", "5.100", "6.200"]]),
    ("year groups side by side over a total and their sources; rows set off by blank lines", YEARS,
     [["STT", "Nội dung", "Tổng cộng", "Năm 2025", "Năm 2025", "Năm 2025", "Năm 2026", "Năm 2026", "Năm 2026"],
      ["STT", "Nội dung", "Tổng cộng", "Tổng số", "Trong đó", "Trong đó", "Tổng số", "Trong đó", "Trong đó"],
      ["STT", "Nội dung", "Tổng cộng", "Tổng số", "NSTW", "NSĐP", "Tổng số", "NSTW", "NSĐP"],
      ["", "Tổng cộng", "7.450", "3.600", "2.400", "1.200", "3.850", "2.500", "1.350"],
      ["I", "Nâng cấp trạm y tế các xã vùng cao huyện Si Ma Cai", "5.100", "2.500", "1.800", "700", "2.600",
       "1.900", "700"],
      ["1", "Mua sắm trang thiết bị khám chữa bệnh ban đầu", "2.350", "1.100", "600", "500", "1.250", "800",
       "450"]]),
    ("a row's label cut by a page break, its rest under the header repeated on the next page",
     YEARS + ["", at((0, "2"), (6, "Đào tạo nhân viên y tế"), (27, "900"), (35, "400 300 100"),
                     (54, "500 300 200")),
              "\f" + YEARS[0], *YEARS[1:7], "", at((6, "thôn bản")), "", "III. TỔ CHỨC THỰC HIỆN"],
     [["2", "Đào tạo nhân viên y tế thôn bản", "900", "400", "300", "100", "500", "300", "200"]]),
    ("a row's label cut by a page break, its rest alone at the top of the next page, a heading under it",
     SOURCES + [at((0, "3"), (13, "Vốn vay"), (23, "2.000"), (35, "1.000"), (46, "1.000")),
                "\f" + at((12, "ưu đãi")), at((12, "tín dụng")), "IV. TỔ CHỨC THỰC HIỆN"],
     [["3", "Vốn vay ưu đãi tín dụng", "2.000", "1.000", "1.000"]]),
]


@pytest.mark.parametrize("why, lines, rows", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_number_table_rows(why, lines, rows):
    found = tables(lines)
    assert found, why
    for r in rows:
        assert r in found[0], f"{why}: {r} not in {found[0]}"


MUST_NOT_MATCH = [
    # a row label that ends in a number, short of the amounts, stays whole ("Năm 2025")
    ("a label ending in a year, left of the amounts",
     [at((0, "STT"), (6, "Năm"), (20, "Tổng số"), (30, "NS tỉnh")),
      at((0, "1"), (6, "Năm 2025"), (20, "17.500"), (30, "7.000")),
      at((0, "2"), (6, "Năm 2026"), (20, "19.000"), (30, "8.000"))],
     ["1", "Năm", "2025", "17.500", "7.000"]),
    # prose above a blank line over the table is no header line
    ("a sentence above a blank line over the table",
     ["      Kinh phí thực hiện các nội dung của kế hoạch được bố trí", ""] + SOURCES,
     ["", "Kinh phí thực hiện các nội dung của kế hoạch được bố trí", "", "", ""]),
    # at the top of the next page, a heading in capitals is not the rest of the last label
    ("a heading at the top of the page after the table",
     YEARS + ["\f" + YEARS[0], *YEARS[1:7], "", at((6, "KẾT QUẢ DỰ KIẾN"))],
     ["1", "Mua sắm trang thiết bị khám chữa bệnh ban đầu KẾT QUẢ DỰ KIẾN", "2.350", "1.100", "600", "500",
      "1.250", "800", "450"]),
]


# an appendix's indicator table under its caption in brackets, the caption wrapped and its
# rest centred over the columns (invented, hold-out round H7)
CAPTIONED = [
    at((0, "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2027 của")),
    at((14, "Ủy ban nhân dân huyện Bảo Lâm)")),
    at((0, "STT"), (8, "Chỉ tiêu"), (30, "ĐVT"), (44, "2027"), (52, "2028")),
    at((0, "1"), (8, "Tỷ lệ thôn có nhà"), (30, "%"), (44, "60"), (52, "75")),
    at((8, "văn hóa đạt chuẩn")),
    at((0, "2"), (8, "Số câu lạc bộ dân ca"), (30, "câu lạc bộ"), (44, "12"), (52, "15")),
]
MUST_MATCH_CAPTIONED = [["STT", "Chỉ tiêu", "ĐVT", "2027", "2028"],
                        ["1", "Tỷ lệ thôn có nhà văn hóa đạt chuẩn", "%", "60", "75"]]
MUST_NOT_MATCH.append(("the wrapped rest of a caption in brackets is no header line", CAPTIONED,
                       ["", "Ủy ban nhân dân huyện Bảo Lâm)", "", "", ""]))


def test_a_captioned_table_starts_under_its_caption():
    found = tables(CAPTIONED)
    assert found
    assert found[0][:2] == MUST_MATCH_CAPTIONED
    assert not any("Bảo Lâm" in cell for r in found[0] for cell in r)


@pytest.mark.parametrize("why, lines, row", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_number_table_not_rows(why, lines, row):
    found = tables(lines)
    assert found, why
    assert all(row not in t for t in found), why


@pytest.mark.parametrize("line, data", [
    (at((0, "STT"), (8, "Chỉ tiêu"), (30, "ĐVT"), (40, "2026"), (48, "2027"), (56, "2028")), False),  # heads by year
    (at((0, "TT"), (8, "Nội dung"), (40, "2025"), (48, "2030")), False),  # two horizons, rising
    (at((0, "1"), (8, "Vốn tỉnh"), (40, "2.026"), (48, "2.027")), True),  # amounts
    (at((0, "2"), (8, "Số lượt khách"), (40, "2030"), (48, "2015")), True),  # counts that are no rising years
    (at((0, "3"), (8, "Số hộ"), (40, "2026"), (48, "85")), True),  # a year-like count beside another amount
])
def test_a_line_of_years_is_a_header_not_data(line, data):
    assert grid.is_data_line(segmented([line])[0][0]) is data
