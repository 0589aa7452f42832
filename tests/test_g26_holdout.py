"""Round G26's rules, found on hold-out documents of a district chairman's meeting conclusions, a district's decision
giving its communes the year's targets, a province's plan printed to PDF and a state company's business plan
(tests/invented/build_g26.py), and on the shapes around them.

- An article that gives targets and names whose they are ("Điều 1. Giao chỉ tiêu kế hoạch ... năm 2018 cho ..., với
  các chỉ tiêu chủ yếu của toàn huyện như sau:", "... các chỉ tiêu chủ yếu trên địa bàn tỉnh như sau:") adopts its
  numbered items as objectives (objectives.ADOPTS_TARGETS); they aim at the one year the article names. Not: an
  article naming no targets ("Điều 1. Giao nhiệm vụ cho các xã như sau:"); an article naming two years gives none.
- A table column counting the criteria or targets a place is to reach ("Số tiêu chí NTM tăng thêm", "Số chỉ tiêu
  tăng thêm") counts things, no money, whatever unit another column names (tables.rebuild.QUANTITY_HEAD). Not: a column
  of money ("Số kinh phí tăng thêm").
- A state company's own units listed by their kind ("Các Xí nghiệp thủy lợi", "các Nhà máy nước", "Các Chi nhánh
  thủy nông") are bodies, as "các phòng" are (normalizers.agencies._AGENCY_NOUN): its numbered tasks opening on
  them keep their lead, and "Giám đốc các Xí nghiệp" under "Tổ chức thực hiện" is responsible. Not: a works to
  build ("Xây dựng nhà máy xử lý rác").
- What an enterprise or a taxpayer pays into the budget ("nộp ngân sách nhà nước 2,3 tỷ đồng", "nộp NSNN") is no
  money of the plan (budget_statements.PAID_IN). Not: the plan's money from the budget.
- A company's or a bank's kind cut from its name in a narrow PDF cell ("Công ty" / "Điện lực Hòa Bắc", "Tổng công ty"
  / "Viễn thông X") opens one name with the next line (normalizers.agencies._BARE_HEAD). Not: named bodies one a line.
- A past year's level before an aim with no year of its own ("Năm 2018, tỷ lệ ... đạt 37%; phấn đấu đạt trên 55%"
  in a plan for 2019) is where the item starts, no target (objectives.AIM_AFTER, G25's left). Not: the level alone,
  a level of the plan's own year.
- The signature's first line run into the archive line ("- Lưu: VT.TL. CHỦ TỊCH", as a converted Word 97 file's
  closing table gives it) ends the list there (header.GLUED_AUTHORITY). Not: "Lưu: VT, TL." (a unit's initials).
- What the months gone of the year raised or paid out, told as done under a heading naming no money ("Chín tháng đầu
  năm 2016, toàn huyện đã huy động N", "9 tháng đầu năm ..., đã giải ngân N" in a notice of that year) is the
  situation, no sum (budget_statements._past_takings, PART_GONE, PAST_RAISED). Not: the year's money to spend.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from extractors.tables.rebuild import counts_things
from normalizers.agencies import leading_agency, lines_by_agency
from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC LÃNG
Số: 1744/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Lãng, ngày 18 tháng 12 năm 2015

QUYẾT ĐỊNH
Về việc giao chỉ tiêu kế hoạch năm 2016

ỦY BAN NHÂN DÂN TỈNH BẮC LÃNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
{article}
1. Tốc độ tăng trưởng kinh tế đạt 7,8%.
2. Tỷ lệ hộ nghèo giảm 1,9%.
3. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 16,5%.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Kế hoạch và Đầu tư chịu trách nhiệm thi hành Quyết định này./.
"""


def _record(text: str, name: str = "van-ban.txt") -> dict:
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


def _objectives(article: str) -> list[tuple]:
    record = _record(DECISION.format(article=article))
    return [(o["target_year"], [t["value"] for t in o["targets"] if t["unit"] == "percent"])
            for o in record["objectives"]]


@pytest.mark.parametrize("article", [
    "Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2016 cho Ủy ban nhân dân các huyện, thành phố, "
    "với các chỉ tiêu chủ yếu của toàn tỉnh như sau:",
    "Điều 1. Giao Ủy ban nhân dân các huyện thực hiện kế hoạch năm 2016 với các chỉ tiêu chủ yếu trên địa bàn tỉnh "
    "như sau:",
    "Điều 1. Giao kế hoạch năm 2016 cho các huyện (chi tiết tại Phụ lục), các chỉ tiêu của toàn tỉnh như sau:",
])
def test_an_article_giving_the_places_targets_adopts_them(article):
    assert _objectives(article) == [(2016, [7.8]), (2016, [1.9]), (2016, [16.5])]


def test_an_article_naming_two_years_gives_its_targets_the_plans_year():
    # (the article names no one year; the decision's one-year period does: session 38's one-year rule)
    found = _objectives("Điều 1. Giao chỉ tiêu năm 2016 so với năm 2015 cho các huyện, với các chỉ tiêu chủ yếu của "
                        "toàn tỉnh như sau:")
    assert [values for _, values in found] == [[7.8], [1.9], [16.5]]
    assert {year for year, _ in found} == {2016}


def test_an_article_naming_no_targets_adopts_none():
    assert _objectives("Điều 1. Giao nhiệm vụ cho Ủy ban nhân dân các huyện như sau:") == []


@pytest.mark.parametrize("head, counts", [
    ("Số tiêu chí NTM tăng thêm", True),
    ("Số chỉ tiêu tăng thêm", True),
    ("Số tiêu chí tăng so với năm trước", True),
    ("Số kinh phí tăng thêm", False),
    ("Số vốn giao", False),
])
def test_a_count_of_criteria_is_no_money(head, counts):
    assert counts_things(head) is counts


COMMUNES = """ỦY BAN NHÂN DÂN
HUYỆN TRÀ LIÊN
Số: 1310/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Liên, ngày 22 tháng 12 năm 2021

QUYẾT ĐỊNH
Về việc giao chỉ tiêu kế hoạch năm 2022 cho các xã

Điều 1. Giao chỉ tiêu kế hoạch năm 2022 cho các xã theo Phụ lục kèm theo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

PHỤ LỤC

| TT | Xã | Tỷ lệ hộ nghèo giảm (%) | Số tiêu chí NTM tăng thêm | Thu ngân sách (triệu đồng) |
|---|---|---|---|---|
| 1 | Xã Trà An | 2,0 | 3 | 640 |
| 2 | Xã Liên Hòa | 1,5 | 2 | 915 |
"""


def test_the_criteria_column_beside_a_money_column_gives_no_items():
    items = _record(COMMUNES, "quyet-dinh.md")["budget"]["items"]
    assert sorted(i["amount_vnd"] for i in items) == [640000000, 915000000]


COMPANY = """CÔNG TY TNHH MTV THỦY NÔNG BẮC GIANG SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-CT                                       Giang Sơn, ngày 06 tháng 01 năm 2019

KẾ HOẠCH
Sản xuất kinh doanh năm 2019

I. MỤC TIÊU
- Tổng doanh thu đạt 58,4 tỷ đồng; nộp ngân sách nhà nước 2,3 tỷ đồng.
- Tỷ lệ diện tích tưới chủ động đạt 91%.
II. NHIỆM VỤ
1. Phòng Kỹ thuật - Quản lý nước chủ trì, phối hợp với các Nhà máy nước lập lịch bảo dưỡng máy bơm.
2. Phòng Tài vụ chủ trì, phối hợp với Phòng Tổ chức lập đơn giá tiền nước.
3. Phòng Tổ chức tuyển dụng 12 công nhân vận hành.
4. Các Chi nhánh thủy nông tổ chức nạo vét 31 km kênh nội đồng.
III. KINH PHÍ
Kinh phí thực hiện 640 triệu đồng từ ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Tài vụ: theo dõi, tổng hợp.
2. Giám đốc các Chi nhánh thủy nông: tổ chức thực hiện./.
"""


def test_a_companys_units_lead_its_tasks_and_are_charged():
    record = _record(COMPANY)
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == [
        ("1", ["Phòng Kỹ thuật - Quản lý nước"]), ("2", ["Phòng Tài vụ"]), ("3", ["Phòng Tổ chức"]),
        ("4", ["Các Chi nhánh thủy nông"])]
    assert [r["agency"] for r in record["responsibilities"]] == ["Phòng Tài vụ", "Các Chi nhánh thủy nông"]


@pytest.mark.parametrize("text, found", [
    ("Các Xí nghiệp thủy lợi vận hành công trình đúng quy trình.", "Các Xí nghiệp thủy lợi"),
    ("các Nhà máy nước bảo đảm cấp nước liên tục.", "các Nhà máy nước"),
    ("Xây dựng nhà máy xử lý rác thải tập trung.", None),
])
def test_a_companys_units_by_their_kind(text, found):
    span = leading_agency(text)
    assert (text[span[0]: span[1]] if span else None) == found


def test_what_a_company_pays_into_the_budget_is_no_money_of_the_plan():
    statements = _record(COMPANY)["budget"]["statements"]
    assert [(s["source"], s["amount_vnd"]) for s in statements] == [("local", 640000000)]


@pytest.mark.parametrize("lines, groups", [
    (["Công ty", "Điện lực Hòa Bắc"], None),
    (["Công ty TNHH", "Điện lực Bình An", "Sở Công Thương"], [["Công ty TNHH", "Điện lực Bình An"], ["Sở Công Thương"]]),
    (["Tổng công ty", "Viễn thông Hòa Bắc"], None),
])
def test_a_companys_kind_cut_from_its_name_in_a_narrow_cell(lines, groups):
    assert lines_by_agency(lines) == groups


@pytest.mark.parametrize("lines, groups", [
    (["Sở Công Thương", "Điện lực Hòa Bắc"], [["Sở Công Thương"], ["Điện lực Hòa Bắc"]]),
    (["Công ty Điện lực Hòa Bắc", "Ngân hàng Nhà nước chi nhánh tỉnh"],
     [["Công ty Điện lực Hòa Bắc"], ["Ngân hàng Nhà nước chi nhánh tỉnh"]]),
])
def test_named_bodies_one_a_line_stay_apart(lines, groups):
    assert lines_by_agency(lines) == groups


REFORM = """ỦY BAN NHÂN DÂN
TỈNH HÀ SƠN
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Sơn, ngày 12 tháng 02 năm {year}

KẾ HOẠCH
Chuyển đổi số {period}

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao hiệu quả phục vụ người dân, doanh nghiệp.
2. Chỉ tiêu cụ thể
{item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông: theo dõi, tổng hợp.
"""


def _percents(item: str, year: int = 2019, period: str = "năm 2019") -> list[float]:
    record = _record(REFORM.format(item=item, year=year, period=period), "ke-hoach.txt")
    found = [o for o in record["objectives"] if o["kind"] == "specific"]
    assert len(found) == 1
    return [t["value"] for t in found[0]["targets"] if t["unit"] == "percent"]


@pytest.mark.parametrize("item, values", [
    ("- Năm 2018, tỷ lệ hồ sơ nộp trực tuyến đạt 37%; phấn đấu đạt trên 55%.", [55.0]),
    ("- Năm 2017, tỷ lệ văn bản được ký số là 28,5%, phấn đấu đạt 70%.", [70.0]),
])
def test_a_past_years_level_before_an_aim_with_no_year_is_no_target(item, values):
    assert _percents(item) == values


@pytest.mark.parametrize("item, values, year, period", [
    ("- Năm 2018, tỷ lệ hồ sơ nộp trực tuyến đạt 37%.", [37.0], 2019, "năm 2019"),
    ("- Năm 2019, tỷ lệ hồ sơ nộp trực tuyến đạt 45%; phấn đấu năm 2020 đạt 60%.", [45.0, 60.0], 2019,
     "giai đoạn 2019 - 2020"),
])
def test_a_level_with_no_aim_after_or_of_the_plans_year_stays(item, values, year, period):
    assert _percents(item, year, period) == values


CLOSING = """ỦY BAN NHÂN DÂN
HUYỆN LONG KHÁNH ĐÔNG
Số: 57/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Khánh Đông, ngày 04 tháng 9 năm 2014

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về công tác phòng, chống dịch bệnh

1. Giao Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế huyện giám sát dịch bệnh.
Nơi nhận:
- CT, các PCT UBND huyện;
- Phòng Y tế;
{last}
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Đinh Thị Mai
"""


@pytest.mark.parametrize("last, want", [
    ("- Lưu: VT.TL. CHỦ TỊCH", "Lưu: VT"),
    ("- Lưu: VT, YT.TL. CHỦ TỊCH", "Lưu: VT, YT"),
    ("- Lưu: VT, TL.\\nTL. CHỦ TỊCH", "Lưu: VT, TL"),
    ("- Lưu: VT.\\nTL. CHỦ TỊCH", "Lưu: VT"),
])
def test_the_signatures_first_line_run_into_the_archive_line(last, want):
    record = _record(CLOSING.format(last=last.replace("\\n", "\n")))
    assert record["recipients"][-1] == want


NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN PHÚ THẠCH
Số: 96/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thạch, ngày 10 tháng 10 năm 2016

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về giảm nghèo bền vững năm 2016

1. Đánh giá chung
{said}
2. Nhiệm vụ thời gian tới
a) Giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát hộ nghèo.
"""


def _notice_sums(said: str) -> list[int]:
    return [s["amount_vnd"] for s in _record(NOTICE.format(said=said))["budget"]["statements"]]


@pytest.mark.parametrize("said", [
    "Chín tháng đầu năm 2016, toàn huyện đã huy động 12.450 triệu đồng cho giảm nghèo.",
    "9 tháng đầu năm 2016, huyện đã giải ngân 7.300 triệu đồng vốn hỗ trợ sản xuất.",
])
def test_what_the_months_gone_raised_is_the_notices_situation(said):
    assert _notice_sums(said) == []


@pytest.mark.parametrize("said, want", [
    ("Chín tháng đầu năm 2016, toàn huyện đã phát triển 120 mô hình. Kinh phí thực hiện năm 2016 từ ngân sách huyện "
     "là 12.450 triệu đồng.", [12450000000]),
    ("Năm 2016, huyện bố trí 7.300 triệu đồng cho các xã.", [7300000000]),
])
def test_a_sum_to_spend_stays(said, want):
    assert _notice_sums(said) == want
