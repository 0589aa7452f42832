"""A paragraph that states an aim and ends by leading its items in: in a sentence of its own
("... xảy ra. Phấn đấu đến năm 2028:"), or in a clause in lower case after a semicolon or a comma
("... vận hành thông suốt; hoàn thành các chỉ tiêu năm 2026; trong đó:", "..., cụ thể:"): the
aim is an objective, the lead-in is not (extractors.fields.objectives._aim_then_lead). Invented
text."""

import pytest

from extractors.fields.objectives import _aim_then_lead

MUST = [
    ("Giữ vững ổn định chính trị, bảo đảm bộ máy chính quyền phường mới vận hành thông suốt; hoàn thành "
     "các chỉ tiêu kinh tế - xã hội năm 2026; trong đó:",
     "Giữ vững ổn định chính trị, bảo đảm bộ máy chính quyền phường mới vận hành thông suốt; hoàn thành "
     "các chỉ tiêu kinh tế - xã hội năm 2026;"),
    ("Nâng cao chất lượng chăm sóc sức khỏe ban đầu cho nhân dân trên địa bàn xã, cụ thể:",
     "Nâng cao chất lượng chăm sóc sức khỏe ban đầu cho nhân dân trên địa bàn xã,"),
    ("Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra. Phấn đấu đến năm 2028:",
     "Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra."),
]
MUST_NOT = [
    "Phấn đấu đến năm 2026, trong đó:",  # a lead-in alone
    "Tập trung thực hiện các nhiệm vụ; trong đó có việc sắp xếp lại các thôn:",  # no lead-in word alone
    "Các chỉ tiêu chủ yếu năm 2026 gồm các nội dung sau đây, cụ thể là các chỉ tiêu về kinh tế, về xã hội và về môi trường như sau",
]


@pytest.mark.parametrize("text, aim", MUST)
def test_the_aim_before_a_lead_in(text, aim):
    got = _aim_then_lead(text)
    assert got is not None and got[0] == aim, got


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_aim(text):
    assert _aim_then_lead(text) is None
