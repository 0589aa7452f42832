"""Two budget-statement shapes of a project funded by a foreign loan (round G36, its World Bank project plan):
- a "trong đó" list's part named as support ("vốn hỗ trợ của các tổ chức quốc tế 22,3 tỷ đồng"): a part of the total,
  mobilized (it was read with its own words as its scope and the source total);
- a by-year list's label ending "theo năm" ("Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 48 tỷ đồng; ..."): the
  words "theo năm" no part of the scope.
Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

HEAD = ("ỦY BAN NHÂN DÂN\n\nTỈNH ĐÔNG GIANG\n\nSố: 77/KH-UBND\n\nĐông Giang, ngày 3 tháng 2 năm 2027\n\nKẾ HOẠCH\n\n"
        "Thực hiện dự án cấp nước sạch nông thôn\n\nI. MỤC TIÊU\n\nCấp nước sạch.\n\nII. KINH PHÍ\n\n")


def _statements(funds: str) -> list[tuple]:
    doc = build_document(read((HEAD + funds + "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính hướng dẫn.\n").encode(),
                              "plan.txt"))
    return [(s["scope"], s["source"], s["year"], s["amount_vnd"]) for s in extract_statements(doc)]


def test_support_of_international_bodies_is_a_mobilized_part():
    got = _statements("Tổng kinh phí thực hiện dự án là 64,8 tỷ đồng, trong đó: ngân sách tỉnh 41,5 tỷ đồng; vốn hỗ trợ "
                      "của các tổ chức quốc tế 23,3 tỷ đồng.")
    assert [(src, amount) for _, src, _, amount in got] == [("total", 64_800_000_000), ("local", 41_500_000_000),
                                                            ("mobilized", 23_300_000_000)]
    assert got[2][0] == got[0][0]  # (the part's scope is the total's)


def test_support_from_the_central_budget_stays_central():
    # must not: support named by the budget it comes from
    got = _statements("Tổng kinh phí là 50 tỷ đồng, trong đó: vốn hỗ trợ từ ngân sách trung ương 30 tỷ đồng; ngân sách "
                      "tỉnh 20 tỷ đồng.")
    assert [src for _, src, _, _ in got] == ["total", "central", "local"]


@pytest.mark.parametrize("label", ["Kế hoạch bố trí vốn đối ứng theo năm", "Phân kỳ vốn đối ứng hằng năm"])
def test_a_by_year_label_leaves_its_by_year_words_out(label):
    got = _statements(f"{label}: năm 2027 là 36 tỷ đồng; năm 2028 là 52 tỷ đồng.")
    assert [(year, amount) for _, _, year, amount in got] == [(2027, 36_000_000_000), (2028, 52_000_000_000)]
    assert not any("năm" in (scope or "").split()[-2:] for scope, *_ in got)


LOAN = ("Tổng vốn dự án là 1.250 tỷ đồng, trong đó: vốn vay Ngân hàng Phát triển châu Á 900 tỷ đồng; vốn đối ứng từ "
        "ngân sách tỉnh 350 tỷ đồng.\n\n")


def test_a_bare_counterpart_takes_the_source_the_document_gave_it():
    # must: "vốn đối ứng" named bare after the document said it comes from the province's budget
    got = _statements(LOAN + "Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 120 tỷ đồng; năm 2028 là 230 tỷ đồng.")
    assert [(src, year) for _, src, year, _ in got[-2:]] == [("local", 2027), ("local", 2028)]


@pytest.mark.parametrize("before, line, source", [
    # no source named for it anywhere: stays as it was
    ("Tổng vốn dự án là 1.250 tỷ đồng.\n\n", "Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 120 tỷ đồng.", "total"),
    # two sources named for it: nothing to tell which
    (LOAN + "Phần vốn đối ứng từ ngân sách trung ương hỗ trợ theo quy định.\n\n",
     "Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 120 tỷ đồng.", "total"),
    # the sum's own words name another's counterpart
    (LOAN, "Vốn đối ứng của các hộ gia đình tham gia dự án là 15 tỷ đồng.", "mobilized"),
])
def test_a_counterpart_left_as_it_was(before, line, source):
    assert _statements(before + line)[-1][1] == source
