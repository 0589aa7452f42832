"""Tables from every format as one model: header rows, leaf columns, and body rows of
cells that know their span in the normalized text.

Grid tables (HTML, DOCX, PDF, markdown) arrive as rows of cells. Text scrapes flatten a
table to one cell per paragraph (an empty cell is a lone no-break space); `flattened_tables`
finds the header cells (TT / Nội dung / Tổng / Năm 2018 / Ngân sách trung ương ...), infers
the leaf columns, and cuts the body where a row code is followed by a label. Rows keep
the cells they had: a row with a cell missing or extra is fitted later, where sums can
prove the fit (extractors.tables.checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Block, Document
from extractors.fields.budget_statements import source_of
from extractors.fields.common import is_upper
from normalizers.money import table_unit
from normalizers.numbers import parse_number

CODE_HEAD = re.compile(r"^(?:S?TT|Số TT|Số thứ tự)$", re.I)
LABEL_HEAD = re.compile(r"nội dung|hạng mục|danh mục|tên |chỉ tiêu|dự án|nhiệm vụ|hoạt động", re.I)
UNIT_HEAD = re.compile(r"^(?:đơn vị|đvt)(?! tính: )", re.I)
NOTE_HEAD = re.compile(r"ghi chú|chi chú", re.I)
TOTAL_HEAD = re.compile(r"^(?:tổng|tổng cộng|tổng số|tổng kinh phí|cộng)\b", re.I)
YEAR = re.compile(r"năm\s*((?:19|20)\d{2})", re.I)
BARE_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*$")  # a header cell "2024" under "Kinh phí theo năm"


def year_of(cell: str) -> int | None:
    m = YEAR.search(cell) or BARE_YEAR.match(cell)
    return int(m.group(1)) if m else None
GROUP_HEAD = re.compile(r"^(?:chia ra|trong đó|bao gồm|chia theo\b.*|nguồn(?: vốn| kinh phí)?|cơ cấu nguồn vốn|"
                        r"phân kỳ\b.*|kế hoạch vốn|(?:kinh phí|dự toán|nhu cầu kinh phí)?\s*(?:theo|chia theo|phân theo|"
                        r"qua các|từng)\s+năm)\s*:?$", re.I)
# quantities and unit prices are read but are not budget amounts
QUANTITY_HEAD = re.compile(r"^(?:số lượng|khối lượng|sl|số người|số lớp|số lượt)\b", re.I)
RATE_HEAD = re.compile(r"^(?:đơn giá|định mức|mức chi|mức hỗ trợ|giá)\b", re.I)
AMOUNT_HEAD = re.compile(r"^(?:kinh phí|dự toán|thành tiền|số tiền|nhu cầu kinh phí|giá trị)\b", re.I)
ROW_CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)?|-|\+|\*)$")
TITLE_LINE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BẢNG|Bảng|BIỂU|Biểu|DỰ TOÁN|KINH PHÍ)\b")
APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BIỂU|Biểu)\b")
NUMERIC = re.compile(r"^[\d.,\s]*\d[\d.,\s]*$|^[-–x]$|^$|^[\dlIO.]+$")
LEAF_SOURCE = re.compile(r"ngân sách|trung ương|địa phương|vận động|huy động|xã hội hóa|nguồn|vốn|khác|NSTW|NSĐP", re.I)
WORD = re.compile(r"[^\W\d_]{2}")


@dataclass
class Column:
    role: str  # code | label | unit | note | amount
    year: int | None = None
    source: str = "total"
    header: str = ""


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass
class RawTable:
    title: str | None
    unit: tuple[str, int] | None
    header: list[list[str]]
    columns: list[Column]
    rows: list[list[Cell]]
    start: int
    end: int
    last_block: int = -1  # the last block the table spans (a page break continues it)
    issues: list[dict] = field(default_factory=list)


def title_and_unit(doc: Document, before: int) -> tuple[str | None, tuple[str, int] | None]:
    """Title lines (PHỤ LỤC ..., BẢNG ...) and the unit line just before block `before`."""
    paras = [b for b in doc.blocks[max(0, before - 8): before] if b.kind != "table" and b.text]
    unit = None
    title_lines: list[str] = []
    for b in reversed(paras):
        if unit is None and table_unit(b.text):
            unit = table_unit(b.text)
            continue
        if b.text.startswith(("(Theo", "(Kèm")):
            continue
        first = b.text.split("\n", 1)[0]
        if title_lines and TITLE_LINE.match(title_lines[0]):
            # above a title line only title lines: "PHỤ LỤC I" over "BẢNG DỰ TOÁN ...",
            # "BẢNG TỔNG HỢP CHUNG" over "KINH PHÍ THỰC HIỆN ...", never a section heading
            if TITLE_LINE.match(first) and len(title_lines) < 4:
                title_lines.insert(0, first)
                if APPENDIX.match(first):
                    break
                continue
            break
        if TITLE_LINE.match(first) or is_upper(first):
            title_lines.insert(0, first)
            if APPENDIX.match(first):
                break
        elif title_lines:
            break
    return (" ".join(title_lines) or None), unit


def source_of_leaf(leaf: str) -> str:
    """A leaf column's source: a year, a total or a plain amount ("Kinh phí", "Thành
    tiền") is all sources together; a named source maps to its code; else "other"."""
    if TOTAL_HEAD.match(leaf.strip()) or AMOUNT_HEAD.match(leaf.strip()) or YEAR.fullmatch(leaf.strip()) \
            or BARE_YEAR.match(leaf):
        return "total"
    s = source_of(leaf)
    return s if s != "total" else ("other" if leaf.strip() else "total")


def _spread_spans(header: list[list[str]]) -> list[list[str]]:
    """A header written without merged cells (markdown, some scrapes) leaves a spanning
    cell's other columns empty: "Năm 2024 | (empty)" over "NSTW | NSĐP". An empty cell
    with a filled left neighbour and a filled cell below takes the neighbour's text."""
    width = max(len(r) for r in header)
    rows = [list(r) + [""] * (width - len(r)) for r in header]
    for r in range(len(rows) - 1):
        for c in range(1, width):
            if not rows[r][c].strip() and rows[r][c - 1].strip() and rows[r + 1][c].strip():
                rows[r][c] = rows[r][c - 1]
    return rows


def columns_from_grid(header: list[list[str]]) -> list[Column]:
    """Leaf columns of a grid header: each column's path of distinct header cells."""
    header = _spread_spans(header)
    width = max(len(r) for r in header)
    cols: list[Column] = []
    for c in range(width):
        path: list[str] = []
        for row in header:
            cell = row[c] if c < len(row) else ""
            if cell and (not path or path[-1] != cell):
                path.append(cell)
        leaf = path[-1] if path else ""
        joined = " / ".join(path)
        if CODE_HEAD.match(leaf) or (path and CODE_HEAD.match(path[0])):
            cols.append(Column("code", header=joined))
        elif path and NOTE_HEAD.search(path[0]):  # a PDF's merged cells spill into "Ghi chú" below it
            cols.append(Column("note", header=joined))
        elif UNIT_HEAD.match(leaf):
            cols.append(Column("unit", header=joined))
        elif QUANTITY_HEAD.match(leaf) or RATE_HEAD.match(leaf):
            cols.append(Column("quantity" if QUANTITY_HEAD.match(leaf) else "rate", header=joined))
        elif LABEL_HEAD.search(leaf) and not any(c.role == "label" for c in cols):
            cols.append(Column("label", header=joined))
        else:
            years = [y for p in path for y in [year_of(p)] if y]
            cols.append(Column("amount", years[-1] if years else None, source_of_leaf(leaf), joined))
    return cols


def columns_from_flat(cells: list[str]) -> list[Column]:
    """Leaf columns of a flattened multi-level header: code, label, [unit], total,
    year groups x source leaves, [note]."""
    cells = [c.strip() for c in cells]
    cols = [Column("code", header=cells[0])]
    rest = cells[1:]
    if rest and LABEL_HEAD.search(rest[0]):
        cols.append(Column("label", header=rest[0]))
        rest = rest[1:]
    if rest and UNIT_HEAD.match(rest[0]):
        cols.append(Column("unit", header=rest[0]))
        rest = rest[1:]
    if rest and TOTAL_HEAD.match(rest[0]):
        cols.append(Column("amount", None, "total", rest[0]))
        rest = rest[1:]
    has_note = any(NOTE_HEAD.search(c) for c in rest)
    years = [y for c in rest for y in [year_of(c)] if y]
    # leaves: every header cell that is not a year, a group word or the note; a year's
    # "Tổng số" is a leaf too (its subtotal)
    leaves = [c for c in rest if year_of(c) is None and not GROUP_HEAD.match(c) and not NOTE_HEAD.search(c)
              and (LEAF_SOURCE.search(c) or TOTAL_HEAD.match(c) or AMOUNT_HEAD.match(c))]
    if years and leaves and len(leaves) % len(years) == 0:
        per = len(leaves) // len(years)
        for n, leaf in enumerate(leaves):
            cols.append(Column("amount", years[n // per], source_of_leaf(leaf), leaf))
    elif years:
        for y in years:
            cols.append(Column("amount", y, "total", f"Năm {y}"))
    else:
        # no years: every cell is a column of its own ("ĐVT | Số lượng | Đơn giá | Thành tiền")
        for cell in rest:
            if GROUP_HEAD.match(cell) or NOTE_HEAD.search(cell):
                continue
            cols.append(_plain_column(cell))
    if has_note:
        cols.append(Column("note", header="Ghi chú"))
    return cols


def _plain_column(cell: str) -> Column:
    """A leaf that is not a year group's: a unit, a quantity, a unit price, or an amount."""
    if UNIT_HEAD.match(cell):
        return Column("unit", header=cell)
    if QUANTITY_HEAD.match(cell):
        return Column("quantity", header=cell)
    if RATE_HEAD.match(cell):
        return Column("rate", header=cell)
    return Column("amount", None, source_of_leaf(cell), cell)


def _is_data_row(row: list[str]) -> bool:
    nums = [c for c in row[1:] if c and parse_number(c).value is not None]
    return len(nums) >= 1 and (ROW_CODE.match(row[0].strip()) is not None or not row[0].strip())


def grid_tables(doc: Document) -> list[RawTable]:
    out: list[RawTable] = []
    for block in doc.tables:
        rows = block.rows or []
        spans = block.cell_spans or []
        first = next((i for i, r in enumerate(rows) if _is_data_row(r)), None)
        if first is None:
            continue
        body = [[Cell(text, *spans[r][c]) for c, text in enumerate(row)] for r, row in enumerate(rows)][first:]
        header = rows[:first]
        if not _has_header(header):
            if out and len(out[-1].columns) == len(rows[0]) and block.index - out[-1].last_block <= 3:
                # a table continued on the next page; a first row with only words ends
                # the label of the row the page break cut
                for row in rows[:first]:
                    _continue_label(out[-1], row)
                out[-1].rows.extend(body)
                out[-1].end = block.end
                out[-1].last_block = block.index
            continue
        title, unit = title_and_unit(doc, block.index)
        out.append(RawTable(title, unit, header, columns_from_grid(header), body, block.start, block.end,
                            last_block=block.index))
    return out


def _has_header(rows: list[list[str]]) -> bool:
    return any(CODE_HEAD.match(c.strip()) or TOTAL_HEAD.match(c.strip()) or year_of(c)
               for row in rows for c in row[:3] + row[-3:])


def _continue_label(table: RawTable, row: list[str]) -> None:
    li = next((n for n, c in enumerate(table.columns) if c.role == "label"), None)
    words = [c for c in row if c.strip()]
    if li is None or not table.rows or len(words) != 1 or li >= len(row) or not row[li].strip():
        return
    last = table.rows[-1]
    cell = last[li]
    last[li] = Cell(f"{cell.text} {row[li].strip()}", cell.start, cell.end)


def _is_code(text: str) -> bool:
    text = text.strip()
    return not text or ROW_CODE.match(text) is not None


def _is_label(text: str) -> bool:
    text = text.strip()
    return (bool(WORD.search(text)) and not ROW_CODE.match(text) and not NUMERIC.match(text)
            and not CODE_HEAD.match(text))


def _row_bounds(cells: list[Block], width: int) -> list[tuple[int, int]]:
    """Where each body row starts and ends: a row starts at a code cell (or an empty
    one) followed by a label. Of the candidate starts, the one that gives a row its
    expected width wins, and a coded start beats an empty one (an empty note cell looks
    like an empty code). Empty cells past a row's width before a far start are dropped."""
    bounds = []
    s = 0
    limit = len(cells)
    while s < limit:
        candidates = [k for k in range(s + 2, min(limit - 1, s + 2 * width + 1))
                      if _is_code(cells[k].text) and _is_label(cells[k + 1].text)]
        near = [k for k in candidates if abs(k - (s + width)) <= 3]
        if near:
            pool = [k for k in near if cells[k].text.strip()] or near
            k = min(pool, key=lambda k: (abs(k - (s + width)), k))
            bounds.append((s, k))
        else:
            k = candidates[0] if candidates else limit
            end = k
            if k > s + width and not any(c.text.strip() for c in cells[s + width: k]):
                end = s + width
            else:  # the last row ends at its first word cell
                end = next((n for n in range(s + 2, k) if not NUMERIC.match(cells[n].text.strip())), k)
                while end > s + width and not cells[end - 1].text.strip():
                    end -= 1
            bounds.append((s, end))
            if not candidates:
                return bounds
        s = k
    return bounds


def _same_layout(a: list[Column], b: list[Column]) -> bool:
    return [(c.role, c.year, c.source) for c in a] == [(c.role, c.year, c.source) for c in b]


def flattened_tables(doc: Document) -> list[RawTable]:
    """Tables a scraper flattened into one paragraph per cell."""
    out: list[RawTable] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "table" or not CODE_HEAD.match(b.text.strip()):
            i += 1
            continue
        # header cells run until a row code followed by a label and a number
        j = i + 1
        while j + 2 < len(blocks) and not (_is_code(blocks[j].text) and blocks[j].text.strip()
                                            and _is_label(blocks[j + 1].text)
                                            and any(re.search(r"\d", x.text) and NUMERIC.match(x.text.strip())
                                                    for x in blocks[j + 2: j + 5])):  # a unit cell may come first
            j += 1
            if j - i > 60:
                break
        header_cells = [x.text for x in blocks[i:j]]
        if j - i > 60 or len(header_cells) < 3:
            i += 1
            continue
        columns = columns_from_flat(header_cells)
        width = len(columns)
        # the body: short cells up to the first non-cell paragraph
        stop = j
        while (stop < len(blocks) and blocks[stop].kind != "table" and len(blocks[stop].text) < 400
               and not CODE_HEAD.match(blocks[stop].text.strip())):  # a repeated header starts anew
            stop += 1
        cells = blocks[j:stop]
        amount_at = [n for n, c in enumerate(columns) if c.role == "amount"]
        rows: list[list[Cell]] = []
        for a, z in _row_bounds(cells, width):
            row = [Cell(x.text, x.start, x.end) for x in cells[a:z]]
            values = [row[n].text.strip() for n in amount_at if n < len(row)]
            if len(row) < 3 or not _is_label(row[1].text) or not all(NUMERIC.match(v) for v in values):
                break
            rows.append(row)
        if rows:
            title, unit = title_and_unit(doc, i)
            last = rows[-1][-1]
            previous = out[-1] if out else None
            if (previous is not None and title is None and unit is None and _same_layout(previous.columns, columns)
                    and i - previous.last_block <= 6):
                previous.rows.extend(rows)  # the header repeated on the next page of the same table
                previous.end = last.end
            else:
                out.append(RawTable(title, unit, [header_cells], columns, rows, blocks[i].start, last.end))
            out[-1].last_block = next((n for n in range(j, len(blocks)) if blocks[n].start >= last.end), len(blocks)) - 1
            i = next((n for n in range(j, len(blocks)) if blocks[n].start >= last.end), len(blocks))
        else:
            i += 1
    return out
