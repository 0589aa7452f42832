"""Round G25's rules, found on hold-out documents of an administrative-reform plan, a province's yearly work programme,
a mass organisation's plan and a ministry's plan (tests/invented/build_g25.py), and on the shapes around them.

- A work programme's table names the body that prepares and submits each content ("Cơ quan trình", "Đơn vị trình",
  "Cơ quan chuẩn bị", "Cơ quan soạn thảo, trình"): it leads the row (task_tables.SUBMITTING_HEAD). Not the level the
  content goes to ("Cấp trình", "Cấp quyết định", "Cơ quan quyết định"): neither lead nor partner.
- Beside a column naming the body that leads, a column naming the person in charge ("Lãnh đạo phụ trách", "Lãnh đạo
  UBND phụ trách", "Đồng chí phụ trách") leads nothing: its cells are a Phó Chủ tịch by name or "Chủ tịch UBND tỉnh"
  (task_tables.PERSON_IN_CHARGE_HEAD). Not: such a column alone ("Thành viên Ban Chỉ đạo phụ trách" as the only
  agency column still leads), nor a unit in charge ("Bộ phận phụ trách", "Đơn vị phụ trách").
- An objective that opens on a year before the plan's period ("Năm 2022, Chỉ số SIPAS đạt 81,2%; năm 2023 phấn đấu
  đạt trên 86%" in a plan for 2023) tells where it starts from: it aims at its level's year or its heading's, not at
  the opening year (objectives.PAST_OPENING_YEAR). Not: an opening year of the plan ("Năm 2024: 100% xã ..." in a plan
  for 2023 - 2025).
- An objective that opens on a range ("- 90 - 95% hồ sơ ...", "- 8 - 9% hộ ...") keeps its low end: two numbers of as
  many digits around the dash, a percent after the second, are no item label "90 -" (objectives.OPENING_RANGE).
  Not: an item labelled "1 - " whose text opens on a percent ("1 - 95% hồ sơ ...").
- A youth union's unit named by its short name after its executive committee ("BCH HUYỆN ĐOÀN X", "BAN CHẤP HÀNH
  TỈNH ĐOÀN Y", "BAN THƯỜNG VỤ THÀNH ĐOÀN Z") is the union of its place: "BCH" is its executive committee there, no
  command (normalizers/data/abbreviations.csv), and the place keeps its capitals (header.issuer_from_caps); where
  the union's name "ĐOÀN TNCS HỒ CHÍ MINH" heads the left column over it (beside the same name on the right), the
  unit under it issues (header.UNION_NAME; 09604da: no issuer). Not: the command of the military ("BCH QUÂN SỰ
  HUYỆN X"), a "Huyện đoàn X" with no board.
- What each member or branch is to give ("mỗi cơ sở Đoàn vận động ủng hộ ít nhất 2.000.000 đồng cho Quỹ ...", "mỗi
  hội viên tiết kiệm 50.000 đồng") is a quota, no sum of the plan (budget_statements.RATE_BEFORE). Not: the plan's
  money from the fund and donations ("Kinh phí ... từ quỹ hội 45.000.000 đồng").
- A lead's "chủ trì" followed by its partners after a semicolon with no "với" ("Ban Phong trào chủ trì; phối hợp
  Trung tâm Văn hóa huyện") names them (normalizers.agencies._WITH_BARE, as after a comma). Not: "chủ trì; phối hợp
  tổ chức ...", which names none.
- A ministry's own units listed by their kinds ("các Tổng cục, Cục", "Các Tổng cục, Cục, Vụ, Thanh tra Bộ", "Các Cục,
  Vụ") are one collective: "các" opens a name before "Tổng cục" as before "Cục" (agencies._AGENCY_NOUN), and a kind
  alone after a comma or "và" goes on with the list, no unit of its own (agencies._BARE_KIND; 09604da: "Cục" alone,
  "Vụ" dropped). Not: named units ("Cục Thuế, Cục Hải quan", "Sở Y tế và Sở Tài chính"), a named body after the kinds
  ("Thanh tra Bộ").
- An indicator table's row whose level is a rank, a climb or a share in words ("Nhóm 15 tỉnh dẫn đầu", "Tăng 3 bậc",
  "Top 10", "2/3 số xã") is an objective with no percent (objectives.RANK_LEVEL; 09604da: the row dropped as a group's
  name). Not: a group's row with empty cells, a level in words with no number ("Đạt chuẩn"), a cell naming a year.
- A sum from one source split by year after "trong đó" ("từ nguồn ngân sách trung ương, tổng cộng N, trong đó: năm
  2014 là A; năm 2015 là B") gives its years that source, as the same in brackets after it does
  (budget_statements, sum_of; 09604da: the years' source "total"). Not: a sum with no source split by year, a part
  naming its own source.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process

PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH BẮC NGÂN
Số: 03/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ngân, ngày 09 tháng 01 năm 2024

CHƯƠNG TRÌNH
Công tác năm 2024 của Ủy ban nhân dân tỉnh

I. MỤC ĐÍCH, YÊU CẦU
1. Xác định các nội dung trình trong năm.
II. NỘI DUNG TRÌNH
{head}
|---|---|---|---|---|---|
| 1 | Đề án phát triển logistics giai đoạn 2024 - 2030 | Sở Công Thương | HĐND tỉnh | {who1} | Tháng 7 |
| 2 | Quyết định ban hành quy chế quản lý khu du lịch | Sở Văn hóa, Thể thao và Du lịch | UBND tỉnh | {who2} | Quý II |

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân tỉnh: theo dõi, đôn đốc.
"""

PEOPLE = ("Phó Chủ tịch Đàm Quang Hưng", "Chủ tịch UBND tỉnh")


def _leads(head: str, people=PEOPLE) -> list[list[str]]:
    text = PROGRAMME.format(head=head, who1=people[0], who2=people[1])
    record = process("chuong-trinh.md", text.encode("utf-8")).record.model_dump(mode="json")
    return [a["lead_agencies"] for a in record["activities"]]


BODIES = [["Sở Công Thương"], ["Sở Văn hóa, Thể thao và Du lịch"]]


@pytest.mark.parametrize("head", [
    "| TT | Nội dung | Cơ quan trình | Cấp quyết định | Lãnh đạo phụ trách | Thời gian trình |",
    "| STT | Nội dung công việc | Đơn vị trình | Cấp trình | Lãnh đạo UBND tỉnh phụ trách | Thời gian |",
    "| TT | Tên văn bản, đề án | Cơ quan chuẩn bị | Cơ quan quyết định | Đồng chí phụ trách | Thời hạn trình |",
    "| TT | Nội dung | Cơ quan soạn thảo, trình | Cấp trình | Lãnh đạo phụ trách | Thời gian |",
    "| TT | Nội dung | Cơ quan chủ trì | Cấp trình | Lãnh đạo phụ trách | Thời gian |",
])
def test_the_body_that_submits_leads_not_the_person_in_charge(head):
    assert _leads(head) == BODIES


@pytest.mark.parametrize("head, people, want", [
    # a person-in-charge column alone still leads (as a Ban Chỉ đạo's member does)
    ("| TT | Nội dung | Ghi chú | Cấp trình | Thành viên Ban Chỉ đạo phụ trách | Thời gian |",
     ("Phòng Kinh tế", "Phòng Nội vụ"), [["Phòng Kinh tế"], ["Phòng Nội vụ"]]),
    # a unit in charge beside the lead is a unit: both lead
    ("| TT | Nội dung | Cơ quan chủ trì | Cấp trình | Bộ phận phụ trách | Thời gian |",
     ("Phòng Kinh tế", "Phòng Nội vụ"),
     [["Sở Công Thương", "Phòng Kinh tế"], ["Sở Văn hóa, Thể thao và Du lịch", "Phòng Nội vụ"]]),
])
def test_person_column_alone_or_a_unit_in_charge_still_leads(head, people, want):
    assert _leads(head, people) == want


def test_the_level_a_content_goes_to_is_no_partner():
    text = PROGRAMME.format(head="| TT | Nội dung | Cơ quan trình | Cấp quyết định | Ghi chú | Thời gian |",
                            who1="", who2="")
    record = process("chuong-trinh.md", text.encode("utf-8")).record.model_dump(mode="json")
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]] == [(b, []) for b in BODIES]


PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG KHÁNH
Số: 28/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Khánh, ngày 20 tháng 02 năm {year}

KẾ HOẠCH
Cải cách hành chính {period}

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng phục vụ người dân, doanh nghiệp.
2. Chỉ tiêu cụ thể
{item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: theo dõi, tổng hợp.
"""


def _objective(item: str, year: int = 2023, period: str = "năm 2023") -> dict:
    text = PLAN.format(item=item, year=year, period=period)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    found = [o for o in record["objectives"] if o["kind"] == "specific"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("item, year", [
    ("- Năm 2022, Chỉ số hài lòng đạt 79,5%; năm 2023 phấn đấu đạt trên 84%.", 2023),
    ("- Năm 2022: tỷ lệ hồ sơ trực tuyến là 38%; năm 2023 đạt 55%.", 2023),
    # (an aim with no year of its own after a past level: the one-year plan's year, session 38)
    ("- Năm 2021, Chỉ số PAPI đạt 42,7 điểm; phấn đấu tăng 2 bậc.", 2023),
])
def test_an_opening_year_before_the_plan_is_where_it_starts(item, year):
    assert _objective(item)["target_year"] == year


@pytest.mark.parametrize("item, year, period", [
    ("- Năm 2024: 100% xã có Bộ phận Một cửa hiện đại.", 2024, "giai đoạn 2023 - 2025"),
    ("- Năm 2023, tỷ lệ hồ sơ trực tuyến đạt trên 60%.", 2023, "năm 2023"),
])
def test_an_opening_year_of_the_plan_is_its_aim(item, year, period):
    assert _objective(item, period=period)["target_year"] == year


@pytest.mark.parametrize("item, values", [
    ("- 90 - 95% hồ sơ được tiếp nhận và trả kết quả trực tuyến.", [90.0, 95.0]),
    ("- 8 - 9% hộ nghèo thoát nghèo.", [8.0, 9.0]),
    ("+ 75 - 80% thôn, tổ dân phố có tổ hòa giải hoạt động hiệu quả.", [75.0, 80.0]),
])
def test_an_opening_range_keeps_its_low_end(item, values):
    objective = _objective(item)
    assert objective["text"].startswith(item[2:8])
    assert [t["value"] for t in objective["targets"] if t["unit"] == "percent"] == values


def test_an_item_labelled_with_a_dash_is_still_labelled():
    objective = _objective("1 - 92% hồ sơ được giải quyết đúng hạn.")
    assert objective["text"].startswith("92%")
    assert [t["value"] for t in objective["targets"]] == [92.0]


UNION = """{left1}ĐOÀN TNCS HỒ CHÍ MINH
{left2}
        ***
Số: 16-KH/ĐTN                             Sơn Khê, ngày 11 tháng 01 năm 2018

KẾ HOẠCH
Công tác Đoàn và phong trào thanh thiếu nhi năm 2018

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng hoạt động của tổ chức Đoàn.
II. CHỈ TIÊU
1. 85% chi đoàn được xếp loại vững mạnh.
III. NHIỆM VỤ
1. Tổ chức Ngày hội thanh niên khởi nghiệp năm 2018
- Ban Phong trào chủ trì; phối hợp Trung tâm Văn hóa - Thể thao huyện, Phòng Lao động - Thương binh và Xã hội.
2. Tổ chức hội trại truyền thống
- Ban Tuyên giáo chủ trì; phối hợp tổ chức với các cơ sở Đoàn.
IV. KINH PHÍ
Kinh phí thực hiện từ quỹ đoàn 45.000.000 đồng; mỗi cơ sở Đoàn vận động ủng hộ ít nhất 1.500.000 đồng cho Quỹ Học bổng
Thắp sáng ước mơ; mỗi đoàn viên tiết kiệm 30.000 đồng.
V. TỔ CHỨC THỰC HIỆN
1. Văn phòng: tổng hợp, báo cáo.
"""


def _union(left1: str, left2: str) -> dict:
    text = UNION.format(left1=left1.ljust(40), left2=left2).replace("\n\n        ***", "\n        ***")
    return process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("left1, left2, name, level", [
    ("TỈNH ĐOÀN VĂN NINH", "BCH HUYỆN ĐOÀN SƠN KHÊ", "Ban Chấp hành Huyện đoàn Sơn Khê", "district"),
    ("BAN CHẤP HÀNH HUYỆN ĐOÀN SƠN KHÊ", "", "Ban Chấp hành Huyện đoàn Sơn Khê", "district"),
    ("BAN THƯỜNG VỤ TỈNH ĐOÀN SƠN KHÊ", "", "Ban Thường vụ Tỉnh đoàn Sơn Khê", "province"),
    # the union's name over the unit in the left column too (header.UNION_NAME)
    ("ĐOÀN TNCS HỒ CHÍ MINH", "BCH HUYỆN ĐOÀN SƠN KHÊ", "Ban Chấp hành Huyện đoàn Sơn Khê", "district"),
])
def test_a_union_by_its_short_name_after_its_board(left1, left2, name, level):
    issuer = _union(left1, left2)["issuer"]
    assert (issuer["name"], issuer["level"], issuer["locality"]) == (name, level, "Sơn Khê")


@pytest.mark.parametrize("left1, left2, name", [
    ("HUYỆN ĐOÀN SƠN KHÊ", "", "Huyện đoàn Sơn Khê"),
    ("UBND HUYỆN SƠN KHÊ", "BCH QUÂN SỰ HUYỆN", "Ban Chỉ huy Quân sự huyện Sơn Khê"),
])
def test_a_union_without_board_and_a_command_stay(left1, left2, name):
    assert _union(left1, left2)["issuer"]["name"] == name


def test_a_quota_each_member_gives_is_no_sum_of_the_plan():
    statements = _union("TỈNH ĐOÀN VĂN NINH", "BCH HUYỆN ĐOÀN SƠN KHÊ")["budget"]["statements"]
    assert [s["amount_vnd"] for s in statements] == [45000000]


def test_partners_after_a_semicolon_with_no_with():
    activities = _union("TỈNH ĐOÀN VĂN NINH", "BCH HUYỆN ĐOÀN SƠN KHÊ")["activities"]
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in activities] == [
        (["Ban Phong trào"], ["Trung tâm Văn hóa - Thể thao huyện", "Phòng Lao động - Thương binh và Xã hội"]),
        (["Ban Tuyên giáo"], []),
    ]


@pytest.mark.parametrize("text, names", [
    ("Các Tổng cục, Cục, Vụ, Thanh tra Bộ", ["Các Tổng cục, Cục, Vụ", "Thanh tra Bộ"]),
    ("các Tổng cục, Cục", ["các Tổng cục, Cục"]),
    ("Các Cục, Vụ", ["Các Cục, Vụ"]),
    ("Các Vụ, Cục, Văn phòng Bộ", ["Các Vụ, Cục", "Văn phòng Bộ"]),
    ("Các Tổng cục, Cục và Vụ", ["Các Tổng cục, Cục và Vụ"]),
])
def test_a_ministrys_units_by_their_kinds_are_one_collective(text, names):
    assert split_agencies(text) == names


@pytest.mark.parametrize("text, names", [
    ("Cục Trồng trọt, Cục Bảo vệ thực vật", ["Cục Trồng trọt", "Cục Bảo vệ thực vật"]),
    ("Vụ Pháp chế và Vụ Hợp tác quốc tế", ["Vụ Pháp chế", "Vụ Hợp tác quốc tế"]),
    ("Sở Xây dựng, Sở Tài chính và Công an tỉnh", ["Sở Xây dựng", "Sở Tài chính", "Công an tỉnh"]),
])
def test_named_units_stay_apart(text, names):
    assert split_agencies(text) == names


MINISTRY = """BỘ CÔNG THƯƠNG                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
Số: 2215/KH-BCT                               Hà Nội, ngày 14 tháng 4 năm 2015

KẾ HOẠCH
Chuyển đổi số hồ sơ công việc của Bộ Công Thương năm 2015

I. NHIỆM VỤ
1. Số hóa hồ sơ lưu trữ của các đơn vị
- Văn phòng Bộ chủ trì, phối hợp với các Tổng cục, Cục.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Bộ: theo dõi, tổng hợp.
2. Các Tổng cục, Cục, Vụ, Thanh tra Bộ: xây dựng kế hoạch của đơn vị.
"""


def test_a_ministrys_units_as_partners_and_responsible():
    record = process("ke-hoach.txt", MINISTRY.encode("utf-8")).record.model_dump(mode="json")
    assert [a["partner_agencies"] for a in record["activities"]] == [["Các Tổng cục, Cục"]]
    assert [r["agency"] for r in record["responsibilities"]] == ["Văn phòng Bộ", "Các Tổng cục, Cục, Vụ", "Thanh tra Bộ"]


TABLE = """| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 |
|---|---|---|---|
| I | Nhóm chỉ tiêu về cải cách hành chính | | |
| 1 | Chỉ số hài lòng của người dân, tổ chức | % | ≥ 86 |
| 2 | {label} | {unit} | {level} |
"""


@pytest.mark.parametrize("label, unit, level", [
    ("Xếp hạng Chỉ số cải cách hành chính (PAR INDEX)", "Thứ hạng", "Nhóm 20 tỉnh dẫn đầu"),
    ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Bậc", "Tăng ít nhất 2 bậc"),
    ("Chỉ số Hiệu quả quản trị và hành chính công (PAPI)", "Thứ hạng", "Top 10"),
    ("Số phường có Bộ phận Một cửa hiện đại", "phường", "3/4 số phường"),
])
def test_a_rank_row_is_an_objective_with_no_percent(label, unit, level):
    text = PLAN.format(item=TABLE.format(label=label, unit=unit, level=level), year=2023, period="năm 2023")
    record = process("ke-hoach.md", text.encode("utf-8")).record.model_dump(mode="json")
    rows = [(o["text"], [t["value"] for t in o["targets"] if t["unit"] == "percent"]) for o in record["objectives"]
            if o["kind"] == "specific"]
    assert rows == [("Chỉ số hài lòng của người dân, tổ chức", [86.0]), (label, [])]


@pytest.mark.parametrize("label, unit, level", [
    ("Xã đạt chuẩn tiếp cận pháp luật", "xã", "Đạt chuẩn"),
    ("Thời điểm hoàn thành số hóa", "năm", "Năm 2023"),
    ("Nhóm chỉ tiêu về chính quyền số", "", ""),
])
def test_a_level_in_words_or_a_year_or_a_group_is_none(label, unit, level):
    text = PLAN.format(item=TABLE.format(label=label, unit=unit, level=level), year=2023, period="năm 2023")
    record = process("ke-hoach.md", text.encode("utf-8")).record.model_dump(mode="json")
    assert [o["text"] for o in record["objectives"] if o["kind"] == "specific"] == [
        "Chỉ số hài lòng của người dân, tổ chức"]


MONEY = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 905/KH-BVHTTDL                         Hà Nội, ngày 09 tháng 3 năm 2018

KẾ HOẠCH
Bảo tồn di sản văn hóa phi vật thể giai đoạn 2018 - 2020

I. MỤC ĐÍCH
1. Bảo tồn, phát huy giá trị di sản.
II. KINH PHÍ
{money}
III. TỔ CHỨC THỰC HIỆN
1. Cục Di sản văn hóa: theo dõi, tổng hợp.
"""


def _statements(money: str) -> list[tuple]:
    record = process("ke-hoach.txt", MONEY.format(money=money).encode("utf-8")).record.model_dump(mode="json")
    return [(s["source"], s["year"], s["amount_vnd"]) for s in record["budget"]["statements"]]


def test_a_sources_sum_split_by_year_gives_its_years_the_source():
    assert _statements("Kinh phí thực hiện từ nguồn ngân sách trung ương, tổng cộng 9.300 triệu đồng, trong đó: năm "
                       "2018 là 2.700 triệu đồng; năm 2019 là 3.100 triệu đồng; năm 2020 là 3.500 triệu đồng.") == [
        ("central", None, 9300000000), ("central", 2018, 2700000000), ("central", 2019, 3100000000),
        ("central", 2020, 3500000000)]


@pytest.mark.parametrize("money, want", [
    ("Tổng kinh phí 9.300 triệu đồng, trong đó: năm 2018 là 2.700 triệu đồng; năm 2019 là 6.600 triệu đồng.",
     [("total", None, 9300000000), ("total", 2018, 2700000000), ("total", 2019, 6600000000)]),
    ("Tổng kinh phí 9.300 triệu đồng, trong đó: ngân sách trung ương 7.000 triệu đồng; ngân sách địa phương 2.300 "
     "triệu đồng.", [("total", None, 9300000000), ("central", None, 7000000000), ("local", None, 2300000000)]),
])
def test_a_sum_with_no_source_or_parts_by_source_stay(money, want):
    assert _statements(money) == want
