"""The invented .txt, .md and .html documents rewritten as other tools write them (tests/invented/perturb.py: NFD,
old tone placement, CRLF with trailing hard breaks and no-break spaces, list marks with tabs, a blank line after
every line, no blank lines at all; <div> paragraphs, Word's web page markup, Windows-1258 bytes, character
references) read as they do unchanged: each kind's micro F1 against its own gold stays
within MARGIN of the documents' own. Before round P27's reader fixes, list marks with tabs scored 0.985 and no
blank lines 0.996 against 0.999."""

from __future__ import annotations

import pytest

from tests.invented.perturb import KINDS, score

MARGIN = 0.003


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    return score(tmp_path_factory.mktemp("perturb"), KINDS, jobs=2)


@pytest.mark.parametrize("kind", KINDS)
def test_a_perturbed_text_reads_as_the_text(reports, kind):
    same, changed = reports["same"]["overall"]["micro"], reports[kind]["overall"]["micro"]
    assert len(reports[kind]["documents"]) >= 30
    assert changed["f1"] >= same["f1"] - MARGIN, (kind, changed, same)
