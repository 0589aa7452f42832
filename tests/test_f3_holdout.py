"""Hold-out round F3 (more unseen documents of the dev set's kinds, other shapes than E3): the shapes its invented
documents (tests/invented/raw/f3_*) showed, each with rows that must match and rows that must not (other names,
places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.responsibilities import agency_of
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


def _tasks(text: str, name: str = "plan.txt") -> list[tuple]:
    doc = _doc(text, name)
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


# A task section with no numbered item, only dash bullets (under unnumbered phase lines or none), each naming who
# leads it: each bullet is a task, without a code, its title its first clause. Bullets that name no lead are the
# section's description.
PHASED = ("ỦY BAN NHÂN DÂN\n\nHUYỆN ĐÔNG GIANG\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nTổ chức Tháng hành động năm 2024\n\n"
          "I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm thiết thực, hiệu quả.\n\nII. NỘI DUNG THỰC HIỆN\n\n{body}\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan triển khai Kế hoạch này.\n")


@pytest.mark.parametrize("body, want", [
    ("Đợt 1 (tháng 4 - 5/2024):\n\n- Phòng Y tế chủ trì tổ chức lễ phát động; hoàn thành trước ngày 30/4/2024.\n\n"
     "- Giao Công an huyện bảo đảm an ninh tại các điểm tổ chức.\n\nĐợt 2 (tháng 9/2024):\n\n"
     "- Trung tâm Văn hóa huyện chủ trì, phối hợp với Huyện đoàn tổ chức hội thi tìm hiểu pháp luật.",
     [("", "Phòng Y tế chủ trì tổ chức lễ phát động", ["Phòng Y tế"], []),
      ("", "Giao Công an huyện bảo đảm an ninh tại các điểm tổ chức", ["Công an huyện"], []),
      ("", "Trung tâm Văn hóa huyện chủ trì, phối hợp với Huyện đoàn tổ chức hội thi tìm hiểu pháp luật",
       ["Trung tâm Văn hóa huyện"], ["Huyện đoàn"])]),
    # a report's tasks with the agency in brackets at the end, named with a role or alone
    ("- Hoàn thành sắp xếp các đơn vị sự nghiệp công lập (Sở Nội vụ chủ trì).\n\n"
     "- Tăng cường thanh tra công vụ (Sở Nội vụ, Thanh tra tỉnh).",
     [("", "Hoàn thành sắp xếp các đơn vị sự nghiệp công lập", ["Sở Nội vụ"], []),
      ("", "Tăng cường thanh tra công vụ", ["Sở Nội vụ", "Thanh tra tỉnh"], [])]),
    # must not: bullets that name no lead (a description of what the section covers)
    ("- Tuyên truyền về an toàn thực phẩm trên các phương tiện thông tin đại chúng.\n\n"
     "- Tổ chức các hoạt động văn nghệ, thể thao (kéo co, đẩy gậy, bắn nỏ).\n\n"
     "- Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm.", []),
    # must not: one bullet of three names a lead
    ("- Tuyên truyền về an toàn thực phẩm.\n\n- Phòng Y tế chủ trì kiểm tra các bếp ăn tập thể.\n\n"
     "- Tổ chức hội nghị tổng kết.", []),
])
def test_dash_bullets_that_name_their_leads_are_tasks(body, want):
    assert _tasks(PHASED.format(body=body)) == want


# An agency's name ends before what it does: "Phòng Kế hoạch - Tài chính cấp phát ..."
@pytest.mark.parametrize("text, agency", [
    ("Phòng Kế hoạch - Tài chính cấp phát kinh phí theo quy định.", "Phòng Kế hoạch - Tài chính"),
    ("Sở Tài chính cấp phát, thanh quyết toán kinh phí.", "Sở Tài chính"),
    # must still: a name that holds no verb
    ("Trung tâm Y tế dự phòng tỉnh tổ chức giám sát dịch tễ.", "Trung tâm Y tế dự phòng tỉnh"),
])
def test_an_agency_name_ends_before_its_verb(text, agency):
    assert agency_of(text)[0] == agency


# An indicator table's rows read without their header (a chunk cut mid-table: "| 12 | Tỷ lệ che phủ rừng | % | 41,5 |
# 41,8 | 42 | Sở X |") are targets with the agency that leads them, no tasks; a task table's rows read without their
# header are tasks.
@pytest.mark.parametrize("rows, codes", [
    ("| 5 | Tỷ lệ xã đạt chuẩn nông thôn mới | % | 60 | 65 | 70 | Sở Nông nghiệp và Môi trường |\n"
     "| 6 | Số giường bệnh trên 10.000 dân | Giường | 32 | 33 | 34 | Sở Y tế |\n"
     "| 7 | Tỷ lệ dân số được quản lý sức khỏe | % | 90 | 92,5 | 95 | Sở Y tế |\n", []),
    # must still: a task table's rows (task, agencies, deadline)
    ("| 5 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Năm 2026 |\n"
     "| 6 | Số hóa hồ sơ bệnh án | Sở Y tế | Các bệnh viện | Năm 2027 |\n"
     "| 7 | Nâng cấp cổng dịch vụ công | Văn phòng Ủy ban nhân dân tỉnh | Sở Tài chính | Năm 2026 |\n", ["5", "6", "7"]),
    # must still: a task table's rows with a unit-like short column but no yearly figures
    ("| 5 | Tập huấn cán bộ y tế xã | Lớp | Sở Y tế | Quý II |\n| 6 | Kiểm tra bếp ăn tập thể | Đợt | Sở Y tế | Quý III |\n"
     "| 7 | Giám sát dịch tễ | Đợt | Sở Y tế | Quý IV |\n", ["5", "6", "7"]),
])
def test_indicator_rows_without_a_header_are_no_tasks(rows, codes):
    assert [c for c, *_ in _tasks(rows, "chunk.md")] == codes


# "Bộ đội Biên phòng tỉnh X" (the force of a province, named without its command) is of a province's department's
# rank, as "Bộ Chỉ huy ..." is; a "Bộ" that is a ministry stays one.
@pytest.mark.parametrize("name, parts", [
    ("Bộ đội Biên phòng tỉnh Quảng Thạch", ("department", "Quảng Thạch")),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Thạch", ("department", "Quảng Thạch")),
    # must still: ministries
    ("Bộ Quốc phòng", ("ministry", None)),
    ("Bộ Nông nghiệp và Môi trường", ("ministry", None)),
])
def test_a_provinces_border_force_is_no_ministry(name, parts):
    from extractors.fields.header import issuer_parts
    assert issuer_parts(name) == parts


# The same rows are the chunk's objectives: one per row, its figures the levels (percent where the unit says "%"),
# of no year the chunk states; a task table's rows or a budget's rows without a header are none.
@pytest.mark.parametrize("rows, want", [
    ("| 5 | Tỷ lệ xã đạt chuẩn nông thôn mới | % | 60 | 65 | 70 | Sở Nông nghiệp và Môi trường |\n"
     "| 6 | Số giường bệnh trên 10.000 dân | Giường | 32 | 33 | 34 | Sở Y tế |\n"
     "| 7 | Tỷ lệ dân số được quản lý sức khỏe | % | 90 | 92,5 | 95 | Sở Y tế |\n",
     [("Tỷ lệ xã đạt chuẩn nông thôn mới", None, [60.0, 65.0, 70.0]), ("Số giường bệnh trên 10.000 dân", None, []),
      ("Tỷ lệ dân số được quản lý sức khỏe", None, [90.0, 92.5, 95.0])]),
    # must not: a task table's rows
    ("| 5 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Năm 2026 |\n"
     "| 6 | Số hóa hồ sơ bệnh án | Sở Y tế | Các bệnh viện | Năm 2027 |\n"
     "| 7 | Nâng cấp cổng dịch vụ công | Văn phòng Ủy ban nhân dân tỉnh | Sở Tài chính | Năm 2026 |\n", []),
    # must not: a budget's rows (no unit column)
    ("| 1 | Huyện Tân Phú | 1.200 | 1.500 | 1.800 |\n| 2 | Huyện Định Quán | 950 | 1.100 | 1.300 |\n"
     "| 3 | Huyện Vĩnh Cửu | 700 | 820 | 900 |\n", []),
])
def test_indicator_rows_without_a_header_are_objectives(rows, want):
    from extractors.fields.objectives import extract_objectives
    doc = _doc(rows, "chunk.md")
    got = extract_objectives(doc, outline(doc), None)
    assert [(o["text"], o["target_year"], [t["value"] for t in o["targets"] if t["unit"] == "percent"])
            for o in got] == want


# A joint plan's two signatures set before its recipients: each signing body's name in capitals over its signer's
# title is a signature, not a body given duties; a body's name in capitals over its duties is one.
JOINT = ("CÔNG AN TỈNH HÀ GIANG\n\nSố: 07/KHLN-CA-BĐBP\n\nKẾ HOẠCH LIÊN NGÀNH\n\nPhối hợp tuần tra biên giới năm 2025\n\n"
         "I. NỘI DUNG\n\n1. Tuần tra chung hằng quý.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Tham mưu Công an tỉnh là cơ quan "
         "thường trực.\n\n2. Định kỳ sơ kết.\n\n{end}\n\nNơi nhận:\n\n- UBND tỉnh;\n\n- Lưu: VT.\n")


@pytest.mark.parametrize("end, agencies", [
    ("BỘ CHỈ HUY BĐBP TỈNH\n\nCHỈ HUY TRƯỞNG\n\nĐại tá Lò Văn Sơn\n\nCÔNG AN TỈNH\n\nGIÁM ĐỐC\n\nĐại tá Hà Minh Đức",
     ["Phòng Tham mưu Công an tỉnh"]),
    ("CÔNG AN TỈNH\n\nKT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nĐại tá Hà Minh Đức", ["Phòng Tham mưu Công an tỉnh"]),
    # must still: a body's name in capitals with its duties after it
    ("CÔNG AN TỈNH\n\nChủ trì tuần tra trên các tuyến trọng điểm.", ["Phòng Tham mưu Công an tỉnh", "CÔNG AN TỈNH"]),
])
def test_a_signing_bodys_name_is_no_responsibility(end, agencies):
    from extractors.fields.responsibilities import extract_responsibilities
    doc = _doc(JOINT.format(end=end))
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == agencies


# A later clause of a responsibility item that names another standing body ("...; Phòng Y là cơ quan thường trực
# của ...") is that body's record too; a later clause of the item's own duties is not.
@pytest.mark.parametrize("item, agencies", [
    ("1. Giao Phòng Tham mưu Công an tỉnh là cơ quan thường trực của Công an tỉnh; Phòng Trinh sát Bộ đội Biên phòng "
     "tỉnh là cơ quan thường trực của Bộ đội Biên phòng tỉnh.",
     ["Phòng Tham mưu Công an tỉnh", "Phòng Trinh sát Bộ đội Biên phòng tỉnh"]),
    ("1. Sở Nội vụ là đầu mối tổng hợp; Văn phòng Ủy ban nhân dân tỉnh là đơn vị phối hợp.",
     ["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"]),
    # must not: later clauses of the item's own duties
    ("1. Sở Nội vụ là cơ quan thường trực; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.", ["Sở Nội vụ"]),
    ("1. Sở Y tế chủ trì triển khai; Trung tâm Y tế các huyện bố trí cán bộ tham gia.", ["Sở Y tế"]),
])
def test_a_later_standing_body_is_a_responsibility(item, agencies):
    from extractors.fields.responsibilities import extract_responsibilities
    doc = _doc(JOINT.format(end="").replace("1. Phòng Tham mưu Công an tỉnh là cơ quan thường trực.", item))
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == agencies
