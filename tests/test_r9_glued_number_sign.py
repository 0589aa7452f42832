"""A scrape that lost its line breaks shows it in the header by the number glued to the issuer's last line in
capitals ("TỈNH HÀ LAMSố: 15/KH-UBND", get_text() of a cell's two paragraphs), even when the motto stands on a line
of its own (another cell, a newline between). That is a sign of lost breaks as the motto glued is
(glued.has_lost_breaks); the breaks are then put back. Must-not rows: "Số:" after a space or a lower-case word,
"SỐ" in capitals, a number in the body after capitals and a space."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from pipeline.process import process


@pytest.mark.parametrize("text, lost", [
    ("ỦY BAN NHÂN DÂNTỈNH HÀ LAMSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", True),
    ("SỞ Y TẾSố:7/KH-SYT\n", True),
    ("TỈNH HÀ LAMSỐ: 15/KH-UBND\n", True),   # a legacy font's converter setting "Số" in capitals after capitals
    # must not
    ("TỈNH HÀ LAM\nSố: 15/KH-UBND\n", False),
    ("TỈNH HÀ LAM Số: 15/KH-UBND\n", False),
    ("Căn cứ Công văn Số: 12 ngày 3/4\n", False),
    ("ỦY BAN NHÂN DÂNSỐ 15\n", False),
])
def test_the_number_glued_to_the_issuer_is_a_sign(text, lost):
    assert glued.has_lost_breaks(text) is lost


PAGE = ("\n\nỦY BAN NHÂN DÂNTỈNH HÀ LAMSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Lam, ngày 03 tháng 4 năm 2026\n\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n1. Giảm thiệt hại do thiên tai.\n"
        "TM. ỦY BAN NHÂN DÂNCHỦ TỊCHLê Văn Bình\n")


def test_such_a_page_reads_its_number_and_issuer():
    rec = process("kh.txt", PAGE.encode("utf-8")).dump
    assert rec["number"] == "15/KH-UBND"
    assert rec["issuer"]["name"] == "Ủy ban nhân dân tỉnh Hà Lam"
