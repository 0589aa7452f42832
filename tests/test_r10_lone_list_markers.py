"""A list whose markers plain `pdftotext` wrote apart from their items: the markers, set at a hanging indent
of their own, come out as a run of lines each a marker alone ("•" / "•" / "•"), the items after them a line
each ("Trang chủ" / "Giới thiệu" / ...). When as many items as markers follow (a blank line between at
most), each marker goes back before its item (round R10: G9's ministry page printed to PDF; its menu's five
lone bullets pushed the header's issuer out of the lines the header is looked for in). Must-not rows: fewer
or more item lines than markers (wrapped items: which marker goes where is not known), one lone marker,
items that carry markers of their own, a rule of dashes. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import lone_markers, read_text


@pytest.mark.parametrize("text, want", [
    ("•\n•\n•\n\nTrang chủ\nTin tức\nLiên hệ\n\nBody",
     "• Trang chủ\n• Tin tức\n• Liên hệ\n\nBody"),
    ("Mục tiêu:\n-\n-\n\nTỷ lệ hộ dùng nước sạch đạt 92%;\nTỷ lệ thu gom rác đạt 80%.\n\nII. NHIỆM VỤ",
     "Mục tiêu:\n- Tỷ lệ hộ dùng nước sạch đạt 92%;\n- Tỷ lệ thu gom rác đạt 80%.\n\nII. NHIỆM VỤ"),
    ("▪\n▪\nSở Xây dựng\nSở Công Thương\n", "▪ Sở Xây dựng\n▪ Sở Công Thương\n"),
])
def test_markers_go_back_to_their_items(text, want):
    assert lone_markers(text) == want


@pytest.mark.parametrize("text", [
    "•\n•\n•\n\nTrang chủ\nTin tức\n\nBody",                      # fewer items than markers
    "•\n•\n\nHỗ trợ hộ nghèo xây nhà ở, sửa chữa nhà\nở theo quy định;\nKhác.\n",  # a wrapped item: more lines
    # a heading right under the items: three lines for two markers
    "Mục tiêu:\n-\n-\nTỷ lệ hộ dùng nước sạch đạt 92%;\nTỷ lệ thu gom rác đạt 80%.\nII. NHIỆM VỤ",
    "Nội dung:\n•\nĐào tạo nghề cho lao động nông thôn.\n",      # one lone marker
    "•\n•\n\n- Sở Y tế\n- Sở Nội vụ\n",                           # items with markers of their own
    "Số: 12/KH-UBND\n-------\n-------\nKẾ HOẠCH\nVề việc\n",      # rules, not markers
])
def test_others_stay(text):
    assert lone_markers(text) == text


def test_read_text_pairs_them():
    blocks, _ = read_text("TRANG TIN ĐIỆN TỬ HUYỆN AN LẠC\n•\n•\n\nTrang chủ\nVăn bản\n\nỦY BAN NHÂN DÂN\n")
    texts = [b.text for b in blocks]
    assert "• Trang chủ" in texts and "• Văn bản" in texts and "•" not in texts
