"""Small helpers the field extractors share."""

from __future__ import annotations

import re

from extractors.document import Block

# "ỦY BAN NHÂN DÂN", "SỞ LAO ĐỘNG..." - issuing bodies as a header writes them
ISSUER_START = re.compile(r"^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|SỞ|BỘ|BAN|PHÒNG|CHÍNH PHỦ|THỦ TƯỚNG|VĂN PHÒNG|"
                          r"CỤC|TỔNG CỤC|TRUNG TÂM|ĐẢNG ỦY|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|CÔNG AN|BẢO HIỂM|KHO BẠC|"
                          r"LIÊN ĐOÀN|HỘI|ĐOÀN|MẶT TRẬN|VIỆN|TRƯỜNG|BỆNH VIỆN|CHI CỤC|THANH TRA)\b")
MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP)", re.I)
SEPARATOR = re.compile(r"^[-_=*.\s]{3,}$")
BULLET = re.compile(r"^\s*[-+•*]\s*")
FOOTNOTE_GLUED = re.compile(r"(?<=[^\W\d_])\d{1,3}(?=[\s;,.:)]*$)")


def span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def block_span(block: Block, sub: str | None = None) -> dict:
    """The span of `sub` inside `block.text` (the whole block when absent or not found)."""
    if sub:
        i = block.text.find(sub)
        if i >= 0:
            return span(block.start + i, block.start + i + len(sub))
    return span(block.start, block.end)


def body_end(doc) -> int:
    """Index of the first block after the body: "Nơi nhận:" starts the closing."""
    return next((b.index for b in doc.paragraphs if b.text.startswith("Nơi nhận")), len(doc.blocks))


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1)


def clean_item(text: str) -> str:
    """A list item as a value: bullet gone, trailing punctuation and footnote digits gone."""
    text = strip_bullet(text).strip()
    text = text.rstrip(" ;,.")
    return text


def strip_footnote(text: str) -> str:
    """"Chương trình1" -> "Chương trình" (a footnote marker glued to the last word)."""
    return FOOTNOTE_GLUED.sub("", text).rstrip()


def title_case_name(text: str) -> str:
    """"TRẦN THỊ NGA" -> "Trần Thị Nga"; mixed-case names stay as written."""
    if not is_upper(text):
        return text
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())
