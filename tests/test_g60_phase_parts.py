"""Hold-out round G60 (tests/invented/build_g60.py): a programme's money by phase and by source in prose, "trong đó" at
two levels: "Tổng kinh phí ... là N, trong đó: giai đoạn 2026 - 2027 là A (ngân sách trung ương A1, ngân sách tỉnh
A2); giai đoạn 2028 - 2030 là B, trong đó ngân sách trung ương B1, ...". Each phase's sum is scoped by its period (as
g56_tinh-vantrach's "Phân kỳ thực hiện: giai đoạn ... là N"), and so are its parts by source, in brackets right after
it or after its own "trong đó".

Before, a phase named after the plan's whole sum in the same sentence was read as the whole's ("total"; g16's gold
accepted it) and its sources as the whole's. Now a phase alone in its clause after the whole's sum is its own
(budget_statements._listed_part) and a source part after it, in its brackets or its "trong đó", is that phase's; the
whole's sources in a sentence after the phases ("... B. Trong đó: ngân sách trung ương C") and the sources of a whole
that names no phase stay the whole's. Every number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH TRÀ VÂN
Số: 66/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vân, ngày 14 tháng 6 năm 2026
KẾ HOẠCH
Phát triển lưới điện nông thôn tỉnh Trà Vân giai đoạn 2026 - 2031
I. MỤC TIÊU
Bảo đảm cấp điện an toàn, ổn định cho khu vực nông thôn.
II. KINH PHÍ THỰC HIỆN
{money}
III. TỔ CHỨC THỰC HIỆN
Sở Công Thương chủ trì, theo dõi việc thực hiện Kế hoạch./.
"""

P1, P2 = "Giai đoạn 2026 - 2028", "Giai đoạn 2029 - 2031"


@pytest.mark.parametrize("money, found", [
    # must: the phases after the whole's sum, their sources in brackets and after their own "trong đó"
    ("Tổng kinh phí thực hiện Kế hoạch là 745 tỷ đồng, trong đó: giai đoạn 2026 - 2028 là 315 tỷ đồng (ngân sách "
     "trung ương 200 tỷ đồng, ngân sách tỉnh 115 tỷ đồng); giai đoạn 2029 - 2031 là 430 tỷ đồng, trong đó ngân sách "
     "trung ương 260 tỷ đồng, ngân sách tỉnh 150 tỷ đồng, vốn xã hội hóa 20 tỷ đồng.",
     [("total", "total", 745), (P1, "total", 315), (P1, "central", 200), (P1, "local", 115), (P2, "total", 430),
      (P2, "central", 260), (P2, "local", 150), (P2, "mobilized", 20)]),
    ("Tổng vốn 96 tỷ đồng, trong đó giai đoạn 2026 - 2028: 40 tỷ đồng; giai đoạn 2029 - 2031: 56 tỷ đồng.",
     [("total", "total", 96), (P1, "total", 40), (P2, "total", 56)]),
    # must not: the whole's sources in a sentence after the phases; a whole with no phase
    ("Tổng kinh phí là 186 tỷ đồng, phân kỳ như sau: giai đoạn 2026 - 2028: 54 tỷ đồng; giai đoạn 2029 - 2031: 132 "
     "tỷ đồng. Trong đó: ngân sách trung ương 70 tỷ đồng, ngân sách tỉnh 116 tỷ đồng.",
     [("total", "total", 186), (P1, "total", 54), (P2, "total", 132), ("total", "central", 70),
      ("total", "local", 116)]),
    ("Tổng kinh phí là 210 tỷ đồng (ngân sách trung ương 150 tỷ đồng, ngân sách tỉnh 60 tỷ đồng).",
     [("total", "total", 210), ("total", "central", 150), ("total", "local", 60)]),
])
def test_a_phase_and_its_sources(money, found):
    result = process("plan.txt", PLAN.format(money=money).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["amount_vnd"] // 10**9) for s in statements] == found, statements


@pytest.mark.parametrize("money, found", [
    # must: a comma, then a source that runs up to the next amount, is that amount's label (probing the round's shape
    # in other words: "(vốn ngân sách trung ương A, vốn ngân sách tỉnh B)" read B as of no source, the words A's)
    ("Tổng vốn 230 tỷ đồng (vốn ngân sách trung ương 130 tỷ đồng, vốn ngân sách tỉnh 100 tỷ đồng).",
     [("total", "total", 230), ("total", "central", 130), ("total", "local", 100)]),
    ("Tổng vốn 530 tỷ đồng, gồm: giai đoạn 2026 - 2028 là 230 tỷ đồng (ngân sách trung ương 130 tỷ đồng, vốn ngân sách "
     "tỉnh 100 tỷ đồng); giai đoạn 2029 - 2031 là 300 tỷ đồng.",
     [("total", "total", 530), (P1, "total", 230), (P1, "central", 130), (P1, "local", 100), (P2, "total", 300)]),
    # must not: the source after the amount and no amount after it is the amount's own
    ("Tổng kinh phí thực hiện là 75 tỷ đồng, vốn ngân sách tỉnh.", [("total", "local", 75)]),
    ("Năm 2027 bố trí 30 tỷ đồng, từ nguồn ngân sách tỉnh; năm 2028 bố trí 45 tỷ đồng.",
     [("total", "local", 30), ("total", "local", 45)]),
])
def test_a_source_before_the_next_amount(money, found):
    result = process("plan.txt", PLAN.format(money=money).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["amount_vnd"] // 10**9) for s in statements] == found, statements
