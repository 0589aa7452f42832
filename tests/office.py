"""A python-docx Document printed to PDF by LibreOffice (headless, a profile of its own), for the tests that read a
Word plan as a PDF."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def pdf_of(document) -> bytes:
    """The PDF LibreOffice makes of a python-docx Document."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "ke-hoach.docx")
        document.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=120)
        return Path(tmp, "ke-hoach.pdf").read_bytes()
