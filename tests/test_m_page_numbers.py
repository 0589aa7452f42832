"""A page number inside a paragraph of a text that lost its page breaks (a PDF's text copied or
converted whole, one printed line a line: no form feed marks the page's end): "... phải chôn
lấp," / "" / "2" / "" / "góp phần ...". The number is dropped and the paragraph goes on
(extractors.layout.wrap.page_number_within), in a .txt and in a Word file of printed lines alike;
a number the text needs stays. The documents are invented (other names and numbers)."""

from __future__ import annotations

import pytest

from extractors.formats import docx as docx_reader
from extractors.layout.text import read_text
from tests.test_m_printed_lines import BODY, HEADER, printed, word_file

OPEN = "Củng cố hệ thống thủy lợi nội đồng, chủ động nguồn nước tưới cho sản xuất nông nghiệp; hạn chế"
# (lines around the page break, the paragraph that must come back whole)
MUST_JOIN = [
    ([OPEN, "thấp nhất thiệt hại do hạn hán,", "", "2", "", "góp phần ổn định đời sống nhân dân."],
     OPEN + " thấp nhất thiệt hại do hạn hán, góp phần ổn định đời sống nhân dân."),
    ([OPEN, "thấp nhất thiệt hại do hạn hán", "", "- 3 -", "", "và xâm nhập mặn trên địa bàn xã."],
     OPEN + " thấp nhất thiệt hại do hạn hán và xâm nhập mặn trên địa bàn xã."),
    ([OPEN, "thấp nhất thiệt hại do hạn hán,", "Trang 4", "bảo đảm nước sinh hoạt cho 1.250 hộ."],
     OPEN + " thấp nhất thiệt hại do hạn hán, bảo đảm nước sinh hoạt cho 1.250 hộ."),
]
# (lines, a line that must stay a block of its own)
MUST_KEEP = [
    # the sentence ended before the number
    ([OPEN, "thấp nhất thiệt hại do hạn hán.", "", "2", "", "góp phần ổn định đời sống nhân dân."], "2"),
    # a phrase waiting for its number ("... đến năm" / "2030")
    ([OPEN, "thấp nhất thiệt hại do hạn hán đến năm", "", "2030", "", "đạt mức dưới 5%."], None),
    # the next line opens with a capital: a new paragraph, the number may be a row's code or a heading's
    ([OPEN, "thấp nhất thiệt hại do hạn hán,", "", "3", "", "Góp phần ổn định đời sống nhân dân."], "3"),
    # a paragraph of one short line before the number
    (["Hạn chế thiệt hại do hạn hán,", "", "2", "", "góp phần ổn định đời sống."], "2"),
    # an item opens after it ("a) ...")
    ([OPEN, "thấp nhất thiệt hại do hạn hán,", "", "2", "", "a) nạo vét kênh mương;"], "2"),
]


def document(case: list[str]) -> list[str]:
    return printed(HEADER) + printed(BODY[:4]) + case + printed(BODY[4:])


def blocks_of_text(lines: list[str]) -> list[str]:
    return [b.text for b in read_text("\n".join(lines))[0] if b.text]


def blocks_of_word(lines: list[str]) -> list[str]:
    return [b.text for b in docx_reader.read(word_file(lines), "x.docx").blocks if b.text]


@pytest.mark.parametrize("read", [blocks_of_text, blocks_of_word], ids=["txt", "docx"])
@pytest.mark.parametrize("case,whole", MUST_JOIN)
def test_page_number_inside_a_paragraph_is_dropped(read, case, whole):
    got = read(document(case))
    assert whole in got
    assert all(b.strip("- ") not in ("2", "3", "4", "Trang 4") for b in got)


@pytest.mark.parametrize("read", [blocks_of_text, blocks_of_word], ids=["txt", "docx"])
@pytest.mark.parametrize("case,kept", MUST_KEEP)
def test_a_number_the_text_needs_stays(read, case, kept):
    got = read(document(case))
    if kept is not None:
        assert kept in got
    assert "2030" in "\n".join(got) or "2030" not in "\n".join(case)
