"""Scanned pages saved as image files (extractors/formats/image.py), read by the OCR path a
scanned PDF's page takes.

An invented plan's pages are rendered here with pypdfium2 at 300 dpi and saved as a JPEG
(quality 85) stored sideways and turned by its EXIF orientation, a PNG of the same page, and one
multi-page TIFF (page 1 CCITT G4 bilevel, page 2 LZW gray); each has a scanned PDF made of the
same pixels (the JPEG's own bytes on a page turned by /Rotate, the TIFF's bitmaps), and the
image's record must equal that PDF's on every scored field and score as well against the
document's hand-written gold, every span holding its value. Seven pages of OCR in all, in one
run of two workers. The other rows need no OCR or a page of
a few lines: bytes that are no image under an image's name, a PNG named .pdf and a TIFF with
no extension found by their bytes, --ocr never, a truncated JPEG, a TIFF whose second page
cannot be decoded, a PNG over Pillow's decompression-bomb limit, the resolution a photo states,
every mode made 8-bit gray, each image format sniffed and read.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont, TiffImagePlugin

from extractors.formats import format_of
from extractors.formats.base import ReadOptions, image_kind, sniff
from extractors.formats.image import read, resolution, to_gray
from pipeline.inputs import Found, format_of_content, hash_file
from pipeline.process import Options
from pipeline.run import run
from pipeline.tasks import image_pages
from tests.renditions.gold import score

INVENTED = Path(__file__).resolve().parents[1] / "invented"
PLAN = "e_huyen-sonthuong_118-kh-ubnd_2019_kinh-phi-cot-nguon"
DPI = 300
A4_PT = (595.3039, 841.8898)  # the plan's page: rendered at 300 dpi, 2481 x 3508 pixels
PAGE_PX = (2481, 3508)
SCORED = ("doc_type", "number", "issuer", "issued_date", "title", "signer", "legal_bases", "objectives",
          "activities", "budget")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _pages() -> list[Image.Image]:
    """The plan's pages at 300 dpi, 8-bit gray."""
    pdf = pdfium.PdfDocument((INVENTED / "raw" / f"{PLAN}.pdf").read_bytes())
    try:
        return [pdf[i].render(scale=DPI / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def _bitmap_pdf(images: list[Image.Image], rotate: int = 0) -> bytes:
    """A scanned PDF of `images` as they are (no compression loss), one page each at 300 dpi."""
    pdf = pdfium.PdfDocument.new()
    for img in images:
        page = _image_page(pdf, img.size)
        obj = pdfium.PdfImage.new(pdf)
        obj.set_bitmap(pdfium.PdfBitmap.from_pil(img))
        _place(page, obj, img.size, rotate)
    return _saved(pdf)


def _jpeg_pdf(jpeg: bytes, rotate: int) -> bytes:
    """A scanned PDF of one page holding the JPEG's own bytes (DCTDecode), turned by /Rotate."""
    pdf = pdfium.PdfDocument.new()
    size = Image.open(io.BytesIO(jpeg)).size
    page = _image_page(pdf, size)
    obj = pdfium.PdfImage.new(pdf)
    obj.load_jpeg(io.BytesIO(jpeg), pages=[page], autoclose=False)
    _place(page, obj, size, rotate)
    return _saved(pdf)


def _image_page(pdf, size):
    """An A4 page (sideways for a sideways image): pdfium renders an image that fills it at 300
    dpi back to its own pixels (a page of the image's size in points, 595.44 x 841.92, it
    rounds up to 2482 x 3509 pixels and resamples)."""
    return pdf.new_page(*(A4_PT if size[0] < size[1] else A4_PT[::-1]))


def _place(page, obj, size, rotate: int) -> None:
    obj.set_matrix(pdfium.PdfMatrix().scale(*page.get_size()))
    page.insert_obj(obj)
    page.gen_content()
    if rotate:
        page.set_rotation(rotate)


def _saved(pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def _mixed_tiff(frames: list[tuple[Image.Image, dict]]) -> bytes:
    """One multi-page TIFF whose pages are saved each with its own options (compression)."""
    out = io.BytesIO()
    with TiffImagePlugin.AppendingTiffWriter(out, new=True) as tiff:
        for img, options in frames:
            img.save(tiff, "TIFF", dpi=(DPI, DPI), **options)
            tiff.newFrame()
    return out.getvalue()


def _saved_image(img: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def _note(lines: list[str], size=(1240, 1748), dpi=(DPI, DPI), fmt="PNG") -> bytes:
    """A small page (A6 at 300 dpi) of a few lines of text: cheap to read by OCR."""
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, round(12 * DPI / 72))
    for n, line in enumerate(lines):
        draw.text((90, 120 + n * 80), line, font=font, fill=0)
    return _saved_image(img, fmt, **({"dpi": dpi} if dpi else {}))


def _bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A palette PNG that declares width x height pixels and holds a few hundred bytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 1, 3, 0, 0, 0)  # 1 bit a pixel, palette
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", b"\xff\xff\xff\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


LINES = ["ỦY BAN NHÂN DÂN TỈNH ĐÔNG HÀ", "Số: 57/KH-UBND", "KẾ HOẠCH", "Phát triển nghề muối năm 2027"]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    root = tmp_path_factory.mktemp("images")
    inputs = root / "in"
    inputs.mkdir()
    pages = _pages()
    bilevel = pages[0].convert("1", dither=Image.Dither.NONE)
    sideways = pages[0].transpose(Image.Transpose.ROTATE_90)  # the page as a phone held sideways took it
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° clockwise to view"
    jpeg = _saved_image(sideways, "JPEG", quality=85, dpi=(DPI, DPI))
    # the PNG holds the JPEG's pixels turned upright: the same page, one scanned PDF for both
    decoded = Image.open(io.BytesIO(jpeg)).convert("L").transpose(Image.Transpose.ROTATE_270)
    files = {
        "plan.png": _saved_image(decoded, "PNG", dpi=(DPI, DPI)),
        "plan.jpg": _saved_image(sideways, "JPEG", quality=85, dpi=(DPI, DPI), exif=exif.tobytes()),
        "plan-jpg.pdf": _jpeg_pdf(jpeg, 90),
        "plan.tif": _mixed_tiff([(bilevel, {"compression": "group4"}), (pages[1], {"compression": "tiff_lzw"})]),
        "plan-tif.pdf": _bitmap_pdf([bilevel.convert("L"), pages[1]]),
        # found by their bytes: a PNG saved as .pdf, a TIFF with no extension (and no resolution)
        "note-png.pdf": _note(LINES),
        "note-tiff": _note(LINES[:3], dpi=None, fmt="TIFF"),
        # errors
        "words.jpg": "KẾ HOẠCH\nPhát triển nghề muối\n".encode(),
        "cut.jpg": _saved_image(pages[1].resize((620, 875)), "JPEG", quality=85)[:20_000],
        "bomb.png": _bomb_png(),
    }
    for name, data in files.items():
        (inputs / name).write_bytes(data)
    summary = run([inputs], root / "out", Options(timeout_seconds=600), jobs=2)
    v1 = root / "out" / "v1"
    records = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (v1 / "documents").glob("*.json")}
    errors = {json.loads(p.read_text(encoding="utf-8"))["path"]: json.loads(p.read_text(encoding="utf-8"))
              for p in (v1 / "errors").glob("*.json")}
    by_path = {r["source"]["path"]: r for r in records.values()}
    texts = {r["source"]["path"]: (v1 / "text" / f"{r['doc_id']}.txt").read_text(encoding="utf-8")
             for r in records.values()}
    manifest = json.loads((v1 / "manifest.json").read_text(encoding="utf-8"))
    return {"records": by_path, "texts": texts, "errors": errors, "files": files, "root": root,
            "summary": summary, "manifest": manifest}


def _gold_score(extracted, name: str, workdir: Path) -> dict:
    record, data = extracted["records"][name], extracted["files"][name]
    return score(record, extracted["texts"][name], name, hashlib.sha256(data).hexdigest(),
                 INVENTED / "gold" / f"{PLAN}.json", workdir)


@pytest.mark.parametrize("image, scan, fmt", [
    ("plan.png", "plan-jpg.pdf", "png"),
    ("plan.jpg", "plan-jpg.pdf", "jpeg"),  # turned upright by its EXIF orientation, as the PDF by /Rotate
    ("plan.tif", "plan-tif.pdf", "tiff"),  # two pages: G4 bilevel, LZW gray
])
def test_an_image_reads_as_the_scanned_pdf_of_its_pixels(extracted, tmp_path, image, scan, fmt):
    rec, ref = extracted["records"][image], extracted["records"][scan]
    assert rec["source"]["format"] == fmt
    for field in SCORED:
        assert rec[field] == ref[field], field
    assert extracted["texts"][image] == extracted["texts"][scan]
    mine, theirs = _gold_score(extracted, image, tmp_path / "a"), _gold_score(extracted, scan, tmp_path / "b")
    assert mine["overall"]["micro"]["f1"] >= theirs["overall"]["micro"]["f1"] > 0.5
    assert mine["spans"]["checked"] == mine["spans"]["valid"] > 0
    used = [i for i in rec["quality"]["issues"] if i["code"] == "pdf.ocr_used"]
    assert len(used) == 1 and used[0]["where"] == ("pages 1-2" if fmt == "tiff" else "pages 1")
    assert not [i for i in rec["quality"]["issues"] if i["code"] == "image.resolution_assumed"]


def test_every_block_of_an_image_is_marked_ocr(extracted):
    from extractors.formats import read as read_any
    raw = read_any(extracted["files"]["note-png.pdf"], "note.png")
    assert raw.blocks and all(b.location.get("ocr") is True for b in raw.blocks)
    assert {b.location["page"] for b in raw.blocks} == {1}


def test_an_image_is_found_by_its_bytes_under_another_name_or_none(extracted):
    rec = extracted["records"]["note-png.pdf"]
    assert rec["source"]["format"] == "pdf"  # the extension's, as for any misnamed file
    assert [i["code"] for i in rec["quality"]["issues"] if i["code"] == "read.format_mismatch"] == ["read.format_mismatch"]
    assert rec["number"] == "57/KH-UBND" and rec["doc_type"] == "Kế hoạch"
    bare = extracted["records"]["note-tiff"]
    assert bare["source"]["format"] == "tiff" and bare["doc_type"] == "Kế hoạch"
    assumed = [i for i in bare["quality"]["issues"] if i["code"] == "image.resolution_assumed"]
    assert len(assumed) == 1 and assumed[0]["severity"] == "info"
    entry = next(e for e in extracted["manifest"]["inputs"] if e["path"] == "note-tiff")
    assert entry["outcome"] == "record"


@pytest.mark.parametrize("name, stage, message", [
    ("words.jpg", "read", "not an image file Pillow can read"),
    ("cut.jpg", "read", "the image cannot be decoded: OSError: image file is truncated"),
    ("bomb.png", "read", "decompression-bomb limit"),
])
def test_a_broken_image_is_an_error_record_that_says_why(extracted, name, stage, message):
    err = extracted["errors"][name]
    assert err["stage"] == stage and message in err["message"], err
    assert err["format"] == format_of(name)


def test_every_input_is_accounted_for(extracted):
    outcomes = {e["path"]: e["outcome"] for e in extracted["manifest"]["inputs"]}
    assert outcomes == {name: ("error" if name in ("words.jpg", "cut.jpg", "bomb.png") else "record")
                        for name in extracted["files"]}


def test_with_ocr_off_an_image_is_an_error_record_that_says_so(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "note.png").write_bytes(_note(LINES))
    run([inputs], tmp_path / "out", Options(ocr="never"), jobs=1)
    [err] = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out" / "v1" / "errors").glob("*.json")]
    assert err["stage"] == "read" and "OCR, which is off (--ocr never)" in err["message"]


@pytest.mark.parametrize("head, kind", [
    # must match: each image format's magic number
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "png"),
    (b"\xff\xd8\xff\xe0\0\x10JFIF\0", "jpeg"),
    (b"\xff\xd8\xff\xe1\x12\x34Exif\0\0", "jpeg"),
    (b"II*\0\x08\0\0\0", "tiff"),
    (b"MM\0*\0\0\0\x08", "tiff"),
    (b"RIFF\x24\x08\0\0WEBPVP8 ", "webp"),
    (b"BM\x36\x10\x0e\0\0\0\0\0\x36\0\0\0\x28\0\0\0", "bmp"),
    # must not match: text that starts with the same letters, other formats
    (b"BMT 2027: ke hoach phat trien\n", None),
    (b"II. MUC TIEU\n", None),
    (b"MM/DD/YYYY\n", None),
    (b"RIFF\x24\x08\0\0WAVEfmt ", None),
    (b"%PDF-1.7\n", None),
    (b"PK\x03\x04", None),
])
def test_image_kind_by_magic_number(head, kind):
    assert image_kind(head) == kind


@pytest.mark.parametrize("name, fmt", [
    ("scan.png", "png"), ("scan.PNG", "png"), ("scan.jpg", "jpeg"), ("scan.jpeg", "jpeg"), ("scan.tif", "tiff"),
    ("scan.tiff", "tiff"), ("scan.bmp", "bmp"), ("scan.webp", "webp"), ("scan.gif", None), ("scan.svg", None),
])
def test_image_extensions(name, fmt):
    assert format_of(name) == fmt


def test_content_format_and_sniff_name_an_image_by_its_bytes():
    tiff = _saved_image(Image.new("1", (64, 64), 1), "TIFF", compression="group4")
    assert sniff(tiff) == format_of_content(tiff) == "tiff"
    png = _saved_image(Image.new("L", (8, 8), 255), "PNG")
    assert sniff(png) == format_of_content(png) == "png"


def test_the_walk_counts_an_images_frames_as_pages(tmp_path):
    pages = [Image.new("L", (100, 140), 255) for _ in range(3)]
    path = tmp_path / "scan"
    path.write_bytes(_saved_image(pages[0], "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw"))
    f = Found(str(path), "scan")
    hash_file(f, 1 << 20)
    assert f.image and not f.pdf
    assert image_pages(str(path)) == image_pages(path.read_bytes()) == 3
    assert image_pages(b"no image") == 0 and image_pages(_bomb_png()) == 0
    from pipeline.options import time_allowed
    assert time_allowed(Options(timeout_seconds=60, page_seconds=20), image_pages(str(path))) == 120


@pytest.mark.parametrize("dpi, size, stated", [
    ((300, 300), (2480, 3508), (300.0, 300.0)),
    ((299.9994, 299.9994), (2480, 3508), (300.0, 300.0)),  # a PNG's 11811 pixels a metre
    ((204, 196), (1728, 2200), (204.0, 196.0)),  # a fax's fine mode: its pixels not square
    (None, (2480, 3508), (0.0, 0.0)),
    ((0, 0), (2480, 3508), (0.0, 0.0)),
])
def test_resolution_as_the_file_states_it(dpi, size, stated):
    img = Image.new("L", size, 255)
    if dpi is not None:
        img.info["dpi"] = dpi
    assert resolution(img) == stated


@pytest.mark.parametrize("stated, size, resampled_width", [
    # read as a paper page: at 300 dpi as it is; at 150 dpi brought to 300 (as pdfium renders a page)
    ((300, 300), (2475, 3500), 2475),
    ((150, 150), (1240, 1754), 2480),
    # no paper page: a phone photo's 72 dpi on 3024 x 4032 pixels (42 x 56 in), no resolution at all:
    # its narrower side taken as an A4 page's width, 8.27 in at 300 dpi
    ((72, 72), (3024, 4032), 2480),
    (None, (1512, 2016), 2480),
])
def test_a_page_is_brought_to_the_ocr_resolution(stated, size, resampled_width):
    from extractors.formats.image import _opened, _page
    data = _saved_image(Image.new("L", size, 255), "PNG", **({"dpi": stated} if stated else {}))
    assumed: list[int] = []
    gray, scale = _page(_opened(data), 1, ReadOptions(), assumed)
    assert abs(gray.width - resampled_width) <= 1 and gray.mode == "L"
    assert abs(scale - DPI / 72) < 1e-9
    assert bool(assumed) == (stated in (None, (72, 72)))


def test_a_huge_page_is_read_at_a_lower_resolution(monkeypatch):
    """As ocr.render reads a PDF page: over MAX_PIXELS at --ocr-dpi, the page is read at the
    resolution that fits (the limit made small here, so that the page stays small)."""
    from extractors.formats import ocr
    from extractors.formats.image import _opened, _page
    monkeypatch.setattr(ocr, "MAX_PIXELS", 1_000_000)
    data = _saved_image(Image.new("1", PAGE_PX, 1), "PNG", dpi=(DPI, DPI))
    gray, scale = _page(_opened(data), 1, ReadOptions(), [])
    assert abs(gray.width * gray.height - 1_000_000) < 5_000 and abs(scale - (1_000_000 / (PAGE_PX[0] * PAGE_PX[1] * (72 / DPI) ** 2)) ** 0.5) < 1e-9
    assert gray.width / gray.height == pytest.approx(PAGE_PX[0] / PAGE_PX[1], rel=0.01)


GRAY = np.array([[0, 128], [200, 255]], dtype=np.uint8)


@pytest.mark.parametrize("make", [
    lambda: Image.fromarray(GRAY, "L"),
    lambda: Image.fromarray(GRAY, "L").convert("RGB"),
    lambda: Image.fromarray(GRAY, "L").convert("CMYK"),
    lambda: Image.fromarray(GRAY, "L").convert("P"),
    lambda: Image.fromarray(GRAY.astype(np.uint16) * 257),  # 16-bit gray (I;16)
    lambda: Image.fromarray(GRAY, "L").convert("I"),
    lambda: Image.merge("RGBA", [Image.fromarray(GRAY, "L")] * 3 + [Image.new("L", (2, 2), 255)]),
])
def test_every_mode_becomes_the_same_8_bit_gray(make):
    gray = np.asarray(to_gray(make()))
    assert gray.dtype == np.uint8 and np.abs(gray.astype(int) - GRAY).max() <= 1


def test_transparency_is_paper_and_bilevel_is_black_and_white():
    clear = Image.new("RGBA", (2, 2), (0, 0, 0, 0))
    assert np.asarray(to_gray(clear)).min() == 255
    bilevel = Image.new("1", (2, 1), 0)
    bilevel.putpixel((1, 0), 1)
    assert np.asarray(to_gray(bilevel)).tolist() == [[0, 255]]


def test_a_later_page_that_cannot_be_decoded_is_left_out_and_said():
    """A multi-page TIFF whose second page's strips are damaged: the first page is read, the
    second left out with a pdf.ocr_failed warning (as a page Tesseract fails on)."""
    note = Image.open(io.BytesIO(_note(LINES))).convert("L")
    data = bytearray(_mixed_tiff([(note, {"compression": "tiff_lzw"}),
                                  (Image.new("L", note.size, 200), {"compression": "tiff_lzw"})]))
    second = Image.open(io.BytesIO(bytes(data)))
    second.seek(1)
    for offset, count in zip(second.tag_v2[273], second.tag_v2[279]):
        data[offset:offset + count] = b"\xff" * count
    raw = read(bytes(data), "hoso.tif")
    assert "KẾ HOẠCH" in "\n".join(b.text for b in raw.blocks if b.text)
    assert {b.location["page"] for b in raw.blocks} == {1}
    failed = [i for i in raw.issues if i["code"] == "pdf.ocr_failed"]
    assert len(failed) == 1 and failed[0]["where"] == "page 2" and "cannot be decoded" in failed[0]["message"]
    assert [i["where"] for i in raw.issues if i["code"] == "pdf.ocr_used"] == ["pages 1"]


def test_ocr_off_says_so_before_any_page_is_read():
    with pytest.raises(Exception, match="--ocr never"):
        read(_note(LINES), "note.png", ReadOptions(ocr="never"))


@pytest.mark.parametrize("fmt, code, options", [
    ("PNG", "png", {"dpi": (150, 150)}),
    ("JPEG", "jpeg", {"dpi": (150, 150), "quality": 85}),
    ("TIFF", "tiff", {"dpi": (150, 150), "compression": "tiff_lzw"}),
    ("BMP", "bmp", {"dpi": (150, 150)}),
    ("WEBP", "webp", {"lossless": True}),  # (WebP states no resolution: A4 assumed)
])
def test_each_image_format_is_sniffed_and_gives_a_gray_page(fmt, code, options):
    """An A4 page scanned in colour at 150 dpi, brought to 300 dpi gray."""
    from extractors.formats.image import _opened, _page
    data = _saved_image(Image.new("RGB", (1240, 1754), (250, 250, 245)), fmt, **options)
    assert sniff(data) == code
    assumed: list[int] = []
    gray, scale = _page(_opened(data), 1, ReadOptions(), assumed)
    assert gray.mode == "L" and abs(gray.width - 2480) <= 1 and abs(scale - DPI / 72) < 1e-9
    assert bool(assumed) == (code == "webp")
