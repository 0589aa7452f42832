"""A text typed with spaces put on a web page line by line (a portal's conversion of a .txt or of a PDF's
`pdftotext -layout` text: each line ended by "<br>" and a line break of the source, the runs of spaces kept as
"&nbsp;" or left as typed): a browser starts each line after the <br> with what was typed, the source's line
break shows as nothing there. The reader made that break a space, every line one column to the right of the
text's own; a task table whose header is wrapped over two lines and whose rows run over a page's form feed then
lost its first rows (found by tests/metamorphic.py's page_br_lines and page_br_nbsp edits: 0.996). And
a no-break space shows as a space: the runs of them that set a row's columns are gaps to the layout rules.

Must: the page, in both forms, reads as the text file does (the same blocks). Must not: a line break of the
source inside a paragraph is still a space between its words; a line of a no-break space alone (an empty cell
of a table flattened a cell a line) is still a line of its own."""

import html
import re
from pathlib import Path

import pytest

from extractors.formats import html as html_reader
from extractors.formats import text as text_reader

INVENTED = Path(__file__).parent / "invented" / "raw"
# our own documents: a Sở's plan whose annex is a space-aligned task table over two pages (pdftotext -layout),
# and a Tỉnh ủy programme's annex set the same way
TYPED = sorted(INVENTED.glob("h4_*.txt"))


def _page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>Văn bản</title></head><body><div class='noidung'>"
            + body + "</div></body></html>").encode()


def _lines(text: str) -> bytes:
    return _page("<br>\n".join(html.escape(line) for line in text.split("\n")))


def _nbsp(text: str) -> bytes:
    return _page("<br>\n".join(re.sub(r" (?= )", "&nbsp;", html.escape(line)) for line in text.split("\n")))


def _blocks(raw) -> list:
    return [(b.kind, b.text, b.rows) for b in raw.blocks]


@pytest.mark.parametrize("path", TYPED, ids=lambda p: p.name[:30])
@pytest.mark.parametrize("form", [_lines, _nbsp], ids=["typed_spaces", "nbsp_runs"])
def test_a_text_on_a_page_line_by_line_reads_as_the_text(path, form):
    # (the page's parser drops a form feed, a control character, so the text read without it: its pages one)
    text = path.read_text(encoding="utf-8").replace("\f", "")
    as_text = text_reader.read(text.encode(), path.name)
    tables = [b for b in as_text.blocks if b.kind == "table"]
    assert tables and sum(len(t.rows) for t in tables) >= 8  # the shape this test is about: a long spaced table
    assert _blocks(html_reader.read(form(text), "x.html")) == _blocks(as_text)


def test_typed_tables_were_there():
    assert len(TYPED) >= 2


@pytest.mark.parametrize("source, shown", [
    # a paragraph wrapped in the HTML source: its break is a space between two words
    ("<p>Phát triển du lịch\ntrở thành ngành kinh tế mũi nhọn của tỉnh Hòa Sơn</p>",
     "Phát triển du lịch trở thành ngành kinh tế mũi nhọn của tỉnh Hòa Sơn"),
    # ... and after a <br> that ends a line, the next line starts with its first word
    ("<p>Nơi nhận:<br>\n- UBND tỉnh Hòa Sơn;<br>\n- Lưu: VT.</p>", "Nơi nhận:\n- UBND tỉnh Hòa Sơn;\n- Lưu: VT."),
])
def test_source_breaks_inside_and_after_lines(source, shown):
    got = html_reader.read(_page(source), "x.html")
    assert "\n".join(b.text for b in got.blocks) == shown


def test_a_line_of_a_no_break_space_alone_stays_a_line():
    # the regex that turns no-break spaces into spaces on lines that show something, and leaves the others
    text = "Nội dung\u00a0\u00a0\u00a0 Cơ quan chủ trì\n\u00a0\nTháng 3"
    assert html_reader._NBSP_IN_LINE.sub(lambda m: m[0].replace("\u00a0", " "), text) == \
        "Nội dung    Cơ quan chủ trì\n\u00a0\nTháng 3"
