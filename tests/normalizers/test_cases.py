"""Table-driven cases for the normalizers (tests/cases/*.csv, *.yaml)."""

from decimal import Decimal

import pytest
import yaml

from normalizers import agencies, dates, docnum, localities, money, numbers, percent, text
from tests.conftest import CASES, rows


@pytest.mark.parametrize("case", rows("numbers.csv"), ids=lambda c: c["raw"] or "<empty>")
def test_number(case):
    reading = numbers.parse_number(case["raw"])
    if case["value"]:
        assert reading.value == Decimal(case["value"]) or Decimal(case["value"]) in reading.candidates
        if case["flags"]:
            assert case["flags"] in reading.flags
        else:
            assert reading.flags == ()
    else:
        assert reading.value is None


def test_footnote_reading_keeps_both_candidates():
    r = numbers.parse_number("67.4011")
    assert r.value == Decimal(67401) or r.value == Decimal(67400)
    assert r.value == Decimal(67401) if not r.candidates else {r.value, *r.candidates} == {Decimal(67401), Decimal(674011)}


@pytest.mark.parametrize("case", rows("money.csv"), ids=lambda c: c["text"])
def test_money(case):
    found = money.find_money(case["text"])
    if case["match"] == "yes":
        assert found and found[0].amount_vnd == int(case["amount_vnd"])
        assert case["text"][found[0].start:found[0].end] == found[0].raw
    else:
        assert found == []


@pytest.mark.parametrize("case", rows("dates.csv"), ids=lambda c: c["text"])
def test_date(case):
    r = dates.parse_date(case["text"])
    if case["precision"] == "invalid":
        assert r.value is None and r.problem and "invalid" in r.problem
    elif case["precision"] == "none":
        assert r.value is None
    else:
        assert r.value.isoformat() == case["iso"] and r.precision == case["precision"]


@pytest.mark.parametrize("case", rows("docnum.csv"), ids=lambda c: c["text"])
def test_doc_number(case):
    parsed = docnum.parse_doc_number(case["text"])
    if not case["number"]:
        assert parsed is None
        return
    assert parsed.text == case["number"]
    assert (parsed.type_code or "") == case["type_code"]
    assert (parsed.issuer_code or "") == case["issuer_code"]
    assert str(parsed.year or "") == case["year"]


@pytest.mark.parametrize("case", rows("agencies.csv"), ids=lambda c: c["written"])
def test_agency_canonical(case):
    assert agencies.canonical(case["written"]) == case["canonical"]


@pytest.mark.parametrize("case", yaml.safe_load((CASES / "agency_lists.yaml").read_text(encoding="utf-8")),
                         ids=lambda c: c["text"][:40])
def test_agency_split(case):
    assert agencies.split_agencies(case["text"]) == case["names"]


@pytest.mark.parametrize("case", rows("text.csv"), ids=lambda c: c["raw"])
def test_text(case):
    assert text.normalize_line(case["raw"]) == case["normalized"]


def test_type_names_and_codes():
    assert docnum.type_name("KẾ HOẠCH") == "Kế hoạch"
    assert docnum.type_name("QĐ") == "Quyết định"
    assert docnum.type_code("Kế hoạch") == "KH"
    assert docnum.type_code("Công văn") is None


def test_period_and_ranges():
    assert dates.find_period("giai đoạn 2016 - 2020") == (2016, 2020)
    assert dates.find_period("năm 2020") is None
    r = numbers.parse_range("từ 01 đến 03 mô hình")
    assert (r.low, r.high, r.kind) == (1, 3, "range")
    assert numbers.parse_range("giai đoạn 2016-2020") is None
    assert numbers.bound_kind("Phấn đấu ", " trở lên người") == "min"
    assert numbers.bound_kind("ít nhất ", " số") == "min"
    assert numbers.bound_kind("tối đa ", "") == "max"
    assert numbers.bound_kind("có ", " cán bộ") == "exact"


def test_table_unit():
    assert money.table_unit("Đơn vị tính: Triệu đồng") == ("triệu đồng", 1_000_000)
    assert money.table_unit("ĐVT: nghìn đồng") == ("nghìn đồng", 1000)
    assert money.table_unit("Nội dung hoạt động") is None


def test_abbreviation_definitions():
    assert agencies.definitions_in("dịch vụ bảo vệ trẻ em (BVTE) chuyên biệt") == {"BVTE": "bảo vệ trẻ em"}


def _expected_percents(spec: str) -> list[tuple]:
    out = []
    for part in filter(None, spec.split(";")):
        value, bound, *high = part.split(":")
        out.append((float(value), bound, float(high[0]) if high else None))
    return out


@pytest.mark.parametrize("case", rows("percents.csv"), ids=lambda c: c["text"])
def test_percent(case):
    found = percent.find_percents(case["text"])
    assert [(p.value, p.bound, p.high) for p in found] == _expected_percents(case["expect"])
    for p in found:  # each reading's span holds its raw text
        assert case["text"][p.start:p.end] == p.raw


@pytest.mark.parametrize("case", rows("ranges.csv"), ids=lambda c: c["text"])
def test_range(case):
    r = numbers.parse_range(case["text"])
    if not case["low"]:
        assert r is None
    else:
        assert (r.low, r.high, r.kind) == (Decimal(case["low"]), Decimal(case["high"]), "range")


@pytest.mark.parametrize("case", rows("localities.csv"), ids=lambda c: f"{c['level']} {c['words']}")
def test_real_places(case):
    assert (localities.longest_real_prefix(case["level"], case["words"].split()) or "") == case["place"]


def test_tone_marks_agree_with_underthesea():
    """underthesea's token map (the old-to-new spellings it normalizes, shipped with the
    package) is the oracle: every entry that moves a word-final old-style mark ("hoà",
    "goá", "nguỵ") must come out of our normalizer the same, capitals included."""
    import unicodedata

    from underthesea.pipeline.text_normalize.text_normalizer import token_map

    def letters(word: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")

    pairs = [(old, new) for old, new in token_map.items()
             if old[-2:] in text.TONE_MAP and letters(old) == letters(new) and len(old) == len(new)]
    assert len(pairs) > 300
    assert [(old, new) for old, new in pairs if text.normalize_line(old) != new] == []
    # and words underthesea leaves alone are left alone by us too
    assert text.normalize_line("quý quỷ Quỳnh hoàn thuở") == "quý quỷ Quỳnh hoàn thuở"


@pytest.mark.parametrize("before, after, kind", [
    ("không dưới ", "%", "min"),
    ("không thấp hơn ", "%", "min"),
    ("cao hơn ", "%", "min"),
    ("trên mức ", "%", "min"),
    ("không vượt quá ", "%", "max"),
    ("không quá ", "%", "max"),
    ("dưới mức ", "%", "max"),
    ("thấp hơn ", "%", "max"),
    ("ít hơn ", " ca", "max"),
    ("không cao hơn ", "%", "max"),
    ("giảm xuống ", "% trở xuống", "max"),
    ("đạt ", "% trở lên", "min"),
    # must stay exact: words that only sit near a number
    ("đạt ", "%", "exact"),
    ("giảm ", "% so với năm 2025", "exact"),
    ("hơn nữa, đạt ", "%", "exact"),
])
def test_bound_kind_rows(before, after, kind):
    assert numbers.bound_kind(before, after) == kind


@pytest.mark.parametrize("case", rows("slashless_numbers.csv"), ids=lambda c: c["text"])
def test_a_number_a_scan_read_without_its_slash(case):
    from normalizers.docnum import repair_slashless
    assert repair_slashless(case["text"]) == (case["expected"] or None), case["why"]
