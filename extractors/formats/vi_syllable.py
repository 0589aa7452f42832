"""Three repairs of OCR words that spelling or a closed vocabulary proves wrong: a
stop-final syllable without its tone, a Roman section number read with look-alike letters,
and a table heading read with a wrong tone.

A syllable that ends in a stop (-c, -ch, -p, -t) takes only the sắc or the nặng tone
("tích", "tịch", "việc", "hoạch"); without a tone mark it is no Vietnamese word. OCR
makes such words when it loses the dot below a letter (the smallest mark, under the
baseline: "PHÓ CHỦ TICH" for "PHÓ CHỦ TỊCH"), so the dot is put back, on the last vowel
as the spelling places it before a final consonant. Words with another tone, or that
are not shaped like a syllable (abbreviations, numbers, foreign words with no vowel),
are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from extractors.fields.common import untoned
from extractors.formats.base import roman
from extractors.segment import SECTION_PHRASES, roman_value
from normalizers.docnum import TYPE_CODES

TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
DOT_BELOW = "\u0323"
# onset, vowels (base letters after the tone is taken off), stop final
_STOP_SYLLABLE = re.compile(r"^(b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?"
                            r"([aăâeêioôơuưy]{1,3})(c|ch|p|t)$")


def repair_stop_tone(word: str) -> str:
    """"TICH" -> "TỊCH", "viêc" -> "việc"; any other word unchanged."""
    word = unicodedata.normalize("NFC", word)
    if not word.isalpha() or len(word) > 7:
        return word
    decomposed = unicodedata.normalize("NFD", word)
    if any(mark in decomposed for mark in TONES):
        return word
    m = _STOP_SYLLABLE.match(word.lower())
    if not m or _bare_letters(m.group(2)) not in _BARE_NUCLEI:  # ("IOC": no nucleus is "io"; an abbreviation stays)
        return word
    if _y_before_final(m.group(1), m.group(2), m.group(3)):  # "TYT": an abbreviation ("Trạm Y tế"), no syllable
        return word
    last_vowel = m.end(2) - 1  # the tone sits on the nucleus's last vowel before a final consonant
    return unicodedata.normalize("NFC", word[:last_vowel + 1] + DOT_BELOW + word[last_vowel + 1:])


# An "a" with a breve (Ă, ă) read with a diaeresis ("UBND TỈNH VÄNLÂM": its curve read as two dots), a letter no
# Vietnamese word has: the breve (a hat is read as a hat, or lost).
_DIAERESIS_A = str.maketrans({"ä": "ă", "Ä": "Ă"})


def repair_diaeresis(word: str) -> str:
    """"VÄNLÂM" -> "VĂNLÂM", "näm" -> "năm"; a word with no "ä" unchanged."""
    return unicodedata.normalize("NFC", word).translate(_DIAERESIS_A)


# A capital "Q" read as an "O", its tail lost in a scan ("Đàm Quốc Khánh" read "Đàm Ouốc Khánh" on an archive's scan:
# the signer's name wrong): no Vietnamese word starts "ou"; a word of letters that does, and is a syllable with "Qu" in
# its place ("Ouốc", "OUANG", "Ouý"), has its "Q" back.
_Q_READ_AS_O = re.compile(r"^O(?=[uU][^\W\d_]+$)")


def repair_q_read_as_o(word: str) -> str:
    """"Ouốc" -> "Quốc", "OUẢNG" -> "QUẢNG"; any other word ("Out", "Ổn", "Oai") unchanged."""
    if not _Q_READ_AS_O.match(word) or not _syllable("q" + word[1:]):
        return word
    return "Q" + word[1:]


# An abbreviation in capitals read with a dot below a vowel ("IỌC" for "IOC", every time the plan writes it, on a 300 dpi
# scan: the tesseract model's habit for a bold "O" over a speck of the line's foot): an abbreviation is written with
# bare letters (the bar of "Đ" aside: "UBND", "HĐND", "OCOP"), and a word in capitals whose only mark is one dot below
# and whose letters spell no Vietnamese syllable (an onset, a nucleus Vietnamese has, a final: _NUCLEI) is no word:
# the dot goes. A syllable read so ("HỌC", "NGHỊ", "ỌC") and a word with another mark stay.
_NUCLEI = frozenset((
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê "
    "oai oay oao oeo uây uôi uya uyê uyu ươi ươu iêu yêu").split())
ABBREVIATION_DOT_MAX = 6  # letters: "IOC", "ICT", "OCOP", "UBMTTQ"


def _bare_letters(text: str) -> str:
    """`text` without any mark ("uyê" -> "uye", "ươ" -> "uo")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_BARE_NUCLEI = frozenset(_bare_letters(n) for n in _NUCLEI)  # (a word read with its hats and horns lost: "KHUYET")


# A lone "y" before a final consonant is spelt only after "qu" ("quýt", "quých"; "huýt", "khuých" spell "uy"; "ít",
# "tích", "kịp" an "i"): "TYT", "KYT", "LYC" are abbreviations in capitals, no syllable ("TYT" for "Trạm Y tế" took
# the dot below as a stop syllable's lost tone, "TỴT" on every scan; a plan defining "Trạm Y tế (TYT)" then lost it).
def _y_before_final(onset: str | None, nucleus: str, final: str | None) -> bool:
    """A lone "y" nucleus (its tone aside) before a final consonant after an onset other than "qu": no syllable."""
    return bool(final) and _bare_letters(nucleus) == "y" and onset != "qu"


def _spelt(word: str) -> bool:
    """`word` (letters) is spelt as a Vietnamese syllable whose nucleus is one Vietnamese has (_NUCLEI)."""
    m = _SYLLABLE.match(_toneless_letters(word))
    return _syllable(word) and bool(m) and (m.group(2) in _NUCLEI or (m.group(1) in ("gi", "qu") and not m.group(2))) \
        and not _y_before_final(m.group(1), m.group(2), m.group(3))


def repair_abbreviation_dot(word: str) -> str:
    """"IỌC" -> "IOC", "ỤBND" -> "UBND": a word in capitals (ABBREVIATION_DOT_MAX letters at most) whose only mark is
    one dot below and that spells no syllable, without the dot; any other word ("HỌC", "ĐỘI", "Ịoc") unchanged."""
    word = unicodedata.normalize("NFC", word)
    if not (2 <= len(word) <= ABBREVIATION_DOT_MAX and word.isalpha() and word.isupper()):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    marks = [ch for ch in decomposed if unicodedata.combining(ch)]
    if marks != [DOT_BELOW] or _spelt(word):
        return word
    return unicodedata.normalize("NFC", decomposed.replace(DOT_BELOW, ""))


_ROMAN_LOOKALIKE = re.compile(r"^([IVXlH1|]{1,5})([.)])$")  # "HI." "Il." "IIl." at the start of a heading
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def repair_roman(token: str) -> str:
    """"HI." -> "III.", "Il." -> "II.": a section number at the start of a line whose I's
    OCR read as "l", "1" or "|", or whose "II" it read as "H". Left alone unless the
    result is a Roman numeral and the token had an I, V or X of its own."""
    m = _ROMAN_LOOKALIKE.match(token)
    if not m or not re.search(r"[IVX]", m.group(1)) or not re.search(r"[lH1|]", m.group(1)):
        return token
    fixed = m.group(1).replace("H", "II").translate(str.maketrans("l1|", "III"))
    return fixed + m.group(2) if fixed and _ROMAN.match(fixed) else token


# A Roman number inside a line ("loại III", "nhóm VIII" after a word) whose last two strokes OCR ran together as
# "H" ("loại IH": a budget item's label wrong): "IH" spells no Vietnamese syllable and no abbreviation; a run of
# Roman letters ending "IH" that with "II" for the "H" is a Roman number is that number. (A line's first word, a
# section number, is repair_roman's; "XH" of "KT - XH" and "VH", with no "I" before the "H", stay.)
_ROMAN_H = re.compile(r"^(X{0,3}V?I)H([.,;:)]?)$")


def repair_roman_h(words: list[str]) -> list[str]:
    """"loại", "IH" -> "loại", "III"; "nhóm", "VIH." -> "nhóm", "VIII."; any other words unchanged."""
    out = list(words)
    for k in range(1, len(out)):
        m = _ROMAN_H.match(out[k])
        if m and out[k - 1].isalpha() and _ROMAN.match(m.group(1) + "II"):
            out[k] = m.group(1) + "II" + m.group(2)
    return out


# A total's sum of a table's parts by their Roman numbers ("Tổng cộng (I+II+III)") whose I's OCR read as "T", "l",
# "1" or "|", or whose "II" it read as "H" ("(T+H+IH)", "(I+H+II)": the total's label wrong, its budget item lost). A
# bracketed sum of two or more terms of Roman letters and those look-alikes, an I, V or X among them, read (look-alikes
# as I's, "H" as "II") as Roman numbers in order, is those numbers ("(I+III)": the parts summed may skip one); read
# otherwise, it is the run of Roman numbers from its first term's where each term read is its number or that number
# with one I more or fewer ("(I+H+II)": the last term's I lost); anything else stays ("(A+B)", "(1+2)", "(II+V+V)").
_ROMAN_SUM = re.compile(r"^\(([IVXlTH1|]{1,4}(?:\+[IVXlTH1|]{1,4})+)\)([.,;:]?)$")
_ROMAN_LOOKS = str.maketrans("lT1|", "IIII")


def _roman_value(letters: str) -> int | None:
    """"III" -> 3; None for letters that are no Roman number as written ("IIII", "VX", "IH")."""
    if not letters or set(letters) - set("IVXL"):
        return None
    value = roman_value(letters)
    return value if roman(value) == letters else None


def _one_i_apart(read: str, number: str) -> bool:
    longer, shorter = (read, number) if len(read) > len(number) else (number, read)
    return len(longer) - len(shorter) <= 1 and any(longer[:k] + longer[k + 1:] == shorter
                                                   for k in range(len(longer)) if longer[k] == "I")


def repair_roman_sum(words: list[str]) -> list[str]:
    """"Tổng", "cộng", "(T+H+IH)" -> "Tổng", "cộng", "(I+II+III)" (above); any other words unchanged."""
    out = list(words)
    for k, word in enumerate(out):
        m = _ROMAN_SUM.match(word)
        if not m or not re.search(r"[IVX]", m.group(1)):
            continue
        terms = [t.translate(_ROMAN_LOOKS).replace("H", "II") for t in m.group(1).split("+")]
        values = [_roman_value(t) for t in terms]
        if None not in values and all(a < b for a, b in zip(values, values[1:])):
            numbers = terms  # Roman numbers in order as read ("(I+III)": the parts summed may skip one)
        elif values[0] is not None:
            numbers = [roman(values[0] + i) for i in range(len(terms))]
            if not all(t == n or _one_i_apart(t, n) for t, n in zip(terms, numbers)):
                continue
        else:
            continue
        out[k] = "(" + "+".join(numbers) + ")" + m.group(2)
    return out


# The headings of budget and task tables: a closed vocabulary. OCR reads a scan's base
# letters far better than its tone marks ("Tống cộng" for "Tổng cộng"), and a cell that
# holds one of these with only its tones wrong is that heading. (Not the one-syllable
# "Cộng": "Công" is a unit. "Tổng" is, ONE_WORD_HEADINGS, below.)
TABLE_HEADINGS = (
    "Tổng cộng", "Tổng số", "STT", "Số TT", "Nội dung", "Nội dung công việc", "Nhiệm vụ",
    "Kinh phí", "Dự toán", "Nguồn vốn", "Nguồn kinh phí", "Chia ra", "Trong đó", "Ngân sách trung ương",
    "Ngân sách địa phương", "Ngân sách tỉnh", "Ngân sách huyện", "Ngân sách xã", "Ngân sách nhà nước",
    "Xã hội hóa", "Vốn khác", "Nguồn khác", "Huy động khác", "Đơn vị chủ trì", "Đơn vị phối hợp",
    "Cơ quan chủ trì", "Cơ quan phối hợp", "Bộ phận chủ trì", "Bộ phận phối hợp", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Thời gian hoàn thành",
    "Thời gian", "Tiến độ", "Sản phẩm", "Ghi chú", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Giai đoạn",
    "Thành tiền", "Số tiền", "NSTW", "NSĐP", "NSNN", "ĐVT", "Nhân dân đóng góp", "NS tỉnh", "NS huyện", "NS xã",
    "Số lượng", "Đơn giá", "Tổng mức đầu tư")


def _untoned_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()).lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))


# ... and the one-syllable heading of a budget table's column of totals ("TT | Nội dung | Tổng | Ngân sách Trung ương |
# Ngân sách tỉnh"), read with its hook as an acute on a photo's or an archive's bold print ("Tống": the column's
# source not told, each row's total an amount of 'other' source), compared by its tone only: the hat kept, "Tòng" (a
# name) and "Tong" are other letters. A cell of that one word only ("Tống Văn Hải", a person, is no heading).
ONE_WORD_HEADINGS = ("Tổng",)
_HEADINGS = {_untoned_key(h): h for h in (*TABLE_HEADINGS, *ONE_WORD_HEADINGS)}


def _bare_key(text: str, bar: bool = False) -> str:
    """The letters of a text without any mark, tone or vowel's ("TỔNG CỘNG", "TONG CỌNG" -> "tong cong"), its
    "đ" a "d" (bold capitals lose the bar: "DON VI" for "ĐƠN VỊ"; `bar`: "đ" kept)."""
    lowered = " ".join(text.split()).lower()
    decomposed = unicodedata.normalize("NFD", lowered if bar else lowered.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A heading of two words or more read with a vowel's mark lost as well as its tone: a photo's
# or a blurred scan's bold capitals lose the circumflex ("TONG CỌNG" for "TỔNG CỘNG", "NOI DUNG"
# for "NỘI DUNG"); the whole cell is two or more words of the closed vocabulary, letter for
# letter but for the marks, which no other cell of a budget or task table is. (A word alone,
# "TONG", "CONG", is not taken: "Công" is a unit, "Tòng" a name.)
def _bare_headings() -> dict[str, str]:
    index: dict[str, str] = {}
    for heading in TABLE_HEADINGS:
        if " " in heading:
            key = _bare_key(heading)
            assert key not in index, heading  # two headings with the same bare letters could not be told apart
            index[key] = heading
    return index


_BARE_HEADINGS = _bare_headings()


def _bare_heading(cell: str) -> str | None:
    """The heading a cell is but for all its marks (_BARE_HEADINGS); a "d" stands for the heading's "đ" only in
    capitals, where a bold face loses the bar ("DIA PHUONG"), not in a cell typed in lower case ("Trong do")."""
    heading = _BARE_HEADINGS.get(_bare_key(cell))
    if heading is None or cell.isupper() or _bare_key(cell, bar=True) == _bare_key(heading, bar=True):
        return heading
    return None


# A heading of three words or more read with one letter lost ("Đơn vị chủ tì" for "Đơn vị chủ trì", the "r" under
# a phone's blur: the column of lead agencies not told, its tasks' leads lost), or with an "ri" read as an "n" (the two
# letters touching: "Cơ quan chu tn" for "Cơ quan chủ trì" in a header cell set tight under its rule, round IMG42): its
# letters without marks, so cut, are no other heading's; a heading of two words ("Chủ trì", "Ghi chú") is too short to
# tell so.
_READ_AS_ONE = (("ri", "n"),)  # two letters OCR reads as one when they touch


def _short_headings() -> dict[str, str]:
    index: dict[str, str | None] = {}
    for heading in TABLE_HEADINGS:
        if len(heading.split()) < 3:
            continue
        key = _bare_key(heading)
        shorts = [key[:k] + key[k + 1:] for k in range(len(key))
                  if key[k] != " " and (k == 0 or key[k - 1] != " " or k + 1 == len(key) or key[k + 1] != " ")]
        shorts += [key[:m.start()] + one + key[m.end():] for two, one in _READ_AS_ONE
                   for m in re.finditer(two, key)]
        for short in shorts:
            index[short] = heading if index.get(short, heading) == heading else None
    bare = {_bare_key(h) for h in TABLE_HEADINGS}
    return {k: h for k, h in index.items() if h is not None and k not in bare}


_SHORT_HEADINGS = _short_headings()


# a stroke left of a rule the table's erasing missed, read as a letter at the cell's edge: "STTL", "|Nội dung"
_EDGE_STROKE = re.compile(r"^[|lIL!\[\]]\s*(?=\S)|(?<=\S)\s*[|lIL!\[\]]$")


# a heading that is an abbreviation in capitals ("STT", "NSĐP", the "NS" of "NS huyện"): OCR of bold capitals
# loses the bar of "Đ" ("NSDP"), puts a stroke, read as "I", between two of them ("SITT", "NSITW"), reads a letter
# twice, once in lower case ("NsS" for "NS"), or a "T" without its bar as "I" ("NSIW" for "NSTW")
_ABBREVIATIONS = {w.replace("Đ", "D"): w for h in TABLE_HEADINGS for w in h.split() if len(w) >= 2 and w.isupper()}
_INSERTED_STROKE = re.compile(r"(?<=[A-ZĐ])[Il|](?=[A-ZĐ])")
_BARLESS_T = "Il|"  # a "T" whose bar was lost, read as a stroke
_RULE_CUT_T = "L"  # ... or, the cell's last letter set against its rule, read as an "L" ("ĐVL": a narrow unit column)


def _abbreviation(cell: str) -> str | None:
    """The abbreviation heading a cell of capitals reads as: "NSDP" -> "NSĐP", "SITT" -> "STT"
    (one stroke between two capitals taken out), "ĐDVT" -> "ĐVT", "NsS" -> "NS" (a letter read
    twice taken out once, the one in lower case too), "NSIW" -> "NSTW" (a stroke for the "T" of an
    abbreviation of three letters or more; an "L" for its last: "ĐVL" -> "ĐVT"); None for any other cell."""
    text = cell.strip()
    if not (2 <= len(text) <= 7 and text.isalpha()):
        return None
    small = [ch for ch in text if ch.islower() and ch != "l"]
    if not (text.replace("l", "").isupper() or (len(small) == 1 and sum(ch.isupper() for ch in text) >= 2)):
        return None
    folded = "".join(ch if ch == "l" else ch.upper() for ch in text).replace("Đ", "D")
    if folded in _ABBREVIATIONS:
        return _ABBREVIATIONS[folded] if not small else None  # "Ns": no capital read twice
    fits = {_ABBREVIATIONS.get(folded[:m.start()] + folded[m.end():]) for m in _INSERTED_STROKE.finditer(folded)}
    # a letter read twice ("ĐDVT": the "Đ" read as "Đ" and as "D"; "NsS")
    fits |= {_ABBREVIATIONS.get(folded[:k] + folded[k + 1:]) for k in range(1, len(folded)) if folded[k] == folded[k - 1]}
    if not small:
        fits |= {_ABBREVIATIONS.get(folded[:k] + "T" + folded[k + 1:]) for k in range(len(folded))
                 if (folded[k] in _BARLESS_T or (folded[k] in _RULE_CUT_T and k == len(folded) - 1))
                 and len(folded) >= 3}
    fits.discard(None)
    return fits.pop() if len(fits) == 1 else None


def repair_heading(cell: str) -> str:
    """"Tống cộng" -> "Tổng cộng", "STTL" -> "STT", "NSDP" -> "NSĐP": a table cell that is a
    known heading but for its tone marks (a heading of two words or more: for any of its marks,
    _BARE_HEADINGS), or for a rule's stroke read at its edge, or (an
    abbreviation in capitals) for the bar of its "Đ" or a stroke read as "I" between two of
    its letters, takes the heading's spelling; any other cell unchanged (the whole cell must
    match)."""
    for text in (cell, _EDGE_STROKE.sub("", cell)):
        abbreviation = _abbreviation(text)
        if abbreviation is not None:
            return abbreviation
        heading = _HEADINGS.get(_untoned_key(text)) or _bare_heading(text)
        if heading is not None:
            if heading == " ".join(cell.split()) or heading.upper() == " ".join(cell.split()):
                return cell
            return heading.upper() if text.isupper() and len(heading) > 3 else heading
    heading = _SHORT_HEADINGS.get(_bare_key(cell))  # "Đơn vị chủ tì": a letter lost
    if heading is not None:
        return heading.upper() if cell.isupper() else heading
    words = cell.split()
    if len(words) >= 2 and all(w.isalpha() for w in words[1:]):  # "NsS huyện": the abbreviation of a heading
        abbreviation = _abbreviation(words[0])
        if abbreviation is not None and abbreviation != words[0]:
            return repair_heading(" ".join([abbreviation, *words[1:]]))
    return cell


# The first words of a plan's section headings, the segmenter's own (extractors.segment.
# SECTION_PHRASES): a closed vocabulary, set in capitals after a Roman number ("I. MỤC TIÊU").
# OCR reads the tone of a capital worst ("MỤC TIỂU"), and a heading read so is not found, nor
# what it holds. ("CHỈ TIÊU" is not here: "CHI TIÊU", spending, is a heading of its own.)
SECTION_HEADINGS = tuple(p.upper() for p in SECTION_PHRASES if "chỉ tiêu" not in p)
# (compared without any mark: OCR drops a capital's hat as it does its tone, "MỤC TIEU", "NỌI DUNG";
# no two headings share their letters)
_SECTION_KEYS = {untoned(h): h.split() for h in SECTION_HEADINGS}
assert len(_SECTION_KEYS) == len(SECTION_HEADINGS)
# ... and the headings left out for a phrase of other meaning spelt with their letters ("CHỈ TIÊU", targets, and "CHI
# TIÊU", spending): taken only where the words before the last were read with the heading's own marks ("CHỈ TIỂU",
# "CÁC CHỈ TIỂU"; not "CHI TIÊU")
_MARKED_SECTION_KEYS = {untoned(h): h.split() for h in (p.upper() for p in SECTION_PHRASES) if h not in SECTION_HEADINGS}
_SECTION_NUMBER = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})[.)/]$")  # "I." / "2)" / "I/" (a 2014 plan's "I/ MỤC TIÊU")


_SECTION_NUMBER_DASHED = re.compile(r"^[IVX]{1,5}[-–]?$")  # "II" before a dash, "II-" / "I–" glued to it
_DASHES = {"-", "–", "—"}


# A chapter's section, a chapter or a part labelled by a word before its number ("Mục 1. MỤC TIÊU", "CHƯƠNG II:
# NHIỆM VỤ", "Phần B. KẾT QUẢ": a Đề án's headings, extractors.segment's SECTION_OF_CHAPTER, CHAPTER and PART): the
# label and its number are the heading's number; the label itself may be in small letters ("Mục", "Chương")
_SECTION_LABELS = {"muc", "chuong", "phan"}
_LABELLED_NUMBER = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})[.:\-–]$")
_PART_LETTER = re.compile(r"^[A-H][.:\-–]$")  # "Phần B." ("Mục B." is no section)


def _section_number_words(words: list[str]) -> int:
    """How many of a line's first words are its section number: "I." / "2)" (one), a Roman number and
    a dash ("II", "-" two; "II-" one: the G8-style "II - MỤC TIÊU"), a label and its number ("Mục", "1."
    two), or none (0)."""
    if not words:
        return 0
    if len(words) > 2 and words[0][:1].isupper() and untoned(words[0]) in _SECTION_LABELS \
            and (_LABELLED_NUMBER.match(words[1]) or untoned(words[0]) == "phan" and _PART_LETTER.match(words[1])):
        return 2
    if _SECTION_NUMBER.match(words[0]):
        return 1
    if _SECTION_NUMBER_DASHED.match(words[0]):
        if words[0][-1] in "-–":
            return 1
        if len(words) > 1 and words[1] in _DASHES:
            return 2
    return 0


def repair_section_heading(words: list[str]) -> list[str]:
    """The words of one line: "I.", "MỤC", "TIỂU" -> "I.", "MỤC", "TIÊU"; "Mục", "1.", "MỤC", "TIỂU" -> "Mục",
    "1.", "MỤC", "TIÊU". A line in capitals, after a section number (a label's, "Mục 1.", in any case) or with none, whose first words are a section heading's but for
    their marks (tones, hats, horns), takes the heading's spelling for them; any other line
    unchanged."""
    start = _section_number_words(words)
    rest = words[start:]
    letters = [ch for w in rest for ch in w if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return words
    for n in range(min(4, len(rest)), 0, -1):
        key = untoned(" ".join(w.rstrip(":") for w in rest[:n]))
        heading = _SECTION_KEYS.get(key)
        if heading is None and (marked := _MARKED_SECTION_KEYS.get(key)) and rest[:n - 1] == marked[:-1]:
            heading = marked  # "CHỈ TIỂU": the hook on "CHỈ" as read tells it from "CHI TIÊU"
        if heading is not None and all(w.isalpha() for w in rest[:n - 1]):
            last = rest[n - 1]
            tail = last[len(last.rstrip(":")):]  # "TIỂU:" keeps its colon
            return words[:start] + heading[:-1] + [heading[-1] + tail] + rest[n:]
    return words


# The words of a header's issuer lines and of a signature's titles: a closed vocabulary of
# bodies, departments and posts, set in capitals. OCR reads a capital's marks worst ("ÚY BAN
# NHÂN DÂN", "ỦY BẠN NHÂN DÂN", "SƠ CÔNG THƯƠNG", "PHO BI THƯ"), and an issuer or a signer
# read so is not found. Words are compared without any of their marks; each phrase's
# letters without marks are its own (no two phrases share them).
VOCABULARY = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc",
    "Ban Chấp hành", "Ban Thường vụ", "Ban Thường trực", "Ban Chỉ đạo", "Ban Quản lý", "Ban Chỉ huy",
    "Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Nội chính", "Hội Liên hiệp Phụ nữ", "Liên đoàn Lao động", "Hội Nông dân",
    "Hội Cựu chiến binh", "Đoàn Thanh niên", "Bảo hiểm xã hội",
    # a coordinating council, the issuer of its own plans ("HỘI ĐỒNG PHỐI HỢP" / "PHỔ BIẾN, GIÁO DỤC" / "PHÁP LUẬT"
    # read "HỘI. ĐỒNG PHỐI HỢP" / "PHỔ BIỂN, GIÁO DỤC" on a low scan: a speck's stop after its head word, a hook for
    # an acute; the issuer, its level and its place lost; round IMG45): its head, and its field's two words in
    # capitals (taken where the stretch is all phrases: "PHÓ BIÊN TẬP" stays)
    "Hội đồng phối hợp", "Phổ biến", "Giáo dục",
    # the motto over the right column of every header, whose words read without marks ("CỌNG HOA XA HỌI" / "CHỦ
    # NGHĨA VIỆT" / "NAM": a phone's photo) the issuer beside it ran into ('... tỉnh Vân Ninh Cọng Hoa Xa Họi ...')
    "Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội",
    "Sở Công Thương", "Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng", "Sở Ngoại vụ",
    "Sở Du lịch", "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp", "Sở Tài nguyên và Môi trường",
    "Sở Giao thông vận tải", "Sở Lao động", "Sở Văn hóa", "Sở Khoa học và Công nghệ",
    "Sở Thông tin và Truyền thông", "Sở Dân tộc và Tôn giáo",
    "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Thường trực", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Phó Trưởng ban",
    # a ministry's signers ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG", the hook read as an acute: "BỘ TRƯỚNG THỨ TRƯỚNG", the
    # signer's title lost) and a Phòng's ("TL. CHỦ TỊCH" / "TRƯỞNG PHÒNG")
    "Bộ trưởng", "Thứ trưởng", "Trưởng phòng", "Phó Trưởng phòng",
    # the ministries, whose units (a Cục, a task force) name them on the header's first line
    "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
    "Bộ Y tế", "Bộ Xây dựng", "Bộ Giáo dục và Đào tạo", "Bộ Khoa học và Công nghệ", "Bộ Nông nghiệp và Môi trường",
    "Bộ Dân tộc và Tôn giáo", "Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và Môi trường", "Bộ Giao thông vận tải",
    "Bộ Thông tin và Truyền thông", "Bộ Nông nghiệp và Phát triển nông thôn",
)
# the marks of a signing on another's behalf before a title: "TM.", "KT.", "TL.", "T/M", "Q."
_SIGNING = {"tm", "kt", "tl", "q", "tuq"}
LONG_PHRASE = 4  # a phrase this long is taken in any case ("Ủy bạn nhân dân"); a shorter one in capitals


def _phrase_index() -> dict[tuple[str, ...], list[str]]:
    index: dict[tuple[str, ...], list[str]] = {}
    for phrase in VOCABULARY:
        key = tuple(untoned(w) for w in phrase.split())
        assert key not in index, phrase  # two phrases with the same letters could not be told apart
        index[key] = phrase.split()
    return index


_PHRASES = _phrase_index()
_LONGEST = max(len(k) for k in _PHRASES)
_CORE = re.compile(r"^(\W*)(\w+)(\W*)$")
# a phrase's letters without marks or spaces -> the phrase ("bocongan" -> Bộ Công an)
_GLUED = {"".join(key): words for key, words in _PHRASES.items() if len(key) > 1}
_GLUED_TOKENS = 3  # a phrase glued is read in this many words at most ("BỘCÔNGAN", "ỦY BANNHÂN DÂN")


def unglued(words: list[str]) -> list[str]:
    """"BỘCÔNGAN" -> "BỘ CÔNG AN", "ỦY", "BANNHÂN", "DÂN" -> "ỦY", "BAN NHÂN", "DÂN": a phrase of the
    vocabulary (two words or more) in capitals that OCR read with a space or more lost (fewer
    words than the phrase has, the lost spaces between its words) is spelt as the phrase, each
    letter keeping its case; the words' number is kept (a word then holds a space: the words are
    boxes on the page). Punctuation before the first and after the last word is kept; anything
    else unchanged."""
    out = list(words)
    i = 0
    while i < len(out):
        for n in range(min(_GLUED_TOKENS, len(out) - i), 0, -1):
            cores = [_CORE.match(unicodedata.normalize("NFC", w)) for w in out[i:i + n]]
            if not all(cores) or any(m.group(3) for m in cores[:-1]) or any(m.group(1) for m in cores[1:]):
                continue
            letters = [m.group(2) for m in cores]
            if not all(w.isalpha() and w.isupper() for w in letters):
                continue
            phrase = _GLUED.get(untoned("".join(letters)))
            if phrase is None or len(phrase) <= n:
                continue
            # each word read takes the phrase's words its letters cover, if a lost space is all that differs
            parts, k = [], 0
            for w in letters:
                take, size = [], 0
                while k < len(phrase) and size < len(w):
                    take.append(phrase[k])
                    size += len(phrase[k])
                    k += 1
                if size != len(w):
                    break
                parts.append(" ".join(take))
            else:
                for j, (m, part) in enumerate(zip(cores, parts)):
                    out[i + j] = m.group(1) + _respaced(part, m.group(2)) + m.group(3)
                i += n
                break
        else:
            i += 1
    return out


def _respaced(phrase: str, read: str) -> str:
    """The phrase's words ("Bộ Công an") in the case of the letters read without the spaces ("BỘCÔNGAN")."""
    letters = iter(read)
    return "".join(ch if ch == " " else (ch.upper() if next(letters).isupper() else ch.lower()) for ch in phrase)


def _cased(right: str, read: str) -> str:
    """`right`'s letters in the case `read` has them, letter by letter ("Ủy", "ÚY" -> "ỦY")."""
    return "".join(r.upper() if c.isupper() else r.lower() for r, c in zip(right, read))


def repair_vocabulary_wrapped(above: list[str], below: list[str]) -> tuple[list[str], list[str]]:
    """A phrase of the vocabulary wrapped from one line of a column onto the next ("BỘ THÔNG TIN VÀ TRUYÊN" / "THONG":
    a header's issuer too long for its column, both words of the wrapped pair read with a mark lost or wrong, which
    neither line's words tell alone; "CỘNG HÒA XÃ HỘI CHÚ NGHĨA" / "VIẸT NAM"): the two stretches' words read as one
    stretch (repair_vocabulary) where that reading differs from each line's own, i.e. where a phrase runs across the
    wrap. Anything else unchanged."""
    if not above or not below:
        return above, below
    alone = repair_vocabulary(above) + repair_vocabulary(below)
    joined = repair_vocabulary(above + below)
    if joined == alone or len(joined) != len(alone):
        return above, below
    return joined[:len(above)], joined[len(above):]


def phrase_across(above: list[str], below: list[str]) -> bool:
    """Whether a phrase of the vocabulary runs from the end of `above` (a line's words) onto the start of `below` (the
    words of the line its column wraps onto), their letters compared without marks, stops and colons aside: "TM.
    THƯỜNG TRỰC HỘI ĐỒNG NHÂN" / "DẦN"."""
    a = [untoned(w.strip(".,:;")) for w in above[-(_LONGEST - 1):]]
    b = [untoned(w.strip(".,:;")) for w in below[:_LONGEST - 1]]
    return any(tuple(a[len(a) - i:] + b[:n - i]) in _PHRASES
               for n in range(2, _LONGEST + 1) for i in range(1, n) if i <= len(a) and n - i <= len(b))


# A signer's title in capitals and the name under it set in one cell too narrow for the title's line (a Markdown
# table's "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH **Ma Thị Thoa**" wrapped: "TM. ỦY BAN NHÂN DÂN KT." /
# "CHỦ TỊCH PHÓ CHỦ TỊCH Ma" / "Thị Thoa"), the title's marks lost under the line above ("CHU TỊCH PHO CHỦ TỊCH Ma":
# the signer lost): the name's words after the title, capitalized (NAME_WORDS at most, the stretch's last), are
# no part of the stretch whose case and phrases tell the title, where the words before them are in capitals.
NAME_WORDS = 4


def _name_after_title(words: list[str]) -> int:
    """Where a name run onto a title's line starts in `words` (a stretch's last NAME_WORDS words at most, each a
    capitalized word of letters, after words in capitals: "CHU", "TỊCH", "PHO", "Ma" -> 3); else len(words)."""
    start = len(words)
    while start > 0 and len(words) - start < NAME_WORDS:
        w = unicodedata.normalize("NFC", words[start - 1])
        if not (w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower())):
            break
        start -= 1
    head = [ch for w in words[:start] for ch in w if ch.isalpha()]
    return start if start < len(words) and len(head) >= 2 and all(ch.isupper() for ch in head) else len(words)


def repair_vocabulary(words: list[str]) -> list[str]:
    """The words of one stretch of a line (no column gap inside): "ÚY BAN NHÂN DÂN" -> "ỦY BAN
    NHÂN DÂN", "TL.", "CHÚ", "TỊCH" -> "TL.", "CHỦ", "TỊCH". Words that are a phrase of the
    vocabulary but for their marks take its marks, each letter keeping its case. A phrase of
    LONG_PHRASE words or more is taken in a line in any case; a shorter one only in capitals,
    and a phrase of two words ("CHỦ TỊCH", which "BỊ THU" could be) only when the whole
    stretch is phrases of the vocabulary and marks of signing ("KT.", "TM."); a word without
    a letter stands between them. Punctuation around a word is kept; anything else unchanged.
    A phrase in capitals read with a space lost is spelt first (unglued)."""
    words = list(unglued(words))  # (a speck's stop is taken off a word in place)
    cores_text = [unicodedata.normalize("NFC", w) for w in words]
    cores = [_CORE.match(w) for w in cores_text]
    end = _name_after_title(words)  # the stretch's words before a signer's name run onto its title's line
    letters = [ch for w in words[:end] for ch in w if ch.isalpha()]
    if not letters:
        return words
    capitals = all(ch.isupper() for ch in letters)
    found: list[tuple[int, list[str]]] = []
    whole = True  # the stretch is phrases, signing marks and signs only
    i = 0
    while i < end:
        if not any(ch.isalpha() for ch in words[i]):
            i += 1
            continue
        if untoned("".join(ch for ch in cores_text[i] if ch.isalpha())) in _SIGNING:
            i += 1
            continue
        for n in range(min(_LONGEST, end - i), 0, -1):
            span = cores[i:i + n]
            if not all(span) or not all(m.group(2).isalpha() for m in span):
                continue
            phrase = _PHRASES.get(tuple(untoned(m.group(2)) for m in span))
            # the inner words' punctuation ends the phrase ("CHỦ, TỊCH" is no title), but a speck read as
            # a stop after a long phrase's first word in capitals ("ỦY. BAN NHÂN DÂN"), which goes
            speck = n >= LONG_PHRASE and capitals and span[0].group(3) == "."
            if phrase is not None and all(not m.group(1) for m in span[1:]) \
                    and all(not m.group(3) for m in span[1 if speck else 0:-1]):
                if speck:
                    words[i] = words[i][:-1]
                    cores_text[i] = cores_text[i][:-1]
                found.append((i, phrase))
                i += n
                break
        else:
            whole = False
            i += 1
    out = list(words)
    for i, phrase in found:
        if len(phrase) < LONG_PHRASE and not capitals or len(phrase) == 2 and not whole:
            continue
        _retone(out, i, phrase)
    return out


# a body's head word OCR read with a mark it does not have, told by the name after it: "Chỉ cục Quản lý
# thị trường" for "Chi cục" ("chỉ cục bộ", "only locally", is no name)
_HEAD_MISREAD = {("chỉ", "cục"): "chi"}


# ... and "Sở" (a provincial department) with its hook read as an acute or a tilde ("Sớ Văn hóa, Thể thao và Du lịch",
# "SỚ Công Thương" in a task table's cells on a 300 dpi scan: the lead agency no body, four tasks' leads lost; round
# IMG42), told by the department's name after it (a capitalized word). "sớ" (a petition to the throne) and "sỡ" (only
# in "sặc sỡ") are no body's head, and not capitalized before a name in a plan.
_HEAD_READ_AS = {"sớ": "sở", "sỡ": "sở"}
# ... and "Sở" read in capitals ("SỚ Công Thương", "SỞ Nông, nghiệp ...": the small "ở" taken for a capital), told by
# the name after it in small letters: a heading in capitals ("SỞ TƯ PHÁP") stays in capitals


def repair_head_words(words: list[str]) -> list[str]:
    """"Chỉ", "cục", "Quản" -> "Chi", "cục", "Quản"; "Sớ", "Văn" -> "Sở", "Văn" (in any case): a body's head word,
    capitalized, read with a mark it does not have, before its name (a capitalized word). Anything else
    unchanged."""
    out = list(words)
    for k in range(len(out) - 1):
        right = _HEAD_MISREAD.get((out[k].lower(), out[k + 1].lower()))
        if right is not None and k + 2 < len(out) and out[k][:1].isupper() and out[k + 2][:1].isupper():
            out[k] = _cased(right, out[k])
            continue
        word = unicodedata.normalize("NFC", out[k])
        right = _HEAD_READ_AS.get(word.lower(), "sở" if word == "SỞ" else None)
        if right is not None and word[:1].isupper() and out[k + 1][:1].isupper():
            # (in capitals before a name in small letters, "SỚ Công Thương": the small "ở" read as a capital)
            name = out[k + 1]
            out[k] = _cased(right, word) if not (word.isupper() and any(c.islower() for c in name)) else "Sở"
    return out


# A word OCR reads as a more frequent one that differs from it by a mark only, told by the word next
# to it: the pair read is no Vietnamese word, the pair repaired a common one. "chi" (to spend; a
# branch) read "chỉ" (only; to point: "chỉ đạo", "chỉ tiêu", "chỉ số" are right as read): "chỉ trả",
# "chỉ tiết", "chỉ nhánh", "chỉ phí", "chỉ cục", "chỉ thường xuyên", "tổng chỉ", "thu, chỉ", "khoản chỉ"; "thực"
# read "thục" ("thục hiện", "THỤC TRẠNG"); "tinh" read "tỉnh" ("tỉnh giản biên chế"); "năm" read
# "nắm" before a year ("nắm 2025"). Each rule: (the word read, the word it is) and what tells it.
# (word read, the word after) -> (the word it is, words after the pair that make the pair right as
# read: "chỉ trả lời" is "only answers"; None: the pair needs the word after it given)
_TOLD_BY_NEXT: dict[tuple[str, str], tuple[str, frozenset[str] | None]] = {
    ("chỉ", "trả"): ("chi", frozenset({"lời"})),
    ("chỉ", "tiết"): ("chi", frozenset()),
    ("chỉ", "nhánh"): ("chi", frozenset()),
    ("chỉ", "phí"): ("chi", frozenset()),
    ("chỉ", "cục"): ("chi", frozenset({"bộ"})),
    ("thục", "hiện"): ("thực", frozenset()),
    ("thục", "trạng"): ("thực", frozenset()),
    ("tỉnh", "giản"): ("tinh", frozenset()),
    ("ké", "hoạch"): ("kế", frozenset()),  # "KÉ HOẠCH": the circumflex of "KẾ" lost under a heading's weight
    ("kề", "hoạch"): ("kế", frozenset()),
    ("kể", "hoạch"): ("kế", frozenset()),
    # "tổ chức" (to organise; an organisation) with its hook read as another tone or lost ("các tố chức chính trị -
    # xã hội": the list of bodies asked to act not cut there, two responsibilities lost); "tô", "tố" are words of
    # their own, never before "chức"
    **{(read, "chức"): ("tổ", frozenset()) for read in ("tố", "tồ", "tỗ", "tộ", "tô", "to")},
    # "Ủy ban" with its hook read as another tone or lost ("Uy ban Mặt trận ...": no body opens there, two partners
    # one; round IMG34's leftover); "uy" is a word only before "tín", "quyền", "lực", "nghiêm", never "ban"
    **{(read, "ban"): ("ủy", frozenset()) for read in ("uy", "úy", "ùy", "ũy", "ụy")},
    # "thi đua" (emulation) with a tone read on "THI" (a bold heading's speck under it: "II. CHỈ TIÊU THỊ ĐUA", the
    # movement's targets' heading not told, its four objectives lost; round IMG39); no word "thị", "thí", "thỉ",
    # "thĩ" goes before "đua" ("thì đua nhau", "then race each other", may: left)
    **{(read, "đua"): ("thi", frozenset()) for read in ("thị", "thí", "thỉ", "thĩ")},
}
# (word read, the word after, the word after that) -> the word it is: "chỉ thường xuyên"
_TOLD_BY_TWO_NEXT = {("chỉ", "thường", "xuyên"): "chi"}
# (the word before, word read) -> (the word it is, words after it that make it right as read:
# "tổng chỉ huy", "tổng chỉ số")
_TOLD_BY_PREVIOUS: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    ("tổng", "chỉ"): ("chi", frozenset({"huy", "số", "tiêu", "đạo", "thị", "định", "dẫn"})),
    ("thu", "chỉ"): ("chi", frozenset()),
    # "khoản chi" (an item of expense: "Các khoản chi tổ chức khác", a cost statement's label lost); "chỉ" after
    # "khoản" as "only" ("mỗi khoản chỉ được ...") or a noun of its own ("khoản chỉ tiêu") stays
    ("khoản", "chỉ"): ("chi", frozenset({"được", "có", "là", "cần", "phải", "để", "gồm", "bao", "dành", "áp", "sử",
                                        "tính", "chiếm", "tiêu", "số", "đạo", "thị", "định", "dẫn", "huy", "ra"})),
}
_YEAR = re.compile(r"^(19|20)\d\d\W*$")
_TOLD_BY_YEAR = {"nắm": "năm"}  # "nắm 2025": a year's "năm"


def _bare_word(word: str) -> tuple[str, str, str] | None:
    """(punctuation before, the letters, punctuation after) of a word of letters, else None."""
    m = _CORE.match(unicodedata.normalize("NFC", word))
    return (m.group(1), m.group(2), m.group(3)) if m and m.group(2).isalpha() else None


def repair_told_words(words: list[str]) -> list[str]:
    """"chỉ", "trả" -> "chi", "trả"; "THỤC", "HIỆN" -> "THỰC", "HIỆN"; "Tổng", "chỉ", "ngân" ->
    "Tổng", "chi", "ngân"; "nắm", "2025" -> "năm", "2025" (in any case): a word read as another
    one mark away that the word next to it tells (the tables above). A pair with punctuation
    inside ("chỉ, trả") is left; so is every other word ("chỉ đạo", "chỉ trả lời", "tổng chỉ
    huy", "nắm bắt")."""
    out = list(words)
    bare = [_bare_word(w) for w in words]
    low = [b[1].lower() if b else None for b in bare]
    for k, b in enumerate(bare):
        if b is None:
            continue
        after = low[k + 1] if k + 1 < len(words) and bare[k + 1] and not bare[k + 1][0] and not b[2] else None
        then = low[k + 2] if after and k + 2 < len(words) and bare[k + 2] and not bare[k + 1][2] else None
        right = None
        rule = _TOLD_BY_NEXT.get((low[k], after))
        if rule is not None and then not in rule[1]:
            right = rule[0]
        if right is None and then is not None:
            right = _TOLD_BY_TWO_NEXT.get((low[k], after, then))
        if right is None and k and bare[k - 1] and not b[0] and bare[k - 1][2] in ("", ","):
            rule = _TOLD_BY_PREVIOUS.get((low[k - 1], low[k]))
            if rule is not None and after not in rule[1]:
                right = rule[0]
        if right is None and k + 1 < len(words) and not b[2] and _YEAR.match(words[k + 1]):
            right = _TOLD_BY_YEAR.get(low[k])
        if right is not None:
            out[k] = b[0] + _cased(right, b[1]) + b[2]
    return out


# The names of the kinds of documents a text cites ("Căn cứ Nghị định số 105/2021/NĐ-CP ...", "Luật Đất
# đai"), and the words around them: a closed vocabulary. OCR drops or misplaces their marks in running
# text as in headings ("Nghị đinh", "Quyêt định", "Kê hoạch", "Luât", "sô", "Căn cử"), and a basis read
# so is not found at all. A kind's name takes its marks only where a citation has it: before "số" or a
# number with a slash ("Quyết định 1250/QĐ-UBND"), or (a law, a code) before a capitalized name; "số"
# only before such a number; "Căn cứ", "Thực hiện", "Triển khai" only where a basis opens (the line's
# start, after a bullet); a stop read inside a kind's name ("Quyết. định") is taken out.
CITED_KINDS = tuple(TYPE_CODES) + ("Bộ luật",)
_KINDS = {tuple(untoned(w) for w in kind.split()): kind.split() for kind in CITED_KINDS}
assert len(_KINDS) == len(CITED_KINDS)
_KIND_LONGEST = max(len(k) for k in _KINDS)
_NAMED_KINDS = {("luat",), ("bo", "luat"), ("phap", "lenh")}  # cited by their name: "Luật Đất đai"
_CITED_NUMBER = re.compile(r"^\d[\w.]*/[\wĐđ/.-]+[;,.:)]?$")  # "105/2021/NĐ-CP", "1250/QĐ-UBND;"
_OPENINGS = {("can", "cu"): ["căn", "cứ"], ("thuc", "hien"): ["thực", "hiện"], ("trien", "khai"): ["triển", "khai"]}
_BULLETS = {"-", "+", "•", "*"}


def _core(word: str) -> re.Match | None:
    m = _CORE.match(unicodedata.normalize("NFC", word))
    return m if m and m.group(2).isalpha() else None


def _retone(words: list[str], i: int, right: list[str]) -> None:
    for j, r in enumerate(right, i):
        m = _CORE.match(unicodedata.normalize("NFC", words[j]))
        words[j] = m.group(1) + _cased(r, m.group(2)) + m.group(3)


def repair_citation_words(words: list[str]) -> list[str]:
    """The words of one stretch of a line: "Căn", "cử", "Quyêt", "định", "sô", "12/QĐ-UBND" -> "Căn",
    "cứ", "Quyết", "định", "số", "12/QĐ-UBND". A kind of document cited (CITED_KINDS) whose words
    read so but for their marks, before "số" or a number with a slash (a law or a code before a
    capitalized name), takes the kind's marks (a stop or a comma read inside it dropped: "Quyết," "định");
    "so" before such a number is "số"; "Căn cứ" opening
    the stretch (after a bullet) takes its marks. Each letter keeps its case; anything else as read."""
    out = list(words)
    start = 1 if out and out[0] in _BULLETS else 0
    cores = [_core(w) for w in out]
    if len(out) >= start + 2 and cores[start] and cores[start + 1] and not cores[start].group(3) \
            and (opening := _OPENINGS.get((untoned(cores[start].group(2)), untoned(cores[start + 1].group(2))))):
        _retone(out, start, opening)
    for i in range(len(out)):
        for n in range(min(_KIND_LONGEST, len(out) - i - 1), 0, -1):
            span = cores[i:i + n]
            # (a stop read inside the name, "Quyết." "định", is a speck, and so is a comma: "Quyết," "định", a
            # word-segmented print's "Quyết_định" with its underscore read as a comma; any other sign ends it)
            if not all(span) or any(m.group(1) for m in span[1:]) or span[-1].group(3) \
                    or any(m.group(3) not in ("", ".", ",") for m in span[:-1]):
                continue
            kind = _KINDS.get(tuple(untoned(m.group(2)) for m in span))
            if kind is None:
                continue
            after = out[i + n]
            nxt = _core(after)
            cited = _CITED_NUMBER.match(after) or (
                nxt is not None and untoned(nxt.group(2)) == "so" and not nxt.group(1)
                and i + n + 1 < len(out) and _CITED_NUMBER.match(out[i + n + 1].lstrip(":")))
            named = tuple(untoned(m.group(2)) for m in span) in _NAMED_KINDS and nxt is not None \
                and nxt.group(2)[:1].isupper()
            if cited or named:
                for j in range(i, i + n - 1):
                    out[j] = out[j].rstrip(".,")
                _retone(out, i, kind)
                if nxt is not None and untoned(nxt.group(2)) == "so" and cited:
                    _retone(out, i + n, ["số"])
            break
    return out


# The onsets, vowels and finals a Vietnamese syllable is spelt with (letters without tone marks).
_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
                       r"([aăâeêioôơuưy]{1,3})(ch|ng|nh|c|m|n|p|t)?$")
_VOWEL_TWICE = re.compile(r"([aăâeêiôơuưy])\1")  # (marks but the tones kept: "ưu", "uơ", "iê" are two vowels)
_CLOSED_NUCLEI = ("iê", "yê", "uô", "ươ")  # nuclei that take a final consonant (or "i", "u": "uôi", "ươu")
_LEVEL_HEADS = {"tỉnh", "huyện", "quận", "xã", "phường", "thị"}  # a place's level word ("THỊ XÃ", "THỊ TRẤN")
GLUED_MAX_SYLLABLES = 4  # a level word and a place's name of up to three syllables


def _toneless_letters(word: str) -> str:
    """`word` in lower case without its tone marks (its other marks kept: "ỉ" -> "i", "ồ" -> "ô")."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if ch not in TONES)
    return unicodedata.normalize("NFC", bare)


def _syllable(piece: str) -> bool:
    """`piece` (letters) is spelt as one Vietnamese syllable, with one tone mark at most."""
    marks = sum(ch in TONES for ch in unicodedata.normalize("NFD", piece))
    m = _SYLLABLE.match(_toneless_letters(piece))
    # "iê", "yê", "uô", "ươ" close with a final ("HUYỆN", "MUỐN", "ĐƯỜNG"; never "huyệ" alone): "HUYỆNUỶ"
    # is "HUYỆN UỶ", not "HUYỆ NUỶ"; no vowel is spelt twice but "oo" ("xoong"): "NGHIỆÊP" is a vowel read twice
    return marks <= 1 and bool(m) and not (m.group(2).endswith(_CLOSED_NUCLEI) and not m.group(3)) \
        and not _VOWEL_TWICE.search(m.group(2))


# A vowel in capitals read twice, once bare and once with its hat, breve or horn ("BỘ THOÔNG TIN VÀ TRUYỀN" / "THONG"
# for "... THÔNG": a bold O's circumflex read over a second O; no phrase of the vocabulary then by its letters, the
# ministry's name lost, and its number's code with it). No syllable spells "oô", "aâ", "aă", "eê", "oơ" or these
# the other way round ("ưu" is two vowels: "CỨU"; "oo" a rhyme: "XOONG"; _SYLLABLE's nucleus, any run of vowels, does
# not tell them): the word with the bare one dropped, where that is a syllable.
_BARE_AND_MARKED = re.compile(r"(?i)(?:o(?=[ôơ])|(?<=[ôơ])o|a(?=[âă])|(?<=[âă])a|e(?=ê)|(?<=ê)e)")
# a toned U or I then the same letter bare ("CHỦU TỊCH" for "CHỦ TỊCH": a bold Ủ's hook read as a second letter): no
# syllable spells "uu" or "ii" ("ưu" is two vowels: "CỨU")
_TONED_THEN_BARE = re.compile(r"[ÙÚỦŨỤ]U|[ÌÍỈĨỊ]I")


def repair_vowel_read_twice(words: list[str]) -> list[str]:
    """"THOÔNG" -> "THÔNG", "TRUYỀEN" -> "TRUYỀN", "CHỦU" -> "CHỦ": a word in capitals with a vowel written twice, bare
    and with its hat, breve or horn (tones aside; one such pair in the word), or a toned U or I then the same bare,
    which no syllable spells, is the word with the bare one dropped where that is a syllable. Punctuation around it kept; words in small letters, and anything else,
    unchanged."""
    out = list(words)
    for k, word in enumerate(words):
        m = _CORE.match(unicodedata.normalize("NFC", word))
        if not m or not m.group(2).isalpha() or not m.group(2).isupper():
            continue
        core = m.group(2)
        bare = unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", core) if ch not in TONES))
        if len(bare) != len(core):
            continue
        pairs = list(_BARE_AND_MARKED.finditer(bare))
        if len(pairs) == 1 and core[pairs[0].start()] in "OAE":  # (the bare one with a tone, "CHÁĂNH": not told)
            i = pairs[0].start()
        elif not pairs and (twice := _TONED_THEN_BARE.search(core)):
            i = twice.end() - 1  # "CHỦU" -> "CHỦ": a toned U or I read again bare
        else:
            continue
        fixed = core[:i] + core[i + 1:]
        if _syllable(fixed):
            out[k] = m.group(1) + fixed + m.group(3)
    return out


def split_syllables(word: str) -> list[str] | None:
    """`word` (letters) cut into the fewest Vietnamese syllables, each with its onset as long as
    the spelling allows ("HÒANAM" -> "HÒA", "NAM", not "HÒAN", "AM"); None when no cut into
    GLUED_MAX_SYLLABLES or fewer fits, or two cuts fit equally."""
    best: dict[int, tuple[int, int, list[str]] | None] = {0: (0, 0, [])}  # end -> (syllables, without onset, pieces)
    tied: set[int] = set()
    for end in range(1, len(word) + 1):
        options = []
        for start in range(max(0, end - 7), end):
            prev = best.get(start)
            if prev is None or not _syllable(word[start:end]):
                continue
            bare = _toneless_letters(word[start])
            options.append((prev[0] + 1, prev[1] + (bare in "aăâeêioôơuưy"), prev[2] + [word[start:end]], start in tied))
        options.sort(key=lambda o: (o[0], o[1]))
        if options:
            best[end] = options[0][:3]
            if options[0][3] or (len(options) > 1 and options[1][:2] == options[0][:2]):
                tied.add(end)
        else:
            best[end] = None
    found = best.get(len(word))
    if found is None or len(word) in tied or found[0] > GLUED_MAX_SYLLABLES:
        return None
    return found[2]


# A word's space before a capital lost ("Sở Y tế chủ trì" read "SởY tế", "3. Sở Nội vụ hướng dẫn" read "SởNội vụ": a
# narrow space of a serif face after a hooked "ở" and before a capital; the body lost, an activity's lead agency and
# a responsibility with it): a word whose small letters run into a capital, each piece a syllable ("Sở" / "Y",
# "Sở" / "Nội"), a syllable after each capital too, is those syllables as words. A piece no syllable spells ("iPhone",
# "VnPT", "ĐắkLắk": "Đắk" ends in "k"), a capital after a capital ("TTg", "UBND"), or a single letter before the
# capital ("eKYC") leaves the word as read.
_CAPITAL_GLUED = re.compile(r"^(\W*)([^\W\d_]+)(.*)$")


def repair_glued_capital(words: list[str]) -> list[str]:
    """"SởNội" -> "Sở Nội", "SởY_tế" -> "Sở Y_tế" (what follows the last syllable's letters stays with it): see
    above (one word of the list, its space put back, as repair_glued_heading gives). Anything else unchanged."""
    out = list(words)
    for k, word in enumerate(words):
        m = _CAPITAL_GLUED.match(unicodedata.normalize("NFC", word))
        core = m.group(2) if m else ""
        cuts = [i for i in range(1, len(core)) if core[i - 1].islower() and core[i].isupper()]
        if not cuts:
            continue
        pieces = [core[a:b] for a, b in zip([0] + cuts, cuts + [len(core)])]
        if len(pieces[0]) >= 2 and all(_syllable(p) and p[1:] == p[1:].lower() for p in pieces):
            out[k] = m.group(1) + " ".join(pieces) + m.group(3)
    return out


# A table's heading of two or three syllables read as one word, its space lost ("Sốlượng", "ĐÐĐơngiá" for "Số lượng"
# and "Đơn giá" in the header row of a table a .txt aligns with spaces, set in a proportional face: the quantities and
# the unit prices then read as amounts, no heading tells their columns): a word that is no syllable, cut into two or
# three syllables (any cut: "Đơ ngiá" spells too) that are a heading of TABLE_HEADINGS but for their tones, is that
# heading (the one such heading). Its "Đ" may be read as a run of D-like letters with a bar among them ("ĐÐĐ"), made
# one first. Any other word (no cut, a cut that is no heading, a syllable) stays as read.
# (a "Đ" read as two or three letters, its bar a letter of its own: a D, Đ or Latin eth run, a barred one in it)
D_LIKE_RUN = re.compile(r"[DĐÐ]{2,3}")


def repair_glued_heading(words: list[str]) -> list[str]:
    """"Sốlượng" -> "Số lượng", "ĐÐĐơngiá" -> "Đơn giá", "THÀNHTIỀN" -> "THÀNH TIỀN": a heading of TABLE_HEADINGS read
    as one word (see above), in the heading's spelling, in capitals where it was read so. Anything else unchanged."""
    out = list(words)
    for k, word in enumerate(words):
        m = _CORE.match(unicodedata.normalize("NFC", word))
        if not m or len(m.group(2)) < 4 or not m.group(2).isalpha() or _syllable(m.group(2)):
            continue
        core = m.group(2)
        reads = [core] + [core[:r.start()] + "Đ" + core[r.end():] for r in D_LIKE_RUN.finditer(core)
                          if set(r.group()) & {"Đ", "Ð"}]
        found = set()
        for read in reads:
            for pieces in _cuts(read):
                heading = _HEADINGS.get(_untoned_key(" ".join(pieces)))
                if heading is not None and len(heading.split()) == len(pieces):
                    found.add(heading.upper() if read.isupper() else
                              heading[0].lower() + heading[1:] if read[0].islower() else heading)
        if len(found) == 1:
            out[k] = m.group(1) + found.pop() + m.group(3)
    return out


def _cuts(word: str) -> list[list[str]]:
    """Every cut of `word` into two or three syllables ("Đơngiá": "Đơ ngiá", "Đơn giá", "Đơng iá"); none for a word
    longer than three syllables can be."""
    if len(word) > 21:
        return []
    n = len(word)
    found = []
    for i in range(1, n):
        if not _syllable(word[:i]):
            continue
        if _syllable(word[i:]):
            found.append([word[:i], word[i:]])
        found += [[word[:i], word[i:j], word[j:]] for j in range(i + 1, n)
                  if _syllable(word[i:j]) and _syllable(word[j:])]
    return found


def repair_glued_place(words: list[str]) -> list[str]:
    """"TỈNHHÒANAM" -> "TỈNH HÒA NAM" (one word holding the spaces: the words are boxes on the
    page): a word in capitals that is no syllable but a level word ("TỈNH", "HUYỆN", "XÃ",
    "PHƯỜNG", "QUẬN", "THỊ") glued to a place's name, as OCR reads a header's bold line with
    its spaces lost, cut into its syllables (split_syllables). Anything else unchanged."""
    out = list(words)
    for k, word in enumerate(words):
        m = _CORE.match(unicodedata.normalize("NFC", word))
        if not m or not m.group(2).isalpha() or not m.group(2).isupper() or len(m.group(2)) < 6 \
                or _syllable(m.group(2)):
            continue
        pieces = split_syllables(m.group(2))
        # ... or a Party committee's "ỦY" glued to the place after its level word ("HUYỆN", "UỶTÂNLÂM")
        committee = pieces and untoned(pieces[0]) == "uy" and k > 0 \
            and untoned(words[k - 1].strip(".,:;")).lower() in {untoned(w) for w in _LEVEL_HEADS}
        if pieces and len(pieces) >= 2 and (pieces[0].lower() in _LEVEL_HEADS or committee):
            out[k] = m.group(1) + " ".join(pieces) + m.group(3)
    return out


_GLUED_CORE = re.compile(r"^(\W*)([^\W\d_]+)(\W*)$")


def repair_glued_told_by_page(lines: list[list[str]]) -> list[list[str]]:
    """A page's lines of words, a word in capitals that is no syllable but two or three glued ("VANGBẮC": a
    header's name wrapped, "TRƯỜNG THPT HÒA" / "VANGBẮC", its space lost) cut into them where the page writes
    those syllables one after the other as words of its own in any case ("Trường THPT Hòa Vang Bắc xây dựng
    ..."): the cut split_syllables finds, its pieces as the page spells them but for case. A name's word that
    no syllable spells (a minority's place name: "Đắk", "Krông", "Ea") leaves no cut to find: such a glued word
    ("ĐĂKTHẠNH", "ĐẮKTHẠNH": "UBND TỈNH ĐẮK THẠNH" read with its space lost, its mark or not) is cut where
    the page writes two or three words (of two letters or more each, with a vowel: no abbreviation's) whose
    letters, marks aside, are the glued word's, in the one spelling the page gives those letters
    (_glued_as_written). So too a glued word cut into syllables the page does not write, where the page writes
    as many words with its letters but for marks, in one spelling ("QUẾSON", a header's wrapped name read with its
    space and the horn of its "Ơ" lost, "Quế Sơn, ngày ..." on the page: "QUẾ SƠN"). Anything else unchanged (a
    glued word the page does not write apart: repair_glued_place's level words only)."""
    written: set[tuple[str, ...]] = set()
    spelt: dict[str, set[tuple[str, ...]]] = {}  # a run's letters without marks, glued -> the page's spellings
    for line in lines:
        cores = [(m.group(2).lower() if (m := _GLUED_CORE.match(unicodedata.normalize("NFC", w))) else None) for w in line]
        for n in (2, 3):
            for k in range(len(cores) - n + 1):
                run = cores[k:k + n]
                if all(run):
                    written.add(tuple(run))
                    if all(len(c) >= 2 and any(_bare_key(ch) in "aeiouy" for ch in c) for c in run):
                        spelt.setdefault("".join(_bare_key(c) for c in run), set()).add(tuple(run))
    out = []
    for line in lines:
        words = list(line)
        for k, word in enumerate(line):
            m = _GLUED_CORE.match(unicodedata.normalize("NFC", word))
            if not m or not m.group(2).isupper() or len(m.group(2)) < 5 or _syllable(m.group(2)):
                continue
            pieces = split_syllables(m.group(2))
            if pieces and 2 <= len(pieces) <= 3 and tuple(p.lower() for p in pieces) in written:
                words[k] = m.group(1) + " ".join(pieces) + m.group(3)
            elif (run := _glued_as_written(m.group(2), spelt)) and len(run) == len(pieces or run):
                # (no cut fits, or the cut's syllables are no words the page writes: "QUẾSON", its "Ơ" read
                # without its horn, "Quế Sơn" on the page)
                words[k] = m.group(1) + " ".join(run).upper() + m.group(3)
        out.append(words)
    return out


def _glued_as_written(word: str, spelt: dict[str, set[tuple[str, ...]]]) -> tuple[str, ...] | None:
    """The page's words (`spelt`: runs of two or three by their letters without marks, glued) that `word`, a word in
    capitals no cut into syllables fits, spells but for marks, where the page spells those letters one way only;
    None otherwise."""
    runs = spelt.get(_bare_key(word), set())
    if len(runs) != 1:
        return None
    return next(iter(runs))


# A word in capitals read with one letter wrong, no syllable then ("SỞ NÔNG NGHITP VÀ MÔI": the "Ệ" of "NGHIỆP" read
# "T"; the issuer 'Sở Nông nghitp và ...'), where the page writes it right elsewhere in lower case ("Sở Nông nghiệp và
# Môi trường xây dựng ..."): the word beside it tells which word it is.
def _letters_apart(read: str, right: str) -> int:
    """How many letters two words of one length differ in, their marks aside ("NGHITP", "nghiệp": 1)."""
    return sum(a != b for a, b in zip(_bare_key(read), _bare_key(right)))


# ... or with a vowel read twice, the marks stacked over it split between the two ("TRUYỂÊN" for "TRUYỀN": the
# circumflex and the tone read as two letters' marks; "MUƯÒNG" for "MƯỜNG"), which no syllable spells: the word
# the page writes beside the same neighbour with that vowel once. (A consonant too many, "DỤTC" for "DỤC", is not
# told so: the page's word one letter shorter may be another word.)
def _vowel_read_twice(read: str, right: str) -> bool:
    """`read` is `right` with one of its vowels written twice, marks aside ("TRUYỂÊN", "truyền")."""
    a, b = _bare_key(read), _bare_key(right)
    return len(a) == len(b) + 1 and any(a[i] == a[i + 1] and a[i] in "aeiouy" and a[:i] + a[i + 1:] == b
                                        for i in range(len(a) - 1))


# ... or with a vowel's marks read as a letter of their own beside it, the vowel left with fewer marks ("HUYƑẸN" or
# "HUYFEN" for "HUYỆN": the circumflex read as a hooked or a plain "F", the dot below kept or lost; the issuer 'Ủy ban
# nhân dân huyƒẹn minh khê', its level and place lost), which no syllable spells: the word one letter shorter the
# page writes beside the same neighbour with those marks. (A letter too many beside a vowel with all its marks,
# "DỤTC" for "DỤC", is not told so: nothing of the vowel's went into it.)
def _marks_read_as_letter(read: str, right: str) -> bool:
    """`read` is `right` with a letter more next to one of its vowels, that vowel read with fewer of its marks and
    the other letters as they are ("HUYƑẸN", "huyện"; not "DỤTC", "dục")."""
    a, b = _letter_marks(read), _letter_marks(right)
    if len(a) != len(b) + 1:
        return False
    for i, (extra, _) in enumerate(a):
        if extra in "aeiouy" or not extra.isalpha():
            continue
        rest = a[:i] + a[i + 1:]
        if any(x != y for (x, _), (y, _) in zip(rest, b)):
            continue
        fewer = [j for j, ((_, m), (y, n)) in enumerate(zip(rest, b)) if m != n]
        if len(fewer) == 1 and fewer[0] in (i - 1, i) and b[fewer[0]][0] in "aeiouy" \
                and rest[fewer[0]][1] < b[fewer[0]][1]:
            return True
    return False


# ... or with its marks only other than the page's, beside the same neighbour:
# - an abbreviation in capitals (no syllable) read with a vowel's mark, which no abbreviation carries ("Phòng Tài chính
#   - Kế hoạch và ƯBND các xã": the U read with a horn; the partner 'UBND các xã' not told), where the page writes its
#   letters without marks ("Chủ tịch UBND các xã"): "UBND";
# - a word in capitals that is a syllable read with a mark lost ("SỞ TÀI NGUYÊN VÀ MÔI" / "TRƯƠNG": the huyền over
#   the capital "Ơ" lost; the issuer 'Sở Tài nguyên và Môi trương', its province lost), where the page writes the
#   word with that mark and the marks read ("Sở Tài nguyên và Môi trường xây dựng ..."), and not as read.
# The neighbour may end the line above (a header's name wrapped in its column: "... VÀ MÔI" / "TRƯƠNG").
def _letter_marks(word: str) -> list[tuple[str, set[str]]]:
    """Each letter of `word` in lower case as (its letter without marks, its marks); "đ" is "d" with a bar mark."""
    out = []
    for ch in unicodedata.normalize("NFC", word.lower()):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], set(parts[1:])
        if base == "đ":
            base, marks = "d", marks | {"bar"}
        out.append((base, marks))
    return out


def _marks_lost(read: str, right: str) -> bool:
    """`read` is `right` with one mark or more lost, no mark of its own ("TRƯƠNG", "trường"; "DONG", "đồng")."""
    a, b = _letter_marks(read), _letter_marks(right)
    return len(a) == len(b) and all(x == y and m <= n for (x, m), (y, n) in zip(a, b)) \
        and any(m != n for (_, m), (_, n) in zip(a, b))


def _abbreviation_word(word: str) -> bool:
    """`word` is in capitals, no syllable, with no mark but the bar of "Đ" ("UBND", "HĐND", "MTTQ")."""
    return word.isupper() and not _syllable(word) and all(m <= {"bar"} for _, m in _letter_marks(word))


def _marked_abbreviation(read: str, right: str) -> bool:
    """`read` is the abbreviation `right` with a vowel's mark or more ("ƯBND", "ubnd")."""
    return _abbreviation_word(right.upper()) and _bare_key(read) == _bare_key(right) \
        and any(m - {"bar"} for _, m in _letter_marks(read))


def _known_pairs() -> set[tuple[str, str]]:
    """Each two words side by side in a section heading or a phrase of the header's vocabulary, in lower case ("mục",
    "tiêu"; "nhân", "dân"): spelt so, a pair is right as read (see repair_letter_told_by_page)."""
    pairs = set()
    for phrase in (*SECTION_PHRASES, *VOCABULARY):
        words = unicodedata.normalize("NFC", phrase.lower()).split()
        pairs.update(zip(words, words[1:]))
    return pairs


ABBREVIATION_TOLD = 2  # an abbreviation the page writes this often tells a word it spells with marks beside any word


def repair_letter_told_by_page(lines: list[list[str]], columns: list[int] | None = None) -> list[list[str]]:
    """A page's lines of words, a word in capitals that is no syllable (of four letters or more) spelt as the page
    writes it beside the same word elsewhere ("NÔNG", "NGHITP" and "Nông nghiệp" -> "NGHIỆP"; "TRUYỂÊN", "THÔNG"
    and "Truyền thông" -> "TRUYỀN"): a word of as many letters, a syllable, one letter apart from it (marks
    aside), or a word one letter shorter that it spells with a vowel read twice (_vowel_read_twice) or with a vowel's
    marks read as a letter beside it (_marks_read_as_letter: "HUYƑẸN", "DÂN" and "dân huyện" -> "HUYỆN"), or an
    abbreviation it spells with marks (_marked_abbreviation: "ƯBND", "các" and "UBND các" -> "UBND"), after (or
    before) a word that is the read word's neighbour but for its marks; the one such spelling on the page (an
    abbreviation so spelt that the page writes ABBREVIATION_TOLD times, beside any word: "-ƯBND tỉnh" with "UBND xã"
    twice -> "UBND"). A word in
    capitals that is a syllable (of four letters or more) read with a mark lost (_marks_lost: "MÔI", "TRƯƠNG" and
    "Môi trường" -> "TRƯỜNG") so too, where the page does not write it as read beside that neighbour. A line's
    first word's neighbour before it is the line above's last, or the last of its first column (`columns`: each
    line's count of words in its first column, a header's left one beside the motto's). Anything else unchanged."""
    beside: dict[tuple[str, int, int], Counter] = {}  # (neighbour's bare letters, side, length) -> words, how often
    cores = [[(m.group(2) if (m := _GLUED_CORE.match(unicodedata.normalize("NFC", w))) else None) for w in line]
             for line in lines]
    flat = [word for line in cores for word in line]
    starts = [0]
    for line in cores:
        starts.append(starts[-1] + len(line))
    before = {i: i - 1 for i in range(1, len(flat))}  # a word's neighbour before it, by place in `flat`
    for n in range(1, len(cores)):
        if columns is not None and cores[n] and 0 < columns[n - 1] <= len(cores[n - 1]):
            before[starts[n]] = starts[n - 1] + columns[n - 1] - 1
    after = {j: i for i, j in before.items()}
    written = Counter(w for w in flat if w and len(w) >= 3 and _abbreviation_word(w))  # "UBND", "HĐND"
    for i, j in before.items():
        a, b = flat[j], flat[i]
        if a and b:
            if _syllable(b) or _abbreviation_word(b):
                beside.setdefault((_bare_key(a), -1, len(b)), Counter())[b.lower()] += 1
            if _syllable(a) or _abbreviation_word(a):
                beside.setdefault((_bare_key(b), 1, len(a)), Counter())[a.lower()] += 1
    out = []
    at = 0
    for line, core in zip(lines, cores):
        words = list(line)
        for k, word in enumerate(core):
            i, at = at, at + 1
            if not word or len(word) < 4 or not word.isupper():
                continue
            syllable = _syllable(word)
            fits, as_read = set(), False
            for side, nexts in ((-1, before), (1, after)):
                if nexts.get(i) is not None and flat[nexts[i]]:
                    neighbour = flat[nexts[i]]
                    near = beside.get((_bare_key(neighbour), side, len(word)), Counter())
                    if syllable:
                        fits |= {w for w in near if _marks_lost(word, w)}
                        as_read |= near[word.lower()] > 1  # (once: the read word itself)
                        # (a heading's or the vocabulary's two words as read: "MỤC" / "TIÊU", a heading repaired,
                        # beside a sentence's "MỤC TIỂU" left as read)
                        pair = (neighbour.lower(), word.lower()) if side < 0 else (word.lower(), neighbour.lower())
                        as_read |= pair in _KNOWN_PAIRS
                        continue
                    fits |= {w for w in near if _letters_apart(word, w) == 1 and _syllable(w)}
                    fits |= {w for w in near if _marked_abbreviation(word, w)}
                    fits |= {w for w in beside.get((_bare_key(neighbour), side, len(word) - 1), ())
                             if (_vowel_read_twice(word, w) or _marks_read_as_letter(word, w)) and _syllable(w)}
            if not fits and not syllable:  # "-ƯBND tỉnh (b/c)" under "Nơi nhận:", the page's "UBND" beside others
                fits = {w for w, n in written.items() if n >= ABBREVIATION_TOLD and _marked_abbreviation(word, w)}
            if len(fits) == 1 and not as_read:
                m = _GLUED_CORE.match(unicodedata.normalize("NFC", line[k]))
                words[k] = m.group(1) + fits.pop().upper() + m.group(3)
        out.append(words)
    return out


_KNOWN_PAIRS = _known_pairs()


# An abbreviation in a ruled cell read with a letter too many ("BCPĐ chủ trì; các Ban, ngành phối hợp" for "BCĐ ...",
# at 43 on every kind of scan, round IMG43: the steering committee the document names "BCĐ" lost as the task's lead).
# The cells are read one by one, no page about them: where the page (its lines and other cells) writes the read word
# nowhere and writes one abbreviation that the read word spells with one letter more (its first letter kept), the
# read word is that abbreviation. A word the page writes as read, or a syllable, stays.
def abbreviation_told_by_page(word: str, written: set[str]) -> str | None:
    """The abbreviation of `written` (the page's words in capitals that are no syllable, their signs stripped) that
    the abbreviation `word` (in capitals, of four letters or more, no syllable) spells with one letter inserted
    after its first (see above); None where `word` is written, is no such word, or where none or two fit."""
    if len(word) < 4 or word in written or not _abbreviation_word(word):
        return None
    fits = {w for w in written if len(w) == len(word) - 1 >= 3 and w[0] == word[0]
            and any(word[:k] + word[k + 1:] == w for k in range(1, len(word)))}
    return fits.pop() if len(fits) == 1 else None
