"""Hold-out round G58 (probing the round's loan plan in other words): an ODA loan named alone or by its lender on its
own line ("Vốn ODA: N", "Vốn vay ODA của Ngân hàng Thế giới: N") is a source, "other", not a budget line whose parts
the counterpart funds after it would be.

The round's plan wrote the loan under its total ("trong đó: a) Vốn vay ưu đãi ...: 50 triệu USD, tương đương khoảng
N"), read right; written as the first sum of its sentence, "Vốn ODA: N; vốn đối ứng từ ngân sách tỉnh M", the loan was
read as a budget line "Vốn ODA" of no source and the counterpart funds as its part ("Vốn ODA", local). Now a label
naming only a loan (budget_statements.LOAN_ONLY) is no line of its own and its source is "other"; a line named by
what the capital is for ("Vốn đầu tư công: N; trong đó ..."), and a budget estimate's "Vốn vay ưu đãi:"
(tests/test_d2_holdout.py), stay lines, as before.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH TÂY NGUYÊN HÀ
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Nguyên Hà, ngày 21 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện Dự án Cấp nước sạch và vệ sinh nông thôn vùng khô hạn tỉnh Tây Nguyên Hà giai đoạn 2026 - 2029
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm tiến độ giải ngân vốn vay và vốn đối ứng của Dự án.
II. NGUỒN VỐN
{line}
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính: Chủ trì, tham mưu bố trí vốn đối ứng theo tiến độ Dự án./.
"""


@pytest.mark.parametrize("line, found", [
    # must: a loan alone or by its lender, first in its sentence; the counterpart funds after it sources of their own
    ("Vốn ODA: 742 tỷ đồng; vốn đối ứng từ ngân sách tỉnh 96 tỷ đồng.",
     [("total", "other", 742_000_000_000), ("total", "local", 96_000_000_000)]),
    ("Vốn vay ODA 28 triệu USD, tương đương khoảng 714 tỷ đồng; vốn đối ứng ngân sách trung ương 52 tỷ đồng, ngân "
     "sách tỉnh 38 tỷ đồng.",
     [("total", "other", 714_000_000_000), ("total", "central", 52_000_000_000), ("total", "local", 38_000_000_000)]),
    ("Vốn vay ODA của Cơ quan Hợp tác quốc tế Nhật Bản: 1.020 tỷ đồng.", [("total", "other", 1_020_000_000_000)]),
    # must not: a line named by what the capital is for, its part after it; a loan under the total (so before)
    ("Vốn đầu tư công: 360 tỷ đồng; trong đó vốn ngân sách tỉnh 140 tỷ đồng.",
     [("Vốn đầu tư công", "total", 360_000_000_000), ("Vốn đầu tư công", "local", 140_000_000_000)]),
    ("Tổng vốn 838 tỷ đồng, trong đó: vốn ODA 742 tỷ đồng; vốn đối ứng từ ngân sách tỉnh 96 tỷ đồng.",
     [("total", "total", 838_000_000_000), ("total", "other", 742_000_000_000), ("total", "local", 96_000_000_000)]),
])
def test_a_loan_on_its_own_line(line, found):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["amount_vnd"]) for s in statements] == found, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
