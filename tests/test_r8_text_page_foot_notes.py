"""Footnotes at a page's foot in a text of pages (`pdftotext` of a PDF with footnotes: form feeds between
pages): after a blank line, at the end of a page, lines opening with the note's number and a capital
("1 Năm 2016, tổng lượt khách ..."), the number set as a mark after a word in the page's text ("nghỉ dưỡng 1;").
They are read after the text as footnotes (as the PDF and Word readers do), not as a bullet's or a task's
text where the page break falls (round R8: G7's 2017 plan through pdftotext). `pdftotext -raw` sets no blank line
above the notes and glues the mark to its word ("lúa1"). Must-not rows: a numbered
item at a page's foot whose number is marked nowhere (or only after a unit: "500 m2"), a note start on the last page of one, a number
followed by lower case. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ LÂM\nSố: 41/KH-UBND\nKẾ HOẠCH\nPhát triển nông nghiệp năm 2019\n"


def _blocks(text: str):
    blocks, _ = read_text(text)
    return [(b.kind, b.text) for b in blocks if b.kind != "table"]


@pytest.mark.parametrize("text, note, before, after", [
    (HEAD + "II. MỤC TIÊU\n- Sản lượng lúa đạt 320.000 tấn 1; giá trị tăng 4%.\n\n"
     "1 Năm 2018, sản lượng lúa đạt 301.000 tấn, giá trị\nsản xuất đạt 2.150 tỷ đồng.\n"
     "\f- Diện tích cây ăn quả đạt 12.000 ha.\nIII. NHIỆM VỤ\n1. Sở Nông nghiệp chủ trì.\n",
     "1 Năm 2018, sản lượng lúa đạt 301.000 tấn, giá trị sản xuất đạt 2.150 tỷ đồng.",
     "- Sản lượng lúa đạt 320.000 tấn 1; giá trị tăng 4%.", "- Diện tích cây ăn quả đạt 12.000 ha."),
    (HEAD + "III. NHIỆM VỤ\n1. Xây dựng vùng nguyên liệu tại các xã trọng điểm 2, quy mô 500 ha.\n"
     "2. Phát triển hợp tác xã\n\n2 Gồm các xã Đông Yên, Tân Lộc và Phước Mỹ.\n"
     "\fSở Nông nghiệp chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh.\n",
     "2 Gồm các xã Đông Yên, Tân Lộc và Phước Mỹ.",
     "2. Phát triển hợp tác xã", "Sở Nông nghiệp chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh."),
    # `pdftotext -raw`: no blank line above the note; the mark glued to its word, a superscript ("lúa1;")
    (HEAD + "II. MỤC TIÊU\n- Sản lượng lúa đạt 320.000 tấn lúa1; giá trị tăng 4%.\n"
     "1 Năm 2018, sản lượng lúa đạt 301.000 tấn.\n"
     "\f- Diện tích cây ăn quả đạt 12.000 ha.\nIII. NHIỆM VỤ\n1. Sở Nông nghiệp chủ trì.\n",
     "1 Năm 2018, sản lượng lúa đạt 301.000 tấn.",
     "- Sản lượng lúa đạt 320.000 tấn lúa1; giá trị tăng 4%.", "- Diện tích cây ăn quả đạt 12.000 ha."),
])
def test_page_foot_note_is_read_after_the_text(text, note, before, after):
    blocks = _blocks(text)
    assert blocks[-1] == ("footnote", note)
    texts = [t for _, t in blocks]
    assert texts.index(after) == texts.index(before) + 1


@pytest.mark.parametrize("text, kept", [
    # a numbered line at a page's foot whose number is no mark in the page's text
    (HEAD + "III. NHIỆM VỤ\n1. Xây dựng vùng nguyên liệu, quy mô 500 ha.\n\n2 Phát triển hợp tác xã kiểu mới.\n"
     "\fSở Nông nghiệp chủ trì.\n", "2 Phát triển hợp tác xã kiểu mới."),
    # the last page's foot: no page break after it
    (HEAD + "III. NHIỆM VỤ\n1. Xây dựng vùng nguyên liệu tại các xã 2; quy mô 500 ha.\n\n2 Gồm các xã Đông Yên.\n",
     "2 Gồm các xã Đông Yên."),
    # a number then lower case: a count, not a note
    (HEAD + "- Hỗ trợ các xã 2; mỗi xã 40 triệu đồng.\n\n2 xã được hỗ trợ thêm.\n\fIII. NHIỆM VỤ\n",
     "2 xã được hỗ trợ thêm."),
    # no blank line above, no mark glued to a word: a numbered item that ends the page ("500 m2" is a unit)
    (HEAD + "III. NHIỆM VỤ\n1. Xây dựng nhà văn hóa 500 m2\n2 Phát triển hợp tác xã kiểu mới.\n"
     "\fSở Nông nghiệp chủ trì.\n", "2 Phát triển hợp tác xã kiểu mới."),
])
def test_other_page_foot_lines_stay(text, kept):
    blocks = _blocks(text)
    assert ("footnote", kept) not in blocks
    assert any(kept in t for _, t in blocks)
