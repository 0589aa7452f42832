"""An old portal lays its page out in a table of one cell, and the document sits in that cell
inside an <article>, <section> or <div> of the page's own: the cell is a frame, read as the page
itself is (headings, lists and their labels), not as a layout table's lines. A data table and a
header table of two cells are not frames. Invented pages."""

from extractors.formats import read

DOC = ("<h4>II. NHIỆM VỤ CỤ THỂ</h4><ol type='a'>"
       "<li>Tổ chức giải việt dã học sinh cấp tỉnh<br>Đơn vị thực hiện: Phòng Giáo dục Trung học chủ trì.</li>"
       "<li>Bồi dưỡng giáo viên thể dục<br>Đơn vị thực hiện: Phòng Tổ chức cán bộ chủ trì.</li></ol>"
       "<p>Các đơn vị triển khai thực hiện.</p>")


def blocks(html: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read(html.encode("utf-8"), "page.html").blocks if b.text]


def test_a_one_cell_frame_is_read_as_the_page():
    for wrap in ("<article>{}</article>", "<section class='noi-dung'>{}</section>", "<div><div>{}</div></div>"):
        page = f"<html><body><table width='100%'><tr><td>{wrap.format(DOC)}</td></tr></table></body></html>"
        got = blocks(page)
        assert ("heading", "II. NHIỆM VỤ CỤ THỂ") in got, got
        assert ("list_item", "a. Tổ chức giải việt dã học sinh cấp tỉnh") in got, got
        assert ("list_item", "b. Bồi dưỡng giáo viên thể dục") in got, got


def test_a_two_cell_header_table_is_still_a_layout_table():
    page = ("<html><body><table><tr><td><p>UBND TỈNH LÂM HÀ</p><p>SỞ Y TẾ</p></td>"
            "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>"
            + DOC + "</body></html>")
    got = blocks(page)
    assert got[:4] == [("paragraph", "UBND TỈNH LÂM HÀ"), ("paragraph", "SỞ Y TẾ"),
                       ("paragraph", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("paragraph", "Độc lập - Tự do - Hạnh phúc")], got


def test_a_one_cell_note_of_text_alone_stays_a_line():
    page = "<html><body><table><tr><td>Ghi chú: số liệu tính đến ngày 30/6/2026.</td></tr></table></body></html>"
    assert blocks(page) == [("paragraph", "Ghi chú: số liệu tính đến ngày 30/6/2026.")]
