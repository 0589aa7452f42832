"""Bodies' names written in title case, every word capitalized, as many commune and district documents write them
("Phòng Văn Hóa - Thông Tin", "Ủy Ban Nhân Dân các xã", "Ban Chỉ Huy Quân Sự xã"): the normalized text gives them
the case the rules read (normalizers.casing), so they are found and end where they end; a person's name, a name in
capitals and a name already in its case are left as they are."""

import pytest

from normalizers.casing import canonical_case
from pipeline.process import process

ROWS = [
    # must: the title-cased words of a body's name in their case
    ("Phòng Văn Hóa - Thông Tin chủ trì", "Phòng Văn hóa - Thông tin chủ trì"),
    ("phối hợp Ủy Ban Nhân Dân các xã", "phối hợp Ủy ban nhân dân các xã"),
    ("Sở Khoa Học và Công Nghệ, Bưu Điện tỉnh", "Sở Khoa học và Công nghệ, Bưu điện tỉnh"),
    ("Ban Chỉ Huy Quân Sự thị trấn", "Ban Chỉ huy Quân sự thị trấn"),
    ("Hội Liên Hiệp Phụ Nữ huyện", "Hội Liên hiệp Phụ nữ huyện"),
    ("Ngân Hàng Chính Sách Xã Hội chi nhánh", "Ngân hàng Chính sách xã hội chi nhánh"),
    ("Đảng Đoàn Ủy Ban Mặt Trận Tổ Quốc Việt Nam tỉnh", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Trung Tâm Y Tế thị xã", "Trung tâm Y tế thị xã"),
    # must not: a person's name, capitals, a name in its case, a lone capitalized word
    ("đồng chí Trần Văn Hóa, Trưởng ban", "đồng chí Trần Văn Hóa, Trưởng ban"),
    ("ông Lê Công An", "ông Lê Công An"),
    ("SỞ Y TẾ TỈNH BẮC LÂM", "SỞ Y TẾ TỈNH BẮC LÂM"),
    ("Sở Y tế chủ trì", "Sở Y tế chủ trì"),
    ("Văn hóa là nền tảng", "Văn hóa là nền tảng"),
    ("Báo Nhân Dân đưa tin", "Báo Nhân Dân đưa tin"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_title_cased_names_take_their_case(text, expected):
    out = canonical_case(text)
    assert out == expected
    assert len(out) == len(text)


DOC = """ỦY BAN NHÂN DÂN
XÃ TÂN LỘC BẮC
Số: 19/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Lộc Bắc, ngày 10 tháng 3 năm 2023

KẾ HOẠCH
Tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân năm 2023

I. MỤC ĐÍCH, YÊU CẦU
Tổ chức các hoạt động vui tươi, lành mạnh, tiết kiệm.

II. TỔ CHỨC THỰC HIỆN
1. Công Chức Văn Hóa - Xã Hội
Chủ trì, phối hợp với Đài Truyền Thanh xã tổ chức tuyên truyền trên hệ thống loa.
2. Ban Chỉ Huy Quân Sự xã
Phối hợp Công An xã bảo đảm an ninh, trật tự trong thời gian tổ chức các hoạt động.
3. Hội Liên Hiệp Phụ Nữ xã
Vận động hội viên tham gia hội thi nấu ăn.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
"""


def test_a_plan_that_writes_its_bodies_in_title_case_names_them():
    record = process("p37-title-case.txt", DOC.encode("utf-8")).dump
    found = {r["agency"].casefold() for r in record["responsibilities"]}
    for name in ("Công chức Văn hóa - Xã hội", "Ban Chỉ huy Quân sự xã", "Hội Liên hiệp Phụ nữ xã"):
        assert name.casefold() in found, (name, found)
