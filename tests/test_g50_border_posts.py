"""Hold-out round G50 (tests/invented/build_g50.py): a border-guard command's posts named in the plural.

The round's border-guard plan closes its assignments on "4. Các đồn Biên phòng: Xây dựng phương án ...": the command's
border posts, "đồn" in lower case before the force's name. The plural unit words (normalizers.agencies) knew "các
Đồn" in capitals only (as "các Trạm", "các Hạt"), so the line named no body and the responsibility was lost; "đồn"
before "Biên phòng" names the posts (the partner "các đồn Biên phòng tuyến biển" too). Must-not rows: "đồn" before
other words ("các đồn điền", plantations; "các đồn trú", garrisons as a place) names no body. Every name and number
below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH HẢI NAM PHONG
Số: 742/KH-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Nam Phong, ngày 20 tháng 5 năm 2029
KẾ HOẠCH
Tuyên truyền phòng, chống khai thác hải sản bất hợp pháp năm 2029
I. MỤC TIÊU
100% tàu cá được kiểm tra trước khi xuất bến.
II. NHIỆM VỤ
1. Kiểm soát tàu cá ra, vào cảng: Phòng Tham mưu chủ trì, phối hợp với Chi cục Thủy sản và {partner} thực hiện.
2. Tuyên truyền cho ngư dân: Phòng Chính trị chủ trì, phối hợp với Hội Nghề cá tỉnh thực hiện.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Tham mưu: Theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. {body}: Tổ chức tuyên truyền tại các bến cá; báo cáo kết quả về Bộ Chỉ huy trước ngày 25 hằng tháng.
"""


@pytest.mark.parametrize("body, name", [
    # must: the posts in the plural, "đồn" in lower case
    ("Các đồn Biên phòng", "Các đồn Biên phòng"),
    ("Các đồn Biên phòng tuyến biển", "Các đồn Biên phòng tuyến biển"),
    # must not: the capitals were already a body's
    ("Các Đồn Biên phòng", "Các Đồn Biên phòng"),
])
def test_the_posts_are_the_body_responsible(body, name):
    result = process("plan.txt", PLAN.format(partner="Công an tỉnh", body=body).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    names = [r["agency"] for r in record["responsibilities"]]
    assert names == ["Phòng Tham mưu", name], names
    span = record["responsibilities"][1]["span"]
    assert body in result.text[span["start"]:span["end"]]


@pytest.mark.parametrize("partner, posts", [
    # must: the posts as a task's partner
    ("các đồn Biên phòng tuyến biển", "Các đồn Biên phòng tuyến biển"),
    # must not: "đồn" before other words names no body of its own
    ("các đồn điền cao su", None),
])
def test_the_posts_as_a_partner(partner, posts):
    result = process("plan.txt", PLAN.format(partner=partner, body="Phòng Chính trị").encode("utf-8"))
    activity = result.record.model_dump(mode="json")["activities"][0]
    assert activity["lead_agencies"] == ["Phòng Tham mưu"]
    partners = activity["partner_agencies"]
    if posts:
        assert partners == ["Chi cục Thủy sản", posts], partners
    else:
        assert not any(p.startswith("Các đồn") for p in partners), partners
