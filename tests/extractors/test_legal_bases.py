"""Legal bases, table-driven (tests/cases/legal_bases.yaml): which citations of a
preamble are bases and which are cited inside a basis's title; laws named before their
number; documents with no number; duplicates merged; lists of numbers under one type;
the relation where a case states it. Spans hold the citation."""

from pathlib import Path

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.fields.legal_bases import extract_legal_bases
from extractors.formats import read

CASES = yaml.safe_load((Path(__file__).parents[1] / "cases" / "legal_bases.yaml").read_text(encoding="utf-8"))
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 17/KH-UBND\nQuảng Bình, ngày 02 tháng 6 năm 2026\nKẾ HOẠCH\nPhát triển nông nghiệp năm 2026\n"


def bases_of(text: str) -> tuple[list[dict], str]:
    doc = build_document(read((HEAD + text + "\nI. MỤC ĐÍCH\n").encode(), "plan.txt"))
    return extract_legal_bases(doc, extract_header(doc)["title_end"]), doc.text


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_legal_bases(case):
    bases, text = bases_of(case["text"])
    got = [[b["doc_type"], b["number"], b["issued_date"], b["issuer"], b["title"]] for b in bases]
    assert len(got) == len(case["bases"]), got
    for g, want in zip(got, case["bases"]):
        assert g[:4] == want[:4], got
        if want[4] is None:
            assert g[4] is None, got
        else:
            assert g[4] and g[4].startswith(want[4]), got
    if "titles_exact" in case:  # a title must end where the basis ends
        assert [b["title"] for b in bases] == case["titles_exact"]
    if "relations" in case:
        assert [b["relation"] for b in bases] == case["relations"]
    numbers = {b["number"] for b in bases}
    for number in case.get("not", []):
        assert number not in numbers
    for b in bases:  # the span holds the citation
        cited = text[b["span"]["start"]:b["span"]["end"]]
        assert (b["number"] or b["title"].split()[0]).split("/")[0].lower() in cited.lower()
