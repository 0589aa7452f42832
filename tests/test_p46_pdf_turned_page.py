"""A landscape annex drawn a quarter turned on a portrait page WITHOUT /Rotate (a printer driver printing a landscape
page onto portrait paper, a page placed turned): viewers show it sideways, and its characters run up the page. Read
as they lie, the words came out transposed and mirrored, a glyph a line ("iốđ nốV"), and every row of the budget
table was lost (round G39's probe). A page whose characters are nearly all turned the same quarter is read as it
shows with the /Rotate that sets them upright (90 for text running up, 270 for text running down); a page turned by
/Rotate already, and an upright page with a few words set sideways (a header cell's vertical text), read as before."""

from __future__ import annotations

import ctypes
import io

import pytest

from extractors.formats import read
from extractors.formats.pdf import TURNED_SHARE, _quarter_turn
from tests.office import pdf_of

ROWS = [["TT", "Nội dung", "Tổng số", "Năm 2028", "Năm 2029"],
        ["1", "Tập huấn kỹ thuật canh tác cho nông dân", "640", "300", "340"],
        ["2", "Xây dựng mô hình trình diễn giống mới", "1.250", "600", "650"],
        ["3", "Hỗ trợ chứng nhận sản phẩm", "480", "230", "250"],
        ["", "Tổng cộng", "2.370", "1.130", "1.240"]]


def _pdf_with_landscape_annex() -> bytes:
    """A portrait page of prose, then a landscape page holding the annex table (Word, printed by LibreOffice)."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Phát triển giống cây trồng huyện Tân Lạc giai đoạn 2028 - 2029")
    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_paragraph("PHỤ LỤC KINH PHÍ THỰC HIỆN KẾ HOẠCH (Đơn vị tính: triệu đồng)")
    table = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    table.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return pdf_of(d)


def _turned(data: bytes, rotation: int | None, up: bool = True) -> bytes:
    """Each landscape page's content drawn a quarter turned onto a portrait page (running up the page, or down), its
    /Rotate set to `rotation` (None: left without one, shown sideways)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c
    pdf = pdfium.PdfDocument(data)
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        if w <= h:
            continue
        matrix = c.FS_MATRIX(0, 1, -1, 0, h, 0) if up else c.FS_MATRIX(0, -1, 1, 0, 0, w)
        clip = c.FS_RECTF(0, w, h, 0)
        assert c.FPDFPage_TransFormWithClip(page.raw, ctypes.byref(matrix), ctypes.byref(clip))
        c.FPDFPage_SetMediaBox(page.raw, 0, 0, h, w)
        c.FPDFPage_SetCropBox(page.raw, 0, 0, h, w)
        if rotation is not None:
            c.FPDFPage_SetRotation(page.raw, rotation // 90)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def landscape() -> bytes:
    return _pdf_with_landscape_annex()


def _table(data: bytes) -> list[list[str]]:
    tables = [b.rows for b in read(data, "ke-hoach.pdf").blocks if b.kind == "table"]
    assert tables, "no table read"
    return [[" ".join(c.split()) for c in row] for row in tables[0]]


@pytest.mark.parametrize("rotation, up", [
    (None, True),   # drawn running up the page, no /Rotate: shown sideways
    (None, False),  # drawn running down the page, no /Rotate
    (90, True),     # must not change: turned by /Rotate already (read right before)
])
def test_a_turned_annex_page_reads_upright(landscape, rotation, up):
    assert _table(_turned(landscape, rotation, up)) == ROWS


def test_the_turn_is_told_by_the_characters():
    import pdfplumber
    with pdfplumber.open(io.BytesIO(_turned(_pdf_with_landscape_annex(), None))) as pdf:
        assert [_quarter_turn(p) for p in pdf.pages] == [None, 90]


def test_an_upright_page_with_a_few_words_sideways_is_not_turned():
    # must not: a page whose characters are mostly upright, a few set sideways (vertical text in a header cell)
    class Page:
        rotation = 0
        chars = ([{"upright": True, "matrix": (10, 0, 0, 10, 0, 0)}] * 90
                 + [{"upright": False, "matrix": (0, 10, -10, 0, 0, 0)}] * 10)
    assert _quarter_turn(Page()) is None
    Page.chars = [{"upright": False, "matrix": (0, 10, -10, 0, 0, 0)}] * int(100 * TURNED_SHARE) \
        + [{"upright": True, "matrix": (10, 0, 0, 10, 0, 0)}] * int(100 * (1 - TURNED_SHARE))
    assert _quarter_turn(Page()) == 90
