"""A hold-out round's documents (tests/invented/raw/<prefix>*) extracted alone and scored against their golds, for
the rounds' floor tests (tests/test_g29_holdout.py and later)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.process import Options
from pipeline.run import run
from tests.conftest import SHARED

INVENTED = Path(__file__).parent / "invented"


def score_round(prefix: str, count: int, tmp_path: Path) -> tuple[float, str]:
    """The micro F1 of the round's `count` documents whose names open on `prefix` ("g31_"), and the scorer's
    verbose report; asserts that the scorer ran, found every gold's record, and that every span it checked holds."""
    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(p.name for p in (INVENTED / "raw").glob(f"{prefix}*"))
    assert len(names) == count
    for name in names:
        shutil.copy(INVENTED / "raw" / name, raw / name)
    run([raw], tmp_path / "out", Options())
    report = tmp_path / "score.json"
    only = [Path(n).stem for n in names]
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--pred", str(tmp_path / "out" / "v1"),
                             "--gold", str(INVENTED / "gold"), "--json", str(report), "--only", *only, "--verbose"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert not data["missing"]
    assert data["spans"]["checked"] == data["spans"]["valid"]
    return data["overall"]["micro"]["f1"], result.stdout
