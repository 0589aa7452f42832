"""Round IMG20: what the OCR path lost on G23's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG20"). Every name and figure here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_letter_told_by_page


# A header's word in capitals read with a vowel's marks as a letter of their own beside it, the vowel left with fewer
# marks ("ỦY BAN NHÂN DÂN" / "HUYƑẸN MINH KHÊ" or "HUYFEN MINH KHÊ": the circumflex of "Ệ" read as a hooked or a
# plain "F"; the issuer 'Ủy ban nhân dân huyƒẹn minh khê', its level and place lost): no syllable; where the page
# writes the word one letter shorter with those marks beside the same neighbour ("Ủy ban nhân dân huyện ban hành"),
# that spelling is taken (vi_syllable.repair_letter_told_by_page), as a vowel read twice is. The neighbour may end the
# line above's first column (the header's name wrapped under "ỦY BAN NHÂN DÂN", beside the motto).
@pytest.mark.parametrize("lines, columns, expected", [
    # must repair
    ([["ỦY", "BAN", "NHÂN", "DÂN", "CỘNG", "HÒA"], ["HUYƑẸN", "TÂN", "THỦY", "Độc", "lập"],
      ["Ủy", "ban", "nhân", "dân", "huyện", "ban", "hành"]], [4, 3, 7], ["HUYỆN", "TÂN", "THỦY", "Độc", "lập"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["HUYFEN", "ĐỒNG", "VĂN"], ["nhân", "dân", "huyện", "Đồng", "Văn"]], None,
     ["HUYỆN", "ĐỒNG", "VĂN"]),
    ([["SỞ", "THÔNG", "TIN", "VÀ"], ["TRUYFÊN", "THÔNG"], ["Sở", "Thông", "tin", "và", "Truyền", "thông"]], None,
     ["TRUYỀN", "THÔNG"]),
    ([["Số:", "12/KH-SNN"], ["SỞ", "NÔNG", "NGHIFẸP", "VÀ", "MÔI"], ["Sở", "Nông", "nghiệp", "và", "Môi", "trường"]], None,
     ["SỞ", "NÔNG", "NGHIỆP", "VÀ", "MÔI"]),
    ([["Số:", "12/KH-STNMT"], ["MÔI", "TRƯƑƠNG"], ["về", "môi", "trường", "biển"]], None, ["MÔI", "TRƯỜNG"]),
    # must not: a letter too many beside a vowel read with all its marks; a vowel too many (not this rule's); no
    # neighbour the page writes; the page's word of other letters; two spellings fit
    ([["Số:", "30/KH-PGDĐT"], ["PHÒNG", "GIÁO", "DỤTC"], ["Phòng", "Giáo", "dục", "và"]], None,
     ["PHÒNG", "GIÁO", "DỤTC"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["HUYFỆN", "ĐỒNG", "VĂN"], ["nhân", "dân", "huyện", "Đồng", "Văn"]], None,
     ["HUYFỆN", "ĐỒNG", "VĂN"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["HUYFEN", "ĐỒNG", "VĂN"], ["Ủy", "ban", "huyện", "Lạc", "Sơn"]], None,
     ["HUYFEN", "ĐỒNG", "VĂN"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["KHUFEN", "ĐỒNG", "VĂN"], ["nhân", "dân", "huyện", "Đồng", "Văn"]], None,
     ["KHUFEN", "ĐỒNG", "VĂN"]),
    ([["NHÂN", "DÂN"], ["HUYFEN", "ĐỒNG"], ["nhân", "dân", "huyện"], ["nhân", "dân", "huyền"]], None,
     ["HUYFEN", "ĐỒNG"]),
])
def test_marks_read_as_letter_told_by_page(lines, columns, expected):  # (the read line is the second)
    assert repair_letter_told_by_page(lines, columns)[1] == expected


# A list's number alone on its line, one of a column of such numbers (a timetable set one cell a line: "2" / "Tháng 3"
# / ... / "3" / "Tháng 6" / ...), left out by the page's reading (one narrow glyph taken for noise: its row run into
# the row above, the tasks out of step): ocr.missed_text reads ink no word covers, a line high and narrower than that,
# where the column's lone numbers start, as digits, and takes it where it counts on from the number above it or up to
# the one below it. The page is drawn; the words the page's reading found are given (the lost number left out).
SCALE = 300 / 72
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _page(lines: list[tuple[float, float, str]], dropped: set[int]):
    """A page drawn with `lines` ((x, y) in points, text) and the words of all but the `dropped` lines, a word a line."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", (round(612 * SCALE), round(400 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(12 * SCALE))
    words = []
    for k, (x, y, text) in enumerate(lines):
        draw.text((round(x * SCALE), round(y * SCALE)), text, font=font, fill=0)
        x0, y0, x1, y1 = draw.textbbox((round(x * SCALE), round(y * SCALE)), text, font=font)
        if k not in dropped:
            words.append({"text": text, "x0": x0 / SCALE, "x1": x1 / SCALE, "top": y0 / SCALE - 1,
                          "bottom": y1 / SCALE + 1, "conf": 95.0})
    return np.array(image), words


def _column(numbers: list[str], x: float = 90.0) -> list[tuple[float, float, str]]:
    out = []
    for k, n in enumerate(numbers):
        out += [(x, 40 + 75 * k, n), (90.0, 65 + 75 * k, f"Tháng {k + 1}"), (90.0, 90 + 75 * k, "Phòng Nội vụ")]
    return out


@pytest.mark.parametrize("lines, dropped, expected", [
    # must read: the number between two of its column; the column's first, told by the one below; two digits
    (_column(["2", "3", "4"]), {3}, ["3"]),
    (_column(["1", "2", "3"]), {0}, ["1"]),
    (_column(["11", "12", "13"]), {3}, ["12"]),
    # must not: a number that does not count on in its column; one set elsewhere than the column's numbers; no
    # column of lone numbers (the page's number alone); a stop or a speck at the column's edge
    (_column(["2", "7", "4"]), {3}, []),
    (_column(["2", "3", "4"])[:3] + [(300.0, 115.0, "3")] + _column(["2", "3", "4"])[4:], {3}, []),
    ([(90.0, 40.0, "Tháng 3"), (90.0, 65.0, "Phòng Nội vụ"), (300.0, 115.0, "3")], {2}, []),
    (_column(["2", ".", "4"]), {3}, []),
])
def test_lone_number_left_out(lines, dropped, expected):
    gray, words = _page(lines, dropped)
    found = ocr.missed_text(gray, words, SCALE, "vie", 60.0)
    assert [w["text"] for w in found] == expected
    for w, k in zip(found, sorted(dropped)):
        assert abs(w["x0"] - lines[k][0]) < 3 and abs(w["top"] - lines[k][1]) < 6


@pytest.mark.parametrize("read, above, below, fits", [
    ("3", "2", "4", True), ("3", "2", None, True), ("1", None, "2", True), ("10", "9", None, True),
    ("3", "3", "4", True), ("8", "2", "4", False), ("3", None, None, False), ("3a", "2", "4", False),
    ("1", "2", "3", False),
])
def test_lone_number_fits(read, above, below, fits):
    assert ocr.lone_number_fits(read, above, below) is fits


# A place and date line's "ngày" read with a letter wrong ("Kỳ Lộc, naày 15 tháng 01 năm 2013": the g read "a" on a
# phone app's scan; no date line then, the place and the date lost): a word at most two letters from "ngay" (marks and
# case aside) after the place's comma, or at a line's start, and before "DD tháng MM năm YYYY" is "ngày", as a date's
# "tháng" read wrong is (ocr.repair_month_word).
@pytest.mark.parametrize("line, repaired", [
    # must repair
    ("Tân Hà, naày 3 tháng 7 năm 2021", "Tân Hà, ngày 3 tháng 7 năm 2021"),
    ("Hòa Bình, nqày 20 tháng 11 năm 2019", "Hòa Bình, ngày 20 tháng 11 năm 2019"),
    ("Sông Cầu, ngáv 05 tháng 02 năm 2024", "Sông Cầu, ngày 05 tháng 02 năm 2024"),
    ("ngảy 9 tháng 6 năm 2018", "ngày 9 tháng 6 năm 2018"),
    ("Yên Phú, naày 15 thánaq 01 năm 2013", "Yên Phú, ngày 15 tháng 01 năm 2013"),
    # must not: no date after it, no comma before it (a word of the sentence), a word far from "ngày", as written
    ("Đồng Xuân, naày 15 người tham gia", "Đồng Xuân, naày 15 người tham gia"),
    ("họp vào naày 15 tháng 01 năm 2013", "họp vào naày 15 tháng 01 năm 2013"),
    ("Bắc Sơn, đến 15 tháng 01 năm 2013", "Bắc Sơn, đến 15 tháng 01 năm 2013"),
    ("Tân Hà, ngày 3 tháng 7 năm 2021", "Tân Hà, ngày 3 tháng 7 năm 2021"),
    ("Tân Hà, naày 3 tháng 7", "Tân Hà, naày 3 tháng 7"),
])
def test_date_day_word(line, repaired):
    assert " ".join(ocr.repair_month_word(line.split())) == repaired


# A seal stamped over a ruled signer's table ("Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / ... / the name; an
# archive's scan of a Markdown table printed with its rules): the ring's sides, dark as type, run down a row or two
# between the rules and were taken for a column's rule, the signer's column cut in two and its cells read in pieces
# (the signer lost). The rules are found on the page without the seal's red ink (ocr.unsealed); a rule under the ring
# stays. The page is drawn, the ring in gray (its red's luma), the page without it given as the seal-free page.
def _signer_table(ring: tuple[float, float] | None, names: tuple[list[str], list[str]]):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", (round(612 * SCALE), round(300 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(11 * SCALE))
    top, rows, x0, xm, x1 = 80, len(names[0]), 80, 300, 520
    for k in range(rows + 1):
        draw.line([(x0 * SCALE, (top + 15 * k) * SCALE), (x1 * SCALE, (top + 15 * k) * SCALE)], fill=0,
                  width=round(0.8 * SCALE))
    for x in (x0, xm, x1):
        draw.line([(x * SCALE, top * SCALE), (x * SCALE, (top + 15 * rows) * SCALE)], fill=0, width=round(0.8 * SCALE))
    for k in range(rows):
        draw.text(((x0 + 3) * SCALE, (top + 15 * k + 2) * SCALE), names[0][k], font=font, fill=0)
        draw.text(((xm + 3) * SCALE, (top + 15 * k + 2) * SCALE), names[1][k], font=font, fill=0)
    free = np.array(image)
    if ring:
        (cx, r), cy = ring, top + 40
        draw.ellipse([(cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE], outline=110,
                     width=round(4 * SCALE))
        draw.ellipse([(cx - r + 9) * SCALE, (cy - r + 9) * SCALE, (cx + r - 9) * SCALE, (cy + r - 9) * SCALE],
                     outline=110, width=round(1.5 * SCALE))
    return np.array(image), free


_RECIPIENTS = ["Nơi nhận:", "- Sở Tư pháp;", "- UBND các xã;", "- Lưu: VT.", ""]
_CHAIR = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lò Văn Bình"]
_DEPUTY = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đinh Thị Hoa"]


@pytest.mark.parametrize("ring, names", [
    # must read two columns: the ring over the signer's column's left part, over its right part
    ((330.0, 48.0), (_RECIPIENTS, _CHAIR)),
    ((440.0, 45.0), (_RECIPIENTS, _DEPUTY)),
    # must read as before (two columns on lead too): the ring over the columns' rule (it stays), no seal
    ((300.0, 48.0), (_RECIPIENTS, _CHAIR)),
    (None, (_RECIPIENTS, _DEPUTY)),
])
def test_seal_ring_no_rule(ring, names):
    gray, free = _signer_table(ring, names)
    page = ocr._read_upright(gray.copy(), SCALE, "vie", 120.0, free.copy() if ring else None)
    assert len(page.tables) == 1
    rows = page.tables[0].rows
    assert all(len(row) == 2 for row in rows)
    assert [row[1] for row in rows if row[1]] == [n for n in names[1] if n]


# ... and a speck its red's removal left beside the signer's title read as a stop glued before it (".CHỦ TỊCH": the
# title not told): a stop, a comma or a backquote glued before a word in capitals goes (ocr.without_specks, a cell's
# words too); before a word in lower case, a number, a letter alone, or a quote, it stays.
@pytest.mark.parametrize("word, kept", [
    (".CHỦ", "CHỦ"), (",TỊCH", "TỊCH"), ("`GIÁM", "GIÁM"), (".ĐỐC,", "ĐỐC,"), ("_Nơi", "Nơi"),
    (".Các", ".Các"), (".5", ".5"), (".A", ".A"), ("'VĂN", "'VĂN"), ("...", "..."), ("-CHỦ", "-CHỦ"), ("CHỦ", "CHỦ"),
    ("..CHỦ", "..CHỦ"),
])
def test_speck_before_capitals(word, kept):
    assert ocr.without_specks(word) == kept
