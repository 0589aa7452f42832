"""A signer of the family Lưu is not the recipients' archive line: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" /
"Lưu Thị Ngọc Bích" reads the name, while "Lưu: VT", "Lưu VT, KGVX", "Lưu VP UBND" after a title
are still passed over (extractors.fields.header._archive). Invented text (hold-out round R)."""

import pytest

from pipeline.process import process

PLAN = ("SỞ {S} TỈNH {P}\n-------\nSố: {n}/KH-S{c}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "{P2}, ngày 04 tháng 6 năm 2026\n\nKẾ HOẠCH\nKiểm tra công tác an toàn năm 2026\n\nI. MỤC TIÊU\n"
        "- 100% cơ sở được kiểm tra.\n\nII. NHIỆM VỤ\n1. Thành lập đoàn kiểm tra.\n\n{closing}\n")

MUST_MATCH = [
    ("a deputy of the family Lưu, recipients below",
     "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLưu Thị Ngọc Bích\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.", "Lưu Thị Ngọc Bích"),
    ("a director of the family Lưu, the name in capitals",
     "GIÁM ĐỐC\n\nLƯU VĂN TOÀN\n\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT, NVY.", "Lưu Văn Toàn"),
]
MUST_NOT_MATCH = [
    ("'Lưu VT' between the title and the name", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLưu VT, KGVX\n\nHà Minh Đạo", "Hà Minh Đạo"),
    ("'Lưu VP UBND' between the title and the name", "GIÁM ĐỐC\nLưu VP UBND\n\nTrịnh Thị Sen", "Trịnh Thị Sen"),
    ("'Lưu: VT' between the title and the name", "GIÁM ĐỐC\nLưu: VT.\n\nĐoàn Văn Bảy", "Đoàn Văn Bảy"),
]


@pytest.mark.parametrize("why, closing, name", MUST_MATCH + MUST_NOT_MATCH, ids=[m[0] for m in MUST_MATCH + MUST_NOT_MATCH])
def test_the_signer_of_the_family_luu(why, closing, name):
    text = PLAN.format(S="XÂY DỰNG", P="HÀ ĐÔNG", P2="Hà Đông", n=71, c="XD", closing=closing)
    assert process("doc.txt", text.encode()).record.model_dump(mode="json")["signer"]["name"] == name
