"""Hold-out round G56 (tests/invented/build_g56.py): money of one kind of spending, "kinh phí thường xuyên" or "kinh
phí không thường xuyên", is a part of the whole of that kind, in prose and in a table's column.

A province's decision allocating an estimate wrote "... tổng số tiền là N từ nguồn ngân sách tỉnh, trong đó: kinh phí
thường xuyên A; kinh phí không thường xuyên B" and an annex "TT | Đơn vị | Dự toán giao | Trong đó: Kinh phí thường
xuyên | Kinh phí không thường xuyên": the parts were scoped "Thường xuyên" (the words "Kinh phí" dropped as a part's
label's), and the two columns read as all sources together, like "Dự toán giao" (extractors.tables.rebuild.AMOUNT_HEAD
opens on "Kinh phí"). Now a part whose label is such a kind is a kind as "vốn sự nghiệp" is
(extractors.fields.budget_statements.KIND_OF_CAPITAL), and a column so headed a source of its own ("other") as "Vốn sự
nghiệp" is; a column "Kinh phí", "Kinh phí thực hiện" stays all sources together.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH LONG HẢI
Số: 2044/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Hải, ngày 24 tháng 12 năm 2027
QUYẾT ĐỊNH
Về việc giao dự toán kinh phí thực hiện Chương trình cải cách hành chính tỉnh Long Hải năm 2028
QUYẾT ĐỊNH:
Điều 1. Giao dự toán kinh phí thực hiện Chương trình cải cách hành chính năm 2028 cho các cơ quan, đơn vị với tổng số \
tiền là 7.450 triệu đồng từ nguồn ngân sách tỉnh, trong đó: {first} 2.150 triệu đồng; {second} 5.300 triệu đồng.
Điều 2. Thủ trưởng các cơ quan, đơn vị được giao dự toán chịu trách nhiệm thi hành Quyết định này./.
"""


@pytest.mark.parametrize("first, second, scopes", [
    # must: each kind of spending a part of its own
    ("kinh phí thường xuyên", "kinh phí không thường xuyên", ["Kinh phí thường xuyên", "Kinh phí không thường xuyên"]),
    ("kinh phí sự nghiệp", "vốn đầu tư phát triển", ["Kinh phí sự nghiệp", "Vốn đầu tư phát triển"]),
    # must not: parts by source (so before)
    ("ngân sách tỉnh cấp", "ngân sách huyện đối ứng", ["total", "total"]),
])
def test_a_kind_of_spending_in_prose(first, second, scopes):
    result = process("decision.txt", DECISION.format(first=first, second=second).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["amount_vnd"]) for s in statements] == [
        ("total", 7_450_000_000), (scopes[0], 2_150_000_000), (scopes[1], 5_300_000_000)], statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]


ANNEX = """ỦY BAN NHÂN DÂN
TỈNH LONG HẢI
Số: 2045/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Hải, ngày 24 tháng 12 năm 2027
QUYẾT ĐỊNH
Về việc giao dự toán kinh phí cho các đơn vị năm 2028
QUYẾT ĐỊNH:
Điều 1. Giao dự toán kinh phí năm 2028 cho các đơn vị (chi tiết theo Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

PHỤ LỤC
DỰ TOÁN KINH PHÍ NĂM 2028 GIAO CHO CÁC ĐƠN VỊ
Đơn vị tính: triệu đồng

| TT | Đơn vị | {total} | {first} | {second} |
|---|---|---|---|---|
| 1 | Sở Nội vụ | 1.230 | 430 | 800 |
| 2 | Sở Tư pháp | 970 | 370 | 600 |
"""


@pytest.mark.parametrize("total, first, second, sources", [
    # must: the kinds of spending sources of their own, beside the whole
    ("Dự toán giao", "Kinh phí thường xuyên", "Kinh phí không thường xuyên", ["total", "other", "other"]),
    ("Tổng số", "Kinh phí sự nghiệp", "Vốn đầu tư", ["total", "other", "other"]),
    # must not: plain money and a source named in the column (so before)
    ("Kinh phí", "Kinh phí thực hiện", "Ngân sách tỉnh", ["total", "total", "local"]),
])
def test_a_kind_of_spending_in_a_column(total, first, second, sources):
    result = process("decision.md", ANNEX.format(total=total, first=first, second=second).encode("utf-8"))
    items = result.record.model_dump(mode="json")["budget"]["items"]
    assert [(i["row_label"], i["source"], i["amount_vnd"]) for i in items] == [
        ("Sở Nội vụ", sources[0], 1_230_000_000), ("Sở Nội vụ", sources[1], 430_000_000),
        ("Sở Nội vụ", sources[2], 800_000_000), ("Sở Tư pháp", sources[0], 970_000_000),
        ("Sở Tư pháp", sources[1], 370_000_000), ("Sở Tư pháp", sources[2], 600_000_000)], items
