"""A People's Council's standing committee issues its own plans (a supervision plan, a
programme of its sessions): its header names the committee with the body ("THƯỜNG TRỰC HĐND
TỈNH X", or "THƯỜNG TRỰC HĐND" / "TỈNH X"), or under the body's name, naming the body again
("HỘI ĐỒNG NHÂN DÂN" / "TỈNH X" / "THƯỜNG TRỰC HĐND"). Under the body's name, the committee signs
for the body, which is the issuer (as a front's "BAN THƯỜNG TRỰC" line alone); named first, the
committee with its body is the issuer. Invented headers (other provinces and names)."""

import pytest

from pipeline import extract_one

BODY = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 14 tháng 4 năm 2026

KẾ HOẠCH
Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Đánh giá kết quả thực hiện chính sách trên địa bàn.

Nơi nhận:
- Như trên;
- Lưu: VT.
{sig}
Phạm Thị Hồng Vân
"""

CASES = [
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN LẠC\nTHƯỜNG TRỰC HĐND\nSố: 18/KH-HĐND", "TM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH",
     "Hội đồng nhân dân tỉnh An Lạc", "province"),
    ("HĐND HUYỆN PHÚ LÃM\nTHƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN\nSố: 07/KH-TTHĐND", "TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH",
     "Hội đồng nhân dân huyện Phú Lãm", "district"),
    ("THƯỜNG TRỰC HĐND TỈNH AN LẠC\nSố: 18/KH-TTHĐND", "TM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH",
     "Thường trực Hội đồng nhân dân tỉnh An Lạc", "province"),
    ("THƯỜNG TRỰC HĐND\nHUYỆN PHÚ LÃM\nSố: 07/KH-TTHĐND", "TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH",
     "Thường trực Hội đồng nhân dân huyện Phú Lãm", "district"),
]
# unchanged: a front's standing board alone under its name, a department under its province,
# a standing deputy chairman signing
KEPT = [
    ("ỦY BAN MTTQ VIỆT NAM\nHUYỆN TÂN KỲ\nBAN THƯỜNG TRỰC\nSố: 12/KH-MTTQ", "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
     "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Kỳ", "district"),
    ("UBND TỈNH AN LẠC\nSỞ Y TẾ\nSố: 31/KH-SYT", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Sở Y tế tỉnh An Lạc", "department"),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nSố: 95/KH-UBND", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC",
     "Ủy ban nhân dân tỉnh An Lạc", "province"),
]


@pytest.mark.parametrize("header, sig, name, level", CASES + KEPT)
def test_issuer(tmp_path, header, sig, name, level):
    path = tmp_path / "plan.txt"
    path.write_text(header + "\n" + BODY.format(sig=sig), encoding="utf-8")
    record = extract_one(path).record
    assert (record.issuer.name, record.issuer.level) == (name, level)
    assert record.signer.name == "Phạm Thị Hồng Vân"
