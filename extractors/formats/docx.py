"""DOCX reader: the package's XML walked once with lxml (no python-docx object per
paragraph or cell). Paragraphs with styles and list flags, tables with merged cells
resolved, footnotes. The zip is checked first: a file that is not a zip, a zip bomb, or
XML with a DTD (entity expansion) is refused.

Text follows python-docx's reading: a paragraph is its runs and hyperlinks (`w:t`, tabs,
line breaks, no-break hyphens); a table row repeats a cell over the grid columns it spans
(`w:gridSpan`) and a vertically merged cell (`w:vMerge`) repeats the text of the cell it
continues. Unlike python-docx, text inside wrappers is not lost: content controls
(`w:sdt`) around paragraphs, tables, rows, cells or runs; tracked insertions and moves
(`w:ins`, `w:moveTo`; a tracked deletion or move-from is not read); smart tags, custom XML,
simple fields and bidi runs (`w:smartTag`, `w:customXml`, `w:fldSimple`, `w:dir`, `w:bdo`). A table whose grid would exceed GRID_CELLS is refused with a
`table.grid_too_large` issue. What Word does not show is not read: hidden runs (`w:vanish`) and a field's code, a
nested field's stored result inside it too (docx_hidden). A symbol inserted from the Symbol or Wingdings font (`w:sym`) is
read as the mark it shows (symbol_char), and a closing typed with tabs is read column by column (_tabbed_closing).
"""

from __future__ import annotations

import copy
from dataclasses import replace
import functools
import io
import posixpath
import re
import unicodedata
import zipfile
from typing import NamedTuple

from lxml import etree

from extractors.formats.base import (DOCUMENT_HEADER, RawBlock, RawDocument, ReadError, is_layout_table,
                                     layout_table_blocks, web_archive_html)
from extractors.layout import contents, one_line, wrap
from extractors.layout.paragraphs import pipe_tables
from extractors.layout.text import LAYOUT_CELL, in_column_order, read_text
from extractors.formats.marks import raised_mark
from extractors.formats.mojibake import repaired_xml
from extractors.formats.docx_hidden import blank_unshown
from extractors.formats.docx_numbering import Numbering
from extractors.formats.docx_numbering import first_val as _first_val
from extractors.formats.docx_numbering import is_on as _on
from normalizers.agencies import AGENCY_AT_START, owners_joined
from normalizers.text import BULLET_LOOKALIKES

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, all parts together
MAX_RATIO = 200  # uncompressed / compressed, per part
GRID_CELLS = 200_000  # grid positions one table may fill
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề)\s*(\d)$", re.I)
# a table of contents' entry: Word's "toc 1"-"toc 9" (ids "TOC1"), LibreOffice's "Contents 1" (its title "MỤC LỤC":
# extractors.layout.contents.TITLE)
_TOC_STYLE = re.compile(r"^(?:toc|contents)\s*\d$", re.I)
# python-docx shows these built-in style names with a capital (BabelFish)
_UI_NAMES = {"caption": "Caption", "footer": "Footer", "header": "Header",
             **{f"heading {n}": f"Heading {n}" for n in range(1, 10)}}
_P, _TBL, _TR, _TC, _R = (f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "r"))
_T, _TAB, _BR, _CR, _NBH, _PTAB = (f"{_W}{t}" for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab"))
_VAL, _TYPE = f"{_W}val", f"{_W}type"
_VERT_ALIGN = f"{_W}vertAlign"
_PPR, _PSTYLE, _NUMPR, _NUM_ID, _ILVL = (f"{_W}{t}" for t in ("pPr", "pStyle", "numPr", "numId", "ilvl"))
_NUMPR_PATH = f"{_W}pPr/{_W}numPr"
STYLES_CACHE_BYTES = 2 * 1024 * 1024  # a styles part up to this size is kept parsed for the next document
# elements that only wrap what they hold, at any level (body, table, row, cell, paragraph):
# their content is read as if it stood in their place (a w:sdt's w:sdtPr holds no content)
_WRAPPERS = frozenset(f"{_W}{t}" for t in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo",
                                              "fldSimple", "dir", "bdo", "hyperlink"))
_SDT, _SDT_PR, _SDT_CONTENT, _PLACEHOLDER_SHOWN = (f"{_W}{t}" for t in ("sdt", "sdtPr", "sdtContent", "showingPlcHdr"))
_TXBX_CONTENT = f"{_W}txbxContent"
_ALT_CHUNK = f"{_W}altChunk"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_FOOTNOTE_REF, _ENDNOTE_REF = f"{_W}footnoteReference", f"{_W}endnoteReference"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TRPR, _TCPR, _GRID_BEFORE, _GRID_SPAN, _VMERGE = (f"{_W}{t}" for t in ("trPr", "tcPr", "gridBefore", "gridSpan", "vMerge"))


def check_zip(data: bytes, required: str = "word/document.xml", kind: str = "Word document",
              suffix: str = ".docx") -> zipfile.ZipFile:
    """An Office Open XML archive, refused when it is no zip, a zip bomb (per part and in
    all), lacks its `required` part, or declares a DTD or entities in any XML part."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ReadError(f"not a valid {suffix} (not a zip archive: {exc})") from exc
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(f"refused: {info.filename} expands {info.file_size // max(info.compress_size, 1)}x "
                            "(a zip bomb?)")
    if total > MAX_UNCOMPRESSED:
        raise ReadError(f"refused: the archive expands to {total // 2**20} MiB (limit {MAX_UNCOMPRESSED // 2**20} MiB)")
    if required not in archive.namelist():
        raise ReadError(f"not a {kind}: the archive has no {required}")
    for name in archive.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            with archive.open(name) as fh:
                head = fh.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ReadError(f"refused: {name} declares a DTD or entities (XML entity expansion)")
    return archive


# ISO/IEC 29500 Strict ("Strict Open XML Document", "Strict Open XML Spreadsheet"): the same parts as a transitional
# package under other namespaces, which the readers (and openpyxl) do not know; each is put back to its transitional
# name (a relationship's type too: ".../officeDocument/relationships/styles")
_STRICT_PREFIX = b"http://purl.oclc.org/ooxml/"
_STRICT_NAMESPACES = {
    b"wordprocessingml/main": b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"spreadsheetml/main": b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    b"presentationml/main": b"http://schemas.openxmlformats.org/presentationml/2006/main",
    b"officeDocument/relationships": b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"officeDocument/math": b"http://schemas.openxmlformats.org/officeDocument/2006/math",
    b"officeDocument/sharedTypes": b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    b"officeDocument/bibliography": b"http://schemas.openxmlformats.org/officeDocument/2006/bibliography",
    b"officeDocument/customXml": b"http://schemas.openxmlformats.org/officeDocument/2006/customXml",
    b"officeDocument/extendedProperties": b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    b"officeDocument/customProperties": b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    b"officeDocument/docPropsVTypes": b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    b"drawingml/main": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"drawingml/wordprocessingDrawing": b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    b"drawingml/spreadsheetDrawing": b"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    b"drawingml/picture": b"http://schemas.openxmlformats.org/drawingml/2006/picture",
    b"drawingml/chart": b"http://schemas.openxmlformats.org/drawingml/2006/chart",
    b"drawingml/diagram": b"http://schemas.openxmlformats.org/drawingml/2006/diagram",
}
_STRICT_NAME = re.compile(re.escape(_STRICT_PREFIX) + rb"(" + rb"|".join(
    re.escape(k) for k in sorted(_STRICT_NAMESPACES, key=len, reverse=True)) + rb")\b")
# the main part's root element's start tag (after the XML declaration), and a Strict namespace declared in it (not a
# paragraph that names one)
_ROOT_TAG = re.compile(rb"<(?![?!])[^>]*>")
_STRICT_DECLARED = re.compile(rb'xmlns(?::\w+)?\s*=\s*["\']' + re.escape(_STRICT_PREFIX))
# the relationship types whose last word Strict spells otherwise
_STRICT_TYPES = {b"/relationships/extendedProperties": b"/relationships/extended-properties",
                 b"/relationships/customProperties": b"/relationships/custom-properties"}


def transitional(data: bytes, main: str = "word/document.xml") -> bytes:
    """An Office Open XML package saved in ISO/IEC 29500 Strict (Word's "Strict Open XML Document", Excel's "Strict Open
    XML Spreadsheet"; told by its `main` part's namespaces) with every XML part's and relationship's Strict namespaces
    in their transitional names, which is all that tells the two apart for a reader of text and cells (Strict's own
    values, "start" / "end" for left / right, are left as they are); any other package as it is."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        with archive.open(main) as fh:
            head = fh.read(4096)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        return data
    root = _ROOT_TAG.search(head)
    if root is None or not _STRICT_DECLARED.search(root.group()):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            body = archive.read(info.filename)
            if info.filename.endswith((".xml", ".rels")) and _STRICT_PREFIX in body:
                body = _STRICT_NAME.sub(lambda m: _STRICT_NAMESPACES[m.group(1)], body)
                for old, new in _STRICT_TYPES.items():
                    body = body.replace(old, new)
            target.writestr(info, body)
    return out.getvalue()


def _parse(archive: zipfile.ZipFile, name: str):
    try:
        xml = archive.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ReadError(f"cannot read {name}: {exc}") from exc
    return _parse_bytes(name, composed(xml))


def composed(xml: bytes | None) -> bytes | None:
    """A part's XML with its text in composed Unicode (NFC): runs typed decomposed, a letter then its combining tone
    mark (a Word file LibreOffice made from an RTF of code page 1258, some Mac tools' files), read as Word shows them
    ("Nhiệm vụ", not "Nhie\u0302\u0323m vu\u0323": a task table's headings were no headings to the table rules, which
    look at the cells before the normalizer composes the text). Cheap for a part with no combining mark (bytes
    0xCC, 0xCD open U+0300-U+036F in UTF-8); a part not in UTF-8 is left as it is. Done once, where a part's bytes
    are read from the archive (_parse; the document's and the styles' bytes in read)."""
    if not xml or (b"\xcc" not in xml and b"\xcd" not in xml):
        return xml
    try:
        text = xml.decode("utf-8")
    except UnicodeDecodeError:
        return xml
    return xml if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text).encode("utf-8")


def _parse_bytes(name: str, xml: bytes):
    """A part parsed, what Word does not show in it blanked (hidden runs, a field's code: docx_hidden)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(xml, parser)
    except (etree.XMLSyntaxError, KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ReadError(f"cannot read {name}: {exc}") from exc
    blank_unshown(root, xml)
    return root


def _parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part names the main document points to, by relationship type ending ("styles",
    "numbering", "footnotes", "endnotes"), with Word's usual names when there are no relationships;
    and each alternative-format chunk's, page header's, embedded object's and picture's part
    by its relationship id ("chunk:rId5", "header:rId8", "image:rId9")."""
    found = {"styles": "word/styles.xml", "numbering": "word/numbering.xml", "footnotes": "word/footnotes.xml",
             "endnotes": "word/endnotes.xml"}
    rels = "word/_rels/document.xml.rels"
    if rels in archive.namelist():
        for rel in _parse(archive, rels).iter(_REL):
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = rel.get("Target") or ""
            if (kind in found or kind in ("aFChunk", "header", "package", "image")) and rel.get("TargetMode") != "External":
                name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
                key = {"aFChunk": "chunk", "header": "header", "package": "object", "image": "image"}.get(kind)
                found[f"{key}:{rel.get('Id')}" if key else kind] = name
    names = set(archive.namelist())
    return {k: v for k, v in found.items() if v in names}


def _chunk_blocks(archive: zipfile.ZipFile, parts: dict[str, str], chunk, number: int) -> list[RawBlock]:
    """The blocks of an alternative-format chunk (w:altChunk): content a program put in the
    package as a web page, a web archive (.mht), RTF or another .docx, which Word shows in
    its place (documents exported by office systems keep their whole text so). Read by
    the reader its bytes name (formats.base.sniff); nothing when it cannot be read."""
    from extractors.formats.base import read as read_format
    from extractors.formats.base import sniff
    name = parts.get(f"chunk:{chunk.get(_R_ID)}")
    if name is None:
        return []
    try:
        data = archive.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        return []
    kind = sniff(data)
    if kind is None:  # a page fragment ("<div>...") or a web archive's HTML part
        data, kind = _chunk_html(data), "html"
    if not data:
        return []
    try:
        blocks = read_format(data, f"chunk.{kind}").blocks
    except ReadError:
        return []
    for b in blocks:
        b.location = {"chunk": number, **b.location}
    return blocks


_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"


def _object_blocks(archive: zipfile.ZipFile, parts: dict[str, str], p, number: int) -> list[RawBlock]:
    """The blocks of the objects a paragraph embeds as packages (an Excel worksheet pasted as
    an object: a budget table Word shows from its preview image, its cells in an .xlsx in
    the package; a Word document embedded so), read by the reader their bytes name;
    nothing for an object that cannot be read (an old binary OLE object, a chart)."""
    from extractors.formats.base import read as read_format
    from extractors.formats.base import sniff
    blocks: list[RawBlock] = []
    for obj in p.iter(_OLE_OBJECT):
        name = parts.get(f"object:{obj.get(_R_ID)}")
        if name is None:
            continue
        try:
            data = archive.read(name)
        except (KeyError, zipfile.BadZipFile, OSError, EOFError):
            continue
        kind = sniff(data)
        if kind not in ("xlsx", "docx"):
            continue
        try:
            got = read_format(data, f"object.{kind}").blocks
        except ReadError:
            continue
        for b in got:
            b.location = {"object": number, **b.location}
        blocks.extend(got)
    return blocks


def _chunk_html(data: bytes) -> bytes | None:
    """The HTML of a chunk that does not say so from its first tag: a page fragment, or a web
    archive's (MIME) HTML part."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<body", b"<div", b"<p", b"<table")):
        return data
    return web_archive_html(data)


class Style(NamedTuple):
    """What a paragraph takes from its style: the UI name, and the numbering of the
    style's pPr (numId, ilvl), its own or the one of the style it is based on; None when
    it has none. `font`: the font its runs are set in (its own, else its base style's, else
    the document's default), which names a legacy encoding (_legacy_font_text). `caps`:
    its text is shown in capitals (All Caps or Small Caps: its own setting, else its base
    style's, else the document default's; _all_caps_text)."""

    name: str | None
    num_pr: tuple[str | None, str | None] | None
    font: str | None = None
    caps: bool | None = None


_NO_STYLE = Style(None, None)


def _read_styles(name: str, xml: bytes) -> tuple[dict[str, Style], Style | None]:
    """Paragraph and character styles by id, and the default paragraph style (when there is
    none, a nameless one in the document's default font). A style with no numbering or font
    of its own takes the one of the style it is based on ("Muc 2" on "Muc 1"), as Word draws
    it; with no font in the chain, the document's default font (w:docDefaults)."""
    styles, default_id = {}, None
    based: dict[str, str] = {}
    root = _parse_bytes(name, xml)
    default_rpr = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_RPR}")
    default_font = _font_of(default_rpr)
    default_caps = bool(_caps_of(default_rpr))
    for s in root.iter(f"{_W}style"):
        kind = s.get(_TYPE) or "paragraph"
        if kind not in ("paragraph", "character"):
            continue
        ui_name = _first_val(s, f"{_W}name")
        pr = s.find(_NUMPR_PATH) if kind == "paragraph" else None
        style_id = s.get(f"{_W}styleId")
        styles[style_id] = Style(_UI_NAMES.get(ui_name, ui_name) if ui_name is not None else None,
                                 None if pr is None else (_first_val(pr, _NUM_ID), _first_val(pr, _ILVL)),
                                 _font_of(s.find(_RPR)), _caps_of(s.find(_RPR)))
        if base := _first_val(s, f"{_W}basedOn"):
            based[style_id] = base
        if kind == "paragraph" and s.get(f"{_W}default") in ("1", "true", "on"):
            default_id = style_id  # the last default in document order, as the standard says
    for style_id, entry in list(styles.items()):
        seen, base = {style_id}, based.get(style_id)
        while (entry.num_pr is None or entry.font is None or entry.caps is None) and base in styles and base not in seen:
            seen.add(base)
            if entry.num_pr is None and styles[base].num_pr is not None:
                entry = entry._replace(num_pr=styles[base].num_pr)
            if entry.font is None and styles[base].font is not None:
                entry = entry._replace(font=styles[base].font)
            if entry.caps is None and styles[base].caps is not None:
                entry = entry._replace(caps=styles[base].caps)
            base = based.get(base)
        styles[style_id] = entry._replace(font=entry.font if entry.font is not None else default_font,
                                          caps=entry.caps if entry.caps is not None else default_caps)
    return styles, styles.get(default_id) if default_id is not None else Style(None, None, default_font, default_caps)


# documents made from one template share their styles part byte for byte, and a Word
# styles.xml (300 KB and more) costs more to parse than many a document: kept by its bytes
_cached_styles = functools.lru_cache(maxsize=8)(_read_styles)


def _part_bytes(archive: zipfile.ZipFile, name: str | None) -> bytes | None:
    if name is None:
        return None
    try:
        return archive.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ReadError(f"cannot read {name}: {exc}") from exc


def _styles(name: str | None, xml: bytes | None) -> tuple[dict[str, Style], Style | None]:
    if name is None or xml is None:
        return {}, None
    return (_cached_styles if len(xml) <= STYLES_CACHE_BYTES else _read_styles)(name, xml)


_SYM, _FONT, _CHAR = f"{_W}sym", f"{_W}font", f"{_W}char"
# what a symbol inserted from a symbol font (w:sym: Insert > Symbol) shows, by its code in the font: the Symbol font's
# marks (its minus a dash: a period's "2027 - 2030", a recipient's "- "), Wingdings' bullets as a list's second
# level writes them (normalizers.text.BULLET_LOOKALIKES, the same codes as private-use characters)
_SYMBOL_FONT = {0x2D: "-", 0xB7: "•", 0x2B: "+", 0x3D: "=", 0x3C: "<", 0x3E: ">", 0x25: "%", 0xB3: "≥", 0xA3: "≤",
                0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xB9: "≠", 0xBB: "≈", 0xB0: "°", 0xAE: "→", 0xDE: "⇒", 0xD7: "·"}
_WINGDINGS = {code - 0xF000: mark for code, mark in BULLET_LOOKALIKES.items() if mark == "+"}


def symbol_char(font: str | None, char: str | None) -> str:
    """The character a w:sym shows ("" for a code of a font this table does not hold: Word's own drawing)."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    code = code - 0xF000 if code >= 0xF000 else code  # (Word writes the code shifted into the private range)
    name = (font or "").strip().lower()
    if name == "symbol":
        return _SYMBOL_FONT.get(code, "")
    if name == "wingdings":
        return _WINGDINGS.get(code, "")
    return ""


def _run_text(r, out: list[str]) -> None:
    first = True  # (a w:rPr is a run's first child: asked there only)
    for c in r:
        tag = c.tag
        if tag == _T:
            out.append(c.text or "")
        elif tag == _RPR:
            if first and c.find(_VERT_ALIGN) is not None and (mark := _raised_mark(r, c, out)):
                out.append(mark)  # (the run's first child: nothing of its text is in `out` yet)
                return
        elif tag == _TAB or tag == _PTAB:
            out.append("\t")
        elif tag == _BR:
            if (c.get(_TYPE) or "textWrapping") == "textWrapping":
                out.append("\n")
        elif tag == _CR:
            out.append("\n")
        elif tag == _NBH:
            out.append("-")
        elif tag == _SYM:
            out.append(symbol_char(c.get(_FONT), c.get(_CHAR)))
        elif (tag == _FOOTNOTE_REF or tag == _ENDNOTE_REF) and (shown := c.get(_SHOWN)):
            out.append(f"[{shown}]")  # (the note's number as Word shows it: _number_note_marks)
        first = False


def _raised_mark(r, rpr, out: list[str]) -> str | None:
    """A superscript run that is a footnote's reference typed by hand ("năm 2023" + raised "1"), as "[1]"
    (extractors.formats.marks.raised_mark); None for any other run."""
    align = rpr.find(_VERT_ALIGN)
    if align is None or align.get(_VAL) != "superscript":
        return None
    return raised_mark("".join(t.text or "" for t in r.iter(_T)), "".join(out[-2:]))


def _text_child(c, tag, out: list[str]) -> bool:
    """A paragraph's child's text into `out` (a run, or the runs inside a hyperlink, content
    control, tracked insertion... see _WRAPPERS); False for a child that holds no text."""
    if tag == _R:
        _run_text(c, out)
    elif tag in _WRAPPERS:
        for r in _content(c):
            _text_child(r, r.tag, out)
    else:
        return False
    return True


def _content(wrapper):
    """What a wrapper stands for: its children; a content control's w:sdtContent, nothing
    while it shows its placeholder ("Nhập ngày ban hành") instead of content."""
    if wrapper.tag != _SDT:
        return wrapper
    for pr in wrapper.iterchildren(_SDT_PR):
        if next(pr.iterchildren(_PLACEHOLDER_SHOWN), None) is not None:
            return ()
    return next(wrapper.iterchildren(_SDT_CONTENT), ())


def _children(parent, tag: str):
    """`parent`'s children of `tag` in document order, the ones inside wrappers included
    (a paragraph in a content control, a row in a custom XML element)."""
    for c in parent:
        t = c.tag
        if t == tag:
            yield c
        elif t in _WRAPPERS:
            yield from _children(_content(c), tag)


def _body_children(parent):
    """The paragraphs and tables of a body in document order, through wrappers; the
    paragraphs of the text boxes a paragraph anchors follow it. A paragraph whose mark is a
    tracked deletion (a draft's two paragraphs made one, the change not yet accepted) is
    read joined to the next, as the change accepted reads."""
    joined: list = []  # paragraphs whose marks were deleted, waiting for the paragraph they run into
    for c in parent:
        t = c.tag
        if t == _P:
            if c.find(_DELETED_MARK) is not None:
                joined.append(c)
                continue
            if joined:
                c = _run_together(joined + [c])
                joined = []
            yield c
            for box in _text_boxes(c):
                yield from _body_children(box)
            continue
        if joined:  # (a table after them: no paragraph to run into)
            yield from joined
            joined = []
        if t == _TBL:
            if _is_wrapper_table(c):  # a page laid out in a table: its cells' paragraphs and tables
                for tr in _children(c, _TR):
                    for tc in _children(tr, _TC):
                        yield from _body_children(tc)
            else:
                yield c
        elif t == _ALT_CHUNK:
            yield c
        elif t in _WRAPPERS:
            yield from _body_children(_content(c))
    yield from joined


_DELETED_MARK = f"{_W}pPr/{_W}rPr/{_W}del"
_FRAME_PR = f"{_W}pPr/{_W}framePr"


def _run_together(paragraphs: list):
    """One paragraph of several whose marks but the last were deleted: the last's properties,
    the runs of all in order, a space between two whose texts would touch ("... tỉnh" /
    "Bình Sơn ...": a line broken by hand, joined again); a copy, the document's tree left as
    it is."""
    last = copy.deepcopy(paragraphs[-1])
    at = 1 if len(last) and last[0].tag == _PPR else 0
    after = paragraph_text(last)
    for p in reversed(paragraphs[:-1]):
        text = paragraph_text(p)
        if text and after and not text[-1].isspace() and not after[0].isspace():
            space = etree.SubElement(etree.Element(_R), _T)
            space.text = " "
            last.insert(at, space.getparent())
        for c in reversed([c for c in p if c.tag != _PPR]):
            last.insert(at, copy.deepcopy(c))
        after = text + after if text else after
    return last


def _table_rest(blocks: list[RawBlock], rows: list[list[str]]) -> bool:
    """Whether a table goes on with the table just above it (nothing but blank paragraphs and section breaks
    between, as many grid columns, three or more): a PDF-to-Word converter's table cut at a page's end, its part on
    the next page a table of its own without the header rows, rows a layout test alone would take for a page's
    layout."""
    return bool(blocks) and blocks[-1].kind == "table" and len(rows[0]) >= 3 \
        and len(blocks[-1].rows[-1]) == len(rows[0])


def _is_wrapper_table(tbl) -> bool:
    """A table that only lays out a page (one or two cells a row) and holds tables of its
    own in its cells: a document saved from a web page, a plan pasted into a frame; or a chunk of
    another format (w:altChunk: a web page, an .mht, an RTF an office system's template frames)."""
    rows = 0
    holds_table = False
    for tr in _children(tbl, _TR):  # (a data table has a row of three cells, most often its first)
        cells = list(_children(tr, _TC))
        if len(cells) > 2:
            return False
        rows += 1
        holds_table = holds_table or any(next(tc.iterchildren(_TBL, _ALT_CHUNK), None) is not None for tc in cells)
    return rows > 0 and holds_table


def _text_boxes(p):
    """The text boxes anchored in a paragraph (DrawingML or VML: "ỦY BAN NHÂN DÂN / Số: ..."
    set in a box), each once: not the VML copy Word keeps as the mc:Fallback of a DrawingML
    box, and not a box inside another box (read with the outer box's paragraphs)."""
    for box in p.iter(_TXBX_CONTENT):
        if not any(a.tag == _MC_FALLBACK or a.tag == _TXBX_CONTENT for a in _ancestors_within(box, p)):
            yield box


def _ancestors_within(el, top):
    for a in el.iterancestors():
        if a is top:
            return
        yield a


def paragraph_text(p) -> str:
    """A paragraph's text (as _paragraph reads it, without looking for its style)."""
    out: list[str] = []
    for c in p:
        tag = c.tag
        if tag == _R:  # (most children: a run, read here without _text_child's call)
            _run_text(c, out)
        else:
            _text_child(c, tag, out)
    return "".join(out)


def _paragraph(p) -> tuple[str, object, object]:
    """A body paragraph in one pass over its children: its text (as paragraph_text reads
    it), and the first w:pStyle and first w:numPr of its w:pPr (None when absent)."""
    out: list[str] = []
    style = numbering = None
    for c in p:
        tag = c.tag
        if tag == _R:  # (as _text_child reads it, without its call)
            _run_text(c, out)
            continue
        if _text_child(c, tag, out):
            continue
        if tag == _PPR:
            for pr in c.iterchildren(_PSTYLE, _NUMPR):
                if pr.tag == _PSTYLE:
                    style = pr if style is None else style
                elif numbering is None:
                    numbering = pr
    return "".join(out), style, numbering


_HYPERLINK, _INSTR = f"{_W}hyperlink", f"{_W}instrText"
_ANCHOR = f"{_W}anchor"


def _toc_entry(p, style_name: str | None, style_el) -> bool:
    """Whether a paragraph is a table of contents' entry: set in a TOC style (its name, else its id), or linking to
    a heading's bookmark ("_Toc...") with the heading's page (a PAGEREF field) as Word writes the entries."""
    if _TOC_STYLE.match(style_name or "") or (style_el is not None and _TOC_STYLE.match(style_el.get(_VAL) or "")):
        return True
    link = next(p.iter(_HYPERLINK), None)
    return link is not None and (link.get(_ANCHOR) or "").startswith("_Toc") \
        and any("PAGEREF" in (i.text or "") for i in p.iter(_INSTR))


def _int(el, tag: str, default: int) -> int:
    """The first `tag` child's w:val as an integer of at least 0; `default` when there is
    none, it has no value or the value is no integer."""
    for child in el.iterchildren(tag):
        return _val_int(child, default)
    return default


def _val_int(child, default: int) -> int:
    """An element's w:val as an integer of at least 0; `default` when it has no value or
    the value is no integer."""
    value = child.get(_VAL)
    if value is None:
        return default
    try:
        return max(0, int(value))
    except ValueError:
        return default


class TableTooLarge(Exception):
    pass


# a cell's paragraph that names an agency, maybe after a list mark: "- Sở Tài chính", "Công an tỉnh"
_LIST_MARK = re.compile(r"^[-+•*]\s*")


def _cell_text(paragraphs: list[str]) -> str:
    """A cell's paragraphs, one a line. A cell that lists agencies one a paragraph ("Sở Tài
    chính" / "Ủy ban nhân dân các huyện") joins them with "; ", as it would write them
    on one line: the lines of a cell are read as one line later."""
    if len(paragraphs) < 2:  # (most cells: one paragraph, no list to join)
        return paragraphs[0] if paragraphs else ""
    paragraphs = wrap.hyphen_joined(paragraphs)
    lines = owners_joined([p.strip() for p in paragraphs if p.strip()])  # ("Ban Tổ chức" / "Tỉnh đoàn": one body)
    if len(lines) > 1 and all(AGENCY_AT_START.match(_LIST_MARK.sub("", p)) for p in lines):
        return " ".join(p if p.endswith((";", ",")) or n == len(lines) - 1 else f"{p};" for n, p in enumerate(lines))
    return "\n".join(paragraphs)


def _nested_lines(tbl) -> list[str]:
    """A table inside a cell, one line a row: the row's cells (a merged cell once) joined
    by spaces, a row of one cell its lines. A cell of a task table that lists its partners in a small table of its own,
    or a budget cell split in a table, keeps its words."""
    lines = []
    for row in table_rows(tbl):
        cells = [c.strip() for n, c in enumerate(row) if (n == 0 or c is not row[n - 1]) and c.strip()]
        if len(cells) == 1:  # a one-column list: its lines stay lines
            lines.extend(line for line in cells[0].split("\n") if line.strip())
        elif cells:
            lines.append(" ".join(c.replace("\n", " ") for c in cells))
    return lines


def _wrapped(parent) -> list:
    """The paragraphs (and nested tables' lines) of a wrapper in a cell, through wrappers; a paragraph's text boxes'
    after it (_boxed)."""
    out: list = []
    for c in parent:
        if c.tag == _P:
            out.append(c)
            out.extend(_boxed(c))
        elif c.tag == _TBL:
            out.extend(_nested_lines(c))
        elif c.tag in _WRAPPERS:
            out.extend(_wrapped(_content(c)))
    return out


def _boxed(p) -> list:
    """The paragraphs (and tables' lines) of the text boxes a cell's paragraph anchors, in the cell after it (as the
    body's after theirs, _body_children): the header's motto and date set in a box inside the header table's cell, a
    partner's name pasted in a shape into a task's cell."""
    out: list = []
    for box in _text_boxes(p):
        out.extend(_wrapped(box))
    return out


def _cell_parts(tc) -> tuple[int, bool, list]:
    """A cell in one pass over its children: its grid span, whether it continues a
    vertical merge, and its paragraphs (from the first w:tcPr, as python-docx reads it);
    a table nested in the cell gives its rows as lines of text (str) in their place."""
    tcpr = None
    paragraphs: list = []
    for c in tc:
        tag = c.tag
        if tag == _P:
            paragraphs.append(c)
            paragraphs.extend(_boxed(c))
        elif tag == _TCPR and tcpr is None:
            tcpr = c
        elif tag == _TBL:
            paragraphs.extend(_nested_lines(c))
        elif tag in _WRAPPERS:
            paragraphs.extend(_wrapped(_content(c)))
    if tcpr is None:
        return 1, False, paragraphs
    span = vmerge = None
    for c in tcpr:  # (one loop: a w:tcPr has a child or two)
        tag = c.tag
        if tag == _GRID_SPAN:
            span = c if span is None else span
        elif tag == _VMERGE:
            vmerge = c if vmerge is None else vmerge
    return (1 if span is None else max(1, _val_int(span, 1)),
            vmerge is not None and (vmerge.get(_VAL) or "continue") == "continue", paragraphs)


def table_rows(tbl) -> list[list[str]]:
    """A table's rows as python-docx's row.cells reads them (see the module docstring)."""
    rows: list[list[str]] = []
    above: dict[int, tuple[str, int]] = {}  # grid offset -> (text, span) of the row above's cells
    cost = 0
    for tr in _children(tbl, _TR):
        trpr = next(tr.iterchildren(_TRPR), None)
        offset = _int(trpr, _GRID_BEFORE, 0) if trpr is not None else 0
        # (a row that starts past the grid's first columns, w:gridBefore: those columns blank, so that its cells
        # stay under their own columns; python-docx leaves them out)
        row: list[str] = [""] * max(0, min(offset, GRID_CELLS - cost))
        cost += len(row)
        here: dict[int, tuple[str, int]] = {}
        for tc in _children(tr, _TC):
            span, continues, paragraphs = _cell_parts(tc)
            if continues and offset in above:
                text, root_span = above[offset]  # the text of the cell this one continues
            else:
                text = _cell_text([p if isinstance(p, str) else paragraph_text(p) for p in paragraphs])
                root_span = span
            cost += root_span
            if cost > GRID_CELLS:
                raise TableTooLarge(f"a table whose cells would fill more than {GRID_CELLS:,} grid positions; "
                                    "the table was not read")
            here[offset] = (text, root_span)
            row.extend([text] * root_span)
            offset += span
        rows.append(row)
        above = here
    return rows


_SHOWN = "shown"  # (an attribute of our own on a parsed footnote reference: the number Word shows for it)
_CUSTOM_MARK = f"{_W}customMarkFollows"


def _number_note_marks(body, refs: tuple[str, ...] = (_FOOTNOTE_REF,)) -> None:
    """Each footnote reference of the body given the number Word shows for it (1, 2, ... in the body's order),
    which the body's text then writes where the raised number stands, "[1]" as a scrape writes it
    ("... của Thủ tướng Chính phủ[1];", extractors.formats.marks): a basis whose number only its note gives is
    then told by the note. A reference whose mark the typist wrote in the next run (customMarkFollows) writes
    nothing of its own. The endnotes' references (`refs` holding _ENDNOTE_REF: the file has an endnotes part) are
    numbered after the footnotes' (Word shows them "i", "ii" by default: as numbers after the footnotes', each mark
    still names its own note)."""
    n = 0
    for tag in refs:
        for ref in body.iter(tag):
            n += 1
            if ref.get(_CUSTOM_MARK) not in ("1", "true", "on"):
                ref.set(_SHOWN, str(n))


def _footnotes(archive: zipfile.ZipFile, name: str | None, body, kind: str = "footnote",
               first: int = 1) -> list[RawBlock]:
    """The footnotes (`kind` "endnote": the endnotes, numbered from `first`, after the footnotes), each with the
    number Word shows for it: its place among the body's footnote references (1, 2, ...), not its id in the XML
    (LibreOffice and Word give the separators ids 0 and 1, or -1 and 0, so the first note's id is often 2 or 1); a
    note no reference points to keeps its id. Read as the document's footnotes, after its text."""
    if name is None:
        return []
    root = _parse(archive, name)
    shown: dict[str, int] = {}
    for ref in body.iter(f"{_W}{kind}Reference"):
        shown.setdefault(ref.get(f"{_W}id"), len(shown) + first)
    blocks = []
    for note in root.iter(f"{_W}{kind}"):
        note_id = note.get(f"{_W}id")
        if note.get(_TYPE) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = "".join(t.text or "" for t in note.iter(_T)).strip()
        if text:
            blocks.append(RawBlock("footnote", f"{shown.get(note_id, note_id)} {text}", {kind: note_id}))
    return blocks


# a closing typed with tabs, not a table: "Nơi nhận:<tab>TM. ỦY BAN NHÂN DÂN", "- UBND huyện ... (b/c);<tab>CHỦ TỊCH",
# recipients with no tab while the signature's blank lines go by, then "- Lưu: VT.<tab>Hồ Văn Khiêm"
_RECIPIENTS = re.compile(r"^\s*N[ơo]i\s+nh[ậa]n\s*:?(?:\s*$|\s*\t)", re.I)
CLOSING_LINE = 90  # characters: a recipient's line or a signature's is shorter (a paragraph of prose is not)
CLOSING_LINES = 30  # a closing's lines, at most
_MARK_TAB = re.compile(r"^([-–•+*])\t+")
_NUMBERED_LABEL = re.compile(r"^\(?\w{1,4}[.)/]$")


def _tabbed_closing(texts: list[str]) -> tuple[int, int, list[tuple[int, str]]] | None:
    """A closing set in two columns with tabs whose left column (the recipients) runs on past the right one's last
    tab line and whose right column goes on after lines holding no tab (the signer's name after the last
    recipient): (start, end, the lines' pieces left column first). None where every line down to the last tab line
    holds a tab (the column reading of in_column_order keeps them) or no closing is typed so."""
    start = next((i for i, t in enumerate(texts) if _RECIPIENTS.match(t)), None)
    if start is None:
        return None
    lines = [_MARK_TAB.sub(r"\1 ", t.strip(" ")) for t in texts]  # ("-<tab>Sở Y tế;": a recipient's dash, a space)
    end = start + 1
    for k in range(start + 1, min(len(texts), start + CLOSING_LINES)):
        if len(lines[k].strip()) > CLOSING_LINE or _NUMBERED_LABEL.match(lines[k].split("\t", 1)[0].strip()):
            break  # (prose, or a numbered item "1.<tab>...": the closing is over)
        if "\t" in lines[k]:
            end = k + 1
    cuts = [re.split(r"\t+", lines[k], maxsplit=1) for k in range(start, end)]
    if all(len(cut) == 2 for cut in cuts) or any(len(re.split(r"\t+", c[1])) > 1 for c in cuts if len(c) == 2):
        return None
    if not any(LAYOUT_CELL.match(cut[1].strip()) for cut in cuts if len(cut) == 2):
        return None  # (no signature's item on the right: no closing's columns)
    order = [(start + n, cut[0].strip()) for n, cut in enumerate(cuts) if cut[0].strip()]
    order += [(start + n, cut[1].strip()) for n, cut in enumerate(cuts) if len(cut) == 2 and cut[1].strip()]
    return start, end, order


def _tab_columns(blocks: list[RawBlock]) -> list[RawBlock]:
    """A header or signature set in two columns with tabs rather than a table
    ("ỦY BAN NHÂN DÂN<tab><tab>CỘNG HÒA ..."): each run of plain paragraphs holding a tab
    goes through the layout stage's column reading, as a text file's lines do."""
    out: list[RawBlock] = []
    run: list[RawBlock] = []

    def columns(part: list[RawBlock]) -> None:
        if any("\t" in b.text for b in part):
            out.extend(RawBlock("paragraph", text.strip(), part[n].location, style=part[n].style)
                       for n, text in in_column_order([b.text for b in part]) if text.strip())
        else:
            out.extend(part)

    def flush() -> None:
        if (closing := _tabbed_closing([b.text for b in run])) is None:
            columns(run)
        else:
            start, end, order = closing
            columns(run[:start])
            out.extend(RawBlock("paragraph", text, run[n].location, style=run[n].style) for n, text in order)
            columns(run[end:])
        run.clear()

    for b in blocks:
        if b.kind == "paragraph" and "paragraph" in b.location:
            run.append(b)
            continue
        flush()
        out.append(b)
    flush()
    return out


def _with_page_break(p, text: str) -> str:
    """A paragraph's text with a form feed where a page break stands in it: before the
    text when the break comes first, else after it (the next page starts on the next line)."""
    if next(p.iter(_BR), None) is None:  # (most paragraphs: no break of any kind)
        return text
    seen_text = False
    for el in p.iter(_T, _BR):
        if el.tag == _T:
            seen_text = seen_text or bool(el.text and el.text.strip())
        elif el.get(_TYPE) == "page":
            return text + "\n\f" if seen_text else "\f" + text
    return text


# a run of three or more spaces inside a line, or three or more before its first word
SPACE_RUN = re.compile(r"\S {3,}\S|^ {3,}\S")
INNER_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
LAYOUT_MIN_LINES = 8  # non-blank paragraphs a space-set layout has at least
LAYOUT_SHARE = 0.4  # of which this share at least holds a run of spaces
LAYOUT_COLUMN_LINES = 3  # and this many set two columns apart with a run of spaces between words
SIGNATURE_BESIDE = re.compile(r"^\s*N[oơ]i\s+nh[aậ]n\s*:? {3,}(?:TM|KT|Q|TL|TUQ)?[./\s]*[A-ZĐ]")
SPACE_TABLE_ROWS = 3  # or this many paragraphs in a row each set in three columns or more: a table typed with spaces


def _space_layout(lines: list[tuple[int, str]]) -> tuple[list[RawBlock], list[dict]] | None:
    """A Word file whose paragraphs are the lines of a text set with spaces (a .txt typed or
    pasted into Word: a header and a signature in two columns, a table aligned with spaces),
    read as a text file is (extractors.layout.text), each block located at its first line's
    paragraph; None for any other document. Only a body of plain paragraphs (no table,
    heading or list) qualifies, of which many lines (LAYOUT_SHARE) hold runs of three or
    more spaces, at least three of them between two words (two columns, a table's cells)."""
    filled = [t for _, t in lines if t.strip()]
    spaced = [t for t in filled if "   " in t and SPACE_RUN.search(t)]  # (the run of spaces first: most lines lack one)
    if len(filled) < LAYOUT_MIN_LINES:
        return None
    if len(spaced) < LAYOUT_SHARE * len(filled):
        # a body of prose with one table typed with spaces in it ("STT   Nội dung   Tổng cộng   Ngân sách tỉnh"),
        # or its recipients and signature side by side ("- UBND tỉnh (b/c);        PHÓ GIÁM ĐỐC")
        return _as_text(lines) if _space_table(filled) else None
    if sum(1 for t in spaced if INNER_GAP.search(t)) < LAYOUT_COLUMN_LINES:
        return None
    return _as_text(lines)


def _corpus_text(lines: list[tuple[int, str]]) -> tuple[list[RawBlock], list[dict]] | None:
    """A Word file holding a corpus's text pasted in, read as a text file is (extractors.layout.text): the whole
    document in one paragraph (layout.one_line.has_lost_lines), one sentence a paragraph with the labels cut off
    ("Điều 1." alone, layout.one_line.has_cut_labels), or a table's rows as paragraphs with their cells set apart
    by tabs (TAB_TABLE_ROWS rows in a row of three cells or more); None for any other document."""
    texts = [t for _, t in lines]
    joined = "\n".join(texts)
    if one_line.has_lost_lines(joined) or one_line.has_cut_labels(joined) or _tab_table(texts):
        return _as_text(lines)
    return None


TAB_TABLE_ROWS = 3


def _tab_table(texts: list[str]) -> bool:
    run = 0
    for t in texts:
        run = run + 1 if t.count("\t") >= 2 and sum(1 for c in t.split("\t") if c.strip()) >= 3 else 0
        if run >= TAB_TABLE_ROWS:
            return True
    return False


def _space_table(texts: list[str]) -> bool:
    """Whether SPACE_TABLE_ROWS paragraphs in a row each hold two or more runs of spaces between words
    (three columns or more: a header set in two columns is no table), or the recipients' head has the
    signature beside it ("Nơi nhận:        KT. GIÁM ĐỐC")."""
    run = 0
    for t in texts:
        if SIGNATURE_BESIDE.match(t):
            return True
        run = run + 1 if "   " in t and len(INNER_GAP.findall(t)) >= 2 else 0
        if run >= SPACE_TABLE_ROWS:
            return True
    return False


def _printed_lines(lines: list[tuple[int, str]], framed: set[int]) -> tuple[list[RawBlock], list[dict]] | None:
    """A Word file whose paragraphs are the printed lines of a page, one each (a PDF converted
    to Word by an online converter, Acrobat or LibreOffice: a sentence, a task's title, an
    agency's name cut over two paragraphs), read as a hard-wrapped text file is, its wraps
    joined again (extractors.layout.wrap.printed_lines tells it); None for any other document.
    Only a body of plain paragraphs qualifies (as for `_space_layout`); the paragraphs in frames (`framed`, their
    indices) are not measured."""
    if _printed_style([t for k, t in lines if k not in framed]) is None:
        return None
    return _as_text(lines)


def _printed_style(texts: list[str]) -> wrap.Style | None:
    """The wrap style of paragraphs that are printed lines (wrap.printed_lines), None when they
    are not or are too few to tell (LAYOUT_MIN_LINES)."""
    lines = "\n".join(texts).split("\n")
    if sum(1 for t in lines if t.strip()) < LAYOUT_MIN_LINES:
        return None
    return wrap.printed_lines(lines)


def _as_text(lines: list[tuple[int, str]]) -> tuple[list[RawBlock], list[dict]]:
    """Paragraphs (index, text) read as the lines of a text file (extractors.layout.text),
    each block located at its first line's paragraph."""
    para_of: list[int] = []  # the paragraph of each line of the text
    for index, text in lines:
        para_of.extend([index] * (text.count("\n") + 1))
    blocks, issues = read_text("\n".join(t for _, t in lines))
    for b in blocks:
        line = b.location.get("line")
        b.location = {"paragraph": para_of[min(line, len(para_of)) - 1]} if line else {}
    return blocks, issues


class _PrintedLine:
    """A body paragraph's line as the wrap rules read a text's line (extractors.layout.wrap)."""

    __slots__ = ("number", "text", "page", "column", "block")

    def __init__(self, block: RawBlock, key: str = "paragraph"):
        self.number, self.text, self.page, self.column, self.block = block.location[key], block.text, 1, False, block


def joined_lines(blocks: list[RawBlock], style: wrap.Style, key: str = "paragraph") -> list[RawBlock]:
    """The printed lines of a converted PDF (`_printed_lines`) in a body that also holds tables,
    headings or lists: each run of plain paragraphs between them is joined where the text
    wraps (extractors.layout.wrap.paragraphs, with the wrap style of all the body's plain
    paragraphs); a blank paragraph between two lines is a break, as a blank line is in a
    text. Each joined block keeps its first paragraph's place and style. (`key`: the location's
    counter of body elements, "element" for a web page's.)"""
    out: list[RawBlock] = []
    run: list[RawBlock] = []

    def flush() -> None:
        items: list[_PrintedLine | None] = []
        for b in run:
            line = _PrintedLine(b, key)
            if items and line.number > items[-1].number + 1:
                items.append(None)  # blank paragraphs between them
            items.append(line)
        first = {line.number: line.block for line in reversed(items) if line is not None}
        for b in wrap.paragraphs(items, style, False):
            number = b.location.get("line")
            out.append(RawBlock("paragraph", b.text, {key: number}, style=first[number].style)
                       if number in first else b)
        run.clear()

    for b in blocks:
        if b.kind == "paragraph" and b.location.keys() == {key}:
            run.append(b)
            continue
        if run:
            flush()
        out.append(b)
    if run:
        flush()
    return out


_HDR_REF, _SECT_PR, _TITLE_PG = (f"{_W}{t}" for t in ("headerReference", "sectPr", "titlePg"))
HEADER_BLOCKS = 12  # the body's first blocks, where a document's header stands


def _block_texts(blocks: list[RawBlock]) -> list[str]:
    return [b.text for b in blocks if b.text] + [c for b in blocks if b.rows for row in b.rows for c in row if c]


def _first_page_header(archive: zipfile.ZipFile, parts: dict[str, str], body) -> list[RawBlock]:
    """The blocks of the page header Word draws on the first page (the first section's
    "first" header when the section has a title page of its own, else its "default" one),
    when it holds a document's own header (the national motto, a number line): a template
    that sets "ỦY BAN NHÂN DÂN / Số: ... | CỘNG HÒA ..." there instead of in the body.
    A running header (a title, a page number) is not read."""
    sect = next(body.iter(_SECT_PR), None)  # the first section's properties
    if sect is None:
        return []
    refs = {ref.get(_TYPE) or "default": ref.get(_R_ID) for ref in sect.iterchildren(_HDR_REF)}
    name = parts.get(f"header:{refs.get('first' if _on(sect.find(_TITLE_PG)) else 'default')}")
    if name is None:
        return []
    loc = {"page_header": 1}
    blocks: list[RawBlock] = []
    for child in _body_children(_parse(archive, name)):
        if child.tag == _P:
            blocks.extend(RawBlock("paragraph", part, loc) for part in _paragraph(child)[0].split("\n") if part.strip())
        elif child.tag == _TBL:
            try:
                rows = table_rows(child)
            except TableTooLarge:
                continue
            blocks.extend(layout_table_blocks(rows, loc) if is_layout_table(rows) else [RawBlock("table", rows=rows, location=loc)])
    return blocks if DOCUMENT_HEADER.search("\n".join(_block_texts(blocks))) else []


_RPR, _RFONTS, _RSTYLE = (f"{_W}{t}" for t in ("rPr", "rFonts", "rStyle"))
_ASCII, _HANSI = f"{_W}ascii", f"{_W}hAnsi"
# a legacy font's name in a part's bytes: ".VnTime", "VNI-Times", "VPS Times" (cheap test first)
_LEGACY_FONT_BYTES = re.compile(rb'"(?:[A-Z]{6}\+)?(?:\.Vn|VNI[- ]|VPS )', re.I)


def _names_legacy_font(xml: bytes) -> bool:
    """Whether a part names a legacy font: a byte search for the names' stems first (XML has
    a quote before every attribute value, too many places to try the pattern at)."""
    return (b".Vn" in xml or b"VNI" in xml or b"VPS " in xml) and _LEGACY_FONT_BYTES.search(xml) is not None


# a template's styles part comes again and again: asked once per part (by its bytes, as _cached_styles)
_styles_name_legacy_font = functools.lru_cache(maxsize=8)(_names_legacy_font)


def _font_of(rpr) -> str | None:
    """The font a w:rPr names for Latin text (w:rFonts' ascii, else hAnsi), None if none."""
    if rpr is None:
        return None
    fonts = rpr.find(_RFONTS)
    if fonts is None:
        return None
    return fonts.get(_ASCII) or fonts.get(_HANSI)


def _legacy_font_text(xml: bytes, styles_xml: bytes | None, styles: dict[str, Style], default_style: Style,
                      body) -> bool:
    """Text set in legacy fonts converted in place: a header typed in .VnTimeH, a signature
    block in VNI-Times, in a document otherwise in Unicode (a template's header kept from the
    years before Unicode). Each run takes its font from its own properties, else its
    character style, its paragraph's style, the document's default font; a font is taken as
    legacy when its text over the whole document is (normalizers.legacy.legacy_fonts).
    Consecutive pieces of text of one font in a paragraph are converted together (a word may
    span runs) into the first piece. True when some text was converted."""
    from normalizers.legacy import font_encoding, from_font_code, legacy_fonts
    if not _names_legacy_font(xml) and not (styles_xml and _styles_name_legacy_font(styles_xml)):
        return False
    pieces: list[tuple[str | None, list]] = []  # (font, consecutive w:t of that font in a paragraph)
    for p in body.iter(_P):
        pstyle = p.find(f"{_PPR}/{_PSTYLE}")
        p_font = (styles.get(pstyle.get(_VAL), default_style) if pstyle is not None else default_style).font
        current: tuple[str | None, list] | None = None
        for r in p.iter(_R):
            rpr = r.find(_RPR)
            font = _font_of(rpr)
            if font is None and rpr is not None and (rs := rpr.find(_RSTYLE)) is not None:
                font = styles.get(rs.get(_VAL), _NO_STYLE).font
            font = font or p_font
            for c in r:
                if c.tag == _T:
                    if current is None or current[0] != font:
                        current = (font, [])
                        pieces.append(current)
                    current[1].append(c)
                elif c.tag != _RPR:
                    current = None  # a tab or a break ends a piece
    texts: dict[str, list[str]] = {}
    for font, ts in pieces:
        if font_encoding(font):
            texts.setdefault(font, []).extend(t.text or "" for t in ts)
    legacy = legacy_fonts(texts)
    changed = False
    for font, ts in pieces:
        if font not in legacy:
            continue
        joined = "".join(t.text or "" for t in ts)
        converted = from_font_code(joined, font_encoding(font), font)
        if converted != joined:
            ts[0].text = converted
            for t in ts[1:]:
                t.text = ""
            changed = True
    return changed


_CAPS, _SMALL_CAPS = f"{_W}caps", f"{_W}smallCaps"
_CAPS_MARKS = (b"w:caps", b"w:smallCaps", b":caps ", b":caps/", b":smallCaps")


def _caps_of(rpr) -> bool | None:
    """A run's own All Caps or Small Caps (True, False switched off, None unsaid)."""
    if rpr is None:
        return None
    found = None
    for el in rpr.iterchildren(_CAPS, _SMALL_CAPS):
        found = found or _on(el)
    return found


def _all_caps_text(document_xml: bytes, styles_xml: bytes | None, styles: dict[str, Style], default_style: Style,
                   body) -> None:
    """Text formatted All Caps or Small Caps written in capitals, as Word shows it: a type
    line typed "Kế hoạch" and set in capitals by its style, an issuer's lines typed in lower
    case ("Ủy ban nhân dân"). A run's own setting wins over its character style's, then its
    paragraph style's (Style.caps: through its base styles, then the document default).
    Nothing is done when neither the body nor a style it uses says capitals (a template's
    unused "Title" style)."""
    in_body = any(m in document_xml for m in _CAPS_MARKS)
    if not in_body and not (styles_xml is not None and any(m in styles_xml for m in _CAPS_MARKS)):
        return
    if not in_body and not default_style.caps and not any(
            st.caps and f'w:val="{k}"'.encode() in document_xml for k, st in styles.items()):
        return
    for p in body.iter(_P):
        pstyle = p.find(f"{_PPR}/{_PSTYLE}")
        p_caps = (styles.get(pstyle.get(_VAL), default_style) if pstyle is not None else default_style).caps
        for r in p.iter(_R):
            if next(r.iterancestors(_P)) is not p:
                continue  # a run of a text box's paragraph: read with that paragraph
            rpr = r.find(_RPR)
            on = _caps_of(rpr)
            if on is None and rpr is not None and (rs := rpr.find(_RSTYLE)) is not None:
                on = styles.get(rs.get(_VAL), _NO_STYLE).caps or None
            if on if on is not None else p_caps:
                for t in r.iterchildren(_T):
                    if t.text:
                        t.text = t.text.upper()


# A scanned document pasted into Word: a picture a page, as large as a page's text area (a logo, a
# signature, a seal, a chart beside typed text is far smaller), and little typed text besides (a
# header typed above the pictures): its pictures are the document, read by OCR.
EMU_PER_CM = 360_000
PT_PER_CM = 72 / 2.54
PAGE_PICTURE_CM = (12.0, 15.0)  # width, height at least
TYPED_PAGE_CHARS = 1000  # typed characters (not spaces) under which the pictures are the document
_DRAWING_MARKS = (b"<w:drawing", b"<w:pict", b":drawing>", b":pict>")
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "{urn:schemas-microsoft-com:vml}"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_VML_SIZE = re.compile(r"\b(width|height)\s*:\s*([\d.]+)\s*(pt|in|cm|mm|px)?", re.I)
_VML_UNIT_CM = {"pt": 1 / PT_PER_CM, "in": 2.54, "cm": 1.0, "mm": 0.1, "px": 2.54 / 96, "": 1 / PT_PER_CM}


def _page_pictures(p) -> list[tuple[object, str]]:
    """The page-sized pictures a paragraph holds, each as (its element, its relationship id): DrawingML
    (`wp:inline`/`wp:anchor` of `wp:extent` and `a:blip`), or VML (`v:imagedata` in a
    `v:shape` whose style sets its size)."""
    found = []
    for holder in p.iter(f"{_WP}inline", f"{_WP}anchor"):
        extent = holder.find(f"{_WP}extent")
        blip = next(holder.iter(f"{_A}blip"), None)
        if extent is None or blip is None or not blip.get(_R_EMBED):
            continue
        try:
            size = (int(extent.get("cx", 0)) / EMU_PER_CM, int(extent.get("cy", 0)) / EMU_PER_CM)
        except ValueError:
            continue
        if size[0] >= PAGE_PICTURE_CM[0] and size[1] >= PAGE_PICTURE_CM[1]:
            found.append((blip, blip.get(_R_EMBED)))
    for data in p.iter(f"{_V}imagedata"):
        shape = data.getparent()
        sizes = {k.lower(): float(v) * _VML_UNIT_CM[(u or "").lower()]
                 for k, v, u in _VML_SIZE.findall(shape.get("style") or "")} if shape is not None else {}
        if data.get(_R_ID) and sizes.get("width", 0) >= PAGE_PICTURE_CM[0] and sizes.get("height", 0) >= PAGE_PICTURE_CM[1]:
            found.append((data, data.get(_R_ID)))
    return found


def _picture_bytes(archive: zipfile.ZipFile, name: str | None) -> bytes | None:
    """A picture's part, None when it is missing or cannot be read (the other pages still are)."""
    try:
        return _part_bytes(archive, name)
    except ReadError:
        return None


def _typed_chars(body) -> int:
    """The characters (not white space) typed in the body's text."""
    return sum(len("".join((t.text or "").split())) for t in body.iter(_T))


def _scanned_pages(archive: zipfile.ZipFile, parts: dict[str, str], body, document_xml: bytes,
                   options) -> tuple[list[RawBlock], int, list[dict]] | None:
    """A Word file whose body is scanned pages pasted as pictures: the pictures' blocks read by
    OCR (extractors.formats.image.read_pictures: a picture is a page, its blocks say so), the
    paragraph of the first picture (the typed blocks above it stay above), and the OCR's
    issues; None for any other Word file (no drawing at all: a byte search; no page-sized
    picture; typed text enough to be the document). When OCR reads nothing, a
    `docx.pictures_unread` warning beside the typed text, or OCR's error when none was typed."""
    if not any(mark in document_xml for mark in _DRAWING_MARKS):
        return None
    first, ids, index, seen = None, [], 0, set()
    for child in _body_children(body):  # (counted as read() counts its paragraphs)
        index += child.tag == _P
        found = [rid for el, rid in _page_pictures(child) if el not in seen and not seen.add(el)]
        if found and first is None:
            first = index
        ids += found  # (a text box's paragraph comes again after its anchor's: each picture once)
    typed = _typed_chars(body) if ids else 0
    if not ids or typed >= TYPED_PAGE_CHARS * len(ids):
        return None
    pictures = [data for data in (_picture_bytes(archive, parts.get(f"image:{rid}")) for rid in ids) if data]
    if not pictures:
        return None
    from extractors.formats import image
    from extractors.formats.base import ReadOptions
    try:
        scanned = image.read_pictures(pictures, options or ReadOptions())
    except ReadError as exc:
        if not typed:
            raise  # (nothing else to read: the error says why, OCR off or missing)
        return [], first, [{"code": "docx.pictures_unread", "severity": "warning", "where": None,
                            "message": f"the document's {len(pictures)} page-sized picture(s) were not read: {exc}"}]
    return scanned.blocks, first, scanned.issues


def read(data: bytes, path: str, options=None) -> RawDocument:
    archive = check_zip(data)
    strict = transitional(data)  # (a Strict package in transitional namespaces; checked as it came first)
    if strict is not data:
        archive = zipfile.ZipFile(io.BytesIO(strict))
    parts = _parts(archive)
    # (a mangled page pasted into Word, "Káº¿ hoáº¡ch", repaired before the table rules read its cells)
    document_xml, mojibake = repaired_xml(composed(_part_bytes(archive, "word/document.xml")))
    document = _parse_bytes("word/document.xml", document_xml)
    body = document.find(f"{_W}body")
    if body is None:
        raise ReadError("the Word document has no body")
    if parts.get("footnotes") or parts.get("endnotes"):
        _number_note_marks(body, (_FOOTNOTE_REF, _ENDNOTE_REF) if parts.get("endnotes") else (_FOOTNOTE_REF,))
    styles_xml = composed(_part_bytes(archive, parts.get("styles")))
    styles, default_style = _styles(parts.get("styles"), styles_xml)
    legacy_fonts = _legacy_font_text(document_xml, styles_xml, styles, default_style or _NO_STYLE, body)
    _all_caps_text(document_xml, styles_xml, styles, default_style or _NO_STYLE, body)  # (after: a legacy font's codes are no letters)
    numbering = Numbering(_parse(archive, parts["numbering"]) if "numbering" in parts else None)
    blocks: list[RawBlock] = []
    issues: list[dict] = [mojibake] if mojibake else []
    para_index = table_index = chunk_index = 0
    # every paragraph as a line (blank ones too), while the body is plain paragraphs only:
    # a text file typed or pasted into Word, read as text when its lines are set with spaces
    lines: list[tuple[int, str]] | None = []
    objects = b"OLEObject" in document_xml and any(k.startswith("object:") for k in parts)  # embedded worksheets
    framed: set[int] = set()  # the paragraphs in frames
    plain: list[str] = []  # the plain paragraphs' text, "" for a blank one or whatever else stands between
    for child in _body_children(body):
        if child.tag == _P:
            para_index += 1
            text, style_el, num_el = _paragraph(child)
            style = (styles.get(style_el.get(_VAL), _NO_STYLE) if style_el is not None
                     else default_style or _NO_STYLE)
            style_name = style.name
            if _toc_entry(child, style_name, style_el):
                # a table of contents' entry (the part headings again, each with its page): no outline of the
                # document's, nor its title ("MỤC LỤC") before it
                if blocks and blocks[-1].location == {"paragraph": para_index - 1} \
                        and contents.TITLE.match(blocks[-1].text):
                    blocks.pop()
                plain.append("")
                continue
            # the paragraph's own numbering, else its style's
            if num_el is not None:
                num_id, ilvl = _first_val(num_el, _NUM_ID), int(_first_val(num_el, _ILVL) or 0)
            elif style.num_pr is not None:
                num_id, ilvl = style.num_pr[0], int(style.num_pr[1] or 0)
            else:
                num_id, ilvl = None, 0
            # Word draws "1.", "a)", "II." itself: the text lacks them, the outline needs them
            label = numbering.label(num_id, ilvl) if num_id not in (None, "0") else None
            heading = _HEADING_STYLE.match(style_name or "")
            listed = num_el is not None or (style_name or "").lower().startswith("list")
            # (a frame's paragraph, w:framePr: a block placed on the page apart from the text's flow, a converter's
            # header or signature, no line of the body's wrap)
            if child.find(_FRAME_PR) is not None:
                framed.add(para_index)
            plain.append("" if label or heading or listed or para_index in framed else text)
            if lines is not None:
                if label and not heading and label != "-" and text.strip():
                    # a line Word numbers itself ("IV." from w:numPr): the line as it is drawn, so that
                    # a text typed with spaces around it is still read as a text (its numbers kept)
                    lines.append((para_index, _with_page_break(child, f"{label} {text.lstrip()}")))
                elif label or heading or listed:
                    lines = None
                else:
                    lines.append((para_index, _with_page_break(child, text)))
            if objects and (embedded := _object_blocks(archive, parts, child, para_index)):
                lines = None  # (a document with a worksheet in it is no text typed into Word)
                if text.strip():
                    blocks.append(RawBlock("paragraph", text.strip(), {"paragraph": para_index}, style=style_name))
                blocks.extend(embedded)
                continue
            if not text.strip():
                continue
            if label and not text.lstrip().startswith(label):
                text = f"{label} {text.lstrip()}"
            loc = {"paragraph": para_index}
            if heading:
                blocks.append(RawBlock("heading", text, loc, level=int(heading.group(1)), style=style_name))
            elif listed:
                # the item is its first line; lines after a soft break (Shift+Enter) go on as
                # paragraphs, as after a plain paragraph's: "I. NHIỆM VỤ" / "Tuyên truyền ..."
                first, *rest = [part for part in text.split("\n") if part.strip()] or [text]
                blocks.append(RawBlock("list_item", first, loc, style=style_name))
                blocks.extend(RawBlock("paragraph", part, loc, style=style_name) for part in rest)
            else:
                # a line break inside a paragraph (Shift+Enter) starts a line of its own,
                # as in a text file: "I. MỤC TIÊU" / "1. Mục tiêu chung"
                blocks.extend(RawBlock("paragraph", part, loc, style=style_name)
                              for part in text.split("\n") if part.strip())
        elif child.tag == _TBL:
            lines = None
            plain.append("")
            table_index += 1
            loc = {"table": table_index}
            try:
                rows = table_rows(child)
            except TableTooLarge as exc:
                issues.append({"code": "table.grid_too_large", "severity": "warning", "message": str(exc),
                               "where": f"table {table_index}"})
                continue
            layout = is_layout_table(rows)
            if layout and _table_rest(blocks, rows):
                blocks[-1] = replace(blocks[-1], rows=blocks[-1].rows + rows)
            elif layout:
                blocks.extend(layout_table_blocks(rows, loc))
            else:
                blocks.append(RawBlock("table", rows=rows, location=loc))
        elif child.tag == _ALT_CHUNK:
            lines = None
            plain.append("")
            chunk_index += 1
            blocks.extend(_chunk_blocks(archive, parts, child, chunk_index))
    laid_out = (_space_layout(lines) or _printed_lines(lines, framed) or _corpus_text(lines)) if lines else None
    if laid_out is not None:
        blocks, found = laid_out
        issues.extend(found)
    else:
        if lines is None:  # a body with tables, headings or lists: its plain paragraphs may be printed lines
            printed = _printed_style(plain)
            if printed is not None:
                blocks = joined_lines(blocks, printed)
        blocks = _tab_columns(blocks)
        # a table typed as text, " | " between its cells, a paragraph a row (a Markdown file's table with no rule
        # under its header, typed into Word): its rows, as the text and PDF readers read them
        blocks = pipe_tables(blocks)
    scanned = _scanned_pages(archive, parts, body, document_xml, options)
    if scanned is not None:
        pages, first, found = scanned
        at = next((i for i, b in enumerate(blocks) if b.location.get("paragraph", 0) > first), len(blocks))
        blocks[at:at] = pages
        issues.extend(found)
    if not DOCUMENT_HEADER.search("\n".join(_block_texts(blocks[:HEADER_BLOCKS]))):
        blocks[:0] = _first_page_header(archive, parts, body)
    blocks.extend(_footnotes(archive, parts.get("footnotes"), body))
    # (the endnotes after: their marks numbered after the footnotes', _number_note_marks)
    blocks.extend(_footnotes(archive, parts.get("endnotes"), body, "endnote",
                             1 + len({r.get(f"{_W}id") for r in body.iter(_FOOTNOTE_REF)})))
    if not blocks:
        raise ReadError("the Word document holds no text")
    if legacy_fonts:
        from normalizers.legacy import font_converted_issue
        issues.append(font_converted_issue())
    return RawDocument(blocks, issues=issues)
