"""A run's start-up: the command line starts the pool's fork server before it loads what a
run needs (when the run will process documents), `--version` loads nothing heavy, and the
fork server, warm, leaves without taking its heap apart."""

import multiprocessing
import subprocess
import sys

import pytest

import pipeline.executors as executors
from pipeline.cli import main
from tests.conftest import RAW

SMALL = RAW / "binhgia_213-KH-UBND_2017.txt"


def test_the_command_line_starts_the_fork_server_only_when_documents_will_be_processed(tmp_path, monkeypatch):
    import pipeline.run
    calls = []  # the command line's own calls (pipeline.run asks again when it starts the pool)
    real = executors.start_fork_server
    monkeypatch.setattr(executors, "start_fork_server", lambda *a: (calls.append(1), real(*a))[1])
    monkeypatch.setattr(pipeline.run, "start_fork_server", real)
    src = tmp_path / "in"
    src.mkdir()
    (src / SMALL.name).write_bytes(SMALL.read_bytes())
    out = tmp_path / "out"
    args = ["extract", str(src), "--out", str(out), "--quiet", "--jobs", "1"]
    assert main(args) == 0
    assert calls == [1]  # nothing published yet: every document will be processed
    assert main(args) == 0
    assert calls == [1]  # published and unchanged: nothing to process, no server
    assert main(args + ["--force"]) == 0
    assert calls == [1, 1]
    assert (out / "v1" / "manifest.json").is_file()


STARTS = [  # (why, executor, scheduler, the preload the command line's fork server is started with)
    ("the process pool: the readers, warmed", "process", None, executors.FORK_SERVER_PRELOAD),
    ("a Dask LocalCluster, forked from it: distributed too", "dask", None, executors.DASK_FORK_SERVER_PRELOAD),
    ("must not: a remote Dask scheduler's workers run elsewhere", "dask", "tcp://192.0.2.7:8786", None),
]


@pytest.mark.parametrize("why, executor, scheduler, preload", STARTS, ids=[s[0] for s in STARTS])
def test_the_command_line_starts_the_fork_server_its_executor_forks_from(tmp_path, monkeypatch, why, executor,
                                                                         scheduler, preload):
    import argparse

    from pipeline import cli
    started = []
    monkeypatch.setattr(executors, "start_fork_server", lambda p=executors.FORK_SERVER_PRELOAD: started.append(p))
    cli._start_workers(argparse.Namespace(executor=executor, scheduler=scheduler, force=False, out=str(tmp_path)))
    assert started == ([preload] if preload else []), why


def test_the_command_line_parses_before_it_loads_the_record_models():
    code = ("import sys\nfrom pipeline.cli import build_parser\nbuild_parser().parse_args(['extract', 'x'])\n"
            "assert 'pydantic' not in sys.modules and 'pyarrow' not in sys.modules, 'loaded'\n"
            "from pipeline.cli import main\nsys.exit(main(['--version']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    from pipeline.models import PIPELINE_VERSION
    assert done.stdout.strip() == PIPELINE_VERSION


def _quick_exit_flag(conn):
    """Run in a process forked from the fork server: what pipeline.warm decided there."""
    conn.send((sys.modules["pipeline.warm"].QUICK_EXIT, "pipeline.worker" in sys.modules))
    conn.close()


def test_the_fork_server_alone_exits_quickly():
    import pipeline.warm
    assert pipeline.warm.QUICK_EXIT is False  # imported anywhere else, it changes nothing at exit
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(executors.FORK_SERVER_PRELOAD)
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_quick_exit_flag, args=(child,))
    proc.start()
    child.close()
    assert parent.recv() == (True, True)
    proc.join(10)
    assert proc.exitcode == 0


def test_the_command_lines_process_flushes_what_it_printed_before_it_ends(tmp_path):
    import json
    done = subprocess.run([sys.executable, "-m", "pipeline", "schema"], capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout)["title"]  # all of it, through a pipe
    missing = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / "none"), "--out",
                              str(tmp_path / "out")], capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.startswith("error: input not found")


def test_under_a_profiler_the_command_line_exits_as_usual_so_the_profile_is_written(tmp_path):
    prof = tmp_path / "schema.prof"
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "pipeline", "schema"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    import pstats
    assert pstats.Stats(str(prof)).total_calls > 0
