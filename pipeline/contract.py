"""Every view of the contract, generated from pipeline/models.py so that none can drift:

- the JSON Schemas of the document record, the error record and the manifest;
- the Parquet schemas (`SCHEMAS`): each table's columns come from the fields of the model
  PARQUET_TABLES names for it, nested models flattened with '_' (`source_path`,
  `span_start`), with the pandas metadata that makes pandas read them right with default
  options (integers with nulls as `Int64`, dates as dates);
- docs/data-dictionary.md (`python -m pipeline.contract > docs/data-dictionary.md`, or
  `make dictionary`).
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Optional, Union

import pyarrow as pa
from pydantic import BaseModel

from pipeline.models import (PARQUET_TABLES, PIPELINE_VERSION, QUALITY_CODE, SCHEMA_VERSION, Derived, DocumentRecord,
                             ErrorRecord, Manifest, TableSpec)

SCHEMA_BASE = "https://example.invalid/vn-plan-extract/schema"
SCHEMA_KINDS = {"document": DocumentRecord, "error": ErrorRecord, "manifest": Manifest}


ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # 2018-04-03 (and not 03/04/2018)


def _date_patterns(node) -> None:
    """A `pattern` beside each `format: date`: draft 2020-12 makes `format` an annotation that
    validators skip unless asked (jsonschema needs a FormatChecker), a pattern they all check."""
    if isinstance(node, dict):
        if node.get("format") == "date" and node.get("type") == "string":
            node["pattern"] = ISO_DATE
        for v in node.values():
            _date_patterns(v)
    elif isinstance(node, list):
        for v in node:
            _date_patterns(v)


def json_schema(model: type[BaseModel], kind: str) -> dict:
    """The JSON Schema (draft 2020-12) of what the pipeline writes for `model`: serialization
    mode, so every field it always writes is required."""
    schema = model.model_json_schema(mode="serialization")
    _date_patterns(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{SCHEMA_BASE}/{SCHEMA_VERSION}/{kind}.json"
    return schema


def schema_of(kind: str) -> dict:
    return json_schema(SCHEMA_KINDS[kind], kind)


# --- Parquet ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    description: str
    unit: Optional[str]
    codes: tuple[str, ...]  # the values a code column takes
    path: tuple[str, ...]  # where the value is in the row's object (empty: derived)
    field: Optional[str] = None  # the model field ("budget.items[].amount_vnd") it comes from

    @property
    def is_date(self) -> bool:
        return self.type == pa.date32()


def _unwrap(annotation) -> tuple[Any, bool]:
    """(the type, whether null is allowed) of Optional[X] / X | None."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _codes(annotation) -> tuple[str, ...]:
    if typing.get_origin(annotation) is Literal:
        return tuple(str(a) for a in typing.get_args(annotation))
    return ()


LIST = pa.list_(pa.field("element", pa.string()))  # the list type as Parquet writes it (a read-back equals it)


def arrow_type(annotation) -> tuple[pa.DataType, tuple[str, ...]]:
    """The Arrow type of a scalar or list field, and its codes. A list of objects, a dict or
    a list of lists has no column (it needs a table of its own, or stays in the JSON)."""
    if annotation is bool:
        return pa.bool_(), ()
    if annotation is int:
        return pa.int64(), ()
    if annotation is float:
        return pa.float64(), ()
    if annotation is str:
        return pa.string(), ()
    if annotation is dt.date:
        return pa.date32(), ()
    if typing.get_origin(annotation) is Literal:
        return pa.string(), _codes(annotation)
    if typing.get_origin(annotation) is list:
        (inner,) = typing.get_args(annotation)
        if inner is str or typing.get_origin(inner) is Literal:
            return LIST, _codes(inner)
    raise TypeError(f"no Parquet column for {annotation!r}: give it a table of its own or `omit` it")


def _model_columns(model: type[BaseModel], spec: TableSpec, prefix: str, path: tuple[str, ...], nullable: bool,
                   where: str) -> list[Column]:
    out = []
    for name, info in model.model_fields.items():
        if not prefix and name in spec.omit:
            continue
        annotation, optional = _unwrap(info.annotation)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        column = spec.rename.get(name, name) if not prefix else f"{prefix}_{name}"
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out += _model_columns(annotation, spec, column, path + (name,), nullable or optional, f"{where}.{name}")
            continue
        pa_type, codes = arrow_type(annotation)
        description = info.description or ""
        if prefix:  # source_path: "source: the input's path ..."
            description = f"{prefix}: {description}"
        out.append(Column(column, pa_type, nullable or optional, description, extra.get("x-unit"), codes,
                          path + (name,), f"{where}.{name}"))
    return out


def _derived(d: Derived) -> Column:
    annotation, optional = _unwrap(d.type)
    pa_type, codes = arrow_type(annotation)
    return Column(d.name, pa_type, optional, d.description, d.unit, codes, ())


def table_columns(name: str) -> list[Column]:
    spec = PARQUET_TABLES[name]
    where = "record" if spec.path == "" else (spec.path or name)
    own = _model_columns(spec.model, spec, "", (), False, where)
    own.sort(key=lambda c: c.name not in spec.first)
    return [_derived(d) for d in spec.keys] + own + [_derived(d) for d in spec.extra]


def _pandas_dtype(column: Column) -> tuple[str, str]:
    """(pandas_type, numpy_type) of the pandas metadata: an integer or boolean column that
    may be null reads as pandas' nullable Int64 / boolean, a date as a date."""
    t = column.type
    if t == pa.int64():
        return "int64", ("Int64" if column.nullable else "int64")
    if t == pa.bool_():
        return "bool", ("boolean" if column.nullable else "bool")
    if t == pa.float64():
        return "float64", "float64"
    if t == pa.date32():
        return "date", "date32[day][pyarrow]"
    if t == pa.string():
        return "unicode", "object"
    return "list[unicode]", "object"


def pandas_metadata(columns: list[Column]) -> bytes:
    return json.dumps({
        "index_columns": [], "column_indexes": [],
        "columns": [dict(zip(("name", "field_name", "pandas_type", "numpy_type", "metadata"),
                             (c.name, c.name, *_pandas_dtype(c), None))) for c in columns],
        "creator": {"library": "vn-plan-extract", "version": PIPELINE_VERSION}, "pandas_version": "2.2.0",
    }, ensure_ascii=False).encode("utf-8")


def parquet_schema(name: str) -> pa.Schema:
    columns = table_columns(name)
    fields = [pa.field(c.name, c.type, nullable=c.nullable, metadata={b"description": c.description.encode("utf-8")})
              for c in columns]
    meta = {b"schema_version": SCHEMA_VERSION.encode(), b"pipeline_version": PIPELINE_VERSION.encode(),
            b"pandas": pandas_metadata(columns)}
    return pa.schema(fields, metadata=meta)


COLUMNS: dict[str, list[Column]] = {name: table_columns(name) for name in PARQUET_TABLES}
SCHEMAS: dict[str, pa.Schema] = {name: parquet_schema(name) for name in PARQUET_TABLES}


# --- the data dictionary ------------------------------------------------------------------

QUALITY_CODES = {
    "budget.row_sum_mismatch": "a row's total cell is not the sum of its year or source cells (every cell of the "
                               "row is flagged: which one is wrong is unknown)",
    "budget.column_sum_mismatch": "a parent row is not the sum of the rows under it",
    "budget.statement_table_mismatch": "a sum stated in prose differs from its table's total row",
    "number.footnote_suspected": "a number with a footnote marker glued to it ('67.4011'), read as the sums agree",
    "number.ocr_suspected": "a number OCR read with low confidence or with digit groups no table writes",
    "number.out_of_range": "an amount beyond what a 64-bit integer holds: amount_vnd left null",
    "number.english_format": "a number written the English way ('1,500.25')",
    "table.shape_irregular": "a row with a cell missing or extra",
    "table.unit_assumed": "a table that states no unit, read in the unit the size of its numbers suggests",
    "table.unit_from_prose": "a table that states no unit, read in the unit in which the prose states its largest "
                             "amount ('Tổng kinh phí ... 48.600.000 nghìn đồng' over a total row of 48.600.000)",
    "table.year_corrected": "a header year outside the plan's period, read as its neighbours say",
    "table.header_unaligned": "a header whose rows have fewer cells than the table has columns (merged cells' spans "
                              "lost) and that no reading of merged cells fits: its amounts' years and sources are "
                              "left unknown (year null, source total)",
    "table.grid_too_large": "a table too large to spread (over 200,000 positions), refused",
    "header.missing_number": "no document number found",
    "header.missing_date": "no date of issue found",
    "header.invalid_date": "a date of issue that is no calendar date",
    "header.incomplete_date": "a date of issue with its day or month left blank (a draft)",
    "header.metadata_mismatch": "the file's metadata names another document than its header",
    "read.format_mismatch": "the file's bytes are another format than its extension says (a Word 97 file "
                            "named .docx, a web page named .doc): read as what they are; source.format keeps "
                            "the extension's",
    "read.bundle_document_left_out": "an archive or an e-mail holds more files with a document's own header than the "
                                     "one read into this record: they are named (extract each alone)",
    "read.formulas_not_computed": "a workbook's formulas stored without their values (written by a program, not "
                                  "by Excel) that LibreOffice could not compute: their cells read empty",
    "text.legacy_encoding_converted": "TCVN3 or VNI text converted to Unicode",
    "text.legacy_font_converted": "text set in legacy TCVN3/VNI fonts (.VnTime, VNI-Times) converted to Unicode",
    "text.escapes_decoded": "a text saved with its characters escaped, decoded: a page's HTML character references "
                            "('Ph&#432;&#417;ng', 'nh&acirc;n') or a JSON string's escapes ('\\n', '\\u1ebf')",
    "text.mojibake_repaired": "UTF-8 text that was decoded as Windows-1252 and saved again ('Káº¿ hoáº¡ch' for 'Kế "
                              "hoạch'), repaired",
    "text.word_segmented": "word-segmented input ('Kế_hoạch') de-segmented",
    "pdf.text_layer_unusable": "PDF pages whose glyph codes could not be read (or with no text)",
    "pdf.ocr_layer_read": "a searchable scan's page (an image under another program's invisible OCR text) read from "
                          "that text, OCR being off or unavailable",
    "pdf.ocr_used": "pages read by OCR (a scanned PDF's, or an image file's), with the mean word confidence",
    "pdf.ocr_failed": "a page whose OCR failed (Tesseract crashed or overran; an image file's page that cannot be "
                      "decoded): left out, the other pages kept",
    "image.resolution_assumed": "an image file that states no resolution, or none a paper page has (a phone "
                                "photo's 72 dpi): read as if its narrower side were an A4 page's width",
    "html.nesting_too_deep": "HTML nested deeper than the parser takes, cut",
    "docx.pictures_unread": "a Word file whose page-sized pictures (a scan pasted into Word) OCR could not read: "
                            "its typed text only",
    "outline.numbering_irregular": "section numbers that skip or repeat",
    "extract.field_failed": "a field's extractor failed on the document: that field is left empty",
    "record.span_invalid": "a span that does not hold its value (a bug of ours): the record is kept",
}


def _type_name(column: Column) -> str:
    t = column.type
    name = {pa.int64(): "int64", pa.float64(): "float64", pa.string(): "string", pa.bool_(): "bool",
            pa.date32(): "date32"}.get(t, "list<string>")
    return name + (" (nullable)" if column.nullable else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def data_dictionary() -> str:
    """docs/data-dictionary.md."""
    lines = [
        "# Data dictionary",
        "",
        f"Schema {SCHEMA_VERSION}. Generated from `pipeline/models.py` by `make dictionary` "
        "(`python -m pipeline.contract`); a test fails when this file differs from what the models say.",
        "",
        "Each table is a folder of part files under `data/structured/v1/parquet/<table>/`, read with no "
        "options: `pd.read_parquet(folder)`, `pl.read_parquet(folder)`, "
        "`duckdb.sql(\"FROM 'folder/*.parquet'\")`. Integers are int64 (pandas: `Int64` where the "
        "column may be null), money is int64 đồng (VND), dates are date32 (pandas: `date32[pyarrow]`), "
        "lists are list<string>. Every file's key-value metadata carries `schema_version` and "
        "`pipeline_version`, and every column its description.",
        "",
        "The JSON record (`documents/<doc_id>.json`, schema `schema.json`, `python -m pipeline schema`) "
        "holds everything below and a few things that are JSON only: the outline (`sections`), "
        "footnotes, and each budget table's header and rows.",
        "",
        "## Counting right",
        "",
        "- **Each plan once**: the same issued plan as .txt, .html, .docx and .pdf is four documents "
        "with one `plan_key`; the `plans` table has one row per plan and its `primary_doc_id`. Join on "
        "`plans.primary_doc_id = <table>.doc_id` to count each plan once.",
        "- **Each amount once**: `budget_items.counted` is true on exactly one cell per amount (leaf rows "
        "and the finest columns whose parts add up, of detail tables). `sum(amount_vnd) WHERE counted` per "
        "document is the plan's total; grouped by `year` or `source`, its parts.",
        "",
    ]
    for name, spec in PARQUET_TABLES.items():
        lines += [f"## `{name}`", "", spec.description[:1].upper() + spec.description[1:] + ".", "",
                  "| column | type | meaning | unit | codes |", "|---|---|---|---|---|"]
        for c in COLUMNS[name]:
            codes = ", ".join(f"`{x}`" for x in c.codes)
            lines.append(f"| `{c.name}` | {_type_name(c)} | {_cell(c.description)} | {c.unit or ''} | {codes} |")
        lines.append("")
    lines += ["## Quality codes", "",
              f"`quality_issues.code` and the `flags` of statements and items (pattern `{QUALITY_CODE}`):", "",
              "| code | meaning |", "|---|---|"]
    lines += [f"| `{code}` | {_cell(meaning)} |" for code, meaning in QUALITY_CODES.items()]
    lines += ["", "## JSON Schemas", "",
              "`python -m pipeline schema [document|error|manifest]` prints them; every published version has "
              "them as `schema.json` (the document record), `error.schema.json` and `manifest.schema.json`. "
              "Every field the pipeline always writes is required (null or [] when the document does not "
              "state it), dates have `format: date`, ids a `pattern`, codes an `enum`, every field a "
              "`description`.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    sys.stdout.write(data_dictionary())
