"""The record contract (../shared/SPEC.md), defined once: the pydantic models below, with a
description (and a unit where there is one) for every field. Everything else is generated
from them (pipeline/contract.py): the JSON Schemas of the document record, the error
record and the manifest (`python -m pipeline schema`), the Parquet schemas (`PARQUET_TABLES`
says which model feeds which table), and `docs/data-dictionary.md`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, NamedTuple, Optional

from pydantic import BaseModel, ConfigDict, Field

from normalizers.docnum import TYPE_CODES

SCHEMA_VERSION = "1.8"  # 1.1: targets.value_high, budget item spans in Parquet, schema.json
# 1.2 (additive): formats doc, rtf, xls, xlsx; source.duplicates, text_sha256, amount_vnd null
# beyond int64, error records of unreadable inputs have no sha256
# 1.3 (additive): plan_key; issuer province/district with codes, before and after 2025;
# agencies[].key; budget table roles and `counted` items; the plans and budget_tables tables;
# the schema marks every field required (all are always written), dates `format: date`
# 1.4 (additive): formats odt, ods (OpenDocument, read through LibreOffice)
# 1.5 (additive): formats png, jpeg, tiff, bmp, webp (scanned pages saved as images, read by OCR)
# 1.6 (additive): format eml (an e-mail: the body or the attachment that holds the plan)
# 1.7 (additive): format wordxml (a Word document saved as XML: a flat OPC package, a Word 2003 XML document)
# 1.8 (additive): formats zip, rar, 7z (an archive of the plan's files: the plan and its annexes)
PIPELINE_VERSION = "0.3.0"


def F(description: str, *, unit: str | None = None, default: Any = ..., **kw) -> Any:
    """A field with its description (and unit: shown in the data dictionary, `x-unit` in the
    JSON Schema)."""
    extra = {"x-unit": unit} if unit else None
    if "default_factory" in kw:
        return Field(description=description, json_schema_extra=extra, **kw)
    return Field(default, description=description, json_schema_extra=extra, **kw)


class Model(BaseModel):
    # every field is written by the pipeline (null or [] when the document does not state
    # it), so the serialization schema marks every field required
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


FormatCode = Literal["txt", "md", "html", "pdf", "docx", "doc", "rtf", "xls", "xlsx", "odt", "ods",
                     "png", "jpeg", "tiff", "bmp", "webp", "eml", "wordxml", "zip", "rar", "7z"]
SourceCode = Literal["total", "central", "local", "mobilized", "other"]
RowKind = Literal["item", "group", "subtotal", "total"]
TableRole = Literal["detail", "summary"]
DocType = Literal[tuple(TYPE_CODES)]  # type: ignore[valid-type]
DocTypeCode = Literal[tuple(sorted({c for c in TYPE_CODES.values() if c}))]  # type: ignore[valid-type]

DOC_ID = r"^[0-9a-f]{16}$"
SHA256 = r"^[0-9a-f]{64}$"
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1  # what a Parquet int64 column holds (amounts in VND)
PLAN_KEY = r"^[mcd]:[0-9a-f]{16}$"  # "m:855a3f58768014cd"
# "budget.row_sum_mismatch": a quality code (the codes in use are listed in docs/data-dictionary.md)
QUALITY_CODE = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$"


class Span(Model):
    """Character offsets into text/<doc_id>.txt; text[start:end] holds what the value was read from."""

    start: int = F("offset of the first character, into text/<doc_id>.txt", unit="characters", ge=0)
    end: int = F("offset just past the last character", unit="characters", ge=0)


class Source(Model):
    path: str = F("the input's path relative to the input root given to `extract`")
    format: FormatCode = F("the input's format, from its extension (from its content where no reader takes the "
                           "extension: a Word document saved as .xml, a PDF saved as .bin)")
    sha256: str = F("sha256 of the input's bytes (hex)", pattern=SHA256)
    bytes: int = F("size of the input", unit="bytes", ge=0)
    encoding: Optional[str] = F("text encoding detected (txt, md, html); null for binary formats", default=None)
    duplicates: list[str] = F("other inputs with the same bytes (read once, this record stands for them)",
                              default_factory=list)


IssuerLevel = Literal["central", "ministry", "province", "district", "commune", "department"]


class Issuer(Model):
    name: Optional[str] = F("the issuing body in full, sentence case, new-style tone marks "
                            "('Ủy ban nhân dân tỉnh Kon Tum')", default=None)
    level: Optional[IssuerLevel] = F("the issuer's level of government", default=None)
    locality: Optional[str] = F("the place in the issuer's name as the document writes it ('Kon Tum', "
                                "'Tu Mơ Rông')", default=None)
    province: Optional[str] = F("the issuer's province before the 2025 merger (one of the 63), official name "
                                "without 'tỉnh'/'thành phố' ('Kon Tum'); for a district or commune issuer, the "
                                "province it was in; null for a central body or an unknown place", default=None)
    province_code: Optional[int] = F("GSO code of `province` (62 = Kon Tum)", default=None)
    district: Optional[str] = F("the issuer's district before 2025 with its kind ('huyện Tu Mơ Rông'); "
                                "null unless the issuer is (or is under) a district", default=None)
    district_code: Optional[int] = F("GSO code of `district` (617 = huyện Tu Mơ Rông)", default=None)
    province_2025: Optional[str] = F("today's province (one of the 34 since 1 July 2025) that holds the issuer's "
                                     "place ('Quảng Ngãi' for Kon Tum)", default=None)
    province_2025_code: Optional[int] = F("GSO code of `province_2025`", default=None)


class Period(Model):
    start_year: Optional[int] = F("first year of the plan's period ('giai đoạn 2016-2020' -> 2016)", unit="year",
                                  default=None)
    end_year: Optional[int] = F("last year of the period (a one-year plan: the same year)", unit="year", default=None)


class Signer(Model):
    name: Optional[str] = F("who signed ('Trần Thị Nga')", default=None)
    title: Optional[str] = F("the signer's title ('Phó Chủ tịch')", default=None)
    authority: list[str] = F("the TM./KT./Q./TL./TUQ. lines ('TM. Ủy ban nhân dân', 'KT. Chủ tịch')",
                             default_factory=list)


class LegalBasis(Model):
    relation: Literal["can_cu", "thuc_hien"] = F("'can_cu' for 'Căn cứ', 'thuc_hien' for 'Thực hiện', "
                                                 "'Triển khai', 'Theo'")
    doc_type: Optional[str] = F("type of the document referred to ('Nghị định', 'Luật')", default=None)
    number: Optional[str] = F("its number and symbol ('565/QĐ-TTg')", default=None)
    issued_date: Optional[dt.date] = F("its date of issue", default=None)
    issuer: Optional[str] = F("its issuer as named", default=None)
    title: Optional[str] = F("its title (trích yếu)", default=None)
    span: Span = F("where the reference is in the text")


class Section(Model):
    path: str = F("the section's place in the outline ('II', 'II.2', 'III.2.1.a')")
    label: str = F("its label as written ('II.', '2.1.', 'a)')")
    heading: str = F("its heading")
    level: int = F("depth in the outline (1 = top)", ge=1)
    span: Span = F("where the heading is in the text")


class Target(Model):
    value: float = F("the number committed to ('86,5 %' -> 86.5)", unit="in `unit`")
    unit: str = F("'percent', or a counted noun as written ('cơ sở', 'người')")
    raw: str = F("the number as written ('86,5 %')")
    indicator: Optional[str] = F("the clause the number measures", default=None)
    bound: Optional[Literal["exact", "min", "max", "range"]] = F(
        "how the number binds: 'min' for '90% trở lên', 'max' for 'dưới 5%', 'range' for 'từ 70% đến 80%'",
        default=None)
    value_high: Optional[float] = F("the upper end of a range ('từ 70% đến 80%' -> 80)", unit="in `unit`",
                                    default=None)
    span: Span = F("where `raw` is in the text")


class Objective(Model):
    section: Optional[str] = F("the section path it sits in", default=None)
    kind: Literal["general", "specific"] = F("'general' under 'Mục tiêu tổng quát/chung', 'specific' under "
                                             "'Mục tiêu cụ thể'")
    text: str = F("the objective as written")
    target_year: Optional[int] = F("the year it is to be met by ('đến năm 2020'; in a one-year plan, an objective with no year of its own: the plan's year)", unit="year", default=None)
    targets: list[Target] = F("the numbers it commits to", default_factory=list)
    span: Span = F("where the objective is in the text")


class Activity(Model):
    code: str = F("the activity's number as in the text ('1', '2.1', '1.a')")
    project: Optional[str] = F("the project it belongs to ('Dự án 2')", default=None)
    title: str = F("its title")
    content: list[str] = F("its bullets", default_factory=list)
    lead_agencies: list[str] = F("agencies that lead it (canonical names, as in `agencies`)", default_factory=list)
    partner_agencies: list[str] = F("agencies that take part (canonical names)", default_factory=list)
    span: Span = F("where the activity is in the text")


class Responsibility(Model):
    agency: str = F("the agency assigned (canonical name, as in `agencies`)")
    duties: list[str] = F("its duties, one per bullet", default_factory=list)
    span: Span = F("where the assignment is in the text")


AgencyRole = Literal["lead", "partner", "responsible"]


class Agency(Model):
    name: str = F("canonical name, abbreviations expanded ('Sở Lao động - Thương binh và Xã hội')")
    aliases: list[str] = F("the names as the document writes them", default_factory=list)
    roles: list[AgencyRole] = F("the roles it has in the document", default_factory=list)
    mentions: int = F("how many times it is named as lead, partner or responsible", ge=0, default=0)
    key: str = F("the same body across documents: canonical name and the place it belongs to, joined by ' | ' "
                 "('Sở Y tế | Lâm Đồng', 'Phòng Tư pháp | huyện Bình Gia | Lạng Sơn'; a central body has no "
                 "place: 'Bộ Tài chính'). Group on it to count across documents")


class BudgetStatement(Model):
    scope: str = F("what the sum is for: 'total' (the plan), 'Dự án 1', an activity code, or a short label")
    source: SourceCode = F("the funding source: total (all sources), central (ngân sách Trung ương), local "
                           "(ngân sách địa phương), mobilized (vận động, xã hội hóa), other")
    year: Optional[int] = F("the year the sum is for; null for the whole period", unit="year", default=None)
    amount_vnd: Optional[int] = F("the sum in đồng; null only beyond what int64 holds (flag number.out_of_range)",
                                  unit="VND", default=None)
    raw: str = F("the sum as written ('67.400 triệu đồng')")
    flags: list[str] = F("quality codes of this value (see quality codes)", default_factory=list)
    span: Span = F("where `raw` is in the text")


class TableRow(Model):
    code: Optional[str] = F("the row's code as written ('I', '1', '-')", default=None)
    label: Optional[str] = F("the row's label", default=None)
    cells: list[str] = F("every cell of the row as written", default_factory=list)
    kind: RowKind = F("item (a leaf row), group (a row with the rows it sums under it), subtotal, total",
                      default="item")


class BudgetTable(Model):
    id: str = F("the table's id in the document ('t1', 't2' in reading order)")
    title: Optional[str] = F("the table's title", default=None)
    unit: Optional[str] = F("the unit its amounts are written in ('triệu đồng')", default=None)
    multiplier: Optional[int] = F("VND per unit of its amounts (1000000 for triệu đồng)", unit="VND per unit",
                                  default=None)
    header: list[list[str]] = F("the header rows as written", default_factory=list)
    rows: list[TableRow] = F("the body rows", default_factory=list)
    role: TableRole = F("'summary' when its rows restate other tables of the document (their totals equal its "
                        "rows'), else 'detail'", default="detail")
    summarizes: list[str] = F("ids of the tables a summary restates", default_factory=list)
    span: Span = F("where the table is in the text")


class BudgetItem(Model):
    table: str = F("id of the table the cell is in ('t1')")
    row_code: Optional[str] = F("the row's code", default=None)
    row_label: Optional[str] = F("the row's label", default=None)
    row_kind: RowKind = F("the row's kind: item (leaf), group (sums the rows under it), subtotal, total",
                          default="item")
    year: Optional[int] = F("the column's year; null for an all-years column", unit="year", default=None)
    source: SourceCode = F("the column's (or the row's) funding source; 'total' for an all-sources column")
    amount_vnd: Optional[int] = F("the cell in đồng, as the sum checks read it; null only beyond int64",
                                  unit="VND", default=None)
    raw: str = F("the cell as written")
    flags: list[str] = F("quality codes of this value: a number without a flag is one the row and column sums "
                         "found consistent", default_factory=list)
    span: Optional[Span] = F("where the cell is in the text", default=None)
    table_role: TableRole = F("the role of the table the cell is in (see budget.tables[].role)", default="detail")
    counted: bool = F("true on exactly one cell per amount: leaf rows and the finest columns whose parts add up, "
                      "of detail tables (a summary's rows that other tables restate, totals, subtotals, groups and "
                      "all-years/all-sources columns are not), so sum(amount_vnd) WHERE counted is the plan's "
                      "total, and by year or source its parts. Where a table gives several figures for one year "
                      "and source (Dự toán, Ước thực hiện), the first is counted", default=False)
    row_index: int = F("the row's position in the table's rows (0-based)", ge=0, default=0)
    column_index: int = F("the column's position in the table's columns (0-based); two figures for the same year "
                          "and source differ here", ge=0, default=0)


class Budget(Model):
    statements: list[BudgetStatement] = F("sums stated in prose", default_factory=list)
    tables: list[BudgetTable] = F("every budget table", default_factory=list)
    items: list[BudgetItem] = F("the tables in tidy form, one per non-empty amount cell", default_factory=list)


class Footnote(Model):
    marker: str = F("the footnote's marker ('1', '*')")
    text: str = F("its text")
    span: Optional[Span] = F("where the footnote is in the text", default=None)


Severity = Literal["info", "warning", "error"]


class QualityIssue(Model):
    code: str = F("what was found, as 'area.what' (budget.row_sum_mismatch, header.missing_date, ...: the "
                  "codes are listed in docs/data-dictionary.md)", pattern=QUALITY_CODE)
    severity: Severity = F("info, warning or error")
    message: str = F("what was found and done, in words")
    where: Optional[str] = F("where: a field path, a table id or a span 'start-end'", default=None)


class Quality(Model):
    issues: list[QualityIssue] = F("what the pipeline found doubtful or repaired", default_factory=list)


class DocumentRecord(Model):
    """One input document: documents/<doc_id>.json."""

    schema_version: str = F("the record contract's version", default=SCHEMA_VERSION)
    pipeline_version: str = F("the version of the pipeline that wrote it", default=PIPELINE_VERSION)
    doc_id: str = F("the first 16 hex digits of the sha256 of the input's bytes", pattern=DOC_ID)
    plan_key: str = F("one key per issued plan across renditions and scrapes: 'm:' + a hash of the canonical "
                      "number, issuer and date when all three are known, else 'c:' + a hash of the prose, else "
                      "'d:' + the first 16 hex digits of text_sha256 (a text with no prose: the same for byte-level "
                      "variants of one text). Deduplicate corpus-wide on it (the plans table)", pattern=PLAN_KEY)
    source: Source = F("the input file")
    doc_type: Optional[DocType] = F("canonical type name ('Kế hoạch', 'Quyết định')", default=None)
    doc_type_code: Optional[DocTypeCode] = F("the official type code (Nghị định 30/2020/NĐ-CP): KH, QĐ, NQ, ...; "
                                             "null for a Công văn", default=None)
    number: Optional[str] = F("number and symbol as written after 'Số', spaces removed ('787/KH-UBND')",
                              default=None)
    issuer: Issuer = F("the issuing body and the places it belongs to", default_factory=Issuer)
    place: Optional[str] = F("the place name before ', ngày' ('Kon Tum')", default=None)
    issued_date: Optional[dt.date] = F("date of issue", default=None)
    title: Optional[str] = F("the title (trích yếu) after the type name, sentence case", default=None)
    period: Period = F("the years the plan covers", default_factory=Period)
    signer: Signer = F("who signed", default_factory=Signer)
    recipients: list[str] = F("the 'Nơi nhận' lines", default_factory=list)
    legal_bases: list[LegalBasis] = F("documents the preamble acts on", default_factory=list)
    sections: list[Section] = F("the outline in reading order", default_factory=list)
    objectives: list[Objective] = F("objective items", default_factory=list)
    activities: list[Activity] = F("numbered projects, activities and tasks", default_factory=list)
    responsibilities: list[Responsibility] = F("agency-by-agency assignments", default_factory=list)
    agencies: list[Agency] = F("every agency named as lead, partner or responsible", default_factory=list)
    budget: Budget = F("budget statements, tables and items", default_factory=Budget)
    footnotes: list[Footnote] = F("footnotes", default_factory=list)
    quality: Quality = F("quality issues", default_factory=Quality)
    text_sha256: Optional[str] = F("sha256 of text/<doc_id>.txt, which every span points into", default=None,
                                   pattern=SHA256)


# Where an input failed. A document's own stages: read, normalize, extract, validate;
# the run's: timeout (over --timeout), worker_lost (the worker process died while it held
# the document: killed by the kernel for memory, or a crash in C code). An input that
# could not be read at all, or is over --max-mb (judged by stat() before reading), has no
# sha256; its doc_id is then taken from its path.
ERROR_STAGES = ("read", "normalize", "extract", "validate", "timeout", "worker_lost")
ErrorStage = Literal[ERROR_STAGES]  # type: ignore[valid-type]


class ErrorRecord(Model):
    """An input that failed: errors/<doc_id>.json."""

    schema_version: str = F("the record contract's version", default=SCHEMA_VERSION)
    pipeline_version: str = F("the version of the pipeline that wrote it", default=PIPELINE_VERSION)
    doc_id: str = F("sha256 prefix of the bytes, or of the path when the bytes could not be read", pattern=DOC_ID)
    path: str = F("the input's path relative to its input root")
    sha256: Optional[str] = F("sha256 of the bytes; null when they could not be read", default=None,
                              pattern=SHA256)
    bytes: Optional[int] = F("size of the input", unit="bytes", default=None)
    format: Optional[FormatCode] = F("the input's format", default=None)
    stage: ErrorStage = F("where it failed: read, normalize, extract, validate (the document's stages), timeout, "
                          "worker_lost (the run's)")
    error_type: str = F("the exception's type ('ReadError', 'OcrUnavailable', 'DocumentTimeout')")
    message: str = F("what went wrong, in words")
    duplicates: list[str] = F("other inputs with the same bytes", default_factory=list)


# --- the manifest -----------------------------------------------------------------------

Outcome = Literal["record", "error", "duplicate", "skipped"]


class ManifestInput(Model):
    path: str = F("the input's path relative to its input root")
    format: Optional[str] = F("its format (the extension for a skipped file)", default=None)
    outcome: Outcome = F("record, error (errors/<doc_id>.json), duplicate (the same bytes as another input), "
                         "skipped (with its reason)")
    doc_id: Optional[str] = F("the record's (or error record's) doc_id", default=None, pattern=DOC_ID)
    sha256: Optional[str] = F("sha256 of the bytes", default=None, pattern=SHA256)
    bytes: Optional[int] = F("size", unit="bytes", default=None)
    key: Optional[str] = F("what its processing is keyed on (bytes, format, code, options): an unchanged key is "
                           "reused by the next run", default=None)
    document: Optional[str] = F("its record's file", default=None)
    text: Optional[str] = F("its text file", default=None)
    error: Optional[str] = F("its error record's file", default=None)
    stage: Optional[ErrorStage] = F("where it failed", default=None)
    error_type: Optional[str] = F("the exception's type", default=None)
    message: Optional[str] = F("what went wrong", default=None)
    duplicates: Optional[list[str]] = F("other inputs with the same bytes", default=None)
    duplicate_of: Optional[str] = F("for a duplicate: the input whose record stands for it", default=None)
    reason: Optional[str] = F("for a skipped input: why", default=None)

    # optional keys are left out (not null): only path and outcome are always there
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=False)


class ManifestFile(Model):
    path: str = F("the file's path in the version")
    sha256: str = F("its sha256", pattern=SHA256)
    bytes: int = F("its size", unit="bytes", ge=0)
    rows: Optional[int] = F("rows of a Parquet part file (left out for other files)", default=None)

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=False)


class ManifestTable(Model):
    rows: int = F("rows of the table, over its part files", ge=0)
    files: list[str] = F("its part files")


class Counts(Model):
    record: int = F("inputs that became records", ge=0)
    error: int = F("inputs that became error records", ge=0)
    duplicate: int = F("inputs with the same bytes as another", ge=0)
    skipped: int = F("inputs skipped, with their reason", ge=0)


class Manifest(Model):
    """manifest.json: the version's inputs and files."""

    schema_version: str = F("the record contract's version")
    pipeline_version: str = F("the pipeline's version")
    options: dict[str, Any] = F("the options of the run that made the version")
    counts: Counts = F("inputs by outcome")
    removed: list[str] = F("inputs of the previous version that are gone")
    inputs: list[ManifestInput] = F("every input the walk found, with its outcome")
    parquet: dict[str, ManifestTable] = F("every Parquet table: its row count and part files")
    files: list[ManifestFile] = F("every file of the version but manifest.json and run.json, with its sha256")


# --- Parquet ------------------------------------------------------------------------------
# Rows of derived tables (not lists in the record) have models of their own.

class ActivityAgency(Model):
    """One agency of one activity: activities.lead_agencies and partner_agencies, one per row."""

    activity_code: str = F("the activity's code (activities.activity_code)")
    role: Literal["lead", "partner"] = F("lead or partner")
    agency: str = F("the agency's canonical name (agencies.name)")
    agency_key: str = F("the agency's key across documents (agencies.agency_key)")


class Plan(Model):
    """One issued plan: the documents (renditions, scrapes) that share a plan_key."""

    plan_key: str = F("the plan's key (documents.plan_key)")
    primary_doc_id: str = F("the document that stands for the plan in corpus-wide sums: the first of its "
                            "renditions in the order docx, xlsx, html, md, txt, doc, rtf, xls, pdf (then by path)",
                            pattern=DOC_ID)
    number: Optional[str] = F("the number its documents state (the most common)", default=None)
    issuer_name: Optional[str] = F("the issuer they state (the most common)", default=None)
    issued_date: Optional[dt.date] = F("the date they state (the most common)", default=None)
    title: Optional[str] = F("the primary document's title", default=None)
    doc_ids: list[str] = F("every document of the plan, primary first", default_factory=list)
    formats: list[str] = F("their formats, in the order of doc_ids", default_factory=list)
    source_paths: list[str] = F("their paths, in the order of doc_ids", default_factory=list)


class Derived(NamedTuple):
    """A column made from a record, not one of its fields (with its meaning)."""

    name: str
    type: Any
    description: str
    unit: Optional[str] = None


class TableSpec(NamedTuple):
    """A Parquet table: rows from the record list at `path` (None: a derived table), one per
    element of `model`, its fields as columns (nested models flattened with '_': source_path,
    span_start), `rename`d, `omit` left out (lists of objects: tables of their own, or
    JSON only), `keys` (derived columns) first and `extra` (derived columns) last."""

    model: type[BaseModel]
    path: Optional[str]
    description: str
    keys: tuple[Derived, ...] = ()
    extra: tuple[Derived, ...] = ()
    rename: dict[str, str] = {}
    omit: tuple[str, ...] = ()
    first: tuple[str, ...] = ()  # model columns moved to the front


DOC = Derived("doc_id", str, "the document (documents.doc_id)")
PARQUET_TABLES: dict[str, TableSpec] = {
    "documents": TableSpec(
        DocumentRecord, "", "one row per document record: its scalar fields, nested objects flattened with '_'",
        extra=(Derived("legal_basis_count", int, "legal_bases in the record"),
               Derived("activity_count", int, "activities in the record"),
               Derived("budget_total_vnd", Optional[int], "the plan's total as stated: the prose statement with scope "
                       "total, source total and no year, else the total row of a table", "VND"),
               Derived("budget_counted_vnd", Optional[int], "sum of budget_items.amount_vnd where counted: the total "
                       "the tables add up to (null when the document has no counted item)", "VND")),
        omit=("legal_bases", "sections", "objectives", "activities", "responsibilities", "agencies", "budget",
              "footnotes", "quality"),
        first=("doc_id",)),
    "plans": TableSpec(Plan, None, "one row per plan_key: the documents that are one issued plan"),
    "legal_bases": TableSpec(LegalBasis, "legal_bases", "one row per legal basis",
                             keys=(DOC, Derived("basis_index", int, "position in the record's legal_bases (0-based)"))),
    "objectives": TableSpec(Objective, "objectives", "one row per objective", omit=("targets",),
                            keys=(DOC, Derived("objective_index", int, "position in the record's objectives "
                                                                       "(0-based)"))),
    "targets": TableSpec(Target, "objectives[].targets", "one row per target of an objective",
                         keys=(DOC, Derived("objective_index", int, "the objective it belongs to "
                                                                    "(objectives.objective_index)"))),
    "activities": TableSpec(Activity, "activities", "one row per activity", rename={"code": "activity_code"},
                            keys=(DOC,)),
    "activity_agencies": TableSpec(ActivityAgency, None, "one row per agency of an activity, with its role",
                                   keys=(DOC,)),
    "responsibilities": TableSpec(Responsibility, "responsibilities", "one row per agency assignment",
                                  keys=(DOC,), extra=(Derived("agency_key", str, "the agency's key across documents "
                                                              "(agencies.agency_key)"),)),
    "agencies": TableSpec(Agency, "agencies", "one row per agency of a document", rename={"key": "agency_key"},
                          keys=(DOC,)),
    "budget_statements": TableSpec(BudgetStatement, "budget.statements", "one row per sum stated in prose",
                                   keys=(DOC,)),
    "budget_tables": TableSpec(BudgetTable, "budget.tables", "one row per budget table (its rows and header are in "
                               "the JSON record)", rename={"id": "table"}, omit=("header", "rows"), keys=(DOC,)),
    "budget_items": TableSpec(BudgetItem, "budget.items", "one row per non-empty amount cell of a budget table",
                              keys=(DOC,), extra=(Derived("table_title", Optional[str], "the table's title"),)),
    "quality_issues": TableSpec(QualityIssue, "quality.issues", "one row per quality issue", keys=(DOC,)),
}
