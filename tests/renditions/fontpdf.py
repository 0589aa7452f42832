"""PDFs whose fonts have no Unicode map, written here: a TrueType font (DejaVu, from
Debian's fonts-dejavu-core) subset to the text, embedded as a Type0/Identity-H font
without a /ToUnicode, so that pdfminer reads `(cid:NN)` unless the font program says
what the glyphs are.

- names=True, cmap=False: the program keeps its glyph names (post table) but not its
  cmap: decodable from the names.
- names=False, cmap=False: nothing says what a glyph is: only OCR reads it.
- names=False, cmap=True, cmap_format=12: a cmap pdfminer does not read (format 12).
"""

from __future__ import annotations

import io
import zlib
import logging
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSerif.ttf"


def subset_font(text: str, names: bool, cmap: bool, cmap_format: int = 4,
                unmapped: str = "") -> tuple[bytes, dict[str, int], list[int]]:
    """The subset program, char -> glyph id, and advance widths (1/1000 em) by glyph id."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset": expected
    font = TTFont(str(FONT))
    options = subset.Options()
    options.glyph_names = names
    options.notdef_outline = True
    options.name_IDs = []
    options.layout_features = []
    sub = subset.Subsetter(options)
    sub.populate(text="".join(sorted(set(text))))
    sub.subset(font)
    best = font.getBestCmap()
    order = font.getGlyphOrder()
    gid = {ch: order.index(best[ord(ch)]) for ch in set(text) if ord(ch) in best}
    upm = font["head"].unitsPerEm
    widths = [round(font["hmtx"][name][0] * 1000 / upm) for name in order]
    for table in font["cmap"].tables:
        for ch in unmapped:
            table.cmap.pop(ord(ch), None)
    if not cmap:
        del font["cmap"]
    elif cmap_format == 12:
        from fontTools.ttLib.tables._c_m_a_p import cmap_format_12
        table = cmap_format_12(12)
        table.platformID, table.platEncID, table.language, table.cmap = 3, 10, 0, dict(best)
        font["cmap"].tables = [table]
    if not names:
        font["post"].formatType = 3.0
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), gid, widths


def cid_pdf(lines: list, names: bool = True, cmap: bool = False, cmap_format: int = 4, size: float = 12,
            unmapped: str = "") -> bytes:
    """A one-page A4 PDF with `lines` set in a subset font without ToUnicode. A line is
    a string, or a TJ array: strings and numbers (thousandths of an em; a negative one
    moves the next glyph right, as legacy-font PDFs do inside a word). The characters
    in `unmapped` keep their glyphs but lose their cmap entries (a symbol font's bullet)."""
    pieces = [[line] if isinstance(line, str) else line for line in lines]
    text = "".join(p for line in pieces for p in line if isinstance(p, str))
    program, gid, widths = subset_font(text + " ", names, cmap, cmap_format, unmapped)
    content = [f"BT /F1 {size:g} Tf {size * 1.5:g} TL 56 790 Td"]
    for line in pieces:
        parts = [f"<{''.join(f'{gid[ch]:04X}' for ch in p if ch in gid)}>" if isinstance(p, str) else f"{p:g}"
                 for p in line]
        content.append(f"[{' '.join(parts)}] TJ T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    w = " ".join(str(x) for x in widths)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+DejaVuSerif /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+DejaVuSerif "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R "
        b"/CIDToGIDMap /Identity /DW 600 /W [0 [" + w.encode() + b"]] >>",
        b"<< /Type /FontDescriptor /FontName /ABCDEF+DejaVuSerif /Flags 6 /FontBBox [-770 -347 2105 1109] "
        b"/ItalicAngle 0 /Ascent 939 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 8 0 R >>",
    ]
    packed = zlib.compress(program)
    objects.append(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(packed), len(program))
                   + packed + b"\nendstream")
    return _write_pdf(objects)


def _write_pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def stamped_scan_pdf(image, dpi: int, stamp: list[str]) -> bytes:
    """A one-page PDF: a page-sized grayscale JPEG (a PIL image) with a few lines of
    real text over it, in a standard font (a digital signature's stamp)."""
    buf = io.BytesIO()
    image.convert("L").save(buf, "JPEG", quality=85)
    jpeg = buf.getvalue()
    w, h = image.size[0] * 72 / dpi, image.size[1] * 72 / dpi
    text = "".join(f"({line}) Tj T* " for line in stamp)
    stream = f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Im1 Do Q BT /F1 7 Tf 9 TL {w - 190:.2f} {h - 30:.2f} Td {text}ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im1 5 0 R >> "
        b"/Font << /F1 6 0 R >> >> /Contents 4 0 R >>" % (w, h),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /DCTDecode /Length %d >>\nstream\n" % (image.size[0], image.size[1], len(jpeg)) + jpeg + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return _write_pdf(objects)
