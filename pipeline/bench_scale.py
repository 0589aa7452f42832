"""`make bench`, at scale: a seeded synthetic corpus (pipeline/synth.py), whole runs of the
command line on it, a table, and bench/results.json.

Figures (each run is `python -m pipeline extract`, end to end to disk, in a fresh output):
- documents per second per core by format (one worker, the first `--per-format` documents
  of the format alone; the faster of two runs, the first of which may read from disk), and
  the ratio to a bare floor measured in the same session: read the file, sha256 it, run
  one regex over it;
- PDF pages per second in the pipeline, pdfplumber's `extract_text` and the PDFium word
  extractor (extractors/formats/pdfium_words.py) on the same pages;
- the speed-up of 2 workers over 1, for the process pool and for Dask (LocalCluster), on
  the first `--speedup-docs` documents that are not PDFs (1,000 by default: on a few
  hundred, the fixed start-up of a run weighs on the ratio), as two numbers:
  `speedup`, the raw ratio of the two whole runs' wall times, start-up included; and
  `per_document_speedup`, the ratio of the per-document rates: each run's time minus
  its start-up, the start-up being the wall time of the same command (same executor,
  same worker count) on one small document (Python, imports, starting the workers or
  the LocalCluster, that document, the output). A large gap between the two says the
  start-up, not the per-document work, keeps the raw ratio low;
- peak RSS per worker on the whole corpus and on a corpus five times larger (of the
  smaller text samples: memory against the number of documents);
- a no-change rerun as a share of the full run.

`python -m pipeline.bench_scale [--docs 2000] [--big 10000] [--out bench]`; `--smoke`
runs a small version (CI).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.synth import FORMAT_SHARES, TEXT_SAMPLES, generate

SMALL_SAMPLES = [t for t in TEXT_SAMPLES if "787" not in t]

FORMATS = ("txt", "md", "html", "docx", "pdf")


def corpus(folder: Path, n: int, seed: int, shares: dict | None = None, text_only: bool = False) -> list[Path]:
    """The synthetic corpus, made again only when its recipe changed."""
    recipe = json.dumps({"n": n, "seed": seed, "shares": shares or FORMAT_SHARES, "text_only": text_only,
                         "synth": hashlib.sha256(Path(__file__).with_name("synth.py").read_bytes()).hexdigest()})
    stamp = folder / ".recipe"
    if not (stamp.is_file() and stamp.read_text() == recipe):
        generate(folder, n, seed, shares=shares, samples=SMALL_SAMPLES if text_only else None)
        stamp.write_text(recipe)
    return sorted(folder.glob("doc-*"))


def extract(inputs: Path, out: Path, *args: str) -> tuple[float, dict]:
    """One run of the command line: (wall seconds, its run log)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inputs), "--out", str(out), "--quiet",
                             *args], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 3):
        raise RuntimeError(f"extract failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return seconds, json.loads((out / "v1" / "run.json").read_text(encoding="utf-8"))


_FLOOR_NUMBER = re.compile(rb"\d[\d.,]*")  # the floor's one regex: "67.400", "86,5"


def floor(paths: list[Path]) -> float:
    """Documents per second of the bare floor: read the bytes, sha256 them, find the numbers
    with one simple regex (what a tool that extracts nothing costs)."""
    for p in paths:  # the files in the page cache, as for the runs
        p.read_bytes()
    started = time.perf_counter()
    for p in paths:
        data = p.read_bytes()
        hashlib.sha256(data).hexdigest()
        _FLOOR_NUMBER.findall(data)
    return len(paths) / max(time.perf_counter() - started, 1e-9)


def _subset(paths: list[Path], folder: Path) -> Path:
    """A folder of the chosen documents: hard links (a symlink out of an input folder is
    skipped by the walk, by design), copies where links fail."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in paths:
        try:
            os.link(p, folder / p.name)
        except OSError:
            shutil.copyfile(p, folder / p.name)
    return folder


def pdf_pages(pdfs: list[Path]) -> dict:
    """Pages per second: pdfplumber's extract_text and the PDFium words, on the same pages."""
    import pdfplumber

    from extractors.formats.pdfium_words import extract_words
    sample = pdfs[:2]
    pages = 0
    started = time.perf_counter()
    for p in sample:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    plumber = pages / (time.perf_counter() - started)
    started = time.perf_counter()
    for p in sample:
        extract_words(p.read_bytes())
    pdfium = pages / (time.perf_counter() - started)
    return {"pages_per_document": pages // len(sample), "pdfplumber_extract_text_pages_s": round(plumber, 1),
            "pdfium_words_pages_s": round(pdfium, 1)}


# the corpus five times larger, for memory against document count: the text samples but
# the 787 plan (hours of CPU otherwise on a shared machine; the large plan is in the 2,000)
BIG_SHARES = {"txt": 0.4, "md": 0.2, "html": 0.2, "docx": 0.2}


def measure(work: Path, docs: int, big: int, seed: int = 12, per_format: int = 200, speedup_docs: int = 1000,
            repeats: int = 3) -> dict:
    paths = corpus(work / f"corpus-{docs}", docs, seed)
    tmp = Path(tempfile.mkdtemp(prefix="tmp-", dir=work))  # beside the corpus: hard links work
    results: dict = {"documents": docs, "seed": seed, "cpu_count": os.cpu_count(), "python": platform.python_version(),
                     "per_format_sample": per_format, "speedup_sample": speedup_docs,
                     "load_average_at_start": [round(x, 2) for x in os.getloadavg()], "by_format": {}}
    try:
        by_format = {f: [p for p in paths if p.suffix == f".{f}"][:per_format] for f in FORMATS}
        for fmt, chosen in by_format.items():
            if not chosen:
                continue
            folder = _subset(chosen, tmp / f"in-{fmt}")
            # two runs, the faster kept: the first of a session may read the inputs, Python's
            # modules and the models from disk (a run of 200 text documents once took 37 s of
            # wall time for 7.5 s of worker CPU), which is not the pipeline's cost
            tries = [extract(folder, tmp / f"out-{fmt}-{r}", "--jobs", "1") for r in range(2)]
            seconds, log = min(tries, key=lambda t: t[0])
            rate = len(chosen) / seconds
            bare = floor(chosen)
            if log["processed"] != len(chosen):
                raise RuntimeError(f"the {fmt} run processed {log['processed']} of {len(chosen)} documents")
            results["by_format"][fmt] = {"documents": len(chosen), "processed": log["processed"], "seconds": round(seconds, 2),
                                         "docs_per_s_per_core": round(rate, 2), "floor_docs_per_s": round(bare, 1),
                                         "runs_s": [round(t[0], 2) for t in tries],
                                         "ratio_to_floor": float(f"{rate / bare:.3g}"),  # three significant figures
                                         "worker_seconds": log["by_format"].get(fmt, {}).get("seconds", {})}
        if by_format["pdf"]:
            pdf = pdf_pages(by_format["pdf"])
            per_doc = pdf.pop("pages_per_document")
            f = results["by_format"]["pdf"]
            pdf["pipeline_pages_s_per_core"] = round(f["docs_per_s_per_core"] * per_doc, 1)
            pdf["pipeline_to_pdfplumber"] = round(pdf["pipeline_pages_s_per_core"] / pdf["pdfplumber_extract_text_pages_s"], 3)
            results["pdf"] = {"pages_per_document": per_doc, **pdf}
        # the whole corpus with two workers, then again with nothing changed
        full, log = extract(work / f"corpus-{docs}", tmp / "out-all", "--jobs", "2")
        again, log2 = extract(work / f"corpus-{docs}", tmp / "out-all", "--jobs", "2")
        results["full_run_2_workers_s"] = round(full, 2)
        results["peak_rss_mb_per_worker"] = {str(docs): log["peak_rss_mb"]["worker"]}
        results["peak_rss_mb_main"] = {str(docs): log["peak_rss_mb"]["main"]}
        results["no_change_rerun"] = {"seconds": round(again, 2), "share_of_full_run": round(again / full, 4),
                                      "processed": log2["processed"], "reused": log2["reused"]}
        # 2 workers over 1, both executors, on the corpus without PDFs; the start-up of each
        # command measured on one small document (the smallest of the sample)
        sample = [p for p in paths if p.suffix != ".pdf"][:speedup_docs]
        no_pdf = _subset(sample, tmp / "in-nopdf")
        one = _subset([min(sample, key=lambda p: p.stat().st_size)], tmp / "in-one")
        # each executor measured `repeats` times, the executors alternated, and the median run
        # kept (on a shared 2-core machine one run of 1,000 documents varies by a tenth)
        runs: dict[str, list[dict]] = {"process": [], "dask": []}
        for r in range(repeats):
            for executor in runs:
                s1, _ = extract(one, tmp / f"out-{executor}-1-one-{r}", "--jobs", "1", "--executor", executor)
                t1, l1 = extract(no_pdf, tmp / f"out-{executor}-1-{r}", "--jobs", "1", "--executor", executor)
                s2, _ = extract(one, tmp / f"out-{executor}-2-one-{r}", "--jobs", "2", "--executor", executor)
                t2, l2 = extract(no_pdf, tmp / f"out-{executor}-2-{r}", "--jobs", "2", "--executor", executor)
                runs[executor].append({
                    "documents": l1["processed"], "1_worker_s": round(t1, 2), "2_workers_s": round(t2, 2),
                    "speedup": round(t1 / t2, 3), "startup_1_worker_s": round(s1, 2), "startup_2_workers_s": round(s2, 2),
                    # None: a run no longer than its start-up (too few documents to say)
                    "per_document_speedup": round((t1 - s1) / (t2 - s2), 3) if t1 > s1 and t2 > s2 else None})
                for d in (f"out-{executor}-1-{r}", f"out-{executor}-2-{r}"):
                    shutil.rmtree(tmp / d, ignore_errors=True)
        speedup = {}
        for executor, done in runs.items():
            speedup[executor] = dict(sorted(done, key=lambda x: x["speedup"])[len(done) // 2])
            speedup[executor]["runs"] = len(done)
            speedup[executor]["speedups_seen"] = sorted(x["speedup"] for x in done)
            speedup[executor]["per_document_speedups_seen"] = sorted(x["per_document_speedup"] or 0 for x in done)
        results["speedup_2_over_1"] = speedup
        # peak RSS per worker on a corpus five times larger
        corpus(work / f"corpus-{big}", big, seed + 1, BIG_SHARES, text_only=True)
        big_s, log = extract(work / f"corpus-{big}", tmp / "out-big", "--jobs", "2")
        results["big_run"] = {"documents": log["processed"], "seconds": round(big_s, 2)}
        results["peak_rss_mb_per_worker"][str(big)] = log["peak_rss_mb"]["worker"]
        results["peak_rss_mb_main"][str(big)] = log["peak_rss_mb"]["main"]
        results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def table(r: dict) -> str:
    lines = ["| format | docs | docs/s per core | floor docs/s | ratio to floor |", "|---|---:|---:|---:|---:|"]
    for fmt, f in r["by_format"].items():
        lines.append(f"| {fmt} | {f['documents']} | {f['docs_per_s_per_core']} | {f['floor_docs_per_s']} | "
                     f"{f['ratio_to_floor']} |")
    lines.append("")
    if "pdf" in r:
        p = r["pdf"]
        lines.append(f"PDF pages/s per core: pipeline {p['pipeline_pages_s_per_core']}, pdfplumber extract_text "
                     f"{p['pdfplumber_extract_text_pages_s']} (ratio {p['pipeline_to_pdfplumber']}), PDFium words "
                     f"{p['pdfium_words_pages_s']}")
    for ex, s in r["speedup_2_over_1"].items():
        lines.append(f"2 workers over 1 ({ex}, {s['documents']} documents, median of {s.get('runs', 1)} runs, "
                     f"seen {s.get('speedups_seen')}): whole runs {s['speedup']}x "
                     f"({s['1_worker_s']} s -> {s['2_workers_s']} s); per-document rate "
                     f"{s['per_document_speedup'] or 'n/a '}x (start-up {s['startup_1_worker_s']} s and "
                     f"{s['startup_2_workers_s']} s taken off: a run over one document)")
    rss = ", ".join(f"{k} docs: {v} MB" for k, v in r["peak_rss_mb_per_worker"].items())
    lines.append(f"peak RSS per worker: {rss}")
    n = r["no_change_rerun"]
    lines.append(f"no-change rerun: {n['seconds']} s, {n['share_of_full_run']:.1%} of the full run "
                 f"({r['full_run_2_workers_s']} s, 2 workers)")
    lines.append(f"load average (2 cores shared): {r['load_average_at_start']} at start, {r.get('load_average_at_end')} at end")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench_scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--big", type=int, default=10000)
    parser.add_argument("--out", type=Path, default=Path("bench"), help="corpora and results.json (default: %(default)s)")
    parser.add_argument("--per-format", type=int, default=200, help="documents per format for docs/s (default: %(default)s)")
    parser.add_argument("--speedup-docs", type=int, default=1000,
                        help="documents for 2 workers over 1 (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs of 2 workers over 1 per executor, the median kept (default: %(default)s)")
    parser.add_argument("--smoke", action="store_true", help="a small version: 12 and 16 documents, one speed-up run")
    args = parser.parse_args(argv)
    docs, big = (12, 16) if args.smoke else (args.docs, args.big)
    args.out.mkdir(parents=True, exist_ok=True)
    results = measure(args.out, docs, big, per_format=args.per_format, speedup_docs=args.speedup_docs,
                      repeats=1 if args.smoke else max(1, args.repeats))
    text = table(results)
    print(text)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
