"""The contract users rely on: the JSON Schemas (every always-written field required, dates
`format: date`, ids with a pattern, codes as enums, every field described) with must-match
and must-not-match records; the Parquet schemas generated from the same models (the JSON
Schema, the Parquet files and the data dictionary cannot disagree); Parquet types as
pandas, polars and DuckDB read them with default options; the Python API; the dependencies."""

import copy
import json
import subprocess
import sys
import typing

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.contract import COLUMNS, QUALITY_CODES, SCHEMAS, data_dictionary, schema_of, table_columns
from pipeline.models import PARQUET_TABLES, DocumentRecord, ErrorRecord
from pipeline.process import process
from tests.conftest import RAW, ROOT


def _validator(kind: str):
    return jsonschema.Draft202012Validator(schema_of(kind), format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def record() -> dict:
    out = process("plan.txt", (RAW / "binhgia_213-KH-UBND_2017.txt").read_bytes())
    return out.dump


def _objects(schema: dict):
    """Every object schema of a JSON Schema (the root and its $defs) with its name."""
    yield schema.get("title", "root"), schema
    for name, d in schema.get("$defs", {}).items():
        if d.get("type") == "object":
            yield name, d


@pytest.mark.parametrize("kind", ["document", "error", "manifest"])
def test_every_field_has_a_description(kind):
    for name, obj in _objects(schema_of(kind)):
        for field, prop in obj.get("properties", {}).items():
            assert prop.get("description"), f"{kind}: {name}.{field} has no description"


def test_every_field_the_pipeline_writes_is_required(record):
    schema = schema_of("document")
    for name, obj in _objects(schema):
        assert set(obj.get("required", [])) == set(obj["properties"]), name
    # and the pipeline does write every one of them
    assert set(record) == set(schema["properties"])
    assert set(record["issuer"]) == set(schema["$defs"]["Issuer"]["properties"])


def test_dates_ids_and_codes_are_typed():
    s = schema_of("document")
    props, defs = s["properties"], s["$defs"]
    date = next(a for a in props["issued_date"]["anyOf"] if a.get("type") == "string")
    assert date["format"] == "date"
    assert props["doc_id"]["pattern"] == "^[0-9a-f]{16}$"
    assert set(defs["Source"]["properties"]["format"]["enum"]) >= {"txt", "md", "html", "pdf", "docx"}
    assert defs["BudgetItem"]["properties"]["source"]["enum"] == ["total", "central", "local", "mobilized", "other"]
    assert defs["BudgetItem"]["properties"]["table_role"]["enum"] == ["detail", "summary"]
    assert defs["BudgetItem"]["properties"]["amount_vnd"]["x-unit"] == "VND"
    assert set(schema_of("error")["properties"]["stage"]["enum"]) == {"read", "normalize", "extract", "validate",
                                                                       "timeout", "worker_lost"}


def _without(record: dict, path: str) -> dict:
    r = copy.deepcopy(record)
    *head, last = path.split(".")
    target = r
    for k in head:
        target = target[int(k)] if k.isdigit() else target[k]
    del target[last]
    return r


def _with(record: dict, path: str, value) -> dict:
    r = copy.deepcopy(record)
    *head, last = path.split(".")
    target = r
    for k in head:
        target = target[int(k)] if k.isdigit() else target[k]
    target[last] = value
    return r


MUST_NOT = [
    ("no issued_date key", lambda r: _without(r, "issued_date")),
    ("issued_date as written", lambda r: _with(r, "issued_date", "03/04/2018")),
    ("an impossible date", lambda r: _with(r, "issued_date", "2018-02-30")),
    ("no plan_key", lambda r: _without(r, "plan_key")),
    ("a doc_id that is no hash prefix", lambda r: _with(r, "doc_id", "kontum-787")),
    ("an unknown format", lambda r: _with(r, "source.format", "pptx")),
    ("an unknown source code", lambda r: _with(r, "budget.statements", [{
        "scope": "total", "source": "federal", "year": None, "amount_vnd": 1, "raw": "1 đồng", "flags": [],
        "span": {"start": 0, "end": 1}}])),
    ("an issuer without its province fields", lambda r: _without(r, "issuer.province_2025_code")),
    ("a province code as text", lambda r: _with(r, "issuer.province_code", "20")),
    ("an agency without its key", lambda r: _without(r, "agencies.0.key")),
    ("a quality code in words", lambda r: _with(r, "quality", {"issues": [{
        "code": "Row sum mismatch", "severity": "warning", "message": "x", "where": None}]})),
    ("an unknown field", lambda r: _with(r, "province", "Lạng Sơn")),
]


def test_a_real_record_validates(record):
    assert list(_validator("document").iter_errors(record)) == []
    assert record["issued_date"] == "2017-12-28" and record["agencies"]


@pytest.mark.parametrize("name, change", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_the_schema_rejects(record, name, change):
    assert list(_validator("document").iter_errors(change(record))), name


def test_a_date_as_written_fails_without_a_format_checker_too(record):
    """`format` is only an annotation to a validator that is not asked to check it (the
    default of `jsonschema.validate`): the date's pattern still rejects what is not ISO."""
    plain = jsonschema.Draft202012Validator(schema_of("document"))
    assert list(plain.iter_errors(record)) == []
    for bad in ("03/04/2018", "2018-4-3", "ngày 03 tháng 4 năm 2018"):
        assert list(plain.iter_errors(_with(record, "issued_date", bad))), bad
    lb = next(i for i, b in enumerate(record["legal_bases"]) if b["issued_date"])
    assert list(plain.iter_errors(_with(record, f"legal_bases.{lb}.issued_date", "25/4/2017")))


def test_validate_command_rejects_a_bad_date_and_a_missing_one(extracted, tmp_path):
    """`python -m pipeline validate` (not only the tests' validator) checks formats: a record
    edited to `issued_date: "03/04/2018"` and one without the key are reported, exit 3."""
    import shutil
    out, _ = extracted
    copy = tmp_path / "v1"
    shutil.copytree(out, copy)
    first, second = sorted((copy / "documents").glob("*.json"))[:2]
    r = json.loads(first.read_text(encoding="utf-8"))
    first.write_text(json.dumps(_with(r, "issued_date", "03/04/2018"), ensure_ascii=False), encoding="utf-8")
    r = json.loads(second.read_text(encoding="utf-8"))
    second.write_text(json.dumps(_without(r, "issued_date"), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 3, done.stdout + done.stderr
    said = done.stdout + done.stderr
    assert f"{first.name}: schema: issued_date: '03/04/2018'" in said
    assert f"{second.name}: schema: (record): 'issued_date' is a required property" in said


def test_error_record_schema():
    out = process("broken.pdf", b"not a pdf")
    error = out.error.model_dump(mode="json")
    v = _validator("error")
    assert list(v.iter_errors(error)) == []
    assert list(v.iter_errors(_without(error, "stage")))
    assert list(v.iter_errors(_with(error, "stage", "exploded")))
    assert list(v.iter_errors(_with(error, "sha256", "abc")))


def test_manifest_schema(extracted):
    out, _ = extracted
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    v = _validator("manifest")
    assert list(v.iter_errors(manifest)) == []
    assert list(v.iter_errors(_without(manifest, "counts")))
    assert list(v.iter_errors(_with(manifest, "inputs.0.outcome", "lost")))
    for kind, name in (("document", "schema.json"), ("error", "error.schema.json"), ("manifest", "manifest.schema.json")):
        assert json.loads((out / name).read_text(encoding="utf-8")) == schema_of(kind)


# --- Parquet, generated from the same models ----------------------------------------------

JSON_TO_ARROW = {"integer": pa.int64(), "number": pa.float64(), "string": pa.string(), "boolean": pa.bool_()}


def _json_type(prop: dict, defs: dict):
    """(Arrow type, nullable) a JSON Schema property says."""
    options = prop.get("anyOf", [prop])
    nullable = any(o.get("type") == "null" for o in options)
    (o,) = [o for o in options if o.get("type") != "null"]
    if o.get("type") == "array":
        return pa.list_(pa.field("element", pa.string())), nullable
    if o.get("format") == "date":
        return pa.date32(), nullable
    if "enum" in o:
        return pa.string(), nullable
    return JSON_TO_ARROW[o["type"]], nullable


def _json_property(schema: dict, model_path: str) -> tuple[dict, bool]:
    """The JSON Schema property at `record.budget.items.span.start`-like paths, and whether
    an object on the way may be null (an item's span)."""
    defs = schema["$defs"]
    parts = model_path.split(".")[1:]
    node, nullable = schema, False
    for n, part in enumerate(parts):
        prop = node["properties"][part]
        if n == len(parts) - 1:
            return prop, nullable
        options = prop.get("anyOf", [prop])
        nullable = nullable or any(o.get("type") == "null" for o in options)
        ref = next(o.get("$ref") or (o.get("items") or {}).get("$ref") for o in options if o.get("type") != "null")
        node = defs[ref.split("/")[-1]]
    raise AssertionError(model_path)


@pytest.mark.parametrize("table", sorted(PARQUET_TABLES))
def test_parquet_columns_agree_with_the_json_schema(table):
    """Each column made from a record field has the type and nullability the JSON Schema
    gives that field; every field of the table's model is a column or left out by name."""
    spec = PARQUET_TABLES[table]
    schema = schema_of("document")
    for c in COLUMNS[table]:
        assert c.description, c.name
        if not c.path or spec.path is None:
            continue
        where = "record" + ("" if spec.path == "" else "." + spec.path) + "." + ".".join(c.path)
        prop, parent_nullable = _json_property(schema, where.replace("[]", ""))
        pa_type, nullable = _json_type(prop, schema["$defs"])
        assert (c.type, c.nullable) == (pa_type, nullable or parent_nullable), (table, c.name)
    fields = set(spec.model.model_fields)
    columns = {c.path[0] for c in COLUMNS[table] if c.path}
    assert fields == columns | set(spec.omit), table


def test_a_new_list_of_objects_needs_a_decision():
    """A model field that no column can hold (a list of objects) fails the generation unless
    the table spec leaves it out: the Parquet view cannot silently drop a field."""
    spec = PARQUET_TABLES["objectives"]
    PARQUET_TABLES["objectives"] = spec._replace(omit=())
    try:
        with pytest.raises(TypeError):
            table_columns("objectives")
    finally:
        PARQUET_TABLES["objectives"] = spec


@pytest.mark.parametrize("table", sorted(PARQUET_TABLES))
def test_written_parquet_has_the_generated_schema(extracted, table):
    out, _ = extracted
    parts = sorted((out / "parquet" / table).glob("*.parquet"))
    assert parts
    for part in parts:
        assert pq.read_schema(part).equals(SCHEMAS[table], check_metadata=True), part


def test_types_load_right_in_pandas_polars_and_duckdb(extracted):
    import duckdb
    import pandas as pd
    import polars as pl
    out, _ = extracted
    docs = pd.read_parquet(out / "parquet" / "documents")
    assert str(docs["budget_total_vnd"].dtype) == "Int64" and str(docs["period_start_year"].dtype) == "Int64"
    assert docs["issued_date"].dtype.kind == "M" and docs["issued_date"].dt.year.dropna().min() >= 2017
    assert str(docs["legal_basis_count"].dtype) == "int64"
    assert docs["budget_total_vnd"].isna().any()  # nulls stay nulls, not NaN floats
    items = pd.read_parquet(out / "parquet" / "budget_items")
    assert str(items["amount_vnd"].dtype) == "Int64" and str(items["year"].dtype) == "Int64"
    assert str(items["counted"].dtype) == "bool" and len(items) > 1000
    lbs = pd.read_parquet(out / "parquet" / "legal_bases")
    assert lbs["issued_date"].dtype.kind == "M"
    pdocs = pl.read_parquet(out / "parquet" / "documents")
    assert pdocs.schema["issued_date"] == pl.Date and pdocs.schema["budget_total_vnd"] == pl.Int64
    assert pl.read_parquet(out / "parquet" / "budget_items").schema["counted"] == pl.Boolean
    described = duckdb.sql(f"DESCRIBE SELECT * FROM '{out}/parquet/documents/*.parquet'").fetchall()
    types = {r[0]: r[1] for r in described}
    assert types["issued_date"] == "DATE" and types["budget_total_vnd"] == "BIGINT"
    assert types["signer_authority"] == "VARCHAR[]"


def test_the_data_dictionary_is_up_to_date():
    """docs/data-dictionary.md is what the models say (`make dictionary` writes it)."""
    committed = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), "run `make dictionary`"
    for table, columns in COLUMNS.items():
        section = committed.split(f"## `{table}`", 1)[1].split("\n## ", 1)[0]
        for c in columns:
            assert f"| `{c.name}` |" in section, (table, c.name)
        assert "codes" in section
    assert "| `counted` | bool |" in committed and "| `amount_vnd` | int64 (nullable) |" in committed


def test_quality_codes_in_use_are_listed(extracted):
    """Every quality code the corpus run emits, and every one the code names, is in the
    dictionary's list (a new code needs its line there)."""
    import re
    out, _ = extracted
    seen = set()
    for path in (out / "documents").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        seen |= {q["code"] for q in record["quality"]["issues"]}
        seen |= {f for i in record["budget"]["items"] + record["budget"]["statements"] for f in i["flags"]}
    named = set()
    for path in list((ROOT / "extractors").rglob("*.py")) + list((ROOT / "pipeline").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'"code": "([a-z]+\.[a-z_]+)"', text))
        named |= set(re.findall(r'^[A-Z_]+ = "((?:budget|number|table|header|text|pdf|html)\.[a-z_]+)"', text, re.M))
    assert seen and named
    assert (seen | named) - set(QUALITY_CODES) == set()


# --- the Python API -----------------------------------------------------------------------

def test_python_api(tmp_path):
    import pipeline
    from pipeline import DocumentRecord as Rec
    from pipeline import extract, extract_one, iter_records
    result = extract_one(RAW / "binhgia_213-KH-UBND_2017.txt")
    assert result.ok and isinstance(result.record, Rec) and result.record.number == "213/KH-UBND"
    assert str(result.record.issued_date) == "2017-12-28" and result.record.issuer.district_code == 181
    assert result.text[result.record.legal_bases[0].span.start:result.record.legal_bases[0].span.end]
    bad = extract_one(b"%PDF-1.4 nothing", name="broken.pdf")
    assert not bad.ok and isinstance(bad.error, ErrorRecord) and bad.error.stage == "read"
    with pytest.raises(pipeline.ExtractionError):
        bad.unwrap()
    summary = extract([RAW / "binhgia_213-KH-UBND_2017.txt"], tmp_path, jobs=1)
    assert summary.count("record") == 1
    assert [r.number for r in iter_records(tmp_path)] == ["213/KH-UBND"]
    with pytest.raises(FileNotFoundError):
        extract([tmp_path / "missing"], tmp_path)
    import vn_plan_extract
    assert vn_plan_extract.extract_one is extract_one
    hints = typing.get_type_hints(extract_one)
    assert hints["return"].__name__ == "DocumentResult"
    assert (ROOT / "pipeline" / "py.typed").is_file()


BLOCK_DEV = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"pytest", "hypothesis", "duckdb", "polars", "pandas", "docx", "yaml",
                                  "nbclient", "nbformat", "ipykernel", "matplotlib", "tests"}:
            raise ImportError(f"{name} is a dev dependency")
sys.meta_path.insert(0, Block())
"""


def test_runtime_needs_no_dev_dependency(extracted, tmp_path):
    """`from pipeline import extract`, an extraction and `validate` run with every dev-only
    package blocked (what a `pip install .` without [dev] has)."""
    out, _ = extracted
    code = BLOCK_DEV + (
        "from pipeline import extract, extract_one\n"
        f"assert extract_one({str(RAW / 'binhgia_213-KH-UBND_2017.txt')!r}).ok\n"
        "from pipeline.cli import main\n"
        f"sys.exit(main(['validate', {str(out.parent)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "0 problems" in done.stdout


def test_dependencies_are_bounded_and_locked():
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    deps = project["dependencies"] + [d for group in extras.values() for d in group]
    # an extra that includes another of the project's own (dev = nlp + tests) names no version
    own = [d for d in deps if d.split("[")[0] == project["name"]]
    assert all(set(d.split("[")[1].rstrip("]").split(",")) <= set(extras) for d in own), own
    deps = [d for d in deps if d not in own]
    for d in deps:
        assert ">=" in d and "<" in d, f"{d} needs both bounds"
    names = {d.split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip().lower().replace("_", "-")
             for d in deps}
    assert "jsonschema" in {n for n in (d.split(">")[0].lower() for d in project["dependencies"])}
    assert not {"pytest", "hypothesis", "duckdb", "polars", "pandas", "python-docx", "pyyaml"} & \
        {d.split(">")[0].lower() for d in project["dependencies"]}
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    missing = {n for n in names if n.replace(".", "-") not in pins and n not in pins}
    assert not missing, f"not pinned in constraints.txt: {missing} (run `make lock`)"
    assert "vn-plan-extract" not in pins
    assert "-c constraints.txt" in (ROOT / "Makefile").read_text(encoding="utf-8")
