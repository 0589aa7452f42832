"""Signers' names (all invented): two to five capitalized words, with the apostrophe of
Central Highlands names; not a heading, a number or a sentence."""

import pytest

from extractors.fields.header import looks_like_name


@pytest.mark.parametrize("text, name", [
    ("Nguyễn Thị Mai", True),
    ("Rơ Châm H'Bia", True),
    ("K'Sor Phước", True),
    ("Y Ngông Niê Kdăm", True),
    ("Ksor H’Nhi", True),
    ("Phụ lục II", False),
    ("Kế hoạch số 12", False),
    ("H' Bia", False),  # a stray apostrophe and space
    ("tổ chức thực hiện", False),
])
def test_looks_like_name(text, name):
    assert looks_like_name(text) is name


def test_a_signer_with_an_apostrophe_in_the_name():
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 88/KH-UBND\nGia Lai, ngày 2 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Bảo tồn cồng chiêng năm 2026\nI. MỤC TIÊU\nGiữ gìn không gian văn hóa cồng chiêng.\n"
            "Nơi nhận:\n- Bộ VHTTDL;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nRơ Châm H'Bia\n")
    assert process("gialai.txt", text.encode()).dump["signer"]["name"] == "Rơ Châm H'Bia"
