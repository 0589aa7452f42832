"""Hold-out round H5 (sector plans whose targets and money take their sector's idiom): the shapes its
invented documents (tests/invented/raw/h5_*) exposed, each with rows that must match and rows that
must not (other names, places and numbers than the documents)."""

from __future__ import annotations

import pytest

from tests.extractors.test_budget_statements import got as statements_of
from tests.extractors.test_budget_tables import budget_of

# a table of money per unit that also counts what each unit gets, its unit of measure in brackets in the
# header ("Số liều vắc xin (liều)", "Diện tích thu hồi (ha)", "Khối lượng rác (tấn)", "Số suất quà (suất)"):
# that column is a count, no amount; a money column whose brackets name money or a kind of money
# ("Kinh phí (triệu đồng)", "Ngân sách tỉnh (sự nghiệp)", "Dự toán (ước tính)") still holds amounts
COUNTED_TABLE = ("<p>Đơn vị tính: triệu đồng</p><table>"
                 "<tr><td>TT</td><td>Đơn vị</td><td>{count_head}</td><td>Tổng kinh phí</td><td>{money_head}</td></tr>"
                 "<tr><td>1</td><td>Huyện Kim Phong</td><td>{count_a}</td><td>2.840</td><td>1.900</td></tr>"
                 "<tr><td>2</td><td>Huyện Bắc Yên Hà</td><td>{count_b}</td><td>1.260</td><td>800</td></tr>"
                 "<tr><td></td><td>Tổng cộng</td><td>{count_sum}</td><td>4.100</td><td>2.700</td></tr></table>")


@pytest.mark.parametrize("count_head, money_head, counts, count_is_money", [
    ("Số liều vắc xin phân bổ (liều)", "Ngân sách tỉnh", ("84.000", "36.500", "120.500"), False),
    ("Diện tích thu hồi (ha)", "Ngân sách huyện", ("126,4", "48,2", "174,6"), False),
    ("Khối lượng rác thu gom (tấn/năm)", "Ngân sách tỉnh", ("12.600", "5.400", "18.000"), False),
    ("Số suất quà (suất)", "Vốn vận động", ("950", "410", "1.360"), False),
    ("Số người tham gia (lượt người)", "Ngân sách tỉnh", ("3.200", "1.450", "4.650"), False),
    # a count that opens on "Số" and names no money, stage or source ("Số khu vực bỏ phiếu", "Số cử tri")
    ("Số khu vực bỏ phiếu", "Ngân sách huyện", ("12", "7", "19"), False),
    ("Số cử tri", "Ngân sách tỉnh", ("9.840", "3.615", "13.455"), False),
    ("Số tổ bầu cử", "Ngân sách huyện", ("14", "8", "22"), False),
    # "Số" before money, a budget stage or a source: amounts
    ("Số tiền hỗ trợ", "Ngân sách tỉnh", ("640", "220", "860"), True),
    ("Số kiểm tra", "Ngân sách tỉnh", ("640", "220", "860"), True),
    ("Số được giao", "Ngân sách huyện", ("640", "220", "860"), True),
    # brackets that name money or a kind of money: amounts
    ("Kinh phí hỗ trợ (triệu đồng)", "Ngân sách tỉnh", ("640", "220", "860"), True),
    ("Ngân sách tỉnh (sự nghiệp)", "Ngân sách huyện", ("640", "220", "860"), True),
    ("Vốn đối ứng (NSĐP)", "Ngân sách tỉnh", ("640", "220", "860"), True),
])
def test_a_column_with_its_unit_of_measure_in_brackets_is_a_count(count_head, money_head, counts, count_is_money):
    html = COUNTED_TABLE.format(count_head=count_head, money_head=money_head, count_a=counts[0], count_b=counts[1],
                                count_sum=counts[2])
    out = budget_of(html, "plan.html")
    amounts = {i["amount_vnd"] for i in out["items"]}
    assert {2_840_000_000, 1_260_000_000, 4_100_000_000, 1_900_000_000, 800_000_000} <= amounts
    first = int(counts[0].replace(".", "").split(",")[0]) * 1_000_000
    assert (first in amounts) is count_is_money


# a funding section whose first numbered line says who pays, in a sentence with no amount ("1. Vắc xin do Bộ Y
# tế cấp. Kinh phí tổ chức ... do ngân sách địa phương bảo đảm."), and whose next numbered line states the total
# and its parts ("2. Tổng kinh phí ... là N, trong đó: ngân sách tỉnh A; ngân sách huyện B"): the first line is a
# sibling, not a heading over the second, so the total stays "total"; a numbered heading over its own
# sub-items ("1. Kinh phí ngân sách tỉnh" / "1.1. ...: N") still names their source
FUNDING = ("IV. KINH PHÍ\n{first}\n{second}\n")


@pytest.mark.parametrize("first, second, sources", [
    ("1. Trang thiết bị do Bộ Y tế cấp. Kinh phí tổ chức tập huấn, giám sát do ngân sách địa phương bảo đảm.",
     "2. Tổng kinh phí thực hiện Kế hoạch là 7.420 triệu đồng, trong đó: ngân sách tỉnh 5.100 triệu đồng; ngân "
     "sách huyện 2.320 triệu đồng.", ["total", "local", "local"]),
    ("1. Giống cây trồng do Trung ương hỗ trợ theo chương trình. Chi phí vận chuyển do ngân sách cấp tỉnh chi trả.",
     "2. Tổng kinh phí dự kiến 960 triệu đồng, gồm: ngân sách tỉnh 600 triệu đồng; vốn huy động 360 triệu đồng.",
     ["total", "local", "mobilized"]),
    # a heading over its own sub-items names their source, and a sibling after them ends it
    ("1. Ngân sách địa phương", "a) Chi tập huấn cán bộ cơ sở: 450 triệu đồng.", ["local"]),
    ("1. Ngân sách địa phương", "a) Chi tập huấn cán bộ cơ sở: 450 triệu đồng.\n2. Vận động tài trợ: 120 triệu đồng.",
     ["local", "mobilized"]),
])
def test_a_numbered_sibling_ends_the_source_the_line_before_named(first, second, sources):
    got = statements_of(FUNDING.format(first=first, second=second), "plan.txt")
    assert [s[1] for s in got] == sources


# a narrow PDF cell wraps a number after its decimal comma ("1.125," over "5"), and the cell's lines come back
# joined with a space: the number is read whole; a cell of two small numbers ("3, 5") is no number
from normalizers.numbers import parse_number  # noqa: E402


@pytest.mark.parametrize("cell, value", [
    ("2.046, 2", 2046.2),
    ("12.480, 75", 12480.75),
    ("37, 5", 37.5),
    ("1.125,5", 1125.5),
    ("3, 5", None),
    ("1.250 5", 1250),  # (a footnote marker on its own line, as before)
])
def test_a_number_wrapped_after_its_decimal_comma_is_read_whole(cell, value):
    got = parse_number(cell).value
    assert (None if got is None else float(got)) == value


# a source's sum broken down in brackets into domestic and foreign capital ("ngân sách trung ương N (vốn trong
# nước A, vốn nước ngoài B)"): both parts are that source's, as "vốn đầu tư phát triển, vốn sự nghiệp" are;
# outside brackets, after "gồm", the same: the sum's source (here all of them)
@pytest.mark.parametrize("text, sources", [
    ("Tổng vốn năm 2021 là 1.240 tỷ đồng, gồm: ngân sách trung ương 900 tỷ đồng (vốn trong nước 700 tỷ đồng, vốn nước "
     "ngoài 200 tỷ đồng); ngân sách tỉnh 340 tỷ đồng.", ["total", "central", "central", "central", "local"]),
    ("Kế hoạch vốn năm 2019 là 610 tỷ đồng, gồm: vốn ngân sách tỉnh 410 tỷ đồng (vốn trong nước 380 tỷ đồng, vốn nước "
     "ngoài 30 tỷ đồng); vốn huy động 200 tỷ đồng.", ["total", "local", "local", "local", "mobilized"]),
    ("Tổng vốn năm 2021 là 900 tỷ đồng, gồm: vốn trong nước 700 tỷ đồng, vốn nước ngoài 200 tỷ đồng.",
     ["total", "total", "total"]),
])
def test_domestic_and_foreign_capital_in_brackets_take_the_source_before(text, sources):
    assert [s[1] for s in statements_of(text, "plan.txt")] == sources


# capital carried into a later year ("vốn kế hoạch năm 2023 được kéo dài ... sang năm 2024 là N"): the year it is
# carried into stays in the line's name (no "... sang" hanging); a year that closes the name is cut as before
@pytest.mark.parametrize("text, want", [
    ("Số vốn năm 2019 được kéo dài sang năm 2020 là 56,3 tỷ đồng.",
     ["Vốn được kéo dài sang năm 2020", "total", 2019, 56_300_000_000]),
    ("Vốn kế hoạch năm 2021 được phép kéo dài thời gian giải ngân sang năm 2022 là 18,4 tỷ đồng.",
     ["Vốn kế hoạch được phép kéo dài thời gian giải ngân sang năm 2022", "total", 2021, 18_400_000_000]),
    ("Vốn năm 2025 chuyển sang là 3.400 triệu đồng.", ["Vốn năm 2025 chuyển sang", "total", 2025, 3_400_000_000]),
    ("Tổng kinh phí thực hiện năm 2024 là 850 triệu đồng.", ["total", "total", 2024, 850_000_000]),
])
def test_the_year_a_sum_is_carried_into_stays_in_its_name(text, want):
    assert statements_of(text, "plan.txt") == [want]


# a milestone that opens on its date ("Đến hết ngày 30/6/2024, giải ngân đạt tối thiểu 45% kế hoạch vốn"): the
# date's year is the item's; a date the item is measured at ("Tính đến ngày 31/12/2025, ...") or compared with
# is none
from extractors.fields.objectives import _item_year  # noqa: E402


@pytest.mark.parametrize("text, year", [
    ("Đến hết ngày 30/9/2026, 80% hồ sơ thủ tục hành chính được số hóa.", 2026),
    ("Đến ngày 31 tháng 12 năm 2027, tỷ lệ hộ dân dùng nước sạch đạt 60%.", 2027),
    ("Tới hết ngày 15/11/2019, giải ngân đạt trên 75% kế hoạch vốn.", 2019),
    ("Tính đến ngày 31/12/2025, tỷ lệ che phủ rừng đạt 55%.", None),
    ("Tỷ lệ giải ngân tăng 10% so với ngày 01/01/2025.", None),
])
def test_a_milestone_date_dates_its_item(text, year):
    assert _item_year(text) == year


# a sum drawn "từ ngân sách thành phố và vốn của các dự án": a second fund the codes do not name still makes it a
# sum of more than one source (total); two kinds of capital of one budget ("từ vốn sự nghiệp và vốn đầu tư phát
# triển của ngân sách tỉnh") and one fund ("từ nguồn ngân sách huyện năm 2019") keep that budget's
@pytest.mark.parametrize("text, source", [
    ("Tổng kinh phí năm 2019 dự kiến 42.300 triệu đồng, từ ngân sách thị xã và vốn của các chủ đầu tư.", "total"),
    ("Tổng kinh phí năm 2018 là 3.150 triệu đồng, từ nguồn ngân sách huyện và kinh phí của các đơn vị.", "total"),
    ("Tổng kinh phí năm 2019 là 7.800 triệu đồng, từ vốn sự nghiệp và vốn đầu tư phát triển của ngân sách tỉnh.",
     "local"),
    ("Tổng kinh phí năm 2019 là 1.250 triệu đồng, từ nguồn ngân sách huyện năm 2019.", "local"),
])
def test_a_second_fund_after_va_makes_a_sum_of_several_sources(text, source):
    assert [s[1] for s in statements_of(text, "plan.txt")] == [source]


# a games plan's numbered lines that describe the event ("2. Môn thi đấu: ...", "3. Giải thưởng: ...") are
# attributes of the plan, as "1. Thời gian: ..." is, not tasks; a task about a contest or its prizes stays one
GAMES = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ ĐÔNG\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nTổ chức Hội thao xã năm 2018\n\n"
         "I. MỤC ĐÍCH, YÊU CẦU\nĐẩy mạnh phong trào rèn luyện thân thể.\n"
         "II. THỜI GIAN, NỘI DUNG\n1. Thời gian: ngày 02/9/2018 tại sân vận động xã.\n{items}\n"
         "III. TỔ CHỨC THỰC HIỆN\nCông an xã bảo đảm an ninh trật tự.\n")


@pytest.mark.parametrize("items, codes", [
    ("2. Môn thi đấu: Bóng chuyền hơi, kéo co, cờ tướng.\n3. Giải thưởng: Ban Tổ chức trao cờ, giấy chứng nhận cho các "
     "đội đạt giải nhất, nhì, ba.", []),
    ("2. Nội dung thi đấu: Chạy việt dã nam, nữ.\n3. Cơ cấu giải thưởng: 01 giải nhất, 01 giải nhì, 02 giải ba.", []),
    ("2. Tổ chức giải bóng chuyền hơi cho các thôn. Ban Văn hóa xã chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện.",
     ["2"]),
])
def test_a_games_plans_event_lines_are_no_tasks(items, codes):
    doc = build_document(read(GAMES.format(items=items).encode("utf-8"), "plan.txt"))
    assert [a["code"] for a in extract_activities(doc, outline(doc))] == codes


from extractors.document import build_document  # noqa: E402
from extractors.fields.activities import extract_activities  # noqa: E402
from extractors.formats import read  # noqa: E402
from extractors.segment import outline  # noqa: E402
