"""Workers that share the run's disk write their documents' files themselves and send back
only sizes, hashes and the Parquet rows (as Arrow IPC record batches); the run keeps
control of what a version names. A worker that cannot write sends the bytes; a remote
Dask cluster gets the bytes and the run writes; files a dead worker left never outlive
it; workers start warm."""

import hashlib
import json
import os
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.options import Options
from pipeline.run import run
from pipeline.store import Staging, document_files, write_document
from pipeline.tasks import Result, Task, error_result
from pipeline.validate import validate_root
from pipeline.worker import run_task, warm_renditions, warm_up
from pipeline.write import SCHEMAS, arrow_tables, from_ipc, parquet_bytes, table_rows
from tests.conftest import RAW

SMALL = ["binhgia_213-KH-UBND_2017.txt", "tumorong_tgxh_2018.md", "kontum_1125-KH-UBND_2021.txt"]


def task_for(path: Path, index: int = 1, out: str | None = None) -> Task:
    data = path.read_bytes()
    return Task(index, str(path), path.name, path.suffix[1:], hashlib.sha256(data).hexdigest(), out=out)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus(folder: Path, n: int = 2) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        for name in SMALL:
            p = Path(name)
            (folder / f"{p.stem}-{i}{p.suffix}").write_bytes((RAW / name).read_bytes() + f"\n\nGhi chú số {i}.\n".encode())


def version_files(v1: Path) -> dict[str, bytes]:
    return {p.relative_to(v1).as_posix(): p.read_bytes() for p in sorted(v1.rglob("*"))
            if p.is_file() and p.name != "run.json"}


# -- the worker's side -------------------------------------------------------------------

def test_a_worker_on_the_shared_disk_writes_the_files_and_sends_their_hashes(tmp_path):
    src = RAW / SMALL[0]
    inline = run_task(task_for(src), Options())  # no staging folder: the bytes travel
    assert inline.body and inline.text and not inline.files
    out = tmp_path / "version"
    written = run_task(task_for(src, out=str(out)), Options())
    assert written.body == b"" and written.text is None
    rels = document_files(written.doc_id, "record")
    assert sorted(written.files) == sorted(rels)
    assert (out / rels[0]).read_bytes() == inline.text and (out / rels[1]).read_bytes() == inline.body
    for rel, meta in written.files.items():
        assert meta == {"sha256": sha(out / rel), "bytes": (out / rel).stat().st_size}
    # the rows travel either way, as IPC record batches that read back as the record's rows
    record = json.loads(inline.body)
    expected = arrow_tables(table_rows(record))
    assert sorted(written.tables) == sorted(expected) and all(isinstance(v, bytes) for v in written.tables.values())
    for name, table in expected.items():
        (got,) = from_ipc(name, written.tables[name])
        assert got.to_pylist() == table.to_pylist()


def test_an_error_record_is_written_by_the_worker_too(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run_task(task_for(bad, out=str(tmp_path / "version")), Options())
    assert result.outcome == "error" and list(result.files) == [f"errors/{result.doc_id}.json"]
    assert json.loads((tmp_path / "version" / f"errors/{result.doc_id}.json").read_bytes())["path"] == "empty.txt"


def test_a_worker_that_cannot_write_sends_the_bytes(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_task(task_for(RAW / SMALL[0], out=str(blocker)), Options())
    assert result.outcome == "record" and not result.files and result.body and result.text
    # the run then writes them, or says why it cannot (a run-level fault)
    staging = Staging(tmp_path / "staging")
    staging.document(result)
    assert (tmp_path / "staging" / f"documents/{result.doc_id}.json").read_bytes() == result.body


def test_the_last_attempt_at_a_document_leaves_only_its_own_files(tmp_path):
    folder = tmp_path / "version"
    d = "0123456789abcdef"
    write_document(str(folder), d, "error", b'{"stage": "timeout"}\n', None)
    files = write_document(str(folder), d, "record", b"{}\n", b"text")  # a Dask task run again
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == sorted(files)
    write_document(str(folder), d, "error", b'{"stage": "timeout"}\n', None)
    assert [p.name for p in folder.rglob("*") if p.is_file()] == [f"{d}.json"] and (folder / "errors").is_dir()


def test_a_lost_document_leaves_no_file_of_the_worker_that_died_writing_it(tmp_path):
    staging = Staging(tmp_path / "version")
    d = "fedcba9876543210"
    (staging.dir / "text").mkdir()
    (staging.dir / "text" / f"{d}.txt").write_bytes(b"half a te")  # the worker died here
    lost = error_result(3, d, "a.txt", "txt", "f" * 64, None, "worker_lost", "WorkerLost", "killed")
    staging.document(lost)
    assert sorted(p.relative_to(staging.dir).as_posix() for p in staging.dir.rglob("*") if p.is_file()) == \
        sorted(["journal.jsonl", f"errors/{d}.json"])
    assert list(staging.files) == [f"errors/{d}.json"]


# -- the run's side ----------------------------------------------------------------------

def test_parquet_parts_from_ipc_batches_are_the_bytes_of_parts_from_pickled_tables():
    """The rows as record batches, one chunk, the schema put on without cast: the same part
    file bytes as the former way (the documents' tables concatenated, then cast)."""
    import pyarrow.parquet as pq

    from pipeline.write import ipc_tables
    tables = [arrow_tables(table_rows(json.loads(run_task(task_for(RAW / name, i), Options()).body)))
              for i, name in enumerate(SMALL + ["kontum_787-KH-UBND_2018.txt"])]
    rows = 0
    for name in SCHEMAS:
        if name == "plans":
            continue
        mine = [t[name] for t in tables if name in t]
        sink = pa.BufferOutputStream()
        former = pa.concat_tables(mine).cast(SCHEMAS[name]) if mine else SCHEMAS[name].empty_table()
        pq.write_table(former, sink, store_schema=True)
        batches = [b for t in mine for b in from_ipc(name, ipc_tables({name: t})[name])]
        assert parquet_bytes(name, batches) == (sink.getvalue().to_pybytes(), former.num_rows), name
        rows += former.num_rows
    assert rows > 100


def test_a_null_in_a_column_that_may_not_hold_one_stops_the_part():
    """(What `cast` to the schema checked before the schema was put on without it.)"""
    from pipeline.write import BARE
    loose = pa.Table.from_pylist([{"doc_id": "d"}], schema=BARE["legal_bases"])  # basis_index: not null, missing
    with pytest.raises(ValueError, match="null values in a non-nullable column"):
        parquet_bytes("legal_bases", [loose])


def fatal_after_writing(tasks, options):
    """run_batch, but a worker that has written the files of poison.txt dies (a crash in C
    code after the document was done, before its result went back)."""
    from pipeline.executors import run_batch
    results = run_batch(tasks, options)
    if any(t.rel == "poison.txt" for t in tasks):
        os._exit(1)
    return results


def test_a_dask_worker_that_dies_after_writing_leaves_no_orphan_file(tmp_path, monkeypatch):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    from pipeline.executors import DaskExecutor
    src = tmp_path / "in"
    corpus(src, 1)
    (src / "poison.txt").write_bytes((RAW / SMALL[0]).read_bytes() + b"\n\nGhi ch\xc3\xba.\n")
    monkeypatch.setattr(DaskExecutor, "run", staticmethod(fatal_after_writing))
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        summary = run([src], tmp_path / "out", Options(), jobs=2, executor="dask", batch_docs=2)
    lost = {e["path"]: e for e in summary.entries if e["outcome"] == "error"}
    # (with no failure allowed, Dask may also count the death against a document that waited
    # in the dying worker's queue: it is lost too, which is not what this test is about)
    assert lost["poison.txt"]["stage"] == "worker_lost" and all(e["stage"] == "worker_lost" for e in lost.values())
    v1 = tmp_path / "out" / "v1"
    for e in lost.values():  # its worker wrote the record's files, then died: they are gone
        assert not (v1 / f"documents/{e['doc_id']}.json").exists() and not (v1 / f"text/{e['doc_id']}.txt").exists()
        assert (v1 / e["error"]).is_file()
    # the manifest names every file there is, and every file is named
    assert validate_root(tmp_path / "out") == (len(SMALL) + 1 - len(lost), [])


def test_a_remote_dask_scheduler_gets_the_bytes_and_the_run_writes(tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from pipeline.executors import DaskExecutor
    src = tmp_path / "in"
    corpus(src)
    run([src], tmp_path / "inline", Options(), executor="inline", batch_docs=2)
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        remote = DaskExecutor(Options(), 1, scheduler=cluster.scheduler_address)
        try:
            assert not remote.shares_disk
            tasks = [task_for(p, i) for i, p in enumerate(sorted(src.iterdir()))]
            results = [r for _, r in remote.imap(iter(tasks))]
        finally:
            remote.close()
        assert all(r.body and not r.files for r in results)  # the bytes came back: nothing written there
        run([src], tmp_path / "remote", Options(), jobs=1, executor="dask", scheduler=cluster.scheduler_address,
            batch_docs=2)
    finally:
        cluster.close()
    assert version_files(tmp_path / "remote" / "v1") == version_files(tmp_path / "inline" / "v1")
    assert validate_root(tmp_path / "remote")[1] == []


# -- warm workers ------------------------------------------------------------------------

def test_the_warm_up_plan_goes_through_every_stage_in_each_rendition():
    from pipeline.process import process
    for fmt, data in warm_renditions().items():
        outcome = process(f"warm.{fmt}", data, Options())
        assert outcome.record is not None, (fmt, outcome.error)
        record = outcome.dump or outcome.record.model_dump(mode="json")
        assert record["budget"]["items"] and record["legal_bases"] and record["objectives"], fmt
        assert record["activities"] and record["issuer"]["name"], fmt
    warm_up()  # never raises
