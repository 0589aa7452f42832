"""Metamorphic check: the documents of the scored sets, edited in ways that keep what they
say (decomposed Unicode, Windows line ends, old tone placement, other list labels, agencies
in capitals, other agencies in text and gold alike, Word's automatic numbering, no blank line
between blocks, a text file put in a web page in a <pre> or line by line ...), each
edit's micro F1 beside the unedited documents'. A drop names a shape of real documents the
rules do not hold for yet; find which documents and groups with --verbose.

    python -m tests.metamorphic OUT [--edits a,b,...] [--verbose]

Sets: the sample corpus (data/raw, gold in ../shared/gold), the dev set (../shared/dev) and
the invented documents (tests/invented), those present. Needs ../shared/eval/score.py. Text
edits apply to .txt/.md/.html files, byte edits to .docx; swaps replace the same words in
the text and in the gold (files with space-aligned tables are left out of swaps: a longer
name would shift their columns).
"""

from __future__ import annotations

import argparse
import copy
import functools
import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path
from typing import Callable

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = [(ROOT / "data" / "raw", SHARED / "gold", "sample"), (SHARED / "dev" / "raw", SHARED / "dev" / "gold", "dev"),
        (ROOT / "tests" / "invented" / "raw", ROOT / "tests" / "invented" / "gold", "invented")]
TEXT = {".txt", ".md", ".html"}
PLAIN = {".txt", ".md"}
MARKS = "\u0300\u0301\u0309\u0303\u0323"


def old_tones(t: str) -> str:
    t = unicodedata.normalize("NFD", t)
    t = re.sub(rf"(?<![qQ])([oO])([{MARKS}])([aAeE])(?![\w\u0300-\u036f])", r"\1\3\2", t)
    t = re.sub(rf"(?<![qQ])([uU])([{MARKS}])([yY])(?![\w\u0300-\u036f])", r"\1\3\2", t)
    return unicodedata.normalize("NFC", t)


def subs(*pairs: tuple[str, str]) -> Callable[[str], str]:
    def run(t: str) -> str:
        for a, b in pairs:
            t = re.sub(a, b, t)
        return t
    return run


def _numbered_upper(t: str) -> str:
    return re.sub(r"(?m)^(\d+\.\s+)([A-ZĐÀ-Ỹ][^\n:.;]{3,60})$", lambda m: m.group(1) + m.group(2).upper(), t)


def _amount(text: str) -> int | None:
    """'1.200' -> 1200, '2,5' -> None (a decimal: left as it is)."""
    return int(text.replace(".", "")) if re.fullmatch(r"\d{1,3}(?:\.\d{3})*", text) else None


def _in_unit(factor: int, unit: str) -> Callable[[re.Match], str]:
    def sub(m: re.Match) -> str:
        n = _amount(m.group(1))
        return m.group(0) if n is None else f"{n * factor:,}".replace(",", ".") + f" {unit}"
    return sub


def _in_billions(m: re.Match) -> str:
    """'67.400 triệu đồng' -> '67,4 tỷ đồng' (amounts under a billion left as they are)."""
    n = _amount(m.group(1))
    if n is None or n < 1000:
        return m.group(0)
    whole, part = divmod(n, 1000)
    return f"{whole:,}".replace(",", ".") + (f",{part:03d}".rstrip("0") if part else "") + " tỷ đồng"


_LABEL_START = r"(?m)^(\s*(?:#+\s*|\*\*)?)"
# name -> (extensions, edit of the decoded text)
TEXT_EDITS: dict[str, tuple[set[str], Callable[[str], str]]] = {
    "none": (TEXT, lambda t: t),
    "nfd": (TEXT, lambda t: unicodedata.normalize("NFD", t)),
    "crlf": (TEXT, lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n")),
    "old_tones": (TEXT, old_tones),
    "eth": (TEXT, lambda t: t.replace("Đ", "Ð")),
    "en_dash": (TEXT, lambda t: t.replace(" - ", " – ")),
    "percent_space": (TEXT, subs((r"(?<=\d)%", " %"))),
    "date_numeric": (TEXT, subs((r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", r"ngày \1/\2/\3"))),
    "number_spaced": (TEXT, subs((r"Số: ?(\d+)/", r"Số: \1 /"))),
    "bom": (TEXT, lambda t: "\ufeff" + t),  # a Windows editor's byte order mark
    # zero-width spaces a web page's text carries (an editor's word joins, a copy from a browser)
    "zero_width": (PLAIN, lambda t: re.sub(r"(?<=\S) (?=\S)", lambda m: " \u200b" if m.start() % 7 == 0 else " ", t)),
    "html_zero_width": ({".html"}, subs((r"(?<=>)[^<>]+", lambda m: re.sub(
        r"(?<=\S) (?=\S)", lambda n: " \u200b" if n.start() % 7 == 0 else " ", m.group(0))))),
    "trailing_spaces": (PLAIN, subs((r"(?m)(?<=\S)$", "   "))),
    "nbsp": (PLAIN, lambda t: re.sub(r"(?<=\S) (?=\S)", lambda m: "\u00a0" if m.start() % 3 == 0 else " ", t)),
    "plus_bullets": (PLAIN, subs((r"(?m)^(\s*)- ", r"\1+ "))),
    "arabic_slash": (PLAIN, subs((_LABEL_START + r"(\d{1,2})\. (?=\S)", r"\1\2/ "))),
    "arabic_dash": (PLAIN, subs((_LABEL_START + r"(\d{1,2})\. (?=\S)", r"\1\2- "))),
    "arabic_paren": (PLAIN, subs((_LABEL_START + r"(\d{1,2})\. (?=\S)", r"\1\2) "))),
    "letter_slash": (PLAIN, subs((r"(?m)^(\s*(?:\*\*)?)([a-zđ])\) (?=\S)", r"\1\2/ "))),
    "letter_dot": (PLAIN, subs((r"(?m)^(\s*(?:\*\*)?)([a-zđ])\) (?=\S)", r"\1\2. "))),
    "roman_dash": (PLAIN, subs((_LABEL_START + r"([IVX]{1,4})\. (?=\S)", r"\1\2- "))),
    "numbered_upper": (PLAIN, _numbered_upper),
    "amounts_in_thousands": (TEXT, subs((r"(?<![\d.,])(\d[\d.]*) triệu đồng", _in_unit(1000, "nghìn đồng")))),
    "amounts_in_dong": (TEXT, subs((r"(?<![\d.,])(\d[\d.]*) triệu đồng", _in_unit(1_000_000, "đồng")))),
    "role_labels": (TEXT, subs((r"Cơ quan chủ trì(?: thực hiện)?:", "Đơn vị chủ trì:"),
                               (r"Cơ quan phối hợp(?: thực hiện)?:", "Đơn vị phối hợp:"))),
    "signed": (PLAIN, subs((r"(?m)^(\s*(?:\*\*)?(?:PHÓ )?(?:CHỦ TỊCH|GIÁM ĐỐC)(?:\*\*)?\s*)$", r"\1\n(Đã ký)"))),
    "md_bold_headings": ({".md"}, subs((r"(?m)^#{1,6}\s+(.+?)\s*$", r"**\1**"))),
    "html_div": ({".html"}, subs((r"<(/?)p(?=[\s>])", r"<\1div"))),
    "html_br": ({".html"}, subs((r"</p>\s*<p(?:\s[^>]*)?>", "<br>\n"))),
    # an old portal's page laid out in a table: the whole body in one cell
    "html_in_table": ({".html"}, subs((r"(<body[^>]*>)", r"\1<table width='100%'><tr><td>"), (r"(</body>)", r"</td></tr></table>\1"))),
    # paragraphs indented with no-break spaces, as a portal's editor types them
    "html_nbsp_indent": ({".html"}, subs((r"(<p(?:\s[^>]*)?>)(?=\s*[^<\s])", r"\1&nbsp;&nbsp;&nbsp;&nbsp; "))),
    # Word's HTML: each run of words in a styled span
    "html_spans": ({".html"}, subs((r"(?<=>)([^<>]{2,}?)(?=<)", lambda m: "".join(
        f"<span style='font-size:14.0pt;font-family:\"Times New Roman\"'>{w}</span>" if w.strip() else w
        for w in re.split(r"(\s+)", m.group(1)))))),
    # ... and cut into spans anywhere, inside words too ("CỘNG H<span>ÒA XÃ</span>"), the document's header table's too
    "html_spans_in_words": ({".html"}, subs((r"(?<=>)([^<>]{2,}?)(?=<)", lambda m: "".join(
        f"<span lang=VI>{''.join(piece)}</span>" for piece in _fives(re.findall(r"&#?\w+;|.", m.group(1), re.S)))))),
    "ubnd_short": ({".md", ".html"}, subs((r"Ủy ban nhân dân (?=[a-zđà-ỹ])", "UBND "))),
    "endash_bullets": (PLAIN, subs((r"(?m)^(\s*)- ", "\\1– "))),
    "dot_bullets": (PLAIN, subs((r"(?m)^(\s*)- ", "\\1• "))),
    "double_spaces": (PLAIN, lambda t: "\n".join(line if "  " in line else re.sub(
        r"(?<=\S) (?=\S)", lambda m: "  " if m.start() % 4 == 0 else " ", line) for line in t.split("\n"))),
    "amounts_in_billions": (TEXT, subs((r"(?<![\d.,])(\d[\d.]*) triệu đồng", _in_billions))),
    "date_dash": (TEXT, subs((r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", r"ngày \1-\2-\3"))),
    "tab_indent": ({".txt"}, subs((r"(?m)^(?=\S)", "\t"))),
    # a Word list's bullets as pdftotext gives them from the Symbol and Wingdings fonts (private use)
    "pua_bullets": (PLAIN, subs((r"(?m)^(\s*)- ", "\\1\uf0b7 "), (r"(?m)^(\s*)\+ ", "\\1\uf0a7 "))),
    "number_no_colon": (TEXT, subs((r"Số: ?(?=\d)", "Số "))),  # "Số 27/KH-UBND", as a Party's documents write it
    # a Markdown writer that makes every numbered heading an ATX heading: "### I. MỤC TIÊU", "#### 1. Mục tiêu chung"
    # (a heading in bold on one line, or plain: not one whose bold runs over two lines)
    "md_atx_numbered": ({".md"}, subs((r"(?m)^(\*\*)?([IVX]{1,4}\. [^\n*]+?)(?(1)\*\*)\s*$", r"### \2"),
                                     (r"(?m)^(\*\*)?(\d{1,2}\. [^\n*]{3,60}?)(?(1)\*\*)\s*$", r"#### \2"))),
    # a page's CSS that shows headings in capitals: the text holds them as typed ("I. Mục tiêu")
    "headings_sentence_case": (PLAIN, lambda t: re.sub(r"(?m)^(\s*(?:#+\s*|\*\*)?[IVX]{1,4}\.\s+)([^\n]+)$",
                                                      lambda m: m.group(1) + _sentence(m.group(2)), t)),
    # prose wrapped at a width (an e-mail, a text editor's hard wrap); table rows (tabs, pipes) as they are
    "hard_wrap": ({".txt"}, lambda t: t if re.search(r"\S {3,}\S", t) else "\n".join(
        textwrap.fill(line, 78, break_long_words=False, break_on_hyphens=False)
        if len(line) > 78 and "\t" not in line and "|" not in line else line
        for line in t.split("\n"))),
}


def _fives(chars: list[str]) -> list[list[str]]:
    """Characters (a character reference as one) five at a time."""
    return [chars[k:k + 5] for k in range(0, len(chars), 5)]


def _sentence(text: str) -> str:
    """A heading in capitals as typed before a style made it so: "MỤC TIÊU, YÊU CẦU" -> "Mục tiêu, yêu cầu"."""
    return text if text.upper() != text else text[:1] + text[1:].lower()


def _cased(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(a.upper(), b.upper()) for a, b in pairs] + pairs


_Y_WORDS = [("tỷ lệ", "tỉ lệ"), ("tỷ đồng", "tỉ đồng"), ("quản lý", "quản lí"), ("xử lý", "xử lí"), ("kỹ thuật", "kĩ thuật"),
            ("kỹ năng", "kĩ năng"), ("kỷ luật", "kỉ luật"), ("kỷ niệm", "kỉ niệm")]
# name -> the same replacements in the text and in the gold
SWAPS: dict[str, list[tuple[str, str]]] = {
    "swap_none": [],
    "agency_swap": [("Sở Tài chính", "Cảng vụ Hàng hải tỉnh"), ("Sở Y tế", "Ban Dân tộc tỉnh"),
                    ("Sở Nội vụ", "Liên đoàn Lao động tỉnh"), ("Sở Giáo dục và Đào tạo", "Bộ Chỉ huy Quân sự tỉnh"),
                    ("Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu kinh tế tỉnh"), ("Sở Tư pháp", "Cục Thống kê tỉnh"),
                    ("Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình tỉnh"),
                    ("Sở Văn hóa, Thể thao và Du lịch", "Hội Cựu chiến binh tỉnh"),
                    ("Công an tỉnh", "Cảnh sát Phòng cháy và chữa cháy tỉnh"), ("Sở Xây dựng", "Trường Chính trị tỉnh")],
    "province_swap": _cased([("Kon Tum", "Bà Rịa - Vũng Tàu"), ("Đồng Nai", "Thừa Thiên Huế"), ("Bắc Ninh", "Đắk Nông"),
                             ("Cà Mau", "Khánh Hòa"), ("Lâm Đồng", "Kiên Giang"), ("Phú Thọ", "Hà Giang"),
                             ("Lào Cai", "Bắc Kạn"), ("Gia Lai", "Điện Biên"), ("Nghệ An", "Sóc Trăng")]),
    # signers with rarer names: the Central Highlands', the northern uplands' and rare family names
    "signer_swap": _cased([("Trần Thị Nga", "Ksor Phước Hà"), ("Nguyễn Ngọc Phúc", "Giàng A Chu"),
                           ("Y Khoa Niê", "Y Ngông Niê Kdăm"), ("Đặng Quốc Hưng", "Rơ Châm Long"),
                           ("Đinh Văn Khải", "Nay Phi La"), ("Trịnh Văn Thành", "Sùng Thị Mỷ"),
                           ("Trần Phước Hiền", "Hứa Văn Sáng"), ("Trương Minh Khoa", "Bế Thị Hồng Vân"),
                           ("Phạm Minh Hà", "Mạc Văn Tư"), ("Phan Văn Thịnh", "Âu Thị Mai"),
                           ("Nguyễn Văn Khải", "Tòng Văn Bình"), ("Lê Văn Trung", "Kiều Thị Thanh"),
                           ("Hoàng Minh Tuấn", "H'Yim Kđoh"), ("Hoàng Minh Khôi", "Ông Văn Dụng"),
                           ("Nguyễn Hữu Việt", "Lục Văn Hoàng"), ("Hồ Thị Minh Nguyệt", "Nông Thị Hà")]),
    "type_phuong_an": [("KẾ HOẠCH", "PHƯƠNG ÁN"), ("Kế hoạch", "Phương án"), ("kế hoạch", "phương án"),
                       ("/KH-", "/PA-")],
    # the i-spelling of y-words some writers and the education sector use ("tỉ lệ", "quản lí", "kĩ năng"): the text
    # and its gold alike (the scorer does not fold one into the other)
    "i_spelling": _cased([(y[:1].upper() + y[1:], i[:1].upper() + i[1:]) for y, i in _Y_WORDS] + _Y_WORDS),
}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_parts(data: bytes, edit: Callable[[dict], None]) -> bytes:
    """A .docx with its document and numbering parts edited in place (as lxml trees)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    parts = {n: etree.fromstring(zin.read(n)) for n in ("word/document.xml", "word/numbering.xml") if n in zin.namelist()}
    edit(parts)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            b = zin.read(item.filename)
            if item.filename in parts:
                b = etree.tostring(parts[item.filename], xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(item, b)
    return buf.getvalue()


def _split_runs(parts: dict) -> None:
    """Each run of words as one run a word, a spelling mark between some (as Word writes them)."""
    for r in list(parts["word/document.xml"].iter(f"{W}r")):
        ts = r.findall(f"{W}t")
        if len(ts) != 1 or len(r) > 2 or not (ts[0].text or "").strip():
            continue
        words = re.findall(r"\S+\s*|\s+", ts[0].text)
        parent, pos = r.getparent(), r.getparent().index(r) + 1
        for k, w in enumerate(words):
            if k % 3 == 1:
                parent.insert(pos, etree.Element(f"{W}proofErr", {f"{W}type": "spellStart"}))
                pos += 1
            nr = copy.deepcopy(r)
            nt = nr.find(f"{W}t")
            nt.text = w
            nt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            parent.insert(pos, nr)
            pos += 1
        parent.remove(r)


_TYPED = re.compile(r"^\s*(?:(?P<roman>[IVX]{1,4})\.|(?P<arabic>\d{1,2})\.|(?P<letter>[a-zđ])\))\s+(?=\S)")
_KINDS = {"roman": ("upperRoman", "%1.", "I"), "arabic": ("decimal", "%1.", "1"), "letter": ("lowerLetter", "%1)", "a")}


def _auto_numbering(parts: dict) -> None:
    """Typed labels ("1. ", "a) ", "II. ") as Word's automatic numbering: the label's text goes,
    the paragraph gets a list of its kind, a new list instance at each first label."""
    if "word/numbering.xml" not in parts:
        return
    doc, num = parts["word/document.xml"], parts["word/numbering.xml"]
    first_num = next(num.iterchildren(f"{W}num"), None)
    for k, (fmt, text, _) in enumerate(_KINDS.values()):
        a = etree.Element(f"{W}abstractNum", {f"{W}abstractNumId": str(900 + k)})
        lvl = etree.SubElement(a, f"{W}lvl", {f"{W}ilvl": "0"})
        etree.SubElement(lvl, f"{W}start", {f"{W}val": "1"})
        etree.SubElement(lvl, f"{W}numFmt", {f"{W}val": fmt})
        etree.SubElement(lvl, f"{W}lvlText", {f"{W}val": text})
        (first_num.addprevious(a) if first_num is not None else num.append(a))
    current: dict[str, int] = {}
    next_id = 5000
    for p in doc.iter(f"{W}p"):
        ts = list(p.iter(f"{W}t"))
        m = _TYPED.match(ts[0].text or "") if ts else None
        if not m:
            continue
        kind = m.lastgroup
        if m.group(kind) == _KINDS[kind][2] or kind not in current:
            next_id += 1
            current[kind] = next_id
            n = etree.SubElement(num, f"{W}num", {f"{W}numId": str(next_id)})
            etree.SubElement(n, f"{W}abstractNumId", {f"{W}val": str(900 + list(_KINDS).index(kind))})
        ts[0].text = ts[0].text[m.end():]
        ppr = p.find(f"{W}pPr")
        if ppr is None:
            ppr = etree.Element(f"{W}pPr")
            p.insert(0, ppr)
        npr = etree.Element(f"{W}numPr")
        etree.SubElement(npr, f"{W}ilvl", {f"{W}val": "0"})
        etree.SubElement(npr, f"{W}numId", {f"{W}val": str(current[kind])})
        style = ppr.find(f"{W}pStyle")
        (style.addnext(npr) if style is not None else ppr.insert(0, npr))


def _body_paragraph_runs(doc) -> list[list]:
    """The body's runs of consecutive paragraphs (not in tables), in order."""
    body = doc.find(f"{W}body")
    runs, cur = [], []
    for child in body:
        if child.tag == f"{W}p":
            cur.append(child)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _soft_breaks(parts: dict) -> None:
    """Lines typed with Shift+Enter: each two consecutive body paragraphs one paragraph, a
    line break (w:br) between them (a document pasted from an e-mail or a PDF)."""
    for run in _body_paragraph_runs(parts["word/document.xml"]):
        for a, b in zip(run[0::2], run[1::2]):
            if not "".join(a.itertext()).strip() or not "".join(b.itertext()).strip():
                continue
            br = etree.SubElement(etree.SubElement(a, f"{W}r"), f"{W}br")
            del br  # (the run holds the break)
            for child in list(b):
                if child.tag != f"{W}pPr":
                    a.append(child)
            b.getparent().remove(b)


def _in_table(parts: dict) -> None:
    """The whole body inside one cell of a one-cell table (a page laid out in a table, as a
    web page saved as Word keeps it); the body's own tables nested in that cell."""
    body = parts["word/document.xml"].find(f"{W}body")
    children = [c for c in body if c.tag != f"{W}sectPr"]
    tbl = etree.Element(f"{W}tbl")
    tr = etree.SubElement(tbl, f"{W}tr")
    tc = etree.SubElement(tr, f"{W}tc")
    for c in children:
        tc.append(c)
    if not len(tc) or tc[-1].tag != f"{W}p":
        etree.SubElement(tc, f"{W}p")  # (a cell ends on a paragraph)
    body.insert(0, tbl)


def _tab_labels(parts: dict) -> None:
    """Typed labels followed by a tab, not a space ("1.<tab>Mục tiêu", "a)<tab>..."), as Word's
    list indents are typed by hand."""
    for p in parts["word/document.xml"].iter(f"{W}p"):
        ts = list(p.iter(f"{W}t"))
        m = _TYPED.match(ts[0].text or "") if ts else None
        if not m:
            continue
        t = ts[0]
        label, rest = t.text[:m.end()].rstrip(), t.text[m.end():]
        r = t.getparent()
        t.text = label
        tab = etree.Element(f"{W}tab")
        t.addnext(tab)
        nt = etree.Element(f"{W}t")
        nt.text = rest
        nt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        tab.addnext(nt)
        del r


# name -> (extensions, edit of the file's bytes)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(data: bytes) -> bytes | None:
    """A UTF-8 text saved as Windows-1258 (an old Windows editor's Vietnamese): each letter its
    base (â, ơ, đ, ...) and its tone as a combining mark; None for a text the code page cannot hold."""
    out = []
    for ch in data.decode("utf-8"):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in _TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS)) + tones)
    try:
        return "".join(out).encode("cp1258")
    except UnicodeEncodeError:
        return None


@functools.cache
def _legacy_table(encoding: str) -> dict[str, str]:
    """Unicode letter -> its code in a legacy Vietnamese font encoding (viparse's tables, inverted);
    TCVN3 has no toned capitals: a capital font draws them from the small letters' codes."""
    from viparse.normalize.encodings import CHARMAPS
    table: dict[str, str] = {}
    for legacy, uni in CHARMAPS[encoding].pairs:
        uni = unicodedata.normalize("NFC", uni)
        if len(uni) == 1 and uni not in table:
            table[uni] = legacy
    for ch in "".join(table):
        if ch.upper() not in table and ch.upper() != ch:
            table[ch.upper()] = table[ch]
    return table


def _legacy_text(data: bytes, encoding: str) -> bytes:
    """A text typed in a legacy font (TCVN3's .VnTime, VNI-Times) and copied out as Unicode: each
    letter the Latin-1 character its font code is ("Uû ban nh©n d©n"), in UTF-8 (what a PDF's text or
    a copy and paste of such a document gives); typed with the old tone placement of those years
    ("Uỷ ban": TCVN3 has no toned capital, a capital font draws the small letters' codes)."""
    table = _legacy_table(encoding)
    return "".join(table.get(ch, ch) for ch in old_tones(data.decode("utf-8"))).encode("utf-8")


def _html_cp1258(data: bytes) -> bytes | None:
    text = re.sub(r"(?i)<meta[^>]*charset[^>]*>", "", data.decode("utf-8"))
    text = re.sub(r"(?i)<head[^>]*>", lambda m: m.group(0) + '<meta http-equiv="Content-Type" content="text/html; '
                  'charset=windows-1258">', text, count=1)
    if "windows-1258" not in text:
        text = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">' + text
    return _cp1258(text.encode("utf-8"))


BYTE_EDITS: dict[str, tuple[set[str], Callable[[bytes], bytes | None]]] = {
    # an old portal's page: its letters outside ASCII as numeric references ("Kế ho&#7841;ch"), or
    # the page saved as Windows-1258 with its charset declared
    "html_char_refs": ({".html"}, lambda d: d.decode("utf-8").encode("ascii", "xmlcharrefreplace")),
    "html_cp1258": ({".html"}, lambda d: _html_cp1258(d)),
    # ... or each letter as its base and its marks, references all ("Ke&#770;&#769; hoa&#803;ch"), as some editors write
    "html_nfd_refs": ({".html"}, lambda d: unicodedata.normalize("NFD", d.decode("utf-8")).encode("ascii", "xmlcharrefreplace")),
    "tcvn3_text": ({".txt"}, lambda d: _legacy_text(d, "tcvn3")),
    "vni_text": ({".txt"}, lambda d: _legacy_text(d, "vni")),
    "utf16": ({".txt", ".md"}, lambda d: d.decode("utf-8").encode("utf-16")),  # Notepad's "Unicode"
    "cp1258": ({".txt", ".md"}, _cp1258),
    "docx_none": ({".docx"}, lambda d: d),
    "docx_split_runs": ({".docx"}, lambda d: _docx_parts(d, _split_runs)),
    "docx_auto_numbering": ({".docx"}, lambda d: _docx_parts(d, _auto_numbering)),
    "docx_soft_breaks": ({".docx"}, lambda d: _docx_parts(d, _soft_breaks)),
    "docx_in_table": ({".docx"}, lambda d: _docx_parts(d, _in_table)),
    "docx_tab_labels": ({".docx"}, lambda d: _docx_parts(d, _tab_labels)),
}


def _page(body: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>Văn bản</title></head><body><div class='noidung'>"
            + body + "</div></body></html>")


# a text file put in a web page: in a <pre>, or line by line with <br> (its spacing kept by
# &nbsp;, or left in the source as a browser would squeeze it)
PAGE_EDITS: dict[str, Callable[[str], str]] = {
    "page_pre": lambda t: _page("<pre>" + html.escape(t) + "</pre>"),
    "page_br_nbsp": lambda t: _page("<br>\n".join(re.sub(r" (?= )", "&nbsp;", html.escape(line)) for line in t.split("\n"))),
    "page_br_lines": lambda t: _page("<br>\n".join(html.escape(line) for line in t.split("\n"))),
    # its lines kept by the page's style (white-space: pre-line) as the source's line breaks, no <br>
    "page_styled_lines": lambda t: _page("<div style='white-space: pre-line'>" + html.escape(t) + "</div>"),
}
def _no_blank_lines(t: str) -> str:
    """A scrape that writes no blank line between blocks, a block a line; a hard-wrapped text
    (its paragraphs told apart by blank lines alone) is left as it is."""
    if len(re.findall(r"[a-zà-ỹđ,]\n[a-zà-ỹđ]", t)) >= 5:
        return t
    return re.sub(r"\n[ \t]*\n", "\n", t)


TEXT_EDITS["no_blank_lines"] = (PLAIN, _no_blank_lines)

# a heading's usual wordings, each for another (capitals; a heading in sentence case gets the same in its case)
WORDINGS = (("MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH VÀ YÊU CẦU"), ("MỤC ĐÍCH VÀ YÊU CẦU", "MỤC ĐÍCH, YÊU CẦU"),
            ("MỤC TIÊU CHUNG", "MỤC TIÊU TỔNG QUÁT"), ("MỤC TIÊU TỔNG QUÁT", "MỤC TIÊU CHUNG"),
            ("MỤC TIÊU CỤ THỂ", "CHỈ TIÊU CỤ THỂ"), ("CÁC CHỈ TIÊU CHỦ YẾU", "MỤC TIÊU CỤ THỂ"),
            ("NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP"), ("NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ VÀ GIẢI PHÁP"),
            ("NHIỆM VỤ CỤ THỂ", "CÁC NHIỆM VỤ CỤ THỂ"), ("NHIỆM VỤ", "NHIỆM VỤ TRỌNG TÂM"),
            ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ"), ("KINH PHÍ THỰC HIỆN", "NGUỒN KINH PHÍ THỰC HIỆN"),
            ("KINH PHÍ", "DỰ TOÁN KINH PHÍ"))
_WORDING = {**dict(WORDINGS), **{_sentence(a): _sentence(b) for a, b in WORDINGS}}
# a heading line: its label (a Roman or Arabic number), in bold or not, then its words and nothing else
_HEADING_LINE = re.compile(r"(?m)^([ \t]*(?:\*\*)?(?:[IVX]{1,4}|\d{1,2})\.\s+)([^\n*]+?)((?:\*\*)?:?[ \t]*)$")

# (round P27, each a shape the reader did not hold before it: list marks then a tab as Word saves a list as text,
# a hard-wrapped text copied with a blank line after every line, an editor that pads every line and blank line with
# two spaces and writes CRLF, the sections' headings in other usual words)
TEXT_EDITS.update({
    "tab_bullets": ({".txt"}, subs((r"(?m)^(\s*)- ", "\\1–\t"))),
    "blank_after_every_line": ({".txt"}, lambda t: "\n\n".join(line for line in t.split("\n") if line.strip()) + "\n"),
    "padded_lines": (PLAIN, lambda t: "".join(line + "  \r\n" for line in t.split("\n"))),
    "heading_wording": (PLAIN, lambda t: _HEADING_LINE.sub(lambda m: m[1] + _WORDING.get(m[2], m[2]) + m[3], t)),
})


def unicode_text(path: Path) -> str | None:
    """A file's text where it is Unicode Vietnamese in UTF-8; None for a file in a code page or in a legacy font's
    codes, whose bytes are no letters for a text edit to change ("ñòa" is VNI's "địa": the old tone placement's edit
    would make it another word)."""
    from normalizers.legacy import looks_legacy
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if looks_legacy(text) else text


def assert_read_alike(first, second, issue: str | None = None,
                      exclude: frozenset[str] = frozenset({"doc_id", "source", "quality"})) -> None:
    """Two pipeline outcomes (pipeline.process) of one document in two shapes read alike: the same normalized text and
    the same record but for `exclude`; `issue`: a quality code the second must carry (the shape it was read from)."""
    assert second.text == first.text
    assert second.record.model_dump(mode="json", exclude=set(exclude)) == first.record.model_dump(
        mode="json", exclude=set(exclude))
    if issue is not None:
        assert issue in [i.code for i in second.record.quality.issues]


def build(out: Path, name: str, sets: list[tuple[Path, Path, str]] = SETS) -> int:
    """The edited files of `sets` and their gold (its sha256 and file name made to match) in out/raw, out/gold."""
    raw, gold = out / "raw", out / "gold"
    shutil.rmtree(out, ignore_errors=True)
    raw.mkdir(parents=True)
    gold.mkdir()
    count = 0
    for src, gdir, set_name in sets:
        if not gdir.is_dir():
            continue
        for g in sorted(gdir.glob("*.json")):
            rec = json.loads(g.read_text(encoding="utf-8"))
            f = src / rec["source"]["file"]
            if not f.is_file():
                continue
            if f.suffix in TEXT and unicode_text(f) is None:
                continue  # (a text in a code page or a legacy font's codes: its bytes are no letters to an edit)
            if name in BYTE_EDITS:
                exts, edit_bytes = BYTE_EDITS[name]
                if f.suffix not in exts:
                    continue
                data = edit_bytes(f.read_bytes())
                if data is None:
                    continue  # (a text the edit cannot make)
            elif name in SWAPS:
                text = f.read_text(encoding="utf-8") if f.suffix in TEXT else None
                if text is None or (f.suffix == ".txt" and re.search(r"\S {3,}\S", text)):
                    continue
                pairs = SWAPS[name]
                for a, b in pairs:
                    text = text.replace(a, b)
                dumped = json.dumps(rec, ensure_ascii=False)
                for a, b in pairs:
                    dumped = dumped.replace(a, b)
                rec, data = json.loads(dumped), text.encode("utf-8")
            elif name in PAGE_EDITS:
                if f.suffix != ".txt":
                    continue
                data = PAGE_EDITS[name](f.read_text(encoding="utf-8")).encode("utf-8")
            else:
                exts, edit = TEXT_EDITS[name]
                if f.suffix not in exts:
                    continue
                data = edit(f.read_text(encoding="utf-8")).encode("utf-8")
            file_name = f"{set_name}-{f.stem}.html" if name in PAGE_EDITS else f"{set_name}-{f.name}"
            (raw / file_name).write_bytes(data)
            rec["source"]["sha256"], rec["source"]["file"] = hashlib.sha256(data).hexdigest(), file_name
            (gold / f"{set_name}-{g.name}").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
            count += 1
    return count


def score(out: Path) -> tuple[str, ...] | str:
    subprocess.run([sys.executable, "-m", "pipeline", "extract", str(out / "raw"), "--out", str(out / "pred"),
                    "--quiet", "--force"], check=False, capture_output=True)
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--pred", str(out / "pred" / "v1"),
                        "--gold", str(out / "gold"), "--verbose"], capture_output=True, text=True)
    (out / "score.txt").write_text(r.stdout, encoding="utf-8")
    m = re.search(r"^overall\s+micro\s+\S+\s+\S+\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)", r.stdout, re.M)
    return m.groups() if m else r.stdout[-300:] + r.stderr[-300:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    every = [*TEXT_EDITS, *BYTE_EDITS, *SWAPS, *PAGE_EDITS]
    parser.add_argument("--edits", default=",".join(every), help=f"comma-separated, of: {', '.join(every)}")
    parser.add_argument("--verbose", action="store_true", help="print each edit's mismatches")
    args = parser.parse_args(argv)
    if not (SHARED / "eval" / "score.py").is_file():
        print(f"metamorphic: {SHARED / 'eval' / 'score.py'} not found", file=sys.stderr)
        return 2
    print(f"{'edit':22} {'files':>5}  micro F1 (tp / pred / gold)")
    for name in args.edits.split(","):
        if name not in every:
            print(f"metamorphic: unknown edit {name!r}", file=sys.stderr)
            return 2
        n = build(args.out / name, name)
        got = score(args.out / name)
        print(f"{name:22} {n:5}  " + (f"{got[0]} ({got[1]} / {got[2]} / {got[3]})" if isinstance(got, tuple) else got),
              flush=True)
        if args.verbose:
            lines = (args.out / name / "score.txt").read_text(encoding="utf-8").splitlines()
            print("\n".join(f"    {line.strip()}" for line in lines if "expected" in line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
