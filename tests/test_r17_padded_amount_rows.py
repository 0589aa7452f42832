"""An amount table printed from a web page to PDF and read by `pdftotext -layout`, its cells centred on their rows,
round R17 (an older decision's annex of investment capital, HTML to PDF: pdf-layout 26/32/45 -> 45/45/45):

         TỔNG SỐ                                         386.500 214.000 172.500

    I    Giao thông                                      251.000 164.000 87.000
    <page break>
                                  Ban QLDA đầu tư xây
         Đường tỉnh 712 đoạn
    1                             dựng các công trình 148.000 110.000 38.000
         Km12 - Km28
                                  giao thông

Three shapes, each in `extractors/layout/grid.py`:
1. A text cell's last line one space before the amounts ("dựng các công trình 148.000 110.000 38.000"): one
   segment, so the line was no data line and the rows under the page break were lost to the table.
   `split_number_runs` now cuts the text off a run of two or more amounts in thousands groups (TEXT_THEN_AMOUNTS).
2. A row whose padded cells open right under a one-line group or total row, with no blank line between (or a page
   break only): its label lines over its data line went to the group row above. `_centred_lead_in`: the row above
   a group's or a total set off by a blank line, a label line over an item's data line, as many lines under it
   as over it (one more or less), then a blank line.
3. The table's first page holding only its total and a group row, so only one text column was found there and the
   implementing units ("Chủ đầu tư") ran into the labels on the next page: `_widened` takes a new page's extra
   text column when no line of the first page's rows holds text in its place, its header placed again.

Must-not rows: a label wrapped below its own data line under an item row, a group's title wrapped onto a line
over an item whose label is on its data line, prose ending in one amount or in numbers with no thousands groups,
a first page whose rows hold text where the new column would be. Names, places and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import read_text

TABLE = """\
                                                      Vốn năm 2027
TT      Tên công trình              Chủ đầu tư
                                                     Tổng số NSTW        NSĐP

     TỔNG SỐ                                         512.300 300.000 212.300

A    Thủy lợi                                        402.300 250.000 152.300
{gap}                              Ban QLDA các công
     Kênh chính Tây Hà
1                             trình nông nghiệp 215.000 140.000 75.000
     đoạn Km3 - Km9
                              và thủy lợi

                              Ban QLDA các công
     Hồ chứa nước Suối
2                             trình nông nghiệp 187.300 110.000 77.300
     Đá Vàng
                              và thủy lợi

B    Văn hóa                                        110.000 50.000     60.000

     Nhà văn hóa trung tâm
1    huyện Tân Phước          Sở Văn hóa            60.000   50.000    10.000
     khu hội trường

     Thư viện tỉnh, nhà
                              Ban QLDA dân dụng
2    đọc 2 tầng                                     50.000             50.000
                              tỉnh
"""


def _rows(text: str) -> list[list[str]]:
    blocks, _ = read_text(text)
    return [r for b in blocks if b.rows for r in b.rows]


@pytest.mark.parametrize("gap", ["\n\f", "", "\n"], ids=["page-break", "no-blank", "blank"])
def test_centred_rows_and_their_unit_column(gap):
    rows = _rows(TABLE.format(gap=gap))
    assert ["TT", "Tên công trình", "Chủ đầu tư", "Tổng số", "NSTW", "NSĐP"] in rows
    assert ["A", "Thủy lợi", "", "402.300", "250.000", "152.300"] in rows
    assert ["1", "Kênh chính Tây Hà đoạn Km3 - Km9", "Ban QLDA các công trình nông nghiệp và thủy lợi",
            "215.000", "140.000", "75.000"] in rows
    assert ["2", "Hồ chứa nước Suối Đá Vàng", "Ban QLDA các công trình nông nghiệp và thủy lợi",
            "187.300", "110.000", "77.300"] in rows
    assert ["2", "Thư viện tỉnh, nhà đọc 2 tầng", "Ban QLDA dân dụng tỉnh", "50.000", "", "50.000"] in rows


@pytest.mark.parametrize("segs, want", [
    ([(0, 1, "1"), (30, 72, "dựng các công trình 148.000 110.000 38.000")],
     ["1", "dựng các công trình", "148.000", "110.000", "38.000"]),
    ([(0, 1, "3"), (30, 64, "và thủy lợi 9.500 12.250.000")], ["3", "và thủy lợi", "9.500", "12.250.000"]),
    # must-not: one amount only, numbers without thousands groups, text ending in a number, one segment
    ([(0, 1, "4"), (30, 45, "Sở Y tế 62.500")], ["4", "Sở Y tế 62.500"]),
    ([(0, 1, "5"), (30, 50, "Nhóm tuổi 15 20")], ["5", "Nhóm tuổi 15 20"]),
    ([(0, 1, "6"), (30, 60, "Khu phố 12 1.000 2.000")], ["6", "Khu phố 12 1.000 2.000"]),
    ([(0, 40, "Tổng vốn giai đoạn 1.200 2.300")], ["Tổng vốn giai đoạn 1.200 2.300"]),
])
def test_text_then_amounts_split(segs, want):
    assert [s[2] for s in grid.split_number_runs([(float(a), float(b), t) for a, b, t in segs])] == want


MUST_NOT = [
    # a label wrapped below its own data line, under an item row: it stays with its row
    ("""\
STT  Nội dung                        Tổng số     Ngân sách tỉnh

     Tổng cộng                       700.000     400.000

1    Xây dựng trạm y tế              200.000     100.000
     Khánh Bình
2    Mua sắm thiết bị                500.000     300.000
     Bệnh viện huyện
""", ["1", "Xây dựng trạm y tế Khánh Bình", "200.000", "100.000"]),
    # a group's title wrapped over the item, whose label is on its data line (no balanced block)
    ("""\
STT  Nội dung                        Tổng số     Ngân sách tỉnh

     Tổng cộng                       700.000     400.000

I    Giáo dục                        700.000     400.000
     Mầm non và phổ thông
1    Xây dựng trường Hòa Lạc         700.000     400.000

""", ["I", "Giáo dục Mầm non và phổ thông", "700.000", "400.000"]),
]


@pytest.mark.parametrize("text, row", MUST_NOT)
def test_no_centred_row_where_labels_wrap_below(text, row):
    assert row in _rows(text)


def test_first_page_text_in_the_new_column_keeps_its_columns():
    cols = grid.Columns([(53.0, 60.0), (61.0, 68.0)], (0.0, 1.0), [5.0])
    new = grid.Columns([(52.0, 59.0), (60.0, 67.0)], (0.0, 1.0), [5.0, 30.0])
    free = [[(0.0, 1.0, "I"), (5.0, 15.0, "Giao thông"), (53.0, 60.0, "251.000"), (61.0, 68.0, "164.000")]]
    full = [[(0.0, 1.0, "I"), (5.0, 40.0, "Giao thông nông thôn và đô thị mới"), (53.0, 60.0, "251.000"),
             (61.0, 68.0, "164.000")]]
    widened = grid._widened(free, 0, 1, cols, new, 2.0)
    assert widened is not None and widened[0].texts == [5.0, 30.0] and widened[1] == [2]
    assert grid._widened(full, 0, 1, cols, new, 2.0) is None
