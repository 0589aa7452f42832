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


# the same wrap in a text file hard-wrapped at its width (a PDF's text copied out, a mail's body)
WRAPPED = """ỦY BAN NHÂN DÂN TỈNH HÀ SƠN

I. MỤC ĐÍCH, YÊU CẦU

Triển khai đồng bộ, hiệu quả các nhiệm vụ phát triển kinh tế - xã hội của
tỉnh trong giai đoạn 2021 - 2025, gắn với trách nhiệm của người đứng đầu
các cơ quan, đơn vị; bảo đảm sự phối hợp chặt chẽ giữa các sở, ban, ngành
và Ủy ban nhân dân các huyện, thành phố trong tổ chức thực hiện.

II. MỤC TIÊU

Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao chủ động tổ chức
triển khai thực hiện có hiệu quả các nhiệm vụ của Kế hoạch; các chỉ tiêu
cụ thể của tỉnh đến năm 2025 và định hướng đến năm 2030 được nêu tại
{next}

III. TỔ CHỨC THỰC HIỆN

Các huyện, thành phố xây dựng kế hoạch của địa phương và gửi Sở Kế hoạch
và Đầu tư trước ngày 30 tháng 6 năm 2025 để tổng hợp, báo cáo Ủy ban nhân
dân tỉnh; định kỳ hằng năm đánh giá kết quả thực hiện các chỉ tiêu, nhiệm
vụ được giao và đề xuất giải pháp tháo gỡ khó khăn, vướng mắc phát sinh.
"""


@pytest.mark.parametrize("nxt, joined", [
    ("Phụ lục kèm theo Kế hoạch này, thực hiện hằng năm theo lộ trình.", True),  # must
    ("PHỤ LỤC KÈM THEO", False),  # must not: a title in capitals
])
def test_an_appendix_reference_wrapped_in_a_hard_wrapped_text(nxt, joined):
    from extractors.layout.text import read_text
    blocks, _ = read_text(WRAPPED.format(next=nxt))
    texts = [b.text for b in blocks if b.kind != "table"]
    assert any(t.endswith(f"được nêu tại {nxt}") for t in texts) is joined
