"""A sample of the invented documents as plain 300 dpi scans, as archive scans
(tests/renditions/scans.py archive_scan) and as cheap "low" scans (200 dpi, grayscale, JPEG 60:
scans.low_scan), as phone photos of the paper (scans.photo_scan: uneven light, a shadow
along one edge, a slight keystone and tilt) and as a phone scanner app's PDFs (scans.phone_app_scan:
a mild perspective left, JPEG 50, pages not A4, one of another size), each with its document's gold,
extracted and scored:

    .venv/bin/python -m tests.renditions.archive OUT --docs b2_,c2_snv [--kinds scan300,scan-archive,scan-low,photo,phone-app] [--score]

--docs names sources by file-name prefix (comma-separated). Writes OUT/<kind>/raw and
OUT/<kind>/gold as tests.invented.renditions does, and with --score OUT/<kind>/out and a line
of micro F1 per kind. One worker (OCR is slow: about 13 s a page).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from tests.invented import renditions as r
from tests.renditions.scans import archive_scan, image_only_pdf, low_scan, phone_app_scan, photo_scan

ARCHIVE, LOW, PHOTO, APP = "scan-archive", "scan-low", "photo", "phone-app"
KINDS = (r.SCAN300, ARCHIVE, LOW, PHOTO, APP)


def pdf_of(source: Path, work: Path) -> Path:
    """The source PDF, or LibreOffice's export of the source's Word file / OpenDocument text / RTF / HTML (as
    tests.invented.renditions makes it)."""
    if source.suffix == ".pdf":
        return source
    staged = work / "lo-in" / f"{source.stem}{source.suffix if source.suffix in ('.html', '.odt', '.rtf') else '.docx'}"
    staged.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix in (".txt", ".md"):
        text = source.read_bytes().decode("utf-8")
        staged.write_bytes(r.markdown_to_docx(text) if source.suffix == ".md" else r.text_to_docx(text))
    else:
        shutil.copyfile(source, staged)
    target = "pdf:writer_web_pdf_Export" if staged.suffix == ".html" else "pdf"
    (pdf,) = r.libreoffice([staged], target, work / "pdf")
    pdf.write_bytes(r._fixed_pdf(pdf.read_bytes()))
    return pdf


def generate(out: Path, prefixes: list[str], kinds: tuple[str, ...]) -> int:
    """The scans (`kinds`) of each source whose name starts with one of `prefixes`; the number of sources."""
    work = out / "_work"
    sources = [s for s in sorted(r.RAW.iterdir())
               if s.is_file() and s.suffix in (".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt", ".md", ".html")
               and any(s.name.startswith(p) for p in prefixes)]
    for s in sources:
        pdf = pdf_of(s, work).read_bytes()
        tag = s.suffix.replace(".", "-")
        if r.SCAN300 in kinds:
            r._write(out, r.SCAN300, f"{s.stem}{tag}.scan300.pdf", image_only_pdf(pdf, 300), s.name)
        if ARCHIVE in kinds:
            r._write(out, ARCHIVE, f"{s.stem}{tag}.archive.pdf", archive_scan(pdf, 300, s.name), s.name)
        if LOW in kinds:
            r._write(out, LOW, f"{s.stem}{tag}.low.pdf", low_scan(pdf), s.name)
        if PHOTO in kinds:
            r._write(out, PHOTO, f"{s.stem}{tag}.photo.pdf", photo_scan(pdf, s.name), s.name)
        if APP in kinds:
            r._write(out, APP, f"{s.stem}{tag}.app.pdf", phone_app_scan(pdf, s.name), s.name)
    shutil.rmtree(work, ignore_errors=True)
    return len(sources)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", required=True, help="comma-separated file-name prefixes of tests/invented/raw")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="score what is in OUT already")
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if not args.reuse:
        print(f"{generate(args.out, args.docs.split(','), kinds)} documents", flush=True)
    if args.score:
        r.print_scores(args.out, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
