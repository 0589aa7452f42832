"""Round L7: old archives' shapes (tests/renditions/legacy.py measures them on whole documents).

- A TCVN3 capitals font (.VnTimeH, .VnArialH) draws every code as a capital: its lines were
  typed as small letters ("céng hßa" shown "CỘNG HÒA"); a Word file's and a web page's runs in it
  are read in capitals, as a PDF's characters already were.
- A PDF's font as PDFium names it: its PostScript name, the family's dot dropped and its style
  added ("VnTimeH-Regular").
- A Unicode header pasted over a TCVN3 body (or a Unicode line in an old text): the document is
  converted cell by cell (a line, or its part between tabs), its Unicode cells kept.
- A scanned document pasted into Word a picture a page: its pictures are read by OCR when the
  typed text is too little to be the document; a logo, a seal or a signature in a typed
  document is never read.
"""

from __future__ import annotations

import io

import pytest

from extractors.formats import docx as docx_reader
from extractors.formats.base import read
from normalizers.legacy import capitals_font, font_encoding, to_unicode


def _word(runs: list[tuple[str, str]], pictures: list[tuple[bytes, float, float]] = (), extra: list[str] = ()) -> bytes:
    """A Word file of one paragraph a (text, font) run, then `extra` Unicode paragraphs, then
    one paragraph a (png, width cm, height cm) picture."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    for text, font in runs:
        d.add_paragraph().add_run(text).font.name = font
    for text in extra:
        d.add_paragraph(text)
    for png, width, height in pictures:
        d.add_paragraph().add_run().add_picture(io.BytesIO(png), width=Cm(width), height=Cm(height))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _texts(data: bytes, name: str = "plan.docx") -> list[str]:
    return [b.text for b in read(data, name).blocks if b.text]


# -- a capitals font draws capitals --------------------------------------------------------------

CAPITALS = [
    # (codes, font, what is shown)
    ("céng hßa x· héi chñ nghÜa viÖt nam", ".VnTimeH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("kÕ ho¹ch", ".VnArialH", "KẾ HOẠCH"),
    ("ñy ban nh©n d©n huyÖn t©n k×", ".VnTimeH", "ỦY BAN NHÂN DÂN HUYỆN TÂN KÌ"),
    ("CéNG HßA x· héi", ".VnTimeH", "CỘNG HÒA XÃ HỘI"),  # (caps lock on for the plain letters)
]
NOT_CAPITALS = [
    # a body font keeps its small letters; a Unicode font is not converted at all
    ("kÕ ho¹ch ph¸t triÓn n«ng nghiÖp", ".VnTime", "kế hoạch phát triển nông nghiệp"),
    ("Kế hoạch phát triển nông nghiệp", "Times New Roman", "Kế hoạch phát triển nông nghiệp"),
]


@pytest.mark.parametrize("codes, font, shown", CAPITALS + NOT_CAPITALS)
def test_a_capitals_font_is_read_in_capitals_in_a_word_file(codes, font, shown):
    data = _word([(codes, font), ("Ph¸t triÓn kinh tÕ tËp thÓ n¨m 2026", ".VnTime")])
    assert _texts(data)[0] == shown


@pytest.mark.parametrize("codes, font, shown", CAPITALS + NOT_CAPITALS[:1])
def test_a_capitals_font_is_read_in_capitals_in_a_web_page(codes, font, shown):
    page = (f'<html><head><meta charset="windows-1252"></head><body><p><font face="{font}">{codes}</font></p>'
            '<p><font face=".VnTime">Ph¸t triÓn kinh tÕ tËp thÓ n¨m 2026</font></p></body></html>')
    assert _texts(page.encode("cp1252"), "plan.html")[0] == shown


@pytest.mark.parametrize("font, encoding, capitals", [
    (".VnTimeH", "tcvn3", True), ("ABCDEF+.VnArialH,Bold", "tcvn3", True), (".VnTimeH-Italic", "tcvn3", True),
    (".VnTime", "tcvn3", False), ("ABCDEF+.VnTime,Bold", "tcvn3", False),
    # a PDF's PostScript name as PDFium gives it: the dot dropped, the style added
    ("VnTimeH-Regular", "tcvn3", True), ("VnTime-Bold", "tcvn3", False), ("BAAAAA+VnArialH-Italic", "tcvn3", True),
    # must not: a VNI font, Unicode fonts, names that only look alike
    ("VNI-Times", "vni", False), ("Times New Roman", None, False), ("ArialH", None, False), ("VnTime", None, False),
    ("Vnexpress-Bold", None, False), ("Verdana-Bold", None, False), (None, None, False),
])
def test_a_legacy_font_and_a_capitals_font_by_their_names(font, encoding, capitals):
    assert font_encoding(font) == encoding
    assert capitals_font(font) is capitals


# -- a Unicode header over a TCVN3 body ----------------------------------------------------------

MIXED = [
    # (text, converted): the Unicode cells kept, the legacy ones converted
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐÔNG HẢI\tĐộc lập - Tự do - Hạnh phúc\n"
     "Uû ban nh©n d©n tØnh giao Së Tµi chÝnh",
     "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐÔNG HẢI\tĐộc lập - Tự do - Hạnh phúc\n"
     "Ủy ban nhân dân tỉnh giao Sở Tài chính"),
    ("Tân Phú, ngày 3 tháng 5 năm 2009\nPh¸t triÓn c©y l\xad¬ng thùc",
     "Tân Phú, ngày 3 tháng 5 năm 2009\nPhát triển cây lương thực"),
    ("CỘNG HÒA XÃ HỘI\nSè: 12/KH-UBND\tBình Lâm, ngày 2 tháng 3",
     "CỘNG HÒA XÃ HỘI\nSố: 12/KH-UBND\tBình Lâm, ngày 2 tháng 3"),
    # must not keep: TCVN3 cells whose codes are all Latin-1 letters Unicode Vietnamese uses too,
    # in words no Vietnamese syllable is spelt as ("Néi", "KIÓM", "LôC", toneless before a stop)
    ("CỘNG HÒA XÃ HỘI\n- Bé Néi vô (b/c);\nII. NéI DUNG KIÓM TRA\nPHô LôC",
     "CỘNG HÒA XÃ HỘI\n- Bộ Nội vụ (b/c);\nII. NỘI DUNG KIỂM TRA\nPHỤ LỤC"),
    ("CỘNG HÒA XÃ HỘI\n- Bé Y tÕ (b/c);", "CỘNG HÒA XÃ HỘI\n- Bộ Y tế (b/c);"),  # ("tÕ": a capital after a small letter)
    # a text with no Unicode letter at all: converted whole, as before
    ("Uû ban nh©n d©n\nKÕ ho¹ch", "Ủy ban nhân dân\nKế hoạch"),
]


@pytest.mark.parametrize("text, converted", MIXED)
def test_a_unicode_cell_in_a_legacy_text_is_kept(text, converted):
    assert to_unicode(text, "tcvn3") == converted


def test_a_text_file_with_a_unicode_header_over_a_tcvn3_body():
    body = "\n".join(["Uû ban nh©n d©n tØnh b×nh l©m", "KÕ ho¹ch ph¸t triÓn n«ng nghiÖp n¨m 2010"] * 12)
    text = f"ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{body}\n"
    lines = _texts(text.encode("utf-8"), "plan.txt")
    joined = "\n".join(lines)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in joined and "Độc lập - Tự do - Hạnh phúc" in joined
    assert "Kế hoạch phát triển nông nghiệp năm 2010" in joined


# -- scans pasted into Word ----------------------------------------------------------------------

def _page_png(lines: list[str], size=(1654, 2339), dpi=200) -> bytes:
    """A scanned page: black lines of text on white, at `dpi` (A4 by default)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    for k, line in enumerate(lines):
        draw.text((160, 200 + 90 * k), line, fill=0, font=font)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def _logo_png() -> bytes:
    return _page_png(["LOGO"], size=(300, 300))


@pytest.mark.parametrize("pictures, typed, read_by_ocr", [
    # a page-sized picture and a typed header: the picture is the document
    ([(16.0, 22.6)], ["ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"], True),
    ([(16.0, 22.6), (16.0, 22.6)], [], True),
    # must not: a logo, a seal or a signature beside typed text; a large picture (a map) in a typed document
    ([(2.5, 2.5)], ["ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"], False),
    ([(4.0, 3.0)], [], False),
    ([(16.0, 22.6)], ["Phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh năm 2026. " * 30], False),
])
def test_pictures_are_read_only_when_they_are_the_document(monkeypatch, pictures, typed, read_by_ocr):
    from extractors.formats import image
    from extractors.blocks import RawDocument

    calls = []
    monkeypatch.setattr(image, "read_pictures", lambda pics, options=None: calls.append(len(pics)) or RawDocument([]))
    png = _logo_png()
    data = _word([], [(png, w, h) for w, h in pictures], typed or ["Kế hoạch"])
    try:
        read(data, "plan.docx")
    except Exception:
        pass  # (no text at all when OCR gives nothing: that is the reader's error, not this test's)
    assert bool(calls) is read_by_ocr
    if read_by_ocr:
        assert calls == [len(pictures)]


def test_no_picture_costs_nothing(monkeypatch):
    """A typed document without a drawing is never parsed for pictures (a byte search)."""
    monkeypatch.setattr(docx_reader, "_page_pictures", lambda p: pytest.fail("looked for pictures"))
    assert _texts(_word([("Kế hoạch phát triển", "Times New Roman")])) == ["Kế hoạch phát triển"]


def test_a_scanned_page_pasted_into_word_is_read_by_ocr():
    page = _page_png(["KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2026", "I. MỤC TIÊU",
                      "Thu hút 12.000 lượt khách đến tham quan."])
    raw = read(_word([], [(page, 16.0, 22.6)], ["ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"]), "plan.docx")
    texts = [b.text for b in raw.blocks if b.text]
    assert texts[0] == "ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"  # (the typed header above the picture)
    assert any("KẾ HOẠCH" in t for t in texts) and any("lượt khách" in t for t in texts)
    assert any(b.location.get("ocr") for b in raw.blocks)
    assert "pdf.ocr_used" in {i["code"] for i in raw.issues}


# -- a TCVN3 table in a Unicode text -------------------------------------------------------------

LEGACY_LINES = [
    # (line, in legacy codes)
    ("1\tRµ so¸t, hÖ thèng hãa v¨n b¶n\tSë T ph¸p\tQuý IV/2025", True),
    ("STT\tNéi dung nhiÖm vô\tC¬ quan chñ tr×\tC¬ quan phèi hîp", True),
    ("I. NHãM NHIÖM Vô VÒ C¶I C¸CH THÓ CHÕ", True),
    # must not: Unicode lines with Latin-1 letters only, signs, foreign words; a short legacy line alone
    ("CÔNG TÁC TIÊM PHÒNG, TIÊU ĐỘC", False),
    ("Tân Phú, Bình Lâm, Cà Mau, Bà Rịa", False),
    ("Abstract: © Provincial People's Committee. All rights reserved®.", False),
    ("A-01\tµg/l\tchỉ tiêu nước ©", False),
    ("Café Résumé naïve à la carte", False),
    ("Sè hé: 12", False),
]


@pytest.mark.parametrize("line, legacy", LEGACY_LINES)
def test_a_line_in_legacy_codes_in_a_unicode_text(line, legacy):
    from normalizers.legacy import legacy_line
    assert legacy_line(line) is legacy


def test_a_tcvn3_table_pasted_into_a_unicode_text_is_converted():
    from normalizers.legacy import detect_and_convert
    text = ("Phấn đấu đến năm 2026 hoàn thành các nhiệm vụ sau đây, theo bảng dưới:\n"
            "STT\tNéi dung nhiÖm vô\tC¬ quan chñ tr×\tC¬ quan phèi hîp\n"
            "1\tRµ so¸t, hÖ thèng hãa v¨n b¶n\tSë T\u00ad ph¸p\tC¸c së, ban, ngµnh\n"
            "Giao Sở Nội vụ theo dõi, đôn đốc; Café Résumé naïve à la carte.\n")
    converted, issues = detect_and_convert(text)
    assert converted.split("\n")[1:3] == ["STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp",
                                          "1\tRà soát, hệ thống hóa văn bản\tSở Tư pháp\tCác sở, ban, ngành"]
    assert converted.split("\n")[0] == text.split("\n")[0] and converted.split("\n")[3] == text.split("\n")[3]
    assert [i["code"] for i in issues] == ["text.legacy_encoding_converted"]


# -- a lifted circumflex read as a modifier letter ----------------------------------------------

def _read_lines(monkeypatch, lines: list[tuple[int, int, list[tuple[str, int, int, float]]]]) -> list[str]:
    """What tesseract_words keeps of a page read as lines of (top, height, words of (text, left,
    width, confidence)), pixels at 300 dpi."""
    import numpy as np

    from extractors.formats import ocr
    tsv = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, (top, height, words) in enumerate(lines, 1):
        tsv.append(f"4\t1\t1\t1\t{n}\t0\t100\t{top}\t2000\t{height}\t-1\t")
        for i, (word, left, width, conf) in enumerate(words, 1):
            tsv.append(f"5\t1\t1\t1\t{n}\t{i}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{word}")
    monkeypatch.setattr(ocr.tools, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr.tools, "run", lambda *a, **k: "\n".join(tsv).encode("utf-8"))
    return [w["text"] for w in ocr.tesseract_words(np.full((50, 50), 255, dtype=np.uint8), 300 / 72, "vie", 10)]


ISSUER = (100, 40, [("ỦY", 300, 60, 95.0), ("BAN", 380, 80, 95.0)])


@pytest.mark.parametrize("sign, left, kept", [
    # must drop: a circumflex or a tilde lifted off "ĐÔNG" onto a line of its own, read surely
    ("ˆ", 520, ["ỦY", "BAN", "TỈNH", "ĐÔNG"]),
    ("˜", 520, ["ỦY", "BAN", "TỈNH", "ĐÔNG"]),
    # must keep: a sign over no word, a letter
    ("ˆ", 1200, ["ỦY", "BAN", "ˆ", "TỈNH", "ĐÔNG"]),
    ("e", 520, ["ỦY", "BAN", "e", "TỈNH", "ĐÔNG"]),
])
def test_a_lifted_mark_read_as_a_modifier_letter_is_no_text(monkeypatch, sign, left, kept):
    lines = [ISSUER, (150, 40, [(sign, left, 12, 96.0)]),
             (195, 40, [("TỈNH", 300, 120, 95.0), ("ĐÔNG", 480, 150, 95.0)])]
    assert _read_lines(monkeypatch, lines) == kept


def test_pictures_ocr_cannot_read(monkeypatch):
    """OCR off or missing: the typed header with a warning; with nothing typed, OCR's own error."""
    from extractors.blocks import ReadError
    from extractors.formats import image

    def unreadable(pictures, options=None):
        raise ReadError("OCR is off (--ocr never)")
    monkeypatch.setattr(image, "read_pictures", unreadable)
    page = [(_logo_png(), 16.0, 22.6)]
    raw = read(_word([], page, ["ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"]), "plan.docx")
    assert [b.text for b in raw.blocks] == ["ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"]
    assert "docx.pictures_unread" in {i["code"] for i in raw.issues}
    with pytest.raises(ReadError, match="OCR is off"):
        read(_word([], page, []), "plan.docx")
