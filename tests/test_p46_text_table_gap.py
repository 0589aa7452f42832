"""A task table set with spaces (`pdftotext -layout` of a PDF) whose row holds, in one cell, a nested table or
items set apart: the cell's lines go on after a blank line ("Hội Nông dân tỉnh" / (blank) / "Trung tâm Khuyến" /
"nông tỉnh" in the partner column). The blank line had ended the table: the rows after it were read as prose
(G37's LibreOffice PDF as `pdftotext -layout`). Lines after a blank line go on with the row when every segment
sits right of the task column (where the agencies and times are) and a row follows them; a paragraph after the
table (from the left margin), a signature set to the right with no row after it, end it. The same where a page
break cut the row first (the cell's rest on the next page, then the blank line)."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """\
KẾ HOẠCH
Phát triển nông nghiệp hữu cơ huyện Đồng Lạc năm 2029
II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
TT Nhiệm vụ                    Cơ quan chủ   Cơ quan phối    Thời
                               trì           hợp             gian
1     Xây dựng vùng sản        Phòng Nội vụ  Hội Nông dân    Quý II/
      xuất rau hữu cơ          huyện         huyện           2029
2     Tập huấn quy trình       Trạm Khuyến   Hội Nông dân    Hằng
      canh tác hữu cơ          nông huyện    huyện           năm
"""
GAP_ROW = """\
3     Chứng nhận sản phẩm      Phòng Nội vụ  Hội Nông dân    Quý IV/
      hữu cơ cho hợp tác xã    huyện         huyện           2029

                                             Trung tâm Dịch
                                             vụ nông nghiệp

"""
CUT_ROW = """\
3     Chứng nhận sản phẩm      Phòng Nội vụ  Hội Nông dân    Quý IV/
      hữu cơ cho hợp tác       huyện                         2029
\f      xã                                     huyện

                                              Trung tâm Dịch
                                              vụ nông nghiệp

"""
TAIL = """\
4     Xây dựng chuỗi liên kết  Phòng Nội vụ  Phòng Tài      2029 -
      tiêu thụ rau hữu cơ      huyện         chính - Kế     2030
                                             hoạch
III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện từ ngân sách huyện.
"""


def activities(text: str) -> list[tuple[str, list[str], list[str]]]:
    record = process("ke-hoach.txt", text.encode()).record.model_dump(mode="json")
    return [(a["title"][:24], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("row", [GAP_ROW, CUT_ROW])
def test_a_cell_going_on_after_a_blank_line_keeps_the_table(row):
    got = activities(HEAD + row + TAIL)
    assert [title for title, _, _ in got] == ["Xây dựng vùng sản xuất r", "Tập huấn quy trình canh ",
                                              "Chứng nhận sản phẩm hữu ", "Xây dựng chuỗi liên kết "]
    assert got[3][1:] == (["Phòng Nội vụ huyện"], ["Phòng Tài chính - Kế hoạch"])
    assert got[2][1] == ["Phòng Nội vụ huyện"]
    assert "Trung tâm Dịch vụ nông nghiệp" in " ".join(got[2][2])


@pytest.mark.parametrize("after", [
    # must not: a paragraph after the table, from the margin
    "\nKinh phí thực hiện các nhiệm vụ trên do ngân sách huyện bảo đảm.\n4     Xây dựng chuỗi liên kết\n",
    # must not: lines set to the right after a blank line with no row after them (a signature)
    "\n                                             KT. CHỦ TỊCH\n                                             PHÓ CHỦ TỊCH\n"
    "\nNguyễn Văn Bình\n",
])
def test_the_table_ends_where_no_row_follows(after):
    got = activities(HEAD + after)
    assert [title for title, lead, _ in got if lead] == ["Xây dựng vùng sản xuất r", "Tập huấn quy trình canh "]
    assert not any("CHỦ TỊCH" in " ".join(lead + partner) or "Kinh phí" in title for title, lead, partner in got)
