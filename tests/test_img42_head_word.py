"""Round IMG42: a department's head word "Sở" read "Sớ" / "SỚ" / "Sỡ" (extractors/formats/vi_syllable.py
repair_head_words, _HEAD_READ_AS; every OCR line and table cell goes through it: ocr.repair_line).

G61's Word plan with endnotes, scanned: its task table's lead agencies "Sở Văn hóa, Thể thao và Du lịch", "Sở Nông
nghiệp và Môi trường" read "Sớ ..." and its partner "SỚ Công Thương" (the hook read as an acute): no body, four tasks'
leads lost at 300 dpi. "Sớ" (a petition) and "sỡ" (only in "sặc sỡ") are never a capitalized head before a name.
Every input is invented (other departments, other words).
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_head_words


@pytest.mark.parametrize("read, right", [
    # must: "Sớ" / "SỚ" / "Sỡ" before a department's name (a capitalized word)
    ("Sớ Tư pháp chủ trì", "Sở Tư pháp chủ trì"),
    ("SỚ Khoa học và Công nghệ", "SỞ Khoa học và Công nghệ"),
    ("SỚ XÂY DỰNG TỈNH LONG HÀ", "SỞ XÂY DỰNG TỈNH LONG HÀ"),
    ("- Sỡ Giao thông vận tải;", "- Sở Giao thông vận tải;"),
    ("phối hợp Sớ Lao động", "phối hợp Sở Lao động"),
    # must-not: "sớ" in small letters, before a word in small letters, at a line's end; "Số", "Sơ" as read
    ("dâng sớ Triều đình", "dâng sớ Triều đình"),
    ("Sớ sách ghi chép", "Sớ sách ghi chép"),
    ("Văn phòng Sớ", "Văn phòng Sớ"),
    ("Số 15 Tỉnh lộ", "Số 15 Tỉnh lộ"),
    ("Sơ Kết đợt", "Sơ Kết đợt"),
    # ... and the head words' other rule as before
    ("Chỉ cục Thủy lợi", "Chi cục Thủy lợi"),
    ("chỉ cục bộ", "chỉ cục bộ"),
])
def test_repair_head_words(read, right):
    assert " ".join(repair_head_words(read.split())) == right


def test_cell_line_repaired():
    # a task table's cell read "Sớ Nội vụ": the line's repairs make it "Sở Nội vụ"
    assert ocr.repair_line("Sớ Nội vụ".split()) == ["Sở", "Nội", "vụ"]
