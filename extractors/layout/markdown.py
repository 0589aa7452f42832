"""Markdown inside any text-like input: headings, list markers, emphasis, and pipe
tables, including the scraped kind whose cells span several lines with a lone `|`
between cells."""

from __future__ import annotations

import re

from extractors.layout import scan

# "## **2. Mục tiêu**" -> level 2
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# "- item", "* item", "+ item", "1. item" (a Markdown list item)
LIST = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+")
# "**b) Cơ quan:**", "__x__" (not a star escaped: "TỈNH X \\*\\*\\*" is the star set under a name)
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(.+?)(?<!\\)\1")
# "*c) Cơ quan:*" but not a "* " bullet, not "(*)", not an escaped star (over a cell's line breaks too: "_Tân Hà,<br>
# ngày 14 tháng 3 năm 2027_", a cell's italic paragraph that html2text's <br> broke)
_EMPH = re.compile(r"(?<![\w*(\\])([*_])(?![\s)*])(.+?)(?<![\s(*\\])\1(?![\w*])", re.S)
# a backslash escape of ASCII punctuation, as pandoc writes "1\\. Mục tiêu" and "\\- nội dung"
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# a cell border, not an escaped pipe ("a \\| b" is one cell)
PIPE = re.compile(r"(?<!\\)\|")
# a border line of a grid table (pandoc, psql, tabulate): "+-----+=====+", "+     +-----+" under a row span
GRID_BORDER = re.compile(r"^\s*\+(?:[-=: ]*\+)+\s*$")
# an inline link or image: "[Quyết định số 12/QĐ-UBND](https://x.vn/qd-12 "xem")" -> its text
LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
# a setext heading's underline under a line of text: "1. Mục tiêu chung" / "-----------------"
# (one run of the line's characters: "[^\n|]*\S[^\n|]*" tried every split of every long line)
SETEXT = re.compile(r"(?m)^([^\n|]++)\n(?:=+|-+)[ \t]*$")
_UNDERLINE = re.compile(r"(?m)\n(?:=+|-+)[ \t]*$")  # its underline
MAX_COLUMNS = 60
# a line break a converter keeps inside a pipe table's cell: "ỦY BAN NHÂN DÂN<br>HUYỆN X", "<br/>"
CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


# a Party's or a union's three stars under its name, set apart in the header's cell ("**TỈNH ĐOÀN X** *** Số: 118"):
# a mark, no emphasis
_STAR_MARK = re.compile(r"(?:^|(?<=\s))\*{3}\s+(?=\S)")


def strip_emphasis(text: str) -> str:
    if "*" not in text and "_" not in text:
        return text
    if "***" in text:
        text = _STAR_MARK.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    return text.replace("**", "")


def unescape(text: str) -> str:
    """"1\\. Mục tiêu chung" -> "1. Mục tiêu chung": the escapes a Markdown writer puts
    before punctuation that would otherwise start a list or emphasis."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def inline_links(text: str) -> str:
    """Links as their text (a scraped page links the documents it cites); images as nothing:
    an image's name is no text of the document ("T![Shape1](x.gif) ỈNH": a drawn rule's anchor)."""
    return LINK.sub(lambda m: "" if m.group(0)[0] == "!" else m.group(1), text) if "](" in text else text


def setext_headings(text: str) -> str:
    """A setext heading's underline taken out, its text kept as a line of its own. A
    converter draws the underline as long as the text; a layout's rule under a header line
    ("Độc lập - Tự do - Hạnh phúc" over "---------------") has a length of its own and is
    kept, and so is a line of "-" under capitals."""
    def fix(m: re.Match) -> str:  # (the line break before the line, the line, its rule)
        line, rule = m.group(1), m.group(0)[len(m.group(1)) + 2:].strip()
        if not line.strip() or abs(len(rule) - len(line.strip())) > 1 or len(rule) < 3:
            return m.group(0)  # a rule of its own length: a layout's rule under a header line
        if rule[0] == "-" and line.strip() == line.strip().upper():
            return m.group(0)
        return "\n" + line + "\n"
    if ("\n=" not in text and "\n-" not in text) or not _UNDERLINE.search(text):
        return text  # (cheap test first: no line of "=" or "-" alone under another)
    return scan.behind_breaks(SETEXT).sub(fix, "\n" + text)[1:]  # (searched fast behind each line break)


def cells(line: str, outer: bool = True) -> list[str]:
    """"| a | **b** |" -> ["a", "b"]; a "<br>" in a cell is a line break. In a table written without outer pipes
    (`outer=False`) a row's opening pipe is an empty first cell: "| b" -> ["", "b"]."""
    inner = line.strip()
    inner = inner[1:] if outer and inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    parts = PIPE.split(inner) if "\\|" in inner else inner.split("|")
    if "<" in inner:  # cheap test first: most cells hold no tag
        return [strip_emphasis(CELL_BREAK.sub("\n", c).strip()) for c in parts]
    return [strip_emphasis(c.strip()) for c in parts]


def under_groups(rows: list[list[str]]) -> list[list[str]]:
    """A header whose merged cells a converter (markdownify) wrote as a cell and empty cells
    after it, over a row that lists only the cells of those groups:
    [STT | Nội dung | Chia ra | "" | ""] over [Trung ương | Tỉnh | Xã] -> the lower row
    placed under "Chia ra" and its empty cells (an empty row above the header, as markdownify
    writes a table with no <th>, is passed over); level after level where the header has more
    ([Năm 2026 | "" | ""] over [Tổng số | Trong đó | ""] over [NSTW | NSĐP]: the cells a row
    span covered are not written). Rows are returned as they are from the first lower row whose
    width is not that of the groups, or that holds numbers."""
    t = next((k for k, r in enumerate(rows) if any(c.strip() for c in r)), 0)  # (past an empty head row)
    if t + 1 >= len(rows) or not rows[t]:
        return rows
    out, top, k = rows[:t + 1], list(rows[t]), t + 1
    while k < len(rows) and len(rows[k]) < len(top) and not any(_numeric(c) for c in rows[k]):
        slots: list[int] = []  # the columns under the groups, in order
        c = 0
        while c < len(top):
            end = c + 1
            while end < len(top) and not top[end].strip():
                end += 1
            if top[c].strip() and end - c >= 2:
                slots.extend(range(c, end))
            c = end
        if len(slots) != len(rows[k]):
            break
        # a group's text over each of its columns, as an HTML grid has a merged cell's
        for c in range(len(top)):
            if not top[c].strip() and c in slots and c - 1 in slots and top[c - 1].strip():
                top[c] = top[c - 1]
        lower = [""] * len(top)
        for slot, cell in zip(slots, rows[k]):
            lower[slot] = cell
        out[-1] = top
        out.append(lower)
        top, k = lower, k + 1
    return out + rows[k:]


# a heading over the agencies' columns, and those columns' headings: "Cơ quan thực hiện" over
# "Chủ trì | Phối hợp" (a budget table's groups are left to the budget-table reading, which
# knows years and sources: "Năm 2025" over "Dự toán | Ước thực hiện")
_GROUP_HEAD = re.compile(r"^(?:(?:cơ quan|đơn vị)\s+(?:thực hiện|phụ trách|chịu trách nhiệm)|phân công(?: thực hiện)?|"
                         r"trách nhiệm(?: thực hiện)?)\b", re.I)
_ROLE_HEAD = re.compile(r"^(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện|tham gia|phụ trách)\b", re.I)


def lost_spans(rows: list[list[str]]) -> list[list[str]]:
    """A task table's header whose merged cells html2text dropped: [TT | Nội dung | Cơ quan
    thực hiện | Thời gian] over [Chủ trì | Phối hợp], over body rows one cell wider than the top
    row. The one heading that names the agencies' group is spread over the role headings of
    the lower row, the others stand over both rows, as the page's merged cells did. Rows are
    returned as they are otherwise (no such heading or more than one, a lower row that is not
    role headings, a body of another width)."""
    if len(rows) < 3:
        return rows
    top, sub, body = rows[0], rows[1], rows[2:]
    k = len(sub)
    if k >= 2 and not all(_ROLE_HEAD.match(strip_emphasis(c).strip()) for c in sub):
        return _lost_group_spans(rows)
    if k < 2 or k >= len(top):
        return rows
    if sum(1 for r in body if len(r) == len(top) + k - 1) * 2 < len(body):
        return rows
    groups = [p for p, c in enumerate(top) if _GROUP_HEAD.match(strip_emphasis(c).strip())]
    if len(groups) != 1:
        return rows
    p = groups[0]
    return [top[:p] + [top[p]] * k + top[p + 1:], top[:p] + sub + top[p + 1:], *body]


def _lost_group_spans(rows: list[list[str]]) -> list[list[str]]:
    """A budget table's header whose merged cells html2text dropped: [STT | Nội dung | Tổng cộng
    | Năm 2025 | Năm 2026] over the same sources under each year [NS huyện | Lồng ghép | NS huyện
    | Lồng ghép], over body rows as wide as both make. Each of the top row's last headings is
    spread over one round of the sources; the others stand over both rows. The lower row may write the
    leading headings again ([STT | Nội dung | Tổng cộng | NS huyện | ...]: Word's plain text and the tools
    that keep a merged-down cell's text in each row), and the top row may end in empty cells (its merged cells
    written once, the row padded to the lower row's width). Rows are returned as
    they are otherwise (the lower row no repeated round, a body of another width, numbers in
    the header)."""
    top, sub, body = rows[0], rows[1], rows[2:]
    names = [strip_emphasis(c).strip() for c in sub]
    if (at := _one_group(top, names, body)) is not None:
        # "Kế hoạch vốn năm 2026" over "Tổng số | NSTW | NSĐP": that heading over each of them
        return [top[:at] + [top[at]] * len(sub) + top[at + 1:], top[:at] + sub + top[at + 1:], *body]
    # (a converter that kept the lower row's width wrote the top row's merged cells once, then empty cells)
    while len(top) > 3 and not strip_emphasis(top[-1]).strip() and len(sub) > len(top) - 1:
        top = top[:-1]
    heads = [strip_emphasis(c).strip() for c in top]
    for groups in range(len(top) - 1, 1, -1):
        keep = len(top) - groups
        # the leading headings written again in the lower row (cells merged down, their text in each row:
        # Word's plain text, a python-docx dump)
        again = keep if len(names) > keep and names[:keep] == heads[:keep] else 0
        own = names[again:]
        size = len(own) // groups
        if size < 2 or size * groups != len(own) or own[:size] * groups != own or len(set(own[:size])) != size:
            continue
        width = keep + len(own)
        if sum(1 for r in body if len(r) == width) * 2 < len(body) or any(
                _numeric(c) and not re.fullmatch(r"\s*(?:19|20)\d{2}\s*", c) for c in top + sub):  # (bare years are headings)
            return rows
        if not all(heads[keep:]):
            return rows
        spread = top[:keep] + [c for c in top[keep:] for _ in range(size)]
        return [spread, top[:keep] + sub[again:], *body]
    return rows


# a heading over several amount columns ("Kế hoạch vốn năm 2026", "Năm 2027", "Kinh phí", "Trong đó"),
# and the names under it (totals and budget sources: "Tổng số", "NSTW", "Ngân sách tỉnh", "Vốn ODA")
_AMOUNT_GROUP = re.compile(r"^(?:(?:kế hoạch|dự toán|dự kiến|ước thực hiện)(?:\s+vốn)?|kinh phí|nguồn vốn|vốn|"
                           r"trong đó|chia ra|phân kỳ|năm\s+(?:19|20)\d{2})\b", re.I)
_SOURCE_NAME = re.compile(r"^(?:tổng(?:\s+(?:số|cộng))?|trong đó|ns\s*\S+|nstw|nsđp|nsnn|ngân sách\b.*|vốn\b.*|nguồn\b.*|"
                          r"trung ương|địa phương|xã hội hóa|huy động\b.*|lồng ghép|oda|khác|nhân dân\b.*|dân đóng góp|"
                          r"doanh nghiệp)$", re.I)


_YEAR_NAME = re.compile(r"^(?:(?:năm|kh|th|ưth|uth|dt|kế hoạch|thực hiện|mục tiêu)\s+)?(?:năm\s+)?(?:19|20)\d{2}$", re.I)
_YEARS_GROUP = re.compile(r"^(?:kế hoạch|lộ trình|giai đoạn|phân kỳ)\b|\bcác năm\b|\btheo (?:từng )?năm\b", re.I)


def _one_group(top: list[str], names: list[str], body: list[list[str]]) -> int | None:
    """Where the one heading of a budget table's top row stands that html2text wrote over its
    columns' names: [TT | Danh mục dự án | Chủ đầu tư | Kế hoạch vốn năm 2026] over [Tổng số |
    NSTW | NSĐP], over body rows as wide as both make (one heading a group of amounts, the names
    under it totals and sources), or an indicator table's heading of the years over them ([TT | Chỉ tiêu | Đơn vị
    tính | Kế hoạch các năm] over [Năm 2026 | ... | Năm 2030]). None when it is not so (no such heading or two,
    other names)."""
    heads = [strip_emphasis(c).strip() for c in top]
    if len(names) >= 2 and all(_YEAR_NAME.match(n) for n in names):
        # years under a heading of the years ("Kế hoạch các năm", "Lộ trình thực hiện" over "Năm 2026" | ... |
        # "Năm 2030"): an indicator table's targets by year
        at = [k for k, h in enumerate(heads) if _YEARS_GROUP.search(h) and not _YEAR_NAME.match(h)]
    else:
        at = [k for k, h in enumerate(heads) if _AMOUNT_GROUP.match(h)]
        if not all(_SOURCE_NAME.match(n) for n in names):
            return None
    if len(at) != 1 or len(names) < 2:
        return None
    width = len(top) - 1 + len(names)
    if not body or sum(1 for r in body if len(r) == width) * 2 < len(body):
        return None
    return at[0]


def lone_pipe_rows(lines: list[str], join_lines=None) -> list[list[str]] | None:
    """A pipe table whose cells span lines: `|` / cell lines / `|` / cell lines / `|` ...
    A row ends with `|` and the next starts with `|`, so two pipes in a row are either a
    row break or an empty cell. The row width that lets every row end at a break (and
    that the data rows fill) decides which. Returns the rows as listed (a header row may be
    shorter), or None when the lines are not such a table (text before the first pipe or
    after the last)."""
    chunks: list[list[str]] = []
    cur: list[str] | None = None
    for line in lines:
        if line.strip() == "|":
            if cur is not None:
                chunks.append(cur)
            cur = []
        elif cur is None:
            return None
        else:
            cur.append(line)
    if cur or len(chunks) < 2:
        return None
    empty = [not any(x.strip() for x in c) for c in chunks]
    numeric = [any(_numeric(strip_emphasis(x.strip())) for x in c) for c in chunks]  # ("**1.883.192**", "*1*" too)
    best = None
    header = next((k for k, x in enumerate(numeric) if x), len(chunks))  # the header: the chunks before the first number
    for width in range(1, min(MAX_COLUMNS, len(chunks)) + 1):
        parse = _parse(empty, width, header)
        if parse is None:
            continue
        # the width most rows fill; rows with numbers (the data) decide when there are any
        data = [(a, b) for a, b in parse if any(numeric[a:b])] or parse
        full = sum(1 for a, b in data if b - a == width)
        if full * 2 >= len(data):
            best = parse
            break
    if best is None:
        return None
    join_lines = join_lines or (lambda ls: "\n".join(ls))
    # rows keep the cells they list: header rows that lost their merged cells are spread
    # out by the table model (extractors.tables.rebuild.unspan), which reads their words
    rows = [[strip_emphasis(join_lines([x.strip() for x in chunks[k] if x.strip()])) for k in range(a, b)]
            for a, b in best]
    return [spread_whole_row(row, width) if i else row for i, row in enumerate(rows)]


# a line of an annex table's caption: "(Kèm theo Kế hoạch số ...)", "Phụ lục 02", "Biểu số 3", "Mẫu biểu số
# 01", "Biểu mẫu 05" (a unit's line alone, "Đơn vị tính: triệu đồng", may be a header's cell)
ANNEX_CAPTION = re.compile(r"(?i)^(?:\(\s*(?:kèm theo|ban hành kèm)\b|phụ lục\s+(?:số\s*)?[\dIVX]+\b|"
                           r"(?:mẫu\s+)?biểu(?:\s+mẫu)?\s+(?:số\s*)?[\dIVX]+\b)")


def lone_pipe_tables(lines: list[str], join_lines=None) -> list[tuple[int, int, list[list[str]]]]:
    """The one-cell-a-line pipe tables (lone_pipe_rows) of a run of lines that has no blank line
    between them, as a scrape that dropped its blank lines writes them: a table, its last row's
    closing pipe, the next table's captions ("Mẫu biểu số 02", "(Kèm theo ...)", "Đơn vị: triệu
    đồng") and its opening pipe, run together; the run may end in text after its last pipe (notes).
    Between two pipes the captions stand where the row structure wants a row break (an empty chunk):
    after a row that ends in a number and before a header row (cells up to the next break that hold
    no number). A table ends there when the lines before read as a table whose last row and every row
    with a number fill its width (two such rows at least when it ends at a number's row). (first line, end
    line, rows) of each table found, in order; the lines between them are text. Near-linear: one
    lone_pipe_rows call per caption candidate and one per table."""
    pipes = [k for k, line in enumerate(lines) if line.strip() == "|"]
    if len(pipes) < 3:
        return []
    chunks = [lines[a + 1:b] for a, b in zip(pipes, pipes[1:])]
    n = len(chunks)
    empty = [not any(x.strip() for x in c) for c in chunks]
    numeric = [any(_numeric(strip_emphasis(x.strip())) for x in c) for c in chunks]
    # a caption's lines may end in a year ("GIAI ĐOẠN 2026 –" / "2028**"): judged on its text joined
    worded = [not e and not _numeric(strip_emphasis(" ".join(x.strip() for x in c)).replace("*", ""))
              for c, e in zip(chunks, empty)]
    breaks = [k for k in range(n) if empty[k]] + [n]
    candidates, b = [], 0
    for e in range(1, n - 1):
        while breaks[b] <= e:
            b += 1
        if empty[e - 1] or empty[e + 1] or not worded[e]:
            continue
        if any(ANNEX_CAPTION.match(strip_emphasis(x.strip())) for x in chunks[e]):
            candidates.append((e, 1))  # an annex's caption ("(Kèm theo ...)"): a table of one row before it too
        elif numeric[e - 1] and not any(numeric[e + 1:breaks[b]]):
            candidates.append((e, 2))
    found: list[tuple[int, int, list[list[str]]]] = []

    def table(s: int, e: int, least: int = 2) -> list[list[str]] | None:
        rows = lone_pipe_rows(lines[pipes[s]:pipes[e] + 1], join_lines)
        if rows is None or len(rows) < least:
            return None
        width = max(len(r) for r in rows)
        # the last row fills the table's width (a one-cell row spread over it does not) ...
        if len(rows[-1]) != width or (width > 1 and len(set(rows[-1])) == 1):
            return None
        # ... as every row with a number does (a body's rows are whole where the site writes each cell, an empty
        # one between two pipes), two of them at least when it ends at a number's row (not a task table's cell)
        data = [r for r in rows[1:] if len(set(r)) > 1 and any(_numeric(c) for c in r)]
        if any(len(r) != width for r in data) or (least > 1 and (width < 2 or len(data) < 2)):
            return None
        return rows

    s = 0
    for e, least in candidates:
        if e <= s:
            continue
        if (rows := table(s, e, least)) is not None:
            found.append((pipes[s], pipes[e] + 1, rows))
            s = e + 1
    if s < n and (rows := table(s, n)) is not None:
        found.append((pipes[s], pipes[n] + 1, rows))
    return found


def spread_whole_row(row: list[str], width: int) -> list[str]:
    """A body row of one cell in a table `width` cells wide is a cell merged across the whole
    table (a group row "I. NHÓM NHIỆM VỤ ..." with colspan, which a scrape lists once): its text
    in every column, as the Word and HTML readers give a merged cell (an empty cell between two
    pipes still counts, so a row of one filled cell and empty ones keeps its width)."""
    return row * width if len(row) == 1 and width > 1 and row[0] else row


def is_grid_border(line: str) -> bool:
    """"+----+----+" opens, ends and divides a grid table ("+ + +" alone is not one)."""
    return line.lstrip()[:1] == "+" and ("-" in line or "=" in line) and GRID_BORDER.match(line) is not None


def grid_rows(lines: list[str], join_lines=None) -> list[list[str]] | None:
    """The rows of a grid table whose first line is a border: the cells lie between the
    pipes under the borders' "+" marks (a cell over several columns is in its first); a row runs from one border to the next (a border
    with spaces under a cell is a row span: the next row's cell there is empty); a cell's
    lines are joined, its blank lines part its paragraphs (kept as line breaks). A pipe
    inside a cell's text, off the border's marks, is text. None when the lines are not one."""
    if not lines or not is_grid_border(lines[0]):
        return None
    # the column edges: every "+" of every border (a border under a column span has more)
    marks = sorted({k for line in lines if is_grid_border(line) for k, ch in enumerate(line) if ch == "+"})
    if len(marks) < 2 or len(marks) > MAX_COLUMNS + 1:
        return None
    join_lines = join_lines or (lambda ls: "\n".join(ls))
    rows: list[list[str]] = []
    cur: list[list[str]] | None = None

    def close() -> None:
        if cur is not None:
            cells = []
            for parts in cur:
                paragraphs, run = [], []
                for x in parts + [""]:
                    if x:
                        run.append(x)
                    elif run:
                        paragraphs.append(join_lines(run))
                        run = []
                cells.append(strip_emphasis("\n".join(paragraphs)))
            rows.append(cells)

    for line in lines[1:]:
        if is_grid_border(line):
            close()
            cur = None
            continue
        cuts = [k for k in marks if k < len(line) and line[k] == "|"]
        if not cuts or cuts[0] != marks[0]:
            return None  # a line that is no row of this grid
        cur = cur if cur is not None else [[] for _ in marks[:-1]]
        if (pushed := _pushed_cells(line, marks)) is not None:
            for col, text in enumerate(pushed):
                cur[col].append(text)
            continue
        for a, b in zip(cuts, cuts[1:] + [len(line)]):
            col = marks.index(a)
            if col < len(cur):
                cur[col].append(line[a + 1:b].strip())
    if cur is not None:
        return None  # no closing border
    return rows or None


def _pushed_cells(line: str, marks: list[int]) -> list[str] | None:
    """A grid row's line whose text outgrew its columns (pandoc writes a cell's text whole, "| 1    | Làm mới   |
    800.000.000 | 640.000.000 |", past the border's "+" marks): its own pipes part it, one cell a column, when it
    has a pipe for every mark and ends past the border. None for a line that keeps to the marks."""
    text = line.rstrip()
    if not text.endswith("|") or len(text) - 1 <= marks[-1]:
        return None
    pipes = [k for k, ch in enumerate(text) if ch == "|"]
    if len(pipes) != len(marks) or pipes[0] != marks[0]:
        return None
    return [text[a + 1:b].strip() for a, b in zip(pipes, pipes[1:])]


EMPTY_HEADER_CELL = 3  # what an empty cell between two header cells costs, in rows narrower than the table


def _empty_between_header_cells(empty: list[bool], i: int, end: int, header: int) -> int:
    """How many empty chunks of the row [i, end) lie between two filled ones before chunk
    `header` (the first number)."""
    count = pending = 0
    filled = False
    for x in range(i, end):
        if empty[x]:
            pending += filled
        elif x >= header:
            break  # the filled chunk after them is a number: a body row's empty cells
        else:
            count, pending, filled = count + pending, 0, True
    return count


def _parse(empty: list[bool], width: int, header: int = 0) -> list[tuple[int, int]] | None:
    """Rows as (first chunk, end chunk) with at most `width` cells each, consecutive rows
    separated by one empty chunk; the fewest rows narrower than `width`, where an empty cell
    between two header cells (filled chunks before chunk `header`, the first number) counts as
    EMPTY_HEADER_CELL of them: a header's cells are named, and its rows are narrow where a
    cell from the row above reaches down (rowspan), so "Trong đó" / (break) / "NSTW" is two
    rows of a three-row header, not one row with an empty cell between. (A body row's empty
    cells, "" / "TỔNG SỐ" / "" / "386.500", are no header's: one side is a number or nothing.)"""
    n = len(empty)
    inf = float("inf")
    cost = [inf] * (n + 2)
    choice: list[int] = [0] * (n + 2)
    cost[n] = 0
    cost[n + 1] = 0
    for i in range(n - 1, -1, -1):
        for k in range(1, width + 1):
            end = i + k
            if end > n:
                break
            if end == n:
                nxt = n
            elif empty[end]:
                nxt = end + 1
            else:
                continue
            c = cost[nxt] + (0 if k == width else 1)
            if i < header:
                c += EMPTY_HEADER_CELL * _empty_between_header_cells(empty, i, end, header)
                if k < width and empty[end - 1] and not all(empty[i:end]):
                    # a narrow header row ending in an empty cell: its cells are those a row above leaves
                    # free, named; the empty one is a group heading's second place in a full row
                    # ("Năm 2008 | | Năm 2009 | |" over "NSTW | NS huyện | NSTW | NS huyện")
                    c += EMPTY_HEADER_CELL
            if c < cost[i]:
                cost[i], choice[i] = c, k
    if cost[0] == inf:
        return None
    rows, i = [], 0
    while i < n:
        k = choice[i]
        rows.append((i, i + k))
        i = i + k + 1
    return rows


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d.,\s%()-]+", cell)) and any(ch.isdigit() for ch in cell)
