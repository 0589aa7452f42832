"""Round G28's rules, found on hold-out documents of a district's plan whose funds are split by year and source in
one paragraph, a lower secondary school's plan for the school year in the i-spelling, a district's plan launching an
emulation movement and a district Party committee's plan (tests/invented/build_g28.py), and on the shapes around them.

- The words that announce a sum's parts by year or by source and end in "như sau" ("Tổng kinh phí N, phân theo năm
  như sau: năm 2024: A (...); năm 2025: B", "chia theo từng năm cụ thể như sau:", "phân theo nguồn vốn như sau:")
  are no scope of their own: the first year's sum is the total's, as the years after it are
  (budget_statements.LEAD_IN). Not: a project's sum split by year keeps the project's scope.
- The sources in brackets after a year's sum ("năm 2021 là N (trong đó ngân sách tỉnh A, ...)", "Kinh phí năm 2022:
  N (ngân sách tỉnh: A; xã hội hóa: B)") are that year's, the ones after a semicolon too (budget_statements._year).
  Not: the amounts in brackets after a source's sum that name their own years.
- An award's levels by recipient after "Mức thưởng:" ("Mức thưởng: tập thể N, cá nhân M", "; cá nhân: M", "mỗi
  tập thể N, mỗi cá nhân M") are rates, no sums; the prize fund after them is (budget_statements.RATE_NAMED,
  RATE_SERIES). Not: a total's sources after its colon ("Tổng kinh phí N: ngân sách tỉnh A, ngân sách huyện B").
- A school's Young Pioneers' unit ("Liên đội trường", "Liên đội Trường Tiểu học X") is a body: it leads a task and
  is charged under "Tổ chức thực hiện" (normalizers.agencies). Not: "liên đội" in lower case in a task's text ("đại
  hội liên đội"), "Liên đội" before a number.
- The class teachers written in lower case after "phối hợp với" ("phối hợp với giáo viên chủ nhiệm các lớp ...")
  are a partner, as "Giáo viên chủ nhiệm lớp 9" is with its capital (normalizers.agencies). Not: the class teachers
  as the ones a task trains ("Bồi dưỡng kĩ năng tư vấn cho giáo viên chủ nhiệm") lead nothing.
- What a plan asks a body to invest in, the works named after it ("phối hợp với Phòng Tài chính - Kế hoạch đầu tư
  đường nội bản ...", "đầu tư nâng cấp ...") ends the body's name before "đầu tư" (normalizers.agencies.VERB). Not: a
  name whose field is investment ("Ban Quản lý dự án đầu tư xây dựng huyện", "Ban Quản lý đầu tư xây dựng", "Trung
  tâm Xúc tiến đầu tư").
- A town's or an urban district's Party committee in the header ("ĐẢNG BỘ TỈNH X" / "THỊ ỦY Y" / "*", "QUẬN ỦY Z")
  is the issuer, of the district's level, as "HUYỆN ỦY Y" is (common.ISSUER_START). Not: the district's committee
  still read so.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process


def _record(text: str, name: str = "van-ban.txt") -> dict:
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


FUNDS = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LĨNH
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mường Lĩnh, ngày 02 tháng 3 năm 2021

KẾ HOẠCH
Phát triển chăn nuôi nông hộ giai đoạn 2021 - 2023

I. MỤC TIÊU
Tỷ lệ hộ chăn nuôi an toàn sinh học đạt 40%.
II. KINH PHÍ THỰC HIỆN
{funds}
III. TỔ CHỨC THỰC HIỆN
Phòng Nông nghiệp và Phát triển nông thôn chủ trì, theo dõi việc thực hiện Kế hoạch./.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Vi Văn Đạt
"""


def _statements(funds: str) -> list[tuple]:
    record = _record(FUNDS.format(funds=funds))
    return [(s["scope"], s["source"], s["year"], s["amount_vnd"] // 10**6) for s in record["budget"]["statements"]]


@pytest.mark.parametrize("funds, expected", [
    ("Tổng kinh phí dự kiến 2.460 triệu đồng, phân theo năm như sau: năm 2021: 780 triệu đồng (ngân sách tỉnh 500 "
     "triệu đồng, ngân sách huyện 280 triệu đồng); năm 2022: 1.680 triệu đồng (ngân sách tỉnh 1.000 triệu đồng, "
     "vốn của người dân 680 triệu đồng).",
     [("total", "total", None, 2460), ("total", "total", 2021, 780), ("total", "local", 2021, 500),
      ("total", "local", 2021, 280), ("total", "total", 2022, 1680), ("total", "local", 2022, 1000),
      ("total", "mobilized", 2022, 680)]),
    ("Tổng kinh phí 945 triệu đồng, chia theo từng năm cụ thể như sau: năm 2022: 415 triệu đồng; năm 2023: 530 triệu "
     "đồng.",
     [("total", "total", None, 945), ("total", "total", 2022, 415), ("total", "total", 2023, 530)]),
    ("Tổng kinh phí 1.270 triệu đồng, phân theo nguồn vốn như sau: ngân sách huyện 870 triệu đồng; xã hội hóa 400 "
     "triệu đồng.",
     [("total", "total", None, 1270), ("total", "local", None, 870), ("total", "mobilized", None, 400)]),
])
def test_parts_announced_as_follows_have_no_scope(funds, expected):
    assert _statements(funds) == expected


@pytest.mark.parametrize("funds, expected", [
    ("Tổng kinh phí 2.190 triệu đồng, trong đó: năm 2022 là 830 triệu đồng (trong đó ngân sách tỉnh 600 triệu đồng, "
     "ngân sách huyện 230 triệu đồng), năm 2023 là 1.360 triệu đồng (trong đó ngân sách tỉnh 900 triệu đồng, xã hội "
     "hóa 460 triệu đồng).",
     [("total", "total", None, 2190), ("total", "total", 2022, 830), ("total", "local", 2022, 600),
      ("total", "local", 2022, 230), ("total", "total", 2023, 1360), ("total", "local", 2023, 900),
      ("total", "mobilized", 2023, 460)]),
    ("Kinh phí thực hiện năm 2022: 640 triệu đồng (ngân sách tỉnh: 410 triệu đồng; ngân sách huyện: 230 triệu đồng). "
     "Kinh phí thực hiện năm 2023: 1.125 triệu đồng (ngân sách tỉnh: 725 triệu đồng; xã hội hóa: 400 triệu đồng).",
     [("total", "total", 2022, 640), ("total", "local", 2022, 410), ("total", "local", 2022, 230),
      ("total", "total", 2023, 1125), ("total", "local", 2023, 725), ("total", "mobilized", 2023, 400)]),
    # (must not: the amounts in brackets that name their own years keep them)
    ("Tổng kinh phí 1.730 triệu đồng, trong đó ngân sách huyện: 930 triệu đồng (năm 2022: 410 triệu đồng; năm 2023: "
     "520 triệu đồng); xã hội hóa 800 triệu đồng.",
     [("total", "total", None, 1730), ("total", "local", None, 930), ("total", "local", 2022, 410),
      ("total", "local", 2023, 520), ("total", "mobilized", None, 800)]),
])
def test_sources_in_brackets_are_the_years(funds, expected):
    assert _statements(funds) == expected


@pytest.mark.parametrize("funds, expected", [
    ("Mức thưởng: tập thể 2.500.000 đồng, cá nhân 900.000 đồng. Tổng kinh phí khen thưởng dự kiến 83.400.000 đồng, "
     "trích từ Quỹ thi đua, khen thưởng huyện.", [("total", "total", None, 83)]),
    ("Mức thưởng: tập thể 2.500.000 đồng; cá nhân: 900.000 đồng; hộ gia đình 350.000 đồng. Tổng kinh phí khen thưởng "
     "dự kiến 83.400.000 đồng.", [("total", "total", None, 83)]),
    ("Mức thưởng kèm theo Giấy khen: mỗi tập thể 1.700.000 đồng, mỗi cá nhân 650.000 đồng.", []),
    # (must not: a total's sources after its colon)
    ("Tổng kinh phí 870 triệu đồng: ngân sách tỉnh 520 triệu đồng, ngân sách huyện 350 triệu đồng.",
     [("total", "total", None, 870), ("total", "local", None, 520), ("total", "local", None, 350)]),
])
def test_award_levels_are_no_sums(funds, expected):
    assert _statements(funds) == expected


def test_a_projects_sum_by_year_keeps_its_scope():
    got = _statements("Dự án 2: 610 triệu đồng, phân theo năm như sau: năm 2022: 260 triệu đồng; năm 2023: 350 triệu "
                      "đồng.")
    assert {s for s, *_ in got} == {"Dự án 2"}


SCHOOL = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LAM
TRƯỜNG TIỂU HỌC PHÚ XUÂN ĐÔNG
Số: 27/KH-TH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Xuân Đông, ngày 12 tháng 9 năm 2019

KẾ HOẠCH
Giáo dục kĩ năng sống năm học 2019 - 2020

I. NHIỆM VỤ
1. Tổ chức các hoạt động ngoại khóa
{task}
II. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu: chỉ đạo chung.
2. {charged}: tổ chức các hoạt động tập thể cho học sinh./.

Nơi nhận:
- Lưu: VT.
HIỆU TRƯỞNG

Lò Thị Xuân
"""


def _school(task: str, charged: str = "Tổ khối 5") -> dict:
    return _record(SCHOOL.format(task=task, charged=charged))


@pytest.mark.parametrize("task, lead, partner", [
    ("Liên đội trường chủ trì, phối hợp với Tổ khối 4 tổ chức ngày hội đọc sách.", ["Liên đội trường"], ["Tổ khối 4"]),
    ("Liên đội Trường Tiểu học Phú Xuân Đông chủ trì, phối hợp với Ban đại diện cha mẹ học sinh tổ chức hội trại.",
     ["Liên đội Trường Tiểu học Phú Xuân Đông"], ["Ban đại diện cha mẹ học sinh"]),
    ("Tổ khối 3 chủ trì, phối hợp với giáo viên chủ nhiệm các lớp tổ chức dạy bơi cho học sinh.", ["Tổ khối 3"],
     ["Giáo viên chủ nhiệm các lớp"]),
])
def test_a_schools_units_lead_and_partner(task, lead, partner):
    activity = _school(task)["activities"][0]
    assert (activity["lead_agencies"], activity["partner_agencies"]) == (lead, partner)


def test_the_pioneers_unit_is_charged():
    agencies = [r["agency"] for r in _school("Tổ chức ngày hội đọc sách.", "Liên đội trường")["responsibilities"]]
    assert agencies == ["Ban Giám hiệu", "Liên đội trường"]


@pytest.mark.parametrize("task", [
    "Tổ chức đại hội liên đội và các buổi sinh hoạt dưới cờ theo chủ đề.",
    "Bồi dưỡng kĩ năng tư vấn tâm lí cho giáo viên chủ nhiệm các lớp.",
    "Giao lưu với Liên đội 7 của phường bạn.",
])
def test_no_body_in_the_tasks_own_words(task):
    activity = _school(task)["activities"][0]
    assert (activity["lead_agencies"], activity["partner_agencies"]) == ([], [])


TOWNS = """ỦY BAN NHÂN DÂN
HUYỆN PHONG LẠC
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phong Lạc, ngày 19 tháng 5 năm 2017

KẾ HOẠCH
Chỉnh trang các điểm dân cư nông thôn năm 2017

I. NHIỆM VỤ
1. Hạ tầng các điểm dân cư
{task}
II. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế và Hạ tầng theo dõi việc thực hiện Kế hoạch./.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Mạc Văn Tùng
"""


@pytest.mark.parametrize("task, partner", [
    ("Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch đầu tư đường nội thôn, cống thoát "
     "nước tại các điểm dân cư.", ["Phòng Tài chính - Kế hoạch"]),
    ("Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Văn hóa và Thông tin đầu tư nâng cấp nhà văn hóa các "
     "thôn.", ["Phòng Văn hóa và Thông tin"]),
    # (must not: investment is the field of these names)
    ("Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện lập hồ sơ các công "
     "trình.", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
    ("Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Ban Quản lý đầu tư xây dựng huyện lập hồ sơ các công trình.",
     ["Ban Quản lý đầu tư xây dựng huyện"]),
])
def test_investing_ends_a_partners_name(task, partner):
    activity = _record(TOWNS.format(task=task))["activities"][0]
    assert (activity["lead_agencies"], activity["partner_agencies"]) == (["Phòng Kinh tế và Hạ tầng"], partner)


PARTY = """ĐẢNG BỘ {parent}
{committee}
*
Số 112-KH/{code}
ĐẢNG CỘNG SẢN VIỆT NAM
{place}, ngày 14 tháng 10 năm 2016

KẾ HOẠCH
tuyên truyền kỷ niệm 70 năm Ngày thành lập Đảng bộ

I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng truyền thống của Đảng bộ.
II. TỔ CHỨC THỰC HIỆN
Các chi bộ trực thuộc xây dựng kế hoạch thực hiện./.

Nơi nhận:
- Các chi bộ trực thuộc,
- Lưu Văn phòng.
T/M BAN THƯỜNG VỤ
BÍ THƯ

Ông Văn Bảy
"""


@pytest.mark.parametrize("parent, committee, code, place, name", [
    ("TỈNH PHÚ LÂM", "THỊ ỦY AN KHÊ ĐÔNG", "TU", "An Khê Đông", "Thị ủy An Khê Đông"),
    ("THÀNH PHỐ HẢI LĨNH", "QUẬN ỦY NAM THẠCH", "QU", "Nam Thạch", "Quận ủy Nam Thạch"),
    # (must not: the district's committee as before)
    ("TỈNH PHÚ LÂM", "HUYỆN ỦY ĐỒNG KHÊ", "HU", "Đồng Khê", "Huyện ủy Đồng Khê"),
])
def test_a_towns_party_committee_issues(parent, committee, code, place, name):
    issuer = _record(PARTY.format(parent=parent, committee=committee, code=code, place=place))["issuer"]
    assert (issuer["name"], issuer["level"], issuer["locality"]) == (name, "district", place)
