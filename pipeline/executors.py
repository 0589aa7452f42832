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
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait

from pipeline.options import Options, limit_flags, time_allowed

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
                        f"was ended (raise the limit with {limit_flags(task.pages)})", task.duplicates)


class InlineExecutor:
    """In this process, one document at a time (tests, profiling, the bench floor)."""

    workers = 1
    shares_disk = True  # it writes documents' files into the staging folder (Task.out) itself

    def __init__(self, options: Options):
        self.options = options

    def imap(self, tasks: Iterable, window: int = 1, expected: int | None = None) -> Iterator:
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


# what the fork server loads before it forks a worker: every reader, then one small
# document through the pipeline (pipeline.warm), so that no worker starts cold
FORK_SERVER_PRELOAD = ["pipeline.worker", "pipeline.warm"]
# a LocalCluster's workers are forked from it too: with distributed, what a nanny's worker
# process runs, loaded as well (a worker started afresh spent 1.6 s of CPU importing and
# warming up; forked, a tenth of that)
DASK_FORK_SERVER_PRELOAD = ["distributed", *FORK_SERVER_PRELOAD]


def start_fork_server(preload: list[str] = FORK_SERVER_PRELOAD) -> None:
    """Start the process pool's fork server now, without waiting for it: it loads and warms
    up in its own process while this one walks and hashes the inputs (the first worker
    the pool forks waits for it to be ready). A server already running is kept."""
    from multiprocessing import forkserver
    multiprocessing.get_context("forkserver").set_forkserver_preload(preload)
    forkserver.ensure_running()


class ProcessExecutor:
    """A pool of worker processes forked from a server that has loaded every reader once.
    Each worker is handed DEPTH documents: the one it runs and the next, waiting in its
    pipe, so that it starts the next as soon as it sends a result instead of idling while
    this process writes the result out. The pool knows which document each worker runs
    (the first it has not answered), so a worker's death costs exactly that document; the
    ones waiting in its pipe go to another worker. The price: near the end of a run, a
    document may wait behind a long one while another worker has nothing left to do."""

    DEPTH = 2
    shares_disk = True

    def __init__(self, options: Options, workers: int):
        self.options = options
        self.workers = max(1, workers)
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(FORK_SERVER_PRELOAD)
        self.pool: list[dict] = []  # {"proc", "conn", "tasks": deque, "since"}
        self.replaced = 0

    def _start(self) -> dict:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.options, dict(os.environ)), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "tasks": deque(), "since": 0.0}

    def _replace(self, w: dict) -> list:
        """A new worker in `w`'s place; returns the documents the old one held."""
        try:
            w["conn"].close()
        except OSError:
            pass
        if w["proc"].is_alive():
            w["proc"].kill()
        w["proc"].join(5)
        self.replaced += 1
        held = list(w["tasks"])
        w.update(self._start())
        return held

    def imap(self, tasks: Iterable, window: int | None = None, expected: int | None = None) -> Iterator:
        if not self.pool:
            self.pool = [self._start() for _ in range(self.workers)]
        it = iter(tasks)
        again: deque = deque()  # documents a dead worker held but had not started
        exhausted = False
        # a document stuck in C code ignores its alarm: its worker is ended after this long
        def hard_limit(task) -> float | None:
            allowed = time_allowed(self.options, task.pages)
            return allowed * 1.5 + 10 if allowed > 0 else None

        def lose(w: dict):
            """`w` died or was ended: a new worker in its place; the document it ran is
            returned (lost), the ones waiting in its pipe go to the next free worker."""
            running, *waiting = self._replace(w)
            again.extendleft(reversed(waiting))
            return running

        while True:
            for w in self.pool:  # hand out work
                while len(w["tasks"]) < self.DEPTH:
                    if again:
                        task = again.popleft()
                    else:
                        task = None if exhausted else next(it, None)
                        exhausted = task is None
                    if task is None:
                        break
                    sent = False
                    for _attempt in range(3):  # an idle worker that died is replaced; the document is not at fault
                        try:
                            w["conn"].send(task)
                            sent = True
                            break
                        except (BrokenPipeError, OSError):
                            if w["tasks"]:  # it died holding a document: its sentinel says so below
                                break
                            self._replace(w)
                    if not sent and w["tasks"]:
                        again.appendleft(task)
                        break
                    if not sent:
                        yield task, lost(task, "no worker process could be started to take the document")
                        continue
                    if not w["tasks"]:
                        w["since"] = time.monotonic()
                    w["tasks"].append(task)
            busy = [w for w in self.pool if w["tasks"]]
            if not busy:
                if exhausted and not again:
                    return
                continue
            ready = wait([w["conn"] for w in busy] + [w["proc"].sentinel for w in busy], timeout=1.0)
            now = time.monotonic()
            for w in busy:
                if w["conn"] in ready:
                    try:
                        result = w["conn"].recv()
                    except (EOFError, OSError):
                        w["proc"].join(2)  # reap it, to say how it died
                        code = w["proc"].exitcode
                        task = lose(w)
                        yield task, lost(task, _death(code))
                        continue
                    task = w["tasks"].popleft()
                    w["since"] = now  # the next one, waiting in its pipe, starts now
                    yield task, result
                elif w["proc"].sentinel in ready:  # (ready when the process ends)
                    w["proc"].join(1)
                    code = w["proc"].exitcode
                    task = lose(w)
                    yield task, lost(task, _death(code))
                elif (limit := hard_limit(w["tasks"][0])) and now - w["since"] > limit:
                    task = lose(w)
                    yield task, timed_out(task, time_allowed(self.options, task.pages))

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


def batches(tasks: Iterable, docs: int, size: int, options: Options, unread: list, carry_bytes: bool,
            expected: int | None = None, share: int = 1) -> Iterator[list]:
    """The tasks in lists of at most `docs` documents and about `size` bytes. With
    `carry_bytes`, each task carries a copy of its file's bytes (this process keeps none);
    a file that cannot be read goes to `unread` as its error result. Without, the path is
    made absolute, for a worker that runs in another folder.

    With `expected` (at most how many tasks the stream holds), a list holds at most the
    documents left divided by `share` (the lists out at once): full lists while much is
    left, smaller ones towards the end, single documents last, so that the run does not
    wait on one worker's last long list while the others are idle."""
    batch: list = []
    held = 0
    taken = 0
    limit = docs
    for task in tasks:
        if carry_bytes:
            try:
                with open(task.path, "rb") as fh:
                    task = dataclasses.replace(task, data=fh.read(options.max_bytes + 1))
            except OSError as exc:
                from pipeline.tasks import error_result
                unread.append((task, error_result(task.index, task.sha256[:16], task.rel, task.fmt, task.sha256, None,
                                                  "read", type(exc).__name__, f"cannot read the file: {exc}",
                                                  task.duplicates)))
                continue
            held += len(task.data)
        else:
            task = dataclasses.replace(task, path=os.path.abspath(task.path))
            try:  # a batch of large files is a long task: fewer of them in one
                held += os.stat(task.path).st_size
            except OSError:
                pass  # the worker reports it
        if not batch and expected is not None:
            limit = max(1, min(docs, -(-(expected - taken) // share)))
        batch.append(task)
        taken += 1
        if len(batch) >= limit or held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


# A LocalCluster of ours runs nothing but our tasks: its bookkeeping that costs CPU all the
# time, in this process (the scheduler, the nannies) and in each worker, is made rarer or
# off. The statistical profiler samples a busy worker's stack every 10 ms; the event loops'
# health check runs every 20 ms; the system monitor every 0.5 s. A worker's event loop
# shares its process's GIL with the thread that runs the documents: each time it wakes,
# the document's thread hands the GIL over and waits to get it back, which costs far more
# than the loop's own CPU when the cores are busy (two workers and this process on two
# cores). So the worker's memory monitor (ten times a second, for spilling results to disk
# or pausing, neither of use here: at most `window` tasks' results are held) is off; the
# nanny's still ends a worker over its memory limit. Work stealing (a balancing pass of
# the scheduler's every 100 ms, which may move a queued task) is off: the scheduler queues
# the tasks and gives the next to whichever worker is free.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                        "distributed.admin.system-monitor.interval": "5s",
                        "distributed.worker.memory.target": False, "distributed.worker.memory.spill": False,
                        "distributed.worker.memory.pause": False, "distributed.scheduler.work-stealing": False}


def run_batch(tasks: list, options: Options) -> list:
    """What a Dask task runs: a few documents, one after the other, their results in order."""
    from pipeline.worker import run_task
    return [run_task(task, options) for task in tasks]


class DaskExecutor:
    """On a Dask cluster: `scheduler` is its address (tcp://host:8786), or None for a
    LocalCluster of `workers` single-threaded worker processes on this machine.

    A Dask task carries a few documents (up to BATCH_DOCS and BATCH_BYTES), so the
    scheduler's cost per task is shared; at most `window` tasks are out at once. On a
    remote cluster the documents' bytes travel with the task, so workers need not share
    the disk; a LocalCluster's workers read the files themselves, as the process pool's
    do. Dask reschedules the task of a worker that dies; a task that has taken down
    `distributed.scheduler.allowed-failures` + 1 workers is split and its documents are
    sent again one a task, so that only the document at fault comes back as
    `worker_lost`."""

    # 8 rather than 4: the run's process (the LocalCluster's scheduler, the client) spends
    # some milliseconds of CPU per task, as much as a few documents cost it, and shares the
    # cores with the workers; the price is a longer last task at the end of a run
    BATCH_DOCS = 8
    BATCH_BYTES = 8 * 1024 * 1024
    run = staticmethod(run_batch)  # what a task runs (tests put a worker-killing one here)

    def __init__(self, options: Options, workers: int, scheduler: str | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency of the project
            raise ExecutorError(f"--executor dask needs the 'distributed' package: {exc}") from exc
        for name in ("distributed", "distributed.nanny", "distributed.worker", "distributed.scheduler"):
            logging.getLogger(name).setLevel(logging.ERROR)
        self.options = options
        self.cluster = None
        self.shares_disk = scheduler is None  # a LocalCluster: its workers read and write files here
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                import dask
                memory = f"{options.max_memory_mb + 512}MiB" if options.max_memory_mb > 0 else "auto"
                # the workers are forked from our fork server, which has loaded the readers
                # and tables and warmed up once (each then tunes its collector:
                # pipeline.worker.dask_setup); distributed's own would have this process
                # import numpy and pandas, to preload them there
                import distributed.utils
                distributed.utils._forkserver_preload_set = True
                start_fork_server(DASK_FORK_SERVER_PRELOAD)
                with dask.config.set({**LOCAL_CLUSTER_CONFIG, "distributed.worker.multiprocessing-method": "forkserver"}):
                    self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                dashboard_address=None, memory_limit=memory,
                                                silence_logs=logging.ERROR, preload=["pipeline.worker"],
                                                env=dict(os.environ))  # (the server keeps the one it began with)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def imap(self, tasks: Iterable, window: int | None = None, expected: int | None = None) -> Iterator:
        """(task, result) pairs as tasks finish; `expected`: at most how many tasks `tasks`
        holds (the lists grow smaller towards the end, see `batches`)."""
        from distributed import as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        window = window or self.workers * 4
        unread: list = []
        stream = batches(tasks, self.BATCH_DOCS, self.BATCH_BYTES, self.options, unread,
                         carry_bytes=not self.shares_disk, expected=expected, share=window)
        alone: deque = deque()  # the documents of a task that killed its workers, to send one a task
        pending: dict = {}
        done = as_completed()
        token = os.urandom(4).hex()

        def submit() -> bool:
            batch = [alone.popleft()] if alone else next(stream, None)
            if batch is None:
                return False
            key = f"docs-{token}-{batch[0].index}-{len(batch)}"
            fut = self.client.submit(self.run, batch, self.options, pure=False, key=key)
            pending[fut.key] = batch
            done.add(fut)
            return True

        def fill() -> Iterator:
            while len(pending) < window and submit():
                pass
            yield from unread
            unread.clear()

        yield from fill()
        for fut in done:
            batch = pending.pop(fut.key)
            try:
                results = fut.result()
            except KilledWorker as exc:
                if len(batch) > 1:
                    alone.extend(batch)
                    results = []
                else:
                    results = [lost(batch[0], f"Dask workers died while running it ({exc})")]
            except (FutureCancelledError, OSError) as exc:
                results = [lost(task, f"Dask lost the task: {type(exc).__name__}: {exc}") for task in batch]
            fut.release()
            yield from zip(batch if results else [], results)
            yield from fill()

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
