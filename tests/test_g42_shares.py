"""Hold-out round G42 (tests/invented/build_g42.py): shares and current levels beside the aims. The round's PDF plan
gave its sources' shares ("1.050 tỷ đồng (chiếm 72,4%)") and its opening's land and population shares, all read right;
probing beside it found a share the item aims at followed by the share of an earlier year or of today in brackets,
"chiếm 38,5% dân số toàn tỉnh (năm 2026 chiếm 36,1%)", "(hiện nay chiếm 39,5%)", read as a second target
(objectives.BASELINE_BRACKET and BASELINE_NOW knew "là", "đạt", "giảm", "tăng", not "chiếm"). A bracketed share of
the plan's own last year ("(năm 2030 chiếm 45%)") stays a target, as "(năm 2030: 50%)" does.
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HẢI LĂNG
Số: 212/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Lăng, ngày 20 tháng 01 năm 2028
KẾ HOẠCH
Phát triển đô thị tỉnh Hải Lăng giai đoạn 2028 - 2030
I. MỤC TIÊU
1. Mục tiêu cụ thể đến năm 2030
- {item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng: Theo dõi, tổng hợp kết quả.
"""


@pytest.mark.parametrize("item, targets", [
    # must: the earlier year's or today's share in brackets, no target
    ("Tỷ lệ đô thị hóa chiếm 46,5% (năm 2027 chiếm 41,2%).", [46.5]),
    ("Dân số khu vực đô thị chiếm 44% dân số toàn tỉnh (hiện nay chiếm 40,8%).", [44.0]),
    ("Diện tích đất đô thị chiếm 12% diện tích tự nhiên (2027 ước chiếm 10,6%).", [12.0]),
    # must not: the share aimed at, and a bracketed share of the plan's last year
    ("Kinh tế số chiếm 20% GRDP của tỉnh.", [20.0]),
    ("Tỷ lệ đô thị hóa đạt 44% vào năm 2029 (năm 2030 chiếm 46%).", [44.0, 46.0]),
])
def test_a_bracketed_share_of_an_earlier_year_is_no_target(item, targets):
    record = process("plan.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")
    found = [t["value"] for o in record["objectives"] for t in o["targets"]]
    assert found == targets
