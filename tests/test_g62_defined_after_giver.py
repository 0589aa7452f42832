"""Hold-out round G62 (tests/invented/build_g62.py): a body's initials defined in a clause where another body hands it
its task, "Ủy ban nhân dân tỉnh giao Ban Quản lý dự án ... tỉnh (sau đây gọi tắt là Ban QLDA) làm chủ đầu tư", name the
body given the task, and stand for it wherever the document uses them: a task table's lead cell holding only "Ban QLDA",
a partner cell "Ban QLDA, Công an tỉnh", a body's heading "3. Ban QLDA: ...".

Before, normalizers.agencies._named_before found the name that runs to the initials from the clause's first word
("Ủy ban nhân dân tỉnh giao Ban ..." runs there, leading_agency reading past "giao") but took the clause from that word,
not from where leading_agency said the name starts: 21 words, past its 20-word bound, so no definition, and the table's
"Ban QLDA" read by the general abbreviations as "Ban Quản lý dự án". Now the name starts where leading_agency says.
The definitions that read right before keep their readings (rows below). Every name below is invented and differs
from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import canonical, definitions_in
from pipeline.process import process


@pytest.mark.parametrize("text, initials, name", [
    # must: the body given the task, after a body that hands it over
    ("Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh (sau đây "
     "gọi tắt là Ban QLDA) làm chủ đầu tư.", "Ban QLDA",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"),
    ("Ủy ban nhân dân huyện giao Trung tâm Phát triển quỹ đất huyện Ea Rông (sau đây gọi tắt là TTPTQĐ) tổ chức đấu "
     "giá.", "TTPTQĐ", "Trung tâm Phát triển quỹ đất huyện Ea Rông"),
    ("UBND thành phố giao Ban Quản lý các chợ trên địa bàn thành phố Hà Tiên Bắc (sau đây gọi tắt là BQLC) quản lý.",
     "BQLC", "Ban Quản lý các chợ trên địa bàn thành phố Hà Tiên Bắc"),
    # must not: the readings of before (the first body whose name runs to the initials; a committee named by its task)
    ("Giao Sở Y tế chủ trì, phối hợp Trung tâm Kiểm soát bệnh tật tỉnh Bình Lạc (sau đây gọi tắt là CDC) triển khai.",
     "CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Bình Lạc"),
    ("Kiện toàn Ban Chỉ đạo phát triển lâm nghiệp bền vững tỉnh Đông Giang (sau đây gọi tắt là BCĐ).", "BCĐ",
     "Ban Chỉ đạo phát triển lâm nghiệp bền vững tỉnh Đông Giang"),
    ("Thành lập Tổ công tác liên ngành về an toàn thực phẩm huyện Mường Khuông (sau đây gọi tắt là TCT).", "TCT",
     "Tổ công tác liên ngành về an toàn thực phẩm huyện Mường Khuông"),
])
def test_the_body_the_initials_define(text, initials, name):
    assert definitions_in(text).get(initials) == name


def test_the_initials_alone_name_it():
    found = definitions_in("Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công "
                           "nghiệp tỉnh (sau đây gọi tắt là Ban QLDA) làm chủ đầu tư.")
    assert canonical("Ban QLDA", found) == "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"
    assert canonical("Ban QLDA") == "Ban Quản lý dự án"  # (a document that defines nothing: the general abbreviation)


PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG GIANG
Số: 311/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Giang, ngày 02 tháng 8 năm 2028
KẾ HOẠCH
Xây dựng các trường học vùng lũ tỉnh Đông Giang năm 2029
I. NHIỆM VỤ
Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh (sau đây gọi
tắt là Ban QLDA) làm chủ đầu tư các công trình sau:
| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Khảo sát, lập dự án các trường học vùng lũ | Ban QLDA | Sở Giáo dục và Đào tạo | Quý I/2029 |
| 2 | Bồi thường, giải phóng mặt bằng | Ủy ban nhân dân các huyện | Ban QLDA, Sở Tài chính | Quý II/2029 |
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo: theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Ban QLDA: bảo đảm tiến độ, chất lượng các công trình.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Minh Tiến
"""


def test_a_plans_task_table_and_duties():
    record = process("ke-hoach.md", PLAN.encode("utf-8")).record.model_dump(mode="json")
    board = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]] == [
        ([board], ["Sở Giáo dục và Đào tạo"]), (["Ủy ban nhân dân các huyện"], [board, "Sở Tài chính"])]
    assert [r["agency"] for r in record["responsibilities"]] == ["Sở Giáo dục và Đào tạo", board]
