"""Shortcuts taken for CPU (helper S3) find what the full tests find, on lines and cells of our own."""

import re

import pytest

from extractors.layout import cells, spaced_rows

LINES = [
    "STT Nội dung Tổng cộng Năm 2027 Năm 2028",  # a header
    "   Số TT Hạng mục Kinh phí NSĐP",  # indented
    "\u00a0\u00a0TT Danh mục dự án Tổng số 2029",  # no-break spaces before it
    "\tNội dung chi Tổng",  # a tab before it
    "đơn vị tính",  # lower case: the pattern ignores case
    "Đơn vị Tổng",
    "TT",  # the name alone (the line's end is a space to the pattern)
    "S", " ST ", "STTT", "S T T",
    "1 Trồng rừng ven sông Lam Kiều 4.200 1.100",  # a row
    "- Tổ chức tập huấn cho 35 xã",  # a list item
    "(*) Ghi chú", "", "   ", "2027 Năm 2027", "“STT Nội dung”",
]


def _reference(line: str) -> bool:
    return bool(spaced_rows._START.match(line + " ")) or line.strip() in ("S", "ST")


@pytest.mark.parametrize("line", LINES)
def test_header_starts_as_the_pattern(line):
    assert (0 in spaced_rows._header_starts([line])) == _reference(line)


def test_header_names_open_with_a_letter():
    # _header_starts passes over a line whose first character is no letter: every name _START
    # opens with must start with one
    for pattern in (spaced_rows.CODE_HEAD, spaced_rows.LABEL_HEAD):
        body = pattern[3:-1]  # the alternatives inside "(?:...)"
        depth, start, firsts = 0, 0, []
        for k, ch in enumerate(body):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "|" and depth == 0:
                firsts.append(body[start])
                start = k + 1
        firsts.append(body[start])
        assert all(ch.isalpha() for ch in firsts), (pattern, firsts)


TABLE = ["Kế hoạch trồng rừng huyện Sơn Kiều", "", "STT Nội dung Tổng cộng Năm 2027 Năm 2028",
         "1 Trồng rừng phòng hộ 4.200 2.100 2.100", "2 Chăm sóc rừng trồng 1.300 600 700", "Tổng cộng 5.500 2.700 2.800",
         "", "- Giao Phòng Nông nghiệp chủ trì."]


def test_tables_found_as_before():
    found = spaced_rows.tables(TABLE, set())
    assert [(first, last) for first, last, _ in found] == [(2, 5)]
    assert spaced_rows.tables(TABLE, {3}) == []
    assert spaced_rows.tables([line for line in TABLE if not line.startswith("STT")], set()) == []


@pytest.mark.parametrize("cell", ["1.250", "(12,5)", "-", " 98% ", "²", "12²", "Năm 2027", "", "  ", "3 xã", "٣"])
def test_numeric_cell_as_before(cell):
    before = bool(cell.strip()) and any(ch.isdigit() for ch in cell) and cells._NUMERIC_CELL.match(cell.strip()) is not None
    rows = [[cell, cell, "x"]]
    assert cells.is_layout_table(rows) == (not before)


# the cut amount and its rest as spaced_rows held them before normalizers.numbers.finishes_cut_amount
_CUT_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})*\.(\d{0,2})$")
_AMOUNT_REST = re.compile(r"^(\d{1,3})(?:\.\d{3})*$")


def _mended_reference(lines):
    """spaced_rows._mended as it was, each line split anew where it is read."""
    S = spaced_rows
    out = []
    for k, line in enumerate(lines):
        words = line.split()
        prev = out[-1][0].split() if out else []
        if prev and words:
            w1, w2 = prev[-1], words[0]
            cut = _CUT_AMOUNT.match(w1)
            if ((w1 + w2).lower() in S._HEAD_WORDS and w2.lower() not in S._HEAD_WORDS and len(w2) <= 3 and w2[:1].islower()) \
                    or (w1, w2) in (("S", "TT"), ("ST", "T")) \
                    or (cut and _AMOUNT_REST.match(w2) and len(cut.group(1)) + len(w2) == 3):
                out[-1][0] = " ".join(prev[:-1] + [w1 + w2])
                out[-1][1] = k
                words = words[1:]
                if not words:
                    continue
                line = " ".join(words)
        out.append([line, k])
    joined = []
    for line, k in out:
        words = line.split()
        prev = joined[-1][0].split() if joined else []
        if prev and words and S.AMOUNT.match(prev[-1]) and S._amounts_alone(words):
            joined[-1][0] += " " + line.strip()
            joined[-1][1] = k
        else:
            joined.append([line, k])
    return [t for t, _ in joined], [k for _, k in joined]


MENDED = [
    ["S", "TT Nội dung Tổn", "g", "cộng Ngâ", "n", "sách huy", "ện", "1 Xây dựng nhà văn hóa thôn Bản Ké 500 1.32", "0",
     "2 Sửa chữa cầu treo Nà Lầu 7.200", "3.600", "3.600", "", "Tổng 8.52", "0"],
    ["ST", "T Hạng mục Kinh phí", "  1  Trồng cây   4.50", "0 ", "\u00a0", "- Ghi chú: 2.000", "1.000 - 2027"],
    ["1.2", "3", "Năm 2028", "S TT"],
]


@pytest.mark.parametrize("lines", MENDED)
def test_mended_as_before(lines):
    assert spaced_rows._mended(lines) == _mended_reference(lines)
    for k in range(len(lines)):
        assert spaced_rows._mended(lines[k:]) == _mended_reference(lines[k:])


def test_lost_lines_test_as_before():
    from extractors.layout import one_line
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    body = " I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Triển khai thực hiện kế hoạch của xã Tân Hòa Đông" * 8
    for text in (motto + body, motto + " " + "x" * 600, (motto + body)[:599], "a\n" + motto + body + "\nb",
                 motto + "\n" + body, body + motto):
        lines = text.splitlines()
        before = any((m := one_line.MOTTO.search(line)) and len(line) >= one_line.MIN_LINE
                     and one_line._BODY_SIGN.search(line, m.end()) for line in lines)
        assert one_line.has_lost_lines(text) == before
