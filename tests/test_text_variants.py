"""Edits of a text file that change its bytes but not what it says give the same record.

Real archives hold the same words in other encodings of the same text: decomposed Unicode
(macOS, some web editors: "ộ" as "o" + circumflex + dot below), Windows line ends, and the
old tone placement ("hoà", "thuỷ") of older typing tools. The invented documents of
tests/invented/raw (our own words, with space-aligned tables, flattened tables and prose)
are edited each way; every field of the record must come out as from the original, spans
included (the text the spans index is the same).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.process import process
from tests.metamorphic import old_tones, unicode_text

RAW = Path(__file__).parent / "invented" / "raw"
# (a file in a code page or a legacy font's codes is no Unicode text for these edits: tests.metamorphic.unicode_text)
TEXT_FILES = sorted(p for p in RAW.iterdir() if p.suffix in {".txt", ".md", ".html"} and unicode_text(p) is not None)
EDITS = {
    "decomposed": lambda t: unicodedata.normalize("NFD", t),
    "windows-line-ends": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "old-tone-placement": old_tones,
}


def _fields(path: Path, data: bytes) -> dict:
    outcome = process(path.name, data)
    assert outcome.record is not None, outcome.error
    record = outcome.record.model_dump(mode="json")
    for key in ("doc_id", "source", "extraction"):
        record.pop(key, None)
    return record


@pytest.fixture(scope="module")
def originals() -> dict[str, dict]:
    return {p.name: _fields(p, p.read_bytes()) for p in TEXT_FILES}


def test_the_edits_change_the_bytes():
    """The edits are real: each changes every file it is meant for (else the test is empty)."""
    for name, edit in EDITS.items():
        changed = [p.name for p in TEXT_FILES if edit(p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8")]
        assert len(changed) >= len(TEXT_FILES) // 2, f"{name} changes only {changed}"


CASES = [(p, e) for e in sorted(EDITS) for p in TEXT_FILES
         if EDITS[e](p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path,edit", CASES, ids=lambda x: x if isinstance(x, str) else x.name)
def test_an_edited_file_gives_the_same_record(originals, path, edit):
    edited = EDITS[edit](path.read_text(encoding="utf-8"))
    assert _fields(path, edited.encode("utf-8")) == originals[path.name]
