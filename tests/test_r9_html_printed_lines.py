"""A web page whose paragraphs are the hard-wrapped lines of a text file or the printed lines of a page, one a
paragraph (a .txt opened in Word and saved as a web page, a converted PDF): "<p>Căn cứ Nghị quyết số 18/NQ-HĐND
... về phát triển du lịch giai đoạn</p><p>2026-2030;</p>". Its wraps are joined again, as the Word reader joins
them (extractors.formats.html.printed_paragraphs, told by extractors.layout.wrap.printed_lines). Must-not rows: a
page of real paragraphs (each ends a sentence), a page of short lines with one wrap. Names invented."""

from __future__ import annotations

import pytest

from extractors.formats import html
from tests import test_r9_short_text_wrap_width as wrapped_text

# the short plain text of tests/test_r9_short_text_wrap_width.py, its lines one a paragraph
TEXT = wrapped_text.TEXT.split("\n")


def _page(lines: list[str]) -> bytes:
    return ("<html><body>" + "".join(f"<p>{x}</p>" if x else "<p></p>" for x in lines) + "</body></html>").encode()


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in html.read(_page(lines), "x.html").blocks if b.kind == "paragraph"]


def test_the_wrapped_lines_of_a_text_saved_as_a_page_are_joined():
    texts = _texts(TEXT)
    assert ("Phát triển nông nghiệp hữu cơ gắn với bảo vệ môi trường, nâng cao thu nhập cho nông dân các xã vùng đồi "
            "và ven sông của tỉnh.") in texts
    assert "hữu cơ giai đoạn 2027-2030;" not in texts


@pytest.mark.parametrize("lines", [
    # must not: real paragraphs, each a sentence
    ["Căn cứ Luật Trồng trọt ngày 19-11-2018;"] + [f"{k}. Sở số {k} chủ trì thực hiện nhiệm vụ được giao trong năm "
                                                   f"2027 theo kế hoạch của tỉnh." for k in range(1, 12)],
    # must not: short lines, one wrap
    ["KẾ HOẠCH", "Phát triển nông nghiệp", "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển nông nghiệp hữu cơ",
     "gắn với bảo vệ môi trường.", "2. Mục tiêu cụ thể", "- Có 30 sản phẩm.", "II. NHIỆM VỤ", "1. Sản xuất"],
])
def test_a_page_of_real_paragraphs_stays(lines):
    assert _texts(lines) == [x for x in lines if x]
