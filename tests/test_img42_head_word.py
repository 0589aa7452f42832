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
    ("SỚ Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
    ("SỚ XÂY DỰNG TỈNH LONG HÀ", "SỞ XÂY DỰNG TỈNH LONG HÀ"),
    ("- Sỡ Giao thông vận tải;", "- Sở Giao thông vận tải;"),
    ("phối hợp Sớ Lao động", "phối hợp Sở Lao động"),
    # ... in capitals before a name in small letters (the small "ở" read as a capital): in small letters
    ("SỚ Công Thương", "Sở Công Thương"), ("SỞ Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
    # must-not: "sớ" in small letters, before a word in small letters, at a line's end; "Số", "Sơ" as read
    ("dâng sớ Triều đình", "dâng sớ Triều đình"),
    ("Sớ sách ghi chép", "Sớ sách ghi chép"),
    ("Văn phòng Sớ", "Văn phòng Sớ"),
    ("Số 15 Tỉnh lộ", "Số 15 Tỉnh lộ"),
    ("Sơ Kết đợt", "Sơ Kết đợt"),
    # ... a heading in capitals stays in capitals ("SỞ TƯ PHÁP"), a name of one capital keeps the read case
    ("SỞ TƯ PHÁP TỈNH", "SỞ TƯ PHÁP TỈNH"), ("SỞ Y tế", "SỞ Y tế"),
    # ... and the head words' other rule as before
    ("Chỉ cục Thủy lợi", "Chi cục Thủy lợi"),
    ("chỉ cục bộ", "chỉ cục bộ"),
])
def test_repair_head_words(read, right):
    assert " ".join(repair_head_words(read.split())) == right


def test_cell_line_repaired():
    # a task table's cell read "Sớ Nội vụ": the line's repairs make it "Sở Nội vụ"
    assert ocr.repair_line("Sớ Nội vụ".split()) == ["Sở", "Nội", "vụ"]


@pytest.mark.parametrize("line, kept", [
    # must: an underscore or two alone opening or closing a cell's line of words (a speck between its lines)
    ([("_", 40.0), ("Ủy", 91.0), ("ban", 93.0)], ["Ủy", "ban"]),
    ([("Sở", 90.0), ("Tư", 92.0), ("pháp", 95.0), ("__", 20.0)], ["Sở", "Tư", "pháp"]),
    ([("Sở", 90.0), ("Công", 92.0), ("Thương", 95.0), ('"', 20.0)], ["Sở", "Công", "Thương"]),
    ([("“", 30.0), ("Ủy", 91.0), ("ban", 93.0)], ["Ủy", "ban"]),
    # must-not: a blank to fill in, an underscore inside the line, a line of an underscore only
    ([("______", 50.0), ("đồng", 90.0)], ["______", "đồng"]),
    ([("Sở", 90.0), ("_", 30.0), ("Tư", 92.0)], ["Sở", "_", "Tư"]),
    ([("_", 30.0)], ["_"]),
    ([('"Ngày', 80.0), ("hội", 90.0), ('đọc"', 90.0)], ['"Ngày', "hội", 'đọc"']),
])
def test_without_lone_specks(line, kept):
    assert [w for w, _ in ocr.without_lone_specks(line)] == kept


def test_partner_cell_of_two_agencies():
    # the cell's lines as read_cells leaves them ("SỚ Công Thương" told "Sở" before the lines are joined): two agencies
    from extractors.layout.wrap import cell_text
    line = [w for w, _ in ocr.without_lone_specks([("SỚ", 80.0), ("Giao", 90.0), ("thông", 90.0), ("_", 20.0)])]
    text = " ".join(repair_head_words(line)) + "\nỦy ban nhân dân các xã"
    assert cell_text(text) == "Sở Giao thông; Ủy ban nhân dân các xã"


@pytest.mark.parametrize("rows, codes", [
    # must: a row number read with a comma, its neighbour numbered one apart (bare, or with a stop: written so)
    ([["STT", "Nội dung", "Tổng"], ["1,", "Tập huấn cán bộ", "90"], ["2", "Mua sắm thiết bị", "310"]], {1: "1"}),
    ([["1.", "Khảo sát"], ["2,", "Lập hồ sơ"], ["3.", "Nghiệm thu"]], {1: "2."}),
    ([["", "Nội dung"], ["11", "Sửa chữa"], ["12,", "Xây mới"]], {2: "12"}),
    # must-not: a decimal, a number with no neighbour one apart, a code alone, codes as read
    ([["12,5", "Tỷ lệ"], ["13", "Số xã"]], {}),
    ([["1,", "Tập huấn"], ["5", "Hội nghị"]], {}),
    ([["1,", "Tổng cộng"]], {}),
    ([["1", "Tập huấn"], ["2", "Hội nghị"]], {}),
])
def test_codes_with_comma(rows, codes):
    assert ocr.codes_with_comma(rows) == codes
