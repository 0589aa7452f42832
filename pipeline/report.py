"""`python -m pipeline report ROOT`: one self-contained HTML page about a published version.

`ROOT/v1/report.html` (or `--out`): the run's summary (manifest.json, run.json), coverage
per field, quality issues by code, budget by province, year and source (the `counted` items
of one rendition per plan), the budget checks that failed with links to their cell, the
errors and skips, and a paginated list of the documents; a document's values open next to
its text with the value's span highlighted. Everything is inline (CSS, JS, SVG, data): no
network is needed to view it. Tables are paginated in the browser and a document's view is
built only when it is opened; texts are embedded for at most `max_texts` documents and
`max_text_chars` characters (documents with failed checks first), the others link to their
files beside the page.

Reads the Parquet datasets with pyarrow (only the columns it needs) and the JSON records and
texts of the embedded documents only, so its cost grows with the corpus's rows, not its texts.
Columns an older output lacks (`counted`, `issuer_province_2025`, `plan_key`) are named on the
page where they would have been used.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from pipeline.export_spacy import record_spans

REPORT_NAME = "report.html"
MAX_TEXTS = 100  # documents whose text and values are embedded
MAX_TEXT_CHARS = 4_000_000  # and at most this many characters of text in all (10,000 documents: a 13.5 MB page)
MAX_FAILED_ROWS = 5000  # failed budget checks listed (all are counted)
PAGE_ROWS = 50
FAILED_FLAGS = ("budget.row_sum_mismatch", "budget.column_sum_mismatch")
SOURCES = {"central": "central budget", "local": "local budget", "mobilized": "mobilized", "other": "other",
           "total": "total (no source split)"}
SOURCE_COLORS = {"central": "#1f6fb2", "local": "#e08a1e", "mobilized": "#3a9a4b", "other": "#8e5bb5",
                 "total": "#8a8a8a"}
NO_PROVINCE = "(province unknown)"
ALL_PROVINCES = "(all provinces)"
COVERAGE = (("number", "number"), ("issuer", "issuer"), ("issued_date", "date"), ("objectives", "objectives"),
            ("activities", "activities"), ("budget", "budget (items or statements)"))
EXTRA_LABELS = {"SECTION": "an outline heading (sections[])", "RESPONSIBILITY": "an agency's duties (responsibilities[])",
                "FOOTNOTE": "a footnote (footnotes[])"}


def _h(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _vnd(n) -> str:
    return "" if n is None else f"{int(n):,}"


def _bn(n) -> str:
    """An amount in billions of đồng (tỷ đồng), for chart labels."""
    return f"{n / 1e9:,.1f}"


def _json_script(el_id: str, value) -> str:
    """Data for the page's script; `<` escaped so no text can end the script element."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).replace("<", "\\u003c")
    return f'<script type="application/json" id="{_h(el_id)}">{data}</script>'


# ---------------------------------------------------------------------------
# reading the version


class Version:
    """A published version's files, read lazily; a missing file or column is None."""

    def __init__(self, root: Path):
        self.base = root / "v1" if (root / "v1").is_dir() else root
        self.manifest = self._json("manifest.json")
        self.run = self._json("run.json")

    def _json(self, name):
        path = self.base / name
        if not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            return None

    def dataset(self, name: str):
        folder = self.base / "parquet" / name
        parts = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
        return ds.dataset([str(p) for p in parts], format="parquet") if parts else None

    def table(self, name: str, columns: list[str]) -> tuple[pa.Table | None, list[str]]:
        """The columns of `name` it has, and the names of those it lacks."""
        dset = self.dataset(name)
        if dset is None:
            return None, columns
        have = set(dset.schema.names)
        return dset.to_table(columns=[c for c in columns if c in have]), [c for c in columns if c not in have]


# ---------------------------------------------------------------------------
# sections


def _summary(v: Version) -> str:
    m, r = v.manifest, v.run or {}
    if m is None:
        return ('<p class="warn" data-k="no-manifest">No manifest.json in this output: the run\'s summary, '
                'errors and skips are unknown. The figures below come from the Parquet tables.</p>')
    counts = m.get("counts", {})
    inputs = m.get("inputs", [])
    rows = [("inputs", "inputs", len(inputs)), ("records", "records", counts.get("record", 0)),
            ("errors", "errors", counts.get("error", 0)), ("duplicates", "duplicates", counts.get("duplicate", 0)),
            ("skipped", "skipped", counts.get("skipped", 0)),
            ("removed", "removed since the last version", len(m.get("removed", [])))]
    fmts = Counter(e.get("format") for e in inputs if e.get("outcome") == "record")
    stages = Counter(e.get("stage") for e in inputs if e.get("outcome") == "error")
    out = ['<div class="cards">']
    for key, label, n in rows:
        out.append(f'<div class="card"><div class="n" data-k="{key}">{n:,}</div><div>{_h(label)}</div></div>')
    out.append("</div><table class=\"kv\">")
    kv = [("pipeline / schema version", f"{m.get('pipeline_version')} / {m.get('schema_version')}"),
          ("version folder", r.get("version")), ("seconds", r.get("seconds")),
          ("executor, workers", f"{r.get('executor')}, {r.get('workers')}" if r else None),
          ("processed / reused", f"{r.get('processed')} / {r.get('reused')}" if r else None),
          ("records by format", ", ".join(f"{k} {n}" for k, n in sorted(fmts.items(), key=lambda kv: str(kv[0])))),
          ("errors by stage", ", ".join(f"{k} {n}" for k, n in sorted(stages.items(), key=lambda kv: str(kv[0])))),
          ("options", ", ".join(f"{k}={val}" for k, val in sorted(m.get("options", {}).items())))]
    out += [f"<tr><th>{_h(k)}</th><td>{_h(val)}</td></tr>" for k, val in kv if val not in (None, "")]
    out.append("</table>")
    parquet = m.get("parquet", {})
    if parquet:
        out.append('<table class="num"><tr><th>Parquet table</th><th>rows</th><th>part files</th></tr>')
        for name, info in parquet.items():
            out.append(f'<tr><td>{_h(name)}</td><td data-k="rows-{_h(name)}">{info.get("rows", 0):,}</td>'
                       f'<td>{len(info.get("files", []))}</td></tr>')
        out.append("</table>")
    return "".join(out)


def _doc_ids(v: Version, name: str) -> set[str]:
    t, _ = v.table(name, ["doc_id"])
    return set(pc.unique(t["doc_id"]).to_pylist()) if t is not None and t.num_rows else set()


def _coverage(v: Version, docs: pa.Table | None) -> str:
    if docs is None or docs.num_rows == 0:
        return '<p class="warn">No documents table.</p>'
    n = docs.num_rows
    ids = docs["doc_id"].to_pylist()
    with_rows = {name: _doc_ids(v, name) for name in ("objectives", "activities", "budget_items", "budget_statements")}
    has = {"number": _nonnull(docs, "number"), "issuer": _nonnull(docs, "issuer_name"),
           "issued_date": _nonnull(docs, "issued_date")}
    for key, tables in (("objectives", ["objectives"]), ("activities", ["activities"]),
                        ("budget", ["budget_items", "budget_statements"])):
        found = set().union(*(with_rows[t] for t in tables))
        has[key] = sum(1 for d in ids if d in found)
    out = [f'<p>Of <b data-k="documents">{n:,}</b> documents (rows of the documents table), how many have:</p>'
           '<table class="num"><tr><th>field</th><th>documents</th><th>share</th><th></th></tr>']
    for key, label in COVERAGE:
        k = has[key]
        pct = 100 * k / n
        out.append(f'<tr data-field="{key}"><td>{_h(label)}</td><td class="n">{k:,}</td><td>{pct:.1f}%</td>'
                   f'<td><div class="bar"><div style="width:{pct:.1f}%"></div></div></td></tr>')
    out.append("</table>")
    return "".join(out)


def _nonnull(t: pa.Table, col: str) -> int:
    return t.num_rows - t[col].null_count if col in t.column_names else 0


def _issues(v: Version) -> str:
    t, _ = v.table("quality_issues", ["doc_id", "code", "severity"])
    if t is None or t.num_rows == 0:
        return '<p data-k="no-issues">No quality issues.</p>'
    g = t.group_by(["code", "severity"]).aggregate([("doc_id", "count"), ("doc_id", "count_distinct")])
    rows = sorted(zip(g["code"].to_pylist(), g["severity"].to_pylist(), g["doc_id_count"].to_pylist(),
                      g["doc_id_count_distinct"].to_pylist()), key=lambda r: (-r[2], r[0], r[1]))
    out = [f'<p><b data-k="issues">{t.num_rows:,}</b> issues in {len(set(t["doc_id"].to_pylist())):,} documents.</p>'
           '<table class="num"><tr><th>code</th><th>severity</th><th>issues</th><th>documents</th></tr>']
    for code, sev, n, docs in rows:
        out.append(f'<tr data-code="{_h(code)}" data-severity="{_h(sev)}"><td><code>{_h(code)}</code></td>'
                   f'<td class="sev-{_h(sev)}">{_h(sev)}</td><td class="n">{n:,}</td><td>{docs:,}</td></tr>')
    out.append("</table>")
    return "".join(out)


# --- budget by province, year and source


def budget_cube(v: Version) -> tuple[list[tuple[str, int | None, str, int]], list[str]]:
    """(province, year, source, amount) sums of the counted items of one document per plan,
    and notes on what the output lacks. Empty with a note when there is no `counted`."""
    notes = []
    items_ds = v.dataset("budget_items")
    if items_ds is None:
        return [], ["This output has no budget_items table."]
    if "counted" not in items_ds.schema.names:
        return [], ["budget_items has no <code>counted</code> column (an output made before the contract of "
                    "issue 13): summing its items would count summary tables and totals twice, so no budget chart "
                    "is drawn. Extract again with the current pipeline."]
    docs, missing = v.table("documents", ["doc_id", "plan_key", "issuer_province_2025"])
    if docs is None:
        return [], ["This output has no documents table."]
    ids = docs["doc_id"].to_pylist()
    keys = docs["plan_key"].to_pylist() if "plan_key" not in missing else [None] * len(ids)
    provinces = docs["issuer_province_2025"].to_pylist() if "issuer_province_2025" not in missing else None
    if "plan_key" in missing:
        notes.append("documents has no <code>plan_key</code> column: the renditions of one plan are counted once each.")
    else:
        notes.append("Each plan is counted once: of the documents that share a <code>plan_key</code>, the one with "
                     "the smallest <code>doc_id</code> (a document without a key stands for itself).")
    if provinces is None:
        notes.append("documents has no <code>issuer_province_2025</code> column: all amounts are shown under "
                     f"{_h(ALL_PROVINCES)}.")
    pick: dict[str, str] = {}
    for d, k in zip(ids, keys):
        k = k or f"doc:{d}"
        if k not in pick or d < pick[k]:
            pick[k] = d
    chosen = set(pick.values())
    province_of = {d: (provinces[i] or NO_PROVINCE) if provinces is not None else ALL_PROVINCES
                   for i, d in enumerate(ids)}
    items = items_ds.to_table(columns=["doc_id", "year", "source", "amount_vnd"], filter=ds.field("counted") == True)  # noqa: E712
    sums: Counter = Counter()
    for d, y, s, a in zip(*(items[c].to_pylist() for c in ("doc_id", "year", "source", "amount_vnd"))):
        if d in chosen and a is not None:
            sums[(province_of.get(d, NO_PROVINCE), y, s)] += a
    return sorted(((p, y, s, a) for (p, y, s), a in sums.items()),
                  key=lambda r: (r[0], r[1] is None, r[1] or 0, r[2])), notes


def _year_label(y) -> str:
    return "no year" if y is None else str(y)


def _heatmap(cube) -> str:
    """Province × year, one cell per sum, darker for more."""
    by_py: Counter = Counter()
    for p, y, _s, a in cube:
        by_py[(p, y)] += a
    totals: Counter = Counter()
    for (p, _y), a in by_py.items():
        totals[p] += a
    provinces = sorted(totals, key=lambda p: (-totals[p], p))
    years = sorted({y for _p, y in by_py}, key=lambda y: (y is None, y or 0))
    top = max(by_py.values()) if by_py else 1
    lw, cw, ch, hh = 190, 78, 24, 26
    width, height = lw + cw * (len(years) + 1), hh + ch * len(provinces)
    out = [f'<svg class="chart" id="chart-province-year" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="budget by province and year">']
    for j, y in enumerate(years + ["total"]):
        out.append(f'<text x="{lw + cw * j + cw / 2}" y="17" text-anchor="middle" class="ax">'
                   f'{_h(_year_label(y) if y != "total" else "total")}</text>')
    for i, p in enumerate(provinces):
        yy = hh + ch * i
        out.append(f'<text x="{lw - 6}" y="{yy + 16}" text-anchor="end" class="ax">{_h(p[:28])}</text>')
        for j, y in enumerate(years):
            a = by_py.get((p, y))
            if a is None:
                continue
            shade = 0.15 + 0.85 * (a / top) ** 0.5 if top > 0 else 0.15
            out.append(f'<rect class="cell" x="{lw + cw * j + 1}" y="{yy + 1}" width="{cw - 2}" height="{ch - 2}" '
                       f'fill="rgba(31,111,178,{shade:.3f})" data-province="{_h(p)}" data-year="{"" if y is None else y}" '
                       f'data-amount="{a}"><title>{_h(p)}, {_h(_year_label(y))}: {_vnd(a)} VND</title></rect>')
            out.append(f'<text x="{lw + cw * j + cw / 2}" y="{yy + 16}" text-anchor="middle" '
                       f'class="{"lt" if shade > 0.6 else "dk"}">{_bn(a)}</text>')
        out.append(f'<text x="{lw + cw * len(years) + cw / 2}" y="{yy + 16}" text-anchor="middle" class="dk" '
                   f'data-province-total="{_h(p)}" data-amount="{totals[p]}">{_bn(totals[p])}</text>')
    out.append("</svg>")
    return "".join(out)


def _source_bars(cube) -> str:
    """Year on x, stacked by source."""
    by_ys: Counter = Counter()
    for _p, y, s, a in cube:
        by_ys[(y, s)] += a
    years = sorted({y for y, _s in by_ys}, key=lambda y: (y is None, y or 0))
    sources = [s for s in SOURCES if any(k[1] == s for k in by_ys)] + sorted({s for _y, s in by_ys} - set(SOURCES))
    year_tot = {y: sum(a for (yy, _s), a in by_ys.items() if yy == y) for y in years}
    top = max([t for t in year_tot.values() if t > 0], default=1)
    bw, gap, h, left, base = 56, 22, 220, 70, 240
    width = left + (bw + gap) * len(years) + 20
    out = [f'<svg class="chart" id="chart-year-source" width="{width}" height="{base + 30}" '
           f'viewBox="0 0 {width} {base + 30}" role="img" aria-label="budget by year and source">',
           f'<line x1="{left - 4}" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#999"/>']
    for k in range(5):
        val = top * k / 4
        yy = base - h * k / 4
        out.append(f'<text x="{left - 8}" y="{yy + 4}" text-anchor="end" class="ax">{_bn(val)}</text>')
    for i, y in enumerate(years):
        x = left + (bw + gap) * i
        acc = 0.0
        for s in sources:
            a = by_ys.get((y, s))
            if not a:
                continue
            hgt = h * a / top if a > 0 else 0
            acc += hgt
            out.append(f'<rect class="seg" x="{x}" y="{base - acc:.2f}" width="{bw}" height="{hgt:.2f}" '
                       f'fill="{SOURCE_COLORS.get(s, "#555")}" data-year="{"" if y is None else y}" data-source="{_h(s)}" '
                       f'data-amount="{a}"><title>{_h(_year_label(y))}, {_h(SOURCES.get(s, s))}: {_vnd(a)} VND</title></rect>')
        out.append(f'<text x="{x + bw / 2}" y="{base + 16}" text-anchor="middle" class="ax">{_h(_year_label(y))}</text>')
        out.append(f'<text x="{x + bw / 2}" y="{base - acc - 4:.2f}" text-anchor="middle" class="ax">{_bn(year_tot[y])}</text>')
    out.append("</svg>")
    legend = "".join(f'<span class="key"><i style="background:{SOURCE_COLORS.get(s, "#555")}"></i>{_h(SOURCES.get(s, s))}</span>'
                     for s in sources)
    return "".join(out) + f'<div class="legend">{legend}</div>'


def _budget(v: Version) -> str:
    cube, notes = budget_cube(v)
    out = [f'<p class="note">{n}</p>' for n in notes]
    if not cube:
        if v.dataset("budget_items") is not None and "counted" in v.dataset("budget_items").schema.names:
            out.append('<p data-k="no-budget">No counted budget items.</p>')
        return "".join(out)
    total = sum(a for *_x, a in cube)
    out.append(f'<p>Counted items (<code>budget_items WHERE counted</code>), in billions of đồng (tỷ đồng); '
               f'total <b data-k="budget-total" data-amount="{total}">{_vnd(total)}</b> VND.</p>')
    out.append("<h3>By province (today's, after the 2025 merger) and year</h3>" + _heatmap(cube))
    out.append("<h3>By year and source</h3>" + _source_bars(cube))
    out.append('<details><summary>The numbers (province, year, source)</summary><table class="num" id="cube">'
               "<tr><th>province</th><th>year</th><th>source</th><th>VND</th></tr>")
    out += [f'<tr><td>{_h(p)}</td><td>{_h(_year_label(y))}</td><td>{_h(s)}</td><td>{_vnd(a)}</td></tr>'
            for p, y, s, a in cube]
    out.append("</table></details>")
    return "".join(out)


def failed_checks(v: Version) -> tuple[list[list], int]:
    """Budget items flagged by a row or column sum check: (rows, how many in all)."""
    cols = ["doc_id", "table", "row_code", "row_label", "year", "source", "raw", "amount_vnd", "flags",
            "span_start", "span_end"]
    dset = v.dataset("budget_items")
    if dset is None or "flags" not in dset.schema.names:
        return [], 0
    flags = dset.to_table(columns=["flags"])["flags"].combine_chunks()  # one column over every item; the rest for the hits only
    hit = pc.is_in(pc.list_flatten(flags), value_set=pa.array(FAILED_FLAGS))
    idx = pc.unique(pc.filter(pc.list_parent_indices(flags), hit))
    n = len(idx)
    have = set(dset.schema.names)
    sel = dset.take(idx.slice(0, MAX_FAILED_ROWS), columns=[c for c in cols if c in have])
    data = {c: (sel[c].to_pylist() if c in sel.column_names else [None] * sel.num_rows) for c in cols}
    rows = [[data[c][i] for c in cols] for i in range(sel.num_rows)]
    rows.sort(key=lambda r: (r[0], r[1] or "", r[9] if r[9] is not None else -1))
    return rows, n


def _failed(rows: list[list], total: int) -> str:
    if not total:
        return '<p>No budget check failed: <span data-k="failed-checks">0</span> items flagged.</p>'
    shown = "" if total <= len(rows) else f" (the first {len(rows):,} are listed)"
    return (f'<p><b data-k="failed-checks">{total:,}</b> budget items carry <code>budget.row_sum_mismatch</code> '
            f'or <code>budget.column_sum_mismatch</code>{shown}: the row\'s total differs from its parts, or the '
            'column\'s parent from its children. Each links to its cell in the document\'s text.</p>'
            '<div id="failed-table"></div>' + _json_script("data-failed", rows))


def _errors(v: Version) -> str:
    if v.manifest is None:
        return ""
    inputs = v.manifest.get("inputs", [])
    errors = [[e.get("path"), e.get("format"), e.get("stage"), e.get("error_type"), e.get("message"), e.get("error")]
              for e in inputs if e.get("outcome") == "error"]
    skipped = [[e.get("path"), e.get("reason")] for e in inputs if e.get("outcome") == "skipped"]
    out = [f'<p><span data-k="errors-listed">{len(errors):,}</span> inputs are error records and '
           f'<span data-k="skipped-listed">{len(skipped):,}</span> were skipped.</p>']
    if errors:
        out.append('<h3>Errors</h3><div id="errors-table"></div>' + _json_script("data-errors", errors))
    if skipped:
        out.append('<h3>Skipped</h3><div id="skipped-table"></div>' + _json_script("data-skipped", skipped))
    return "".join(out)


# --- documents


def _doc_rows(v: Version, docs: pa.Table | None) -> list[list]:
    if docs is None:
        return []
    issues = Counter()
    qi, _ = v.table("quality_issues", ["doc_id"])
    if qi is not None:
        issues.update(qi["doc_id"].to_pylist())
    cols = ["doc_id", "source_path", "source_format", "number", "issuer_name", "issued_date",
            "issuer_province_2025", "activity_count", "budget_total_vnd"]
    data = {c: docs[c].to_pylist() if c in docs.column_names else [None] * docs.num_rows for c in cols}
    rows = []
    for i in range(docs.num_rows):
        r = [data[c][i] for c in cols]
        r[5] = r[5].isoformat() if isinstance(r[5], dt.date) else r[5]
        rows.append(r + [issues.get(r[0], 0)])
    rows.sort(key=lambda r: (r[1] or "", r[0]))
    return rows


def _value_text(record: dict, path: str, value: str) -> str:
    """What a value is, for the document view (a budget cell with its reading, row and column)."""
    if path.startswith("budget.items["):
        i = record["budget"]["items"][int(path[13:-1])]
        where = ", ".join(str(x) for x in (i.get("row_code"), i.get("year") or "all years", i.get("source")) if x)
        flags = f" [{', '.join(i['flags'])}]" if i.get("flags") else ""
        return f"{i['table']}: {_vnd(i.get('amount_vnd'))} VND ({where}){flags}"
    if path.startswith("budget.statements["):
        s = record["budget"]["statements"][int(path[18:-1])]
        return f"{s.get('scope')}, {s.get('source')}, {s.get('year') or 'all years'}: {_vnd(s.get('amount_vnd'))} VND"
    return value


def doc_payload(record: dict, text: str) -> dict:
    """A document's values with their spans, for the page's document view."""
    values = [[lab.label, lab.path, _value_text(record, lab.path, lab.value)[:200], lab.start, lab.end]
              for lab in record_spans(record, text)]  # the view shows 200 characters; the span holds the rest
    for n, s in enumerate(record.get("sections") or []):
        values.append(["SECTION", f"sections[{n}]", f"{s['label']} {s['heading']}", s["span"]["start"], s["span"]["end"]])
    for n, r in enumerate(record.get("responsibilities") or []):
        values.append(["RESPONSIBILITY", f"responsibilities[{n}]", r["agency"], r["span"]["start"], r["span"]["end"]])
    for n, f in enumerate(record.get("footnotes") or []):
        if f.get("span"):
            values.append(["FOOTNOTE", f"footnotes[{n}]", f"{f['marker']}: {f['text']}", f["span"]["start"], f["span"]["end"]])
    iss, per, sig = record.get("issuer") or {}, record.get("period") or {}, record.get("signer") or {}
    meta = [["doc_id", record.get("doc_id")], ["path", (record.get("source") or {}).get("path")],
            ["format", (record.get("source") or {}).get("format")], ["type", record.get("doc_type")],
            ["number", record.get("number")], ["issuer", iss.get("name")], ["level", iss.get("level")],
            ["province (2025)", iss.get("province_2025")], ["date", record.get("issued_date")],
            ["title", record.get("title")], ["period", f"{per.get('start_year')}–{per.get('end_year')}" if per.get("start_year") else None],
            ["signer", ", ".join(x for x in (sig.get("name"), sig.get("title")) if x) or None],
            ["plan_key", record.get("plan_key")],
            ["issues", "; ".join(f"{q['code']}: {q['message']}" for q in (record.get("quality") or {}).get("issues", [])) or None]]
    return {"meta": [m for m in meta if m[1]], "text": text, "values": values}


def _embedded(v: Version, doc_rows: list[list], failed: list[list], max_texts: int, max_chars: int) -> tuple[list[str], str]:
    """The documents whose text goes into the page (failed checks first), as script elements."""
    order = list(dict.fromkeys([r[0] for r in failed] + [r[0] for r in doc_rows]))
    scripts, chars, ids = [], 0, []
    for doc_id in order:
        if len(ids) >= max_texts:
            break
        rec_path, text_path = v.base / "documents" / f"{doc_id}.json", v.base / "text" / f"{doc_id}.txt"
        if not rec_path.is_file() or not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8", errors="replace")
        if chars + len(text) > max_chars:
            continue
        try:
            record = json.loads(rec_path.read_text(encoding="utf-8"))
            payload = doc_payload(record, text)
        except (ValueError, KeyError, TypeError, IndexError) as exc:  # a damaged record costs its view only
            payload = {"meta": [["doc_id", doc_id], ["problem", f"record unreadable: {exc}"]], "text": text, "values": []}
        chars += len(text)
        ids.append(doc_id)
        scripts.append(_json_script(f"d-{doc_id}", payload))
    return ids, "".join(scripts)


# ---------------------------------------------------------------------------
# the page


def build_report(root: Path, out: Path | None = None, max_texts: int = MAX_TEXTS,
                 max_text_chars: int = MAX_TEXT_CHARS) -> Path:
    v = Version(root)
    out = out or v.base / REPORT_NAME
    docs, _ = v.table("documents", ["doc_id", "source_path", "source_format", "number", "issuer_name", "issued_date",
                                    "issuer_province_2025", "activity_count", "budget_total_vnd"])
    doc_rows = _doc_rows(v, docs)
    has_province = docs is not None and "issuer_province_2025" in docs.column_names
    failed, n_failed = failed_checks(v)
    embedded, doc_scripts = _embedded(v, doc_rows, failed, max_texts, max_text_chars)
    emb = set(embedded)
    for r in doc_rows:
        r.append(r[0] in emb)
    labels = {**_labels(), **EXTRA_LABELS}
    limit_note = (f'Texts are embedded for <b data-k="embedded">{len(embedded):,}</b> of {len(doc_rows):,} documents '
                  f"(at most {max_texts:,} documents and {max_text_chars:,} characters, so the page stays small for a "
                  "large corpus; documents with failed budget checks first, then by path; "
                  "<code>--max-texts</code> changes it). The others link to their files beside this page "
                  "(<code>documents/&lt;doc_id&gt;.json</code>, <code>text/&lt;doc_id&gt;.txt</code>).")
    title = f"vn-plan-extract report: {v.base.resolve().name}"
    made = (v.run or {}).get("version") or ""
    body = f"""<header><h1>{_h(title)}</h1><p class="sub">{_h(str(v.base))} {_h(made)}</p>
<nav><a href="#summary">Summary</a> <a href="#coverage">Coverage</a> <a href="#issues">Quality issues</a>
<a href="#budget">Budget</a> <a href="#failed">Failed checks</a> <a href="#errors">Errors</a>
<a href="#documents">Documents</a></nav></header>
<main>
<section id="summary"><h2>Summary</h2>{_summary(v)}</section>
<section id="coverage"><h2>Coverage per field</h2>{_coverage(v, docs)}</section>
<section id="issues"><h2>Quality issues by code</h2>{_issues(v)}</section>
<section id="budget"><h2>Budget by province, year and source</h2>{_budget(v)}</section>
<section id="failed"><h2>Budget checks that failed</h2>{_failed(failed, n_failed)}</section>
<section id="errors"><h2>Errors and skipped inputs</h2>{_errors(v) or '<p>No manifest: unknown.</p>'}</section>
<section id="documents"><h2>Documents</h2><p class="note" id="limit-note">{limit_note}</p>
<div id="docs-table"></div></section>
<section id="docview" hidden><h2>Document</h2><div id="docview-body"></div></section>
</main>
{_json_script("data-docs", doc_rows)}{_json_script("data-labels", labels)}
{_json_script("data-config", {"pageRows": PAGE_ROWS, "hasProvince": has_province})}{doc_scripts}"""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_h(title)}</title><style>{CSS}</style></head>
<body>{body}<script>{JS}</script></body></html>
"""
    from pipeline.write import atomic_write
    atomic_write(out, page.encode("utf-8"))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(out, 0o666 & ~umask)  # readable as the version's other files (the temporary file was 0600)
    return out


def _labels() -> dict:
    from pipeline.export_spacy import LABELS
    return LABELS


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#16324f;color:#fff;padding:12px 20px}
header h1{font-size:18px;margin:0}.sub{margin:2px 0 6px;color:#bcd;font-size:12px}
nav a{color:#fff;margin-right:14px;text-decoration:none;border-bottom:1px dotted #9bd}
main{padding:10px 20px;max-width:1400px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 16px;margin:14px 0}
h2{font-size:17px;margin:4px 0 10px}h3{font-size:15px;margin:14px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #ccd;border-radius:6px;padding:6px 14px;min-width:90px}
.card .n{font-size:22px;font-weight:600}
table{border-collapse:collapse;margin:8px 0}td,th{border-bottom:1px solid #e4e4e4;padding:3px 8px;text-align:left;vertical-align:top}
table.num td{font-variant-numeric:tabular-nums}
.kv th{font-weight:500;color:#555}
.bar{width:200px;height:10px;background:#eee;border-radius:3px}.bar div{height:10px;background:#1f6fb2;border-radius:3px}
.warn{background:#fff3cd;padding:6px 10px;border-radius:4px}.note{color:#555}
.sev-error{color:#b00020}.sev-warning{color:#a65b00}
.chart text{font-size:11px}.chart .ax{fill:#444}.chart .lt{fill:#fff}.chart .dk{fill:#222}
.legend .key{margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
.pager{margin:4px 0}.pager button{margin:0 4px}.pager input{margin-left:12px;width:220px}
#docview-body{display:flex;gap:14px;align-items:flex-start}
.values{flex:0 0 44%;max-height:80vh;overflow:auto}.values td{font-size:12px}
.values tr.sel{background:#ffe58a}.values a{cursor:pointer}
pre.text{flex:1;white-space:pre-wrap;word-wrap:break-word;max-height:80vh;overflow:auto;margin:0;padding:8px;
background:#fcfcf7;border:1px solid #e4e4d8;font:13px/1.5 "DejaVu Sans Mono",monospace}
mark{background:#ffd54a;outline:2px solid #e0a800}
.lab{font:11px monospace;color:#fff;background:#567;border-radius:3px;padding:0 4px}
.meta th{font-weight:500;color:#555}
"""

JS = r"""
"use strict";
(function () {
  const byId = (id) => document.getElementById(id);
  const data = (id) => { const e = byId(id); return e ? JSON.parse(e.textContent) : null; };
  const cfg = data("data-config");
  const labels = data("data-labels") || {};
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v; else if (k === "on") e.addEventListener("click", v); else e.setAttribute(k, v);
    }
    for (const k of kids) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  const fmt = (n) => (n === null || n === undefined) ? "" : Number(n).toLocaleString("en-US");
  const docLink = (id, s, e) => "#doc=" + encodeURIComponent(id) + (s === null || s === undefined ? "" : "&s=" + s + "&e=" + e);

  // a paginated table: columns [{t: title, f(row) -> string|Node}], filter on the given text of each row
  function pager(hostId, columns, rows, filterText) {
    const host = byId(hostId);
    if (!host) return;
    let page = 0, shown = rows;
    const info = el("span", {"class": "info"});
    const prev = el("button", {text: "‹ previous", type: "button"});
    const next = el("button", {text: "next ›", type: "button"});
    const table = el("table", {"class": "num"});
    const bar = el("div", {"class": "pager"}, prev, info, next);
    if (filterText) {
      const box = el("input", {type: "search", placeholder: "filter", "aria-label": "filter"});
      box.addEventListener("input", () => {
        const q = box.value.toLowerCase();
        shown = q ? rows.filter((r) => filterText(r).toLowerCase().includes(q)) : rows;
        page = 0; draw();
      });
      bar.append(box);
    }
    function draw() {
      const size = cfg.pageRows, pages = Math.max(1, Math.ceil(shown.length / size));
      page = Math.min(Math.max(page, 0), pages - 1);
      const head = el("tr", {}, ...columns.map((c) => el("th", {text: c.t})));
      const body = shown.slice(page * size, page * size + size).map((r) => el("tr", {}, ...columns.map((c) => el("td", {}, c.f(r) ?? ""))));
      table.replaceChildren(head, ...body);
      const a = shown.length ? page * size + 1 : 0, b = Math.min(shown.length, (page + 1) * size);
      info.textContent = a + "–" + b + " of " + shown.length;
      info.dataset.total = String(shown.length);
      prev.disabled = page === 0; next.disabled = page >= pages - 1;
    }
    prev.addEventListener("click", () => { page--; draw(); });
    next.addEventListener("click", () => { page++; draw(); });
    host.replaceChildren(bar, table);
    draw();
  }

  const docs = data("data-docs") || [];
  const embedded = new Set(docs.filter((r) => r[10]).map((r) => r[0]));
  const openLink = (id, s, e, text) => embedded.has(id)
    ? el("a", {href: docLink(id, s, e), text: text})
    : el("a", {href: "text/" + id + ".txt", text: text + " (text file)"});
  pager("docs-table", [
    {t: "document", f: (r) => openLink(r[0], null, null, r[1] || r[0])},
    {t: "format", f: (r) => r[2]}, {t: "number", f: (r) => r[3]}, {t: "issuer", f: (r) => r[4]},
    {t: "date", f: (r) => r[5]}, ...(cfg.hasProvince ? [{t: "province (2025)", f: (r) => r[6]}] : []),
    {t: "activities", f: (r) => fmt(r[7])},
    {t: "budget total (VND)", f: (r) => fmt(r[8])}, {t: "issues", f: (r) => fmt(r[9])},
    {t: "record", f: (r) => el("a", {href: "documents/" + r[0] + ".json", text: "JSON"})},
  ], docs, (r) => [r[1], r[3], r[4], r[6]].join(" "));

  const failed = data("data-failed");
  if (failed) pager("failed-table", [
    {t: "document", f: (r) => openLink(r[0], r[9], r[10], r[0])},
    {t: "table", f: (r) => r[1]}, {t: "row", f: (r) => [r[2], r[3]].filter(Boolean).join(" ")},
    {t: "year", f: (r) => r[4] ?? "all"}, {t: "source", f: (r) => r[5]}, {t: "cell", f: (r) => r[6]},
    {t: "read as (VND)", f: (r) => fmt(r[7])}, {t: "flags", f: (r) => r[8].join(", ")},
  ], failed, (r) => r.join(" "));
  const errors = data("data-errors");
  if (errors) pager("errors-table", ["path", "format", "stage", "error type", "message", "record"].map((t, i) =>
    ({t: t, f: i === 5 ? (r) => (r[5] ? el("a", {href: r[5], text: "JSON"}) : "") : (r) => r[i]})), errors, (r) => r.join(" "));
  const skipped = data("data-skipped");
  if (skipped) pager("skipped-table", [{t: "path", f: (r) => r[0]}, {t: "reason", f: (r) => r[1]}], skipped, (r) => r.join(" "));

  // the document view, built when a document is opened (#doc=ID&s=START&e=END)
  function showDoc(id, s, e) {
    const view = byId("docview"), body = byId("docview-body");
    view.hidden = false;
    const d = data("d-" + id);
    if (!d) {
      body.replaceChildren(el("p", {"class": "warn"}, "The text of " + id + " is not embedded in this page (see the limit above): ",
        el("a", {href: "text/" + id + ".txt", text: "its text"}), ", ", el("a", {href: "documents/" + id + ".json", text: "its record"}), "."));
      view.scrollIntoView();
      return;
    }
    const meta = el("table", {"class": "meta"}, ...d.meta.map(([k, v]) => el("tr", {}, el("th", {text: k}), el("td", {text: v}))));
    const pre = el("pre", {"class": "text", id: "doc-text"});
    let mark = null;
    if (s !== null && e !== null && s >= 0 && e >= s && e <= d.text.length) {
      mark = el("mark", {id: "hl", text: d.text.slice(s, e)});
      pre.append(d.text.slice(0, s), mark, d.text.slice(e));
    } else pre.textContent = d.text;
    const groups = new Map(Object.keys(labels).map((k) => [k, []]));
    for (const v of d.values) { if (!groups.has(v[0])) groups.set(v[0], []); groups.get(v[0]).push(v); }
    const list = el("div", {"class": "values"}, meta);
    for (const [lab, vals] of groups) {
      if (!vals.length) continue;
      const rows = vals.map((v) => {
        const tr = el("tr", {}, el("td", {}, el("a", {href: docLink(id, v[3], v[4]), text: v[2].slice(0, 200)})),
          el("td", {text: d.text.slice(v[3], v[4]).slice(0, 160)}));
        if (v[3] === s && v[4] === e) tr.className = "sel";
        return tr;
      });
      const open = vals.some((v) => v[3] === s && v[4] === e) || vals.length <= 40;
      const det = el("details", {}, el("summary", {}, el("span", {"class": "lab", text: lab}), " " + vals.length + " · " + (labels[lab] || "")),
        el("table", {}, el("tr", {}, el("th", {text: "value"}), el("th", {text: "its text"})), ...rows));
      if (open) det.open = true;
      list.append(det);
    }
    body.replaceChildren(list, pre);
    if (mark) { mark.scrollIntoView({block: "center"}); const sel = list.querySelector("tr.sel"); if (sel) sel.scrollIntoView({block: "nearest"}); }
    else view.scrollIntoView();
  }
  function route() {
    const q = new URLSearchParams(location.hash.slice(1));
    const id = q.get("doc");
    if (!id) return;
    const num = (k) => (q.has(k) && /^\d+$/.test(q.get(k)) ? Number(q.get(k)) : null);
    showDoc(id, num("s"), num("e"));
  }
  window.addEventListener("hashchange", route);
  route();
})();
"""
