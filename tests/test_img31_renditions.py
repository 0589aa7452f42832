"""Round IMG31: the archive tool's staging of a Word file with tracked changes (tests.renditions.archive).

An archive scans the paper an office signed: a Word plan's tracked changes accepted, not printed marked (LibreOffice
prints a deletion struck through in grey, an insertion underlined: "số 0811/NQ-HĐND", "đạt 3334%" on the scan). As
Word's "Accept All": a deleted run, a deleted table row and a paragraph whose text and mark were deleted go; an
inserted run or row stays, its marks gone; a part without changes is as it was.

Everything here is invented.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.renditions import archive

_DEL = '<w:del w:id="{0}" w:author="Lò Văn Pả" w:date="2029-03-02T08:00:00Z">'
_INS = '<w:ins w:id="{0}" w:author="Lò Văn Pả" w:date="2029-03-02T08:00:00Z">'


def _run(text: str, deleted: bool = False) -> str:
    return f'<w:r><w:{"delText" if deleted else "t"} xml:space="preserve">{text}</w:{"delText" if deleted else "t"}></w:r>'


@pytest.mark.parametrize("xml, expected", [
    # must: a deleted run goes, an inserted one stays unmarked
    ("<w:p>" + _run("số ") + _DEL.format(1) + _run("27", True) + "</w:del>" + _INS.format(2) + _run("72") + "</w:ins>"
     + _run("/NQ-HĐND") + "</w:p>",
     "<w:p>" + _run("số ") + _run("72") + _run("/NQ-HĐND") + "</w:p>"),
    # must: a deleted row goes; an inserted row stays, its mark gone
    ('<w:tbl><w:tr><w:trPr><w:del w:id="3" w:author="A" w:date="2029-03-02T08:00:00Z"/></w:trPr><w:tc><w:p>'
     + _DEL.format(4) + _run("Hội Cựu chiến binh", True) + "</w:del></w:p></w:tc></w:tr>"
     '<w:tr><w:trPr><w:ins w:id="5" w:author="A" w:date="2029-03-02T08:00:00Z"/></w:trPr><w:tc><w:p>'
     + _INS.format(6) + _run("Đoàn Thanh niên") + "</w:ins></w:p></w:tc></w:tr></w:tbl>",
     "<w:tbl><w:tr><w:trPr></w:trPr><w:tc><w:p>" + _run("Đoàn Thanh niên") + "</w:p></w:tc></w:tr></w:tbl>"),
    # must: a paragraph deleted whole (its mark too) goes
    ('<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="A" w:date="2029-03-02T08:00:00Z"/></w:rPr></w:pPr>'
     + _DEL.format(8) + _run("Căn cứ Công văn số 12/SVHTT;", True) + "</w:del></w:p><w:p>" + _run("Ủy ban") + "</w:p>",
     "<w:p>" + _run("Ủy ban") + "</w:p>"),
    # must not: a paragraph whose mark alone was deleted keeps its text; a table's inner borders are no insertion
    ('<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="A" w:date="2029-03-02T08:00:00Z"/></w:rPr></w:pPr>'
     + _run("Sở Y tế;") + "</w:p>",
     "<w:p><w:pPr><w:rPr></w:rPr></w:pPr>" + _run("Sở Y tế;") + "</w:p>"),
    ('<w:tblBorders><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders>',
     '<w:tblBorders><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders>'),
    # must not: a part without changes
    ("<w:p>" + _run("Kế hoạch số 15/KH-UBND") + "</w:p>", "<w:p>" + _run("Kế hoạch số 15/KH-UBND") + "</w:p>"),
])
def test_accept_changes(xml, expected):
    assert archive.accept_changes(xml) == expected


def _docx(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


def test_changes_accepted_in_every_part_and_none_left_alone():
    marked = _docx({"word/document.xml": "<w:p>" + _INS.format(1) + _run("Thái Sơn") + "</w:ins></w:p>",
                    "word/header1.xml": "<w:p>" + _DEL.format(2) + _run("UBND", True) + "</w:del></w:p>",
                    "docProps/app.xml": "<Properties/>"})
    z = zipfile.ZipFile(io.BytesIO(archive.changes_accepted(marked)))
    assert z.read("word/document.xml").decode() == "<w:p>" + _run("Thái Sơn") + "</w:p>"
    assert z.read("word/header1.xml").decode() == "<w:p></w:p>"
    plain = _docx({"word/document.xml": "<w:p>" + _run("Thái Sơn") + "</w:p>"})
    assert archive.changes_accepted(plain) == plain
