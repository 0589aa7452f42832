"""The budget statements' scope skips the searches for a name or a comparison the amount
follows in parentheses (NAMED_BEFORE, SAME_PERIOD: tried at every position of a long label)
when the label does not end on "(" and white space. The prefilter must never rule out a
label either pattern finds: every white space `\\s` knows is one str.rstrip strips, and
the amounts after a name or "cùng kỳ" in parentheses keep their scope whatever white space
stands inside the parenthesis (a space, a no-break space, a tab, a line break)."""

import re
import sys

import pytest

from extractors.document import build_document
from extractors.fields import budget_statements as bs
from extractors.formats import read

SPACES = [" ", "\u00a0", "\t", "\n", "\u2003", "\u202f", "  \n ", ""]
HEADS = ["Bến xe Phước Long", "tăng 6,2% so cùng kỳ", "so với cùng kỳ năm trước", "gồm: Trạm y tế xã Ia Ly",
         "Kinh phí thực hiện", "(ghi chú) Nhà văn hóa thôn 4", "cùng kỳ", "", "a"]
TAILS = ["(", "( ", "((", "()", "(x", "(*", ")", ":", ",", "(\u00a0\u00a0"]


def test_white_space_of_the_pattern_is_white_space_of_rstrip():
    space = re.compile(r"\s").fullmatch
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert bool(space(c)) == (c.rstrip() == ""), hex(code)


@pytest.mark.parametrize("head", HEADS)
def test_a_label_either_pattern_finds_ends_open(head):
    for tail in TAILS:
        for space in SPACES:
            label = head + space + tail + space
            if bs.NAMED_BEFORE.search(label) or bs.SAME_PERIOD.search(label):
                assert bs._ends_open(label), repr(label)


@pytest.mark.parametrize("label,expected", [
    ("Bến xe Phước Long (", True), ("Bến xe Phước Long (\u00a0", True), ("so cùng kỳ (\n", True),
    ("tăng 4% so cùng kỳ (\t ", True), ("Bến xe Phước Long", False), ("Bến xe (Phước Long)", False),
    ("so cùng kỳ (x", False), ("", False)])
def test_ends_open(label, expected):
    assert bs._ends_open(label) is expected


def _statements(text: str) -> list[tuple]:
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    return [(s["scope"], s["year"], s["amount_vnd"])
            for s in bs.extract_statements(doc, {"start_year": 2027, "end_year": 2027})]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t", ""])
def test_named_in_parentheses_keeps_its_scope(space):
    text = f"Năm 2027 đầu tư: Bến xe Phước Long ({space}42 tỷ đồng), Bến tàu Cửa Hội ({space}18 tỷ đồng).\n"
    assert _statements(text) == [("Bến xe Phước Long", 2027, 42 * 10**9), ("Bến tàu Cửa Hội", 2027, 18 * 10**9)]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t", ""])
def test_same_period_in_parentheses_keeps_its_scope(space):
    text = f"Thu nội địa ước đạt 8.450 tỷ đồng, tăng 6,2% so cùng kỳ ({space}7.957 tỷ đồng).\n"
    assert _statements(text) == [("Thu nội địa (ước thực hiện)", None, 8_450 * 10**9),
                                 ("Thu nội địa (cùng kỳ)", None, 7_957 * 10**9)]
