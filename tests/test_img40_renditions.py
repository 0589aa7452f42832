"""Round IMG40: the scanned renditions' tool (tests/renditions/archive.py) on G57's OpenDocument text.

An .odt with tracked changes (LibreOffice's "Record changes": a commune's plan whose date was corrected, the old date
deleted, the new one inserted) is printed as filed, its changes accepted (archive.odf_changes_accepted): LibreOffice
printed the old date struck through before the new one ("Phúc Lâm, ngày 02 tháng 4 năm 2027ngày 09 ..."), a change
bar in the margin, and the scan's date read as garbage.

Everything here is invented (the commune, the plan's words).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.renditions import archive

REGION = ('<text:tracked-changes text:track-changes="false"><text:changed-region xml:id="ct4" text:id="ct4">'
          '<text:deletion><office:change-info><dc:creator>Văn thư</dc:creator><dc:date>2027-05-12T08:05:00</dc:date>'
          '</office:change-info><text:p>ngày 05 tháng 5 năm 2027</text:p></text:deletion></text:changed-region>'
          '</text:tracked-changes>')


@pytest.mark.parametrize("xml, accepted", [
    # must: a deleted date (its text in the tracked changes' region, a mark where it stood) before the inserted one
    (REGION + '<text:p>Đồng Sơn, <text:change text:change-id="ct4"/>ngày 12 tháng 5 năm 2027</text:p>',
     '<text:p>Đồng Sơn, ngày 12 tháng 5 năm 2027</text:p>'),
    # ... an insertion between its marks, a paragraph inserted whole
    ('<text:tracked-changes/><text:p>Căn cứ Luật Ngân sách nhà nước<text:change-start text:change-id="ct7"/> ngày '
     '25 tháng 6 năm 2015<text:change-end text:change-id="ct7"/>;</text:p>',
     '<text:p>Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;</text:p>'),
    # must-not: a part with no tracked changes; a changed region's name elsewhere (a style's) left alone
    ('<text:p>Số: 41/KH-UBND</text:p>', '<text:p>Số: 41/KH-UBND</text:p>'),
    ('<style:style style:name="text:changed-region"/><text:p>KẾ HOẠCH</text:p>',
     '<style:style style:name="text:changed-region"/><text:p>KẾ HOẠCH</text:p>'),
])
def test_odf_accept_changes(xml, accepted):
    assert archive.odf_accept_changes(xml) == accepted


def _odt(content: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return out.getvalue()


@pytest.mark.parametrize("content, printed", [
    # must: the .odt's content with its changes accepted, its mimetype first and stored
    (REGION + '<text:p>Đồng Sơn, <text:change text:change-id="ct4"/>ngày 12 tháng 5 năm 2027</text:p>',
     '<text:p>Đồng Sơn, ngày 12 tháng 5 năm 2027</text:p>'),
    # must-not: one with no tracked changes, as it is
    ('<text:p>Đồng Sơn, ngày 12 tháng 5 năm 2027</text:p>', '<text:p>Đồng Sơn, ngày 12 tháng 5 năm 2027</text:p>'),
])
def test_odf_changes_accepted(content, printed):
    z = zipfile.ZipFile(io.BytesIO(archive.odf_changes_accepted(_odt(content))))
    assert z.read("content.xml").decode("utf-8") == printed
    assert z.infolist()[0].filename == "mimetype" and z.infolist()[0].compress_type == zipfile.ZIP_STORED
