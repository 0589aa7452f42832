"""A text whose every line opens with the same spaces (a copy from a viewer or a mail that put a margin before each
line): every line one column or more to the right, and the layout rules, which know a text's start by its first
column, lost a spaced task table's first rows (a Sở's annex with a header wrapped over two lines). The spaces every
line opens with are taken off before the layout (layout.text.dedented, which read_text asks first).

Must: our own spaced-table plans, shifted by one and by four spaces, read as they do unshifted. Must not: a text with
a line at its first column is left as it is; a line of spaces alone keeps them; a tab is no margin."""

from pathlib import Path

import pytest

from extractors.formats import text as text_reader
from extractors.layout.text import dedented

PLANS = sorted((Path(__file__).parent / "invented" / "raw").glob("h4_*.txt"))


def _blocks(raw) -> list:
    return [(b.kind, b.text, b.rows) for b in raw.blocks]


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name[:30])
@pytest.mark.parametrize("margin", [1, 4])
def test_a_margin_before_every_line_reads_as_none(path, margin):
    text = path.read_text(encoding="utf-8")
    shifted = "\n".join(" " * margin + line if line else line for line in text.split("\n"))
    assert _blocks(text_reader.read(shifted.encode("utf-8"), path.name)) == \
        _blocks(text_reader.read(text.encode("utf-8"), path.name))


def test_the_plans_are_there():
    assert len(PLANS) >= 2


@pytest.mark.parametrize("text, expected", [
    ("  ỦY BAN NHÂN DÂN\n    TỈNH HÀ NGUYÊN\n\n  Số: 12/KH-UBND", "ỦY BAN NHÂN DÂN\n  TỈNH HÀ NGUYÊN\n\nSố: 12/KH-UBND"),
    ("   \n  a\n   b", "   \na\n b"),  # a line of spaces alone keeps them
    ("KẾ HOẠCH\n    Phát triển rừng", "KẾ HOẠCH\n    Phát triển rừng"),  # a line at its first column: as it is
    ("\tTT  Nội dung\n\t1   Trồng rừng", "\tTT  Nội dung\n\t1   Trồng rừng"),  # a tab is no margin
])
def test_dedented(text, expected):
    assert dedented(text) == expected
