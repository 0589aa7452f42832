"""A printer driver that makes bold by drawing a line twice a fraction of a point apart gives
every glyph twice ("CCỘỘNNGG HHÒÒAA"): on a page with such words, each word drawn twice is read
once (extractors.formats.pdf._text_page). A page with a few doubled words of its own ("ngày 11",
"số 3355") is left as it is. PDFs written here with PDFium (see test_pdf_filled_blanks)."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from pipeline.process import process
from tests.extractors.test_pdf_filled_blanks import Page


class BoldPage(Page):
    def bold(self, *pieces, x: float = 60.0, offset: float = 0.35) -> None:
        """The line drawn twice, the second time `offset` points to the right."""
        self.line(*pieces, x=x)
        self.y += 22
        self.lines -= 1
        self.line(*pieces, x=x + offset)


def plan(offset: float) -> bytes:
    p = BoldPage()
    p.bold("ỦY BAN NHÂN DÂN", 70, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", offset=offset)
    p.bold("HUYỆN BẢO LÂM", 95, "Độc lập - Tự do - Hạnh phúc", offset=offset)
    p.line("Số: 61/KH-UBND", 90, "Bảo Lâm, ngày 11 tháng 5 năm 2026")
    p.bold("KẾ HOẠCH", x=260, offset=offset)
    p.bold("Trồng rừng gỗ lớn năm 2026", x=190, offset=offset)
    p.bold("I. MỤC TIÊU", offset=offset)
    p.line("Trồng mới 320 ha rừng gỗ lớn tại 6 xã.")
    return p.bytes()


@pytest.mark.parametrize("offset", [0.2, 0.35, 0.6])
def test_a_header_drawn_twice_is_read_once(offset):
    out = process("kh.pdf", plan(offset))
    rec = out.dump
    assert rec["issuer"]["name"] == "Ủy ban nhân dân huyện Bảo Lâm"
    assert rec["doc_type"] == "Kế hoạch" and rec["title"] == "Trồng rừng gỗ lớn năm 2026"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in out.text and "CCỘỘ" not in out.text
    assert "Trồng mới 320 ha rừng gỗ lớn tại 6 xã." in out.text


def test_a_page_with_a_few_doubled_words_of_its_own_is_left_as_it_is():
    p = Page()
    p.line("ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM")
    p.line("Số: 11/KH-UBND; mã hồ sơ 3355; ngày 11 tháng 11 năm 2026")
    p.line("Các hộ AAAA và BBBB được hỗ trợ theo mẫu 22.")  # two doubled words with letters: fewer than the trigger
    text = "\n".join(b.text for b in pdf_reader.read(p.bytes(), "x.pdf").blocks if b.text)
    assert "ngày 11 tháng 11" in text and "3355" in text and "AAAA và BBBB" in text and "mẫu 22" in text


@pytest.mark.parametrize("word,once", [("BBAANN", "BAN"), ("22002266", "2026"), ("4455//KKHH--UUBBNNDD", "45/KH-UBND"),
                                       ("--", "-"), ("BAN", "BAN"), ("Hạnh", "Hạnh"), ("2026", "2026")])
def test_a_word_drawn_twice(word, once):
    assert pdf_reader._drawn_once(word) == once
