"""A task table in a Word or Google Docs web page whose partner cell lists its agencies a paragraph each
("<p>Sở Giáo dục và Đào tạo;</p><p>Tỉnh đoàn;</p><p>UBND các huyện, thị xã</p>"): a cell of three paragraphs
or more made the table a page's frame, its cells read a paragraph a line, and the row's partners after the
first were lost (round R13: G12's province plan in word-html and gdocs-html, 3 partners). html._is_wrapper
keeps as a table of data a table whose first row names its columns and whose rows all have as many cells,
three or more. Must-not rows: a frame (a header and a body in one cell), a two-column layout, rows of unequal
width. Texts invented."""

from __future__ import annotations

import pytest

from extractors.formats import html as H

PAGE = "<html><body><p>KẾ HOẠCH</p>{table}<p>Nơi nhận:</p></body></html>"
TASKS = ("<table><tr><td>STT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Đơn vị phối hợp</td>"
         "<td>Thời gian</td></tr>"
         "<tr><td>1</td><td>Hội thao cấp huyện</td><td>Phòng Văn hóa</td>"
         "<td><p>Huyện đoàn;</p><p>Hội Cựu chiến binh;</p><p>UBND các xã</p></td><td>Quý II</td></tr>"
         "<tr><td>2</td><td>Tập huấn</td><td>Trung tâm Y tế</td><td>Hội Phụ nữ</td><td>Quý III</td></tr></table>")


def tables(html: str) -> list[list[list[str]]]:
    doc = H.read(html.encode("utf-8"), "x.html")
    return [b.rows for b in doc.blocks if b.rows]


def test_list_cell_task_table_kept():
    got = tables(PAGE.format(table=TASKS))
    assert got and got[0][1][3] == "Huyện đoàn;\nHội Cựu chiến binh;\nUBND các xã"


@pytest.mark.parametrize("table", [
    # a page's frame: one cell holding the document's paragraphs
    "<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>Số: 5/KH-UBND</p><p>KẾ HOẠCH</p><p>Về việc</p></td></tr></table>",
    # a two-column closing, several paragraphs a cell
    "<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p></td>"
    "<td><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Lê Văn Tâm</p></td></tr></table>",
])
def test_frames_stay_frames(table):
    assert not tables(PAGE.format(table=table))
