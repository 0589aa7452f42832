"""A reference to an appendix that a PDF's line wrapped after its preposition ("Các chỉ tiêu cụ thể
đến năm 2030 tại" / "Phụ lục kèm theo Kế hoạch này."): the line that opens with "Phụ lục" goes on
the sentence, it is no appendix's title. An appendix's title after a line that ends a sentence,
or in capitals, still opens a block (extractors.layout.paragraphs.assemble). Lines invented
(round P28, from round G6's provincial programme); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble

CHAR = 6.0
LEFT, RIGHT = 72.0, 523.0


def _line(text: str, full: bool = False) -> tuple:
    return ("line", (LEFT, RIGHT if full else LEFT + CHAR * len(text), text))


def _paragraphs(*lines: tuple) -> list[str]:
    return [b.text for b in assemble([list(lines)]) if b.kind == "paragraph"]


FULL = _line("Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao chủ động tổ chức triển khai", full=True)
END = _line("thực hiện có hiệu quả.")


@pytest.mark.parametrize("lines, expected", [
    # must: a full line that ends on a preposition, then "Phụ lục ..." in sentence case
    ([_line("Các chỉ tiêu cụ thể của tỉnh đến năm 2025 và định hướng đến năm 2030 tại", full=True),
      _line("Phụ lục kèm theo Chương trình này.")],
     ["Các chỉ tiêu cụ thể của tỉnh đến năm 2025 và định hướng đến năm 2030 tại Phụ lục kèm theo Chương trình này."]),
    ([_line("Danh mục nhiệm vụ, phân công cơ quan chủ trì, phối hợp thực hiện theo", full=True),
      _line("Phụ lục II đính kèm.")],
     ["Danh mục nhiệm vụ, phân công cơ quan chủ trì, phối hợp thực hiện theo Phụ lục II đính kèm."]),
    # must not: a sentence that ends, then the appendix's title
    ([_line("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Tài chính.", full=True),
      _line("Phụ lục I")],
     ["Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Tài chính.", "Phụ lục I"]),
    # must not: the title in capitals after a line that ends on a preposition
    ([_line("Các chỉ tiêu cụ thể của tỉnh đến năm 2025 và định hướng đến năm 2030 tại", full=True),
      _line("PHỤ LỤC KÈM THEO")],
     ["Các chỉ tiêu cụ thể của tỉnh đến năm 2025 và định hướng đến năm 2030 tại", "PHỤ LỤC KÈM THEO"]),
    # must not: a short line before it (a paragraph's end)
    ([_line("Chỉ tiêu chi tiết tại"), _line("Phụ lục kèm theo.")],
     ["Chỉ tiêu chi tiết tại", "Phụ lục kèm theo."]),
])
def test_an_appendix_reference_wrapped_after_its_preposition(lines, expected):
    assert _paragraphs(FULL, END, *lines) == [f"{FULL[1][2]} {END[1][2]}", *expected]
