"""XLSX reader (openpyxl): each sheet becomes a table block, so that the budget-table
machinery reads a budget annex in a spreadsheet like any other grid.

Values are written as the document would print them in Vietnamese (`67.400`, `12,5`,
`85%`, `03/04/2018`); a merged range repeats its value over the cells it covers (as the
other readers spread merged cells); the title and unit lines above the grid (rows with
one value, often merged across the sheet) become paragraphs before the table, and notes
below it paragraphs after it. A sheet with no row of numbers (a sheet of prose) becomes
paragraphs.

A workbook written by a program rather than by Excel (a library, a reporting system) may
hold formulas without the values they compute: Excel and LibreOffice store both, such
writers only the formula, and a reader of stored values sees the totals empty. Such a
workbook is recalculated by LibreOffice first (as `.xls` files are converted); without
LibreOffice its cells stay empty and the record says so (`read.formulas_not_computed`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

from extractors.blocks import RawBlock, RawDocument, ReadError
from extractors.formats.base import ReadOptions
from extractors.formats.docx import check_zip, transitional
from extractors.layout.cells import is_heading_row, is_layout_table, layout_table_blocks

MAX_CELLS = 2_000_000  # rows x columns over all sheets


def read(data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
    archive = check_zip(data, "xl/workbook.xml", "Excel workbook", ".xlsx")
    strict = transitional(data, "xl/workbook.xml")  # (Excel's "Strict Open XML Spreadsheet", which openpyxl cannot open)
    if strict is not data:
        data, archive = strict, zipfile.ZipFile(io.BytesIO(strict))
    issues: list[dict] = []
    if uncached_formulas(archive):
        data, issue = _recalculated(data, (options or ReadOptions()).timeout_seconds)
        issues += [issue] if issue else []
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises several types for broken packages
        raise ReadError(f"openpyxl cannot open the workbook: {type(exc).__name__}: {exc}") from exc
    blocks: list[RawBlock] = []
    cells = 0
    for number, sheet in enumerate(book.worksheets, start=1):
        if sheet.sheet_state != "visible":  # a hidden sheet (a lookup list, a working copy): not shown, not printed
            continue
        cells += (sheet.max_row or 0) * (sheet.max_column or 0)
        if cells > MAX_CELLS:
            raise ReadError(f"the workbook has over {MAX_CELLS} cells (a table this size is data, not a plan)")
        blocks += sheet_blocks(_grid(sheet), {"sheet": number, "sheet_name": sheet.title})
    if not blocks:
        raise ReadError("the workbook holds no text")
    return RawDocument(blocks, issues=issues)


# a cell (`<c ...>`) whose formula (`<f>...</f>` or a shared one's `<f .../>`) is followed by
# no value (no `<v>`, or an empty one): the cell's end comes right after the formula
_FORMULA_NO_VALUE = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
                               rb"(?:<(?:\w+:)?v\s*(?:/>|>\s*</(?:\w+:)?v>)\s*)?</(?:\w+:)?c>")


def uncached_formulas(archive: zipfile.ZipFile) -> bool:
    """Whether a sheet of the workbook (its archive, as check_zip opened it) holds a formula stored without its value."""
    try:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                if (b"<f" in xml or b":f" in xml) and _FORMULA_NO_VALUE.search(xml):
                    return True
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return False
    return False


def _recalculated(data: bytes, timeout: float) -> tuple[bytes, dict | None]:
    """The workbook saved again by LibreOffice, which computes every formula and stores its
    value; the workbook as it is, with an issue, when LibreOffice is not there or fails."""
    from extractors.formats import office
    try:
        return office.convert(data, ".xlsx", "xlsx", timeout), None
    except ReadError as exc:  # ConverterUnavailable (no soffice) or a failed conversion
        return data, {"code": "read.formulas_not_computed", "severity": "warning", "where": None,
                      "message": "the workbook's formulas are stored without their values and could not be "
                                 f"computed ({str(exc).split(':')[0]}): their cells are read empty"}


def sheet_blocks(rows: list[list[str]], location: dict) -> list[RawBlock]:
    """One sheet's grid as blocks: lines above and below the table as paragraphs, the
    table as a table block (or all of it as paragraphs when it has no row of numbers)."""
    rows = _trim(rows)
    if not rows:
        return []
    bands = _document_bands(rows)
    if bands:  # a whole document typed into the sheet: each band read on its own
        blocks: list[RawBlock] = []
        for single, band, start in bands:
            if single:  # (a heading typed as its label and its text in two cells, "II." | "NHIỆM VỤ", one line)
                blocks += _dedupe_lines([RawBlock("paragraph", " ".join(dict.fromkeys(c.strip() for c in row
                                                                                      if c.strip())),
                                                  {**location, "row": start + k}) for k, row in enumerate(band)])
            else:
                blocks += sheet_blocks(band, location)
        return blocks
    if is_layout_table(rows):
        return layout_table_blocks(rows, location)
    single = [len({c for c in row if c.strip()}) <= 1 for row in rows]
    first = single.index(False)
    last = len(rows) - 1 - single[::-1].index(False)
    blocks = _dedupe_lines([RawBlock("paragraph", c, {**location, "row": r})
                            for r in range(first) for c in rows[r] if c.strip()])
    table = _trim(rows[first:last + 1])
    blocks.append(RawBlock("table", rows=table, location=dict(location)))
    blocks += _dedupe_lines([RawBlock("paragraph", c, {**location, "row": r})
                             for r in range(last + 1, len(rows)) for c in rows[r] if c.strip()])
    return blocks


# a row of running text: a sentence or a clause of six words or more, ended as the body's lines end (";", ".": not ":",
# which a group row of a table may end on, "Nhóm nhiệm vụ về tuyên truyền, phổ biến pháp luật:")
_PROSE_ROW = re.compile(r"^(?:\S+\s+){5,}\S*[.;]$")


def _document_bands(rows: list[list[str]]) -> list[tuple[bool, list[list[str]], int]] | None:
    """A sheet that holds a whole document typed row by row (a commune's plan in Excel): its header as blocks side by
    side (the issuer in A:B, the motto in C:E), every paragraph of the body one row merged across, a task table's rows
    in the middle, the closing as blocks side by side again. Its runs of rows of one value and of rows of several
    (single, rows, first row's index), when a run of one-value rows between two runs of several holds running text
    (a basis ending on ";", a paragraph ending on "."); else None: a table under its title lines, with notes below it
    or group rows of its own merged across it, is read whole."""
    inner = _bands(rows, labels=False)[1:-1]
    if not any(one and _prose(band) for one, band, _ in inner):
        return None
    # (in a document, a row of a label and its text, "I." | "MỤC TIÊU", "-" | "80% trường học ...", is a line of it)
    bands = _bands(rows, labels=True)
    # the closing after the last running text: its blocks side by side read as one layout, the rows where one block
    # has ended ("- Lưu: VT." under "Nơi nhận", the signer's name under the titles) in it
    last = max(k for k, (one, band, _) in enumerate(bands) if one and _prose(band))
    tail = bands[last + 1:]
    if len(tail) > 1 and not tail[0][0] and not any(_prose(band) for _, band, _ in tail):
        bands = bands[:last + 1] + [(False, [row for _, band, _ in tail for row in band], tail[0][2])]
    return bands


def _prose(band: list[list[str]]) -> bool:
    return any(_PROSE_ROW.match(c.strip()) for row in band for c in row)


# a line's label typed in a cell of its own: "I.", "2.", "2.1.", "a)", "-", "+"
_LABEL_CELL = re.compile(r"^(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|[-+•])$")


def _bands(rows: list[list[str]], labels: bool) -> list[tuple[bool, list[list[str]], int]]:
    distinct = [list(dict.fromkeys(c.strip() for c in row if c.strip())) for row in rows]
    labelled = [labels and len(v) == 2 and _LABEL_CELL.match(v[0]) is not None for v in distinct]
    single: list[bool] = []
    in_table = False  # (under a row of column headings, until a line of the text)
    for k, values in enumerate(distinct):
        # (a row left holding only a block merged down from the row above, "Nơi nhận" beside the signature's empty
        # line, stays in that row's run)
        merged_down = k and not single[-1] and set(values) <= {c.strip() for c in rows[k - 1]}
        # (a group row of a table over rows of its own, "I. NHÓM NHIỆM VỤ ..." merged across or "I." | "Nhóm nhiệm vụ
        # ...", is the table's; one after the table's last row, "III." | "KINH PHÍ", or over the next table's column
        # headings, is the text's)
        after = next((n for n in range(k + 1, len(rows)) if not labelled[n]), None)
        group = in_table and after is not None and len(distinct[after]) >= 2 and not is_heading_row(rows[after])
        line = (len(values) <= 1 or labelled[k]) and not group
        single.append(bool(line and not merged_down))
        in_table = (in_table or is_heading_row(rows[k])) and not single[-1]
    bands: list[tuple[bool, list[list[str]], int]] = []
    for k, row in enumerate(rows):
        if bands and bands[-1][0] == single[k]:
            bands[-1][1].append(row)
        else:
            bands.append((single[k], [row], k))
    return bands


def _dedupe_lines(blocks: list[RawBlock]) -> list[RawBlock]:
    out: list[RawBlock] = []
    for b in blocks:
        if not (out and out[-1].text == b.text and out[-1].location.get("row") == b.location.get("row")):
            out.append(b)
    return out


def _grid(sheet) -> list[list[str]]:
    """The sheet's values as text, merged ranges spread over the cells they cover; without its hidden rows and
    columns (a working column "Dự toán năm trước", a row of a dropped item, detail rows of a collapsed outline),
    which the sheet neither shows nor prints. A column of width 0 or a row of height 0 is hidden as surely (Excel
    shows neither; export tools and macros hide a system's id column or a withdrawn row so, with no `hidden` flag)."""
    rows = [[_text(cell) for cell in row] for row in sheet.iter_rows()]
    for rng in sheet.merged_cells.ranges:
        value = rows[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(rows) else ""
        for r in range(rng.min_row - 1, min(rng.max_row, len(rows))):
            for c in range(rng.min_col - 1, min(rng.max_col, len(rows[r]))):
                rows[r][c] = value
    hidden_rows = {n - 1 for n, dim in sheet.row_dimensions.items() if dim.hidden or _zero(dim.ht)}
    hidden_columns = {c - 1 for dim in sheet.column_dimensions.values() if (dim.hidden or _zero(dim.width)) and dim.min
                      for c in range(dim.min, (dim.max or dim.min) + 1)}
    if hidden_rows or hidden_columns:
        rows = [[c for n, c in enumerate(row) if n not in hidden_columns]
                for r, row in enumerate(rows) if r not in hidden_rows]
    return rows


def _zero(size) -> bool:
    """Whether a column's width or a row's height is written and is zero (openpyxl gives a column with no width of
    its own its default width, a row with no height None)."""
    return size is not None and float(size) == 0


def _trim(rows: list[list[str]]) -> list[list[str]]:
    """Without empty rows, and without the columns that are empty in every row."""
    rows = [row for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [c for c in range(width) if any(r[c].strip() for r in rows)]
    return [[r[c] for c in keep] for r in rows]


def _text(cell) -> str:
    """A cell as the sheet prints it, in Vietnamese notation."""
    value = cell.value
    if value is None:
        return ""
    fmt = (cell.number_format or "General")
    if ";" in fmt and _shows_nothing(value, fmt):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if (value.hour, value.minute, value.second) == (0, 0, 0) \
            else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (int, float, Decimal)):
        if "%" in fmt:
            return vn_number(Decimal(str(value)) * 100, _decimals(fmt)) + "%"
        return vn_number(Decimal(str(value)), _decimals(fmt))
    return str(value).replace("\r\n", "\n").strip()


_SECTION_CUT = re.compile(r';(?=(?:[^"]*"[^"]*")*[^"]*$)')  # a ";" between a format's sections, not one in quotes


def _shows_nothing(value, fmt: str) -> bool:
    """Whether the cell's number format draws nothing for its value: an empty section (";;;" hides every value, a
    system's ids or a working figure kept in sight of no one; "#,##0;-#,##0;;@" leaves a zero blank). The sections
    are the positive, negative, zero and text ones; a text is hidden by an empty fourth section only, a number by
    the empty section it falls in (one section serves all numbers, two the positive and zero ones and the negative
    ones)."""
    sections = _SECTION_CUT.split(fmt)
    if isinstance(value, str):
        return len(sections) >= 4 and not sections[3].strip()
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, dt.date, dt.datetime)):
        return False
    if isinstance(value, (dt.date, dt.datetime)) or value > 0 or len(sections) == 1:
        section = sections[0]
    elif value < 0:
        section = sections[1]
    else:
        section = sections[2] if len(sections) >= 3 else sections[0]
    return not section.strip()


def _decimals(fmt: str) -> int | None:
    """Decimal places a number format shows ("#,##0.00" -> 2), None for General."""
    if fmt == "General" or "0" not in fmt:
        return None
    section = fmt.split(";")[0]
    return len(section.split(".")[1].rstrip("%").replace("_", "").replace(")", "").strip()
               .split(" ")[0]) if "." in section else 0


def vn_number(value: Decimal, decimals: int | None = None) -> str:
    """1234567.5 -> "1.234.567,5" (dots group thousands, a comma marks decimals)."""
    if decimals is not None:
        value = round(value, decimals)
    sign = "-" if value < 0 else ""
    value = abs(value)
    text = f"{value:f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0") if decimals is None else frac[:decimals]
    if decimals is None and len(frac) > 6:  # 0.1 + 0.2: a float's tail is not the sheet's number
        frac = f"{round(value, 6):f}".partition(".")[2].rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    whole = ".".join([whole] + groups)
    return f"{sign}{whole},{frac}" if frac else f"{sign}{whole}"
