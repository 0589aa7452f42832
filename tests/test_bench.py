"""`make bench` in small (CI): the synthetic corpus is reproducible and varied, and every
figure of bench/results.json is measured."""

import json

import pytest

from pipeline import bench_scale
from pipeline.synth import generate


def test_the_synthetic_corpus_is_seeded_and_varied(tmp_path):
    a = generate(tmp_path / "a", 30, seed=5)
    b = generate(tmp_path / "b", 30, seed=5)
    c = generate(tmp_path / "c", 30, seed=6)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]
    assert {p.suffix for p in a} >= {".txt", ".md", ".html", ".docx"}
    texts = [p.read_bytes() for p in a if p.suffix == ".txt"]
    assert len(set(texts)) == len(texts)  # no two alike


def test_a_synthetic_document_keeps_the_size_of_its_sample(tmp_path):
    """Variation changes names, years and numbers; it never multiplies the text (a sample
    naming no province once had the new name inserted between all its letters)."""
    from pipeline.synth import RAW
    for p in generate(tmp_path, 40, seed=3):
        if p.suffix in (".txt", ".md"):
            sample = RAW / p.name.split("-", 2)[2]
            size = sample.stat().st_size if sample.exists() else None
            if size:
                assert 0.8 * size < p.stat().st_size < 1.25 * size, p.name


def test_the_smoke_bench_measures_every_figure(tmp_path):
    assert bench_scale.main(["--smoke", "--out", str(tmp_path)]) == 0
    r = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert sum(f["documents"] for f in r["by_format"].values()) == r["documents"] == 12
    for f in r["by_format"].values():
        assert f["processed"] == f["documents"] and f["docs_per_s_per_core"] > 0 and 0 < f["ratio_to_floor"]
        # the faster of the format's two runs is the figure
        assert len(f["runs_s"]) == 2 and f["seconds"] == min(f["runs_s"])
        assert f["docs_per_s_per_core"] == pytest.approx(f["documents"] / f["seconds"], rel=0.02)
    assert set(r["speedup_2_over_1"]) == {"process", "dask"}
    assert all(s["documents"] > 0 for s in r["speedup_2_over_1"].values())
    for s in r["speedup_2_over_1"].values():  # the raw ratio and the one without the start-up, both from the runs
        assert s["speedup"] == pytest.approx(s["1_worker_s"] / s["2_workers_s"], rel=0.01)
        assert 0 < s["startup_1_worker_s"] and 0 < s["startup_2_workers_s"]
        assert s["runs"] == 1 and s["speedups_seen"] == [s["speedup"]]  # (the smoke bench runs each once)
        rest = (s["1_worker_s"] - s["startup_1_worker_s"], s["2_workers_s"] - s["startup_2_workers_s"])
        if min(rest) > 1:  # seconds of per-document work in both runs: the rounding does not matter
            assert s["per_document_speedup"] == pytest.approx(rest[0] / rest[1], rel=0.02)
        else:
            assert s["per_document_speedup"] is None or s["per_document_speedup"] > 0
    assert r["big_run"]["documents"] == 16
    assert set(r["peak_rss_mb_per_worker"]) == {"12", "16"} and all(v > 0 for v in r["peak_rss_mb_per_worker"].values())
    assert r["no_change_rerun"]["processed"] == 0 and r["no_change_rerun"]["reused"] == 12
