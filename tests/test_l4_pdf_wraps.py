"""Round L4: text PDFs printed from Word files, web pages and Markdown (LibreOffice), read by
the PDF reader: where their lines wrap and how a table cell's lines are kept. Inputs of our
own (other names, other provinces)."""

import pytest

from extractors.formats import pdf as pdf_reader
from extractors.layout.continued import join
from extractors.layout.paragraphs import assemble
from extractors.layout.wrap import list_cell_text
from normalizers.agencies import join_cell_lines, lines_by_agency
from tests.extractors.test_pdf_routing import _pdf

CHAR = 6.0  # points a character of the invented lines takes
LEFT, RIGHT = 72.0, 523.0  # the text's margins


def _line(text: str, full: bool = False, x0: float = LEFT) -> tuple:
    """A line of the page: set to the right margin (a justified line) or as long as its text."""
    return ("line", (x0, RIGHT if full else x0 + CHAR * len(text), text))


def _paragraphs(*lines: tuple) -> list[str]:
    return [b.text for b in assemble([list(lines)]) if b.kind == "paragraph"]


# --- a ragged right margin (no justification): a line stops early where its next word is long ---

RAGGED = [
    # must: the next line's first word (a date, a number, a long code) would not have fitted after the line
    ([_line("- 100% tuyen pho chinh duoc gan bien ten, bien so nha truoc ngay"), _line("30/11/2027;")],
     ["- 100% tuyen pho chinh duoc gan bien ten, bien so nha truoc ngay 30/11/2027;"]),
    ([_line("Tong kinh phi thuc hien Ke hoach nam 2027 cua xa Son La khoang"),
      _line("12.450.000.000 dong tu ngan sach xa.")],
     ["Tong kinh phi thuc hien Ke hoach nam 2027 cua xa Son La khoang 12.450.000.000 dong tu ngan sach xa."]),
    # must not: a short word would have fitted: the line ended its paragraph
    ([_line("Ke hoach nay thay the Ke hoach so 12/KH-UBND nam 2026."), _line("Cac phong ban trien khai.")],
     ["Ke hoach nay thay the Ke hoach so 12/KH-UBND nam 2026.", "Cac phong ban trien khai."]),
    ([_line("- Giam 15% so diem tap ket rac tu phat;"), _line("- Phan dau 4 khu pho dat chuan.")],
     ["- Giam 15% so diem tap ket rac tu phat;", "- Phan dau 4 khu pho dat chuan."]),
    # must not: a long word after a line that ends a sentence, or a marked line, starts its own paragraph
    ([_line("Ke hoach co hieu luc tu ngay ky."), _line("12.450.000.000 dong la tong kinh phi.")],
     ["Ke hoach co hieu luc tu ngay ky.", "12.450.000.000 dong la tong kinh phi."]),
]


@pytest.mark.parametrize("lines, expected", RAGGED)
def test_a_ragged_line_that_stops_before_a_long_word_goes_on(lines, expected):
    full = _line("Cac co quan, don vi can cu chuc nang, nhiem vu duoc giao to chuc trien khai thuc", full=True)
    last = _line("hien Ke hoach nay.")
    assert _paragraphs(full, last, *lines) == [f"{full[1][2]} {last[1][2]}", *expected]


# --- a paragraph does not end inside its brackets ---

BRACKETS = [
    # must: a full line that stops at a colon or semicolon inside an open bracket goes on
    ([_line("a) Tuyen truyen tren he thong loa truyen thanh thi tran Hoa Son (Chu tri:", full=True),
      _line("Trung tam Van hoa thi tran; phoi hop: Doan Thanh nien).")],
     ["a) Tuyen truyen tren he thong loa truyen thanh thi tran Hoa Son (Chu tri: "
      "Trung tam Van hoa thi tran; phoi hop: Doan Thanh nien)."]),
    ([_line("b) Kiem tra cac ho boi (chu tri: Phong Van hoa - Xa hoi; phoi hop: Cong an;", full=True),
      _line("Tram Y te xa) trong thang 5.")],
     ["b) Kiem tra cac ho boi (chu tri: Phong Van hoa - Xa hoi; phoi hop: Cong an; Tram Y te xa) trong thang 5."]),
    # must not: a colon after a closed bracket, or with no bracket, ends the line's paragraph
    ([_line("c) Cac nhiem vu sau (do Phong Kinh te chu tri) gom hai noi dung chinh nhu sau:", full=True),
      _line("Ra soat ho ngheo va lap danh sach.")],
     ["c) Cac nhiem vu sau (do Phong Kinh te chu tri) gom hai noi dung chinh nhu sau:",
      "Ra soat ho ngheo va lap danh sach."]),
    ([_line("Ke hoach giao cac co quan, don vi thuc hien cac nhiem vu chu yeu nhu sau:", full=True),
      _line("Phong Van hoa va Thong tin chu tri.")],
     ["Ke hoach giao cac co quan, don vi thuc hien cac nhiem vu chu yeu nhu sau:",
      "Phong Van hoa va Thong tin chu tri."]),
]


@pytest.mark.parametrize("lines, expected", BRACKETS)
def test_a_line_that_stops_inside_its_brackets_goes_on(lines, expected):
    assert _paragraphs(*lines) == expected


def _placed(lines: list[tuple[float, str]], top: float = 780) -> str:
    """Lines at their x, one under the other, in Helvetica 11."""
    ops = []
    for n, (x0, text) in enumerate(lines):
        escaped = text.replace("(", "\\(").replace(")", "\\)")
        ops.append("BT /F1 11 Tf %g %g Td (%s) Tj ET" % (x0, top - 16 * n, escaped))
    return "\n".join(ops) + "\n"


def test_a_pdf_of_a_ragged_page_reads_its_wraps():
    """A web page printed to PDF: ragged right, a bracket's colon at a full line's end."""
    lines = [
        (56, "Uy ban nhan dan xa Tan Son xay dung Ke hoach ve sinh moi truong, bao dam my quan do thi tren"),
        (56, "dia ban xa nam 2027 voi cac muc tieu, nhiem vu cu the nhu sau day."),
        (56, "- Kinh phi lap dat thung rac cong cong tai cac thon, to dan pho cua xa du kien khoang"),
        (56, "12.450.000.000 dong tu ngan sach xa;"),
        (56, "- Giam it nhat 25% so diem do rac tu phat so voi nam 2026."),
        (56, "a) To chuc ra quan ve sinh moi truong hang thang tai cac thon, to dan pho cua xa (Chu tri:"),
        (56, "Doan Thanh nien xa; phoi hop: Hoi Lien hiep Phu nu xa)."),
    ]
    blocks = pdf_reader.read(_pdf(_placed(lines)), "plan.pdf").blocks
    texts = [b.text for b in blocks]
    assert ("- Kinh phi lap dat thung rac cong cong tai cac thon, to dan pho cua xa du kien khoang "
            "12.450.000.000 dong tu ngan sach xa;") in texts
    assert ("a) To chuc ra quan ve sinh moi truong hang thang tai cac thon, to dan pho cua xa (Chu tri: "
            "Doan Thanh nien xa; phoi hop: Hoi Lien hiep Phu nu xa).") in texts
    assert "- Giam it nhat 25% so diem do rac tu phat so voi nam 2026." in texts


# --- a task's name over its dash items in one table cell ---

# (the cells' own rows, must and must not, are in tests/extractors/test_pdf_list_cells.py's CELLS)


def test_a_named_list_cell_is_written_as_a_word_cell_is():
    """The cell the PDF keeps is joined as a Word or web page cell's paragraphs are."""
    cell = list_cell_text("Ho tro nuoc sinh hoat cho ho\nngheo\n- Ra soat danh sach ho\n- Cap 80 bon chua nuoc")
    assert join_cell_lines(cell) == "Ho tro nuoc sinh hoat cho ho ngheo: - Ra soat danh sach ho; - Cap 80 bon chua nuoc"


def test_a_named_list_cut_by_a_page_break_keeps_its_items():
    """The name above the break, its items on the next page."""
    head = ["TT", "Noi dung", "Chu tri", "Phoi hop", "Thoi gian"]
    above = [head, ["3", "Ho tro nuoc sinh hoat cho ho ngheo", "Phong Nong nghiep", "UBND cac xa", "Quy III"]]
    rows = [["", "- Ra soat danh sach ho\n- Cap 80 bon chua nuoc", "", "", ""],
            ["4", "Tong ket", "Phong Dan toc", "", "Quy IV"]]
    out = join(above, rows)
    assert out[1][1] == "Ho tro nuoc sinh hoat cho ho ngheo\n- Ra soat danh sach ho\n- Cap 80 bon chua nuoc"
    assert out[2][0] == "4"


# --- a cell's agency whose head word a narrow cell left at a line's end ---

HEAD_WORDS = [
    # must: a leader's title and the body's bare head word, its name on the next line; members with no body
    (["Chủ tịch Ủy ban", "Mặt trận Tổ quốc huyện - Thành viên"], None),
    (["Phó Chủ tịch Hội", "Nông dân tỉnh"], None),
    (["Các thành viên", "Ban Chỉ đạo phòng, chống dịch huyện"], None),
    (["Thành viên", "Ban Chỉ huy quân sự xã"], None),
    # must not: whole names one a line stay apart
    (["Giám đốc Sở Y tế", "Sở Tài chính"], [["Giám đốc Sở Y tế"], ["Sở Tài chính"]]),
    (["Chủ tịch UBND xã", "Công an xã"], [["Chủ tịch UBND xã"], ["Công an xã"]]),
    (["Hội Nông dân huyện", "Sở Tài chính"], [["Hội Nông dân huyện"], ["Sở Tài chính"]]),
]


@pytest.mark.parametrize("lines, expected", HEAD_WORDS)
def test_a_bare_head_word_after_a_title_waits_for_its_name(lines, expected):
    assert lines_by_agency(lines) == expected


# --- a table typed with " | " between its cells (Markdown or a scrape printed to PDF) ---

PIPE_HEAD = "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn"
PIPE_ROWS = ["1 | Tập huấn kỹ năng cứu hộ | Phòng Văn hóa | Đoàn Thanh niên xã | Quý II/2027",
             "2 | Kiểm tra bến đò ngang | Công an xã | Ban Chỉ huy quân sự xã | Tháng 5/2027"]


def _flat(*texts: str) -> list[tuple]:
    """Each text a paragraph of its own: a short line (a row a narrow font set on one line)."""
    items = [_line("Uy ban nhan dan xa Son Ha ban hanh Ke hoach nhu sau:", full=True)]
    return items + [("line", (LEFT, LEFT + 200, t)) for t in texts]


def test_a_pipe_typed_table_printed_to_pdf_is_a_table():
    blocks = assemble([_flat(PIPE_HEAD, *PIPE_ROWS, "Kinh phí do ngân sách xã bảo đảm.")])
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert tables == [[[c.strip() for c in PIPE_HEAD.split("|")]] + [[c.strip() for c in r.split("|")] for r in PIPE_ROWS]]
    assert "Kinh phí do ngân sách xã bảo đảm." in [b.text for b in blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("texts", [
    # must not: a site's menu; a header with no row of as many cells; a header line of names with no code heading
    ["Trang chủ | Văn bản | Liên hệ", "Tin tức | Sự kiện | Thủ tục hành chính"],
    [PIPE_HEAD, "1 | Tập huấn kỹ năng cứu hộ | Phòng Văn hóa"],
    ["Nội dung | Đơn vị chủ trì | Thời hạn", "Tập huấn | Phòng Văn hóa | Quý II"],
])
def test_pipes_that_make_no_table_stay_paragraphs(texts):
    blocks = assemble([_flat(*texts)])
    assert not [b for b in blocks if b.kind == "table"]
    assert [b.text for b in blocks][1:] == texts


# --- a list's label and its text at a tab stop, no space glyph between them ---

def _word(text: str, x0: float, x1: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 112.0, "size": 12.0, "fontname": "F"}


@pytest.mark.parametrize("first, second, expected", [
    # must: a label before its text's capital stays a word of its own, the gap under JOIN_SPACE of a space
    (("b.", 78.1, 89.6), ("Tổ", 92.3, 107.6), ["b.", "Tổ"]),
    (("3)", 78.1, 88.0), ("Kiểm", 90.8, 115.0), ["3)", "Kiểm"]),
    (("IV.", 70.0, 88.0), ("TỔ", 90.8, 110.0), ["IV.", "TỔ"]),
    # must not: a syllable a legacy font set apart, a number, an abbreviation with its dot are one word
    (("v", 78.0, 84.0), ("ùng", 86.5, 104.0), ["vùng"]),
    (("1.", 78.0, 88.0), ("250", 90.5, 108.0), ["1.250"]),
    (("TP.", 78.0, 96.0), ("HCM", 98.5, 124.0), ["TP.HCM"]),
    (("v.", 78.0, 86.0), ("v.", 88.5, 96.0), ["v.v."]),
])
def test_a_list_label_keeps_apart_from_its_text(first, second, expected):
    words = pdf_reader.join_split_glyphs([_word(*first), _word(*second)], {"F": 0.3167})
    assert [w["text"] for w in words] == expected
