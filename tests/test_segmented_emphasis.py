"""Markdown italics with underscores in word-segmented text: the tokenizer sets the closing
mark apart ("_Căn cứ Quyết_định số 12 ; _"); de-segmenting pairs it again, so that the line
reads as the italic line it was (a legal basis in italics is a legal basis)."""

import pytest

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
