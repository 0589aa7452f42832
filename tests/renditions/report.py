"""Print, per rendition, its differences from the canonical record and its scores against
the gold (micro-F1 and F1 per group) where the canonical file has one.

    python -m tests.renditions.report [--diff N] [--misses N] [--only TEXT] [--out DIR]

--diff N   also list the first N difference lines per rendition (as the test reports them)
--misses N also list the first N mismatches score.py finds per rendition
--only     only renditions whose id contains TEXT (repeatable)
--out DIR  keep the generated renditions in DIR (default: a temp folder, removed)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pipeline.process import process
from tests.renditions.compare import compare, grouped, report
from tests.renditions.generate import generate
from tests.renditions.gold import GROUPS, figures, gold_for, mismatches, score
from tests.test_renditions import ALLOWED, LOST_GROUPS, scored_groups

SHORT = {"header": "header", "recipients": "recip", "legal_bases": "bases", "objectives": "obj",
         "targets": "targets", "activities": "activ", "activity_agencies": "agenc",
         "responsibilities": "resp", "budget.statements": "stmts", "budget.items": "items"}


def _f(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}" if value < 1 else "1.000"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--diff", type=int, default=0, metavar="N")
    parser.add_argument("--misses", type=int, default=0, metavar="N")
    parser.add_argument("--only", action="append", default=[], metavar="TEXT")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="renditions-") as tmp:
        out = args.out or Path(tmp)
        renditions = [r for r in generate(out / "files").values()
                      if not args.only or any(t in r.id for t in args.only)]
        outcomes: dict[Path, object] = {}

        def outcome(path: Path):
            if path not in outcomes:
                outcomes[path] = process(path.name, path.read_bytes())
            return outcomes[path]

        rows, details = [], []
        seen_canonical: set[Path] = set()
        for r in renditions:
            gold_path = gold_for(r.canonical.name)
            if gold_path is not None and r.canonical not in seen_canonical:  # the reference row
                seen_canonical.add(r.canonical)
                o = outcome(r.canonical)
                got = score(o.record.model_dump(mode="json"), o.text, r.canonical.name, o.record.source.sha256,
                            gold_path, out / "score" / f"{r.canonical.name}")
                rows.append((f"{r.canonical.name} (canonical)", "", figures(got)))
            a, b = outcome(r.canonical), outcome(r.path)
            if b.record is None:
                rows.append((r.id, f"error: {b.error.message[:60]}", {}))
                continue
            diffs = compare(a.record.model_dump(mode="json"), b.record.model_dump(mode="json"), r.kind, ALLOWED)
            n_real = sum(not d.allowed for d in diffs)
            f1 = {}
            misses: list[str] = []
            if gold_path is not None:
                got = score(b.record.model_dump(mode="json"), b.text, r.path.name, r.sha256, gold_path,
                            out / "score" / r.id.replace(":", "_"), scored_groups(r.id))
                f1, misses = figures(got), mismatches(got)
            rows.append((r.id, f"{n_real} ({len(grouped([d for d in diffs if not d.allowed]))} lines)", f1))
            if args.diff and n_real:
                details.append(f"\n== {r.id}: {r.path.name} against {r.canonical.name}\n"
                               + report(diffs, limit=args.diff))
            if args.misses and misses:
                details.append(f"\n== {r.id}: score.py mismatches against {gold_path.name} "
                               f"(first {args.misses} of {len(misses)})\n"
                               + "\n".join(f"  {m}" for m in misses[:args.misses]))

        width = max(len(name) for name, _, _ in rows)
        print(f"{'rendition':<{width}}  {'differences':<16} {'micro':>5} "
              + " ".join(f"{SHORT[g]:>7}" for g in GROUPS))
        for name, diffs, f1 in rows:
            print(f"{name:<{width}}  {diffs:<16} {_f(f1.get('micro')) if f1 else '    -'} "
                  + " ".join(f"{_f(f1.get(g)):>7}" for g in GROUPS))
        print("\ndifferences: against the canonical record, allowed ones left out (see tests/test_renditions.py); "
              "F1: score.py against the canonical file's gold, where there is one; micro leaves out the groups a "
              "rendition cannot reach: " + "; ".join(f"{rid}: {', '.join(g)}" for rid, g in LOST_GROUPS.items()))
        for block in details:
            print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
