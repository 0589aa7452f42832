"""Header, signature block and recipients (the layout of Nghị định 30/2020/NĐ-CP)."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from extractors.document import Block, Document
from extractors.fields.common import (untoned, recites_another, BULLET, ISSUER_START, MOTTO, SEPARATOR, block_span,
                                      is_upper, looks_like_ocr, strip_bullet, strip_footnote, title_case_name)
from extractors.layout.cells import MILITARY_RANK
from extractors.segment import classify, unnumbered_heading
from normalizers import dates, docnum
from normalizers.agencies import AGENCY_AT_START, ORGAN, canonical
from normalizers.localities import longest_real_prefix, real_place
from normalizers.names import opens_with_family_name
from normalizers.text import UPPER

# "Số: 12/KH-UBND"; an OCR reading may misread the mark ("Só: 27 /KH-UBND"): then the number must hold a "/"
# the number a received-document stamp gives the document ("ĐẾN Số: 1275 Ngày: 16/4/2026"): a
# bare running number and the day it came, not the document's number
RECEIVED_STAMP = re.compile(r"^\d{1,6}\s*[.,:;]?\s*ngày\b", re.I)
NUMBER_LINE = re.compile(r"^(?:Số\s*[:.]?\s*(\d.*)|S[oóòỏõọôồổỗộơớờởỡợ]\s*[:.]\s*(\d[^/]*/.*))$", re.I)
# "Kon Tum, ngày 03 tháng 4 năm 2018"
# "Số: 125/QĐ-UBND | Đắk Hà, ngày 05 tháng 3 năm 2024": a header table flattened onto one line
# "Hà Giang, ngày 05/3/2024", "Sơn La, ngày 12-10-2026": the date in figures
# "Quảng Trị, 05/3/2025": figures with no "ngày" (the whole date, so not a sentence's "5 người")
# (the words as OCR or an ASCII scrape spell them: "ngay 07 thang 02 nam 2026", "thảng 02, nãm 2026")
_DATE_PARTS = (r"(?:" + dates.DAY_WORD + r"\s*(\d{1,2})\s*(?:" + dates.MONTH_WORD + r"\s*|[/.-]\s*)(\d{1,2})\s*"
               r"(?:,?\s*" + dates.YEAR_WORD + r"\s*|[/.-]\s*)(\d{4})"
               r"|\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}\s*(?P=sep)\s*(?:19|20)\d{2}\s*$)")
PLACE_DATE_AFTER = re.compile(r"(?:\|\s*|\s{3,}|\t)([^\d,|]{2,40}?)\s*,\s*" + _DATE_PARTS, re.I)
# (a numbered urban district or ward is a place too: "Quận 10, ngày ...")
PLACE_DATE = re.compile(r"^([^\d,]{2,40}?|(?:Quận|Phường)\s+\d{1,2})\s*,\s*" + _DATE_PARTS, re.I)
# the place and date with no comma between, alone on their line: "Kon Tum ngày 05 tháng 3 năm 2024"
PLACE_DATE_BARE = re.compile(r"^([" + UPPER + r"][^\d,;:.]{1,30}?)\s+(?=" + dates.DAY_WORD + r"\s*\d)" + _DATE_PARTS
                             + r"\s*\.?\s*$", re.I)


# a place and date line a narrow column (or a tilted scan) wrapped: "Bà Rịa - Vũng Tàu, ngày 14 tháng 3",
# "Thái Nguyên, ngày 20 tháng 01 năm", "Thành phố Hồ Chí Minh," ... and the line that goes on with it
DATE_CUT = re.compile(r"^[^\d,]{2,40}?\s*,\s*(?:" + dates.DAY_WORD + r"\b.*)?$", re.I)
DATE_GOES_ON = re.compile(r"^\s*(?:" + dates.DAY_WORD + "|" + dates.MONTH_WORD + "|" + dates.YEAR_WORD + r"|\d)", re.I)


# the tail of a number whose digits are blank or read apart, read between the place line and its
# date when a two-column header is read line by line: "Số:" / "Lào Cai, ngày" / "/KH-SCT" / "tháng 4 năm 2026"
# a number line cut at a dash or a slash by a narrow column ("Số: 125/KH-" / "UBND", "Số:      /QĐ-" / "UBND"),
# and its end on the line under it
WRAPPED_NUMBER = re.compile(r"^S[ốo]\s*[:.]?\s*[\d\s]*/[\wĐđ&\s/–-]*(?<=[-–/])\s*$", re.I)
NUMBER_END = re.compile(r"^[\wĐđ&]+(?:[-–][\wĐđ&]+)*$")
NUMBER_TAIL = re.compile(r"^(?:Số\s*[:.]?\s*)?\d{0,6}\s*/\s*[\wĐđ]+(?:\s*[-–]\s*[\wĐđ&]+)*\s*$")


def _date_wrapped(text: str, after: list) -> str:
    """The place and date line joined with the lines it was wrapped onto, when the join reads as
    one (a full or a draft's blank date); else the line as it is. A number's tail read in between
    is passed over."""
    joined = text
    for b in after:
        if NUMBER_TAIL.match(b.text.strip()):
            continue
        if not DATE_GOES_ON.match(b.text):
            break
        joined = f"{joined} {b.text.strip()}"
        if PLACE_DATE.match(joined) or PLACE_BLANK_DATE.match(joined):
            return joined
    return text


# a body written by its initials on the line under its parent's: "BCĐ PHÒNG, CHỐNG DỊCH COVID-19",
# "BQL CÁC KHU CÔNG NGHIỆP", "BCH QUÂN SỰ HUYỆN", the Front's committee "UBMTTQ VIỆT NAM" / "TỈNH X", a
# procuracy "VKSND TỈNH X" (normalizers/data/abbreviations.csv spells them out)
SHORT_BODY_START = re.compile(r"^(?:BCĐ|BCH|BQL|BHXH|KBNN|UBMTTQ(?:VN)?|UB MTTQ(?:VN)?|LĐLĐ|VKSND|TAND)(?=\s)")
# bodies outside the State's administration that head their own documents: a bank and its branch
# ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH X"), a university and its member school ("ĐẠI HỌC X" /
# "TRƯỜNG ĐẠI HỌC Y"), an academy, a court, a broadcaster, a state company
OTHER_BODY_START = re.compile(r"^(?:NGÂN HÀNG|CHI NHÁNH|ĐẠI HỌC|HỌC VIỆN|TÒA ÁN|TOÀ ÁN|ĐÀI PHÁT THANH|ĐÀI TRUYỀN"
                              r"|TỔNG CÔNG TY|CÔNG TY|LIÊN MINH)\b")  # (and the co-operatives' "LIÊN MINH HTX TỈNH X")
# a branch named under the body it belongs to: "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH X" is "Ngân hàng
# Chính sách xã hội chi nhánh tỉnh X"; its office in a district, "PHÒNG GIAO DỊCH HUYỆN Y", is "Phòng giao dịch
# Ngân hàng Chính sách xã hội huyện Y"
BRANCH = re.compile(r"^chi nhánh\s+\S", re.I)
BRANCH_OFFICE = re.compile(r"^phòng giao dịch\s+(?=\S)", re.I)
PARTY_ORGANISATION = re.compile(r"^ĐẢNG BỘ\s")  # "ĐẢNG BỘ TỈNH X" over its committee: "HUYỆN ỦY Y", "TỈNH ỦY"
# an office written short: "VP. UBND TỈNH", "VP HĐND - UBND HUYỆN"
OFFICE_SHORT = re.compile(r"^VP\s*\.?\s*(?=UBND|HĐND|ỦY BAN|HỘI ĐỒNG|ĐOÀN)")
# what a body's line is not, though its first word is a unit's: "PHÒNG, CHỐNG DỊCH BỆNH" (prevention)
# under "BAN CHỈ ĐẠO"
PREVENTION = re.compile(r"^PHÒNG\s*,?\s*(?:CHỐNG|NGỪA)\b")


def _level_line_read_again(line: str, evidence: list[str]) -> str:
    """An issuer's place line of a scan whose marks OCR lost or misplaced ("XA TẠN PHONG",
    "HUYEN MUONG LA"), written again as the place and date line or the title spell the same
    name ("Tân Phong, ngày ...", "... trên địa bàn xã Tân Phong"): the level word in capitals
    with its marks, the name as the evidence writes it. Any other line is left as read."""
    folded = untoned(line).upper().split()
    for word, _ in LEVEL_WORDS:
        level = untoned(word).upper().split()
        if folded[:len(level)] != level or len(folded) == len(level):
            continue
        read = " ".join(place_word(w.lower()) for w in line.split()[len(level):])
        if line.split()[:len(level)] == word.upper().split() and real_place(word, read) == read:
            return line  # "TỈNH PHÚ YÊN" read right, marks and all: a title's misread "Phú Yen" is no better
        rest = folded[len(level):]
        for text in evidence:
            words = text.split()
            for i in range(len(words) - len(rest) + 1):
                found = words[i:i + len(rest)]
                if all(w[:1].isupper() for w in found) and [untoned(w).upper() for w in found] == rest:
                    return f"{word.upper()} {' '.join(found).upper()}"
        return line
    return line


# the People's Committee's and Council's names, as a scan may misread a word of them: "ỦY BAN NHÂN" / "BĐẦN. .."
_COUNCIL_BODIES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")


def _body_read_again(lines: list[str]) -> list[str]:
    """A scan's issuer lines whose words before the place's level word read as a People's Committee or
    Council with a word or two misread (letters alike once marks and signs are set aside): the body's
    name as it is written, on one line with the rest. Any other lines are left as read."""
    text = " ".join(lines)
    m = _BEFORE_LEVEL.match(text)
    if not m:
        return lines
    words = " ".join(re.sub(r"[^\w\s]", " ", m.group(1)).split())
    for body in _COUNCIL_BODIES:
        if words != body and SequenceMatcher(None, untoned(words), untoned(body)).ratio() >= 0.85:
            return [body + text[m.end(1):]]
    return lines


_LETTERS_RUN = re.compile(r"[^\W\d_]+")
SPELLED_MIN_WORDS = 2  # a body's words are respelled from the text only as a run of two or more
EVIDENCE_BLOCKS = 150  # the blocks after the header looked in for the issuer's words


class _Evidence:
    """The words of what a document says after its header, read once for the repairs below: as
    written, without marks ("Tổ" -> "to"), and where each pair of words without marks starts."""

    def __init__(self, text: str):
        self.words = _LETTERS_RUN.findall(text)
        self.folded = [untoned(w) for w in self.words]
        self.starts: dict[tuple[str, ...], list[int]] = {}
        for k in range(len(self.folded) - 1):
            self.starts.setdefault((self.folded[k], self.folded[k + 1]), []).append(k)

    def spellings(self, key: list[str]) -> Counter:
        """How the text spells the words whose letters without marks are `key` (each as written)."""
        n = len(key)
        at = self.starts.get(tuple(key[:2]), ()) if n > 1 else (k for k, f in enumerate(self.folded) if f == key[0])
        return Counter(tuple(self.words[k:k + n]) for k in at if self.folded[k:k + n] == key)


def _level_at(keys: list[str], k: int) -> tuple[list[str], list[str]] | None:
    """The level word (its letters without marks, its capitals) starting at word k, marks read or not."""
    return next((lv for lv in _LEVEL_KEYS if keys[k:k + len(lv[0])] == lv[0]), None)


def _words_read_again(line: str, evidence: _Evidence) -> str:
    """A scan's issuer line whose body's words (those before a place's level word) OCR read with a
    mark lost or misplaced ("TỎ CÔNG TÁC LIÊN NGANH TW"), respelled as the document's own text
    writes the same words ("... Tổ công tác liên ngành trung ương ban hành Kế hoạch ..."): the
    longest run of two or more words whose letters, marks set aside, the text holds, in the
    spelling the text gives it most often. A run the text also holds as the line reads it stays;
    the place after a level word is left to _place_read_again and _level_line_read_again."""
    found = list(_LETTERS_RUN.finditer(line))
    keys = [untoned(w.group()) for w in found]
    # (the body ends where a level word starts, its marks read or not: "HỘI NÔNG DÂN TÍNH HÁI";
    # a line that opens with one is a place's: "TỈNH LÂM ĐÔNG")
    body = next((k for k in range(len(found)) if _level_at(keys, k)), len(found))
    words, keys = found[:body], keys[:body]
    out, i = line, 0
    while i + SPELLED_MIN_WORDS <= len(words):
        # the longest run first
        found_run = next(((j, seen) for j in range(len(words), i + SPELLED_MIN_WORDS - 1, -1)
                          if (seen := evidence.spellings(keys[i:j]))), None)
        if found_run is None:
            i += 1
            continue
        j, seen = found_run
        spelled: Counter = Counter()
        for spelling, times in seen.items():
            spelled[tuple(w.lower() for w in spelling)] += times
        own = tuple(w.group().lower() for w in words[i:j])
        if own not in spelled:
            best = spelled.most_common(1)[0][0]
            for w, new in zip(reversed(words[i:j]), reversed(best)):  # (from the end: offsets stay good)
                out = out[:w.start()] + new.upper() + out[w.end():]
        i = j
    return out


PLACE_MAX_WORDS = 4
PLACE_MIN_SEEN = 2  # the times the text must spell a place for its spelling to be taken


def _place_read_again(lines: list[str], evidence: _Evidence) -> list[str]:
    """A scan's issuer lines whose place, after its level word, OCR read with marks lost or misplaced
    ("HỘI NÔNG DÂN TÍNH HÁI" / "NGUYÊN."), respelled as the document's text spells the same name,
    letters without marks alike and in capitals, at least PLACE_MIN_SEEN times ("Hải Nguyên, ngày
    ...", "Tỉnh ủy Hải Nguyên"), with its level word as the level is written ("TỈNH"); a name the text
    writes even once as read stays. The words keep their lines and what stands around them."""
    words = [w for line in lines for w in line.split()]
    cores = [_LETTERS_RUN.fullmatch(w.strip(".,;:")) for w in words]
    keys = [untoned(m.group()) if m else "" for m in cores]
    out = list(words)
    for i in range(len(words)):
        level = _level_at(keys, i)
        if level is None or not all(cores[i:i + len(level[0])]):
            continue
        start = i + len(level[0])
        if _level_at(keys, start) is not None:
            continue  # "CƠ" / "QUAN TỈNH": a wrapped name's "cơ quan" before a level word, no level and its place
        for n in range(min(PLACE_MAX_WORDS, len(words) - start), 0, -1):
            if not all(cores[start:start + n]):
                continue
            seen = Counter({s: c for s, c in evidence.spellings(keys[start:start + n]).items()
                            if all(w[:1].isupper() for w in s)})
            if sum(seen.values()) < PLACE_MIN_SEEN:
                continue
            own = tuple(cores[j].group().lower() for j in range(start, start + n))
            spelled, times = seen.most_common(1)[0]
            if own not in {tuple(w.lower() for w in spelling) for spelling in seen} and times >= PLACE_MIN_SEEN:
                for j, right in zip(range(start, start + n), spelled):
                    out[j] = words[j].replace(cores[j].group(), right.upper(), 1)
            for j, right in zip(range(i, start), level[1]):  # "TÍNH" before a name the text knows: "TỈNH"
                out[j] = words[j].replace(cores[j].group(), right, 1)
            break
    if out == words:
        return lines
    result, k = [], 0
    for line in lines:
        count = len(line.split())
        result.append(" ".join(out[k:k + count]))
        k += count
    return result


# a scan's number line with its label or its digits misread: "S6: 125/KH-UBND", "Sé; 125/KH-UBND",
# "Số: l25/KH-UBND" (a letter for a digit), "Số: 125/KH-UBND_" (a speck after it)
OCR_NUMBER_LABEL = re.compile(r"^S\S?\s*[:;]\s*(?=[\dlIO|]{1,6}\s*/\s*[A-ZĐ])")
OCR_NUMBER_DIGITS = re.compile(r"^(Số\s*:?\s*)([\dlIO|]{1,6})(?=\s*/)")
OCR_TRAILING_SPECKS = re.compile(r"(?<=[\wĐđ])[_~`'’]+\s*$")
# a scan's date with a digit read as a letter ("ngày l5", "1S", "2O12"), a year's digits read apart
# ("năm 20 12"), the comma after the place read as a stop ("Hà Tây. ngày")
OCR_DATE_TOKEN = re.compile(r"(?<![\w/])[\dlIOS]{1,4}(?![\w/])")
OCR_YEAR_APART = re.compile(r"\b(n[aăắ]m\s+)(\d{2})\s(\d{2})\b", re.I)
OCR_PLACE_STOP = re.compile(r"^([^\d,.]{2,40}?)\.\s+(?=ng[aàảáạã]y\b)", re.I)
DIGIT_LOOKALIKES = str.maketrans("lIO|S", "11015")


def _digits_read_again(token: str) -> str:
    """"l5" -> "15", "2O12" -> "2012": a token with a digit whose other characters are letters a digit is
    misread as; a token with no digit is left as it is ("I", "S" are words or codes)."""
    return token.translate(DIGIT_LOOKALIKES) if any(ch.isdigit() for ch in token) else token


def _ocr_number_and_date(text: str) -> str:
    """A scan's header line with the misreadings above mended when it is a number's line or a place and
    date line; any other line as read."""
    if OCR_NUMBER_LABEL.match(text):
        text = OCR_NUMBER_LABEL.sub("Số: ", text)
    if (m := OCR_NUMBER_DIGITS.match(text)) and "/" in text:
        text = m.group(1) + _digits_read_again(m.group(2)) + text[m.end():]
        text = OCR_TRAILING_SPECKS.sub("", text)
    folded = untoned(text)
    if " thang " in folded and re.search(r"\bnam\b", folded):
        text = OCR_PLACE_STOP.sub(r"\1, ", text)
        text = OCR_DATE_TOKEN.sub(lambda m: _digits_read_again(m.group()), text)
        text = OCR_YEAR_APART.sub(r"\1\2\3", text)
    return text


# a line of a scan's reading that is no text: a speck or two read as a letter or a sign ("n", "'", "._")
# specks read as signs apart at a line's start or end: "-- BỘ CÔNG AN \"", "' UBND TỈNH X ."
OCR_SPECKS_AROUND = re.compile(r"^(?:[^\w\s(]|_){1,3}\s+|\s+(?:[^\w\s)]|_){1,3}$")
OCR_NOISE_LINE = re.compile(r"^\s*(?:[a-zđ]{1,2}|(?:[^\w\s]|_){1,3}|(?:[^\w\s]|_)?[a-z](?:[^\w\s]|_)?)\s*$")


def _place_like(text: str) -> bool:
    """A place's name: up to five words, each with a capital ("Buôn Ma Thuột", "Thành phố Thủ Đức"),
    not a sentence's subject ("Đoàn kiểm tra làm việc")."""
    words = text.split()
    return len(words) <= 5 and all(w[:1].isupper() or w in ("phố", "xã", "trấn") for w in words)


# a draft leaves the day or month blank: "Đà Nẵng, ngày    tháng    năm 2027", "Huế, ngày … tháng 5 năm 2026"
PLACE_BLANK_DATE = re.compile(r"^([^\d,]{2,40}?)\s*,\s*ngày[\s.…_/|'-]*(?:\d{1,2})?[\s.…_/|'-]*tháng[\s.…_/|'-]*(?:\d{1,2})?"
                              r"[\s.…_/|'-]*" + dates.YEAR_WORD + r"\s*(\d{4})", re.I)  # (a scan: a dotted blank read as a dash, "nắm")
# the motto glued to the issuer's line by a flattened two-column header:
# "ỦY BAN NHÂN DÂN TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN NGA SƠN Độc lập - Tự do - Hạnh phúc"
MOTTO_GLUED = re.compile(r"\s+(?:CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐỘC LẬP\s*[-–]\s*TỰ DO|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM)\b.*$")
# the number before the place on a flattened line: "Số: 125/KH-UBND Cà Mau, ngày ...", "Số: /KH-UBND Nga Sơn, ngày ..."
NUMBER_BEFORE_PLACE = re.compile(r"^S[ốo]\s*[:.]?\s*[\d\s]*/\s*[\wĐđ/&-]+\s+(?:\|\s*)?(?=[^\d\s|])", re.I)
# "ngày 1 5 tháng 0 6": digits a scan or a form split apart
SPLIT_DIGITS = re.compile(r"\b(ngày|tháng)\s+(\d)\s(\d)(?=\s)", re.I)
# what the two patterns above need before they are run over a line: a digit, a space, a digit;
# the motto's first word (their \b and \s+ openings are tried at every position of a long line)
_DIGIT_GAP = re.compile(r"\d\s\d")
_MOTTO_WORD = re.compile(r"CỘNG|ĐỘC|Độc|ĐẢNG")
# (a basis may be written as a bullet: "- Căn cứ Quy định số ...")
BODY_START = re.compile(r"^(?:[-+•*]\s*(?=Căn cứ|Thực hiện|Triển khai))?"
                        r"(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Theo|Để|Nhằm|Ngày|Qua|Trên cơ sở|Kính gửi|Xét)\b"
                        r"|^\((?:Ban hành\s+)?(?:kèm|Kèm) theo\b")
LEVEL_WORDS = (("thành phố", "city"), ("thị xã", "district"), ("thị trấn", "commune"), ("tỉnh", "province"),
               ("huyện", "district"), ("quận", "district"), ("phường", "commune"), ("xã", "commune"),
               ("đặc khu", "commune"))  # a special zone is a commune-level unit since the 2025 reform
# the level words by their letters without marks, longest first, with their capitals ("thi xa", "THỊ XÃ")
_LEVEL_KEYS = sorted(((untoned(word).split(), word.upper().split()) for word, _ in LEVEL_WORDS),
                     key=lambda lv: len(lv[0]), reverse=True)
LEVEL_ALT = "|".join(word for word, _ in LEVEL_WORDS)  # "thành phố|thị xã|...": "thị xã" tried before "xã"
_BEFORE_LEVEL = re.compile(r"^(.+?)\s+(?=(?:" + LEVEL_ALT.upper() + r")\s)")  # a body's words before its level word
# "tỉnh Kon Tum", "tỉnh Bà Rịa - Vũng Tàu" (a name with a spaced dash), "quận 3", "phường 12" (numbered units),
# "đặc khu Phú Quốc", and a city's level word written with a capital: "Thành phố Hồ Chí Minh"
LOCALITY = re.compile(r"\b(tỉnh|[Tt]hành phố|huyện|quận|thị xã|(?<![Hh]ợp tác )xã|phường|thị trấn|đặc khu)\s+((?:[" + UPPER + r"][\wÀ-ỹ'-]*(?:\s+-(?=\s))?\s*){1,4}"
                      r"|(?<=quận )\d{1,2}\b|(?<=phường )\d{1,2}\b)")
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
OUTLINE_KINDS = ("part", "roman", "arabic", "article")  # the outline nodes that end a title (a letter item does not)
# ISSUER_START read without tone marks (an OCR reading's "TỎ CÔNG TÁC" for "TỔ CÔNG TÁC")
ISSUER_START_UNTONED = re.compile(untoned(ISSUER_START.pattern))
# "Ủy ban nhân dân huyện xây dựng Kế hoạch", "UBND tỉnh Đồng Nai ban hành Phương án" (any type of document)
BODY_ISSUER = re.compile(r"((?:Ủy ban nhân dân|UBND|Sở [\wÀ-ỹ ,&-]+?|Hội đồng nhân dân)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)"
                         r"(?:\s+(?:[" + UPPER + r"][\wÀ-ỹ'-]*\s*){1,4})?)\s*(?:xây dựng|ban hành|triển khai)\s+(?i:" + docnum.TYPE_ALT + r")(?!\w)")
# "KẾ HOẠCH", and with a qualifier: "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH CÔNG TÁC"
TYPE_LINE = re.compile(r"^(" + docnum.TYPE_ALT.upper()
                       + r")(?:\s+(?:HÀNH ĐỘNG|CÔNG TÁC|LIÊN TỊCH|LIÊN NGÀNH|TỔNG THỂ|CHI TIẾT|PHỐI HỢP))?\s*$")
# "PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC"
# the titles a signer holds, in capitals on the signature's title line
SIGN_TITLES = ("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG BAN", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG",
               "THỦ TƯỚNG", "BÍ THƯ", "CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG",
               "TỔ TRƯỞNG", "CHÁNH THANH TRA", "CHÁNH ÁN", "TRƯỞNG ĐOÀN", "CHỦ NHIỆM", "TỔNG GIÁM ĐỐC",
               "CHỈ HUY TRƯỞNG", "THAM MƯU TRƯỞNG", "CHÍNH ỦY", "TƯ LỆNH", "CHI CỤC TRƯỞNG", "TRƯỞNG TRẠM",
               # (the head of a commune's or a ward's police, since 2025 the police's lowest level: round G31)
               "TRƯỞNG CÔNG AN XÃ", "TRƯỞNG CÔNG AN PHƯỜNG", "TRƯỞNG CÔNG AN ĐẶC KHU", "TRƯỞNG CÔNG AN")
# (and the chairman of a council, by office often a vice-chairman of the province: "CHỦ TỊCH HỘI ĐỒNG" / "PHÓ CHỦ TỊCH
# UBND TỈNH", "PHÓ CHỦ TỊCH HỘI ĐỒNG")
_ONE_TITLE = (r"(?:PHÓ\s+)?(?:" + "|".join(SIGN_TITLES) + r")(?:\s+(?:THƯỜNG TRỰC|PHỤ TRÁCH|CHUYÊN TRÁCH))?"
              r"(?:(?<=CHỦ TỊCH)\s+HỘI ĐỒNG)?")
# "PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC", and two titles held at once:
# "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG"
SIGN_TITLE = re.compile(r"^" + _ONE_TITLE + r"(?:\s*[-–]\s*" + _ONE_TITLE + r")?\s*$")
# the same lines with their tone marks lost or misread, as OCR gives them ("KÉ HOẠCH",
# "PHÓ GIÁM ĐÓC"): compared without tone marks, for lines in capitals only
SIGN_TITLE_UNTONED = re.compile(untoned(SIGN_TITLE.pattern).lower())
TYPES_UNTONED = {untoned(name): name for name in docnum.TYPE_CODES}
TYPES_UNSPACED = {key.replace(" ", ""): name for key, name in TYPES_UNTONED.items()}
QUALIFIER_LIKE = 0.85  # a qualifier read with one letter lost or changed ("phi hop" for "phoi hop": 0.93)
TYPE_QUALIFIERS_UNTONED = ("", " hanh dong", " cong tac", " lien tich", " lien nganh", " tong the", " chi tiet", " phoi hop")


# a recipient's line with the signature's title run onto its end, as a layout text squeezes the closing's two columns to
# one space where the recipient is long: "- Ban Bí thư Trung ương Đảng (b/c), PHÓ BÍ THƯ THƯỜNG TRỰC", "- Sở Tài chính;
# PHÓ CHỦ TỊCH" (a dashed line; after the mark that ends the recipient, a signer's title in capitals to the line's end;
# round G34)
GLUED_TITLE = re.compile(r"(?<=[,;.)])\s+(" + _ONE_TITLE + r"(?:\s*[-–]\s*" + _ONE_TITLE + r")?)\s*$")


def glued_title(text: str) -> re.Match | None:
    """The signer's title run onto the end of a recipient's line (GLUED_TITLE), or None."""
    text = text.rstrip()
    return GLUED_TITLE.search(text) if BULLET.match(text) else None


def is_sign_title(text: str) -> bool:
    text = text.strip()
    if len(text) > 60:
        return False  # titles are short
    return bool(SIGN_TITLE.match(text)) or (is_upper(text) and SIGN_TITLE_UNTONED.match(untoned(" ".join(text.split())))
                                            is not None)


# letters each followed by one space, words parted by two or more: "K Ế  H O Ạ C H", "Q U Y Ế T  Đ Ị N H"
LETTER_SPACED = re.compile(r"^\w(?:\s{1,3}\w){3,}$")


def type_of_line(text: str) -> str | None:
    """The document type a type line in capitals names ("KẾ HOẠCH", OCR's "KÉ HOẠCH")."""
    text = text.strip(" :.")
    if LETTER_SPACED.match(text):  # "K Ế  H O Ạ C H": a type line typed with spaced letters
        joined = untoned("".join(text.split()))
        if joined in TYPES_UNSPACED:  # "K Ế H O Ạ C H", its words parted by one space too
            return TYPES_UNSPACED[joined]
        text = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text))
    m = TYPE_LINE.match(text)
    if m:
        return docnum.type_name(m.group(1))
    if not is_upper(text):
        return None
    key = untoned(" ".join(text.split()))
    for qualifier in TYPE_QUALIFIERS_UNTONED:
        if qualifier and key.endswith(qualifier):
            key = key[: -len(qualifier)]
        if key in TYPES_UNTONED:
            return TYPES_UNTONED[key]
    # a qualifier OCR read with a letter lost or changed: "KẾ HOẠCH PHI HỢP" (PHỐI HỢP)
    for untoned_name, name in TYPES_UNTONED.items():
        if key.startswith(untoned_name + " ") and any(
                q and SequenceMatcher(None, key[len(untoned_name):], q).ratio() >= QUALIFIER_LIKE
                for q in TYPE_QUALIFIERS_UNTONED):
            return name
    return None


AUTHORITY = re.compile(r"^(?:TM|KT|Q|TL|TUQ|T/M|K/T|T\.M|K\.T)\s*[./]?\s*(?<=[./\s])\S", re.I)
SIGNED = re.compile(r"^\(?\s*đã ký\s*\)?\.?$|^\(?\s*ký,? (?:tên|ghi rõ).*\)?$", re.I)
# a person's name: "Nguyễn Văn An"; Central Highlands names with an apostrophe: "Rơ Châm H'Bia", "K'Sor Phước"
NAME = re.compile(r"^[" + UPPER + r"](?:['’][" + UPPER + r"])?[\wÀ-ỹ]*(?:\s+[" + UPPER + r"](?:['’][" + UPPER + r"])?[\wÀ-ỹ]*){1,4}$")
# "Nơi nhận:", and with a tone mark lost to OCR or a plain-ASCII scrape: "Nơi nhân:", "Noi nhan:"
RECIPIENTS_HEAD = re.compile(r"^(?:N[oơ]i\s+nh[aăâạặậ]n\s*:?|N\w{1,2}\s+nh\w{1,2}n\s*:)\s*(.*)$", re.I)  # (OCR: "Nhi nhận:")
# "(b/c)", "(để t/h)", "(để biết)", "(đăng tải)": why a recipient gets the document; any short
# "(để ...)" says why ("(để t/hiện)", "(để theo dõi và phối hợp)")
RECIPIENT_NOTE = re.compile(r"\s*\((?:để\s+)?(?:b/c|b/cáo|báo cáo|t/h|th|thực hiện|p/h|phối hợp|đ/b|biết|chỉ đạo|c/đ|theo dõi|"
                            r"t/d|đăng tải|e-?mail)\)\s*|\s*\(để\s+[^()]{1,40}\)\s*"
                            # (and such a note as a scan reads it, at the end: "(b/©)", "(íc)", "(blc)"):
                            # a short lower-case note, no name's capitals ("(cũ)" after a merged province's name stays)
                            r"|(?-i:\s*\((?!(?:cũ|mới)\))[^()\sA-ZĐ\d]{1,3}(?:\s?[/|]\s?[^()\sA-ZĐ\d]{1,3})?\)\s*(?=[;.,]?\s*$))", re.I)
# a type written in sentence case with its title on one line, when no type line in capitals
# exists: "Nghị quyết về kế hoạch đầu tư phát triển năm 2009"
TYPE_WITH_TITLE = re.compile(r"^(" + docnum.TYPE_ALT + r")\s+((?:về|v/v|phê duyệt|ban hành|thực hiện|triển khai|"
                             r"phát triển|kế hoạch)\b.{10,})$")
# ... and, on a document's first line (a corpus's title field: "Kế_hoạch xây_dựng ...", "Chương_trình công_tác
# ...") or the line after the place and date (_opens_title), any title in small letters that is no sentence ("Kế hoạch này ...", "Kế hoạch số 12 ...", "... đã ...")
# (or in sentence case, its first word capitalized before a word in small letters: "Kế hoạch Chuyển đổi số trên địa
# bàn thị xã ...", a word-segmented corpus's line; not a name in capitals: "Kế hoạch UBND tỉnh giao ...")
FIRST_TYPE_WITH_TITLE = re.compile(r"^(" + docnum.TYPE_ALT + r")\s+((?!(?:này|số|được|đã|có|là|sẽ|đề ra|nêu)\b)"
                                   r"(?-i:[a-zđà-ỹ]|[" + UPPER + r"](?=[a-zđà-ỹ]*\s+[a-zđà-ỹ]))[^.;:]{10,250})$")
# a type line in capitals and the title after it on one line, as a scrape that lost the line break
# writes them: "KẾ HOẠCH Phát triển du lịch cộng đồng năm 2026", "QUYẾT ĐỊNH Về việc thành lập ...",
# "KẾ HOẠCH THỰC HIỆN PHONG TRÀO ..." (a type's qualifier stays with the type: "KẾ HOẠCH HÀNH ĐỘNG ...")
TYPE_CAPS_WITH_TITLE = re.compile(r"^(" + docnum.TYPE_ALT.upper() + r")(?:\s+(?:HÀNH ĐỘNG|CÔNG TÁC|LIÊN TỊCH|LIÊN NGÀNH|TỔNG THỂ|"
                                  r"CHI TIẾT|PHỐI HỢP)(?=\s))?\s+([" + UPPER + r"][^\W\d_]*\s+\S.{8,})$")


def _caps_type_with_title(text: str) -> re.Match | None:
    """TYPE_CAPS_WITH_TITLE, its title in sentence case ("Phát triển ...", "Về việc ...") or in capitals."""
    tm = TYPE_CAPS_WITH_TITLE.match(text)
    return tm if tm and (is_upper(tm.group(2)) or any(c.islower() for c in tm.group(2).split()[0])) else None


def _opens_title(head: list, k: int) -> bool:
    """Whether the k-th header line stands where a title in small letters does: the document's first line (a
    corpus's title field) or the line right after the place and date ("Mỹ Lương, ngày 14 tháng 3 năm 2013" /
    "Kế hoạch bảo vệ môi trường ... năm 2013", a header that lost its type line in capitals)."""
    return k == 0 or PLACE_DATE.match(head[k - 1].text.strip()) is not None


def _type_and_title(head: list, window: int, match, wrapped: bool, first=None) -> tuple[str | None, list[str], int] | None:
    """(type, title lines, block index after them) of the first line among the first `window`
    before the body that `match` reads as a type and its title (or `first` on a line that opens a
    title, _opens_title; not a line that cites a number: "KẾ HOẠCH SỐ 45/KH-UBND ..."); `wrapped`:
    the title's lines in lower case after it go on it."""
    for k, b in enumerate(head[:window]):
        if BODY_START.match(b.text):
            return None
        tm = match(b.text.strip()) or (first(b.text.strip()) if first and _opens_title(head, k) else None)
        if tm and not re.search(r"\bsố\s*\d", b.text, re.I):
            lines, end = [tm.group(2)], b.index + 1
            for nxt in head[k + 1: k + 3] if wrapped else ():
                if not nxt.text[:1].islower():
                    break
                lines.append(nxt.text.strip())
                end = nxt.index + 1
            return docnum.type_name(tm.group(1)), lines, end
    return None


# a title's last line that is only its years: "2025", "2024 - 2025"
YEARS_LINE = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*[.;]?$")
# a title wrapped before its range's dash: "... giai đoạn 2027" / "- 2028" (the second line no bullet; round G40)
RANGE_END_LINE = re.compile(r"^[-–]\s*(?:19|20)\d{2}\s*[.;]?$")
TITLE_ENDS_ON_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}$")
# an anniversary's span in a title: "Kỷ niệm 30 năm Ngày thành lập phường X (1999 - 2029)", "100 năm Ngày sinh đồng
# chí Y (1927 - 2027)": the years a number of years "N năm" before it spans, no period of the plan (round G40)
YEARS_SPANNED = re.compile(r"(?<![\d,.])(\d{1,3})\s+năm\b", re.I)
# how many lines after "V/v ..." its wrapped lines may reach, the right column's five (motto, its wrapped "NAM",
# "Độc lập ...", the rule, the place and date) read in between
SUBJECT_REACH = 10
# the motto's last word wrapped onto a line of its own by a narrow column: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"
MOTTO_WRAPPED = re.compile(r"^(?:VIỆT\s+)?NAM$")
# a letter's subject: "V/v đăng ký danh sách tham gia ...", "Về việc triển khai ..."
SUBJECT_LINE = re.compile(r"^(?:V/v|V/V|v/v|Về việc)[:.]?\s+(\S.{5,})$")
# an issuing body on a line of its own, in any case: "Hội đồng nhân dân tỉnh hải dương"
LEVEL_AT_END = re.compile(r"\b(" + LEVEL_ALT + r")\s*$")  # "Ủy ban nhân dân huyện": a level word with no place after it
ISSUER_LINE = re.compile(r"^(Hội đồng nhân dân|Ủy ban nhân dân|HĐND|UBND)\s+(" + LEVEL_ALT + r")"
                         r"\s+([^\W\d][\w\s-]{1,30})$", re.I)
HEADER_WINDOW = 40  # header lines sit in the first blocks of a document
ISSUER_REACH = 15  # with no motto, the issuer's first line is among the first lines
# "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày ... của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái)": the body
# that issued the decision a plan is attached to (its head's title left out: "Bộ trưởng Bộ Y tế" -> "Bộ Y tế")
ATTACHED_TO = re.compile(r"^\((?:Ban hành\s+)?[Kk]èm theo\s+(?:Quyết định|Nghị quyết|Chỉ thị)\b[^()]*?\s+của\s+"
                         r"(?:(?:Chủ tịch|Giám đốc|Bộ trưởng|Trưởng ban|Thủ trưởng)\s+)?([^()]{4,120}?)\s*\)\.?$")


# bodies whose names are written with capitals inside ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X")
PROPER_BODIES = {name.lower(): name for name in (
    "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân", "Hội Cựu chiến binh", "Liên đoàn Lao động", "Hội Chữ thập đỏ", "Việt Nam",
    "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Ngân hàng Chính sách xã hội",
    "Bảo hiểm xã hội Việt Nam", "Quân sự", "Đảng ủy Khối", "Đài Phát thanh và Truyền hình", "Đài Phát thanh - Truyền hình",
    "Hội đồng nhân dân", "Ủy ban nhân dân", "Quốc hội", "Trung ương",
    # a Party committee's inspection commission ("ĐẢNG BỘ HUYỆN X" / "ỦY BAN KIỂM TRA")
    "Ủy ban Kiểm tra")}
# (in any case: a joint header's "SỞ Y TẾ - HỘI LIÊN HIỆP PHỤ NỮ" has had its second body's first word capitalized)
PROPER_BODY = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PROPER_BODIES), key=len, reverse=True)) + r")\b",
                         re.I)
# a Party committee named for its place: "Tỉnh ủy Bắc Giang", "Huyện ủy Lục Nam", "Thành ủy Huế"
PARTY_COMMITTEE = re.compile(r"^(tỉnh|huyện|thành|quận|thị) (ủy|đoàn)\s+(\S.*)$", re.I)  # (and the Youth Union's)


# the central bodies of the State and the Party: "Quốc hội", "Bộ Chính trị", "Ban Bí thư", a board,
# commission or office of the centre ("Ban Chấp hành Trung ương", "Ban Chỉ đạo Trung ương về ...",
# "Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng")
CENTRAL_BODY = re.compile(r"^(?:quốc hội|ủy ban thường vụ quốc hội|chủ tịch nước|chính phủ|thủ tướng|bộ chính trị|ban bí thư"
                          r"|(?:ban|ủy ban|văn phòng|hội đồng)\b[^,]*\b(?:trung ương|tw)\b)")
# bodies of a ministry's rank that are not called "Bộ": "Văn phòng Chính phủ", "Thanh tra Chính phủ",
# "Ngân hàng Nhà nước Việt Nam", "Ủy ban Dân tộc"
MINISTRY_RANK = re.compile(r"^(?:văn phòng chính phủ|thanh tra chính phủ|ngân hàng nhà nước(?! chi nhánh)|ủy ban dân tộc)\b")


# a central body's or a branch of the State's office in a province or district, named for its place as a
# Sở is: "Công an tỉnh X", "Bảo hiểm xã hội huyện Y", "Kho bạc Nhà nước tỉnh Z" (not the place's own
# People's Committee or Council, whose level is the place's)
STATE_BRANCH = re.compile(r"(?:công an|bảo hiểm xã hội|kho bạc nhà nước|ngân hàng nhà nước|ngân hàng chính sách xã hội|"
                          r"viện kiểm sát nhân dân|"
                          r"tòa án nhân dân|thanh tra|đài phát thanh(?:\s+(?:và|-)\s+truyền hình)?|thi hành án dân sự|chi nhánh)\s+"
                          r"(?:chi nhánh\s+)?(?:khu vực\s+\w+\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã)\b")


def _named_after_place(parent: str, place: str) -> bool:
    """Whether the body above the issuer is a province's department named after the place the document is dated
    at, without a level word before it: "Sở Giáo dục và Đào tạo Hòa Ninh" and "Hòa Ninh" (not a university named
    after its city, "Đại học Quảng Lĩnh", whose schools are of no province)."""
    return parent.startswith("Sở ") and \
        " ".join(parent.casefold().split()).endswith(" " + " ".join(place.casefold().split()))


def issuer_parts(name: str) -> tuple[str | None, str | None]:
    """(level, locality) of an issuing body from its name."""
    low = name.lower()
    if CENTRAL_BODY.match(low) and not LOCALITY.search(name):
        return "central", None
    if MINISTRY_RANK.match(low):
        return "ministry", None
    if unit := COMMITTEE_OF_UNIT.match(low):
        # "Đảng ủy Sở Y tế": the level of the unit whose committee it is ("Đảng ủy Bệnh viện Đa khoa tỉnh", its
        # province unnamed: a department's)
        level = issuer_parts(name[unit.end():])
        return level if level[0] else ("department", None)
    party = PARTY_COMMITTEE.match(name)
    if party:
        word, locality = party.group(1).lower(), " ".join(party.group(3).split())
        if word == "tỉnh" or (word == "thành" and locality in CENTRAL_CITIES):
            return "province", locality
        return "district", locality
    if low.startswith(("bộ chỉ huy", "bộ tư lệnh", "bộ đội")) and ((place := LOCALITY.search(name))
                                                                    or LEVEL_AT_END.search(name)):
        # "Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh X": a province's command, not a ministry
        # ("Bộ đội Biên phòng tỉnh X", the force named without its command, neither); "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG
        # TỈNH" with its place on the line above (a joint plan's second issuer under "CÔNG AN TỈNH X"), its place to find
        return "department", _locality(place) if place else None
    if low.startswith(("bộ ", "bộ trưởng")):
        return "ministry", None
    if (board := BOARD_OF_BODY.match(name)) and (level := issuer_parts(name[board.end():]))[0]:
        return level  # "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh X": the province's youth union
    m = LOCALITY.search(name)
    locality = _locality(m) if m else None
    if low.startswith(("sở ", "phòng ", "ban ", "cục ", "chi cục", "tổng cục", "trung tâm", "văn phòng ")) or STATE_BRANCH.match(low):
        return "department", locality
    if not m:
        return None, None
    word = m.group(1).lower()
    if word == "thành phố":
        return ("province" if locality in CENTRAL_CITIES else "district"), locality
    return dict(LEVEL_WORDS)[word], locality


# a joint header's second body after a spaced dash: "tỉnh Kiên Lăng - Tỉnh đoàn Kiên Lăng" (not "Bà Rịa - Vũng Tàu")
_SECOND_BODY = re.compile(r"\s+-\s+(?=(?:" + LEVEL_ALT + r")\s|" + AGENCY_AT_START.pattern.lstrip("^") + r")", re.I)


def _locality(m: re.Match) -> str:
    """The place a LOCALITY match names: a real place beats the run of capitalized words the pattern took;
    a joint header's second body after a spaced dash is no part of it."""
    words = m.group(2)
    cut = _SECOND_BODY.search(m.string, m.start(2))  # (looked at past the match: "- Công an tỉnh")
    if cut and cut.start() < m.end(2):
        words = m.string[m.start(2): cut.start()]
    return longest_real_prefix(m.group(1), words.split()) or " ".join(words.split())


# an organ of the body above it, named by that body's whole name: "VĂN PHÒNG" under "UBND TỈNH X" is "Văn phòng
# Ủy ban nhân dân tỉnh X", "BAN TUYÊN GIÁO" under "TỈNH ỦY Y" is "Ban Tuyên giáo Tỉnh ủy Y" (agencies.ORGAN)
ORGAN_OF_PARENT = re.compile(r"^" + ORGAN + r"$", re.I)
# a People's Committee's one organ is its office ("VĂN PHÒNG" under "UBND TỈNH X"); the other organ names are
# a Council's or a Party committee's boards ("BAN DÂN TỘC" under "HĐND TỈNH X"), and under a People's
# Committee name its department of that name: "UBND TỈNH X" / "BAN DÂN TỘC" is "Ban Dân tộc tỉnh X"
PEOPLES_COMMITTEE = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b", re.I)


def _department_of_committee(name: str, parent: str) -> bool:
    return PEOPLES_COMMITTEE.match(parent) is not None and not name.lower().startswith("văn phòng")


# a Party committee written with no place under the Party organisation that names it: "ĐẢNG BỘ TỈNH X" / "TỈNH ỦY"
BARE_COMMITTEE = re.compile(r"^(?:tỉnh|huyện|thành|quận|thị) ủy$")
# a Party organisation by its level and place: its boards belong to its committee ("ĐẢNG BỘ TỈNH X" / "BAN DÂN VẬN"
# is "Ban Dân vận Tỉnh ủy X", not a board of the organisation)
PARTY_OF_PLACE = re.compile(r"^Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (.+)$")
COMMITTEE_OF_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
                      "thị xã": "Thị ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường", "thị trấn": "Đảng ủy thị trấn"}


def _owner_of_organ(parent: str) -> str:
    """The body an organ's line under `parent` belongs to: a Party organisation's committee ("Đảng bộ tỉnh X" ->
    "Tỉnh ủy X", "Đảng bộ xã Y" -> "Đảng ủy xã Y"), any other parent itself."""
    m = PARTY_OF_PLACE.match(parent)
    return f"{COMMITTEE_OF_LEVEL[m.group(1)]} {m.group(2)}" if m else parent


# "ban chỉ đạo ...", "ban quản lý ...": a board named for what it does (not "Ban Tuyên giáo và Dân vận")
_LEVEL_WORDS = {"tỉnh", "huyện", "quận", "xã", "phường", "thị", "trấn", "thành", "phố"}  # "Bệnh viện Đa khoa tỉnh"
# a school's or a hospital's kind after "trường" / "bệnh viện" (lower case, as issuer_from_caps has it)
SCHOOL = re.compile(r"^(trường|bệnh viện)\s+(trung học phổ thông|trung học cơ sở|tiểu học và trung học cơ sở|tiểu học|"
                    r"mầm non|mẫu giáo|phổ thông dân tộc (?:nội|bán) trú(?: trung học cơ sở| tiểu học)?|"
                    r"ptdtbt(?: thcs| th)?|ptdtnt(?: thcs| thpt)?|th và thcs|thcs và thpt|thpt|thcs|th|mn|"
                    r"cao đẳng|trung cấp|đại học|chính trị|đa khoa|y học cổ truyền|phục hồi chức năng|"
                    r"sản nhi|nhi|lao và bệnh phổi|tâm thần|mắt|phụ sản)\b")
BOARD = re.compile(r"^ban\s+(?:chỉ đạo|quản l[ýí]|chỉ huy|điều hành|tổ chức|vận động|đại diện)\b")


# a year that ends a title with no "năm" before it: "... Tết Nguyên đán Bính Ngọ 2026" (not a
# document's "12/2026", not a vision's "tầm nhìn 2045")
TITLE_END_YEAR = re.compile(r"(?<![\d/.-])(?<!tầm nhìn )(?<!Tầm nhìn )((?:19|20)\d{2})\s*[.)]?\s*$")


def place_word(word: str) -> str:
    """A word of a place name as it is spelled: "krông" -> "Krông", "h'drai" -> "H'Drai", "r'lấp" -> "R'Lấp"
    (a syllable after a one-letter prefix and its apostrophe keeps its capital)."""
    if len(word) > 2 and word[1] in "'’":
        return word[0].upper() + word[1] + word[2:3].upper() + word[3:]
    return word[:1].upper() + word[1:]


def _place_cased(place: str) -> str:
    """The place of a place and date line as it is spelled when the line came in lower case (a word segmenter's
    output lower-cases names: "phước_thạnh , ngày 05 tháng 3 năm 2024" -> "Phước Thạnh"); as written otherwise."""
    if place != place.lower() or not re.search(r"[^\W\d_]", place):
        return place
    return " ".join(place_word(w) for w in place.split())


SHORT_LEVELS = {"TP": "THÀNH PHỐ", "TX": "THỊ XÃ"}
SHORT_LEVEL = re.compile(r"\b(TP|TX)(?:\s*\.\s*|\s+)(?=[" + UPPER + r"])")  # "TP. HỒ CHÍ MINH", "TX BUÔN HỒ"


# a header's rule or star set under the issuer's name, joined to it by a cell's lines:
# "TỈNH ỦY QUẢNG NGÃI *", "SỞ Y TẾ -------"
DECORATION_END = re.compile(r"\s+[*\-–—_=~.]+\s*$")


# a level word cut after its first letter, as a page exported from Word or LibreOffice writes a
# header whose rule (a drawn shape) is anchored inside the word: "T<img ...>\nỈNH LÂM ĐỒNG" -> "T ỈNH"
SPLIT_LEVEL = re.compile(r"(?<!\w)([" + UPPER + r"])\s+(" + "|".join(sorted({w.split()[0][1:].upper() for w, _ in LEVEL_WORDS}, key=len, reverse=True))
                         + r")(?!\w)")


_LEVEL_HEADS = {w.split()[0].upper() for w, _ in LEVEL_WORDS}  # "TỈNH", "HUYỆN", "THÀNH", "THỊ", ...


def _level_joined(m: re.Match) -> str:
    return m.group(1) + m.group(2) if m.group(1) + m.group(2) in _LEVEL_HEADS else m.group(0)


# a body's word that finishes a word the line above ends with, the name wrapped inside it: "CỤC QUẢN LÝ MÔI" /
# "TRƯỜNG Y TẾ" (môi trường), "TRUNG TÂM Y TẾ DỰ" / "PHÒNG ...", "TRUNG TÂM DỊCH" / "VỤ VIỆC LÀM", "BỆNH" / "VIỆN ..."
CUT_COMPOUNDS = {("MÔI", "TRƯỜNG"), ("THỊ", "TRƯỜNG"), ("NHÀ", "TRƯỜNG"), ("BỆNH", "VIỆN"), ("QUỐC", "PHÒNG"),
                 ("BIÊN", "PHÒNG"), ("VĂN", "PHÒNG"), ("DỰ", "PHÒNG"), ("CƠ", "SỞ"), ("TRỤ", "SỞ"), ("DỊCH", "VỤ"),
                 ("NGHIỆP", "VỤ"), ("NHIỆM", "VỤ"), ("CÔNG", "VỤ"), ("THƯỜNG", "VỤ"), ("TỔNG", "CỤC")}
# (nor does a unit's word glued onto its parent's line start a unit there: "... BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG", "BỆNH
# VIỆN", "DỊCH VỤ")
_NOT_SECOND_HALF = "".join(f"(?<!{first} )" for first in sorted({first for first, _ in CUT_COMPOUNDS}))


# a body of a locality and its unit on one line, as a scrape that turned the header cell's line
# break into a space writes them: "UBND HUYỆN PHÚ NINH PHÒNG TÀI CHÍNH - KẾ HOẠCH", "ĐẢNG BỘ TỈNH
# X ĐẢNG ỦY XÃ Y", "TỈNH ỦY X BAN TUYÊN GIÁO", "SỞ Y TẾ TỈNH X BỆNH VIỆN ĐA KHOA TỈNH", "BỘ Y TẾ
# CỤC QUẢN LÝ DƯỢC", "HỘI NÔNG DÂN TỈNH X BAN THƯỜNG VỤ"; the unit's word needs two more words
# after it ("... THÀNH PHỐ HẢI PHÒNG" ends the line: Phòng is the city's name), or is a standing board
_LOCAL = r"(?:" + LEVEL_ALT.upper() + r"|TP\.?|TX\.?)\s+\S+(?:\s+\S+){0,3}"
# (or a mass organisation's national name over its province's executive committee: "HỘI NÔNG DÂN VIỆT NAM BCH HỘI
# NÔNG DÂN TỈNH", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM BAN CHẤP HÀNH HỘI LHPN TỈNH")
NATIONAL_ORGANISATION = r"(?:TỔNG\s+)?(?:HỘI|LIÊN ĐOÀN|MẶT TRẬN|CÔNG ĐOÀN)\s+\S+(?:\s+\S+){0,5}?\s+VIỆT NAM"
GLUED_PARENT = re.compile(r"^(?:(?:ỦY BAN|UỶ BAN|UBND|ĐẢNG BỘ|SỞ|HỘI|LIÊN ĐOÀN|MẶT TRẬN)(?:\s+.+?)?\s+" + _LOCAL
                          + r"|(?:TỈNH|HUYỆN|THÀNH|QUẬN|THỊ)\s+ỦY\s+\S+(?:\s+\S+){0,3}|BỘ\s+(?!CHỈ HUY|ĐỘI)\S.+|"
                          + NATIONAL_ORGANISATION + r")$")
# (not the "PHÒNG" of "BIÊN PHÒNG", "QUỐC PHÒNG", nor the "VIỆN" of "BỆNH VIỆN")
GLUED_UNIT = re.compile(r"(?<=\s)" + _NOT_SECOND_HALF + r"(?:(?:SỞ|PHÒNG|TRUNG TÂM|CHI CỤC|TỔNG CỤC|CỤC|VỤ|VĂN PHÒNG|BAN|ĐẢNG ỦY|ỦY BAN KIỂM TRA|"
                        r"BỆNH VIỆN|HẠT KIỂM LÂM|THANH TRA|VIỆN|TRƯỜNG (?:THPT|THCS|TIỂU HỌC|MẦM NON|MẪU GIÁO|PTDTBT|"
                        r"CAO ĐẲNG|ĐẠI HỌC|TRUNG CẤP|CHÍNH TRỊ|"
                        r"PTDTNT|TH\b|MN\b)|BCH(?=\s+(?:HỘI|ĐOÀN|CÔNG ĐOÀN)\b))(?=\s+\S+\s+\S+)|"
                        r"(?:BAN THƯỜNG VỤ|BAN THƯỜNG TRỰC|BAN CHẤP HÀNH)$)")


def _name_goes_on(above: str, line: str) -> bool:
    """Whether `line` opens with the second half of a word the line above ends with (CUT_COMPOUNDS): the name
    above wrapped, no body of its own."""
    last, first = above.split()[-1:], line.split()[:1]
    return bool(last and first and (last[0].upper(), first[0].upper()) in CUT_COMPOUNDS)


def _unit_wrapped_from_parent(lines: list[str]) -> list[str]:
    """A unit glued onto its parent's line that wraps onto the next line ("UBND TỈNH X SỞ CÔNG" / "THƯƠNG", "ĐẢNG BỘ
    TỈNH X ĐẢNG" / "ỦY KHỐI CÁC CƠ QUAN TỈNH": a narrow column of a header's two bodies run together): the parent,
    then the unit whole (split_glued_parent of the two lines joined, the unit starting on the first)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        a = lines[i]
        if i + 1 < len(lines) and " " in a and split_glued_parent(a) == [a]:
            joined = f"{a} {DECORATION_END.sub('', lines[i + 1])}"
            parts = split_glued_parent(joined)
            if len(parts) == 2 and len(parts[0]) < len(a.rstrip()) - 1:
                out += parts
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def split_glued_parent(line: str) -> list[str]:
    """A header line that holds a body and its unit: the two, in order (the last place the unit
    can start, "UBND TP HẢI PHÒNG SỞ Y TẾ" -> "UBND TP HẢI PHÒNG" / "SỞ Y TẾ"); else the line alone."""
    for m in reversed(list(GLUED_UNIT.finditer(line))):
        parent = line[:m.start()].strip()
        if GLUED_PARENT.match(parent):
            return [parent, line[m.start():].strip()]
    return [line]


# a legal-text site's attributes of the document, in lines or in a table above it ("Số hiệu: |
# 45/KH-UBND | Loại văn bản: | Kế hoạch", "Ngày ban hành: 10/03/2026"): read where the document's
# own header does not say them
SITE_ATTRIBUTE = re.compile(r"^(số hiệu|số ký hiệu|ngày ban hành|loại văn bản)\s*:?\s*(.*)$", re.I)
# their keys as the HTML reader names a metadata panel's (cross_check reads them)
_ATTRIBUTE_KEYS = {"số hiệu": "Số hiệu", "số ký hiệu": "Số hiệu", "ngày ban hành": "Ngày ban hành", "loại văn bản": "Loại văn bản"}
SITE_ATTRIBUTE_BLOCKS = 40


LABEL_ONLY = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4}\s*:$")  # "Nơi ban hành:", "Người ký:"


def site_attributes(doc: Document) -> dict[str, str]:
    """The site's attributes ("Số hiệu" -> value, keyed as a metadata panel's) in the document's first blocks: a
    label and its value in one line or in cells side by side, or, where the attribute table was
    read column by column, a run of labels alone and as many values after them."""
    out: dict[str, str] = {}
    blocks = doc.blocks[:SITE_ATTRIBUTE_BLOCKS]
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "table" and b.rows:
            for row in b.rows:
                for c, cell in enumerate(row):
                    if (m := SITE_ATTRIBUTE.match(cell.strip())):
                        value = m.group(2).strip() or (row[c + 1].strip() if c + 1 < len(row) else "")
                        if value:
                            out.setdefault(_ATTRIBUTE_KEYS[m.group(1).lower()], value)
        elif b.text and LABEL_ONLY.match(b.text.strip()):
            run = k
            while run < len(blocks) and blocks[run].kind != "table" and LABEL_ONLY.match(blocks[run].text.strip()):
                run += 1
            labels, values = blocks[k:run], blocks[run: run + (run - k)]
            if len(values) == len(labels) and all(v.kind != "table" for v in values):
                for label, value in zip(labels, values):
                    if (m := SITE_ATTRIBUTE.match(label.text.strip())):
                        out.setdefault(_ATTRIBUTE_KEYS[m.group(1).lower()], value.text.strip())
                k = run + len(values)
                continue
        elif b.text and (m := SITE_ATTRIBUTE.match(b.text.strip())) and m.group(2).strip():
            out.setdefault(_ATTRIBUTE_KEYS[m.group(1).lower()], m.group(2).strip())
        k += 1
    return out


# a body's standing board or executive committee named alone, with no body of its own after it
# (or naming its body again in short, "THƯỜNG TRỰC HĐND" under "HỘI ĐỒNG NHÂN DÂN" / "TỈNH X")
STANDING_BOARD = re.compile(r"^\s*(?:BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC|BAN THƯỜNG TRỰC ỦY BAN)"
                            r"(?:\s+(?:HĐND|HỘI ĐỒNG NHÂN DÂN|UBND|ỦY BAN NHÂN DÂN|UBMTTQ|ỦY BAN MTTQ))?\s*[*\-–—_=~.]*\s*$")
# a standing committee named first, with its body: "THƯỜNG TRỰC HĐND TỈNH X", "THƯỜNG TRỰC HĐND" / "HUYỆN Y"
BOARD_BEFORE_BODY = re.compile(r"^(?:BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|THƯỜNG TRỰC)\s+(?=HĐND|HỘI ĐỒNG NHÂN DÂN)")
# the same before the body's name: "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh X" is at the body's level
# the Party committee of a unit, not of a place or of a bloc: "ĐẢNG ỦY SỞ Y TẾ", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH",
# "ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ TỈNH" (not "ĐẢNG ỦY XÃ X", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY QUÂN SỰ TỈNH")
COMMITTEE_OF_UNIT = re.compile(r"^đảng (?:ủy|uỷ)\s+(?=(?:sở|ban|bệnh viện|trường|trung tâm|cục|chi cục|viện|công an|"
                               r"công ty|tổng công ty|kho bạc|ngân hàng|bảo hiểm xã hội|báo|đài)\s+\S)")
BOARD_OF_BODY = re.compile(r"^(?:ban chấp hành|ban thường vụ|ban thường trực|thường trực)\s+(?=\S)", re.I)


# the area a unit serves, named after "khu vực" at its name's end (a province's regional centre since 2025)
REGION_OF_UNIT = re.compile(r"\bkhu vực\s+(\S+(?:\s+\S+){0,3})$")
REGION_NAMED = re.compile(r"\bkhu vực\s+[" + UPPER + r"]")
ROMAN_WORD = re.compile(r"^[ivxl]{1,5}$")


MAX_TYPED_WORDS = 12  # an issuer's line in a header scraped as typed is short: "Ủy ban nhân dân", "tỉnh Hòa Lâm"
# a title ends in no full stop, colon or semicolon: a line of a dozen words or more that does is
# the body's first paragraph (a Chỉ thị or a letter opens on the situation, not on its bases)
PROSE_END = re.compile(r"[.:;]\s*$")
PROSE_WORDS = 12


# a higher level and its place ending a name ("... xã tân hưng tỉnh nam phong", "..., tỉnh nam phong"), and a
# commune's level and place before it
PARENT_AFTER_COMMUNE = re.compile(r"(?<=\S)(?:\s*,\s*|\s+)(?:tỉnh|thành phố|huyện|quận|thị xã)\s+[^,]+$")
COMMUNE_NAMED = re.compile(r"\b(?:(?<!hợp tác )xã(?! hội)|phường|thị trấn|đặc khu)\s+\S")


# the spaced dash before a joint header's second body, after the first's place (lower case): "sở y tế tỉnh x - hội liên
# hiệp phụ nữ tỉnh x", "công an tỉnh x - bộ chỉ huy quân sự tỉnh x" (not a place's own dash: "tỉnh bà rịa - vũng tàu");
# the body as the agencies' vocabulary opens one (_SECOND_BODY's, but no level word: the second is a body of its own)
JOINT_SECOND = re.compile(r"\s+-\s+(?=" + AGENCY_AT_START.pattern.lstrip("^") + r")", re.I)
PLACED = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|(?<!hợp tác )xã(?! hội)|phường|thị trấn)\s+(?!(?:đoàn|ủy)\b)\S")


# initials no table spells out, left in capitals in a name written in capitals: a word of consonants alone, no syllable
# ("HỘI ĐỒNG PHỐI HỢP PBGDPL HUYỆN X", "TRUNG TÂM DVNN"; round G66)
_INITIALS_IN_CAPS = re.compile(r"(?<![\w&])[B-DF-HJ-NP-TV-XZĐ]{2,8}(?![\w&])")


def issuer_from_caps(lines: list[str]) -> str:
    """"ỦY BAN NHÂN DÂN" + "TỈNH KON TUM" -> "Ủy ban nhân dân tỉnh Kon Tum"; initials no table spells out kept in
    capitals ("PBGDPL")."""
    name = _issuer_from_caps(lines)
    kept = {m.group(0) for line in lines for m in _INITIALS_IN_CAPS.finditer(canonical(line))}
    for initials in kept:
        name = re.sub(r"(?<![\w&])" + re.escape(initials.lower()) + r"(?![\w&])", initials, name, flags=re.I)
    return name


def _issuer_from_caps(lines: list[str]) -> str:
    """issuer_from_caps, its initials in capitals left to it."""
    # abbreviations are written in capitals ("TB&XH"): expand them before lowering the case
    # "UBND TP. HỒ CHÍ MINH", "UBND TX. BUÔN HỒ": the level word written short
    lines = [SHORT_LEVEL.sub(lambda m: SHORT_LEVELS[m.group(1).upper()] + " ", DECORATION_END.sub("", line))
             for line in lines]
    out = " ".join(canonical(" ".join(lines)).lower().split())
    if unit := COMMITTEE_OF_UNIT.match(out):
        # "ĐẢNG ỦY SỞ Y TẾ" is "Đảng ủy Sở Y tế": the Party committee of a unit, the unit named as it is (round G30)
        return "Đảng ủy " + issuer_from_caps([out[unit.end():].upper()])
    board = BOARD_OF_BODY.match(out)
    party = PARTY_COMMITTEE.match(out[board.end():] if board else out)
    if party:  # "TỈNH ỦY BẮC GIANG" -> "Tỉnh ủy Bắc Giang"; "BAN CHẤP HÀNH HUYỆN ĐOÀN X" -> "Ban Chấp hành Huyện đoàn X"
        named = board.group(0).split() if board else []
        named = [w.capitalize() if i < 2 and named[0] == "ban" or i == 0 else w for i, w in enumerate(named)]
        return " ".join([*named, party.group(1).capitalize(), party.group(2), *(place_word(w) for w in party.group(3).split())])
    # a commune's or a ward's body with its province named after it, the line under its name ("ỦY BAN NHÂN DÂN XÃ TÂN
    # HƯNG" / "TỈNH NAM PHONG", "XÃ TÂN HƯNG, TỈNH NAM PHONG", as communes write since the 2025 reform): the province is
    # where it is, no part of its name (round G31)
    parent = PARENT_AFTER_COMMUNE.search(out)
    if parent and COMMUNE_NAMED.search(out[: parent.start()]):
        out = out[: parent.start()]
    # a joint header's two bodies each with its place, on one line ("SỞ Y TẾ TỈNH X - HỘI LIÊN HIỆP PHỤ NỮ TỈNH X"):
    # each cased as a name of its own (the second's level word no place's; round G32)
    joint = JOINT_SECOND.search(out)
    if joint and PLACED.search(out, 0, joint.start()):
        return (issuer_from_caps([out[: joint.start()].upper()]) + " - "
                + issuer_from_caps([out[joint.end():].upper()]))
    # restore capitals: the locality after its level word ("xã hội", "hợp tác xã" are no commune)
    lm = re.search(r"\b(tỉnh|thành phố|huyện|quận|thị xã|(?<!hợp tác )xã(?! hội)|phường|thị trấn|đặc khu)\s+(?!(?:đoàn|ủy)\b)(.+)$", out)
    if lm:
        out = out[: lm.start(2)] + " ".join(place_word(w) for w in lm.group(2).split())
    elif region := REGION_OF_UNIT.search(out):
        # a unit named for the area it serves: "Trung tâm Y tế khu vực Sông Mây", "Chi cục Thuế khu vực II"
        out = out[: region.start(1)] + " ".join(w.upper() if ROMAN_WORD.match(w) else place_word(w)
                                                for w in region.group(1).split())
    # and the field a department is named for: "Sở Y tế", "Sở Kế hoạch và Đầu tư",
    # "Sở Văn hóa, Thể thao và Du lịch", "Phòng Tài chính - Kế hoạch"
    unit = re.match(r"^(sở|phòng|ban|trung tâm|chi cục|cục|bộ|văn phòng|vụ|tổ|viện)\s+", out, re.I)
    if unit:
        end = lm.start() if lm else len(out)
        # a board named for what it does is a phrase: "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực",
        # "Ban Quản lý dự án đầu tư và xây dựng" (the fields of a department each keep a capital)
        board = BOARD.match(out[unit.start(): end])
        field = re.sub(r"(^|\s-\s|,\s|\svà\s)(\w)" if not board else r"^()(\w)",
                       lambda m: m.group(1) + m.group(2).upper(), out[unit.end(): end])
        out = out[: unit.end()] + field + out[end:]
    # a school or a hospital: its kind, then its own name, each word capitalised ("Trường THPT Hòa
    # An", "Trường Tiểu học Kim Đồng", "Bệnh viện Đa khoa Hòa Bình"); a place after a level word is
    # already done ("Bệnh viện Đa khoa tỉnh Hà Giang")
    school = SCHOOL.match(out)
    if school:
        end = lm.start() if lm else len(out)
        name = out[school.end(): end].strip()
        # an acronym keeps its capitals ("THPT", "PTDTBT THCS", "TH và THCS"), a phrase its first one
        kind = " ".join(w if w == "và" or re.search(r"[aeiouy]", untoned(w)) else w.upper() for w in school.group(2).split())
        kind = kind[:1].upper() + kind[1:]
        # (a unit named for the area it serves keeps "khu vực" in lower case, a Roman number after it in capitals:
        # "Bệnh viện Đa khoa khu vực Bắc Nhai", "Bệnh viện Đa khoa khu vực II", as REGION_OF_UNIT has it; round G36)
        if region := REGION_OF_UNIT.fullmatch(name):
            name = "khu vực " + " ".join(w.upper() if ROMAN_WORD.match(w) else place_word(w)
                                         for w in region.group(1).split())
        else:
            name = " ".join(w if w in _LEVEL_WORDS else place_word(w) for w in name.split())
        out = (school.group(1).capitalize() + " " + kind
               + (" " + name if name else "") + (" " + out[end:].strip() if end < len(out) else ""))
    # the names of the Front and the mass organisations keep their capitals
    out = PROPER_BODY.sub(lambda m: PROPER_BODIES[m.group(0).lower()], out)
    out = out.replace("chính phủ", "Chính phủ")  # "THỦ TƯỚNG CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ"
    # an acronym keeps its capitals: a word with no vowel ("TW", "HCM")
    for word in {w for line in lines for w in re.findall(r"\b\w{2,5}\b", line) if w.isupper() and not re.search(r"[aeiouy]", untoned(w))}:
        out = re.sub(r"\b" + re.escape(word.lower()) + r"\b", word, out)
    return canonical(out)


def _enacting(head: list[Block], i: int) -> bool:
    """Whether the type line at `i` is a decision's enacting word over its first article ("QUYẾT ĐỊNH:" /
    "Điều 1. Phân bổ ..."): a type line is followed by the title, never by an article."""
    return i + 1 < len(head) and (classify(head[i + 1].text.lstrip(" *")) or ("",))[0] == "article"


def empty_header() -> dict:
    """The header of a document that states none of it."""
    return {"doc_type": None, "number": None, "issuer": {"name": None, "level": None, "locality": None},
            "place": None, "issued_date": None, "title": None, "period": {"start_year": None, "end_year": None},
            "issues": [], "title_end": 0}


def empty_signer() -> dict:
    return {"name": None, "title": None, "authority": []}


# the number's line as a plain PDF-to-text reading may glue the separator above it to it: "------Số: 318/KH-PGDĐT"
NUMBER_UNDER_RULE = re.compile(r"^[-_=*.\s]*Số\s*[:.]?\s*\d", re.I)
# the motto's second line's last word(s), wrapped onto a line of their own in the right column and read after the
# unit's line: "Độc lập - Tự do - Hạnh" / ... / "phúc"
MOTTO_TAIL = re.compile(r"^(?:(?:Độc lập\s*-\s*)?(?:Tự do\s*-\s*)?Hạnh\s+)?phúc$", re.I)


def _unit_after_motto(lines: list[str], stop: int, issuer_start, above: list[str] = ()) -> str | None:
    """The issuer's unit line read after the motto's, as a plain PDF-to-text reading of a two-column header set in
    spaces gives it: "UBND HUYỆN X" / "VIỆT NAM" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" /
    "------" / "Số: 318/KH-PGDĐT": a body's line in capitals right after the motto's lines and right before the
    number's (its rule between them or glued to it, or the motto's wrapped last word "phúc") (not a receiving
    stamp's "UBND TỈNH X" / "ĐẾN Số: 1203": the number's line opens with "Số"). Or the level and place of a
    council's name read above (`above`) without them: "ỦY BAN NHÂN DÂN" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" /
    "HUYỆN LẠC SƠN ĐÔNG Độc lập - Tự do - Hạnh phúc" (a printed page whose columns' second lines met; the motto
    cut off before)."""
    k = stop
    while k < len(lines) and k < stop + 3 and (MOTTO.match(lines[k]) or MOTTO_WRAPPED.match(lines[k])):
        k += 1
    if k == stop or k + 1 >= len(lines) or not MOTTO.match(lines[stop]) and not MOTTO_WRAPPED.match(lines[stop]):
        return None
    unit, after = lines[k], k + 1
    if after + 1 < len(lines) and MOTTO_TAIL.match(lines[after].strip()):
        after += 1  # "UỶ BAN NHÂN DÂN XÃ X" / "phúc" / "------Số: 27/KH-UBND": the motto's last word between them
    if after + 1 < len(lines) and SEPARATOR.match(lines[after]):
        after += 1  # "------" / "Số: 318/KH-PGDĐT"
    placed = bool(above) and COUNCIL_WITHOUT_PLACE.match(above[-1]) is not None and LEVEL_PLACE_LINE.match(unit) is not None
    if (is_upper(unit) and (issuer_start(unit) or placed) and not MOTTO.match(unit) and not type_of_line(unit)
            and NUMBER_UNDER_RULE.match(lines[after])):
        return unit
    return None




# the youth union's name, a motto of its own on the right of its header (common.MOTTO) and, in some, its left column's
# first line over the unit that issues
UNION_NAME = re.compile(r"^ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH\b")


def _typed_unit_line(lines: list[str], k: int, issuer_start) -> bool:
    """Whether header line k, not in capitals, is the issuing unit typed under its parent's capitals ("UBND HUYỆN
    GIỒNG X" / "UBND xã Phú Y" / "Số: ..."): a short line whose capitals start a body, right before the number's
    line, the motto or a rule (a careless typist's header, round G27; not a scan's, whose case is the print's, nor a
    number's line: "Số: ... /STTTT")."""
    text, nxt = lines[k], lines[k + 1] if k + 1 < len(lines) else ""
    return (len(text.split()) <= MAX_TYPED_WORDS and issuer_start(text.upper()) and not type_of_line(text.upper())
            and not NUMBER_LINE.match(text)
            and bool(NUMBER_LINE.match(nxt) or MOTTO.match(nxt) or SEPARATOR.match(nxt)))


# a People's Committee's or Council's name with its level word typed without marks: "UBND XA PHÚ Y", "ỦY BAN NHÂN DÂN
# HUYEN X", "HĐND THI TRAN Z" (a careless typist's capitals; round G27)
_COUNCIL_HEAD = r"(?:UBND|HĐND|HDND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UY BAN NHAN DAN|HỘI ĐỒNG NHÂN DÂN|HOI DONG NHAN DAN)"
# a council's name without its level and place ("ỦY BAN NHÂN DÂN", "HĐND"), and a line of them ("HUYỆN LẠC SƠN ĐÔNG"):
# _unit_after_motto
COUNCIL_WITHOUT_PLACE = re.compile(r"^" + _COUNCIL_HEAD + r"$")
LEVEL_PLACE_LINE = re.compile(r"^(?:" + LEVEL_ALT.upper() + r")\s+[" + UPPER + r"]")
_UNMARKED_LEVEL = {untoned(word).upper(): word.upper() for word, _ in LEVEL_WORDS if untoned(word) != word}
COUNCIL_UNMARKED_LEVEL = re.compile(r"^(" + _COUNCIL_HEAD + r")\s+("
                                    + "|".join(sorted(_UNMARKED_LEVEL, key=len, reverse=True)) + r")(?=\s+\S)")


def _council_level_marked(line: str) -> str:
    """"UBND XA PHÚ Y" -> "UBND XÃ PHÚ Y": a council's level word typed without its marks, written with them."""
    return COUNCIL_UNMARKED_LEVEL.sub(lambda m: f"{m.group(1)} {_UNMARKED_LEVEL[m.group(2)]}", line, count=1)


def _number_under_issuer_kind(texts: list[str]) -> int | None:
    """The number line's index when a type line follows it: a kind's name on a line above it is then a word of the
    issuer's name, wrapped in a narrow cell ("BAN CHỈ ĐẠO" / "CHƯƠNG TRÌNH" / "MTQG" / ... / "Số: 05/KH-BCĐ" ...
    "KẾ HOẠCH"), not the type line; None when there is no number line or no type line after it."""
    at = next((i for i, text in enumerate(texts) if NUMBER_LINE.match(text)), None)
    return at if at is not None and any(type_of_line(text) for text in texts[at + 1:]) else None


def extract_header(doc: Document) -> dict:
    paras = [b for b in doc.paragraphs if b.text]
    head = paras[:HEADER_WINDOW]
    out = empty_header()
    motto_at = next((i for i, b in enumerate(head) if MOTTO.match(b.text)), None)
    # issuing body: upper-case lines from the first issuer word up to the motto or the number
    issuer_lines: list[str] = []
    parent_lines: list[str] = []
    # (an OCR reading may misplace a mark: "TỎ CÔNG TÁC" is read without marks; and a receiving
    # stamp below the motto, "UBND TỈNH X / ĐẾN Số: 1203", is never the issuer)
    scanned = looks_like_ocr(doc)

    def issuer_start(text: str) -> bool:
        return bool((ISSUER_START.match(text) or SHORT_BODY_START.match(text) or PARTY_ORGANISATION.match(text)
                     or OTHER_BODY_START.match(text) or BOARD_BEFORE_BODY.match(text)
                     or (scanned and ISSUER_START_UNTONED.match(untoned(text)))) and not PREVENTION.match(text))
    # (a flattened two-column header glues the motto to the issuer's lines: it is cut off)
    lines = [MOTTO_GLUED.sub("", b.text) if _MOTTO_WORD.search(b.text) else b.text for b in head]
    if scanned:  # "-- BỘ CÔNG AN \"": specks read as signs at a header line's ends
        lines = [OCR_SPECKS_AROUND.sub("", text) if sum(map(len, _LETTERS_RUN.findall(text))) >= 3 else text
                 for text in lines]
    lines = [OFFICE_SHORT.sub("VĂN PHÒNG ", text) for text in lines]  # "VP. UBND TỈNH" under "UBND TỈNH X"
    lines = [SPLIT_LEVEL.sub(_level_joined, text) if " " in text else text for text in lines]
    def number_tail(k: int) -> bool:  # "Số: /KH-" / "UBND": a number wrapped in a narrow column, not a body
        return k > 0 and WRAPPED_NUMBER.match(lines[k - 1]) is not None and NUMBER_END.match(lines[k]) is not None
    # (the first lines; with a motto, every line above it: a portal page saved as text puts its menu and the
    # document's properties, often more than fifteen lines, over the header)
    reach = ISSUER_REACH if motto_at is None else max(ISSUER_REACH, motto_at)
    starts = [i for i, text in enumerate(lines[:reach]) if issuer_start(text) and is_upper(text)
              and (motto_at is None or i < motto_at) and not number_tail(i)]
    # of blocks of capitals set apart by other lines, the last one before the motto: a page printed from a
    # portal puts the site's name over the document ("SỞ TƯ PHÁP TỈNH X - TRANG THÔNG TIN VĂN BẢN" / a menu /
    # "ỦY BAN NHÂN DÂN" / "TỈNH X" / "Số: ..." / the motto); a parent body right above its unit stays in the block
    blocks = [i for i in starts if i == starts[0] or not (is_upper(lines[i - 1]) and not SEPARATOR.match(lines[i - 1]))]
    start = (blocks[-1] if motto_at is not None else blocks[0]) if blocks else None
    if motto_at is not None:
        # the issuer is the capitals block right above the motto; a site's menu above it
        # ("BỘ THỦ TỤC HÀNH CHÍNH") is not
        top = motto_at
        while top > 0 and is_upper(lines[top - 1]) and not SEPARATOR.match(lines[top - 1]) and not number_tail(top - 1):
            top -= 1
        start = next((i for i in range(top, motto_at) if issuer_start(lines[i])), start)
    if start is None and motto_at is not None and UNION_NAME.match(lines[motto_at]):
        # the youth union's name heads the left column too, as its parent: "ĐOÀN TNCS HỒ CHÍ MINH" (beside the same as
        # the motto) / "BCH HUYỆN ĐOÀN X" / "***": the body right under it issues
        start = next((i for i in range(motto_at + 1, min(motto_at + 3, len(lines)))
                      if issuer_start(lines[i]) and is_upper(lines[i]) and not MOTTO.match(lines[i])), None)
    if start is None and not any(is_upper(t) for t in lines[:3]):
        # a header scraped as typed where the page set it in capitals by its style: "Ủy ban nhân
        # dân" / "tỉnh Hòa Lâm" / "Số: 214/KH-UBND", read as the capitals it was shown in
        top = next((i for i, t in enumerate(lines[:3]) if issuer_start(t.upper()) and len(t.split()) <= MAX_TYPED_WORDS), None)
        if top is not None:
            end = top
            while end < len(lines) and end - top < 4 and len(lines[end].split()) <= MAX_TYPED_WORDS and not (
                    MOTTO.match(lines[end]) or NUMBER_LINE.match(lines[end]) or SEPARATOR.match(lines[end])
                    or type_of_line(lines[end].upper()) or PLACE_DATE.match(lines[end])):
                end += 1
            if end < len(lines) and (NUMBER_LINE.match(lines[end]) or MOTTO.match(lines[end]) or SEPARATOR.match(lines[end])):
                lines = lines[:top] + [t.upper() for t in lines[top:end]] + lines[end:]
                start = top
    if start is not None:
        stop = len(lines)
        below = _number_under_issuer_kind(lines)
        for k, text in enumerate(lines[start:], start=start):
            if scanned and OCR_NOISE_LINE.match(text):
                continue  # "ỦY BAN NHÂN DÂN" / "n" / "TỈNH TUYÊN QUANG": a speck read as a letter between them
            if k > start and not scanned and not is_upper(text) and _typed_unit_line(lines, k, issuer_start):
                text = lines[k] = text.upper()  # "UBND HUYỆN X" / "UBND xã Y" / "Số: ...": the unit typed, not in capitals
            if (MOTTO.match(text) or NUMBER_LINE.match(text) or SEPARATOR.match(text) or not is_upper(text)
                    or (type_of_line(text) and not (below is not None and k < below))):
                # (a plan issued with a decision: "ỦY BAN NHÂN DÂN / TỈNH X / KẾ HOẠCH")
                stop = k
                break
            issuer_lines.extend(split_glued_parent(DECORATION_END.sub("", text)) if " " in text else [text])
        if unit := _unit_after_motto(lines, stop, issuer_start, issuer_lines):
            # (the motto's wrapped end read before its start, "VIỆT NAM", is no part of the parent's name)
            issuer_lines = [line for line in issuer_lines if not MOTTO_WRAPPED.match(line)] + [unit]
        issuer_lines = _unit_wrapped_from_parent(issuer_lines)
        issuer_lines = [_council_level_marked(line) for line in issuer_lines]
        # a parent body above the issuer ("UBND TỈNH LẠNG SƠN" over "SỞ LAO ĐỘNG - TB&XH"): keep the lower one
        # (a lone word is a wrapped name's end, not a body: "SỞ TÀI NGUYÊN VÀ MÔI" / "TRƯỜNG")
        # (a body's standing board on a line of its own under the body's name, "BAN THƯỜNG TRỰC" under
        # "ỦY BAN MTTQ VIỆT NAM" / "HUYỆN X", "BAN THƯỜNG VỤ", signs for the body: the body is the issuer)
        issuer_lines = [line for i, line in enumerate(issuer_lines) if not (i and STANDING_BOARD.match(line))]
        later = [i for i, line in enumerate(issuer_lines) if i and issuer_start(line) and len(line.split()) > 1
                 and not _name_goes_on(issuer_lines[i - 1], line)]
        parent_lines = issuer_lines[: later[-1]] if later else []
        if later:
            issuer_lines = issuer_lines[later[-1]:]
    read = [_ocr_number_and_date(b.text) if scanned else b.text for b in head]
    for k, b in enumerate(head):
        m = NUMBER_LINE.match(read[k])
        if m and out["number"] is None and not RECEIVED_STAMP.match(m.group(1) or m.group(2)):
            written = m.group(1) or m.group(2)
            if "/" not in written and (tail := next((t.text.strip() for t in head[k + 1: k + 4]
                                                     if t.text.strip().startswith("/") and NUMBER_TAIL.match(t.text.strip())), None)):
                written = f"{written.strip()}{tail}"  # "Số: 45" / "/KH-UBND": a two-column header read line by line
            elif WRAPPED_NUMBER.match(read[k].strip()) and k + 1 < len(head) and NUMBER_END.match(head[k + 1].text.strip()):
                written = f"{written.strip()}{head[k + 1].text.strip()}"  # "Số: 125/KH-" / "UBND"
            out["number"] = (docnum.normalize_doc_number(written) or docnum.repair_slashless(written)
                             or written.replace(" ", ""))
        if out["issued_date"] is not None:
            continue  # (the place and date are read once: what follows only fills them while empty)
        text = NUMBER_BEFORE_PLACE.sub("", read[k])
        text = SPLIT_DIGITS.sub(r"\1 \2\3", text) if _DIGIT_GAP.search(text) else text
        if DATE_CUT.match(text) and not (PLACE_DATE.match(text) or PLACE_BLANK_DATE.match(text)):
            text = _date_wrapped(text, head[k + 1: k + 4])  # "Thái Nguyên, ngày 20 tháng 01 năm" / "2026"
        m = PLACE_DATE.match(text) or PLACE_DATE_AFTER.search(text)
        if m is None and (bare := PLACE_DATE_BARE.match(text)) and not BODY_START.match(text) and _place_like(bare.group(1)):
            m = bare  # "Kon Tum ngày 05 tháng 3 năm 2024": the comma lost (OCR, careless typing)
        if m and out["issued_date"] is None:
            out["place"] = _place_cased(m.group(1).strip())
            reading = dates.parse_date(text)
            out["issued_date"] = reading.value.isoformat() if reading.value else None
            if reading.problem:
                out["issues"].append({"code": "header.invalid_date", "severity": "warning",
                                      "message": reading.problem, "where": str(block_span(b))})
        elif out["place"] is None and out["issued_date"] is None and PLACE_BLANK_DATE.match(text):
            out["place"] = PLACE_BLANK_DATE.match(text).group(1).strip()
            out["issues"].append({"code": "header.incomplete_date", "severity": "warning", "where": str(block_span(b)),
                                  "message": f"the day or month is blank ({text.strip()!r}): a draft; the date is left empty"})
    # type line and title
    # (a decision's enacting word after its bases, "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", is no type line: a
    # chunk of a decision cut after its title holds it and no other; one cut at that word opens on it,
    # its first article straight under it)
    body_at = next((i for i, b in enumerate(head) if BODY_START.match(b.text)), len(head))
    types = [i for i, b in enumerate(head) if type_of_line(b.text)
             and not (i > body_at and b.text.rstrip().endswith(":")) and not _enacting(head, i)]
    # (not a kind's name in the issuer's wrapped name above the number: _number_under_issuer_kind)
    if (below := _number_under_issuer_kind(read)) is not None:
        types = [i for i in types if i > below] or types
    type_at = types[0] if types else None
    if type_at is None and motto_at is not None:
        # a type line a page showed in capitals by its style, scraped as typed: "Kế hoạch" alone on
        # its line below the motto (the style is lost in a Markdown or text copy)
        type_at = next((i for i, b in enumerate(head[motto_at + 1: motto_at + 6], start=motto_at + 1)
                        if untoned(b.text.strip(" :.*")) in TYPES_UNTONED), None)
    title_lines: list[str] = []
    if type_at is not None:
        out["doc_type"] = type_of_line(head[type_at].text) or TYPES_UNTONED[untoned(head[type_at].text.strip(" :.*"))]
        for j, b in enumerate(paras[type_at + 1: type_at + 8]):
            text = b.text.strip()
            if SEPARATOR.match(text):
                if title_lines:
                    break
                continue
            if not title_lines and scanned and (MOTTO.match(text) or PLACE_DATE.match(text)):
                continue  # a scan read its left column first: "KẾ HOẠCH" / the motto / the date / the title
            # a numbered section or item of the outline ends a title ("I. MỤC TIÊU", "A. KẾT QUẢ", "1/ ...")
            numbered = j > 0 and (classify(text) or ("",))[0] in OUTLINE_KINDS
            starts_body = BODY_START.match(text) or numbered \
                or (j > 0 and unnumbered_heading(b, paras[type_at + j].text, False))  # "MỤC TIÊU" with no number
            # the first line after this one and its capitals lines that is not in capitals
            # (a council's authority runs over two: "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XIX, KỲ HỌP THỨ 12")
            after = paras[type_at + 2 + j: type_at + 5 + j]
            following = next((p for p in after if not is_upper(p.text)), None)
            if (title_lines and is_upper(text) and following is not None and BODY_START.match(following.text)
                    and (ISSUER_START.match(text) or is_sign_title(text)
                         or (not is_upper(title_lines[-1]) and following is after[0]))):
                # a Decision names its authority between title and "Căn cứ":
                # "ỦY BAN NHÂN DÂN TỈNH X", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN Y"
                break
            # (a line in capitals under a title in capitals goes on it unless it is numbered: "CHƯƠNG TRÌNH
            # MỤC TIÊU QUỐC GIA ..." is the title's, "I. MỤC ĐÍCH, YÊU CẦU" the body's)
            if title_lines and (numbered or (starts_body and not (is_upper(text) and is_upper(title_lines[-1])))):
                break
            if title_lines and len(text) > 250:
                break
            if title_lines and text[:1] == "N" and ":" in text[:14] and RECIPIENTS_HEAD.match(text):
                # the closing's recipients right under the title ("Nơi nhận:": a body a converter lost; not a title's
                # wrapped "nơi nhận ..." in lower case)
                break
            if title_lines and PROSE_END.search(text) and len(text.split()) >= PROSE_WORDS and not is_upper(text):
                break  # the body's first paragraph, with no "Căn cứ" to open it: "Năm 2025, toàn tỉnh ghi nhận ... chỉ thị:"
            if title_lines and RANGE_END_LINE.match(text) and TITLE_ENDS_ON_YEAR.search(title_lines[-1]):
                title_lines.append(text)  # "... giai đoạn 2027" / "- 2028": the range's end
                out["title_end"] = b.index + 1
                continue
            if sum(c.isalpha() for c in text) < len(text.replace(" ", "")) / 4 and not YEARS_LINE.match(text):
                break  # a line of digits or scan noise under the title (a year or a period goes on it)
            title_lines.append(text)
            out["title_end"] = b.index + 1
    if type_at is None:
        for k, b in enumerate(head[:14]):
            vm = SUBJECT_LINE.match(b.text.strip())
            if vm:  # a letter (Công văn) states its subject: "V/v đăng ký danh sách ..."
                title_lines = [vm.group(1)]
                out["title_end"] = b.index + 1
                passed = False  # the right column (motto, place and date) read in between
                for nxt in head[k + 1: k + 1 + SUBJECT_REACH]:
                    text = nxt.text.strip()
                    dated = PLACE_DATE.match(text) or PLACE_BLANK_DATE.match(text)
                    if MOTTO.match(text) or dated or SEPARATOR.match(text) or (passed and MOTTO_WRAPPED.match(text)):
                        # "V/v triển khai kế hoạch phòng" / CỘNG HÒA ... / "Thanh Hóa, ngày ..." /
                        # "chống dịch năm 2024": a subject wrapped in the left column goes on, in lower case
                        passed = True
                        if dated and (tail := text[dated.end():].strip()) and tail[:1].islower():
                            title_lines.append(tail)  # "Thanh Hóa, ngày 02 tháng 6 năm 2025 chống dịch năm 2024"
                            out["title_end"] = nxt.index + 1
                        continue
                    if BODY_START.match(text) or is_upper(text) or (passed and not text[:1].islower()):
                        break
                    title_lines.append(text)
                    out["title_end"] = nxt.index + 1
                    if text.endswith("."):
                        break
                parsed = docnum.parse_doc_number(out["number"]) if out["number"] else None
                if parsed is None or parsed.type_code is None:
                    out["doc_type"] = "Công văn"
                break
    if type_at is None and not title_lines:
        # a type and its title on one line: "Kế hoạch thực hiện ..." as typed, or a type line in
        # capitals that a scrape ran into its title ("KẾ HOẠCH Phát triển ...", its wrapped end after it)
        found = _type_and_title(head, 8, TYPE_WITH_TITLE.match, False, first=FIRST_TYPE_WITH_TITLE.match) or \
            _type_and_title(head, 12, _caps_type_with_title, True)
        if found:
            out["doc_type"], title_lines, out["title_end"] = found
    if title_lines:
        title = strip_footnote(" ".join(title_lines))
        title = sentence_title(title, out, doc)
        out["title"] = title
    if out["doc_type"] is None and out["number"]:
        parsed = docnum.parse_doc_number(out["number"])
        if parsed and parsed.type_code:
            out["doc_type"] = docnum.CODE_TYPES.get(parsed.type_code.upper())
    # issuer
    if issuer_lines and scanned:
        # (what the document says after its header: its bases and body often name the issuer again)
        evidence = _Evidence(" ".join(b.text for b in paras[motto_at + 1 if motto_at is not None
                                                            else len(issuer_lines):][:EVIDENCE_BLOCKS]))
        issuer_lines = _place_read_again([_words_read_again(line, evidence) for line in issuer_lines], evidence)
        issuer_lines = [_level_line_read_again(line, [out["place"] or "", out["title"] or ""])
                        for line in _body_read_again(issuer_lines)]
        parent_lines = _body_read_again(parent_lines) if parent_lines else parent_lines
    if issuer_lines:
        name = issuer_from_caps(issuer_lines)
    else:
        name = None
        for b in head[:10]:
            im = ISSUER_LINE.match(b.text.strip())
            if im:  # "Hội đồng nhân dân tỉnh hải dương": a scrape that lost the capitals
                words = [place_word(w) for w in im.group(3).split()]
                place = longest_real_prefix(im.group(2).lower(), words) or " ".join(words)
                name = canonical(f"{im.group(1)} {im.group(2).lower()} {place}")
                break
        for b in paras[: HEADER_WINDOW + 20]:
            m = BODY_ISSUER.search(b.text) if name is None else None
            if m:
                name = canonical(m.group(1))
                break
        for b in paras[:HEADER_WINDOW] if name is None else []:
            am = ATTACHED_TO.match(b.text.strip())
            if am:  # a plan given alone with its "(Ban hành kèm theo Quyết định ... của UBND tỉnh X)" line
                name = canonical(am.group(1))
                break
        if name is None:
            name = _issuer_from_number(out["number"], out["place"])
    if name:
        level, locality = issuer_parts(name)
        if locality is None and level in (None, "province", "district", "commune") and out["title"]:
            # "Ủy ban nhân dân huyện" in the body; the title names the place: "trên địa bàn huyện Tu Mơ Rông"
            word = LEVEL_AT_END.search(name)
            if word:
                m = re.search(r"\b" + word.group(1) + r"\s+((?:[" + UPPER + r"][\wÀ-ỹ'-]*\s*){1,4})", out["title"])
                if m:
                    name = f"{name} {' '.join(m.group(1).split())}"
                    level, locality = issuer_parts(name)
        if locality is None and re.search(r"\b(?:tỉnh|huyện)\s*$", name):
            # "Ủy ban nhân dân tỉnh" with no name: the one province (district) the text names
            word = re.search(r"(tỉnh|huyện)\s*$", name).group(1)
            after_word = re.compile(r"\b" + word + r"\s+((?:[" + UPPER + r"][\wÀ-ỹ'-]*\s?){1,3})")  # (made once)
            named = {" ".join(m.group(1).split()) for b in paras for m in after_word.finditer(b.text)}
            real = {n for n in named if longest_real_prefix(word, n.split())}
            named = {longest_real_prefix(word, n.split()) for n in real} if real else named
            if len(named) == 1:
                name = f"{name} {named.pop()}"
                level, locality = issuer_parts(name)
        # the body above the issuer, read once: "UBND TỈNH LÂM ĐỒNG" over "SỞ Y TẾ"
        parent = issuer_from_caps(parent_lines) if issuer_lines and parent_lines else None
        parent_level, parent_locality = issuer_parts(parent) if parent else (None, None)
        if parent is not None and BRANCH.match(name):
            # "Chi nhánh tỉnh X" under "Ngân hàng Chính sách xã hội": the branch is named after its bank
            name = f"{parent} {name[:1].lower()}{name[1:]}"
            level, locality = issuer_parts(name)
        elif parent is not None and parent.startswith("Ngân hàng") and (office := BRANCH_OFFICE.match(name)):
            name = f"Phòng giao dịch {parent} {name[office.end():]}"
            level, locality = issuer_parts(name)
        if level is None and locality is None and parent is not None and parent_level is None and SCHOOL.match(name.lower()):
            # "TRƯỜNG ĐẠI HỌC Y" under "ĐẠI HỌC X" (a university of no place): a unit of the body above it
            level = "department"
        organ = parent is not None and bool(ORGAN_OF_PARENT.match(name)) and not _department_of_committee(name, parent)
        if organ or (parent is not None and BARE_COMMITTEE.match(name.lower())):
            if organ:  # "Văn phòng Ủy ban nhân dân tỉnh X", of a department's rank; "Văn phòng Bộ Y tế" of the ministry's
                name = f"{name} {_owner_of_organ(parent)}"
                level, locality = ("department" if parent_locality else parent_level), parent_locality
            elif parent_locality:  # "Tỉnh ủy" + "Đảng bộ tỉnh X" -> "Tỉnh ủy X"
                name = f"{name} {parent_locality}"
                level, locality = issuer_parts(name)
        if parent is not None and (locality is None or level is None):
            # "SỞ Y TẾ" under "UBND TỈNH LÂM ĐỒNG": the department's place is its parent's;
            # "TỔ CÔNG TÁC ..." under "BỘ CÔNG AN": a unit of no level of its own takes its parent's;
            # "CỤC AN TOÀN THỰC PHẨM" under "BỘ Y TẾ": a ministry's own unit, of no place, is of the
            # ministry's rank (as a "Vụ" is), not a department of a province
            if level == "department" and locality is None and parent_locality is None and parent_level == "ministry":
                level = None
            # (not a unit named for its own area: "Trung tâm Y tế khu vực Sông Mây" under "SỞ Y TẾ TỈNH X")
            if (level == "department" or (level is None and LEVEL_AT_END.search(name))) and locality is None \
                    and parent_locality and (where := LOCALITY.search(parent)) and not REGION_NAMED.search(name):
                # the name in full, as the spec writes it: "Sở Y tế tỉnh Hà Giang", "Phòng Giáo dục và
                # Đào tạo huyện Bảo Yên", "Sở Tư pháp thành phố Hồ Chí Minh"
                word = where.group(1).lower()  # ("Ban Chỉ huy quân sự tỉnh" takes the place alone)
                name = f"{name} {parent_locality}" if name.lower().endswith(" " + word) else \
                    f"{name} {word} {parent_locality}"
            locality = locality or parent_locality
            level = level or parent_level
        if (level == "department" and name.startswith("Sở ") and locality is None and out["place"]
                and longest_real_prefix("tỉnh", out["place"].split()) == out["place"]):
            # "SỞ Y TẾ" with no parent line it could read, dated "Phú Thọ, ngày ...": a province's department
            locality = out["place"]
            name = f"{name} tỉnh {locality}"
        if locality is None and parent is not None and parent_locality is None and out["place"] \
                and _named_after_place(parent, out["place"]):
            # "TRƯỜNG THPT CHUYÊN X" under "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÒA NINH" (the province without its level word),
            # dated "Hòa Ninh, ngày ...": the unit's place is the one its superior is named after
            locality = out["place"]
        if locality and out["place"] and out["place"].startswith(locality + " ") and name.endswith(" " + out["place"]):
            # "xã Tam Thanh Lâm" dated "Tam Thanh Lâm, ngày ...": a real place's name ("Tam Thanh") and a word more;
            # the place line writes the whole name
            locality = out["place"]
        out["issuer"] = {"name": name, "level": level, "locality": locality}
    # period: from the title, else a one-year plan's "năm 2017", else the body; never from
    # the date or number of a document the title cites ("Triển khai Nghị quyết số 3/NQ-CP
    # ngày 2 tháng 1 năm 2027 về ...")
    own = _without_citations(out["title"] or "")
    period = dates.find_period(own)
    until = re.search(r"(?:đến|tới)\s+năm\s+((?:19|20)\d{2})", own, re.I)
    if period is None and until:
        # "Chương trình ... đến năm 2030": from the year it is issued to the year it names
        issued = int(out["issued_date"][:4]) if out["issued_date"] else None
        period = (issued if issued and issued <= int(until.group(1)) else None, int(until.group(1)))
    if period is None and own:
        year = dates.find_year(own)
        period = (year, year) if year else None
    if period is None and (m := TITLE_END_YEAR.search(own)):
        period = (int(m.group(1)), int(m.group(1)))  # "... dịp Tết Nguyên đán Bính Ngọ 2026"
    if period is None:
        for b in paras[:60]:
            # (not a period the story of another document's issue gives it: "Ngày D, X ban hành Kế hoạch số N về
            # ... giai đoạn 2026 - 2030" in a letter that carries it out; round G33)
            period = dates.find_period(b.text) if "giai đoạn" in b.text.lower() and not recites_another(b.text) \
                else None
            if period:
                break
    if period:
        out["period"] = {"start_year": period[0], "end_year": period[1]}
    if out["number"] is None:
        out["issues"].append({"code": "header.missing_number", "severity": "warning",
                              "message": "no 'Số: ...' line in the header", "where": None})
    if out["issued_date"] is None:
        out["issues"].append({"code": "header.missing_date", "severity": "warning",
                              "message": "no '<place>, ngày ... tháng ... năm ...' line in the header", "where": None})
    cross_check(out, doc.metadata or site_attributes(doc))  # (a page's panel, or the attributes a scrape kept)
    return out


# the issuing body a number's code names, at the place the header gives: "45/KH-UBND" + "Hà Tĩnh"
NUMBER_BODIES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}


def _issuer_from_number(number: str | None, place: str | None) -> str | None:
    """With no issuer block: "Ủy ban nhân dân tỉnh Hà Tĩnh" from "Số: 45/KH-UBND" and
    "Hà Tĩnh, ngày ...", when the place is a real province or district."""
    parsed = docnum.parse_doc_number(number) if number else None
    body = NUMBER_BODIES.get((parsed.issuer_code or "").upper()) if parsed else None
    if not body or not place:
        return None
    words = place.split()
    if longest_real_prefix("tỉnh", words) == place:
        return f"{body} {'thành phố' if place in CENTRAL_CITIES else 'tỉnh'} {place}"
    for word in ("huyện", "thị xã", "thành phố", "quận"):
        if longest_real_prefix(word, words) == place:
            return f"{body} {word} {place}"
    return None


CITED_NUMBER = re.compile(r"\bsố\s*\d[\w/.-]*|\d{1,6}/\d{4}/[\wĐđ-]+|\d{1,6}/[A-ZĐ][\wĐđ-]*", re.I)


def _without_citations(title: str) -> str:
    """A title without the dates and numbers of the documents it cites, nor the span of years an anniversary
    counts ("Kỷ niệm 30 năm ... (1999 - 2029)")."""
    for d in sorted(dates.find_dates(title), key=lambda d: d.start, reverse=True):
        title = title[:d.start] + " " + title[d.end:]
    return _without_anniversary_span(CITED_NUMBER.sub(" ", title))


def _without_anniversary_span(title: str) -> str:
    """"Lễ kỷ niệm 30 năm Ngày thành lập phường (1999 - 2029) ... năm 2029" -> the years 1999 - 2029 left out: a
    range of years whose length a number of years before it states ("30 năm") is the span an anniversary counts,
    not the plan's period (a "Kế hoạch 5 năm 2026 - 2030" counts its years inclusively: 2030 - 2026 is 4, kept)."""
    counts = [(m.start(), int(m.group(1))) for m in YEARS_SPANNED.finditer(title)]
    for m in reversed(list(dates.PERIOD.finditer(title))):
        a, b = int(m.group(1)), int(m.group(2))
        if any(at < m.start() and n == b - a for at, n in counts):
            title = title[:m.start()] + " " + title[m.end():]
    return title


# a level word and the words after it, in a title in lower case: "tỉnh bến tre năm 2025"
# (the words are looked at, not taken: "kinh tế xã hội huyện tu mơ rông" tries "xã hội ..." and "huyện tu mơ rông")
TITLE_PLACE = re.compile(r"\b(" + LEVEL_ALT + r")\s+(?=((?:[^\W\d_]+\s?){1,4}))")


# the levels whose real names are no common words (a commune may be "An Toàn", "Biên Giới", "Văn Hóa")
WIDE_LEVELS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã"}


def _capital_places(text: str, wide_only: bool = False) -> str:
    """"tỉnh bến tre năm" -> "tỉnh Bến Tre năm": after a level word, the longest run of words
    that is a real place takes capitals (`wide_only`: after a province's or a district's level word only)."""
    for m in reversed(list(TITLE_PLACE.finditer(text))):
        if wide_only and m.group(1).lower() not in WIDE_LEVELS:
            continue
        words = m.group(2).split()
        place = longest_real_prefix(m.group(1), [place_word(w) for w in words])
        if place:
            k = len(place.split())
            end = m.end() + len(" ".join(words[:k]))
            text = text[: m.end()] + place + text[end:]
    return text


def sentence_title(title: str, out: dict, doc: Document) -> str:
    if not is_upper(title):
        # a scrape or a word-segmented corpus that lowered the places' capitals: "... ngân sách nhà nước tỉnh
        # hải dương năm 2009" -> "tỉnh Hải Dương"
        title = _capital_places(title, wide_only=True)
        return title[:1].upper() + title[1:]
    low = title.lower()
    # proper names the body writes with capitals keep them: places after their level word, document numbers
    low = re.sub(r"\b(tỉnh|thành phố|huyện|quận|thị xã)\s+((?:[\wÀ-ỹ'-]+\s*){1,3})$",
                 lambda m: f"{m.group(1)} " + " ".join(place_word(w) for w in m.group(2).split()), low)
    # and a real place named inside the title: "chuyển đổi số tỉnh Bến Tre năm 2025"
    low = _capital_places(low)
    low = re.sub(r"\d+/[\wđ/&-]+", lambda m: m.group(0).upper(), low)  # document numbers
    for name, written in (("chính phủ", "Chính phủ"), ("thủ tướng", "Thủ tướng"), ("việt nam", "Việt Nam")):
        low = low.replace(name, written)
    return low[:1].upper() + low[1:]


def cross_check(out: dict, metadata: dict) -> None:
    """A scraped page's metadata panel ("Số hiệu:", "Ngày ban hành:") fills gaps and is compared."""
    if not metadata:
        return
    number = metadata.get("Số hiệu")
    if number:
        norm = docnum.normalize_doc_number(number) or number
        if out["number"] is None:
            out["number"] = norm
        elif out["number"] != norm:
            out["issues"].append({"code": "header.metadata_mismatch", "severity": "warning",
                                  "message": f"number {out['number']} but the page metadata says {norm}", "where": None})
    issued = metadata.get("Ngày ban hành")
    if issued:
        iso = dates.iso(issued)
        if iso and out["issued_date"] is None:
            out["issued_date"] = iso
        elif iso and iso != out["issued_date"]:
            out["issues"].append({"code": "header.metadata_mismatch", "severity": "warning",
                                  "message": f"date {out['issued_date']} but the page metadata says {iso}", "where": None})
    kind = metadata.get("Loại văn bản")
    if kind and out["doc_type"] is None:
        out["doc_type"] = docnum.type_name(kind)


def _archive(text: str) -> bool:
    """The archive line of the recipients ("Lưu: VT", "Lưu VT, KGVX", "Lưu VP UBND"), not a
    signer of the family Lưu ("Lưu Thị Ngọc Bích": a name in title case, no abbreviation)."""
    return text.startswith("Lưu") and not (looks_like_name(text) and not re.search(r"\b[A-ZĐ]{2,}\b", text))


def extract_signature(doc: Document) -> dict:
    paras = [b for b in doc.paragraphs if b.text]
    signer = empty_signer()
    title_at = None
    # the signature sits by "Nơi nhận:", which appendices of any length may follow
    rec_at = next((i for i in range(len(paras) - 1, -1, -1) if RECIPIENTS_HEAD.match(paras[i].text)), None)
    near = range(min(len(paras) - 1, rec_at + 40), max(-1, rec_at - 40), -1) if rec_at is not None else []
    for i in [*near, *range(len(paras) - 1, max(-1, len(paras) - 400), -1)]:
        if is_sign_title(paras[i].text) or _acting(paras[i].text) or _title_with_body(paras, i) \
                or _sentence_case_title(paras, i) or glued_title(paras[i].text):
            title_at = i
            break
    deputy = None
    if title_at is None:
        # a scan that lost the title line under "KT. GIÁM ĐỐC": who signs for the head is a deputy
        for i in near:
            deputy = _signs_for(paras[i].text)
            if deputy:
                title_at = i
                break
    if title_at is not None:
        acting = _acting(paras[title_at].text)
        glued = glued_title(paras[title_at].text)  # ("- Bộ Y tế (b/c), PHÓ CHỦ TỊCH": the title at the line's end)
        signer["title"] = deputy or (f"Quyền {_title_of(acting)}" if acting
                                     else _title_of(glued.group(1) if glued else paras[title_at].text))
        if with_body := _title_with_body(paras, title_at):  # "GIÁM ĐỐC SỞ NỘI VỤ" -> "Giám đốc Sở Nội vụ"
            signer["title"] = with_body
        signer["authority"] = _authority_above(paras, title_at) + ([_authority(paras[title_at].text)]
                                                                   if acting or deputy else [])
        # the name follows the title, or, where a PDF or a text scrape interleaves the
        # signature column with the recipients, comes after them
        for k in range(title_at + 1, min(len(paras), title_at + 30)):
            text, prev = strip_footnote(paras[k].text.strip()), paras[k - 1].text.strip()
            if SIGNED.match(text) or not text or BULLET.match(text) or re.match(r"^(?:\(|Nơi nhận)", text) or _archive(text) \
                    or ESIGN_CAPTION.match(text):
                continue
            person = RANK.sub("", text)  # "Đại tá Lò Văn Phương", "TS. Lê Minh": the name without the rank
            if looks_like_name(person):
                signer["name"] = title_case_name(person)
                break
            if RECIPIENTS_HEAD.match(text) or AUTHORITY.match(text) or is_sign_title(text):
                continue
            if text[:1].islower() and BULLET.match(prev) and not prev.endswith((";", ".", ":")):
                continue  # "- Bộ Công an, Bộ Tài chính, Bộ Y" / "tế, Bộ Quốc phòng (để báo cáo);": a recipient's wrapped line
            if is_upper(text) and not NOT_NAME.match(text):
                continue  # a second title in capitals: "CỤC TRƯỞNG" / "CỤC CẢNH SÁT ĐIỀU TRA TỘI PHẠM VỀ MA TÚY"
            if len(text.split()) > 6:
                break  # prose: the signature ended
    else:
        # no title line: a name in capitals after the recipients, near the end (markdown scrapes), or
        # the document's last line a name, a scan's seal having hidden the title and authority above it
        if rec_at is not None:
            tail = paras[rec_at + 1: rec_at + 30]
            for k, b in enumerate(tail):
                text = strip_footnote(b.text.strip())
                last = rec_at + 1 + k == len(paras) - 1
                if (is_upper(text) or (last and not BULLET.match(text))) and looks_like_name(text):
                    signer["name"] = title_case_name(text)
                    break
    return signer


NOT_NAME = re.compile(r"^(?:Phụ lục|Biểu|Bảng|Mẫu|Kế hoạch|Điều|Phần|Chương|Mục|Danh mục|Ghi chú|Trang)\b", re.I)


# a digital signature's caption, as a PDF's text puts it by the signature: "Ký bởi: ...", "Người ký: ...",
# "Email: ...", "Cơ quan: ...", "Thời gian ký: 22.09.2025 16:42:05 +07:00"
ESIGN_CAPTION = re.compile(r"^(?:Ký bởi|Người ký|Email|E-mail|Cơ quan|Thời gian ký|Ngày ký|Ngày giờ ký)\s*:", re.I)


# "Q. GIÁM ĐỐC": an acting head signs under this line alone, with no title line below it
ACTING = re.compile(r"^Q\s*\.\s*(\S.*)$")


# a title with the body it heads, under an authority line: "TUQ. CHỦ TỊCH" / "GIÁM ĐỐC SỞ NỘI VỤ",
# "TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"
TITLE_WITH_BODY = re.compile(r"^(" + _ONE_TITLE + r")\s+(" + ISSUER_START.pattern.lstrip("^") + r".{0,50})$")


# the head of a unit of the issuer, the unit named after the title, under "TL." / "TUQ.": "TL. CỤC TRƯỞNG" /
# "TRƯỞNG PHÒNG THỐNG KÊ XÃ HỘI", "TL. GIÁM ĐỐC" / "PHÓ TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH"
UNIT_HEAD = re.compile(r"^((?:PHÓ\s+)?TRƯỞNG\s+(PHÒNG|BAN))\s+(\S.{2,60})$")


def _title_with_body(paras: list, i: int) -> str | None:
    """The signer's title where its line names the body or unit it heads, under an authority line
    ("GIÁM ĐỐC SỞ NỘI VỤ" -> "Giám đốc Sở Nội vụ", "TRƯỞNG PHÒNG THỐNG KÊ XÃ HỘI" -> "Trưởng phòng
    Thống kê xã hội"), or None."""
    text = paras[i].text.strip()
    if i == 0 or len(text) > 70 or not is_upper(text) or not AUTHORITY.match(paras[i - 1].text.strip()):
        return None
    flat = " ".join(text.split())
    if m := TITLE_WITH_BODY.match(flat):
        return f"{_title_of(m.group(1))} {issuer_from_caps([m.group(2)])}"
    if m := UNIT_HEAD.match(flat):  # the unit's field, as a department's is written: "Phòng Thống kê xã hội"
        return f"{_title_of(m.group(1))} {issuer_from_caps([f'{m.group(2)} {m.group(3)}']).split(' ', 1)[1]}"
    return None


DEPUTY_OF = {"Bộ trưởng": "Thứ trưởng"}  # the deputy of a head whose title has its own word


def _signs_for(text: str) -> str | None:
    """"KT. GIÁM ĐỐC" -> "Phó Giám đốc", "KT. BỘ TRƯỞNG" -> "Thứ trưởng": the title of the deputy
    who signs for (ký thay) the head the line names; None for any other line."""
    m = re.match(r"^(?:KT|K/T|K\.T)\s*[./]?\s*(\S.*)$", text.strip())
    if not m or not is_sign_title(m.group(1)) or m.group(1).upper().startswith("PHÓ"):
        return None
    head = _title_of(m.group(1))
    return DEPUTY_OF.get(head, f"Phó {head}")


def _sentence_case_title(paras: list, i: int) -> bool:
    """A signer's title a scrape wrote in sentence case ("Phó Chủ tịch", "Giám đốc"), right under an
    authority line ("KT. Chủ tịch", "TM. Ủy ban nhân dân tỉnh"): the case a word-segmented corpus keeps."""
    text = " ".join(paras[i].text.split())
    return i > 0 and len(text) <= 60 and not is_upper(text) and bool(SIGN_TITLE.match(text.upper())) \
        and bool(AUTHORITY.match(paras[i - 1].text.strip()))


def _acting(text: str) -> str | None:
    """The title an acting head's line names ("Q. GIÁM ĐỐC" -> "GIÁM ĐỐC"), or None."""
    m = ACTING.match(text.strip())
    return m.group(1) if m and is_sign_title(m.group(1)) else None


def _authority_above(paras: list, title_at: int) -> list[str]:
    """The authority lines (TM. ..., KT. ...) right above the signer's title; where a text
    scrape interleaves the signature column with the recipients ("- Bộ Tài chính;" /
    "KT. CHỦ TỊCH" / "- Bộ Y tế;" / "PHÓ CHỦ TỊCH"), the recipient lines between are passed."""
    auth: list[str] = []
    j = title_at - 1
    while j >= 0 and len(auth) < 3:
        text = paras[j].text.strip()
        if AUTHORITY.match(text):
            auth.insert(0, _authority(text))
        elif not (_recipient_line(text) and _interleaved(paras, j)):
            break
        j -= 1
    return auth


def _recipient_line(text: str) -> bool:
    """A line of a recipients list: "- Bộ Y tế;", or the wrapped end of one ("Môi
    trường, Bộ Quốc phòng (để phối hợp);")."""
    return bool(BULLET.match(text)) or (len(text) < 150 and not _signature_line(text)
                                        and re.search(r"[;,.]\)?\s*$", text) is not None)


def _interleaved(paras: list, j: int) -> bool:
    """A recipient line with an authority line above it before the "Nơi nhận" head."""
    for k in range(j - 1, max(-1, j - 12), -1):
        text = paras[k].text.strip()
        if AUTHORITY.match(text):
            return True
        if RECIPIENTS_HEAD.match(text) or not _recipient_line(text):
            return False
    return False


# a rank or degree written before a signer's name: "Đại tá", "Thiếu tướng", "TS.", "PGS.TS", "BSCKII."
RANK = re.compile(r"^(?:" + MILITARY_RANK + r"|(?:PGS|GS|TS|ThS|BS|BSCKI{1,2}|KS)\.?"
                  r"(?:\s*,?\s*(?:TS|ThS|BS|BSCKI{1,2})\.?)*)\s+(?=\S)", re.I)


ONE_WORD_NAME = re.compile(r"^[" + UPPER + r"]['’][" + UPPER + r"](?:[a-zà-ỹđ]{1,6}|[" + UPPER + r"]{1,6})$")


def looks_like_name(text: str) -> bool:
    """A signer's name: two to five capitalized words (in capitals, it must start with a
    family name)."""
    text = text.strip()
    words = text.split()
    if len(words) == 1 and ONE_WORD_NAME.match(text):
        return True  # "K'Mák", "H'YIM": a name of one word after its one-letter prefix
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in text) or NOT_NAME.match(text):
        return False
    if is_upper(text):  # (a family name before an apostrophe: "H'YIM KĐOH", "K'BRỐT")
        if _TITLE_IN_CAPS.search(untoned(text)):
            return False  # a title read with its marks lost ("CHU TỊCH PHO"): "Chu" is a family name too
        return opens_with_family_name(text)
    return bool(NAME.match(text))


# the words of a signer's title, marks set aside, in a line of capitals: no name holds them
_TITLE_IN_CAPS = re.compile(r"\b(?:chu tich|giam doc|truong ban|pho chu|pho giam)\b")


TITLE_WORDS = (*(t.lower() for t in SIGN_TITLES), "phó", "thường trực", "phụ trách", "chuyên trách")
_TITLE_SPELLING = {untoned(w): w for w in TITLE_WORDS}


def _title_of(text: str) -> str:
    """"PHÓ CHỦ TỊCH THƯỜNG TRỰC" -> "Phó Chủ tịch thường trực"; "THỨ TRƯỞNG" -> "Thứ trưởng";
    OCR's "PHÓ GIÁM ĐÓC" -> "Phó Giám đốc" (the words spelled as a title is spelled); two titles
    held at once each: "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG" -> "Phó Chỉ huy trưởng - Tham mưu trưởng"."""
    parts = re.split(r"\s+[-–]\s+", text.strip())
    if len(parts) == 2 and all(parts):
        return " - ".join(_title_of(part) for part in parts)
    low = " ".join(text.strip().lower().split())
    for key, word in sorted(_TITLE_SPELLING.items(), key=lambda kv: -len(kv[0])):
        at = untoned(low).find(key)
        if at >= 0 and (at == 0 or low[at - 1] == " ") and (at + len(key) == len(low) or low[at + len(key)] == " "):
            low = low[:at] + word + low[at + len(key):]
    words = low.split()
    if not words:
        return text
    deputy = words[0] == "phó"
    rest = words[1:] if deputy else words
    role = " ".join(rest)
    role = role[:1].upper() + role[1:]
    role = role.replace("văn phòng", "Văn phòng")  # "Chánh Văn phòng": the office is named
    role = role.replace(" hội đồng", " Hội đồng")  # "Chủ tịch Hội đồng": the council is named
    role = role.replace(" công an", " Công an")  # "Trưởng Công an xã": the police is named
    return f"Phó {role}" if deputy else role


def _authority(text: str) -> str:
    """"TM. ỦY BAN NHÂN DÂN" -> "TM. Ủy ban nhân dân"; "KT. CHỦ TỊCH" -> "KT. Chủ tịch"."""
    m = re.match(r"^(TM|KT|Q|TL|TUQ|T/M|K/T|T\.M|K\.T)\s*[./]?\s*(.*)$", text, re.I)
    prefix, rest = (re.sub(r"[./]", "", m.group(1)), m.group(2)) if m else (text.partition(".")[0], text.partition(".")[2])
    rest = rest.strip()
    if is_upper(rest):
        # (an abbreviation spelt out, not lowered: "TM. UBND HUYỆN" -> "TM. Ủy ban nhân dân huyện", not "Ubnd huyện")
        rest = canonical(rest).lower()
        rest = rest[:1].upper() + rest[1:]
        # a board is named: "T/M BAN CHỈ ĐẠO" -> "TM. Ban Chỉ đạo", "TM. BAN THƯỜNG VỤ" -> "TM. Ban Thường vụ"
        rest = re.sub(r"^Ban (\w)", lambda m: "Ban " + m.group(1).upper(), rest)
        rest = re.sub(r"\bcông an\b", "Công an", rest)  # "KT. TRƯỞNG CÔNG AN XÃ" -> "KT. Trưởng Công an xã"
        if head := HEAD_OF_BODY.match(rest):
            # the body the head or the board heads, cased as a name: "KT. GIÁM ĐỐC SỞ Y TẾ" -> "KT. Giám đốc Sở Y tế",
            # "TM. BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ TỈNH" -> "TM. Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh" (round G66)
            rest = rest[: head.start(2)] + issuer_from_caps([rest[head.start(2):].upper()])
    return f"{prefix.strip().upper()}. {rest}"


# a head or a standing board before the body it heads, in an authority line (lower case, as _authority has it)
HEAD_OF_BODY = re.compile(r"^((?:giám đốc|chủ tịch|trưởng ban|bộ trưởng|cục trưởng|chi cục trưởng|viện trưởng|"
                          r"hiệu trưởng|chánh|trưởng|ban thường vụ|ban thường trực|ban chấp hành|thường trực)\s+)"
                          r"((?:tỉnh đoàn|huyện đoàn|thành đoàn)(?!\w).*|(?:sở|phòng|ban|trung tâm|chi cục|cục|hội|ủy ban|"
                          r"văn phòng|liên đoàn|bệnh viện|trường|viện)(?!\w)\s*\S.*)$", re.I)  # (a name after the kind: "KT. TRƯỞNG BAN" heads none)


def _signature_line(text: str) -> bool:
    text = text.strip()
    return bool(AUTHORITY.match(text) or is_sign_title(text) or SIGNED.match(text) or NAME.match(text))


def extract_recipients(doc: Document) -> list[dict]:
    paras = [b for b in doc.paragraphs if b.text]
    at = next((i for i in range(len(paras) - 1, -1, -1) if RECIPIENTS_HEAD.match(paras[i].text)), None)
    if at is None:
        return []
    out = []
    first = RECIPIENTS_HEAD.match(paras[at].text).group(1)
    candidates = ([paras[at]] if first.strip() else []) + paras[at + 1: at + 40]
    bare = False  # a list written without dashes: "Như trên;" / "Lưu: VT."
    last_raw = ""  # the last recipient as written, while it may go on on the next line
    for b in candidates:
        text = RECIPIENTS_HEAD.sub(lambda m: m.group(1), b.text) if b is paras[at] else b.text
        if len(text.strip()) <= 2:
            continue  # a scan's speck or stamp read as a letter or two between the list and the signature ("Á", "FŠ")
        if SEPARATOR.match(text):
            # a rule ("-------" under the next header: a plan attached after the signature) is no recipient
            if out:
                break
            continue
        if out and DASH_AT_END.search(last_raw) and not BULLET.match(text) and not _signature_line(text):
            # "- Các bộ, cơ quan ngang bộ; -" / "UBND các tỉnh, thành phố trực" / "thuộc TW;": the next recipient's
            # dash at the end of the line before (a list flattened into a narrow cell, then wrapped)
            text = "- " + text.lstrip()
        if (out and last_raw and not bare and not BULLET.match(text) and not _signature_line(text)
                and not re.search(r"[;.:]\s*$", last_raw) and not _archive_line(last_raw)
                and _recipient_line(text) and (not is_upper(text) or len(text.strip(" ;.,")) <= 5)
                and not NOT_NAME.match(text)):
            # "- Bộ Tài chính, Bộ Nông nghiệp và" / "Môi trường (để phối hợp);": one recipient, wrapped
            # (or its last abbreviation alone: "- UBND các tỉnh, thành phố trực thuộc" / "TW;")
            last_raw = f"{last_raw} {text.strip()}"
            value = re.sub(r"\s*[;.,]+\s*$", "", RECIPIENT_NOTE.sub(" ", strip_bullet(last_raw)).strip()).strip()
            out[-1] = {"text": value, "span": {"start": out[-1]["span"]["start"], "end": block_span(b)["end"]}}
            continue
        if out and _archive_line(last_raw) and ARCHIVE_TAIL.match(text.strip()) and not NOT_NAME.match(text.strip()):
            # (not an annex's heading after the signature: "Biểu", "Phụ lục", "Bảng", "Mẫu")
            # "- Lưu: VT, NC." / "Châu": the drafter's name the archive line wrapped onto the next line
            tail = text.strip()
            if tail[:1] == "(":  # "Lưu: VT, Vụ KH ." / "(Hiển)" -> "Lưu: VT, Vụ KH (Hiển)"
                last_raw = re.sub(r"\s*\.?\s*$", "", last_raw) + " " + tail
            else:  # "Lưu: VT, NC." / "Châu" -> "Lưu: VT, NC.Châu"
                last_raw = last_raw.rstrip() + ("" if last_raw.rstrip().endswith(".") else " ") + tail
            value = re.sub(r"\s*[;,]+\s*$|(?<=\w{2})\.$", "", strip_bullet(last_raw).strip()).strip()
            out[-1] = {"text": value, "span": {"start": out[-1]["span"]["start"], "end": block_span(b)["end"]}}
            continue
        parts = _one_line_list(text) if not _signature_line(text) else []
        if len(parts) >= 2 and (not BULLET.match(text) or all(BULLET.match(part) or ARCHIVE.match(part)
                                                              for _, part in parts)):
            # "Nơi nhận: UBND tỉnh (b/c); Sở Tài chính; Lưu: VT.": the list on one line
            # (or each with its dash: "Nơi nhận: - UBND tỉnh (b/c); - Sở Tài chính; - Lưu: VT.")
            at_text = b.text.rindex(text) if text in b.text else 0
            for start, part in parts:
                bare_part = strip_bullet(part)
                start, part = start + len(part) - len(bare_part), bare_part
                value = re.sub(r"\s*[;.,]+\s*$", "", RECIPIENT_NOTE.sub(" ", part).strip()).strip()
                if value:
                    begin = b.start + at_text + start
                    out.append({"text": value, "span": {"start": begin, "end": begin + len(part)}})
            last_raw = text
            continue
        if not BULLET.match(text):
            if (not out or bare) and not _signature_line(text) and len(text) < 100 and (
                    re.search(r"[;,.]\s*$", text) or re.match(r"^\s*Lưu\b", text)):
                bare = True
            elif out and not _signature_line(text):
                break  # a PDF may interleave the signature column with the list: skip it
            else:
                continue
        value = strip_bullet(text).strip()
        glued = GLUED_AUTHORITY.search(value)
        title = None if glued else glued_title(text)
        if glued:
            value = value[: glued.start()]  # "- Lưu: VT.TL. CHỦ TỊCH": the signature's first line run into the list
        elif title is not None:
            value = strip_bullet(text[: title.start()]).strip()  # "- Bộ Y tế (b/c), PHÓ CHỦ TỊCH": the list goes on
        value = RECIPIENT_NOTE.sub(" ", value).strip()
        value = re.sub(r"\s*[;.,]+\s*$", "", value).strip()
        if value:
            span_ = block_span(b)
            if (glued or title is not None) and (pos := b.text.find(value)) >= 0:
                span_ = {"start": b.start + pos, "end": b.start + pos + len(value)}
            out.append({"text": value, "span": span_})
            last_raw = text if title is None else text[: title.start()]
        if glued:
            break  # the signature goes on below
    return out


# the signature's authority line run into the list's last line, as a converted Word 97 file's borderless closing table
# may give it: "- Lưu: VT.TL. CHỦ TỊCH", "- Lưu: VT, KH.KT. GIÁM ĐỐC" (the mark and its words in capitals to the line's
# end, after the period that closed the recipient; round G26)
GLUED_AUTHORITY = re.compile(r"(?<=\.)\s*(?:TM|KT|TL|TUQ|Q|T/M)\.\s*[" + UPPER + r"]{2,}(?:\s+[" + UPPER + r"]+)*\s*$")


# a recipient's end and the next one's dash, at a line's end: "- Các bộ, cơ quan ngang bộ; -"
DASH_AT_END = re.compile(r"[;,]\s*[-–+•]\s*$")
# the archive copy, the list's last entry, at times written without its dash ("...; Lưu: VT, GS.")
ARCHIVE = re.compile(r"^Lưu\b")


def _archive_line(raw: str) -> bool:
    """Whether a recipient line as written is the archive copy's ("- Lưu: VT, NC.")."""
    return re.match(r"^\W*Lưu\b", strip_bullet(raw)) is not None
# what an archive line may wrap onto the next: its drafter's name or initials alone ("Châu", "(Trung)", "Hà.")
ARCHIVE_TAIL = re.compile(r"^(?:[" + UPPER + r"][a-zà-ỹ]{1,10}|\([" + UPPER + r"][\wÀ-ỹ]{0,10}\))\.?$")
# a ";" that parts two recipients on one line (not one inside a note's brackets), or a "," before
# the next one's dash ("- Ban Bí thư Trung ương Đảng (để b/c), - Văn phòng Trung ương Đảng, - ...",
# as a Party document ends its lines, once a cell's lines are joined)
_LIST_SEMICOLON = re.compile(r";(?![^()]*\))|,(?=\s*[-–+•]\s+[" + UPPER + r"])")


def _one_line_list(text: str) -> list[tuple[int, str]]:
    """The recipients of a line that lists several, parted by ";", each with where it
    starts in the line; [] for a line of one recipient."""
    out, at = [], 0
    for m in list(_LIST_SEMICOLON.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        part = text[at:end]
        if part.strip():
            out.append((at + len(part) - len(part.lstrip()), part.strip()))
        at = m.end() if m else at
    return out
