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
