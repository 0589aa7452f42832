"""Hold-out round G52 (tests/invented/build_g52.py): a commune's Party committee listed before a body with the
commune's word takes that word too ("Đảng ủy, Ủy ban MTTQ Việt Nam xã" names "Đảng ủy xã").

A run of bodies that take a level word may write it once after the last ("Hội Nông dân, Hội Cựu chiến binh tỉnh",
normalizers.agencies._LEVELLED); the Party committee was not one of them, so "phối hợp với Đảng ủy, Ủy ban Mặt trận Tổ
quốc Việt Nam xã" gave a bare "Đảng ủy" (found probing the round's commune plan in other words). It is now; a
committee with a name of its own ("Đảng ủy Khối các cơ quan tỉnh") and one with its level keep theirs. Every name and
number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA THẠNH NAM
Số: 33/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Thạnh Nam, ngày 08 tháng 4 năm 2027
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027
I. NHIỆM VỤ
1. Tổ chức Ngày hội tại các ấp: Phòng Văn hóa - Xã hội chủ trì, phối hợp với {partners} thực hiện.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: Theo dõi, tổng hợp./.
"""


@pytest.mark.parametrize("partners, names", [
    # must: the Party committee before the Front with the commune's word, by a comma or "và"
    ("Đảng ủy, Ủy ban Mặt trận Tổ quốc Việt Nam xã", ["Đảng ủy xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"]),
    ("Đảng ủy và Hội Cựu chiến binh xã", ["Đảng ủy xã", "Hội Cựu chiến binh xã"]),
    # must not: a committee with its own level, one with a name of its own, a Sở before it
    ("Đảng ủy xã, Hội Nông dân xã", ["Đảng ủy xã", "Hội Nông dân xã"]),
    ("Đảng ủy Khối các cơ quan tỉnh, Công an tỉnh", ["Đảng ủy Khối các cơ quan tỉnh", "Công an tỉnh"]),
])
def test_the_party_committee_shares_the_level(partners, names):
    result = process("plan.txt", PLAN.format(partners=partners).encode("utf-8"))
    activity = result.record.model_dump(mode="json")["activities"][0]
    assert activity["lead_agencies"] == ["Phòng Văn hóa - Xã hội"]
    assert activity["partner_agencies"] == names, activity["partner_agencies"]
    assert partners in result.text[activity["span"]["start"]:activity["span"]["end"]]
