"""Round SP2 (speed of reading text and Markdown): each shortcut gives what the full path gave. Rows the shortcut
must NOT skip (a table at the text's start, a heading indented, an underline at the text's end, a line ending
"\\r"), rows it may skip, and the search helpers (extractors.layout.scan) checked against the patterns they stand
for, line by line. Texts invented."""

from __future__ import annotations

import re

import pytest

from extractors.blocks import RawBlock
from extractors.formats import markdown as md_reader
from extractors.layout import cell_lines, cells, scan
from extractors.layout import markdown as md
from extractors.layout.one_line import LONE_LABEL
from extractors.layout.text import LONE_MARKER, PAGE_NUMBER, lone_markers

TEXTS = [
    "",
    "a",
    "\n",
    "-\n•\n+",
    "  -  \n\n 7 \n-\n-\nx",
    "Mục tiêu\n\n\n   12   \n\n-  3 -\nTrang 4\n4/12\r\n–",
    "1.\nNâng cao chất lượng\n\na)\n\nTổ chức tập huấn\nĐiều 2 .\nb )\r\nII.\n",
    "\t•\t\n*\n* mục\n\n\n\n\u00a0-\u00a0\n",
]


@pytest.mark.parametrize("pattern", [LONE_MARKER, PAGE_NUMBER, LONE_LABEL])
@pytest.mark.parametrize("text", TEXTS)
def test_candidates_hold_every_line_the_pattern_matches(pattern, text):
    lines = text.split("\n")
    matched = [k for k, line in enumerate(lines) if pattern.match(line)]
    found = scan.candidates(text, scan.whole_text(pattern))
    assert set(matched) <= set(found) and found == sorted(set(found)) and all(0 <= k < len(lines) for k in found)


@pytest.mark.parametrize("pattern", [
    re.compile(r"^(?:Số\s+TT|STT|TT)(?=\s|$)"),  # a look ahead: a line's end is no text's end
    re.compile(r"^a$|^b$"),  # an anchor inside
    re.compile(r"(?m)^a$"),
])
def test_whole_text_refuses_patterns_of_more_than_one_line(pattern):
    with pytest.raises(ValueError):
        scan.whole_text(pattern)


SETEXT_TEXTS = [
    "KẾ HOẠCH\n========",  # the underline at the text's end
    "KẾ HOẠCH\n========\nNội dung",
    "Mục tiêu\n--------\n---------\nGiảm",  # a rule under a rule: taken once
    "a|b\n---\n===\n",  # the second rule under the first (the line above holds a pipe)
    "Tiêu đề\r\n-------\r\nNội dung",
    "\n\nMục tiêu chung\n-------------\n\n1. Kết quả\n==========   \n",
    "Độc lập - Tự do - Hạnh phúc\n---------------\n",
    "- mục một\n- mục hai\n",
]


def _setext_line_by_line(text: str) -> str:
    """setext_headings as the former pattern, "^" tried at every character, read the text."""
    former = re.compile(r"(?m)^([^\n|]+)\n(?:=+|-+)[ \t]*$")

    def fix(m: re.Match) -> str:
        line, rule = m.group(1), m.group(0)[len(m.group(1)) + 1:].strip()
        if not line.strip() or abs(len(rule) - len(line.strip())) > 1 or len(rule) < 3:
            return m.group(0)
        if rule[0] == "-" and line.strip() == line.strip().upper():
            return m.group(0)
        return line + "\n"
    return former.sub(fix, text)


@pytest.mark.parametrize("text", SETEXT_TEXTS)
def test_setext_headings_behind_line_breaks_as_at_line_starts(text):
    assert md.setext_headings(text) == _setext_line_by_line(text)


@pytest.mark.parametrize("text", ["<table><tr><td>a</td></tr></table>", "x\n   <TABLE border=1>", "a <table>", "x\n\n\t<table"])
def test_table_opened_as_at_line_starts(text):
    assert bool(md_reader._TABLE_OPENED.search("\n" + text)) == bool(md_reader._OPENS_TABLE.search(text))


@pytest.mark.parametrize("text", ["| a | b |\n|---|---|\n| 1 | 2 |", "a\n  ---:|:---  \n", "| x |\n| :--- | ---: |",
                                  "---\n|---", "a --- | b", "---- - ----"])
def test_rule_cells_before_every_rule_line(text):
    assert bool(md_reader._RULE_LINE.search(text)) <= bool(md_reader._RULE_CELLS.search(text))


_ORDINAL_END = re.compile(r"[Tt][Tt]\r?\n|(?:^|\n)N[ăa]m\r?\n")  # the former cheap test


@pytest.mark.parametrize("text", ["STT\nNội dung", "Số TT\r\nA", "stt", "Năm\n2026", "x\nNam\r\n2026", "Năm 2026\n",
                                  "tT\n", "ANam\n", "Thực hiện\n"])
def test_ordinal_end_as_the_former_pattern(text):
    shortcut = any(end in text for end in cell_lines._ORDINAL_ENDS) or cell_lines._YEAR_LINE.search("\n" + text)
    assert bool(shortcut) == bool(_ORDINAL_END.search(text))


COLUMNS = ("Giai đoạn\n2025\n2026\nCộng\n\nTổng vốn\n8.750\n9.100\n17.850\n\n"
           "Vốn tỉnh\n5.000\n5.400\n10.400\n\nIII. TỔ CHỨC\n")


@pytest.mark.parametrize("text", [
    COLUMNS,  # at the text's start
    "Đơn vị tính: triệu đồng\n\n" + COLUMNS,
    "Đơn vị tính: triệu đồng\n\n      Giai đoạn     \n" + COLUMNS.split("\n", 1)[1],  # the heading indented
    COLUMNS.replace("Giai đoạn", "G" * cell_lines.COLUMN_LINE),  # a heading as long as a column's line may be
])
def test_column_runs_read_where_the_cheap_test_lets_them(text):
    got = cell_lines.tables_from_column_runs(text)
    assert "| 2026 | 9.100 | 5.400 |" in got


@pytest.mark.parametrize("text", [
    COLUMNS.replace("Giai đoạn", "G" * (cell_lines.COLUMN_LINE + 1)),  # a heading longer than a column's line
    COLUMNS.replace("Giai đoạn\n2025", "Giai đoạn\n2025\n2024"),  # a first column longer than the others
    "Mục tiêu\n" + COLUMNS,  # the heading under a line of text
    COLUMNS.replace("2025\n2026\nCộng", "Cộng"),  # a first column of a heading and a row
])
def test_column_runs_not_read(text):
    assert cell_lines.tables_from_column_runs(text) is text


@pytest.mark.parametrize("text,expected", [
    ("•\n•\n\nTrang chủ\nLiên hệ", "• Trang chủ\n• Liên hệ"),  # at the text's start
    ("Mục lục\n-\n-\n-\nMột\nHai\nBa\n\nHết\n•\n•\nA\nB", "Mục lục\n- Một\n- Hai\n- Ba\n\nHết\n• A\n• B"),
    ("•\n•\nA\nB\nC", "•\n•\nA\nB\nC"),  # as many items as markers only
    ("Mục\n+\n+\n•\nA\nB", "Mục\n+\n+\n•\nA\nB"),  # a different marker ends the run
    ("Một\n-\r\n-\r\nA\nB", "Một\n-\r\n-\r\nA\nB"),  # a marker with "\r" after it is no marker alone
    ("Không có", "Không có"),
])
def test_lone_markers(text, expected):
    assert lone_markers(text) == expected


def test_signature_paragraphs_over_a_list_of_blocks():
    blocks = [RawBlock("paragraph", "Căn cứ Luật Tổ chức chính quyền địa phương;", {"line": 1}),
              RawBlock("paragraph", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Minh", {"line": 9}),
              RawBlock("heading", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Minh", {"line": 10})]
    got = cells.signature_paragraphs(blocks)
    assert [b.text for b in got] == ["Căn cứ Luật Tổ chức chính quyền địa phương;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                     "Trần Văn Minh", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Minh"]
    assert got[0] is blocks[0] and got[-1] is blocks[2] and all(b.location == {"line": 9} for b in got[1:4])
