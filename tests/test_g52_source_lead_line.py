"""Hold-out round G52 (tests/invented/build_g52.py): a lead line that names one source and no amount gives it to
the years listed under it.

"Kinh phí ngân sách tỉnh bố trí thực hiện Chương trình:" over "+ Năm 2026: 1,25 tỷ đồng;" / "+ Năm 2027: ..." read
each year of no source: a lead line's budget was read only from a heading's words ("ngân sách nhà nước", "ngân sách
địa phương", "ngân sách cấp tỉnh": extractors.fields.budget_statements._budget_named), not "ngân sách tỉnh" (found
probing the round's money by year in other words). A lead line that names one source the codes name now gives it
(_lead_line) when the money it is about is named ("kinh phí", "vốn", "nguồn"); one that names two ("từ ngân sách
tỉnh và nguồn xã hội hóa") gives none, nor does a budget estimate's lead ("Giao dự toán thu, chi ngân sách xã năm 2027
như sau:", its lines name their own budget), and a year's own source wins.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LAM ĐIỀN
Số: 17/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Điền, ngày 15 tháng 01 năm 2027
CHƯƠNG TRÌNH
Bảo tồn di sản văn hóa phi vật thể tỉnh Lam Điền giai đoạn 2027 - 2028
I. MỤC TIÊU
- 100% di sản văn hóa phi vật thể được kiểm kê, lập hồ sơ khoa học.
II. KINH PHÍ THỰC HIỆN
{lead}
+ Năm 2027: 1,35 tỷ đồng;
+ Năm 2028: {last}.
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, theo dõi, tổng hợp./.
"""


@pytest.mark.parametrize("lead, last, sources", [
    # must: the province's budget named by the lead line, and with a year that names its own source
    ("Kinh phí ngân sách tỉnh bố trí thực hiện Chương trình:", "1,6 tỷ đồng", ["local", "local"]),
    ("Kinh phí ngân sách tỉnh bố trí thực hiện Chương trình:", "1,6 tỷ đồng từ nguồn xã hội hóa",
     ["local", "mobilized"]),
    # must not: a heading's budgets (so before), two sources
    ("Vốn ngân sách trung ương hỗ trợ thực hiện Chương trình:", "1,6 tỷ đồng", ["central", "central"]),
    ("Kinh phí ngân sách nhà nước bố trí thực hiện Chương trình:", "1,6 tỷ đồng", ["total", "total"]),
    ("Kinh phí thực hiện từ ngân sách tỉnh và nguồn xã hội hóa, cụ thể:", "1,6 tỷ đồng", ["total", "total"]),
])
def test_the_lead_lines_source(lead, last, sources):
    result = process("plan.txt", PLAN.format(lead=lead, last=last).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["year"], s["amount_vnd"]) for s in statements] == [(2027, 1_350_000_000), (2028, 1_600_000_000)]
    assert [s["source"] for s in statements] == sources, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]


ESTIMATE = """ỦY BAN NHÂN DÂN
XÃ BÌNH LONG HẠ
Số: 09/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Long Hạ, ngày 05 tháng 01 năm 2027
QUYẾT ĐỊNH
Về việc giao dự toán thu, chi ngân sách xã năm 2027
QUYẾT ĐỊNH:
Điều 1. Giao dự toán thu, chi ngân sách xã năm 2027 như sau:
1. Tổng thu ngân sách nhà nước trên địa bàn: 12.380.500.000 đồng.
2. Tổng chi ngân sách xã: 31.640.200.000 đồng.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
"""


def test_an_estimates_lead_line_gives_no_source():
    # must not: the lead of a budget's estimate (no money named by its source) over lines that name their own budget
    result = process("decision.txt", ESTIMATE.encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["source"], s["amount_vnd"]) for s in statements] == [("total", 12_380_500_000),
                                                                  ("local", 31_640_200_000)], statements
