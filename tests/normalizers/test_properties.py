"""Property tests: Vietnamese formatting round-trips; nothing raises on arbitrary text."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers import agencies, dates, docnum, legacy, localities, money, numbers, percent, text


def vn_format(n: int, decimals: str = "") -> str:
    grouped = f"{n:,}".replace(",", ".")
    return grouped + ("," + decimals if decimals else "")


@given(st.integers(min_value=0, max_value=10**12))
def test_integer_round_trip(n):
    assert numbers.parse_number(vn_format(n)).value == Decimal(n)


@given(st.integers(min_value=0, max_value=10**9), st.from_regex(r"[0-9]{1,3}", fullmatch=True))
def test_decimal_round_trip(n, decimals):
    assert numbers.parse_number(vn_format(n, decimals)).value == Decimal(f"{n}.{decimals}")


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(sorted(money.UNITS)))
def test_money_round_trip(n, unit):
    found = money.find_money(f"Kinh phí: {vn_format(n)} {unit}.")
    assert found and found[0].amount_vnd == n * money.UNITS[unit]


@settings(max_examples=300, deadline=None)  # (correctness, not speed: a first call loads the place index)
@given(st.text())
def test_no_normalizer_raises(s):
    numbers.parse_number(s)
    money.find_money(s)
    dates.parse_date(s)
    dates.find_period(s)
    docnum.parse_doc_number(s)
    agencies.canonical(s)
    agencies.split_agencies(s)
    for p in percent.find_percents(s):  # and every reading's span holds its raw text
        assert s[p.start:p.end] == p.raw
    localities.longest_real_prefix("tỉnh", s.split())
    legacy.looks_legacy(s)
    out = text.normalize_line(s)
    assert out.count("\n") == s.replace("\r\n", "\n").replace("\r", "\n").count("\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(), max_size=8))
def test_normalize_many_equals_one_by_one(texts):
    assert text.normalize_many(texts) == [text.normalize_line(t) for t in texts]
