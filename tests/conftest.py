import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CASES = Path(__file__).parent / "cases"
RAW = ROOT / "data" / "raw"


def unescape(text: str) -> str:
    """"\\u00a0" in a case file -> the character (the files stay readable)."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def rows(name: str) -> list[dict]:
    with open(CASES / name, encoding="utf-8", newline="") as fh:
        return [{k: unescape(v) for k, v in row.items()} for row in csv.DictReader(fh)]


@pytest.fixture(scope="session")
def extracted(tmp_path_factory):
    """The sample corpus extracted once for the whole session."""
    from pipeline.process import Options
    from pipeline.run import run
    out = tmp_path_factory.mktemp("out")
    summary = run([RAW], out, Options())
    return out / "v1", summary


def docx_bytes(document) -> bytes:
    """A python-docx Document saved to bytes."""
    import io
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def read_texts(raw) -> list[str]:
    """A RawDocument's texts: its blocks' in order, then every table cell's."""
    return [b.text for b in raw.blocks if b.text] + [c for b in raw.blocks if b.rows for row in b.rows for c in row]
