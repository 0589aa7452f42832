"""Hold-out round H3 (reports and letters full of figures that are not plans): the shapes its
invented documents (tests/invented/raw/h3_*) exposed, each with rows that must match and rows that
must not (other names and numbers than the documents)."""

from __future__ import annotations

import pytest

from tests.extractors.test_budget_tables import budget_of

# a report's results table "Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%)" counts households,
# people, houses: its "Tỷ lệ" header is a ratio, not "tỷ" (đồng), so the table holds no money; a
# table whose header says "(tỷ)" or "tỷ đồng" still does
RESULTS_TABLE = ("<p>{title}</p><table>"
                 "<tr><td>STT</td><td>Chỉ tiêu</td><td>{unit_head}</td><td>{plan}</td><td>Thực hiện</td><td>{ratio}</td></tr>"
                 "<tr><td>1</td><td>{label}</td><td>{unit}</td><td>4.800</td><td>4.650</td><td>96,9</td></tr>"
                 "<tr><td>2</td><td>{label2}</td><td>{unit}</td><td>1.250</td><td>1.310</td><td>104,8</td></tr></table>")


@pytest.mark.parametrize("title, unit_head, plan, ratio, label, label2, unit, money", [
    ("Biểu 2. Kết quả thực hiện các chỉ tiêu y tế năm 2024", "ĐVT", "Kế hoạch", "Tỷ lệ (%)",
     "Số trẻ em được tiêm chủng đầy đủ", "Số người cao tuổi được khám sức khỏe", "người", False),
    ("Bảng 4. Kết quả giảm nghèo năm 2019", "Đơn vị tính", "Chỉ tiêu giao", "Tỷ lệ so với kế hoạch (%)",
     "Số hộ thoát nghèo", "Số căn nhà được hỗ trợ", "hộ", False),
    ("Bảng 2. Tình hình giải ngân vốn năm 2024", "Ghi chú", "Kế hoạch (tỷ)", "Tỷ lệ (%)",
     "Vốn đầu tư phát triển", "Vốn sự nghiệp", "", True),
    ("Bảng 5. Thu ngân sách năm 2019 (tỷ đồng)", "Ghi chú", "Dự toán", "Tỷ lệ (%)",
     "Thu nội địa", "Thu tiền sử dụng đất", "", True),
])
def test_a_ratio_header_is_no_money(title, unit_head, plan, ratio, label, label2, unit, money):
    html = RESULTS_TABLE.format(title=title, unit_head=unit_head, plan=plan, ratio=ratio, label=label, label2=label2,
                                unit=unit)
    out = budget_of(html, "report.html")
    assert bool(out["items"]) is money


# a report's directions part ends with the funds of the next year under their own numbered heading
# ("3. Nguồn lực thực hiện", "4. Nguồn vốn", "3. Nguồn kinh phí thực hiện"): the money, not a task;
# a task about resources ("3. Huy động nguồn lực ...", "3. Phát triển nguồn nhân lực ...") still is one
from extractors.document import build_document  # noqa: E402
from extractors.fields.activities import extract_activities  # noqa: E402
from extractors.formats import read  # noqa: E402
from extractors.segment import outline  # noqa: E402

DIRECTIONS = ("ỦY BAN NHÂN DÂN\nHUYỆN BẮC HÀ\nSố: 77/BC-UBND\n\nBÁO CÁO\nKết quả công tác y tế năm 2019\n\n"
              "I. KẾT QUẢ THỰC HIỆN NĂM 2019\nTỷ lệ trạm y tế có bác sĩ đạt 92%.\n"
              "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020\n"
              "1. Nâng cao chất lượng khám, chữa bệnh tại tuyến xã. Phòng Y tế chủ trì thực hiện.\n"
              "2. Đẩy mạnh tiêm chủng mở rộng. Trung tâm Y tế huyện chủ trì thực hiện.\n"
              "3. {heading}\n{body}\n"
              "III. KIẾN NGHỊ\nĐề nghị Sở Y tế bổ sung nhân lực.\n")


@pytest.mark.parametrize("heading, body, third", [
    ("Nguồn lực thực hiện", "Dự kiến kinh phí năm 2020 là 12.500 triệu đồng từ ngân sách huyện.", False),
    ("Nguồn vốn thực hiện", "Tổng vốn dự kiến 8.400 triệu đồng.", False),
    ("Nguồn kinh phí", "Ngân sách tỉnh bảo đảm 3.200 triệu đồng.", False),
    ("Huy động nguồn lực xã hội hóa cho y tế cơ sở.", "Phòng Tài chính - Kế hoạch chủ trì thực hiện.", True),
    ("Phát triển nguồn nhân lực y tế tuyến xã.", "Phòng Nội vụ chủ trì thực hiện.", True),
])
def test_the_funds_heading_of_a_directions_part_is_no_task(heading, body, third):
    doc = build_document(read(DIRECTIONS.format(heading=heading, body=body).encode("utf-8"), "report.txt"))
    codes = [a["code"] for a in extract_activities(doc, outline(doc))]
    assert codes == (["1", "2", "3"] if third else ["1", "2"])


# a results column that names no year beside an estimate that names one ("Dự toán năm 2019 | Thực hiện 9
# tháng", "Kế hoạch vốn năm 2021 | Giải ngân đến 30/6"): the execution of that same year's budget; a column
# of all years ("Tổng mức đầu tư") keeps none, and so does a results column between two years' estimates
HALF_TABLE = ("<p>Đơn vị tính: triệu đồng</p><table>"
              "<tr><td>STT</td><td>Nội dung</td><td>{first}</td><td>{second}</td>{third_head}</tr>"
              "<tr><td>1</td><td>Chi đầu tư phát triển</td><td>52.300</td><td>21.840</td>{third}</tr></table>")


@pytest.mark.parametrize("first, second, third_head, years", [
    ("Dự toán năm 2019", "Thực hiện 9 tháng", "", [2019, 2019]),
    ("Kế hoạch vốn năm 2021", "Giải ngân đến 30/6", "", [2021, 2021]),
    ("Kế hoạch năm 2024", "Lũy kế giải ngân", "", [2024, 2024]),
    ("Dự toán năm 2022", "Ước thực hiện cả năm", "", [2022, 2022]),
    ("Tổng mức đầu tư", "Kế hoạch vốn năm 2025", "", [None, 2025]),
    ("Dự toán năm 2024", "Ước thực hiện", "<td>Dự toán năm 2025</td>", [2024, None, 2025]),
])
def test_a_results_column_takes_the_one_year_of_its_estimate(first, second, third_head, years):
    html = HALF_TABLE.format(first=first, second=second, third_head=third_head,
                             third="<td>55.000</td>" if third_head else "")
    out = budget_of(html, "report.html")
    assert [i["year"] for i in out["items"]] == years


# a lead-in that points back ("Để thực hiện các nhiệm vụ trên, ...", "Để thực hiện các mục tiêu nêu trên,
# ..."): what follows its comma names the budget line; a purpose that names its own object ("Để thực hiện
# chương trình hỗ trợ giống cây trồng, vật nuôi là N") is still the scope
from tests.extractors.test_budget_statements import got as statements_of  # noqa: E402


@pytest.mark.parametrize("text, want", [
    ("Để thực hiện các nhiệm vụ trên, dự toán chi ngân sách xã quý IV còn lại là 2.150 triệu đồng.",
     ["Dự toán chi ngân sách xã quý IV còn lại", "local", None, 2_150_000_000]),
    ("Để thực hiện các mục tiêu nêu trên, tổng kinh phí năm 2021 là 6.300 triệu đồng.",
     ["total", "total", 2021, 6_300_000_000]),
    ("Để triển khai các giải pháp trên, tổng vốn đầu tư công năm 2018 dự kiến là 15.800 triệu đồng.",
     ["total", "total", 2018, 15_800_000_000]),
    ("Để thực hiện chương trình hỗ trợ giống cây trồng, vật nuôi là 3.200 triệu đồng.",
     ["Chương trình hỗ trợ giống cây trồng, vật nuôi", "total", None, 3_200_000_000]),
])
def test_a_lead_in_that_points_back_is_no_scope(text, want):
    assert statements_of(text, "report.txt") == [want]


# the year's estimate and the units it was given to ("Tổng dự toán chi sự nghiệp giáo dục năm 2020 giao cho các
# trường trực thuộc là N"): the line is the estimate, the units no part of its name; a line named by whom it is
# entrusted to ("Vốn ủy thác giao cho Ngân hàng Chính sách xã hội") keeps its name
@pytest.mark.parametrize("text, want", [
    ("Tổng dự toán chi sự nghiệp giáo dục năm 2020 giao cho các trường trực thuộc là 54.300 triệu đồng.",
     ["Dự toán chi sự nghiệp giáo dục", "total", 2020, 54_300_000_000]),
    ("Dự toán chi thường xuyên năm 2018 giao cho các phòng, ban huyện là 21.400 triệu đồng.",
     ["Dự toán chi thường xuyên", "total", 2018, 21_400_000_000]),
    ("Vốn ủy thác giao cho Ngân hàng Chính sách xã hội năm 2021 là 5.000 triệu đồng.",
     ["Vốn ủy thác giao cho Ngân hàng Chính sách xã hội", "total", 2021, 5_000_000_000]),
])
def test_the_units_an_estimate_was_given_to_are_no_part_of_its_scope(text, want):
    assert statements_of(text, "report.txt") == [want]


# an item that closes on its own year with no "đến"/"vào" ("Phấn đấu 70%-75% hộ ... năm 2027."): that year is
# its target year, the range committing to both ends; a closing year the item compares with ("so với năm 2020",
# "so với cùng kỳ năm 2024", "như năm 2022") is no target year
from tests.extractors.test_objectives import objectives_of  # noqa: E402


@pytest.mark.parametrize("item, year, values", [
    ("Phấn đấu 70%-75% hộ dân nông thôn dùng nước hợp vệ sinh năm 2027.", 2027, [70.0, 75.0]),
    ("Phấn đấu 55% - 60% lao động nông thôn qua đào tạo năm 2029;", 2029, [55.0, 60.0]),
    ("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật đạt 95% năm 2028.", 2028, [95.0]),
    ("Tăng 15% số lượt khách du lịch so với năm 2020.", None, None),
    ("Giảm 10% số vụ cháy so với cùng kỳ năm 2024.", None, None),
    ("Duy trì 100% trạm y tế có bác sĩ như năm 2022.", None, [100.0]),
])
def test_a_closing_year_is_the_items_target_year(item, year, values):
    got = objectives_of(f"II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- {item}\n- Nâng cao chất lượng dịch vụ công.\nIII. NHIỆM VỤ\n")
    assert got[0]["target_year"] == year
    if values is not None:
        assert [t["value"] for t in got[0]["targets"]] == values


# a purpose after the amount that closes on a short note in brackets ("để xây dựng cầu treo bản Nà (dài 45 m);"):
# still the scope; a bracket that holds a part of the money is no note of the purpose
@pytest.mark.parametrize("text, want", [
    ("1. Xã Tân Lập: 2.100 triệu đồng để xây dựng cầu treo bản Nà (dài 2,5 km);",
     [["Xây dựng cầu treo bản Nà", "total", None, 2_100_000_000]]),
    ("Bố trí 850 triệu đồng để sửa chữa trường tiểu học Kim Đồng (điểm trường chính).",
     [["Sửa chữa trường tiểu học Kim Đồng", "total", None, 850_000_000]]),
    ("Bố trí 900 triệu đồng để mua sắm thiết bị y tế (trong đó ngân sách tỉnh 300 triệu đồng).",
     [["total", "total", None, 900_000_000], ["total", "local", None, 300_000_000]]),
])
def test_a_purpose_may_close_on_a_note_in_brackets(text, want):
    assert statements_of(text, "plan.md") == want


@pytest.mark.parametrize("item", [
    "Ít nhất 3/4 số xã hoàn thành kế hoạch vốn Chương trình 135 năm 2019.",
    "Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2024.",
])
def test_a_closing_year_without_a_percentage_names_a_thing(item):
    got = objectives_of(f"II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- {item}\n- Nâng cao chất lượng dịch vụ công.\nIII. NHIỆM VỤ\n")
    assert got[0]["target_year"] is None


# the one year that closes the objectives' heading above a "Mục tiêu chung" / "Chỉ tiêu cụ thể" pair ("Điều 2.
# Mục tiêu, chỉ tiêu chủ yếu năm 2010", "I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2021") is its items' target year; a
# period ("GIAI ĐOẠN 2021 - 2025") or no year gives none
@pytest.mark.parametrize("heading, year", [
    ("I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2021", 2021),
    ("Điều 2. Mục tiêu, chỉ tiêu năm 2016", 2016),
    ("I. MỤC TIÊU GIAI ĐOẠN 2021 - 2025", None),
    ("I. MỤC TIÊU", None),
])
def test_the_year_closing_the_objectives_heading_dates_its_items(heading, year):
    got = objectives_of(f"{heading}\n1. Mục tiêu chung\nNâng cao đời sống vật chất, tinh thần của nhân dân vùng cao.\n"
                        "2. Chỉ tiêu cụ thể\n- Tỷ lệ hộ nghèo giảm còn dưới 6%;\n- Tỷ lệ trẻ em đi học đúng độ tuổi đạt 98%.\n"
                        "II. NHIỆM VỤ\n1. Làm đường.\n")
    assert [o["target_year"] for o in got] == [year] * 3


# a resolution's Article whose heading names only the tasks ("Điều 3. Nhiệm vụ và giải pháp chủ yếu", "Điều 3.
# Nhiệm vụ, giải pháp") over numbered items: the items are its tasks; an Article about anything else ("Tổ chức thực
# hiện", "Phê duyệt Đề án với các nội dung chủ yếu sau") gives none
RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN AN LẠC\nSố: 30/NQ-HĐND\n\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2015\n\nQUYẾT NGHỊ:\n"
              "Điều 1. Tán thành kết quả năm 2014.\nĐiều 2. Mục tiêu năm 2015\n- Tỷ lệ hộ nghèo giảm còn 8%.\n"
              "Điều 3. {heading}\n1. Phát triển sản xuất nông nghiệp hàng hóa.\n2. Đẩy nhanh tiến độ xây dựng cơ bản.\n"
              "3. Nâng cao chất lượng giáo dục.\nĐiều 4. Hiệu lực thi hành\nNghị quyết có hiệu lực từ ngày ký.\n")


@pytest.mark.parametrize("heading, codes", [
    ("Nhiệm vụ và giải pháp chủ yếu", ["1", "2", "3"]),
    ("Nhiệm vụ, giải pháp", ["1", "2", "3"]),
    ("Tổ chức thực hiện", []),
    ("Phê duyệt Đề án với các nội dung chủ yếu sau", []),
])
def test_a_resolutions_tasks_article_holds_its_tasks(heading, codes):
    doc = build_document(read(RESOLUTION.format(heading=heading).encode("utf-8"), "resolution.txt"))
    assert [a["code"] for a in extract_activities(doc, outline(doc))] == codes


# a later sentence of a "Tổ chức thực hiện" line that opens with other agencies and what they are to do ("Giao Ủy
# ban nhân dân huyện tổ chức thực hiện ... . Thường trực Hội đồng nhân dân, các Ban ... giám sát ..."): they are
# responsible too; one that tells what an agency did ("Bộ Y tế đã ban hành ...") or opens on something else is not
from extractors.fields.responsibilities import extract_responsibilities  # noqa: E402

ORGANIZATION = ("ỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nSố: 30/KH-UBND\n\nKẾ HOẠCH\nVề phòng dịch năm 2020\n\nI. MỤC TIÊU\n"
                "- Tỷ lệ tiêm chủng đạt 95%.\nII. TỔ CHỨC THỰC HIỆN\n{body}\n")


@pytest.mark.parametrize("body, agencies", [
    ("Giao Ủy ban nhân dân thị xã tổ chức thực hiện Kế hoạch này. Thường trực Hội đồng nhân dân, các Ban của Hội đồng "
     "nhân dân và đại biểu Hội đồng nhân dân thị xã giám sát việc thực hiện.",
     ["Ủy ban nhân dân thị xã", "Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân",
      "đại biểu Hội đồng nhân dân thị xã"]),
    ("Sở Tài chính bố trí kinh phí. Sở Nội vụ hướng dẫn thi đua, khen thưởng.", ["Sở Tài chính", "Sở Nội vụ"]),
    ("Giao Sở Y tế chủ trì triển khai Kế hoạch này. Bộ Y tế đã ban hành hướng dẫn tại Công văn số 125/BYT-DP.",
     ["Sở Y tế"]),
    ("Sở Y tế chủ trì triển khai Kế hoạch này. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về "
     "Sở Y tế.", ["Sở Y tế"]),
])
def test_a_later_sentence_may_name_more_responsible_agencies(body, agencies):
    doc = build_document(read(ORGANIZATION.format(body=body).encode("utf-8"), "plan.txt"))
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == agencies


# an Article ranks above its numbered items: the year its heading names ("Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm
# 2010") holds for an amount under "2. Các chỉ tiêu chủ yếu:"; the next Article that names none ends it
ARTICLES = ("QUYẾT NGHỊ:\n\nĐiều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2016\n\n1. Mục tiêu tổng quát: Huy động mọi nguồn lực.\n\n"
            "2. Các chỉ tiêu chủ yếu:\n\n- Thu ngân sách nhà nước trên địa bàn đạt 52.800 triệu đồng;\n\n"
            "Điều 3. Tổ chức thực hiện\n\n1. Kinh phí thực hiện:\n\n- Ngân sách huyện bố trí 1.200 triệu đồng.\n")


def test_an_articles_year_holds_for_its_numbered_items():
    got = statements_of(ARTICLES, "resolution.md")
    assert [(s[3], s[2]) for s in got] == [(52_800_000_000, 2016), (1_200_000_000, None)]


# a source's sum broken down in brackets by kind of capital ("ngân sách trung ương N (vốn đầu tư phát triển A,
# vốn sự nghiệp B)"): the parts are that source's; a part in brackets that names a source of its own ("(vốn vay
# ODA C)") and kinds of capital outside brackets keep theirs
SOURCES = "Tổng vốn năm 2022 là 96.500 triệu đồng, gồm: {first} 80.000 triệu đồng ({parts}); {last} 16.500 triệu đồng."


@pytest.mark.parametrize("first, parts, last, sources", [
    ("ngân sách trung ương", "vốn đầu tư phát triển 55.000 triệu đồng, vốn sự nghiệp 25.000 triệu đồng", "ngân sách tỉnh",
     ["total", "central", "central", "central", "local"]),
    ("ngân sách tỉnh", "vốn đầu tư phát triển 55.000 triệu đồng, vốn sự nghiệp 25.000 triệu đồng", "vốn huy động",
     ["total", "local", "local", "local", "mobilized"]),
    ("ngân sách trung ương", "vốn vay ODA 20.000 triệu đồng", "ngân sách tỉnh", ["total", "central", "other", "local"]),
])
def test_kinds_of_capital_in_brackets_take_the_source_before(first, parts, last, sources):
    assert [s[1] for s in statements_of(SOURCES.format(first=first, parts=parts, last=last), "report.md")] == sources


def test_kinds_of_capital_outside_brackets_keep_their_own():
    # (outside brackets, after "gồm", the sum's parts by kind are named by their kind, of the sum's source: here all
    # sources; they read "other", a source of their own, before round 25's rule)
    got = statements_of("Tổng vốn năm 2022 là 50.000 triệu đồng, gồm: vốn đầu tư phát triển 30.000 triệu đồng, vốn sự "
                        "nghiệp 20.000 triệu đồng.", "report.md")
    assert [(s[0], s[1]) for s in got] == [("total", "total"), ("Vốn đầu tư phát triển", "total"),
                                           ("Vốn sự nghiệp", "total")]


@pytest.mark.parametrize("heading, body, third", [
    ("Kế hoạch vốn năm 2022", "Dự kiến nhu cầu vốn năm 2022 là 9.300 triệu đồng.", False),
    ("Kế hoạch vốn đầu tư công", "Nhu cầu vốn 4.100 triệu đồng.", False),
    ("Xây dựng kế hoạch vốn đầu tư công năm 2022 sát nhu cầu.", "Phòng Tài chính - Kế hoạch chủ trì thực hiện.", True),
])
def test_the_capital_plan_heading_of_a_directions_part_is_no_task(heading, body, third):
    doc = build_document(read(DIRECTIONS.format(heading=heading, body=body).encode("utf-8"), "report.txt"))
    codes = [a["code"] for a in extract_activities(doc, outline(doc))]
    assert codes == (["1", "2", "3"] if third else ["1", "2"])


# a table's numbered caption right above the table of targets ("Bảng 2. Các chỉ tiêu chủ yếu năm 2021") is its
# title, no objective; a line that opens "Bảng" with no table after it is read as before
from extractors.fields.objectives import extract_objectives  # noqa: E402

TARGET_TABLE = ("II. KẾ HOẠCH NĂM 2022\n1. Mục tiêu, chỉ tiêu năm 2022\n{caption}\n"
                "| TT | Chỉ tiêu | ĐVT | Kế hoạch 2022 |\n|---|---|---|---|\n| 1 | Tỷ lệ che phủ rừng | % | 51 |\n"
                "| 2 | Tỷ lệ hộ dùng nước sạch | % | 97 |\n2. Nhiệm vụ, giải pháp chủ yếu\na) Làm đường.\nb) Làm cầu.\n")


@pytest.mark.parametrize("caption", ["Bảng 3. Các chỉ tiêu chủ yếu năm 2022", "Biểu số 02: Chỉ tiêu kế hoạch năm 2022"])
def test_a_tables_caption_is_no_objective(caption):
    doc = build_document(read(TARGET_TABLE.format(caption=caption).encode("utf-8"), "report.md"))
    got = extract_objectives(doc, outline(doc))
    assert [o["text"] for o in got] == ["Tỷ lệ che phủ rừng", "Tỷ lệ hộ dùng nước sạch"]


def test_a_line_opening_on_bang_with_no_table_after_it_is_an_objective():
    doc = build_document(read("II. MỤC TIÊU\n- Bảng tin điện tử được cập nhật tại 100% xã năm 2023.\n"
                              "- Bảng 1 niêm yết công khai tại 95% thôn.\nIII. NHIỆM VỤ\n1. Làm đường.\n".encode("utf-8"),
                              "plan.txt"))
    got = extract_objectives(doc, outline(doc))
    assert [o["text"][:16] for o in got] == ["Bảng tin điện tử", "Bảng 1 niêm yết "]
