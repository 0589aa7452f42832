"""`python -m pipeline report`: the page in a real headless browser (Debian's chromium and
chromium-driver, driven by Selenium), its counts against the manifest and the Parquet tables
(DuckDB), its budget chart against a DuckDB query on an output of our own with the issue-13
contract columns, and the page of an older output that lacks them."""

from __future__ import annotations

import json
import random
import re
import shutil
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.process import Options
from pipeline.report import MAX_TEXTS, PAGE_ROWS, build_report
from pipeline.run import run
from pipeline.validate import validate_root
from tests.conftest import RAW

CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000")
FAILED = "['budget.row_sum_mismatch', 'budget.column_sum_mismatch']"


# ---------------------------------------------------------------------------
# fixtures: the sample corpus with an unreadable file and a skip, a browser


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """data/raw plus a PDF that is not one (an error record) and a .pptx (skipped), extracted
    and reported with the command line."""
    corpus = tmp_path_factory.mktemp("corpus")
    for p in RAW.iterdir():
        if p.is_file():
            shutil.copy(p, corpus / p.name)
    (corpus / "hong.pdf").write_bytes(b"%PDF-1.4 this file was cut off in the middle of its first obj")
    (corpus / "slides.pptx").write_bytes(b"PK\x03\x04 not read")
    out = tmp_path_factory.mktemp("out")
    run([corpus], out, Options())
    assert main(["report", str(out)]) == 0
    return out / "v1"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and chromedriver, ("the report's browser test needs Debian's chromium and chromium-driver: "
                                       "scripts/setup-system.sh installs them (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options as ChromeOptions
    from selenium.webdriver.chrome.service import Service
    opts = ChromeOptions()
    opts.binary_location = chromium
    for flag in CHROME_FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def load(browser, page: Path):
    """Open the page; the console must stay free of errors and nothing may be fetched."""
    browser.get_log("browser")  # drop what an earlier page left
    browser.get(page.resolve().as_uri())
    assert browser.execute_script("return document.readyState") == "complete"
    return browser


def console_errors(browser) -> list[dict]:
    return [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]


def k(browser, key: str) -> int:
    from selenium.webdriver.common.by import By
    return int(browser.find_element(By.CSS_SELECTOR, f'[data-k="{key}"]').text.replace(",", ""))


def sql(query: str):
    return duckdb.connect().execute(query).fetchall()


# ---------------------------------------------------------------------------
# the page of the sample corpus


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.refs += [(tag, k, v) for k, v in attrs if k in ("src", "href", "srcset", "data", "action")]


def test_page_is_self_contained(sample):
    page = (sample / "report.html").read_text(encoding="utf-8")
    parser = _Refs()
    parser.feed(page)
    assert "link" not in parser.tags and "iframe" not in parser.tags and "img" not in parser.tags
    assert not [r for r in parser.refs if r[1] != "href"]  # no src: every script and style is inline
    for _tag, _k, href in parser.refs:  # links go to this page or to the version's own files
        assert re.match(r"#|(documents|text|errors)/[0-9a-f]{16}\.(json|txt)$", href), href
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert "url(" not in style and "@import" not in style


def test_counts_match_manifest_and_parquet(sample, browser):
    from selenium.webdriver.common.by import By
    load(browser, sample / "report.html")
    assert console_errors(browser) == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    manifest = json.loads((sample / "manifest.json").read_text(encoding="utf-8"))
    counts = manifest["counts"]
    assert counts["error"] == 1 and counts["skipped"] == 1  # the cut-off PDF and the .pptx
    assert k(browser, "inputs") == len(manifest["inputs"])
    for key, outcome in (("records", "record"), ("errors", "error"), ("duplicates", "duplicate"), ("skipped", "skipped")):
        assert k(browser, key) == counts[outcome], key
    pq_dir = sample / "parquet"
    n_docs = sql(f"SELECT count(*) FROM '{pq_dir}/documents/*.parquet'")[0][0]
    assert k(browser, "documents") == n_docs == counts["record"]
    for table, info in manifest["parquet"].items():
        assert k(browser, f"rows-{table}") == info["rows"] == sql(f"SELECT count(*) FROM '{pq_dir}/{table}/*.parquet'")[0][0]
    # quality issues by code: every code the table holds, with its count, and no other
    shown = {(tr.get_attribute("data-code"), tr.get_attribute("data-severity")): int(tr.find_elements(By.TAG_NAME, "td")[2].text.replace(",", ""))
             for tr in browser.find_elements(By.CSS_SELECTOR, "#issues tr[data-code]")}
    expected = {(c, s): n for c, s, n in sql(f"SELECT code, severity, count(*) FROM '{pq_dir}/quality_issues/*.parquet' GROUP BY ALL")}
    assert shown == expected and len(shown) >= 3
    assert k(browser, "issues") == sum(expected.values())
    # coverage per field
    cov = {tr.get_attribute("data-field"): int(tr.find_element(By.CSS_SELECTOR, "td.n").text.replace(",", ""))
           for tr in browser.find_elements(By.CSS_SELECTOR, "#coverage tr[data-field]")}
    d = f"'{pq_dir}/documents/*.parquet'"
    assert cov["number"] == sql(f"SELECT count(number) FROM {d}")[0][0]
    assert cov["issuer"] == sql(f"SELECT count(issuer_name) FROM {d}")[0][0]
    assert cov["issued_date"] == sql(f"SELECT count(issued_date) FROM {d}")[0][0]
    for field, tables in (("objectives", ["objectives"]), ("activities", ["activities"]),
                          ("budget", ["budget_items", "budget_statements"])):
        union = " UNION ".join(f"SELECT doc_id FROM '{pq_dir}/{t}/*.parquet'" for t in tables)
        assert cov[field] == sql(f"SELECT count(DISTINCT doc_id) FROM ({union})")[0][0], field
    # errors: the table drawn by the page's script lists the error record
    assert k(browser, "errors-listed") == 1
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#errors-table td")]
    assert "hong.pdf" in cells and "read" in cells
    assert "slides.pptx" in [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#skipped-table td")]
    # the documents list is paginated by the script: all of them, filterable
    info = browser.find_element(By.CSS_SELECTOR, "#docs-table .info")
    assert info.get_attribute("data-total") == str(n_docs)
    box = browser.find_element(By.CSS_SELECTOR, "#docs-table input")
    box.send_keys("binhgia")
    assert browser.find_element(By.CSS_SELECTOR, "#docs-table .info").get_attribute("data-total") == "1"
    assert console_errors(browser) == []


def test_failed_check_links_to_its_cell(sample, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
    load(browser, sample / "report.html")
    items = f"'{sample}/parquet/budget_items/*.parquet'"
    n_failed = sql(f"SELECT count(*) FROM {items} WHERE list_has_any(flags, {FAILED})")[0][0]
    assert n_failed > 0 and k(browser, "failed-checks") == n_failed
    rows = browser.find_elements(By.CSS_SELECTOR, "#failed-table tr")
    assert len(rows) - 1 == min(n_failed, PAGE_ROWS)
    for row in (rows[1], rows[-1]):
        link = row.find_element(By.TAG_NAME, "a")
        q = urllib.parse.parse_qs(urllib.parse.urlparse(link.get_attribute("href")).fragment)
        doc_id, start, end = q["doc"][0], int(q["s"][0]), int(q["e"][0])
        raw, flags = sql(f"SELECT raw, flags FROM {items} WHERE doc_id = '{doc_id}' AND span_start = {start} "
                         f"AND span_end = {end}")[0]
        assert {"budget.row_sum_mismatch", "budget.column_sum_mismatch"} & set(flags)
        assert row.find_elements(By.TAG_NAME, "td")[5].text == raw
        link.click()
        mark = WebDriverWait(browser, 10).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#doc-text mark#hl")))
        assert mark.text == raw
        text = (sample / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert text[start:end] == raw
        # the value is listed beside the text, selected
        sel = browser.find_element(By.CSS_SELECTOR, ".values tr.sel")
        assert sel.find_elements(By.TAG_NAME, "td")[1].text == raw
        browser.back()
    assert console_errors(browser) == []


def test_document_view_highlights_every_kind_of_value(sample, browser):
    """Each group of values in a document's view links to its span; the highlight holds the
    span's characters of the text file."""
    from selenium.webdriver.common.by import By
    load(browser, sample / "report.html")
    record = next(json.loads(p.read_text(encoding="utf-8")) for p in (sample / "documents").glob("*.json")
                  if json.loads(p.read_text(encoding="utf-8"))["source"]["path"].endswith("787-KH-UBND_2018.txt"))
    text = (sample / "text" / f"{record['doc_id']}.txt").read_text(encoding="utf-8")
    browser.execute_script("location.hash = arguments[0]", f"doc={record['doc_id']}")
    groups = browser.find_elements(By.CSS_SELECTOR, ".values details")
    labels = {g.find_element(By.CSS_SELECTOR, ".lab").text for g in groups}
    assert {"AGENCY", "LEGAL_REF", "DATE", "MONEY", "BUDGET_CELL", "TARGET", "OBJECTIVE", "ACTIVITY"} <= labels
    meta = {tr.find_element(By.TAG_NAME, "th").text: tr.find_element(By.TAG_NAME, "td").text
            for tr in browser.find_elements(By.CSS_SELECTOR, ".values table.meta tr")}
    assert meta["number"] == record["number"] and meta["date"] == record["issued_date"]
    for label in ("LEGAL_REF", "TARGET", "ACTIVITY"):
        group = next(g for g in browser.find_elements(By.CSS_SELECTOR, ".values details")
                     if g.find_element(By.CSS_SELECTOR, ".lab").text == label)  # the view is drawn again on each hash
        href = group.find_element(By.CSS_SELECTOR, "a").get_attribute("href")
        q = urllib.parse.parse_qs(urllib.parse.urlparse(href).fragment)
        s, e = int(q["s"][0]), int(q["e"][0])
        browser.execute_script("location.hash = arguments[0]", urllib.parse.urlparse(href).fragment)
        mark = browser.find_element(By.CSS_SELECTOR, "#doc-text mark#hl")
        assert mark.get_attribute("textContent") == text[s:e] and e > s
    assert console_errors(browser) == []


def test_validate_accepts_the_page(sample):
    n, problems = validate_root(sample.parent)
    assert n > 0 and problems == []


def test_report_needs_a_version(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    assert "no published version" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# an output of our own with the issue-13 contract columns: 10,000 documents

PROVINCES = ["Lâm Đồng", "Cà Mau", "Gia Lai", "Hà Nội", "Nghệ An", "Đồng Tháp", None]
SOURCES = ["central", "local", "mobilized"]


def _write(folder: Path, rows: list[dict], schema: pa.Schema, parts: int = 3):
    folder.mkdir(parents=True)
    step = max(1, -(-len(rows) // parts))
    for n in range(0, len(rows), step):
        pq.write_table(pa.Table.from_pylist(rows[n:n + step], schema=schema), folder / f"part-{n // step:05d}.parquet")


def contract_output(base: Path, n_docs: int, with_texts: int, columns: bool = True, seed: int = 7) -> Path:
    """documents and budget_items with (or without) plan_key, issuer_province_2025 and
    counted; plans of 1-4 renditions that repeat their amounts; summary and total rows that
    are not counted; some items without a year; a few flagged by the sum checks."""
    rnd = random.Random(seed)
    docs, items, issues = [], [], []
    i = 0
    plan = 0
    while i < n_docs:
        renditions = min(rnd.choice([1, 1, 2, 4]), n_docs - i)
        province = rnd.choice(PROVINCES)
        key = None if rnd.random() < 0.1 else f"plan-{plan:05d}"
        amounts = {(y, s): rnd.randrange(1, 900) * 10**6 for y in (2021, 2022, 2023) for s in SOURCES if rnd.random() < 0.8}
        no_year = rnd.randrange(1, 50) * 10**6 if rnd.random() < 0.3 else None
        for _ in range(renditions):
            doc_id = f"{i:016x}"
            fmt = rnd.choice(["txt", "html", "pdf", "docx"])
            docs.append({"doc_id": doc_id, "source_path": f"kh/{plan:05d}.{fmt}", "source_format": fmt,
                         "number": f"{plan}/KH-UBND", "issuer_name": "Ủy ban nhân dân tỉnh", "issued_date": None,
                         "activity_count": 2, "budget_total_vnd": sum(amounts.values()) + (no_year or 0),
                         "plan_key": key, "issuer_province_2025": province, "issuer_province_2025_code": None})
            for n, ((y, s), a) in enumerate(sorted(amounts.items())):
                flagged = n == 0 and rnd.random() < 0.05
                items.append({"doc_id": doc_id, "table": "t2", "row_code": "1", "row_label": "Hoạt động", "row_kind": "item",
                              "year": y, "source": s, "amount_vnd": a, "raw": str(a // 10**6),
                              "flags": ["budget.row_sum_mismatch"] if flagged else [], "span_start": 0, "span_end": 3,
                              "table_role": "detail", "counted": True})
                # the same amount again in the summary table, and the row total: not counted
                items.append({**items[-1], "table": "t1", "table_role": "summary", "counted": False, "flags": []})
            if no_year:
                items.append({"doc_id": doc_id, "table": "t2", "row_code": "2", "row_label": "Khác", "row_kind": "item",
                              "year": None, "source": "total", "amount_vnd": no_year, "raw": str(no_year // 10**6),
                              "flags": [], "span_start": 4, "span_end": 6, "table_role": "detail", "counted": True})
            items.append({"doc_id": doc_id, "table": "t2", "row_code": None, "row_label": "Tổng cộng", "row_kind": "total",
                          "year": None, "source": "total", "amount_vnd": sum(amounts.values()), "raw": "x", "flags": [],
                          "span_start": 7, "span_end": 8, "table_role": "detail", "counted": False})
            if rnd.random() < 0.2:
                issues.append({"doc_id": doc_id, "code": rnd.choice(["table.unit_assumed", "header.missing_date"]),
                               "severity": "warning", "message": "m", "where": None})
            i += 1
        plan += 1
    S, I64, LS, B = pa.string(), pa.int64(), pa.list_(pa.string()), pa.bool_()
    doc_schema = pa.schema([("doc_id", S), ("source_path", S), ("source_format", S), ("number", S), ("issuer_name", S),
                            ("issued_date", pa.date32()), ("activity_count", I64), ("budget_total_vnd", I64),
                            ("plan_key", S), ("issuer_province_2025", S), ("issuer_province_2025_code", I64)])
    item_schema = pa.schema([("doc_id", S), ("table", S), ("row_code", S), ("row_label", S), ("row_kind", S), ("year", I64),
                             ("source", S), ("amount_vnd", I64), ("raw", S), ("flags", LS), ("span_start", I64),
                             ("span_end", I64), ("table_role", S), ("counted", B)])
    if not columns:  # an output from before the contract
        doc_schema = pa.schema([f for f in doc_schema if f.name not in ("plan_key", "issuer_province_2025", "issuer_province_2025_code")])
        item_schema = pa.schema([f for f in item_schema if f.name not in ("table_role", "counted")])
        docs = [{k: v for k, v in d.items() if k in doc_schema.names} for d in docs]
        items = [{k: v for k, v in r.items() if k in item_schema.names} for r in items]
    _write(base / "parquet" / "documents", docs, doc_schema)
    _write(base / "parquet" / "budget_items", items, item_schema)
    _write(base / "parquet" / "quality_issues", issues,
           pa.schema([("doc_id", S), ("code", S), ("severity", S), ("message", S), ("where", S)]))
    for d in docs[:with_texts]:
        (base / "documents").mkdir(exist_ok=True)
        (base / "text").mkdir(exist_ok=True)
        (base / "text" / f"{d['doc_id']}.txt").write_text("123 45 6 7 Kế hoạch số " + d["number"], encoding="utf-8")
        (base / "documents" / f"{d['doc_id']}.json").write_text(json.dumps(
            {"doc_id": d["doc_id"], "source": {"path": d["source_path"], "format": d["source_format"]},
             "number": d["number"]}), encoding="utf-8")
    return base


CUBE_SQL = """
WITH d AS (SELECT doc_id, coalesce(plan_key, 'doc:' || doc_id) AS k,
                  coalesce(issuer_province_2025, '(province unknown)') AS province FROM '{p}/documents/*.parquet'),
     pick AS (SELECT min(doc_id) AS doc_id FROM d GROUP BY k),
     c AS (SELECT province, year, source, amount_vnd FROM '{p}/budget_items/*.parquet'
           JOIN pick USING (doc_id) JOIN d USING (doc_id) WHERE counted)
"""


def test_budget_chart_equals_duckdb(tmp_path, browser):
    from selenium.webdriver.common.by import By
    base = contract_output(tmp_path / "v1", 10_000, with_texts=300)
    page = build_report(tmp_path)
    assert page == tmp_path / "v1" / "report.html"
    assert page.stat().st_size < 12_000_000  # 10,000 documents: the list, and texts for MAX_TEXTS of them
    load(browser, page)
    assert console_errors(browser) == []
    p = base / "parquet"
    by_py = {(prov, y): a for prov, y, a in sql(CUBE_SQL.format(p=p) + "SELECT province, year, sum(amount_vnd) FROM c GROUP BY ALL")}
    shown = {(r.get_attribute("data-province"), int(r.get_attribute("data-year")) if r.get_attribute("data-year") else None):
             int(r.get_attribute("data-amount")) for r in browser.find_elements(By.CSS_SELECTOR, "#chart-province-year rect.cell")}
    assert shown == by_py and len(shown) > 20 and (None in {y for _p, y in shown}) and "(province unknown)" in {p_ for p_, _y in shown}
    by_ys = {(y, s): a for y, s, a in sql(CUBE_SQL.format(p=p) + "SELECT year, source, sum(amount_vnd) FROM c GROUP BY ALL")}
    shown = {(int(r.get_attribute("data-year")) if r.get_attribute("data-year") else None, r.get_attribute("data-source")):
             int(r.get_attribute("data-amount")) for r in browser.find_elements(By.CSS_SELECTOR, "#chart-year-source rect.seg")}
    assert shown == by_ys
    total = sql(CUBE_SQL.format(p=p) + "SELECT sum(amount_vnd) FROM c")[0][0]
    assert int(browser.find_element(By.CSS_SELECTOR, '[data-k="budget-total"]').get_attribute("data-amount")) == total
    # deduplication matters here: summing every document's counted items gives more
    assert sql(f"SELECT sum(amount_vnd) FROM '{p}/budget_items/*.parquet' WHERE counted")[0][0] > total
    # the page says what it has no manifest for, and how many texts it holds
    assert browser.find_elements(By.CSS_SELECTOR, '[data-k="no-manifest"]')
    assert k(browser, "documents") == 10_000 and k(browser, "embedded") == MAX_TEXTS
    assert len(browser.find_elements(By.CSS_SELECTOR, 'script[id^="d-"]')) == MAX_TEXTS
    flagged = sql(f"SELECT doc_id, year, source, raw FROM '{p}/budget_items/*.parquet' WHERE list_has_any(flags, {FAILED})")
    assert k(browser, "failed-checks") == len(flagged) > PAGE_ROWS
    listed = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in browser.find_elements(By.CSS_SELECTOR, "#failed-table tr")[1:]]
    assert len(listed) == PAGE_ROWS and {(r[0].split()[0], int(r[3]), r[4], r[5]) for r in listed} <= set(flagged)
    # one page of the list at a time
    info = browser.find_element(By.CSS_SELECTOR, "#docs-table .info")
    assert info.text == f"1–{PAGE_ROWS} of 10000"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#docs-table tr")) == PAGE_ROWS + 1
    browser.find_element(By.XPATH, "//div[@id='docs-table']//button[contains(., 'next')]").click()
    assert browser.find_element(By.CSS_SELECTOR, "#docs-table .info").text == f"{PAGE_ROWS + 1}–{2 * PAGE_ROWS} of 10000"
    # a document past the limit links to its text file
    browser.find_element(By.CSS_SELECTOR, "#docs-table input").send_keys("kh/03")
    links = browser.find_elements(By.CSS_SELECTOR, "#docs-table td:first-child a")
    assert links and all(a.get_attribute("href").endswith(".txt") for a in links)
    assert console_errors(browser) == []


def test_older_output_says_what_it_lacks(tmp_path, browser):
    from selenium.webdriver.common.by import By
    contract_output(tmp_path / "v1", 40, with_texts=5, columns=False)
    page = build_report(tmp_path)
    load(browser, page)
    assert console_errors(browser) == []
    budget = browser.find_element(By.ID, "budget").text
    assert "no counted column" in budget and "no budget chart is drawn" in budget
    assert not browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert k(browser, "documents") == 40
