"""Fields that link records across documents: the issuer's places (normalizers.places),
the agencies' keys and the plan key (normalizers.keys). They read what the other field
extractors found; none of them reads the document's layout.
"""

from __future__ import annotations

import bisect
import functools
import re

from normalizers.keys import agency_key, plan_key
from normalizers.places import IssuerPlace, issuer_place


def place_of_issuer(header: dict, text: str) -> IssuerPlace:
    """The issuer's pre-2025 province and district and today's province, from the header's
    issuer, place line and date (and the places the text names, where they decide)."""
    issuer = header["issuer"]
    return issuer_place(issuer.get("name"), issuer.get("level"), issuer.get("locality"), place=header.get("place"),
                        text=text, issued=header.get("issued_date"))


def _code(value: str | None) -> int | None:
    return int(value) if value else None


def issuer_columns(place: IssuerPlace) -> dict:
    """The record's issuer fields for a place (see models.Issuer)."""
    c = place.columns()
    return {"province": c["issuer_province"], "province_code": _code(c["issuer_province_code"]),
            "district": c["issuer_district"], "district_code": _code(c["issuer_district_code"]),
            "province_2025": c["issuer_province_2025"], "province_2025_code": _code(c["issuer_province_2025_code"])}


@functools.lru_cache(maxsize=8192)
def _agency_key(name: str, place: IssuerPlace, definitions: tuple[tuple[str, str], ...]) -> str:
    """agency_key, remembered: the same bodies recur across the plans of one province (a
    pure function of its arguments)."""
    return agency_key(name, place, dict(definitions)) or name


def agency_keys(agencies: list[dict], place: IssuerPlace, definitions: dict[str, str]) -> list[str]:
    """Each agency's key across documents ("Sở Y tế | Lâm Đồng"); an agency the key cannot
    be made for keeps its name as its key."""
    out = []
    frozen = tuple(sorted(definitions.items()))
    for a in agencies:
        try:
            out.append(_agency_key(a["name"], place, frozen))
        except Exception:  # one odd name costs its key, not the others'
            out.append(a["name"])
    return out


def document_plan_key(fields: dict, text: str, text_sha256: str) -> str:
    """One key per issued plan: from number, issuer and date, else from the prose, else from
    the normalized text itself (a table with no sentence, as a dataset's annex chunk is:
    nothing to match it on but the text, which byte-level variants of it share: line ends,
    Unicode forms, tone-mark placement)."""
    try:
        key = plan_key(fields["number"], fields["issuer"], fields["issued_date"], text, normalized=True)
    except Exception:  # a bug in the key costs the match with other renditions, not the record
        key = None
    return key or f"d:{text_sha256[:16]}"


# a sum of the plan, not of the task it is written under: "Tổng kinh phí ...", "... thực hiện Kế hoạch"
_PLAN_SUM = re.compile(r"^\W*tổng\b|\bkế hoạch này\b|\bthực hiện kế hoạch\b|\btoàn bộ\b", re.I)


def scope_by_activity(statements: list[dict], activities: list[dict], text: str) -> None:
    """A sum written inside a task's block ("Hoạt động 2: ..." over "- Kinh phí: 35 triệu
    đồng") is the task's: its scope, where the prose gave it none of its own ("total"),
    becomes the task's code. A line that states the plan's sum keeps "total"."""
    spans = sorted((a["span"]["start"], a["span"]["end"], a["code"]) for a in activities
                   if a.get("code") and a.get("span"))
    starts = [s[0] for s in spans]
    for st in statements:
        if st["scope"] != "total" or not spans:
            continue
        at = st["span"]["start"]
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or not spans[k][0] <= at < spans[k][1]:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if _PLAN_SUM.search(text[line_start: at]):
            continue
        st["scope"] = spans[k][2]
