"""`python -m pipeline export spacy`: every span in the DocBin stands for its record's value;
the spans found in the text by rule (agencies, dates, numbers) on documents of our own; the
pipeline runs without spaCy and underthesea, and the export says what to install."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from normalizers.dates import parse_date
from pipeline.cli import main
from pipeline.export_spacy import ENT_LABELS, LABELS, SPANS_KEY, export_spacy, record_spans
from tests.conftest import RAW, ROOT


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _value(record: dict, path: str):
    """The record's value at a span's path ("objectives[2].targets[0]", "agencies[3]")."""
    node = record
    for name, index in re.findall(r"([a-z_]+)(?:\[(\d+)\])?", path):
        node = node[name]
        if index:
            node = node[int(index)]
    return node


def check_span(label: str, span_text: str, record: dict, path: str, exact: bool) -> None:
    """The span holds the value: equal when aligned exactly, contained when widened to tokens."""
    value = _value(record, path)
    if label == "AGENCY":
        names = [_norm(n) for n in [value["name"], *value["aliases"]]]
        assert any(n == _norm(span_text) if exact else n in _norm(span_text) for n in names), (span_text, names)
    elif label in ("MONEY", "BUDGET_CELL", "TARGET"):
        assert span_text == value["raw"] if exact else value["raw"] in span_text
    elif label in ("LEGAL_REF", "DOC_NUMBER"):
        assert _compact(span_text) == _compact(value) if exact else _compact(value) in _compact(span_text)
    elif label == "DATE":
        assert parse_date(span_text).value.isoformat() == value
    elif label == "OBJECTIVE":
        assert _norm(value["text"]) in _norm(span_text)
    elif label == "ACTIVITY":
        assert _norm(span_text) == _norm(value) if exact else _norm(value) in _norm(span_text)
    elif label == "LEGAL_BASIS":
        assert value["number"] is None or _compact(value["number"]) in _compact(span_text)
    else:
        raise AssertionError(f"a label the test does not know: {label}")


@pytest.fixture(scope="module")
def exported(extracted, tmp_path_factory):
    out, _ = extracted
    path = tmp_path_factory.mktemp("spacy") / "corpus.spacy"
    stats = export_spacy(out.parent, path)
    return out, path, stats


def test_every_span_is_its_records_value(exported):
    import spacy
    from spacy.tokens import DocBin
    out, path, stats = exported
    docs = list(DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(docs) == stats.documents == manifest["counts"]["record"]
    seen = Counter()
    for doc in docs:
        doc_id = doc.user_data["doc_id"]
        record = json.loads((out / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        text = (out / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert doc.text == text and doc.user_data["source_path"] == record["source"]["path"]
        located = Counter((s.label, s.path, s.start, s.end) for s in record_spans(record, text))
        for span in doc.spans[SPANS_KEY]:  # a value mentioned more than once has a span per mention
            exact = located[(span.label_, span.id_, span.start_char, span.end_char)] > 0
            assert exact or any(lab == span.label_ and path == span.id_ and span.start_char <= s < e <= span.end_char
                                for lab, path, s, e in located)
            check_span(span.label_, span.text, record, span.id_, exact)
            seen[span.label_] += 1
        ents = list(doc.ents)
        assert all(e.label_ in ENT_LABELS for e in ents)
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:]))  # no overlap
    assert seen == stats.spans
    assert set(seen) == set(LABELS)  # the sample corpus has every kind of value
    total = sum(stats.spans.values())
    assert sum(stats.exact.values()) + sum(stats.expanded.values()) == total
    assert sum(stats.expanded.values()) <= 0.02 * total and sum(stats.dropped.values()) == 0


def test_budget_cells_and_targets_are_all_exported(exported):
    """Every budget item and target with a span is in the DocBin (none lost to alignment)."""
    import spacy
    from spacy.tokens import DocBin
    out, path, stats = exported
    items = targets = 0
    for p in (out / "documents").glob("*.json"):
        record = json.loads(p.read_text(encoding="utf-8"))
        items += sum(1 for i in record["budget"]["items"] if i.get("span"))
        targets += sum(len(o["targets"]) for o in record["objectives"])
    assert stats.spans["BUDGET_CELL"] == items > 100 and stats.spans["TARGET"] == targets > 50
    docs = list(DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab))
    assert sum(1 for d in docs for s in d.spans[SPANS_KEY] if s.label_ == "BUDGET_CELL") == items


def test_parts_when_many_documents(extracted, tmp_path):
    import spacy
    from spacy.tokens import DocBin
    out, _ = extracted
    target = tmp_path / "parts.spacy"
    stats = export_spacy(out.parent, target, docs_per_file=3)
    parts = sorted(target.glob("part-*.spacy"))
    assert target.is_dir() and len(parts) == -(-stats.documents // 3) and stats.documents >= 6
    n = sum(len(DocBin().from_disk(p)) for p in parts)
    assert n == stats.documents
    ids = [d.user_data["doc_id"] for p in parts for d in DocBin().from_disk(p).get_docs(spacy.blank("xx").vocab)]
    assert len(set(ids)) == n


# ---------------------------------------------------------------------------
# spans found by rule, on a record and text of our own

TEXT = ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSố: 45/KH - UBND\nCà Mau, ngày 09 tháng 3 năm 2022\n"
        "Căn cứ Quyết định số 112/QĐ-UBND ngày 15/01/2021 của Ủy ban nhân dân tỉnh;\n"
        "Giao Sở Y tế tỉnh Cà Mau chủ trì, phối hợp Sở Y tế dự phòng và Sở Tài chính; "
        "Sở Tài chínhh không phải một cơ quan. Văn bản 145/KH-UBND khác, ngày 09/3/2021 khác.\n"
        "Sở Y tế báo cáo trước ngày 09/03/2022.")
RECORD = {
    "doc_id": "0" * 16, "number": "45/KH-UBND", "issued_date": "2022-03-09",
    "legal_bases": [{"relation": "can_cu", "number": "112/QĐ-UBND", "issued_date": "2021-01-15",
                     "span": {"start": TEXT.index("Quyết định số 112"), "end": TEXT.index(";\nGiao")}}],
    "agencies": [{"name": "Sở Y tế tỉnh Cà Mau", "aliases": ["Sở Y tế"]}, {"name": "Sở Tài chính", "aliases": []}],
}


def _found(label: str) -> list[str]:
    return [TEXT[s.start:s.end] for s in record_spans(RECORD, TEXT) if s.label == label]


@pytest.mark.parametrize("label,text,mentions", [
    # a number written with spaces around its separators is the number; another number is not
    ("DOC_NUMBER", "45/KH - UBND", 1),
    ("DOC_NUMBER", "45/KH-UBND", 0),  # inside 145/KH-UBND
    ("DOC_NUMBER", "145/KH-UBND", 0),
    # the issue date in either form; the same day of another year is not it
    ("DATE", "ngày 09 tháng 3 năm 2022", 1),
    ("DATE", "09/03/2022", 1),
    ("DATE", "09/3/2021", 0),
    # the cited document's date and number, inside its legal basis
    ("DATE", "15/01/2021", 1),
    ("LEGAL_REF", "112/QĐ-UBND", 1),
    # the longest name at a place, the alias elsewhere (twice), never inside a longer word
    ("AGENCY", "Sở Y tế tỉnh Cà Mau", 1),
    ("AGENCY", "Sở Y tế", 2),
    ("AGENCY", "Sở Tài chính", 1),  # not in "Sở Tài chínhh"
])
def test_spans_found_by_rule(label, text, mentions):
    assert _found(label).count(text) == mentions


def test_agency_mentions_do_not_overlap():
    spans = sorted((s.start, s.end) for s in record_spans(RECORD, TEXT) if s.label == "AGENCY")
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    # "Sở Y tế" in "Sở Y tế tỉnh Cà Mau" is that one mention, "Sở Y tế dự phòng" starts with the alias
    assert _found("AGENCY") == ["Sở Y tế tỉnh Cà Mau", "Sở Y tế", "Sở Tài chính", "Sở Y tế"]


# ---------------------------------------------------------------------------
# the dependency decision: the pipeline needs neither spaCy nor underthesea


def test_pipeline_runs_without_spacy_and_underthesea(tmp_path):
    """With both made unimportable (in every process: stub packages first on PYTHONPATH),
    extract and report work and export says what to install."""
    stubs = tmp_path / "stubs"
    for name in ("spacy", "underthesea"):
        (stubs / name).mkdir(parents=True)
        (stubs / name / "__init__.py").write_text(f"raise ImportError('{name} is blocked by the test')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(stubs), str(ROOT)])}
    py = [sys.executable, "-m", "pipeline"]
    out = tmp_path / "out"
    done = subprocess.run(py + ["extract", str(RAW / "kontum_1125-KH-UBND_2021.txt"), str(RAW / "tumorong_tgxh_2018.md"),
                                "--out", str(out), "--jobs", "2", "--quiet"], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(list((out / "v1" / "documents").glob("*.json"))) == 2
    done = subprocess.run(py + ["report", str(out)], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0 and (out / "v1" / "report.html").is_file(), done.stderr
    done = subprocess.run(py + ["export", "spacy", str(out), str(tmp_path / "x.spacy")], env=env, cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 2 and "vn-plan-extract[nlp]" in done.stderr and not (tmp_path / "x.spacy").exists()
    assert "Traceback" not in done.stderr


def test_export_command_prints_its_counts(extracted, tmp_path, capsys):
    out, _ = extracted
    assert main(["export", "spacy", str(out.parent), str(tmp_path / "c.spacy"), "--limit", "2"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("exported 2 documents") and all(label in printed for label in LABELS)
    assert main(["export", "spacy", str(tmp_path), str(tmp_path / "d.spacy")]) == 2
