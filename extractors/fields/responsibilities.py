"""Responsibilities: one record per agency given duties, with its duties.

Where they are: a "Tổ chức thực hiện" (or "Phân công nhiệm vụ", "Trách nhiệm thi hành")
section or Article, whatever its numbering; any group of sibling items most of which open
with an agency ("1. Sở Tư pháp: ...", "2. Công an tỉnh ...", a directive's top-level
items), whatever its heading; an Article that is itself an assignment ("Điều 3. Giao Ủy
ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."). The agency is the noun phrase that
opens the item, up to its first predicate or colon ("3. Vụ Tổ chức cán bộ nghiên cứu,
đề xuất ..." is Vụ Tổ chức cán bộ), a head standing for the agency ("Giám đốc các Sở").
"""

from __future__ import annotations

import dataclasses
import functools
import re

from extractors.document import Block, Document
from extractors.fields.common import (BULLET, CHUNK_MIN_ITEMS, LABEL_MARK, LETTER_LABEL, Keywords, chunk_paragraphs,
                                      content_end, is_page_number, is_upper, looks_like_ocr, span, strip_bullet, untoned)
from extractors.fields.task_tables import table_cells
from extractors.segment import Node
from normalizers.agencies import (MAIN_PREDICATE, VERB, canonical, document_initials, definitions_in, in_heading_case,
                                  initials_key, leading_agency, split_agencies)

SECTION = Keywords("tổ chức thực hiện", "phân công nhiệm vụ", "phân công trách nhiệm", "phân công thực hiện",
                   "trách nhiệm thực hiện", "trách nhiệm thi hành", "trách nhiệm của các", "trách nhiệm các")
# sections that restate who reports, not who does what
REPORTING = Keywords("chế độ báo cáo", "chế độ thông tin", "thông tin báo cáo")
# sections that name who makes up an inspecting team, not who does what: "IV. THÀNH PHẦN ĐOÀN KIỂM TRA", "Thành phần
# Tổ giám sát", "III. ĐOÀN KIỂM TRA" (its items "1. Đoàn số 1 do đồng chí X, Phó Giám đốc Sở làm Trưởng đoàn; thành
# viên gồm đại diện Phòng Y, Thanh tra Sở" name a team's head and members; the bodies whose duties the plan gives
# are under "Tổ chức thực hiện"); without tone marks, the heading's first words
TEAM = re.compile(r"^(?:thanh phan\s+(?:cua\s+)?)?(?:cac\s+)?(?:doan|to)\s+(?:lien nganh\s+)?"
                  r"(?:kiem tra|giam sat|thanh tra|khao sat|danh gia|tham dinh)\b|^thanh phan\s+(?:cac\s+)?(?:doan|to)\b")
# sections that list whom an inspection visits: "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Đơn vị được giám sát", "Các cơ
# sở được thanh tra" (its items "1. Trường Mầm non X: tháng 5/2019" name a unit inspected and when, no duty of it);
# without tone marks, the heading's first words, an inspection's word in it
INSPECTED = re.compile(r"^(?:(?:thoi gian|dia ban)\s*,\s*)?"
                       r"(?:doi tuong|(?:cac\s+)?(?:don vi|co so|co quan|dia phuong)\s+duoc)\b"
                       r"[^.:;]{0,40}?\b(?:kiem tra|giam sat|thanh tra|khao sat)\b")


def _team_section(heading: str) -> bool:
    """Whether a heading names an inspecting team's make-up (TEAM) or whom it inspects (INSPECTED): its items are no
    assignments."""
    folded = " ".join(untoned(heading).lower().split())
    return (TEAM.match(folded) is not None or INSPECTED.match(folded) is not None) and not SECTION.search(heading)


_ITEM_LABEL = re.compile(r"^" + LABEL_MARK + r"\s*")
# an item headed by whose duties it lists: "2. Trách nhiệm của Ủy ban nhân dân cấp huyện", "Nhiệm vụ của Sở Y tế",
# "1. Đối với Sở Xây dựng:" (a directive's or a plan's; "Đối với học sinh:" names no agency and gives none)
OWN_DUTIES = re.compile(r"^(?:(?:trách nhiệm|nhiệm vụ)(?:\s+cụ thể)?\s+của|đối với)\s+", re.I)
# a body's name the reading ran on into the predicate that gives it its tasks, when a task's verb follows: "Tổ công
# tác có nhiệm vụ xây dựng ...", "Ban Chỉ đạo có chức năng chỉ đạo ..." (not "Các cơ quan có nhiệm vụ liên quan",
# whose words go on inside the name)
HAS_TASKS = re.compile(r"\s+có\s+(?:nhiệm vụ|chức năng)(?:,?\s+quyền hạn)?$")
# the places a collective of one level names after a colon: "Chủ tịch Ủy ban nhân dân các huyện: Đông Trà, Tây Sơn"
# is the collective of those places, as written without the colon ("Ủy ban nhân dân các huyện Đông Trà, Tây Sơn"),
# not the collective and a list of names ("các Sở: Tài chính, Y tế" names a Sở each, split_agencies); agency_of reads
# the colon as a space
LEVEL_PLACES = re.compile(r"\b(các\s+(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố)(?:\s*,\s*(?:huyện|xã|phường|thị trấn|"
                          r"thị xã|quận|thành phố))*)\s*:\s*(?=[A-ZĐ])")
# "các tổ chức Hội có liên quan (Hội Chữ thập đỏ tỉnh, ...)": the examples are not the list
_EXAMPLES = re.compile(r"\s*\([^()]*\)")


# the first place of a list after a level's colon: words in a capital up to a comma or "và" ("Đông Trà, ...", not a
# duty that opens in a capital: "Chỉ đạo các xã ...")
_FIRST_PLACE = re.compile(r"(?:[^\W\d_][\w-]*)(?:\s+[^\W\d_][\w-]*)*\s*(?:,|\s+và\s)")


def _places_named(m: re.Match, text: str) -> str:
    """LEVEL_PLACES's match with its colon read as a space (the same length, so the offsets
    hold) when a list of places follows it."""
    first = _FIRST_PLACE.match(text, m.end())
    if not first or not all(w[:1].isupper() for w in re.findall(r"\w+", first.group(0)) if w != "và"):
        return m.group(0)
    return m.group(0).replace(":", " ")


def agency_of(text: str) -> tuple[str, int, int] | None:
    """(names as written, start, end) of the agency that opens a line ("- Sở Y tế: ...",
    "Giao phòng Tư pháp ..."), the line's bullet or label left out; None when the line
    does not open with one. (Remembered with the document's defined initials in force: "1. IOC" is a body only where
    the document defines IOC.)"""
    return _agency_of(text, initials_key())


@functools.lru_cache(maxsize=4096)
def _agency_of(text: str, initials: str) -> tuple[str, int, int] | None:
    body = _ITEM_LABEL.sub("", strip_bullet(text).lstrip())
    offset = text.index(body) if body and body in text else 0
    body = LEVEL_PLACES.sub(lambda m: _places_named(m, body), body)
    found = leading_agency(body)
    if not found:
        return None
    start, end = found
    if m := HAS_TASKS.search(body, start, end):
        end = m.start()
    return _named_in_case(" ".join(body[start:end].split())), offset + start, offset + end


def _named_in_case(names: str) -> str:
    """Names a heading writes in capitals ("5. ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VÀ CÁC TỔ CHỨC CHÍNH TRỊ -
    XÃ HỘI TỈNH"), each of a list on its own, as written ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH; CÁC TỔ CHỨC CHÍNH TRỊ -
    XÃ HỘI TỈNH"): the list is split where the names read in a name's case split it (round G30); any other names as
    they are."""
    cased = in_heading_case(names)
    if cased is names or len(cased) != len(names):
        return names
    parts, at = [], 0
    for part in split_agencies(cased):
        pos = cased.find(part, at)
        if pos < 0 or not names[pos: pos + len(part)].isupper():
            return names
        at = pos + len(part)
        parts.append(names[pos: at])
    return "; ".join(parts) if len(parts) > 1 else names


def _duties_head(body: str) -> int:
    """Where the agency begins in an item headed by whose duties it lists ("Trách nhiệm của Sở Y tế",
    "Đối với Công an tỉnh:"), or 0 when the item is not so headed or names no agency there."""
    own = OWN_DUTIES.match(body)
    return own.end() if own and agency_of(body[own.end():]) else 0


def agency_groups(nodes: list[Node]) -> list[list[Node]]:
    """Groups of sibling items (same parent, same numbering style) of which at least two
    and at least half open with an agency (or with whose duties they list: "1. Đối với Sở Y tế:"):
    assignments, whatever their heading says."""
    siblings: dict[tuple[int, str], list[Node]] = {}
    for node in nodes:
        if node.kind in ("arabic", "letter") and not (node.parent and (REPORTING.search(node.parent.heading)
                                                                      or _team_section(node.parent.heading))):
            siblings.setdefault((id(node.parent), node.kind), []).append(node)
    out = []
    for group in siblings.values():
        named = [n for n in group if agency_of(n.body) or _duties_head(n.body)]
        if len(named) >= 2 and 2 * len(named) >= len(group) and not _chaired_tasks(group, named) \
                and not _topic_headings(named):
            out.append(group)
    return out


def _topic_headings(named: list[Node]) -> bool:
    """"2.1. Trung tâm học tập cộng đồng" / "2.2. Trung tâm giáo dục thường xuyên" under "II. NHIỆM VỤ VÀ GIẢI
    PHÁP": headings that are a unit's name alone, each over items that name their own lead ("2.1.1. ...: Sở Giáo dục
    và Đào tạo chủ trì ..."), group tasks by subject; no assignments. (Under "Tổ chức thực hiện", or over duties
    that name no lead, "1. Sở Y tế" stays the agency's.)"""
    parent = named[0].parent
    while parent is not None and not SECTION.search(parent.heading) and not TASKS_HEAD.search(untoned(parent.heading)):
        parent = parent.parent
    if parent is None or SECTION.search(parent.heading):
        return False
    return all(n.children and agency_of(n.body) and agency_of(n.body)[2] >= len(n.body.rstrip(" .:;")) and
               all(GIVES_LEAD.search(untoned(c.body)) for c in n.children) for n in named)


# "Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với ... xây dựng kế hoạch ...": a task given to a lead unit
GIVEN_TO_LEAD = re.compile(r"^giao\s+.{3,120}?\s+chu tri\b")
# what follows a lead unit's name that opens a task it chairs: "Sở Y tế chủ trì, phối hợp với ...", "Công an tỉnh
# chủ trì cắm biển ..." (without tone marks)
CHAIRS = re.compile(r"^\s*chu tri\b")
# a task that names its lead: "...: Sở Y tế chủ trì, phối hợp với ...", "(Phòng Kinh tế chủ trì)" (without tone marks)
GIVES_LEAD = re.compile(r"\bchu tri\b")
# the heading of a section of tasks ("Nhiệm vụ trọng tâm quý II", "Các nội dung cụ thể"), not of who does what
TASKS_HEAD = re.compile(r"\bnhiem vu\b|\bnoi dung\b|\bcong viec\b")


# a section of the plan's tasks that also says who does them: "III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", "II. NHIỆM VỤ VÀ
# PHÂN CÔNG THỰC HIỆN" (the tasks named first, without tone marks)
TASKS_AND_ASSIGNMENT = re.compile(r"^(?:cac\s+)?(?:nhiem vu|noi dung)(?:\s+\w+){0,3}?\s*(?:,|va)\s+phan cong thuc hien\b")


def _tasks_beside_duties(section: Node, sections: list[Node]) -> bool:
    """A section of tasks headed with their assignment ("III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN": each task under it
    names its lead) while another section gives the agencies' duties ("V. TỔ CHỨC THỰC HIỆN"): its items are the
    plan's activities, the other section holds the responsibilities."""
    if not TASKS_AND_ASSIGNMENT.match(" ".join(untoned(section.heading).lower().split())):
        return False
    return any(o is not section and not TASKS_AND_ASSIGNMENT.match(" ".join(untoned(o.heading).lower().split()))
               for o in sections)


def _chaired_tasks(group: list[Node], named: list[Node]) -> bool:
    """Items under a heading of tasks that each give a task to a lead unit ("1. Giao Phòng Kế hoạch
    chủ trì, phối hợp với Văn phòng Sở rà soát ...") or open with the unit that chairs it ("2. Phòng
    Kinh tế chủ trì, phối hợp với ... đẩy nhanh ..."): tasks with their lead, not responsibilities
    (under "Tổ chức thực hiện" they stay responsibilities). Where some items only name the unit that
    does the task ("3. Ban Quản lý dự án tổ chức thi công ..."), half chairing is enough when every item
    opens with its unit alike (a list of tasks); items that give tasks ("Giao X chủ trì") beside one that
    does not ("3. Phòng Tài chính bố trí kinh phí") are a notice's assignments."""
    parent = group[0].parent
    if parent is None:
        return False
    head = untoned(parent.heading)
    if not TASKS_HEAD.search(head) or SECTION.search(parent.heading):
        return False
    chairs = [_gives_chair(n.body) for n in named]
    if len(named) != len(group):
        # a report's "2. Nhiệm vụ trọng tâm": "a) Đẩy nhanh ..." with no unit beside "b) Phòng Y chủ trì, phối hợp
        # với ...": tasks, some with their lead, when every item that names a unit has it chair
        return all(chairs)
    if all(chairs):
        return True
    return 2 * sum(chairs) >= len(named) and not any(GIVEN_TO_LEAD.match(_opening(n.body)) for n in named)


def _opening(body: str) -> str:
    """An item's text without its label or bullet, without tone marks (what GIVEN_TO_LEAD reads)."""
    return untoned(_ITEM_LABEL.sub("", strip_bullet(body).lstrip()))


def _gives_chair(body: str) -> bool:
    """Whether an item gives its task to a lead unit: "Giao X chủ trì ...", or "X chủ trì ..." with the
    unit's name opening it."""
    if GIVEN_TO_LEAD.match(_opening(body)):
        return True
    found = agency_of(body)
    return bool(found) and bool(CHAIRS.match(untoned(body[found[2]:])))


def _record(agency: str, duties: list[str], block: Block) -> dict:
    return {"agency": agency, "duties": duties, "span": span(block.start, block.end)}


_CLAUSE = re.compile(r";\s+")


def _chained(names: str, tail: str) -> list[tuple[str, str]]:
    """An agency's duties and, after them, other agencies' duties in one line, each opening
    a clause with its name and a colon ("Sở Nội vụ: hướng dẫn khen thưởng; Công an tỉnh: bảo
    đảm an ninh; Sở Y tế: chuẩn bị thuốc"): (names, duties) per agency, the first one's
    first. A clause that names no agency before its colon is a duty ("...; thời gian: quý
    II") and stays with the agency before it."""
    if ";" not in tail or ":" not in tail:
        return [(names, tail)]
    out: list[tuple[str, list[str]]] = [(names, [])]
    for clause in _CLAUSE.split(tail):
        found = leading_agency(clause)
        if found and found[0] == 0 and clause[found[1]:].lstrip().startswith(":"):
            out.append((clause[:found[1]], [clause[found[1]:].lstrip()[1:].strip()]))
        else:
            out[-1][1].append(clause)
    return [(who, "; ".join(d for d in duties if d)) for who, duties in out]


# a line that leaves a list of agencies open: "Điều 3. Chánh Văn phòng UBND huyện;" / "Trưởng các phòng: ..."
_LIST_GOES_ON = re.compile(r"[;,:]\s*$|(?:\s(?:và|các))\s*$")


def _run_on(doc: Document, node: Node, stop: int) -> list[Block]:
    """An article's sentence and the lines it runs on to where a page's lines broke it after an agency
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện;" / "Trưởng các phòng: Nội vụ, ... chịu trách nhiệm
    thi hành Quyết định này./."): its first block and those that go on with its list, none numbered."""
    out = [node.block]
    k = node.block.index + 1
    if (ends := _executes_on(doc, node.block.index, stop)) is not None:
        return out + doc.blocks[k: ends + 1]
    while (k < stop and _LIST_GOES_ON.search(out[-1].text) and doc.blocks[k].kind != "table" and doc.blocks[k].text
           and not is_page_number(doc, doc.blocks[k]) and not _ITEM_LABEL.match(doc.blocks[k].text)
           and not BULLET.match(doc.blocks[k].text)):
        out.append(doc.blocks[k])
        k += 1
    return out


# the lines a text file's hard wrap left of one executing sentence, at most (round G66)
_WRAPPED_LINES = 8


def _executes_on(doc: Document, first: int, stop: int) -> int | None:
    """The index of the line where an executing sentence that opens on line `first` ends ("... chịu trách nhiệm thi
    hành Quyết định này./.") when a text file's hard wrap broke it anywhere, inside a name too ("Giám đốc" / "Sở Tài
    chính", "và Thủ" / "trưởng các cơ quan"): its first line names no executor's duty yet, and the lines up to that one
    are plain lines of text (no number, bullet, table or page number); None otherwise (round G66)."""
    if EXECUTES.search(doc.blocks[first].text):
        return None
    for k in range(first + 1, min(stop, first + 1 + _WRAPPED_LINES)):
        block = doc.blocks[k]
        if (block.kind == "table" or not block.text or is_page_number(doc, block) or _ITEM_LABEL.match(block.text)
                or BULLET.match(block.text)):
            return None
        if EXECUTES.search(block.text):
            return k
    return None


def _wrapped_sentence(doc: Document, b: Block, found: tuple[str, int, int], stop: int) -> tuple[Block, int] | None:
    """A line that opens with agencies and gives them nothing to do, whose executing sentence a text file's hard wrap
    broke ("Chánh Văn phòng ..., Giám đốc" / "Sở Tài chính ... và Thủ" / "trưởng ... chịu trách nhiệm thi hành ..."):
    the sentence as one line (its span its lines) and the index of its last line; None for any other line (round G66)."""
    if _ASSIGNS.match(b.text[found[2]:]) or (ends := _executes_on(doc, b.index, stop)) is None:
        return None
    lines = doc.blocks[b.index: ends + 1]
    return dataclasses.replace(b, text=" ".join(x.text.strip() for x in lines), end=lines[-1].end), ends


# an unnumbered closing line of the organisation section that asks another body for its part ("Đề nghị Ủy ban Mặt trận
# Tổ quốc Việt Nam thành phố ... tham gia tuyên truyền ..."), after the last numbered item
REQUEST = re.compile(r"^Đề nghị\s+(?=\S)")


def _request_line(doc: Document, node: Node, stop: int) -> int | None:
    """The index of the first line under a numbered item of an organisation section that opens with "Đề nghị" and a
    body: the request's own record, not the item's duty (None when there is none)."""
    return next((b.index for b in doc.blocks[node.block.index + 1: stop]
                 if b.kind != "table" and b.text and REQUEST.match(b.text) and agency_of(b.text)), None)


# the words after an agency that only lead to its duties listed under it: "1. Công an tỉnh có trách nhiệm:", "Sở Y tế có
# nhiệm vụ thực hiện các nội dung sau:" (no duty of their own; round G54)
DUTIES_LEAD = re.compile(r"^(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)(?:\s+thực hiện)?(?:\s+(?:các|những)\s+"
                         r"(?:nội dung|nhiệm vụ|công việc)(?:\s+cụ thể)?)?(?:\s+(?:như\s+)?sau(?:\s+đây)?)?\s*:\s*$", re.I)


def _item(doc: Document, node: Node, skip: int = 0) -> list[dict]:
    """The records of one numbered item that opens with an agency (after its first `skip`
    characters): its text after the agency, and the lines under it, are the duties. An
    article's sentence broken over lines after an agency is read whole, each record's span
    the line that names it."""
    stop = content_end(doc, node.block.index, node.end_index)
    stop = _request_line(doc, node, stop) or stop
    lines = _run_on(doc, node, stop) if node.kind == "article" else [node.block]
    body = " ".join([node.body[skip:], *(b.text.strip() for b in lines[1:])])
    found = agency_of(body)
    if not found:
        return []
    names, _, end = found
    tail = body[end:].lstrip(" :.,-")
    under = [b for b in doc.blocks[lines[-1].index + 1: stop] if b.kind != "table" and b.text]
    duties = [tail] if tail and not (under and DUTIES_LEAD.match(tail)) else []
    duties += [strip_bullet(LETTER_LABEL.sub("", b.text)).strip() for b in under if not is_page_number(doc, b)]
    agencies = split_agencies(_EXAMPLES.sub("", names))
    if len(lines) == 1:
        return [_record(agency, duties, node.block) for agency in agencies] + _standing_clauses(tail, node.block)
    starts = []  # where each line begins in `body`
    at = 0
    for k, b in enumerate(lines):
        starts.append(at)
        at += len(node.body[skip:] if k == 0 else b.text.strip()) + 1
    out, seen = [], 0
    for agency in agencies:
        # the line that names it ("Phòng Nội vụ" of "các phòng: Nội vụ" is found by its own words)
        pos = next((p for p in (body.find(agency, seen), body.find(agency.split(" ", 1)[-1], seen)) if p >= 0), -1)
        seen = max(seen, pos)
        line = lines[max(k for k, st in enumerate(starts) if st <= pos)] if pos >= 0 else node.block
        out.append(_record(agency, duties, line))
    return out


# a clause that names another standing body after the item's own: "1. Giao Phòng X Công an tỉnh là cơ quan thường
# trực của Công an tỉnh; Phòng Y là cơ quan thường trực của Bộ đội Biên phòng tỉnh."
STANDING = re.compile(r"\s*,?\s*là\s+(?:cơ quan|đơn vị|đầu mối)(?!\w)")


def _standing_clauses(tail: str, block: Block) -> list[dict]:
    """Records of the later clauses (after ";") of an item's text that each open with another body that is a
    standing body or focal point ("...; Phòng Y là cơ quan thường trực của ..."); other clauses are the item's
    own duties."""
    out = []
    for clause in tail.split(";")[1:]:
        clause = clause.strip()
        found = agency_of(clause)
        if found and found[1] == 0 and STANDING.match(clause[found[2]:]):
            out += [_record(agency, [clause[found[2]:].strip(" ,.")], block) for agency in split_agencies(found[0])]
    return out


def _collective_over_named(doc: Document, node: Node, cells: set[int]) -> bool:
    """An item headed by a group of agencies ("2. Đề nghị các sở, ngành, địa phương",
    "1. Trách nhiệm của các đơn vị thuộc Sở") whose own lines each name one and its duties
    ("- Sở Giáo dục và Đào tạo: Chỉ đạo ..."): the lines are the records, not the heading."""
    found = agency_of(node.body)
    own = OWN_DUTIES.match(node.body)
    if not own and not (found and found[0].lower().startswith("các ")):
        return False
    if not own and node.body[found[2]:].strip(" :.;"):
        return False  # "4. Các đơn vị báo cáo kết quả ...": a sentence with duties of its own
    first_child = node.children[0].block.index if node.children else node.end_index
    for b in doc.blocks[node.block.index + 1: min(first_child, node.end_index)]:
        if b.kind == "table" or not b.text or b.index in cells or not BULLET.match(b.text):
            continue  # (a line of its own: "- Sở Tài chính: ...", not a sentence wrapped onto it)
        named = agency_of(b.text)
        if named and b.text[named[2]:].lstrip().startswith(":"):
            return True
    return False


# a table of assignments: an agency column and a duties column, matched without tone marks
# ("Cơ quan, đơn vị | Nhiệm vụ", "Đơn vị | Trách nhiệm"; not a task table's "Đơn vị chủ trì")
AGENCY_COLUMN = re.compile(r"^(?:ten\s+)?(?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi))?$")
DUTY_COLUMN = re.compile(r"^(?:nhiem vu|trach nhiem|noi dung)(?:\s+(?:duoc giao|cu the|thuc hien|phan cong))?$")


def _table_records(block: Block) -> list[dict]:
    """Records of a table that lists each agency with its duties, one row each."""
    rows, spans = block.rows or [], block.cell_spans or []
    if len(rows) < 2:
        return []
    head = [" ".join(untoned(c).split()) for c in rows[0]]
    who = next((n for n, c in enumerate(head) if AGENCY_COLUMN.match(c)), None)
    what = next((n for n, c in enumerate(head) if DUTY_COLUMN.match(c)), None)
    if who is None or what is None:
        return []
    out = []
    for r, row in enumerate(rows[1:], 1):
        if who >= len(row) or not leading_agency(row[who].strip()):
            continue
        duties = [row[what].strip()] if what < len(row) and row[what].strip() else []
        start, end = spans[r][who] if r < len(spans) and who < len(spans[r]) else (block.start, block.end)
        out += [{"agency": a, "duties": duties, "span": span(start, end)} for a in split_agencies(row[who])]
    return out


def _section(doc: Document, section: Node, nodes: list[Node], taken: set[int]) -> list[dict]:
    """Records of a responsibility section: its numbered items (at any depth) that open
    with an agency, the lines under them being their duties, and its other lines that do
    (a sentence whose subject is an agency, "- Sở Y tế: ...")."""
    out = []
    end = content_end(doc, section.block.index, section.end_index)
    at = {n.block.index: n for n in nodes if section.block.index < n.block.index < end}
    covered: set[int] = set()
    cells = table_cells(doc)
    if section.kind == "article" and agency_of(section.body):
        out += _item(doc, section) + _article_later_sentences(doc, section)  # "Điều 3. Chánh Văn phòng ... thi hành"
        covered.update(range(section.block.index, end))
    elif section.kind == "article":  # "Điều 3. Quyết định này có hiệu lực ... Chánh Văn phòng ... thi hành ..."
        out += _own_executors(section)
    for b in doc.blocks[section.block.index + 1: end]:
        if b.kind == "table" and b.index not in taken:
            out += _table_records(b)  # "STT | Cơ quan, đơn vị | Nhiệm vụ"
            continue
        if (b.index in covered or b.index in taken or b.kind == "table" or not b.text or is_page_number(doc, b)
                or b.index in cells):  # a table's cell, not a sentence
            continue
        if _signing_body(doc, b):
            continue  # "CÔNG AN TỈNH" / "GIÁM ĐỐC": a signature, however the outline read the name
        node = at.get(b.index)
        if node is not None and _collective_over_named(doc, node, cells):
            continue  # "2. Đề nghị các sở, ngành" over "- Sở Giáo dục: ...": its lines name the agencies
        if node is not None:  # "2. Sở Tài chính: ...", or "1. Cấp tỉnh" over "a) Sở Y tế ..."
            records = _item(doc, node)
            if not records and (own := OWN_DUTIES.match(node.body)) and not any(agency_of(c.body) for c in node.children):
                records = _item(doc, node, own.end())  # "2. Trách nhiệm của UBND cấp huyện" over its duties
            if records:
                out += records
                covered.update(range(node.block.index, _request_line(doc, node, node.end_index) or node.end_index))
            continue
        found = agency_of(b.text)
        if found:
            out += _line_records(b, found) + _later_sentences(b)
    return out


SIGNATURE_REACH = 2  # lines from a signing body's name in capitals to its signer's title
SIGN_AUTHORITY = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s*[A-ZĐÀ-Ỹ]")  # "KT. GIÁM ĐỐC", "TM. BAN CHỈ ĐẠO"


def _signing_body(doc: Document, b: Block) -> bool:
    """A body's name in capitals over a signer's title ("CÔNG AN TỈNH" / "GIÁM ĐỐC", "BỘ CHỈ HUY BĐBP TỈNH" /
    "CHỈ HUY TRƯỞNG", "KT. GIÁM ĐỐC"): a signature that a joint plan sets before its recipients, where the
    closing is read from, not a duty."""
    from extractors.fields.header import is_sign_title
    if not is_upper(b.text):
        return False
    after = [n for n in doc.blocks[b.index + 1: b.index + 1 + 2 * SIGNATURE_REACH]
             if n.kind != "table" and n.text.strip()][:SIGNATURE_REACH]
    return any(is_sign_title(n.text) or SIGN_AUTHORITY.match(n.text.strip()) for n in after)


# an article's clause after a semicolon that opens with other agencies in a capital ("Điều 2. Giao Ủy ban nhân dân tỉnh
# tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân tỉnh, các Ban ... giám sát việc thực hiện.")
_CLAUSE_END = re.compile(r";\s+(?=\w)")


def _later_sentences(b: Block, after: int = 0, clauses: int | None = None) -> list[dict]:
    """Records of the later sentences of a line that opens with an agency (from `after` on),
    each sentence opening with agencies of its own ("Giao Ủy ban nhân dân huyện tổ chức thực
    hiện Nghị quyết này. Thường trực Hội đồng nhân dân, các Ban ... và đại biểu Hội đồng nhân
    dân huyện giám sát việc thực hiện Nghị quyết."); from `clauses` on (where the first
    clause's agencies end), the later clauses after a semicolon too, each opening in a capital
    with agencies of its own and what they are given to do ("...; Ủy ban nhân dân các huyện
    phân bổ chi tiết cho các xã"; not a clause that names a standing body, _standing_clauses)."""
    ends = [*_SENTENCE_END.finditer(b.text, after),
            *(_CLAUSE_END.finditer(b.text, clauses) if clauses is not None else ())]
    cuts = sorted(m.end() for m in ends if b.text[m.end()].isupper())
    out = []
    for start, stop in zip(cuts, cuts[1:] + [len(b.text)]):
        sentence = b.text[start:stop]
        found = agency_of(sentence)
        if found and _ASSIGNS.match(sentence[found[2]:]) and not _PAST.search(found[0]) and not (
                clauses is not None and STANDING.match(sentence[found[2]:])):
            out += _executor_records(sentence, b)
    return out


def _article_later_sentences(doc: Document, node: Node) -> list[dict]:
    """The later sentences of an article that opens with an agency ("Điều 3. Giao Ủy ban nhân dân
    huyện tổ chức thực hiện Nghị quyết này. Thường trực Hội đồng nhân dân huyện ... giám sát ..."),
    after the sentence its label and first agency open, and those of its later paragraphs that open
    with agencies of their own and what they are given to do (the same sentence on a line of its
    own: "Thường trực Hội đồng nhân dân, các Ban và đại biểu ... giám sát việc thực hiện ...")."""
    # the later clauses after a semicolon, and a clause whose line a page's lines broke after its semicolon ("Điều 2.
    # Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết;" / "Thường trực Hội đồng nhân dân tỉnh, các Ban ... giám
    # sát ..."), are read when the article's first clause is whole, its agency given a task (not "Điều 3. Chánh Văn
    # phòng ...; Giám đốc Sở ...; Chủ tịch ... chịu trách nhiệm thi hành", one list of agencies, nor "Giám đốc các Sở:
    # ...;")
    own = agency_of(node.body) if node.body else None
    whole = bool(own) and _GIVEN.match(node.body[own[2]:]) is not None and not _PAST.search(own[0])
    at = node.block.text.find(node.body)
    out = _later_sentences(node.block, at + 1, clauses=at + own[2] if whole else None) if at >= 0 and node.body else []
    stop = content_end(doc, node.block.index, node.end_index)
    run = _run_on(doc, node, stop)
    joined_to = -1  # the last line an executing sentence a hard wrap broke took in
    for b in [*(run[1:] if whole else ()), *doc.blocks[run[-1].index + 1: stop]]:
        if b.kind == "table" or not b.text or is_page_number(doc, b) or b.index <= joined_to:
            continue
        found = agency_of(b.text)
        if found and (joined := _wrapped_sentence(doc, b, found, stop)) is not None:
            b, joined_to = joined
            found = agency_of(b.text)
        if found and _ASSIGNS.match(b.text[found[2]:]) and not _PAST.search(found[0]):
            out += _executor_records(b.text, b) + _later_sentences(b)
    return out


# what an agency is given to do, a verb after its name (not what it did: "Bộ Y tế đã ban hành ..."), or after a colon
# (_ASSIGNS; _GIVEN not: a colon may list more names, "Giám đốc các Sở: ...")
_GIVEN_VERB = r"(?:" + VERB + "|" + MAIN_PREDICATE + r")(?!\w)"
_ASSIGNS = re.compile(r"\s*(?::|" + _GIVEN_VERB + ")")
_GIVEN = re.compile(r"\s*" + _GIVEN_VERB)
_PAST = re.compile(r"\s(?:đã|vừa|đang|từng)$")


def _line_records(b: Block, found: tuple[str, int, int]) -> list[dict]:
    """Records of a line that opens with an agency (agency_of): each agency it names, a chain
    of them ("Sở Y tế chủ trì; Sở Tài chính bố trí ..."), with the duties after its name."""
    names, _, stop = found
    out = []
    for who, tail in _chained(names, b.text[stop:].lstrip(" :.,-")):
        duties = [tail] if tail.strip(" :.,-") else []
        out += [_record(a, duties, b) for a in split_agencies(_EXAMPLES.sub("", who))]
    return out


def _chunk_lines(doc: Document, nodes: list[Node], taken: set[int]) -> list[dict]:
    """A chunk cut from the middle of a "Tổ chức thực hiện" section (a corpus that splits
    documents into pieces): lines that open with an agency and a colon ("- Sở Y tế: Chủ trì
    ...", "Công an tỉnh: Bảo đảm ...") with no heading over them, in the chunk's lead
    (common.chunk_lead). Read only where two or more lines there do so."""
    found = [(b, agency) for b in chunk_paragraphs(doc, nodes) if b.index not in taken
             and (agency := agency_of(b.text)) and b.text[agency[2]:].lstrip().startswith(":")]
    if len(found) < CHUNK_MIN_ITEMS:
        return []
    return [r for b, agency in found for r in _line_records(b, agency)]


def extract_responsibilities(doc: Document, nodes: list[Node]) -> list[dict]:
    with document_initials(definitions_in(doc.text[:200000])):  # "1. IOC" where the document defines IOC
        return _responsibilities(doc, nodes)


def _responsibilities(doc: Document, nodes: list[Node]) -> list[dict]:
    ocr = looks_like_ocr(doc)
    out: list[dict] = []
    taken: set[int] = set()  # blocks already read as some agency's item
    sections = [n for n in nodes if n.kind in ("part", "roman", "article", "arabic") and SECTION.search(n.heading, ocr)]
    # the outermost section only: "IV. TỔ CHỨC THỰC HIỆN" over "1. Trách nhiệm thực hiện"
    sections = [s for s in sections if not any(o is not s and o.block.index < s.block.index < o.end_index
                                               for o in sections)]
    sections = [s for s in sections if not _tasks_beside_duties(s, sections)]
    for section in sections:
        found = _section(doc, section, nodes, taken)
        out += found
        taken.update(range(section.block.index, content_end(doc, section.block.index, section.end_index)))
    for group in agency_groups(nodes):
        for node in group:
            if node.block.index in taken:
                continue
            out += _item(doc, node, _duties_head(node.body))
            taken.update(range(node.block.index, node.end_index))
    starts = {n.block.index for n in nodes}
    for node in nodes:
        # "Điều 3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."
        if node.kind == "article" and node.block.index not in taken and agency_of(node.body):
            out += _item(doc, node) + _article_later_sentences(doc, node)
            taken.add(node.block.index)
        elif node.kind == "article" and node.block.index not in taken:
            out += _executors(doc, node, starts | taken)
    if not sections:
        out += _chunk_lines(doc, nodes, taken)
    return _one_name_per_collective(_one_name_per_body(sorted(out, key=lambda r: r["span"]["start"])))


# a body's name that ends on its bare level word: "Phòng Y tế huyện", "Bảo hiểm xã hội tỉnh" (no place after it)
LEVEL_END = re.compile(r"\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)$", re.I)


def _one_name_per_body(records: list[dict]) -> list[dict]:
    """A body named twice, with and without its bare level word ("Giao Phòng Y tế huyện chỉ đạo ..." / "Trưởng phòng
    Y tế ... chịu trách nhiệm thi hành"): one body, under the name it was given first. Two names with a level word
    each ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện") stay apart, and so do names of a place."""
    names = {r["agency"].casefold() for r in records}
    first: dict[str, str] = {}  # a body's bare name (folded) -> the name it was given first
    for r in records:
        name = r["agency"]
        bare = LEVEL_END.sub("", name).casefold()
        leveled = [n for n in names if n != bare and LEVEL_END.sub("", n) == bare]
        if bare not in names or len(leveled) != 1:
            continue  # not named both ways, or named at two levels
        if bare in first:
            r["agency"] = first[bare]
        else:
            first[bare] = name
    return records


# a collective of one level and the places it names after it: "Ủy ban nhân dân các huyện Đạ Rinh, Lạc Sơn"
COLLECTIVE_PLACES = re.compile(r"^(.+?\bcác\s+(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố))\s+(?=\w)")


def _one_name_per_collective(records: list[dict]) -> list[dict]:
    """A collective named bare and with its places ("Giao Ủy ban nhân dân các huyện phân bổ ..." / "Chủ tịch Ủy ban
    nhân dân các huyện Đạ Rinh, Lạc Sơn, Bảo Khê chịu trách nhiệm thi hành"): one body, under the bare name as it was
    written first. A collective named only with its places keeps them, and every other name stays as written."""
    names = {canonical(r["agency"]).casefold() for r in records}  # ("UBND các xã" is "Ủy ban nhân dân các xã")
    first: dict[str, str] = {}  # the bare collective (folded) -> the name it was given first
    for r in records:
        name = canonical(r["agency"])
        m = COLLECTIVE_PLACES.match(name)
        if not m or not name[m.end()].isupper():
            if name.casefold() in names:
                first.setdefault(name.casefold(), r["agency"])  # (a bare collective keeps its name)
            continue
        bare = m.group(1).casefold()
        if bare in names:
            r["agency"] = first.get(bare, m.group(1))
    return records


# who executes a decision, in a paragraph of its own under an article that opens on something else
# ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký." / "Chánh Văn phòng ...; Giám đốc các Sở: ...
# chịu trách nhiệm thi hành Quyết định này./.")
EXECUTES = re.compile(r"\b(?:chịu|có) trách nhiệm\s+(?:thi hành|tổ chức thực hiện|triển khai thực hiện)\b|"
                      r"\bthi hành (?:Quyết định|Nghị quyết|Chỉ thị) này\b", re.I)


# the end of a sentence inside an article's paragraph ("... có hiệu lực kể từ ngày ký. Chánh Văn phòng ...")
_SENTENCE_END = re.compile(r"\.\s+(?=\w)")


def _executors(doc: Document, node: Node, skip: set[int]) -> list[dict]:
    """The records of an article's unnumbered paragraphs that name who executes it (EXECUTES),
    opening with the agencies or their heads, and of the sentence of the article's own
    paragraph that does ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng
    ..., Giám đốc các Sở: ... chịu trách nhiệm thi hành Quyết định này./.")."""
    out = _own_executors(node)
    stop = content_end(doc, node.block.index, node.end_index)
    joined_to = -1  # the last line of a sentence a hard wrap broke, read whole (round G66)
    for b in doc.blocks[node.block.index + 1: stop]:
        if b.index in skip or b.index <= joined_to or b.kind == "table" or not b.text:
            continue
        if not EXECUTES.search(b.text):
            found = agency_of(b.text)
            joined = _wrapped_sentence(doc, b, found, stop) if found else None
            if joined is None or any(k in skip for k in range(b.index, joined[1] + 1)):
                continue
            b, joined_to = joined
        out += _executor_records(b.text, b)
    return out


def _own_executors(node: Node) -> list[dict]:
    """The records of the sentence of an article's own paragraph that names who executes it,
    after a first sentence about something else."""
    own = EXECUTES.search(node.body)
    if not own:
        return []
    cuts = [m.end() for m in _SENTENCE_END.finditer(node.body, 0, own.start()) if node.body[m.end()].isupper()]
    return _executor_records(node.body[cuts[-1]:], node.block) if cuts else []


def _executor_records(text: str, b: Block) -> list[dict]:
    found = agency_of(text)
    if not found:
        return []
    names, _, stop = found
    tail = text[stop:].lstrip(" :.,-")
    return [_record(a, [tail] if tail else [], b) for a in split_agencies(_EXAMPLES.sub("", names))]
