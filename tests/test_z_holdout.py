"""Hold-out round Z: budget-heavy fiscal and investment documents (tests/invented/build_z.py).

Shapes whose misses cost many amounts at once, each a must-match row and a must-not-match row
with names and figures of our own:

- a table as `pdftotext -layout` writes it whose top groups are lettered in capitals ("A  VỐN
  NGÂN SÁCH ĐỊA PHƯƠNG", "B  ..."): the letter is the row's code, not a column of text; a
  "Trong đó:" line under a group is a row of its own, not the end of the group's label;
- a row under a group that names its budget ("A. Vốn ngân sách tỉnh" / "1. Vốn từ nguồn thu xổ
  số") in a table whose rows are the sources takes the group's source; a row that names none
  and stands under no such group is "other" (round K's rule);
- a table row of one budget's spending ("Tổng chi ngân sách huyện") is that budget's money;
- prose money that is no budget: a bank's loans to households ("doanh số cho vay", "tổng dư
  nợ"), penalties ("phạt tiền từ A đồng đến B đồng");
- the plan's money in general: "tổng vốn đầu tư công trung hạn giai đoạn ..." is the total; so
  is the sum of the act a decision performs ("Giao kế hoạch vốn ... với tổng số vốn N");
- "Giải ngân vốn đầu tư công ... đạt N": a budget line of its own;
- capital named by a source the codes do not name ("Vốn trái phiếu Chính phủ: N") is "other",
  unless the sum above it names its budget;
- the local budget's concentrated capital ("vốn XDCB tập trung") named by a heading gives its
  source to the lines under it.
"""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read
from extractors.layout import grid
from extractors.layout import text as layout_text
from extractors.tables.budget import extract_budget_tables

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LAM SƠN\nSố: 88/KH-UBND\nLam Sơn, ngày 12 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
        "Đầu tư công trung hạn giai đoạn 2026 - 2030\n\n")


def _doc(body: str, name: str = "plan.txt"):
    return build_document(read((HEAD + body).encode(), name))


def _statements(body: str, period=(2026, 2030)):
    d = _doc(body)
    return [(s["scope"], s["source"], s["amount_vnd"])
            for s in extract_statements(d, {"start_year": period[0], "end_year": period[1]})]


def _grid_rows(text: str) -> list[list[str]]:
    lines = [line for page in layout_text.drop_furniture(layout_text.pages_of(text)) for line in page]
    segs = [layout_text.segments(line.text) for line in lines]
    return [row for t in grid.find_tables(segs, [line.page for line in lines]) for row in t.rows]


# ---------------------------------------------------------------------------
# capital letters as the codes of a -layout table's top groups; "Trong đó:" a row of its own

LETTERED = """Đơn vị: triệu đồng
STT   Nguồn vốn                         Tổng số      Năm 2026    Năm 2027
      TỔNG CỘNG (A+B)                   3.300.000    1.600.000   1.700.000
A     VỐN NGÂN SÁCH TỈNH                2.100.000    1.000.000   1.100.000
      Trong đó:
1     Vốn từ nguồn thu xổ số kiến       400.000      190.000     210.000
      thiết
2     Vốn cân đối theo tiêu chí         1.700.000    810.000     890.000
B     VỐN NGÂN SÁCH TRUNG ƯƠNG          1.200.000    600.000     600.000
1     Vốn trong nước                    1.200.000    600.000     600.000
"""


def test_capital_letters_are_row_codes():
    rows = _grid_rows(LETTERED)
    assert ["A", "VỐN NGÂN SÁCH TỈNH", "2.100.000", "1.000.000", "1.100.000"] in rows
    assert ["B", "VỐN NGÂN SÁCH TRUNG ƯƠNG", "1.200.000", "600.000", "600.000"] in rows
    # must not: a label that opens with a capital letter word stays whole in its column
    assert ["", "TỔNG CỘNG (A+B)", "3.300.000", "1.600.000", "1.700.000"] in rows


def test_trong_do_is_a_row_of_its_own():
    rows = _grid_rows(LETTERED)
    assert ["", "Trong đó:", "", "", ""] in rows
    # must not: a label wrapped onto the next line is still one label
    assert ["1", "Vốn từ nguồn thu xổ số kiến thiết", "400.000", "190.000", "210.000"] in rows


def _items(body: str, name: str = "plan.txt", period=(2026, 2027)):
    d = _doc(body, name)
    items = extract_budget_tables(d, {"start_year": period[0], "end_year": period[1]}, [])["items"]
    return {(i["row_label"], i["year"], i["source"]) for i in items}


@pytest.mark.parametrize("label, source", [
    ("Vốn từ nguồn thu xổ số kiến thiết", "local"),  # under "A. VỐN NGÂN SÁCH TỈNH"
    ("Vốn cân đối theo tiêu chí", "local"),
    ("Vốn trong nước", "central"),  # under "B. VỐN NGÂN SÁCH TRUNG ƯƠNG"
    ("TỔNG CỘNG (A+B)", "total"),
])
def test_rows_take_the_source_of_their_group(label, source):
    assert (label, 2026, source) in _items(LETTERED)


SOURCE_ROWS_MD = """Đơn vị tính: triệu đồng

| TT | Nguồn vốn | Năm 2026 | Năm 2027 |
|---|---|---|---|
| 1 | Vốn ngân sách huyện | 900 | 950 |
| 1.1 | Vốn từ nguồn thu tiền sử dụng đất | 500 | 550 |
| 2 | Vốn tín dụng ưu đãi | 300 | 300 |
| | Tổng cộng | 1.200 | 1.250 |
"""


def test_a_row_under_no_named_budget_is_other():
    items = _items(SOURCE_ROWS_MD, "plan.md")
    assert ("Vốn từ nguồn thu tiền sử dụng đất", 2026, "local") in items
    # must not: a row that names no code's source and stands under no group that does
    assert ("Vốn tín dụng ưu đãi", 2026, "other") in items


SPENDING_MD = """Đơn vị tính: triệu đồng

| STT | Nội dung | Dự toán năm 2026 | Dự toán năm 2027 |
|---|---|---|---|
| I | Tổng thu ngân sách nhà nước trên địa bàn | 84.000 | 90.000 |
| 1 | Thu từ doanh nghiệp do Trung ương quản lý | 12.000 | 13.000 |
| II | Tổng chi ngân sách thị xã | 415.000 | 432.000 |
| 1 | Chi thường xuyên | 300.000 | 312.000 |
"""


def test_the_spending_of_one_budget_is_its_money():
    items = _items(SPENDING_MD, "plan.md")
    assert ("Tổng chi ngân sách thị xã", 2026, "local") in items
    # must not: a budget line that only mentions a level is no source; the state budget's revenue is all sources
    assert ("Thu từ doanh nghiệp do Trung ương quản lý", 2026, "total") in items
    assert ("Tổng thu ngân sách nhà nước trên địa bàn", 2026, "total") in items


# ---------------------------------------------------------------------------
# money in prose that is no budget

@pytest.mark.parametrize("sentence, amounts", [
    # must not: a bank's lending and loan book, a penalty and its upper bound
    ("Chi nhánh Ngân hàng Chính sách xã hội đã giải quyết cho 820 lượt hộ vay với doanh số cho vay 41.200 triệu "
     "đồng.", []),
    ("Quỹ tín dụng nhân dân cho 35 hộ vay vốn với mức vay bình quân 80 triệu đồng/hộ, tổng dư nợ 2.740 triệu đồng.",
     []),
    ("Cơ sở vi phạm bị phạt tiền từ 3.000.000 đồng đến 7.000.000 đồng.", []),
    ("Người khai man bị phạt tiền từ 2.000.000 đồng - 4.000.000 đồng.", []),
    # must match: the plan's own money beside them
    ("Tổng kinh phí thực hiện Kế hoạch là 6.300 triệu đồng từ ngân sách tỉnh.", [6_300_000_000]),
])
def test_loans_and_penalties_are_no_budget(sentence, amounts):
    assert [a for _, _, a in _statements("III. KINH PHÍ\n" + sentence + "\n")] == amounts


@pytest.mark.parametrize("sentence, want", [
    # the plan's money in general, its term named: the total
    ("Dự kiến tổng vốn đầu tư công trung hạn giai đoạn 2026 - 2030 là 31.800 tỷ đồng.",
     ("total", "total", 31_800_000_000_000)),
    ("Giao kế hoạch vốn đầu tư công năm 2026 cho các chủ đầu tư với tổng số vốn 214.700 triệu đồng.",
     ("total", "total", 214_700_000_000)),
    # must not: a project named before "với tổng mức đầu tư" is the scope
    ("Dự án đường tỉnh 715 với tổng mức đầu tư 640 tỷ đồng.", ("Dự án đường tỉnh 715", "total", 640_000_000_000)),
    # a disbursement is a budget line of its own; the year's allocation, a line of its own too
    ("Giải ngân vốn đầu tư công đến ngày 31/10/2025 đạt 86.300 triệu đồng, bằng 68,2% kế hoạch.",
     ("Giải ngân vốn đầu tư công", "total", 86_300_000_000)),
])
def test_the_plans_money_in_general(sentence, want):
    assert _statements("II. NGUỒN VỐN\n" + sentence + "\n")[0] == want


RESOLUTION = """Điều 1. Thông qua kế hoạch vốn đầu tư năm 2026 như sau:
1. Tổng số vốn: 905.000 triệu đồng, bao gồm:
1.1. Vốn trái phiếu Chính phủ: 310.000 triệu đồng
1.2. Vốn Trung ương hỗ trợ: 215.000 triệu đồng
a. Vốn hỗ trợ theo mục tiêu: 160.000 triệu đồng
b. Vốn nước ngoài (ODA): 55.000 triệu đồng
1.3. Vốn cân đối ngân sách địa phương: 380.000 triệu đồng
2. Phân bổ vốn XDCB tập trung:
a. Tỉnh quản lý: 266.000 triệu đồng
b. Phân cấp cho cấp huyện quản lý: 114.000 triệu đồng
"""


def test_capital_by_a_source_the_codes_do_not_name():
    got = {a: source for _, source, a in _statements(RESOLUTION, (2026, 2026))}
    assert got[310_000_000_000] == "other"  # Vốn trái phiếu Chính phủ
    # must not: ODA under the sum of the central budget is the central budget's
    assert got[55_000_000_000] == "central"


def test_concentrated_capital_is_local():
    got = {a: source for _, source, a in _statements(RESOLUTION, (2026, 2026))}
    assert got[266_000_000_000] == "local"  # "Tỉnh quản lý" under "Phân bổ vốn XDCB tập trung"
    assert got[114_000_000_000] == "local"
    # must not: a heading that names no budget gives none ("1. Tổng số vốn: ..." is all sources)
    assert got[905_000_000_000] == "total"


# ---------------------------------------------------------------------------
# second batch: a level's total of every source; the plan in parentheses after a result's share;
# the state budget's lines in a table titled by the local budget

@pytest.mark.parametrize("sentence, want", [
    ("Tổng vốn đầu tư công trung hạn giai đoạn 2021 - 2025 của huyện dự kiến 960,5 tỷ đồng, trong đó: vốn ngân sách "
     "tỉnh hỗ trợ 610 tỷ đồng; vốn ngân sách Trung ương 350,5 tỷ đồng.",
     [("total", "total", 960_500_000_000), ("total", "local", 610_000_000_000),
      ("total", "central", 350_500_000_000)]),
    # must not: the level's own capital stays its own
    ("Kinh phí thực hiện từ nguồn vốn đầu tư công của huyện là 2.400 triệu đồng.",
     [("total", "local", 2_400_000_000)]),
])
def test_a_levels_total_of_every_source(sentence, want):
    assert _statements("II. NGUỒN VỐN\n" + sentence + "\n", (2021, 2025)) == want


@pytest.mark.parametrize("sentence, want", [
    ("Thu ngân sách nhà nước trên địa bàn ước thực hiện 4.120,5 tỷ đồng, đạt 103,1% dự toán Hội đồng nhân dân tỉnh "
     "giao (3.996,4 tỷ đồng).", ("Thu ngân sách nhà nước trên địa bàn", "total", 3_996_400_000_000)),
    # must not: a name before an amount in parentheses is still the scope
    ("Đầu tư xây dựng Bến xe phía Bắc (42 tỷ đồng).", ("Đầu tư xây dựng Bến xe phía Bắc", "total", 42_000_000_000)),
])
def test_the_plan_in_parentheses_after_a_share(sentence, want):
    assert _statements("I. KẾT QUẢ NĂM 2025\n" + sentence + "\n", (2025, 2025))[-1] == want


BALANCE_MD = """**CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2026**

*Đơn vị: tỷ đồng*

| STT | Nội dung | Dự toán năm 2026 |
|---|---|---|
| A | TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN | 3.250,40 |
| 1 | Thu nội địa | 3.010,40 |
| 2 | Thu từ hoạt động xuất nhập khẩu | 240,00 |
| B | TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG | 7.815,25 |
| 1 | Chi thường xuyên | 5.602,10 |
"""


def test_state_budget_rows_under_a_local_title():
    items = _items(BALANCE_MD, "plan.md", (2026, 2026))
    assert ("Thu nội địa", 2026, "total") in items
    assert ("TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN", 2026, "total") in items
    # must not: the local budget's own lines keep the title's budget
    assert ("Chi thường xuyên", 2026, "local") in items
