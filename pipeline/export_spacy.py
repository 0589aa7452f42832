"""`python -m pipeline export spacy ROOT OUT.spacy`: the published records as a spaCy DocBin.

Each record's normalized text (`text/<doc_id>.txt`) becomes a `Doc` (spaCy's tokenizer only:
`spacy.blank("xx")`, nothing downloaded) and every extracted value a labelled span in
`doc.spans["sc"]` (overlaps allowed: an agency inside an activity), with `span.id_` the
value's place in the record (`budget.items[12]`). The entity-like labels (ENT_LABELS) are
also `doc.ents`, the longest where two overlap. `doc.user_data` holds `doc_id`, `plan_key`
(renditions of one plan share it: split train and test on it) and `source_path`.

Values with a span in the record keep it (the span's text is the value, or holds it); values
the record keeps without a span (agencies, dates, the document's number) are found in the
text by their exact words. A character span is aligned to tokens strictly, else by
`alignment_mode="expand"` (counted as `expanded`), else dropped (counted).

spaCy and underthesea are the `nlp` extra: the pipeline itself never imports them.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from normalizers.dates import find_dates

LABELS = {
    "AGENCY": "every mention of an agency the record names (agencies[].name and its aliases)",
    "LEGAL_BASIS": "a legal basis as the record spans it: type, number, date, issuer and title (legal_bases[])",
    "LEGAL_REF": "the number of the cited document inside its legal basis (legal_bases[].number)",
    "DOC_NUMBER": "every mention of the document's own number (number)",
    "DATE": "every mention of the document's issue date, and the cited document's date inside its legal basis "
            "(issued_date, legal_bases[].issued_date)",
    "MONEY": "an amount stated in prose (budget.statements[].raw)",
    "BUDGET_CELL": "an amount in a budget table cell (budget.items[].raw)",
    "TARGET": "a target's value as written (objectives[].targets[].raw)",
    "OBJECTIVE": "an objective (objectives[].text)",
    "ACTIVITY": "an activity's title (activities[].title)",
}
ENT_LABELS = ("AGENCY", "LEGAL_REF", "DOC_NUMBER", "DATE", "MONEY", "BUDGET_CELL", "TARGET")
SPANS_KEY = "sc"  # spaCy's span categorizer reads this key by default
MISSING_NLP = ("spaCy is not installed: the export needs the nlp extra "
               "(pip install 'vn-plan-extract[nlp]', or .venv/bin/pip install -e '.[nlp]')")

# a separator inside a document number, which texts write with spaces around it ("213/KH - UBND")
NUMBER_SEPARATOR = re.compile(r"[/\-–.]")


@dataclass(frozen=True)
class Labelled:
    start: int
    end: int
    label: str
    path: str  # where the value sits in the record: "objectives[2].targets[0]"
    value: str  # the record's value the span stands for


def _words(value: str) -> str:
    """A regex for `value`'s words: any whitespace between words, optional spaces around a
    number's separators ("213/KH-UBND" finds "213/KH - UBND")."""
    out = []
    for ch in value.strip():
        if ch.isspace():
            if out and out[-1] != r"\s+":
                out.append(r"\s+")
        elif NUMBER_SEPARATOR.fullmatch(ch):
            out.append(r"\s*" + re.escape(ch) + r"\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _find_all(text: str, value: str, start: int = 0, end: int | None = None):
    """(start, end) of each mention of `value` as whole words in text[start:end]."""
    if not value or not value.strip():
        return
    pattern = re.compile(r"(?<!\w)" + _words(value) + r"(?!\w)")
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        yield m.start(), m.end()


def _first(text: str, value: str, start: int, end: int) -> tuple[int, int] | None:
    """The value's first mention inside a span (exact first, then as words)."""
    if value:
        at = text.find(value, start, end)
        if at >= 0:
            return at, at + len(value)
    return next(_find_all(text, value, start, end), None)


def _spanned(label, path, value, span) -> Labelled | None:
    if not span or span.get("start") is None or span["end"] <= span["start"]:
        return None
    return Labelled(span["start"], span["end"], label, path, value)


def record_spans(record: dict, text: str) -> list[Labelled]:
    """Every extracted value of a record as a labelled character span of its text."""
    out: list[Labelled] = []
    add = out.append
    for n, lb in enumerate(record.get("legal_bases") or []):
        sp = lb["span"]
        path = f"legal_bases[{n}]"
        if (lab := _spanned("LEGAL_BASIS", path, text[sp["start"]:sp["end"]], sp)):
            add(lab)
        if lb.get("number") and (at := _first(text, lb["number"], sp["start"], sp["end"])):
            add(Labelled(*at, "LEGAL_REF", f"{path}.number", lb["number"]))
        if lb.get("issued_date"):
            for d in find_dates(text[sp["start"]:sp["end"]]):
                if d.value is not None and d.value.isoformat() == lb["issued_date"]:
                    add(Labelled(sp["start"] + d.start, sp["start"] + d.end, "DATE", f"{path}.issued_date",
                                 lb["issued_date"]))
                    break
    if record.get("issued_date"):
        for d in find_dates(text):
            if d.value is not None and d.value.isoformat() == record["issued_date"]:
                add(Labelled(d.start, d.end, "DATE", "issued_date", record["issued_date"]))
    if record.get("number"):
        for at in _find_all(text, record["number"]):
            add(Labelled(*at, "DOC_NUMBER", "number", record["number"]))
    for n, o in enumerate(record.get("objectives") or []):
        if (lab := _spanned("OBJECTIVE", f"objectives[{n}]", o["text"], o["span"])):
            add(lab)
        for k, t in enumerate(o.get("targets") or []):
            if (lab := _spanned("TARGET", f"objectives[{n}].targets[{k}]", t["raw"], t["span"])):
                add(lab)
    for n, a in enumerate(record.get("activities") or []):
        sp = a["span"]
        if a.get("title") and (at := _first(text, a["title"], sp["start"], sp["end"])):
            add(Labelled(*at, "ACTIVITY", f"activities[{n}].title", a["title"]))
    budget = record.get("budget") or {}
    for n, s in enumerate(budget.get("statements") or []):
        if (lab := _spanned("MONEY", f"budget.statements[{n}]", s["raw"], s["span"])):
            add(lab)
    for n, i in enumerate(budget.get("items") or []):
        if (lab := _spanned("BUDGET_CELL", f"budget.items[{n}]", i["raw"], i.get("span"))):
            add(lab)
    out.extend(_agency_mentions(record, text))
    return sorted(out, key=lambda s: (s.start, -s.end, s.label))


def _agency_mentions(record: dict, text: str) -> list[Labelled]:
    """Each mention of an agency's name or alias: one scan of the text for all of them, the
    leftmost mention first and at one place the longest name."""
    names: dict[str, int] = {}
    for n, a in enumerate(record.get("agencies") or []):
        for name in [a["name"], *a.get("aliases", [])]:
            if name.strip():
                names.setdefault(name.strip(), n)
    if not names:
        return []
    order = sorted(names, key=lambda s: (-len(s), s))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(f"({_words(name)})" for name in order) + r")(?!\w)")
    return [Labelled(m.start(), m.end(), "AGENCY", f"agencies[{names[order[m.lastindex - 1]]}]", order[m.lastindex - 1])
            for m in pattern.finditer(text)]


# ---------------------------------------------------------------------------
# the DocBin


@dataclass
class ExportStats:
    documents: int = 0
    files: list[str] = field(default_factory=list)
    spans: Counter = field(default_factory=Counter)  # label -> spans kept
    exact: Counter = field(default_factory=Counter)  # label -> spans whose tokens are exactly the characters
    expanded: Counter = field(default_factory=Counter)  # label -> spans widened to whole tokens
    dropped: Counter = field(default_factory=Counter)  # label -> spans no token range holds
    ents: int = 0
    seconds: float = 0.0
    characters: int = 0


def blank_nlp():
    """spaCy's multi-language tokenizer, no pipeline, nothing downloaded. Raises ImportError
    with what to install when the nlp extra is missing."""
    try:
        import spacy
    except ImportError as exc:
        raise ImportError(MISSING_NLP) from exc
    nlp = spacy.blank("xx")
    nlp.max_length = 10**8  # the tokenizer alone holds long documents fine
    return nlp


def make_doc(nlp, record: dict, text: str, stats: ExportStats):
    from spacy.util import filter_spans
    doc = nlp.make_doc(text)
    spans = []
    for lab in record_spans(record, text):
        span = doc.char_span(lab.start, lab.end, label=lab.label, span_id=lab.path)
        if span is not None:
            stats.exact[lab.label] += 1
        else:
            span = doc.char_span(lab.start, lab.end, label=lab.label, span_id=lab.path, alignment_mode="expand")
            if span is None or not len(span):
                stats.dropped[lab.label] += 1
                continue
            stats.expanded[lab.label] += 1
        stats.spans[lab.label] += 1
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    doc.ents = filter_spans([s for s in spans if s.label_ in ENT_LABELS])
    stats.ents += len(doc.ents)
    doc.user_data.update({"doc_id": record["doc_id"], "plan_key": record.get("plan_key"),
                          "source_path": (record.get("source") or {}).get("path")})
    return doc


def _records(base: Path, limit: int | None):
    """(record, text) of the records the manifest lists, in its order; and how many there are."""
    manifest = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    entries = [e for e in manifest.get("inputs", []) if e.get("outcome") == "record"][:limit]

    def read():
        for entry in entries:
            record = json.loads((base / entry["document"]).read_text(encoding="utf-8"))
            yield record, (base / entry["text"]).read_text(encoding="utf-8")
    return len(entries), read()


def export_spacy(root: Path, out: Path, docs_per_file: int = 1000, limit: int | None = None) -> ExportStats:
    """Write the DocBin: up to `docs_per_file` documents, the one file OUT; more, OUT is a
    folder of part-NNNNN.spacy files of `docs_per_file` documents each (memory holds one
    part; `spacy train` reads a folder of .spacy files as one corpus)."""
    nlp = blank_nlp()  # first: without the nlp extra, the ImportError that says what to install
    from spacy.tokens import DocBin
    base = root / "v1" if (root / "v1").is_dir() else root
    stats = ExportStats()
    t0 = time.perf_counter()
    total, records = _records(base, limit)
    if total > docs_per_file:
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("part-*.spacy"):
            old.unlink()
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(store_user_data=True)

    def flush():
        path = out if total <= docs_per_file else out / f"part-{len(stats.files):05d}.spacy"
        bin_.to_disk(path)
        stats.files.append(str(path))

    for record, text in records:
        bin_.add(make_doc(nlp, record, text, stats))
        stats.documents += 1
        stats.characters += len(text)
        if len(bin_) >= docs_per_file and stats.documents < total:
            flush()
            bin_ = DocBin(store_user_data=True)
    flush()
    stats.seconds = time.perf_counter() - t0
    return stats


def stats_lines(stats: ExportStats) -> list[str]:
    rate = stats.documents / stats.seconds if stats.seconds else 0.0
    lines = [f"exported {stats.documents} documents to {', '.join(stats.files) if len(stats.files) < 4 else f'{len(stats.files)} files'}"
             f" ({stats.seconds:.1f} s, {rate:.1f} docs/s)",
             f"{'label':12} {'spans':>7} {'exact':>7} {'expanded':>8} {'dropped':>7}"]
    for label in LABELS:
        lines.append(f"{label:12} {stats.spans[label]:7d} {stats.exact[label]:7d} {stats.expanded[label]:8d} "
                     f"{stats.dropped[label]:7d}")
    lines.append(f"doc.ents: {stats.ents} (labels {', '.join(ENT_LABELS)}; the longest where two overlap)")
    return lines
