"""A Word footnote's reference writes its number where Word shows it raised, "[1]" as scrapes and hand-raised marks
are written (extractors.formats.marks): "Căn cứ Chương trình ... của Thủ tướng Chính phủ[1];" with its note "1 Ban
hành kèm theo Quyết định số ..." after the body. The reference wrote nothing before, so a basis cited by name whose
number only its note gives could not be told from a basis with no note (round G43's Word plan: the bases' notes).
The number is the reference's place in the body (1, 2, ...), as the notes are numbered; a reference whose mark the
typist wrote in the next run (customMarkFollows) writes nothing of its own. Lines invented (round P48)."""

from __future__ import annotations

import pytest

from extractors.formats import docx as reader
from tests.extractors.test_docx_speed_reader import package
from tests.extractors.test_docx_wrappers import r

NOTES = ('<w:footnote w:type="separator" w:id="0"><w:p/></w:footnote>'
         '<w:footnote w:type="continuationSeparator" w:id="1"><w:p/></w:footnote>'
         '<w:footnote w:id="2"><w:p>' + r("Phê duyệt tại Quyết định số 902/QĐ-TTg ngày 03 tháng 6 năm 2027.") + '</w:p></w:footnote>'
         '<w:footnote w:id="3"><w:p>' + r("Thông qua tại Kỳ họp thứ mười.") + '</w:p></w:footnote>')


def ref(note_id: int, custom: bool = False) -> str:
    custom_mark = " w:customMarkFollows='1'" if custom else ""
    return f"<w:r><w:footnoteReference w:id='{note_id}'{custom_mark}/></w:r>"


def body_texts(body: str) -> list[str]:
    return [b.text for b in reader.read(package(body, footnotes=NOTES), "plan.docx").blocks if b.kind != "footnote"]


@pytest.mark.parametrize("body, want", [
    # must: the note's number where Word shows it, in the body's order (the XML ids 2 and 3 shown 1 and 2)
    (f"<w:p>{r('Căn cứ Chiến lược giao thông thông minh của Thủ tướng Chính phủ')}{ref(2)}{r(';')}</w:p>"
     f"<w:p>{r('Căn cứ Nghị quyết số 41/NQ-HĐND ngày 9 tháng 12 năm 2026')}{ref(3)}{r(';')}</w:p>",
     ["Căn cứ Chiến lược giao thông thông minh của Thủ tướng Chính phủ[1];",
      "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 9 tháng 12 năm 2026[2];"]),
    (f"<w:p>{r('Đạt 85% hộ dân')}{ref(3)}{r(' và 70% hộ nghèo')}{ref(2)}</w:p>",
     ["Đạt 85% hộ dân[1] và 70% hộ nghèo[2]"]),
    # must not: a custom mark typed in the next run is the mark ("*"), no number of ours
    (f"<w:p>{r('Căn cứ Luật Đầu tư công')}{ref(2, custom=True)}{r('*;')}</w:p>", ["Căn cứ Luật Đầu tư công*;"]),
    # a paragraph with no reference is as it was
    (f"<w:p>{r('Căn cứ Luật Ngân sách nhà nước;')}</w:p>", ["Căn cứ Luật Ngân sách nhà nước;"]),
])
def test_a_footnote_reference_writes_its_number(body, want):
    assert body_texts(body) == want


def test_the_notes_keep_their_numbers():
    data = package(f"<w:p>{r('Căn cứ Chiến lược')}{ref(3)}{r(' và Đề án')}{ref(2)}{r(';')}</w:p>", footnotes=NOTES)
    blocks = reader.read(data, "plan.docx").blocks
    assert [b.text for b in blocks] == ["Căn cứ Chiến lược[1] và Đề án[2];", "2 Phê duyệt tại Quyết định số 902/QĐ-TTg "
                                        "ngày 03 tháng 6 năm 2027.", "1 Thông qua tại Kỳ họp thứ mười."]
