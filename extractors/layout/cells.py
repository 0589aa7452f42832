"""Tables used for page layout (the header: issuer | motto, number | place and date; the
signature: Nơi nhận | KT. CHỦ TỊCH ...) become paragraphs, read column by column as a
reader would (the left column top to bottom, then the right one), each line of a cell a
paragraph of its own. A cell that a scrape flattened into one line is split again at
the places where its lines started (`- ` after `;`, `KT.`, a signer title, the name).
"""

from __future__ import annotations

import re

from extractors.blocks import RawBlock
from extractors.layout import scan
from normalizers.text import UPPER, untoned

LOWER = "".join(sorted({ch.lower() for ch in UPPER}))

# the row number's column heading, as written or with its tones taken off: "STT", "TT", "Số TT",
# "Số thứ tự" (budget tables, task tables, text tables)
# "STT", "TT", "Số TT", "Số thứ tự", and "STT" as OCR misreads it ("SILT", "SIT", "5TT", "S1T")
CODE_HEAD = re.compile(r"^(?:s?tt|[s5][til1|]{2,3}|s[ốo]\s+tt|s[ốo]\s+th[ứu]\s+t[ựu])\.?$", re.I)
# a task table's column headings, matched without tone marks: the tasks', the lead's (a work programme's
# "Đơn vị tham mưu", "Cơ quan soạn thảo", the unit that drafts and submits each item, is its lead), the partners'
TASK_HEAD = re.compile(r"nhiem vu|noi dung|cong viec|hoat dong|giai phap|de an|du an|chuong trinh|ten ")
LEAD_HEAD = re.compile(r"chu tri|(?:co quan|don vi)\s+(?:thuc hien|chiu trach nhiem|dau moi)|^thuc hien$|"
                       r"trach nhiem thuc hien|^don vi thuc hien|dau moi|^phan cong(?: thuc hien)?$|"
                       r"^(?:co quan|don vi|bo phan)\s+(?:tham muu|soan thao)\b")
PARTNER_HEAD = re.compile(r"phoi hop")
# an agency column whose head names no role ("Cơ quan, đơn vị", "Cơ quan/đơn vị", "Tên cơ quan", "Cơ quan, đơn vị, địa
# phương"; not a bare "Đơn vị", a targets table's unit), without tone marks: in a table of tasks ("TT | Cơ quan, đơn vị
# | Nhiệm vụ được giao | Thời hạn") the agency leads each task of its rows (fields.task_tables; layout.row_spans)
AGENCY_ONLY_HEAD = re.compile(r"^(?:ten\s+)?co quan(?:\s*[,/]\s*(?:don vi|dia phuong))*$|^don vi\s*[,/]\s*co quan$")
# a total row's whole label: "Tổng cộng", "Cộng", "TỔNG SỐ", "Tổng cộng (I+II)", "Tổng cộng:", "Tổng" over "cộng" in a
# text table's cell (not "Tổng mức vay")
TOTAL_LABEL = re.compile(r"^(?:tổng\s+cộng|tổng\s+số|tổng|cộng)(?:\s+(?:chung|cộng|toàn bộ|kinh phí))?\s*"
                         r"(?:\([^()]{0,20}\))?\s*:?$", re.I)
# a group's code in a task table: "IV", "XII.", "B", "A)" (the tasks under it are "1", "2.3")
GROUP_CODE = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?$")
# a line that only announces the parts listed under it: "Trong đó:", "Bao gồm:", "Chia ra:"
PARTS_MARKER = re.compile(r"^(?:trong đó|bao gồm|chia ra|gồm)\s*:?$", re.I)
# a table row's code: "1", "2.1", "II", "a)", "-" (grid.CODE; continued.with_code_column)
ROW_CODE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]?|[A-HĐ]\.?|[-+*•])$")
# a cell's part that labels its bodies' role: "Chủ trì: Sở Công Thương", "Đơn vị phối hợp thực hiện: ..." (the role in
# group 1; the task table's reader, extractors.fields.task_tables, and a flattened table's, layout.cell_lines)
CELL_ROLE = re.compile(r"^(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp)(?:\s+thực hiện)?\s*:\s*", re.I)
# a row's code in an ordinal column: "1", "2.", "1.1", "I", "II.", "a)", "A"
_ORDINAL = re.compile(r"^(?:(\d{1,2})(?:\.\d{1,2})*|[IVXL]{1,6}|[a-zđA-ZĐ])[.)]?$")
_NUMERIC_CELL = re.compile(r"^[\d.,\s%()-]+$")  # "1.250", "(12,5)", "-"
# the column headings of a data or task table: "STT | Nhiệm vụ | Chủ trì | Phối hợp"
BARE_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")  # a cell (or a word) that is a year alone: "2027"
_COLUMN_HEADING = re.compile(r"^\W*(?:s?tt|số tt|nội dung|nhiệm vụ|công việc|tên\b|đơn vị|cơ quan|chủ trì|phối hợp|"
                             r"thời gian|thời hạn|danh mục|hạng mục|chỉ tiêu|kết quả|sản phẩm|ghi chú|kinh phí|"
                             r"dự toán|tổng)", re.I)

# where a flattened layout cell's lines started:
# "... Sở Y tế; - UBND các huyện" / "(b/c) - Lưu: VT." / "Nơi nhận: - Như trên;"
_DASH_ITEM = re.compile(r"(?<=[;:)])\s+(?=[-–+•]\s*\S)")
# "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH": an authority line starts at TM./KT./Q./TL./TUQ.
# the national title's words up to "NGHĨA" ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), its marks lost or not
NATIONAL_TITLE = r"C[ỘO]NG\s+H[ÒO][AÀ]\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A"
# the national title's words, compared in capitals without marks (bare_words); the motto's, in small letters without
# its dashes (motto_words)
NATIONAL_WORDS = ("CONG", "HOA", "XA", "HOI", "CHU", "NGHIA", "VIET", "NAM")
MOTTO_WORDS = ("độc", "lập", "tự", "do", "hạnh", "phúc")


def bare_words(text: str) -> list[str]:
    return untoned(text).upper().split()


def motto_words(text: str) -> list[str]:
    return [w.casefold() for w in re.split(r"[\s\-–—]+", text) if w]


# a signing on another's behalf before a title: "TM.", "KT.", "TL.", "Q.", "TUQ.", a Party's "T/M", "K/T"
AUTHORITY_MARK = r"(?:(?:TM|KT|Q|TL|TUQ)\s*\.|T/M|K/T)"
_AUTHORITY = re.compile(r"(?<=\S)\s+(?=" + AUTHORITY_MARK + r"\s*\S)")
# "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC": a deputy's title starts a line
_DEPUTY = re.compile(r"(?<=[" + UPPER + r"])\s+(?=PHÓ\s+[" + UPPER + r"])")
TITLE_WORDS = (r"(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|"
                r"BÍ THƯ|HIỆU TRƯỞNG|CHI CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|THỦ TRƯỞNG)")
# an officer's rank before a signer's name: "Đại tá Trịnh Văn Khải", "Thiếu tướng ..."
MILITARY_RANK = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)"
# "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": a title after the body's name (not right after KT./PHÓ)
_TITLE_AFTER_BODY = re.compile(r"(?<=[" + UPPER + r"]{2})(?<!PHÓ)(?<!CHI)(?<!TỔNG)\s+(?=" + TITLE_WORDS + r"\b)")  # (not "CHI CỤC TRƯỞNG")
# "... PHÓ CHỦ TỊCH Lê Thị Hoa": the signer's name ends the cell, after capitals
# a header cell flattened by a converter that dropped its <br>s (markdownify):
# "ỦY BAN NHÂN DÂN HUYỆN A ------- Số: 12/KH-UBND", "... VIỆT NAM Độc lập - Tự do - Hạnh phúc -------- Hà Tĩnh, ngày"
# a rule under a line, between two lines; a Party's or a union's star set after capitals ("ĐOÀN TNCS
# HỒ CHÍ MINH TỈNH X *** Số: 57-KH/TĐTN"), escaped in Markdown ("\\-------", "\\*\\*\\*")
_RULE_BETWEEN = re.compile(r"(?<=\S)\s+(\\?[-_=]{3,})\s+(?=\S)|(?<=[" + UPPER + r"])\s+((?:\\?\*){1,3})\s+(?=\S)")
# "HUYỆN A Số: 12/KH-UBND", a Party's number with no colon: "ĐẢNG ỦY XÃ B Số 27-CTr/ĐU"
_NUMBER_AFTER_CAPS = re.compile(r"(?<=[" + UPPER + r"])\s+(?=Số\s*(?::|\d))")
_MOTTO_AFTER_TITLE = re.compile(r"(?<=NAM)\s+(?=Độc\s+lập\b)")  # "VIỆT NAM Độc lập - Tự do"
# the place and date after the motto or a Party's, a union's name in its place: "ĐẢNG CỘNG SẢN VIỆT NAM
# Long Giang, ngày ...", "HỘI NÔNG DÂN VIỆT NAM Kim Sơn, ngày ...", "ĐOÀN TNCS HỒ CHÍ MINH X, ngày ..."
_PLACE_AFTER_MOTTO = re.compile(r"(?:(?<=VIỆT NAM)|(?<=HỒ CHÍ MINH)|(?<=Hạnh phúc)|(?<=HẠNH PHÚC))\s+"
                                r"(?=[^\d,]{2,40},\s*(?:ngày|\d))")
# a signature's "(Đã ký)", "(Ký, ghi rõ họ tên)" between the title and the name: a line of its own
SIGNED_MARK_OPEN = r"\(\s*(?:[Đđ]ã\s+ký|[Kk]ý(?:,|\s+tên|\s+và))"  # "(Đã ký", "(Ký, ghi rõ họ tên", "(ký tên"
_SIGNED_MARK = re.compile(r"\s*(" + SIGNED_MARK_OPEN + r"[^()]{0,30}\))\s*")
# (a one-letter middle word too: "Giàng A Sùng"; an Ê Đê or M'nông name opens with "Y " before two words
# more, "Y Bhiăm Ktla", or with its "H'": "H'Yim Kđoh", not "SỞ Y TẾ")
_NAME_AT_END = re.compile(r"(?<=[" + UPPER + r")])\s+(?=(?:Y\s+(?=[" + UPPER + r"][" + LOWER + r"]+\s+[" + UPPER + r"])|["
                          + UPPER + r"]['’])?[" + UPPER + r"][" + LOWER + r"]+\s+(?:[" + UPPER + r"][" + LOWER + r"]*\s+){0,3}["
                          + UPPER + r"][" + LOWER + r"]+\s*$)")


def is_layout_table(rows: list[list[str]]) -> bool:
    """A table used for page layout, not for data: no row with two or more numeric
    cells, no column with two or more (an indicator table of two columns, `Chỉ tiêu |
    Kế hoạch 2026` over `Tỷ lệ ... | 95%`), and no row of column headings (a task table
    `STT | Nhiệm vụ | Chủ trì | ...` has no numbers but is data) in its first three rows
    under its title lines."""
    # (the pattern first: it fails at a text cell's first letter, where the digit test would read
    # the whole cell; a cell it holds is digits, marks and spaces, whose digits the test then finds)
    numeric = [[_NUMERIC_CELL.match(c.strip()) is not None and any(ch.isdigit() for ch in c) for c in row] for row in rows]
    if any(sum(row) >= 2 for row in numeric):
        return False
    width = max((len(row) for row in rows), default=0)
    if any(sum(1 for row in numeric if n < len(row) and row[n]) >= 2 for n in range(1, width)):
        return False
    # (its first row may be the end of a row the page before began, its code cell empty)
    body = rows[1:] if rows and rows[0] and not rows[0][0].strip() else rows
    if width >= 3 and len(body) >= 3 and all(r and r[0].strip() for r in body) and ordinal_column([r[0] for r in body]):
        return False  # a data table's rows cut from their header (a chunk holding rows only: "| 5 | Task | Sở X | ... |")
    # (the row of column headings among the first rows of two values or more: title lines above it, one
    # value each and merged across the grid, "PHỤ LỤC II" / "DANH MỤC NHIỆM VỤ ..." / "(Kèm theo ...)", are
    # not counted)
    return not any(is_heading_row(row) for row in [r for r in rows if len({c.strip() for c in r if c.strip()}) >= 2][:3])


def is_heading_row(row: list[str]) -> bool:
    """A row of column headings: three or more distinct cells, two of them headings
    ("STT | Nội dung | Chủ trì | Phối hợp")."""
    distinct = list(dict.fromkeys(c.strip() for c in row if c.strip()))
    return len(distinct) >= 3 and sum(1 for c in distinct if _COLUMN_HEADING.match(c)) >= 2


def split_cell_lines(text: str) -> list[str]:
    """The lines of a layout cell that became one paragraph."""
    text = text.strip()
    if not text:
        return []
    if "  " in text or "---" in text or "Số" in text or "Độc" in text or "*" in text or "ngày" in text:  # (cheap test first)
        text = _RULE_BETWEEN.sub(lambda m: f"\n{m.group(1) or m.group(2)}\n", text)
        text = _NUMBER_AFTER_CAPS.sub("\n", text)
        text = _MOTTO_AFTER_TITLE.sub("\n", text)
        text = _PLACE_AFTER_MOTTO.sub("\n", text)
    for pattern in (_DASH_ITEM, _AUTHORITY, _DEPUTY, _TITLE_AFTER_BODY):
        text = pattern.sub("\n", text)
    if "ký" in text or "Ký" in text:
        text = _SIGNED_MARK.sub("\n\\1\n", text)
    lines = []
    for line in text.split("\n"):
        lines.extend(_NAME_AT_END.sub("\n", line, count=1).split("\n") if _caps_before_name(line) else [line])
    return [x.strip() for x in lines if x.strip()]


# a signature whose lines a text copy ran into one paragraph: "CHỦ TỊCH  Đoàn Văn Thắng", "TM. ỦY
# BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Thị Én" (an authority or a title first)
_SIGNATURE_START = re.compile(r"^(?:" + AUTHORITY_MARK + r"|(?:PHÓ\s+)?" + TITLE_WORDS + r"\s)")


def signature_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks with each paragraph that is a signature run into one line as a paragraph per line (split as
    a layout cell is); any other block as it is."""
    out: list[RawBlock] = []
    for block in blocks:
        if block.kind != "paragraph" or not block.text or len(block.text) > 200 \
                or not _SIGNATURE_START.match(block.text) or len(lines := split_cell_lines(block.text)) < 2:
            out.append(block)
        else:
            out.extend(RawBlock("paragraph", line, block.location) for line in lines)
    return out


# a recipients' cell flattened to one paragraph by a scrape, then printed in its narrow column and copied out of
# the PDF with its layout: the column's lines read as paragraphs, a line ending on the next item's dash
# ("Nơi nhận: - UBND tỉnh (b/c); -" / "Giám đốc, các PGĐ Sở; - Các đơn vị trực thuộc; - Lưu: VT, NVY.")
_OPEN_ITEM_END = re.compile(r"(?:[;:,]\s*[-–+•]|[^.;:\s])\s*$")  # "...; -", "... các PGĐ" (not "...;", "... NVY.")
# the list's wrapped line may also end on the archive's label, its value on the next line ("...; - Lưu:" /
# "VT, NVY.")
_OPEN_LIST_END = re.compile(r"[-–+•]\s*Lưu\s*:\s*$")
_SEMICOLON_ITEM = re.compile(r";\s*[-–+•]")
# an item after a comma in such a list ("Tỉnh ủy (b/c), - Ban Tuyên giáo ...", "... trực thuộc, - Lưu ...")
_COMMA_ITEM = re.compile(r"(?<=,)\s+(?=[-–+•]\s*[" + UPPER + r"])")
MAX_RECIPIENT_CHARS = 300


def recipients_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """A "Nơi nhận: - ..." paragraph holding its items run together (see above), with the paragraphs
    its wrapped lines became, down to the one that ends the list with a period: a paragraph an item,
    split as a layout cell is (split_cell_lines). A list a paragraph an item, a "Nơi nhận:" with one
    item, a list that runs into a signature or a heading: as they are."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "paragraph" or not b.text or len(b.text) > MAX_RECIPIENT_CHARS or not _RECIPIENTS_RUN_ON.match(b.text):
            out.append(b)
            i += 1
            continue
        texts = [b.text.strip()]
        j = i + 1
        while ((_OPEN_ITEM_END.search(texts[-1]) or _OPEN_LIST_END.search(texts[-1]))
               and j < len(blocks) and j - i < MAX_CELL_LINES
               and blocks[j].kind == "paragraph" and blocks[j].text and len(blocks[j].text) <= MAX_RECIPIENT_CHARS
               and not _SIGNATURE_START.match(blocks[j].text.strip()) and not _RECIPIENTS_RUN_ON.match(blocks[j].text)):
            texts.append(blocks[j].text.strip())
            j += 1
        joined = " ".join(texts)
        items = _DASH_ITEM.sub("\n", joined)
        if _COMMA_ITEM.search(items) and not _SEMICOLON_ITEM.search(joined):  # (a list parted by commas only)
            items = _COMMA_ITEM.sub("\n", items)
        lines = [x for x in items.split("\n") if x.strip()]
        if len(lines) < 3 or not joined.endswith(".") or _OPEN_ITEM_END.search(joined):
            out.append(b)
            i += 1
            continue
        out.extend(RawBlock("paragraph", line.strip(), b.location) for line in lines)
        i = j
    return out


# a signature's cell flattened to one paragraph ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ngô Thị Bích
# Hạnh"), then printed in its narrow column: its lines, paragraphs each, cut after an authority's mark ("...
# DÂN KT.") or inside the name ("PHÓ CHỦ TỊCH Ngô" / "Thị Bích Hạnh")
_MARK_END = re.compile(r"(?:^|\s)(?:TM|KT|Q|TL|TUQ)\.$")
_NAME_CUT = re.compile(r"[" + UPPER + r"]{2,}(?:\s+[" + UPPER + r"][" + LOWER + r"]+){1,3}$")
_NAME_ONLY = re.compile(r"^[" + UPPER + r"][" + LOWER + r"]*(?:\s+[" + UPPER + r"][" + LOWER + r"]*){0,4}$")


def signature_run_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """A signature's lines as above joined and split as a layout cell is (split_cell_lines): from a paragraph
    that opens a signature down to the one that is a name only (at most MAX_SIGNATURE_LINES), where a line
    ends open (a mark, a name's first word). Any other blocks as they are."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "paragraph" or not b.text or not _SIGNATURE_START.match(b.text.strip()):
            out.append(b)
            i += 1
            continue
        j, texts = i, []
        while (j < len(blocks) and j - i < MAX_SIGNATURE_LINES and blocks[j].kind == "paragraph" and blocks[j].text
               and len(blocks[j].text) <= 60):
            texts.append(blocks[j].text.strip())
            j += 1
            if _NAME_ONLY.match(texts[-1]) or (j - i > 1 and _title_across(texts[-2], texts[-1])
                                               and _title_tail_name(texts[-1], whole=True)):
                break
        crossed = any(_title_across(a, b) for a, b in zip(texts, texts[1:]))
        open_end = crossed or any(_MARK_END.search(t) or _NAME_CUT.search(t) for t in texts[:-1])
        last_ok = _NAME_ONLY.match(texts[-1]) or (crossed and _title_tail_name(texts[-1]))
        if len(texts) < 2 or not last_ok or not open_end:
            out.append(b)
            i += 1
            continue
        lines = split_cell_lines(" ".join(texts))
        if not lines or not _NAME_ONLY.match(lines[-1]) or any(_MARK_END.search(x) for x in lines):
            out.append(b)
            i += 1
            continue
        out.extend(RawBlock("paragraph", line, b.location) for line in lines)
        i = j
    return out


# a title cut by the wrap of a signature's flattened cell: "TM. ỦY BAN NHÂN DÂN CHỦ" / "TỊCH Bế Văn Toàn",
# "PHÓ BÍ" / "THƯ Hà Thị Minh Nguyệt" (a title word ends one line, its next word opens the next)
_TITLE = re.compile(TITLE_WORDS.replace(" ", r"\s+"))


def _title_across(a: str, b: str) -> bool:
    """A title (TITLE_WORDS) that runs from the end of line a onto the start of line b."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b or not a[-1].isupper() or not b[0].isupper():
        return False
    cut = len(a)
    return any(m.start() < cut < m.end() for m in _TITLE.finditer(a + " " + b))


def _title_tail_name(line: str, whole: bool = False) -> bool:
    """The wrapped title's last word(s) in capitals, then the signer's name ("TỊCH Bế Văn Toàn", "THƯ Lê An");
    whole: a name of three words or more (a name of two may run on: "ĐỐC Lương Thị" / "Minh Châu")."""
    m = _NAME_AT_END.search(line)
    head = [c for c in line[:m.start()] if c.isalpha()] if m else []
    return len(head) >= 2 and all(c.isupper() for c in head) and (not whole or len(line[m.end():].split()) >= 3)


def _caps_before_name(line: str) -> bool:
    m = _NAME_AT_END.search(line)
    if not m:
        return False
    head = [c for c in line[:m.start()] if c.isalpha()]
    return len(head) >= 4 and all(c.isupper() for c in head)


def layout_table_blocks(rows: list[list[str]], location: dict) -> list[RawBlock]:
    """A layout table as paragraphs, column by column, one per line of a cell. Merged
    cells repeat their text over the grid: each text is read once."""
    blocks: list[RawBlock] = []
    seen: set[tuple[int, str]] = set()
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        for r, row in enumerate(rows):
            if c >= len(row) or not row[c].strip():
                continue
            cell = row[c]
            if c and c - 1 < len(row) and row[c - 1] == cell:
                continue  # merged across: read at its first column
            key = (c, cell)
            if key in seen and r and rows[r - 1][c:c + 1] == [cell]:
                continue  # merged down
            seen.add(key)
            for line in cell.split("\n"):
                for part in split_cell_lines(line):
                    blocks.append(RawBlock("paragraph", part, {**location, "row": r, "cell": c}))
    return blocks


def ordinal_column(cells: list[str]) -> bool:
    """Whether a column's body cells are row codes, whatever its heading says (OCR reads
    "STT" as "NHẠẺ", "SIE", "S" or nothing): two or more short codes ("1", "2.", "1.1",
    "I", "a)"), empty cells between them (group rows, merged cells), at most one cell in
    ten that is no code, and whole numbers that count up by one or start again at 1 (at
    most one break, among four or more). A column of years, amounts ("45", "12.5" do not
    count up), places or sentences is not one."""
    codes = [c.strip() for c in cells if c.strip()]
    matches = [_ORDINAL.match(c) for c in codes]
    found = sum(1 for m in matches if m)
    if found < 2 or len(codes) - found > len(codes) // 10:
        return False
    whole = [int(m.group(1)) for m, c in zip(matches, codes) if m and m.group(1) and "." not in c.rstrip(".")]
    if not whole:
        return True  # Roman groups and lettered rows only ("I", "a", "b", "II", "a")
    breaks = sum(1 for a, b in zip(whole, whole[1:]) if b not in (a + 1, 1))
    return whole[0] <= 2 if len(whole) == 1 else breaks <= (1 if len(whole) >= 4 else 0)


# A signature table whose cells a scrape flattened into one paragraph each, printed in its narrow
# columns and copied back out of the PDF (`pdftotext -raw`): the recipients' wrapped lines, then the
# signature's ("Nơi nhận: - Bộ Y tế (b/c); - TT" / "Tỉnh ủy, TT HĐND tỉnh; - Lưu: VT," / "KGVX." /
# "TM. ỦY BAN NHÂN DÂN KT. CHỦ" / "TỊCH PHÓ CHỦ TỊCH Hồ Văn Lực"). The recipients run on from "Nơi
# nhận:" on its line to the line that ends the list with a period; the signature's lines follow,
# opening on an authority or a title and ending on the name.
_RECIPIENTS_RUN_ON = re.compile(r"^\s*Nơi nhận\s*:\s*[-–+•]\s*\S")
_RECIPIENTS_RUN_ON_LINES = scan.whole_text(_RECIPIENTS_RUN_ON)  # (scan.candidates)
_NAME_LAST = re.compile(r"[" + UPPER + r"][" + LOWER + r"]+(?:\s+[" + UPPER + r"][" + LOWER + r"]*){1,4}\s*$")
MAX_CELL_LINES = 10
MAX_SIGNATURE_LINES = 4


# the signature's columns copied line by line beside the recipients: the signer's name on the archive's
# line, the list's last ("- Lưu: VT, PC66. Trịnh Văn Khải"): the name goes on a line of its own
# (one space between: a laid-out text's wide gap sets the name in its column, which the two-column band reads)
_NAME_BESIDE_ARCHIVE = re.compile(r"^(\s*[-–+•]\s*Lưu\s*:[^.]*\.) (?=(?:" + MILITARY_RANK + r"\s+)?"
                                  + _NAME_LAST.pattern + ")")  # (a rank before an officer's name: "Đại tá")


def wrapped_signature_cells(text: str) -> str:
    """Each such cell (see above) one text again, split where its lines started (split_cell_lines),
    and a name beside the archive's line on a line of its own; any other text as it is."""
    if "Nơi nhận" not in text:
        return text
    if "Lưu" in text:
        text = "\n".join(_NAME_BESIDE_ARCHIVE.sub("\\1\n", line) if "Lưu" in line else line for line in text.split("\n"))
    lines = text.split("\n")
    # (only the lines a search of the whole text finds the recipients' line in are asked; the first taken ends the loop)
    for i in scan.candidates(text, _RECIPIENTS_RUN_ON_LINES):
        line = lines[i]
        if not _RECIPIENTS_RUN_ON.match(line) or line.rstrip().endswith("."):
            continue
        end = next((k for k in range(i + 1, min(i + MAX_CELL_LINES, len(lines)))
                    if not lines[k].strip() or lines[k].rstrip().endswith(".")), None)
        if end is None or not lines[end].strip():
            return text
        sign = next((k for k in range(end + 2, min(end + 2 + MAX_SIGNATURE_LINES, len(lines) + 1))
                     if _NAME_LAST.search(lines[k - 1])), None)
        signature = " ".join(x.strip() for x in lines[end + 1:sign]) if sign else ""
        if not sign or not _SIGNATURE_START.match(signature):
            return text
        recipients = " ".join(x.strip() for x in lines[i:end + 1])
        lines[i:sign] = split_cell_lines(recipients) + split_cell_lines(signature)
        return "\n".join(lines)
    return text
