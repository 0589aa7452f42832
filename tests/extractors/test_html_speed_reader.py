"""The HTML reader's passes look only at the elements that can be furniture or a metadata
panel (those with a class or an id, and those whose tag says: <nav>, <script>...), and
each table's cells and spans are read once (pages invented). What is dropped, kept or
read as metadata is what the class, id or tag says, wherever it stands; an element with
neither is never taken, an empty class is no class; a span that is no number counts 1."""

import pytest

from extractors.formats.html import _Tree, read


def texts(body: str) -> list[str]:
    doc = read(f"<html><body>{body}</body></html>".encode("utf-8"), "trang.html")
    return [b.text if b.kind != "table" else b.rows for b in doc.blocks]


@pytest.mark.parametrize("furniture", [
    # must drop: a class or an id of furniture on any element, inline ones too; a tag that says
    '<div class="site-menu">Trang chủ | Tin tức</div>',
    '<div id="search_box">Tìm kiếm văn bản</div>',
    '<span class="breadcrumb">Trang chủ &gt; Văn bản</span>',
    '<ul class="nav navbar"><li>Giới thiệu</li></ul>',
    '<nav><p>Trang chủ | Tin tức</p></nav>',
    '<footer><p>Bản quyền thuộc Cổng thông tin</p></footer>',
    '<form><p><input value="Tìm"/>Tìm kiếm</p></form>',
    '<div><div><p class="social share">Chia sẻ bài viết</p></div></div>',
])
def test_furniture_is_dropped_by_its_class_id_or_tag_at_any_depth(furniture):
    got = texts(f"<p>KẾ HOẠCH</p>{furniture}<p>Phát triển thư viện số tỉnh Cao Bằng</p>")
    assert got == ["KẾ HOẠCH", "Phát triển thư viện số tỉnh Cao Bằng"]


@pytest.mark.parametrize("body, kept", [
    # must keep: no class or id at all, an empty class, a class that only contains a furniture
    # word inside another word, a comment where a class would be
    ('<div><p>Sở Tư pháp chủ trì</p></div>', "Sở Tư pháp chủ trì"),
    ('<div class=""><p>Sở Tư pháp chủ trì</p></div>', "Sở Tư pháp chủ trì"),
    ('<div class="menuitem-text"><p>Sở Tư pháp chủ trì</p></div>', "Sở Tư pháp chủ trì"),
    ('<div id="noidung"><!-- class="menu" --><p>Sở Tư pháp chủ trì</p></div>', "Sở Tư pháp chủ trì"),
])
def test_an_element_that_is_no_furniture_is_read(body, kept):
    assert texts(body) == [kept]


def test_a_header_that_holds_the_documents_own_header_is_kept_and_a_sites_is_dropped():
    got = texts('<div class="header">Cổng thông tin điện tử huyện Bảo Lâm</div>'
                '<table class="page-header"><tr><td>ỦY BAN NHÂN DÂN<br>HUYỆN BẢO LÂM</td>'
                '<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr></table>'
                '<header id="top"><p>Số: 41/KH-UBND</p></header><p>KẾ HOẠCH</p>')
    assert "Cổng thông tin điện tử huyện Bảo Lâm" not in got
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in got and "Số: 41/KH-UBND" in got and got[-1] == "KẾ HOẠCH"


def test_a_metadata_panel_named_by_id_is_read_and_dropped():
    doc = read('<html><body><div id="doc-info"><table><tr><td>Số hiệu:</td><td>41/KH-UBND</td></tr>'
               '<tr><td>Cơ quan ban hành:</td><td>UBND huyện Bảo Lâm</td></tr></table></div>'
               '<p>KẾ HOẠCH</p></body></html>'.encode("utf-8"), "trang.html")
    assert doc.metadata == {"Số hiệu": "41/KH-UBND", "Cơ quan ban hành": "UBND huyện Bảo Lâm"}
    assert [b.text for b in doc.blocks] == ["KẾ HOẠCH"]


@pytest.mark.parametrize("attrs, row0", [
    # a span that is empty or no number counts 1 (both, when either is bad); a span is capped
    ('', ["a", "b", "c"]),
    (' colspan="2"', ["a", "a", "b", "c"]),
    (' colspan=""', ["a", "b", "c"]),
    (' colspan="x" rowspan="2"', ["a", "b", "c"]),
    (' rowspan="2" colspan="2"', ["a", "a", "b", "c", ""]),  # (the next row is pushed right)
])
def test_spans_are_read_once_per_cell(attrs, row0):
    rows = texts(f'<table border="1"><tr><td{attrs}>a</td><td>b</td><td>c</td></tr>'
                 '<tr><td>1.200</td><td>300</td><td>450</td></tr></table>')[0]
    assert rows[0] == row0


def test_the_tree_pass_gives_each_element_what_its_descendants_hold():
    from lxml import etree
    root = etree.fromstring("<html><body><div><span><b>x</b><br/></span><p>y</p></div>"
                            "<div><span>z<!-- c --></span><table><tr><td>1</td></tr></table></div></body></html>",
                            etree.HTMLParser())
    tree = _Tree(root)
    body = root[0]
    first, second = body
    assert tree.bits.get(first[0]) == 2  # <span> holds a <br>: blockish
    assert tree.bits.get(second[0]) is None  # <span> with text and a comment: nothing
    assert tree.has(second, 1) and tree.has(body, 1) and not tree.has(first, 1)  # a table below
    assert tree.has(first, 2) and tree.has(first, 4)  # a <p> below: blockish, a metadata leaf
    table = second[1]
    assert tree.rows[table] == list(table.iter("tr")) and tree.cells(tree.rows[table][0])[0].text == "1"


def test_a_cells_text_is_one_line_of_its_words_whatever_the_source_breaks():
    rows = texts('<table border="1"><tr><td>Tập\r\nhuấn  cán bộ </td><td></td><td>1.200</td></tr>'
                 '<tr><td><!-- x -->Kiểm tra</td><td>x<!-- c -->y</td><td>300</td></tr>'
                 '<tr><td>Ghi chú:<br>Năm\n2026</td><td><pre>a  b</pre></td><td>450</td></tr></table>')[0]
    assert rows == [["Tập huấn cán bộ", "", "1.200"], ["Kiểm tra", "xy", "300"], ["Ghi chú:\nNăm 2026", "a b", "450"]]
