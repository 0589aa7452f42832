"""The invented documents edited as round P27 found other tools write them (tests/metamorphic.py's
edits: list marks then a tab, a hard-wrapped text with a blank line after every line, every line
and blank line padded with two spaces and CRLF, the sections' headings in other usual words, and
no blank lines at all) score within MARGIN of the unedited documents; so do (session 38) a page's letters as
references to a base letter and its marks, a page's text cut into spans inside words, and the i-spelling of y-words
("tỉ lệ", "quản lí"; text and gold alike): before that session's fixes 0.982, 0.976 and 0.998 on the .html and
text files of all three sets, after 1.000, 1.000, 0.999. Before round P27's reader
fixes, on the invented text files: list marks with tabs 0.985, a blank line after every line
0.995, padded lines 0.999 with one plan's task table lost, other headings 0.998, no blank lines
0.996 (against 0.999). Each edit is held against the unedited documents it changed (session 47: a hold-out round's
text file that reads poorly either way weighed more among the text files than among every file, and failed the
comparison against the whole set whatever the edit did)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.metamorphic import SETS, SHARED, build, score

INVENTED = [s for s in SETS if s[2] == "invented"]
EDITS = ("tab_bullets", "blank_after_every_line", "padded_lines", "heading_wording", "no_blank_lines",
         "html_nfd_refs", "html_spans_in_words", "i_spelling")
MARGIN = 0.003


def _unedited(out: Path, edit: str) -> float:
    """The unedited documents' micro F1 over the documents `edit` changed (the edit's gold names them): its figure
    is held against theirs, not against the whole set's (a hold-out round's document that reads poorly, a text
    file, weighs more among the text files an edit changes than among every file)."""
    sub = out / f"{edit}-unedited"
    docs, gold = sub / "pred" / "v1" / "documents", sub / "gold"
    docs.mkdir(parents=True)
    gold.mkdir()
    files = set()
    for g in (out / edit / "gold").glob("*.json"):
        shutil.copy(out / "none" / "gold" / g.name, gold / g.name)
        files.add(json.loads((gold / g.name).read_text(encoding="utf-8"))["source"]["file"])
    for d in (out / "none" / "pred" / "v1" / "documents").glob("*.json"):
        if Path(json.loads(d.read_text(encoding="utf-8"))["source"]["path"]).name in files:
            shutil.copy(d, docs / d.name)
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--pred", str(sub / "pred" / "v1"),
                        "--gold", str(gold)], capture_output=True, text=True)
    m = re.search(r"^overall\s+micro\s+\S+\s+\S+\s+(\S+)", r.stdout, re.M)
    assert m, r.stdout[-300:] + r.stderr[-300:]
    return float(m.group(1))


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("edits")
    got = {}
    for name in ("none",) + EDITS:
        files = build(out / name, name, INVENTED)
        f1 = score(out / name)
        assert isinstance(f1, tuple), f1
        got[name] = (files, float(f1[0]), _unedited(out, name) if name != "none" else float(f1[0]))
    return got


@pytest.mark.parametrize("edit", EDITS)
def test_an_edited_text_reads_as_the_text(scores, edit):
    files, f1, unedited = scores[edit]
    assert files >= (40 if edit.startswith("html") else 50)
    assert f1 >= unedited - MARGIN, (edit, f1, unedited, scores["none"])
