"""A document signed with a digital signature carries the signature's caption as text ("Ký bởi:
...", "Người ký: ...", "Email: ...", "Cơ quan: ...", "Thời gian ký: ..."), where a PDF's text
or a copy of it puts it: above the header, or between the signer's title and name. The caption
is no prose that ends the signature, and its body is no signer. Invented documents."""

import pytest

from pipeline import extract_one

PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHƯỚC LÂM
Số: 318/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Lâm, ngày 22 tháng 9 năm 2025

KẾ HOẠCH
Chuyển đổi số trong cơ quan nhà nước năm 2026

I. MỤC TIÊU
- 100% văn bản đi được ký số.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
{caption}Đinh Thị Hải Yến
"""

CAPTIONS = [
    "Người ký: Đinh Thị Hải Yến\nEmail: yendth@phuoclam.gov.vn\nCơ quan: Ủy ban nhân dân tỉnh Phước Lâm\n"
    "Thời gian ký: 22.09.2025 16:42:05 +07:00\n",
    "Ký bởi: Ủy ban nhân dân tỉnh Phước Lâm\nCơ quan: Văn phòng Ủy ban nhân dân tỉnh Phước Lâm, tỉnh Phước Lâm\n"
    "Ngày ký: 22-09-2025 16:40:11 +07:00\n",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_the_name_after_a_caption(tmp_path, caption):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(caption=caption), encoding="utf-8")
    record = extract_one(path).record
    assert (record.signer.name, record.signer.title) == ("Đinh Thị Hải Yến", "Phó Chủ tịch")
    assert (record.number, str(record.issued_date)) == ("318/KH-UBND", "2025-09-22")


def test_a_caption_alone_gives_no_name(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(caption=CAPTIONS[1]).replace("Đinh Thị Hải Yến\n", ""), encoding="utf-8")
    assert extract_one(path).record.signer.name is None
