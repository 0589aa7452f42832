"""Character accuracy of OCR against the text layer of the same pages.

- CER: Levenshtein distance between the two page texts over the reference's length.
- Diacritic accuracy: of the reference letters that carry a Vietnamese mark (tone or
  vowel: "ệ", "ơ", "đ") or could (a, e, i, o, u, y, d), and whose base letter OCR read
  in the same place (aligned on the texts without marks), the share OCR read with
  exactly the right marks.

Both texts go through the same normalization as the pipeline's (NFC, new-style tone
marks, one space), page by page, lines in the reading order the layout stage gives.

    .venv/bin/python -m tests.renditions.accuracy SCAN.pdf TEXT.pdf --dpi 300 [--pages 1-5]
"""

from __future__ import annotations

import argparse
import difflib
import io
import unicodedata

import numpy as np

MARKABLE = set("aeiouyd")


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one numpy row at a time (insertions as a running minimum)."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    bv = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    idx = np.arange(len(b) + 1, dtype=np.int64)
    prev = idx.copy()
    for i, ch in enumerate(a, start=1):
        sub = prev[:-1] + (bv != ord(ch))
        cur = np.empty_like(prev)
        cur[0] = i
        cur[1:] = np.minimum(prev[1:] + 1, sub)
        cur = np.minimum.accumulate(cur - idx) + idx  # insertions: cur[j] <= cur[k] + (j - k)
        prev = cur
    return int(prev[-1])


def base(ch: str) -> str:
    """"ệ" -> "e", "Đ" -> "d": the letter without its marks, lower case."""
    if ch in "đĐ":
        return "d"
    return unicodedata.normalize("NFD", ch)[0].lower()


def diacritics(ref: str, hyp: str) -> tuple[int, int]:
    """(right, total) over the reference's markable letters aligned to a hypothesis letter
    with the same base."""
    rb, hb = "".join(base(c) for c in ref), "".join(base(c) for c in hyp)
    right = total = 0
    for block in difflib.SequenceMatcher(None, rb, hb, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            r, h = ref[block.a + k], hyp[block.b + k]
            if rb[block.a + k] in MARKABLE and r.isalpha():
                total += 1
                right += r.lower() == h.lower()
    return right, total


def page_text(items: list[tuple[str, object]]) -> str:
    """A page's items (lines and tables) as text: lines, then table rows cell by cell."""
    from normalizers.text import normalize_line
    out = []
    for kind, payload in items:
        if kind == "line":
            out.append(payload[2])
        else:
            out += [" ".join(c for c in row if c) for row in payload]
    return "\n".join(normalize_line(" ".join(line.split())) for line in out if line.strip())


def text_layer_pages(data: bytes, pages: list[int]) -> list[str]:
    import pdfplumber

    from extractors.formats.pdf import _text_page
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page_text(_text_page(pdf.pages[p - 1])) for p in pages]


def ocr_pages(data: bytes, pages: list[int], dpi: int, lang: str = "vie") -> list[str]:
    import pypdfium2 as pdfium

    from extractors.formats import ocr
    from extractors.formats.pdf import ordered
    pdf = pdfium.PdfDocument(data)
    out = []
    try:
        for p in pages:
            image, scale = ocr.render(pdf, p - 1, dpi)
            result = ocr.ocr_page(image, scale, lang, 120)
            out.append(page_text(ordered([(t.bbox[1], t.rows) for t in result.tables], result.words)))
    finally:
        pdf.close()
    return out


def measure(refs: list[str], hyps: list[str]) -> dict:
    dist = sum(levenshtein(r, h) for r, h in zip(refs, hyps))
    chars = sum(len(r) for r in refs)
    right = total = 0
    for r, h in zip(refs, hyps):
        a, b = diacritics(r, h)
        right, total = right + a, total + b
    return {"cer": dist / max(chars, 1), "chars": chars, "diacritic_accuracy": right / max(total, 1), "letters": total}


def main(argv: list[str] | None = None) -> None:
    from pathlib import Path
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scan")
    ap.add_argument("text")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--pages", default=None, help="e.g. 1-5,8 (default: all)")
    args = ap.parse_args(argv)
    text = Path(args.text).read_bytes()
    if args.pages:
        pages = [n for part in args.pages.split(",")
                 for n in (range(int(part.split("-")[0]), int(part.split("-")[-1]) + 1))]
    else:
        import pypdfium2 as pdfium
        pages = list(range(1, len(pdfium.PdfDocument(text)) + 1))
    m = measure(text_layer_pages(text, pages), ocr_pages(Path(args.scan).read_bytes(), pages, args.dpi))
    print(f"pages {len(pages)}  CER {m['cer']:.4f} over {m['chars']} chars  "
          f"diacritic accuracy {m['diacritic_accuracy']:.4f} over {m['letters']} letters")


if __name__ == "__main__":
    main()
