"""A PDF's time limit grows with its pages: a long scan is read by OCR, page after page, and
the default limit of a short document must not cut it off (options.time_allowed). Before,
a 39-page scan ran out of the 60 s every document had and became an error record."""

from pathlib import Path

import pytest

from pipeline.options import Options, time_allowed
from pipeline.run import run
from pipeline.tasks import pdf_pages
from tests.renditions.scans import image_only_pdf

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.mark.parametrize("options, pages, allowed", [
    (Options(timeout_seconds=60, page_seconds=5), 0, 60),  # not a PDF: the limit as given
    (Options(timeout_seconds=60, page_seconds=5), 39, 255),  # a 39-page scan: 60 + 39 x 5
    (Options(timeout_seconds=10, page_seconds=0), 39, 10),  # no allowance asked for
    (Options(timeout_seconds=60, page_seconds=5, ocr="never"), 39, 60),  # no OCR: pages cost no more
    (Options(timeout_seconds=0, page_seconds=5), 39, 0),  # no limit stays no limit
])
def test_time_allowed(options, pages, allowed):
    assert time_allowed(options, pages) == allowed


def test_pdf_pages_counts_from_a_path_and_from_bytes_and_says_0_for_a_damaged_file(tmp_path):
    pdf = next(RAW.glob("*.pdf"))
    assert pdf_pages(str(pdf)) == pdf_pages(pdf.read_bytes()) > 1
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    assert pdf_pages(str(bad)) == 0


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """Three pages of a sample plan as an image-only PDF (OCR reads each)."""
    root = tmp_path_factory.mktemp("pagetime")
    (root / "in").mkdir()
    text_pdf = next(RAW.glob("*.pdf")).read_bytes()
    (root / "in" / "scan.pdf").write_bytes(image_only_pdf(text_pdf, 200, pages=[0, 1, 2]))
    return root


def test_a_scan_over_the_bare_limit_is_read_within_its_pages_allowance(scan):
    """The same scan, the same 1 s limit: with no allowance per page it times out; with one,
    it is read. (OCR of a page takes over a second of one core, so 1 s alone cannot do.)"""
    cut = run([scan / "in"], scan / "cut", Options(timeout_seconds=1, page_seconds=0), jobs=1)
    assert [(e["outcome"], e.get("stage")) for e in cut.entries] == [("error", "timeout")]
    read = run([scan / "in"], scan / "read", Options(timeout_seconds=1, page_seconds=60), jobs=1)
    assert [e["outcome"] for e in read.entries] == ["record"]


def test_a_scan_named_as_another_format_has_its_pages_allowance_too(scan):
    """Archives name files by hand: a PDF saved as .doc is read as the PDF it is (by its bytes), and
    its time limit counts its pages as well."""
    (scan / "misnamed").mkdir()
    (scan / "misnamed" / "scan.doc").write_bytes((scan / "in" / "scan.pdf").read_bytes())
    read = run([scan / "misnamed"], scan / "misnamed-out", Options(timeout_seconds=1, page_seconds=60), jobs=1)
    assert [e["outcome"] for e in read.entries] == ["record"]
