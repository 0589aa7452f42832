"""`make bench`: throughput figures on the sample corpus (one process).

Prints the text normalizer's MB/s, the number and money finders' MB/s, and documents
per second for the whole pipeline per format, with the ratio to the goals.
"""

from __future__ import annotations

import time
from pathlib import Path

from extractors.formats import format_of
from normalizers.money import find_money
from normalizers.numbers import NUMBER_IN_TEXT
from normalizers.text import normalize_many
from pipeline.process import process

RAW = Path("data/raw")
GOALS = {"normalize_mb_s": 20.0, "text_docs_s": 50.0}


def _best(fn, repeat=5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    files = sorted(p for p in RAW.iterdir() if p.is_file() and format_of(p.name))
    texts = [p.read_text(encoding="utf-8") for p in files if format_of(p.name) in ("txt", "md")]
    blob = "\n".join(texts) * 10
    mb = len(blob.encode("utf-8")) / 1e6
    lines = blob.split("\n")
    t = _best(lambda: normalize_many(lines))
    print(f"text normalization   {mb / t:8.1f} MB/s  (goal {GOALS['normalize_mb_s']} MB/s, ratio {mb / t / GOALS['normalize_mb_s']:.2f})")
    t = _best(lambda: find_money(blob), 3)
    print(f"money finder         {mb / t:8.1f} MB/s")
    t = _best(lambda: NUMBER_IN_TEXT.findall(blob), 3)
    print(f"number finder        {mb / t:8.1f} MB/s")
    _nlp_costs(texts)
    per_format: dict[str, list[float]] = {}
    for p in files:
        data = p.read_bytes()
        fmt = format_of(p.name)
        secs = _best(lambda: process(p.name, data), 3)
        per_format.setdefault(fmt, []).append(secs)
    for fmt, secs in sorted(per_format.items()):
        rate = len(secs) / sum(secs)
        goal = f"  (goal {GOALS['text_docs_s']}/s, ratio {rate / GOALS['text_docs_s']:.2f})" if fmt == "txt" else ""
        print(f"pipeline {fmt:5}       {rate:8.1f} docs/s over {len(secs)} file(s){goal}")
    _export_cost(files)
    _ocr_and_office()
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(f"peak memory (RSS)    {peak:8.0f} MB  (this process, all of the above)")


def _nlp_costs(texts: list[str]) -> None:
    """What spaCy and underthesea would cost per document, measured, to say why the
    extractors use neither on whole documents (rules over the structure are cheaper)."""
    sample = "\n".join(texts)
    mb = len(sample.encode("utf-8")) / 1e6
    docs = len(texts)
    try:
        import spacy
        nlp = spacy.blank("xx")  # tokenizer only: no model is downloaded
        t = _best(lambda: list(nlp.pipe(sample.split("\n"))), 2)
        print(f"spaCy xx tokenizer   {mb / t:8.2f} MB/s  ({t / docs * 1000:.0f} ms per text document)")
    except Exception as exc:  # the figure is informative; a missing extra must not stop the bench
        print(f"spaCy xx tokenizer   not measured ({type(exc).__name__})")
    try:
        from underthesea import word_tokenize
        t = _best(lambda: [word_tokenize(line) for line in sample.split("\n") if line.strip()], 1)
        print(f"underthesea words    {mb / t:8.2f} MB/s  ({t / docs * 1000:.0f} ms per text document)")
    except Exception as exc:
        print(f"underthesea words    not measured ({type(exc).__name__})")


def _export_cost(files: list[Path]) -> None:
    """`python -m pipeline export spacy` per document: the spans found in the record and the
    text (pure Python), spaCy's xx tokenizer, the alignment of every span, the DocBin's bytes."""
    try:
        from spacy.tokens import DocBin

        from pipeline.export_spacy import ExportStats, blank_nlp, make_doc, record_spans
        nlp = blank_nlp()
    except ImportError as exc:  # the nlp extra is not installed: say so, go on
        print(f"spaCy export         not measured ({exc})")
        return
    docs = []
    for p in files:
        out = process(p.name, p.read_bytes())
        if out.record is not None:
            docs.append((out.record.model_dump(mode="json"), out.text))
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    t_spans = _best(lambda: [record_spans(r, t) for r, t in docs], 3)

    def export():
        bin_ = DocBin(store_user_data=True)
        for r, t in docs:
            bin_.add(make_doc(nlp, r, t, ExportStats()))
        return bin_.to_bytes()
    t_all = _best(export, 3)
    print(f"spaCy export         {len(docs) / t_all:8.1f} docs/s  ({mb / t_all:.2f} MB/s of text; finding the spans "
          f"{t_spans / t_all:.0%} of it, the rest tokenizing, aligning and serializing)")


def _cpu() -> float:
    import resource
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _ocr_and_office() -> None:
    """OCR pages per second per core (a prose page and a table page of the sample plan,
    rasterized at 300 dpi, read at the default DPI; Tesseract runs on one thread) and
    LibreOffice .doc conversions per second (each with a fresh profile, as in a run)."""
    try:
        from tests.renditions.scans import image_only_pdf
        from tests.renditions.wordplan import to_format, word_plan
        scan = image_only_pdf((RAW / "kontum_787-KH-UBND_2018.pdf").read_bytes(), 300, pages=[0, 22])
        cpu, wall = _cpu(), time.perf_counter()
        out = process("scan.pdf", scan)
        cpu, wall = _cpu() - cpu, time.perf_counter() - wall
        if out.record is None:
            raise RuntimeError(out.error.message)
        print(f"OCR (300 dpi)         {2 / cpu:8.2f} pages/s per core  ({cpu / 2:.2f} s of CPU, {wall / 2:.2f} s wall a page)")
    except Exception as exc:  # a missing tool must not stop the bench
        print(f"OCR                  not measured ({type(exc).__name__}: {str(exc)[:80]})")
    try:
        from extractors.formats.office import convert
        doc = to_format(word_plan(), "doc")
        cpu, wall = _cpu(), time.perf_counter()
        for _ in range(3):
            convert(doc, ".doc", "docx", 120)
        cpu, wall = _cpu() - cpu, time.perf_counter() - wall
        print(f".doc conversion       {3 / wall:8.2f} conversions/s  ({wall / 3:.2f} s wall, {cpu / 3:.2f} s of CPU each)")
    except Exception as exc:
        print(f".doc conversion       not measured ({type(exc).__name__}: {str(exc)[:80]})")


if __name__ == "__main__":
    main()
