"""The i-spelling of y-words ("tỉ lệ", "tỉ đồng", "quản lí", "xử lí"), which some writers and the education
sector use for "tỷ lệ", "tỷ đồng", "quản lý", "xử lý": the rules that key on those words read both spellings. The
text keeps the document's own spelling (the scorer, like a reader, does not fold one into the other). Found by a
perturbation of the sets' txt/md files that writes the i-spelling (/work/perf/perturb kind yi)."""

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN TÂN HÀ
Số: 52/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Hà, ngày 3 tháng 2 năm 2022

KẾ HOẠCH
Thực hiện chương trình mục tiêu năm 2022

"""
TAIL = """
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""


def _record(body: str):
    return process("plan.txt", (HEAD + body + TAIL).encode()).record


def _spellings(text: str, *pairs):
    """(the y-spelling, the i-spelling) of a text."""
    out = text
    for y, i in pairs:
        out = out.replace(y, i)
    return [text, out]


OBJECTIVES = """I. MỤC TIÊU
1. Chỉ tiêu
a) Tỷ lệ hộ nghèo giảm còn dưới 3,5%.
b) Phấn đấu đạt tỷ lệ 98% trẻ em trong độ tuổi được tiêm chủng đầy đủ.
c) Tỷ lệ hộ dùng nước sạch đạt 92%, tăng so với tỷ lệ 85% năm 2021.
2. Các chỉ tiêu năm 2022

| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2022 |
|---|---|---|---|
| 1 | Tỷ lệ xã đạt chuẩn nông thôn mới | | 60 |
| 2 | Số trường đạt chuẩn quốc gia | trường | 12 |

"""


@pytest.mark.parametrize("body", _spellings(OBJECTIVES, ("Tỷ", "Tỉ"), ("tỷ", "tỉ")))
def test_rates_spelt_either_way_are_objectives(body):
    r = _record(body)
    texts = [o.text for o in r.objectives]
    assert any(t.startswith(("Tỷ lệ hộ nghèo", "Tỉ lệ hộ nghèo")) for t in texts), texts
    percents = sorted(v.value for o in r.objectives for v in o.targets if v.unit == "percent")
    assert percents == [3.5, 60.0, 92.0, 98.0], percents


LEADS = """II. NHIỆM VỤ
1. Ban Quản lý xây dựng nông thôn mới xã chủ trì rà soát các tiêu chí còn thiếu.
2. Trạm Y tế xã xử lý ổ dịch trong vòng 48 giờ.
"""


@pytest.mark.parametrize("body", _spellings(LEADS, ("Quản lý", "Quản lí"), ("xử lý", "xử lí")))
def test_bodies_named_before_a_verb_spelt_either_way(body):
    r = _record(body)
    names = {x.agency for x in r.responsibilities} | {n for a in r.activities for n in a.lead_agencies}
    assert any(n.startswith("Ban Quản l") and n.endswith("nông thôn mới xã") for n in names), names
    assert "Trạm Y tế xã" in names, names
    assert not any("ổ dịch" in n for n in names), names


RESULT_OVER_PLAN = """III. KINH PHÍ
Vốn đầu tư công năm 2021 giải ngân cả năm 1.204,5 tỷ đồng/1.350 tỷ đồng, đạt 89,2% kế hoạch.
"""


@pytest.mark.parametrize("body", _spellings(RESULT_OVER_PLAN, ("tỷ", "tỉ")))
def test_a_result_over_its_plan_in_either_spelling_of_the_unit(body):
    amounts = sorted(s.amount_vnd for s in _record(body).budget.statements)
    assert amounts == [1_204_500_000_000, 1_350_000_000_000], amounts
