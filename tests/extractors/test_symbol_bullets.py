"""A Word list's bullets as the Symbol and Wingdings fonts' private-use code points ("",
""), as pdftotext and old converters write them: read as "•" and "+" (normalizers.text.
BULLET_LOOKALIKES, applied when a text file is decoded and by the normalizer). Before, the
lines they open ran together with the line above, and a plan's targets and amounts under such
bullets were lost.
"""

from __future__ import annotations

import pytest

from extractors.formats.text import decode
from normalizers.text import normalize_line
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN HUYỆN {district_up}
Số: {number}
{district}, ngày 14 tháng 7 năm {y}
KẾ HOẠCH
{title}

I. MỤC TIÊU
1. Mục tiêu cụ thể
- Phấn đấu đến năm {y} có {p1}% trường học đạt chuẩn quốc gia;
- {p2}% giáo viên được bồi dưỡng kỹ năng số.
II. NHIỆM VỤ
1. Rà soát cơ sở vật chất các trường học.
2. Tổ chức bồi dưỡng giáo viên.
III. KINH PHÍ
Tổng kinh phí thực hiện: {total} triệu đồng, trong đó:
+ Ngân sách tỉnh hỗ trợ: {a} triệu đồng;
+ Ngân sách huyện: {b} triệu đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch triển khai Kế hoạch.
"""

CASES = [
    dict(district_up="KRÔNG NÔ", district="Krông Nô", number="88/KH-UBND", y=2024, p1=60, p2=85, total="1.500", a="900",
         b="600", title="Nâng cao chất lượng giáo dục năm 2024"),
    dict(district_up="BÁT XÁT", district="Bát Xát", number="231/KH-UBND", y=2025, p1=45, p2=70, total="2.340", a="1.340",
         b="1.000", title="Chuyển đổi số trong giáo dục năm 2025"),
]


def _fields(rec):
    return ([o.text for o in rec.objectives], [(t.value, t.unit) for o in rec.objectives for t in o.targets],
            [a.title for a in rec.activities],
            [(s.source, s.amount_vnd) for s in rec.budget.statements])


@pytest.mark.parametrize("case", CASES, ids=[c["district"] for c in CASES])
def test_symbol_font_bullets_read_as_dashes_and_pluses(case):
    text = PLAN.format(**case)
    plain = process("x.txt", text.encode()).record
    symbol = text.replace("\n- ", "\n\uf0b7 ").replace("\n+ ", "\n\uf0a7 ")
    assert "\uf0b7" in symbol and "\uf0a7" in symbol
    rec = process("x.txt", symbol.encode()).record
    assert [(t.value, t.unit) for o in plain.objectives for t in o.targets] == [(case["p1"], "percent"),
                                                                                (case["p2"], "percent")]
    assert len(plain.budget.statements) == 3
    assert _fields(rec) == _fields(plain)


@pytest.mark.parametrize("raw,expected", [  # must match
    ("\uf0b7 Sở Y tế chủ trì;", "• Sở Y tế chủ trì;"),
    ("\uf0a7 Ngân sách tỉnh: 200 triệu đồng", "+ Ngân sách tỉnh: 200 triệu đồng"),
    ("\uf0d8 Tuyên truyền", "+ Tuyên truyền"),
    ("\uf02d Lưu: VT.", "- Lưu: VT."),
])
def test_bullet_code_points(raw, expected):
    assert decode(raw.encode())[0] == expected
    assert normalize_line(raw) == expected


@pytest.mark.parametrize("raw", [  # must not: other private-use characters and plain text stay
    "\ue000 Biểu tượng riêng", "Mục tiêu: 90% xã đạt chuẩn", "Điểm • giữa dòng",
])
def test_other_text_stays(raw):
    assert decode(raw.encode())[0] == raw
