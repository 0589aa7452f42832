"""Legacy Word (.doc), RTF and Excel 97 (.xls) files: converted by LibreOffice in headless
mode to .docx / .xlsx, then read by the DOCX and XLSX readers (tables, header layout
tables, list numbers and TCVN3/VNI text come through as in those formats).

Each conversion runs in a temporary folder of its own, with its own LibreOffice user
profile (`-env:UserInstallation`), so that parallel workers never share a profile (a
shared one makes the second soffice hand its job to the first, or fail); the folder is
removed afterwards, and soffice is killed with everything it started when the
document's time runs out.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePath

from extractors.blocks import RawDocument, ReadError
from extractors.formats import tools
from extractors.formats.base import ReadOptions

# the filters LibreOffice is asked for: Word 2007-365 and Calc Office Open XML
TARGETS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc Office Open XML"}


def convert(data: bytes, suffix: str, target: str, timeout: float) -> bytes:
    """`data` (a file with extension `suffix`) converted by LibreOffice to `target`."""
    exe = tools.soffice()
    with tempfile.TemporaryDirectory(prefix="vnplan-lo-") as tmp:
        src = Path(tmp, "input" + suffix)
        src.write_bytes(data)
        out = Path(tmp, "out")
        profile = Path(tmp, "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore", "--nologo",
               "--nodefault", "--nolockcheck", "--convert-to", TARGETS[target], "--outdir", str(out), str(src)]
        # no display; nothing written to the real home, and its pipes (OSL_PIPE_*) made in the temp folder
        env = {**os.environ, "HOME": tmp, "TMPDIR": tmp, "SAL_USE_VCLPLUGIN": "svp"}
        tools.run(cmd, timeout=timeout, env=env, what="LibreOffice (soffice --convert-to)")
        result = out / f"input.{target}"
        if not result.is_file():
            raise ReadError(f"LibreOffice could not convert the {suffix} file to .{target} "
                            "(damaged, encrypted, or not what its extension says)")
        return result.read_bytes()


def read_word(data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
    """A .doc or .rtf file, through LibreOffice and the DOCX reader."""
    from extractors.formats import docx
    options = options or ReadOptions()
    suffix = PurePath(path).suffix.lower() or ".doc"
    converted = convert(unframed_tables(shown_sections(data)), suffix, "docx", options.timeout_seconds)
    return docx.read(_soft_hyphens_kept(converted), path, options)


_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_HIDDEN_SECTION = b'display="none"'
_TEXT_BOX = b"text-box"
# the elements whose children are blocks (paragraphs, lists, tables): where a frame's content can stand
_BLOCK_HOLDERS = frozenset({f"{{{_OFFICE_NS}}}text", f"{{{_TEXT_NS}}}section", f"{{{_TABLE_NS}}}table-cell",
                            f"{{{_DRAW_NS}}}text-box", f"{{{_TEXT_NS}}}note-body", f"{{{_OFFICE_NS}}}annotation"})


def _odt_content(data: bytes, marker: bytes):
    """An OpenDocument text's zip and its content.xml parsed, when its content holds `marker`; else None."""
    import io
    import zipfile
    from lxml import etree
    if not data.startswith(b"PK"):
        return None
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        if source.read("mimetype").strip() != b"application/vnd.oasis.opendocument.text":
            return None
        content = source.read("content.xml")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None
    if marker not in content:
        return None
    try:
        return source, etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None


def _with_content(source, root) -> bytes:
    import io
    import zipfile
    from lxml import etree
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():  # (the mimetype first and stored, as ODF asks)
            body = etree.tostring(root, xml_declaration=True, encoding="UTF-8") if info.filename == "content.xml" \
                else source.read(info.filename)
            target.writestr(info, body)
    return out.getvalue()


def _take_out(el) -> None:
    """`el` out of its parent, the text after it (its tail, which lxml would take with it) left in place."""
    parent = el.getparent()
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def shown_sections(data: bytes) -> bytes:
    """An OpenDocument text (.odt) without its hidden sections: a text:section whose text:display is "none" (an old
    draft's figures, a block kept for later) is neither shown nor printed by Writer, but LibreOffice's conversion to
    Word writes its text as the document's own (Word has no hidden sections), and the reader would read it. Any other
    file, or an .odt with no hidden section, as it is."""
    opened = _odt_content(data, _HIDDEN_SECTION)
    if opened is None:
        return data
    source, root = opened
    hidden = [el for el in root.iter(f"{{{_TEXT_NS}}}section") if el.get(f"{{{_TEXT_NS}}}display") == "none"]
    if not hidden:
        return data
    for el in hidden:
        if el.getparent() is not None:
            _take_out(el)  # (a hidden section inside another goes with it)
    return _with_content(source, root)


def unframed_tables(data: bytes) -> bytes:
    """An OpenDocument text (.odt) whose text frames that hold a table (draw:frame / draw:text-box: a header's two
    blocks set in a table and the table put in a frame to place it) stand as their content, in the flow after the
    paragraph that anchors them (a frame anchored to the page, in its own place): LibreOffice's conversion to Word
    writes such a frame as an empty shape, the table and everything else in it lost. Frames of paragraphs alone
    (Word text boxes after the conversion, which the DOCX reader reads) and images are left as they are; any other
    file as it is."""
    opened = _odt_content(data, _TEXT_BOX)
    if opened is None:
        return data
    source, root = opened
    box_tag, table_tag = f"{{{_DRAW_NS}}}text-box", f"{{{_TABLE_NS}}}table"
    framed = [frame for frame in root.iter(f"{{{_DRAW_NS}}}frame")
              if (box := frame.find(box_tag)) is not None and next(box.iter(table_tag), None) is not None]
    if not framed:
        return data
    last: dict = {}  # the block a frame stood in -> the last element put after it
    for frame in framed:
        block = frame
        while block.getparent() is not None and block.getparent().tag not in _BLOCK_HOLDERS:
            block = block.getparent()
        holder = block.getparent()
        if holder is None:
            continue
        content = list(frame.find(box_tag))
        if block is frame:  # (anchored to the page: a child of the body itself)
            at = holder.index(frame)
            _take_out(frame)
            for k, el in enumerate(content):
                holder.insert(at + k, el)
            continue
        _take_out(frame)
        after = last.get(block, block)
        for el in content:
            el.tail = None
            after.addnext(el)
            after = el
        last[block] = after
    return _with_content(source, root)


def _soft_hyphens_kept(docx_bytes: bytes) -> bytes:
    """LibreOffice writes a U+00AD character as <w:softHyphen/>, which the DOCX reader
    skips; in a TCVN3 (.VnTime) file that byte is the letter "ư", so it is written back
    as text (the normalizer drops a real soft hyphen later)."""
    import io
    import zipfile
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml") and b"<w:softHyphen/>" in body:
                body = body.replace(b"<w:softHyphen/>", '<w:t xml:space="preserve">\u00ad</w:t>'.encode("utf-8"))
            target.writestr(info, body)
    return out.getvalue()


def read_xls(data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
    """An Excel 97-2003 workbook, through LibreOffice and the XLSX reader."""
    from extractors.formats import xlsx
    options = options or ReadOptions()
    converted = convert(data, PurePath(path).suffix.lower() or ".xls", "xlsx", options.timeout_seconds)
    return xlsx.read(converted, path)
