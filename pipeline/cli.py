"""Command line: `python -m pipeline extract|schema|validate|report|export`."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path

from pipeline.options import PAGE_SECONDS  # (light: the readers load only when a command needs them)

EXIT_OK, EXIT_USAGE, EXIT_SOME_FAILED = 0, 2, 3
# run-level faults: one line on stderr, the published output left as it was
EXIT_INTERNAL, EXIT_OUTPUT, EXIT_DISK_FULL, EXIT_LOCKED, EXIT_INTERRUPTED = 1, 4, 5, 6, 130


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

    from pipeline.models import PIPELINE_VERSION
    t = Table(title=f"vn-plan-extract {PIPELINE_VERSION}: {out}")
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("inputs", str(len(summary.entries)))
    t.add_row("records written", str(summary.count("record")))
    t.add_row("errors", str(summary.count("error")))
    t.add_row("duplicates (same bytes)", str(summary.count("duplicate")))
    t.add_row("skipped", str(summary.count("skipped")))
    t.add_row("processed / reused", f"{summary.processed} / {summary.reused}")
    if summary.removed:
        t.add_row("removed since the last run", str(len(summary.removed)))
    for stage, n in sorted(summary.failures_by_stage.items()):
        t.add_row(f"  failed at {stage}", str(n))
    for fmt, n in sorted(summary.by_format.items(), key=lambda kv: str(kv[0])):
        t.add_row(f"  format {fmt}", str(n))
    t.add_row("seconds", f"{summary.seconds:.2f}")
    console.print(t)


def cmd_extract(args) -> int:
    """`extract`: pipeline.api.extract, with a progress bar or a line per document, and exit codes."""
    from rich.console import Console

    from pipeline.api import BadOption, InputNotFound, extract
    from pipeline.executors import ExecutorError
    from pipeline.store import LockedError, OutputError
    from pipeline.write import arrow_without_pandas
    arrow_without_pandas()
    console = Console(stderr=True)
    progress = _Progress(console) if console.is_terminal and not args.quiet else None

    def log(entry):
        if progress is None and not args.quiet:
            detail = entry.get("doc_id") or ""
            if entry["outcome"] == "error":
                detail = f"{entry.get('stage')}: {entry.get('message')}"
            console.print(f"{entry['outcome']:7} {entry['path']} {detail}", highlight=False, soft_wrap=True)

    try:
        summary = extract(args.inputs, args.out, jobs=args.jobs, executor=args.executor, scheduler=args.scheduler,
                          force=args.force, batch_docs=args.batch_docs, ocr=args.ocr, ocr_lang=args.ocr_lang,
                          ocr_dpi=args.ocr_dpi, timeout=args.timeout, max_mb=args.max_mb,
                          max_memory_mb=args.max_memory_mb, timeout_per_page=args.timeout_per_page,
                          progress=progress, log=log)
    except (InputNotFound, BadOption) as exc:
        return _fail(EXIT_USAGE, str(exc))
    except OutputError as exc:
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
        return _fail(EXIT_DISK_FULL if full else EXIT_OUTPUT, f"{exc}; the published output is unchanged")
    except LockedError as exc:
        return _fail(EXIT_LOCKED, str(exc))
    except ExecutorError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except KeyboardInterrupt:
        return _fail(EXIT_INTERRUPTED, "interrupted; the published output is unchanged, the next run resumes")
    except Exception as exc:  # a bug of ours: one line, the traceback only when asked for
        if os.environ.get("VNPLAN_DEBUG"):
            raise
        return _fail(EXIT_INTERNAL, f"internal error: {type(exc).__name__}: {exc} (VNPLAN_DEBUG=1 shows the "
                                    "traceback); the published output is unchanged")
    if not args.quiet:
        for e in summary.entries:
            if e["outcome"] == "skipped":
                console.print(f"skipped {e['path']}: {e['reason']}", highlight=False)
        _summary_table(summary, console, Path(args.out) / "v1")
    if not summary.count("record") and not summary.count("error"):
        console.print("[yellow]warning:[/yellow] no .txt, .md, .html, .pdf, .docx, .doc, .rtf, .odt, .xls, .xlsx, .ods or image (.png, .jpg, .tif, .bmp, .webp) file in the inputs; nothing extracted")
    return EXIT_SOME_FAILED if summary.count("error") else EXIT_OK


def _fail(code: int, message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def cmd_schema(args) -> int:
    from pipeline.contract import schema_of
    print(json.dumps(schema_of(args.kind), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_validate(args) -> int:
    from pipeline.validate import validate_root
    n, problems = validate_root(Path(args.root))
    for p in problems[:200]:
        print(p, file=sys.stderr)
    print(f"validated {n} records: {len(problems)} problems")
    return EXIT_OK if n and not problems else EXIT_SOME_FAILED


def cmd_report(args) -> int:
    from pipeline.report import build_report
    root = Path(args.root)
    if not (root / "v1").is_dir() and not (root / "parquet").is_dir():
        return _fail(EXIT_USAGE, f"no published version in {root} (expected {root}/v1 or a version folder)")
    out = build_report(root, Path(args.out) if args.out else None, max_texts=args.max_texts)
    print(f"wrote {out}")
    return EXIT_OK


def cmd_export(args) -> int:
    from pipeline.export_spacy import export_spacy, stats_lines
    root = Path(args.root)
    base = root / "v1" if (root / "v1").is_dir() else root
    if not (base / "manifest.json").is_file():
        return _fail(EXIT_USAGE, f"no published version in {root} (no manifest.json)")
    try:
        stats = export_spacy(root, Path(args.out), docs_per_file=args.docs_per_file, limit=args.limit)
    except ImportError as exc:  # the nlp extra is missing: say what to install
        return _fail(EXIT_USAGE, str(exc))
    print("\n".join(stats_lines(stats)))
    return EXIT_OK


class _Version(argparse.Action):
    """--version, the version read only when asked for (pipeline.models loads pydantic:
    the command line imports it after it has started the workers, see _start_workers)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from pipeline.models import PIPELINE_VERSION
        print(PIPELINE_VERSION)
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not the usage block
        print(f"error: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m pipeline", description="Vietnamese planning documents to data.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from files or folders")
    ex.add_argument("inputs", nargs="+", help="files or folders (read recursively)")
    ex.add_argument("--out", default="data/structured", help="output root; records go to OUT/v1 (default: %(default)s)")
    ex.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes, or Dask workers of a LocalCluster (default: the cores, %(default)s)")
    ex.add_argument("--executor", choices=("process", "dask"), default="process",
                    help="a pool of worker processes, or Dask (default: %(default)s)")
    ex.add_argument("--scheduler", help="a Dask scheduler's address (tcp://host:8786); without it --executor dask "
                                        "starts a LocalCluster of --jobs workers")
    ex.add_argument("--force", action="store_true", help="process every input again, even those unchanged")
    ex.add_argument("--max-mb", type=float, default=50.0, help="refuse files larger than this (default: %(default)s MB)")
    ex.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per document (default: %(default)s)")
    ex.add_argument("--timeout-per-page", type=float, default=PAGE_SECONDS,
                    help="seconds a PDF is allowed on top of --timeout for each of its pages, which OCR may read "
                         "(default: %(default)s; none with --ocr never)")
    ex.add_argument("--max-memory-mb", type=int, default=2048,
                    help="memory one worker may take on top of what it holds at start (default: %(default)s; 0: no cap)")
    ex.add_argument("--batch-docs", type=int, default=256,
                    help="documents per Parquet part file, on average (default: %(default)s)")
    ex.add_argument("--quiet", action="store_true", help="print nothing but errors")
    ex.add_argument("--ocr", choices=("auto", "always", "never"), default="auto",
                    help="OCR PDF pages without a usable text layer (auto), every page, or none (default: %(default)s)")
    ex.add_argument("--ocr-lang", default="vie", help="Tesseract language(s), e.g. vie or vie+eng (default: %(default)s)")
    ex.add_argument("--ocr-dpi", type=int, default=300, help="resolution pages are rendered at for OCR (default: %(default)s)")
    ex.set_defaults(func=cmd_extract)
    sc = sub.add_parser("schema", help="print the JSON Schema of the document record (or of the error record, the manifest)")
    sc.add_argument("kind", nargs="?", choices=("document", "error", "manifest"), default="document",
                    help="which record (default: %(default)s)")
    sc.set_defaults(func=cmd_schema)
    va = sub.add_parser("validate", help="check emitted JSON against the schema and every span against its text")
    va.add_argument("root", help="output root (the folder holding v1/) or v1 itself")
    va.set_defaults(func=cmd_validate)
    _add_report_export(sub)
    return parser


def _add_report_export(sub) -> None:
    rp = sub.add_parser("report", help="write one self-contained HTML page about the published version")
    rp.add_argument("root", help="output root (the folder holding v1/) or a version folder")
    rp.add_argument("--out", help="the page's path (default: ROOT/v1/report.html)")
    rp.add_argument("--max-texts", type=int, default=100,
                    help="documents whose text and values are embedded in the page (default: %(default)s)")
    rp.set_defaults(func=cmd_report)
    xp = sub.add_parser("export", help="export the records for other tools (spacy: a DocBin of labelled spans)")
    xp.add_argument("format", choices=("spacy",), help="spacy: the normalized texts with every value a labelled span")
    xp.add_argument("root", help="output root (the folder holding v1/) or a version folder")
    xp.add_argument("out", help="the .spacy file (a folder of part files when there are more than --docs-per-file)")
    xp.add_argument("--docs-per-file", type=int, default=1000,
                    help="documents per DocBin file; memory holds one (default: %(default)s)")
    xp.add_argument("--limit", type=int, help="export only the first N records")
    xp.set_defaults(func=cmd_export)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if getattr(args, "jobs", 1) < 1 or getattr(args, "timeout", 1) <= 0 or getattr(args, "max_mb", 1) <= 0 \
            or getattr(args, "batch_docs", 1) < 1 or getattr(args, "max_memory_mb", 0) < 0 \
            or getattr(args, "timeout_per_page", 0) < 0:
        return _fail(EXIT_USAGE, "--jobs, --timeout, --max-mb and --batch-docs must be positive")
    if not 70 <= getattr(args, "ocr_dpi", 300) <= 1200:
        return _fail(EXIT_USAGE, "--ocr-dpi must be between 70 and 1200")
    if args.func is cmd_extract:
        _start_workers(args)
    return args.func(args)


def _start_workers(args) -> None:
    """Start the fork server that workers are forked from first thing, when the run will
    process documents (what pipeline.run decides: --force, or nothing published yet): it
    loads the readers and warms up (a second of CPU) in its own process while this one
    imports what a run needs and walks and hashes the inputs, instead of after. The process
    pool's, or a Dask LocalCluster's (distributed loaded as well); not for a remote Dask
    scheduler, whose workers run elsewhere. The executor asks for it again; a server
    already running is kept."""
    local_dask = args.executor == "dask" and not args.scheduler
    if args.executor != "process" and not local_dask:
        return
    if args.force or not (Path(args.out) / "v1" / "manifest.json").is_file():
        from pipeline.executors import DASK_FORK_SERVER_PRELOAD, FORK_SERVER_PRELOAD, start_fork_server
        start_fork_server(DASK_FORK_SERVER_PRELOAD if local_dask else FORK_SERVER_PRELOAD)
