"""Issuers and agencies written by their initials: a header's "TỔ CÔNG TÁC LIÊN NGÀNH TW", "ĐOÀN
ĐBQH TỈNH X", "BAN CHỈ ĐẠO CÁC CTMTQG", "UBMTTQ VIỆT NAM" / "TỈNH X", "BAN TG" under a Party
committee, "VIỆN KSND TỈNH X", "LIÊN MINH HTX TỈNH X", and the same initials in a task's agencies.
The SPEC wants the name in full (normalizers/data/abbreviations.csv spells them out); initials
that are other words alone ("TG", "TC" without "Ban") stay as written, and the "xã" of "hợp tác
xã" is no commune. Invented headers (other provinces, numbers and names)."""

import pytest

from normalizers.agencies import canonical
from pipeline import extract_one

BODY = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Khê, ngày 09 tháng 6 năm 2025

KẾ HOẠCH
Tuyên truyền phổ biến pháp luật năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, nhân dân.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. BAN THƯỜNG VỤ
PHÓ TRƯỞNG BAN
Hà Minh Khôi
"""

CASES = [  # header lines -> issuer name, level, locality
    ("BỘ QUỐC PHÒNG\nTỔ CÔNG TÁC LIÊN NGÀNH TW\nSố: 31/KH-TCTLN",
     "Tổ Công tác liên ngành Trung ương", "ministry", None),
    ("QUỐC HỘI\nĐOÀN ĐBQH TỈNH ĐỒNG KHÊ\nSố: 08/KH-ĐĐBQH",
     "Đoàn đại biểu Quốc hội tỉnh Đồng Khê", "province", "Đồng Khê"),
    ("UBND TỈNH ĐỒNG KHÊ\nBAN CHỈ ĐẠO CÁC CTMTQG\nSố: 44/KH-BCĐ",
     "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Đồng Khê", "department", "Đồng Khê"),
    ("UBMTTQ VIỆT NAM\nHUYỆN TÂN LẠC\nSố: 12/KH-MTTQ",
     "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Lạc", "district", "Tân Lạc"),
    ("UBMTTQVN TỈNH ĐỒNG KHÊ\nSố: 12/KH-MTTQ",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Khê", "province", "Đồng Khê"),
    ("TỈNH ỦY ĐỒNG KHÊ\nBAN TG\nSố: 96-KH/BTGTU",
     "Ban Tuyên giáo Tỉnh ủy Đồng Khê", "department", "Đồng Khê"),
    ("HĐND TỈNH ĐỒNG KHÊ\nBAN KT-NS\nSố: 05/BC-KTNS",
     "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Đồng Khê", "department", "Đồng Khê"),
    ("VIỆN KSND TỈNH ĐỒNG KHÊ\nSố: 17/KH-VKS",
     "Viện Kiểm sát nhân dân tỉnh Đồng Khê", "department", "Đồng Khê"),
    ("LIÊN MINH HTX VIỆT NAM\nLIÊN MINH HTX TỈNH ĐỒNG KHÊ\nSố: 21/KH-LMHTX",
     "Liên minh hợp tác xã tỉnh Đồng Khê", "province", "Đồng Khê"),
    ("UBND TỈNH ĐỒNG KHÊ\nBQL CÁC KCN\nSố: 63/KH-BQL",
     "Ban Quản lý các khu công nghiệp tỉnh Đồng Khê", "department", "Đồng Khê"),
    # unchanged: a department by its usual initials, a full name
    ("UBND TỈNH ĐỒNG KHÊ\nSỞ TT&TT\nSố: 70/KH-STTTT",
     "Sở Thông tin và Truyền thông tỉnh Đồng Khê", "department", "Đồng Khê"),
    ("HUYỆN ỦY TÂN LẠC\nBAN DÂN VẬN\nSố: 15-KH/BDVHU",
     "Ban Dân vận Huyện ủy Tân Lạc", "department", "Tân Lạc"),
]


@pytest.mark.parametrize("header,name,level,locality", CASES)
def test_issuer_in_full(tmp_path, header, name, level, locality):
    path = tmp_path / "plan.txt"
    path.write_text(header + "\n" + BODY, encoding="utf-8")
    issuer = extract_one(path).record.issuer
    assert (issuer.name, issuer.level, issuer.locality) == (name, level, locality)


CANONICAL = [  # an agency as a task names it -> its full name
    ("Phòng Cảnh sát PCCC và CNCH", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    ("Ban Chỉ đạo CCHC tỉnh", "Ban Chỉ đạo cải cách hành chính tỉnh"),
    ("các cơ quan TW đóng trên địa bàn", "Các cơ quan Trung ương đóng trên địa bàn"),
    ("Ban QLDA ĐTXD huyện", "Ban Quản lý dự án đầu tư xây dựng huyện"),
    ("Ban TG Huyện ủy", "Ban Tuyên giáo Huyện ủy"),
    ("Trung tâm CNTT và Truyền thông", "Trung tâm công nghệ thông tin và Truyền thông"),
    # must not: initials that are other words alone, and initials inside a longer word or number
    ("Tổ TG huyện", "Tổ TG huyện"),
    ("Đội TC số 2", "Đội TC số 2"),
    ("Công ty TWG Việt", "Công ty TWG Việt"),
    ("Trung tâm VH - TT và TT huyện", "Trung tâm VH - TT và TT huyện"),
]


@pytest.mark.parametrize("written,full", CANONICAL)
def test_agency_initials(written, full):
    assert canonical(written) == full
