"""SP8 speed: layout.one_line.MOTTO opens with a class of the letters a case-blind "Đ" matches ("[Đđ]") and is
case-blind after it, so that a search over a whole text skips to the letters that may open it (a pattern opening
with a case-blind letter is tried at every character). It must find what the case-blind pattern found: the same
matches, in any case, and nothing more."""

import re
import sys

import pytest

from extractors.layout import one_line

# the motto as it was written before: case-blind throughout
CASE_BLIND = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc", re.I)

MUST = [
    "Độc lập - Tự do - Hạnh phúc",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "độc lập – tự do – hạnh phúc",
    "Độc lập -Tự do- Hạnh phúc",
    "                 Độc lập  -  Tự do  -  Hạnh phúc",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 41/KH-UBND Bình Lư, ngày 3 tháng 2 năm 2026",
    "ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nĐộc lập - Tự\ndo - Hạnh phúc",  # over a line break
    "đỘc LậP - tự DO - hẠnh PhÚc",
]
MUST_NOT = [
    "Ðộc lập - Tự do - Hạnh phúc",  # an eth (U+00D0), not Đ: the case-blind pattern did not take it either
    "Dộc lập - Tự do - Hạnh phúc",
    "Độc lập - Tự do",
    "Độc lập, Tự do, Hạnh phúc",
    "Doc lap - Tu do - Hanh phuc",
    "",
]


@pytest.mark.parametrize("text", MUST)
def test_motto_found(text):
    assert one_line.MOTTO.search(text) is not None
    assert [m.span() for m in one_line.MOTTO.finditer(text)] == [m.span() for m in CASE_BLIND.finditer(text)]


@pytest.mark.parametrize("text", MUST_NOT)
def test_motto_not_found(text):
    assert one_line.MOTTO.search(text) is None
    assert CASE_BLIND.search(text) is None


def test_first_letter_class_is_what_a_case_blind_d_matches():
    """Every character a case-blind "Đ" matches, and no other, opens the motto."""
    first = re.compile("Đ", re.I)
    rest = "ộc lập - Tự do - Hạnh phúc"
    for c in range(sys.maxunicode + 1):  # every code point
        ch = chr(c)
        assert (one_line.MOTTO.match(ch + rest) is not None) == (first.match(ch) is not None), hex(c)


def test_runs_on_as_before():
    """_MOTTO_RUNS_ON: the motto and one space then a character (the header's next line run on)."""
    before = re.compile(CASE_BLIND.pattern + r" \S", re.I)
    for text in MUST + MUST_NOT + ["ĐỘC LẬP - TỰ DO - HẠNH PHÚC Số: 7/KH-UBND", "Độc lập - Tự do - Hạnh phúc  Số"]:
        assert bool(one_line._MOTTO_RUNS_ON.search(text)) == bool(before.search(text)), text
