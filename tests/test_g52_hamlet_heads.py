"""Hold-out round G52 (tests/invented/build_g52.py): the head of each hamlet, "Trưởng thôn", "Trưởng ấp", is a body
as "Trưởng các thôn" is.

A commune's plan after the 2025 reform gives duties to its hamlets' heads written without "các": "4. Trưởng thôn, ấp:
Theo dõi, báo cáo ...", "phối hợp với Trưởng bản thực hiện". No unit word opened the line ("Trưởng" before a name
only, LEADER), so the duty was no responsibility and the partner was lost (found probing the round's commune plan in
other words). "Trưởng" before a hamlet's word now opens a body (normalizers.agencies._AGENCY_WORDS) and the name is
that of the hamlets, as "Trưởng các thôn, ấp" gives it ("Các thôn, ấp"); a title with more words after the hamlet's
("Trưởng thôn văn hóa") and a head of a named body keep their reading. Every name and number below is invented and
differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ AN TÂY
Số: 28/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú An Tây, ngày 14 tháng 3 năm 2027
KẾ HOẠCH
Ra quân làm sạch kênh mương nội đồng năm 2027
I. MỤC TIÊU
- 100% tuyến kênh mương nội đồng được nạo vét, khơi thông trước mùa mưa.
II. NHIỆM VỤ
1. Nạo vét kênh mương: Phòng Kinh tế chủ trì, phối hợp với {partner} thực hiện.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: Theo dõi, tổng hợp, báo cáo kết quả.
2. {responsible}: Vận động Nhân dân tham gia ra quân.
3. Công an xã: Bảo đảm an ninh, trật tự./.
"""


@pytest.mark.parametrize("partner, responsible, partners, agency", [
    # must: the heads of the hamlets without "các", as partners and as a responsible body
    ("Trưởng bản", "Trưởng thôn, ấp", ["Các bản"], "Các thôn, ấp"),
    ("Công an xã và Trưởng ấp", "Trưởng ấp, khu phố", ["Công an xã", "Các ấp"], "Các ấp, khu phố"),
    # must not: the heads with "các" (so before), the head of a named body
    ("Trưởng các thôn", "Trưởng các thôn, ấp", ["Các thôn"], "Các thôn, ấp"),
    ("Trưởng Công an xã", "Trưởng Ban nhân dân các ấp", ["Công an xã"], "Ban nhân dân các ấp"),
])
def test_the_heads_of_the_hamlets(partner, responsible, partners, agency):
    result = process("plan.txt", PLAN.format(partner=partner, responsible=responsible).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    activity = record["activities"][0]
    assert activity["lead_agencies"] == ["Phòng Kinh tế"]
    assert activity["partner_agencies"] == partners, activity["partner_agencies"]
    found = [r["agency"] for r in record["responsibilities"]]
    assert found == ["Phòng Kinh tế", agency, "Công an xã"], found
    duty = record["responsibilities"][1]
    assert responsible in result.text[duty["span"]["start"]:duty["span"]["end"]]


@pytest.mark.parametrize("text, names", [
    ("Trưởng thôn, ấp", ["các thôn, ấp"]),  # must
    ("Trưởng thôn văn hóa", ["Trưởng thôn văn hóa"]),  # must not: a title, as before
    ("Trưởng Phòng Kinh tế", ["Phòng Kinh tế"]),  # must not: the head of a named body, as before
])
def test_the_split_reads_the_hamlets_heads(text, names):
    assert split_agencies(text) == names
