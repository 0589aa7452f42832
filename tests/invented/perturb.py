"""The invented text documents (.txt, .md) and HTML pages with the small changes that copying, scraping and
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

and the HTML pages (.html):

  div        <div> for every <p>, as many portals' editors write paragraphs
  word       Word's "Save as Web Page": <p class=MsoNormal> with a <span style=...> inside, the
             source's text lines wrapped at about 76 characters with CRLF
  cp1258     Windows-1258 bytes (tone marks as combining characters after the letter) declared by
             <meta charset>, as older Vietnamese sites are
  entities   every letter outside ASCII as a numeric character reference ("&#7871;")

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
KINDS = ("nfd", "oldtone", "crlf", "bullets", "spaced", "tight", "div", "word", "cp1258", "entities")
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


def div(html: str) -> str:
    return re.sub(r"</p\s*>", "</div>", re.sub(r"<p(?=[\s>])", "<div", html, flags=re.I), flags=re.I)


_TEXT_RUN = re.compile(r"(?<=>)([^<]{77,})(?=<)")
_PARAGRAPH = re.compile(r"<p(\s[^>]*)?>(.*?)</p\s*>", re.S | re.I)


def _wrapped(m: re.Match) -> str:
    """A long run of text between tags broken at spaces into lines of about 76 characters."""
    out, line = [], None
    for word in m.group(1).split(" "):  # (a leading or trailing space is an empty word: kept)
        if line and len(line) + 1 + len(word) > 76:
            out.append(line)
            line = word
        else:
            line = word if line is None else f"{line} {word}"
    return "\r\n".join(out + [line])


def word(html: str) -> str:
    html = _PARAGRAPH.sub(lambda m: f"<p class=MsoNormal{m.group(1) or ''}><span lang=VI style='font-size:13.0pt;"
                          f"font-family:\"Times New Roman\",serif'>{m.group(2)}</span></p>", html)
    return _TEXT_RUN.sub(_wrapped, html).replace("\n", "\r\n").replace("\r\r\n", "\r\n")


_TONE_MARKS = set(TONES)


def cp1258(html: str) -> bytes:
    """Windows-1258: a letter with a tone mark is its base letter (with its other marks) then the
    combining tone mark, as that code page writes Vietnamese."""
    out = []
    for ch in unicodedata.normalize("NFD", html):
        if not out or not unicodedata.combining(ch):
            out.append([ch, ""])
        elif ch in _TONE_MARKS:
            out[-1][1] += ch
        else:
            out[-1][0] += ch  # the circumflex, breve or horn stays on the letter (NFD puts a dot below first)
    out = "".join(unicodedata.normalize("NFC", base) + tone for base, tone in out)
    text = re.sub(r'<meta\s+charset="?utf-8"?\s*/?>', '<meta charset="windows-1258">', out, flags=re.I)
    return text.encode("cp1258", errors="xmlcharrefreplace")


def entities(html: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in html)


CHANGE = {"nfd": lambda t: unicodedata.normalize("NFD", t), "oldtone": old_tone, "crlf": crlf,
          "bullets": bullets, "spaced": spaced, "tight": tight, "div": div, "word": word, "cp1258": cp1258,
          "entities": entities}
# the kinds each format gets: Markdown keeps its meaning only where blank lines and marks do not
# change it (a pipe table split by blank lines is no longer one table), so it gets the kinds that
# keep tables; an HTML page gets the kinds of markup and bytes
FOR_FORMAT = {".txt": {"nfd", "oldtone", "crlf", "bullets", "spaced", "tight"},
              ".md": {"nfd", "oldtone", "crlf", "tight"},
              ".html": {"nfd", "div", "word", "cp1258", "entities"}}


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
        if src.suffix not in FOR_FORMAT or src.name not in golds:
            continue
        if prefixes and not src.name.startswith(prefixes):
            continue
        text = src.read_text(encoding="utf-8")
        for kind in kinds + ("same",):
            if kind != "same" and kind not in FOR_FORMAT[src.suffix]:
                continue
            data = text if kind == "same" else CHANGE[kind](text)
            data = data.encode("utf-8") if isinstance(data, str) else data
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
