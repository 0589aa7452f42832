"""A footnote a reader gives as such (a Word file's notes, a PDF page's) opens no section of the outline: a Word
plan's two notes "1 Ban hành kèm theo ..." / "2 Thông qua tại ..." were read as items 1 and 2 of its last part, and
the outline said its numbering went back (round G43's Word plan). Lines invented (round P48)."""

from __future__ import annotations

from pipeline.process import process
from tests.extractors.test_docx_speed_reader import package
from tests.extractors.test_docx_wrappers import r

NOTES = ('<w:footnote w:type="separator" w:id="0"><w:p/></w:footnote>'
         '<w:footnote w:type="continuationSeparator" w:id="1"><w:p/></w:footnote>'
         '<w:footnote w:id="2"><w:p>' + r("Ban hành kèm theo Quyết định số 311/QĐ-UBND ngày 2 tháng 3 năm 2028.")
         + '</w:p></w:footnote><w:footnote w:id="3"><w:p>' + r("Thông qua tại Kỳ họp thứ tám.") + '</w:p></w:footnote>')
BODY = ["ỦY BAN NHÂN DÂN HUYỆN TÂY SƠN", "Số: 61/KH-UBND", "KẾ HOẠCH", "Bảo vệ môi trường năm 2028",
        "I. MỤC TIÊU", "Giảm 20% rác thải nhựa[n2]", "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Nông nghiệp và Môi trường",
        "Chủ trì, theo dõi[n3]", "2. Phòng Tài chính - Kế hoạch", "Tham mưu bố trí kinh phí", "3. Ủy ban nhân dân các xã",
        "Triển khai tại địa phương"]


def plan() -> bytes:
    paras = []
    for line in BODY:
        text, _, note = line.partition("[n")
        ref = f"<w:r><w:footnoteReference w:id='{note[:-1]}'/></w:r>" if note else ""
        paras.append(f"<w:p>{r(text)}{ref}</w:p>")
    return package("".join(paras), footnotes=NOTES)


def test_footnotes_open_no_section():
    record = process("ke-hoach.docx", plan()).record
    labels = [(s.label, s.heading) for s in record.sections]
    assert labels[-3:] == [("1.", "Phòng Nông nghiệp và Môi trường"), ("2.", "Phòng Tài chính - Kế hoạch"),
                           ("3.", "Ủy ban nhân dân các xã")]
    assert not any("Ban hành kèm theo" in (h or "") or "Thông qua" in (h or "") for _, h in labels)
    assert not any(i.code == "outline.numbering_irregular" for i in record.quality.issues)
    assert [f.marker for f in record.footnotes] == ["1", "2"]
