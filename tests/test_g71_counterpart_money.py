"""Field shape of hold-out round G71 (tests/invented/build_g71.py: g71_huyen-anlocbac, an OCOP plan): the counterpart
money of those a programme supports, named by who they are ("các chủ thể OCOP đối ứng N", "các cơ sở sản xuất đối
ứng", "nông dân tham gia mô hình đối ứng", "các trang trại đóng góp") is mobilized money, not a statement named after
its label with the source total (extractors.fields.budget_statements.MOBILIZED).

Must not: a level of government's counterpart money stays local ("ngân sách xã đối ứng", "các huyện đối ứng"), the
central budget's support stays central. Every text is invented.
"""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

TEXT = """ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ ĐÔNG
Số: 71/KH-UBND
KẾ HOẠCH
Phát triển sản phẩm nông nghiệp chủ lực năm 2028
I. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 2.300 triệu đồng, trong đó: {first} 1.500 triệu đồng; {second} 800 triệu đồng.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp: chủ trì thực hiện.
"""


def _sources(first: str, second: str) -> list[tuple]:
    doc = build_document(read(TEXT.format(first=first, second=second).encode(), "kh.txt"))
    found = extract_statements(doc, {"start_year": 2028, "end_year": 2028}, "Phát triển sản phẩm", "2028-04-02")
    return sorted((s["scope"], s["source"], s["amount_vnd"] // 10**6) for s in found)


@pytest.mark.parametrize("second", [
    "các chủ thể OCOP đối ứng",
    "chủ thể tham gia Chương trình đối ứng",
    "các cơ sở sản xuất đối ứng",
    "nông dân tham gia mô hình đối ứng",
    "các trang trại đóng góp",
    "các tổ hợp tác đối ứng",
])
def test_those_supported_put_up_mobilized_money(second):
    assert _sources("ngân sách huyện", second) == [("total", "local", 1500), ("total", "mobilized", 800),
                                                   ("total", "total", 2300)]


@pytest.mark.parametrize("first,second,source", [
    ("ngân sách tỉnh hỗ trợ", "ngân sách xã đối ứng", "local"),
    ("ngân sách tỉnh hỗ trợ", "các xã đối ứng", "local"),
    ("ngân sách Trung ương", "ngân sách tỉnh đối ứng", "local"),
])
def test_a_level_of_governments_counterpart_money_stays_its_own(first, second, source):
    assert ("total", source, 800) in _sources(first, second)


# the counterpart money in a sentence of its own, who puts it up named at length
@pytest.mark.parametrize("sentence", [
    "Các cơ sở sản xuất tham gia Chương trình đối ứng 800 triệu đồng.",
    "Các chủ thể có sản phẩm tham gia đánh giá đối ứng 800 triệu đồng.",
])
def test_the_counterpart_in_a_sentence_of_its_own(sentence):
    text = TEXT.replace("; {second} 800 triệu đồng.", ". " + sentence)
    doc = build_document(read(text.format(first="ngân sách huyện").encode(), "kh.txt"))
    found = extract_statements(doc, {"start_year": 2028, "end_year": 2028}, "Phát triển sản phẩm", "2028-04-02")
    assert ("total", "mobilized", 800) in [(s["scope"], s["source"], s["amount_vnd"] // 10**6) for s in found]
