"""Fields that link records across documents: the issuer's places (normalizers.places),
the agencies' keys and the plan key (normalizers.keys). They read what the other field
extractors found; none of them reads the document's layout.
"""

from __future__ import annotations

import functools

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


def document_plan_key(fields: dict, text: str, doc_id: str) -> str:
    """One key per issued plan: from number, issuer and date, else from the prose, else the
    document's own id (nothing to match it on)."""
    try:
        key = plan_key(fields["number"], fields["issuer"], fields["issued_date"], text, normalized=True)
    except Exception:  # a bug in the key costs the match with other renditions, not the record
        key = None
    return key or f"d:{doc_id}"
