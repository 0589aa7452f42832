"""Round G70: an archive of a plan's scanned pages, one picture a page ("KH 51 trang 1.jpg", "trang 2.jpg" ..., as
portals publish a signed plan), alone or beside its annex as a sheet. Before, a bundle read one picture at most and
only when nothing else came: the scanned plan's first page alone, or the annex alone with the pages left out. Now
the pictures are read together as one document's pages (in their names' natural order: "trang 2" before "trang
10"): the document where no other file holds a header, its annexes after it (extractors.formats.bundle).

The OCR is stood in for here: each "picture" holds its page's text (the probe that found the miss read real scans:
tests/test_g70_holdout.py)."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock, RawDocument
from extractors.formats import bundle

PNG = b"\x89PNG\r\n\x1a\n"

HEADER = ("ỦY BAN NHÂN DÂN XÃ PHÚ LÃM\nSố: 17/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "KẾ HOẠCH\nVệ sinh môi trường năm 2028")
ANNEX = "PHỤ LỤC\nDỰ TOÁN KINH PHÍ\n(Kèm theo Kế hoạch số 17/KH-UBND ngày 02/5/2028)"
OTHER_PLAN = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 33/KH-UBND\nKẾ HOẠCH\nTrồng cây xanh"


def _picture(text: str) -> bytes:
    return PNG + text.encode("utf-8")


@pytest.fixture(autouse=True)
def _stand_in_readers(monkeypatch):
    """A text "file" read as its text; a "picture" read by OCR as its text, a page each."""
    from extractors.formats import base, image

    def read_file(payload, name, options=None):
        if payload.startswith(PNG):
            return RawDocument([RawBlock("paragraph", payload[len(PNG):].decode(), {"page": 1, "ocr": True})])
        return RawDocument([RawBlock("paragraph", payload.decode(), {"paragraph": 1})])

    def read_pictures(pictures, options=None):
        return RawDocument([RawBlock("paragraph", p[len(PNG):].decode(), {"page": n, "ocr": True})
                            for n, p in enumerate(pictures, 1)])

    monkeypatch.setattr(base, "read", read_file)
    monkeypatch.setattr(image, "read_pictures", read_pictures)


def _texts(raw):
    return [b.text for b in raw.blocks]


# (files in the archive's order, the texts read in order, a left-out file named)
MUST = [
    # a plan's pages alone: every page, in page order
    ([("KH 17 trang 1.png", _picture(HEADER)), ("KH 17 trang 2.png", _picture("II. NHIỆM VỤ")),
      ("KH 17 trang 3.png", _picture("Nơi nhận:"))],
     [HEADER, "II. NHIỆM VỤ", "Nơi nhận:"], None),
    # the pages' names in natural order, not the archive's: "trang 2" before "trang 10"
    ([("scan-10.jpg", _picture("page ten")), ("scan-2.jpg", _picture("page two")), ("scan-1.jpg", _picture(HEADER))]
     + [(f"scan-{n}.jpg", _picture(f"page {n}")) for n in range(3, 10)],
     [HEADER, "page two", *[f"page {n}" for n in range(3, 10)], "page ten"], None),
    # the scanned pages and the annex as a sheet (here a text file): the pages the document, the annex after them
    ([("Phụ lục kinh phí.xlsx", ANNEX.encode()), ("KH 17 trang 1.png", _picture(HEADER)),
      ("KH 17 trang 2.png", _picture("III. KINH PHÍ"))],
     [HEADER, "III. KINH PHÍ", ANNEX], None),
]

MUST_NOT = [
    # a single scanned page: read as an image file is (a TIFF its every frame)
    ([("KH 17.tif", _picture(HEADER))], [HEADER], None),
    # a plan as a file with a header and a picture (a logo, a signature's stamp): the plan alone, the picture unread
    ([("KH 17.docx", HEADER.encode()), ("logo.png", _picture("UBND"))], [HEADER], None),
    # the plan as a file, its annex as another: as before
    ([("KH 17.docx", HEADER.encode()), ("Phụ lục.xlsx", ANNEX.encode())], [HEADER, ANNEX], None),
    # files without a header and a picture holding none either: the files as before, the picture left out
    ([("Phụ lục.xlsx", ANNEX.encode()), ("anh.png", _picture("Ảnh hiện trường"))], [ANNEX], None),
    # a plan as a file and another plan's scanned pages: the file the document, the scans left out, as a second
    # document would be (the pictures are read only
    # where no file holds a document's header: a scan is read by OCR, slow)
    ([("KH 17.docx", HEADER.encode()), ("KH 33 trang 1.png", _picture(OTHER_PLAN))], [HEADER], None),
    # two plans as files: the first the document, the second left out and named, as before
    ([("KH 17.docx", HEADER.encode()), ("KH 33.docx", OTHER_PLAN.encode())], [HEADER], "KH 33.docx"),
]


@pytest.mark.parametrize("files,texts,left", MUST + MUST_NOT)
def test_an_archives_pictures_are_its_documents_pages(files, texts, left):
    raw = bundle.read_bundle(files, None)
    assert _texts(raw) == texts
    issues = [i["message"] for i in raw.issues if i["code"] == "read.bundle_document_left_out"]
    if left is None:
        assert not issues
    else:
        assert len(issues) == 1 and left in issues[0]


def test_an_e_mails_body_keeps_its_pictures_out():
    main = RawDocument([RawBlock("paragraph", HEADER, {"line": 1})])
    raw = bundle.read_bundle([("chu-ky.png", _picture("Nguyễn Văn A")), ("Phụ lục.xlsx", ANNEX.encode())], None, main)
    assert _texts(raw) == [HEADER, ANNEX]
