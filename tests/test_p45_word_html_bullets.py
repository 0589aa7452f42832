"""A Word file saved as a web page ("Save as Web Page", "Web Page, Filtered") writes each list's label in a span
Word itself skips when it reads the page back (`<span style='mso-list:Ignore'>`), a bullet as the glyph of a symbol
font: "·" in Symbol, "§" or "Ø" in Wingdings, "o" in Courier New. Round G37's probe: the glyph stayed as the
character it is in a text font, "· 100% trường học ..." and "o Không để xảy ra ...", and went into the objectives'
text. Now such a label reads as a bullet "•"; a numbered list's label ("1.", "a)", "II.") and a dash stay as they
are, and a lone letter outside such a span is the text's. Names invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats import read
from extractors.formats.base import ReadOptions


def item(label: str, font: str | None, text: str) -> str:
    family = f"font-family:{font};mso-fareast-font-family:{font}" if font else ""
    return (f"<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
            f"<![if !supportLists]><span style='{family}'><span style='mso-list:Ignore'>{label}"
            f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            f"<![endif]><span lang=VI>{text}<o:p></o:p></span></p>")


def blocks(*items: str) -> list[str]:
    page = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset='utf-8'></head><body>"
            "<div class=WordSection1><p class=MsoNormal><b>2. Chỉ tiêu cụ thể</b></p>" + "".join(items)
            + "</div></body></html>")
    return [b.text for b in read(page.encode("utf-8"), "plan.html", "html", ReadOptions()).blocks]


@pytest.mark.parametrize("label, font", [
    ("·", "Symbol"), ("§", "Wingdings"), ("Ø", "Wingdings"), ("o", "\"Courier New\""), ("v", "Wingdings"),
    ("·", None),  # (the middle dot is no letter in any font)
])
def test_a_bullet_glyph_reads_as_a_bullet(label, font):
    got = blocks(item(label, font, "95% hộ gia đình được tuyên truyền về phòng, chống dịch;"))
    assert got[1] == "• 95% hộ gia đình được tuyên truyền về phòng, chống dịch;"


@pytest.mark.parametrize("label, font, expected", [
    ("-", "\"Times New Roman\"", "- Giảm 10% số ca mắc mới;"),
    ("a)", None, "a) Giảm 10% số ca mắc mới;"),
    ("1.", "\"Times New Roman\"", "1. Giảm 10% số ca mắc mới;"),
    ("II.", None, "II. Giảm 10% số ca mắc mới;"),
    ("o", None, "o Giảm 10% số ca mắc mới;"),  # a letter in a text font is a letter
])
def test_other_labels_stay(label, font, expected):
    assert blocks(item(label, font, "Giảm 10% số ca mắc mới;"))[1] == expected
