"""Legal bases: the documents a preamble acts on ("Căn cứ ...", "Thực hiện ...")."""

from __future__ import annotations

import re

from extractors.document import Document
from extractors.fields.common import BULLET, span, strip_footnote
from extractors.segment import classify
from normalizers import dates, docnum
from normalizers.agencies import canonical

RELATION = re.compile(r"(?:^|[;.]\s*)(Căn cứ|Thực hiện|Triển khai|Theo)\b", re.I)
# "Quyết định số 565/QĐ-TTg", "Thông tư 98/2017/TT-BTC", "Kế hoạch số 82/KH-SLĐTB&XH"
# "văn bản số 123/UBND-KGVX" is a Công văn; "Thông báo kết luận số 45-TB/TU" a Thông báo
# (two words may sit between the type and "số"); Party numbers read "30-NQ/TW"
CITATION = re.compile(r"(" + docnum.TYPE_ALT + r"|văn bản)(?:\s+[^\W\d]+){0,2}?\s+(?:số\s*:?\s*)?"
                      r"(\d{1,6}[a-z]?\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][\wĐđ&]*(?:\s*-\s*[A-ZĐ][\wĐđ&]*)*"
                      r"|\d{1,6}\s*-\s*[A-ZĐ]{1,4}\s*/\s*[A-ZĐ][\wĐđ&]*)", re.I)
ISSUER_END = re.compile(r"\s+(?:về việc|về|quy định|phê duyệt|ban hành|hướng dẫn|triển khai|thực hiện)\s+|\s*[;,]\s*|\s*\.\s*$")
# a law cited by its name, with no number: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
LAW = re.compile(r"(?:^|;\s*|,\s*(?:và\s+)?|\bvà\s+)(?:(Căn cứ|Thực hiện|Theo)\s+)?(Bộ luật|Luật|Pháp lệnh|Hiến pháp)\b\s*"
                 r"([^;]*?)(?=\s+ngày\s+\d|\s+năm\s+\d{4}|\s*[;]|\s*\.?\s*$)", re.I)
STARTS = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai|Theo)\b", re.I)


def preamble(doc: Document, title_end: int) -> list:
    """Paragraphs after the title and before the first numbered heading."""
    out = []
    for b in doc.paragraphs:
        if b.index < title_end or not b.text:
            continue
        if classify(b.text):
            break
        out.append(b)
    return out


def extract_legal_bases(doc: Document, title_end: int) -> list[dict]:
    bases = []
    listed = None  # "Căn cứ các văn bản sau:" followed by "- Quyết định số ..." bullets
    for block in preamble(doc, title_end):
        if STARTS.match(block.text):
            listed = STARTS.match(block.text).group(0).lower() if block.text.rstrip().endswith(":") else None
        elif listed and BULLET.match(block.text):
            pass
        else:
            listed = None
            continue
        text = block.text
        cites = list(CITATION.finditer(text))
        for k, m in enumerate(cites):
            stop = cites[k + 1].start() if k + 1 < len(cites) else len(text)
            rel = listed if not STARTS.match(text) else None
            for r in RELATION.finditer(text[: m.start()]):
                rel = r.group(1).lower()
            relation = "can_cu" if (rel or "căn cứ") == "căn cứ" else "thuc_hien"
            tail = text[m.end(): stop]
            found = dates.find_dates(tail[:60])
            issued = found[0].value.isoformat() if found and found[0].value else None
            rest = tail[found[0].end:] if found else tail
            issuer = title = None
            cm = re.match(r"^\s*,?\s*(?:của|do)\s+", rest)
            if cm:
                rest = rest[cm.end():]
                em = ISSUER_END.search(rest)
                issuer = canonical(rest[: em.start()] if em else rest)
                rest = rest[em.start():] if em else ""
            t = re.sub(r"^[\s,]*(?:về việc|về)\s+", "", rest).strip()
            t = re.split(r"\s*;\s*", t)[0]
            t = strip_footnote(t.strip(" .,;"))
            t = re.sub(r"\s*\((?:sau đây|gọi tắt).*$", "", t)
            title = (t[:1].upper() + t[1:]) if len(t) > 3 else None
            number = docnum.normalize_doc_number(m.group(2))
            kind = "Công văn" if m.group(1).lower() == "văn bản" else docnum.type_name(m.group(1))
            bases.append({"relation": relation, "doc_type": kind, "number": number,
                          "issued_date": issued, "issuer": issuer or None, "title": title,
                          "span": span(block.start + m.start(), block.start + stop)})
        bases += _laws(block, [m.span() for m in cites])
    return sorted(bases, key=lambda b: b["span"]["start"])


def _laws(block, taken: list[tuple[int, int]]) -> list[dict]:
    """Laws and codes cited by name in a preamble paragraph (they carry no number)."""
    text, out = block.text, []
    for m in LAW.finditer(text):
        start = m.start(2)
        if any(a <= start < b for a, b in taken) or re.match(r"\s*số\b", text[m.end(2):]):
            continue
        name = m.group(3).strip(" ,")
        if not name or len(name) > 150:
            continue
        found = dates.find_dates(text[m.end(): m.end() + 40])
        year = re.match(r"\s+năm\s+(\d{4})", text[m.end():])
        issued = found[0].value.isoformat() if found and found[0].value and found[0].start < 8 else None
        end = m.end() + (found[0].end if issued else (year.end() if year else 0))
        rel = [r.group(1).lower() for r in RELATION.finditer(text[: start + 1])]
        out.append({"relation": "can_cu" if (rel[-1] if rel else "căn cứ") == "căn cứ" else "thuc_hien",
                    "doc_type": "Luật" if m.group(2).lower() in ("luật", "bộ luật") else m.group(2).capitalize(),
                    "number": None, "issued_date": issued, "issuer": None,
                    "title": f"{m.group(2)} {name}".strip() if m.group(2).lower() == "bộ luật" else name[:1].upper() + name[1:],
                    "span": span(block.start + start, block.start + end)})
    return out
