"""Reader shape found with hold-out round G67's probes (tests/invented/build_g67.py: g67_xa-hoaphuthuong, a Writer
file whose header stands in two frames): a text frame holding a TABLE (the header's two blocks set in a borderless
table and the table put in a frame to place it on the page). When the frame's graphic style does not derive from
Writer's own "Frame" style (as ODF writers other than Writer leave it: a plain automatic style "fr1"),
LibreOffice's conversion to Word (the .odt reader's first step) writes the frame as an empty shape: the table, and
the issuer, number, motto and date with it, were lost (the number, place and date read null). Such frames now stand
as their content before the conversion, in the flow after the paragraph that anchors them, or in their own place
when anchored to the page (formats.office.unframed_tables), whatever their style; Writer's own framed tables read as
before (as a text box's table after the conversion).

Frames of paragraphs alone (converted to Word text boxes, which the DOCX reader reads), image frames and text that
only names the elements are left as they are. Every text here is invented."""

from __future__ import annotations

import io
import re
import shutil
import zipfile

import pytest

from extractors.formats.office import unframed_tables

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')


def _odt(body: str, parent: str = "") -> bytes:
    """An .odt of `body`, its frames' graphic style "fr1" derived from `parent` (Writer's "Frame") or from none."""
    derived = f' style:parent-style-name="{parent}"' if parent else ""
    styles = (f'<office:automatic-styles><style:style style:name="fr1" style:family="graphic"{derived}>'
              '<style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" '
              'fo:border="none" fo:padding="0cm"/></style:style></office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>{styles}<office:body>'
               f"<office:text>{body}</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                   '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                   'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return out.getvalue()


def _content(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode("utf-8")


def _cell(*lines: str) -> str:
    return "<table:table-cell>" + "".join(f"<text:p>{t}</text:p>" for t in lines) + "</table:table-cell>"


def _table(left: tuple[str, ...], right: tuple[str, ...]) -> str:
    return (f'<table:table table:name="Dau"><table:table-column table:number-columns-repeated="2"/>'
            f"<table:table-row>{_cell(*left)}{_cell(*right)}</table:table-row></table:table>")


_HEADER = _table(("ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN ĐÔNG", "Số: 27/KH-UBND"),
                 ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Tân An Đông, ngày 03 tháng 6 năm 2027"))
_SIGN = _table(("Nơi nhận:", "- UBND thị xã Bình Nam (b/c);", "- Lưu: VT."),
               ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Khải"))


def _frame(inner: str, anchor: str = "paragraph", name: str = "Khung1") -> str:
    return (f'<draw:frame draw:style-name="fr1" draw:name="{name}" text:anchor-type="{anchor}" svg:x="0cm" svg:y="0cm" svg:width="17cm">'
            f"<draw:text-box>{inner}</draw:text-box></draw:frame>")


_TITLE = "<text:p>KẾ HOẠCH</text:p>"


def _order(content: str) -> list[str]:
    """The body's texts in document order, each frame and table marked."""
    body = content.split("<office:text>", 1)[1]
    return re.findall(r"<draw:frame|<table:table |Số: 27/KH-UBND|Hà Văn Khải|KẾ HOẠCH|Căn cứ[^<]*|Ghi chú[^<]*", body)


# must match: the framed table stands in the flow, where its anchor is
@pytest.mark.parametrize("body,expected", [
    # the header's table in a frame anchored to an empty first paragraph
    (f"<text:p>{_frame(_HEADER)}</text:p>{_TITLE}", ["<table:table ", "Số: 27/KH-UBND", "KẾ HOẠCH"]),
    # anchored to a paragraph of text: after it
    (f"<text:p>Căn cứ Kế hoạch số 12/KH-UBND{_frame(_HEADER)}</text:p>{_TITLE}",
     ["Căn cứ Kế hoạch số 12/KH-UBND", "<table:table ", "Số: 27/KH-UBND", "KẾ HOẠCH"]),
    # anchored to the page: a child of the body, in its own place
    (f"{_frame(_HEADER, 'page')}{_TITLE}", ["<table:table ", "Số: 27/KH-UBND", "KẾ HOẠCH"]),
    # a caption paragraph and the table in one frame, as a character in a paragraph
    (f"<text:p>{_frame('<text:p>Ghi chú: bảng đầu</text:p>' + _HEADER, 'as-char')}</text:p>{_TITLE}",
     ["Ghi chú: bảng đầu", "<table:table ", "Số: 27/KH-UBND", "KẾ HOẠCH"]),
    # the closing's table in a frame inside a list item
    (f"{_TITLE}<text:list><text:list-item><text:p>Căn cứ cuối{_frame(_SIGN, name='K2')}</text:p></text:list-item>"
     "</text:list>", ["KẾ HOẠCH", "Căn cứ cuối", "<table:table ", "Hà Văn Khải"]),
    # two frames in one paragraph: their tables in their order
    (f"<text:p>{_frame(_HEADER)}{_frame(_SIGN, name='K2')}</text:p>",
     ["<table:table ", "Số: 27/KH-UBND", "<table:table ", "Hà Văn Khải"]),
])
def test_a_framed_table_stands_in_the_flow(body, expected):
    content = _content(unframed_tables(_odt(body)))
    assert _order(content) == expected


# must not: frames of paragraphs, image frames, text naming the elements, other files
@pytest.mark.parametrize("body", [
    f"<text:p>{_frame('<text:p>ỦY BAN NHÂN DÂN</text:p><text:p>Số: 27/KH-UBND</text:p>')}</text:p>{_TITLE}",
    '<text:p><draw:frame draw:name="Logo" text:anchor-type="paragraph"><draw:image xlink:href="Pictures/a.png"/>'
    f"</draw:frame></text:p>{_TITLE}",
    f"<text:p>Khung draw:text-box chứa table:table</text:p>{_HEADER}{_TITLE}",
])
def test_frames_without_a_table_are_left_as_they_are(body):
    data = _odt(body)
    assert unframed_tables(data) is data


def test_other_files_are_left_as_they_are():
    for data in (b"{\\rtf1 draw:text-box table:table}", b"\xd0\xcf\x11\xe0 text-box", b"PK\x03\x04 broken"):
        assert unframed_tables(data) is data


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice converts .odt files")
@pytest.mark.parametrize("parent", ["", "Frame"])
def test_the_odt_reader_reads_a_framed_header_table(parent):
    from extractors.formats import read
    doc = read(_odt(f"<text:p>{_frame(_HEADER)}</text:p>{_TITLE}<text:p>Căn cứ Kế hoạch số 12/KH-UBND;</text:p>",
                    parent), "ke-hoach.odt")
    texts = " | ".join(b.text or " ".join(" ".join(r) for r in b.rows or []) for b in doc.blocks)
    assert "Số: 27/KH-UBND" in texts and "Tân An Đông, ngày 03 tháng 6 năm 2027" in texts
    assert texts.index("Số: 27/KH-UBND") < texts.index("KẾ HOẠCH")
