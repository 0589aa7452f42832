"""A web page's header table through html2text: a cell's paragraphs run together, the first not bold and the
second a bold run in capitals glued to it ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ**TỔNG CỤC THỐNG KÊ** Số: 1125/KH-TCTK"): the
issuer's two lines read as one ("... ĐẦU TƯTỔNG CỤC THỐNG KÊ", the issuer taken as "Cục Thống kê"; round R13:
G12's statistics office plan in html-md). R9's rule (formats.markdown.lost_cell_breaks) put a break after a
bold run glued to what follows only; a bold run in capitals opening right after capitals is a break too
(_CAPS_BOLD_GLUED). Must-not rows: a bold run after a space, bold inside a sentence, outside a table. Texts
invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lost_cell_breaks

RULE = "---|---  \n"


@pytest.mark.parametrize("line, want", [
    ("SỞ NỘI VỤ**BAN THI ĐUA - KHEN THƯỞNG** Số: 77/KH-BTĐKT | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n",
     "SỞ NỘI VỤ<br>**BAN THI ĐUA - KHEN THƯỞNG** Số: 77/KH-BTĐKT | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n"),
    ("UBND TỈNH KIM NGỌC**SỞ CÔNG THƯƠNG** | x  \n", "UBND TỈNH KIM NGỌC<br>**SỞ CÔNG THƯƠNG** | x  \n"),
])
def test_caps_bold_glued_break(line, want):
    assert lost_cell_breaks(line + RULE) == want + RULE


@pytest.mark.parametrize("text", [
    "UBND TỈNH KIM NGỌC **SỞ CÔNG THƯƠNG** | x  \n" + RULE,         # a space before the run
    "Tổng cộng các khoản**CHI** | 1.200  \n" + RULE,                  # lower case before the marks
    "Giao SỞ TÀI CHÍNH**CHỦ TRÌ** thẩm định.\n",                      # no table
])
def test_no_break(text):
    assert "<br>" not in lost_cell_breaks(text)
