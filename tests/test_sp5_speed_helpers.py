"""Session 41, SP5: the shortcuts that spare the field extractors a search or a regex call give the same answers
as the calls they stand for (output byte-identical). Each table holds texts the shortcut must pass on to the full
reading (and that reading's answer), and texts it must settle by itself."""

import re

import pytest

import extractors.fields.activities as acts
from extractors.fields.budget_statements import BUDGET_WORDS, _names_money
from extractors.tables.rebuild import CODE_HEAD, NUMERIC, ROW_CODE, WORD, _is_code, _is_label
from normalizers.keys import _EDGE_MARKS, _TOKEN, _tokens
from normalizers.money import FOREIGN_WORTH_BEFORE, WORTH_WORD, without_foreign_worth


# -- without_foreign_worth: the words of worth first ------------------------------------------------------------
FOREIGN_LABELS = [  # (label, what is left of it)
    ("Tổng vốn của dự án khoảng 3,2 triệu USD (tương đương ", "Tổng vốn của dự án khoảng"),
    ("vốn vay ODA 850.000 EUR, quy đổi khoảng ", "vốn vay ODA"),
    ("Kinh phí viện trợ USD 1,5 triệu (Tương Đương với ", "Kinh phí viện trợ"),
    ("Nguồn tài trợ 40 nghìn đô la Mỹ ≈ ", "Nguồn tài trợ"),
]
PLAIN_LABELS = [  # no foreign amount: the label as it stands (most have no word of worth at all)
    "Tổng kinh phí thực hiện Kế hoạch là ",
    "Ngân sách huyện Đắk Tô hỗ trợ 2.400 triệu đồng; ngân sách xã ",
    "Ước thực hiện cả năm 2027 là ",  # a word of worth, no foreign amount before it
    "khoảng ",
    "",
]


@pytest.mark.parametrize("label,left", FOREIGN_LABELS)
def test_a_foreign_amount_before_its_worth_is_taken_out(label, left):
    assert WORTH_WORD.search(label)
    assert without_foreign_worth(label) == left


@pytest.mark.parametrize("label", PLAIN_LABELS)
def test_a_label_without_a_foreign_amount_stays(label):
    assert FOREIGN_WORTH_BEFORE.search(label) is None
    assert without_foreign_worth(label) == label


def test_no_word_of_worth_means_no_foreign_amount():
    # what the shortcut rests on: every match of the full pattern holds a word WORTH_WORD finds
    for label, _ in FOREIGN_LABELS:
        m = FOREIGN_WORTH_BEFORE.search(label)
        assert m and WORTH_WORD.search(m.group())
    assert not WORTH_WORD.search("Tổng vốn 2,5 triệu USD (bằng ")


# -- content_key's tokens: punctuation stripped from a word's ends ------------------------------------------------
PIECES = [
    "ủy ban nhân dân tỉnh, các sở (ban, ngành) và huyện",
    "“mỗi xã một sản phẩm” giai đoạn 2026-2030",
    "năm 2027: 1240000đ/người; 86,5%",
    "abc123, x², m_2 và [1]",
    "--- ... ,,,",
    "(quyết định số 15/qđ-ubnd).",
]


@pytest.mark.parametrize("piece", PIECES)
def test_tokens_are_the_patterns(piece):
    assert _tokens(piece) == _TOKEN.findall(piece)


def test_edge_marks_are_no_word_characters():
    assert all(re.fullmatch(r"\W", c) for c in _EDGE_MARKS)
    assert "_" not in _EDGE_MARKS  # (a word character no token holds: left to the pattern)


# -- activities: a role label or bracket searched only where its words are ---------------------------------------
ROLE_LINES = [  # must be found as the full search finds them
    "Tuyên truyền phòng chống dịch. Đơn vị thực hiện: Trung tâm Y tế huyện Ea Súp",
    "Trồng 120 ha rừng phòng hộ. Chủ trì: Hạt Kiểm lâm; phối hợp: UBND các xã",
    "Kiểm tra an toàn thực phẩm - Cơ quan chịu trách nhiệm: Chi cục An toàn vệ sinh thực phẩm",
    "Rà soát hộ nghèo; Trách nhiệm thực hiện: Phòng Lao động - Thương binh và Xã hội",
]
NO_ROLE_LINES = [  # must not: no label (no colon, or no role word, or a role word with no label)
    "Tổ chức 20 lớp tập huấn cho nông dân: quý III/2027",
    "Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan thực hiện",
    "Thời gian: năm 2027",
    "",
]


@pytest.mark.parametrize("line", ROLE_LINES)
def test_an_inline_role_label_is_found(line):
    m = acts._inline_role_label(line)
    assert m is not None and m.group(1) == acts.INLINE_ROLE_LABEL.search(line).group(1)


@pytest.mark.parametrize("line", NO_ROLE_LINES)
def test_no_inline_role_label(line):
    assert acts._inline_role_label(line) is None and acts.INLINE_ROLE_LABEL.search(line) is None


@pytest.mark.parametrize("title,found", [
    ("Nâng cấp đường giao thông nông thôn (UBND xã Ia Dom chủ trì, các thôn phối hợp)", True),
    ("In tờ rơi tuyên truyền [Trung tâm Văn hóa tỉnh thực hiện]", True),
    ("Nâng cấp đường giao thông nông thôn, UBND xã chủ trì", False),  # no bracket
    ("Mua sắm trang thiết bị (02 bộ)", False),  # a bracket without a role
])
def test_title_roles_only_in_brackets(title, found):
    m = acts._title_roles(title)
    assert (m is not None) == found
    assert (m.group(1) if m else None) == (acts.TITLE_ROLES.search(title).group(1) if found else None)


# -- flattened tables: a cell's code and label tests, remembered by text ------------------------------------------
@pytest.mark.parametrize("text,code,label", [
    ("1", True, False), (" II. ", True, False), ("a)", True, False), ("", True, False), ("\u00a0", True, False),
    ("Tuyên truyền phòng chống tác hại thuốc lá", False, True), ("1.250,5", False, False), ("STT", False, False),
])
def test_cell_code_and_label(text, code, label):
    for _ in range(2):  # (the second answer from the cache)
        assert _is_code(text) is code
        assert _is_label(text) is label
    t = text.strip()
    assert label == (bool(WORD.search(t)) and not ROW_CODE.match(t) and not NUMERIC.match(t) and not CODE_HEAD.match(t))


# -- budget statements: whether a heading over a sum names money, asked when needed --------------------------------
@pytest.mark.parametrize("headings,named", [
    ({1: "II. TÌNH HÌNH THU NGÂN SÁCH NĂM 2026", 2: "1. Kết quả"}, True),
    ({1: "I. Kết quả thực hiện", 2: "2. Kinh phí hỗ trợ"}, True),
    ({1: "I. THỰC TRẠNG", 2: "1. Kết quả đạt được"}, False),
    ({}, False),
])
def test_headings_name_money(headings, named):
    assert _names_money(headings) is named
    assert named == any(BUDGET_WORDS.search(t) for t in headings.values())


# -- table checks: the one set of column gaps that makes up a row's gap, met in the middle ---------------------------
from decimal import Decimal as D  # noqa: E402
from itertools import combinations  # noqa: E402

from extractors.tables.checks import SPLIT_FROM, _exact, _subset_split, _unique_subset  # noqa: E402


def _every_fit(gaps: dict, total) -> list[tuple]:
    """The reference: every non-empty set of columns whose gaps add up to `total`."""
    cols = list(gaps)
    return [c for k in range(1, len(cols) + 1) for c in combinations(cols, k) if sum(gaps[n] for n in c) == total]


WIDE_GAPS = {3: D("120.5"), 4: D("-40"), 5: D("75.25"), 7: D("310"), 8: D("12.125"), 9: D("-7"), 10: D("2500"),
             11: D("64.4"), 12: D("1.6"), 13: D("900"), 14: D("-0.75")}  # a wide table's column gaps
WITH_ZERO = {**WIDE_GAPS, 6: D("0")}  # ... and a column that adds nothing: any set fits with it and without it


@pytest.mark.parametrize("gaps,total,one", [
    (WIDE_GAPS, D("2707.875"), True),  # 120.5 + 75.25 + 12.125 + 2500
    (WIDE_GAPS, D("-47.75"), True),
    (WITH_ZERO, D("0"), True),  # the zero gap alone
    (WITH_ZERO, D("2707.875"), False),  # with the zero gap and without: two sets, none proved
    (WIDE_GAPS, D("0.001"), False),  # no set
])
def test_one_set_of_gaps_or_none(gaps, total, one):
    fits = _every_fit(gaps, total)
    assert (len(fits) == 1) == one
    want = fits[0] if one else None
    assert _unique_subset(dict(gaps), total) == want
    assert _subset_split(tuple(gaps.items()), total) == want


SMALL_GAPS = {1: D("11"), 2: D("23"), 3: D("37"), 4: D("59"), 5: D("83"), 6: D("131")}


@pytest.mark.parametrize("gaps,total,one", [
    (SMALL_GAPS, D("120"), True),  # 37 + 83
    (SMALL_GAPS, D("1000"), False),
    ({1: D("10"), 2: D("20"), 3: D("30"), 4: D("45"), 5: D("60"), 6: D("75"), 7: D("95")}, D("170"), False),  # several
])
def test_met_in_the_middle_is_the_plain_search(gaps, total, one):
    fits = _every_fit(gaps, total)
    assert (len(fits) == 1) == one
    want = fits[0] if one else None
    assert _subset_split(tuple(gaps.items()), total) == want
    assert _unique_subset(gaps, total) == want


@pytest.mark.parametrize("values,exact", [
    ([D("67.400"), D("-9.980"), 0, D("1250000")], True),
    ([D("1E+15")], False),  # too large to add up exactly in any order
    ([D("0.0000001")], False),  # too fine
    ([D("NaN")], False),
    ([1.5], False),  # (a float is never a table's value)
])
def test_exact_values(values, exact):
    assert _exact(values) is exact
