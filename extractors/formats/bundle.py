"""A document sent as several files (an e-mail's attachments, an archive's files: the plan and its annexes), read as
one: the document is the first file that holds a document's own header (base.has_document_header; else the first
one; a picture only when nothing else came: a signature's logo is no document), and the files before or after it
that hold no header of their own (its annexes: the estimate as an .xlsx, a task list as a second Word file, "PHỤ LỤC
... (Kèm theo Kế hoạch số ...)") are read after it, as its parts. A file with a header of its own is another
document: it is left out, and the record says so (`read.bundle_document_left_out`, naming it: extract it alone).
Pictures ("KH 51 trang 1.jpg", "trang 2.jpg" ...: a signed plan scanned a page a picture) are read together, one
document's pages in their names' natural order, where no other file holds a document's header (OCR is slow: a
logo beside a plan as a Word file is not read); they are the document where they hold its header or nothing else
came, else left out.

Used by the e-mail reader (extractors.formats.eml) and the archive reader (extractors.formats.archive).
"""

from __future__ import annotations

import io
import re
import zipfile

from extractors.blocks import RawDocument, ReadError

ZIP_FILES = 64  # at most so many files read from a zip archive
ZIP_BYTES = 64 * 1024 * 1024  # nor more than so many bytes in all, nor a file that expands more than MAX_RATIO-fold
PICTURES = frozenset(("png", "jpeg", "tiff", "bmp", "webp", "gif"))


def zip_files(payload: bytes) -> list[tuple[str, bytes]]:
    """The files of a zip archive ("KH 51.zip": the plan and its annex in one archive), in the archive's order,
    folders and a Mac's "__MACOSX" copies left out; [] for no archive, or one too big or expanding too far."""
    from extractors.formats.docx import MAX_RATIO
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        infos = [i for i in archive.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
        if len(infos) > ZIP_FILES or sum(i.file_size for i in infos) > ZIP_BYTES or any(
                i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos):
            return []
        return [(i.filename.rsplit("/", 1)[-1], archive.read(i)) for i in infos]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
        return []


def raw_text(raw: RawDocument) -> str:
    return "\n".join([b.text for b in raw.blocks if b.text]
                     + [c for b in raw.blocks if b.rows for row in b.rows for c in row if c])


def _natural(name: str) -> list:
    """A name's sort key with its numbers as numbers: "trang 2" before "trang 10"."""
    return [int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", name)]


def _pages(pictures: list[tuple[str, bytes]], options) -> RawDocument | None:
    """The pictures read by OCR as one document's pages, in their names' natural order (a single picture as an image
    file is read: a TIFF's every frame); None when none gave text."""
    from extractors.formats.base import read as read_file
    from extractors.formats.image import read_pictures
    try:
        if len(pictures) == 1:
            return read_file(pictures[0][1], pictures[0][0], options=options)
        return read_pictures([p for _, p in sorted(pictures, key=lambda f: _natural(f[0]))], options)
    except ReadError:
        return None


def read_bundle(found: list[tuple[str, bytes]], options, main: RawDocument | None = None) -> RawDocument | None:
    """The files' document with its annexes after it (see the module's docstring); None when no file can be read.
    `found`: (a name whose extension says its format, its bytes) each. `main` given (an e-mail's body that holds
    the document), the annexes after it, no file its document."""
    from extractors.formats.base import format_of, has_document_header
    from extractors.formats.base import read as read_file
    documents = [(n, p) for n, p in found if p and format_of(n) not in PICTURES]
    pictures = [(n, p) for n, p in found if p and format_of(n) in PICTURES]
    got: list[tuple[str, RawDocument, bool]] = []
    for name, payload in documents:
        try:
            raw = read_file(payload, name, options=options)
        except ReadError:
            continue
        got.append((name, raw, has_document_header(raw_text(raw))))
    if main is None and pictures and not any(headed for _, _, headed in got):
        scanned = _pages(pictures, options)
        if scanned is not None and (has_document_header(raw_text(scanned)) or not got):
            got.insert(0, (pictures[0][0], scanned, True))
    if not got:
        return main
    if main is None:
        main = next((raw for _, raw, headed in got if headed), got[0][1])
    left: list[str] = []
    for number, (name, raw, headed) in enumerate(got, 1):
        if raw is main:
            continue
        if headed:
            left.append(name)
            continue
        for b in raw.blocks:
            b.location = {"attachment": number, **b.location}
        main.blocks.extend(raw.blocks)
        main.issues.extend(raw.issues)
    if left:
        main.issues.append({"code": "read.bundle_document_left_out", "severity": "warning", "where": None,
                            "message": f"{len(left)} more file(s) hold a document of their own and were not read into "
                                       f"this record: {', '.join(left[:5])} (extract them alone)"})
    return main
