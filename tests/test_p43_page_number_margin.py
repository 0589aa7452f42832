"""A page's furniture sets no right margin: a web page printed by a browser has its page count at the right edge
of the foot ("1/2" at 588 pt, the text's lines reaching 557), so a full line of a basis ("... của Thủ tướng Chính
phủ phê duyệt", stopping at 542) seemed to stop 46 pt short of the margin, room for the next line's first word
("Đề án ..."): the paragraph was cut there and the basis lost its title. The margins are now measured on the lines
the page keeps (paragraphs.assemble). Round P43 (the invented web pages printed by Chromium); names invented; must
and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble

FULL = [  # lines of the text that reach its right margin
    "Căn cứ Nghị định số 52/2025/NĐ-CP ngày 12 tháng 3 năm 2025 của Chính phủ quy định chức năng,",
    "Phấn đấu đến năm 2027 có 85% người dân vùng đồng bào dân tộc thiểu số được tiếp cận thông tin",
]


def _page(number: int, body: list[tuple[float, str]]) -> list[tuple[str, object]]:
    items = [("line", (54.7, 556.0, FULL[0])), ("line", (54.7, 300.0, "nhiệm vụ và quyền hạn của Sở."))]
    items += [("line", (54.7, x1, text)) for x1, text in body]
    items += [("line", (54.7, 555.0, FULL[1])), ("line", (54.7, 200.0, "pháp luật."))]
    items.append(("line", (575.1, 588.0, f"{number}/2")))  # the print's page count, at the right edge
    return items


def _paragraphs(body: list[tuple[float, str]]) -> list[str]:
    blocks = assemble([_page(1, body), _page(2, [(300.0, "Nội dung khác của trang sau.")])])
    return [b.text for b in blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("body, joined", [
    # must: a full line (542 pt, 15 pt short of the text's margin) and its wrap, a capital first
    ([(541.7, "Căn cứ Quyết định số 2150/QĐ-TTg ngày 14 tháng 8 năm 2025 của Thủ tướng Chính phủ phê duyệt"),
      (300.0, "Đề án phổ biến pháp luật giai đoạn 2026 - 2030;")],
     "Căn cứ Quyết định số 2150/QĐ-TTg ngày 14 tháng 8 năm 2025 của Thủ tướng Chính phủ phê duyệt "
     "Đề án phổ biến pháp luật giai đoạn 2026 - 2030;"),
])
def test_a_full_line_wraps_however_far_right_the_page_count_stands(body, joined):
    assert joined in _paragraphs(body)


@pytest.mark.parametrize("body", [
    # must not: a line that stops well short of the text's margin ends its paragraph
    [(430.0, "1. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng"),
     (400.0, "Tổ chức quán triệt các văn bản mới cho cán bộ, công chức.")],
])
def test_a_short_line_still_ends_its_paragraph(body):
    paragraphs = _paragraphs(body)
    assert body[0][1] in paragraphs and body[1][1] in paragraphs
    assert not any(text.startswith("1/2") or text == "2/2" for text in paragraphs)
