"""Amounts whose digit groups are not set apart by dots: by commas, as an English-language
spreadsheet or keyboard writes them ("1,250,000,000 VNĐ"), or by spaces ("2 400 000 000
đồng"). Two or more comma groups are no decimal (a Vietnamese decimal has one comma); one
comma group before "đồng" is none either (no amount is written in fractions of a đồng); one
before "tỷ" or "triệu" still is ("1,250 tỷ đồng" is 1.25 billion). A group of zeros alone
is no amount ("000 đồng" is the end of a spaced number). Invented amounts."""

import pytest

from normalizers.money import find_money

MUST = [
    ("Tổng kinh phí thực hiện: 1,250,000,000 VNĐ, trong đó", 1_250_000_000),
    ("ngân sách tỉnh hỗ trợ 37,500,000 đồng/xã", 37_500_000),
    ("kinh phí 3,480,500,000đ từ nguồn sự nghiệp", 3_480_500_000),
    ("dự toán 12,000,000,000 đồng (mười hai tỷ đồng)", 12_000_000_000),
    ("hỗ trợ 850,000 đồng/người", 850_000),
    ("mức chi 125,000 VNĐ một buổi", 125_000),
    ("Tổng kinh phí: 2 400 000 000 đồng", 2_400_000_000),
    ("bố trí 1 750 000 đồng cho mỗi hộ", 1_750_000),
]
# one comma group before a scale word is a decimal; a run of zeros alone is no amount
MUST_NOT = [
    ("Tổng kinh phí 1,250 tỷ đồng", 1_250_000_000),
    ("kinh phí 2,500 triệu đồng", 2_500_000),
    ("kinh phí 67.400 triệu đồng", 67_400_000_000),
    ("mức hỗ trợ 1.500.000 đồng/người", 1_500_000),
]


@pytest.mark.parametrize("text, vnd", MUST + MUST_NOT)
def test_amount(text, vnd):
    assert [m.amount_vnd for m in find_money(text)] == [vnd]


@pytest.mark.parametrize("text", ["mã số 000 đồng bộ", "tài khoản 2026 000 đồng"])
def test_zeros_alone_are_no_amount(text):
    assert all(m.amount_vnd != 0 for m in find_money(text))


@pytest.mark.parametrize("text, vnd", MUST[:6])
def test_the_span_holds_the_amount(text, vnd):
    m = find_money(text)[0]
    assert text[m.start:m.end] == m.raw and m.raw.replace(",", "").startswith(str(vnd)[:3])


@pytest.mark.parametrize("text, vnd", [("hỗ trợ 05 triệu đồng/hộ", 5_000_000), ("kinh phí 0,5 tỷ đồng", 500_000_000)])
def test_a_leading_zero_is_kept(text, vnd):
    assert [m.amount_vnd for m in find_money(text)] == [vnd]


def test_spaced_groups_are_read_in_linear_time():
    # a long line of three-digit groups and no unit (a flattened table of counts): each group starts
    # a number, and each number's look for a unit must end within a few groups, not at the line's end
    import time

    timings = []
    for n in (4_000, 16_000):
        text = "Số liệu: " + "123 " * n + "hết"
        started = time.perf_counter()
        assert find_money(text) == []
        timings.append(time.perf_counter() - started)
    assert timings[1] < 0.5 and timings[1] < 16 * max(timings[0], 1e-3)  # 4x input, far from 16x time
