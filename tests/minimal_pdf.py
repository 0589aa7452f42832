"""A one-page PDF (A4, Helvetica with WinAnsiEncoding and no ToUnicode map) of text lines set where a test wants
them: what a PDF maker without embedded fonts writes, read by PDFium as the PDF reader reads any page."""

from __future__ import annotations


def _escaped(text: bytes) -> bytes:
    return text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_of(lines: list[tuple[float, float, float, bytes]]) -> bytes:
    """The PDF of `lines`, each (x0, top, size, text in the font's one-byte codes: Windows-1252)."""
    content = b"".join(b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x0, 842 - top - size, _escaped(text))
                       for x0, top, size, text in lines)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    return written(objs)


def written(objs: list[bytes]) -> bytes:
    """A PDF of the objects `objs` (numbered from 1, the first the catalog) with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
