"""Speed rewrites in the normalizers find exactly what the code they replaced found: each
is compared with the plain version (kept here as the reference) on texts of every shape,
those the shortcut lets through and those it turns away."""

import re

import pytest

from normalizers import money

# MONEY as it was, without the look-ahead that turns away digits no unit follows
MONEY_PLAIN = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d{0,2}\.\d{1,2}(?![\d.,])|\d*(?:,\d+)?|"
                         r"[\dlI]{0,2}(?:\.[\dlIO]{3})+))\s*(" + money._UNIT_ALT + r")(?![^\W\d])", re.I)

TEXTS = [
    "Kinh phí thực hiện Dự án 1: 67.400 triệu đồng, trong đó ngân sách Trung ương 30.600 trđ",
    "Tổng vốn 1.500,5 tỷ đồng; vốn tỉnh 2 tr. đồng, vốn huyện 3 tr.đ. và 4 tr đ", "5 TỶ ĐỒNG", "7 Triệu VNĐ",
    "12 tỉ", "1 tỷ 500 triệu đồng", "9.037/17.454 tỷ đồng, đạt 51,8%", "1.5 tỷ đồng", "12.25 triệu", "1.OOO tỷ đồng",
    "1l.240 triệu đồng", "2.4l0 triệu", "ngày 12/3/2025, số 45/KH-UBND", "năm 2025 tăng 10%", "20 triệu người",
    "Đơn vị tính: 1.000 đồng", "ĐVT: triệu đồng 50 triệu", "10 nghìn tỷ đồng", "3 ngàn tỉ", "500 nghìn",
    "đồng16 300 đồng17", "số 0912 345 678", "A1 200 đồng", "1,200 đồng", "12,5 tr.đồng", "100 vnd", "100VND",
    "3 đ", "3đ/người", "40 Đ", "6 NGHÌN ĐỒNG", "mã 2021-2025 t", "1 t", "2 tấn", "10 ha", "x9 vnđ", "9\u00a0tỷ",
    "9\ttriệu", "1.000.000 đồng", "12 tháng", "2 năm", "1 Ngàn Tỷ Đồng", "5 Trđ", "0,5 TỶ", "45 tỷđồng", "",
    "không có số", "... 1.200.000.000 đồng (Một tỷ hai trăm triệu đồng)", "7 nghìn tỉ đồng", "3 ngàn đồng",
]


@pytest.mark.parametrize("text", TEXTS)
def test_money_look_ahead_finds_what_the_plain_pattern_finds(text):
    assert ([(m.span(), m.groups()) for m in money.MONEY.finditer(text)]
            == [(m.span(), m.groups()) for m in MONEY_PLAIN.finditer(text)])


def test_money_unit_first_letters_cover_every_unit():
    assert all(re.match("[" + money._UNIT_FIRST + "]", u, re.I) for u in money.UNITS)


@pytest.mark.parametrize("text, amounts", [
    ("Kinh phí 67.400 triệu đồng", [67_400_000_000]),
    ("1 tỷ 500 triệu đồng", [1_500_000_000]),
    ("9.037/17.454 tỷ đồng", [9_037_000_000_000, 17_454_000_000_000]),
    ("ngày 12/3/2025 năm 2025", []),
    ("20 triệu người", []),
])
def test_find_money_still_reads_amounts(text, amounts):
    assert [m.amount_vnd for m in money.find_money(text)] == amounts


from normalizers import agencies  # noqa: E402
from normalizers.text import normalize_line  # noqa: E402


def _canonical_plain(name, extra=None):
    """canonical as it was: the abbreviation table scanned in order for each abbreviation,
    every pattern made on the spot, nothing remembered."""
    def lookup(written):
        form = re.sub(r"\s*-\s*", "-", " ".join(written.split()))
        for abbr, full in agencies.ABBREVIATIONS.items():
            if re.sub(r"\s*-\s*", "-", abbr) == form:
                return full
        return written

    text = normalize_line(name).strip(" .;,:-")
    text = agencies._LEADING.sub("", text)
    text = agencies._strip_predicate(agencies._TRAILING.sub("", text)).strip(" .;,:")
    text = agencies._ABBREV_RE.sub(lambda m: lookup(m.group(1)), text)
    for abbr, full in (extra or {}).items():
        text = re.sub(r"(?<![\wĐđ])" + re.escape(abbr) + r"(?![\wĐđ])", full, text)
    text = re.sub(r"\s*-\s*", " - ", text)
    text = re.sub(r"\s*,\s*", ", ", text)
    text = re.sub(r"\s*&\s*", " và ", text)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else text


AGENCY_NAMES = [
    "Sở LĐ-TB&XH", "Sở LĐ - TB & XH", "Sở LĐTBXH tỉnh Hà Giang", "UBND các xã triển khai", "UBND huyện Krông Pa",
    "Ủy ban MTTQVN tỉnh", "giao cho Sở GD&ĐT", "Đề nghị Công an tỉnh chủ động", "Sở TN&MT (cơ quan thường trực)",
    "Sở KH&ĐT, Sở TC", "Ban Chỉ đạo BVTE tỉnh", "Trung tâm BVTE huyện (nếu có)", "Phòng VH-TT", "Phòng VH - TT",
    "  Sở Y tế ;", "các đơn vị được giao nhiệm vụ theo dõi", "Hội LHPN huyện", "Đoàn TNCS Hồ Chí Minh tỉnh", "",
    "Sở NN&PTNT", "BQL dự án ĐTXD", "Văn phòng UBND tỉnh", "UBND",
]
EXTRAS = [None, {}, {"BVTE": "bảo vệ trẻ em", "TTBVTE": "Trung tâm bảo vệ trẻ em"}]


@pytest.mark.parametrize("name", AGENCY_NAMES)
def test_canonical_answers_as_before(name):
    for extra in EXTRAS:
        assert agencies.canonical(name, extra) == _canonical_plain(name, extra)
        assert agencies.canonical(name, extra) == _canonical_plain(name, extra)  # remembered: the same again
    assert agencies.key(name) == " ".join(re.sub(r"[^\w\s]", " ", _canonical_plain(name).casefold()).split())


def test_canonical_takes_a_document_definition_as_written():
    # (an abbreviation the table does not hold; "QLDA", used here before, is in the table now)
    assert agencies.canonical("Ban BVTE huyện", {"BVTE": "bảo vệ trẻ em"}) == "Ban bảo vệ trẻ em huyện"
    assert agencies.canonical("Ban BVTE huyện") == "Ban BVTE huyện"  # the same name without it: not expanded
    # a document's own definition goes before the table's spelling of the same initials
    assert agencies.canonical("Ban QLDA huyện", {"QLDA": "quản lý dự án"}) == "Ban quản lý dự án huyện"
    assert agencies.canonical("Ban QLDA huyện") == "Ban Quản lý dự án huyện"


# -- the legacy-encoding pre-check counts the Vietnamese letters a stretch at a time ------------
import unicodedata  # noqa: E402

from normalizers import legacy  # noqa: E402


def _looks_legacy_plain(text):
    sample = unicodedata.normalize("NFC", text[:20000])
    marks = len(legacy._LEGACY_MARKS.findall(sample))
    if marks <= 0.01 * len(sample):
        return False
    vietnamese = len(legacy._VIETNAMESE_ONLY.findall(sample))
    if marks <= 3 * vietnamese:
        return False
    letters = len(legacy._NON_LETTERS.sub("", sample)) or 1
    return marks / letters > 0.02


_UNICODE_LINE = "Ủy ban nhân dân tỉnh Điện Biên ban hành kế hoạch thực hiện chương trình năm 2027. "
_TCVN3_LINE = "Uû ban nh©n d©n tØnh §iÖn Biªn ban hµnh kÕ ho¹ch thùc hiÖn ch­¬ng tr×nh n¨m 2027. "
_LATIN1_ONLY = "àáâãèéêìíòóôõùú ý "  # the marks Vietnamese shares with Latin-1, none of its own letters


@pytest.mark.parametrize("text", [
    _UNICODE_LINE * 300, _TCVN3_LINE * 300, _UNICODE_LINE, _TCVN3_LINE, "",
    _LATIN1_ONLY * 200 + _UNICODE_LINE * 5,  # its own letters only after the first stretches
    _LATIN1_ONLY * 2000 + _UNICODE_LINE * 50,  # ... and only past the 20 000 characters
    _TCVN3_LINE * 150 + _UNICODE_LINE * 150, _UNICODE_LINE * 150 + _TCVN3_LINE * 150,
    "plain ascii text, no marks at all " * 100, "café résumé " * 100 + "đ",
])
def test_looks_legacy_answers_as_the_full_count(text):
    assert legacy.looks_legacy(text) == _looks_legacy_plain(text)


# -- plan keys: a piece's tokens word by word, digit groups found from their separator ----------
from normalizers import keys  # noqa: E402

PIECES = [
    "ủy ban nhân dân tỉnh kon tum ban hành kế hoạch thực hiện chương trình năm 2026",
    "kinh phí 67400 triệu đồng (trong đó: ngân sách trung ương 30600)", "abc123def 45x_y z-w 1/2 ½ ² ⅷ ٣٤ ⑤",
    "   ", "", "h'mông ê-đê bru-vân kiều", "số 12/kh-ubnd ngày 05/3/2026", "đạt 86,5% — tăng 2.5 lần…",
    "tab\there\u00a0nbsp\u2003em", "a_b __ _x_",
]


@pytest.mark.parametrize("piece", PIECES)
def test_tokens_word_by_word_are_the_patterns(piece):
    assert keys._tokens(piece) == keys._TOKEN.findall(piece)


@pytest.mark.parametrize("text", ["1.240.000", "86,5", "a.1", "1.a", ".5", "5.", "1,2,3", "1..2", "x 1. 2", "²,3", "٣.٤", ""])
def test_digit_group_separators_as_before(text):
    assert keys._DIGIT_GROUP.sub("", text) == re.sub(r"(?<=\d)[.,](?=\d)", "", text)
