"""Budget tables whose label column is named by the places its rows are ("Huyện", "Xã", "Thôn", "Huyện, thành
phố"), their rows' cells one space apart or copied cell after cell, round R19 (G17's allocation tables: a
province's to its districts, .txt; a district's to its communes, .html; a commune's five-year plan by village,
.md; pdf-raw 731/746/881 -> 803/818/881, pandoc-md 694/696/718 -> 706/708/718):

    TT Huyện Tổng số Ngân sách trung ương Ngân sách tỉnh        TT Thôn Tổng
    Tổng cộng 58.600 46.800 11.800                              số
    1 Huyện Đạ Rinh 21.400 17.200 4.200                         Năm
    ...                                                         2021 ...

`spaced_rows` reads such a table only when every word of its header is a column name it knows; its label
columns were a content's, a project's, a unit's ("Nội dung", "Dự án", "Đơn vị", "Tên xã", "Địa phương"), not a
level of local government alone, so none of these tables was read. `PLACE_HEAD` is such a level, or a list of
them ("Xã, phường, thị trấn"). A header copied cell after cell wraps such a name in its narrow cell after its
comma ("TT Huyện, thành" / "phố" / "Tổng số" / ...): a word ending in a comma may be a column name's
(`_head_line`; G17's council resolution, pdf-raw -16).

Must-not rows: a body named after a level ("Huyện ủy") is no column name; "Xã hội hóa" stays a source of funds;
a line of prose that starts with a place's word is no header. Texts and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows
from extractors.layout.spaced_rows import header_cells


def table(text: str) -> list[list[str]] | None:
    found = spaced_rows.tables(text.split("\n"), set())
    assert len(found) <= 1
    return found[0][2] if found else None


ONE_LINE = """\
TT {place} Tổng số Ngân sách trung ương Ngân sách tỉnh
Tổng cộng 73.250 51.000 22.250
1 {first} 40.150 28.000 12.150
2 {second} 33.100 23.000 10.100

Điều 2. Tổ chức thực hiện."""


@pytest.mark.parametrize("place, first, second", [
    ("Huyện", "Huyện Kim Đôn", "Huyện Sơn Vĩ"),
    ("Xã", "Xã Tân Lộc", "Xã Phú Hòa Đông"),
    ("Thôn", "Thôn Nà Cáy", "Thôn 4"),
    ("Huyện, thành phố", "Thành phố Ba Kha", "Huyện Mỹ Thắng"),
    ("Xã, phường, thị trấn", "Phường 2", "Thị trấn Cò Nòi"),
])
def test_place_label_one_line(place, first, second):
    rows = table(ONE_LINE.format(place=place, first=first, second=second))
    assert rows is not None
    assert rows[0] == ["TT", place, "Tổng số", "Ngân sách trung ương", "Ngân sách tỉnh"]
    assert rows[2] == ["1", first, "40.150", "28.000", "12.150"]
    assert rows[3] == ["2", second, "33.100", "23.000", "10.100"]


CELL_AFTER_CELL = """\
TT Xóm Tổng
số
Năm
2027
Năm
2028
1 Xóm Đồng Mới 1.900 1.100 800
2 Xóm Bãi 2.450 1.250 1.200
Tổng cộng 4.350 2.350 2.000
V. TỔ CHỨC THỰC HIỆN"""


def test_place_label_cell_after_cell():
    rows = table(CELL_AFTER_CELL)
    assert rows is not None
    flat = [" ".join(r) for r in rows]
    assert any("Xóm Đồng Mới" in r and "1.900" in r and "800" in r for r in flat)
    assert any("Xóm Bãi" in r and "2.450" in r for r in flat)


@pytest.mark.parametrize("line", [
    "TT Huyện Tổng số NSTW NSĐP",
    "STT Xã, phường Kinh phí",
    "TT Tổ dân phố Tổng cộng Năm 2026 Năm 2027",
])
def test_place_heads_are_column_names(line):
    cells = header_cells(line)
    assert cells is not None and ("label" in [k for k, _ in cells])


@pytest.mark.parametrize("line", [
    "TT Huyện ủy Tổng số NSTW NSĐP",          # a body, not a column of places
    "TT Xã viên Tổng số Năm 2026 Năm 2027",
    "TT Thôn trưởng Kinh phí",
])
def test_body_or_person_after_a_place_word_is_no_header(line):
    assert header_cells(line) is None


def test_social_sources_stay_sources():
    cells = header_cells("TT Nội dung Tổng số Xã hội hóa NSTW")
    assert ("source", "Xã hội hóa") in cells


PROSE = """\
Xã Tân Lộc 1.200 900 300
Huyện Kim Đôn hỗ trợ 2.000 1.000 1.000
Thôn 4 800 500 300"""


def test_prose_lines_with_places_are_no_table():
    assert table(PROSE) is None


# a place heading wrapped in its narrow cell, its first line ending in a comma (G17's council resolution, pdf-raw
# -16): every word of a header copied cell after cell must be a column name's, and "Huyện," was none
COMMA_WRAPPED = """\
TT {first_line}
{rest}
Tổng số
giai đoạn
2026 - 2030
Trong đó Năm
2026
NSTW NSĐP
1 Thị xã Bến
Lăng
615.000 250.000 365.000 120.000
2 Huyện Ia Kroa 430.500 300.000 130.500 95.000
Tổng cộng 1.045.500 550.000 495.500 215.000
Điều 2. Tổ chức thực hiện"""


@pytest.mark.parametrize("first_line, rest, name", [
    ("Huyện, thị", "xã", "Huyện, thị xã"),
    ("Xã, phường,", "thị trấn", "Xã, phường, thị trấn"),
])
def test_place_heading_wrapped_after_its_comma(first_line, rest, name):
    rows = table(COMMA_WRAPPED.format(first_line=first_line, rest=rest))
    assert rows is not None
    assert rows[0][:2] == ["TT", name]
    assert ["1", "Thị xã Bến Lăng", "615.000", "250.000", "365.000", "120.000"] in rows
    assert ["2", "Huyện Ia Kroa", "430.500", "300.000", "130.500", "95.000"] in rows


def test_words_after_a_comma_that_name_no_column_end_the_header():
    assert table(COMMA_WRAPPED.format(first_line="Huyện, thị", rest="xã rà soát")) is None
