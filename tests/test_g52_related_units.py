"""Hold-out round G52 (tests/invented/build_g52.py): a ministry's collective of its units by kind with what limits
them ("các Cục, Vụ liên quan", "các Vụ, Cục có liên quan") is one body.

A unit's kind alone in a collective goes on with it ("Các Tổng cục, Cục, Vụ", normalizers.agencies._BARE_KIND) when a
comma, a stop, "và" or "thuộc" follows it; "liên quan" did not, so "các Cục, Vụ liên quan" gave "Các Cục" and "Vụ liên
quan", a body of no name (found probing the round's ministry plan in other words). A kind followed by "(có) liên quan"
now goes on too; a kind before its own name still opens a body ("Cục Hóa chất, Vụ Pháp chế"). Every name and number
below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process

PLAN = """BỘ Y TẾ
Số: 1460/KH-BYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 19 tháng 10 năm 2027
KẾ HOẠCH
Triển khai số hóa hồ sơ sức khỏe điện tử năm 2028
I. NHIỆM VỤ
1. Xây dựng cơ sở dữ liệu hồ sơ sức khỏe: Cục Công nghệ thông tin chủ trì, phối hợp với {partners} thực hiện.
II. TỔ CHỨC THỰC HIỆN
1. Cục Công nghệ thông tin: Theo dõi, tổng hợp, báo cáo Bộ trưởng.
2. {responsible}: Phối hợp triển khai theo chức năng, nhiệm vụ./.
"""


@pytest.mark.parametrize("partners, responsible, names, agency", [
    # must: the kinds with "liên quan", "có liên quan"
    ("Vụ Kế hoạch - Tài chính và các Cục, Vụ liên quan", "Các Vụ, Cục có liên quan",
     ["Vụ Kế hoạch - Tài chính", "Các Cục, Vụ liên quan"], "Các Vụ, Cục có liên quan"),
    # must not: a collective with "thuộc" (so before), kinds before their own names
    ("Vụ Kế hoạch - Tài chính và các Cục, Vụ thuộc Bộ", "Các Cục, Vụ thuộc Bộ",
     ["Vụ Kế hoạch - Tài chính", "Các Cục, Vụ thuộc Bộ"], "Các Cục, Vụ thuộc Bộ"),
    ("Cục Quản lý Dược, Vụ Pháp chế", "Thanh tra Bộ", ["Cục Quản lý Dược", "Vụ Pháp chế"], "Thanh tra Bộ"),
])
def test_the_related_units_are_one_body(partners, responsible, names, agency):
    result = process("plan.txt", PLAN.format(partners=partners, responsible=responsible).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    activity = record["activities"][0]
    assert activity["lead_agencies"] == ["Cục Công nghệ thông tin"]
    assert activity["partner_agencies"] == names, activity["partner_agencies"]
    assert [r["agency"] for r in record["responsibilities"]] == ["Cục Công nghệ thông tin", agency]


@pytest.mark.parametrize("text, names", [
    ("các Vụ, Cục có liên quan", ["các Vụ, Cục có liên quan"]),  # must
    ("Sở Y tế và các Sở, ngành liên quan", ["Sở Y tế", "các Sở, ngành liên quan"]),  # must not: as before
])
def test_the_split_keeps_the_related_units(text, names):
    assert split_agencies(text) == names
