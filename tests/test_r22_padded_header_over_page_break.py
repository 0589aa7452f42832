"""A task table printed with padded cells whose header row breaks across a page break, round R22 (G22's district
decision replacing an appendix of tasks after the signature, .html printed to PDF, pdftotext -layout: activities
0/0/4):

    STT           Nhiệm vụ             Cơ quan chủ      Cơ quan phối    Thời gian        <- page 2's foot
    ---- page break ----
                                        trì            hợp         hoàn thành
         Rà soát, công bố danh mục                  Các phòng chuyên
    1    thủ tục hành chính thuộc     Phòng Tư pháp môn thuộc UBND Quý I/2020
         thẩm quyền cấp huyện                       huyện

Three things kept `grid` from reading it:

1. `find_text_tables` tried a header line that names its columns only as a table whose rows open at their code
   (`_text_table_at`); when that found none (the rows centred in their padding, a row's first line above its
   code) the padded table's reader was not tried on it.
2. `_padded_table_at` took the header as one block of lines: the page break cut it after its first line, and
   the rows on the next page were no rows of the header's page. The rest of the header at the next page's top
   (short headings, no row's code) is the header's, and the rows are read on that page.
3. A heading that runs a letter or two into the next column ("Cơ quan chủ" over "trì", the columns set by the
   rows on the next page) was taken for a group over both columns: a column spans a heading only where they
   overlap by more than the slack.

Must-not rows: a header that ends its page followed by a block that holds a row's code or amounts on the next
page keeps the old reading (no table: the header is one line); a true group heading over two columns ("Cơ
quan thực hiện" over "Chủ trì" | "Phối hợp") is still a group. (On 1874186 the table with no page break and the
one with the true group read no table at all: 1.) Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments


def line(*cells: tuple[int, str]) -> str:
    out = ""
    for x, text in cells:
        out = out.ljust(x) + text
    return out


HEAD1 = line((0, "STT"), (14, "Nhiệm vụ"), (35, "Cơ quan chủ"), (52, "Cơ quan phối"), (68, "Thời gian"))
HEAD2 = line((40, "trì"), (55, "hợp"), (67, "hoàn thành"))
ROWS = [
    line((5, "Kiểm kê rừng phòng hộ"), (48, "UBND các xã")),
    line((0, "1"), (5, "đầu nguồn sông Lam"), (34, "Hạt Kiểm lâm"), (67, "Quý II/2031")),
    line((5, "và rừng đặc dụng"), (48, "ven sông")),
    "",
    line((5, "Tập huấn phòng cháy"), (34, "Ban Chỉ huy"), (48, "Phòng Nông nghiệp")),
    line((0, "2"), (5, "chữa cháy rừng"), (34, "Quân sự"), (67, "Tháng 5/2031")),
    line((5, "cho tổ đội xã"), (34, "huyện"), (48, "và Môi trường")),
    "",
    line((0, "Cổng thông tin điện tử huyện Đông Lâm")),
]


def read(head: list[str], break_after: int) -> list[list[str]]:
    text = ["(Kèm theo Quyết định số 88/QĐ-UBND)", "", *head, "", *ROWS]
    pages = [1 if k < 2 + break_after else 2 for k in range(len(text))]
    segs = [segments(x) if "  " in x else ([(float(len(x) - len(x.lstrip())), float(len(x.rstrip())), x.strip())]
                                           if x.strip() else []) for x in text]
    found = grid.find_text_tables(segs, pages)
    return found[0].rows if found else []


ROW1 = ["1", "Kiểm kê rừng phòng hộ đầu nguồn sông Lam và rừng đặc dụng", "Hạt Kiểm lâm", "UBND các xã ven sông",
        "Quý II/2031"]


@pytest.mark.parametrize("head, break_after", [
    ([HEAD1, "", HEAD2], 1),     # must: the header's row broken by the page break
    ([HEAD1, HEAD2], 2),          # (no page break inside it: as before)
])
def test_header_over_the_page_break(head, break_after):
    rows = read(head, break_after)
    assert rows[0] == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert rows[1] == ROW1
    assert rows[2][:3] == ["2", "Tập huấn phòng cháy chữa cháy rừng cho tổ đội xã", "Ban Chỉ huy Quân sự huyện"]


def test_next_page_opens_with_a_row():
    # must-not: the header alone at a page's foot, a row's code and its cells at the next page's top: no header
    # rest there (the header is one line, too short for a padded table's)
    assert read([HEAD1], 1) == []


def test_true_group_heading():
    # must-not: "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp" is a group over both
    head = [line((0, "STT"), (14, "Nhiệm vụ"), (36, "Cơ quan thực hiện"), (68, "Thời gian")),
            line((36, "Chủ trì"), (50, "Phối hợp"), (67, "hoàn thành"))]
    rows = read(head, 2)
    assert rows[0][2:4] == ["Cơ quan thực hiện", "Cơ quan thực hiện"]
    assert rows[1][2:4] == ["Chủ trì", "Phối hợp"]
