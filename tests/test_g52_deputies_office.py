"""Hold-out round G52 (tests/invented/build_g52.py): the province's office of its National Assembly deputies and its
People's Council is one body.

"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" written out ("Văn phòng Đoàn ĐBQH và HĐND tỉnh" was
whole) was cut at its "và" into "Văn phòng Đoàn đại biểu Quốc hội" and "Hội đồng nhân dân tỉnh": two bodies for one
office, the council a responsible body it is not (normalizers.agencies._SPLIT kept only "Văn phòng HĐND và UBND ..." whole). The office's
"và" no longer cuts; a pair of whole bodies still does ("Đoàn đại biểu Quốc hội tỉnh và Hội đồng nhân dân tỉnh", the
office of the deputies alone with its level and another body after it). Every name and number below is invented and
differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process

PLAN = """HỘI ĐỒNG NHÂN DÂN TỈNH LONG KHÊ
THƯỜNG TRỰC
Số: 19/KH-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Khê, ngày 14 tháng 3 năm 2027
KẾ HOẠCH
Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho người có công trên địa bàn tỉnh năm 2027
I. MỤC ĐÍCH, YÊU CẦU
- Đánh giá kết quả thực hiện chính sách, đề xuất giải pháp khắc phục hạn chế.
II. TỔ CHỨC THỰC HIỆN
1. Ban Pháp chế Hội đồng nhân dân tỉnh: Chủ trì xây dựng đề cương báo cáo; tổng hợp kết quả giám sát.
2. {body}: Bảo đảm điều kiện, phương tiện phục vụ Đoàn giám sát.
3. Sở Xây dựng: Chuẩn bị báo cáo theo đề cương./.
"""


@pytest.mark.parametrize("body, names", [
    # must: the office of the deputies and the council written out
    ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
     ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]),
    # must not: the same office short (whole before: "HĐND" opens no second name), the council's and people's
    # committee's office, two whole bodies
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]),
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh"]),
    ("Đoàn đại biểu Quốc hội tỉnh và Hội đồng nhân dân tỉnh", ["Đoàn đại biểu Quốc hội tỉnh", "Hội đồng nhân dân tỉnh"]),
    ("Văn phòng Đoàn đại biểu Quốc hội tỉnh và Sở Nội vụ", ["Văn phòng Đoàn đại biểu Quốc hội tỉnh", "Sở Nội vụ"]),
])
def test_the_deputies_and_councils_office_is_one_body(body, names):
    result = process("plan.txt", PLAN.format(body=body).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    found = [r["agency"] for r in record["responsibilities"]]
    assert found == ["Ban Pháp chế Hội đồng nhân dân tỉnh", *names, "Sở Xây dựng"], found
    for r in record["responsibilities"][1:-1]:
        assert body in result.text[r["span"]["start"]:r["span"]["end"]]


@pytest.mark.parametrize("text, names", [
    # must
    ("Sở Tư pháp và Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
     ["Sở Tư pháp", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]),
    # must not
    ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
    ("Văn phòng Đoàn đại biểu Quốc hội tỉnh và Ủy ban nhân dân tỉnh",
     ["Văn phòng Đoàn đại biểu Quốc hội tỉnh", "Ủy ban nhân dân tỉnh"]),
])
def test_the_split_keeps_the_deputies_office(text, names):
    assert split_agencies(text) == names
