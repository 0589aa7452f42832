"""objectives.COUNTED opens on a look-ahead for its first character ("từ" or a digit), asked before its look-behinds
(session 45, SP10: a speed change): the same matches as the pattern without it, on counted targets of every shape."""

import re

import pytest

from extractors.fields.objectives import COUNTED

LOOKAHEAD = r"(?=từ|\d)"
PLAIN = re.compile(COUNTED.pattern.removeprefix(LOOKAHEAD))

# (text, the matches: (the text each starts with, range low, number, noun))
ROWS = [
    ("Phấn đấu xây dựng 04 mô hình điểm tại huyện Đắk Hà.", [("04 mô", None, "04", "mô hình")]),
    ("Tổ chức từ 02 đến 03 lớp tập huấn mỗi năm", [("từ 02", "02", "03", "lớp")]),
    ("Từ 5 - 7 hội thảo chuyên đề", [("5 - 7", "5", "7", "hội thảo")]),  # a capital "Từ" is no part of the match
    ("hỗ trợ 1.200 hộ gia đình và 35 xã", [("1.200", None, "1.200", "hộ gia đình"), ("35 xã", None, "35", "xã")]),
    ("Quyết định số 15 người ký", []),  # a number after "số"
    ("Đường tỉnh 217 km mới", []),  # a road's number
    ("giải quyết 15 trường hợp", []),
    ("mã A12 người", []),  # a digit inside a word
    ("tăng 20% số người tham gia", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_counted_targets(text, expected):
    got = [(m.start(), m.group(1), m.group(2), m.group(3)) for m in COUNTED.finditer(text)]
    assert got == [(text.index(at), low, number, noun) for at, low, number, noun in expected]
    # the look-ahead changes no match: the pattern without it finds the same spans and groups
    assert [(m.span(), m.groups()) for m in COUNTED.finditer(text)] == [(m.span(), m.groups()) for m in PLAIN.finditer(text)]


def test_the_lookahead_opens_the_pattern():
    assert COUNTED.pattern.startswith(LOOKAHEAD)
