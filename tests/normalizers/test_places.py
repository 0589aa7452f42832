"""Places as data (normalizers/places.py, normalizers/localities.py): issuers' provinces and
districts before and after the 2025 merger; cases in tests/cases/places.csv,
place_names.csv and mergers.csv."""

import csv
from collections import Counter
from importlib import resources

import pytest

from normalizers import localities, places
from tests.conftest import rows

COLUMNS = ("province", "province_code", "district", "district_code", "province_2025", "province_2025_code")


@pytest.mark.parametrize("case", rows("places.csv"), ids=lambda c: f"{c['name']} [{c['issued'] or c['note'][:30]}]")
def test_issuer_place(case):
    found = places.issuer_place(case["name"], case["level"] or None, case["locality"] or None,
                                place=case["place"] or None, text=case["text"], issued=case["issued"] or None)
    got = found.columns()
    assert {k: got[f"issuer_{k}"] or "" for k in COLUMNS} == {k: case[k] for k in COLUMNS}
    assert (got["issuer_province_written"] or "") == case["province_written"]


@pytest.mark.parametrize("case", rows("place_names.csv"), ids=lambda c: f"{c['level']} {c['written']}")
def test_place_names(case):
    found = places.find(case["level"], case["written"])
    if case["code"]:
        assert [u.code for u in found][:1] == [case["code"]]
    else:
        assert found == []


@pytest.mark.parametrize("case", rows("mergers.csv"), ids=lambda c: f"{c['old']} -> {c['new']}")
def test_merger_from_shared_codes(case):
    old = places.find_province(case["old"])
    new = places.find_province(case["new"], after_merger=True)
    assert old is not None and new is not None
    assert (places.merged_into(old) == new) is (case["match"] == "yes")


def test_merger_table_is_whole():
    """The 63 old provinces all land in one of the 34, each new province holds at least one,
    and the provinces that kept their territory are the 11 the resolution leaves alone."""
    table = places.merger_table()
    old = [u for u in places.old_units().by_code.values() if u.level == "province"]
    new = [u for u in places.new_units().by_code.values() if u.level == "province"]
    assert len(old) == 63 and len(new) == 34
    assert set(table) == {u.code for u in old}
    assert set(table.values()) == {u.code for u in new}
    sizes = Counter(table.values())
    unmerged = sorted(places.new_units().by_code[c].name for c, n in sizes.items() if n == 1)
    assert unmerged == sorted(["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
                               "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"])
    assert sorted(u.name for u in places.merged_from(places.find_province("Lâm Đồng", after_merger=True))) == \
        ["Bình Thuận", "Lâm Đồng", "Đắk Nông"]


def test_bundled_data_is_the_gso_list():
    """The bundled pre-2025 list: 63 provinces, 696 districts, 10051 communes, every parent
    known, codes of 2, 3 and 5 digits."""
    with resources.files("normalizers").joinpath("data/divisions_pre2025.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert Counter(r["level"] for r in table) == {"province": 63, "district": 696, "commune": 10051}
    codes = {r["code"]: r for r in table}
    width = {"province": 2, "district": 3, "commune": 5}
    parent = {"district": "province", "commune": "district"}
    for r in table:
        assert len(r["code"]) == width[r["level"]] and r["code"].isdigit()
        if r["level"] != "province":
            assert codes[r["parent"]]["level"] == parent[r["level"]]


@pytest.mark.parametrize("issued, after", [("2025-07-01", True), ("2025-06-30", False), ("2026", True), ("2025", False),
                                           ("2018-04-03", False), (None, False), ("", False), ("ngày 3", False)])
def test_after_merger(issued, after):
    assert places.is_after_merger(issued) is after


def test_named_places_spans():
    text = "Ủy ban nhân dân huyện Tu Mơ Rông, tỉnh Kon Tum xây dựng; TP. Hồ Chí Minh và xã Đăk Tờ Kan; xã hội"
    found = places.named_places(text)
    assert [(m.word, m.written) for m in found] == [("huyện", "Tu Mơ Rông"), ("tỉnh", "Kon Tum"),
                                                  ("thành phố", "Hồ Chí Minh"), ("xã", "Đăk Tờ Kan")]
    for m in found:
        assert text[m.start:m.end].endswith(m.written)
    assert [u.code for u in found[0].units] == ["617"]
    # in capitals, a level word whose words are no place ("XÃ HỘI") hides nothing after it
    caps = places.named_places("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN BÌNH GIA TỈNH LẠNG SƠN")
    assert [(m.word, m.written) for m in caps] == [("huyện", "BÌNH GIA"), ("tỉnh", "LẠNG SƠN")]


def test_place_key_folds_spellings():
    assert places.place_key("Đăk Glei") == places.place_key("ĐẮK  GLEI") == places.place_key("Đắk-Glei")
    assert places.place_key("Hoà Bình") == places.place_key("Hòa Bình")
    assert places.place_key("Kon Tum") != places.place_key("Kon Rẫy")
    assert places.place_key("Quy Nhơn") != places.place_key("Quý Nhơn")  # after q, y is not a final i


def test_columns_are_complete_for_an_empty_place():
    cols = places.issuer_place(None).columns()
    assert set(cols) == {"issuer_province_written", "issuer_province", "issuer_province_code",
                         "issuer_district_written", "issuer_district", "issuer_district_code",
                         "issuer_province_2025", "issuer_province_2025_code"}
    assert not any(cols.values())


def test_localities_api_on_the_bundled_data():
    """header.py's calls keep their answers on the bundled pre-2025 list."""
    assert localities.real_place("tỉnh", "Kon Tum") == "Kon Tum"
    assert localities.real_place("thành phố", "Kon Tum") == "Kon Tum"
    assert localities.real_place("huyện", "Đăk Glei") == "Đắk Glei"
    assert localities.real_place("thị xã", "Long Khánh") == "Long Khánh"  # a thành phố since 2019
    assert localities.real_place("tỉnh", "Tu Mơ Rông") is None
    assert localities.longest_real_prefix("tỉnh", "Lâm Đồng ban hành".split()) == "Lâm Đồng"
    assert localities.longest_real_prefix("huyện", "Xây dựng Kế hoạch".split()) is None
