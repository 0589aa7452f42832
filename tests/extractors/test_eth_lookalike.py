"""The Icelandic eth (Ð, ð) that scraped PDFs and old fonts give for Đ and đ: a text, Markdown
or HTML file is read as if it had Đ from the start (extractors.formats.text.decode), so the
layout rules that look for "Độc lập", "ĐẢNG" or "Đơn vị" hold for it. Before, a document
printed on one line lost its lines (and with them its header, objectives and tasks).
"""

from __future__ import annotations

import pytest

from extractors.formats.text import decode
from pipeline.process import process

ONE_LINE = ("ỦY BAN NHÂN DÂN XÃ {place_up} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: {number} {place}, ngày {d} tháng {m} năm {y} KẾ HOẠCH {title} "
            "Căn cứ Quyết định số {basis} ngày 02 tháng 1 năm {y} của Ủy ban nhân dân huyện {district}; "
            "Ủy ban nhân dân xã ban hành Kế hoạch như sau: I. MỤC TIÊU 1. Mục tiêu chung Nâng cao nhận thức "
            "của người dân. 2. Mục tiêu cụ thể - 100% thôn, bản được tuyên truyền. - 80% hộ gia đình được "
            "hướng dẫn. II. NHIỆM VỤ 1. Tổ chức tuyên truyền trên loa truyền thanh. 2. Kiểm tra tại các thôn. "
            "III. TỔ CHỨC THỰC HIỆN 1. Công chức Văn hóa - Xã hội chủ trì tham mưu. 2. Đoàn Thanh niên xã "
            "phối hợp thực hiện. Nơi nhận: - UBND huyện {district}; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH "
            "{signer}")

CASES = [
    dict(place_up="ĐÔNG SƠN", place="Đông Sơn", number="14/KH-UBND", d=8, m=3, y=2024, basis="412/QĐ-UBND",
         title="Phòng, chống dịch bệnh trên đàn gia súc năm 2024", district="Đức Trọng", signer="Đỗ Văn Định"),
    dict(place_up="TÂN ĐỊNH", place="Tân Định", number="52/KH-UBND", d=19, m=9, y=2023, basis="1030/QĐ-UBND",
         title="Bảo đảm trật tự an toàn giao thông năm 2023", district="Đăk Hà", signer="Lò Thị Đào"),
]


def _fields(rec):
    return (rec.doc_type, rec.number, rec.issuer.name, rec.place, rec.issued_date, rec.title, rec.signer.name,
            [b.number for b in rec.legal_bases], [o.text for o in rec.objectives], [a.title for a in rec.activities],
            [r.agency for r in rec.responsibilities])


@pytest.mark.parametrize("case", CASES, ids=[c["place"] for c in CASES])
def test_a_one_line_plan_with_eth_for_d_reads_as_with_d(case):
    text = ONE_LINE.format(**case)
    plain = process("x.txt", text.encode()).record
    eth = process("x.txt", text.replace("Đ", "Ð").replace("đ", "ð").encode()).record
    assert plain.number == case["number"] and plain.signer.name == case["signer"]
    assert len(plain.activities) >= 2
    assert _fields(eth) == _fields(plain)


# must match: the eth becomes Đ/đ in UTF-8 text; must not: legacy font codes (TCVN3 read as
# Windows-1252 holds "ð" for another letter) are left for normalizers.legacy to convert
@pytest.mark.parametrize("data,expected", [
    ("ÐỘC LẬP - Ðơn vị ðầu mối".encode(), "ĐỘC LẬP - Đơn vị đầu mối"),
    ("Cộng hòa Ðức".encode("utf-16"), "Cộng hòa Đức"),
])
def test_eth_is_read_as_d(data, expected):
    assert decode(data)[0] == expected


def test_legacy_font_codes_keep_their_letters():
    legacy = "Uû ban nh©n d©n tØnh ®· ban hµnh kÕ ho¹ch ð¬îc giao thùc hiÖn c¸c nhiÖm vô trong n¨m"
    text, _ = decode(legacy.encode("cp1252"))
    assert "ð" in text and "đ" not in text
