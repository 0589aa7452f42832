"""Tables from every format as one model: header rows, leaf columns, and body rows of
cells that know their span in the normalized text.

Grid tables (HTML, DOCX, PDF, markdown) arrive as rows of cells. Text scrapes flatten a
table to one cell per paragraph (an empty cell is a lone no-break space); `flattened_tables`
finds the header cells (TT / Nội dung / Tổng / Năm 2018 / Ngân sách trung ương ...), infers
the leaf columns, and cuts the body where a row code is followed by a label. (Scrapes that
write one cell per line with a lone "|" between cells arrive as grids: the layout stage
reads them.) A header that lost
its merged cells (each row lists only the cells that start in it) is spread out again
(`unspan`); a column-number row ("A | B | 1 | 2 | 4=3/2") marks ratio columns. A column's
year comes from its header however worded ("Ước thực hiện năm 2025", "Dự toán 2026"),
comparison columns ("So sánh (%)") are no amounts. Rows keep the cells they had: a row with
a cell missing or extra is fitted later, where sums can prove the fit (extractors.tables.checks).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from extractors.document import Block, Document
from extractors.fields.budget_statements import source_of
from extractors.fields.common import is_upper
from extractors.layout.cells import CODE_HEAD, GROUP_CODE, TOTAL_LABEL, ordinal_column
from normalizers.money import table_unit
from normalizers.numbers import parse_number

# (a column of years, one a row, headed "Năm" or "Năm thực hiện", is the rows' labels, not a year)
LABEL_HEAD = re.compile(r"nội dung|hạng mục|danh mục|tên |chỉ tiêu|dự án|nhiệm vụ|hoạt động|^\s*năm(?:\s+thực hiện)?\s*$", re.I)
# "Đơn vị tính", "ĐVT" (not "Đơn vị tính: triệu đồng", nor "Đơn vị thực hiện", "Đơn vị chủ trì")
UNIT_HEAD = re.compile(r"^(?:đơn vị(?!\s+(?:thực hiện|chủ trì|phối hợp|được|quản lý|sử dụng))|đvt)(?! tính: )", re.I)
NOTE_HEAD = re.compile(r"ghi chú|chi chú", re.I)
TOTAL_HEAD = re.compile(r"^(?:tổng|tổng cộng|tổng số|tổng kinh phí|cộng)\b", re.I)
# a year in a header cell, however worded: "Năm 2024", "Dự toán 2026", "Năm hiện hành 2025", "2024"
YEAR_IN = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")
BARE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*$")  # a header cell "2024" under "Kinh phí theo năm"
# a period is no single year: "Giai đoạn 2026 - 2028", "Năm 2019-2020"
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})(?!\d)")


def year_of(cell: str) -> int | None:
    """The one year a header cell names ("Ước thực hiện năm 2025" -> 2025); None for no
    year, a period, or two years ("So sánh năm 2026 với năm 2025")."""
    if YEAR_SPAN.search(cell):
        return None
    years = set(YEAR_IN.findall(cell))
    return int(years.pop()) if len(years) == 1 else None


GROUP_HEAD = re.compile(r"^(?:chia ra(?:\s+(?:các|từng|theo)\s+năm)?|trong đó|bao gồm|chia theo\b.*|nguồn(?: vốn| kinh phí)?|cơ cấu nguồn vốn|"
                        r"phân kỳ\b.*|kế hoạch vốn|(?:kinh phí|dự toán|nhu cầu kinh phí)?\s*(?:theo|chia theo|phân theo|"
                        r"qua các|từng)\s+năm)\s*:?$", re.I)
_SOURCE_GROUP = re.compile(r"^\s*nguồn\b", re.I)  # a group of sources: "Nguồn vốn", "Nguồn kinh phí"
# a header cell over a group of columns: "Năm 2025", "Năm hiện hành 2025", "Dự kiến 03 năm kế hoạch"
PARENT_HEAD = re.compile(r"^(?:năm(?: hiện hành| kế hoạch| trước)?\s*(?:19|20)\d{2}|(?:19|20)\d{2}|"
                         r"(?:dự kiến|kế hoạch|dự toán)?\s*\d+\s+năm\b.*|giai đoạn\b.*)$", re.I)
# what a column says about its amounts: a stage of the budget year, not a source
STAGE = re.compile(r"dự toán|ước|thực hiện|đánh giá|kế hoạch|dự kiến|quyết toán|giải ngân|lũy kế|số liệu", re.I)
# comparison columns are not amounts: "So sánh (%)", "Tỷ lệ", "DT 2026 với UTH 2025 (%)"
RATIO_HEAD = re.compile(r"so sánh|tỷ lệ|tỉ lệ|%|tốc độ|\bvới\b.*(?:19|20)\d{2}", re.I)
# quantities and unit prices are read but are not budget amounts
# (and the counts of things: "Số công trình", "Số dự án", "Số hộ được hỗ trợ"; not "Số tiền", "Số vốn", "Số kinh phí")
# (and the criteria a place is to reach: "Số tiêu chí NTM tăng thêm", "Số chỉ tiêu đạt")
QUANTITY_HEAD = re.compile(r"^(?:số lượng|khối lượng|sl|số người|số lớp|số lượt|"
                           r"số\s+(?:công trình|dự án|hạng mục|gói thầu|hộ|xã(?!\s+hội)|thôn|bản|mô hình|cơ sở|điểm|trường|"
                           r"đối tượng|học sinh|lao động|doanh nghiệp|hợp tác xã|căn|nhà|phòng|hồ sơ|buổi|cuộc|đợt|"
                           r"km|ha|tấn|con|cây|tiêu chí|chỉ tiêu))\b", re.I)
# (a prize's or an allowance's rate too: "Mức thưởng", "Mức giải", "Mức bồi dưỡng", "Mức khoán", "Mức phụ cấp", "Mức
# thù lao", "Mức trợ cấp"; not "Mức vốn", "Mức đầu tư", sums)
RATE_HEAD = re.compile(r"^(?:đơn giá|định mức|mức\s+(?:chi|hỗ trợ|thưởng|giải|bồi dưỡng|khoán|phụ cấp|thù lao|trợ cấp)|"
                       r"giá)\b", re.I)
# money per head, per hectare or per household is a rate whatever the heading opens with: "Thu nhập bình quân
# (triệu đồng/người/năm)", "Giá trị thu hoạch (tr.đ/ha)", "Hỗ trợ/hộ (đồng)" (not an amount a year: "Kinh phí
# (triệu đồng/năm)")
PER_THING = re.compile(r"(?:đồng|\bđ|\btr\.?\s?đ|\bUSD)\s*/\s*(?!(?:năm|tháng|quý|giai đoạn)\b)[^\W\d_]|"
                       r"[^\W\d_]\s*/\s*(?:0?1\s+)?(?:ha|héc\s?ta|người|hộ|khẩu|lao động)\b", re.I)


def rate_head(head: str) -> bool:
    """Whether a column's heading is a rate's: a unit price or an allowance (RATE_HEAD), or money per thing
    (PER_THING)."""
    return bool(RATE_HEAD.match(head) or PER_THING.search(head))
# a count the list above does not name: "Số khu vực bỏ phiếu", "Số cử tri", "Số tổ bầu cử" ("Số" and no word of
# money, a budget stage or a source after it: not "Số tiền", "Số vốn", "Số kiểm tra", "Số được giao", "Số dư")
COUNT_HEAD = re.compile(r"^số\s+(?!.*(?:tiền|vốn|kinh phí|ngân sách|\bNS|dự toán|quyết toán|giải ngân|\bchi\b|\bthu\b|giá trị|đồng|"
                        r"\bdư\b|\bnợ\b|phân bổ|giao|kiểm tra|liệu|thực hiện|\bước\b|đề nghị|hỗ trợ|\bcấp\b|\bứng\b|còn lại|"
                        r"kế hoạch|\bnăm\b|tổng|bổ sung|điều chỉnh|chênh lệch|tăng|giảm|lũy kế|đầu tư|huy động|nguồn))\S", re.I)
# a header closing on its unit of measure in brackets counts things, whatever it opens with: "Số liều vắc xin
# (liều)", "Số suất quà (suất)", "Diện tích thu hồi (ha)", "Khối lượng rác (tấn/năm)", "Tham gia (lượt người)"
# (not money or a kind of money: "(triệu đồng)", "(đồng/người)", "(sự nghiệp)", "(NSĐP)")
MEASURE_UNIT = re.compile(r"\(\s*(?:lượt\s+)?(?:liều|mũi|suất|người|hộ|ha|m[23²³]?|km|tấn|kg|tạ|lít|cái|chiếc|bộ|căn|"
                          r"sản phẩm|con|cây|vé|giải|đội|lớp|buổi|ngày|xã|thôn|công trình)(?:\s*/\s*[^\W\d_]+)?\s*\)\s*$",
                          re.I)


def counts_things(head: str) -> bool:
    """Whether a column's heading counts things, no money: a quantity's ("Số lượng"), a unit of measure in
    brackets ("(liều)"), a count the list names no money in ("Số cử tri")."""
    return bool(QUANTITY_HEAD.match(head) or MEASURE_UNIT.search(head) or COUNT_HEAD.match(head))


# a column of the money a body puts up from its own funds beside the budget's: "Kinh phí Hội", "Kinh phí của đơn vị",
# "Kinh phí Công đoàn" (a source of its own, not "Kinh phí" of all sources; not "Kinh phí đơn vị tính: ...")
OWN_FUNDS_HEAD = re.compile(r"^kinh phí\s+(?:của\s+)?(?:hội|công đoàn|đoàn|đơn vị(?!\s+tính)|cơ quan|ngành)(?![^\W\d_])",
                            re.I)
# (not money of one kind, a part of the whole: "Kinh phí thường xuyên", "Kinh phí không thường xuyên", "Kinh phí sự
# nghiệp", as "Vốn sự nghiệp" is; round G56)
AMOUNT_HEAD = re.compile(r"^(?:kinh phí(?!\s+(?:(?:không\s+)?thường xuyên|sự nghiệp)\b)|"
                         r"dự toán|thành tiền|số tiền|nhu cầu kinh phí|giá trị|kế hoạch(?: vốn)?|"
                         r"ước|thực hiện|đánh giá|dự kiến|quyết toán|giải ngân|lũy kế|số liệu|tổng mức đầu tư)\b", re.I)
# the money of a year, no source named: "Vốn năm 2024", "Vốn bố trí năm 2019", "Vốn kế hoạch năm 2022" (as "Kế hoạch
# vốn năm 2024"; not a kind of capital or a source of its own: "Vốn sự nghiệp năm 2025", "Vốn vay năm 2025")
YEAR_CAPITAL_HEAD = re.compile(r"^vốn(?:\s+(?:được\s+)?(?:giao|bố trí|phân bổ|kế hoạch))?\s+năm\s+(?:19|20)\d{2}$", re.I)
# a column-number row under the header: "A | B | 1 | 2 | 3=1+2 | 4=3/2", "(1) | (2) | (3)"
NUMBER_CELL = re.compile(r"^\(?(?:[A-Z]|\d{1,2})\)?(?:\s*=\s*[\d()\s+\-*/:x.,]+)?$")
RATIO_FORMULA = re.compile(r"=.*[/:%]")  # "4=3/2": a column that divides two others
# row codes: 1, 1.2, I, a), -, +, and the capital letters of fiscal tables (A, B, C)
ROW_CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)?|[A-ZĐ]\.?|-|\+|\*)$")
# a row's code and label in one cell merged over both columns: "I. Phát triển du lịch cộng đồng"
MERGED_CODE = re.compile(r"^([IVXL]{1,5}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+(\S.*)$", re.S)
TITLE_LINE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BẢNG|Bảng|BIỂU|Biểu|DỰ TOÁN|KINH PHÍ|MẪU|Mẫu)\b")
# a decision's or a resolution's enacting word, its type line ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:", "NGHỊ QUYẾT"): nothing at or
# above it is the title of a table in its articles
ENACTING_LINE = re.compile(r"^(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ)\s*:?\s*$", re.I)
# "PHỤ LỤC 01", "Biểu số 3", "Mẫu biểu số 02", "Biểu mẫu 6": a title line nothing above belongs to
APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BIỂU|Biểu|MẪU|Mẫu)\b")
NUMBERED_FORM = re.compile(r"^(?:mẫu biểu|biểu mẫu|mẫu|biểu|phụ lục)(?: số)?\s*[\dIVXLA-Z]{1,4}\b\W*$", re.I)
NUMERIC = re.compile(r"^[\d.,\s]*\d[\d.,\s]*$|^[-–x]$|^$|^[\dlIO.]+$")
LEAF_SOURCE = re.compile(r"ngân sách|trung ương|địa phương|vận động|huy động|xã hội hóa|nguồn|vốn|khác|NSTW|NSĐP", re.I)
STATE_BUDGET = re.compile(r"ngân sách nhà nước|\bNSNN\b", re.I)  # all sources together
# a span of time: "Giai đoạn 2026-2028", "2026 - 2030", "Quý I", "6 tháng đầu năm", "Đợt 2", a school year "Năm học
# 2025 - 2026" (autumn to summer: no one budget year)
# ("Năm 2027-2030", "Các năm 2027 - 2030": years written with their word)
PERIOD_HEAD = re.compile(r"(?:cả\s+)?giai đoạn\b|(?:(?:các\s+)?năm\s+(?:học\s+)?)?" + YEAR_SPAN.pattern + r"|quý\s+(?:[IV]{1,3}|\d)\b|"
                         r"(?:\d{1,2}\s+)?tháng\b|đợt\s+\w+", re.I)
WORD = re.compile(r"[^\W\d_]{2}")
# a unit in brackets after a title on its line: "BẢNG PHÂN KỲ KINH PHÍ (Đơn vị: tỷ đồng)"
# (or after it with no brackets, where a PDF's layout joined the two lines: "BIỂU 01: KHÁI TOÁN ... Đơn vị tính: triệu đồng")
UNIT_AFTER_TITLE = re.compile(r"\s*\(\s*(?:đơn vị(?: tính)?|đvt)\s*:[^()]*\)\s*:?\s*$|(?<=\S)\s*[-–,;]?\s+(?:đơn vị(?: tính)?|đvt)\s*:[^()]*$",
                              re.I)


@dataclass
class Column:
    role: str  # code | label | unit | note | quantity | rate | ratio | amount | source | text
    year: int | None = None
    source: str = "total"
    header: str = ""


@dataclass(frozen=True, slots=True)  # (slots: a cell is made for every cell of every table)
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
    context_year: int | None = None  # the one year its title (or the appendix it sits in) names


def title_and_unit(doc: Document, before: int) -> tuple[str | None, tuple[str, int] | None]:
    """Title lines (PHỤ LỤC ..., BẢNG ..., Mẫu biểu số 02) and the unit line just before
    block `before`. A scrape may wrap any of them over lines ("*Đơn" / "vị: Triệu đồng.*",
    "(Kèm theo ..." / "... Cà Mau)", "... GIAI ĐOẠN 2026 -" / "2028")."""
    window = doc.blocks[max(0, before - 10): before]
    after_table = next((n + 1 for n in range(len(window) - 1, -1, -1) if window[n].kind == "table"), 0)
    # (nothing above the table before it: its lines belong to that one)
    paras = [b for b in window[after_table:] if b.kind != "table" and b.text]
    lines = [_bare(b.text.split("\n", 1)[0]) for b in paras]
    unit = None
    title_lines: list[str] = []
    k = len(lines) - 1
    while k >= 0:
        line = lines[k]
        if unit is None and not title_lines:
            found = table_unit(line) or (table_unit(f"{lines[k - 1]} {line}") if k else None)
            if found:
                unit = found
                rest = UNIT_AFTER_TITLE.sub("", line) if table_unit(line) else ""
                if rest != line and WORD.search(rest) and (TITLE_LINE.match(rest) or is_upper(rest)):
                    lines[k] = rest  # "BẢNG PHÂN KỲ KINH PHÍ (Đơn vị: tỷ đồng)": the title stays
                    continue
                k -= 1 if table_unit(line) else 2
                continue
        if line.startswith(("(Theo", "(Kèm", "(kèm")):
            k -= 1
            continue
        if ENACTING_LINE.match(line):
            break  # "QUYẾT NGHỊ:" over "Điều 1. ..." and the table: a decision's enacting word, no title (round G32)
        if line.endswith(")") and "(" not in line:  # the end of a note wrapped over lines
            opening = next((j for j in range(k - 1, max(-1, k - 4), -1) if "(" in lines[j]), None)
            if opening is not None and lines[opening].lstrip().startswith("("):
                k = opening - 1
                continue
        if not WORD.search(line) and k and (is_upper(lines[k - 1]) or TITLE_LINE.match(lines[k - 1])):
            lines[k - 1] = f"{lines[k - 1]} {line}"  # "2028" under "... GIAI ĐOẠN 2026 -"
            k -= 1
            continue
        if title_lines and TITLE_LINE.match(title_lines[0]):
            # above a title line only title lines: "PHỤ LỤC I" over "BẢNG DỰ TOÁN ...",
            # "BẢNG TỔNG HỢP CHUNG" over "KINH PHÍ THỰC HIỆN ...", never a section heading
            if TITLE_LINE.match(line) and len(title_lines) < 4:
                title_lines.insert(0, line)
                if _heads_a_form(line):
                    break
                k -= 1
                continue
            break
        if TITLE_LINE.match(line) or is_upper(line):
            title_lines.insert(0, line)
            if _heads_a_form(line):
                break
        elif title_lines:
            break
        elif k and NUMBERED_FORM.match(lines[k - 1]):
            title_lines.insert(0, line)  # "Biểu mẫu 6" over its subject "Cải cách tài chính công"
        k -= 1
    return (" ".join(title_lines) or None), unit


_EMPHASIS_LEFT = re.compile(r"^[*_\s]+|[*_\s]+$")


def _heads_a_form(line: str) -> bool:
    """A line nothing above belongs to a table's title: "PHỤ LỤC ...", "Biểu số 3",
    "Mẫu biểu số 02" (but "BIỂU TỔNG HỢP ..." may stand under "Mẫu biểu số 02")."""
    return bool(APPENDIX.match(line)) and (line[:7].upper() == "PHỤ LỤC" or bool(NUMBERED_FORM.match(line))
                                           or not re.match(r"^(?:BIỂU|Biểu|MẪU|Mẫu)\s+\w{3,}", line)
                                           or bool(re.match(r"^(?:BIỂU|Biểu)\s+(?:số|SỐ)\b", line)))


def _bare(text: str) -> str:
    """A line without the emphasis marks a scrape left at its ends ("*Đơn", "Cà Mau)*");
    a lone "*" is a row code and stays."""
    bare = _EMPHASIS_LEFT.sub("", text)
    return bare if bare else text.strip()


def _rejoined_source(leaf: str) -> str | None:
    """The named source of a head whose word a narrow column broke between two pieces that
    each look like a syllable ("Ngân sách huy" / "ện" read "Ngân sách huy ện"): the head with
    one of its spaces taken out names one source; None unless exactly one reading names one."""
    words = leaf.split()
    if not 2 <= len(words) <= 8:
        return None
    found = {s for k in range(1, len(words))
             if (s := source_of(" ".join(words[:k - 1] + [words[k - 1] + words[k]] + words[k + 1:]))) != "total"}
    return found.pop() if len(found) == 1 else None


def source_of_leaf(leaf: str) -> str:
    """A leaf column's source: a year, a total, a plain amount ("Kinh phí", "Thành
    tiền") or a stage of the budget ("Dự toán", "Ước thực hiện") is all sources together;
    a named source maps to its code; an unnamed one ("Vốn lồng ghép") is "other"."""
    leaf = leaf.strip()
    if OWN_FUNDS_HEAD.match(leaf):
        return source_of(leaf) if source_of(leaf) != "total" else "other"  # ("Kinh phí đoàn viên đóng góp": raised)
    if TOTAL_HEAD.match(leaf) or AMOUNT_HEAD.match(leaf) or YEAR_CAPITAL_HEAD.match(leaf) or STATE_BUDGET.search(leaf) \
            or not leaf:
        return "total"
    s = source_of(leaf)
    if s != "total":
        return s
    if (joined := _rejoined_source(leaf)) is not None:
        return joined
    # (a period is all its years together: "Giai đoạn 2026-2028", "Cả giai đoạn")
    return "other" if LEAF_SOURCE.search(leaf) or not (year_of(leaf) or STAGE.search(leaf) or PERIOD_HEAD.match(leaf)) \
        else "total"


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


def is_number_row(row: list[str]) -> bool:
    """The column-number row under a header: "A | B | 1 | 2 | 3=1+2", "(1) | (2) | (3)"."""
    cells = [c.strip() for c in row if c.strip()]
    if len(cells) < 3 or not all(NUMBER_CELL.match(c) for c in cells):
        return False
    numbers = [int(m.group()) for c in cells for m in [re.search(r"\d+", c)] if m]
    return len(numbers) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:]))


def _parent_score(cell: str) -> float | None:
    """How much a header cell reads as a group over cells of the next row (None: it
    cannot be one: a code, label, unit, note or total column)."""
    text = cell.strip()
    if not text or CODE_HEAD.match(text) or LABEL_HEAD.search(text) or UNIT_HEAD.match(text) \
            or NOTE_HEAD.search(text) or TOTAL_HEAD.match(text):
        return None
    if GROUP_HEAD.match(text):
        return 3
    if PARENT_HEAD.match(text):
        return 2
    if year_of(text) and STAGE.search(text):
        return -1  # "Dự toán năm 2026" is a column of its own
    return 0


def _compositions(total: int, parts: int):
    """Ways to write `total` as `parts` positive integers, in order."""
    if parts == 1:
        if total >= 1:
            yield (total,)
        return
    for first in range(1, total - parts + 2):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


SPLIT_CAP = 5000  # ways to share a row's cells among its groups tried one by one; past it, only equal shares


def _splits(total: int, parts: int):
    """Ways to share `total` child cells among `parts` groups: all of them while they are
    few; else only the equal share (a ten-year plan with three sources under every year
    has 10 million ways, and the equal one is the reading the header means)."""
    if math.comb(total - 1, parts - 1) <= SPLIT_CAP:
        return _compositions(total, parts)
    return [(total // parts,) * parts] if total % parts == 0 else []


def _children_score(parents: list[str], children: list[str], split: tuple[int, ...]) -> float:
    """How well children fit their groups: a child's year must be its group's, a group
    holds year columns or other columns but not both, and groups of one are odd."""
    score, at = 0.0, 0
    for parent, size in zip(parents, split):
        kids = children[at: at + size]
        at += size
        year = year_of(parent)
        kid_years = [year_of(k) for k in kids]
        score -= 3 * sum(1 for y in kid_years if y and year and y != year)
        if any(kid_years) and not all(kid_years):
            score -= 1
        if any(kid_years) and _SOURCE_GROUP.match(parent):
            score -= 2  # "Nguồn vốn" over years: a label column's name, the years under the next cell ("Chia ra các năm")
        if size == 1:
            score -= 0.5
    return score - 0.01 * (max(split) - min(split))


def unspan(rows: list[list[str]], width: int) -> list[list[str]] | None:
    """Header rows that lost their merged cells, as a scrape of an HTML table writes them
    (each row lists only the cells that start in it): [STT | Nội dung | Năm 2025 | Dự kiến
    03 năm kế hoạch] over [Dự toán | Ước thực hiện | Năm 2026 | Năm 2027 | Năm 2028].
    Each cell is either a leaf column that spans down to the body or a group over cells of
    the next row. The groups are the cells that read most as groups, as many as the row
    widths require, and each takes the children whose years agree with its own. Returns
    full-width rows (a spanning cell repeated, as the grid readers write them), or None
    when no reading fits the width."""
    depth = len(rows)
    n = [len(r) for r in rows]
    need = sum(n) - width  # groups in all rows but the last
    if depth < 2 or depth > 4 or need < depth - 1 or any(x == 0 for x in n):
        return None
    best: tuple[float, list[list[int]], list[tuple[int, ...]]] | None = None
    for counts in _compositions(need, depth - 1):
        if any(k > min(n[r], n[r + 1]) for r, k in enumerate(counts)):
            continue
        options = []
        for r, k in enumerate(counts):
            eligible = [c for c in range(n[r]) if _parent_score(rows[r][c]) is not None]
            row_options = []
            for chosen in itertools.combinations(eligible, k):
                names = [rows[r][c] for c in chosen]
                base = sum(_parent_score(x) or 0 for x in names)
                fit = max(((_children_score(names, rows[r + 1], split), split)
                           for split in _splits(n[r + 1], k)), key=lambda x: x[0], default=None)
                if fit is not None:
                    row_options.append((base + fit[0], list(chosen), fit[1]))
            if not row_options:
                break
            options.append(max(row_options, key=lambda x: x[0]))
        else:
            score = sum(o[0] for o in options)
            if best is None or score > best[0]:
                best = (score, [o[1] for o in options], [o[2] for o in options])
    if best is None:
        return None
    _, groups, splits = best
    # widths bottom-up: a leaf is one column, a group the sum of its children
    widths = [[1] * n[r] for r in range(depth)]
    kids_of: list[dict[int, list[int]]] = [{} for _ in range(depth)]
    for r in range(depth - 2, -1, -1):
        at = 0
        for c, size in zip(groups[r], splits[r]):
            kids_of[r][c] = list(range(at, at + size))
            widths[r][c] = sum(widths[r + 1][k] for k in kids_of[r][c])
            at += size
    if sum(widths[0]) != width:
        return None
    grid = [[""] * width for _ in range(depth)]

    def place(r: int, cells: list[int], col: int) -> None:
        for c in cells:
            for x in range(col, col + widths[r][c]):
                for rr in range(r, depth if c not in kids_of[r] else r + 1):
                    grid[rr][x] = rows[r][c]
            if c in kids_of[r]:
                place(r + 1, kids_of[r][c], col)
            col += widths[r][c]

    place(0, list(range(n[0])), 0)
    return grid


def columns_from_grid(header: list[list[str]], width: int | None = None) -> list[Column]:
    """Leaf columns of a grid header: each column's path of distinct header cells. A
    column-number row ("A | B | 1 | 2 | 4=3/2") names no column but marks the ratio
    columns; header rows that lost their merged cells are spread out first (`unspan`)."""
    numbers = next((r for r in header if is_number_row(r)), None)
    header = [r for r in header if r is not numbers]
    width = width or max([len(r) for r in header + ([numbers] if numbers else [])], default=0)
    if len(header) > 1 and any(len(r) != width for r in header):
        header = unspan(header, width) or header
    header = _spread_spans(header) if header else [[""] * width]
    width = max(width, *(len(r) for r in header))
    cols: list[Column] = []
    for c in range(width):
        path: list[str] = []
        for row in header:
            cell = row[c] if c < len(row) else ""
            if cell and (not path or path[-1] != cell):
                path.append(cell)
        leaf = path[-1] if path else ""
        joined = " / ".join(path)
        formula = numbers[c] if numbers and c < len(numbers) else ""
        if CODE_HEAD.match(leaf) or (path and CODE_HEAD.match(path[0])):
            cols.append(Column("code", header=joined))
        elif path and NOTE_HEAD.search(path[0]):  # a PDF's merged cells spill into "Ghi chú" below it
            cols.append(Column("note", header=joined))
        elif UNIT_HEAD.match(leaf) and _names_the_rows(leaf, cols):
            cols.append(Column("label", header=joined))
        elif UNIT_HEAD.match(leaf):
            cols.append(Column("unit", header=joined))
        elif counts_things(leaf) or rate_head(leaf):
            cols.append(Column("rate" if rate_head(leaf) else "quantity", header=joined))
        elif LABEL_HEAD.search(leaf) and not any(c.role == "label" for c in cols):
            cols.append(Column("label", header=joined))
        elif RATIO_FORMULA.search(formula) or any(RATIO_HEAD.search(p) for p in path):
            cols.append(Column("ratio", header=joined))
        else:
            years = [y for p in path for y in [year_of(p)] if y]
            source = source_of_leaf(leaf)
            if source == "total" and TOTAL_HEAD.match(leaf):
                # a total under a named source is that source's: "Ngân sách địa phương / Tổng số"
                # (not under a year or a group heading: "Năm 2026 / Tổng số", "Chia ra / Tổng số")
                source = next((s for p in reversed(path[:-1]) for s in [source_of(p)] if s != "total"), source)
            cols.append(Column("amount", years[-1] if years else None, source, joined))
    return _parts_take_their_year(cols)


# a column whose own header says it is a part of the column before it, its group cell flattened into it: "Kế hoạch
# năm 2025 | Trong đó: NSTW | Trong đó: NSĐP" (a Markdown table of a two-row header)
PART_HEAD = re.compile(r"^(?:trong đó|chia ra|bao gồm)\s*:?\s*\S", re.I)


def _parts_take_their_year(cols: list[Column]) -> list[Column]:
    """Amount columns headed "Trong đó: <source>" with no year of their own take the year of the
    amount column they are parts of, the nearest one to their left that is no part itself."""
    for k, col in enumerate(cols):
        if col.role != "amount" or col.year is not None or not PART_HEAD.match(col.header.split(" / ")[-1]):
            continue
        whole = next((c for c in reversed(cols[:k]) if c.role == "amount"
                      and not PART_HEAD.match(c.header.split(" / ")[-1])), None)
        if whole is not None and whole.year is not None:
            cols[k] = replace(col, year=whole.year)
    return cols


# "Đơn vị", "Đơn vị, địa phương", "Đơn vị/địa phương": the word alone, not "Đơn vị tính"
BODY_HEAD = re.compile(r"^đơn vị(?:\s*[,/]\s*địa phương)?$", re.I)


def _names_the_rows(leaf: str, cols: list[Column]) -> bool:
    """A table by commune or unit ("TT | Đơn vị | Tổng cộng | Ngân sách huyện | ..."): a bare
    "Đơn vị" right after the code column, before any label, heads the bodies the rows are
    about; after a label ("Nội dung | Đơn vị | Số lượng") it is the unit of measure."""
    return bool(BODY_HEAD.match(leaf.strip())) and bool(cols) and cols[-1].role == "code" \
        and not any(c.role == "label" for c in cols)


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
    while rest and _described(rest[0]):
        # "Địa điểm xây dựng", "Thời gian KC-HT", "Quy mô" between the project's name and its money: columns of words
        # (round G32; a scrape drops their empty cells from a group row: _aligned_row)
        cols.append(Column("text", header=rest[0]))
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


# the columns that describe a project in words, between its name and its money: "Địa điểm (xây dựng)", "Thời gian
# (KC-HT, thực hiện, khởi công - hoàn thành)", "Quy mô", "Năng lực thiết kế", "Chủ đầu tư", "Quyết định đầu tư"
DESCRIBED_HEAD = re.compile(r"^(?:địa điểm|thời gian|quy mô|năng lực thiết kế|chủ đầu tư|quyết định (?:đầu tư|phê duyệt)|"
                            r"số quyết định|mục tiêu|tiến độ|thời hạn|đơn vị (?:thực hiện|chủ trì|quản lý))\b", re.I)


def _described(cell: str) -> bool:
    """A flattened header's column of words about each row: DESCRIBED_HEAD, no year, money or unit in it."""
    return bool(DESCRIBED_HEAD.match(cell)) and year_of(cell) is None and not _money_head(cell) \
        and not UNIT_HEAD.match(cell)


def _aligned_row(row: list[Cell], columns: list[Column]) -> list[Cell]:
    """A flattened row shorter than the table whose last cells are its amounts, a scrape having dropped the empty
    cells of its columns of words ("I" / "Giao thông" / "1.560,4" / "420,7" under "TT | Danh mục dự án | Địa điểm |
    Thời gian KC-HT | Tổng mức đầu tư | Kế hoạch vốn năm 2026"): empty cells after its label, so that the amounts
    stand under their columns; the row as it is otherwise (round G32)."""
    width, amounts = len(columns), [n for n, c in enumerate(columns) if c.role == "amount"]
    text = [n for n, c in enumerate(columns) if c.role == "text"]
    missing = width - len(row)
    if (missing <= 0 or not text or missing > len(text) or len(row) < 3 or not amounts
            or amounts != list(range(width - len(amounts), width)) or len(row) - 2 < len(amounts)):
        return row
    tail = row[len(row) - len(amounts):]
    if not all(NUMERIC.match(c.text.strip()) for c in tail) or any(NUMERIC.match(c.text.strip()) and c.text.strip()
                                                                   for c in row[2: len(row) - len(amounts)]):
        return row
    pad = [Cell("", row[1].end, row[1].end)] * missing
    return row[: len(row) - len(amounts)] + pad + tail


def _plain_column(cell: str) -> Column:
    """A leaf that is not a year group's: a unit, a quantity, a unit price, or an amount."""
    if UNIT_HEAD.match(cell):
        return Column("unit", header=cell)
    if counts_things(cell):
        return Column("quantity", header=cell)
    if rate_head(cell):
        return Column("rate", header=cell)
    return Column("amount", None, source_of_leaf(cell), cell)


# a level after a bound sign, as a targets table writes its cells: "≥ 95", "≤ 2,5", ">80", "≥ 90%"
BOUNDED_LEVEL = re.compile(r"^(?:≥|≤|>=?|<=?)\s*(\d[\d.,]*)\s*%?$")


def _cell_number(cell: str) -> bool:
    """A cell holding a number, bare or after a bound sign."""
    bounded = BOUNDED_LEVEL.match(cell.strip())
    return parse_number(bounded.group(1) if bounded else cell).value is not None


def _is_data_row(row: list[str], labels_first: bool = False) -> bool:
    """A body row: amounts after a row code (or an empty code cell, or one cell merged over
    the code and the label); with `labels_first` (a table with no code column) after a
    label: "Ngân sách tỉnh | 0,8 | 1,0" under "Nguồn vốn | Năm 2026 | Năm 2027"."""
    nums = [c for c in row[1:] if c and _cell_number(c)]
    years_only = all(BARE_YEAR.match(c) for c in nums) and not any(WORD.search(c) for c in row)
    # one cell merged over the code and the label: "TỔNG CỘNG", "I. Phát triển du lịch"
    merged = len(row) > 1 and row[0] == row[1] and (TOTAL_LABEL.match(row[0].strip()) is not None
                                                    or MERGED_CODE.match(row[0].strip()) is not None)
    if not nums or is_number_row(row) or years_only:  # "| | | 2026 | 2027 |" is a header row
        return False
    if ROW_CODE.match(row[0].strip()) is not None or not row[0].strip() or merged:
        return True
    # (not "Nội dung | 2026 | 2027", a header of bare years; a row labelled by its year is a
    # body row: "2026 | 1.850.000.000 | 1.250.000.000" under "Năm | Tổng | NSTW")
    labelled = bool(WORD.search(row[0])) or BARE_YEAR.match(row[0].strip()) is not None
    return labels_first and labelled and not all(BARE_YEAR.match(c) for c in nums)


def _body_width(rows: list[list[str]]) -> int:
    """The body's width: the most common row length (ties: the wider)."""
    lengths = Counter(len(r) for r in rows)
    return max(lengths, key=lambda n: (lengths[n], n)) if lengths else 0


def grid_tables(doc: Document) -> list[RawTable]:
    out: list[RawTable] = []
    for block in doc.tables:
        rows = block.rows or []
        spans = block.cell_spans or []
        cells = [[Cell(text, *spans[r][c]) for c, text in enumerate(row)] for r, row in enumerate(rows)]
        _add_grid(out, doc, cells, block.index, block.start, block.end)
    return out


def _add_grid(out: list[RawTable], doc: Document, cells: list[list[Cell]], index: int, start: int, end: int) -> None:
    """One grid (rows of cells) as a table, or as the continuation of the table before it."""
    rows = [[c.text for c in row] for row in cells]
    first = next((i for i, r in enumerate(rows) if _is_data_row(r)), None)
    if first is None and rows and rows[0] and not CODE_HEAD.match(rows[0][0].strip()):
        # no code column: the rows open with their labels, under a header of words
        first = next((i for i, r in enumerate(rows) if i and _is_data_row(r, labels_first=True)), None)
    if first is None:
        return
    while first > 1 and _group_under_header(rows[first - 1], _body_width(rows[first:])):
        first -= 1  # ("I. | CÔNG TÁC PHÒNG DỊCH" merged over the row: the body's first group, no header line)
    body = cells[first:]
    header = rows[:first]
    # a line Word merged across the whole table over its header: its unit ("Đơn vị tính:
    # triệu đồng") or its title, which names no column
    inner_unit = None
    while len(header) > 1 and len(header[0]) > 2 and all(c == header[0][0] for c in header[0]):
        inner_unit = inner_unit or table_unit(header[0][0].strip())
        header = header[1:]
    if not _has_header(header):
        if out and len(out[-1].columns) == len(rows[0]) and index - out[-1].last_block <= 3:
            # a table continued on the next page; a first row with only words ends
            # the label of the row the page break cut
            for row in rows[:first]:
                _continue_label(out[-1], row)
            out[-1].rows.extend(body)
            out[-1].end = end
            out[-1].last_block = index
        return
    title, unit = title_and_unit(doc, index)
    unit = unit or inner_unit
    width = _body_width(rows[first:])
    columns = _text_columns(columns_from_grid(header, width), rows[first:])
    issues = []
    if header_unaligned(header, width):
        # the header cells cannot be placed over their columns: no year or source by position
        for col in columns:
            if col.role == "amount":
                col.year, col.source = None, "total"
        issues.append({"code": UNALIGNED, "severity": "warning", "where": None,
                       "message": f"header rows of {', '.join(str(len(r)) for r in header)} cells over {width} columns "
                                  "fit no reading of merged cells: the amounts' years and sources are left unknown"})
    out.append(RawTable(title, unit, header, columns, body, start, end, last_block=index, issues=issues,
                        context_year=context_year(doc, index, title)))


def _group_under_header(row: list[str], width: int) -> bool:
    """A group row merged across every column after its code ("I. | CÔNG TÁC PHÒNG DỊCH | CÔNG TÁC
    PHÒNG DỊCH | ..."), which a table of tasks sets right under its header: the body's, not a
    header line naming its columns; or only its code and its label in a table `width` columns wide, where a
    scrape dropped the merged cells ("I<tab>Nhóm phần mềm" under "TT | Nội dung | Tổng | Ngân sách | Xã hội hóa")."""
    if len(row) < 2 or GROUP_CODE.match(row[0].strip()) is None or not row[1].strip():
        return False
    return all(c == row[1] for c in row[2:]) if len(row) > 2 else width > 2


UNALIGNED = "table.header_unaligned"


def header_unaligned(header: list[list[str]], width: int) -> bool:
    """A header of two or more rows, one of them with fewer cells than the table has columns
    (a scrape that dropped the merged cells' spans), that `unspan` cannot spread out and
    that position does not place either: a short row is read by position only when its
    last cell is the one that spans the rest, over the row below, which is empty under
    its other cells ("STT | Nội dung | Tổng | Chia ra" over " | | | NSTW | NSĐP | Khác")."""
    rows = [r for r in header if not is_number_row(r)]
    short = [n for n, r in enumerate(rows) if 0 < len(r) < width]
    if len(rows) < 2 or not short or unspan(rows, width) is not None:
        return False
    for n in short:
        if n == len(rows) - 1:
            return True
        below = rows[n + 1]
        if any(c < len(below) and below[c].strip() for c in range(len(rows[n]) - 1)):
            return True
    return False


SOURCE_HEAD = re.compile(r"^nguồn", re.I)  # "Nguồn vốn", "Nguồn kinh phí": a text column naming each row's source


def _text_columns(columns: list[Column], body: list[list[str]]) -> list[Column]:
    """A column read as amounts whose body cells are all words ("Nguồn vốn" with "Ngân sách
    tỉnh", "Xã hội hóa"; "Đơn vị thực hiện") holds no amounts: a source column names each
    row's source, any other is text."""
    if (len(columns) > 1 and columns[0].role == "amount" and columns[1].role == "label" and not _money_head(columns[0].header)
            and ordinal_column([r[0] if r else "" for r in body if not (len(r) > 1 and TOTAL_HEAD.match(r[1].strip()))])):
        # the row number's heading as OCR misreads it ("NHẠẺ", "S", nothing) over row codes, left of the labels
        columns[0].role = "code"
    for n, col in enumerate(columns):
        cells = [r[n].strip() for r in body if n < len(r) and r[n].strip() not in ("", "-")]
        if col.role == "amount" and cells and all(parse_number(c).value is None and WORD.search(c) for c in cells):
            col.role = "source" if SOURCE_HEAD.match(col.header.split(" / ")[-1]) else "text"
    if not any(c.role == "label" for c in columns):
        # no "Nội dung" column: the first column of words names the rows ("Nguồn vốn" over
        # "Ngân sách Trung ương", "Nhân dân đóng góp", "Tổng cộng")
        first = next((c for c in columns if c.role != "code"), None)
        if first is not None and first.role in ("source", "text"):
            first.role = "label"
    return columns


def _money_head(header: str) -> bool:
    """A column heading that names an amount, a year or a source ("Kinh phí", "Năm 2026", "Ngân sách tỉnh")."""
    leaf = header.split(" / ")[-1].strip()
    return bool(year_of(header) or TOTAL_HEAD.match(leaf) or AMOUNT_HEAD.match(leaf) or SOURCE_HEAD.match(leaf)
                or LEAF_SOURCE.search(leaf))


def context_year(doc: Document, before: int, title: str | None) -> int | None:
    """The one year a table's title names, else the one the appendix it sits in names
    ("PHỤ LỤC" over "BIỂU MẪU THỐNG KÊ ... NĂM 2025", a few forms above); a period
    ("GIAI ĐOẠN 2026 - 2028") names none."""
    if title and (YEAR_SPAN.search(title) or year_of(title)):
        return year_of(title)
    for b in reversed(doc.blocks[max(0, before - 80): before]):
        first = _bare(b.text.split("\n", 1)[0]) if b.kind != "table" else ""
        if first[:7].upper() == "PHỤ LỤC":
            heading = [first]
            for nxt in doc.blocks[b.index + 1: b.index + 4]:
                line = _bare(nxt.text.split("\n", 1)[0]) if nxt.kind != "table" else ""
                if not line or not (is_upper(line) or not WORD.search(line)):
                    break
                heading.append(line)
            return year_of(" ".join(heading))
    return None


def _has_header(rows: list[list[str]]) -> bool:
    """Header rows name a code, total, year or money column ("Nội dung | Kinh phí | Ghi chú")."""
    return any(CODE_HEAD.match(c.strip()) or TOTAL_HEAD.match(c.strip()) or year_of(c) or AMOUNT_HEAD.match(c.strip())
               or SOURCE_HEAD.match(c.strip()) or PERIOD_HEAD.match(c.strip())
               for row in rows for c in row[:3] + row[-3:])


def _continue_label(table: RawTable, row: list[str]) -> None:
    li = next((n for n, c in enumerate(table.columns) if c.role == "label"), None)
    words = [c for c in row if c.strip()]
    if li is None or not table.rows or len(words) != 1 or li >= len(row) or not row[li].strip():
        return
    last = table.rows[-1]
    cell = last[li]
    last[li] = Cell(f"{cell.text} {row[li].strip()}", cell.start, cell.end)


@functools.lru_cache(maxsize=4096)
def _is_code(text: str) -> bool:
    """An empty cell or a row code ("1", "II", "a)"). (Remembered by its text: a flattened table's cells are asked
    again and again, by the header's search, the total rows' and the rows' bounds, and their texts repeat.)"""
    text = text.strip()
    return not text or ROW_CODE.match(text) is not None


@functools.lru_cache(maxsize=4096)
def _is_label(text: str) -> bool:
    """A cell of words that is no code, number or header ("Tuyên truyền ..."); remembered as _is_code is."""
    text = text.strip()
    return (bool(WORD.search(text)) and not ROW_CODE.match(text) and not NUMERIC.match(text)
            and not CODE_HEAD.match(text))




def _total_rows_coded(cells: list, width: int) -> list:
    """A total row a scraper wrote without its code cell ("... 300" / "Tổng cộng" / "9.500"):
    an empty code cell before its label, so that it starts a row like the others. A cell
    before the label that looks like a code ("50") is one only where the row before is
    full without it."""
    out = []
    starts: list[int] = []  # where the rows with a code and a label started
    for n, x in enumerate(cells):
        text = x.text.strip()
        if n and TOTAL_LABEL.match(text):
            before = next((k for k in reversed(starts) if k < n - 1), None)
            if not (_is_code(cells[n - 1].text) and (before is None or n - 1 - before >= width)):
                out.append(Cell("", x.start, x.start))
        elif n + 1 < len(cells) and text and _is_code(text) and _is_label(cells[n + 1].text):
            starts.append(n)
        out.append(x)
    return out


def _row_bounds(cells: list, width: int, words: int = 2) -> list[tuple[int, int]]:
    """Where each body row starts and ends: a row starts at a code cell (or an empty
    one) followed by a label. Of the candidate starts, the one that gives a row its
    expected width wins, and a coded start beats an empty one (an empty note cell looks
    like an empty code). Empty cells past a row's width before a far start are dropped.
    (`words`: the cells of words a row opens with, its code, its label and the columns of
    words after it: the last row ends at a word cell after them.)"""
    bounds = []
    s = 0
    limit = len(cells)
    # whether a row can start at each cell, asked once (the windows below overlap)
    opens = [_is_code(cells[k].text) and _is_label(cells[k + 1].text) for k in range(limit - 1)]
    while s < limit:
        candidates = [k for k in range(s + 2, min(limit - 1, s + 2 * width + 1)) if opens[k]]
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
                end = next((n for n in range(s + words, k) if not NUMERIC.match(cells[n].text.strip())), k)
                while end > s + width and not cells[end - 1].text.strip():
                    end -= 1
            bounds.append((s, end))
            if not candidates:
                return bounds
        s = k
    return bounds


def _same_layout(a: list[Column], b: list[Column]) -> bool:
    return [(c.role, c.year, c.source) for c in a] == [(c.role, c.year, c.source) for c in b]


def _total_first(blocks: list[Block], j: int) -> bool:
    """A flattened body that opens with its total row, the code cell empty: "" / "Tổng
    cộng" / "5.400" (not a header's "" / "Tổng" / "2026")."""
    return (not blocks[j].text.strip() and TOTAL_LABEL.match(blocks[j + 1].text.strip()) is not None
            and any(re.search(r"\d", x.text) and NUMERIC.match(x.text.strip()) and not BARE_YEAR.match(x.text)
                    for x in blocks[j + 2: j + 5]))


def _columns_in_turn(header_cells: list[str]) -> bool:
    """Whether the cells before a flattened table's first row hold a row code followed by a
    label ("STT" / "Chỉ tiêu" / "1" / "Tỷ lệ hộ ..." / "Số điểm ..."): the columns came one
    after another (plain pdftotext writes a ruled table so), and no row can be told."""
    return any(FIRST_CODE.match(header_cells[k].strip()) and _is_label(header_cells[k + 1])
               for k in range(1, len(header_cells) - 1))


FIRST_CODE = re.compile(r"^(?:1|I)\.?$")  # the first row's code


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
        # header cells run until a row code followed by a label and a number, or a total row
        # first with its code cell empty ("" / "Tổng cộng" / "5.400")
        j = i + 1
        while j + 2 < len(blocks) and not (_is_code(blocks[j].text) and blocks[j].text.strip()
                                            and _is_label(blocks[j + 1].text)
                                            and any(re.search(r"\d", x.text) and NUMERIC.match(x.text.strip())
                                                    for x in blocks[j + 2: j + 5])  # a unit cell may come first
                                            ) and not _total_first(blocks, j):
            j += 1
            if j - i > 60:
                break
        header_cells = [x.text for x in blocks[i:j]]
        if j - i > 60 or len(header_cells) < 3 or _columns_in_turn(header_cells):
            i += 1
            continue
        columns = columns_from_flat(header_cells)
        width = len(columns)
        # the body: short cells up to the first non-cell paragraph
        stop = j
        while (stop < len(blocks) and blocks[stop].kind != "table" and len(blocks[stop].text) < 400
               and not CODE_HEAD.match(blocks[stop].text.strip())):  # a repeated header starts anew
            stop += 1
        cells = _total_rows_coded(blocks[j:stop], width)
        amount_at = [n for n, c in enumerate(columns) if c.role == "amount"]
        rows: list[list[Cell]] = []
        words = 2 + sum(1 for c in columns if c.role == "text")
        for a, z in _row_bounds(cells, width, words):
            row = _aligned_row([Cell(x.text, x.start, x.end) for x in cells[a:z]], columns)
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
                out.append(RawTable(title, unit, [header_cells], columns, rows, blocks[i].start, last.end,
                                    context_year=context_year(doc, i, title)))
            out[-1].last_block = next((n for n in range(j, len(blocks)) if blocks[n].start >= last.end), len(blocks)) - 1
            i = next((n for n in range(j, len(blocks)) if blocks[n].start >= last.end), len(blocks))
        else:
            i += 1
    return out
