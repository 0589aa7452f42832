"""Round L3: text PDFs printed from Word and web pages (LibreOffice), read by the PDF
reader. Inputs of our own (other names, other provinces)."""

import pytest

from extractors.layout.continued import join

HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]


@pytest.mark.parametrize("partners, rest, joined", [
    # must: a cell set as a list of marked items ("- A" / "- B"), cut by the page break inside
    # its last item: the rest finishes that item, the items stay one a line
    ("- Sở Tư pháp\n- Viện Quy hoạch Thủy lợi\n- Liên hiệp các Hội Khoa",
     "học và Kỹ thuật tỉnh\nBắc Sơn",
     "- Sở Tư pháp\n- Viện Quy hoạch Thủy lợi\n- Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Sơn"),
    ("- Các phòng thuộc Sở\n- UBND các huyện, thị xã trực",
     "thuộc tỉnh",
     "- Các phòng thuộc Sở\n- UBND các huyện, thị xã trực thuộc tỉnh"),
    # must: a police unit over its force, the force's level on the next page
    ("Phòng Cảnh sát giao thông\nCông an", "tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
    # must: the rest opens items of its own
    ("- Cục Thủy sản\n- Vụ Hợp tác quốc tế",
     "- Bộ Công an\n- Tổng cục Hải quan",
     "- Cục Thủy sản\n- Vụ Hợp tác quốc tế\n- Bộ Công an\n- Tổng cục Hải quan"),
    # must: one item above the break, the others below it
    ("- Chi cục Kiểm lâm", "- Bộ đội Biên phòng tỉnh\n- Sở Ngoại vụ",
     "- Chi cục Kiểm lâm\n- Bộ đội Biên phòng tỉnh\n- Sở Ngoại vụ"),
    # must not: a cell of one line (no list) is joined on one line as before
    ("Sở Văn hóa,", "Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Phòng Nội vụ - Lao động", "huyện Tân Hà", "Phòng Nội vụ - Lao động huyện Tân Hà"),
    ("- Chi cục Kiểm lâm", "tỉnh Hà Lương", "- Chi cục Kiểm lâm tỉnh Hà Lương"),
])
def test_a_cut_list_cell_keeps_its_items_a_line(partners, rest, joined):
    above = [HEAD, ["7", "Đánh giá hiện trạng công trình", "Sở Nông nghiệp", partners, "Năm 2027"]]
    rows = [["", "", "", rest, ""], ["8", "Tổng kết", "Sở Nông nghiệp", "Sở Tài chính", "Quý IV"]]
    out = join(above, rows)
    assert len(out) == 3
    assert out[1][3] == joined


# --- a web page printed to PDF: its background painted as boxes the size of the sheet ---

from extractors.formats import pdf as pdf_reader  # noqa: E402
from tests.extractors.test_pdf_routing import PROSE, _pdf, _ruled_table, _text  # noqa: E402

# the page's grey ground, and the white box of the site's frame over it from edge to edge but
# for a band at the top and at the foot: two lines across the sheet
PAGE_GROUND = "0.96 g 0 0 595 842 re f\n1 g 0 28 595 786 re f\n0 g\n"
# a box round one note, not the page's
NOTE_BOX = "0.5 w 50 120 500 60 re S\n"
NOTE = "BT /F1 11 Tf 60 150 Td (Ghi chu: so lieu uoc thuc hien den 30/6) Tj ET\n"


def _items(content: str) -> list:
    """The one page's items as the reader reads it (PDFium's reading)."""
    return pdf_reader._Pdfium.open(_pdf(content)).page(0)


def _line_texts(items: list) -> list[str]:
    return [payload[2] for kind, payload in items if kind == "line"]


@pytest.mark.parametrize("ground", [PAGE_GROUND, "0.9 g 0 0 595 842 re f\n0 g\n"])
def test_a_page_ground_the_size_of_the_sheet_is_no_table(ground):
    items = _items(ground + _text(PROSE))
    assert not [kind for kind, _ in items if kind == "table"]
    assert _line_texts(items)[:3] == PROSE[:3]


def test_a_ruled_table_on_a_painted_page_is_still_a_table():
    items = _items(PAGE_GROUND + _text(PROSE) + _ruled_table(300))
    assert ("table", [["Noi dung", "Kinh phi"], ["Dao tao can bo", "1.250"]]) in items


# two boxes side by side across the sheet: two columns, a table whatever its size
TWO_BOXES = "0.5 w 0 0 300 842 re S\n300 0 295 842 re S\n"


@pytest.mark.parametrize("content", [NOTE_BOX + NOTE, TWO_BOXES])
def test_boxes_not_the_pages_ground_are_read_as_before(content, monkeypatch):
    page = _text(PROSE) + content
    read = _items(page)
    monkeypatch.setattr(pdf_reader, "PAGE_EDGE", -1.0)  # no table taken for the page's ground
    assert read == _items(page)


# --- a narrow Word table cell wrapping an organ's name before its owner's head word ---

from extractors.layout.wrap import cell_text  # noqa: E402


@pytest.mark.parametrize("cell, expected", [
    # must: the head word alone on the last line ends the name before it
    ("Thanh tra\nSở", "Thanh tra Sở"),
    ("Văn phòng\nSở", "Văn phòng Sở"),
    ("Sở Nội vụ\nThanh tra\nSở", "Sở Nội vụ; Thanh tra Sở"),
    # must: a police unit and the force it belongs to, named after it
    ("Phòng Cảnh sát giao thông\nCông an tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
    ("Đội Cảnh sát phòng cháy\nCông an huyện Tân Hà", "Đội Cảnh sát phòng cháy Công an huyện Tân Hà"),
    ("Phòng Cảnh sát kinh tế\nCông an", "Phòng Cảnh sát kinh tế Công an"),  # a page break cut it: "tỉnh" follows
    # must not: agencies one a line, a head word that opens the cell, an owner named in full
    ("Sở Y tế\nSở Tài chính", "Sở Y tế; Sở Tài chính"),
    ("Văn phòng Sở\nPhòng Tư pháp", "Văn phòng Sở; Phòng Tư pháp"),
    ("Sở\nTài chính", "Sở Tài chính"),
    ("Thanh tra\nBộ", "Thanh tra Bộ"),
    ("Văn phòng\nUBND huyện", "Văn phòng UBND huyện"),
    ("Phòng Tư pháp\nCông an huyện", "Phòng Tư pháp; Công an huyện"),
    ("Phòng Cảnh sát giao thông Công an tỉnh\nCông an huyện", "Phòng Cảnh sát giao thông Công an tỉnh; Công an huyện"),
])
def test_a_lone_head_word_ends_the_name_before_it(cell, expected):
    assert cell_text(cell) == expected


# --- a table printed one cell a line, cut by a page break: its amounts and codes at a page's edge ---

from extractors.layout.paragraphs import assemble  # noqa: E402
from extractors.layout.words import page_item  # noqa: E402

PITCH = 18.0
LEFT = 70.0


def _page(lines: list[str], first_top: float = 80.0, number: str | None = None, number_at: str = "foot",
          number_x: float = 290.0) -> list:
    """A page's items: `lines` at the left margin one pitch apart, and its page number (when
    given) centred in the footer or the header, set apart from the body."""
    items = [page_item("line", (LEFT, LEFT + 8 * len(text), text, first_top + k * PITCH)) for k, text in enumerate(lines)]
    if number is not None:
        top = first_top + len(lines) * PITCH + 40 if number_at == "foot" else first_top - 40
        item = page_item("line", (number_x, number_x + 8, number, top))
        items = items + [item] if number_at == "foot" else [item] + items
    return items


BODY = ["Kinh phí thực hiện kế hoạch được bố trí từ ngân sách huyện Tân Hà,",
        "chi tiết như sau:", "STT", "Nội dung", "Kinh phí"]
PAGE_ONE = BODY + ["1", "In tờ rơi tuyên truyền", "150", "2", "Hội thi an toàn thực phẩm", "280", "3"]
PAGE_TWO = ["Kiểm tra cơ sở kinh doanh", "520", "Tổng cộng", "950", "IV. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Y tế: tham mưu tổ chức thực hiện.", "2. UBND các xã: phối hợp thực hiện."]
PAGE_THREE = ["3. Trung tâm Y tế huyện: theo dõi, báo cáo.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "1"]


def _texts(per_page: list) -> list[str]:
    return [b.text for b in assemble(per_page) if b.kind == "paragraph"]


def test_a_one_cell_a_line_tables_numbers_at_a_page_edge_are_kept():
    texts = _texts([_page(PAGE_ONE), _page(PAGE_TWO), _page(PAGE_THREE)])
    for number in ("3", "520", "1"):  # the row code at the first page's foot, an amount at the next one's top
        assert number in texts
    assert texts.count("3") == 1 and "950" in texts


@pytest.mark.parametrize("where, x", [("foot", 290.0), ("head", 290.0), ("foot", 520.0)])
def test_page_numbers_set_apart_are_dropped(where, x):
    bodies = [PAGE_ONE[:-1], PAGE_TWO, PAGE_THREE[:-1] + ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm"]]
    pages = [_page(body, number=str(k + 7), number_at=where, number_x=x) for k, body in enumerate(bodies)]
    texts = _texts(pages)
    assert not {"7", "8", "9"} & set(texts)
    assert "Hội thi an toàn thực phẩm" in texts and "280" in texts and "520" in texts
