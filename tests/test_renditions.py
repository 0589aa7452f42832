"""Rendition equivalence (issue 9): the same document in another shape gives the same record.

The renditions (tests/renditions/generate.py, made once per session in a temp folder):
`pdftotext -layout` and plain `pdftotext` of the sample PDF; the sample texts word-segmented
by underthesea; three Word plans of our own, their LibreOffice PDFs and those PDFs'
pdftotext outputs. Each rendition's record is compared with its canonical file's record
field by field (tests/renditions/compare.py). A difference passes only when ALLOWED below
names it: a loss the rendition itself causes, with the reason. Nothing else may differ.

The 787 plan's pdftotext and word-segmented renditions are also scored against the gold
(../shared/gold) and must reach 0.97 micro-F1, over the groups the rendition can reach
(LOST_GROUPS). `python -m tests.renditions.report` prints the current figures and differences.

Plain pdftotext and tables. Plain pdftotext (no -layout) writes a table's cells in the
order of the text blocks its layout analysis found, one cell per line, and the text keeps
neither the blocks nor their positions. We looked for an order the grid can be rebuilt from
and found none that holds in general:
- the 787 plan's BẢNG TỔNG HỢP CHUNG (4 rows and a total row, 10 amount columns) comes out
  as the code column (1 2 3 4), the label column, row 1's total, the "Chia ra" / "Năm 2018"
  header cells, row 1's 2018 central amount, the next header cell, row 1's other 2018
  cells, then rows 2 to 4 in pieces (13.046 465 635 | 3.146 140 | 24.388 400 ...): neither
  row by row nor column by column, and not every column as one run;
- our Quảng Trị plan's appendix table (7 rows, 7 amount columns) loses its seven "-"
  cells altogether (so a row's cell count is unknown), gives its amounts as runs two
  columns wide and five rows deep, and writes six of its cells (290, 130, 3.110, 275, 120,
  2.545) after the header of the task table that follows it: one table's cells are not
  even contiguous;
- our Bến Tre and Tiền Hải tables give the first row's cells with the header blocks and
  the other rows row by row; readable there, but the same generator's Quảng Trị table is not.
The sums cannot place the cells either: a row's parts meet its total in any order (row 2
of the Quảng Trị table, 875 = 310 + 290 + 275, in whichever year each sits), only column
sums over group and total rows could tell, and real tables break their sums often enough
that the checks exist to flag them (the 787 table's total reads 107.9811, a footnote mark
glued on): placing cells by the sums would turn every broken sum into misplaced numbers.
So a plain pdftotext rendition gives no budget items (never wrong ones): budget.items are
lost (ALLOWED: "plain pdftotext: table grid lost"), and so is the check of a prose sum
against its table ("plain pdftotext: statement unchecked").

Task tables (STT | Nội dung | Chủ trì | Phối hợp | Thời gian) come out the same way:
- our Quảng Trị plan's (4 rows) as STT, the task heading, row 1's code, the task cells of
  rows 1 and 2 as one run of lines with nothing between them, a lead, the codes and tasks
  of rows 3 and 4, the leads of rows 3 and 4 as one run, then row 2's code, the lead and
  partner headings, the partners of rows 1 to 3 as one run, the deadlines, and the cut
  row's rest on the next page: the codes out of order (1, 3, 4, 2);
- our Tiền Hải plan's rows 1 and 2 row by row (row 2 without its lead), rows 3 and 4 as
  code and task only, then the leads of rows 2 to 4 as one run, the partners of rows 3
  and 4 as one run, and the "Thời gian hoàn thành" heading after all the rows;
- our Bến Tre plan's codes and tasks first, then the header's second lines ("trì",
  "hợp"), then the leads of all three rows as one run.
A run holds cells of several rows with no mark between them ("Chi cục Trồng" / "trọt và
Bảo vệ" / "thực vật" / "Chi cục Phát" / "triển nông" / "thôn"), so no order rebuilds the
rows. The flattened task-table reader gives no rows where it sees that order (a heading
cell after the rows, a row short of agency cells and a later one with more of them than
the table has agency columns); the activities only a task table gives, and the agencies a task-table row adds
to a task of the body, are lost (ALLOWED: "plain pdftotext: table grid lost"), never an
activity or agency the body states (tests/renditions/tasks.py)."""

from __future__ import annotations

import copy
import re
from collections import Counter

import pytest

from pipeline.process import process
from tests.renditions.compare import TEXT_ATTRS, WHOLE_ITEM, Allowance, compare, report
from tests.renditions.generate import LO_PDF, PDF_LAYOUT, PDF_PLAIN, SAMPLE_PDF, SEGMENTED, generate, planned
from tests.renditions.gold import GROUPS, figures, gold_for, mismatches, score
from tests.renditions.tasks import from_task_table_only
from tests.renditions.wordplans import PLANS, budget_table, build

# ---------------------------------------------------------------------------
# What a rendition may lose, and so where its record may differ from the canonical one.

# a dash, slash, ampersand or quote with the spaces around it: "Lao động - Thương" ~ "Lao động- Thương"
JOINER_SPACING = re.compile(r"\s*([-–—/&\"'“”‘’])\s*")
HYPHENS_AND_SPACES = re.compile(r"[\s-]+")  # "2025 - 2030" -> "20252030"
# the spaces before a percent sign and after an ellipsis: "86,5 %" ~ "86,5%", "em...Triển" ~ "em... Triển"
ELLIPSIS_PERCENT_SPACING = re.compile(r"\s+(?=%)|(?<=\.\.\.)\s+|(?<=…)\s+")


def same_but_joiner_spacing(canonical: str, rendition: str) -> bool:
    """Equal once the spaces next to dashes, slashes, ampersands and quotes are dropped."""
    return JOINER_SPACING.sub(r"\1", canonical) == JOINER_SPACING.sub(r"\1", rendition)


def same_but_ellipsis_percent_spacing(canonical: str, rendition: str) -> bool:
    """Equal once the spaces before percent signs and after ellipses are dropped."""
    return ELLIPSIS_PERCENT_SPACING.sub("", canonical) == ELLIPSIS_PERCENT_SPACING.sub("", rendition)


def same_but_dropped_hyphens(canonical: str, rendition: str) -> bool:
    """The rendition lacks hyphens the canonical has, and is otherwise equal up to spaces."""
    return (HYPHENS_AND_SPACES.sub("", canonical) == HYPHENS_AND_SPACES.sub("", rendition)
            and rendition.count("-") < canonical.count("-"))


def same_but_shape_flag(canonical: list[str], rendition: list[str]) -> bool:
    """The same flags, but for table.shape_irregular."""
    return set(canonical) ^ set(rendition) <= {"table.shape_irregular"}


def only_in_canonical(canonical: dict | None, rendition: dict | None) -> bool:
    """An item the rendition lacks; never one it adds."""
    return canonical is not None and rendition is None


def lost_with_the_grid(canonical: dict | None, rendition: dict | None) -> bool:
    """A budget item the rendition lacks; an activity only a task table gives, or the
    agencies a task-table row adds to a task of the body (tests/renditions/tasks.py)."""
    if canonical is not None and "title" in canonical:
        return from_task_table_only(canonical, rendition)
    return only_in_canonical(canonical, rendition)


def same_but_unchecked_statement(canonical: list[str], rendition: list[str]) -> bool:
    """The canonical flags a prose sum that disagrees with its table; the rendition, with
    no table to check it against, lacks that flag and only that one."""
    return set(canonical) - set(rendition) == {"budget.statement_table_mismatch"} and set(rendition) < set(canonical)


ALLOWED = (
    Allowance(
        "segmented: spacing at dashes and slashes", frozenset({SEGMENTED}), TEXT_ATTRS, same_but_joiner_spacing,
        "word segmentation spaces every dash, slash, ampersand and quote (`Lao động- Thương binh` and "
        "`2016-2020` become `Lao_động - Thương_binh` and `2016 - 2020`), so the spacing the document had "
        "next to them is lost (spacing at commas, colons and brackets is not: Vietnamese writing fixes it)"),
    Allowance(
        "segmented: spacing at ellipses and percent signs", frozenset({SEGMENTED}), TEXT_ATTRS,
        same_but_ellipsis_percent_spacing,
        "word segmentation spaces every punctuation token (`trẻ em...Triển khai` and `86,5 % trẻ em` become "
        "`trẻ_em ... Triển_khai` and `86,5 % trẻ_em`, as do `trẻ em... Triển khai` and `86,5% trẻ em`), so "
        "whether the document had a space after an ellipsis or before a percent sign is lost; the "
        "de-segmenter writes the usual spacing (a space after `...`, none before `%`)"),
    Allowance(
        "plain pdftotext: line-end hyphen dropped", frozenset({PDF_PLAIN}),
        {**TEXT_ATTRS, "header": (*TEXT_ATTRS["header"], "number"), "legal_bases": ("issuer", "number")},
        same_but_dropped_hyphens,
        "plain pdftotext drops a hyphen that ends a line and joins the lines (`giai đoạn 2025 -` / `2030;` "
        "becomes `giai đoạn 2025 2030;`, `2016-` / `2020` becomes `20162020`), so the hyphen is lost"),
    Allowance(
        "no table grid: refit flag", frozenset({PDF_LAYOUT, PDF_PLAIN}), {"budget.items": ("flags",)}, same_but_shape_flag,
        "a PDF reader places table cells by the ruled grid; a text rendition has no grid, so cells are "
        "placed by column position (-layout) or by order and the sums (plain): a row the grid gave with a "
        "cell missing or extra (refitted, flagged table.shape_irregular) may need no refit, or the reverse; "
        "the amounts must still agree"),
    Allowance(
        "plain pdftotext: table grid lost", frozenset({PDF_PLAIN}),
        {"budget.items": (WHOLE_ITEM,), "activities": (WHOLE_ITEM, "lead_agencies", "partner_agencies")},
        lost_with_the_grid,
        "plain pdftotext writes a table's cells one per line in the order of its own text blocks, drops "
        "'-' cells and may put one table's cells after the next table's header (see the module docstring): "
        "the grid is gone, so the rendition's budget items may be missing; never an item the canonical "
        "lacks, never a different amount. A task table's cells come the same way (a column's cells of "
        "several rows in one run, a header cell after the rows), so its rows are not read: the activities "
        "only the task table gives may be missing, and so may the agencies a task-table row adds to a task "
        "of the body; never an activity of the body, an agency its body lines state, a title, or anything "
        "the canonical lacks",
        whole=True),
    Allowance(
        "plain pdftotext: statement unchecked", frozenset({PDF_PLAIN}), {"budget.statements": ("flags",)},
        same_but_unchecked_statement,
        "with the table's grid lost, a prose sum cannot be checked against the table, so the rendition "
        "lacks budget.statement_table_mismatch where the canonical record found the sum and table disagree"),
)

RENDITIONS = planned()
IDS = [rid for rid, _ in RENDITIONS]
# the renditions the issue measures against the gold: the 787 plan as pdftotext -layout,
# plain pdftotext and word-segmented text
GOLD_CHECKED = [f"{SAMPLE_PDF}:{PDF_LAYOUT}", f"{SAMPLE_PDF}:{PDF_PLAIN}",
                f"{SAMPLE_PDF.removesuffix('.pdf')}.txt:{SEGMENTED}"]
MIN_GOLD_F1 = 0.97
# groups a rendition cannot reach, left out of its gold check (why: the module docstring)
LOST_GROUPS = {f"{SAMPLE_PDF}:{PDF_PLAIN}": ("budget.items",)}


def scored_groups(rid: str) -> tuple[str, ...]:
    """The groups a rendition's micro-F1 counts: all (an empty tuple) unless some are lost."""
    lost = LOST_GROUPS.get(rid, ())
    return tuple(g for g in GROUPS if g not in lost) if lost else ()


@pytest.fixture(scope="session")
def renditions(tmp_path_factory):
    """Every rendition, made once per session in a temp folder."""
    return generate(tmp_path_factory.mktemp("renditions"))


@pytest.fixture(scope="session")
def outcome():
    """The pipeline's outcome for a file, computed once per file per session."""
    cache = {}

    def get(path):
        if path not in cache:
            cache[path] = process(path.name, path.read_bytes())
        return cache[path]
    return get


def record_of(outcome_) -> dict:
    assert outcome_.record is not None, f"no record: {outcome_.error}"
    return outcome_.record.model_dump(mode="json")


# ---------------------------------------------------------------------------
# The equivalence itself


@pytest.mark.parametrize("rid", IDS)
def test_rendition_gives_the_canonical_record(rid, renditions, outcome):
    r = renditions[rid]
    diffs = compare(record_of(outcome(r.canonical)), record_of(outcome(r.path)), r.kind, ALLOWED)
    assert not [d for d in diffs if not d.allowed], \
        f"{r.path.name} ({r.kind}) against {r.canonical.name}:\n{report(diffs)}"


@pytest.mark.parametrize("rid", GOLD_CHECKED)
def test_787_rendition_scores_on_gold(rid, renditions, outcome, tmp_path):
    r = renditions[rid]
    o = outcome(r.path)
    gold_path = gold_for(r.canonical.name)
    assert gold_path is not None, f"no gold for {r.canonical.name}"
    got = score(record_of(o), o.text, r.path.name, r.sha256, gold_path, tmp_path, scored_groups(rid))
    f1 = figures(got)
    groups = ", ".join(f"{g} {v:.2f}" for g, v in f1.items() if g != "micro" and v is not None)
    misses = "\n".join(f"  {m}" for m in mismatches(got)[:25])
    assert got["missing"] == [], got["missing"]
    assert f1["micro"] >= MIN_GOLD_F1, \
        f"{r.path.name} against {gold_path.name}: micro-F1 {f1['micro']:.3f} < {MIN_GOLD_F1}\n{groups}\n{misses}"


# ---------------------------------------------------------------------------
# The machinery: canonical records, the gold re-keying, the comparison


CANONICAL_NAMES = sorted({rid.rsplit(":", 1)[0] for rid in IDS})


@pytest.mark.parametrize("name", CANONICAL_NAMES)
def test_canonical_is_its_own_rendition(name, renditions, outcome):
    """A canonical record compared with a fresh one of the same file: no difference at all
    (the pipeline is deterministic and the comparison finds nothing in equal records)."""
    path = next(r.canonical for r in renditions.values() if r.canonical.name == name)
    again = process(path.name, path.read_bytes())
    assert compare(record_of(outcome(path)), record_of(again)) == []


@pytest.mark.parametrize("name", ["kontum_787-KH-UBND_2018.pdf", "kontum_787-KH-UBND_2018.txt"])
def test_canonical_scores_on_gold_through_the_rekeyed_copy(name, renditions, outcome, tmp_path):
    """The re-keyed gold copy scores the canonical file as `make score` does (>= 0.99)."""
    canonical = next(r.canonical for r in renditions.values() if r.canonical.name == name)
    o = outcome(canonical)
    got = score(record_of(o), o.text, canonical.name, o.record.source.sha256, gold_for(name), tmp_path)
    assert got["missing"] == [] and figures(got)["micro"] >= 0.99, mismatches(got)[:20]


def _expected_items(plan) -> Counter:
    """(row_code, year, amount_vnd) of every amount cell of a Word plan's budget table."""
    cells, _ = budget_table(plan.budget)
    out = Counter()
    for row in cells:
        code = row[0] or None
        for col, text in enumerate(row[2:]):
            if text != "-":
                year = None if col == 0 else plan.budget.years[(col - 1) // len(plan.budget.sources)]
                out[(code, year, int(text.replace(".", "")) * 1_000_000)] += 1
    return out


@pytest.mark.parametrize("plan", PLANS, ids=[p.name for p in PLANS])
def test_word_plan_canonical_record_holds_the_plan(plan, renditions, outcome):
    """The .docx record (what every rendition of the plan is compared with) reads what the
    plan states: number, date, place, signer, bases, % targets and every budget amount."""
    record = record_of(outcome(renditions[f"{plan.name}.docx:{LO_PDF}"].canonical))
    assert record["number"] == plan.number_line.removeprefix("Số: ")
    place, date = plan.place_date.split(", ngày ")
    assert record["place"] == place
    day, rest = date.split(" tháng ")
    month, year = rest.split(" năm ")
    assert record["issued_date"] == f"{year}-{int(month):02d}-{int(day):02d}"
    assert record["signer"]["name"] == plan.signer_name
    assert len(record["recipients"]) == len(plan.recipients)
    stated = [re.search(r"số (\S+/\S+?)\s", text).group(1) for kind, text in plan.body
              if kind == "p" and text.startswith("Căn cứ") and " số " in text]
    assert [b["number"] for b in record["legal_bases"] if b["relation"] == "can_cu" and b["number"]] == stated
    percents = Counter(float(m) for kind, text in plan.body if kind == "p" and text.startswith("- ")
                       for m in re.findall(r"(\d+)%", text))
    got = Counter(t["value"] for o in record["objectives"] for t in o["targets"] if t["unit"] == "percent")
    assert got == percents
    items = Counter((i["row_code"], i["year"], i["amount_vnd"]) for i in record["budget"]["items"])
    assert items == _expected_items(plan)


def test_word_plans_are_byte_stable():
    assert all(build(p) == build(p) for p in PLANS)


@pytest.fixture(scope="module")
def plan_record(renditions, outcome):
    return record_of(outcome(renditions[f"{PLANS[0].name}.docx:{LO_PDF}"].canonical))


def test_compare_names_each_change(plan_record):
    changed = copy.deepcopy(plan_record)
    changed["title"] = changed["title"].replace(" - ", "-")
    changed["recipients"].pop(1)
    changed["legal_bases"][0]["issued_date"] = "2025-08-15"
    item = changed["budget"]["items"][8]  # row 1 "Nâng cấp Trung tâm dữ liệu y tế tỉnh", 2026/central
    item["amount_vnd"] += 1_000_000
    item["flags"] = ["table.shape_irregular"]
    changed["budget"]["items"].append({**item, "row_code": "9", "row_label": "Hàng thêm"})
    for other in changed["budget"]["items"][9:13]:  # the row's next four cells lose their code
        other["row_code"] = None
    diffs = compare(plan_record, changed, PDF_LAYOUT, ALLOWED)
    assert [str(d) for d in diffs][:6] == [
        "header title: canonical '… tỉnh Quảng Trị giai đoạn 2026 - 2028' "
        "| rendition '… tỉnh Quảng Trị giai đoạn 2026-2028'",
        "recipients [Thường trực Tỉnh ủy]: only in canonical: {name: 'Thường trực Tỉnh ủy'}",
        "legal_bases [1274/QĐ-TTg] issued_date: canonical '2025-08-14' | rendition '2025-08-15'",
        "budget.items [t1 1 Nâng cấp Trung tâm dữ liệu y tế tỉnh] amount_vnd: "
        "canonical 4200000000 | rendition 4201000000 (in 2026/central)",
        "budget.items [t1 1 Nâng cấp Trung tâm dữ liệu y tế tỉnh] flags: "
        "canonical [] | rendition ['table.shape_irregular'] (in 2026/central)  (allowed: no table grid: refit flag)",
        "budget.items [t1 1 Nâng cấp Trung tâm dữ liệu y tế tỉnh] row_code: canonical '1' | rendition None "
        "(in 2026/local)",
    ]
    assert report(diffs).splitlines() == [
        "9 difference(s) from the canonical record: header 1, recipients 1, legal_bases 1, budget.items 6; "
        "1 allowed (no table grid: refit flag)",
        "  header title: canonical '… tỉnh Quảng Trị giai đoạn 2026 - 2028' "
        "| rendition '… tỉnh Quảng Trị giai đoạn 2026-2028'",
        "  recipients [Thường trực Tỉnh ủy]: only in canonical: {name: 'Thường trực Tỉnh ủy'}",
        "  legal_bases [1274/QĐ-TTg] issued_date: canonical '2025-08-14' | rendition '2025-08-15'",
        "  budget.items [t1 1 Nâng cấp Trung tâm dữ liệu y tế tỉnh] amount_vnd: "
        "canonical 4200000000 | rendition 4201000000 (in 2026/central)",
        "  budget.items [t1 1 Nâng cấp Trung tâm dữ liệu y tế tỉnh] row_code: canonical '1' | rendition None "
        "(in 4 cells: 2026/local, 2027/central, 2027/local, 2028/local)",
        "  budget.items [t1 9 Hàng thêm]: only in rendition: 2026/central 4201000000",
    ]
    # the same title change is a loss a word-segmented rendition may show, and the only one
    segmented = [d for d in compare(plan_record, changed, SEGMENTED, ALLOWED) if d.allowed]
    assert [(d.field, d.attr) for d in segmented] == [("header", "title")]


@pytest.mark.parametrize("canonical, rendition, allowed", [
    ("Bộ Lao động- Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội", True),
    ("giai đoạn 2016-2020", "giai đoạn 2016 - 2020", True),
    ("(B/cáo)", "( B / cáo )", False),  # spaces inside brackets are not at a joiner
    ("Sở Tài chính, Sở Y tế", "Sở Tài chính , Sở Y tế", False),  # a de-segmenter must restore this
    ("Sở Tài chính", "Sở Tài_chính", False),
])
def test_joiner_spacing_rule(canonical, rendition, allowed):
    assert same_but_joiner_spacing(canonical, rendition) is allowed


@pytest.mark.parametrize("canonical, rendition, allowed", [
    ("trẻ em...Triển khai", "trẻ em... Triển khai", True),
    ("đạt 86,5 % trẻ em", "đạt 86,5% trẻ em", True),
    ("đạt 86,5% trẻ em", "đạt 86,5 % trẻ em", True),
    ("đạt 86,5% trẻ em", "đạt 86,5%trẻ em", False),  # the space after a percent sign is not in doubt
    ("đạt 86,5% trẻ em", "đạt 86,6% trẻ em", False),
    ("trẻ em. Triển khai", "trẻ em.Triển khai", False),  # a full stop is not an ellipsis
    ("Sở Y tế, Sở Tài chính", "Sở Y tế , Sở Tài chính", False),
])
def test_ellipsis_percent_spacing_rule(canonical, rendition, allowed):
    assert same_but_ellipsis_percent_spacing(canonical, rendition) is allowed


@pytest.mark.parametrize("canonical, rendition, allowed", [
    ("giai đoạn 2025 - 2030", "giai đoạn 2025 2030", True),
    ("giai đoạn 2016-2020", "giai đoạn 20162020", True),
    ("Bộ Lao động - Thương binh", "Bộ Lao động Thương binh", True),
    ("giai đoạn 2025 - 2030", "giai đoạn 2025 - 2030 ", False),  # nothing dropped
    ("giai đoạn 2025 - 2030", "giai đoạn 2025 2031", False),
    ("Lao động Thương binh", "Lao động - Thương binh", False),  # a hyphen gained, not lost
])
def test_dropped_hyphen_rule(canonical, rendition, allowed):
    assert same_but_dropped_hyphens(canonical, rendition) is allowed


def test_plain_allowances_cover_lost_items_only(plan_record):
    """A plain pdftotext rendition may lack budget items and a statement's table-mismatch
    flag; an item it adds, an amount it changes, another flag it lacks are differences."""
    changed = copy.deepcopy(plan_record)
    items = changed["budget"]["items"]
    lost = items.pop(3)
    items[0]["amount_vnd"] += 1_000_000
    items.append({**lost, "row_code": "9", "row_label": "Hàng thêm"})
    statements = changed["budget"]["statements"]
    canonical = copy.deepcopy(plan_record)
    canonical["budget"]["statements"][0]["flags"] = ["budget.statement_table_mismatch"]
    canonical["budget"]["statements"][1]["flags"] = ["budget.statement_table_mismatch", "number.ocr_suspected"]
    statements[1]["flags"] = []
    diffs = compare(canonical, changed, PDF_PLAIN, ALLOWED)
    allowed = {(d.field, d.attr, d.allowed) for d in diffs if d.allowed}
    assert allowed == {("budget.items", None, "plain pdftotext: table grid lost"),
                       ("budget.statements", "flags", "plain pdftotext: statement unchecked")}
    real = [(d.field, d.attr, d.canonical is None) for d in diffs if not d.allowed]
    assert sorted(real, key=str) == sorted([("budget.items", "amount_vnd", False), ("budget.items", None, True),
                                            ("budget.statements", "flags", False)], key=str)
    # another kind of rendition may lose nothing of the kind
    assert not [d for d in compare(canonical, changed, PDF_LAYOUT, ALLOWED) if d.allowed and d.field != "budget.items"]


@pytest.mark.parametrize("canonical, rendition, allowed", [
    (["budget.statement_table_mismatch"], [], True),
    (["budget.statement_table_mismatch", "number.ocr_suspected"], ["number.ocr_suspected"], True),
    (["budget.statement_table_mismatch", "number.ocr_suspected"], [], False),  # another flag lost too
    ([], ["budget.statement_table_mismatch"], False),  # gained, not lost
    (["budget.statement_table_mismatch"], ["budget.statement_table_mismatch"], False),  # no difference to allow
])
def test_unchecked_statement_rule(canonical, rendition, allowed):
    assert same_but_unchecked_statement(canonical, rendition) is allowed
