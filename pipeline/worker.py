"""The per-document function every executor runs: a task (a path, or the bytes themselves)
in, a result out, with the JSON serialized once and the Parquet rows already in Arrow.

Importing this module loads every reader and extractor, so that a worker process pays
for it once (the process pool preloads it in its fork server; a Dask worker on its first
task). Limits: a time limit per document (SIGALRM in a process's main thread; an
asynchronous exception in a thread, as under Dask) and a memory cap per worker process
(`resource.setrlimit`).
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import os
import resource
import signal
import threading
import time
from contextlib import contextmanager

# the readers a run may need, loaded once per worker (pdfplumber and python-docx take 0.3 s)
import extractors.formats.docx  # noqa: F401
import extractors.formats.html  # noqa: F401
import extractors.formats.image  # noqa: F401
import extractors.formats.markdown  # noqa: F401
import extractors.formats.pdf  # noqa: F401
import extractors.formats.text  # noqa: F401
from pipeline.options import time_allowed, timeout_message
from pipeline.process import DocumentTimeout, Options, process
from pipeline.tasks import Result, Task, error_result, peak_rss_mb  # noqa: F401 (Task, for the executors)
from pipeline.store import write_document
from pipeline.write import arrow_tables, ipc_tables, json_bytes, table_rows


def run_task(task: Task, options: Options) -> Result:
    """One document, never raising: its record, or its error record."""
    started = time.perf_counter()
    doc_id = task.sha256[:16]
    data = task.data
    checked = None  # task.sha256 once the bytes read here were found to have it
    if data is None:
        try:
            with open(task.path, "rb") as fh:
                data = fh.read(options.max_bytes + 1)
        except OSError as exc:
            return _done(task, error_result(task.index, doc_id, task.rel, task.fmt, task.sha256, None, "read",
                                            type(exc).__name__, f"cannot read the file: {exc.strerror or exc}",
                                            task.duplicates), started)
        if hashlib.sha256(data).hexdigest() != task.sha256:
            return _done(task, error_result(task.index, doc_id, task.rel, task.fmt, task.sha256, len(data), "read",
                                            "InputChanged", "the file changed while the run read it; run again",
                                            task.duplicates), started)
        checked = task.sha256
    try:
        with time_limit(time_allowed(options, task.pages), task.pages):
            outcome = process(task.rel, data, options, task.fmt, checked)
    except DocumentTimeout as exc:
        return _done(task, error_result(task.index, doc_id, task.rel, task.fmt, task.sha256, len(data), "timeout",
                                        "DocumentTimeout", str(exc), task.duplicates), started)
    if outcome.record is None:
        err = outcome.error.model_dump(mode="json")
        err["duplicates"] = list(task.duplicates)
        result = Result(task.index, err["doc_id"], "error", json_bytes(err), stage=err["stage"],
                        error_type=err["error_type"], message=err["message"])
    else:
        record = outcome.dump if outcome.dump is not None else outcome.record.model_dump(mode="json")
        record["source"]["duplicates"] = list(task.duplicates)
        text = outcome.encoded if outcome.encoded is not None else (outcome.text or "").encode("utf-8")
        result = Result(task.index, record["doc_id"], "record", json_bytes(record), text,
                        ipc_tables(arrow_tables(table_rows(record))))
    result.seconds = {k: round(v, 4) for k, v in outcome.seconds.items()}
    return _done(task, result, started)


def _done(task: Task, result: Result, started: float) -> Result:
    """The result, its files written into the staging folder when the task names one (the
    worker shares the run's disk); if they cannot be written, the bytes go to the run,
    whose own write then says why, as a run-level fault."""
    if task.out is not None:
        try:
            result.files = write_document(task.out, result.doc_id, result.outcome, result.body, result.text)
            result.body, result.text = b"", None
        except OSError:
            result.files = {}
    result.seconds["total"] = round(time.perf_counter() - started, 4)
    result.peak_rss_mb = peak_rss_mb()
    return result


@contextmanager
def time_limit(seconds: float, pages: int = 0):
    """Raise DocumentTimeout in this thread after `seconds`. Like any Python-level
    interruption it lands between bytecodes: a C call that never returns is the pool's
    to end (it kills the worker after a grace period)."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise DocumentTimeout(timeout_message(seconds, pages))

        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    # a worker thread (Dask): an asynchronous exception, raised at most once, never after the block
    watch = _Watchdog.get().watch(seconds)
    try:
        yield
    except DocumentTimeout:
        raise DocumentTimeout(timeout_message(seconds, pages)) from None
    finally:
        fired = _Watchdog.get().unwatch(watch)
    if fired:
        raise DocumentTimeout(timeout_message(seconds, pages))


class _Watchdog:
    """The time limits of the blocks that run in this process's threads (a Dask worker's),
    kept by one thread for the process: it sleeps until the earliest deadline and raises
    DocumentTimeout in the thread whose block is still running then. A block starts and
    ends without waking it (it is told only when the new deadline is the earliest). With a
    thread per block (threading.Timer), each document cost a thread's start and stop, each
    a hand-over of the GIL between the document's thread and another: more than the CPU
    it shows when the cores are busy."""

    _instance: _Watchdog | None = None
    _pid = 0
    _create = threading.Lock()

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.watched: dict[int, tuple[int, float]] = {}  # block -> (its thread, its deadline)
        self.fired: set[int] = set()  # blocks whose exception was sent
        self.wakes_at = float("inf")  # when the thread looks next (inf: when told)
        self.blocks = 0
        threading.Thread(target=self._loop, name="pipeline-time-limit", daemon=True).start()

    @classmethod
    def get(cls) -> _Watchdog:
        if cls._instance is None or cls._pid != os.getpid():  # (a forked child has not the thread)
            with cls._create:
                if cls._instance is None or cls._pid != os.getpid():
                    cls._instance, cls._pid = cls(), os.getpid()
        return cls._instance

    def watch(self, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        with self.cond:
            self.blocks += 1
            self.watched[self.blocks] = (threading.get_ident(), deadline)
            if deadline < self.wakes_at:
                self.cond.notify()
            return self.blocks

    def unwatch(self, block: int) -> bool:
        """The block has ended: True if its time ran out (its exception delivered, or still
        pending: a pending one is withdrawn, so that it never lands after the block)."""
        with self.cond:
            tid, _ = self.watched.pop(block, (threading.get_ident(), 0.0))
            if block not in self.fired:
                return False
            self.fired.discard(block)
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)
            return True

    def _loop(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for block, (tid, deadline) in list(self.watched.items()):
                    if deadline <= now and block not in self.fired:
                        self.fired.add(block)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(DocumentTimeout))
                self.wakes_at = min((d for b, (_, d) in self.watched.items() if b not in self.fired),
                                    default=float("inf"))
                self.cond.wait(None if self.wakes_at == float("inf") else self.wakes_at - now)


def tune_gc() -> None:
    """For a pool worker (a process of ours that only runs documents): the modules, tables
    and patterns loaded before it was forked are set aside from the cycle collector
    (`gc.freeze`), and the collector runs after 10,000 new objects instead of 700. A
    document makes hundreds of thousands of short-lived objects, freed by reference
    counting; collecting every 700 of them was 10-15% of a text document's CPU. Only
    cyclic garbage waits longer; nothing the documents get changes."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


# A small plan of our own (no real document's words), in three renditions: warm_up runs it
# through every stage, so that what the first document would load (the place tables,
# the readers' lazy imports, half a second) is loaded before the first real one.
WARM_TEXT = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 7/KH-UBND
Lạng Sơn, ngày 9 tháng 3 năm 2021
KẾ HOẠCH
Phát triển thư viện số năm 2021
Căn cứ Luật Thư viện số 46/2019/QH14 ngày 21/11/2019;
I. MỤC TIÊU
1. Đến hết năm 2021, 60% thư viện cấp huyện có cơ sở dữ liệu số.
II. NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính thực hiện.
III. KINH PHÍ
Tổng kinh phí: 350 triệu đồng từ ngân sách tỉnh.
"""
WARM_ROWS = [("TT", "Nội dung", "Kinh phí (triệu đồng)"), ("1", "Số hóa tài liệu", "250"),
              ("2", "Tập huấn", "100"), ("", "Tổng cộng", "350")]


def warm_renditions() -> dict[str, bytes]:
    """WARM_TEXT with its budget table as txt, md and html."""
    md = WARM_TEXT + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in WARM_ROWS[:1]) + "\n|---|---|---|\n" + \
        "\n".join("| " + " | ".join(r) + " |" for r in WARM_ROWS[1:]) + "\n"
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in WARM_ROWS)
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in WARM_TEXT.splitlines()) + \
        f"<table>{cells}</table></body></html>"
    txt = WARM_TEXT + "\n".join("\t".join(r) for r in WARM_ROWS) + "\n"
    return {"txt": txt.encode(), "md": md.encode(), "html": html.encode()}


def warm_up(options: Options = Options()) -> None:
    """Run the small plan through run_task (every stage, its rows to Arrow), never raising:
    a process that only prepares workers (the pool's fork server, a Dask worker at
    start) pays the cold start once, instead of each worker on its first document."""
    from pipeline.write import arrow_without_pandas
    arrow_without_pandas()
    for fmt, data in warm_renditions().items():
        name = f"warm-up.{fmt}"
        try:
            run_task(Task(0, name, name, fmt, hashlib.sha256(data).hexdigest(), data=data), options)
        except Exception:  # noqa: BLE001 - a warm-up that fails leaves a cold worker, nothing worse
            pass


def dask_setup(worker) -> None:
    """Dask calls this in a worker that preloads this module (the LocalCluster of
    `--executor dask`; `dask worker --preload pipeline.worker` on a cluster): warm, with
    the same collector settings as a pool worker's."""
    warm_up()
    tune_gc()


def limit_memory(max_mb: int) -> None:
    """Cap this process's address space at what it uses now plus `max_mb`: a document that
    needs more gets a MemoryError (an error record), not the machine."""
    if max_mb <= 0:
        return
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[0])
        now = pages * resource.getpagesize()
    except OSError:
        now = 0
    limit = now + max_mb * 2**20
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
