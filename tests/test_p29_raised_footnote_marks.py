"""Footnote references set raised after a word or a number, on a web page ("năm 2022<sup>1</sup>", "triệu
đồng<sup>(2)</sup>", Word's "<sup>[3]</sup>") or in a Word file (a superscript run typed by hand): read as a scrape
writes them, "[1]" after the word, never glued on as digits ("năm 20221", "đồng2"); the note that opens with its
raised number is a footnote. A power after a unit ("500 m<sup>2</sup>") stays a power (extractors.formats.marks,
html._footnote_marks, docx._raised_mark). Names and numbers invented (round P29); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats import read

PAGE = ("<html><body><p>ỦY BAN NHÂN DÂN</p><p>HUYỆN ĐA LỘC</p><p>Số: 96/KH-UBND</p><p>KẾ HOẠCH</p>"
        "<p>Chuyển đổi số năm 2023</p>"
        "<p>Căn cứ Kế hoạch số 42/KH-UBND ngày 25/02/2023 của UBND tỉnh Tây Nam về chuyển đổi số năm 2023{m1};</p>"
        "<p>I. MỤC TIÊU</p><p>Phấn đấu 90% hồ sơ được xử lý trực tuyến.</p>"
        "<p>II. KINH PHÍ</p><p>Tổng kinh phí thực hiện là 1.250 triệu đồng{m2} từ ngân sách huyện.</p>"
        "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>CHỦ TỊCH</p><p>Lê Văn Tám</p>"
        "<p>{n1} Kế hoạch số 42/KH-UBND được ban hành trên cơ sở Quyết định số 749/QĐ-TTg.</p></body></html>")


def _record(m1: str, m2: str, n1: str) -> tuple[dict, str]:
    from pipeline.process import extract_fields
    doc = build_document(read(PAGE.format(m1=m1, m2=m2, n1=n1).encode(), "plan.html"))
    return extract_fields(doc), doc.text


@pytest.mark.parametrize("m1, m2, n1", [
    ("<sup>1</sup>", "<sup>2</sup>", "<sup>1</sup>"),
    ("<sup>(1)</sup>", "<sup>(2)</sup>", "<sup>(1)</sup>"),
    ("<a href='#_ftn1'><sup>[1]</sup></a>", "<a href='#_ftn2'><sup>[2]</sup></a>", "<sup>[1]</sup>"),
])
def test_raised_footnote_marks_are_no_digits_of_the_words_before(m1, m2, n1):
    fields, text = _record(m1, m2, n1)
    assert "20231" not in text and "đồng2" not in text
    basis = fields["legal_bases"][0]
    assert (basis["number"], basis["issued_date"]) == ("42/KH-UBND", "2023-02-25")
    assert "2023" in basis["title"] and "20231" not in basis["title"]
    assert [s["amount_vnd"] for s in fields["budget"]["statements"]] == [1_250_000_000]
    assert [f["marker"] for f in fields["footnotes"]] == ["1"]
    for f in fields["footnotes"]:
        assert f["text"] in text[f["span"]["start"]:f["span"]["end"]]


@pytest.mark.parametrize("html, shown", [
    # must not: a power after a unit stays a power; a raised word is no mark
    ("<p>Xây dựng 500 m<sup>2</sup> nhà văn hóa và bể chứa 20 m<sup>3</sup>.</p>", "500 m2 nhà văn hóa và bể chứa 20 m3"),
    ("<p>Kỷ niệm lần thứ 10<sup>th</sup> ngày thành lập.</p>", "lần thứ 10th ngày"),
])
def test_powers_and_raised_words_stay(html, shown):
    blocks = read(f"<html><body><p>KẾ HOẠCH</p>{html}</body></html>".encode(), "plan.html").blocks
    assert any(shown in b.text for b in blocks)


def _docx(paragraphs: list[list[tuple[str, bool]]]) -> bytes:
    import io

    import docx
    d = docx.Document()
    for runs in paragraphs:
        p = d.add_paragraph()
        for text, raised in runs:
            p.add_run(text).font.superscript = raised
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("runs, shown", [
    # must: a hand-typed raised reference after a year, after an amount's unit
    ([("Căn cứ Kế hoạch số 42/KH-UBND về chuyển đổi số năm 2023", False), ("1", True), (";", False)],
     "chuyển đổi số năm 2023[1];"),
    ([("Tổng kinh phí 1.250 triệu đồng", False), ("(2)", True), (" từ ngân sách huyện.", False)],
     "1.250 triệu đồng[2] từ ngân sách huyện."),
    # must not: a power after a unit, a raised word, a superscript run of letters
    ([("Xây dựng 500 m", False), ("2", True), (" nhà văn hóa.", False)], "Xây dựng 500 m2 nhà văn hóa."),
    ([("Kỷ niệm lần thứ 10", False), ("th", True), (" ngày thành lập.", False)], "Kỷ niệm lần thứ 10th ngày thành lập."),
])
def test_a_word_files_raised_reference(runs, shown):
    blocks = read(_docx([[("KẾ HOẠCH", False)], runs]), "plan.docx").blocks
    assert [b.text for b in blocks][-1].endswith(shown)
