"""Round G23's rules, found on hold-out inspection, school-year, legal-dissemination and yearly work plans
(tests/invented/build_g23.py).

- A section that names who makes up an inspecting team ("IV. THÀNH PHẦN ĐOÀN KIỂM TRA", "III. ĐOÀN GIÁM SÁT",
  "Thành phần Tổ kiểm tra liên ngành") or whom it visits ("III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Các cơ sở được giám
  sát") holds no assignments: its items ("1. Đoàn số 1 do đồng chí X, Phó Giám đốc Sở làm Trưởng đoàn; thành viên
  gồm đại diện Phòng Y, Thanh tra Sở", "1. Trường Mầm non X: tháng 5/2019") name a team's head and members or a unit
  inspected, and the bodies the plan charges are under "Tổ chức thực hiện" (responsibilities.TEAM, INSPECTED).
  Not: the "Tổ chức thực hiện" section's own items, nor a section of tasks that sets a team up ("Thành lập đoàn
  kiểm tra liên ngành").
- A rate named with what it is paid for before "là" or a colon ("mức thưởng kèm Giấy khen ... cho tập thể là N",
  "Mức tiền thưởng đối với danh hiệu ...: N", "mức chi bồi dưỡng báo cáo viên là N") is no sum, nor the next rate of
  its series for another recipient (", cho cá nhân là N") (budget_statements.RATE_NAMED, RATE_SERIES). Not: the sum
  beside it ("Kinh phí khen thưởng năm N là M"), a rate's clause that names a sum ("mức hỗ trợ ..., tổng kinh phí là
  N").
- A unit named by its kind in lower case before the body it belongs to or a colon ("Bộ phận chuyên môn Phòng Giáo
  dục và Đào tạo: ...", "Tổ chuyên môn các trường: ...", "Bộ phận nghiệp vụ: ...") opens an assignment as "Bộ phận
  Một cửa" does (normalizers.agencies). Not: "bộ phận chuyên môn hóa", "Tổ chuyên môn thực hiện ..." (no body after).
- A plain PDF-to-text reading of a two-column header set in spaces gives the issuer's unit after the motto: "UBND
  HUYỆN X" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "------" / "Số: ...": a body's line
  in capitals right after the motto's lines and right before the number's is the issuer, its parent the line above
  the motto (header._unit_after_motto). Not: a header read in order, a receiving stamp under the motto.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from extractors.fields.responsibilities import agency_of
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẢO LÂM ĐÔNG
SỞ Y TẾ
Số: 227/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lâm Đông, ngày 06 tháng 5 năm 2019

KẾ HOẠCH
Kiểm tra công tác bảo đảm an toàn thực phẩm tại các bếp ăn tập thể năm 2019

I. MỤC ĐÍCH, YÊU CẦU
- Phát hiện, chấn chỉnh kịp thời các vi phạm về an toàn thực phẩm.
II. NỘI DUNG KIỂM TRA
- Điều kiện cơ sở, trang thiết bị của bếp ăn tập thể.
{team}
IV. KINH PHÍ
{money}
V. TỔ CHỨC THỰC HIỆN
1. Chi cục An toàn vệ sinh thực phẩm: chủ trì tổ chức kiểm tra; tổng hợp báo cáo kết quả.
2. Văn phòng Sở: bảo đảm phương tiện cho đoàn kiểm tra.
3. Các cơ sở được kiểm tra: chuẩn bị hồ sơ theo đề cương.
"""

DUTIES = ["Chi cục An toàn vệ sinh thực phẩm", "Văn phòng Sở", "Các cơ sở được kiểm tra"]


def _plan(team: str = "", money: str = "Kinh phí từ nguồn chi thường xuyên của Sở.", name: str = "ke-hoach.txt") -> dict:
    text = PLAN.format(team=team, money=money)
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


def _agencies(record: dict) -> list[str]:
    return [r["agency"] for r in record["responsibilities"]]


# --- a team's make-up is no assignment ---------------------------------------------------------------------

@pytest.mark.parametrize("team", [
    "III. THÀNH PHẦN ĐOÀN KIỂM TRA\n1. Đoàn thứ nhất do đồng chí Triệu Minh Quang, Phó Giám đốc Sở làm Trưởng đoàn; "
    "thành viên gồm đại diện Phòng Nghiệp vụ Y, Thanh tra Sở và Trung tâm Kiểm soát bệnh tật tỉnh.\n2. Đoàn thứ hai do "
    "đồng chí Phan Thị Lụa, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm làm Trưởng đoàn; thành viên gồm đại diện "
    "Công an tỉnh, Sở Giáo dục và Đào tạo.",
    "III. ĐOÀN GIÁM SÁT\n1. Đoàn giám sát số 1 do ông Kha Văn Đạt, Chánh Thanh tra Sở làm Trưởng đoàn; thành viên gồm "
    "Phòng Quản lý hành nghề, Bệnh viện Đa khoa tỉnh.\n2. Đoàn giám sát số 2 do bà Ninh Thị Yến, Trưởng phòng Nghiệp "
    "vụ Dược làm Trưởng đoàn; thành viên gồm Trung tâm Y tế các huyện.",
    "III. THÀNH PHẦN TỔ KIỂM TRA LIÊN NGÀNH\n1. Sở Y tế: 02 thành viên, trong đó 01 đồng chí lãnh đạo Sở làm Tổ "
    "trưởng.\n2. Công an tỉnh: 01 thành viên.\n3. Sở Công Thương: 01 thành viên.",
    # whom the inspection visits, and when
    "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA\n1. Trường Mầm non Sơn Ca: tháng 5/2019.\n2. Trường Tiểu học Lê Văn Tám: tháng "
    "6/2019.\n3. Công ty TNHH Suất ăn Hòa Phát: tháng 7/2019.",
    "III. CÁC CƠ SỞ ĐƯỢC GIÁM SÁT\n1. Bệnh viện Đa khoa khu vực Tây Bảo: quý II/2019.\n2. Trung tâm Y tế huyện Đông "
    "Bảo: quý III/2019.",
])
def test_team_section_holds_no_assignments(team):
    assert _agencies(_plan(team)) == DUTIES


@pytest.mark.parametrize("team, expected", [
    # no team section: the duties as before
    ("", DUTIES),
    # a section of tasks that sets a team up: its bodies' items are assignments as before
    ("III. THÀNH LẬP ĐOÀN KIỂM TRA LIÊN NGÀNH\n1. Sở Y tế: chủ trì thành lập đoàn kiểm tra liên ngành.\n2. Công an "
     "tỉnh: cử cán bộ tham gia đoàn.", ["Sở Y tế", "Công an tỉnh", *DUTIES]),
])
def test_other_sections_keep_their_assignments(team, expected):
    assert _agencies(_plan(team)) == expected


def test_team_section_in_word_and_markdown():
    team = ("III. THÀNH PHẦN ĐOÀN KIỂM TRA\n\n1. Đoàn số 1 do đồng chí Mạc Văn Toàn, Phó Giám đốc Sở làm Trưởng đoàn; "
            "thành viên gồm đại diện Phòng Nghiệp vụ Y và Thanh tra Sở.\n\n2. Đoàn số 2 do đồng chí Lương Thị Hoa, "
            "Chánh Văn phòng Sở làm Trưởng đoàn; thành viên gồm đại diện Phòng Kế hoạch - Tài chính.")
    assert _agencies(_plan(team, name="ke-hoach.md")) == DUTIES


# --- rates are no sums --------------------------------------------------------------------------------------

def _sums(record: dict) -> list[tuple]:
    return [(s["raw"], s["amount_vnd"]) for s in record["budget"]["statements"]]


@pytest.mark.parametrize("money, expected", [
    ("Kinh phí khen thưởng năm 2019 là 240 triệu đồng từ ngân sách tỉnh; mức thưởng kèm Bằng khen của Chủ tịch Ủy ban "
     "nhân dân tỉnh cho tập thể là 2.980.000 đồng, cho cá nhân là 1.490.000 đồng.",
     [("240 triệu đồng", 240_000_000)]),
    ("Mức tiền thưởng đối với danh hiệu Chiến sĩ thi đua cơ sở: 1.250.000 đồng. Tổng kinh phí là 95 triệu đồng.",
     [("95 triệu đồng", 95_000_000)]),
    ("Tổng kinh phí thực hiện là 62.000.000 đồng; mức chi bồi dưỡng báo cáo viên là 400.000 đồng, đối với người "
     "dẫn chương trình là 250.000 đồng.",
     [("62.000.000 đồng", 62_000_000)]),
    # must not: the sums themselves, a rate's clause that names a sum
    ("Kinh phí khen thưởng năm 2019 là 240 triệu đồng.", [("240 triệu đồng", 240_000_000)]),
    ("Nâng mức hỗ trợ cho các bếp ăn tập thể của trường học, tổng kinh phí là 310 triệu đồng.",
     [("310 triệu đồng", 310_000_000)]),
    ("Tổng kinh phí là 500 triệu đồng, trong đó ngân sách tỉnh 300 triệu đồng, cho các huyện là 200 triệu đồng.",
     [("500 triệu đồng", 500_000_000), ("300 triệu đồng", 300_000_000), ("200 triệu đồng", 200_000_000)]),
])
def test_rates_named_are_no_sums(money, expected):
    assert _sums(_plan(money=money)) == expected


# --- a unit named by its kind before its body ----------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("1. Bộ phận chuyên môn Phòng Giáo dục và Đào tạo thị xã Hòa Vang: hướng dẫn các trường", "Bộ phận chuyên môn Phòng "
     "Giáo dục và Đào tạo thị xã Hòa Vang"),
    ("3. Tổ chuyên môn các trường tiểu học: xây dựng kế hoạch dạy học", "Tổ chuyên môn các trường tiểu học"),
    ("2. Bộ phận nghiệp vụ: tổng hợp số liệu phổ cập", "Bộ phận nghiệp vụ"),
    # must not
    ("- Bộ phận chuyên môn hóa sản xuất được hình thành ở các hợp tác xã", None),
    ("- Tổ chuyên môn thực hiện đúng quy định về hồ sơ", None),
    ("- Bộ phận Một cửa: tiếp nhận hồ sơ", "Bộ phận Một cửa"),
])
def test_unit_by_kind_opens_an_assignment(line, expected):
    found = agency_of(line)
    assert (found[0] if found else None) == expected


def test_unit_by_kind_in_a_plan():
    team = ("III. PHÂN CÔNG THỰC HIỆN\n1. Bộ phận chuyên môn Chi cục An toàn vệ sinh thực phẩm: xây dựng đề cương kiểm tra."
            "\n2. Thanh tra Sở: cử cán bộ tham gia.")
    assert _agencies(_plan(team))[:2] == ["Bộ phận chuyên môn Chi cục An toàn vệ sinh thực phẩm", "Thanh tra Sở"]


# --- the issuer's unit read after the motto -----------------------------------------------------------------

HEADER = """{head}
Tân Phước, ngày 14 tháng 8 năm 2018

KẾ HOẠCH
Thực hiện nhiệm vụ năm học 2018 - 2019

I. MỤC TIÊU
- Huy động 97% trẻ 5 tuổi ra lớp.
"""


@pytest.mark.parametrize("head, expected", [
    # a plain PDF-to-text reading of a two-column header set in spaces: the unit after the motto, before the number
    ("UBND HUYỆN TÂN PHƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n------\nSố: 504/KH-PGDĐT\n"
     "Độc lập - Tự do - Hạnh phúc", "Phòng Giáo dục và Đào tạo huyện Tân Phước"),
    ("UBND TỈNH TÂN PHƯỚC\nVIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n------Số: 1733/KH-SGDĐT\n"
     "Độc lập - Tự do - Hạnh phúc", "Sở Giáo dục và Đào tạo tỉnh Tân Phước"),
    # must not: the header read in order; a receiving stamp under the motto
    ("UBND HUYỆN TÂN PHƯỚC\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 504/KH-PGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc", "Phòng Giáo dục và Đào tạo huyện Tân Phước"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHƯỚC\nSố: 88/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "UBND TỈNH BÌNH ĐÔNG\nĐẾN Số: 1203", "Ủy ban nhân dân huyện Tân Phước"),
])
def test_unit_read_after_the_motto(head, expected):
    record = process("ke-hoach.txt", HEADER.format(head=head).encode("utf-8")).record.model_dump(mode="json")
    assert record["issuer"]["name"] == expected
