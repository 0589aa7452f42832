"""Archive reader (.zip, .rar, .7z): a plan published as an archive of its files, as portals attach them ("KH
51.rar": the plan as a .doc or a .pdf, its annexes as .xls or more Word files). The archive is one input and one
record: its files are read as an e-mail's attachments are (extractors.formats.bundle: the file that holds a
document's own header is the document, the files with no header of their own its annexes after it; a file with a
header of its own is another document, left out and named in the record's `read.bundle_document_left_out`).

A zip is read by the standard library; RAR and 7-Zip by `bsdtar` (libarchive, Debian's libarchive-tools: installed by
scripts/setup-system.sh), which rewrites the archive as a tar stream read here, capped at bundle.ZIP_BYTES. Archives
inside the archive, folders, links and a Mac's "__MACOSX" copies are not read; at most bundle.ZIP_FILES files.

Behind the shared interface (extractors.formats.base): a registry entry maps ".zip", ".rar" and ".7z" to this module.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
import tempfile
import time

from extractors.blocks import RawDocument, ReadError
from extractors.formats import tools
from extractors.formats.bundle import ZIP_BYTES, ZIP_FILES, read_bundle, zip_files

ARCHIVE_FORMATS = ("zip", "rar", "7z")
ARCHIVE_PACKAGES = "libarchive-tools"
_TAR_OVERHEAD = 1024 * (ZIP_FILES + 2)  # a tar stream's headers: a block or two a file


class ArchiveToolUnavailable(tools.ConverterUnavailable):
    """bsdtar (libarchive) is not installed."""


def _bsdtar() -> str:
    path = shutil.which("bsdtar")
    if path is None:
        raise ArchiveToolUnavailable("read.converter_unavailable: RAR and 7-Zip archives are read with `bsdtar` "
                                     f"(libarchive), which is not on PATH; install it with: sudo apt-get install -y "
                                     f"{ARCHIVE_PACKAGES}")
    return path


def _as_tar(data: bytes, timeout: float) -> bytes:
    """The archive rewritten as a tar stream by bsdtar, read until bundle.ZIP_BYTES (and the headers) are passed; a
    ReadError when bsdtar fails (a damaged or encrypted archive), overruns `timeout` (0: none) or the cap."""
    tool = _bsdtar()
    with tempfile.TemporaryDirectory(prefix="vnpe-archive-") as folder:
        path = os.path.join(folder, "input")
        with open(path, "wb") as f:
            f.write(data)
        proc = subprocess.Popen([tool, "-cf", "-", "--format", "pax", f"@{path}"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        chunks: list[bytes] = []
        size, start = 0, time.monotonic()
        try:
            while chunk := proc.stdout.read(1 << 16):
                size += len(chunk)
                chunks.append(chunk)
                if size > ZIP_BYTES + _TAR_OVERHEAD or (timeout > 0 and time.monotonic() - start > timeout):
                    tools.kill(proc)
                    raise ReadError(f"the archive expands past {ZIP_BYTES // 2**20} MiB or took longer than {timeout:g} s: "
                                    "not read")
            err = proc.stderr.read()
            proc.wait()
        except BaseException:  # the document's alarm, KeyboardInterrupt: leave nothing running
            tools.kill(proc)
            raise
    if proc.returncode != 0:
        detail = " / ".join(err.decode("utf-8", "replace").strip().splitlines()[-2:])
        raise ReadError(f"the archive cannot be opened (damaged, encrypted or of a kind bsdtar does not read): {detail}")
    return b"".join(chunks)


def _tar_files(stream: bytes) -> list[tuple[str, bytes]]:
    """The regular files of a tar stream, in order (folders, links and "__MACOSX" copies left out)."""
    out = []
    with tarfile.open(fileobj=io.BytesIO(stream), mode="r:") as tar:
        for member in tar:
            if not member.isfile() or member.name.startswith("__MACOSX/") or "/__MACOSX/" in member.name:
                continue
            if len(out) >= ZIP_FILES:
                raise ReadError(f"the archive holds more than {ZIP_FILES} files: not read")
            f = tar.extractfile(member)
            out.append((member.name.rsplit("/", 1)[-1], f.read() if f else b""))
    return out


def files_of(data: bytes, timeout: float = 0.0) -> list[tuple[str, bytes]]:
    """The archive's files, (name, bytes) each, in the archive's order."""
    if data[:4] == b"PK\x03\x04":
        found = zip_files(data)
        if not found:
            raise ReadError(f"the zip archive is empty, damaged, or over the limits ({ZIP_FILES} files, "
                            f"{ZIP_BYTES // 2**20} MiB, a file that expands too far): not read")
        return found
    return _tar_files(_as_tar(data, timeout))


def read(data: bytes, path: str, options=None) -> RawDocument:
    from extractors.formats.base import READERS, format_of
    timeout = options.timeout_seconds if options is not None else 0.0
    found = [(name, payload) for name, payload in files_of(data, timeout)
             if format_of(name) in READERS and format_of(name) not in (*ARCHIVE_FORMATS, "eml")]
    raw = read_bundle(found, options)
    if raw is None:
        raise ReadError("the archive holds no file a reader takes (a plan as .doc, .docx, .pdf, .xlsx, .html, .txt ...)")
    return raw
