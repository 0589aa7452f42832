"""A page's footnotes (PDF text layer, OCR boxes) are taken out of the text's flow: the
last lines of a page, set smaller than the body, the first opening with a note's mark.
The sentence a page break cut runs on whole, and the notes come after the text as
footnote blocks. All pages invented."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.words import page_items


def line(top: float, text: str, size: float = 13, x0: float = 57) -> list[dict]:
    out, x = [], x0
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + 0.5 * size * len(w), "top": top, "bottom": top + size})
        x += 0.5 * size * len(w) + 3
    return out


BODY = [line(60 + 20 * n, f"Dòng thân bài số {n} của kế hoạch phát triển hợp tác xã năm 2026.") for n in range(8)]
CUT = line(220, "Phấn đấu 80% hợp tác xã hoạt động hiệu quả và trên 60% thành viên được")


def page(*foot) -> list[dict]:
    return [w for ln in BODY + [CUT] + list(foot) for w in ln]


@pytest.mark.parametrize("foot, notes", [
    # must take: a note glued to its mark, notes in brackets, a note over two lines, a page number under them
    ([line(760, "1Theo tiêu chí tại Thông tư số 01/2024/TT-BKHĐT.", 10)],
     ["1 Theo tiêu chí tại Thông tư số 01/2024/TT-BKHĐT."]),
    ([line(750, "(2) Nguồn: Báo cáo của Sở Tài chính.", 10), line(762, "(3) Số liệu ước đến hết năm 2025.", 10)],
     ["2 Nguồn: Báo cáo của Sở Tài chính.", "3 Số liệu ước đến hết năm 2025."]),
    ([line(740, "4 Kế hoạch số 55/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh về", 10),
      line(752, "phát triển kinh tế tập thể.", 10), line(790, "7", 13, x0=290)],
     ["4 Kế hoạch số 55/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh về phát triển kinh tế tập thể."]),
    ([line(740, "4 Quyết định số 90/QĐ-UBND ngày", 10), line(752, "15 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh.", 10),
      line(764, "5 Báo cáo số 7/BC-STC.", 10)],
     ["4 Quyết định số 90/QĐ-UBND ngày 15 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh.", "5 Báo cáo số 7/BC-STC."]),
    # must not take: small lines with no mark, a numbered list, a year, lines of the body's size
    ([line(760, "Ghi chú: số liệu ước thực hiện.", 10)], []),
    ([line(750, "1. Sở Y tế;", 10), line(762, "2. Sở Tài chính.", 10)], []),
    ([line(760, "2026 là năm bản lề của giai đoạn.", 10)], []),
    ([line(760, "5 Kế hoạch số 12/KH-UBND ngày 3/1/2026.", 13)], []),
    # the rows of a small table at the foot of a page (cells apart), not notes
    ([line(750, "3 Tập huấn", 10) + line(750, "30", 10, x0=300) + line(750, "50", 10, x0=400),
      line(762, "4 Hội thảo", 10) + line(762, "20", 10, x0=300) + line(762, "10", 10, x0=400)], []),
])
def test_footnotes_at_the_foot_of_a_page(foot, notes):
    items = page_items(page(*foot))
    assert [p[2] for kind, p in items if kind == "footnote"] == notes
    texts = [p[2] for kind, p in items if kind == "line"]
    assert texts[8] == "Phấn đấu 80% hợp tác xã hoạt động hiệu quả và trên 60% thành viên được"
    if not notes:  # nothing taken out: every line stays in the flow (as a line or a table's row)
        rows = sum(len(p[1]) for kind, p in items if kind == "table")
        assert len(texts) + rows == 9 + len(foot)


def test_small_print_filling_the_page_is_no_footnote():
    small = [line(60 + 12 * n, f"{n + 1} Dòng chữ nhỏ của phụ lục.", 9) for n in range(10)]
    words = [w for ln in BODY[:3] + small for w in ln]
    assert not [p for kind, p in page_items(words) if kind == "footnote"]


def test_a_sentence_a_page_break_cut_runs_on_over_the_footnotes():
    first = page_items(page(line(760, "1Theo tiêu chí tại Thông tư số 01/2024/TT-BKHĐT.", 10)))
    second = page_items([w for ln in [line(60, "tập huấn về chuyển đổi số."), line(80, "II. NHIỆM VỤ")] for w in ln])
    items = [[(k, p[:3]) for k, p in page] for page in (first, second)]
    texts = [(b.kind, b.text) for b in assemble(items)]
    assert ("paragraph", "Phấn đấu 80% hợp tác xã hoạt động hiệu quả và trên 60% thành viên được "
                         "tập huấn về chuyển đổi số.") in texts
    assert texts[-1] == ("footnote", "1 Theo tiêu chí tại Thông tư số 01/2024/TT-BKHĐT.")
