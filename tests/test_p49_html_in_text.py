"""A .txt or .md file that holds a page's markup, not its text (extractors/formats/base.html_fragment): a crawler that saved
the content element's inner HTML, a paragraph a "<p>" line, lines ended by "<br />", or the page's text on one line
with "<br>" between its lines. Read by the HTML reader (with a read.format_mismatch issue), as a .html file of the
same bytes is; a text that quotes a tag, a Markdown table's "<br>" cells, a table's HTML below a text's prose are
read as text, and a Markdown file with Markdown of its own (a heading, a table, bold) as Markdown."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from extractors.formats.base import html_fragment
from pipeline.process import process
from tests.metamorphic import assert_read_alike

INVENTED = Path(__file__).parent / "invented" / "raw"

LINES = """ỦY BAN NHÂN DÂN
XÃ HƯNG LỘC ĐÔNG
Số: 48/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Lộc Đông, ngày 15 tháng 8 năm 2028
KẾ HOẠCH
Phát triển phong trào thể dục thể thao quần chúng năm 2028
Căn cứ Kế hoạch số 301/KH-UBND ngày 20/12/2027 của UBND huyện về phát triển thể dục thể thao;
I. MỤC TIÊU
- 35% dân số xã tập luyện thể dục thể thao thường xuyên.
- 100% thôn có câu lạc bộ thể thao.
II. KINH PHÍ
Tổng kinh phí 120 triệu đồng từ ngân sách xã.""".split("\n")


def _p(lines):
    return "\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)


def _br(lines):
    return '<div class="noi-dung">\n' + "<br />\n".join(html.escape(line, quote=False) for line in lines) + "\n</div>"


def _one_line(lines):
    return "<br>".join(html.escape(line, quote=False) for line in lines)


MUST = [_p(LINES), _br(LINES), _one_line(LINES), '<div class="content">\n' + _p(LINES) + "\n</div>",
        "\n".join(f'<p style="text-align: justify;">{line}&nbsp;</p>' for line in LINES)]

MUST_NOT = [
    "\n".join(LINES),
    # a text that quotes a tag or two
    "\n".join(LINES) + "\nGhi chú: thẻ <br> và <p> trên cổng thông tin hiển thị sai.",
    # a Markdown-like table whose cells hold "<br>" line breaks
    "\n".join(LINES[:9]) + "\n| TT | Nội dung | Đơn vị |\n|---|---|---|\n"
    + "\n".join(f"| {i} | Giải chạy<br>việt dã {i} | Đoàn xã<br>Hội Cựu chiến binh |" for i in range(1, 9)),
    # a table's HTML below the text's prose
    "\n".join(LINES * 6) + "\n<table>\n" + "\n".join(f"<tr><td>{i}</td><td>Giải số {i}</td></tr>" for i in range(9))
    + "\n</table>",
]


# a Markdown file whose lines end on "<br>" (a converter's hard breaks) beside its own Markdown
MARKDOWN_NOT = [
    "## KẾ HOẠCH\n\n" + "\n".join(line + "<br>" for line in LINES),
    "\n".join(f"**{line}**<br>" if line.isupper() else line + "<br>" for line in LINES),
    "\n".join(line + "<br>" for line in LINES) + "\n\n| TT | Nội dung |\n|---|---|\n| 1 | Giải chạy |",
]


@pytest.mark.parametrize("text", MUST)
@pytest.mark.parametrize("markdown", [False, True])
def test_a_page_s_markup_is_told(text, markdown):
    assert html_fragment(text.encode("utf-8"), markdown=markdown)


@pytest.mark.parametrize("text", MUST_NOT)
@pytest.mark.parametrize("markdown", [False, True])
def test_a_text_is_not_taken_for_markup(text, markdown):
    assert not html_fragment(text.encode("utf-8"), markdown=markdown)


@pytest.mark.parametrize("text", MARKDOWN_NOT)
def test_a_markdown_file_with_its_own_markdown_is_markdown(text):
    assert html_fragment(text.encode("utf-8"))  # (its lines end on tags: markup, were it a text file)
    assert not html_fragment(text.encode("utf-8"), markdown=True)


DOCUMENTS = [p for p in sorted(INVENTED.glob("*.txt"))[11::50]]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
@pytest.mark.parametrize("shape", [_p, _br, _one_line])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_text_file_of_markup_reads_as_the_same_page_named_html(path, shape, suffix):
    lines = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n").split("\n")
    data = shape(lines).encode("utf-8")
    assert_read_alike(process("trang.html", data), process("trang" + suffix, data), "read.format_mismatch")
