"""A reproducible synthetic corpus for `make bench`: N documents made from the sample
corpus (data/raw), varied the ways an archive varies, seeded.

Each document takes a sample and changes:
- names: the province (and its capitals) becomes another real province;
- dates and years: every year shifts by the same offset, days and months of
  "ngày D tháng M năm Y" dates are drawn anew;
- numbers: numbers in prose (not in table rows, not years) get other digits of the same shape;
- section order: two adjacent top-level sections (II., III., ...) trade places and are
  numbered again in order;
- format: a text sample is written as .txt, .md, .html (a <p> per line) or .docx (a
  paragraph per line); the HTML and DOCX samples are rewritten in place (text nodes);
  the PDF sample varies in its bytes only (a text layer cannot be rewritten without a
  PDF writer we do not ship), so PDFs measure reading speed on the sample's pages.

`python -m pipeline.synth OUT N [--seed S]`; the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import io
import random
import re
import zipfile
from pathlib import Path

RAW = Path("data/raw")
PROVINCES = ["Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Lạng Sơn", "Cao Bằng", "Hà Giang", "Sơn La",
             "Điện Biên", "Lai Châu", "Yên Bái", "Tuyên Quang", "Bắc Kạn", "Thái Nguyên", "Phú Thọ", "Hòa Bình",
             "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Ninh Thuận", "Bình Phước", "Đồng Nai", "Long An",
             "Đồng Tháp", "An Giang", "Kiên Giang", "Cà Mau", "Sóc Trăng", "Trà Vinh", "Nghệ An", "Hà Tĩnh"]
# format -> share of the corpus (PDFs cost seconds each: few of them)
FORMAT_SHARES = {"txt": 0.33, "md": 0.17, "html": 0.22, "docx": 0.25, "pdf": 0.03}
TEXT_SAMPLES = ["binhgia_213-KH-UBND_2017.txt", "dongnai_tgxh_2018-2020.txt", "kontum_1125-KH-UBND_2021.txt",
                "kontum_787-KH-UBND_2018.txt", "tumorong_tgxh_2018.md"]
NATIVE = {"html": "kontum_787-KH-UBND_2018.html", "docx": "kontum_787-KH-UBND_2018.docx",
          "pdf": "kontum_787-KH-UBND_2018.pdf"}

_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")  # 2018
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})")  # ngày 03 tháng 4
_PROSE_NUMBER = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d/])")  # 1.250 / 86,5 / 12
_SECTION = re.compile(r"^\s*(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s")  # "II. MỤC TIÊU"
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
_W_TEXT = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
_HTML_TEXT = re.compile(r">([^<]+)<")
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


class Variation:
    """One document's changes, drawn from the generator's random stream."""

    def __init__(self, rng: random.Random, source_province: str):
        self.rng = rng
        self.old = source_province
        self.new = rng.choice([p for p in PROVINCES if p != source_province])
        self.shift = rng.randint(-4, 6)
        self.swap = rng.random() < 0.5

    def words(self, text: str) -> str:
        """Names, years and dates: safe anywhere, tables and markup included."""
        if self.old:  # a sample naming no province keeps its names ("".replace would insert one between every letter)
            text = text.replace(self.old, self.new).replace(self.old.upper(), self.new.upper())
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + self.shift), text)
        return _DATE.sub(lambda m: f"ngày {self.rng.randint(1, 28):02d} tháng {self.rng.randint(1, 12)}", text)

    def prose_numbers(self, line: str) -> str:
        if "|" in line or "\t" in line or len(line.strip()) < 40:  # table rows and short cells keep their sums
            return line
        return _PROSE_NUMBER.sub(lambda m: "".join(str(self.rng.randint(1, 9)) if c.isdigit() else c
                                                   for c in m.group()), line)

    def text(self, text: str) -> str:
        lines = [self.prose_numbers(line) for line in self.words(text).split("\n")]
        if self.swap:
            lines = self.swap_sections(lines)
        return "\n".join(lines)

    def swap_sections(self, lines: list[str]) -> list[str]:
        starts = [i for i, line in enumerate(lines) if _SECTION.match(line)]
        if len(starts) < 4:
            return lines
        k = self.rng.randrange(1, len(starts) - 2)  # never the first section, never past the last pair
        a, b, c = starts[k], starts[k + 1], starts[k + 2]
        swapped = lines[:a] + lines[b:c] + lines[a:b] + lines[c:]
        n = 0
        out = []
        for line in swapped:  # labels in order again
            m = _SECTION.match(line)
            if m and n < len(_ROMAN):
                line = line[:m.start(1)] + _ROMAN[n] + line[m.end(1):]
                n += 1
            out.append(line)
        return out


def _province_of(name: str, text: str) -> str:
    for p in PROVINCES:
        if p in text[:3000] or p.upper() in text[:3000]:
            return p
    return "Kon Tum" if "kontum" in name else ""


def as_html(text: str) -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" if line.strip() else "" for line in text.split("\n"))
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Văn bản</title></head>\n'
            f"<body>\n{body}\n</body></html>\n").encode("utf-8")


def as_markdown(text: str) -> bytes:
    out = []
    for line in text.split("\n"):
        out.append(f"## {line.strip()}" if _SECTION.match(line) else line)
    return "\n".join(out).encode("utf-8")


_DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.document.main+xml"/></Types>')
_DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="word/document.xml"/></Relationships>')


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name if isinstance(name, str) else name.filename, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def as_docx(text: str) -> bytes:
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(line, quote=False)}</w:t></w:r></w:p>'
                    for line in text.split("\n") if line.strip())
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{paras}</w:body></w:document>")
    return _zip([("[Content_Types].xml", _DOCX_TYPES.encode()), ("_rels/.rels", _DOCX_RELS.encode()),
                 ("word/document.xml", document.encode("utf-8"))])


def vary_docx(data: bytes, v: Variation) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        entries = []
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename == "word/document.xml":
                part = _W_TEXT.sub(lambda m: m.group(1) + v.words(m.group(2)) + m.group(3),
                                   part.decode("utf-8")).encode("utf-8")
            entries.append((info, part))
    return _zip(entries)


def vary_html(data: bytes, v: Variation) -> bytes:
    return _HTML_TEXT.sub(lambda m: ">" + v.words(m.group(1)) + "<", data.decode("utf-8")).encode("utf-8")


def generate(out: Path, n: int, seed: int = 12, raw: Path = RAW, shares: dict[str, float] | None = None,
             samples: list[str] | None = None) -> list[Path]:
    """Write `n` documents into `out` (emptied first of earlier ones); returns their paths.
    `samples`: the text samples to draw from, and no native HTML, DOCX or PDF."""
    rng = random.Random(seed)
    shares = shares or FORMAT_SHARES
    pool = samples or TEXT_SAMPLES
    formats = list(shares)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("doc-*"):
        old.unlink()
    texts = {name: (raw / name).read_bytes().decode("utf-8") for name in pool}
    natives = {fmt: (raw / name).read_bytes() for fmt, name in NATIVE.items()}
    made = []
    seen: set[bytes] = set()
    for i in range(n):
        name, fmt, data = _draw(rng, formats, shares, pool, texts, natives, seed, i, bool(samples))
        while hashlib.sha256(data).digest() in seen:  # every document its own bytes: draw again
            name, fmt, data = _draw(rng, formats, shares, pool, texts, natives, seed, i, bool(samples))
        seen.add(hashlib.sha256(data).digest())
        path = out / f"doc-{i:05d}-{Path(name).stem}.{fmt}"
        path.write_bytes(data)
        made.append(path)
    return made


def _draw(rng, formats, shares, pool, texts, natives, seed, i, text_only):
    """One document: (sample name, format, bytes)."""
    fmt = rng.choices(formats, weights=[shares[f] for f in formats])[0]
    native = fmt in ("html", "docx", "pdf") and rng.random() < (1.0 if fmt == "pdf" else 0.4) and not text_only
    if native:
        name = NATIVE[fmt]
        v = Variation(rng, "Kon Tum")
        if fmt == "pdf":
            data = natives["pdf"] + f"\n% synthetic {seed}-{i}-{rng.random()}\n".encode()
        elif fmt == "docx":
            data = vary_docx(natives["docx"], v)
        else:
            data = vary_html(natives["html"], v)
    else:
        name = rng.choice(pool)
        v = Variation(rng, _province_of(name, texts[name]))
        text = v.text(texts[name])
        data = {"txt": lambda: text.encode("utf-8"), "md": lambda: as_markdown(text),
                "html": lambda: as_html(text), "docx": lambda: as_docx(text)}[fmt]()
    return name, fmt, data


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    made = generate(args.out, args.n, args.seed)
    print(f"{len(made)} documents in {args.out}")


if __name__ == "__main__":
    main()
