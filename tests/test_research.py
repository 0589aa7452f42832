"""The researcher's questions, on the sample corpus (data/raw) and the dev set
(../shared/dev): `counted` reproduces every stated total and every table's total row with no
amount twice, each plan is one row of `plans` (the 787 plan's four renditions), places and
agency keys are columns, the README's queries give the plans' totals, and
notebooks/explore.ipynb runs and agrees with them."""

import json
import re
from pathlib import Path

import pytest

from pipeline.process import Options
from pipeline.run import run
from tests.conftest import ROOT, SHARED
from tests.counting import overlap_problems, role_problems, statement_problems, total_row_problems

DEV = SHARED / "dev"
PLAN_787 = "kontum_787-KH-UBND_2018."


def _golds(folder: Path) -> dict[str, dict]:
    return {g["source"]["sha256"]: g for g in (json.loads(p.read_text(encoding="utf-8"))
                                               for p in sorted(folder.glob("*.json")))}


def _budgeted(gold: dict) -> bool:
    budget = gold.get("budget") or {}
    return bool(budget.get("items")) or any(s.get("scope") == "total" for s in budget.get("statements", []))


@pytest.fixture(scope="session")
def dev_extracted(tmp_path_factory):
    """The dev documents whose gold has budget items or a stated total, extracted once."""
    golds = _golds(DEV / "gold")
    files = [DEV / "raw" / g["source"]["file"] for g in golds.values() if _budgeted(g)]
    assert len(files) >= 3
    out = tmp_path_factory.mktemp("dev")
    run(files, out, Options())
    return out / "v1"


def _records(v1: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((v1 / "documents").glob("*.json"))]


def _both(extracted, dev_extracted):
    return [(extracted[0], _golds(SHARED / "gold")), (dev_extracted, _golds(DEV / "gold"))]


def test_counted_reproduces_every_stated_total(extracted, dev_extracted):
    """Per document, sum(amount_vnd) WHERE counted, by source and year, is every total the
    plan states (the gold's statements with scope 'total')."""
    checked = 0
    for v1, golds in _both(extracted, dev_extracted):
        for record in _records(v1):
            gold = golds.get(record["source"]["sha256"])
            if gold is None:
                continue
            stated = [s for s in gold["budget"]["statements"] if s["scope"] == "total"]
            if not record["budget"]["items"]:
                # a total stated only in prose, with no table to count: nothing to add up
                assert not gold["budget"]["items"], record["source"]["path"]
                continue
            assert statement_problems(record["budget"], stated) == [], record["source"]["path"]
            checked += len(stated)
    assert checked >= 16  # the four totals of each of the 787 plan's four renditions


def test_total_rows_reproduced_and_no_amount_counted_twice(extracted, dev_extracted):
    """Every table's total row is the counted sum of the table and the tables it
    summarizes; no row counts a cell and its parts; roles agree with `summarizes`."""
    checked: dict = {}
    tables = 0
    for (v1, _), name in zip(_both(extracted, dev_extracted), ("sample", "dev")):
        checked[name] = []
        for record in _records(v1):
            budget = record["budget"]
            tables += len(budget["tables"])
            assert total_row_problems(budget, checked[name]) == [], record["source"]["path"]
            assert overlap_problems(budget) == [], record["source"]["path"]
            assert role_problems(budget) == [], record["source"]["path"]
    # each set checks total rows of its own (the dev set's budgeted plans state no 'total'
    # statement beside a table, so its tables' total rows are what checks `counted` there)
    assert tables >= 25 and len(checked["sample"]) >= 150 and len(checked["dev"]) >= 10


def test_the_787_summary_table_and_its_appendices(extracted):
    out, _ = extracted
    renditions = [r for r in _records(out) if r["source"]["path"].startswith(PLAN_787)]
    assert len(renditions) == 4
    for record in renditions:
        tables = {t["id"]: t for t in record["budget"]["tables"]}
        assert tables["t1"]["role"] == "summary" and tables["t1"]["summarizes"] == ["t2", "t3", "t4", "t5"]
        assert all(tables[t]["role"] == "detail" for t in ("t2", "t3", "t4", "t5"))
        items = record["budget"]["items"]
        assert not any(i["counted"] for i in items if i["table"] == "t1")
        assert sum(i["amount_vnd"] for i in items if i["counted"]) == 107_980_000_000
        # without `counted`, the old query (leaf rows, years and sources only) counts every amount twice
        old = sum(i["amount_vnd"] for i in items if i["row_kind"] == "item" and i["year"] and i["source"] != "total")
        assert old == 2 * 107_980_000_000


def test_one_plan_key_per_plan_and_the_plans_table(extracted):
    import pandas as pd
    out, _ = extracted
    docs = pd.read_parquet(out / "parquet" / "documents")
    plans = pd.read_parquet(out / "parquet" / "plans")
    keys_787 = set(docs[docs.source_path.str.startswith(PLAN_787)].plan_key)
    assert len(keys_787) == 1
    assert docs.plan_key.nunique() == len(docs) - 3  # the other documents are plans of their own
    assert len(plans) == docs.plan_key.nunique() and plans.plan_key.is_unique
    row = plans[plans.plan_key == keys_787.pop()].iloc[0]
    assert sorted(row.formats) == ["docx", "html", "pdf", "txt"] and len(row.doc_ids) == 4
    assert row.primary_doc_id == row.doc_ids[0] and row.formats[0] == "docx"
    assert (row.number, row.issuer_name, str(row.issued_date)) == ("787/KH-UBND", "Ủy ban nhân dân tỉnh Kon Tum",
                                                                   "2018-04-03")
    assert set(plans.primary_doc_id) <= set(docs.doc_id)


@pytest.mark.parametrize("prefix, province, code, district, district_code, today, today_code", [
    (PLAN_787, "Kon Tum", 62, None, None, "Quảng Ngãi", 51),
    ("binhgia_213", "Lạng Sơn", 20, "huyện Bình Gia", 181, "Lạng Sơn", 20),
    ("tumorong_tgxh", "Kon Tum", 62, "huyện Tu Mơ Rông", 617, "Quảng Ngãi", 51),
    ("dongnai_tgxh", "Đồng Nai", 75, None, None, "Đồng Nai", 75),
])
def test_issuer_places_are_columns(extracted, prefix, province, code, district, district_code, today, today_code):
    import pandas as pd
    out, _ = extracted
    docs = pd.read_parquet(out / "parquet" / "documents")
    rows = docs[docs.source_path.str.startswith(prefix)]
    assert len(rows)
    for _, r in rows.iterrows():
        got = (r.issuer_province, r.issuer_province_code, r.issuer_district, r.issuer_district_code,
               r.issuer_province_2025, r.issuer_province_2025_code)
        want = (province, code, district, district_code, today, today_code)
        assert tuple(None if pd.isna(v) else v for v in got) == want


def test_agency_keys_group_one_body_and_keep_others_apart(extracted):
    import pandas as pd
    out, _ = extracted
    agencies = pd.read_parquet(out / "parquet" / "agencies")
    docs = pd.read_parquet(out / "parquet" / "documents")[["doc_id", "source_path"]]
    a = agencies.merge(docs, on="doc_id")
    women = a[a.name.str.startswith("Hội Liên hiệp phụ nữ") & a.source_path.str.startswith(PLAN_787 + "txt")]
    assert set(women.name) == {"Hội Liên hiệp phụ nữ", "Hội Liên hiệp phụ nữ tỉnh"}
    assert set(women.agency_key) == {"Hội Liên hiệp Phụ nữ | Kon Tum"}  # two spellings, one body
    district = a[a.name.str.startswith("Hội Liên hiệp phụ nữ") & a.source_path.str.startswith("tumorong")]
    assert set(district.agency_key) == {"Hội Liên hiệp Phụ nữ | huyện Tu Mơ Rông | Kon Tum"}  # not the province's
    labour = a[a.name == "Sở Lao động - Thương binh và Xã hội"]
    assert set(labour.agency_key) == {"Sở Lao động - Thương binh và Xã hội | Kon Tum",
                                      "Sở Lao động - Thương binh và Xã hội | Đồng Nai"}
    # every activity's and responsibility's agency has a key from the record's agencies
    for table in ("activity_agencies", "responsibilities"):
        rows = pd.read_parquet(out / "parquet" / table)
        joined = rows.merge(agencies[["doc_id", "name", "agency_key"]].rename(columns={"name": "agency"}),
                            on=["doc_id", "agency"], suffixes=("", "_agencies"))
        assert len(joined) == len(rows) and (joined.agency_key == joined.agency_key_agencies).all()


# --- the README's queries --------------------------------------------------------------------

def readme_queries(v1: Path) -> dict:
    """Run the README's research queries (the Python block between `<!-- research-queries -->`
    markers) on version folder v1; their results by name."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- research-queries -->\s*```python\n(.*?)```\s*<!-- /research-queries -->", readme, re.S)
    assert block, "the README has no research-queries block"
    code = block.group(1)
    assert 'v1 = "data/structured/v1"' in code
    namespace: dict = {}
    exec(code.replace('v1 = "data/structured/v1"', f'v1 = {str(v1)!r}'), namespace)  # noqa: S102
    return {name: namespace[name].fetchall() for name in ("by_province_year", "lead_agencies")}


def _gold_787() -> dict:
    return json.loads((SHARED / "gold" / "kontum_787-KH-UBND_2018.json").read_text(encoding="utf-8"))


def test_readme_query_gives_the_plans_totals_once(extracted):
    """By province and year: the 787 plan's TỔNG CỘNG row by year, once (not four times, not
    twice), read from the gold, not from our output."""
    out, _ = extracted
    got = readme_queries(out)["by_province_year"]
    gold = _gold_787()
    summary = gold["budget"]["items"][0]["table_title"]  # the gold's first table: BẢNG TỔNG HỢP CHUNG
    assert summary.upper().startswith("BẢNG TỔNG HỢP")
    total_row = [i for i in gold["budget"]["items"] if i["table_title"] == summary and i["year"]
                 and (i.get("row_label") or "").upper().startswith("TỔNG CỘNG")]
    want = {}
    for i in total_row:
        want[i["year"]] = want.get(i["year"], 0) + i["amount_vnd"]
    assert [(p, y, int(v)) for p, y, v in got] == [("Kon Tum", y, v) for y, v in sorted(want.items())]
    stated = next(s["amount_vnd"] for s in gold["budget"]["statements"] if s["scope"] == "total"
                  and s["source"] == "total" and s["year"] is None)
    assert sum(v for _, _, v in got) == stated == 107_980_000_000


def test_readme_query_counts_lead_agencies_once_per_plan(extracted):
    """Lead agencies: the 787 plan's leads counted once, not four times (the gold's leads of
    the distinct plans, by canonical name; keys from our output only group them)."""
    out, _ = extracted
    got = readme_queries(out)["lead_agencies"]
    golds = [g for g in _golds(SHARED / "gold").values() if "rendition_of" not in g["source"]]
    leads = sum(len(a.get("lead_agencies") or []) for g in golds for a in g["activities"])
    assert sum(n for _, n, _ in got) == leads
    top = got[0]
    assert top[0] == "Sở Lao động - Thương binh và Xã hội | Kon Tum" and top[2] == 2  # two Kon Tum plans
    gold_top = sum(1 for g in golds for a in g["activities"] for x in a.get("lead_agencies") or []
                   if x == "Sở Lao động - Thương binh và Xã hội" and "Kon Tum" in (g.get("issuer") or {}).get("name", ""))
    assert top[1] == gold_top


def test_the_notebook_runs_and_agrees_with_the_readme(extracted, monkeypatch):
    import nbclient
    import nbformat
    out, _ = extracted
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    # committed without outputs (a run's figures would go stale): the README says how to fill them in
    assert not any(c.outputs or c.execution_count for c in nb.cells if c.cell_type == "code")
    nb.cells.append(nbformat.v4.new_code_cell(
        "import json\nprint('RESULTS ' + json.dumps({'by_province_year': by_province_year.rows(), "
        "'lead_agencies': lead_agencies.rows()}, default=int))"))
    monkeypatch.setenv("VNPLAN_V1", str(out))
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    results = json.loads(text.split("RESULTS ", 1)[1].splitlines()[0])
    queries = readme_queries(out)
    assert [tuple(r) for r in results["by_province_year"]] == [(p, y, int(v)) for p, y, v in queries["by_province_year"]]
    assert [tuple(r) for r in results["lead_agencies"]] == [tuple(r) for r in queries["lead_agencies"]]
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "display_data" and "image/png" in o.get("data", {})]
    assert len(images) == 2  # budget by year and source, the top lead agencies
    assert "each plan and amount once: 107,980,000,000 VND" in text
