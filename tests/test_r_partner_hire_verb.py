"""A partner's name ends before a verb of hiring: "Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo
dục và Đào tạo tuyển dụng đủ giáo viên theo định mức." ("tuyển dụng", "tuyển chọn" join the
predicates of normalizers.agencies.VERB). A unit named for hiring keeps its name ("Hội đồng tuyển
dụng", "Ban tuyển chọn" after a unit word). Invented text (hold-out round R)."""

import pytest

from pipeline.process import process

PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN {P}\n-------\nSố: {n}/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n{P2}, ngày 16 tháng 8 năm 2013\n\nKẾ HOẠCH\nPhát triển đội ngũ nhà giáo "
        "giai đoạn 2013 - 2015\n\nI. MỤC TIÊU\n- 100% trường học có đủ giáo viên theo định mức.\n\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Bổ sung đội ngũ\n{task}\n\n"
        "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n{signer}\n")

ROWS = [
    ("'tuyển dụng' after the partner",
     "Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tuyển dụng đủ giáo viên mầm non theo định mức.",
     ["Phòng Nội vụ"], ["Phòng Giáo dục và Đào tạo"]),
    ("'tuyển chọn' after two partners",
     "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa huyện, Huyện đoàn tuyển chọn hạt nhân "
     "văn nghệ cho các xã.", ["Phòng Văn hóa và Thông tin"], ["Trung tâm Văn hóa huyện", "Huyện đoàn"]),
    ("a unit named for hiring keeps its name (must not cut)",
     "Phòng Nội vụ chủ trì, phối hợp với Hội đồng tuyển dụng viên chức huyện tổ chức kỳ xét tuyển năm 2013.",
     ["Phòng Nội vụ"], ["Hội đồng tuyển dụng viên chức huyện"]),
]


@pytest.mark.parametrize("why, task, lead, partners", ROWS, ids=[r[0] for r in ROWS])
def test_a_hiring_verb_ends_the_partner(why, task, lead, partners):
    text = PLAN.format(P="LÂM HÀ NAM", P2="Lâm Hà Nam", n=87, task=task, signer="Đinh Văn Khởi")
    (activity,) = process("doc.txt", text.encode()).record.model_dump(mode="json")["activities"]
    assert (activity["lead_agencies"], activity["partner_agencies"]) == (lead, partners)
