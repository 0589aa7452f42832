"""The record contract (../shared/SPEC.md), defined once. The JSON Schema
(`python -m pipeline schema`) and the Parquet schemas are generated from here."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"  # 1.1: targets.value_high, budget item spans in Parquet, schema.json
# 1.2 (additive): formats doc, rtf, xls, xlsx; source.duplicates, text_sha256, amount_vnd null
# beyond int64, error records of unreadable inputs have no sha256
PIPELINE_VERSION = "0.3.0"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(Model):
    path: str
    format: Literal["txt", "md", "html", "pdf", "docx", "doc", "rtf", "xls", "xlsx"]
    sha256: str
    bytes: int
    encoding: Optional[str] = None
    duplicates: list[str] = Field(default_factory=list)  # other inputs with the same bytes (read once)


class Issuer(Model):
    name: Optional[str] = None
    level: Optional[Literal["central", "ministry", "province", "district", "commune", "department"]] = None
    locality: Optional[str] = None


class Period(Model):
    start_year: Optional[int] = None
    end_year: Optional[int] = None


class Signer(Model):
    name: Optional[str] = None
    title: Optional[str] = None
    authority: list[str] = Field(default_factory=list)


class LegalBasis(Model):
    relation: Literal["can_cu", "thuc_hien"]
    doc_type: Optional[str] = None
    number: Optional[str] = None
    issued_date: Optional[str] = None
    issuer: Optional[str] = None
    title: Optional[str] = None
    span: Span


class Section(Model):
    path: str
    label: str
    heading: str
    level: int
    span: Span


class Target(Model):
    value: float
    unit: str
    raw: str
    indicator: Optional[str] = None
    bound: Optional[Literal["exact", "min", "max", "range"]] = None  # extension: "90% trở lên" -> min
    value_high: Optional[float] = None  # extension: the upper end of a range ("từ 70% đến 80%" -> 80)
    span: Span


class Objective(Model):
    section: Optional[str] = None
    kind: Literal["general", "specific"]
    text: str
    target_year: Optional[int] = None
    targets: list[Target] = Field(default_factory=list)
    span: Span


class Activity(Model):
    code: str
    project: Optional[str] = None
    title: str
    content: list[str] = Field(default_factory=list)
    lead_agencies: list[str] = Field(default_factory=list)
    partner_agencies: list[str] = Field(default_factory=list)
    span: Span


class Responsibility(Model):
    agency: str
    duties: list[str] = Field(default_factory=list)
    span: Span


class Agency(Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[Literal["lead", "partner", "responsible"]] = Field(default_factory=list)
    mentions: int = 0


SourceCode = Literal["total", "central", "local", "mobilized", "other"]


class BudgetStatement(Model):
    scope: str
    source: SourceCode
    year: Optional[int] = None
    amount_vnd: Optional[int] = None  # null only beyond int64 (with a number.out_of_range flag)
    raw: str
    flags: list[str] = Field(default_factory=list)
    span: Span


class TableRow(Model):
    code: Optional[str] = None
    label: Optional[str] = None
    cells: list[str] = Field(default_factory=list)
    kind: Literal["item", "group", "subtotal", "total"] = "item"


class BudgetTable(Model):
    id: str
    title: Optional[str] = None
    unit: Optional[str] = None
    multiplier: Optional[int] = None
    header: list[list[str]] = Field(default_factory=list)
    rows: list[TableRow] = Field(default_factory=list)
    span: Span


class BudgetItem(Model):
    table: str
    row_code: Optional[str] = None
    row_label: Optional[str] = None
    row_kind: Literal["item", "group", "subtotal", "total"] = "item"
    year: Optional[int] = None
    source: SourceCode
    amount_vnd: Optional[int] = None  # null only beyond int64 (with a number.out_of_range flag)
    raw: str
    flags: list[str] = Field(default_factory=list)
    span: Optional[Span] = None


class Budget(Model):
    statements: list[BudgetStatement] = Field(default_factory=list)
    tables: list[BudgetTable] = Field(default_factory=list)
    items: list[BudgetItem] = Field(default_factory=list)


class Footnote(Model):
    marker: str
    text: str
    span: Optional[Span] = None


class QualityIssue(Model):
    code: str
    severity: Literal["info", "warning", "error"]
    message: str
    where: Optional[str] = None


class Quality(Model):
    issues: list[QualityIssue] = Field(default_factory=list)


class DocumentRecord(Model):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str = PIPELINE_VERSION
    doc_id: str
    source: Source
    doc_type: Optional[str] = None
    doc_type_code: Optional[str] = None
    number: Optional[str] = None
    issuer: Issuer = Field(default_factory=Issuer)
    place: Optional[str] = None
    issued_date: Optional[str] = None
    title: Optional[str] = None
    period: Period = Field(default_factory=Period)
    signer: Signer = Field(default_factory=Signer)
    recipients: list[str] = Field(default_factory=list)
    legal_bases: list[LegalBasis] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    responsibilities: list[Responsibility] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    budget: Budget = Field(default_factory=Budget)
    footnotes: list[Footnote] = Field(default_factory=list)
    quality: Quality = Field(default_factory=Quality)
    text_sha256: Optional[str] = None  # sha256 of text/<doc_id>.txt, which every span points into


# Where an input failed. A document's own stages: read, normalize, extract, validate;
# the run's: timeout (over --timeout), worker_lost (the worker process died while it held
# the document: killed by the kernel for memory, or a crash in C code). An input that
# could not be read at all, or is over --max-mb (judged by stat() before reading), has no
# sha256; its doc_id is then taken from its path.
ERROR_STAGES = ("read", "normalize", "extract", "validate", "timeout", "worker_lost")


class ErrorRecord(Model):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str = PIPELINE_VERSION
    doc_id: str
    path: str
    sha256: Optional[str] = None
    bytes: Optional[int] = None
    format: Optional[str] = None
    stage: str
    error_type: str
    message: str
    duplicates: list[str] = Field(default_factory=list)  # other inputs with the same bytes


def document_schema() -> dict:
    schema = DocumentRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://example.invalid/vn-plan-extract/schema/{SCHEMA_VERSION}/document.json"
    return schema
