"""Reader shape of hold-out round G61: a Word file whose notes are endnotes (extractors.formats.docx).

Word's "Insert Endnote" keeps its notes in word/endnotes.xml (the separators with ids -1 and 0 in Word, 0 and 1 in
LibreOffice) and marks them in the text with w:endnoteReference, shown "i", "ii", "iii" by Word's default. A basis
that leaves its approving Decision's number, date and issuer to an endnote, a target or a sum that carries one: the
note is the document's, read after its text as a footnote is (its number where the mark stands, "[1]", the note
"1 Ban hành kèm theo ..." after the text), never inline. Endnote marks are numbered after the footnotes' (a file
with both keeps each mark's own note); a reviewer's comment is never read. Every text here is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WNS = f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{_R}"'


def _ref(kind: str, n: int) -> str:
    style = "EndnoteReference" if kind == "endnote" else "FootnoteReference"
    return (f'<w:r><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{n}"/></w:r>')


def _notes(kind: str, texts: dict[int, str], separators: tuple[int, int] = (-1, 0)) -> str:
    sep = "".join(f'<w:{kind} w:type="{t}" w:id="{i}"><w:p><w:r><w:{t}/></w:r></w:p></w:{kind}>'
                  for t, i in zip(("separator", "continuationSeparator"), separators))
    body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/>'
                   f'</w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:{kind}>' for i, t in texts.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {_WNS}>{sep}{body}</w:{kind}s>'


def _docx(paragraphs: list[str], endnotes: dict[int, str] | None = None, footnotes: dict[int, str] | None = None,
          separators: tuple[int, int] = (-1, 0)) -> bytes:
    from tests.invented.build_g53 import _docx as parts_of, _p
    body = "".join(p if p.startswith("<w:p>") else _p(p) for p in paragraphs)
    parts = parts_of(body)
    rels = ""
    for kind, texts in (("endnote", endnotes), ("footnote", footnotes)):
        if texts:
            parts[f"word/{kind}s.xml"] = _notes(kind, texts, separators)
            rels += f'<Relationship Id="rId{40 + len(rels)}" Type="{_R}/{kind}s" Target="{kind}s.xml"/>'
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace("</Relationships>",
                                                                                          rels + "</Relationships>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in parts.items():
            z.writestr(name, xml)
    return out.getvalue()


def _marked(before: str, kind: str, n: int, after: str = ";") -> str:
    from tests.invented.build_g53 import _runs
    return f"<w:p>{_runs(before)}{_ref(kind, n)}{_runs(after)}</w:p>"


_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH HẢI MINH", "Số: 118/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Hải Minh, ngày 12 tháng 6 năm 2028", "KẾ HOẠCH",
         "Phát triển thương mại điện tử năm 2028"]


def _read(data: bytes) -> tuple[str, list]:
    from extractors.formats.docx import read
    raw = read(data, "kh.docx")
    return "\n".join(b.text for b in raw.blocks if b.text), raw.blocks


# (paragraphs, endnotes, footnotes, separators' ids, the texts in reading order that must be found, texts absent)
CASES = [
    # a programme named in the basis, its Decision in endnote i (Word's separators -1 and 0)
    ([*_HEAD, _marked("Căn cứ Chương trình phát triển thương mại điện tử quốc gia giai đoạn 2026 - 2030", "endnote",
                      1), "I. MỤC TIÊU"],
     {1: "Ban hành kèm theo Quyết định số 1532/QĐ-TTg ngày 21 tháng 10 năm 2026 của Thủ tướng Chính phủ."}, None,
     (-1, 0),
     ["giai đoạn 2026 - 2030[1];", "I. MỤC TIÊU", "1 Ban hành kèm theo Quyết định số 1532/QĐ-TTg"], []),
    # LibreOffice's endnotes (separators 0 and 1, the first note id 2), two marks in one paragraph
    ([*_HEAD, _marked("Tổng kinh phí 2.600 triệu đồng", "endnote", 2, ", trong đó ngân sách tỉnh 1.800 triệu đồng"),
      _marked("Tỷ lệ doanh nghiệp bán hàng trực tuyến đạt 60%", "endnote", 3, ".")],
     {2: "Chưa gồm vốn lồng ghép.", 3: "Năm 2027 đạt 38%."}, None, (0, 1),
     ["2.600 triệu đồng[1], trong đó", "đạt 60%[2].", "1 Chưa gồm vốn lồng ghép.", "2 Năm 2027 đạt 38%."], []),
    # footnotes and endnotes in one file: footnotes 1.., endnotes after them
    ([*_HEAD, _marked("Căn cứ Nghị quyết số 21/NQ-HĐND ngày 08 tháng 12 năm 2027", "footnote", 2),
      _marked("Căn cứ Đề án phát triển logistics tỉnh", "endnote", 1)],
     {1: "Phê duyệt tại Quyết định số 64/QĐ-UBND ngày 11 tháng 01 năm 2028."},
     {2: "Của Hội đồng nhân dân tỉnh Hải Minh."}, (-1, 0),
     ["năm 2027[1];", "logistics tỉnh[2];", "1 Của Hội đồng nhân dân tỉnh Hải Minh.",
      "2 Phê duyệt tại Quyết định số 64/QĐ-UBND"], []),
]
KEPT = [
    # no endnotes part: a stray endnote reference writes nothing
    ([*_HEAD, _marked("Căn cứ Luật Thương mại ngày 14 tháng 6 năm 2005", "endnote", 1)], None, None, (-1, 0),
     ["ngày 14 tháng 6 năm 2005;"], ["[1]"]),
    # footnotes alone, numbered as before
    ([*_HEAD, _marked("Căn cứ Quyết định số 9/QĐ-UBND ngày 02 tháng 01 năm 2028", "footnote", 5)], None,
     {5: "Về phát triển thương mại."}, (0, 1), ["năm 2028[1];", "1 Về phát triển thương mại."], []),
]


@pytest.mark.parametrize("paragraphs, endnotes, footnotes, separators, found, absent", CASES + KEPT)
def test_endnotes_are_read_after_the_text(paragraphs, endnotes, footnotes, separators, found, absent):
    text, blocks = _read(_docx(paragraphs, endnotes, footnotes, separators))
    at = 0
    for value in found:
        k = text.find(value, at)
        assert k >= 0, (value, text)
        at = k
    for value in absent:
        assert value not in text, value
    notes = [b for b in blocks if b.kind == "footnote"]
    assert all(b is blocks[-len(notes) + i] for i, b in enumerate(notes)) if notes else True


def test_a_basis_completed_by_an_endnote_is_read():
    from extractors.document import build_document
    from extractors.formats.docx import read
    from pipeline.process import extract_fields
    data = _docx(CASES[0][0], CASES[0][1])
    fields = extract_fields(build_document(read(data, "kh.docx")))
    numbers = [b.get("number") for b in fields["legal_bases"]]
    assert "1532/QĐ-TTg" in numbers, fields["legal_bases"]
