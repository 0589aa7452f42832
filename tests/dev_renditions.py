"""The dev set's real documents in the shapes archives also hold them in, each scored against
its own document's gold: the Word files (.docx, .doc) exported to PDF by LibreOffice, and every
text PDF (those exports and the dev set's own) rasterized to an image-only scan, clean at 300 dpi
and rough (tilted, soft, grey paper, noise, dust, JPEG), as tests/renditions/scans.py makes them.

The invented renditions (tests/invented/renditions.py) use documents written for the tests; these
use real layouts: a real plan's task table wrapped in a PDF cell, a real 39-page scan.

    python -m tests.dev_renditions OUT [--dev ../shared/dev] [--kinds lo-pdf,scan300,scan-rough] [--score]

writes OUT/<kind>/raw/<files> and OUT/<kind>/gold/<files>.json (the gold with `source` set to the
rendition); --score also extracts each kind into OUT/<kind>/out and prints its micro F1. The scans
take OCR: about 20 minutes of one core for all of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.renditions import print_scores
from tests.renditions.scans import image_only_pdf, rough_scan

KINDS = ("lo-pdf", "scan300", "scan-rough")
ROOT = Path(__file__).resolve().parents[1]


def _golds(dev: Path) -> dict[str, dict]:
    golds = (json.loads(p.read_text(encoding="utf-8")) for p in sorted((dev / "gold").glob("*.json")))
    return {g["source"]["file"]: g for g in golds}


def _put(out: Path, kind: str, name: str, data: bytes, gold: dict) -> None:
    raw, gold_dir = out / kind / "raw", out / kind / "gold"
    raw.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    (raw / name).write_bytes(data)
    copy = json.loads(json.dumps(gold))
    copy["source"] = {"file": name, "sha256": hashlib.sha256(data).hexdigest()}
    (gold_dir / f"{name}.json").write_text(json.dumps(copy, ensure_ascii=False, indent=1), encoding="utf-8")


def _libreoffice_pdfs(files: list[Path]) -> dict[Path, bytes]:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice (LibreOffice) is not installed: scripts/setup-system.sh installs it")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", tmp, *map(str, files)], check=True, capture_output=True)
        return {f: (Path(tmp) / f"{f.stem}.pdf").read_bytes() for f in files}


def generate(out: Path, dev: Path, kinds: tuple[str, ...] = KINDS) -> dict[str, int]:
    golds = _golds(dev)
    raws = sorted(p for p in (dev / "raw").iterdir() if p.name in golds)
    words = [p for p in raws if p.suffix in (".docx", ".doc")]
    pdfs = {p: p.read_bytes() for p in raws if p.suffix == ".pdf" and "scan" not in p.stem}
    exported = _libreoffice_pdfs(words) if words else {}
    made = dict.fromkeys(kinds, 0)
    for src, data in exported.items():
        if "lo-pdf" in kinds:
            _put(out, "lo-pdf", f"{src.stem}.lo.pdf", data, golds[src.name])
            made["lo-pdf"] += 1
    for src, data in sorted({**exported, **pdfs}.items()):
        if "scan300" in kinds:
            _put(out, "scan300", f"{src.stem}.s300.pdf", image_only_pdf(data, 300), golds[src.name])
            made["scan300"] += 1
        if "scan-rough" in kinds:
            _put(out, "scan-rough", f"{src.stem}.rough.pdf", rough_scan(data, 300, seed=src.stem), golds[src.name])
            made["scan-rough"] += 1
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev", help="the dev set (raw/ and gold/)")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--score", action="store_true", help="extract each kind and score it against its gold")
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if set(kinds) - set(KINDS):
        ap.error(f"unknown kinds: {sorted(set(kinds) - set(KINDS))}")
    if not (args.dev / "raw").is_dir() or not (args.dev / "gold").is_dir():
        ap.error(f"no dev set at {args.dev} (raw/ and gold/)")
    for kind, count in generate(args.out, args.dev, kinds).items():
        print(f"{kind:<11} {count:>3} files")
    if args.score:
        print_scores(args.out, kinds)  # (each kind extracted into OUT/<kind>/out and scored against its gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
