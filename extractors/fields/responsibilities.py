"""Responsibilities: one record per agency named in "Tổ chức thực hiện" (or "Phân công
nhiệm vụ / trách nhiệm"), with its duties."""

from __future__ import annotations

import re

from extractors.document import Document
from extractors.fields.common import span, strip_bullet
from extractors.segment import Node
from normalizers.agencies import AGENCY_AT_START, split_agencies

SECTION = re.compile(r"tổ chức thực hiện|phân công (?:nhiệm vụ|trách nhiệm|thực hiện)|trách nhiệm thực hiện", re.I)


def _unnumbered(doc: Document, section: Node) -> list[dict]:
    """"- Sở Tài chính: bố trí kinh phí ..." lines (bullets or plain) under a section whose
    agencies are not numbered."""
    out = []
    for b in doc.blocks[section.block.index + 1: section.end_index]:
        if b.kind == "table" or not b.text:
            continue
        text = strip_bullet(b.text).strip()
        cut = text.find(":")
        head = text[:cut] if 0 < cut < 150 else ""
        names = re.sub(r"\s*\([^()]*\)", "", head)
        if not names or not AGENCY_AT_START.match(names):
            continue
        for agency in split_agencies(names):
            out.append({"agency": agency, "duties": [text[cut + 1:].strip()] if text[cut + 1:].strip() else [],
                        "span": span(b.start, b.end)})
    return out


def extract_responsibilities(doc: Document, nodes: list[Node]) -> list[dict]:
    out = []
    for section in (n for n in nodes if n.kind in ("roman", "arabic") and SECTION.search(n.heading)):
        children = [n for n in section.children if n.kind in ("arabic", "letter")]
        kinds = {n.kind for n in children}
        children = [n for n in children if n.kind == ("arabic" if "arabic" in kinds else "letter")]
        if not children:
            out += _unnumbered(doc, section)
        for node in children:
            head = node.heading
            # "các tổ chức Hội có liên quan (Hội Chữ thập đỏ tỉnh, ...)": the examples are not the list
            names = re.sub(r"\s*\([^()]*\)", "", head)
            if not AGENCY_AT_START.match(names) or len(names) > 220:
                continue
            duties = []
            rest = node.body[len(head):].lstrip(" :") if node.body.startswith(head) else ""
            if rest:
                duties.append(rest)
            for b in doc.blocks[node.block.index + 1: node.end_index]:
                if b.kind != "table" and b.text:
                    duties.append(strip_bullet(re.sub(r"^[a-zđ]\)\s*", "", b.text)).strip())
            for agency in split_agencies(names):
                out.append({"agency": agency, "duties": duties,
                            "span": span(node.block.start, node.block.end)})
    return out
