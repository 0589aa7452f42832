"""Hold-out round G46 (tests/invented/build_g46.py): a cooperative's "xã" is no level word a list shares.

A partner list "Sở Công Thương và các hợp tác xã" gave "Sở Công Thương xã": the "X và các Y tỉnh" rule
(normalizers.agencies._share_level) took the "xã" that ends "hợp tác xã" for the level the pair shares (found probing
the round's partner lists with other names). The level word at a name's end (normalizers.agencies._LEVEL_END) is not
a cooperative's own "xã" ("các hợp tác xã", "Liên minh Hợp tác xã"; the rule for a run of levelled bodies had a local
test of that, now the pattern's); a real level after the pair still belongs to both ("Ủy ban MTTQ Việt Nam và các đoàn
thể chính trị - xã hội tỉnh"), and a run of levelled bodies still shares it ("Hội Nông dân, Liên minh Hợp tác xã
tỉnh"). Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN HÀ
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hà, ngày 09 tháng 4 năm 2029
KẾ HOẠCH
Phát triển kinh tế tập thể trên địa bàn xã Tân Hà năm 2029
I. MỤC TIÊU
Có 80% hợp tác xã hoạt động hiệu quả.
II. NHIỆM VỤ
1. Hỗ trợ tiêu thụ nông sản: Phòng Kinh tế xã chủ trì, phối hợp với {partners} thực hiện.
2. Đào tạo cán bộ quản lý hợp tác xã: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã chủ trì thực hiện.
"""


@pytest.mark.parametrize("partners, names", [
    # must: a cooperative's "xã" is no level the pair shares
    ("Sở Nông nghiệp và Môi trường và các hợp tác xã", ["Sở Nông nghiệp và Môi trường", "Các hợp tác xã"]),
    ("Trung tâm Dịch vụ nông nghiệp và các hợp tác xã", ["Trung tâm Dịch vụ nông nghiệp", "Các hợp tác xã"]),
    ("Hội Nông dân và các hợp tác xã", ["Hội Nông dân", "Các hợp tác xã"]),
    # must not: a real level after the pair, a run of levelled bodies, a cooperative named alone, a first name with
    # its own level, a list of groups and cooperatives
    ("Ban Chỉ huy quân sự xã và các hợp tác xã", ["Ban Chỉ huy quân sự xã", "Các hợp tác xã"]),
    ("Trung tâm Khuyến nông tỉnh và các tổ hợp tác, hợp tác xã",
     ["Trung tâm Khuyến nông tỉnh", "Các tổ hợp tác, hợp tác xã"]),
    ("Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội xã",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Các đoàn thể chính trị - xã hội xã"]),
    ("Hội Nông dân, Liên minh Hợp tác xã tỉnh", ["Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"]),
    ("Hợp tác xã Nông nghiệp Tân Hà", ["Hợp tác xã Nông nghiệp Tân Hà"]),
])
def test_a_cooperatives_xa_is_no_shared_level(partners, names):
    result = process("plan.txt", PLAN.format(partners=partners).encode("utf-8"))
    activity = result.record.model_dump(mode="json")["activities"][0]
    assert activity["lead_agencies"] == ["Phòng Kinh tế xã"]
    assert activity["partner_agencies"] == names, activity["partner_agencies"]
    assert partners in result.text[activity["span"]["start"]:activity["span"]["end"]]


@pytest.mark.parametrize("text, names", [
    ("Phòng Kinh tế và các hợp tác xã", ["Phòng Kinh tế", "các hợp tác xã"]),  # must
    ("Hội Nông dân và Liên minh Hợp tác xã", ["Hội Nông dân", "Liên minh Hợp tác xã"]),  # must not
])
def test_the_split_keeps_the_cooperatives_xa(text, names):
    assert list(split_agencies(text)) == names
