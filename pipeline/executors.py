"""Where documents run: in this process, in a pool of worker processes, or on Dask.

Each executor takes a lazy stream of tasks, keeps at most `window` of them out at once
and yields (task, result) as results come back, in whatever order they finish: nothing
holds the corpus. A worker that dies costs the document it held, which comes back as a
`worker_lost` error result; the pool starts a new worker and goes on.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait

from pipeline.options import Options

EXECUTORS = ("process", "dask")


class ExecutorError(Exception):
    """The executor cannot start (a Dask scheduler that does not answer, ...)."""


def lost(task, why: str):
    from pipeline.tasks import error_result
    return error_result(task.index, task.sha256[:16], task.rel, task.fmt, task.sha256, None, "worker_lost",
                        "WorkerLost", why, task.duplicates)


def timed_out(task, seconds: float):
    from pipeline.tasks import error_result
    return error_result(task.index, task.sha256[:16], task.rel, task.fmt, task.sha256, None, "timeout",
                        "DocumentTimeout", f"processing took longer than {seconds:g} s and did not stop; the worker "
                        "was ended (raise the limit with --timeout)", task.duplicates)


class InlineExecutor:
    """In this process, one document at a time (tests, profiling, the bench floor)."""

    workers = 1

    def __init__(self, options: Options):
        self.options = options

    def imap(self, tasks: Iterable, window: int = 1) -> Iterator:
        from pipeline.worker import run_task
        for task in tasks:
            yield task, run_task(task, self.options)

    def close(self) -> None:
        pass


def _worker_main(conn, options: Options, environ: dict[str, str]) -> None:
    """A pool worker: tasks in, results out, until told to stop or its parent is gone. It
    takes the run's environment (PATH finds Tesseract and LibreOffice): the fork server it
    comes from keeps the environment it was started with, maybe by an earlier run."""
    os.environ.clear()
    os.environ.update(environ)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends us
    from pipeline.worker import limit_memory, run_task, tune_gc
    from pipeline.write import arrow_without_pandas
    arrow_without_pandas()
    tune_gc()
    limit_memory(options.max_memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(run_task(task, options))


class ProcessExecutor:
    """A pool of worker processes forked from a server that has loaded every reader once.
    The pool knows which document each worker holds, so a worker's death costs exactly
    that document."""

    def __init__(self, options: Options, workers: int):
        self.options = options
        self.workers = max(1, workers)
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(["pipeline.worker"])
        self.pool: list[dict] = []  # {"proc", "conn", "task", "since"}
        self.replaced = 0

    def _start(self) -> dict:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.options, dict(os.environ)), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "task": None, "since": 0.0}

    def _replace(self, w: dict) -> None:
        try:
            w["conn"].close()
        except OSError:
            pass
        if w["proc"].is_alive():
            w["proc"].kill()
        w["proc"].join(5)
        self.replaced += 1
        w.update(self._start())

    def imap(self, tasks: Iterable, window: int | None = None) -> Iterator:
        if not self.pool:
            self.pool = [self._start() for _ in range(self.workers)]
        it = iter(tasks)
        exhausted = False
        # a document stuck in C code ignores its alarm: its worker is ended after this long
        hard_limit = self.options.timeout_seconds * 1.5 + 10 if self.options.timeout_seconds > 0 else None
        while True:
            for w in self.pool:  # hand out work
                if w["task"] is None and not exhausted:
                    task = next(it, None)
                    if task is None:
                        exhausted = True
                        break
                    for attempt in range(3):  # an idle worker that died is replaced; the document is not at fault
                        try:
                            w["conn"].send(task)
                            break
                        except (BrokenPipeError, OSError):
                            self._replace(w)
                    else:
                        yield task, lost(task, "no worker process could be started to take the document")
                        continue
                    w["task"], w["since"] = task, time.monotonic()
            busy = [w for w in self.pool if w["task"] is not None]
            if not busy:
                if exhausted:
                    return
                continue
            ready = wait([w["conn"] for w in busy] + [w["proc"].sentinel for w in busy], timeout=1.0)
            now = time.monotonic()
            for w in busy:
                task = w["task"]
                if w["conn"] in ready:
                    try:
                        result = w["conn"].recv()
                    except (EOFError, OSError):
                        w["proc"].join(2)  # reap it, to say how it died
                        code = w["proc"].exitcode
                        self._replace(w)
                        yield task, lost(task, _death(code))
                        continue
                    w["task"] = None
                    yield task, result
                elif w["proc"].sentinel in ready or not w["proc"].is_alive():
                    w["proc"].join(1)
                    code = w["proc"].exitcode
                    self._replace(w)
                    yield task, lost(task, _death(code))
                elif hard_limit and now - w["since"] > hard_limit:
                    self._replace(w)
                    yield task, timed_out(task, self.options.timeout_seconds)

    def close(self) -> None:
        for w in self.pool:
            try:
                w["conn"].send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 5
        for w in self.pool:
            w["proc"].join(max(0.0, deadline - time.monotonic()))
            if w["proc"].is_alive():
                w["proc"].kill()
                w["proc"].join(1)
            w["conn"].close()
        self.pool = []


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        why = f"the worker process was killed by {name}"
        if code == -signal.SIGKILL:
            why += " (out of memory? the kernel's OOM killer sends SIGKILL)"
        return why
    return f"the worker process exited (code {code}) while it held the document"


class DaskExecutor:
    """On a Dask cluster: `scheduler` is its address (tcp://host:8786), or None for a
    LocalCluster of `workers` single-threaded worker processes on this machine. The
    document's bytes travel with its task, so workers need not share the disk. Dask
    reschedules the task of a worker that dies; a document that has taken down
    `distributed.scheduler.allowed-failures` + 1 workers comes back as `worker_lost`."""

    def __init__(self, options: Options, workers: int, scheduler: str | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency of the project
            raise ExecutorError(f"--executor dask needs the 'distributed' package: {exc}") from exc
        for name in ("distributed", "distributed.nanny", "distributed.worker", "distributed.scheduler"):
            logging.getLogger(name).setLevel(logging.ERROR)
        self.options = options
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                memory = f"{options.max_memory_mb + 512}MiB" if options.max_memory_mb > 0 else "auto"
                # each worker loads the readers and tables once, when it starts
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, memory_limit=memory, silence_logs=logging.ERROR,
                                            preload=["pipeline.worker"])
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def imap(self, tasks: Iterable, window: int | None = None) -> Iterator:
        from distributed import as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        from pipeline.tasks import run_in_worker
        window = window or self.workers * 4
        it = iter(tasks)
        pending = {}
        done = as_completed()
        token = os.urandom(4).hex()

        def submit() -> bool:
            task = next(it, None)
            if task is None:
                return False
            try:  # a copy carries the bytes; this process keeps none
                with open(task.path, "rb") as fh:
                    sent = dataclasses.replace(task, data=fh.read(self.options.max_bytes + 1))
            except OSError as exc:
                from pipeline.tasks import error_result
                unread.append((task, error_result(task.index, task.sha256[:16], task.rel, task.fmt, task.sha256, None,
                                                  "read", type(exc).__name__, f"cannot read the file: {exc}",
                                                  task.duplicates)))
                return True
            fut = self.client.submit(run_in_worker, sent, self.options, pure=False, key=f"doc-{token}-{task.index}")
            pending[fut.key] = task
            done.add(fut)
            return True

        unread: list = []
        while len(pending) < window and submit():
            pass
        yield from unread
        unread.clear()
        for fut in done:
            task = pending.pop(fut.key)
            try:
                result = fut.result()
            except KilledWorker as exc:
                result = lost(task, f"Dask workers died while running it ({exc})")
            except (FutureCancelledError, OSError) as exc:
                result = lost(task, f"Dask lost the task: {type(exc).__name__}: {exc}")
            fut.release()
            yield task, result
            while len(pending) < window and submit():
                pass
            yield from unread
            unread.clear()

    def close(self) -> None:
        for thing in (getattr(self, "client", None), self.cluster):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # closing a cluster that failed to start
                    pass


def make_executor(name: str, options: Options, workers: int, scheduler: str | None = None):
    if name == "inline":
        return InlineExecutor(options)
    if name == "dask":
        return DaskExecutor(options, workers, scheduler)
    if name == "process":
        return ProcessExecutor(options, workers)
    raise ExecutorError(f"unknown executor {name!r} (choose from {', '.join(EXECUTORS)})")
