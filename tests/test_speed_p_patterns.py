"""Budget word patterns rewritten to open on the set of their words' first letters (a
look-ahead: a search skips ahead to those letters) find exactly what the plain alternations
found, at the same places: the set is matched with the same case folding as the words
(checked for every code point), and invented texts of every word, in every case, find the
same matches."""

import re
import sys

import pytest

from extractors.fields import budget_statements as bs

# the patterns as written before the look-ahead (the reference)
PLAIN = {
    "BUDGET_WORDS": re.compile(r"ngân sách|\bNS(?:NN|TW|ĐP)\b|kinh phí|\bvốn\b|dự toán|giải ngân|\bthu\b|\bchi\b|"
                               r"đầu tư công", re.I),
    "NOT_BUDGET": re.compile(r"\bGR?DP\b|tổng sản phẩm|doanh thu|kim ngạch|(?:toàn|đầu tư) xã hội|vốn đăng ký|vốn điều lệ|"
                             r"(?<!thuế )thu nhập|bình quân|giá trị sản xuất|tổng mức bán lẻ|lợi nhuận|sản lượng|"
                             r"kiến nghị|sai phạm|vi phạm|xử phạt|tiền phạt|phạt tiền|thiệt hại|tổn thất|thu từ khách|"
                             r"doanh số cho vay|\bhộ vay|"
                             r"dư nợ(?!\s+(?:vay\s+)?(?:của\s+)?(?:ngân sách|NSĐP|chính quyền))", re.I),
}
FIRST = {"BUDGET_WORDS": "nkvdgtcđ", "NOT_BUDGET": "gtdkđvblsxph"}

WORDS = ["ngân sách", "NSNN", "NSTW", "NSĐP", "kinh phí", "vốn", "dự toán", "giải ngân", "thu", "chi", "đầu tư công",
         "GDP", "GRDP", "tổng sản phẩm", "doanh thu", "kim ngạch", "toàn xã hội", "đầu tư xã hội", "vốn đăng ký",
         "vốn điều lệ", "thu nhập", "thuế thu nhập", "bình quân", "giá trị sản xuất", "tổng mức bán lẻ", "lợi nhuận",
         "sản lượng", "kiến nghị", "sai phạm", "vi phạm", "xử phạt", "tiền phạt", "phạt tiền", "doanh số cho vay",
         "hộ vay", "dư nợ", "dư nợ vay của ngân sách", "thiệt hại", "tổn thất", "thu từ khách", "chính", "thuộc",
         "vốnđiều", "NSX"]
AROUND = [("", ""), ("Tổng ", " năm 2027"), ("x", "y"), ("- ", ": 450 triệu đồng"), ("(", ")"), ("1.", "2")]


def test_the_patterns_open_on_their_first_letters():
    for name, letters in FIRST.items():
        assert getattr(bs, name).pattern.startswith(f"(?=[{letters}])")


@pytest.mark.parametrize("name", sorted(FIRST))
def test_the_set_folds_case_as_the_words_do(name):
    # a character opens one of the words (its first letter, as a word, case folded) exactly
    # when the set takes it
    letters = FIRST[name]
    as_set = re.compile(f"[{letters}]", re.I).fullmatch
    as_words = re.compile("|".join(letters + letters.upper()), re.I).fullmatch
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert bool(as_set(c)) == bool(as_words(c)), hex(code)


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_same_matches_as_the_plain_alternation(name):
    new, old = getattr(bs, name), PLAIN[name]
    for word in WORDS:
        for form in (word, word.upper(), word.capitalize(), word.title()):
            for before, after in AROUND:
                text = before + form + after
                assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
