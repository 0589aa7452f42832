"""Reader shape found with hold-out round G69's probes (tests/invented/build_g69.py: g69_xa-phuockhanhtay, a Word
plan whose bullets and dashes are symbols inserted from a symbol font, w:sym): the reader dropped every w:sym, so a
period typed "2027 <Symbol's minus> 2030" came out "2027  2030" (the period read 2030 - 2030), a target's "≥" and a
recipient's dash were lost. A w:sym of the Symbol font is now read as the mark it shows (its minus a "-", "•", "≥",
"≤", "±", "×" ...), Wingdings' bullets as a list's second level writes them ("+", as normalizers.text reads their
private-use codes), whatever the code's form ("F02D" or "002D") (extractors.formats.docx.symbol_char).

A code the table does not hold, a font it does not know (Wingdings 2, a barcode font) and a symbol with no code stay
unread, as before. Every text here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import read
from extractors.formats.docx import symbol_char
from pipeline.process import process
from tests.invented.build_g53 import _docx, _runs
from tests.invented.build_g61 import _zip_bytes
from tests.invented.build_g69 import _para, _sym


def _text(inner: str) -> str:
    doc = read(_zip_bytes(_docx(_para(inner))), "ke-hoach.docx")
    return doc.blocks[0].text


# must match: the mark the symbol shows, in the paragraph's text
@pytest.mark.parametrize("inner,expected", [
    (_runs("giai đoạn 2026 ") + _sym("Symbol", "F02D") + _runs(" 2030"), "giai đoạn 2026 - 2030"),
    (_runs("tỷ lệ hộ nghèo giảm ") + _sym("Symbol", "F0B3") + _runs(" 1,5%/năm"), "tỷ lệ hộ nghèo giảm ≥ 1,5%/năm"),
    (_sym("Symbol", "F0B7") + _runs(" Sở Công Thương;"), "• Sở Công Thương;"),
    (_sym("Symbol", "002D") + _runs(" Lưu: VT."), "- Lưu: VT."),
    (_sym("Wingdings", "F0A7") + _runs(" Rà soát hộ cận nghèo"), "+ Rà soát hộ cận nghèo"),
    (_sym("Wingdings", "F0D8") + _runs(" Kiểm tra, giám sát"), "+ Kiểm tra, giám sát"),
])
def test_a_symbol_is_read_as_the_mark_it_shows(inner, expected):
    assert _text(inner) == expected


# must not: codes and fonts the table does not hold stay unread
@pytest.mark.parametrize("font,char", [("Symbol", "F0E5"), ("Wingdings 2", "F097"), ("Wingdings", "F0B7"),
                                       ("Code 128", "F041"), ("Symbol", None), ("Symbol", "xyz")])
def test_unknown_symbols_stay_unread(font, char):
    assert symbol_char(font, char) == ""


def test_a_period_typed_with_symbols_minus_reads_both_years():
    title = _runs("KẾ HOẠCH", bold=True)
    body = (_para(_runs("ỦY BAN NHÂN DÂN TỈNH HÀ VÂN") + "<w:r><w:tab/></w:r>" + _runs("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            + _para(_runs("Số: 41/KH-UBND") + "<w:r><w:tab/></w:r>" + _runs("Hà Vân, ngày 09 tháng 9 năm 2026"))
            + _para(title, jc="center")
            + _para(_runs("Giảm nghèo bền vững tỉnh Hà Vân giai đoạn 2026 ") + _sym("Symbol", "F02D") + _runs(" 2030"),
                    jc="center"))
    record = process("ke-hoach.docx", _zip_bytes(_docx(body))).record.model_dump(mode="json")
    assert (record["period"]["start_year"], record["period"]["end_year"]) == (2026, 2030)
