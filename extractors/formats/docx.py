"""DOCX reader (python-docx): paragraphs with styles and list flags, tables with merged
cells resolved, footnotes. The zip is checked before python-docx opens it: a file that
is not a zip, a zip bomb, or XML with a DTD (entity expansion) is refused."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from extractors.formats.base import RawBlock, RawDocument, ReadError, is_layout_table, layout_table_blocks
from extractors.formats.docx_numbering import Numbering, num_pr

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, all parts together
MAX_RATIO = 200  # uncompressed / compressed, per part
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề)\s*(\d)$", re.I)


def check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ReadError(f"not a valid .docx (not a zip archive: {exc})") from exc
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(f"refused: {info.filename} expands {info.file_size // max(info.compress_size, 1)}x "
                            "(a zip bomb?)")
    if total > MAX_UNCOMPRESSED:
        raise ReadError(f"refused: the archive expands to {total // 2**20} MiB (limit {MAX_UNCOMPRESSED // 2**20} MiB)")
    if "word/document.xml" not in archive.namelist():
        raise ReadError("not a Word document: the archive has no word/document.xml")
    for name in archive.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            head = archive.read(name)[:4096]
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ReadError(f"refused: {name} declares a DTD or entities (XML entity expansion)")
    return archive


def _footnotes(archive: zipfile.ZipFile) -> list[RawBlock]:
    if "word/footnotes.xml" not in archive.namelist():
        return []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(archive.read("word/footnotes.xml"), parser)
    blocks = []
    for note in root.iter(f"{_W}footnote"):
        note_id = note.get(f"{_W}id")
        if note.get(f"{_W}type") in ("separator", "continuationSeparator"):
            continue
        text = "".join(t.text or "" for t in note.iter(f"{_W}t")).strip()
        if text:
            blocks.append(RawBlock("footnote", f"{note_id} {text}", {"footnote": note_id}))
    return blocks


def _numbering_element(document):
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # a document without lists
        return None


def read(data: bytes, path: str) -> RawDocument:
    archive = check_zip(data)
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise ReadError(f"python-docx cannot open the document: {type(exc).__name__}: {exc}") from exc
    blocks: list[RawBlock] = []
    para_index = table_index = 0
    numbering = Numbering(_numbering_element(document))
    # paragraph.style looks the default style up again for every paragraph (slow on long
    # documents): read the style id from the XML and resolve it from one table
    styles = {s.style_id: s for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    default_style = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            para_index += 1
            p = Paragraph(child, document)
            text = p.text
            style_el = child.find(f"{_W}pPr/{_W}pStyle")
            style_obj = styles.get(style_el.get(f"{_W}val")) if style_el is not None else default_style
            num_id, ilvl = num_pr(child, style_obj.element if style_obj is not None else None)
            # Word draws "1.", "a)", "II." itself: the text lacks them, the outline needs them
            label = numbering.label(num_id, ilvl) if num_id not in (None, "0") else None
            if not text.strip():
                continue
            if label and not text.lstrip().startswith(label):
                text = f"{label} {text.lstrip()}"
            style = style_obj.name if style_obj is not None else None
            loc = {"paragraph": para_index}
            heading = _HEADING_STYLE.match(style or "")
            if heading:
                blocks.append(RawBlock("heading", text, loc, level=int(heading.group(1)), style=style))
            elif child.find(f"{_W}pPr/{_W}numPr") is not None or (style or "").lower().startswith("list"):
                blocks.append(RawBlock("list_item", text, loc, style=style))
            else:
                # a line break inside a paragraph (Shift+Enter) starts a line of its own,
                # as in a text file: "I. MỤC TIÊU" / "1. Mục tiêu chung"
                blocks.extend(RawBlock("paragraph", part, loc, style=style) for part in text.split("\n") if part.strip())
        elif child.tag == f"{_W}tbl":
            table_index += 1
            table = Table(child, document)
            # row.cells repeats a merged cell (gridSpan, vMerge) at every grid position it covers
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            loc = {"table": table_index}
            if is_layout_table(rows):
                blocks.extend(layout_table_blocks(rows, loc))
            else:
                blocks.append(RawBlock("table", rows=rows, location=loc))
    blocks.extend(_footnotes(archive))
    if not blocks:
        raise ReadError("the Word document holds no text")
    return RawDocument(blocks)
