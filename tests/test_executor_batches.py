"""The executors' streaming: Dask tasks of a few documents each (bounded, every document
once, a killed worker costing only the document at fault), and the process pool's
workers handed the next document before they finish the one they run (a worker that
dies costs the one it ran; the one waiting in its pipe goes to another worker)."""

import os
import signal
from pathlib import Path

import pytest

from pipeline.executors import DaskExecutor, ProcessExecutor, batches, run_batch
from pipeline.options import Options
from pipeline.tasks import Task
from tests.conftest import RAW

LONG = "kontum_787-KH-UBND_2018.txt"
SMALL = ["binhgia_213-KH-UBND_2017.txt", "tumorong_tgxh_2018.md", "kontum_1125-KH-UBND_2021.txt"]


def tasks_for(folder: Path, n: int, name_of=lambda i: f"doc-{i}.txt", slow: int | None = None) -> list[Task]:
    """`n` text documents; the `slow` one is a long plan (hundreds of milliseconds)."""
    import hashlib
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        data = (RAW / SMALL[i % len(SMALL)]).read_bytes() if i != slow else (RAW / LONG).read_bytes() * 4
        data += f"\n\nGhi chú số {i}.\n".encode()
        path = folder / name_of(i)
        path.write_bytes(data)
        out.append(Task(i + 1, str(path), path.name, "txt", hashlib.sha256(data).hexdigest()))
    return out


def test_batches_are_bounded_by_count_and_bytes(tmp_path):
    tasks = tasks_for(tmp_path, 10)
    sizes = [os.path.getsize(t.path) for t in tasks]
    got = list(batches(tasks, 4, 10**9, Options(), [], carry_bytes=False))
    assert [len(b) for b in got] == [4, 4, 2]
    assert [t.index for b in got for t in b] == list(range(1, 11))  # every document once, in order
    assert all(t.data is None and os.path.isabs(t.path) for b in got for t in b)
    # a byte bound just above one file: a batch closes as soon as it holds that much
    got = list(batches(tasks, 4, max(sizes) + 1, Options(), [], carry_bytes=False))
    assert all(len(b) <= 2 for b in got) and sum(len(b) for b in got) == 10


def test_batches_shrink_towards_the_end_when_the_count_is_known(tmp_path):
    """With the expected count, a list holds at most the documents left over the lists out
    at once: full lists first, single documents last; every document once, in order."""
    tasks = tasks_for(tmp_path, 60)
    got = [len(b) for b in batches(tasks, 8, 10**9, Options(), [], carry_bytes=False, expected=60, share=4)]
    assert sum(got) == 60 and max(got) == 8
    assert got[:3] == [8, 8, 8] and got[-4:] == [1, 1, 1, 1]
    assert got == sorted(got, reverse=True)  # never larger again
    assert [t.index for b in batches(tasks, 8, 10**9, Options(), [], carry_bytes=False, expected=60, share=4)
            for t in b] == list(range(1, 61))
    # an overestimate (documents reused by an incremental run) keeps the lists full
    assert [len(b) for b in batches(tasks[:20], 8, 10**9, Options(), [], carry_bytes=False,
                                    expected=1000, share=4)] == [8, 8, 4]


def test_batches_carry_bytes_for_a_remote_cluster_and_report_unreadable_files(tmp_path):
    tasks = tasks_for(tmp_path, 3)
    os.unlink(tasks[1].path)
    unread: list = []
    got = list(batches(tasks, 4, 10**9, Options(), unread, carry_bytes=True))
    assert [t.index for b in got for t in b] == [1, 3]
    assert all(t.data == Path(t.path).read_bytes() for b in got for t in b)
    assert [(t.index, r.stage, r.error_type) for t, r in unread] == [(2, "read", "FileNotFoundError")]


def test_a_relative_path_is_made_absolute_for_the_worker(tmp_path, monkeypatch):
    tasks = tasks_for(tmp_path / "in", 1)
    monkeypatch.chdir(tmp_path)
    relative = Task(1, "in/doc-0.txt", "doc-0.txt", "txt", tasks[0].sha256)
    (batch,) = batches([relative], 4, 10**9, Options(), [], carry_bytes=False)
    assert batch[0].path == str(tmp_path / "in" / "doc-0.txt")
    assert run_batch(batch, Options())[0].outcome == "record"


def fatal_batch(tasks, options):
    """run_batch, but a worker holding the document named poison.txt dies (as in a crash in C code)."""
    if any(t.rel == "poison.txt" for t in tasks):
        os._exit(1)
    return run_batch(tasks, options)


class FatalDask(DaskExecutor):
    run = staticmethod(fatal_batch)


def test_a_dask_worker_killed_by_one_document_costs_only_that_document(tmp_path):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")  # its defaults loaded before the setting below (undone at its end)
    tasks = tasks_for(tmp_path, 7, name_of=lambda i: "poison.txt" if i == 3 else f"doc-{i}.txt")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        pool = FatalDask(Options(), 2)
        try:
            pool.BATCH_DOCS = 3
            got = {t.index: r for t, r in pool.imap(iter(tasks), 2)}
        finally:
            pool.close()
    assert sorted(got) == [t.index for t in tasks]  # every document once
    assert {i: r.outcome for i, r in got.items()} == {i: ("error" if i == 4 else "record") for i in range(1, 8)}
    assert got[4].stage == "worker_lost" and "died" in got[4].message


def test_dask_batches_give_the_results_of_their_own_documents(tmp_path):
    pytest.importorskip("dask")
    tasks = tasks_for(tmp_path, 9)
    pool = DaskExecutor(Options(), 2)
    try:
        got = list(pool.imap(iter(tasks), 2))
    finally:
        pool.close()
    assert sorted(t.index for t, _ in got) == list(range(1, 10))
    assert all(r.index == t.index and r.outcome == "record" for t, r in got)
    assert all(r.doc_id == t.sha256[:16] for t, r in got)



def _environ_of_worker(name):
    return os.environ.get(name)


def test_a_local_dask_worker_forked_from_the_fork_server_has_the_runs_environment(monkeypatch):
    """The workers of a LocalCluster are forked from the fork server, which keeps the
    environment it was started with (maybe by an earlier run): they get this one (PATH
    finds Tesseract and LibreOffice), as the process pool's workers do."""
    pytest.importorskip("dask")
    from pipeline.executors import start_fork_server
    start_fork_server()
    monkeypatch.setenv("PIPELINE_TEST_LATE_VARIABLE", "set after the fork server started")
    pool = DaskExecutor(Options(), 1)
    try:
        seen = pool.client.run(_environ_of_worker, "PIPELINE_TEST_LATE_VARIABLE")
    finally:
        pool.close()
    assert list(seen.values()) == ["set after the fork server started"]

def test_the_process_pool_hands_out_the_next_document_and_requeues_it_when_its_worker_dies(tmp_path):
    """One worker holds two documents (the one it runs, the next in its pipe); killed, it
    costs the one it ran only: the other is run by the new worker."""
    tasks = tasks_for(tmp_path, 6, slow=1)
    pool = ProcessExecutor(Options(), 1)
    try:
        stream = pool.imap(iter(tasks))
        first_task, first = next(stream)
        assert first_task.index == 1 and first.outcome == "record"
        assert [t.index for t in pool.pool[0]["tasks"]] == [2]  # handed out with 1, started when 1 was done
        os.kill(pool.pool[0]["proc"].pid, signal.SIGKILL)
        rest = {t.index: r for t, r in stream}
    finally:
        pool.close()
    assert sorted(rest) == [2, 3, 4, 5, 6]
    assert [i for i, r in rest.items() if r.outcome == "error"] == [2]  # the slow one, killed while it ran
    assert rest[2].stage == "worker_lost" and "SIGKILL" in rest[2].message
    assert pool.replaced == 1
