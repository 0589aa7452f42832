"""A line of the text that the page breaks happened to set at an edge of most pages is no running header: a plan
whose every task repeats "- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh" had that line at the top or foot of
three pages of four, so it was taken for furniture and dropped wherever it stood (eleven tasks lost their lead). A
line that shows itself inside a page too is the text's (paragraphs.furniture). Round P43 (the invented plans as
Word-made PDFs); names invented; must and must-not rows."""

from __future__ import annotations

from extractors.layout.paragraphs import assemble, furniture

LEAD = "- Đơn vị chủ trì: Trung tâm Y tế huyện Lạc Thủy"
HEADER = "Kế hoạch số 45/KH-UBND"


def _page(lines: list[str]) -> list[tuple[str, object]]:
    return [("line", (70.0, 70.0 + 6.0 * len(text), text)) for text in lines]


def _task(n: int) -> list[str]:
    return [f"{n}. Nhiệm vụ số {n} của kế hoạch", LEAD, "- Thời gian thực hiện: Quý II/2026"]


PAGES = [
    _page([HEADER, "KẾ HOẠCH", "Phòng, chống dịch năm 2026", "I. NHIỆM VỤ", *_task(1), *_task(2)[:2]]),
    _page([HEADER, LEAD, "- Thời gian thực hiện: Quý III/2026", *_task(3), *_task(4), "5. Giám sát dịch", LEAD]),
    _page([HEADER, LEAD, "- Thời gian thực hiện: Quý IV/2026", *_task(6), *_task(7), "8. Báo cáo kết quả", LEAD]),
    _page([HEADER, "- Thời gian thực hiện: Tháng 12/2026", *_task(9), "II. KINH PHÍ", "Ngân sách tỉnh."]),
]


def test_a_body_line_repeated_at_the_edges_is_kept():
    found = furniture(PAGES)
    assert LEAD not in found  # must: the task's lead, inside pages too
    assert HEADER.replace("45", "#") in found  # must not: the running header, at each page's top only
    texts = [b.text for b in assemble(PAGES) if b.kind == "paragraph"]
    assert sum(text == LEAD for text in texts) == 11 and not any(HEADER in text for text in texts)


def test_a_tables_header_repeated_on_each_page_stays_furniture():
    # must not: a table's header at the top of each page after the first (inside the first page only), the text path's
    # lines ("STT | Nội dung | ..." repeated by `pdftotext -layout` at each page's top): still furniture
    from extractors.layout.text import edge_furniture
    head = "STT Nội dung nhiệm vụ Cơ quan chủ trì Thời gian"
    first = ["KẾ HOẠCH", "Phòng, chống dịch", "I. NHIỆM VỤ", head, "1 Giám sát dịch Trung tâm Y tế Quý I", "2 Tập huấn"]
    later = [[head, f"{n} Nhiệm vụ {n} Trung tâm Y tế Quý II", "Thường xuyên", "văn hóa", f"{n + 1} Báo cáo"] for n in (3, 5, 7)]
    assert head in edge_furniture([first, *later])
