"""Round IMG23: what the OCR path lost on G28's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG23"). Every name and figure here is invented."""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
SCALE = 300 / 72


def _drawn(lines: list[str], size: int = 50, step: int = 64):
    """A page image with `lines` in bold, set close (`step` pixels apart), and each line's ink box."""
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", (1600, 120 + step * len(lines) + 60), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size)
    boxes = []
    for k, text in enumerate(lines):
        draw.text((100, 100 + step * k), text, font=font, fill=0)
        boxes.append(draw.textbbox((100, 100 + step * k), text, font=font))
    return np.array(image), boxes


# A header's issuer line in bold capitals set close under the line above ("HUYỆN ỦY NAM KHÊ" under "ĐẢNG BỘ TỈNH ...")
# read as one word at no confidence, its marks read once more as letters ("HUYỆẾNỦYNAMKHÊE" at 0 or 31): the issuer,
# its level and place lost (scan300, photo, scan-archive). A word read less surely than GARBLED_WORD_CONF whose ink
# holds a word space between two of its letters is words read as one (ocr.glued_words).
@pytest.mark.parametrize("drawn, conf, expected", [
    # must: words in capitals read as one, unsurely
    ("THỊ ỦY LONG PHÚ", 0.0, True),
    ("ĐẢNG ỦY XÃ", 31.0, True),
    ("Ban Tổ chức", 12.0, True),
    # must not: read surely; one word (no space inside), unsure or not
    ("THỊ ỦY LONG PHÚ", 90.0, False),
    ("NGHIỆP", 0.0, False),
    ("Nguyễn", 20.0, False),
    ("ỦY", 5.0, False),
])
def test_words_read_as_one(drawn, conf, expected):
    gray, [(x0, y0, x1, y1)] = _drawn([drawn])
    assert ocr.glued_words(gray[y0:y1, x0:x1] < ocr.DARK, conf) is expected


def _word(text: str, box: tuple[int, int, int, int], conf: float) -> dict:
    return {"text": text, "x0": box[0] / SCALE, "x1": box[2] / SCALE, "top": box[1] / SCALE,
            "bottom": box[3] / SCALE, "conf": conf}


@pytest.mark.parametrize("read, conf, expected", [
    # must: the glued line read again as a block, its words as printed
    ("THỊỦỶYLONGPHÚÚ", 0.0, ["THỊ", "ỦY", "LONG", "PHÚ"]),
    # must not: the same word read surely stays as read
    ("THỊỦỶYLONGPHÚÚ", 92.0, None),
])
def test_glued_issuer_line_read_again(read, conf, expected):
    gray, (above, below) = _drawn(["ĐẢNG BỘ TỈNH VÂN HÀ", "THỊ ỦY LONG PHÚ"])
    first = [_word("ĐẢNG", above, 95.0)]
    glued = _word(read, below, conf)
    boxes = {id(first[0]): above, id(glued): below}
    gone, added = ocr._reread_garbled(gray, [first, [glued]], boxes, {}, SCALE, "vie", 60.0)
    if expected is None:
        assert (gone, added) == (set(), [])
    else:
        assert gone == {id(glued)}
        assert [[w["text"] for w in line] for line in added] == [expected]


# The signer's block read again from the page without its seal (scan-archive): a leftover of the seal's ink at the
# title line's foot read as signs before it, surely ("._ PHÓ BÍ THƯ" at 88): the line no title, the signer's title
# lost. Signs of specks only before a word in capitals are no text (ocr.specks_before_capitals).
@pytest.mark.parametrize("texts, expected", [
    # must
    (["._", "PHÓ", "BÍ", "THƯ"], ["", "PHÓ", "BÍ", "THƯ"]),
    (["`", "CHỦ", "TỊCH"], ["", "CHỦ", "TỊCH"]),
    (["'", ",", "GIÁM", "ĐỐC"], ["", "", "GIÁM", "ĐỐC"]),
    # must not: a dash (a recipient's), a word not in capitals (a name), signs only, a signing mark, one letter
    (["-", "UBND", "huyện"], ["-", "UBND", "huyện"]),
    ([".", "Lê", "Văn", "Tâm"], [".", "Lê", "Văn", "Tâm"]),
    (["._"], ["._"]),
    (["KT.", "CHỦ", "TỊCH"], ["KT.", "CHỦ", "TỊCH"]),
    ([".", "A"], [".", "A"]),
])
def test_specks_before_a_title(texts, expected):
    assert ocr.specks_before_capitals(texts) == expected


# IMG22's left: a ministry's issuer too long for the header's column, wrapped ("BỘ THÔNG TIN VÀ TRUYỀN" / "THÔNG", a
# Markdown table's cell printed with its rules) and both words of the wrapped pair read with a mark lost or wrong
# ("TRUYÊN" / "THONG": 'Bộ Thông tin và Truyền thong'); neither line alone holds the phrase. A phrase of the header's
# vocabulary is told across a wrap (vi_syllable.repair_vocabulary_wrapped: a cell's lines, ocr.cell_lines; a column's
# lines read as the page, ocr.wrapped_stretches).
@pytest.mark.parametrize("above, below, expected", [
    # must
    ("SỞ TÀI NGUYÊN VÀ MỐI", "TRUONG", ("SỞ TÀI NGUYÊN VÀ MÔI", "TRƯỜNG")),
    ("BỘ KHOA HỌC VÀ CÕNG", "NGHE", ("BỘ KHOA HỌC VÀ CÔNG", "NGHỆ")),
    ("CỘNG HÒA XÃ HỘI CHÚ NGHĨA", "VIẸT NAM", ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM")),
    ("UBND TỈNH ĐÔNG LÂM BAN CHỈ", "DAO", ("UBND TỈNH ĐÔNG LÂM BAN CHỈ", "ĐẠO")),
    # must not: no phrase across the wrap (a place under its body), a name under a title, words in small letters
    ("ỦY BAN NHÂN DÂN", "XA TAN HOA", ("ỦY BAN NHÂN DÂN", "XA TAN HOA")),
    ("KT. CHỦ TỊCH", "Mai Văn Thong", ("KT. CHỦ TỊCH", "Mai Văn Thong")),
    ("đề nghị ban chỉ", "dao ký", ("đề nghị ban chỉ", "dao ký")),
])
def test_phrase_wrapped_across_two_lines(above, below, expected):
    from extractors.formats.vi_syllable import repair_vocabulary_wrapped
    got = repair_vocabulary_wrapped(above.split(), below.split())
    assert (" ".join(got[0]), " ".join(got[1])) == expected


@pytest.mark.parametrize("cell, expected", [
    # must: a header's cell, the issuer wrapped
    ("SỞ TÀI NGUYÊN VÀ MỐI\nTRUONG\nSố: 14/KH-STNMT", ["SỞ TÀI NGUYÊN VÀ MÔI", "TRƯỜNG", "Số: 14/KH-STNMT"]),
    # must not: two lines that are no phrase across
    ("UBND HUYỆN ĐÔNG SƠN\nPHÒNG Y TẾ", ["UBND HUYỆN ĐÔNG SƠN", "PHÒNG Y TẾ"]),
])
def test_cell_lines_tell_a_wrapped_phrase(cell, expected):
    assert ocr.cell_lines(cell) == expected


def test_wrapped_stretches():
    def part(texts, x0, x1, top):
        return [{"text": t, "x0": x0, "x1": x1, "top": top, "bottom": top + 12.0, "conf": 90.0} for t in texts]
    issuer = part(["BỘ", "NỘI", "VỤ"], 40.0, 180.0, 50.0)
    motto = part(["CỘNG", "HÒA"], 260.0, 520.0, 50.0)
    wrap = part(["THÔNG"], 90.0, 130.0, 64.0)
    beside = part(["VIỆT", "NAM"], 350.0, 420.0, 64.0)
    far = part(["KẾ", "HOẠCH"], 100.0, 160.0, 120.0)
    pairs = ocr.wrapped_stretches([issuer, motto, wrap, beside, far])
    ids = [(a[0]["text"], b[0]["text"]) for a, b in pairs]
    # must: each column's line and the one under it; must not: the other column's, a line far below
    assert ids == [("BỘ", "THÔNG"), ("CỘNG", "VIỆT")]


# IMG22's left: a number cut in a cell too narrow for it (an annex's year columns, as wide as "2026"), its cut tail a
# digit alone on the cell's last line read as no digit ("47," / "s)", the heading "Nă" / "m" / "202" / "ö"): the rate
# and the year's column lost (g27_snnmt-tanha scan300, 55/55/57). The tail's line is read alone as digits
# (ocr.tail_unread tells such a cell, ocr.last_band crops its last line).
@pytest.mark.parametrize("lined, expected", [
    # must
    ("38,\ns)", True),
    ("Nă\nm\n201\nö", True),
    ("Năm 20\nZl", True),
    ("102,\nS", True),
    # must not: the tail read as digits; no number cut before it; a long last line (words); one line
    ("38,\n5", False),
    ("Xã Tân\nHòa", False),
    ("12\nha", False),
    ("38,\nhộ gia đình", False),
    ("38, s)", False),
])
def test_number_tail_unread(lined, expected):
    assert ocr.tail_unread(lined) is expected


def test_last_band_of_a_cell():
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 50)
    image = Image.new("L", (200, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 10), "38,", font=font, fill=0)
    draw.text((20, 80), "6", font=font, fill=0)
    band = ocr.last_band(np.array(image))
    assert band is not None
    ink = np.flatnonzero((band < ocr.DARK).any(axis=1))
    assert 30 <= ink[-1] - ink[0] + 1 <= 60  # the "6" alone, not the line above
    # must not: one line only; a speck under the line
    one = Image.new("L", (200, 120), 255)
    ImageDraw.Draw(one).text((20, 10), "38,6", font=font, fill=0)
    assert ocr.last_band(np.array(one)) is None
    speck = np.array(one)
    speck[100:103, 40:43] = 0
    assert ocr.last_band(speck) is None
