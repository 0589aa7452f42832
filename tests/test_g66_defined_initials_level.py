"""Hold-out round G66 (tests/invented/build_g66.py): initials a document defines and then writes with a level word
after them. Two shapes:

- initials defined with the lower-case words of the body's kind after them, "(sau đây gọi tắt là BQL dự án)", "(gọi
  tắt là BQL rừng)": before, normalizers.agencies._DEFINED_AS read initials alone (or after a capitalised word, "Ban
  QLDA") and _DEFINED_SHORT skipped a short name holding initials, so nothing was defined and "BQL dự án tỉnh" was read
  by the general abbreviations as "Ban Quản lý dự án tỉnh". Now the initials and up to three lower-case words (a
  level word the last only: "(sau đây gọi tắt là BQL dự án tỉnh)") are the defined short name.
- initials whose defined name ends with its level and place, written with that level after them ("Ban Chỉ đạo ...
  tỉnh X (sau đây gọi tắt là BCĐ)" / "BCĐ tỉnh", "Trung tâm Y tế huyện X (sau đây gọi tắt là TTYT)" / "TTYT huyện"):
  before, the level word was added again ("... tỉnh X tỉnh"); now the whole name once, and a body of another level
  where another level is written ("BCĐ huyện": "Ban Chỉ đạo ... huyện").

Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import canonical, definitions_in
from pipeline.process import process


@pytest.mark.parametrize("text, written, name", [
    # must: initials and the kind's lower-case words, then the level
    ("Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông (sau đây gọi tắt là BQL dự án) "
     "làm chủ đầu tư.", "BQL dự án tỉnh", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"),
    ("Giao Ban Quản lý rừng phòng hộ Suối Lam Thượng (sau đây gọi tắt là BQL rừng) quản lý diện tích.", "BQL rừng",
     "Ban Quản lý rừng phòng hộ Suối Lam Thượng"),
    ("Giao Trung tâm Dịch vụ nông nghiệp (sau đây gọi tắt là TT dịch vụ) hướng dẫn kỹ thuật.", "TT dịch vụ huyện",
     "Trung tâm Dịch vụ nông nghiệp huyện"),
    # must: a defined name that ends with its level, the same level written after the initials
    ("Kiện toàn Ban Chỉ đạo phòng, chống thiên tai tỉnh Lạc Hòa Đông (sau đây gọi tắt là BCĐ).", "BCĐ tỉnh",
     "Ban Chỉ đạo phòng, chống thiên tai tỉnh Lạc Hòa Đông"),
    ("Giao Trung tâm Y tế huyện Ngọc Khê Thượng (sau đây gọi tắt là TTYT) chủ trì.", "TTYT huyện", "Trung tâm Y tế huyện Ngọc Khê Thượng"),
    ("Giao Trung tâm Y tế huyện Ngọc Khê Thượng (sau đây gọi tắt là TTYT) chủ trì.", "TTYT huyện Ngọc Khê Thượng",
     "Trung tâm Y tế huyện Ngọc Khê Thượng"),
    # ... and another level: the body of that level
    ("Kiện toàn Ban Chỉ đạo phòng, chống thiên tai tỉnh Lạc Hòa Đông (sau đây gọi tắt là BCĐ).", "BCĐ huyện",
     "Ban Chỉ đạo phòng, chống thiên tai huyện"),
    ("Kiện toàn Ban Chỉ đạo phòng, chống thiên tai tỉnh Lạc Hòa Đông (sau đây gọi tắt là BCĐ).", "BCĐ các xã",
     "Ban Chỉ đạo phòng, chống thiên tai các xã"),
    # must not: the readings of before (initials alone or after a capitalised word; a plain abbreviation's level)
    ("Kiện toàn Ban Chỉ đạo phòng, chống thiên tai tỉnh Lạc Hòa Đông (sau đây gọi tắt là BCĐ).", "BCĐ",
     "Ban Chỉ đạo phòng, chống thiên tai tỉnh Lạc Hòa Đông"),
    ("Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh (sau đây gọi tắt là "
     "Ban QLDA) làm chủ đầu tư.", "Ban QLDA", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh"),
    ("Phát huy vai trò của Trung tâm Y tế (TTYT) và các Trạm Y tế (TYT).", "TTYT huyện", "Trung tâm Y tế huyện"),
    ("Phát huy vai trò của Trung tâm Y tế (TTYT) và các Trạm Y tế (TYT).", "TYT các xã, thị trấn",
     "Trạm Y tế các xã, thị trấn"),
    ("Giao Ban Quản lý các khu công nghiệp (sau đây gọi tắt là BQL các KCN) thực hiện.", "BQL các KCN",
     "Ban Quản lý các khu công nghiệp"),
])
def test_the_initials_with_a_level(text, written, name):
    assert canonical(written, definitions_in(text)) == name


@pytest.mark.parametrize("text, written, name", [
    # must: the level written in the short name itself
    ("Giao Ban Quản lý dự án đầu tư xây dựng tỉnh Tân Hòa Nguyên (sau đây gọi tắt là BQL dự án tỉnh) làm chủ đầu tư.",
     "BQL dự án tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh Tân Hòa Nguyên"),
    ("Giao Ban Quản lý dự án huyện Tân Kỳ Thượng (sau đây gọi tắt là BQL huyện) làm chủ đầu tư.", "BQL huyện",
     "Ban Quản lý dự án huyện Tân Kỳ Thượng"),
    # must not: a number after the initials defines no body
    ("Thực hiện Kế hoạch số 45/KH-UBND (sau đây gọi tắt là KH số 45).", "KH số 45", "KH số 45"),
])
def test_the_level_in_the_short_name(text, written, name):
    assert canonical(written, definitions_in(text)) == name


PLAN = """ỦY BAN NHÂN DÂN
TỈNH LẠC HÒA ĐÔNG
Số: 208/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạc Hòa Đông, ngày 14 tháng 9 năm 2028
KẾ HOẠCH
Kiên cố hóa kênh mương nội đồng tỉnh Lạc Hòa Đông năm 2029
I. NHIỆM VỤ
Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp (sau đây gọi tắt là BQL dự án)
làm chủ đầu tư các công trình sau:
| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Khảo sát, lập hồ sơ các tuyến kênh | BQL dự án tỉnh | Sở Nông nghiệp và Môi trường | Quý I/2029 |
| 2 | Giải phóng mặt bằng các tuyến kênh | Ủy ban nhân dân các huyện | BQL dự án tỉnh, Sở Tài chính | Quý II/2029 |
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. BQL dự án tỉnh: bảo đảm tiến độ, chất lượng các công trình.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trịnh Văn Hậu
"""


def test_a_plans_task_table_and_duties():
    record = process("ke-hoach.md", PLAN.encode("utf-8")).record.model_dump(mode="json")
    board = "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh"
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]] == [
        ([board], ["Sở Nông nghiệp và Môi trường"]), (["Ủy ban nhân dân các huyện"], [board, "Sở Tài chính"])]
    assert [r["agency"] for r in record["responsibilities"]] == ["Sở Nông nghiệp và Môi trường", board]
