"""Make the renditions of the rendition-equivalence tests (issue 9) into a folder.

The same document in the shapes real scrapers produce:

  pdf-layout    `pdftotext -layout` of a PDF (columns and tables aligned with spaces)
  pdf-plain     plain `pdftotext` of a PDF (reading order, tables one cell per line)
  segmented     a text file word-segmented line by line with underthesea's
                `word_tokenize(line, format="text")` (`Kế_hoạch số 787 / KH-UBND ,`)
  lo-pdf        a Word plan of our own (tests/renditions/wordplans.py) exported to PDF by
                LibreOffice; its `pdftotext` outputs are pdf-layout and pdf-plain renditions

for the sample PDF (data/raw/kontum_787-KH-UBND_2018.pdf), the sample texts
(data/raw/*.txt, *.md) and the Word plans. Each rendition names its canonical file (the
sample file itself, or the Word plan's .docx), whose record it must reproduce.

Deterministic: the same files on every run on one machine (the .docx bytes are fixed; a
PDF that LibreOffice writes carries its creation time, but its text does not change;
line breaks depend on the fonts installed). Needs pdftotext (poppler-utils) and soffice
(LibreOffice), which scripts/setup-system.sh installs; underthesea runs offline (its
word-segmentation model ships inside the package).

    python -m tests.renditions.generate OUT_DIR
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.renditions.wordplans import PLANS, build

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
SAMPLE_PDF = "kontum_787-KH-UBND_2018.pdf"
SEGMENTED_SUFFIXES = (".txt", ".md")

PDF_LAYOUT, PDF_PLAIN, SEGMENTED, LO_PDF = "pdf-layout", "pdf-plain", "segmented", "lo-pdf"


@dataclass(frozen=True)
class Rendition:
    id: str  # "<canonical file name>:<kind>", e.g. "kontum_787-KH-UBND_2018.pdf:pdf-layout"
    kind: str
    canonical: Path  # the file whose record this rendition must reproduce
    path: Path  # the rendition itself

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def planned(raw: Path = RAW) -> list[tuple[str, str]]:
    """(id, kind) of every rendition generate() makes, without making them (for test ids)."""
    out = [(f"{SAMPLE_PDF}:{kind}", kind) for kind in (PDF_LAYOUT, PDF_PLAIN)]
    out += [(f"{p.name}:{SEGMENTED}", SEGMENTED) for p in _segment_sources(raw)]
    for plan in PLANS:
        out += [(f"{plan.name}.docx:{kind}", kind) for kind in (LO_PDF, PDF_LAYOUT, PDF_PLAIN)]
    return out


def _segment_sources(raw: Path) -> list[Path]:
    return sorted(p for p in raw.iterdir() if p.is_file() and p.suffix in SEGMENTED_SUFFIXES)


def _require(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise RuntimeError(f"{tool} is not installed: the rendition tests need it "
                           f"(sudo apt-get install {package}, or run scripts/setup-system.sh)")
    return path


def pdftotext(pdf: Path, out: Path, layout: bool, raw: bool = False) -> Path:
    """`pdftotext [-layout | -raw] -enc UTF-8 pdf out` (-raw: the content stream's order, what many
    viewers' copy gives)."""
    mode = ["-layout"] if layout else ["-raw"] if raw else []
    cmd = [_require("pdftotext", "poppler-utils"), *mode, "-enc", "UTF-8",
           str(pdf), str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return out


def word_segment(text: str) -> str:
    """Each line through underthesea's word_tokenize(line, format="text"); line breaks kept."""
    from underthesea import word_tokenize
    lines = text.split("\n")
    return "\n".join(word_tokenize(line, format="text") if line.strip() else line for line in lines)


def libreoffice_pdf(docx_files: list[Path], out_dir: Path) -> list[Path]:
    """Export .docx files to PDF with LibreOffice headless, with a profile of its own in a
    temp folder (so that it neither needs nor touches a user profile)."""
    soffice = _require("soffice", "libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck",
               "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_files)]
        env = {**os.environ, "TMPDIR": profile}  # its pipes (OSL_PIPE_*) go with the profile
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    pdfs = [out_dir / f"{d.stem}.pdf" for d in docx_files]
    missing = [p.name for p in pdfs if not p.is_file()]
    if done.returncode != 0 or missing:
        raise RuntimeError(f"LibreOffice did not export {missing or 'every file'} "
                           f"(exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return pdfs


def _pdf_texts(pdf: Path, canonical: Path, out: Path, stem: str) -> list[Rendition]:
    return [Rendition(f"{canonical.name}:{kind}", kind, canonical,
                      pdftotext(pdf, out / f"{stem}.{suffix}.txt", layout=kind == PDF_LAYOUT))
            for kind, suffix in ((PDF_LAYOUT, "layout"), (PDF_PLAIN, "plain"))]


def generate(out: Path, raw: Path = RAW) -> dict[str, Rendition]:
    """Make every rendition into `out` (created if needed); returns them by id, in the
    order of planned()."""
    out.mkdir(parents=True, exist_ok=True)
    made: list[Rendition] = []

    sample = raw / SAMPLE_PDF
    made += _pdf_texts(sample, sample, out, sample.stem)

    for src in _segment_sources(raw):
        text = src.read_bytes().decode("utf-8")
        path = out / f"{src.stem}.seg{src.suffix}"
        path.write_bytes(word_segment(text).encode("utf-8"))
        made.append(Rendition(f"{src.name}:{SEGMENTED}", SEGMENTED, src, path))

    docx_files = []
    for plan in PLANS:
        path = out / f"{plan.name}.docx"
        path.write_bytes(build(plan))
        docx_files.append(path)
    for docx, pdf in zip(docx_files, libreoffice_pdf(docx_files, out)):
        made.append(Rendition(f"{docx.name}:{LO_PDF}", LO_PDF, docx, pdf))
        made += _pdf_texts(pdf, docx, out, docx.stem)

    by_id = {r.id: r for r in made}
    assert list(by_id) == [i for i, _ in planned(raw)], "planned() and generate() disagree"
    return by_id


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0])
    for r in generate(out).values():
        print(f"{r.id:<52} {r.path.relative_to(out)!s:<44} {r.path.stat().st_size:>8} bytes  "
              f"sha256 {r.sha256[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
