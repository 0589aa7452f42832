"""Hold-out round G39 (tests/invented/build_g39.py): the round's four documents scored alone against their golds.

The round aims at reader shapes other than G35's and G37's: a province's plan in Word whose header table sits in the
first page's own header part (w:titlePg) with the draft's tracked changes (w:del / w:ins runs, a deleted paragraph
with its mark, a task row deleted and one inserted by w:trPr), two comments and a footnote left in; a province's plan
printed to PDF by LibreOffice with a "Trang N/M" footer on every page and its budget annex on a landscape page stored
portrait and turned by /Rotate 90; a commune's plan on its portal page (XHTML laid out by a table of three columns
with a menu table and a links table at its sides, the whole page inside an ASP.NET <form>, the document's lines split
by <br> in one <p>, its task table typed inside <pre> under a dash rule, "Tin liên quan", a comment form, a visit
counter); a department's plan written in Google Docs (numbering.xml headings "%1." / "%2.", "●" bullets, tables whose
w:tblGrid has no widths, w:br lines in the header, title and closing)."""

from __future__ import annotations

# The floor is the round's first pass (golds committed before any extraction, d4ecd88; the code of 13d1cc0):
# 178/178/215 (0.9059). The Word plan (first-page header part, tracked changes, comments, footnote), the turned PDF
# and the Google Docs plan are whole (132/132/132); the portal page gives no record (the ASP.NET <form> around the
# page dropped as site furniture: "no document text"), 0/0/37. The misses, with their shapes and small inputs, are
# in the round's report (session 46, G39) and in build_g39's docstring.

G39_FLOOR = 0.905
# the documents the first pass gave no record for (tests.holdout_round.score_round asserts there are none, so the
# round is scored here the same way with these allowed missing; a fix that reads them only raises the figure)
MAY_BE_MISSING = {"g39_xa-thanhmy_41-kh-ubnd_2027_cong-thong-tin-bang-bo-cuc"}


def _score_round(prefix: str, count: int, tmp_path) -> tuple[float, set, str]:
    """tests.holdout_round.score_round, the documents given no record returned rather than refused."""
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from pipeline.process import Options
    from pipeline.run import run
    from tests.conftest import SHARED
    from tests.holdout_round import INVENTED

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
    assert data["spans"]["checked"] == data["spans"]["valid"]
    missing = {Path(str(m)).stem for m in data["missing"]}
    return data["overall"]["micro"]["f1"], missing, result.stdout


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    f1, missing, report = _score_round("g39_", 4, tmp_path)
    assert missing <= MAY_BE_MISSING, missing
    assert f1 >= G39_FLOOR, report[-4000:]
