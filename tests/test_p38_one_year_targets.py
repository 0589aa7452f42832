"""A one-year plan's objective with no year of its own aims at the plan's year ("Kế hoạch ... năm 2023": "Tỷ lệ hộ
nghèo giảm còn 2,5%" -> 2023); an objective that names its year keeps it; a plan over several years leaves an undated
objective without a year (its general aims look past any one year). The invented set's golds of one-year plans, by
many rounds, all read it so (target_year 1280 -> 1286 of 1294, none lost)."""

import pytest

from pipeline.process import process


def _plan(title: str, body: str) -> str:
    return f"""ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG TÈ
Số: 31/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Mường Tè, ngày 9 tháng 1 năm 2023

KẾ HOẠCH
{title}

{body}
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""


BODY = """I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng cuộc sống của người dân vùng đồng bào dân tộc thiểu số.
2. Chỉ tiêu cụ thể
- Tỷ lệ hộ nghèo giảm còn dưới 12,5%.
- 95% trẻ em trong độ tuổi đến trường được huy động ra lớp.
- Đến năm 2025, 100% xã có đường ô tô đến trung tâm được cứng hóa.

II. NHIỆM VỤ
1. Phòng Dân tộc chủ trì triển khai các chính sách hỗ trợ.
"""


@pytest.mark.parametrize("title,expected", [
    # must: a one-year plan (its title's year; another year, another place)
    ("Thực hiện chương trình giảm nghèo bền vững năm 2023", [2023, 2023, 2023, 2025]),
    ("Phát triển giáo dục vùng khó khăn năm 2019", [2019, 2019, 2019, 2025]),
    # must not: a plan over several years
    ("Thực hiện chương trình giảm nghèo bền vững giai đoạn 2021 - 2025", [None, None, None, 2025]),
])
def test_an_undated_objective_of_a_one_year_plan_aims_at_its_year(title, expected):
    record = process("plan.txt", _plan(title, BODY).encode()).record
    assert [o.target_year for o in record.objectives] == expected, [(o.text[:30], o.target_year) for o in record.objectives]
