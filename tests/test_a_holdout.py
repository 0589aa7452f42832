"""Hold-out round A: the shapes its documents showed that the code missed, each with rows that must
match and rows that must not (names and numbers of our own)."""

from __future__ import annotations

import pytest

from tests.extractors.test_budget_tables import budget_of

# a targets table whose levels carry a bound sign ("≥ 95", "≤ 3") in every cell: its rows are body
# rows, not more header rows, so the table stays one of indicators ("%" per row) and counts no money
TARGETS = ("<p>2. Mục tiêu cụ thể</p><table>"
           "<tr><td>TT</td><td>Chỉ tiêu</td><td>Đơn vị tính</td><td>Năm 2025</td><td>Năm 2026</td></tr>"
           "<tr><td>1</td><td>Tỷ lệ xã đạt chuẩn quốc gia về y tế</td><td>%</td><td>{a}</td><td>{b}</td></tr>"
           "<tr><td>2</td><td>Tỷ lệ hộ dùng nước sạch</td><td>%</td><td>{c}</td><td>{d}</td></tr>"
           "<tr><td>3</td><td>Số trạm y tế được nâng cấp</td><td>trạm</td><td>12</td><td>18</td></tr></table>")


@pytest.mark.parametrize("a,b,c,d", [
    ("≥ 85", "≥ 90", "≥ 70", "≥ 75"),     # must match: floors
    ("≤ 4", "≤ 3", "≤ 2,5", "≤ 2"),       # must match: ceilings
    (">80", ">85", "<10", "<8"),          # must match: no space after the sign
    ("≥ 85%", "≥ 90%", "≥ 70%", "≥ 75%"),  # must match: the percent sign in the cell
    ("85", "90", "70", "75"),             # must not change: bare levels
])
def test_bounded_levels_keep_a_targets_table_out_of_the_budget(a, b, c, d):
    out = budget_of(TARGETS.format(a=a, b=b, c=c, d=d), "plan.html")
    assert out["items"] == [] and out["tables"] == []


# must not: a budget table still counts its amounts, and a header row of signs and words stays a header
BUDGET = ("<p>DỰ TOÁN KINH PHÍ</p><p>ĐVT: triệu đồng</p><table>"
          "<tr><td>TT</td><td>Nội dung</td><td>Tổng cộng</td><td>Năm 2025</td><td>Năm 2026</td></tr>"
          "<tr><td>{code}</td><td>{label}</td><td>{t}</td><td>{x}</td><td>{y}</td></tr>"
          "<tr><td>1</td><td>Tập huấn cán bộ y tế xã</td><td>300</td><td>140</td><td>160</td></tr></table>")


@pytest.mark.parametrize("code,label,t,x,y,first", [
    ("", "(≥ mức)", "(1)", "(2)", "(3)", 300_000_000),      # a numbering row under the header: no body row
    ("A", "Chi thường xuyên", "300", "140", "160", 300_000_000),
])
def test_budget_rows_unchanged(code, label, t, x, y, first):
    out = budget_of(BUDGET.format(code=code, label=label, t=t, x=x, y=y), "plan.html")
    totals = [i["amount_vnd"] for i in out["items"] if i["year"] is None]
    assert totals and totals[0] == first


# a unit named for what it registers, "Đăng ký" in capitals ("Văn phòng Đăng ký đất đai", "Phòng Đăng ký
# kinh doanh"): its "ký" is part of the name, as after a lower-case "đăng"; a "ký" after a name is the verb
from normalizers.agencies import leading_agency  # noqa: E402


@pytest.mark.parametrize("text,agency", [
    ("Văn phòng Đăng ký quyền sử dụng đất huyện: hướng dẫn hồ sơ, rút ngắn thời gian.",
     "Văn phòng Đăng ký quyền sử dụng đất huyện"),                             # must match
    ("Phòng Đăng ký kinh doanh hướng dẫn doanh nghiệp đăng ký trực tuyến.", "Phòng Đăng ký kinh doanh"),
    ("Chi nhánh Văn phòng Đăng ký đất đai thị xã: cập nhật biến động đất đai.",
     "Chi nhánh Văn phòng Đăng ký đất đai thị xã"),
    ("Sở Tư pháp ký kết quy chế phối hợp với Công an tỉnh.", "Sở Tư pháp"),    # must not: the verb
    ("Phòng Tài chính - Kế hoạch ký hợp đồng với đơn vị tư vấn.", "Phòng Tài chính - Kế hoạch"),
])
def test_a_registry_office_keeps_its_name(text, agency):
    start, end = leading_agency(text)
    assert text[start:end] == agency


# a budget table by commune or unit: "TT | Đơn vị | Tổng cộng | <sources>" names in its "Đơn vị" column the
# body each row is about (its label), not a unit of measure; after a label column "Đơn vị" is the unit
PER_UNIT = ("<p>BẢNG PHÂN BỔ KINH PHÍ CHO CÁC XÃ</p><p>Đơn vị tính: triệu đồng</p><table>"
            "<tr><td>TT</td><td>{head}</td><td>Tổng cộng</td><td>Ngân sách huyện</td><td>Ngân sách xã</td></tr>"
            "<tr><td>1</td><td>Xã Phước Hưng</td><td>240</td><td>160</td><td>80</td></tr>"
            "<tr><td>2</td><td>Thị trấn Long Điền</td><td>90</td><td>60</td><td>30</td></tr>"
            "<tr><td></td><td>Tổng cộng</td><td>330</td><td>220</td><td>110</td></tr></table>")


@pytest.mark.parametrize("head", ["Đơn vị", "Đơn vị, địa phương", "Đơn vị/địa phương", "ĐƠN VỊ"])
def test_a_per_unit_budget_table_labels_its_rows(head):
    out = budget_of(PER_UNIT.format(head=head), "plan.html")
    labels = {(i["row_code"], i["row_label"]) for i in out["items"]}
    assert labels == {("1", "Xã Phước Hưng"), ("2", "Thị trấn Long Điền"), (None, "Tổng cộng")}
    assert sorted(i["amount_vnd"] for i in out["items"] if i["row_code"] == "1") == [80_000_000, 160_000_000,
                                                                                      240_000_000]


# must not: after the label column "Đơn vị" is the unit of measure
COSTS = ("<p>DỰ TOÁN KINH PHÍ</p><p>Đơn vị tính: đồng</p><table>"
         "<tr><td>TT</td><td>{label}</td><td>{unit}</td><td>Số lượng</td><td>Đơn giá</td><td>Thành tiền</td></tr>"
         "<tr><td>1</td><td>In tờ rơi tuyên truyền</td><td>tờ</td><td>2.000</td><td>1.500</td><td>3.000.000</td></tr>"
         "<tr><td>2</td><td>Thuê loa đài lưu động</td><td>buổi</td><td>10</td><td>500.000</td><td>5.000.000</td></tr>"
         "</table>")


@pytest.mark.parametrize("label,unit", [("Nội dung", "Đơn vị"), ("Nội dung chi", "Đơn vị tính"), ("Hạng mục", "ĐVT")])
def test_a_unit_column_after_the_label_stays_a_unit(label, unit):
    out = budget_of(COSTS.format(label=label, unit=unit), "plan.html")
    assert {(i["row_code"], i["row_label"], i["amount_vnd"]) for i in out["items"]} == {
        ("1", "In tờ rơi tuyên truyền", 3_000_000), ("2", "Thuê loa đài lưu động", 5_000_000)}


# a targets table whose columns are not years but the groups a level is set for (school levels, localities):
# "Chỉ tiêu | Mầm non | Tiểu học | THCS"; each such column a target (no year of its own: the section's, the
# plan's: a one-year plan's year, session 38), "(%)" in the label its unit
from extractors.document import build_document  # noqa: E402
from extractors.fields.objectives import extract_objectives  # noqa: E402
from extractors.formats import read  # noqa: E402
from extractors.segment import outline  # noqa: E402


def _specific(table: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nHUYỆN BÌNH LONG\n\nSố: 12/KH-UBND\n\nBình Long, ngày 8 tháng 1 năm 2026\n\nKẾ HOẠCH\n\n"
            "Phát triển giáo dục huyện Bình Long năm 2026\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao chất lượng.\n\n"
            f"2. Chỉ tiêu cụ thể\n\n{table}\n\nII. NHIỆM VỤ\n\n1. Tuyên truyền.\n")
    doc = build_document(read(text.encode(), "plan.md"))
    return [(o["text"], o["target_year"], [(t["value"], t["unit"]) for t in o["targets"]])
            for o in extract_objectives(doc, outline(doc), period={"start_year": 2026, "end_year": 2026})
            if o["kind"] == "specific"]


GROUP_COLUMNS = [
    # must match: school levels, the unit in the label
    ("| TT | Chỉ tiêu | Mầm non | Tiểu học | THCS |\n|---|---|---|---|---|\n"
     "| 1 | Tỷ lệ trường đạt chuẩn quốc gia (%) | 64 | 80,5 | 71 |\n| 2 | Số lớp học mới (lớp) | 6 | 9 | 4 |",
     [("Tỷ lệ trường đạt chuẩn quốc gia (%)", 2026, [(64.0, "percent"), (80.5, "percent"), (71.0, "percent")]),
      ("Số lớp học mới (lớp)", 2026, [(6.0, "lớp"), (9.0, "lớp"), (4.0, "lớp")])]),
    # must match: localities, the unit in its own column
    ("| STT | Chỉ tiêu | ĐVT | Xã Tân An | Xã Phú Mỹ |\n|---|---|---|---|---|\n"
     "| 1 | Tỷ lệ hộ dùng nước sạch | % | 92 | 88 |",
     [("Tỷ lệ hộ dùng nước sạch", 2026, [(92.0, "percent"), (88.0, "percent")])]),
    # must not: columns of results and notes set no level
    ("| TT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Ghi chú |\n|---|---|---|---|---|\n"
     "| 1 | Tỷ lệ hộ dùng nước sạch | % | 86 | Ước đạt |", []),
    # must not change: a column by year keeps its year
    ("| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 |\n|---|---|---|---|---|\n"
     "| 1 | Tỷ lệ hộ dùng nước sạch | % | 90 | 93 |",
     [("Tỷ lệ hộ dùng nước sạch", 2027, [(90.0, "percent"), (93.0, "percent")])]),
]


@pytest.mark.parametrize("table,expected", GROUP_COLUMNS, ids=[t[0][:40] for t in GROUP_COLUMNS])
def test_targets_by_group_columns(table, expected):
    assert _specific(table) == expected


# "chỉ tiêu chủ yếu" numbered again from 1 under a numbered heading ("2. Các chỉ tiêu chủ yếu đến năm 2030" /
# "1. ..." / "2. ..."), as a Party committee's programme writes them: the restarted items are that heading's
# objectives (the outline reads them as its siblings); numbering that goes on ("3.") is no item of it
def _objectives_of(body: str) -> list[tuple]:
    text = ("HUYỆN ỦY SƠN HÀ\n\nSố 14-CTr/HU\n\nSơn Hà, ngày 5 tháng 7 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\n"
            f"thực hiện Nghị quyết về phát triển du lịch\n\nI. MỤC TIÊU\n\n{body}\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"
            "1. Tuyên truyền, quán triệt Nghị quyết.\n")
    doc = build_document(read(text.encode(), "plan.md"))
    return [(o["kind"], o["text"][:30].rstrip(), [t["value"] for t in o["targets"] if t["unit"] == "percent"])
            for o in extract_objectives(doc, outline(doc))]


RESTARTED = [
    ("1. Mục tiêu tổng quát\n\nPhát triển du lịch thành ngành kinh tế quan trọng.\n\n2. Các chỉ tiêu chủ yếu đến năm 2025\n\n"
     "1. Lượng khách du lịch tăng bình quân 12%/năm.\n\n2. Tỷ lệ lao động du lịch qua đào tạo đạt 70%.",
     [("general", "Phát triển du lịch thành ngành", []), ("specific", "Lượng khách du lịch tăng bình", [12.0]),
      ("specific", "Tỷ lệ lao động du lịch qua đào", [70.0])]),
    ("1. Mục tiêu chung\n\nPhát triển du lịch bền vững.\n\n2. Chỉ tiêu cụ thể\n\n1. Có 3 điểm du lịch cộng đồng.\n\n"
     "2. 100% cơ sở lưu trú đạt chuẩn.\n\n3. Doanh thu du lịch tăng 15%/năm.",
     [("general", "Phát triển du lịch bền vững.", []), ("specific", "Có 3 điểm du lịch cộng đồng.", []),
      ("specific", "100% cơ sở lưu trú đạt chuẩn.", [100.0]), ("specific", "Doanh thu du lịch tăng 15%/năm", [15.0])]),
    # must not: the numbering goes on after the targets' heading: "3." is a section of its own
    ("1. Mục tiêu chung\n\nPhát triển du lịch bền vững.\n\n2. Chỉ tiêu cụ thể\n\n- Doanh thu du lịch tăng 15%/năm.\n\n"
     "3. Phạm vi thực hiện\n\nTrên địa bàn 12 xã, có 40% xã vùng cao.",
     [("general", "Phát triển du lịch bền vững.", []), ("specific", "Doanh thu du lịch tăng 15%/năm", [15.0])]),
]


@pytest.mark.parametrize("body,expected", RESTARTED, ids=["tong-quat", "cu-the", "goes-on"])
def test_targets_numbered_again_under_their_heading(body, expected):
    assert _objectives_of(body) == expected


# the Party's shorthand "các chi, đảng bộ" (its cells and committees, "chi bộ" cut to "chi" before the comma)
# opens an assignment as "các chi bộ, đảng bộ" does; "chi" alone is the verb or the noun "chi" (spending)
@pytest.mark.parametrize("text,agency", [
    ("Các chi, đảng bộ cơ sở: xây dựng chương trình, kế hoạch thực hiện.", "Các chi, đảng bộ cơ sở"),   # must match
    ("Các chi, đảng bộ trực thuộc Huyện ủy quán triệt Nghị quyết.", "Các chi, đảng bộ trực thuộc Huyện ủy"),
    ("Các chi bộ, đảng bộ cơ sở: tổ chức học tập.", "Các chi bộ, đảng bộ cơ sở"),                      # unchanged
    ("Các chi phí hợp lý được thanh toán theo quy định.", None),                                      # must not
    ("Các chi, ngành phối hợp thực hiện.", None),
])
def test_the_partys_cells_and_committees(text, agency):
    found = leading_agency(text)
    assert (text[found[0]:found[1]] if found else None) == agency


# a steering committee's task table "Thành viên Ban Chỉ đạo phụ trách": its column is the lead's, each cell a
# member by office with the member's place in the committee after a dash ("Trưởng phòng Công thương - Thành
# viên"): the body the office heads, without that place; a dash inside a name stays
from extractors.fields.task_tables import roles_of  # noqa: E402
from normalizers.agencies import canonical, split_agencies  # noqa: E402


@pytest.mark.parametrize("head,role", [
    ("Thành viên Ban Chỉ đạo phụ trách", "lead"), ("Lãnh đạo phụ trách", "lead"), ("Người phụ trách", "lead"),
    ("Phụ trách", "lead"),
    ("Lĩnh vực phụ trách", "other"), ("Địa bàn phụ trách", "other"),  # must not: a member's field or area
])
def test_the_member_in_charge_column(head, role):
    roles = roles_of([["TT", "Nội dung nhiệm vụ", head, "Đơn vị phối hợp", "Thời gian"]])
    assert roles is not None and roles[2] == role


@pytest.mark.parametrize("cell,names", [
    ("Trưởng phòng Tài chính - Kế hoạch - Thành viên", ["Phòng Tài chính - Kế hoạch"]),              # must match
    ("Trưởng phòng Nông nghiệp và Môi trường - Phó Trưởng ban Thường trực", ["Phòng Nông nghiệp và Môi trường"]),
    ("Chủ tịch Ủy ban Mặt trận Tổ quốc huyện - Ủy viên Ban Chỉ đạo", ["Ủy ban Mặt trận Tổ quốc huyện"]),
    ("Giám đốc Sở Lao động - Thương binh và Xã hội - Trưởng ban", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Phòng Tài chính - Kế hoạch", ["Phòng Tài chính - Kế hoạch"]),                                   # must not
    ("Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Văn phòng Ban Chỉ đạo", ["Văn phòng Ban Chỉ đạo"]),
])
def test_a_members_place_in_the_committee_is_no_part_of_the_name(cell, names):
    assert [canonical(n) for n in split_agencies(cell)] == names


# a commune named for a real place and a word more ("xã Tam Thanh Lâm", "Tam Thanh" a real commune elsewhere): the
# place line before ", ngày" writes the name in full, and the issuer's locality is that name, not the real prefix
from extractors.fields.header import extract_header  # noqa: E402


@pytest.mark.parametrize("body,place,locality", [
    ("XÃ TAM THANH LÂM", "Tam Thanh Lâm", "Tam Thanh Lâm"),        # must match
    ("XÃ HÒA BÌNH TRUNG", "Hòa Bình Trung", "Hòa Bình Trung"),
    ("XÃ TAM THANH", "Tam Thanh", "Tam Thanh"),                    # must not change: the place is the real name
    ("HUYỆN MƯỜNG KHƯƠNG", "Mường Khương", "Mường Khương"),
])
def test_the_place_line_writes_the_locality_in_full(body, place, locality):
    text = (f"ỦY BAN NHÂN DÂN\n{body}\n-------\nSố: 41/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\n\n{place}, ngày 12 tháng 3 năm 2014\n\nKẾ HOẠCH\n\nPhòng cháy, chữa cháy rừng\n\n"
            "I. MỤC TIÊU\n\nBảo vệ rừng.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    header = extract_header(doc)
    assert (header["place"], header["issuer"]["locality"]) == (place, locality)


# the forest ranger of a commune's area, "Kiểm lâm địa bàn" (also "Kiểm lâm phụ trách địa bàn"), opens an assignment
# as "Kiểm lâm huyện" does; a ranger written in lower case in a sentence does not
@pytest.mark.parametrize("text,agency", [
    ("Kiểm lâm địa bàn: hướng dẫn nghiệp vụ, kiểm tra các hộ nhận khoán.", "Kiểm lâm địa bàn"),              # must match
    ("Kiểm lâm phụ trách địa bàn: tham mưu Ủy ban nhân dân xã.", "Kiểm lâm phụ trách địa bàn"),
    ("Kiểm lâm huyện: kiểm tra việc đốt nương.", "Kiểm lâm huyện"),                                       # unchanged
    ("Kiểm lâm trên địa bàn đã phát hiện 3 vụ vi phạm.", None),                                          # must not
])
def test_the_rangers_of_the_area(text, agency):
    found = leading_agency(text)
    assert (text[found[0]:found[1]] if found else None) == agency
