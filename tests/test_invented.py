"""Whole documents of our own (tests/invented/raw) scored against their hand-written gold
(tests/invented/gold) with the shared scorer: the micro F1 must stay at or above FLOOR,
every gold file must find its prediction, and every span must hold what was read from it.

Generic over whatever the two folders hold: a probe round adds its documents and gold
(h1_*, h2_*, ...) and nothing here changes, unless a round lowers the floor on purpose.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

INVENTED = Path(__file__).parent / "invented"
SCORER = SHARED / "eval" / "score.py"
# the invented set's micro F1 when the floor was set (round H2, 8 documents: 0.992), less a small margin
FLOOR = 0.98


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    from pipeline.process import Options
    from pipeline.run import run
    out = tmp_path_factory.mktemp("invented")
    run([INVENTED / "raw"], out, Options())
    return out / "v1"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_invented_documents_score_above_the_floor(invented, tmp_path):
    if not SCORER.is_file():
        pytest.fail(f"the shared scorer is missing: {SCORER}")
    report_path = tmp_path / "score.json"
    result = subprocess.run([sys.executable, str(SCORER), "--pred", str(invented), "--gold", str(INVENTED / "gold"),
                             "--json", str(report_path), "--verbose"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["documents"], "no gold files in tests/invented/gold"
    assert not report["missing"], f"gold files without a prediction: {report['missing']}"
    micro = report["overall"]["micro"]["f1"]
    assert micro >= FLOOR, f"micro F1 {micro:.3f} < {FLOOR}\n{result.stdout[-6000:]}"
    assert report["spans"]["checked"] == report["spans"]["valid"]


def test_every_span_holds_its_value(invented):
    records = sorted((invented / "documents").glob("*.json"))
    assert len(records) == len(list((INVENTED / "raw").iterdir()))
    for path in records:
        record = json.loads(path.read_text(encoding="utf-8"))
        with open(invented / "text" / f"{record['doc_id']}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()

        def at(span: dict) -> str:
            assert 0 <= span["start"] <= span["end"] <= len(text), (path.name, span)
            return _flat(text[span["start"]: span["end"]])

        where = record["source"]["path"]
        for s in record["sections"]:
            assert _flat(s["heading"])[:30] in at(s["span"]), (where, s)
        for basis in record["legal_bases"]:
            if basis["number"]:
                assert basis["number"] in re.sub(r"\s+", "", at(basis["span"])), (where, basis)
        for objective in record["objectives"]:
            for target in objective["targets"]:
                assert _flat(target["raw"]) in at(target["span"]), (where, target)
        for act in record["activities"]:
            assert " ".join(act["title"].split()[:3]) in at(act["span"]), (where, act["code"], act["title"])
        aliases = {a["name"]: a["aliases"] for a in record["agencies"]}
        for resp in record["responsibilities"]:  # the line that names the agency (as written: "Phòng Lao động - TB&XH")
            said = at(resp["span"]).casefold()
            assert any(name.split()[-1].casefold() in said for name in [resp["agency"], *aliases.get(resp["agency"], [])]), \
                (where, resp["agency"])
        for statement in record["budget"]["statements"]:
            assert _flat(statement["raw"]) in at(statement["span"]), (where, statement)
        for item in record["budget"]["items"]:
            assert _flat(item["raw"]) in at(item["span"]), (where, item)
