"""Hold-out round G46 (tests/invented/build_g46.py): a set of bodies named by what it uses.

The round's action programme gives a task to "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan, đơn vị sử
dụng nhân lực thực hiện": the partner is "các cơ quan, đơn vị sử dụng nhân lực", the units that employ the people
trained, but "sử dụng" read as the partner's verb (normalizers.agencies.VERB) and cut it to "Các cơ quan, đơn vị". After
a unit word ("đơn vị", "cơ quan", "doanh nghiệp", "cơ sở", "hợp tác xã", "tổ chức") and before what such a set is
named for using ("lao động", "nhân lực", "năng lượng", "ngân sách") the words name the set, as a partner and as the
body a responsibility opens on; "sử dụng" with another object ("sử dụng hiệu quả nguồn vốn") or after a body's own name
stays the verb. Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN TỈNH LAM THƯỢNG
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Thượng, ngày 11 tháng 3 năm 2029
KẾ HOẠCH
Phát triển thị trường lao động tỉnh Lam Thượng năm 2029
I. MỤC TIÊU
Tỷ lệ lao động qua đào tạo đạt 72%.
II. NHIỆM VỤ
1. Kết nối cung cầu lao động: Sở Nội vụ chủ trì, phối hợp với Sở Công Thương và {partner} thực hiện.
2. Hỗ trợ đào tạo nghề cho lao động nông thôn: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Nông dân tỉnh thực hiện.
III. TỔ CHỨC THỰC HIỆN
1. {body}: Phối hợp thực hiện các nhiệm vụ được giao tại Kế hoạch.
2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.
"""

ROWS = [
    # must: the set named by what it uses
    ("các cơ quan, đơn vị sử dụng nhân lực", "Các cơ quan, đơn vị sử dụng nhân lực"),
    ("các doanh nghiệp sử dụng lao động", "Các doanh nghiệp sử dụng lao động"),
    ("các cơ sở sử dụng năng lượng trọng điểm", "Các cơ sở sử dụng năng lượng trọng điểm"),
    ("các đơn vị sử dụng ngân sách nhà nước", "Các đơn vị sử dụng ngân sách nhà nước"),
    ("các tổ chức, doanh nghiệp sử dụng lao động", "Các tổ chức, doanh nghiệp sử dụng lao động"),
    # must not: "sử dụng" with another object is what the units do; a body's own name before it
    ("các đơn vị sử dụng hiệu quả nguồn vốn", "Các đơn vị"),
    ("Trung tâm Dịch vụ việc làm tỉnh sử dụng nhân lực", "Trung tâm Dịch vụ việc làm tỉnh"),
]


@pytest.mark.parametrize("words, name", ROWS)
def test_a_set_named_by_what_it_uses_is_one_partner(words, name):
    result = process("plan.txt", PLAN.format(partner=words, body="Sở Xây dựng").encode("utf-8"))
    activity = result.record.model_dump(mode="json")["activities"][0]
    assert activity["lead_agencies"] == ["Sở Nội vụ"]
    assert activity["partner_agencies"] == ["Sở Công Thương", name], activity["partner_agencies"]
    span = activity["span"]
    assert words in result.text[span["start"]:span["end"]]


@pytest.mark.parametrize("words, name", ROWS)
def test_a_set_named_by_what_it_uses_is_the_body_responsible(words, name):
    body = words[0].upper() + words[1:]
    result = process("plan.txt", PLAN.format(partner="Sở Xây dựng", body=body).encode("utf-8"))
    first = result.record.model_dump(mode="json")["responsibilities"][0]
    assert first["agency"] == name
    assert body in result.text[first["span"]["start"]:first["span"]["end"]]
