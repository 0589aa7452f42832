"""A count under a lead-in that sets targets is a specific objective: "2. Phấn đấu trong năm 2026:"
over "- Hoàn thành khoảng 45.000 căn hộ nhà ở xã hội ..." (no percentage) under "I. MỤC TIÊU" whose
items are numbered ("1. Tạo chuyển biến ...", a general aim). The group's lead keeps that it is a
target cue (objectives._Group.cue) until a sibling ends the group; a numbered item with no number
after the group stays general. Invented text (hold-out round R)."""

import pytest

from pipeline.process import process

PLAN = ("BỘ {M}\n-------\nSố: {n}/KH-{code}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 11 tháng 2 năm 2026\n\nKẾ HOẠCH\n{title}\n\nI. MỤC TIÊU\n{body}\n\nII. NHIỆM VỤ\n"
        "1. Tổ chức hội nghị triển khai Kế hoạch.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n{signer}\n")

ROWS = [
    ("counts under 'Phấn đấu trong năm 2026:'",
     PLAN.format(M="XÂY DỰNG", n=97, code="BXD", title="Phát triển vật liệu xây dựng xanh năm 2026",
                 body="1. Thúc đẩy sản xuất và sử dụng vật liệu xây dựng xanh trong các công trình.\n"
                      "2. Phấn đấu trong năm 2026:\n- Sản xuất khoảng 3,5 triệu tấn xi măng ít phát thải;\n"
                      "- Ban hành 05 tiêu chuẩn quốc gia về vật liệu xanh.",
                 signer="Vương Đình Hậu"),
     [("general", "Thúc đẩy sản xuất"), ("specific", "Sản xuất khoảng 3,5 triệu tấn"),
      ("specific", "Ban hành 05 tiêu chuẩn")]),
    ("counts under 'Đến hết năm 2027, bảo đảm:', then a numbered aim ends the group",
     PLAN.format(M="CÔNG THƯƠNG", n=215, code="BCT", title="Phát triển cụm công nghiệp giai đoạn 2026 - 2027",
                 body="1. Đến hết năm 2027, bảo đảm:\n- Thành lập mới 40 cụm công nghiệp;\n"
                      "- Thu hút 600 dự án đầu tư vào các cụm công nghiệp.\n"
                      "2. Nâng cao hiệu quả quản lý nhà nước về cụm công nghiệp.",
                 signer="Mạc Thị Lụa"),
     [("specific", "Thành lập mới 40 cụm"), ("specific", "Thu hút 600 dự án"), ("general", "Nâng cao hiệu quả")]),
    ("items under a lead-in that sets nothing stay general (must not match)",
     PLAN.format(M="NỘI VỤ", n=33, code="BNV", title="Cải cách hành chính năm 2026",
                 body="1. Nâng cao chất lượng phục vụ người dân, doanh nghiệp.\n2. Nội dung gồm:\n"
                      "- Hoàn thiện thể chế về tổ chức bộ máy;\n- Đổi mới phương thức làm việc của cơ quan.",
                 signer="Tạ Quang Vinh"),
     [("general", "Nâng cao chất lượng"), ("general", "Hoàn thiện thể chế"), ("general", "Đổi mới phương thức")]),
]


@pytest.mark.parametrize("why, text, want", ROWS, ids=[r[0] for r in ROWS])
def test_counts_under_a_target_lead_are_specific(why, text, want):
    found = process("doc.txt", text.encode()).record.model_dump(mode="json")["objectives"]
    assert [(o["kind"], o["text"][:len(p)]) for o, (_, p) in zip(found, want)] == want
    assert len(found) == len(want)
