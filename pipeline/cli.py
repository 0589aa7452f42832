"""Command line: `python -m pipeline extract|schema|validate`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.models import PIPELINE_VERSION, document_schema
from pipeline.process import Options

EXIT_OK, EXIT_USAGE, EXIT_SOME_FAILED = 0, 2, 3


class _Progress:
    """A rich progress bar on a terminal."""

    def __init__(self, console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        self.bar = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            TextColumn("{task.description}"), console=console, transient=True)
        self.task = None

    def start(self, total):
        self.bar.start()
        self.task = self.bar.add_task("", total=total)

    def advance(self, rel, entry):
        self.bar.update(self.task, advance=1, description=rel[-50:])

    def stop(self):
        self.bar.stop()


def _summary_table(summary, console, out: Path) -> None:
    from rich.table import Table
    t = Table(title=f"vn-plan-extract {PIPELINE_VERSION}: {out}")
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("inputs", str(len(summary.entries)))
    t.add_row("records written", str(summary.count("record")))
    t.add_row("errors", str(summary.count("error")))
    t.add_row("skipped (unsupported)", str(summary.count("skipped")))
    for stage, n in sorted(summary.failures_by_stage.items()):
        t.add_row(f"  failed at {stage}", str(n))
    for fmt, n in sorted(summary.by_format.items(), key=lambda kv: str(kv[0])):
        t.add_row(f"  format {fmt}", str(n))
    t.add_row("seconds", f"{summary.seconds:.2f}")
    console.print(t)


def cmd_extract(args) -> int:
    from rich.console import Console

    from pipeline.run import run
    console = Console(stderr=True)
    inputs = [Path(p) for p in args.inputs]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        console.print(f"[red]error:[/red] input not found: {', '.join(missing)}")
        return EXIT_USAGE
    options = Options(max_bytes=int(args.max_mb * 1024 * 1024), timeout_seconds=args.timeout,
                      ocr=args.ocr, ocr_lang=args.ocr_lang, ocr_dpi=args.ocr_dpi)
    progress = _Progress(console) if console.is_terminal and not args.quiet else None

    def log(entry):
        if progress is None and not args.quiet:
            detail = entry.get("doc_id") or ""
            if entry["outcome"] == "error":
                detail = f"{entry.get('stage')}: {entry.get('message')}"
            console.print(f"{entry['outcome']:7} {entry['path']} {detail}", highlight=False, soft_wrap=True)

    summary = run(inputs, Path(args.out), options, jobs=args.jobs, progress=progress, log=log)
    for e in summary.entries:
        if e["outcome"] == "skipped" and not args.quiet:
            console.print(f"skipped {e['path']}: {e['reason']}", highlight=False)
    if not args.quiet:
        _summary_table(summary, console, Path(args.out) / "v1")
    if not summary.count("record") and not summary.count("error"):
        console.print("[yellow]warning:[/yellow] no .txt, .md, .html, .pdf, .docx, .doc, .rtf, .xls or .xlsx file in the inputs; nothing extracted")
    return EXIT_SOME_FAILED if summary.count("error") else EXIT_OK


def cmd_schema(args) -> int:
    print(json.dumps(document_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_validate(args) -> int:
    from pipeline.validate import validate_root
    n, problems = validate_root(Path(args.root))
    for p in problems[:200]:
        print(p, file=sys.stderr)
    print(f"validated {n} records: {len(problems)} problems")
    return EXIT_OK if n and not problems else EXIT_SOME_FAILED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Vietnamese planning documents to data.")
    parser.add_argument("--version", action="version", version=PIPELINE_VERSION)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from files or folders")
    ex.add_argument("inputs", nargs="+", help="files or folders (read recursively)")
    ex.add_argument("--out", default="data/structured", help="output root; records go to OUT/v1 (default: %(default)s)")
    ex.add_argument("--jobs", type=int, default=1, help="worker processes (default: %(default)s)")
    ex.add_argument("--max-mb", type=float, default=50.0, help="refuse files larger than this (default: %(default)s MB)")
    ex.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per document (default: %(default)s)")
    ex.add_argument("--quiet", action="store_true", help="print nothing but errors")
    ex.add_argument("--ocr", choices=("auto", "always", "never"), default="auto",
                    help="OCR PDF pages without a usable text layer (auto), every page, or none (default: %(default)s)")
    ex.add_argument("--ocr-lang", default="vie", help="Tesseract language(s), e.g. vie or vie+eng (default: %(default)s)")
    ex.add_argument("--ocr-dpi", type=int, default=300, help="resolution pages are rendered at for OCR (default: %(default)s)")
    ex.set_defaults(func=cmd_extract)
    sc = sub.add_parser("schema", help="print the JSON Schema of the document record")
    sc.set_defaults(func=cmd_schema)
    va = sub.add_parser("validate", help="check emitted JSON against the schema and every span against its text")
    va.add_argument("root", help="output root (the folder holding v1/) or v1 itself")
    va.set_defaults(func=cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if getattr(args, "jobs", 1) < 1 or getattr(args, "timeout", 1) <= 0 or getattr(args, "max_mb", 1) <= 0:
        print("error: --jobs, --timeout and --max-mb must be positive", file=sys.stderr)
        return EXIT_USAGE
    if not 70 <= getattr(args, "ocr_dpi", 300) <= 1200:
        print("error: --ocr-dpi must be between 70 and 1200", file=sys.stderr)
        return EXIT_USAGE
    return args.func(args)
