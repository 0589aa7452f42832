"""Hold-out round G34 (tests/invented/build_g34.py), proposed for extractors/fields/objectives.py (SP9's this session):

- An indicator table's row whose levels are written as a grade in words ("Duy trì mức độ 2", "Đạt mức độ 3", "Đạt
  chuẩn mức độ 2", "Cấp độ 3") sets levels, no percent: the row is an objective (RANK_LEVEL; was dropped as a
  group's name). Not: a row of dashes or of bare years.
- A lead-in to the targets that builds on last year's results in brackets ("Trên cơ sở kết quả năm 2025 (tỷ lệ ...
  đạt 62,4%, ...), xã đặt các chỉ tiêu chủ yếu theo từng năm như sau:") is a lead-in, its results no targets
  (RESULTS_ASIDE; was an objective with the two percents, being longer than 150 characters). Not: a lead-in that
  commits to its own number ("Phấn đấu 95% số thôn đạt các tiêu chí sau:").
Every name, place and number below is invented."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA ĐIỀN
Số: 21/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Điền, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Phát triển văn hóa, giáo dục xã Hòa Điền giai đoạn 2027 - 2029

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao đời sống văn hóa, chất lượng giáo dục của Nhân dân trong xã.
2. Chỉ tiêu cụ thể
{lead}

| TT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Tỷ lệ thôn có nhà văn hóa đạt chuẩn | % | 80 | 85 | 90 |
| 2 | {row} | {unit} | {a} | {b} | {c} |

II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội theo dõi, tổng hợp kết quả thực hiện.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Lộc
"""

LEAD = "Các chỉ tiêu chủ yếu theo từng năm như sau:"


def _objectives(lead: str = LEAD, row: str = "Phổ cập giáo dục tiểu học", unit: str = "Mức độ",
                cells: tuple = ("Duy trì mức độ 3",) * 3) -> list[dict]:
    text = PLAN.format(lead=lead, row=row, unit=unit, a=cells[0], b=cells[1], c=cells[2])
    return process("kh-xa.md", text.encode("utf-8")).record.model_dump(mode="json")["objectives"]


@pytest.mark.parametrize("cells", [
    ("Duy trì mức độ 2", "Duy trì mức độ 2", "Đạt mức độ 3"),
    ("Đạt chuẩn mức độ 1", "Đạt chuẩn mức độ 2", "Đạt chuẩn mức độ 2"),
    ("Cấp độ 2", "Cấp độ 2", "Cấp độ 3"),
])
def test_a_row_of_grades_in_words_is_an_objective(cells):
    texts = [o["text"] for o in _objectives(cells=cells)]
    assert any(t.startswith("Phổ cập giáo dục tiểu học") for t in texts), texts


@pytest.mark.parametrize("cells", [("-", "-", "-"), ("2027", "2028", "2029")])
def test_a_row_of_no_levels_is_none(cells):
    texts = [o["text"] for o in _objectives(cells=cells)]
    assert not any(t.startswith("Phổ cập giáo dục tiểu học") for t in texts), texts


RESULTS_LEADS = [
    "Trên cơ sở kết quả năm 2026 (tỷ lệ thôn có nhà văn hóa đạt chuẩn đạt 76,5%, tỷ lệ gia đình văn hóa đạt 88,2%), "
    "Ủy ban nhân dân xã đặt các chỉ tiêu chủ yếu theo từng năm như sau:",
    "Căn cứ kết quả thực hiện giai đoạn 2022 - 2026 (tỷ lệ thôn có nhà văn hóa đạt chuẩn 76,5%, tỷ lệ trẻ em đi học "
    "đúng độ tuổi 97,8%), xã xác định các chỉ tiêu cụ thể của từng năm như sau:",
]


@pytest.mark.parametrize("lead", RESULTS_LEADS)
def test_a_lead_in_on_last_years_results_sets_no_target(lead):
    objectives = _objectives(lead=lead)
    values = {t["value"] for o in objectives for t in o["targets"]}
    assert not values & {76.5, 88.2, 97.8}
    assert {80.0, 85.0, 90.0} <= values


def test_a_lead_in_that_commits_to_its_number_keeps_it():
    lead = "Phấn đấu đến năm 2029 có 95% số thôn đạt các tiêu chí văn hóa sau:"
    values = {t["value"] for o in _objectives(lead=lead) for t in o["targets"]}
    assert 95.0 in values
