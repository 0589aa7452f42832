"""Speed rewrites in the normalizers find exactly what the code they replaced found: each
is compared with the plain version (kept here as the reference) on texts of every shape,
those the shortcut lets through and those it turns away."""

import re

import pytest

from normalizers import money

# MONEY as it was, without the look-ahead that turns away digits no unit follows
MONEY_PLAIN = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d{0,2}\.\d{1,2}(?![\d.,])|\d*(?:,\d+)?|"
                         r"[\dlI]{0,2}(?:\.[\dlIO]{3})+))\s*(" + money._UNIT_ALT + r")(?![^\W\d])", re.I)

TEXTS = [
    "Kinh phí thực hiện Dự án 1: 67.400 triệu đồng, trong đó ngân sách Trung ương 30.600 trđ",
    "Tổng vốn 1.500,5 tỷ đồng; vốn tỉnh 2 tr. đồng, vốn huyện 3 tr.đ. và 4 tr đ", "5 TỶ ĐỒNG", "7 Triệu VNĐ",
    "12 tỉ", "1 tỷ 500 triệu đồng", "9.037/17.454 tỷ đồng, đạt 51,8%", "1.5 tỷ đồng", "12.25 triệu", "1.OOO tỷ đồng",
    "1l.240 triệu đồng", "2.4l0 triệu", "ngày 12/3/2025, số 45/KH-UBND", "năm 2025 tăng 10%", "20 triệu người",
    "Đơn vị tính: 1.000 đồng", "ĐVT: triệu đồng 50 triệu", "10 nghìn tỷ đồng", "3 ngàn tỉ", "500 nghìn",
    "đồng16 300 đồng17", "số 0912 345 678", "A1 200 đồng", "1,200 đồng", "12,5 tr.đồng", "100 vnd", "100VND",
    "3 đ", "3đ/người", "40 Đ", "6 NGHÌN ĐỒNG", "mã 2021-2025 t", "1 t", "2 tấn", "10 ha", "x9 vnđ", "9\u00a0tỷ",
    "9\ttriệu", "1.000.000 đồng", "12 tháng", "2 năm", "1 Ngàn Tỷ Đồng", "5 Trđ", "0,5 TỶ", "45 tỷđồng", "",
    "không có số", "... 1.200.000.000 đồng (Một tỷ hai trăm triệu đồng)", "7 nghìn tỉ đồng", "3 ngàn đồng",
]


@pytest.mark.parametrize("text", TEXTS)
def test_money_look_ahead_finds_what_the_plain_pattern_finds(text):
    assert ([(m.span(), m.groups()) for m in money.MONEY.finditer(text)]
            == [(m.span(), m.groups()) for m in MONEY_PLAIN.finditer(text)])


def test_money_unit_first_letters_cover_every_unit():
    assert all(re.match("[" + money._UNIT_FIRST + "]", u, re.I) for u in money.UNITS)


@pytest.mark.parametrize("text, amounts", [
    ("Kinh phí 67.400 triệu đồng", [67_400_000_000]),
    ("1 tỷ 500 triệu đồng", [1_500_000_000]),
    ("9.037/17.454 tỷ đồng", [9_037_000_000_000, 17_454_000_000_000]),
    ("ngày 12/3/2025 năm 2025", []),
    ("20 triệu người", []),
])
def test_find_money_still_reads_amounts(text, amounts):
    assert [m.amount_vnd for m in money.find_money(text)] == amounts
