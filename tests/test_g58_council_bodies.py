"""Hold-out round G58: a People's Council's organs written before it is named once ("các Ban, các Tổ đại biểu và đại
biểu Hội đồng nhân dân tỉnh"), and a steering committee named by its initials alone ("BCĐ") after the plan defines them.

Round G58's resolution gave the supervision to "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh,
các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh": the groups of deputies came out as a bare "Các Tổ đại biểu" (the
council named after the last name was not theirs); its tree-planting plan defined "Ban Chỉ đạo ... (sau đây gọi tắt là
BCĐ)" and gave duties under the heading "1. BCĐ": no responsibility (the initials were a body's only before a capital
or a digit, "BCĐ 389 tỉnh"). Now the council's name after a run of its organs with no owner of their own ("Ban",
"Tổ đại biểu", "Thường trực"; since round G60 "các Ban" too, tests/test_g60_council_ban.py) is each one's
(normalizers.agencies._share_council), "BCĐ", "BCH" alone, before a
level word or a colon name a body, and initials defined in words after a body's whole name ("(sau đây gọi tắt là
BCĐ)", normalizers.agencies._DEFINED_AS) stand for that name; the initials before a verb, and organs of a body that is
no council, stay as before.
Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import definitions_in, split_agencies
from pipeline.process import process


@pytest.mark.parametrize("text, names", [
    # must: the council named once after its organs owns each
    ("Thường trực, các Tổ đại biểu và đại biểu Hội đồng nhân dân huyện",
     ["Thường trực Hội đồng nhân dân huyện", "các Tổ đại biểu Hội đồng nhân dân huyện",
      "đại biểu Hội đồng nhân dân huyện"]),
    ("Thường trực HĐND tỉnh, các Tổ đại biểu và đại biểu HĐND tỉnh",
     ["Thường trực HĐND tỉnh", "các Tổ đại biểu HĐND tỉnh", "đại biểu HĐND tỉnh"]),
    # must not: a body that is no council's organ; a council's organ before another body (so before)
    ("Sở Y tế, Sở Giáo dục và Đào tạo", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    ("các Ban và Ủy ban nhân dân xã", ["các Ban", "Ủy ban nhân dân xã"]),
    ("Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh",
     ["Thường trực Hội đồng nhân dân tỉnh", "các Ban Hội đồng nhân dân tỉnh", "đại biểu Hội đồng nhân dân tỉnh"]),
    # (round G60: "các Ban" among the council's organs is the council's, tests/test_g60_council_ban.py)
])
def test_a_councils_organs_before_its_name(text, names):
    assert split_agencies(text) == names


PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG NGHI
Số: 37/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Nghi, ngày 03 tháng 3 năm 2027
KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh Đông Nghi năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với thiên tai.
II. BAN CHỈ ĐẠO
{define}
III. TỔ CHỨC THỰC HIỆN
1. {head}
- Chỉ đạo, kiểm tra, đôn đốc việc thực hiện Kế hoạch.
2. Sở Nông nghiệp và Môi trường
- Chủ trì tổng hợp, báo cáo kết quả thực hiện Kế hoạch./.
"""


@pytest.mark.parametrize("define, head, found", [
    # must: the initials alone, before a level word or a colon, a body; defined in words after its whole name, that name
    ("Kiện toàn Ban Chỉ đạo phòng thủ dân sự tỉnh Đông Nghi (sau đây gọi tắt là BCĐ) do Chủ tịch Ủy ban nhân dân tỉnh "
     "làm Trưởng ban.", "BCĐ", ["Ban Chỉ đạo phòng thủ dân sự tỉnh Đông Nghi", "Sở Nông nghiệp và Môi trường"]),
    ("Kiện toàn Ban Chỉ đạo phòng thủ dân sự tỉnh Đông Nghi (sau đây gọi tắt là BCĐ) do Chủ tịch Ủy ban nhân dân tỉnh "
     "làm Trưởng ban.", "BCĐ: Chỉ đạo chung", ["Ban Chỉ đạo phòng thủ dân sự tỉnh Đông Nghi",
                                               "Sở Nông nghiệp và Môi trường"]),
    ("Các xã, phường kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã.", "BCH tỉnh",
     ["Ban Chỉ huy tỉnh", "Sở Nông nghiệp và Môi trường"]),
    # must not: the initials before a verb, or before the words of a task (so before)
    ("Kiện toàn Ban Chỉ đạo phòng thủ dân sự tỉnh Đông Nghi.", "BCĐ các cấp chủ động kiểm tra",
     ["Sở Nông nghiệp và Môi trường"]),
])
def test_a_steering_committee_by_its_initials(define, head, found):
    result = process("plan.txt", PLAN.format(define=define, head=head).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == found, record["responsibilities"]
    for r in record["responsibilities"]:
        assert result.text[r["span"]["start"]:r["span"]["end"]].strip()


@pytest.mark.parametrize("text, found", [
    # must: a body's initials defined in words after its whole name (the first name that runs to them, else the last)
    ("Giao Sở Tài chính chủ trì, phối hợp Trung tâm Điều hành thông minh tỉnh (sau đây gọi tắt là IOC) theo dõi.",
     {"IOC": "Trung tâm Điều hành thông minh tỉnh"}),
    ("Thành lập Tổ công tác liên ngành của tỉnh (sau đây viết tắt là TCT) gồm các thành viên sau:",
     {"TCT": "Tổ công tác liên ngành của tỉnh"}),
    # must not: initials of no body; a defined name in words (so before)
    ("Các dự án đầu tư công trên địa bàn tỉnh (sau đây gọi tắt là DA) phải bảo đảm tiến độ.", {}),
    ("Kế hoạch số 45/KH-UBND ngày 02/3/2026 (sau đây gọi là Kế hoạch số 45) được sửa đổi.", {}),
])
def test_initials_defined_after_a_bodys_name(text, found):
    assert definitions_in(text) == found
