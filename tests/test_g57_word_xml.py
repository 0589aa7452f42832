"""Word documents saved as XML (extractors.formats.word_xml): Word's "Word XML Document" (a flat OPC package,
<pkg:package> of <pkg:part>s) read as the .docx it stands for, Word 2003's "XML Document" (<w:wordDocument>) read
through LibreOffice; any other XML refused. The reader is called directly, and through a run (registered by its
content, schema 1.7: extractors.formats.base.sniff, READERS "wordxml"). Every text here is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.blocks import ReadError
from tests.invented.build_g53 import _docx, _p, _tbl, _tc

_BODY = "".join([
    _p("ỦY BAN NHÂN DÂN XÃ HÒA MỸ", bold=True, jc="center"),
    _p("Số: 40/KH-UBND", jc="center"),
    _p("KẾ HOẠCH", bold=True, jc="center"),
    _p("Phòng, chống dịch bệnh trên đàn gia súc năm 2028", bold=True, jc="center"),
    _tbl([600, 4000, 2400], [_tc(600, ["TT"]) + _tc(4000, ["Nội dung"]) + _tc(2400, ["Chủ trì"]),
                            _tc(600, ["1"]) + _tc(4000, ["Tiêm phòng vắc xin lở mồm long móng đợt I"])
                            + _tc(2400, ["Công chức Nông nghiệp xã"])]),
])
_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                     "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
_TYPES = {"_rels/.rels": "application/vnd.openxmlformats-package.relationships+xml",
          "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"}


def _flat_opc(parts: dict[str, str], picture: bool = False) -> bytes:
    """The package as Word's "Word XML Document" writes it: each part a pkg:part, its XML inline (declaration off),
    a picture's bytes in base64."""
    import base64

    out = ['<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
    for name, xml in parts.items():
        if name == "[Content_Types].xml":
            continue
        xml = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
        kind = _TYPES.get(name, "application/xml")
        out.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}"><pkg:xmlData>{xml}</pkg:xmlData>'
                   "</pkg:part>")
    if picture:
        out.append('<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store">'
                   f"<pkg:binaryData>{base64.b64encode(_PNG).decode()}</pkg:binaryData></pkg:part>")
    out.append("</pkg:package>")
    return "".join(out).encode("utf-8")


def _texts(raw) -> list[str]:
    return [b.text for b in raw.blocks]


def _docx_texts(parts: dict[str, str]) -> list[str]:
    from extractors.formats import docx

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        for name, xml in parts.items():
            z.writestr(name, xml.encode("utf-8"))
    return _texts(docx.read(data.getvalue(), "ke-hoach.docx"))


# (the package's parts, a picture part beside them)
FLAT = [(_docx(_BODY), False), (_docx(_BODY), True), (_docx(_BODY, header=_p("Trang 1", jc="center")), False)]


@pytest.mark.parametrize("parts, picture", FLAT)
def test_a_flat_opc_package_reads_as_its_docx(parts, picture):
    from extractors.formats import word_xml

    texts = _texts(word_xml.read(_flat_opc(parts, picture), "ke-hoach.xml"))
    assert texts == _docx_texts(parts)
    assert "Số: 40/KH-UBND" in texts


def _w2003_p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _w2003_row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{_w2003_p(c)}</w:tc>" for c in cells) + "</w:tr>"


_RULES = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
_WORD_2003 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
              '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
              'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xml:space="preserve"><w:body><wx:sect>'
              + _w2003_p("ỦY BAN NHÂN DÂN XÃ HÒA MỸ") + _w2003_p("Số: 40/KH-UBND")
              + f"<w:tbl><w:tblPr><w:tblBorders>{_RULES}</w:tblBorders></w:tblPr><w:tblGrid>"
              + "".join(f'<w:gridCol w:w="{w}"/>' for w in (900, 5000, 3000)) + "</w:tblGrid>"
              + _w2003_row("TT", "Nội dung", "Chủ trì")
              + _w2003_row("1", "Tiêm phòng vắc xin lở mồm long móng đợt I", "Công chức Nông nghiệp xã")
              + "</w:tbl></wx:sect></w:body></w:wordDocument>")


def test_a_word_2003_xml_document_is_read():
    from extractors.formats import word_xml

    raw = word_xml.read(_WORD_2003.encode("utf-8"), "ke-hoach.xml")
    texts = _texts(raw)
    assert "ỦY BAN NHÂN DÂN XÃ HÒA MỸ" in texts and "Số: 40/KH-UBND" in texts
    assert [["TT", "Nội dung", "Chủ trì"],
            ["1", "Tiêm phòng vắc xin lở mồm long móng đợt I", "Công chức Nông nghiệp xã"]] in [
        b.rows for b in raw.blocks if b.kind == "table"]


NOT_WORD = [
    # a site map
    b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://'
    b"ubnd.hoamy.vn/van-ban/40</loc></url></urlset>",
    # a document that declares entities
    b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><pkg:package xmlns:pkg="http://schemas.microsoft.com/'
    b'office/2006/xmlPackage">&x;</pkg:package>',
    # no XML at all
    "Kế hoạch số 40/KH-UBND".encode("utf-8"),
]


@pytest.mark.parametrize("data", NOT_WORD)
def test_other_xml_is_refused(data):
    from extractors.formats import word_xml

    with pytest.raises(ReadError):
        word_xml.read(data, "ke-hoach.xml")


def test_word_xml_is_read_by_the_pipeline_and_other_xml_is_skipped(tmp_path):
    """Registered (schema 1.7, format "wordxml"): a run tells a Word document saved as .xml by its content
    (extractors.formats.base.sniff: Word's processing instruction, a flat OPC package, a Word 2003 document) and
    reads it; any other .xml stays a listed skip, as before (no reader takes the extension)."""
    import json

    from pipeline.api import extract

    src = tmp_path / "in"
    src.mkdir()
    (src / "ke-hoach-40.xml").write_bytes(_flat_opc(_docx(_BODY)))
    (src / "sitemap.xml").write_bytes(NOT_WORD[0])
    extract(src, tmp_path / "out", jobs=1)
    records = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out" / "v1" / "documents").glob("*.json")]
    # must: the Word XML file a record of its own, its format wordxml
    assert [(r["source"]["format"], r["number"]) for r in records] == [("wordxml", "40/KH-UBND")]
    # must-not: the site map no record, no error: a skip with its reason
    manifest = json.loads((tmp_path / "out" / "v1" / "manifest.json").read_text(encoding="utf-8"))
    outcomes = {i["path"]: (i["format"], i["outcome"]) for i in manifest["inputs"]}
    assert outcomes == {"ke-hoach-40.xml": ("wordxml", "record"), "sitemap.xml": (None, "skipped")}
