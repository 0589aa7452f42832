"""Line breaks a converter lost by joining a cell's or a block's lines with nothing between
them, as BeautifulSoup's get_text() with no separator and html2text's table cells write
them: "UBND TỈNH ĐẮK LẮKSỞ CÔNG THƯƠNG-------", "VIỆT NAMĐộc lập - Tự do - Hạnh
phúc---------------", "Số: 58/KH-SCTĐắk Lắk, ngày ...", "PHÓ GIÁM ĐỐCNguyễn Văn An".

A text is taken to have lost them only where its header shows it (the motto glued to the
line before or after it, a rule glued to words on both sides); in such a text a break is
put back before a rule and after it, between capitals and a word in sentence case, between
a lower-case letter and a capital, and inside a word of capitals that is two Vietnamese
syllables run together, or a chapter's Roman numeral and its title ("Chương IINHIỆM VỤ"); a budget table's
amounts run together are cut apart where a thousands group would have a fourth digit ("1.860.0001.400.000"), and
where no group shows the cut, where the table's sums prove it (`sums_cut`: "Ngân sách huyện8009009402.640"); a
targets table's values by year where one cut alone is plausible (`year_targets_cut`). Pure functions.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.layout.cells import SIGNED_MARK_OPEN
from normalizers.agencies import ABBREVIATIONS, AGENCY_AT_START, definitions_in
from normalizers.numbers import parse_number
from normalizers.text import UPPER, untoned

LOWER = "".join(sorted({ch.lower() for ch in UPPER}))

_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnptk])?$")  # (-k: "Đắk", "Lắk")
# a word of capitals, four letters or more (two syllables run together are never shorter)
CAPS_GLUE = re.compile(r"\b[^\W\d_]{4,}\b")

# the signs of a header whose lines were joined: "VIỆT NAMĐộc lập", a rule glued to the line
# above it ("Hạnh phúc-------", "SỞ CÔNG THƯƠNG-------"; pdftotext glues one to the line after
# it, "------Số: 58/KH-SCT", and no more), a Party's or a union's star set glued to the name above it
# ("XÃ AN PHÚ*", "TỈNH X***Số: 12"), the place glued to the motto ("VIỆT NAMLong An, ngày",
# "HỒ CHÍ MINHSông Trà, ngày"), the number glued to the issuer's last line ("TỈNH HÀ LAMSố: 15/KH-UBND";
# "LAMSỐ: 15" as a legacy font's converter may give it)
_GLUED_HEADER = re.compile(r"NAM(?:Độc|ĐỘC)|[" + UPPER + r"]{2}(?:Số|SỐ)\s*:\s*\d|[^\W\d_]-{3,}|[" + UPPER + r"]{2}\*{1,3}(?:$|\s|[" + UPPER + r"])|"
                           r"(?:NAM|MINH)[" + UPPER + r"][" + LOWER + r"]", re.M)
HEAD_CHARS = 4000

# a body's abbreviation, all capitals ("UBND", "HĐND", "MTTQ"): a cell that opens with it glued to the cell
# before, which ends in a lower-case letter ("Phòng Nội vụUBND các xã"), starts a line
_BODY_ABBREVIATIONS = sorted((a for a in ABBREVIATIONS if len(a) >= 3 and re.fullmatch(f"[{UPPER}]+", a)),
                             key=len, reverse=True)

# amounts in thousands groups run together ("1.860.0001.400.000460.000": a row's cells): a group has three
# digits, so where a fourth follows, the next amount starts ("...000" | "1.400.000", "...000" | "460.000"); an
# empty cell's dash may stand between them or end them ("4.760-1.6603.100", "...460.000-"), a plain amount of up to
# three digits end them ("...1.500500"). Two amounts glued at least (the second may be that plain one): one amount
# alone, or two about a dash ("1.000-1.500": a range in a sentence), is left as it is.
# After the first amount, a plain amount may stand among them too, where an amount in groups follows it
# ("1.9009006003001.000700300": "1.900", "900", "600", "300", "1.000", "700", "300"), and a few end them.
_AMOUNT_CELL = r"\d{1,3}(?:\.\d{3})+"
_PLAIN_AMONG = r"\d{1,3}(?=\d*\.\d{3})"
_AMOUNTS_RUN = (r"(?:" + _AMOUNT_CELL + r"|-)*?" + _AMOUNT_CELL + r"(?:(?:" + _AMOUNT_CELL + r"|" + _PLAIN_AMONG + r")(?:"
                + _AMOUNT_CELL + r"|" + _PLAIN_AMONG + r"|-)*(?:\d{1,3}){0,3}|(?:\d{1,3}){1,3})(?![\d.,])")

# a budget's heading in a table's header (four letters each: a lookbehind takes them)
_BUDGET = r"(?:NSTW|NSĐP|NSNN|NSTƯ)"

_BREAKS = re.compile(
    r"(?<=[^\s-])(?=-{3,})"  # "THƯƠNG-------": a rule under a line
    r"|(?:(?<=\n\d)|(?<=\n\d\d)|(?<=\n\d\d\d))(?=[" + UPPER + r"][" + LOWER + r"])"  # "1Rà soát": a row's number, its first cell
    # "Nội vụUBND các xã", "đạt chuẩnBCĐTháng 11/2027" (the next cell glued after it too)
    r"|(?<=[" + LOWER + r"])(?=(?:" + "|".join(_BODY_ABBREVIATIONS) + r")(?:(?![\wĐđ&])|[" + UPPER + r"][" + LOWER + r"]))"
    r"|(?<=-{3})(?=[^\s-])"  # "-------Số: 12": the line after a rule
    r"|(?<=\S)(?=CỘNG HÒA XÃ HỘI)"  # "Số: 203/KH-SXDCỘNG HÒA ...": the national title opens its line
    r"|(?<=[" + UPPER + r"])(?=\*{1,3}(?:$|\s|[" + UPPER + r"]))|(?<=\*)(?=[" + UPPER + r"])"  # "XÃ AN PHÚ***Số"
    r"|(?<=[" + UPPER + r"]{2})(?=[" + UPPER + r"][" + LOWER + r"])"  # "NAMĐộc lập", "ĐỐCNguyễn"
    r"|(?<=[" + LOWER + r"])(?=[" + UPPER + r"][" + LOWER + r"])"  # "Hạnh phúcSố", "doanh nghiệpTổ chức" (not "VietGAP")
    r"|(?<=[" + LOWER + r"][.;:])(?=[" + UPPER + r"][" + LOWER + r"])"  # "150 doanh nghiệp.Đơn vị" (not "TP.Hồ")
    r"|(?<=[;:])(?=-\s)"  # "Nơi nhận:- Sở Y tế;- Lưu: VT."
    r"|(?<=[\w%)];)(?=\d{1,3}(?:,\d{1,2})?\s?%)"  # "so với năm 2028;100% trường học ...": a list's next item, a target
    r"|(?<=[" + LOWER + r"])(?=-\s\d)"  # "2. Chỉ tiêu cụ thể- 100% trường học ...": a heading, a figure's bullet
    # "Trung tâm Chuyển đổi số- Cục Môi trường- Cục Chuyển đổi số": a cell's list of bodies, a dash a line, glued
    # after the cell before it and after one another (a dash with a space before it is a name's own: "Vụ Kế hoạch -
    # Tài chính")
    r"|(?<=[" + LOWER + r"])(?=-\s[" + UPPER + r"])"
    r"|(?<=[" + LOWER + r"][.;:])(?=\d{1,2}\.\s+[" + UPPER + r"])"  # "triển khai Kế hoạch.2. Công an xã: ..."
    r"|(?<=\d{4}[.;])(?=\d{1,2}\.\s+[" + UPPER + r"])"  # "báo cáo trước ngày 15/12/2027.2. Công an xã: ...": a year ends it
    r"|(?<=[" + UPPER + r"]{2})(?=\d{1,2}\.\s+[" + UPPER + r"])"  # "I. MỤC TIÊU1. Mục tiêu chung": a heading, its first item
    r"|(?<=\S)(?=" + SIGNED_MARK_OPEN + r")"  # "CHỦ TỊCH(Đã ký)Vàng Thị Mai": the mark opens a line (the bracket rule below ends it)
    r"|(?<=[^\W\d_]\))(?=[" + UPPER + r"][" + LOWER + r"])"  # "tổ chức (SIPAS)Sở Nội vụ": a bracket, the next cell
    r"|(?<=[.\w])(?=(?:TM|KT|TL|TUQ)\.\s+[" + UPPER + r"]{2})"  # "Lưu: VT.TM. ỦY BAN", "NHÂN DÂNKT. CHỦ TỊCH"
    r"|(?<=[^\W\d_])(?=" + _AMOUNTS_RUN + r")"  # "cán bộ cấp xã1.860.0001.400.000", "TỔNG SỐ386.500214.000": a label, its amounts
    r"|(?<=[" + LOWER + r"])(?=" + _BUDGET + r"(?![" + LOWER + r"]))"  # "Tổng sốNSTW": a heading, the budget's heading beside it
    r"|(?<=[" + LOWER + r"])(?=ĐVT(?:$|[^\w]|[" + UPPER + r"][" + LOWER + r"]|(?:TH|KH|ƯTH|UTH|DT)\s(?:19|20)\d\d))"  # "Chỉ tiêuĐVT": a heading, the unit's heading beside it
    # "ĐVTTH 2024KH 2025": a heading's abbreviated plan or result of a year ("TH", "KH", "ƯTH", "DT") glued after the
    # heading before it
    r"|(?<=[^\sƯU])(?=(?:TH|KH|ƯTH|UTH|DT)\s(?:19|20)\d\d(?!\d))"
    r"|(?:" + "|".join(f"(?<=\n{r})" for r in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")) + r")"
    r"(?=[" + UPPER + r"](?:[" + LOWER + r"]|\s[" + LOWER + r"]))"  # "IGiao thông", "IIY tế": a group's Roman code, its name
    r"|(?<=\.\d{3})(?=-$)"  # "460.000-": an amount, then an empty cell's dash ending the row
    # "Sở Giáo dục và Đào tạo32.000-32.000": a row's two amounts, an empty cell's dash between them (_dash_between)
    r"|(?<=[^\W\d_])(?=\d{1,3}(?:\.\d{3})+-\d{1,3}(?:\.\d{3})+$)"
    # "Tổng cộng48.650.000": a total's label glued to its one amount, alone on its line
    r"|(?:" + "|".join(f"(?<=^{t})" for t in ("Tổng cộng", "Tổng số", "Cộng", "TỔNG CỘNG", "TỔNG SỐ", "CỘNG")) + r")"
    r"(?=\d{1,3}(?:\.\d{3})+(?:,\d+)?$)"
    # "Hội Liên hiệp Phụ nữ tỉnh2016 - 2020": a time's cell, a year or a span of years, glued after the cell before it
    # at the row's end
    r"|(?<=[" + LOWER + r"])(?=(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?$)"
    # "Bệnh viện Bạch Mai2026 - 2027Phần mềm": a span of years between two cells, glued to both
    r"|(?<=[" + LOWER + r"])(?=(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d[" + UPPER + r"][" + LOWER + r"])"
    r"|(?:" + "|".join(f"(?<=[{LOWER}](?:19|20)\\d\\d{d}(?:19|20)\\d\\d)" for d in (" - ", "-", " – ", "–"))
    + r")(?=[" + UPPER + r"][" + LOWER + r"])"
    # "20261.850.000.0001.250.000.000-": a row of a table keyed by year, the year glued to the row's amounts in
    # groups, two at least, up to the line's end
    r"|(?<=^(?:19|20)\d\d)(?=\d{1,3}(?:\.\d{3})+(?:\d{1,3}(?:\.\d{3})+|-)+$)"
    # "Xã Đăk Pơ03" / "1.850.0001.200.000": a count written with a zero before it ("03", "12" not) glued to the
    # name before it, the row's amounts on the next line
    r"|(?<=[^\W\d_])(?=0\d\n\d{1,3}(?:\.\d{3})+)"
    # "Năm 2026Năm 2027", "Thực hiện 2023Kế hoạch 2024": a heading's year, the next heading (a year after a word)
    r"|(?<=[^\W\d_]\s(?:19|20)\d\d)(?=[" + UPPER + r"][" + LOWER + r"])"
    r"|(?<=[^\W\d_]\s(?:19|20)\d\d\s[-–]\s(?:19|20)\d\d)(?=[" + UPPER + r"][" + LOWER + r"])"  # "giai đoạn 2016 - 2025Quý III"
    r"|(?<=/(?:19|20)\d\d)(?=[" + UPPER + r"][" + LOWER + r"])"  # "Quý IV/2019Báo cáo kết quả": a time's cell, the next
    r"|(?<=" + _BUDGET + r")(?=NS[" + UPPER + r"])", re.M)  # "NSTWNSĐP": two budgets' headings

# a table's rows glued one after another as their cells are, a break put back between two rows before the other
# passes read the rows: a time's year (a quarter's or a date's "/2027", a year after a word "Năm 2027", a span's
# "2027 - 2028") glued to the next row's number and its first cell ("Quý II/20272Tuyên truyền ...", "Năm học 2027 -
# 20283Kiểm tra ...": the break before the number, which _BREAKS cuts from its cell); a row's last cell an empty
# cell's dash after an amount, the next row's label glued after it ("vạch sơn1.1501.150-Tuyên truyền ...": a road's
# stretch "Km12-Km28" stays); a label's amounts glued after it and the next row's label after them ("giao
# thông320180140Kiểm tra ...": three digits at least, a count's "m2", "Km28" not; a body's name after them is the
# row's last cell, _run_then_row)
_ROWS_GLUED = re.compile(r"(?:(?<=/(?:19|20)\d\d)|(?<=[^\W\d_]\s(?:19|20)\d\d)|(?<=[-–](?:19|20)\d\d)"
                         r"|(?<=[-–]\s(?:19|20)\d\d))(?=\d{1,3}[" + UPPER + r"][" + LOWER + r"])"
                         r"|(?<=\d{3}-)(?=[" + UPPER + r"][" + LOWER + r"])(?!Km)")
_RUN_THEN_ROW = re.compile(r"(?<=[" + LOWER + r"])\d[\d.,]+(?<=\d)(?=[" + UPPER + r"][" + LOWER + r"])")  # (one pass a run)


def _run_then_row(m: re.Match) -> str:
    # (a body's name after the amounts is the row's own last cell: "cơ sở dữ liệu1824Sở Khoa học và Công nghệ"; a
    # header's years run together are _YEARS_RUN's: "Nội dung20302035Ghi chú")
    if sum(ch.isdigit() for ch in m.group(0)) < 3 or AGENCY_AT_START.match(m.string[m.end():m.end() + 80]) \
            or _YEARS_ONLY.fullmatch(m.group(0)):
        return m.group(0)
    return m.group(0) + "\n"


_YEARS_ONLY = re.compile(r"(?:(?:19|20)\d\d){2,}")
# "      2Xây dựng ...": a row's number glued to its first cell on a line the page's source indented: the indent taken
# off, so that the number is cut from its cell as at a line's start (_BREAKS)
_INDENTED_ROW = re.compile(r"^[ \t]+(?=\d{1,3}[" + UPPER + r"][" + LOWER + r"])", re.M)


def _defined_initials_apart(text: str) -> str:
    """The text with a break before a body's initials the document defines ("(sau đây gọi tắt là BCĐ)", "(BQL)")
    glued after a lower-case letter ("... kiểu mẫuBCĐ chủ trì": a task's cell, then its bodies' cell), as before the
    initials every document uses (_BREAKS)."""
    initials = sorted((a for a in definitions_in(text) if len(a) >= 3 and re.fullmatch(f"[{UPPER}]+", a)
                       and a not in _ABBREVIATION_SET), key=len, reverse=True)
    if not initials:
        return text
    return re.sub(r"(?<=[" + LOWER + r"])(?=(?:" + "|".join(map(re.escape, initials)) + r")(?:(?![\wĐđ&])|[" + UPPER + r"]["
                  + LOWER + r"]))", "\n", text)


_ABBREVIATION_SET = frozenset(_BODY_ABBREVIATIONS)

_OPEN_END = set("âấầẩẫậăắằẳẵặ")  # "â", "ă" never end a syllable: "DÂNHUYỆN" is "DÂN|HUYỆN", not "DÂ|NHUYỆN"


def syllable(word: str) -> bool:
    """Whether a word is one Vietnamese syllable (its tone marks aside)."""
    return _SYLLABLE.match(untoned(word)) is not None and word[-1:].lower() not in _OPEN_END


# the words of headers and signatures (their tone marks off): a split that leaves one of them on
# either side is the one ("LINH|ỦY", not "LI|NHỦY"; "TỊCH|Y" before a name "Y Khoa Niê")
_HEADER_WORDS = {"uy", "ban", "nhan", "dan", "huyen", "xa", "so", "tinh", "phong", "doc", "lap", "chu", "nghia", "viet",
                 "nam", "cong", "hoa", "hoi", "dang", "bo", "thi", "tran", "thanh", "pho", "quan", "phuong", "truong",
                 "trung", "tam", "cuc", "chi", "doan", "bi", "thu", "giam", "tich", "ky", "tm", "kt", "ubnd", "y"}


def caps_split(word: str) -> int | None:
    """Where a word of two syllables run together splits, the first in capitals and at least
    one with a Vietnamese letter ("DÂNXÃ" -> 3, "NAMĐộc" -> 3, "LẮKSỞ" -> 3), or a syllable and a body's
    abbreviation ("BÌNHBCH" -> 4); None for an acronym ("OCOP", "UBND"), a syllable, a word in lower case."""
    if not word[:2].isupper() or word.isascii() or syllable(word):
        return None
    splits = [i for i in range(2, len(word)) if word[:i].isupper() and syllable(word[:i]) and syllable(word[i:])
              and word[i].isupper()]
    if not splits:
        # a syllable, then a body's abbreviation: "BÌNHBCH" (a province's name, then "BCH HỘI NÔNG DÂN ...")
        return next((i for i in range(2, len(word) - 2) if word[i:] in _ABBREVIATION_SET and syllable(word[:i])), None)
    # the split with the most header words; then the second syllable opening on a consonant
    # ("ANHOA": "AN|HOA", not "ANH|OA"), then the first
    return max(splits, key=lambda k: ((untoned(word[:k]).lower() in _HEADER_WORDS) + (untoned(word[k:]).lower() in _HEADER_WORDS),
                                      untoned(word[k]).lower() not in "aeiouy", -k))


# a chapter's or a part's label, its Roman numeral glued to its title in capitals: "Chương IINHIỆM VỤ"
_GLUED_CHAPTER = re.compile(r"\b((?:Chương|CHƯƠNG|Phần|PHẦN) )([IVXL]{1,6})([" + UPPER + r"]+)(?=\s|$)", re.M)


def _title_word(rest: str) -> bool:
    """Whether the letters after a cut numeral are a title's first word: a syllable of three letters
    or more ("MỤC", "KINH"), or of two opening on a consonant ("TỔ"); not a numeral's own letter
    ("II" -> "I|I") nor a label's letter ("IIA" -> "I|IA")."""
    return syllable(rest) and (len(rest) >= 3 or (len(rest) == 2 and untoned(rest[0]).lower() not in "aeiouy"))


_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$|^XL$|^L$")


def _chapter_cut(m: re.Match) -> str:
    """The label, a break, the title: the numeral cut where the rest is a syllable of capitals,
    a consonant first if two cuts do (see `chapter_labels_unglued`); the match as it is if none."""
    head, letters = m.group(1), m.group(2) + m.group(3)
    cuts = [k for k in range(1, len(m.group(2)) + 1) if _ROMAN.match(letters[:k]) and _title_word(letters[k:])]
    if not cuts:
        return m.group(0)
    k = max(cuts, key=lambda k: (untoned(letters[k]).lower() not in "aeiouy", -k))
    return head + letters[:k] + "\n" + letters[k:]


def chapter_labels_unglued(text: str) -> str:
    """A chapter's or a part's label glued to its title in capitals ("Chương IINHIỆM VỤ", "Chương
    IMỤC TIÊU"), as a converter that joins a centred paragraph's two lines with nothing between
    writes it: a break put back after the numeral."""
    return _GLUED_CHAPTER.sub(_chapter_cut, text)


def has_lost_breaks(text: str) -> bool:
    return _GLUED_HEADER.search(text[:HEAD_CHARS]) is not None


def restore_breaks(text: str) -> str:
    """The text with the line breaks put back where its header shows they were lost (see
    above); any other text as it is."""
    return put_back(text) if has_lost_breaks(text) else text


_GLUED_AMOUNTS = re.compile(r"(?<![\d.,])" + _AMOUNTS_RUN)
_CELLS = re.compile(_AMOUNT_CELL + r"|-|\d{1,3}")


def amounts_unglued(text: str) -> str:
    """The text with a break between amounts in thousands groups that a lost cell break ran together."""
    return _GLUED_AMOUNTS.sub(lambda m: "\n".join(_CELLS.findall(m.group(0))), text) if "." in text else text


# a budget row's line: its text cells, then its amounts glued ("1Đường tỉnh 712 Km12 - Km28Ban QLDA ...thông148.000110.000")
_AMOUNTS_ROW = re.compile(r"^(.*[" + LOWER + r"])(?=" + _AMOUNTS_RUN + r")", re.M)
# in its text, a cell that opens on a capital word right after a number ("Km28Ban QLDA": the project, then its investor)
_CELL_AFTER_NUMBER = re.compile(r"(?<=\d)(?=[" + UPPER + r"][" + LOWER + r"])")


# a page's source wrapped inside the header's names (Word's "Web Page" breaks its source lines near 76 characters,
# which get_text() keeps): the issuer's last word before the number ("TỈNH TÂN" / "HÀ Số: 214/KH-SGDĐT"), the
# place's first words after the motto ("Hạnh phúc Tân" / "Hà, ngày 14 ..."): each name on one line again
_NAME_BEFORE_NUMBER = re.compile(r"(?<=[" + UPPER + r"])\n([" + UPPER + r"]{1,7}(?: [" + UPPER + r"]{1,7}){0,2}) +(?=Số\s*:)")
_PLACE_AFTER_MOTTO = re.compile(r"(Hạnh\s+phúc) ([^\W\d_][^\n,]{0,30})\n([^\W\d_][^\n,]{0,30},\s*ngày\b)")


# a table header's year headings run together ("Nguồn vốn202520262027Tổng", "Thực hiện năm 202520262027202820292030"):
# years later one after another, three or more, or two glued to a word before them and a heading after them;
# each heading on a line (the first keeps the words it follows with a space: "Thực hiện năm 2025")
_YEARS_RUN = re.compile(r"(?<![\d.,/])((?:19|20)\d\d){2,}(?=$|[" + UPPER + r"])", re.M)


def _years_cut(m: re.Match) -> str:
    run = m.group(0)
    years = [run[i:i + 4] for i in range(0, len(run), 4)]
    glued = m.start() > 0 and m.string[m.start() - 1].isalpha()
    if any(int(b) <= int(a) for a, b in zip(years, years[1:])) or (
            len(years) < 3 and not (glued and m.end() < len(m.string) and m.string[m.end()].isupper())):
        return run
    return ("\n" if glued else "") + "\n".join(years) + ("\n" if m.end() < len(m.string) and m.string[m.end()] != "\n" else "")


# a table row's one amount in groups, its last cell, glued to the word before it at the row's end ("2Chương trình nghệ
# thuật chào mừng01 chương trình38.000.000", "5Tuyên truyền, chi khác20.000.000")
# in its text, a cell that opens on a number and a word in lower case right after a word ("chào mừng" | "01 chương
# trình", "đại biểu" | "300 suất x 200.000 đồng")
_CELL_AFTER_WORD = re.compile(r"(?<=[" + LOWER + r"])(?=\d{1,4}\s[" + LOWER + r"])")
_ONE_AMOUNT_ROW = re.compile(r"^(\d{1,3}[" + UPPER + r"][^\n]*?[^\W\d_])(\d{1,3}(?:\.\d{3})+)$", re.M)


def put_back(text: str) -> str:
    """The text with a break at every place above where one was lost."""
    def unglue(m: re.Match) -> str:
        at = caps_split(m.group(0))
        return m.group(0) if at is None else m.group(0)[:at] + "\n" + m.group(0)[at:]
    text = year_targets_cut(_ROWS_GLUED.sub("\n", _RUN_THEN_ROW.sub(_run_then_row, _INDENTED_ROW.sub("", text))))
    if "." in text:
        text = _AMOUNTS_ROW.sub(lambda m: _CELL_AFTER_NUMBER.sub("\n", m.group(1)), text)
    text = _ONE_AMOUNT_ROW.sub(lambda m: _CELL_AFTER_WORD.sub("\n", m.group(1)) + "\n" + m.group(2),
                               _YEARS_RUN.sub(_years_cut, sums_cut(text)))
    head = _PLACE_AFTER_MOTTO.sub(r"\1\n\2 \3", _NAME_BEFORE_NUMBER.sub(r" \1\n", text[:HEAD_CHARS]))
    text = head + text[HEAD_CHARS:]
    text = _defined_initials_apart(text)
    text = _DASH_BETWEEN.sub(_dash_between, _NUMBER_THEN_CAPITAL.sub(_body_after_number, _BREAKS.sub("\n", text)))
    return CAPS_GLUE.sub(unglue, chapter_labels_unglued(_GLUED_GROUP.sub(_group_cut, amounts_unglued(text))))


# a table's group row in capitals, its Roman code glued to its name ("IHOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", "IVTRUYỀN
# THÔNG"): the code on a line of its own, cut as a chapter's numeral is (a word that is a syllable itself, "VIỆT",
# "XÂY", stays whole; a line with a lower-case letter is no such row)
_GLUED_GROUP = re.compile(r"^([IVX]{1,5})([" + UPPER + r"]+)(?=[\s,]|$)(?![^\n]*[" + LOWER + r"])", re.M)


def _group_cut(m: re.Match) -> str:
    letters = m.group(1) + m.group(2)
    if syllable(letters):
        return m.group(0)
    cuts = [k for k in range(1, len(m.group(1)) + 1) if _ROMAN.match(letters[:k]) and _title_word(letters[k:])]
    if not cuts:
        return m.group(0)
    k = max(cuts, key=lambda k: (untoned(letters[k]).lower() not in "aeiouy", -k))
    return letters[:k] + "\n" + letters[k:]


# a task's name that ends in a number ("giai đoạn 2", "Đề án 06") glued to the lead's cell after it ("giai đoạn 2Cục
# Khoa học, Công nghệ và Thông tin"): a break before the body's name (a number of one to three digits after a word
# and a space; a year's is the rule above's)
_NUMBER_THEN_CAPITAL = re.compile(r"(?<=[^\W\d_] )\d{1,3}(?=[" + UPPER + r"])")


# a row's two amounts with an empty cell's dash between them, alone on their line ("32.000-32.000": a total and its
# one part); a range, its first end below its second ("100.000-120.000"), stays one cell
_DASH_BETWEEN = re.compile(r"^(\d{1,3}(?:\.\d{3})+)-(\d{1,3}(?:\.\d{3})+)$", re.M)


def _dash_between(m: re.Match) -> str:
    first, second = (int(g.replace(".", "")) for g in m.groups())
    return f"{m.group(1)}\n-\n{m.group(2)}" if first >= second else m.group(0)


def _body_after_number(m: re.Match) -> str:
    return m.group(0) + "\n" if AGENCY_AT_START.match(m.string[m.end():m.end() + 80]) else m.group(0)


# A table's row whose amounts ran together with no thousands group to cut them at ("Ngân sách huyện8009009402.640",
# "Hỗ trợ nạn nhân29090200", "Km28185,612065,6-": plain amounts, decimals with a comma, an empty cell's dash): cut
# where the rows' sums prove it. The rows of one table (its lines with a run of amounts glued to their label, blank
# lines and short lines between them) are read together: the count of amount cells and the sums that hold in every
# row ("Tổng" = the cells before it, "Tổng số" = the cells after it, a year's total = its budgets, "Thành tiền" =
# "Số lượng" x "Đơn giá") are the ones with
# which every row has one cut that makes its sums hold; a row is cut when exactly one does. A table where no sum holds
# (targets by year) or a row with two cuts is left as it is.
_SUM_RUN = re.compile(r"^(?P<label>.*?(?:[^\W\d_]|\)))(?P<run>\d[\d.,-]*)$")
_SUM_CELL = re.compile(r"-|[1-9]\d{0,2}(?:\.\d{3})*(?:,\d{1,3})?|0,\d{1,3}")
_LABEL_DIGITS = 4  # a label's own number glued to the amounts: "Km28" + "185,6..."
_MAX_CUTS = 400
_MAX_STEPS = 4000
_MAX_PIECE = 24  # characters of one cell: "1.250.000.000,5", a range "100.000-120.000"
_MAX_AMOUNT_CELLS = 12


def _ways(run: str, count: int, cell: re.Pattern, stops: str, keep=None) -> list[tuple[str, ...]]:
    """The ways of cutting `run` into `count` pieces, each a `cell` (fullmatch) not followed by one of `stops` (a cut
    inside an amount's groups or decimals), that `keep` (of the pieces) accepts; none when there are more than
    _MAX_CUTS of them or finding them takes more than _MAX_STEPS steps (a long run of plain digits: cut so many ways
    that nothing could single one out, and the search would grow exponentially with the run; issue 12's bounded cost
    per input)."""
    out: list[tuple[str, ...]] = []
    steps = [0]

    def walk(at: int, got: tuple[str, ...]) -> None:
        steps[0] += 1
        if len(out) > _MAX_CUTS or steps[0] > _MAX_STEPS:
            return
        if len(got) == count:
            if at == len(run) and (keep is None or keep(got)):
                out.append(got)
            return
        for end in range(at + 1, min(len(run), at + _MAX_PIECE) + 1):
            piece = run[at:end]
            if cell.fullmatch(piece) and (end == len(run) or run[end] not in stops):
                walk(end, got + (piece,))
    walk(0, ())
    return [] if len(out) > _MAX_CUTS or steps[0] > _MAX_STEPS else out


def _cuts(run: str, cells: int) -> list[tuple[str, ...]]:
    """The ways of cutting `run` into `cells` amounts (each a whole amount: no group of fewer than three digits, no
    leading zero), bounded as _ways is."""
    return _ways(run, cells, _SUM_CELL, ".,")


def _value(cell: str) -> Decimal:
    return parse_number(cell).value or Decimal(0)  # ("-": an empty cell, no amount)


def _relations(cells: int) -> list[tuple[int, ...]]:
    """(a, b, e): cell a is the sum of cells b..e - 1, a right before or right after them; (a, b, c, 0): cell a
    is the product of cells b and c, the two right before it (a cost table's "Số lượng" x "Đơn giá" =
    "Thành tiền")."""
    return [(a, b, e) for b in range(cells) for e in range(b + 2, cells + 1) for a in (b - 1, e) if 0 <= a < cells] \
        + [(a, a - 2, a - 1, 0) for a in range(2, cells)]


def _holds(values: list[Decimal], rel: tuple[int, ...]) -> bool:
    if len(rel) == 4:
        a, b, c, _ = rel
        return values[a] == values[b] * values[c] and values[a] != 0
    a, b, e = rel
    return values[a] == sum(values[b:e]) and values[a] != 0


def _row_cuts(label: str, run: str, cells: int) -> list[tuple[str, tuple[str, ...]]]:
    """(label, amounts) for each way of cutting a row's run into `cells` amounts, a label's number (up to
    _LABEL_DIGITS digits glued to a letter: "Km28") given back to the label."""
    out = []
    for p in range(0, _LABEL_DIGITS + 1):
        if p and not (run[:p].isdigit() and _LABEL_CODE.search(label)):
            break
        out.extend((label + run[:p], cut) for cut in _cuts(run[p:], cells))
    return out


# a label's last word that a number of its own follows: a code of a capital and a letter or two ("Km", "QL", "ĐT")
_LABEL_CODE = re.compile(r"(?:^|\s)[" + UPPER + r"][^\W\d_]{0,2}$")


def _table_cut(rows: list[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]] | None] | None:
    """Each row's (label, amounts) where the table's sums prove its cut (None for a row they do not), or None."""
    candidates: list[tuple[tuple[int, int], list]] = []
    for cells in range(3, _MAX_AMOUNT_CELLS + 1):
        per_row = [_row_cuts(label, run, cells) for label, run in rows]
        if sum(1 for c in per_row if c) < 2:
            continue
        vals = [[(lab, cut, [_value(x) for x in cut]) for lab, cut in c] for c in per_row]
        rels = [r for r in _relations(cells) if all(any(_holds(v, r) for _, _, v in row) for row in vals if row)]
        if not rels:
            continue
        found = []
        for (label, _), row in zip(rows, vals):
            fits = [(lab, cut) for lab, cut, v in row if all(_holds(v, r) for r in rels)]
            if len(fits) > 1:  # (the label's own number only where its amounts alone fit no way)
                fits = [f for f in fits if f[0] == label] or fits
            found.append(fits[0] if len(fits) == 1 else None)
        fitted = sum(1 for f in found if f is not None)
        if fitted < 2:
            continue
        candidates.append(((fitted, len(rels)), found))
    # the count of cells whose sums hold in the most rows, then the most sums; two alike: the sums prove nothing
    candidates.sort(key=lambda c: c[0], reverse=True)
    if not candidates or (len(candidates) > 1 and candidates[0][0] == candidates[1][0]):
        return None
    return candidates[0][1]


def _table_rows_at(lines: list[str], k: int) -> tuple[int, list[int]]:
    """(the line after them, the indices of the rows with a run) of the table rows from line k on: lines whose run
    of amounts is glued to their label, at most two lines (blank, or short with no run: a group's name) between."""
    found, j, gap = [], k, 0
    while j < len(lines):
        line = lines[j].strip()
        m = _SUM_RUN.match(line)
        if m and len(m.group("run")) >= 3:
            found.append(j)
            gap = 0
        elif gap < 2 and len(line) <= 80 and not re.match(r"(?:[IVX]{1,4}|\d{1,2})\.\s", line):
            gap += 1
        else:
            break
        j += 1
    return j, found


def sums_cut(text: str) -> str:
    """The text with each table row's amounts run together cut where the table's sums prove it (see above)."""
    lines = text.split("\n")
    k, changed = 0, False
    while k < len(lines):
        m = _SUM_RUN.match(lines[k].strip())
        if not (m and len(m.group("run")) >= 3 and any(ch.isdigit() for ch in m.group("run")[1:])):
            k += 1
            continue
        end, at = _table_rows_at(lines, k)
        if len(at) >= 2:
            rows = [(_SUM_RUN.match(lines[j].strip()).group("label"), _SUM_RUN.match(lines[j].strip()).group("run"))
                    for j in at]
            cut = _table_cut(rows)
            for j, found in zip(at, cut or []):
                if found is not None:
                    lines[j] = "\n".join((found[0],) + found[1])
                    changed = True
        k = max(end, k + 1)
    return "\n".join(lines) if changed else text


# A targets table by year whose cells ran together ("TTChỉ tiêuĐVTNăm 2026Năm 2027" / "1Tỷ lệ trẻ em được tiêm
# chủng%9092" / "2Số điểm tiêm chủngĐiểm120135" / "3Số cơ sở dữ liệu được kết nối của tỉnhcơ sở dữ liệu1824Sở Khoa
# học và Công nghệ"): under a header whose row opens with the ordinal's heading and holds year headings, each row's
# values are cut into as many as the header's years where one cut alone is plausible: values of a row are of one
# magnitude (the greatest at most _SPREAD times the least), a percentage none above 100, a value with a comparator
# ("≥ 95≥ 95≥ 96") cut before each comparator, a range one value ("8,5-9"); the unit glued to the label after it ("%", a lower-case unit glued to
# the label's last word: "tỉnhcơ sở dữ liệu", "tếxã") and a text cell after the values ("Sở Khoa học ...") on lines of
# their own. A header of one year's column is a targets table's where it has a unit's heading ("ĐVT"); a comparison's
# column after the years' ("So sánh (%)") is cut with them where it is the last year's value in percent of the one before.
# A row whose values allow two cuts, or none, is left as it is.
_TARGETS_HEAD = re.compile(r"^(?:STT|TT)[" + UPPER + r"]")
# a unit's heading: a header of one year's column is a targets table's only with it ("TTChỉ tiêuĐVTKế hoạch năm
# 2013Đơn vị chủ trì"; a row then its label, unit, value and the text cell after it)
_UNIT_HEAD = re.compile(r"ĐVT|Đơn vị tính")
# a comparison's heading after the years' ("So sánh (%)", "Tỷ lệ KH/TH (%)"): its column the last year's value in percent of
# the one before it
_COMPARISON_HEAD = re.compile(r"(?:So sánh|KH/TH|Tỷ lệ so sánh)(?: \(%\))?$")
_HEAD_YEAR = re.compile(r"(?:19|20)\d\d")
_TARGET_ROW = re.compile(r"^(?P<code>\d{1,3})(?P<label>[" + UPPER + r"].*?)(?P<unit>%|[^\W\d_]+)?"
                         r"(?P<run>(?:[≥≤<>]\s?)?\d[\d.,≥≤<>\s–-]*?)(?P<tail>[" + UPPER + r"][" + LOWER + r"].*)?$")
_TARGET_NUMBER = r"(?:[1-9]\d{0,2}(?:\.\d{3})*(?:,\d{1,2})?|0(?:,\d{1,2})?)"
_TARGET_CELL = re.compile(_TARGET_NUMBER + r"(?:\s?[-–]\s?" + _TARGET_NUMBER + r")?")  # a range too: "8,5-9"
_COMPARED = re.compile(r"[≥≤<>]\s?[\d.,]+")
_SPREAD = 3


def _header_years(line: str) -> int:
    """The count of year headings in a header's row run together: "Năm 2026Năm 2027" 2, "năm 202520262027" 3."""
    years = 0
    for run in re.findall(r"(?<![\d.,/])\d{4,}(?![\d.,/])", line):
        if len(run) % 4 == 0 and all(_HEAD_YEAR.fullmatch(run[i:i + 4]) for i in range(0, len(run), 4)):
            years += len(run) // 4
    return years


def _plausible(cells: tuple[str, ...], percent: bool) -> bool:
    values = [parse_number(re.split(r"\s?[-–]\s?", c)[0]).value or Decimal(0) for c in cells]
    low, high = min(values), max(values)
    return low > 0 and high <= _SPREAD * low and not (percent and high > 100)


def _compared(cells: tuple[str, ...], percent: bool) -> bool:
    """Whether a row's values and, last, its comparison of the last year's with the one before it in percent
    ("So sánh (%)": 94 / 92,5 = 101,6) hold: the years' values plausible, the comparison theirs to a tenth or so."""
    years, ratio = cells[:-1], parse_number(cells[-1]).value
    if len(years) < 2 or ratio is None or not _plausible(years, percent):
        return False
    low, high = (parse_number(c).value for c in years[-2:])
    return bool(low) and abs(high * 100 / low - ratio) <= Decimal("0.15")


def _target_cuts(run: str, count: int, percent: bool, compared: bool = False) -> list[tuple[str, ...]]:
    run = run.strip()
    if compared:  # (a comparison's column after the years': count + 1 values, the last the comparison)
        if not re.fullmatch(r"[\d.,]+", run):
            return []
        return _ways(run, count + 1, _TARGET_CELL, ".,–-", lambda got: _compared(got, percent))
    if _COMPARED.match(run):
        cells = tuple(c.strip() for c in _COMPARED.findall(run))
        return [cells] if len(cells) == count and "".join(cells).replace(" ", "") == run.replace(" ", "") else []
    if not re.fullmatch(r"[\d.,–-]+", run) or not run[-1].isdigit():
        return []
    return _ways(run, count, _TARGET_CELL, ".,–-", lambda got: _plausible(got, percent))


def year_targets_cut(text: str) -> str:
    """The text with each targets table's glued values cut (see above)."""
    if "TT" not in text:
        return text
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        if not _TARGETS_HEAD.match(lines[k]) or (count := _header_years(lines[k])) < 1 or "Tổng" in lines[k] \
                or (count == 1 and not _UNIT_HEAD.search(lines[k])):
            k += 1
            continue
        compared = count >= 2 and _COMPARISON_HEAD.search(lines[k]) is not None
        j = k + 1
        while j < len(lines) and (not lines[j].strip() or _TARGET_ROW.match(lines[j].strip()) or _group_before_row(lines, j)):
            line = lines[j].strip()
            m = _TARGET_ROW.match(line)
            j += 1
            if not m:
                continue
            cut = _row_values(m, count, compared)
            if cut is not None:
                lines[j - 1] = cut
                changed = True
        k = j
    return "\n".join(lines) if changed else text


# a group's row in a targets table: its Roman code glued to its name ("IChỉ tiêu về y tế") or written with a dot
# ("II. Chỉ tiêu về giáo dục": the group's cell spans the row)
_TARGET_GROUP = re.compile(r"^[IVX]{1,4}(?:\.\s?)?[" + UPPER + r"]")


def _group_before_row(lines: list[str], j: int) -> bool:
    """Whether line j is a group's row of a targets table: a rows' group name, a row of values on the very next line
    (a heading after the table, "II. NHIỆM VỤ", is followed by its own text)."""
    return _TARGET_GROUP.match(lines[j]) is not None and j + 1 < len(lines) \
        and _TARGET_ROW.match(lines[j + 1].strip()) is not None


# a measure's unit per a thing, glued to the label's last word: "m2/người", "m³/hộ", "kg/người/năm", "kWh/hộ"
_MEASURE_UNIT = re.compile(r"(?<=[^\W\d_])(?:m|km|ha|kg|kWh|lít)[23²³]?(?:/[^\W\d_]+){1,2}$")


def _row_values(m: re.Match, count: int, compared: bool = False) -> str | None:
    """A targets row's cells a line (its number and label, its unit, its values, the text cell after them), or None."""
    label, unit, run, tail = m.group("label"), m.group("unit"), m.group("run"), m.group("tail")
    head = m.group("code") + label
    if unit and unit != "%" and (cap := re.search(r"(?<=[" + LOWER + r"])[" + UPPER + r"]", unit)):
        # a unit that opens with a capital glued to the label's last word ("chủngĐiểm")
        head, unit = head + unit[:cap.start()], unit[cap.start():]
    elif unit and unit != "%":
        # a lower-case unit glued to the label's last word ("tỉnhcơ sở dữ liệu": the regex took "liệu"): the words of
        # the label's end back to the glued word (a unit is a few words), cut between its two syllables; or a unit
        # per a number glued to the label ("mẹ/100.000 trẻ đẻ sống")
        words = (label + unit).split(" ")
        at = next((i for i in range(len(words) - 1, max(0, len(words) - 5), -1) if _two_syllables(words[i]) is not None),
                  None)
        per = re.search(r"(?<=[^\W\d_])/(?=\d)", label)
        measure = _MEASURE_UNIT.search(label + unit)
        if label.endswith(")"):  # "(lũy kế)xã": the label's bracket ends it
            pass
        elif measure is not None:  # "bình quânm2/người": a measure per a thing glued to the label's last word
            head, unit = m.group("code") + (label + unit)[:measure.start()], measure.group(0)
        elif at is not None:
            split = _two_syllables(words[at])
            head = m.group("code") + " ".join(words[:at] + [words[at][:split]])
            unit = " ".join([words[at][split:]] + words[at + 1:])
        elif per is not None and len(label) - per.start() <= 30:
            head, unit = m.group("code") + label[:per.start()], label[per.start():] + unit
        else:
            return None
    cuts = _target_cuts(run, count, unit == "%", compared)
    if len(cuts) != 1:
        return None
    return "\n".join([head] + ([unit] if unit else []) + list(cuts[0]) + ([tail] if tail else []))


def _spelled(syllable_: str) -> bool:
    """Whether a syllable keeps Vietnamese spelling's onset rules: "gh", "ngh", "k" only before e, ê, i, y; "c", "g",
    "ng" never before them ("gha", "ca" + "nhe" are no cut's syllables: "trung|ha", not "trun|gha")."""
    w = untoned(syllable_).lower()
    front = re.match(r"^(ngh|gh|k)([aeiouy]?)", w)
    if front and front.group(2) not in ("e", "i", "y"):
        return False
    back = re.match(r"^(ng|c|g)(?!h|i[aeiouy])([aeiouy])", w)
    return not (back and back.group(2) in ("e", "i", "y") and not w.startswith("gi"))


def _two_syllables(word: str) -> int | None:
    """Where a lower-case word of two syllables run together splits ("tỉnhcơ" -> 5), None for one syllable or none."""
    if not word.islower() or syllable(word):
        return None
    cuts = [i for i in range(1, len(word)) if syllable(word[:i]) and syllable(word[i:]) and _spelled(word[i:])
            and _spelled(word[:i])]
    if len(cuts) > 1:  # the second syllable's onset the longest: "mới|trạm", not "mớit|rạm"
        onset = {i: len(re.match(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[^aeiouy])?", untoned(word[i:]).lower()).group(0))
                 for i in cuts}
        cuts = [i for i in cuts if onset[i] == max(onset.values())]
    return cuts[0] if len(cuts) == 1 else None
