"""Budget tables copied cell after cell (`pdftotext -raw`, a viewer's copy) whose header names a school year or
a higher level's budget, or whose narrow amount cells cut every amount, round R16 (G14's college plan, .md to
PDF: pdf-raw -12; G15's commune plan, Word to PDF: pdf-raw -14):

    TT Nội dung Tổng số Năm học            TT Nội dung Tổng số Ngân
    2025 - 2026                            sách cấp
    Năm học                                trên hỗ
    2026 - 2027                            trợ
    1 Cập nhật                             ...
    chương trình                           1 Làm mới
    đào tạo                                nhà ở (16
    240.000 160.000 80.000                 nhà)
                                           800.000.
                                           000
                                           640.000.
                                           000 ...

`spaced_rows` reads such a table only when every word of its header is a column name it knows: "Năm học 2025 -
2026" (a school year, `YEAR_HEAD`) and "Ngân sách cấp trên hỗ trợ" (the budget of the level above, `SOURCE_HEAD`)
were none, so neither table was read. The second's amounts are cut at a dot ("800.000." / "000") or inside a
group ("1.080.00" / "0.000"); `_mended` joined only a group's last one or two digits ("5.46" / "0"), and now joins
these too (not a year's full stop: "2026." / "000").

Must-not rows: a school year's heading with one year only is no column name ("Năm học 2025" is not a header's
year: the label "Năm" and "học" unknown), "Ngân sách cấp dưới" is none; a year's full stop before digits stays
apart. Texts and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows
from extractors.layout.spaced_rows import header_cells

SCHOOL = """\
TT Nội dung Tổng số Năm học
2024 - 2025
Năm học
2025 - 2026
1 Mua sắm
thiết bị
phòng thí nghiệm
390.000 210.000 180.000
2 Tập huấn
giáo viên
85.500 40.000 45.500
Tổng cộng 475.500 250.000 225.500
V. TỔ CHỨC THỰC HIỆN"""

HIGHER = """\
TT Nội dung Tổng số Ngân
sách cấp
trên hỗ
trợ
Ngân
sách xã
Nhân dân
đóng góp
1 Nâng cấp
đường
liên thôn
{a}
2 Xây dựng
nhà văn hóa
{b}
Tổng
cộng
{t}
V. TỔ CHỨC THỰC HIỆN"""


def table(text: str) -> list[list[str]]:
    lines = text.split("\n")
    found = spaced_rows.tables(lines, set())
    assert len(found) == 1
    return found[0][2]


def test_school_years_head_the_amounts():
    rows = table(SCHOOL)
    assert rows[0] == ["TT", "Nội dung", "Tổng số", "Năm học 2024 - 2025", "Năm học 2025 - 2026"]
    assert rows[1] == ["1", "Mua sắm thiết bị phòng thí nghiệm", "390.000", "210.000", "180.000"]
    assert rows[-1] == ["", "Tổng cộng", "475.500", "250.000", "225.500"]


@pytest.mark.parametrize("cut", [True, False])
def test_higher_level_budget_and_cut_amounts(cut):
    amounts = {"a": ["1.250.000.000", "900.000.000", "250.000.000", "100.000.000"],
               "b": ["480.000.000", "300.000.000", "120.000.000", "60.000.000"],
               "t": ["1.730.000.000", "1.200.000.000", "370.000.000", "160.000.000"]}
    # narrow cells: each amount cut at a dot or inside a group, a line for each part
    pieces = {"1.250.000.000": "1.250.00\n0.000", "900.000.000": "900.000.\n000", "250.000.000": "250.000.0\n00",
              "100.000.000": "100.000.\n000", "480.000.000": "480.000.\n000", "300.000.000": "300.000.0\n00",
              "120.000.000": "120.000.\n000", "60.000.000": "60.000.00\n0", "1.730.000.000": "1.730.00\n0.000",
              "1.200.000.000": "1.200.00\n0.000", "370.000.000": "370.000.\n000", "160.000.000": "160.000.\n000"}
    text = HIGHER.format(**{k: "\n".join(pieces[a] if cut else a for a in v) for k, v in amounts.items()})
    rows = table(text)
    assert rows[0] == ["TT", "Nội dung", "Tổng số", "Ngân sách cấp trên hỗ trợ", "Ngân sách xã", "Nhân dân đóng góp"]
    assert rows[1] == ["1", "Nâng cấp đường liên thôn", *amounts["a"]]
    assert rows[-1] == ["", "Tổng cộng", *amounts["t"]]


@pytest.mark.parametrize("line", ["TT Nội dung Tổng số Năm học 2025", "TT Nội dung Tổng số Ngân sách cấp dưới"])
def test_not_column_names(line):
    cells = header_cells(line)
    assert cells is None or not any(kind in ("year", "source") for kind, _ in cells[3:])


def test_year_stop_not_joined():
    lines, _ = spaced_rows._mended(["Kế hoạch năm 2026.", "000 hộ tham gia"])
    assert lines == ["Kế hoạch năm 2026.", "000 hộ tham gia"]
    lines, _ = spaced_rows._mended(["1 Nạo vét kênh 300.000.", "000"])
    assert lines == ["1 Nạo vét kênh 300.000.000"]
