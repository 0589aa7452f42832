"""Hold-out round G54 (tests/invented/build_g54.py): a reward's money for each one given a title is a norm, no sum.

Probing the round's emulation plan in other words, "Mỗi tập thể xuất sắc được tặng Giấy khen kèm theo tiền thưởng
2.000.000 đồng" gave a statement of the plan's whole (extractors.fields.budget_statements.RATE_BEFORE knew "định mức",
"mức hỗ trợ", "mỗi xã được hỗ trợ", not a reward joined to a title). The money "kèm theo tiền thưởng" (or "mức
thưởng", "phần thưởng") a title and what each one "được thưởng" are now norms; the reward money the plan spends
("Kinh phí khen thưởng: N", "Tổng tiền thưởng N") stays a statement.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG LẠC
Số: 18/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Lạc, ngày 12 tháng 02 năm 2025
KẾ HOẠCH
Phát động phong trào thi đua "Đồng Lạc chung sức xây dựng nông thôn mới" năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Động viên các tầng lớp Nhân dân tham gia xây dựng nông thôn mới.
II. KHEN THƯỞNG
{reward}
III. KINH PHÍ
Tổng kinh phí tổ chức phong trào thi đua 260 triệu đồng từ ngân sách huyện.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ: Hướng dẫn, theo dõi phong trào thi đua./.
"""


@pytest.mark.parametrize("reward, amounts", [
    # must: the money each one is given with its title, or is rewarded
    ("Mỗi tập thể xuất sắc được tặng Giấy khen kèm theo tiền thưởng 2.500.000 đồng.", [260_000_000]),
    ("Mỗi hộ gia đình tiêu biểu được thưởng 700.000 đồng.", [260_000_000]),
    ("Các cá nhân tiêu biểu được tặng Giấy khen kèm theo phần thưởng trị giá 1.200.000 đồng.", [260_000_000]),
    # must not: the reward money the plan spends
    ("Kinh phí khen thưởng: 36.000.000 đồng, trích từ Quỹ Thi đua, khen thưởng huyện.", [36_000_000, 260_000_000]),
    ("Tổng tiền thưởng dự kiến 42.500.000 đồng.", [42_500_000, 260_000_000]),
])
def test_a_reward_norm(reward, amounts):
    result = process("plan.txt", PLAN.format(reward=reward).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [s["amount_vnd"] for s in statements] == amounts, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
