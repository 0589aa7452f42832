"""A Word draft with its tracked changes left in, one of them a deleted paragraph mark (`w:pPr/w:rPr/w:del`): the
writer joined a line broken by hand ("... của Hội đồng nhân dân tỉnh" / "Bình Sơn về ..."), the change not yet
accepted. Accepted, the two paragraphs are one; the reader kept two, and the basis's issuer was cut ("Hội đồng nhân
dân tỉnh") and its title lost (round G39's probe). Now a paragraph whose mark is deleted is read run together with the
next one (a space between where the texts would touch); a paragraph deleted whole (its text and its mark) leaves
nothing; a mark that was inserted (`w:ins`) or kept parts nothing."""

from __future__ import annotations

import io

import pytest

from extractors.formats import read

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINES = ["KẾ HOẠCH",
         "Căn cứ Nghị quyết số 15/2027/NQ-HĐND ngày 10/7/2027 của Hội đồng nhân dân tỉnh",
         "Bình Sơn về phát triển du lịch cộng đồng giai đoạn 2027 - 2030;",
         "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]


def _mark(p, kind: str) -> None:
    from lxml import etree
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.Element(f"{W}pPr")
        p.insert(0, ppr)
    change = etree.SubElement(etree.SubElement(ppr, f"{W}rPr"), f"{W}{kind}")
    change.set(f"{W}id", "7")
    change.set(f"{W}author", "Chuyên viên")


def _deleted_text(p) -> None:
    """The paragraph's runs as a tracked deletion (w:del around runs of w:delText)."""
    from lxml import etree
    for r in p.findall(f"{W}r"):
        d = etree.Element(f"{W}del")
        r.addprevious(d)
        d.append(r)
        for t in r.findall(f"{W}t"):
            t.tag = f"{W}delText"


def document(marks: dict[int, str], deleted: tuple[int, ...] = (), lines: list[str] = LINES) -> bytes:
    import docx
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    for n, kind in marks.items():
        _mark(d.paragraphs[n]._p, kind)
    for n in deleted:
        _deleted_text(d.paragraphs[n]._p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def texts(data: bytes) -> list[str]:
    return [b.text for b in read(data, "du-thao.docx").blocks]


@pytest.mark.parametrize("marks, expected", [
    ({1: "del"}, [LINES[0], LINES[1] + " " + LINES[2], LINES[3]]),
    ({1: "del", 2: "del"}, [LINES[0], LINES[1] + " " + LINES[2] + " " + LINES[3]]),
])
def test_a_deleted_mark_runs_the_paragraph_into_the_next(marks, expected):
    assert texts(document(marks)) == expected


def test_no_space_added_where_the_text_has_one():
    lines = [LINES[0], LINES[1] + " ", LINES[2], LINES[3]]
    assert texts(document({1: "del"}, lines=lines))[1] == LINES[1] + " " + LINES[2]


@pytest.mark.parametrize("marks, deleted, expected", [
    # must not: no change, an inserted mark, a paragraph deleted whole (text and mark)
    ({}, (), LINES),
    ({1: "ins"}, (), LINES),
    ({1: "del"}, (1,), [LINES[0], LINES[2], LINES[3]]),
])
def test_paragraphs_that_stay_apart(marks, deleted, expected):
    assert texts(document(marks, deleted)) == expected


def test_a_deleted_mark_before_a_table_keeps_the_paragraph():
    import docx
    d = docx.Document()
    d.add_paragraph(LINES[0])
    d.add_paragraph(LINES[1])
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Sở Tài chính", "Quý II/2028"
    _mark(d.paragraphs[1]._p, "del")
    buf = io.BytesIO()
    d.save(buf)
    got = texts(buf.getvalue())
    assert got[:2] == LINES[:2] and "Sở Tài chính" in got[2:]  # (the paragraph alone, then the table's text)
