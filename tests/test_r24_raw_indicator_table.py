"""An indicator table copied out of a PDF cell after cell, a word or two a line, round R24 (G21's province
appendix of indicators and lead bodies, its digital plan and its environment department's indicators, in
`pdftotext -raw`: objectives 1/2/6 and targets 0/0/9, 1/17/5, 3/17/5):

    STT Chỉ / tiêu / Đơn vị / tính / Năm / 2026 / ... / Cơ / quan / chủ trì / Cơ / quan / phối / hợp
    I Lĩnh / vực / khám, ...                 a group row
    1 Tỷ lệ / dân số / tham / ...            the row's code and its label's fragments
    % 93 94,5 96 Bảo / hiểm / xã hội / ...   its unit, its amounts, its lead body's first words, the rest

No reader took it: spaced_rows' wrapped reader knows no body column and wants a row's amounts at its line's end;
raw_tasks no amounts. extractors.layout.raw_indicators reads it from the header's fragments (a code, a label, a
unit, amount columns, one or two body columns), each row's line of exactly as many amounts, the unit's words
before them, the bodies after them and under them; two bodies are told apart where the next body's name starts;
a row's cells that a page break cut go on at the next page's top (the label's rest in lower case first); an
amount a narrow column broke ("145.0" / "00") is whole again.

Must-not rows: an amount table with no body column (spaced_rows' own), a row whose line has fewer amounts than
the header names, a table followed by prose with no heading between, "Văn phòng" / "UBND tỉnh" one body.
Names, places and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import raw_indicators
from extractors.layout.text import read_text

HEAD_2Y = ["TT", "Chỉ tiêu Đơn", "vị", "tính", "Năm", "2031", "Năm", "2032", "Cơ quan chủ trì"]
ROWS_2Y = [
    "I Y tế cơ sở",
    "1 Tỷ lệ xã đạt",
    "bộ tiêu chí quốc",
    "gia về y tế",
    "% 82 90 Sở Y tế",
    "2 Số giường bệnh",
    "trên vạn dân",
    "giường 28 31 Trung tâm Kiểm",
    "soát bệnh tật",
    "II Giáo dục",
    "3 Tỷ lệ trường",
    "đạt chuẩn",
    "% 64 70 Sở Giáo dục",
    "và Đào tạo",
]
WANT_2Y = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2031", "Năm 2032", "Cơ quan chủ trì"],
    ["I", "Y tế cơ sở", "", "", "", ""],
    ["1", "Tỷ lệ xã đạt bộ tiêu chí quốc gia về y tế", "%", "82", "90", "Sở Y tế"],
    ["2", "Số giường bệnh trên vạn dân", "giường", "28", "31", "Trung tâm Kiểm soát bệnh tật"],
    ["II", "Giáo dục", "", "", "", ""],
    ["3", "Tỷ lệ trường đạt chuẩn", "%", "64", "70", "Sở Giáo dục và Đào tạo"],
]

# one amount column (a unit before it), the row's number alone on its line
HEAD_1 = ["TT Chỉ tiêu ĐVT", "Kế hoạch", "năm 2030", "Đơn vị chủ trì"]
ROWS_1 = [
    "I Lĩnh vực nước sạch",
    "1",
    "Tỷ lệ hộ dân nông thôn được dùng",
    "nước hợp vệ sinh",
    "% 97,5",
    "Trung tâm Nước sạch và",
    "Vệ sinh môi trường",
    "2",
    "Số công trình cấp nước được",
    "nâng cấp",
    "công trình 14",
    "Chi cục Thủy lợi",
]
WANT_1 = [
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2030", "Đơn vị chủ trì"],
    ["I", "Lĩnh vực nước sạch", "", "", ""],
    ["1", "Tỷ lệ hộ dân nông thôn được dùng nước hợp vệ sinh", "%", "97,5", "Trung tâm Nước sạch và Vệ sinh môi trường"],
    ["2", "Số công trình cấp nước được nâng cấp", "công trình", "14", "Chi cục Thủy lợi"],
]

# three years, a lead and partners
HEAD_3 = ["STT Chỉ", "tiêu", "Đơn vị", "tính", "Năm", "2027", "Năm", "2028", "Năm", "2029", "Cơ", "quan", "chủ trì",
          "Cơ", "quan", "phối", "hợp"]
ROWS_3 = [
    "1 Tỷ lệ lao",
    "động qua",
    "đào tạo",
    "% 61 63,5 66 Sở Nội",
    "vụ",
    "Hội Nông",
    "dân tỉnh;",
    "UBND các",
    "huyện",
    "2 Số hộ thoát",
    "nghèo",
    "hộ 1.250 1.400 1.520 Văn phòng",
    "UBND tỉnh",
    "Sở Tài chính",
]
WANT_3 = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2027", "Năm 2028", "Năm 2029", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ["1", "Tỷ lệ lao động qua đào tạo", "%", "61", "63,5", "66", "Sở Nội vụ", "Hội Nông dân tỉnh; UBND các huyện"],
    ["2", "Số hộ thoát nghèo", "hộ", "1.250", "1.400", "1.520", "Văn phòng UBND tỉnh", "Sở Tài chính"],
]
AFTER = "II. NHIỆM VỤ, GIẢI PHÁP"


def _tables(text: str) -> list[list[list[str]]]:
    blocks, _ = read_text(text)
    return [b.rows for b in blocks if b.kind == "table"]


@pytest.mark.parametrize("lines, want", [
    (HEAD_2Y + ROWS_2Y, WANT_2Y),
    (HEAD_1 + ROWS_1, WANT_1),
    (HEAD_3 + ROWS_3, WANT_3),
])
def test_an_indicator_table_a_fragment_a_line_is_read(lines, want):
    text = "\n".join(["Phụ lục", "CHỈ TIÊU CHỦ YẾU", *lines, AFTER, "1. Rà soát quy hoạch mạng lưới."]) + "\n"
    assert _tables(text) == [want]


def test_a_row_cut_by_a_page_break_goes_on_at_the_next_page():
    # the last row's label and its partners' rest at the next page's top, the label's rest (lower case) first
    lines = HEAD_3 + ROWS_3[:9] + ["2 Số hộ thoát", "nghèo", "hộ 1.250 1.400 1.520 Văn phòng", "UBND tỉnh",
                                   "Sở Lao động -"]
    after = ["đa chiều", "Thương binh và", "Xã hội", AFTER]
    found = raw_indicators.tables(lines + after, set(), [0] * len(lines) + [1] * len(after))
    assert len(found) == 1
    assert found[0][2][2] == ["2", "Số hộ thoát nghèo đa chiều", "hộ", "1.250", "1.400", "1.520", "Văn phòng UBND tỉnh",
                              "Sở Lao động - Thương binh và Xã hội"]


def test_an_amount_a_narrow_column_broke_is_whole():
    rows = ROWS_3[:9] + ["2 Số hộ thoát", "nghèo", "hộ 1.250 1.400 1.52", "0 Văn phòng", "UBND tỉnh", "Sở Tài chính"]
    found = raw_indicators.tables(HEAD_3 + rows + [AFTER], set())
    assert found and found[0][2] == WANT_3


@pytest.mark.parametrize("lines", [
    # an amount table copied cell after cell: no body column (spaced_rows reads it)
    ["TT Nội dung Tổng", "số", "Năm", "2031", "Năm", "2032", "1 Mua sắm", "thiết bị", "900 400 500",
     "2 Sửa chữa", "trụ sở", "600 300 300"],
    # a row's line with fewer amounts than the header names
    HEAD_3 + ROWS_3[:3] + ["% 61 63,5 Sở Nội", "vụ"] + ROWS_3[9:],
])
def test_no_indicator_table(lines):
    assert raw_indicators.tables(lines + [AFTER], set()) == []


def test_a_table_followed_by_prose_with_no_heading_is_left():
    prose = "Các sở, ngành căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện các chỉ tiêu trên."
    assert raw_indicators.tables(HEAD_2Y + ROWS_2Y + [prose], set()) == []
