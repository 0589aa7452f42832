"""An OpenDocument text with a hidden section (round G65's g65_skhcn-tayhoa): a text:section whose text:display is
"none" (the first draft's sum kept in the file), which Writer neither shows nor prints. LibreOffice's conversion to
Word (the .odt reader's first step) writes its text as the document's own, and its sums were read as statements
("1.980 triệu đồng"). The hidden sections are taken out before the conversion (formats.office.shown_sections); a
shown section, a section hidden by a condition only (text:display="condition", its condition not evaluated here),
and a paragraph that only names the attribute stay."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest

from extractors.formats.office import shown_sections

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def _odt(body: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body><office:text>'
               f"{body}</office:text></office:body></office:document-content>")
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


_P = '<text:p>{}</text:p>'
_SHOWN = _P.format("Tổng kinh phí thực hiện Kế hoạch là 760 triệu đồng.")
_DRAFT = _P.format("Tổng kinh phí dự kiến là 540 triệu đồng (dự thảo).")


# must match: what a hidden section holds is gone, what stands around it stays
@pytest.mark.parametrize("body", [
    f'{_SHOWN}<text:section text:name="Cu" text:display="none">{_DRAFT}</text:section>',
    f'<text:section text:name="Ngoai">{_SHOWN}<text:section text:name="Cu" text:display="none">{_DRAFT}'
    f'<text:p>Ghi chú của chuyên viên.</text:p></text:section></text:section>',
    # in a table's cell, between two shown paragraphs
    '<table:table><table:table-row><table:table-cell>' + _SHOWN
    + f'<text:section text:name="Cu" text:display="none">{_DRAFT}</text:section>'
    + _P.format("Nguồn: ngân sách xã.") + "</table:table-cell></table:table-row></table:table>",
])
def test_a_hidden_sections_text_is_taken_out(body):
    content = _content(shown_sections(_odt(body)))
    assert "540 triệu đồng" not in content and "Ghi chú của chuyên viên" not in content
    assert "760 triệu đồng" in content


# must not: shown sections, conditional ones, a paragraph naming the attribute, another format's bytes
@pytest.mark.parametrize("body", [
    f'<text:section text:name="Mot">{_SHOWN}{_DRAFT}</text:section>',
    f'<text:section text:name="Mot" text:display="true">{_DRAFT}</text:section>',
    f'<text:section text:name="Mot" text:display="condition" text:condition="ooow:A==1">{_DRAFT}</text:section>',
    _P.format('Thuộc tính text:display="none" ẩn một vùng.') + _DRAFT,
])
def test_what_writer_shows_is_left_as_it_is(body):
    data = _odt(body)
    assert "540 triệu đồng" in _content(shown_sections(data))


def test_other_files_are_left_as_they_are():
    for data in (b"{\\rtf1 text:display=\"none\"}", b"\xd0\xcf\x11\xe0 text", b"PK\x03\x04 broken"):
        assert shown_sections(data) is data


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice converts .odt files")
def test_the_odt_reader_leaves_the_hidden_section_out():
    from extractors.formats import read
    doc = read(_odt(_SHOWN + f'<text:section text:name="Cu" text:display="none">{_DRAFT}</text:section>'
                    + _P.format("IV. TỔ CHỨC THỰC HIỆN")), "ke-hoach.odt")
    texts = [b.text for b in doc.blocks if b.text]
    assert any("760 triệu đồng" in t for t in texts) and "IV. TỔ CHỨC THỰC HIỆN" in texts
    assert not any("540 triệu đồng" in t for t in texts)
