"""Whole documents of our own (not from the corpus), each with its expected record in
tests/golden/expected/: a department's plan in text, a Decision in markdown with header
and signature tables, a Word plan with layout tables and merged budget headers, and a
scraped HTML page; and shapes probed for the header, recipients and legal bases: a city's
plan in Markdown whose header and signature cells break lines with <br>, a department's
HTML plan under its province (a joint Thông tư liên tịch), a province's Decision approving a
plan in text (laws with no number, a Kết luận, a Văn bản, "Xét đề nghị"), and a district's
Decision with a one-line header table; and outline shapes: a province's HTML plan whose
sections are bold headings with no number, and a plan whose items are numbered "(1)"; and
round C's (probe_c_*): a commune's plan whose tasks are grouped by "A)"/"B)" inside a Roman
section, a programme in chapters and sections ("Chương I" / "Mục 1."), a department's HTML
plan whose responsibilities are bullets under group headings, a steering board's plan with
bulleted bases, and a district's Decision with its plan attached after the signature; and round E's (probe_e_*): a district's plan whose
activities are field blocks with sums of their own and whose funds are labelled parts, Word
budget tables by source and period (no code column in one), Word task tables with labelled
agency cells and no STT column, and a commune's Markdown plan with a "ĐVT: 1.000 đồng" table
and agency lists broken by <br>; and round F's (probe_f_*): a province's plan in PDF (LibreOffice)
whose footnote marks are superscripts glued to a word, a percentage and an amount, and a joint
plan in PDF whose issuer column fills its cell, with two signers side by side, recipients in a
smaller font and a landscape annex (years over sources in merged header cells);
and round G's (probe_g_*): one invented province plan
rendered as LibreOffice HTML and plain text, pandoc Markdown with grid tables, html2text
Markdown, pandoc Markdown whose merged-cell tables are HTML, a portal page whose sections are nested <ol>s, and 8-bit TCVN3 and Windows-1258
text; and round H5's (probe_h5_*): a department's plan as `pdftotext -layout` text whose task
table has cells run together, group rows and a page break, a plan's html2text Markdown whose
budget header lost its row and column spans, and a district's plan typed into Word as lines set
with spaces; and round I's (probe_i_*): a district's Word plan whose header table, number, date
and title are set in TCVN3 fonts (.VnTimeH, .VnTime) and its signature in VNI-Times over a
Unicode body, and one whose header table is in the first page's header part. To accept an
intended change: `python -m tests.test_golden --update`."""

import json
import sys
from pathlib import Path

import pytest

from pipeline.process import process

GOLDEN = Path(__file__).parent / "golden"
INPUTS = sorted((GOLDEN / "inputs").iterdir())


def summary(path: Path) -> dict:
    """The fields a reader checks, in a stable, readable form."""
    record = process(path.name, path.read_bytes()).record.model_dump(mode="json")
    b = record["budget"]
    return {
        "header": {k: record[k] for k in ("doc_type", "number", "issuer", "place", "issued_date", "title", "period")},
        "signer": record["signer"], "recipients": record["recipients"],
        "legal_bases": [[x["relation"], x["doc_type"], x["number"], x["issued_date"], x["issuer"]] for x in record["legal_bases"]],
        "objectives": [[o["kind"], o["target_year"], o["text"][:40], [[t["value"], t["unit"], t["bound"]] for t in o["targets"]]]
                       for o in record["objectives"]],
        "activities": [[a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]] for a in record["activities"]],
        "responsibilities": [r["agency"] for r in record["responsibilities"]],
        "statements": [[s["scope"], s["source"], s["year"], s["amount_vnd"], s["flags"]] for s in b["statements"]],
        "items": [[i["row_code"], i["row_label"], i["row_kind"], i["year"], i["source"], i["amount_vnd"], i["flags"]]
                  for i in b["items"]],
        "issues": sorted(q["code"] for q in record["quality"]["issues"]),
    }


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_golden_document(path):
    expected = json.loads((GOLDEN / "expected" / f"{path.name}.json").read_text(encoding="utf-8"))
    assert summary(path) == expected


if __name__ == "__main__" and "--update" in sys.argv:
    for p in INPUTS:
        (GOLDEN / "expected" / f"{p.name}.json").write_text(
            json.dumps(summary(p), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
