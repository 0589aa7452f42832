"""Hold-out round G44 (tests/invented/build_g44.py): a task's role label whose list of agencies a page wrapped.

The round's ministry plan, read as text (pdftotext of its PDF, as a crawler keeps it), writes each task's fields as
lettered lines, and the page wraps the partners' list after a semicolon: "b) Cơ quan phối hợp: Cục Quản lý và Xây
dựng công trình thủy lợi;" / "Cục Quản lý đê điều và Phòng, chống thiên tai; Báo ...". A line ending on ";" stays a
line of its own in the text, so the list lost what follows the break (activities.ROLE_LIST_GOES_ON: a role label's line
ending on a semicolon or a comma goes on into the next line when that line opens with an agency, as a line ending on
the label's colon did). Not a next line that is a bullet, a lettered field or no agency. Every name and number below
is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 812/KH-BKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 4 năm 2028
KẾ HOẠCH
Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Đo lường
I. NỘI DUNG
1. Tổ chức phổ biến nội dung Luật
a) Cơ quan chủ trì: Vụ Pháp chế.
{lines}
c) Thời gian thực hiện: Quý III năm 2028.
2. Rà soát văn bản quy phạm pháp luật
a) Cơ quan chủ trì: Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.
II. TỔ CHỨC THỰC HIỆN
1. Vụ Pháp chế theo dõi, đôn đốc thực hiện Kế hoạch.
"""


@pytest.mark.parametrize("lines, partners", [
    # must: the list goes on after a semicolon or a comma on the next line(s)
    ("b) Cơ quan phối hợp: Vụ Kế hoạch - Tài chính;\nCục Quản lý đo lường; Văn phòng Bộ.",
     ["Vụ Kế hoạch - Tài chính", "Cục Quản lý đo lường", "Văn phòng Bộ"]),
    ("b) Cơ quan phối hợp: Viện Đo lường Việt Nam,\nỦy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
     ["Viện Đo lường Việt Nam", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("b) Đơn vị phối hợp: Cục Quản lý đo lường;\nTrung tâm Thông tin và Thống kê khoa học và công nghệ;\n"
     "Báo Khoa học và Phát triển.",
     ["Cục Quản lý đo lường", "Trung tâm Thông tin và Thống kê khoa học và công nghệ", "Báo Khoa học và Phát triển"]),
    # must not: the next line a bullet of the task's content, or no agency
    ("b) Cơ quan phối hợp: Cục Quản lý đo lường;\n- Biên soạn tài liệu giới thiệu Luật.",
     ["Cục Quản lý đo lường"]),
    ("b) Cơ quan phối hợp: Văn phòng Bộ;\nin và phát hành 5.000 cuốn tài liệu.",
     ["Văn phòng Bộ"]),
    ("b) Cơ quan phối hợp: Viện Đo lường Việt Nam; Văn phòng Bộ.",
     ["Viện Đo lường Việt Nam", "Văn phòng Bộ"]),
])
def test_a_role_labels_list_wrapped_after_a_semicolon_goes_on(lines, partners):
    result = process("plan.txt", PLAN.format(lines=lines).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    task = next(a for a in record["activities"] if a["code"] == "1")
    assert task["lead_agencies"] == ["Vụ Pháp chế"]
    assert task["partner_agencies"] == partners
    assert lines.splitlines()[-1][:12] in result.text[task["span"]["start"]:task["span"]["end"]]
    assert [a["code"] for a in record["activities"]] == ["1", "2"]
