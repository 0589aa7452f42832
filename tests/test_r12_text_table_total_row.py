"""A task table with one money column, printed from Word and copied with `pdftotext -layout`: its cells wrap over
several lines in narrow columns, and its last row is a total with no code ("            Tổng            1.700" /
"            cộng"). `grid._text_table_at` opened a row at a code only, so the total ran into the last task
(its label "... người cao tuổi Tổng cộng", its amount "150 1.700"), and when a page break fell inside that
task the two-segment total line was taken for a group row and the table ended above the page (round R12: G11's
health department plan in pdf-layout, the last task's label cut, the total lost). A total row's label alone in
the first text column with its amount in the last column now opens a row of its own. Must-not rows: a task's
wrapped line that starts with "Tổng" but says more ("Tổng kết"), a "Tổng" with no amount. Texts invented."""

from __future__ import annotations

import pytest

from extractors.formats.text import read

HEAD = ("II. NHIỆM VỤ\n\n"
        "TT          Nội dung     Đơn vị chủ   Đơn vị       Thời gian   Kinh phí\n"
        "                         trì          phối hợp                 (triệu\n"
        "                                                               đồng)\n"
        "1           Tập huấn     Trung tâm    Hội Chữ      Quý II      420\n"
        "            sơ cấp cứu   Y tế huyện   thập đỏ\n"
        "            ban đầu                   tỉnh\n"
        "2           Truyền       Phòng        Đài Phát     Thường      85\n"
        "            thông phòng  Nghiệp vụ    thanh và     xuyên\n")


def _tables(text):
    return [b.rows for b in read(text.encode("utf-8"), "x.txt").blocks if b.kind == "table"]


@pytest.mark.parametrize("tail", [
    # the total's label wrapped under it
    "            chống dịch   Y            Truyền\n"
    "                                      hình\n"
    "            Tổng                                                505\n"
    "            cộng\n\n\nIII. KINH PHÍ\n",
    # a page break inside the last task, the total on the new page
    "            chống dịch   Y            Truyền\n"
    "\f            bệnh                      hình\n"
    "            Tổng cộng                                           505\n\n\nIII. KINH PHÍ\n",
])
def test_total_row_of_its_own(tail):
    tables = _tables(HEAD + tail)
    assert len(tables) == 1
    rows = tables[0]
    assert rows[-1] == ["", "Tổng cộng", "", "", "", "505"]
    assert rows[-2][0] == "2" and rows[-2][5] == "85" and "Tổng" not in rows[-2][1]


@pytest.mark.parametrize("tail, label", [
    # a task's wrapped line opening with "Tổng kết": it goes on the task
    ("            Tổng kết     Y            Truyền                  60\n"
     "            năm                       hình\n\n\nIII. KINH PHÍ\n", "Tổng kết"),
    # "Tổng" with no amount beside it
    ("            Tổng         Y            Truyền\n"
     "            hợp                       hình\n\n\nIII. KINH PHÍ\n", "Tổng hợp"),
])
def test_wrapped_line_stays(tail, label):
    rows = _tables(HEAD + tail)[0]
    assert rows[-1][0] == "2" and label in rows[-1][1]
