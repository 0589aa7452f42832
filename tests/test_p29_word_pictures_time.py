"""A scan pasted into Word, a picture a page, is read by OCR page by page (round L7): its time limit counts those
pictures as pages, as a PDF's counts its pages (pipeline.tasks.word_pictures, ocr_pages), so a ten-page scan in Word
is not cut off at the base limit. Small pictures (a logo, a seal) and other zips count nothing."""

from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.options import Options, time_allowed
from pipeline.tasks import PAGE_PICTURE_BYTES, ocr_pages, word_pictures


def _zip(files: dict[str, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, size in files.items():
            z.writestr(name, b"\0" * size)
    return out.getvalue()


@pytest.mark.parametrize("files, pages", [
    # must: page-sized pictures in a Word file and in an OpenDocument file
    ({"word/document.xml": 900, **{f"word/media/image{k}.jpeg": 3 * PAGE_PICTURE_BYTES for k in range(10)}}, 10),
    ({"content.xml": 900, "Pictures/1000000.png": 2 * PAGE_PICTURE_BYTES, "Pictures/1000001.png": 200}, 1),
    # must not: a logo and a seal; a workbook's pictures; no pictures
    ({"word/document.xml": 900, "word/media/image1.png": 9_000, "word/media/image2.emf": 20_000}, 0),
    ({"xl/workbook.xml": 900, "xl/media/image1.png": 5 * PAGE_PICTURE_BYTES}, 0),
    ({"word/document.xml": 900}, 0),
])
def test_page_sized_pictures_count_as_pages(files, pages):
    data = _zip(files)
    assert word_pictures(data) == pages == ocr_pages(data, pdf=False, image=False, archive=True)


def test_the_time_limit_grows_with_them():
    data = _zip({"word/document.xml": 900, **{f"word/media/p{k}.jpeg": PAGE_PICTURE_BYTES for k in range(4)}})
    options = Options()
    assert time_allowed(options, ocr_pages(data, False, False, True)) == options.timeout_seconds + 4 * options.page_seconds
    assert word_pictures(b"not a zip") == 0
