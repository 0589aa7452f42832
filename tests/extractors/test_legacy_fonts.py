"""Word files whose header or signature is set in a legacy font (.VnTime, .VnTimeH,
VNI-Times) while the rest is Unicode: a template's parts kept from before Unicode. The
document as a whole reads as Unicode, so only the font tells which text to convert."""

from __future__ import annotations

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from extractors.formats.docx import read
from normalizers.legacy import font_encoding, from_font_code
from pipeline.process import process
from tests.conftest import docx_bytes, read_texts
from tests.extractors.test_probe_g_encodings import legacy


def code(text: str, encoding: str = "tcvn3") -> str:
    """Unicode text as a legacy font stores it (toned capitals in TCVN3 take the lower-case codes)."""
    return legacy(text, encoding).decode("cp1252")


FONTS = [  # (font name, encoding)
    (".VnTime", "tcvn3"), (".VnTimeH", "tcvn3"), (".VnArialH", "tcvn3"), ("ABCDEF+.VnTime", "tcvn3"),
    ("VNI-Times", "vni"), ("VNI-Helve", "vni"), ("VPS Times", "vps"),
    # must not: Unicode fonts, and names that only look alike
    ("Times New Roman", None), ("Arial", None), ("VnTime", None), ("Vni", None), ("", None), (None, None),
]


@pytest.mark.parametrize("font,encoding", FONTS)
def test_font_encoding(font, encoding):
    assert font_encoding(font) == encoding


RUNS = [  # (text as stored, encoding, Unicode)
    (code("Ban Chỉ đạo tỉnh Bình Thuận"), "tcvn3", "Ban Chỉ đạo tỉnh Bình Thuận"),
    (code("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN"), "tcvn3", "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN"),  # a capitals font (.VnTimeH)
    (code("Số: 54/KH-UBND"), "tcvn3", "Số: 54/KH-UBND"),
    (code("Nguyễn Thị Hồng Nhung", "vni"), "vni", "Nguyễn Thị Hồng Nhung"),
    # must not: a Unicode text later set in a legacy font keeps its letters
    ("Ủy ban nhân dân tỉnh Bình Thuận", "tcvn3", "Ủy ban nhân dân tỉnh Bình Thuận"),
    ("Phạm Văn Đức", "vni", "Phạm Văn Đức"),
    ("", "tcvn3", ""),
]


@pytest.mark.parametrize("stored,encoding,text", RUNS)
def test_from_font_code(stored, encoding, text):
    assert from_font_code(stored, encoding) == text


def _docx(build) -> bytes:
    d = docx.Document()
    build(d)
    return docx_bytes(d)


def _lines(data: bytes) -> list[str]:
    return read_texts(read(data, "plan.docx"))


def _header_table(d, font: str) -> None:
    t = d.add_table(rows=2, cols=2)
    cells = [("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC LINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
             ("Số: 54/KH-UBND", "Đức Linh, ngày 12 tháng 3 năm 2026")]
    # (a capitals font, .VnTimeH, draws every letter as a capital: the lines in small letters are
    # set in its body font, .VnTime, as old headers were)
    body_font = font[:-1] if font.endswith("H") else font
    for row, texts in zip(t.rows, cells):
        for cell, text in zip(row.cells, texts):
            for k, line in enumerate(text.split("\n")):
                run = cell.paragraphs[0].add_run(code(line))
                run.font.name = font if line.isupper() else body_font
                if k < text.count("\n"):
                    run.add_break()


def test_a_header_table_in_a_legacy_font_is_converted_the_unicode_body_is_not():
    def build(d):
        _header_table(d, ".VnTimeH")
        d.add_paragraph("Phấn đấu đến năm 2026, 80% hợp tác xã hoạt động có hiệu quả; Hòa Bình, Lý Sơn.")
    lines = _lines(_docx(build))
    assert "Số: 54/KH-UBND" in lines and "Đức Linh, ngày 12 tháng 3 năm 2026" in lines
    assert any(line.startswith("ỦY BAN NHÂN DÂN") for line in lines)
    assert "Phấn đấu đến năm 2026, 80% hợp tác xã hoạt động có hiệu quả; Hòa Bình, Lý Sơn." in lines


def test_a_word_split_over_runs_is_converted_whole():
    def build(d):
        p = d.add_paragraph()
        for piece in ("ñ", "Y BAN NH", "¢N D¢N"):  # "ỦY BAN NHÂN DÂN" in .VnTimeH, cut by Word's runs
            p.add_run(piece).font.name = ".VnTimeH"
        d.add_paragraph("Kế hoạch phát triển nông nghiệp")
    assert _lines(_docx(build))[0] == "ỦY BAN NHÂN DÂN"


def test_the_font_comes_from_the_paragraph_style_or_the_character_style():
    def build(d):
        header = d.styles.add_style("Tieu de cu", WD_STYLE_TYPE.PARAGRAPH)
        header.font.name = ".VnTime"
        sign = d.styles.add_style("Ky ten", WD_STYLE_TYPE.CHARACTER)
        sign.font.name = "VNI-Times"
        d.add_paragraph(code("Kế hoạch thực hiện năm 2026"), style="Tieu de cu")
        d.add_paragraph().add_run(code("Trần Thị Mỹ Dung", "vni"), style="Ky ten")
        # a run's own Unicode font wins over its paragraph's legacy style
        p = d.add_paragraph(style="Tieu de cu")
        p.add_run("Tổ chức thực hiện").font.name = "Times New Roman"
    assert _lines(_docx(build)) == ["Kế hoạch thực hiện năm 2026", "Trần Thị Mỹ Dung", "Tổ chức thực hiện"]


def test_the_document_default_font():
    def build(d):
        defaults = d.styles.element.find(qn("w:docDefaults"))
        fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
        for key in ("w:ascii", "w:hAnsi"):
            fonts.set(qn(key), ".VnTime")
        for key in ("w:asciiTheme", "w:hAnsiTheme"):
            fonts.attrib.pop(qn(key), None)
        d.styles["Normal"].element.get_or_add_rPr()  # no font of its own: the default applies
        d.add_paragraph(code("Căn cứ Luật Tổ chức chính quyền địa phương"))
        d.add_paragraph().add_run("Mục tiêu chung của kế hoạch").font.name = "Arial"
    assert _lines(_docx(build)) == ["Căn cứ Luật Tổ chức chính quyền địa phương", "Mục tiêu chung của kế hoạch"]


def test_a_document_with_no_legacy_font_is_read_as_before():
    def build(d):
        d.add_paragraph("Uû ban nh©n d©n")  # looks like TCVN3 but no font says so: left to the whole-document check
        d.add_paragraph("Hòa Bình, ngày 5 tháng 3 năm 2026").runs[0].font.name = "Times New Roman"
    raw = read(_docx(build), "plan.docx")
    assert [b.text for b in raw.blocks] == ["Uû ban nh©n d©n", "Hòa Bình, ngày 5 tháng 3 năm 2026"]
    assert not raw.issues


def test_a_plan_with_a_legacy_font_header_gets_its_header_fields():
    def build(d):
        _header_table(d, ".VnTimeH")
        d.add_paragraph().add_run(code("KẾ HOẠCH")).font.name = ".VnTimeH"
        for line in ("Phát triển kinh tế tập thể trên địa bàn huyện năm 2026",
                     "Căn cứ Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ phê duyệt Chương "
                     "trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025;",
                     "I. MỤC TIÊU", "Phấn đấu đến cuối năm 2026, 80% hợp tác xã hoạt động có hiệu quả."):
            d.add_paragraph(line)
        for line in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hải"):
            d.add_paragraph().add_run(code(line)).font.name = ".VnTimeH" if line.isupper() else ".VnTime"
    record = process("plan.docx", _docx(build)).record
    assert record.issuer.name == "Ủy ban nhân dân huyện Đức Linh"
    assert record.number == "54/KH-UBND" and str(record.issued_date) == "2026-03-12"
    assert record.signer.name == "Nguyễn Văn Hải"
    assert "text.legacy_font_converted" in {q.code for q in record.quality.issues}


# HTML: <font face=".VnTime">, style="font-family: ..." -----------------------------------

def _html_lines(html: str) -> tuple[list[str], list[str]]:
    from extractors.formats.html import read as read_html
    raw = read_html(html.encode("utf-8"), "page.html")
    return read_texts(raw), [i["code"] for i in raw.issues]


HTML_CASES = [  # (page body, lines it must read as, converted?)
    (f'<p><font face=".VnTimeH">{code("ỦY BAN NHÂN DÂN")}<br>{code("TỈNH BÌNH THUẬN")}</font></p>'
     '<p>Phấn đấu đến năm 2026, Hòa Bình.</p>',
     ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN", "Phấn đấu đến năm 2026, Hòa Bình."], True),
    (f"""<p style="font-size:13pt; font-family: '.VnTime', serif"><b>{code("Số: 54/KH-UBND")}</b></p>""",
     ["Số: 54/KH-UBND"], True),
    # the font is inherited, and a child in a Unicode font is not converted; a tail keeps its parent's font
    (f'<div style="font-family:VNI-Times"><p>{code("Trần Thị Mỹ Dung", "vni")}</p>'
     '<p><span style="font-family:Arial">Tổ chức thực hiện</span></p></div>'
     f'<p><span style="font-family:.VnTime">{code("Căn cứ")}</span> Luật Ngân sách</p>',
     ["Trần Thị Mỹ Dung", "Tổ chức thực hiện", "Căn cứ Luật Ngân sách"], True),
    # Word's "Save as web page" quotes the family inside the style
    (f"""<p class=MsoNormal><span style='font-size:14.0pt;font-family:".VnTimeH"'>{code("KẾ HOẠCH")}</span></p>""",
     ["KẾ HOẠCH"], True),
    # a style sheet's class or tag (Word's web page: its Normal style in .VnTime, a Unicode run in a span)
    ('<style>p.MsoNormal, li.MsoNormal {margin:0cm; font-size:13.0pt; font-family:".VnTime"}\n'
     '.tieude {font-family: ".VnTimeH", serif}</style>'
     f'<p class=MsoNormal>{code("Căn cứ Luật Ngân sách")}</p><p class="tieude x">{code("KẾ HOẠCH")}</p>'
     '<p class=MsoNormal><span style="font-family:Times New Roman">Sở Tài chính chủ trì</span></p>',
     ["Căn cứ Luật Ngân sách", "KẾ HOẠCH", "Sở Tài chính chủ trì"], True),
    ('<style>body {font-family: VNI-Times}</style>'
     f'<div><p>{code("Trần Thị Mỹ Dung", "vni")}</p></div>', ["Trần Thị Mỹ Dung"], True),
    # must not: a rule with a descendant selector is not read; Unicode text in a legacy font stays;
    # no legacy font named, nothing converted here
    ('<style>div p {font-family: .VnTime}</style><div><p>Uû ban nh©n d©n</p></div>', ["Uû ban nh©n d©n"], False),
    ('<p><font face=".VnTime">Ủy ban nhân dân tỉnh Bình Thuận</font></p>', ["Ủy ban nhân dân tỉnh Bình Thuận"], False),
    ('<p style="font-family: Times New Roman">Hòa Bình, ngày 5 tháng 3 năm 2026</p><p>Uû ban nh©n d©n</p>',
     ["Hòa Bình, ngày 5 tháng 3 năm 2026", "Uû ban nh©n d©n"], False),
]


@pytest.mark.parametrize("body,lines,converted", HTML_CASES)
def test_html_text_in_a_legacy_font(body, lines, converted):
    got, issues = _html_lines(f"<html><body>{body}</body></html>")
    assert got == lines
    assert ("text.legacy_font_converted" in issues) == converted


# PDF characters ------------------------------------------------------------------------------

def _chars(text: str, font: str) -> list[dict]:
    return [{"text": ch, "x0": 5.0 * i, "x1": 5.0 * i + 4, "top": 10.0, "bottom": 20.0, "fontname": font}
            for i, ch in enumerate(text)]


PDF_CHARS = [  # (Unicode text, encoding it is stored in or None for Unicode, font, text read, changed)
    ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "tcvn3", "ABCDEF+.VnTimeH", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", True),
    ("KẾ HOẠCH", "tcvn3", ".VnTimeH,Bold", "KẾ HOẠCH", True),
    ("Số: 54/KH-UBND ngày 12 tháng 3 năm 2026", "tcvn3", "GHIJKL+.VnTime", "Số: 54/KH-UBND ngày 12 tháng 3 năm 2026", True),
    ("Nguyễn Thị Thủy", "vni", "VNI-Times", "Nguyễn Thị Thủy", True),  # a letter and its mark: one character
    # must not: Unicode text in a legacy font; a Unicode font; a regular .VnTime is not a capitals font
    ("Ủy ban nhân dân tỉnh", None, ".VnTime", "Ủy ban nhân dân tỉnh", False),
    ("Hòa Bình, ngày 5 tháng 3", None, "TimesNewRomanPSMT", "Hòa Bình, ngày 5 tháng 3", False),
    ("Phấn đấu đạt", "tcvn3", ".VnTime", "Phấn đấu đạt", True),
]


@pytest.mark.parametrize("text,encoding,font,read_as,changed", PDF_CHARS)
def test_pdf_characters_in_a_legacy_font(text, encoding, font, read_as, changed):
    from normalizers.legacy import legacy_font_chars
    chars = _chars(code(text, encoding) if encoding else text, font)
    out, did = legacy_font_chars(chars)
    assert "".join(c["text"] for c in out) == read_as and did == changed
    assert all(c["x0"] < c["x1"] for c in out) and [c["x0"] for c in out] == sorted(c["x0"] for c in out)
    if not changed:
        assert out is chars


def test_pdf_characters_of_two_fonts_on_one_line():
    from normalizers.legacy import legacy_font_chars
    chars = _chars(code("Căn cứ"), ".VnTime") + _chars(" Luật Ngân sách", "Arial")
    out, did = legacy_font_chars(chars)
    assert did and "".join(c["text"] for c in out) == "Căn cứ Luật Ngân sách"


def _pdf_with_a_legacy_header() -> bytes:
    """A page whose header is drawn in .VnTimeH and .VnTime (TrueType, WinAnsi codes, as
    Word wrote them), its body in Helvetica."""
    from tests.renditions.fontpdf import _write_pdf

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    header = [("ỦY BAN NHÂN DÂN", "F2", 70, 800), ("TỈNH BẮC KẠN", "F2", 85, 785), ("Số: 54/KH-UBND", "F3", 80, 765),
              ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "F2", 300, 800), ("Độc lập - Tự do - Hạnh phúc", "F3", 340, 785),
              ("Bắc Kạn, ngày 12 tháng 3 năm 2026", "F3", 330, 765), ("KẾ HOẠCH", "F2", 270, 730)]
    body = ["Phat trien kinh te tap the nam 2026",
            "Can cu Quyet dinh so 1804/QD-TTg ngay 13/11/2020 cua Thu tuong Chinh phu;",
            "I. MUC TIEU", "Phan dau den cuoi nam 2026, 80% hop tac xa hoat dong co hieu qua."] * 3
    ops = [f"BT /{font} 12 Tf {x} {y} Td ({esc(code(text))}) Tj ET" for text, font, x, y in header]
    ops.append("BT /F1 12 Tf 56 700 Td 18 TL " + " ".join(f"({esc(line)}) Tj T*" for line in body) + " ET")
    content = "\n".join(ops).encode("latin-1")

    def font(name: bytes, descriptor: int) -> bytes:
        return (b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /Encoding /WinAnsiEncoding /FirstChar 32 "
                b"/LastChar 255 /Widths [%s] /FontDescriptor %d 0 R >>" % (name, b" ".join([b"560"] * 224), descriptor))

    def descriptor(name: bytes) -> bytes:
        return (b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-166 -225 1000 931] /ItalicAngle 0 "
                b"/Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>" % name)
    return _write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontDescriptor 8 0 R >>",
        font(b"ABCDEF+.VnTimeH", 9), font(b".VnTime", 10),
        descriptor(b"Helvetica"), descriptor(b"ABCDEF+.VnTimeH"), descriptor(b".VnTime")])


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_pdf_whose_header_is_drawn_in_legacy_fonts(reader, monkeypatch):
    from extractors.formats import pdf as pdf_reader
    if reader == "pdfplumber":  # a page PDFium cannot vouch for: pdfplumber's characters
        monkeypatch.setattr(pdf_reader, "_pdfium_page", lambda page, *args: None)
    out = process("plan.pdf", _pdf_with_a_legacy_header())
    record = out.record
    assert out.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 54/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert record.issuer.name == "Ủy ban nhân dân tỉnh Bắc Kạn"
    assert record.number == "54/KH-UBND" and str(record.issued_date) == "2026-03-12"
    assert "Phat trien kinh te tap the nam 2026" in out.text  # the body's own font: as written
    assert "text.legacy_font_converted" in {q.code for q in record.quality.issues}


def test_a_unicode_document_that_kept_a_legacy_font_name_is_left_alone():
    # an old template's default font (.VnTime) on a machine without it: the text is Unicode,
    # shown in another font; its short pieces with no letter only Unicode writes stay as written,
    # while a header really typed in the capitals font (.VnTimeH) is converted
    def build(d):
        d.styles["Normal"].font.name = ".VnTime"
        d.add_paragraph().add_run(code("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG")).font.name = ".VnTimeH"
        for short in ("Kiên Giang", "Tây Ninh", "Phú Yên, Hòa Bình"):
            d.add_paragraph().add_run(short).font.name = ".VnTime"
        # (in the Normal style's font, .VnTime: a paragraph that names no style takes its default style's)
        d.add_paragraph("Phấn đấu đến năm 2026, 80% hợp tác xã hoạt động có hiệu quả; thành lập mới 12 hợp tác xã.")
    assert _lines(_docx(build)) == ["ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "Kiên Giang", "Tây Ninh", "Phú Yên, Hòa Bình",
                                    "Phấn đấu đến năm 2026, 80% hợp tác xã hoạt động có hiệu quả; thành lập mới 12 hợp tác xã."]


def test_a_unicode_page_that_kept_a_legacy_font_name_is_left_alone():
    lines, issues = _html_lines(
        '<html><body style="font-family: .VnTime"><p>Kiên Giang</p><p>Tây Ninh</p>'
        '<p>Phấn đấu đến năm 2026, 80% hợp tác xã hoạt động có hiệu quả.</p>'
        f'<p><font face=".VnTimeH">{code("KẾ HOẠCH")}</font></p></body></html>')
    assert lines == ["Kiên Giang", "Tây Ninh", "Phấn đấu đến năm 2026, 80% hợp tác xã hoạt động có hiệu quả.", "KẾ HOẠCH"]
    assert "text.legacy_font_converted" in issues


LEGACY_BY_FONT = [  # (texts of one font over a document, whether it is in its legacy code)
    ([code("Ủy ban nhân dân"), code("Số: 12/KH-UBND")], True),
    (["Kiên Giang", "Tây Ninh"], True),  # alone, short Unicode pieces cannot be told from a code (the page decides)
    (["Kiên Giang", "Tây Ninh", "Phấn đấu đến năm 2026 đạt 80%"], False),
    (["Ủy ban nhân dân tỉnh"], False),
]


@pytest.mark.parametrize("texts,legacy", LEGACY_BY_FONT)
def test_a_font_is_legacy_by_its_text_over_the_document(texts, legacy):
    from normalizers.legacy import legacy_fonts
    assert legacy_fonts({".VnTime": texts, "Times New Roman": texts}) == ({".VnTime"} if legacy else set())
