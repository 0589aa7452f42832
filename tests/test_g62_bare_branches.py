"""Hold-out round G62 (tests/invented/build_g62.py): a plan's collective of boards and branches named with no level word,
"Các Ban, ngành" / "các ban, ngành, đoàn thể", is of the level of the council or committee that issues it: a district's
plan's "3. Các Ban, ngành, đoàn thể: ..." gives duties to "Các Ban, ngành, đoàn thể huyện", a commune's task table's
"BCĐ chủ trì; các Ban, ngành phối hợp" makes "các Ban, ngành xã" the partners (as the set's golds write "Các ban,
ngành, đoàn thể xã" where the text does).

Before, the collective stayed bare (G60's documents left it so; the scorer's fuzzy match hid it for the short level
words). Now normalizers.agencies.with_issuer_level adds the issuer's level word (the agencies' collection,
extractors.fields.agencies, with the header's issuer: the written name stays the agency's alias, which its spans hold;
session 58's review). A collective whose kind of body
already says its level ("các sở, ban, ngành", "các phòng, ban, ngành"), one that says or limits it ("... xã", "...
liên quan"), a board of its own kind ("Ban Thanh tra nhân dân", "các Ban giám sát ...", "các Ban" of a council) and an
issuer that is no council or committee of a level keep their names. Every name below is invented and differs from the
round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import with_issuer_level
from pipeline.process import process


@pytest.mark.parametrize("name, issuer, expected", [
    # must: the issuer's level word after the bare collective
    ("Các Ban, ngành, đoàn thể", "Ủy ban nhân dân huyện Krông Lim", "Các Ban, ngành, đoàn thể huyện"),
    ("các Ban, ngành", "Ủy ban nhân dân xã Tà Xùa Thượng", "các Ban, ngành xã"),
    ("Các ban, ngành, đoàn thể", "Ủy ban nhân dân thị xã Sông Đào", "Các ban, ngành, đoàn thể thị xã"),
    ("các ban ngành", "Ủy ban nhân dân phường Bến Lội", "các ban ngành phường"),
    ("Các Ban, ngành đoàn thể", "Hội đồng nhân dân tỉnh Nam Lương", "Các Ban, ngành đoàn thể tỉnh"),
    ("Các Ban, ngành", "Ủy ban nhân dân thành phố Hải Khê", "Các Ban, ngành thành phố"),
    # (a Party committee's plan: its level by the committee's name; round G62's probes)
    ("Các ban, ngành, đoàn thể", "Huyện ủy Krông Pha", "Các ban, ngành, đoàn thể huyện"),
    ("các ban, ngành", "Thành uỷ Hải Khê", "các ban, ngành thành phố"),
    ("Các ban, ngành, đoàn thể", "Đảng ủy xã Na Lương", "Các ban, ngành, đoàn thể xã"),
    # must not: the level said or limited, another kind of body, a board of its own kind, no issuer of a level
    ("Các Ban, ngành, đoàn thể xã", "Ủy ban nhân dân xã Tà Xùa Thượng", "Các Ban, ngành, đoàn thể xã"),
    ("các ban, ngành liên quan", "Ủy ban nhân dân huyện Krông Lim", "các ban, ngành liên quan"),
    ("Các sở, ban, ngành", "Ủy ban nhân dân tỉnh Nam Lương", "Các sở, ban, ngành"),
    ("Các phòng, ban, ngành", "Ủy ban nhân dân huyện Krông Lim", "Các phòng, ban, ngành"),
    ("Ban Thanh tra nhân dân các xã", "Ủy ban nhân dân huyện Krông Lim", "Ban Thanh tra nhân dân các xã"),
    ("Các Ban giám sát đầu tư của cộng đồng", "Ủy ban nhân dân huyện Krông Lim", "Các Ban giám sát đầu tư của cộng đồng"),
    ("các Ban", "Hội đồng nhân dân tỉnh Nam Lương", "các Ban"),
    ("Các Ban, ngành", "Sở Y tế", "Các Ban, ngành"),
    ("Các ban, ngành, đoàn thể", "Huyện đoàn Krông Pha", "Các ban, ngành, đoàn thể"),
    ("Các Ban, ngành", None, "Các Ban, ngành"),
])
def test_the_bare_collective_takes_the_issuers_level(name, issuer, expected):
    assert with_issuer_level(name, issuer) == expected


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG LIM
Số: 203/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Lim, ngày 11 tháng 9 năm 2028
KẾ HOẠCH
Phòng, chống đuối nước trẻ em huyện Krông Lim năm 2029
I. NHIỆM VỤ
1. Tổ chức lớp dạy bơi an toàn cho học sinh tiểu học (Phòng Văn hóa - Xã hội chủ trì; các ban, ngành, đoàn thể phối hợp).
2. Rà soát, cắm biển cảnh báo tại các điểm nguy hiểm (Ủy ban nhân dân các xã chủ trì; Công an huyện phối hợp).
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: chủ trì, theo dõi việc thực hiện Kế hoạch.
2. Các Ban, ngành: phối hợp tuyên truyền kỹ năng phòng, chống đuối nước.
3. Ban Thanh tra nhân dân các xã: giám sát việc cắm biển cảnh báo.
4. Các sở, ban, ngành: theo chức năng phối hợp.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Blốk Niê
"""


def test_a_districts_plan():
    record = process("ke-hoach.txt", PLAN.encode("utf-8")).record.model_dump(mode="json")
    assert record["issuer"]["level"] == "district"
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Phòng Văn hóa - Xã hội", "Các Ban, ngành huyện", "Ban Thanh tra nhân dân các xã", "Các sở, ban, ngành"]
    assert record["activities"][0]["partner_agencies"] == ["Các ban, ngành, đoàn thể huyện"]
    assert "Các Ban, ngành huyện" in {a["name"] for a in record["agencies"]}
