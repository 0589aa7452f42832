"""The round-C golden documents (tests/golden/inputs/probe_c_*): every value the record
reads from the text keeps a span that holds it (legal bases their number or law name,
objectives their text, targets their raw figure, activities their title's first words,
responsibilities their agency's last word)."""

from pathlib import Path

import pytest

from pipeline.process import process

INPUTS = sorted((Path(__file__).parent / "golden" / "inputs").glob("probe_c_*"))


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_spans_hold_their_values(path):
    result = process(path.name, path.read_bytes())
    record = result.record.model_dump(mode="json")
    text = result.text

    def held(obj) -> str:
        return _squash(text[obj["span"]["start"]: obj["span"]["end"]])

    assert record["legal_bases"] and record["activities"] and record["responsibilities"]
    for b in record["legal_bases"]:  # (a law's title starts with a capital its text may not have)
        want = b["number"] or b["title"].split()[0].lower()
        assert want in held(b).replace(" ", "") or want in held(b).lower()
    for o in record["objectives"]:
        assert held(o).startswith(_squash(o["text"])[:30])
        for t in o["targets"]:
            assert held(t) == t["raw"]
    for a in record["activities"]:
        assert " ".join(a["title"].split()[:3]) in held(a)
    for r in record["responsibilities"]:
        assert r["agency"].split()[-1].lower() in held(r).lower()
