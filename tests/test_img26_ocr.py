"""Round IMG26: G31's documents as scans (OCR path).

- a cited number's type code whose "Đ" was read as a run of D-like letters with a Latin eth among them ("112/QĐÐĐ-BCĐ":
  no run of one letter, so the letter-run rule did not take it): ocr._type_code (_D_RUN), the run one "Đ";
- a recipients' line beside the signer's title in bold capitals, cut by Tesseract into one line box with it, read
  garbled but not enough for the old test ("= Độ GŨIH am (BBÌ:" at 90, 62, 26, 49, 6 beside "PHÓ TRƯỞNG BAN"):
  ocr._garbled_stretch(part, beside=True), so _reread_garbled reads the stretch again alone;
- a list's dash read as an equals sign on an archive's scan ("= Chủ tịch UBND tỉnh (b/c);"), the signer's title's
  lines set between the recipients' lines in the page's order: ocr.repair_list_dashes ("=" in _DASH_READ; the
  nearest line at its indent on either side, not the line next in order);
- a header's wrapped name read with its space and a mark lost ("QUẾSON" for "QUẾ SƠN", a phone app's scan) where the
  page writes "Quế Sơn": vi_syllable.repair_glued_told_by_page also where the cut into syllables ("QUẾ" / "SON") is no
  run the page writes.

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats import vi_syllable

TYPE_CODE = [
    # must: a run of D-like letters, a barred one among them (a Latin eth breaks a run of one letter)
    ("eth in the middle", ["số", "47/QĐÐĐ-BQL", "ngày"], ["số", "47/QĐ-BQL", "ngày"]),
    ("eth then Đ", ["Nghị", "định", "số", "18/2024/NÐĐ-CP;"], ["Nghị", "định", "số", "18/2024/NĐ-CP;"]),
    ("plain D then Đ", ["số", "305/QDĐ-UBND"], ["số", "305/QĐ-UBND"]),
    ("a scheme's code", ["Đề", "án", "số", "06/ĐÐA-SYT"], ["Đề", "án", "số", "06/ĐA-SYT"]),
    # must not: no barred letter in the run, no type code made, no issuer's code after it, or a code as it is
    ("no bar", ["số", "12/QDD-UBND"], ["số", "12/QDD-UBND"]),
    ("no code made", ["số", "12/ĐÐBQH-TTr"], ["số", "12/ĐÐBQH-TTr"]),
    ("no issuer's code", ["số", "12/QĐÐĐ"], ["số", "12/QĐÐĐ"]),
    ("a code as it is", ["số", "88/HĐ-UBND"], ["số", "88/HĐ-UBND"]),
]


@pytest.mark.parametrize("case,words,wanted", TYPE_CODE, ids=[c[0] for c in TYPE_CODE])
def test_type_code_d_run_with_eth(case, words, wanted):
    assert ocr.repair_doc_numbers(words) == wanted, case


def _part(confs: list[float]) -> list[dict]:
    return [{"text": f"w{k}", "conf": c, "x0": 10.0 + 30 * k, "x1": 35.0 + 30 * k, "top": 100.0}
            for k, c in enumerate(confs)]


GARBLED_BESIDE = [
    # must: the line runs across a column's gap; two words under 40, half under 80
    ("recipient beside a title", [90.0, 62.0, 26.0, 49.0, 6.0], True, True),
    ("short line", [30.0, 35.0, 91.0], True, True),
    ("half under 80", [95.0, 12.0, 33.0, 71.0, 93.0, 96.0], True, True),
    # must not: not beside another column (the old test), one word under 40 only, or fewer than half under 80
    ("alone in its line", [90.0, 62.0, 26.0, 49.0, 6.0], False, False),
    ("one unsure word", [90.0, 62.0, 26.0, 49.0, 66.0], True, False),
    ("most read surely", [95.0, 12.0, 33.0, 91.0, 93.0, 96.0, 94.0], True, False),
    ("all sure", [95.0, 92.0, 93.0], True, False),
]


@pytest.mark.parametrize("case,confs,beside,wanted", GARBLED_BESIDE, ids=[c[0] for c in GARBLED_BESIDE])
def test_garbled_stretch_beside_a_column(case, confs, beside, wanted):
    assert ocr._garbled_stretch(_part(confs), beside) is wanted, case


RECIPIENTS = [("Nơi", 86.0, "nhận:"), ("-", 86.0, "Sở"), ("-", 86.2, "Thường"), ("KT.", 330.0, "GIÁM"),
              ("PHÓ", 371.0, "GIÁM"), ("=", 86.1, "Chủ"), ("CHÁNH", 329.0, "VĂN"), ("-", 86.0, "Thành"),
              ("-", 85.9, "Lưu:")]

DASHES = [
    # must: "=" (or ":") between dashes at its indent, the title's lines of the column beside between them
    ("equals sign, title between", RECIPIENTS, 5, "-"),
    ("colon, title between", [s if k != 5 else (":", 86.1, "Chủ") for k, s in enumerate(RECIPIENTS)], 5, "-"),
    ("equals sign, dash only below", [("Nơi", 86.0, "nhận:"), ("=", 86.0, "Bộ"), ("KT.", 330.0, "GIÁM"),
                                      ("-", 86.0, "Sở")], 1, "-"),
    # must not: no dash at its indent about it, a number after it, or the dash at another indent
    ("no dash about it", [("Tổng", 86.0, "cộng"), ("=", 86.0, "Một"), ("KT.", 330.0, "GIÁM")], 1, "="),
    ("a number after it", [("-", 86.0, "Sở"), ("=", 86.0, "125"), ("-", 86.0, "Lưu:")], 1, "="),
    ("dashes at another indent", [("-", 120.0, "Sở"), ("=", 86.0, "Chủ"), ("-", 120.0, "Lưu:")], 1, "="),
]


@pytest.mark.parametrize("case,starts,k,wanted", DASHES, ids=[c[0] for c in DASHES])
def test_list_dash_read_as_equals(case, starts, k, wanted):
    out = ocr.repair_list_dashes(starts)
    assert out[k] == wanted, case
    assert [w for j, w in enumerate(out) if j != k] == [s[0] for j, s in enumerate(starts) if j != k], case


GLUED = [
    # must: cut into syllables the page does not write ("SON"), the page writes the letters apart with marks
    ("a mark lost", [["VÀ", "TỆ", "NẠN", "XÃ", "HỘI", "TỈNH"], ["HÀSON"], ["Hà", "Sơn,", "ngày", "12", "tháng"]],
     [["VÀ", "TỆ", "NẠN", "XÃ", "HỘI", "TỈNH"], ["HÀ SƠN"], ["Hà", "Sơn,", "ngày", "12", "tháng"]]),
    ("two marks lost", [["UBND", "XÃ"], ["BINHLAC"], ["Bình", "Lạc,", "ngày", "03"]],
     [["UBND", "XÃ"], ["BÌNH LẠC"], ["Bình", "Lạc,", "ngày", "03"]]),
    ("three words", [["HUYỆN"], ["YENTHANHHOA"], ["xã", "Yên", "Thạnh", "Hòa"]],
     [["HUYỆN"], ["YÊN THẠNH HÒA"], ["xã", "Yên", "Thạnh", "Hòa"]]),
    # must not: the page spells the letters two ways, writes no such run, or the word is a syllable
    ("two spellings", [["HASƠN"], ["Hà", "Sơn", "và", "Hạ", "Sơn"]], [["HASƠN"], ["Hà", "Sơn", "và", "Hạ", "Sơn"]]),
    ("not written", [["HASƠN"], ["Hà", "Tĩnh"]], [["HASƠN"], ["Hà", "Tĩnh"]]),
    ("a syllable", [["NGHIÊNG"], ["Nghi", "Êng"]], [["NGHIÊNG"], ["Nghi", "Êng"]]),
    ("an abbreviation", [["TTHĐND"], ["TT", "HĐND"]], [["TTHĐND"], ["TT", "HĐND"]]),
]


@pytest.mark.parametrize("case,lines,wanted", GLUED, ids=[c[0] for c in GLUED])
def test_glued_name_with_a_mark_lost(case, lines, wanted):
    assert vi_syllable.repair_glued_told_by_page(lines) == wanted, case


HEADINGS = [
    # must: a table's heading of two or three syllables read as one word (its "Đ" as a D-like run too)
    ("quantity", ["TT", "Nội", "dung", "ĐVT", "Sốlượng", "Đơn", "giá"], ["TT", "Nội", "dung", "ĐVT", "Số lượng", "Đơn", "giá"]),
    ("unit price, its Đ a run", ["ĐÐĐơngiá", "Thành", "tiền"], ["Đơn giá", "Thành", "tiền"]),
    ("two cuts spell it", ["Đơngiá"], ["Đơn giá"]),
    ("in capitals", ["STT", "NỘIDUNG", "KINHPHÍ"], ["STT", "NỘI DUNG", "KINH PHÍ"]),
    ("three syllables, a sign after", ["Đơnvịtính:"], ["Đơn vị tính:"]),
    ("in a sentence", ["tăng", "sốlượng", "hội", "viên"], ["tăng", "số lượng", "hội", "viên"]),
    # must not: a syllable, a cut that is no heading, a name, a word no cut spells
    ("a syllable", ["Nguyễn", "Văn", "Nghiêng"], ["Nguyễn", "Văn", "Nghiêng"]),
    ("no heading", ["Hànội", "Quếson"], ["Hànội", "Quếson"]),
    ("a minority's name", ["Krông", "Búk"], ["Krông", "Búk"]),
    ("no cut", ["ĐVLT", "ĐĐĐ"], ["ĐVLT", "ĐĐĐ"]),
]


@pytest.mark.parametrize("case,words,wanted", HEADINGS, ids=[c[0] for c in HEADINGS])
def test_glued_table_heading(case, words, wanted):
    assert ocr.repair_line(words) == wanted, case


YEARS = [
    # must: read alone, a year one digit apart (its sign back), or a five-digit reading's year
    ("a digit wrong, sign lost", "2017", "2019;", "2019;"),
    ("sign read as a digit", "20107", "2019;", "2019;"),
    ("brackets", "(2018", "(2019)", "(2019)"),
    ("same year, its sign", "2024", "2024.", "2024."),
    # must not: two digits apart, no year read alone, a number that is no year
    ("two digits apart", "2017", "2091", None),
    ("a letter read alone", "2017", "20l9", None),
    ("no year first", "12345", "2019", None),
    ("five digits, too far", "20251", "2019", None),
]


@pytest.mark.parametrize("case,first,again,wanted", YEARS, ids=[c[0] for c in YEARS])
def test_year_read_again(case, first, again, wanted):
    assert ocr.year_read_again(first, again) == wanted, case


def _row(words: list[tuple[str, float, float, float]]) -> list[dict]:
    return [{"text": t, "conf": c, "x0": x0, "x1": x1, "top": 560.0} for t, c, x0, x1 in words]


ROW = [("2", 74.0, 90.7, 96.0), ("Giải", 96.0, 111.6, 133.0), ("Nhì", 96.0, 137.0, 156.7), ("toàn", 97.0, 160.8, 184.6),
       ("đoàn", 96.0, 189.1, 215.5), ("Giải", 96.0, 286.3, 307.7)]

CELLS = [
    # must: a short reading at no confidence in a cell of its own of a row that opens with its code
    ("quantity at the line's end", _row(ROW + [("b;", 0.0, 338.9, 345.1)]), ["b;"]),
    ("quantity before the price", _row(ROW + [("&)", 5.0, 337.0, 343.4), ("3.000.000", 96.0, 369.4, 423.8)]), ["&)"]),
    ("under a Roman code", _row([("II", 75.0, 90.5, 98.2), ("Chi", 86.0, 109.7, 127.9), ("khác", 97.0, 132.0, 151.9),
                                 ("°)", 12.0, 300.0, 306.0), ("40.000", 97.0, 401.0, 463.0)]), ["°)"]),
    # must not: read surely, a number, glued to the word before or after, a line with no row code, a long word
    ("read surely", _row(ROW + [("b;", 62.0, 338.9, 345.1)]), []),
    ("a number", _row(ROW + [("12", 20.0, 338.9, 350.1)]), []),
    ("a word's gap before", _row(ROW + [("b;", 0.0, 311.0, 317.0)]), []),
    ("a word's gap after", _row(ROW + [("&)", 5.0, 337.0, 343.4), ("3.000.000", 96.0, 349.4, 403.8)]), []),
    ("no row code", _row([("Giải", 96.0, 111.6, 133.0), ("Nhì", 96.0, 137.0, 156.7), ("b;", 0.0, 338.9, 345.1)]), []),
    ("a long word", _row(ROW + [("ĐVLT", 10.0, 338.9, 365.1)]), []),
]


@pytest.mark.parametrize("case,line,wanted", CELLS, ids=[c[0] for c in CELLS])
def test_row_cell_read_again(case, line, wanted):
    assert [w["text"] for w in ocr.cells_read_again([line])] == wanted, case
