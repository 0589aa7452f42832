"""What a Word file's Markdown or text copy keeps of Word's own marks and a cell's paragraphs, as converters that do
not know them write it (Word to HTML to Markdown; a text copy):

- C0 control characters of content controls and form fields ("67\\x01/KH-UBND", "\\x04KẾ HOẠCH \\x05", "ngày
  \\x07\\x0319\\x08 tháng"): taken out by the text and Markdown readers' decoder (extractors/formats/text.py);
- an empty content control's placeholder in Word's words ("Bấm hoặc gõ nhẹ vào đây để nhập văn bản."): left out
  (extractors/layout/text.py WORD_PLACEHOLDER), as the Word reader leaves it;
- a closing cell's recipients as one paragraph, each item's escaped dash after a space ("Nơi nhận:** \\- UBND tỉnh
  (b/c); \\- Lưu: VT."): an item a line (extractors/formats/markdown.py _SPACED_ITEM_DASH);
- a cell's bodies, a paragraph each, joined with a space ("Hội Nông dân huyện Hội Liên hiệp Phụ nữ huyện", "Sở Tài
  chính Sở Y tế"): a body a line (_GLUED_BODY, _GLUED_DEPARTMENT);
- a place that is a field's result, its italics closed before the date's ("_Thạch Lâm_  _, ngày 19 ..._"): one line
  (_INNER_GAP), and in a plain text the place on the line before ", ngày ..." put back before it
  (extractors/layout/text.py place_rejoined).

Must-not rows: a form feed and a tab stay; words like a placeholder's in a sentence stay; a dash between two years
stays in its cell; a place named after a body's word ("thành phố Hội An"), an office of a department ("Văn phòng Sở Y
tế") stay one name; a motto's line without a date's rest after it stays. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lost_cell_breaks
from extractors.formats.text import decode_unicode
from extractors.layout.text import place_rejoined, read_text


@pytest.mark.parametrize("raw, expected", [
    ("Số: 67\x01/KH-UBND", "Số: 67/KH-UBND"),
    ("\x04KẾ HOẠCH \x05\n", "KẾ HOẠCH \n"),
    ("ngày \x07\x0319\x08 tháng 5", "ngày 19 tháng 5"),
    # must not: a tab and a form feed (a page's end) stay
    ("Nội dung\tKinh phí\n\x0cTrang 2", "Nội dung\tKinh phí\n\x0cTrang 2"),
])
def test_control_characters(raw, expected):
    assert decode_unicode(raw.encode("utf-8"))[0] == expected


@pytest.mark.parametrize("text, kept, gone", [
    ("Căn cứ Luật Đất đai;\nBấm hoặc gõ nhẹ vào đây để nhập văn bản.\nỦy ban nhân dân xã ban hành Kế hoạch.\n",
     "Ủy ban nhân dân xã ban hành Kế hoạch.", "Bấm hoặc gõ nhẹ"),
    ("Căn cứ Luật Đất đai;\nClick or tap here to enter text.\nỦy ban nhân dân xã ban hành Kế hoạch.\n",
     "Ủy ban nhân dân xã ban hành Kế hoạch.", "Click or tap"),
    # must not: the words in a sentence of the plan's own
    ("Chọn một mục tiêu ưu tiên cho từng xã.\n", "Chọn một mục tiêu ưu tiên cho từng xã.", None),
    ("Nhấn vào đây để xem văn bản gốc.\n", "Nhấn vào đây để xem văn bản gốc.", None),
])
def test_word_placeholder(text, kept, gone):
    texts = [b.text for b in read_text(text)[0]]
    assert kept in texts
    assert gone is None or not any(gone in t for t in texts)


def test_recipients_items_after_a_space():
    row = "_**Nơi nhận:**_ \\- UBND tỉnh Hà Nam (b/c); \\- Các thôn; \\- Lưu: VT. |  **TM. ỦY BAN NHÂN DÂN**  \n---|---  \n"
    out = lost_cell_breaks(row)
    assert "(b/c);<br>\\- Các thôn;<br>\\- Lưu: VT." in out
    assert "_**Nơi nhận:**_<br>\\- UBND tỉnh Hà Nam" in out
    # must not: a dash between two years
    years = "1 |  Tập huấn |  Sở Nội vụ |  2027 \\- 2028  \n---|---  \n"
    assert "2027 \\- 2028" in lost_cell_breaks(years)


@pytest.mark.parametrize("cell, parts", [
    ("Hội Nông dân huyện Hội Liên hiệp Phụ nữ huyện", ["Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"]),
    ("Trung tâm Y tế huyện Phòng Văn hóa và Thông tin", ["Trung tâm Y tế huyện", "Phòng Văn hóa và Thông tin"]),
    ("Sở Tài chính Sở Văn hóa, Thể thao và Du lịch", ["Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"]),
    # must not: a place named after a body's word, a department's office, a body of a department
    ("Ủy ban nhân dân thành phố Hội An", ["Ủy ban nhân dân thành phố Hội An"]),
    ("Văn phòng Sở Y tế", ["Văn phòng Sở Y tế"]),
    ("Thanh tra Sở Xây dựng", ["Thanh tra Sở Xây dựng"]),
])
def test_a_cells_bodies_run_together(cell, parts):
    row = f"2 |  Hỗ trợ vay vốn |  Ngân hàng Chính sách xã hội |  {cell} |  Năm 2029  \n---|---  \n"
    out = lost_cell_breaks(row)
    assert "<br>".join(parts) in out


def test_a_place_field_before_its_date():
    row = ("ỦY BAN NHÂN DÂN |  **Độc lập - Tự do - Hạnh phúc** _Sơn Khê_  _, ngày 03 tháng 8 năm 2028_  \n"
           "---|---  \n")
    assert "_Sơn Khê_  _, ngày 03 tháng 8 năm 2028_" in lost_cell_breaks(row)


@pytest.mark.parametrize("text, expected_line", [
    ("ỦY BAN NHÂN DÂN\nHUYỆN SƠN KHÊ\nĐộc lập - Tự do - Hạnh phúc\nSơn Khê\n, ngày 03 tháng 8 năm 2028\nKẾ HOẠCH",
     "Sơn Khê, ngày 03 tháng 8 năm 2028"),
    ("ỦY BAN NHÂN DÂN\nĐộc lập - Tự do - Hạnh phúc Mỹ Lộc\n, ngày 11 tháng 2 năm 2029\nKẾ HOẠCH",
     "Mỹ Lộc, ngày 11 tháng 2 năm 2029"),
])
def test_place_rejoined(text, expected_line):
    assert expected_line in place_rejoined(text).split("\n")


def test_no_date_rest_unchanged():
    text = "ỦY BAN NHÂN DÂN\nĐộc lập - Tự do - Hạnh phúc\nSơn Khê, ngày 03 tháng 8 năm 2028\nKẾ HOẠCH"
    assert place_rejoined(text) == text
