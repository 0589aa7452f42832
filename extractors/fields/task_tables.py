"""Task tables: a table whose header has a task column and a lead and/or partner column
(STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì | Phối hợp) gives one
activity per row: the code from the STT cell, the title from the task cell, the lead and
partner agencies split from their cells.

The table comes as a grid (HTML, DOCX, PDF, markdown), as the cells of a layout table a
reader turned into paragraphs (each knows its row and cell), or flattened by a scrape to
one cell per line (rows are cut as rebuild.py cuts budget tables). A Roman or lettered
row with only a title groups the rows under it, like a heading; rows that repeat a task
(a merged STT cell over several product rows) are one activity with their agencies joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Block, Document
from extractors.fields.common import is_closing, is_page_number, span, untoned
from extractors.layout.cells import (AGENCY_ONLY_HEAD, CELL_ROLE, CODE_HEAD, LEAD_HEAD, PARTNER_HEAD, TASK_HEAD,
                                    is_heading_row, ordinal_column)
from extractors.tables.rebuild import Cell, _row_bounds, is_number_row
from normalizers.agencies import AGENCY_AT_START, CELL_ITEMS, expand, roles_in, split_agencies

# header cells, matched without tone marks (TASK_HEAD, LEAD_HEAD, PARTNER_HEAD: layout.cells)
# a header cell that opens by naming the tasks: "Nội dung phối hợp", "Nhiệm vụ phối hợp thực hiện"
TASK_FIRST = re.compile(r"^(?:noi dung|nhiem vu|cong viec|hoat dong)\b")
# a head naming the agencies of both roles in one column: "Cơ quan chủ trì, phối hợp", "Cơ quan, đơn vị chủ trì và
# phối hợp", "Đơn vị chủ trì/phối hợp" (without tone marks)
BOTH_ROLES_HEAD = re.compile(r"^(?:(?:co quan|don vi)[\s,]*)+chu tri\s*(?:,|/|va|-)\s*phoi hop(?: thuc hien)?$")
OTHER_HEAD = re.compile(r"thoi gian|thoi han|tien do|han hoan thanh|san pham|ket qua|ghi chu|kinh phi|theo doi")
# a whole cell that is a column heading, without tone marks: "Thời gian hoàn thành",
# "Đơn vị phối hợp", "Ghi chú" (a task table's header cell, not a row's)
HEADING_CELL = re.compile(r"^(?:thoi gian|thoi han|tien do|ghi chu|san pham|(?:don vi|co quan)\s+(?:chu tri|phoi hop|tham muu|soan thao))"
                          r"(?:\s+(?:hoan thanh|thuc hien|du kien))?$")
# row codes: "1", "2.1", "09", "I", "a", "A", written with a dot or a bracket
NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*$")
ROMAN = re.compile(r"^[IVXL]{1,6}$")
LETTER = re.compile(r"^[a-zđA-ZĐ]$")
PROJECT = re.compile(r"\bDự án\s*(\d+)", re.I)
# a row merged across the table that heads the rows under it: "I. NÂNG CAO CHẤT LƯỢNG ...",
# "A. Nhiệm vụ thường xuyên", "Nhiệm vụ trọng tâm" (the code, if any, and the title)
SPANNING_CODE = re.compile(r"^(?:([IVXL]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)\s*[.)/]\s*)?(\S.*)$", re.S)
LIST_MARK = re.compile(r"^[-+•*]\s*")  # "- Sở Tài chính; - Công an tỉnh": a cell's list written with dashes
# an agency column's cell that names no agency: "Theo phân công tại Quyết định số ...", "Như trên"
NOT_NAMED = re.compile(r"^(?:Theo|Như|Căn cứ|Tại|Trong|Xem|Đã|Không|Chưa|Hằng|Hàng|Năm|Quý|Tháng)\b")


# a task matrix's cell (one column per agency): the lead's mark ("CT", "Chủ trì", "(chủ trì)") or a partner's ("x",
# "✓", "PH", "Phối hợp"); an empty cell: the agency takes no part
LEAD_MARK = re.compile(r"^\(?\s*(?:CT|Ct|chủ trì|Chủ trì|CHỦ TRÌ)\s*\)?$")
PARTNER_MARK = re.compile(r"^\(?\s*(?:[xX×✓✔+]|PH|Ph|phối hợp|Phối hợp|PHỐI HỢP)\s*\)?$")


@dataclass
class TaskTable:
    roles: list[str]  # per column: code | task | lead | partner | matrix | other
    rows: list[dict[int, Cell]]  # column -> cell; a flattened row's cells as read
    positional: list[bool]  # whether each row's cells sit in their columns
    blocks: range = field(default_factory=lambda: range(0))
    numbered: bool = True  # False: a grid with no STT column (its tasks have no code: "")
    agencies: dict[int, str] = field(default_factory=dict)  # a matrix column -> the agency its header names
    lead_marked: bool = True  # whether a matrix marks a lead anywhere (if not, every agency marked leads)
    # its lead column a bare agency column ("Cơ quan, đơn vị": layout.cells.AGENCY_ONLY_HEAD); under "Tổ chức thực
    # hiện" the same table lists duties, no tasks (activities.extract_activities leaves those rows to responsibilities)
    by_agency: bool = False


# the member or leader a task is given to, by office: "Thành viên Ban Chỉ đạo phụ trách", "Lãnh đạo phụ trách",
# "Người phụ trách", "Phụ trách" (without tone marks; not "Lĩnh vực phụ trách", a member's field), or the unit in
# charge: "Bộ phận phụ trách", "Đơn vị phụ trách", "Khoa/Phòng phụ trách" (a hospital's, a school's own units)
IN_CHARGE_HEAD = re.compile(r"^(?:(?:thanh vien|lanh dao|nguoi|can bo|dong chi|bo phan|don vi|co quan|khoa|phong|to)"
                            r"\b.*\s)?phu trach$")
# ... of whom a person ("Lãnh đạo phụ trách", "Đồng chí phụ trách", "Người phụ trách", "Thành viên Ban Chỉ đạo phụ
# trách"): where another column names the body that leads ("Cơ quan trình", "Cơ quan chủ trì"), the person in charge of
# the task (a Phó Chủ tịch by name, "Chủ tịch UBND tỉnh") is no lead of it
PERSON_IN_CHARGE_HEAD = re.compile(r"^(?:thanh vien|lanh dao|nguoi|can bo|dong chi)\b(?:.*\s)?phu trach$")

# the body that prepares a content and submits it, in a work programme's table ("Cơ quan trình", "Đơn vị trình",
# "Cơ quan chuẩn bị", "Cơ quan soạn thảo, trình"; without tone marks): it leads the row. Not the level the content goes
# to ("Cấp trình", "Cấp quyết định", "Cơ quan quyết định", "Thẩm quyền ban hành"), which neither leads nor partners it
SUBMITTING_HEAD = re.compile(r"^(?:co quan|don vi)\s+(?:chuan bi|soan thao|trinh)(?:\s*(?:,|/|va|-)\s*(?:chuan bi|soan thao|trinh))*$")


# a column of indicators, no tasks: "Chỉ tiêu", "Tên chỉ tiêu", "Nội dung chỉ tiêu", "Các chỉ tiêu chủ yếu" (without tone
# marks; not a column naming tasks too: "Chỉ tiêu, nhiệm vụ"): an indicator table's row is a target, whatever body
# answers for it ("... | Cơ quan chủ trì | Cơ quan phối hợp")
INDICATOR_HEAD = re.compile(r"^(?:ten\s+|noi dung\s+)?(?:cac\s+)?chi tieu\b(?!.*\b(?:nhiem vu|cong viec|hoat dong|giai phap|"
                            r"de an|du an|chuong trinh)\b)")


# a column of money, without tone marks: "Kinh phí (triệu đồng)", "Dự toán kinh phí", "Số tiền", "Thành tiền"
COST_HEAD = re.compile(r"^(?:tong\s+)?(?:kinh phi|du toan|so tien|thanh tien)\b")


def _role(leaf: str, path: str) -> str:
    if CODE_HEAD.match(leaf):
        return "code"
    if INDICATOR_HEAD.match(leaf):
        return "other"
    if IN_CHARGE_HEAD.match(leaf):
        return "lead"
    if SUBMITTING_HEAD.match(leaf):
        return "lead"
    if "chu tri" in leaf and "phoi hop" in leaf:
        # "Cơ quan chủ trì, phối hợp", "Đơn vị chủ trì/phối hợp": one column naming the lead and the partners
        # (its cells say which: "Sở Y tế chủ trì; Sở Tài chính phối hợp"); "Vai trò (Chủ trì/ Phối hợp)": a role
        return "lead" if BOTH_ROLES_HEAD.match(leaf) else "other"
    if COST_HEAD.match(leaf) or COST_HEAD.match(path):
        return "cost"  # (no agency's nor task's column: "other" but for the estimate it may make of the table)
    if OTHER_HEAD.search(leaf):
        return "other"
    if TASK_FIRST.match(leaf):
        return "task"  # "Nội dung phối hợp", "Hoạt động phối hợp" (a joint programme's tasks), not a partner column
    if PARTNER_HEAD.search(leaf):
        return "partner"
    if LEAD_HEAD.search(leaf) or AGENCY_ONLY_HEAD.match(leaf):
        return "lead"
    if TASK_HEAD.search(leaf):
        return "task"
    if PARTNER_HEAD.search(path):
        return "partner"
    return "lead" if LEAD_HEAD.search(path) else "other"


def roles_of(header: list[list[str]], need_code: bool = True, codes: list[str] | None = None,
             matrix: dict[int, str] | None = None) -> list[str] | None:
    """Column roles of a header (one or more rows of cells), or None when it is not a
    task table's: it needs a code (unless `need_code` is False), a task and a lead or
    partner column (or the agency columns of a matrix, `matrix`). `codes`, the first column's
    body cells: where they are row codes (layout.cells.ordinal_column), the first column is
    the code column whatever its heading says that is no task's or agency's (OCR reads "STT"
    as "NHẠẺ", "S", nothing)."""
    width = max((len(r) for r in header), default=0)
    roles, leaves = [], []
    for c in range(width):
        if matrix and c in matrix:
            roles.append("matrix")
            leaves.append("")
            continue
        path: list[str] = []
        for row in header:
            cell = " ".join(untoned(row[c]).split()) if c < len(row) else ""
            if cell and (not path or path[-1] != cell):
                path.append(cell)
        role = _role(path[-1], " / ".join(path)) if path else "other"
        if role == "task" and "task" in roles:
            role = "other"
        if c == 0 and role == "other" and codes is not None and ordinal_column(codes):
            role = "code"
        roles.append(role)
        leaves.append(path[-1] if path else "")
    people = [c for c, r in enumerate(roles) if r == "lead" and PERSON_IN_CHARGE_HEAD.match(leaves[c])]
    if people and len(people) < roles.count("lead"):
        for c in people:  # a body leads: the person in charge beside it does not (PERSON_IN_CHARGE_HEAD)
            roles[c] = "other"
    if ("code" not in roles and need_code) or "task" not in roles or not {"lead", "partner", "matrix"} & set(roles):
        return None
    return roles


def matrix_columns(header: list[list[str]], body: list[list[str]]) -> dict[int, str]:
    """The agency columns of a task matrix: the header's last row names an agency over each
    ("Phòng Văn hóa - Xã hội | Công an xã | Trạm Y tế xã", often under a merged "Đơn vị thực
    hiện"), and every body cell below is empty or a role's mark ("CT", "x"). Two such columns
    at least, or none. (A header may name its agency short: "CA tỉnh", the police by the table
    of abbreviations; round G52.)"""
    out: dict[int, str] = {}
    last = header[-1] if header else []
    for c, text in enumerate(last):
        name = " ".join(text.split())
        if not name or not AGENCY_AT_START.match(expand(name)) or any(c < len(r) and " ".join(r[c].split()) == name
                                                             for r in body):
            continue
        cells = [r[c].strip() for r in body if c < len(r) and not _spanning(r)]
        if any(cells) and all(not t or LEAD_MARK.match(t) or PARTNER_MARK.match(t) for t in cells):
            out[c] = name
    return out if len(out) >= 2 else {}


def _matrix_roles(table: TaskTable, row: dict[int, Cell]) -> tuple[list[str], list[str]]:
    """(lead, partner) of a matrix row: the agencies whose cells carry the lead's mark, and
    those with a partner's; in a matrix that marks no lead anywhere, every agency marked
    takes part as a lead."""
    lead = [table.agencies[c] for c in sorted(row) if c in table.agencies and LEAD_MARK.match(row[c].text.strip())]
    partner = [table.agencies[c] for c in sorted(row) if c in table.agencies and PARTNER_MARK.match(row[c].text.strip())]
    return (lead, partner) if table.lead_marked else (lead + partner, [])


def _splice(cells: list[str]) -> list[str]:
    """A flattened two-row header lists a spanning cell's sub-cells last: "STT | Nội dung |
    Cơ quan thực hiện | Thời gian | Chủ trì | Phối hợp" is "STT | Nội dung | Chủ trì |
    Phối hợp | Thời gian"."""
    folded = [" ".join(untoned(c).split()) for c in cells]
    tail = len(cells)
    while tail > 0 and len(folded[tail - 1]) <= 25 and (folded[tail - 1].startswith(("chu tri", "phoi hop"))):
        tail -= 1
    group = next((n for n in range(tail) if LEAD_HEAD.search(folded[n]) and "chu tri" not in folded[n]
                  and "phoi hop" not in folded[n]), None)
    if group is None or tail == len(cells):
        return cells
    return cells[:group] + cells[tail:] + cells[group + 1: tail]


def _is_code(text: str) -> bool:
    code = text.strip().rstrip(".)")
    return bool(NUMBER.match(code) or ROMAN.match(code) or LETTER.match(code))


# a group's code and title in one cell: "II. PHÁT TRIỂN SẢN PHẨM DU LỊCH", "B. Nhiệm vụ trọng tâm" (not "1. ...")
GROUP_IN_CELL = re.compile(r"^(?:[IVXL]{1,6}|[A-ZĐ])\s*[.)/]\s*\S.*[^\W\d_]")


def _spanning(row: list[str]) -> bool:
    """A row whose one text Word merged across every cell ("I. PHÒNG, CHỐNG DỊCH BỆNH"), or across every cell but
    a blank number cell ("" | "Nhóm nhiệm vụ phòng ngừa" over the other four), or that a scrape wrote in its first
    cell, the others left empty ("II. PHÁT TRIỂN ... | | | |": a markdown table keeps no merge)."""
    if len(row) <= 2:
        return False
    if not row[0].strip():
        return len(row) >= 4 and bool(row[1].strip()) and all(c == row[1] for c in row[2:])
    return all(c == row[0] for c in row) or (not any(c.strip() for c in row[1:])
                                             and GROUP_IN_CELL.match(row[0].strip()) is not None)


def _spanning_cells(cell: Cell, code_col: int, task_col: int) -> dict[int, Cell]:
    """A merged row as a group row: its code in the code column, its title in the task
    column ("I. NÂNG CAO ..." -> "I" | "NÂNG CAO ..."), each with its own span."""
    m = SPANNING_CODE.match(cell.text.strip())
    lead = len(cell.text) - len(cell.text.lstrip())
    out = {task_col: Cell(m.group(2), cell.start + lead + m.start(2), cell.start + lead + m.end(2))}
    if m.group(1):
        out[code_col] = Cell(m.group(1), cell.start + lead, cell.start + lead + m.end(1))
    return out


def _grid_tables(doc: Document) -> list[TaskTable]:
    out = []
    for block in doc.tables:
        rows = block.rows or []
        spans = block.cell_spans or []
        # (a header whose "STT" OCR read as a letter, "S | Nội dung | Chủ trì", is no row)
        first = next((i for i, r in enumerate(rows[:6]) if r and _is_code(r[0]) and any(c.strip() for c in r[1:])
                      and not (i == 0 and is_heading_row(r))
                      and not is_number_row(r)), None)
        if not first:
            if table := (_headerless(block, rows, spans) if first == 0 else _unnumbered(block, rows, spans)):
                out.append(table)
            continue
        while first > 1 and _spanning(rows[first - 1]):  # group rows merged across, over the first task
            first -= 1
        header = [r for r in rows[:first] if not is_number_row(r)]  # not "(1) | (2) | (3)"
        codes = [r[0] if r else "" for r in rows[first:] if not _spanning(r)]
        matrix = matrix_columns(header, rows[first:])
        roles = roles_of(header, codes=codes, matrix=matrix)
        if roles is None and any(k and _carried_rest(r) for k, r in enumerate(header)):
            # the rest of a task a page break cut, carried over under the header repeated on the next page
            # (" | địa phương | quan, đơn vị | 15/4/2026 và tổ chức thực hiện"), is no part of the header
            header = [r for k, r in enumerate(header) if not (k and _carried_rest(r))]
            matrix = matrix_columns(header, rows[first:])
            roles = roles_of(header, codes=codes, matrix=matrix)
        if roles is None:
            continue
        body = _body(rows, spans, first, roles.index("code"), roles.index("task"))
        lead_marked = any(LEAD_MARK.match(r[c].strip()) for r in rows[first:] for c in matrix if c < len(r))
        by_agency = any(AGENCY_ONLY_HEAD.match(" ".join(untoned(r[c]).split())) for r in header
                        for c in range(len(r)) if roles[c] == "lead")
        out.append(TaskTable(roles, body, [True] * len(body), range(block.index, block.index + 1), agencies=matrix,
                             lead_marked=lead_marked, by_agency=by_agency))
    return out


def _carried_rest(row: list[str]) -> bool:
    """A row under a table's header with no code whose cells go on in lower case (or with a
    figure) where a heading would start with a capital: the rest of the last task of the page
    before ("địa phương", "quan, đơn vị, địa phương", "15/4/2026 và tổ chức thực hiện")."""
    cells = [c.strip() for c in row]
    filled = [c for c in cells[1:] if c]
    return bool(cells) and not cells[0] and bool(filled) and not is_heading_row(row) \
        and all(c[0].islower() or c[0].isdigit() for c in filled)


def _unnumbered(block: Block, rows: list[list[str]], spans: list) -> TaskTable | None:
    """A grid with no STT column whose first row is its header ("Nhiệm vụ | Thời hạn |
    Đơn vị chủ trì | Đơn vị phối hợp"): each row below is a task, with no code (a grid's
    rows need none to be told apart)."""
    if len(rows) < 2 or any(_is_code(r[0]) for r in rows[1:] if r and r[0].strip()):
        return None
    roles = roles_of([rows[0]], need_code=False)
    if roles is None or "code" in roles or roles[0] != "task":
        return None
    body = [{c: Cell(t, *spans[r][c]) for c, t in enumerate(row) if t.strip()}
            for r, row in enumerate(rows[1:], 1) if not is_number_row(row)]
    return TaskTable(roles, body, [True] * len(body), range(block.index, block.index + 1), numbered=False)


MIN_NAMED_SHARE = 0.75  # of a column's filled cells that name an agency, for a column of agencies with no header


def _headerless_roles(body: list[list[str]]) -> list[str] | None:
    """Column roles of a task table's rows read without its header: a chunk or a page that holds only rows
    ("| 5 | Cung cấp dịch vụ công ... | Văn phòng UBND tỉnh | Các sở, ban, ngành | Năm 2024 |", the header row in
    the chunk before). The code is the first column, the task the second (text, no figure); of the columns after
    them, the first whose cells name agencies leads and the next partners. None when no column names agencies
    (a budget's rows, "| 1 | Huyện X | 1.200 |")."""
    width = max(len(r) for r in body)
    if width < 3 or not all(len(r) == width and _is_code(r[0]) for r in body):
        return None
    if not all(re.search(r"[^\W\d_]{2}", r[1]) for r in body):
        return None
    if _indicator_rows(body):
        return None
    roles = ["code", "task"]
    for c in range(2, width):
        filled = [r[c].strip() for r in body if r[c].strip()]
        named = [t for t in filled if AGENCY_AT_START.match(LIST_MARK.sub("", t))]
        agency = len(filled) >= 2 and len(named) >= MIN_NAMED_SHARE * len(filled)
        role = "other"
        if agency and "partner" not in roles:
            role = "partner" if "lead" in roles else "lead"
        roles.append(role)
    return roles if "lead" in roles else None


UNIT_CELL = re.compile(r"^(?:%|[^\d|]{1,15})$")  # "%", "Bác sĩ", "ha", "triệu đồng/người"
# (and its thousands set apart by a space, as web scrapes and OCR layers give them: "1 200", "12 500,5"; round G29)
FIGURE_CELL = re.compile(r"^[<>≥≤~]?\s*\d[\d.,]*(?: \d{3}(?!\d))*(?:,\d+)?(?:\s*[-–]\s*\d[\d.,]*(?: \d{3}(?!\d))*(?:,\d+)?)?$")  # "93,5", "1.200", "8,5 - 9"
MIN_FIGURE_COLUMNS = 2  # yearly values of an indicator table's rows


def _indicator_rows(body: list[list[str]]) -> bool:
    """Rows of an indicator table read without its header ("| 12 | Tỷ lệ che phủ rừng | % | 41,5 | 41,8 | 42 |
    Sở X |": TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | ... | Cơ quan chủ trì): a unit after the name,
    then figures year by year. The agency column leads a target, not a task."""
    units = [r[2].strip() for r in body if r[2].strip()]
    if not units or not all(UNIT_CELL.match(u) for u in units) or not any(u == "%" for u in units):
        return False
    figures = 0
    for c in range(3, len(body[0])):
        filled = [r[c].strip() for r in body if r[c].strip()]
        if filled and all(FIGURE_CELL.match(t) for t in filled):
            figures += 1
    return figures >= MIN_FIGURE_COLUMNS


def headerless_indicator_rows(rows: list[list[str]]) -> bool:
    """Whether a grid is an indicator table's rows read without its header (_indicator_rows): every row
    coded, of one width, a name in the second cell."""
    body = [r for r in rows if not _spanning(r) and not is_number_row(r)]
    if len(body) < 2:
        return False
    width = max(len(r) for r in body)
    return (width >= 5 and all(len(r) == width and _is_code(r[0]) for r in body)
            and all(re.search(r"[^\W\d_]{2}", r[1]) for r in body) and _indicator_rows(body))


def _headerless(block: Block, rows: list[list[str]], spans: list) -> TaskTable | None:
    """A grid whose first row is already a task (its header in another chunk): see _headerless_roles."""
    body = [r for r in rows if not _spanning(r) and not is_number_row(r)]
    if len(body) < 2 or (roles := _headerless_roles(body)) is None:
        return None
    cells = _body(rows, spans, 0, roles.index("code"), roles.index("task"))
    return TaskTable(roles, cells, [True] * len(cells), range(block.index, block.index + 1))


def _body(rows: list[list[str]], spans: list, first: int, code_col: int, task_col: int) -> list[dict[int, Cell]]:
    """The cells of a task table's rows from `first` on, by column; a group row merged across
    gives its code and title to the code and task columns."""
    body = []
    for r, row in enumerate(rows[first:], first):
        cells = {c: Cell(t, *spans[r][c]) for c, t in enumerate(row) if t.strip()}
        body.append(_spanning_cells(cells[min(cells)], code_col, task_col) if _spanning(row) else cells)
    return body


def _where(block: Block) -> tuple:
    """A layout cell's table: its location without the row and cell (a Word table's
    number, a markdown table's line, a PDF page)."""
    return tuple(sorted((k, v) for k, v in block.location.items() if k not in ("row", "cell")))


def _located_groups(doc: Document) -> list[list[Block]]:
    """The paragraphs of each layout table a reader turned into cells, table by table."""
    found = doc.__dict__.get("_located")
    if found is not None:
        return found
    groups: list[list[Block]] = []
    for b in doc.blocks:
        if b.kind == "table" or "row" not in b.location:
            continue
        last = groups[-1][-1] if groups else None
        if (last is not None and last.index == b.index - 1 and _where(last) == _where(b)
                and last.location["row"] <= b.location["row"]):
            groups[-1].append(b)
        else:  # a new table: not next to the last cell, elsewhere, or its rows start again
            groups.append([b])
    doc.__dict__["_located"] = groups
    return groups


def table_cells(doc: Document) -> set[int]:
    """Indices of paragraphs that are cells of a layout table with more than one column:
    read as the table's rows, not as sentences. (A one-column "table" is text a reader
    boxed: its lines are paragraphs.)"""
    found = doc.__dict__.get("_cells")
    if found is None:
        found = doc.__dict__["_cells"] = {b.index for g in _located_groups(doc)
                                          if any(x.location.get("cell", 0) > 0 for x in g) for b in g}
    return found


def two_column_rows(doc: Document, start: int, stop: int) -> list[str]:
    """The rows of the two-column tables among blocks[start:stop] (a grid, or a layout table a reader
    turned into cells), each as "left: right": a task's attributes set as a small table under its
    heading ("Đơn vị chủ trì | Sở Tư pháp", "Thời gian thực hiện | Quý II/2026")."""
    out = []
    for b in doc.blocks[start:stop]:
        if b.kind == "table" and b.rows and all(len(r) == 2 for r in b.rows):
            out += [f"{r[0].strip()}: {r[1].strip()}" for r in b.rows if r[0].strip() and r[1].strip()]
    located: dict[tuple, list[Block]] = {}  # (a reader may give the cells column by column: by table, not by run)
    for b in doc.blocks[start:stop]:
        if b.kind != "table" and "row" in b.location:
            located.setdefault(_where(b), []).append(b)
    for group in located.values():
        if {b.location.get("cell", 0) for b in group} != {0, 1}:
            continue
        grid: dict[int, dict[int, str]] = {}
        for b in group:
            row = grid.setdefault(b.location["row"], {})
            row[b.location.get("cell", 0)] = f"{row.get(b.location.get('cell', 0), '')} {b.text}".strip()
        out += [f"{r[0]}: {r[1]}" for _, r in sorted(grid.items()) if r.get(0) and r.get(1)]
    return out


def _located_tables(doc: Document) -> list[TaskTable]:
    """Layout tables a reader turned into paragraphs that know their row and cell."""
    out = []
    for group in _located_groups(doc):
        grid: dict[int, dict[int, Cell]] = {}
        for b in group:
            row = grid.setdefault(b.location["row"], {})
            c = b.location.get("cell", 0)
            old = row.get(c)
            row[c] = Cell(f"{old.text} {b.text}", old.start, b.end) if old else Cell(b.text, b.start, b.end)
        rows = [grid[r] for r in sorted(grid)]
        first = next((i for i, r in enumerate(rows[:6]) if 0 in r and _is_code(r[0].text) and len(r) > 1
                      and not (i == 0 and is_heading_row([r[c].text for c in sorted(r)]))), None)
        if not first:
            continue
        width = max(max(r) for r in rows) + 1
        roles = roles_of([[r[c].text if c in r else "" for c in range(width)] for r in rows[:first]],
                         codes=[r[0].text if 0 in r else "" for r in rows[first:]])
        if roles is None:
            continue
        out.append(TaskTable(roles, rows[first:], [True] * (len(rows) - first), range(group[0].index, group[-1].index + 1)))
    return out


def _flat_tables(doc: Document) -> list[TaskTable]:
    """Tables a scrape flattened to one cell per paragraph: the header cells run from an
    STT cell to the first row code followed by a task; rows are cut as rebuild.py cuts
    budget tables."""
    out = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if (b.kind == "table" or "row" in b.location or len(b.text) > 12
                or not CODE_HEAD.match(untoned(b.text.strip()))):
            i += 1
            continue
        j = i + 1
        while j + 1 < len(blocks) and j - i <= 12 and not (blocks[j].text.strip() and _is_code(blocks[j].text)
                                                             and len(blocks[j + 1].text.strip()) > 3):
            j += 1
        roles = roles_of([_splice([x.text for x in blocks[i:j]])]) if j - i <= 12 else None
        if roles is None:
            i += 1
            continue
        stop = j
        while (stop < len(blocks) and blocks[stop].kind != "table" and len(blocks[stop].text) < 1500
               and not is_closing(blocks[stop])
               and not (len(blocks[stop].text) <= 12 and CODE_HEAD.match(untoned(blocks[stop].text.strip())))
               and not re.match(r"^(?:[IVXL]{1,6}|\d{1,2})\s*[.)]\s+\S", blocks[stop].text)):
            stop += 1
        cells = _without_page_numbers(doc, blocks[j:stop])
        if _block_order(cells, roles):
            i = stop  # its rows cannot be told apart: none is read (never a wrong one)
            continue
        rows, positional = [], []
        for row in _flat_rows(cells, len(roles)):
            rows.append({n: Cell(x.text, x.start, x.end) for n, x in enumerate(row) if x.text.strip()})
            positional.append(len(row) == len(roles))
        out.append(TaskTable(roles, rows, positional, range(i, stop)))
        i = stop
    return out


def _without_page_numbers(doc: Document, blocks: list[Block]) -> list[Block]:
    """A flattened table's cells less the page numbers among them; a bare number that opens a page but is the next row's
    code is kept: it follows the row before ("2" ... then "3" at the top of the next page, before the row's task), and
    the row's task comes after it, not the code again (a page number "3" before the row code "3" goes)."""
    out: list[Block] = []
    last = None  # the last row code kept
    for k, x in enumerate(blocks):
        text = x.text.strip()
        if is_page_number(doc, x):
            nxt = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
            if not (text.isdigit() and last is not None and int(text) == last + 1 and len(nxt) > 3
                    and not _is_code(nxt)):
                continue
        if text.isdigit() and _is_code(text) and (last is None or int(text) == last + 1):
            last = int(text)
        out.append(x)
    return out


def _block_order(cells: list[Block], roles: list[str]) -> bool:
    """Whether a flattened table's cells come in the order of the page's text blocks, not
    row by row (plain pdftotext writes a ruled table so: a column's cells of several rows
    in one run, a header cell after the rows). Either shows it: a cell that is a column
    heading ("Thời gian hoàn thành") among the rows; or a row short of agency cells and a
    later one with more cells that name agencies than the table has agency columns (the
    first row's cells came with the later one's). One row with more agency cells and none
    short before it is a cell written over several lines, not a sign."""
    if any(len(c.text) <= 40 and HEADING_CELL.match(" ".join(untoned(c.text).split())) for c in cells):
        return True
    columns = sum(1 for r in roles if r in ("lead", "partner"))
    starts = [k for k in range(len(cells) - 1) if _is_code(cells[k].text) and len(cells[k + 1].text.strip()) > 3]
    short = False
    for a, z in zip(starts, starts[1:] + [len(cells)]):
        named = sum(1 for c in cells[a + 2: z] if len(c.text) <= 150 and AGENCY_AT_START.match(c.text.strip()))
        if named > columns and short:
            return True
        short = short or named < columns
    return False


def _flat_rows(cells: list[Block], width: int) -> list[list[Block]]:
    """Rows of flattened cells: a group row ("II", "Dữ liệu số" followed by a row code) is
    a row of its own; between group rows, rebuild.py's cutter finds the rows, and the last
    row keeps its cells up to the table's width."""
    cuts = [0] + [k for k in range(len(cells) - 2) if ROMAN.match(cells[k].text.strip().rstrip(".)"))
                  and not _is_code(cells[k + 1].text) and _is_code(cells[k + 2].text)] + [len(cells)]
    rows: list[list[Block]] = []
    for a, z in zip(cuts, cuts[1:]):
        segment = cells[a:z]
        if segment and ROMAN.match(segment[0].text.strip().rstrip(".)")) and len(segment) > 2:
            rows.append(segment[:2])
            segment = segment[2:]
        bounds = _row_bounds(segment, width) if len(segment) > 2 else [(0, len(segment))]
        for n, (s, e) in enumerate(bounds):
            if n == len(bounds) - 1:
                e = max(e, min(s + width, len(segment)))
            rows.append(segment[s:e])
    return [r for r in rows if r]


def _agency_cells(table: TaskTable, row: dict[int, Cell], positional: bool) -> tuple[list[Cell], list[Cell]]:
    """(lead cells, partner cells) of a row. A flattened row with cells missing keeps its
    code and task; its cells that name agencies fill the agency columns in order."""
    roles = table.roles
    if positional:
        lead = [row[c] for c in sorted(row) if c < len(roles) and roles[c] == "lead"]
        # a cell merged across the lead and partner columns repeats in both: it is the lead
        partner = [row[c] for c in sorted(row) if c < len(roles) and roles[c] == "partner"
                   and not any(x.text == row[c].text for x in lead)]
        return lead, partner
    named = [row[c] for c in sorted(row) if c >= 2 and AGENCY_AT_START.match(row[c].text.strip())]
    columns = [r for r in roles if r in ("lead", "partner")]
    lead = [cell for cell, r in zip(named, columns) if r == "lead"]
    partner = [cell for cell, r in zip(named, columns) if r == "partner"]
    return lead, partner


# a cell that labels each role: "Chủ trì: Sở Công Thương; Phối hợp: Hội Doanh nhân trẻ tỉnh" (CELL_ROLE, layout.cells)
# where a labelled cell's parts end: ";", a line break, or the next label where the cell's lines
# were joined ("Chủ trì: Sở Y tế Phối hợp: Sở Tài chính")
CELL_PARTS = re.compile(r"\s*[;\n]\s*|(?<!đơn vị)(?<!cơ quan)\s+(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp)(?:\s+thực hiện)?\s*:)", re.I)


def _labelled_cell(text: str) -> tuple[list[str], list[str]] | None:
    """(lead, partner) of a cell whose parts are labelled with their role; a part with no
    label goes on with the label before it ("Phối hợp: Sở A; Sở B")."""
    if not CELL_ROLE.match(text):
        return None
    lead: list[str] = []
    partner: list[str] = []
    into = lead
    for part in CELL_PARTS.split(text):
        if m := CELL_ROLE.match(part):
            into = lead if m.group(1).lower() == "chủ trì" else partner
            part = part[m.end():]
        into += [n for n in split_agencies(part) if n not in into]
    return lead, partner


def _names(cells: list[Cell]) -> tuple[list[str], list[str]]:
    """The agencies of lead or partner cells, and the partners a lead cell names itself
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính"); a cell that names none ("Theo phân
    công tại Quyết định số ...") gives none."""
    out: list[str] = []
    partners: list[str] = []
    for cell in cells:
        text = LIST_MARK.sub("", cell.text.strip())
        if not AGENCY_AT_START.match(text) and (not text[:1].isupper() or NOT_NAMED.match(text)):
            continue
        roles = _labelled_cell(text) or roles_in(cell.text)
        names, more = roles if roles else (split_agencies(cell.text), [])
        names, more = ([LIST_MARK.sub("", n) for n in ns] for ns in (names, more))  # "- Công an tỉnh"
        out += [n for n in names if n not in out]
        partners += [n for n in more if n not in partners]
    return out, partners


def _similar(a: str, b: str) -> bool:
    a, b = " ".join(re.findall(r"\w+", untoned(a))), " ".join(re.findall(r"\w+", untoned(b)))
    return a == b or (min(len(a), len(b)) >= 12 and (a.startswith(b) or b.startswith(a)))


def _estimate(table: TaskTable, tables: list[TaskTable]) -> bool:
    """Whether a task table is an estimate ("TT | Nội dung hoạt động | Đơn vị thực hiện | Kinh phí (triệu đồng)") whose
    rows are the tasks' budget lines, not tasks read a second time: it has a money column and another task table has
    none, or it follows another task table and names no partners (one agency column, the unit that spends). A plan
    whose only task table has a money column keeps its tasks (round G71)."""
    if "cost" not in table.roles:
        return False
    return any("cost" not in t.roles or (t.blocks.start < table.blocks.start and "partner" not in table.roles)
               for t in tables if t is not table)


def table_activities(doc: Document) -> list[dict]:
    """Activities from every task table, in reading order. Each carries `group` (the
    title of the row that groups it, or None) for the merge with the body's tasks."""
    tables = _grid_tables(doc) + _located_tables(doc) + _flat_tables(doc)
    tables = [t for t in tables if not _estimate(t, tables)]
    out: list[dict] = []
    for table in sorted(tables, key=lambda t: t.blocks.start):
        code_col = table.roles.index("code") if table.numbered else None
        task_col = table.roles.index("task")
        group = project = None
        number = None  # the numbered row lettered rows belong to
        acts: list[dict] = []
        read = []
        for row, positional in zip(table.rows, table.positional):
            if not positional:  # a flattened row: code and task are its first two cells
                cells = [row[c] for c in sorted(row)]
                code_cell, task_cell = (cells[0], cells[1]) if len(cells) > 1 and _is_code(cells[0].text) else (None, None)
            else:
                code_cell, task_cell = row.get(code_col) if code_col is not None else None, row.get(task_col)
            if row:
                read.append((row, positional, code_cell, task_cell,
                             code_cell.text.strip().rstrip(".)") if code_cell else ""))
        for n, (row, positional, code_cell, task_cell, code) in enumerate(read):
            following = read[n + 1][4] if n + 1 < len(read) else ""
            title = " ".join(task_cell.text.split()).rstrip(" .;:") if task_cell else ""
            content = []
            if m := CELL_ITEMS.match(title):  # "Tuyên truyền chính sách: - Trên đài huyện; - Cấp phát báo": its items
                title = m["name"]
                content = [LIST_MARK.sub("", x).strip() for x in re.split(r";\s+(?=[-+•]\s)", m["items"])]
            lead_cells, partner_cells = _agency_cells(table, row, positional)
            if task_cell is not None:  # (the task cell spread over the agency columns, an HTML colspan, names no one)
                lead_cells, partner_cells = ([c for c in cells if c.text.strip() != task_cell.text.strip()]
                                             for cells in (lead_cells, partner_cells))
            lead, named_partners = _names(lead_cells)
            partner = [n for ns in _names(partner_cells) for n in ns]  # ("Phối hợp: X" labels its own)
            partner = [n for k, n in enumerate(partner) if n not in partner[:k]]
            partner += [a for a in named_partners if a not in partner]
            if table.agencies and positional:  # a matrix: the marks in the agency columns
                marked_lead, marked_partner = _matrix_roles(table, row)
                lead += [a for a in marked_lead if a not in lead]
                partner += [a for a in marked_partner if a not in partner and a not in lead]
            # (a cell that repeats the task's text is the task cell spread over the row: an HTML colspan)
            others = [c for c in row.values() if c not in (code_cell, task_cell)
                      and not (task_cell is not None and c.text.strip() == task_cell.text.strip())]
            if not others and (ROMAN.match(code) or (LETTER.match(code) and (code.isupper() or NUMBER.match(following)))
                               or (code_cell is None and task_cell is not None)):
                group, number = title, None  # "I | Cải cách thể chế", "a | Tuyên truyền" over "1 | ...": a heading
                pm = PROJECT.search(title)
                project = f"Dự án {pm.group(1)}" if pm else None
                continue
            if LETTER.match(code) and number is not None:
                code = f"{number}.{code}"
            elif NUMBER.match(code):
                number = code
            start = min(c.start for c in row.values())
            end = max(c.end for c in row.values())
            prev = acts[-1] if acts else None
            if prev and table.numbered and (not code or (prev["code"] == code and _similar(prev["title"], title))):
                # one task over several rows (its STT and task cells merged, or left empty
                # below the first row): the rows' agencies are the task's
                # one task over several rows (its STT and task cells merged)
                prev["lead_agencies"] += [a for a in lead if a not in prev["lead_agencies"]]
                prev["partner_agencies"] += [a for a in partner if a not in prev["partner_agencies"]]
                prev["span"] = span(prev["span"]["start"], max(prev["span"]["end"], end))
                continue
            acts.append({"code": code, "project": project, "title": title, "content": content,
                         "lead_agencies": lead, "partner_agencies": partner, "span": span(start, end),
                         "group": group, "by_agency": table.by_agency})
        # a numbered row with no agencies whose next rows are "1.1", "1.2" only groups them
        out += [a for n, a in enumerate(acts)
                if not (n + 1 < len(acts) and not a["lead_agencies"] and not a["partner_agencies"]
                        and acts[n + 1]["code"].startswith(a["code"] + "."))]
    return out
