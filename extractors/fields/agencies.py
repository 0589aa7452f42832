"""Every agency named as lead, partner or responsible, canonicalized and deduplicated."""

from __future__ import annotations

from normalizers.agencies import canonical, key, with_issuer_level


def collect_agencies(activities: list[dict], responsibilities: list[dict], definitions: dict[str, str],
                     issuer: str | None = None) -> list[dict]:
    """The agencies the activities and responsibilities name, each under its canonical name (a bare "các Ban, ngành"
    the issuer's level's, "Các Ban, ngành xã" in a commune's plan: normalizers.agencies.with_issuer_level, round
    G62), its names as written its aliases; the records' names set to the canonical ones."""
    found: dict[str, dict] = {}
    seen: dict[str, tuple[str, str]] = {}  # written -> (canonical name, key): plans repeat their agencies

    def add(written: str, role: str) -> str:
        if written not in seen:
            name = with_issuer_level(canonical(written, definitions), issuer)
            seen[written] = (name, key(name))
        name, name_key = seen[written]
        entry = found.setdefault(name_key, {"name": name, "aliases": [], "roles": [], "mentions": 0})
        if written not in entry["aliases"]:
            entry["aliases"].append(written)
        if role not in entry["roles"]:
            entry["roles"].append(role)
        entry["mentions"] += 1
        return entry["name"]

    for activity in activities:
        activity["lead_agencies"] = [add(a, "lead") for a in activity["lead_agencies"]]
        activity["partner_agencies"] = [add(a, "partner") for a in activity["partner_agencies"]]
    for r in responsibilities:
        r["agency"] = add(r["agency"], "responsible")
    return sorted(found.values(), key=lambda e: e["name"])
