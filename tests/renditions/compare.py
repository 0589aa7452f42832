"""Compare two document records field by field and say precisely where they differ.

`summary(record)` keeps the fields a reader checks (header, recipients, legal bases,
objectives, activities with agencies, responsibilities, budget statements and items), each
as a list of flat items. `compare(a, b)` pairs the items of each field (by a loose key,
in order, the way a person would line them up), then compares every attribute of every
pair; an item with no partner is reported as missing or extra. A difference that an
`Allowance` covers (a loss the rendition itself causes, named with its reason) is kept
but marked allowed, so the report shows it and the test ignores it."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Callable, Iterable

FIELDS = ("header", "recipients", "legal_bases", "objectives", "activities", "responsibilities",
          "budget.statements", "budget.items")

# attributes of each field that hold free text (names, titles, labels) as written
TEXT_ATTRS = {
    "header": ("issuer.name", "place", "title", "signer.name", "signer.title", "signer.authority"),
    "recipients": ("name",),
    "legal_bases": ("issuer",),
    "objectives": ("text",),
    "activities": ("title", "lead_agencies", "partner_agencies"),
    "responsibilities": ("agency",),
    "budget.statements": ("scope",),
    "budget.items": ("row_label",),
}


def summary(record: dict) -> dict[str, list[dict]]:
    """The compared fields of a document record, each a list of flat dicts (the header is
    one item)."""
    issuer, period, signer = record.get("issuer") or {}, record.get("period") or {}, record.get("signer") or {}
    budget = record.get("budget") or {}
    return {
        "header": [{
            "doc_type": record.get("doc_type"), "number": record.get("number"),
            "issuer.name": issuer.get("name"), "issuer.level": issuer.get("level"),
            "issuer.locality": issuer.get("locality"), "place": record.get("place"),
            "issued_date": record.get("issued_date"), "title": record.get("title"),
            "period.start_year": period.get("start_year"), "period.end_year": period.get("end_year"),
            "signer.name": signer.get("name"), "signer.title": signer.get("title"),
            "signer.authority": signer.get("authority"),
        }],
        "recipients": [{"name": r} for r in record.get("recipients") or []],
        "legal_bases": [{k: b.get(k) for k in ("relation", "doc_type", "number", "issued_date", "issuer")}
                        for b in record.get("legal_bases") or []],
        "objectives": [{"kind": o.get("kind"), "target_year": o.get("target_year"), "text": o.get("text"),
                        "targets": [[t.get("value"), t.get("value_high"), t.get("unit"), t.get("bound")]
                                    for t in o.get("targets") or []]}
                       for o in record.get("objectives") or []],
        "activities": [{k: a.get(k) for k in ("code", "project", "title", "lead_agencies", "partner_agencies")}
                       for a in record.get("activities") or []],
        "responsibilities": [{"agency": r.get("agency")} for r in record.get("responsibilities") or []],
        "budget.statements": [{k: s.get(k) for k in ("scope", "source", "year", "amount_vnd", "flags")}
                              for s in budget.get("statements") or []],
        # "table" (t1, t2 ...) names the row in a report; it is not compared
        "budget.items": [{k: i.get(k) for k in ("table", "row_code", "row_label", "row_kind", "year", "source",
                                                  "amount_vnd", "flags")}
                         for i in budget.get("items") or []],
    }


NOT_COMPARED = {"table"}


def loose(value: Any, limit: int = 40) -> str:
    """Letters and digits only, casefolded, NFC, cut to `limit`: a key that survives
    spacing, punctuation and hyphenation changes ("Lao động- Thương" ~ "Lao động - Thương")."""
    text = unicodedata.normalize("NFC", "" if value is None else str(value)).casefold()
    return "".join(ch for ch in text if ch.isalnum())[:limit]


# the key that pairs an item with its counterpart, and the label that names it in a report
KEYS: dict[str, Callable[[dict], tuple]] = {
    "header": lambda x: (),
    "recipients": lambda x: (loose(x["name"]),),
    "legal_bases": lambda x: (loose(x["number"]) or (x["doc_type"], x["issued_date"]),),
    "objectives": lambda x: (loose(x["text"]),),
    "activities": lambda x: (x["code"], loose(x["title"], 30)),
    "responsibilities": lambda x: (loose(x["agency"]),),
    "budget.statements": lambda x: (loose(x["scope"]), x["source"], x["year"]),
    "budget.items": lambda x: (x["row_code"], loose(x["row_label"], 30), x["year"], x["source"]),
}


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


LABELS: dict[str, Callable[[dict], str]] = {
    "header": lambda x: "",
    "recipients": lambda x: _clip(x["name"] or ""),
    "legal_bases": lambda x: x["number"] or f"{x['doc_type']} {x['issued_date']}",
    "objectives": lambda x: _clip(x["text"] or "", 50),
    "activities": lambda x: f"{x['code']} {_clip(x['title'] or '', 40)}",
    "responsibilities": lambda x: _clip(x["agency"] or ""),
    "budget.statements": lambda x: f"{x['scope']} / {x['source']} / {x['year'] or 'all years'}",
    "budget.items": lambda x: f"{x['table']} {x['row_code'] or '-'} {_clip(x['row_label'] or '', 40)}",  # the row
}


def _cell(field: str, x: dict) -> str:
    """A budget item's column within its row ("2018/central"); "" for other fields."""
    return f"{x['year'] or 'all years'}/{x['source']}" if field == "budget.items" else ""


# in an Allowance's `fields`, the attribute that names a whole item with no counterpart
WHOLE_ITEM = "(whole item)"


@dataclass(frozen=True)
class Allowance:
    """A difference a rendition may show because it lost the information itself: in
    `fields` (field -> attributes), for renditions of `kinds`, wherever `same(canonical,
    rendition)` holds for the two values, or for each pair of names of two name lists.
    The attribute WHOLE_ITEM covers an item with no counterpart: `same` is then given the
    canonical item and the rendition's (one of them None). With `whole`, `same` is given
    the two items for an attribute's difference too (what the rendition may lose depends on
    the item: an agency a task table adds to a task, not one its body text states)."""
    name: str  # short, shown with each difference it covers
    kinds: frozenset[str]
    fields: dict[str, tuple[str, ...]]
    same: Callable[[Any, Any], bool]
    reason: str
    whole: bool = False

    def covers(self, kind: str, field: str, attr: str | None, a: Any, b: Any,
               items: tuple[dict, dict] | None = None) -> bool:
        if kind not in self.kinds:
            return False
        if attr is None:
            return WHOLE_ITEM in self.fields.get(field, ()) and self._same(a, b)
        if attr not in self.fields.get(field, ()):
            return False
        if self.whole:
            return items is not None and self._same(*items)
        if self._same(a, b):
            return True
        if isinstance(a, list) and isinstance(b, list):  # a list of names: name by name
            return len(a) == len(b) and all(x == y or self._same(x, y) for x, y in zip(a, b))
        return False

    def _same(self, a: Any, b: Any) -> bool:
        try:
            return bool(self.same(a, b))
        except (TypeError, AttributeError):  # e.g. a None where a string was expected
            return False


@dataclass(frozen=True)
class Difference:
    field: str
    item: str  # the item's label ("" for the header; a budget item's row)
    attr: str | None  # None: the whole item has no counterpart
    canonical: Any  # None for an item only in the rendition
    rendition: Any  # None for an item only in the canonical record
    allowed: str | None = None  # the name of the allowance that covers it
    cell: str = ""  # a budget item's column in its row: "2018/central", "all years/total"

    def __str__(self) -> str:
        return _line(self, [self.cell] if self.cell else [])


def _line(d: Difference, cells: list[str]) -> str:
    """One difference, or several that differ only in their budget cell (`cells`)."""
    where = d.field + (f" [{d.item}]" if d.item else "")
    if d.attr is None:
        side = "only in canonical" if d.rendition is None else "only in rendition"
        item = d.canonical if d.rendition is None else d.rendition
        allowed = f"  (allowed: {d.allowed})" if d.allowed else ""
        if d.field == "budget.items":
            return f"{where}: {side}: {', '.join(cells)}{allowed}"
        return f"{where}: {side}: {_flat(item)}{allowed}"
    a, b = _pair(d.canonical, d.rendition)
    line = f"{where} {d.attr}: canonical {a} | rendition {b}"
    if cells:
        line += f" (in {cells[0]})" if len(cells) == 1 else f" (in {len(cells)} cells: {', '.join(cells)})"
    return line + (f"  (allowed: {d.allowed})" if d.allowed else "")


def _show(value: Any, limit: int = 90) -> str:
    return repr(_clip(value, limit)) if isinstance(value, str) else _clip(repr(value), limit)


def _flat(item: dict) -> str:
    return "{" + ", ".join(f"{k}: {_show(v, 70)}" for k, v in item.items()) + "}"


def _pair(a: Any, b: Any, context: int = 30, limit: int = 90) -> tuple[str, str]:
    """Two values as shown side by side; long strings are cut around their first difference."""
    if not (isinstance(a, str) and isinstance(b, str)) or max(len(a), len(b)) <= limit:
        return _show(a, 200), _show(b, 200)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    cut = max(0, start - context)

    def window(s: str) -> str:
        part = s[cut: cut + limit]
        return repr(("…" if cut else "") + part + ("…" if cut + limit < len(s) else ""))
    return window(a), window(b)


# a weaker key, to pair items inside a stretch where the keys disagree (a label read
# differently, a code lost): what usually survives such a change
WEAK_KEYS: dict[str, Callable[[dict], tuple]] = {
    "header": lambda x: (),
    "recipients": lambda x: (loose(x["name"], 12),),
    "legal_bases": lambda x: (x["doc_type"], x["issued_date"]),
    "objectives": lambda x: (loose(x["text"], 15),),
    "activities": lambda x: (x["code"] or loose(x["title"], 15),),
    "responsibilities": lambda x: (loose(x["agency"], 12),),
    "budget.statements": lambda x: (x["source"], x["year"], x["amount_vnd"]),
    "budget.items": lambda x: (x["year"], x["source"], x["amount_vnd"]),
}
LIKENESS_LIMIT = 400  # pairs of items compared by likeness in one stretch, at most


def _similar(a: dict, b: dict) -> float:
    return SequenceMatcher(None, repr(list(a.values())), repr(list(b.values())), autojunk=False).ratio()


def align(field: str, a: list[dict], b: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pairs (canonical item, rendition item) in order; None where an item has no partner.
    Items pair when their keys agree (a longest in-order matching); inside a stretch where
    the keys disagree, they pair by a weaker key the same way, and what is left of a small
    stretch pairs by overall likeness (>= 0.6); the rest stay alone."""
    return _align(a, b, [KEYS[field], WEAK_KEYS[field]])


def _align(a: list[dict], b: list[dict], keys: list[Callable[[dict], tuple]]) -> list[tuple[dict | None, dict | None]]:
    if not keys:
        return _by_likeness(a, b)
    key, weaker = keys[0], keys[1:]
    ka, kb = [key(x) for x in a], [key(x) for x in b]
    pairs: list[tuple[dict | None, dict | None]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if op == "equal":
            pairs += list(zip(a[i1:i2], b[j1:j2]))
        else:
            pairs += _align(a[i1:i2], b[j1:j2], weaker)
    return pairs


def _by_likeness(a: list[dict], b: list[dict]) -> list[tuple[dict | None, dict | None]]:
    matched: dict[int, int] = {}
    if len(a) * len(b) <= LIKENESS_LIMIT:
        scored = sorted((-_similar(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b))
        for score, i, j in scored:
            if -score >= 0.6 and i not in matched and j not in matched.values():
                matched[i] = j
    used = set(matched.values())
    return ([(x, b[matched[i]]) if i in matched else (x, None) for i, x in enumerate(a)]
            + [(None, y) for j, y in enumerate(b) if j not in used])


def compare(canonical: dict, rendition: dict, kind: str = "",
            allowances: Iterable[Allowance] = ()) -> list[Difference]:
    """Every difference between two records' summaries, field by field, each marked with
    the allowance (for renditions of `kind`) that covers it, if any."""
    allowances = tuple(allowances)
    sa, sb = summary(canonical), summary(rendition)
    out: list[Difference] = []
    for field in FIELDS:
        label = LABELS[field]
        for x, y in align(field, sa[field], sb[field]):
            if x is None or y is None:
                only = x or y
                cell = _cell(field, only)
                if cell:  # name the cell by its amount too: "2018/central 22200000000"
                    cell += f" {only['amount_vnd']}"
                reason = next((al.name for al in allowances if al.covers(kind, field, None, x, y)), None)
                out.append(Difference(field, label(only), None, x, y, reason, cell=cell))
                continue
            for attr in x:
                if x[attr] == y[attr] or attr in NOT_COMPARED:
                    continue
                reason = next((al.name for al in allowances
                               if al.covers(kind, field, attr, x[attr], y[attr], (x, y))), None)
                out.append(Difference(field, label(x), attr, x[attr], y[attr], reason, _cell(field, x)))
    return out


def grouped(diffs: list[Difference]) -> list[str]:
    """Report lines: differences in one budget row that agree but for their cell, on one line."""
    groups: dict[tuple, list[Difference]] = {}
    for d in diffs:
        same = (d.field, d.item, d.attr, d.allowed, d.canonical is None) if d.attr is None \
            else (d.field, d.item, d.attr, d.allowed, repr(d.canonical), repr(d.rendition))
        groups.setdefault(same if d.cell else (id(d),), []).append(d)
    return [_line(ds[0], [d.cell for d in ds if d.cell]) for ds in groups.values()]


def report(diffs: list[Difference], limit: int = 60) -> str:
    """A readable account: the count per field, then the differences (up to `limit` lines,
    budget cells of one row that differ alike on one line); allowed ones are only counted."""
    real = [d for d in diffs if not d.allowed]
    allowed = Counter(d.allowed for d in diffs if d.allowed)
    counts = {f: sum(d.field == f for d in real) for f in FIELDS}
    lines = grouped(real)
    head = [f"{len(real)} difference(s) from the canonical record: "
            + (", ".join(f"{f} {n}" for f, n in counts.items() if n) or "none")
            + "".join(f"; {n} allowed ({name})" for name, n in allowed.items())]
    more = [f"  ... and {len(lines) - limit} more lines"] if len(lines) > limit else []
    return "\n".join(head + [f"  {line}" for line in lines[:limit]] + more)
