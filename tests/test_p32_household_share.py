"""The households' own share of a project's money, named by who puts it up: "vốn đối ứng của hộ 200 triệu
đồng", "đối ứng của người dân", "đóng góp của hộ gia đình" in the "trong đó" list after a project's sum. It is
mobilized money (SPEC's source codes: what those who take part contribute), and a part of the same project,
not a scope of its own ("Vốn đối ứng của hộ" was read as a label naming what the money is for). A level of
government's counterpart money stays local; support given to households ("hỗ trợ hộ nghèo ...") is a
subject, not a source."""

from __future__ import annotations

import pytest

from extractors.fields.budget_statements import source_of
from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 02 tháng 4 năm 2026

KẾ HOẠCH
Thực hiện các dự án giảm nghèo trên địa bàn huyện {place} năm 2026

I. NỘI DUNG
1. Dự án 3: Hỗ trợ phát triển sản xuất
- Xây dựng 04 mô hình trồng cây ăn quả.
- Kinh phí: {total} triệu đồng, trong đó ngân sách trung ương {central} triệu đồng, {share} {own} triệu đồng.

II. TỔ CHỨC THỰC HIỆN
Phòng Nông nghiệp và Môi trường chủ trì thực hiện.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Vũ Thị Hạnh
"""


def _statements(share: str, place: str = "Mường Lát") -> list[tuple]:
    text = DOC.format(place=place, upper=place.upper(), total="2.450", central="2.100", share=share, own="350")
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in record["budget"]["statements"]]


@pytest.mark.parametrize("share", ["vốn đối ứng của hộ", "đối ứng của người dân", "vốn đối ứng của hộ gia đình",
                                   "đóng góp của hộ"])
def test_the_households_share_is_mobilized_money_of_the_same_project(share):
    assert _statements(share) == [("Dự án 3", "total", 2_450_000_000), ("Dự án 3", "central", 2_100_000_000),
                                  ("Dự án 3", "mobilized", 350_000_000)]


@pytest.mark.parametrize("label,source", [
    ("vốn đối ứng của hộ tham gia dự án", "mobilized"),
    ("đối ứng của nhân dân", "mobilized"),
    # must not: a level of government's counterpart money, support given to households, a bare counterpart
    ("vốn đối ứng của huyện", "local"),
    ("kinh phí hỗ trợ hộ nghèo", "total"),
    ("vốn hỗ trợ các hộ", "total"),
    ("vốn đối ứng", "total"),
])
def test_source_of_a_share(label, source):
    assert source_of(label) == source
