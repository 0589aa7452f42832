"""Round IMG21: what the OCR path lost on G24's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG21"). Every name and figure here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_heading, repair_vocabulary


# A signer's title in capitals and the name under it set in one cell too narrow for the title's line (a Markdown
# table's "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH **Ma Thị Thoa**" printed wrapped: "... KT." / "CHỦ TỊCH
# PHÓ CHỦ TỊCH Ma" / "Thị Thoa"), the title's marks lost under the line above ("CHU TỊCH PHO CHU TỊCH Ma": the
# signer and its title lost on every kind): the name's capitalized words after the title are no part of the stretch
# whose case tells the title's phrases (vi_syllable.repair_vocabulary, in ocr.repair_line).
@pytest.mark.parametrize("line, expected", [
    # must repair
    ("CHU TỊCH PHO CHU TỊCH Ma", "CHỦ TỊCH PHÓ CHỦ TỊCH Ma"),
    ("TM. ỦY BAN NHÂN DÂN KT. CHU TỊCH PHO CHỦ TỊCH Lò Văn Sính", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Sính"),
    ("KT. GIAM ĐỐC PHO GIÁM ĐÓC Vi Thị", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Vi Thị"),
    ("TM. BAN THUONG VỤ PHO BI THU Đinh", "TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Đinh"),
    ("CHU TICH Hà Văn Khởi", "CHỦ TỊCH Hà Văn Khởi"),
    # must not: the words after the capitals a sentence's (not capitalized, or more than a name's words); the
    # capitals not the vocabulary's phrases only (a heading's "BỊ THU"); a title read right; no capitals before
    ("CHU TICH xã chỉ đạo", "CHU TICH xã chỉ đạo"),
    ("BỊ THU HỒI Tài sản", "BỊ THU HỒI Tài sản"),
    ("TÀI SẢN BỊ THU Nhà Nước", "TÀI SẢN BỊ THU Nhà Nước"),
    ("CHU TICH Ủy Ban Nhân Dân Tỉnh", "CHU TICH Ủy Ban Nhân Dân Tỉnh"),
    ("CHỦ TỊCH Ma Thị Thoa", "CHỦ TỊCH Ma Thị Thoa"),
    ("Chu tich Ma", "Chu tich Ma"),
])
def test_title_before_a_name_on_its_line(line, expected):
    assert " ".join(repair_vocabulary(line.split())) == expected
    assert " ".join(ocr.repair_line(line.split())) == expected


# ... and the cell's lines, as read line by line, put back as the one paragraph the signer's cell was (ocr.cell_lines,
# signature_wrapped): cut after the mark "KT." and inside the name, the lines are no signature's ("CHỦ TỊCH" / "PHÓ CHỦ
# TỊCH Ma" / "Thị Thoa": the signer 'PHÓ CHỦ TỊCH Ma', its title 'Chủ tịch'); one line, the layout's reading of a
# flattened cell (layout.cells.split_cell_lines) gives its lines.
@pytest.mark.parametrize("cell, expected", [
    # must join
    ("TM. ỦY BAN NHÂN DÂN KT.\nCHU TỊCH PHO CHU TỊCH Ma\nThị Thoa",
     ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ma Thị Thoa"]),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lục\nVăn Dũng", ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lục Văn Dũng"]),
    ("TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH Bế\nVăn Toàn", ["TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH Bế Văn Toàn"]),
    ("TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Hà Thị\nMinh Nguyệt", ["TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Hà Thị Minh Nguyệt"]),
    # must not: a cell set a line a title (a Word table's); no signing mark nor title first; no name last
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Sính",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Sính"]),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLục Văn Dũng", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lục Văn Dũng"]),
    ("TỔNG CỘNG Kinh\nPhí Dự", ["TỔNG CỘNG Kinh", "Phí Dự"]),
    ("TM. ỦY BAN NHÂN DÂN KT.\nCHỦ TỊCH PHÓ CHỦ TỊCH\n(đã ký)", ["TM. ỦY BAN NHÂN DÂN KT.", "CHỦ TỊCH PHÓ CHỦ TỊCH", "(đã ký)"]),
    ("Nơi nhận: - Sở Y tế; - Lưu: VT.\nHà Nam", ["Nơi nhận: - Sở Y tế; - Lưu: VT.", "Hà Nam"]),
])
def test_signer_cell_wrapped_is_one_line(cell, expected):
    assert ocr.cell_lines(cell) == expected


# A budget table's column of totals headed by the one word "Tổng" ("TT | Nội dung | Tổng | Ngân sách Trung ương |
# Ngân sách tỉnh"), read "Tống" (the hook read as an acute: a photo's and an archive's bold print): the column's source
# not told, four items of 'other' source for four of 'total'. Its tone only is wrong: repair_heading, as "Tống cộng".
@pytest.mark.parametrize("cell, expected", [
    # must repair
    ("Tống", "Tổng"),
    ("TỐNG", "TỔNG"),
    ("Tồng", "Tổng"),
    ("Tộng", "Tổng"),
    # must not: read right; other letters (a name, a unit); a person's name; another phrase
    ("Tổng", "Tổng"),
    ("Tòng", "Tòng"),
    ("Công", "Công"),
    ("Tong", "Tong"),
    ("Tống Văn Hải", "Tống Văn Hải"),
    ("Tổng hợp", "Tổng hợp"),
    ("Tống số 5", "Tống số 5"),
])
def test_one_word_total_heading(cell, expected):
    assert repair_heading(cell) == expected


# An annex's table set one cell a line ("TT" / "Nhiệm vụ" / ... / "1" / "Tiếp nhận ..." / ...) on an archive's scan
# (grey paper, a dark band slanted along the left edge where the lid did not cover the page):
# - the row number "3" at the top of a page, dropped by the page's reading: the band, ink no word covers in every row,
#   made the rows missed_text cuts into lines one band the page high, read as nothing (ocr.without_edge_ink: ink that
#   runs in from the image's edge is no text); read alone on the grey paper, the digits' model read the "3" as nothing
#   (ocr.white_paper, as a cell's crop: the paper made white);
# - the heading "TT" alone on its line read "šlụ" at 0, then "1" at 0 by the digits' model (a row "1" more): a reading
#   as digits is taken CODE_READ_CONF sure; such a word alone on its line is read again alone by the page's model
#   from its ink, its paper white ("TT"; ocr._reread_codes).
SCALE = 300 / 72
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _archive_page(lines: list[tuple[float, float, str]], dropped: set[int], paper: int = 238, band: bool = True):
    """A page on grey `paper` drawn with `lines` ((x, y) in points, text), a dark band slanted along its left edge
    (`band`), and the words of all but the `dropped` lines, a word a line."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", (round(612 * SCALE), round(400 * SCALE)), paper)
    draw = ImageDraw.Draw(image)
    if band:
        h = image.height
        draw.polygon([(0, 0), (round(14 * SCALE), 0), (round(4 * SCALE), h), (0, h)], fill=60)
    font = ImageFont.truetype(FONT, round(12 * SCALE))
    words = []
    for k, (x, y, text) in enumerate(lines):
        draw.text((round(x * SCALE), round(y * SCALE)), text, font=font, fill=0)
        x0, y0, x1, y1 = draw.textbbox((round(x * SCALE), round(y * SCALE)), text, font=font)
        if k not in dropped:
            words.append({"text": text, "x0": x0 / SCALE, "x1": x1 / SCALE, "top": y0 / SCALE - 1,
                          "bottom": y1 / SCALE + 1, "conf": 95.0})
    return np.array(image), words


def _rows(numbers: list[str]) -> list[tuple[float, float, str]]:
    out = []
    for k, n in enumerate(numbers):
        out += [(90.0, 40 + 100 * k, n), (90.0, 65 + 100 * k, "Sở Nội vụ"), (90.0, 90 + 100 * k, "Thường xuyên")]
    return out


@pytest.mark.parametrize("lines, dropped, band, expected", [
    # must read: the page's first row number, told by the one below, beside the edge's band; between two
    (_rows(["3", "4", "5"]), {0}, True, ["3"]),
    (_rows(["6", "7", "8"]), {3}, True, ["7"]),
    # must not: a number that does not count on; the band alone (nothing dropped); a number out of the column
    (_rows(["3", "9", "5"]), {3}, True, []),
    (_rows(["3", "4", "5"]), set(), True, []),
    (_rows(["3", "4"]) + [(300.0, 140.0, "5")], {6}, True, []),
])
def test_lone_number_beside_an_archive_edge(lines, dropped, band, expected):
    gray, words = _archive_page(lines, dropped, band=band)
    found = ocr.missed_text(gray, words, SCALE, "vie", 60.0)
    assert [w["text"] for w in found if w["text"].isdigit()] == expected


def test_edge_ink_is_no_text():
    import numpy as np
    rest = np.zeros((40, 60), dtype=bool)
    rest[:, :3] = True          # a band down the left edge
    rest[10:20, 58:] = True     # ... a shadow at the right edge
    rest[:4, 20:30] = True      # ... and at the top
    rest[15:25, 30:34] = True   # a glyph
    out = ocr.without_edge_ink(rest)
    assert out.sum() == 40 and out[15:25, 30:34].all()


@pytest.mark.parametrize("drawn, read, conf, expected", [
    # must read again: a short heading alone on its line read garbled at 0 (not a number)
    ("TT", "šlụ", 0.0, "TT"),
    ("STT", "Sĩl", 10.0, "STT"),
    # must not: read surely; a row code (digits); garbled but not alone on its line (below)
    ("TT", "šlụ", 90.0, "šlụ"),
    ("3", "$", 0.0, "3"),
])
def test_short_heading_alone_read_again(drawn, read, conf, expected):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", (1400, 300), 238)
    ImageDraw.Draw(im).text((100, 100), drawn, font=ImageFont.truetype(FONT, 50), fill=0)
    x0, y0, x1, y1 = ImageDraw.Draw(im).textbbox((100, 100), drawn, font=ImageFont.truetype(FONT, 50))
    w = {"text": read, "x0": x0 / SCALE, "x1": x1 / SCALE, "top": y0 / SCALE, "bottom": y1 / SCALE, "conf": conf}
    ocr._reread_codes(np.array(im), [[w]], {id(w): (x0, y0, x1, y1)}, SCALE, 120)
    assert w["text"] == expected


def test_garbled_word_beside_others_is_not_read_again_alone():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", (1400, 300), 238)
    font = ImageFont.truetype(FONT, 50)
    ImageDraw.Draw(im).text((100, 100), "TT", font=font, fill=0)
    ImageDraw.Draw(im).text((600, 100), "Nhiệm vụ", font=font, fill=0)
    a = ImageDraw.Draw(im).textbbox((100, 100), "TT", font=font)
    b = ImageDraw.Draw(im).textbbox((600, 100), "Nhiệm vụ", font=font)
    w = {"text": "šlụ", "x0": a[0] / SCALE, "x1": a[2] / SCALE, "top": a[1] / SCALE, "bottom": a[3] / SCALE, "conf": 0.0}
    n = {"text": "Nhiệm", "x0": b[0] / SCALE, "x1": b[2] / SCALE, "top": a[1] / SCALE, "bottom": a[3] / SCALE, "conf": 95.0}
    ocr._reread_codes(np.array(im), [[w, n]], {id(w): a, id(n): b}, SCALE, 120)
    assert w["text"] == "šlụ"


# A seal stamped over the end of the body's last paragraph as well as the signer's block (an archive's scan of an HTML
# print: the ring over "... hội viên tham gia ..."): the page's reading ran the paragraph's two lines into one
# ("6. Đề vân, Ủy ban Mặt trận Tổ quốc Việt Nam nh và ..."), and the seal's box, read again as the signer's block, cut
# them at its left edge: two partners lost. A line running across the seal's box (ocr._runs_across) is the body's;
# its paragraph's rows are read again across its width from the page without the red (ocr._reread_body_over_seal).
def _boxed(spans: list[tuple[int, int]]) -> tuple[list[dict], dict]:
    line = [{"text": f"w{k}", "x0": a / SCALE, "x1": b / SCALE, "top": 0.0, "bottom": 10.0, "conf": 90.0}
            for k, (a, b) in enumerate(spans)]
    return line, {id(w): (a, 100, b, 140) for w, (a, b) in zip(line, spans)}


@pytest.mark.parametrize("spans, runs", [
    # must: words from left of the box (x 1000) to right of the seal (x 1500), gaps narrower than a column's (100 px)
    ([(200, 400), (420, 900), (950, 1300), (1320, 1700)], True),
    ([(900, 1100), (1150, 1600)], True),
    # must not: a column's gap inside (the recipients' line, then the signer's title); not reaching past the seal (a
    # recipient ending under it); starting inside the box (the signer's own line)
    ([(200, 600), (650, 950), (1200, 1700)], False),
    ([(200, 600), (650, 1200)], False),
    ([(1100, 1400), (1420, 1700)], False),
])
def test_line_running_across_a_seal(spans, runs):
    line, boxes = _boxed(spans)
    assert ocr._runs_across(line, boxes, 1000, 1500, SCALE) is runs


def _paragraph_page(lines: list[str]):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", (2400, 900), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 50)
    tops = []
    for k, text in enumerate(lines):
        draw.text((100, 100 + 70 * k), text, font=font, fill=0)
        tops.append(draw.textbbox((100, 100 + 70 * k), text, font=font))
    return np.array(image), tops


def test_body_lines_over_a_seal_read_again():
    body = ["6. Đề nghị Ủy ban Mặt trận Tổ quốc huyện và các tổ chức chính trị - xã",
            "hội huyện vận động đoàn viên, hội viên tham gia các hoạt động."]
    sealless, bboxes = _paragraph_page(body + ["", "", "Nơi nhận:"])
    # the page's reading: the two lines run into one, words lost (their boxes the first line's)
    read = ["6.", "Đề", "vân,", "Ủy", "ban", "Mặt", "trận", "Tổ", "quốc", "nh", "và", "các", "tổ", "chức", "chính"]
    x0, y0, x1, y1 = bboxes[0]
    step = (x1 - x0) / len(read)
    line = [{"text": t, "x0": 0.0, "x1": 0.0, "top": 0.0, "bottom": 0.0, "conf": 60.0} for t in read]
    boxes = {id(w): (int(x0 + k * step), y0, int(x0 + (k + 1) * step) - 8, y1) for k, w in enumerate(line)}
    ink = {}
    gone, added, below = ocr._reread_body_over_seal(sealless, [line], boxes, ink, (900, y0, 1300, 800), SCALE,
                                                    "vie", 60.0)
    assert gone == {id(w) for w in line}
    assert [" ".join(w["text"] for w in row) for row in added] == body
    assert bboxes[1][3] <= below < bboxes[4][1]
    # must not: no line running across the seal's box (the box's left edge left of the line's start)
    gone, added, below = ocr._reread_body_over_seal(sealless, [line], boxes, ink, (50, y0, 1300, 800), SCALE,
                                                    "vie", 60.0)
    assert (gone, added, below) == (set(), [], 0)


# IMG20's left: a seal over the recipients' lines' ends and a footer, beside the signer's block (minhkhe
# scan-archive): the seal's place read again held its leftovers as signs standing alone between the recipients' column
# and the signer's ('“' at 60 or more, kept as sure), and the signer's block came out among the recipients' lines
# (three recipients lost). A sign only, a column's gap from any other word of its line read again, is no text
# (ocr._apart_signs), whatever its confidence.
def _row(spec: list[tuple[str, float, float]]) -> list[dict]:
    return [{"text": t, "x0": a, "x1": b, "top": 0.0, "bottom": 10.0, "conf": 90.0} for t, a, b in spec]


@pytest.mark.parametrize("spec, apart", [
    # must: a quote alone between two columns; a backquote alone on its line
    ([("“", 310.0, 314.0), ("KT.", 423.0, 440.0), ("CHỦ", 445.0, 470.0)], ["“"]),
    ([("`", 297.0, 299.0)], ["`"]),
    # must not: a sign beside a word (a dash before a recipient, a stroke before a title), a word, a number
    ([("-", 60.0, 64.0), ("UBND", 68.0, 100.0)], []),
    ([("_——", 392.9, 420.0), ("KT,CHỦTỊCH", 423.4, 500.0)], []),
    ([("TA", 229.7, 240.0)], []),
    ([("3", 229.7, 235.0)], []),
])
def test_signs_apart_under_a_seal(spec, apart):
    assert [w["text"] for w in ocr._apart_signs(_row(spec))] == apart
