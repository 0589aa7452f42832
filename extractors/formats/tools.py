"""External programs the readers call (Tesseract, LibreOffice): found on PATH or a clear
error, run in their own process group so that a time limit kills them and their children.

A missing tool is a ReadError whose type says which (OcrUnavailable,
ConverterUnavailable) and whose message starts with the code (`read.ocr_unavailable`,
`read.converter_unavailable`), names the program and gives the apt-get command.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess

from extractors.blocks import ReadError

TESSERACT_PACKAGES = "tesseract-ocr tesseract-ocr-vie"
LIBREOFFICE_PACKAGES = "libreoffice-writer-nogui libreoffice-calc-nogui"


class OcrUnavailable(ReadError):
    """Tesseract (or its language data) is not installed."""


class ConverterUnavailable(ReadError):
    """LibreOffice (soffice) is not installed."""


class ToolFailed(ReadError):
    """An external program ran and failed (exit status, time limit)."""


def tesseract() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise OcrUnavailable("read.ocr_unavailable: this page needs OCR and Tesseract (`tesseract`) is not on PATH; "
                             f"install it with: sudo apt-get install -y {TESSERACT_PACKAGES}")
    return path


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise ConverterUnavailable("read.converter_unavailable: this format is converted with LibreOffice (`soffice`), "
                                   f"which is not on PATH; install it with: sudo apt-get install -y {LIBREOFFICE_PACKAGES}")
    return path


def run(cmd: list[str], *, timeout: float, stdin: bytes | None = None, env: dict | None = None,
        what: str = "") -> bytes:
    """Run `cmd`, return its stdout. The program and everything it starts are killed when
    it overruns `timeout` or when the caller is interrupted (the document's time limit)."""
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout if timeout > 0 else None)  # (0: no limit, as the run's)
    except subprocess.TimeoutExpired:
        kill(proc)
        raise ToolFailed(f"{what or os.path.basename(cmd[0])} took longer than {timeout:g} s") from None
    except BaseException:  # the document's alarm, KeyboardInterrupt: leave nothing running
        kill(proc)
        raise
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise ToolFailed(f"{what or os.path.basename(cmd[0])} failed (exit {proc.returncode}): {' / '.join(detail)}")
    return out


def kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the group this call started (start_new_session)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()
