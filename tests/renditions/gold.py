"""Score one rendition's record against the gold of its canonical file with the shared
scorer (../shared/eval/score.py, imported by path).

The gold pairs records with files by sha256, so the gold is copied into a temp folder with
`source` rewritten to the rendition's file name and sha256 (computed here, never stored:
the generator is deterministic per machine, but fonts and tool versions move line breaks)."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
GOLD = SHARED / "gold"


@lru_cache(maxsize=1)
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vnplan_shared_score", SCORE_PY)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the scorer {SCORE_PY}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def gold_for(canonical_name: str, gold_dir: Path = GOLD) -> Path | None:
    """The gold file whose source is `canonical_name` (a sample file), or None."""
    for path in sorted(gold_dir.glob("*.json")):
        source = json.loads(path.read_text(encoding="utf-8")).get("source") or {}
        if source.get("file") == canonical_name:
            return path
    return None


def score(record: dict, text: str, file_name: str, sha256: str, gold_path: Path, workdir: Path,
          groups: tuple[str, ...] = ()) -> dict:
    """score.py's report for one record (and its normalized text, for the span checks)
    against `gold_path` re-keyed to (`file_name`, `sha256`). Files go under `workdir`.
    The overall micro-F1 counts `groups` alone when given (score.py's own option)."""
    docs, texts, gold = workdir / "pred" / "documents", workdir / "pred" / "text", workdir / "gold"
    for folder in (docs, texts, gold):
        folder.mkdir(parents=True, exist_ok=True)
    (docs / f"{record['doc_id']}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (texts / f"{record['doc_id']}.txt").write_text(text, encoding="utf-8", newline="")
    gold_record = json.loads(gold_path.read_text(encoding="utf-8"))
    gold_record["source"] = {**gold_record.get("source", {}), "file": file_name, "sha256": sha256}
    (gold / gold_path.name).write_text(json.dumps(gold_record, ensure_ascii=False), encoding="utf-8")
    return scorer().evaluate(workdir / "pred", gold, groups=groups)


GROUPS = ("header", "recipients", "legal_bases", "objectives", "targets", "activities", "activity_agencies",
          "responsibilities", "budget.statements", "budget.items")


def figures(report: dict) -> dict[str, float | None]:
    """micro F1 and the F1 of each main group, from a score.py report."""
    out = {"micro": report["overall"]["micro"]["f1"]}
    out.update({g: report["totals"][g]["f1"] if g in report["totals"] else None for g in GROUPS})
    return out


def mismatches(report: dict) -> list[str]:
    """score.py's mismatch lines, as --verbose prints them."""
    lines = []
    for doc in report["documents"]:
        for m in doc["mismatches"]:
            item = f"{m['item']}: " if m["item"] else ""
            lines.append(f"{m['group']}: {item}expected {m['expected']}, found {m['found']}")
    return lines
