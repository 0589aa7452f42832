"""A commune's plan gives its tasks to the commune's posts, written by their field alone or after "cán bộ"
rather than "công chức": "Giao Văn hóa - Thông tin xã chủ trì", "Giao cán bộ Khuyến nông xã chủ trì, phối hợp với
Thú y viên các thôn", "2. Kế toán ngân sách xã: bố trí kinh phí". A post stands for its office, as "Công chức Văn
hóa - Xã hội" did already: it leads, partners and answers for its part. Not a field in lower case ("phát triển văn
hóa - xã hội xã"), not a post's field with no commune word after it ("Lĩnh vực Tư pháp - Hộ tịch"), not "cán bộ"
before a body's name that is no post."""

from __future__ import annotations

import pytest

from normalizers.agencies import leading_agency
from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
XÃ {upper}
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 11 tháng 3 năm 2025

KẾ HOẠCH
Phòng, chống bệnh dại trên địa bàn xã năm 2025

I. NỘI DUNG
1. Thống kê đàn chó, mèo
Lập sổ theo dõi đến từng hộ. {task}
2. Tuyên truyền
Phát thanh 2 buổi mỗi tuần. Giao Đài Truyền thanh xã thực hiện.

II. TỔ CHỨC THỰC HIỆN
1. {post}: theo dõi, tổng hợp kết quả báo cáo Ủy ban nhân dân xã.
2. Trưởng các thôn: vận động người dân.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Tùng
"""


def _record(task: str, post: str = "Công an xã", place: str = "Yên Phú") -> dict:
    text = DOC.format(place=place, upper=place.upper(), task=task, post=post)
    return process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("task,lead,partners", [
    ("Giao Văn hóa - Xã hội xã chủ trì, phối hợp với các thôn thực hiện.", "Văn hóa - Xã hội xã", ["Các thôn"]),
    ("Giao cán bộ Thú y xã chủ trì, phối hợp với Khuyến nông viên các bản thực hiện.", "Cán bộ Thú y xã",
     ["Khuyến nông viên các bản"]),
    ("Giao Địa chính - Nông nghiệp - Xây dựng xã chủ trì, phối hợp với Công an xã thực hiện.",
     "Địa chính - Nông nghiệp - Xây dựng xã", ["Công an xã"]),
    ("Giao Tư pháp - Hộ tịch phường chủ trì, phối hợp với Nhân viên thú y phường thực hiện.",
     "Tư pháp - Hộ tịch phường", ["Nhân viên thú y phường"]),
])
def test_a_commune_post_leads_and_partners(task, lead, partners):
    first = _record(task)["activities"][0]
    assert (first["lead_agencies"], first["partner_agencies"]) == ([lead], partners)


@pytest.mark.parametrize("post", ["Cán bộ Khuyến nông xã", "Kế toán ngân sách xã", "Tài chính - Kế toán xã",
                                  "Văn phòng - Thống kê xã"])
def test_a_commune_post_answers_for_its_part(post):
    assert [r["agency"] for r in _record("Giao Công an xã thực hiện.", post=post, place="Mường Lạn")[
        "responsibilities"]][:1] == [post]


@pytest.mark.parametrize("text,agency", [
    ("Văn hóa - Thông tin xã: tuyên truyền trên loa truyền thanh", "Văn hóa - Thông tin xã"),
    ("Giao cán bộ Địa chính - Xây dựng xã rà soát hồ sơ", "cán bộ Địa chính - Xây dựng xã"),
    ("Thú y viên các thôn: thống kê tổng đàn", "Thú y viên các thôn"),
    # must not: a field in lower case, a field with no commune word, "cán bộ" before no post, a worker alone
    ("văn hóa - xã hội xã phát triển toàn diện", None),
    ("Lĩnh vực Tư pháp - Hộ tịch: rà soát thủ tục", None),
    ("Tư pháp - Hộ tịch: rà soát thủ tục", None),
    ("cán bộ Hội được tập huấn", None),
    ("Thú y viên được tập huấn kỹ năng", None),
])
def test_leading_commune_post(text, agency):
    span = leading_agency(text)
    assert (text[span[0]:span[1]] if span else None) == agency


def test_no_post_no_lead():
    first = _record("Tăng cường công tác khuyến nông xã và văn hóa - xã hội xã.")["activities"][0]
    assert first["lead_agencies"] == [] and first["partner_agencies"] == []
