"""The walk: every path under the inputs ends as an input to read or a skip with its reason.

Nothing is opened that is not a regular file (a FIFO would block, a device would never
end); symlinks are followed only when they resolve inside the input root they were found
in; a folder that cannot be listed is a skip, never a silent gap. Sizes come from stat(),
so a file over the size limit is refused before a byte of it is read.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from extractors.formats import format_of
from extractors.formats.base import DOCUMENT_HEADER, MARKDOWN_SYNTAX, html_fragment, image_kind, sniff
from normalizers import docnum

HASH_CHUNK = 1 << 20
# the head of a file with an extension no reader takes, read to see what it holds
SNIFF_BYTES = 1 << 16
ZIP_SNIFF_BYTES = 64 << 20  # (a larger zip with an unknown extension stays a skip)
# a document's own words near its start (with a word-segmenter's "_" read as a space): a type of
# document in capitals (docnum's type names: "KẾ HOẠCH", "QUYẾT ĐỊNH" ...), a basis, the issuer
_DOCUMENT_WORDS = re.compile(r"(?<!\w)(?:" + docnum.TYPE_ALT.upper() + r"|Căn\s+cứ|ỦY\s+BAN\s+NHÂN\s+DÂN|UBND|"
                             r"HỘI\s+ĐỒNG\s+NHÂN\s+DÂN)(?!\w)")


@dataclass
class Found:
    """One path the walk found. `reason` set: a skip; `error` set: an error record (an input
    that should have been read and could not be, or is over the size limit)."""

    path: str  # as given or found (for opening)
    rel: str  # relative to its input root, "/"-separated (the manifest's and record's path)
    fmt: str | None = None
    size: int | None = None
    sha256: str | None = None
    reason: str | None = None
    error: tuple[str, str] | None = None  # (error_type, message)
    link: bool = False  # reached through a symlink (a file of the same bytes is the better name)
    pdf: bool = False  # its bytes open as a PDF's do, whatever its name says (its time limit counts its pages)
    image: bool = False  # its bytes open as an image's do (its time limit counts its frames as pages)
    archive: bool = False  # its bytes open as a zip's do: a Word file's page-sized pictures count as pages


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def walk(inputs: list[Path]) -> list[Found]:
    """Every path under `inputs` (files or folders), sorted by relative path."""
    found: list[Found] = []
    for item in inputs:
        if item.is_dir():
            _walk_dir(str(item), "", os.path.realpath(item), found)
        else:  # a file named on the command line is read wherever its link points
            _classify(str(item), item.name, os.path.dirname(os.path.realpath(item)), found)
    found.sort(key=lambda f: f.rel)
    seen: set[str] = set()
    for f in found:  # two roots holding the same relative path: the second is not lost, it is said
        if f.rel in seen and f.reason is None:
            f.reason, f.error = "the same relative path as an input under another root", None
        seen.add(f.rel)
    return found


def _walk_dir(path: str, rel: str, root: str, found: list[Found]) -> None:
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found.append(Found(path, rel or ".", reason=f"cannot list the folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        child_rel = f"{rel}/{entry.name}" if rel else entry.name
        if entry.name.startswith("."):
            what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            found.append(Found(entry.path, child_rel, reason=f"hidden {what} (the name starts with a dot)"))
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            found.append(Found(entry.path, child_rel, reason=f"cannot stat: {exc.strerror or exc}"))
            continue
        if is_dir:
            _walk_dir(entry.path, child_rel, root, found)
        else:
            _classify(entry.path, child_rel, root, found)


def _classify(path: str, rel: str, root: str, found: list[Found]) -> None:
    f = Found(path, rel, fmt=format_of(rel))
    found.append(f)
    try:
        st = os.lstat(path)
    except OSError as exc:
        f.reason = f"cannot stat: {exc.strerror or exc}"
        return
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(path)
        if not os.path.exists(target):
            f.reason = "broken symlink (its target does not exist)"
            return
        if not _inside(target, root):
            f.reason = "symlink to a path outside the input root (not followed)"
            return
        if os.path.isdir(target):
            f.reason = "symlink to a folder (not followed; the folder is read where it is)"
            return
        f.path, f.link = target, True
        try:
            st = os.stat(target)
        except OSError as exc:
            f.reason = f"cannot stat: {exc.strerror or exc}"
            return
    if not stat.S_ISREG(st.st_mode):
        f.reason = f"{_kind(st.st_mode)}, not a regular file"
        return
    if f.fmt is None:
        f.fmt = content_format(f.path)
        if f.fmt is None:
            f.reason = (f"unsupported extension {Path(rel).suffix or '(none)'} "
                        "(nor does its content read as a document the readers take)")
            return
    f.size = st.st_size


def content_format(path: str) -> str | None:
    """The format of a file whose extension no reader takes, from its bytes: archives keep
    documents under names the readers do not know ("plan.txt.ws" from a word segmenter,
    "QD-125" with no extension, a PDF saved as ".bin"). A format the bytes declare (a PDF,
    Word or Excel file, RTF, a web page); else text in UTF-8 or UTF-16 that reads as a
    document (a document header or the words an administrative document opens with, near
    its start): Markdown when it has Markdown's headings, tables or bold, else plain text.
    Anything else (JSON, XML, binary, prose that is no document) stays a skip."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            if head.startswith(b"PK\x03\x04") and os.fstat(fh.fileno()).st_size <= ZIP_SNIFF_BYTES:
                head += fh.read()  # a zip names its parts at its end: sniff reads it whole
    except OSError:
        return None
    return format_of_content(head)


def format_of_content(data: bytes) -> str | None:
    """`content_format` of a file's bytes (its first SNIFF_BYTES are looked at, all of a zip)."""
    head = data if data.startswith(b"PK\x03\x04") else data[:SNIFF_BYTES]
    declared = sniff(head)
    if declared:
        return declared
    text = _decoded(head)
    if text is None or text.lstrip()[:1] in ("{", "["):
        return None
    # (a page's markup with no <html> start, as a crawler saves a content element's inner HTML: a web page)
    markup = text.lstrip()[:1] == "<"
    if markup and not html_fragment(head):
        return None
    words = text[:8000].replace("_", " ")
    if not (DOCUMENT_HEADER.search(words) or _DOCUMENT_WORDS.search(words)):
        return None
    return "html" if markup else "md" if MARKDOWN_SYNTAX.search(text) else "txt"


def _decoded(head: bytes) -> str | None:
    """The head as text, or None when it is not UTF-8 or UTF-16 text (a character cut at the
    head's end is dropped)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if b"\0" in head:
        return None
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if len(head) == SNIFF_BYTES and exc.start >= len(head) - 3:
            return head[:exc.start].decode("utf-8-sig")
        return None


def hash_file(f: Found, max_bytes: int) -> None:
    """sha256 of an input's bytes, streamed; over the size limit (by stat) or unreadable:
    an error instead."""
    if f.size is not None and f.size > max_bytes:
        f.error = ("FileTooLarge", f"the file is {f.size / 2**20:.0f} MiB, over the {max_bytes / 2**20:g} MiB limit "
                                   "(raise it with --max-mb); not read")
        return
    h = hashlib.sha256()
    size = 0
    try:
        with open(f.path, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                if not size:
                    f.pdf = chunk.startswith(b"%PDF-")  # (as extractors.formats.base.sniff reads it)
                    f.image = image_kind(chunk) is not None
                    f.archive = chunk.startswith(b"PK\x03\x04")
                h.update(chunk)
                size += len(chunk)
                if size > max_bytes:  # it grew since stat()
                    f.error = ("FileTooLarge", f"the file grew over the {max_bytes / 2**20:g} MiB limit while read")
                    return
    except OSError as exc:
        f.error = (type(exc).__name__, f"cannot read the file: {exc.strerror or exc}")
        return
    f.sha256, f.size = h.hexdigest(), size


def path_doc_id(rel: str) -> str:
    """The doc_id of an input whose bytes could not be read: from its path (the prefix keeps
    it apart from any byte hash's id)."""
    return hashlib.sha256(b"path\0" + rel.encode("utf-8")).hexdigest()[:16]
