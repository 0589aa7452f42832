"""Hold-out round G34 (tests/invented/build_g34.py): the signer's title run onto a recipient's line.

A layout text of a closing whose two columns (the recipients, the signature) stand side by side squeezes the gap
between them to one space where a recipient is long, and the columns' reading leaves the title on the recipient's
line: "- Ban Bí thư Trung ương Đảng (b/c), PHÓ BÍ THƯ THƯỜNG TRỰC" (a party programme's portal page printed to PDF,
g34_tinhuy-dongkhanh as pdf-layout). The title is the signer's (extractors.fields.header.GLUED_TITLE; the signer was
lost, the recipient read with the title); the recipient ends before it. Not: a recipient whose capitals are no title
("- UBND huyện KRÔNG NĂNG;"), a title held inside a recipient ("- Đồng chí PHÓ CHỦ TỊCH UBND tỉnh;"), a title on a line
of its own (as before).
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ LÂM TÂY
Số: 73/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lâm Tây, ngày 03 tháng 5 năm 2028

KẾ HOẠCH
Phòng, chống thiên tai tỉnh Phú Lâm Tây năm 2028

I. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Ủy ban nhân dân các xã, phường xây dựng phương án ứng phó thiên tai của địa phương./.

Nơi nhận:
{authority}
- Bộ Nông nghiệp và Môi trường (b/c);
{first}
- Các sở, ban, ngành tỉnh;
- Lưu: VT, KT.
Mạc Đình Tuấn
"""


def _record(first: str, authority: str = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH") -> dict:
    text = PLAN.format(first=first, authority=authority)
    return process("kh-tinh.txt", text.encode("utf-8")).record.model_dump(mode="json")


GLUED = [
    ("- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (b/c), PHÓ CHỦ TỊCH", "Phó Chủ tịch",
     "Thường trực Tỉnh ủy, Thường trực HĐND tỉnh"),
    ("- Ban Chỉ huy Phòng thủ dân sự tỉnh; PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Phó Chủ tịch thường trực",
     "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
    ("- Văn phòng Ủy ban nhân dân tỉnh (để theo dõi). PHÓ CHỦ TỊCH", "Phó Chủ tịch", "Văn phòng Ủy ban nhân dân tỉnh"),
]


@pytest.mark.parametrize("first, title, recipient", GLUED)
def test_a_title_run_onto_a_recipients_line_is_the_signers(first, title, recipient):
    record = _record(first)
    assert (record["signer"]["name"], record["signer"]["title"]) == ("Mạc Đình Tuấn", title)
    assert record["signer"]["authority"] == ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]
    assert recipient in record["recipients"]
    assert not any("CHỦ TỊCH" in r for r in record["recipients"])


NOT_GLUED = [
    "- UBND huyện KRÔNG NĂNG;",
    "- Đồng chí PHÓ CHỦ TỊCH UBND tỉnh;",
]


@pytest.mark.parametrize("first", NOT_GLUED)
def test_a_recipient_with_capitals_that_end_on_no_title_stays_whole(first):
    record = _record(first, authority="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    assert first.strip("- ;") in record["recipients"]
    assert record["signer"]["title"] == "Phó Chủ tịch"
