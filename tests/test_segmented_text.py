"""What a word tokenizer spaced apart in a document, put back by de-segmenting: Markdown
italics with underscores ("_Căn cứ Quyết_định số 12 ; _": a legal basis in italics is a legal
basis), the closing mark "./." ("thực_hiện . / ."), the unit "tr.đ" ("285 tr . đ")."""

import pytest

from normalizers.money import find_money
from normalizers.text import desegment
from pipeline.process import process

ROWS = [  # (segmented, de-segmented)
    ("_Căn_cứ Nghị_quyết số 18 / NQ-HĐND ngày 10 tháng 7 năm 2025 của HĐND tỉnh ; _",
     "_Căn cứ Nghị quyết số 18/NQ-HĐND ngày 10 tháng 7 năm 2025 của HĐND tỉnh;_"),
    ("_Thực_hiện Công_văn số 305 / UBND-KT . _", "_Thực hiện Công văn số 305/UBND-KT._"),
    ("  _ghi_chú : số_liệu ước_tính _", "  _ghi chú: số liệu ước tính_"),
    # must not: a lone mark that pairs with nothing, an underscore rule, a blank to fill in
    ("Số : _", "Số: _"),
    ("_ _ _ _ _", "_ _ _ _ _"),
    ("Họ và tên : _ _ _", "Họ và tên: _ _ _"),
    # the closing mark, at a line's end only
    ("Sở Nội_vụ thông_báo để các đơn_vị biết , thực_hiện . / .", "Sở Nội vụ thông báo để các đơn vị biết, thực hiện./."),
    ("Đề_nghị các xã triển_khai . / .  ", "Đề nghị các xã triển khai./.  "),
    ("tỷ_lệ 3 . / . 4 trong bảng", "tỷ lệ 3. /. 4 trong bảng"),
]


@pytest.mark.parametrize("segmented,expected", ROWS)
def test_underscore_emphasis(segmented, expected):
    assert desegment(segmented) == expected


def test_italic_legal_bases_of_a_segmented_markdown_plan():
    lines = ["# KẾ_HOẠCH", "", "Phát_triển du_lịch cộng_đồng tỉnh Tây_Lâm năm 2026", "",
             "_Căn_cứ Quyết_định số 1245 / QĐ-TTg ngày 09 tháng 8 năm 2024 của Thủ_tướng Chính_phủ ; _", "",
             "_Căn_cứ Nghị_quyết số 31 / NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội_đồng nhân_dân tỉnh Tây_Lâm ; _", "",
             "Ủy_ban_nhân_dân tỉnh ban_hành Kế_hoạch thực_hiện như sau :", "",
             "## I. MỤC_ĐÍCH , YÊU_CẦU", "", "Phát_triển du_lịch gắn với bảo_tồn văn_hóa ."]
    record = process("plan.md", "\n".join(lines).encode()).record.model_dump(mode="json")
    assert [b["number"] for b in record["legal_bases"]] == ["1245/QĐ-TTg", "31/NQ-HĐND"]


@pytest.mark.parametrize("text,amounts", [
    ("Tổng kinh phí là 285 tr . đ , trong đó ngân_sách huyện 210 trđ .", [285_000_000, 210_000_000]),
    ("kinh_phí 1.450 tr . đồng", [1_450_000_000]),
    # must not: "tr." of a page reference and a word that starts with đ
    ("xem tr . 12 ; 45 tr . đây", []),
])
def test_spaced_million_dong(text, amounts):
    assert [m.amount_vnd for m in find_money(desegment(text))] == amounts


def test_a_segmented_notice_closes_without_a_duty():
    """The closing "... biết, thực hiện./." names no duty of the issuer, spaced or not."""
    lines = ["SỞ Y_TẾ", "Số : 31 / TB-SYT", "THÔNG_BÁO", "Kết_luận của Giám_đốc Sở Y_tế tại cuộc họp giao_ban",
             "1 . Giao Trung_tâm Kiểm_soát bệnh_tật tỉnh chủ_trì giám_sát dịch_bệnh .",
             "II. TỔ_CHỨC THỰC_HIỆN", "",
             "Phòng Nghiệp_vụ Y theo_dõi , đôn_đốc các đơn_vị thực_hiện các nội_dung kết_luận .", "",
             "Sở Y_tế thông_báo để các đơn_vị biết , thực_hiện . / ."]
    record = process("tb.txt", "\n".join(lines).encode()).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == ["Phòng Nghiệp vụ Y"]
