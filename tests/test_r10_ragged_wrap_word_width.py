"""A ragged-right page (a plain text or a web page printed to PDF, no justification) wraps a line early where
its next word is wide: "1. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với" / "Ủy_ban_nhân_dân các xã,
..." (a word-segmented text's joined syllables, a name in capitals). Whether that word would have fitted in the
room the line left is told by the word's width in a proportional face (capitals and m, w wide; spaces, commas,
i, l, t narrow), not by its share of the line's characters, which made a wide word look narrow and cut the
paragraph (round R10: G9's word-segmented plan printed to PDF, an activity's title cut). Must-not rows: a short
line whose next line's first word would have fitted (a paragraph's end), however narrow its letters. The lines'
geometry is set here in Times' widths at 12 points; texts invented."""

from __future__ import annotations

import unicodedata

import pytest
from pdfminer.fontmetrics import FONT_METRICS

from extractors.layout.paragraphs import assemble

WIDTHS = FONT_METRICS["Times-Roman"][1]
LEFT, RIGHT, SIZE = 90.0, 516.0, 12.0


def _width(text: str) -> float:
    return sum(WIDTHS.get(unicodedata.normalize("NFD", ch)[0], 500) for ch in text) * SIZE / 1000


def _page(paragraphs: list[str]) -> list[tuple[str, tuple]]:
    """The paragraphs wrapped at RIGHT word by word, each line (x0, x1, text) as a page item."""
    items = []
    for para in paragraphs:
        line = ""
        for word in para.split(" "):
            trial = f"{line} {word}" if line else word
            if line and LEFT + _width(trial) > RIGHT:
                items.append(("line", (LEFT, LEFT + _width(line), line)))
                line = word
            else:
                line = trial
        items.append(("line", (LEFT, LEFT + _width(line), line)))
    return items


FULL = ("Kế hoạch này được triển khai trên địa bàn toàn huyện, bảo đảm đúng tiến độ, tiết kiệm và hiệu quả, "
        "gắn trách nhiệm của người đứng đầu cơ quan, đơn vị với kết quả thực hiện các chỉ tiêu được giao.")


@pytest.mark.parametrize("paragraph", [
    # word-segmented text: a body's name, its syllables joined, pushed whole to the next line
    "1 . Phòng Lao_động - Thương_binh và Xã_hội chủ_trì , phối_hợp với Ủy_ban_nhân_dân các xã , thị_trấn rà_soát "
    ", lập danh_sách hộ nghèo , hộ cận nghèo năm 2014 .",
])
def test_a_wide_word_wrapped_early_goes_on(paragraph):
    items = _page([FULL, paragraph, FULL])
    texts = [b.text for b in assemble([items])]
    assert texts == [FULL, paragraph, FULL], texts


@pytest.mark.parametrize("short, after", [
    ("Các đơn vị báo cáo kết quả về Sở trước ngày 20/12.", "Tiếp tục rà soát, bổ sung các chỉ tiêu còn thiếu."),
    ("III. KINH PHÍ THỰC HIỆN", "Tổng kinh phí là 1.250 triệu đồng."),
    ("Đối với các xã vùng sâu, vùng xa", "Ưu tiên bố trí vốn cho các công trình cấp bách."),
])
def test_a_narrow_word_after_a_short_line_starts_a_paragraph(short, after):
    items = _page([FULL, short, after + " " + FULL])
    texts = [b.text for b in assemble([items])]
    assert texts[1] == short and texts[2].startswith(after), texts
