"""A Party or Đoàn number cited as a basis may name the issuing department after a hyphen:
"Kế hoạch số 36-KH/TWĐTN-BTN", "Hướng dẫn số 12-HD/TĐTN-TCKT" (the Ban, the office): the number is
read whole (legal_bases._NUMBER, as normalizers.docnum.PARTY_NUMBER reads it). A hyphen with spaces
after a Party number is a dash in the sentence, not part of the number. Invented text (hold-out
round R)."""

import pytest

from pipeline.process import process

PLAN = ("BCH ĐOÀN TỈNH {P}\n***\nSố: {n}-KH/TĐTN-PT\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n{P2}, ngày 02 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2026\n\n{basis}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy vai trò xung kích "
        "của đoàn viên, thanh niên.\n\nII. NỘI DUNG\n1. Tổ chức lễ ra quân Tháng Thanh niên.\n\n"
        "Nơi nhận:\n- TW Đoàn;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\n{signer}\n")

ROWS = [
    ("a Ban after the Đoàn's central committee",
     "Căn cứ Kế hoạch số 36-KH/TWĐTN-BTN ngày 12 tháng 01 năm 2026 của Ban Bí thư Trung ương Đoàn về tổ chức Tháng "
     "Thanh niên năm 2026;", ["36-KH/TWĐTN-BTN"]),
    ("an office after the province's Đoàn",
     "Thực hiện Hướng dẫn số 12-HD/TĐTN-TCKT ngày 05 tháng 01 năm 2026 của Ban Thường vụ Tỉnh đoàn về công tác "
     "tài chính Đoàn năm 2026;", ["12-HD/TĐTN-TCKT"]),
    ("a dash with spaces after a Party number stays out (must not match)",
     "Căn cứ Nghị quyết số 45-NQ/TU - Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về công tác thanh niên;",
     ["45-NQ/TU"]),
]


@pytest.mark.parametrize("why, basis, numbers", ROWS, ids=[r[0] for r in ROWS])
def test_a_party_number_with_its_department(why, basis, numbers):
    text = PLAN.format(P="BẮC LÂM", P2="Bắc Lâm", n=27, basis=basis, signer="Hầu Văn Thịnh")
    bases = process("doc.txt", text.encode()).record.model_dump(mode="json")["legal_bases"]
    assert [b["number"] for b in bases] == numbers
