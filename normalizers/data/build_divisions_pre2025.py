"""Rebuild divisions_pre2025.csv (a developer's tool: never run by the pipeline).

The pre-2025 administrative divisions (63 provinces, their districts and communes) as
published by the General Statistics Office (GSO) and packaged in `vietnam-provinces`
0.6.0 (data retrieved 2025-01-04, GPL-3.0-or-later). Version 2025.x of that package
knows only today's units, and the two versions cannot be installed together, so the old
list is kept here as data, unchanged except for the layout:

    level,code,kind,name,parent
    province,62,tỉnh,Kon Tum,
    district,610,thành phố,Kon Tum,62
    commune,23284,phường,Quang Trung,610

`kind` is read from the official name's prefix ("Huyện Đắk Hà" -> huyện, "Đắk Hà"): the
package's own `division_type` field says "tỉnh"/"huyện"/"xã" for every unit. Codes are
written as the GSO writes them (2, 3 and 5 digits, zero-padded).

    python normalizers/data/build_divisions_pre2025.py [--wheel vietnam_provinces-0.6.0-py3-none-any.whl]

Without --wheel the wheel is fetched with `pip download` (the ordinary client) into a
temporary folder, and its sha256 is checked against the one recorded in
divisions_pre2025.yaml.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
WHEEL_SHA256 = "4b5772870efdcb7c58a64fbdc0e0c9ce497e67017a0c189dff99582ddadb7815"
KINDS = ("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "phường", "xã")
WIDTH = {"province": 2, "district": 3, "commune": 5}


def split_kind(official: str) -> tuple[str, str]:
    """"Huyện Ia H' Drai" -> ("huyện", "Ia H' Drai")."""
    low = official.lower()
    for kind in KINDS:
        if low.startswith(kind + " "):
            return kind, official[len(kind) + 1:].strip()
    raise ValueError(f"no kind in {official!r}")


def rows(nested: list[dict]) -> list[tuple[str, str, str, str, str]]:
    out = []
    for p in nested:
        kind, name = split_kind(p["name"])
        pcode = str(p["code"]).zfill(WIDTH["province"])
        out.append(("province", pcode, kind, name, ""))
        for d in p["districts"]:
            kind, name = split_kind(d["name"])
            dcode = str(d["code"]).zfill(WIDTH["district"])
            out.append(("district", dcode, kind, name, pcode))
            for w in d["wards"]:
                kind, name = split_kind(w["name"])
                out.append(("commune", str(w["code"]).zfill(WIDTH["commune"]), kind, name, dcode))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                            "vietnam-provinces==0.6.0"], check=True)
            wheel = next(Path(tmp).glob("*.whl"))
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if digest != WHEEL_SHA256:
            sys.exit(f"{wheel} has sha256 {digest}, expected {WHEEL_SHA256}")
        with zipfile.ZipFile(wheel) as zf:
            nested = json.loads(zf.read("vietnam_provinces/data/nested-divisions.json"))
    table = rows(nested)
    with open(HERE / "divisions_pre2025.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("level", "code", "kind", "name", "parent"))
        w.writerows(table)
    counts = {level: sum(r[0] == level for r in table) for level in WIDTH}
    print(f"wrote {len(table)} units: {counts}")


if __name__ == "__main__":
    main()
