"""The invented text documents (.txt, .md) with the small changes that copying, scraping and
old editors make to real documents' text, each scored against its document's own gold: a
rule that reads the language, not one typist's habits, gives the same record.

Kinds (each keeps every word, figure and line of its source):

  nfd        Unicode decomposed (NFD), as files from macOS tools and some portals are
  oldtone    old-style tone placement in "oa", "oe", "uy" ("hoà", "khoẻ", "Uỷ ban")
  crlf       Windows line ends, trailing blanks, no-break spaces after list marks and
             before units ("85\\u00a0%"), as text copied from a browser is
  bullets    list marks as word processors and portals write them ("-" -> "–" or "•",
             "+" -> "◦"), tabs after the mark
  spaced     a blank line after every line, as text copied from a web page often is
  tight      no blank lines at all

    python -m tests.invented.perturb OUT [--kinds nfd,oldtone,...] [--docs PREFIX,...]

writes OUT/<kind>/raw and OUT/<kind>/gold, extracts each kind into OUT/<kind>/out and prints
score.py's micro F1 per kind (and the unchanged documents' F1 for comparison).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW, GOLD = HERE / "raw", HERE / "gold"
KINDS = ("nfd", "oldtone", "crlf", "bullets", "spaced", "tight")
TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# an open syllable's "oa", "oe", "uy" (no final consonant, not "qu"): new style marks the first vowel
# ("ua" is no such pair: "của" keeps its mark on the u in both styles)
_OPEN_PAIR = re.compile(r"(?<![qQgG])([oO])([" + TONES + r"])([aAeE])(?![\w\u0300-\u036f])|"
                        r"(?<![qQgG])([uU])([" + TONES + r"])([yY])(?![\w\u0300-\u036f])")


def old_tone(text: str) -> str:
    """'hòa', 'khỏe', 'Ủy' -> 'hoà', 'khoẻ', 'Uỷ' (the tone mark on the second vowel)."""
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OPEN_PAIR.sub(lambda m: m[1] + m[3] + m[2] if m[1] else m[4] + m[6] + m[5], nfd))


def crlf(text: str) -> str:
    text = re.sub(r"(?m)^([-+*]) ", "\\1\u00a0", text)
    text = re.sub(r"(\d) ?%", "\\1\u00a0%", text)
    return "".join(line + "  \r\n" for line in text.split("\n"))


def bullets(text: str) -> str:
    text = re.sub(r"(?m)^(\s*)- ", lambda m: m[1] + "–\t", text)
    return re.sub(r"(?m)^(\s*)\+ ", lambda m: m[1] + "◦ ", text)


def spaced(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def tight(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


CHANGE = {"nfd": lambda t: unicodedata.normalize("NFD", t), "oldtone": old_tone, "crlf": crlf,
          "bullets": bullets, "spaced": spaced, "tight": tight}
# Markdown keeps its meaning only where blank lines and marks do not change it: a pipe table
# split by blank lines is no longer one table, so Markdown gets the kinds that keep tables.
FOR_MARKDOWN = {"nfd", "oldtone", "crlf", "tight"}


def _golds() -> dict[str, dict]:
    golds = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[gold["source"]["file"]] = gold
    return golds


def generate(out: Path, kinds: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> None:
    golds = _golds()
    for kind in kinds + ("same",):
        shutil.rmtree(out / kind, ignore_errors=True)
        (out / kind / "raw").mkdir(parents=True)
        (out / kind / "gold").mkdir(parents=True)
    for src in sorted(RAW.iterdir()):
        if src.suffix not in (".txt", ".md") or src.name not in golds:
            continue
        if prefixes and not src.name.startswith(prefixes):
            continue
        text = src.read_text(encoding="utf-8")
        for kind in kinds + ("same",):
            if src.suffix == ".md" and kind not in FOR_MARKDOWN | {"same"}:
                continue
            data = (text if kind == "same" else CHANGE[kind](text)).encode("utf-8")
            (out / kind / "raw" / src.name).write_bytes(data)
            gold = copy.deepcopy(golds[src.name])
            gold["source"] = {"file": src.name, "sha256": hashlib.sha256(data).hexdigest()}
            (out / kind / "gold" / f"{src.name}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")


def score(out: Path, kinds: tuple[str, ...], prefixes: tuple[str, ...] = (), jobs: int = 1) -> dict[str, dict]:
    """Writes, extracts and scores each kind (and "same", the documents as they are) under `out`:
    score.py's report per kind."""
    from pipeline.process import Options
    from pipeline.run import run
    from tests.renditions.gold import scorer
    generate(out, kinds, prefixes)
    reports = {}
    for kind in ("same",) + kinds:
        pred = out / kind / "out"
        shutil.rmtree(pred, ignore_errors=True)
        run([out / kind / "raw"], pred, Options(), jobs=jobs)
        reports[kind] = scorer().evaluate(pred / "v1", out / kind / "gold")
    return reports


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--docs", default="", help="comma-separated file name prefixes")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        ap.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    for kind, report in score(args.out, kinds, tuple(p for p in args.docs.split(",") if p), args.jobs).items():
        m = report["overall"]["micro"]
        print(f"{kind:<8} {len(report['documents']):>4} {m['f1']:>6.3f} {m['tp']:>5} {m['pred']:>5} {m['gold']:>5}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
