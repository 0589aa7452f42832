"""Hold-out round G60 (probing the round's tasks in other words): the lead and partners stated in brackets after a task,
the lead said with "chủ trì" and the partners after a label, "(Sở Tư pháp chủ trì; phối hợp: Sở A, Sở B)": the lead
was lost (the partners' label read the bracket as labelled fields, which named no lead). Now a bracket whose labels
name no lead takes the lead said before them (activities: roles_in after labelled_roles); brackets whose labels name
both, or only the partners with no lead said, read as before. Every name below is invented and differs from the
round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LONG ĐIỀN
Số: 91/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Điền, ngày 02 tháng 3 năm 2027
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của Nhân dân.
II. NHIỆM VỤ
1. Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến {bracket}. Thời gian: Quý III/2027.
2. Biên soạn tài liệu phổ biến pháp luật (Sở Tư pháp chủ trì, phối hợp Sở Nội vụ).
"""


@pytest.mark.parametrize("bracket, lead, partners", [
    # must: the lead said with "chủ trì", the partners after their label
    ("(Sở Tư pháp chủ trì; phối hợp: Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh)", ["Sở Tư pháp"],
     ["Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]),
    ("(Công an tỉnh chủ trì; đơn vị phối hợp: Sở Giáo dục và Đào tạo)", ["Công an tỉnh"], ["Sở Giáo dục và Đào tạo"]),
    # must not: labels that name both; a lead with partners after "phối hợp" and no label (today's reading)
    ("(Chủ trì: Sở Tư pháp; phối hợp: Tỉnh Đoàn)", ["Sở Tư pháp"], ["Tỉnh Đoàn"]),
    ("(Sở Tư pháp chủ trì, Tỉnh Đoàn phối hợp)", ["Sở Tư pháp"], ["Tỉnh Đoàn"]),
])
def test_the_lead_before_the_partners_label(bracket, lead, partners):
    record = process("plan.txt", PLAN.format(bracket=bracket).encode("utf-8")).record.model_dump(mode="json")
    first = record["activities"][0]
    assert (first["title"], first["lead_agencies"], first["partner_agencies"]) == (
        "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", lead, partners)
