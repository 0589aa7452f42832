"""Every agency named as lead, partner or responsible, canonicalized and deduplicated."""

from __future__ import annotations

from normalizers.agencies import canonical, key


def collect_agencies(activities: list[dict], responsibilities: list[dict], definitions: dict[str, str]) -> list[dict]:
    found: dict[str, dict] = {}
    seen: dict[str, tuple[str, str]] = {}  # written -> (canonical name, key): plans repeat their agencies

    def add(written: str, role: str) -> str:
        if written not in seen:
            name = canonical(written, definitions)
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
