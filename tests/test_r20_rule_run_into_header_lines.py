"""A header's rules run in between the lines they stand between, round R20 (G20's province road-safety plan, .md
printed to PDF and read by plain pdftotext: the number, the date and the place lost, the issuer's place cut):

    ỦY BAN NHÂN DÂN TỈNH AN
    KHÁNH -------Số: 64/KH-UBND

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT NAM Độc lập - Tự do Hạnh phúc --------------An Khánh, ngày 17 tháng 02 năm
    2025

The text reader cut a rule off a line's start ("------Số: ...", layout.text.GLUED_RULE), not one run in after a
line's last word. A rule of four or more dashes (underscores, equals) after a word and a space and glued to a
capital is cut out (layout.text.pages_of, MID_RULE): the words before, the rule, and the words after as lines of
their own, at their columns; the header then reads its issuer, number, place and date.

Must-not rows: a dash between words ("Độc lập - Tự do"), a rule followed by a small letter or a digit, a rule with
spaces on both sides (two rules of a laid-out header), a Markdown table row with a rule in a cell, a rule alone.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.layout.text import pages_of

HEAD = """\
ỦY BAN NHÂN DÂN TỈNH {p1}
{p2} {rule1}Số: {number}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM Độc lập - Tự do Hạnh phúc {rule2}{place}, ngày {d} tháng {m} năm
{y}

KẾ HOẠCH

Phòng, chống thiên tai trên địa bàn tỉnh {place} năm {y}

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU

Giảm thiệt hại về người và tài sản do thiên tai gây ra.
"""


def _header(**kw):
    from extractors.fields.header import extract_header
    doc = build_document(read(HEAD.format(**kw).encode(), "plan.txt"))
    return extract_header(doc)


@pytest.mark.parametrize("kw, number, date, place, issuer", [
    (dict(p1="HÒA", p2="GIANG", rule1="-------", number="71/KH-UBND", rule2="--------------", place="Hòa Giang",
          d="09", m="03", y="2023"), "71/KH-UBND", "2023-03-09", "Hòa Giang", "Ủy ban nhân dân tỉnh Hòa Giang"),
    (dict(p1="TÂY", p2="NGUYÊN MỚI", rule1="_______", number="5/KH-UBND", rule2="______", place="Tây Nguyên Mới",
          d="21", m="11", y="2022"), "5/KH-UBND", "2022-11-21", "Tây Nguyên Mới", None),
])
def test_rule_run_in_is_cut_out(kw, number, date, place, issuer):
    h = _header(**kw)
    assert h["number"] == number
    assert h["issued_date"] == date
    assert h["place"] == place
    if issuer:
        assert h["issuer"]["name"] == issuer


def lines(text: str) -> list[str]:
    return [ln.text.strip() for page in pages_of(text) for ln in page if ln.text.strip()]


@pytest.mark.parametrize("line, parts", [
    ("KHÁNH -------Số: 64/KH-UBND", ["KHÁNH", "-------", "Số: 64/KH-UBND"]),                       # must
    ("Hạnh phúc ----------Bình Lâm, ngày 3 tháng 5 năm", ["Hạnh phúc", "----------", "Bình Lâm, ngày 3 tháng 5 năm"]),
    ("SỞ Y TẾ ====Số: 12/KH-SYT", ["SỞ Y TẾ", "====", "Số: 12/KH-SYT"]),
])
def test_line_cut(line, parts):
    assert lines(line) == parts


@pytest.mark.parametrize("line", [
    "Độc lập - Tự do - Hạnh phúc",                 # must-not: a dash between words
    "Tăng trưởng ----đạt 7%",                       # a small letter after the rule
    "Giai đoạn ----2021",                           # a digit after it
    "ỦY BAN NHÂN DÂN     -------      ---------------",  # rules with spaces on both sides
    "| Nội dung ----Chi phí | 12 |",                # a Markdown table's row
    "-------",                                      # a rule alone
])
def test_line_kept(line):
    assert lines(line) == [line.strip()]
