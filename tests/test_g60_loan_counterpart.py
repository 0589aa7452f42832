"""Hold-out round G60 (tests/invented/build_g60.py): a preferential loan named first in its sentence and the
counterpart funds named next, "Vốn vay ưu đãi: N triệu đồng; vốn đối ứng ngân sách tỉnh: M triệu đồng", are two sources
of the plan's money (the loan "other", the counterpart funds by the budget they come from), not a budget line "Vốn vay
ưu đãi" and its part.

Round G58 read a loan named only as ODA that way (budget_statements.LOAN_ONLY, tests/test_g58_loan_line.py); a loan
named by its kind ("vốn vay ưu đãi", "vốn tín dụng ưu đãi") or its lender still opened a line whose part the
counterpart funds were. Now a loan first in its sentence with the counterpart funds next is a source
(budget_statements.LOAN_LINE, COUNTERPART_NEXT); a loan line alone or with its own parts after it, and a line named by
what the capital is for, stay as before. Every name and number below is invented and differs from the round's
documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG XUYÊN
Số: 115/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Xuyên, ngày 09 tháng 5 năm 2026
KẾ HOẠCH
Triển khai Dự án Kè chống sạt lở bờ sông Đông Xuyên giai đoạn 2026 - 2028
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm tiến độ giải ngân của Dự án.
II. KINH PHÍ THỰC HIỆN
{line}
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính: Chủ trì, tham mưu bố trí vốn theo tiến độ Dự án./.
"""


@pytest.mark.parametrize("line, found", [
    # must: the loan by its kind or its lender, then the counterpart funds: two sources of the plan's money
    ("Vốn vay ưu đãi: 27.300 triệu đồng; vốn đối ứng ngân sách tỉnh: 5.900 triệu đồng.",
     [("total", "other", 27_300_000_000), ("total", "local", 5_900_000_000)]),
    ("Vốn vay của Ngân hàng Phát triển châu Á 640 tỷ đồng, vốn đối ứng từ ngân sách tỉnh 85 tỷ đồng.",
     [("total", "other", 640_000_000_000), ("total", "local", 85_000_000_000)]),
    ("Vốn tín dụng ưu đãi: 12 tỷ đồng; kinh phí đối ứng của ngân sách huyện: 3 tỷ đồng.",
     [("total", "other", 12_000_000_000), ("total", "local", 3_000_000_000)]),
    ("Vốn vay ưu đãi của Ngân hàng Hợp tác quốc tế Hàn Quốc 1.150 tỷ đồng và vốn đối ứng của ngân sách tỉnh 170 tỷ "
     "đồng.", [("total", "other", 1_150_000_000_000), ("total", "local", 170_000_000_000)]),
    # must not: a loan line with its own part after it; a line named by what the capital is for
    ("Vốn vay ưu đãi: 8.000 triệu đồng, trong đó cho hộ nghèo vay 5.000 triệu đồng.",
     [("Vốn vay ưu đãi", "total", 8_000_000_000), ("Vốn vay ưu đãi", "total", 5_000_000_000)]),
    ("Vốn đầu tư công: 360 tỷ đồng; trong đó vốn đối ứng ngân sách tỉnh 140 tỷ đồng.",
     [("Vốn đầu tư công", "total", 360_000_000_000), ("Vốn đầu tư công", "local", 140_000_000_000)]),
])
def test_a_loan_then_its_counterpart_funds(line, found):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["amount_vnd"]) for s in statements] == found, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
