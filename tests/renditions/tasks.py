"""What a rendition that lost a task table's grid (plain pdftotext) may lack, known from
the Word plans themselves (tests/renditions/wordplans.py): their task tables (the Task
rows) and their body (the numbered task headings and the lines under each).

- an activity that only the task table gives: a row of the table (its number, its task
  cell as the title, its agencies named in its lead and partner cells) that no numbered
  task of the body repeats;
- an agency that a task-table row adds to a task of the body: named in the lead or partner
  cell of the row that repeats the task (the row numbered like it, or whose task starts
  with its title), and nowhere in the body lines of that task.

Nothing else: an activity of the body, an agency its body lines state, a title, a code,
an activity or an agency the rendition adds."""

from __future__ import annotations

import re

from tests.renditions.wordplans import PLANS, Task, WordPlan

NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")  # a body task heading: "2. Triển khai bệnh án điện tử ..."


def _folded(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _body_tasks(plan: WordPlan) -> list[tuple[str, str, list[str]]]:
    """(code, title, the body lines under it) of the plan's numbered headings."""
    out: list[tuple[str, str, list[str]]] = []
    current: list[str] | None = None
    for kind, text in plan.body:
        if kind == "h":
            m = NUMBERED.match(text)
            current = None
            if m:
                current = []
                out.append((m.group(1), m.group(2), current))
        elif current is not None and kind == "p":
            current.append(text)
    return out


def _names_in(names: list[str], cell: str) -> bool:
    return all(_folded(n) in _folded(cell) for n in names)


def table_only(activity: dict) -> bool:
    """An activity that is a task-table row of a Word plan and no task of its body."""
    title = _folded(activity.get("title"))
    for plan in PLANS:
        body_titles = {_folded(t) for _, t, _ in _body_tasks(plan)}
        for number, task in enumerate(plan.tasks, start=1):
            if (activity.get("code") == str(number) and _folded(task.content) == title and title not in body_titles
                    and _names_in(activity.get("lead_agencies") or [], task.lead)
                    and _names_in(activity.get("partner_agencies") or [], task.partner)):
                return True
    return False


def _left_out(canonical: list[str], rendition: list[str]) -> list[str] | None:
    """The names of `canonical` that `rendition` lacks, when `rendition` is `canonical`
    with some names left out (order kept, nothing added); None otherwise."""
    it = iter(canonical)
    if not all(any(name == c for c in it) for name in rendition):
        return None
    return [n for n in canonical if n not in rendition]


def _rows_of(plan: WordPlan, code: str, title: str) -> list[Task]:
    return [t for n, t in enumerate(plan.tasks, start=1) if str(n) == code or _folded(t.content).startswith(title)]


def lost_table_agencies(canonical: dict, rendition: dict) -> bool:
    """The rendition's activity is the canonical one but for agencies that only a
    task-table row adds (a task of the body, the same code, project and title)."""
    if any(canonical.get(k) != rendition.get(k) for k in ("code", "project", "title")):
        return False
    left = {role: _left_out(canonical.get(role) or [], rendition.get(role) or [])
            for role in ("lead_agencies", "partner_agencies")}
    if any(v is None for v in left.values()) or not any(left.values()):
        return False
    title = _folded(canonical.get("title"))
    for plan in PLANS:
        found = [lines for code, t, lines in _body_tasks(plan) if code == canonical.get("code") and _folded(t) == title]
        if not found:
            continue
        body = _folded(" ".join(found[0]))
        rows = _rows_of(plan, canonical["code"], title)
        cells = {"lead_agencies": " | ".join(t.lead for t in rows),
                 "partner_agencies": " | ".join(t.partner for t in rows)}
        return all(_folded(n) in _folded(cells[role]) and _folded(n) not in body
                   for role, names in left.items() for n in names)
    return False


def from_task_table_only(canonical: dict | None, rendition: dict | None) -> bool:
    """An activity the rendition lacks that only a task table gives, or the canonical
    activity with the agencies only a task-table row adds left out; never an activity the
    canonical record lacks."""
    if canonical is None:
        return False
    return table_only(canonical) if rendition is None else lost_table_agencies(canonical, rendition)
