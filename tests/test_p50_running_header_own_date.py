"""A running header on the one page after the first that names the document by its number AND its own date ("UBND
tỉnh Đông Sa - Kế hoạch số 31/KH-UBND ngày 03/02/2027", as Word's "different first page" header or a PDF reader's
"Save as Text" writes it): text.running_number_header took the "ngày 03/02/2027" for a sentence citing the plan and
kept the line, which then stood between a table's two parts (round G47's leftover). A line that ENDS in the date
the header states ("Đông Sa, ngày 03 tháng 2 năm 2027") is the header; a sentence goes on after a date ("... ngày
3/2/2027 của Ủy ban nhân dân huyện") and an annex's note is bracketed or says "kèm theo"."""

from __future__ import annotations

import pytest

from extractors.layout.text import own_date, read_text, running_number_header

ISSUED = (3, 2, 2027)


@pytest.mark.parametrize("first", [
    "UBND tỉnh Đông Sa - Kế hoạch số 31/KH-UBND ngày 03/02/2027",
    "Kế hoạch số 31/KH-UBND ngày 3 tháng 2 năm 2027",
    "31/KH-UBND ngày 03-02-2027",
])
def test_header_ending_in_the_own_date(first):
    assert running_number_header([first], "31/KH-UBND", ISSUED)


@pytest.mark.parametrize("first, own, issued", [
    ("31/KH-UBND ngày 3/2/2027 của Ủy ban nhân dân huyện", "31/KH-UBND", ISSUED),  # a sentence goes on
    ("(Kèm theo Kế hoạch số 31/KH-UBND ngày 03/02/2027)", "31/KH-UBND", ISSUED),  # an annex's note
    ("Kế hoạch số 31/KH-UBND ngày 03/02/2027", "31/KH-UBND", (5, 2, 2027)),  # another date than its own
    ("Kế hoạch số 31/KH-UBND ngày 03/02/2027", "31/KH-UBND", None),  # its date unknown
    ("Kế hoạch số 45/KH-UBND ngày 03/02/2027", "31/KH-UBND", ISSUED),  # another document's number
])
def test_other_lines_stay(first, own, issued):
    assert not running_number_header([first], own, issued)


@pytest.mark.parametrize("lines, expected", [
    (["ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 31/KH-UBND   Đông Sa, ngày 03 tháng 2 năm 2027"],
     (3, 2, 2027)),
    (["SỞ Y TẾ", "Số: 7/KH-SYT", "Lam Hà, ngày 12 tháng 11 năm 2028"], (12, 11, 2028)),
    (["ỦY BAN NHÂN DÂN", "Căn cứ Luật ngày 19 tháng 6 năm 2015"], None),  # a cited law's date is not its own
])
def test_own_date(lines, expected):
    assert own_date(lines) == expected


TEXT = ("ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH ĐÔNG SA   Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 31/KH-UBND   Đông Sa, ngày 03 tháng 2 năm 2027\n\nKẾ HOẠCH\nGiảm nghèo năm 2027\n\n"
        "Các phòng, ban triển khai thực hiện.\n\n1\n\fUBND tỉnh Đông Sa - Kế hoạch số 31/KH-UBND ngày 03/02/2027\n\n"
        "III. KINH PHÍ\nKinh phí từ ngân sách tỉnh.\n\n2\n")


def test_saved_text_drops_the_header():
    texts = [b.text for b in read_text(TEXT)[0] if b.text]
    assert "III. KINH PHÍ" in texts
    assert not any("31/KH-UBND ngày 03/02/2027" in t for t in texts)
