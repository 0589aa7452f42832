"""A task table whose cells merged down over several rows a converter dropped.

html2text and markdownify write an HTML table's rows cell by cell and leave out a cell that a
row span above covers: under "1 | Rà soát ... | Sở Tài chính | Sở Tư pháp | Quý I/2026",
whose lead cell spans three rows, the next rows read "2 | Tham mưu ... | Ngân hàng Nhà nước
| Quý II/2026", one cell short, and read in order the partner becomes the lead and the
time a partner. Such a row gets its missing cells back where they fit best: each of its cells
in the column whose kind it is (an agency under "chủ trì" or "phối hợp", a time under "Thời
gian"), the code and the task where they stand, a gap where the row above has text; where
that leaves a choice between the lead and the partner column, the lead is the merged one (one
lead over several tasks is the common merge). The gap takes the text of the cell above, as a
merged cell's rows have it. Tables with no lead column, rows more than two cells short or of
fewer than three cells, a group's row ("II", "B"), the first row under the header, and a row
under a row that is short itself are left as they are.

Other scrapers keep the row's width and write the covered cell empty ("2 | Tham mưu ... | | Ngân
hàng Nhà nước | Quý II/2026"): a task's row whose lead cell is empty under a task's row that names
its lead takes that lead too (not under a group's row, which ends the merge).
"""

from __future__ import annotations

import re
from itertools import combinations

from extractors.layout.cells import AGENCY_ONLY_HEAD, CODE_HEAD, GROUP_CODE, LEAD_HEAD, PARTNER_HEAD, TASK_HEAD, is_heading_row
from normalizers.agencies import AGENCY_AT_START
from normalizers.text import untoned

# a time's column heading (without tone marks); the others are the task tables' (layout.cells)
_TIME = re.compile(r"thoi gian|thoi han|tien do|han hoan thanh")
# a cell that states a time: "Quý II/2026", "Cả năm", "Hằng năm", "Tháng 9", "2026 - 2027", "Trước 30/6/2026"
_TIME_CELL = re.compile(r"^(?:Quý|Tháng|Năm|Cả năm|Hằng|Hàng|Thường xuyên|Định kỳ|Trước|Trong|Từ|Đến|Giai đoạn|"
                        r"\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}|(?:19|20)\d{2}\b)", re.I)
MAX_SHORT = 2  # cells a row may lack


def _kind(heading: str) -> str:
    text = " ".join(untoned(heading).lower().replace("*", " ").split())
    if CODE_HEAD.match(heading.strip().strip("*").strip()):
        return "code"
    if PARTNER_HEAD.search(text) and "chu tri" not in text:
        return "partner"
    if (LEAD_HEAD.search(text) or AGENCY_ONLY_HEAD.match(text)) and not PARTNER_HEAD.search(text):
        return "lead"
    if _TIME.search(text):
        return "time"
    if TASK_HEAD.search(text):
        return "task"
    return "other"


def _fit(cell: str, kind: str) -> float:
    """How well a cell's text suits a column's kind: + where it is of that kind, - where
    it is plainly of another (an agency under a time, a time under an agency)."""
    text = cell.strip().strip("*").strip()
    if not text:
        return 0.0
    agency = AGENCY_AT_START.match(text) is not None
    time = _TIME_CELL.match(text) is not None
    if kind in ("lead", "partner"):
        return 2.0 if agency else (-3.0 if time else 0.0)
    if kind == "time":
        return 2.0 if time else (-2.0 if agency else 0.0)
    if kind in ("code", "task"):
        return -2.0 if agency or time else 0.0
    return 0.0


def _placed(row: list[str], gaps: tuple[int, ...], width: int) -> list[str | None]:
    cells = iter(row)
    return [None if c in gaps else next(cells) for c in range(width)]


def lost_row_spans(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a merged cell's missing copies put back (see the module's text)."""
    if len(rows) < 3:
        return rows
    head = 2 if len(rows[1]) == len(rows[0]) and is_heading_row(rows[1]) else 1  # "Chủ trì | Phối hợp" under
    kinds = [_kind(" ".join(r[c] for r in rows[:head])) for c in range(len(rows[0]))]  # "Cơ quan thực hiện"
    width = len(kinds)
    if "lead" not in kinds:
        return rows
    rows = _empty_leads_carried(rows, head, kinds)
    if not any(width - MAX_SHORT <= len(r) < width for r in rows[2:]):
        return rows
    out = rows[:head]
    for row in rows[head:]:
        short = width - len(row)
        above = out[-1]
        if (not 0 < short <= MAX_SHORT or len(above) != width or len(out) == head or len(row) < 3
                or GROUP_CODE.match(row[0].strip().strip("*").strip())):
            out.append(row)  # (a group's row "II | Nhóm nhiệm vụ ..." is short by nature)
            continue
        best, best_score = None, None
        for gaps in combinations(range(width), short):
            if any(kinds[c] in ("code", "task") for c in gaps):
                continue  # a row's own code and task are never merged with the row above
            placed = _placed(row, gaps, width)
            score = sum(_fit(cell, kinds[c]) for c, cell in enumerate(placed) if cell is not None)
            score += sum(1.0 if above[c].strip() else -1.0 for c in gaps)
            score += sum(0.5 for c in gaps if kinds[c] == "lead")
            if best_score is None or score > best_score:
                best, best_score = gaps, score
        if best is None:
            out.append(row)
            continue
        out.append([above[c] if cell is None else cell for c, cell in enumerate(_placed(row, best, width))])
    return out


def _task_row(row: list[str], kinds: list[str]) -> bool:
    """A row of the table's width with a code of its own (not a group's "II", "B") and a task."""
    if len(row) != len(kinds):
        return False
    code = next((row[c].strip().strip("*").strip() for c, k in enumerate(kinds) if k == "code"), "")
    task = next((row[c].strip() for c, k in enumerate(kinds) if k == "task"), "")
    return bool(code) and bool(task) and not GROUP_CODE.match(code)


def _empty_leads_carried(rows: list[list[str]], head: int, kinds: list[str]) -> list[list[str]]:
    """The rows with an empty lead cell under a task's row that names its lead filled with that lead
    (a merged lead a scraper wrote as empty cells); the rows themselves where nothing is filled."""
    leads = [c for c, k in enumerate(kinds) if k == "lead"]
    out = rows[:head]
    for row in rows[head:]:
        above = out[-1]
        if len(out) > head and _task_row(row, kinds) and _task_row(above, kinds) \
                and any(not row[c].strip() and above[c].strip() for c in leads):
            row = [above[c] if c in leads and not cell.strip() else cell for c, cell in enumerate(row)]
        out.append(row)
    return out if any(a is not b for a, b in zip(out, rows)) else rows
