"""Activities: numbered projects and tasks in the plan's content sections, with their
bullets and their lead and partner agencies."""

from __future__ import annotations

import re

from extractors.document import Document
from extractors.fields.common import BULLET, span, strip_bullet, strip_footnote
from extractors.segment import Node
from normalizers.agencies import AGENCY_AT_START, split_agencies

CONTENT_SECTION = re.compile(r"nội dung|dự án|nhiệm vụ|hoạt động|chương trình hành động", re.I)
NOT_CONTENT = re.compile(r"tổ chức thực hiện|kinh phí|tiến độ|mục tiêu|mục đích|giải pháp thực hiện|đánh giá kết quả", re.I)
BUDGET_NODE = re.compile(r"^(?:kinh phí|tổng kinh phí|dự toán)", re.I)
# "Dự án 2" (a "Tiểu dự án 1" belongs to the Dự án above it)
PROJECT = re.compile(r"(?<![Tt]iểu )(?<!TIỂU )\b(Dự án)\s*(\d+)", re.I)
TITLE_PREFIX = re.compile(r"^(?:Triển khai\s+)?(?:Dự án|Tiểu dự án|Hoạt động|Nhiệm vụ|Nội dung)\s*\d+\s*:\s*", re.I)
LEAD = re.compile(r"^(?:(?:cơ quan|đơn vị)\s+chủ trì(?:\s+thực hiện)?\s*:?|chủ trì(?:\s+thực hiện)?\s*:)\s*(.*)$", re.I)
PARTNER = re.compile(r"^(?:(?:cơ quan|đơn vị)\s+phối hợp(?:\s+thực hiện)?\s*:?|phối hợp(?:\s+thực hiện)?\s*:)\s*(.*)$", re.I)
PERFORMER = re.compile(r"^(?:(?:cơ quan|đơn vị)\s+thực hiện|trách nhiệm thực hiện|phân công thực hiện)\s*:?\s*(.*)$", re.I)
# "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính" on one line
PARTNER_INLINE = re.compile(r"[;.]\s*(?:(?:cơ quan|đơn vị)\s+)?phối hợp(?:\s+thực hiện)?\s*:\s*", re.I)
# letter items that are fields of their activity, not tasks of their own
FIELD_LABEL = re.compile(r"^(?:nội dung|mục tiêu|mục đích|phạm vi|đối tượng|cơ quan|đơn vị|chủ trì|phối hợp|kinh phí|"
                         r"nguồn|thời gian|tiến độ|sản phẩm|kết quả|tổ chức thực hiện|phân công|trách nhiệm|giải pháp|"
                         r"cách thức|hình thức|địa bàn|yêu cầu)", re.I)
# "Sở X chủ trì, phối hợp với Sở Y và ..."
LEADS_WITH = re.compile(r"^(.*?)\s+(?:chủ trì|là cơ quan chủ trì)\s*(?:,|;)?\s*(?:phối hợp(?:\s+với)?\s+(.*))?$", re.I)


def content_sections(nodes: list[Node]) -> list[Node]:
    tops = [n for n in nodes if n.kind in ("roman", "part")]
    chosen = [n for n in tops if n.kind == "roman" and CONTENT_SECTION.search(n.heading) and not NOT_CONTENT.search(n.heading)]
    if not chosen and not any(n.kind == "roman" for n in nodes):
        # a short plan numbered "1. MỤC TIÊU", "2. NHIỆM VỤ" with "2.1." under it
        chosen = [n for n in nodes if n.kind == "arabic" and "." not in n.number and CONTENT_SECTION.search(n.heading)
                  and not NOT_CONTENT.search(n.heading) and any(c.kind == "arabic" for c in n.children)]
    return chosen


def _agencies(text: str) -> tuple[list[str], list[str]]:
    """(lead, partner) from the one-sentence form, else all as lead."""
    m = LEADS_WITH.match(text.strip().rstrip("."))
    if m:
        return split_agencies(m.group(1)), split_agencies(m.group(2) or "")
    return split_agencies(text), []


def extract_activities(doc: Document, nodes: list[Node]) -> list[dict]:
    out = []
    for section in content_sections(nodes):
        members = [n for n in nodes if section.block.index < n.block.index < section.end_index and n.kind == "arabic"]
        for node in members:
            if BUDGET_NODE.match(node.heading):
                continue
            if any(c.kind == "arabic" for c in node.children):
                continue  # a heading that only groups numbered sub-items
            project = None
            for anc in [node] + _ancestors(node):
                pm = PROJECT.search(anc.body)
                if pm and anc.kind in ("arabic", "roman", "part"):
                    project = f"Dự án {pm.group(2)}"
                    break
            letters = [c for c in node.children if c.kind == "letter"]
            if letters and not any(FIELD_LABEL.match(c.heading) for c in letters):
                # "1. Lĩnh vực y tế" over "a) Nâng cấp trạm y tế", "b) ...": the letters are the tasks
                for task in letters:
                    out.append(_activity(doc, task, f"{node.number}.{task.number}", project))
                continue
            out.append(_activity(doc, node, node.number, project))
    return out


def _activity(doc: Document, node: Node, code: str, project: str | None) -> dict:
    title = strip_footnote(TITLE_PREFIX.sub("", node.body).strip().rstrip(":.; "))
    lead: list[str] = []
    partner: list[str] = []
    content: list[str] = []
    for b in doc.blocks[node.block.index + 1: node.end_index]:
        if b.kind == "table" or not b.text:
            continue
        text = strip_bullet(re.sub(r"^[a-zđ]\)\s*", "", b.text)).strip()
        if m := LEAD.match(text):
            value, rest = _inline(m.group(1))
            lead += split_agencies(value)
            partner += split_agencies(rest) if rest else []
        elif m := PARTNER.match(text):
            partner += split_agencies(m.group(1))
        elif m := PERFORMER.match(text):
            got_lead, got_partner = _agencies(m.group(1))
            lead += got_lead
            partner += got_partner
        elif not lead and AGENCY_AT_START.match(text) and LEADS_WITH.match(text.rstrip(".")):
            # "- Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện." closing the content
            got_lead, got_partner = _agencies(text)
            lead += got_lead
            partner += got_partner
        elif BULLET.match(b.text):
            content.append(strip_bullet(b.text).strip())
    end = doc.blocks[node.end_index - 1].end if node.end_index > node.block.index else node.block.end
    return {"code": code, "project": project, "title": title, "content": content,
            "lead_agencies": lead, "partner_agencies": partner,
            "span": span(node.block.start, max(end, node.block.end))}


def _inline(value: str) -> tuple[str, str]:
    """"Sở Y tế; cơ quan phối hợp: Sở Tài chính" -> ("Sở Y tế", "Sở Tài chính")."""
    parts = PARTNER_INLINE.split(value, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (value, "")


def _ancestors(node: Node) -> list[Node]:
    out = []
    while node.parent is not None:
        node = node.parent
        out.append(node)
    return out
