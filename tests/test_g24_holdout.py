"""Round G24's rules, found on hold-out response plans by alert level or scenario, an event programme by the hour and
a plan with annexes (tests/invented/build_g24.py).

- A numbered item that names a situation the plan answers ("1. Cấp độ 1: Dịch xảy ra tại 01 xã", "2. Tình huống 2:
  Cháy rừng trên 1 ha", "3. Kịch bản 3 - ...", "Cấp độ rủi ro thiên tai 2") lists the measures of that level or
  scenario: no task of the plan (activities.SITUATION). Not: a task that names a level after its verb ("1. Xây dựng
  phương án ứng phó theo cấp độ 1, cấp độ 2"), a level followed by a date or a share.
- Where no heading names the tasks, a section that names the standing board and the means kept ready ("III. BAN CHỈ
  HUY VÀ LỰC LƯỢNG, PHƯƠNG TIỆN", "II. LỰC LƯỢNG, PHƯƠNG TIỆN ỨNG PHÓ") holds no tasks: its items are the board's
  make-up, the forces, tools and hotlines (activities.STANDING). Not: a section that sets a board up or strengthens
  the forces ("III. KIỆN TOÀN BAN CHỈ ĐẠO ...", "II. TĂNG CƯỜNG LỰC LƯỢNG ..."), nor a section that names the tasks.
- A numbered or lettered item that opens with a time of day ("1. Từ 7 giờ 00 đến 7 giờ 30: Đón tiếp đại biểu", "a)
  7h30 - 8h00: Khai mạc", "3. 16h00 ngày 24/9: Bế mạc") is a slot of an event's programme, no task of the plan, as a
  programme table's rows are none (activities.SLOT). Not: a task whose time comes after its verb ("Tổ chức Lễ khai
  mạc lúc 7h30 ..."), a course's hours ("40 giờ: ..."), "24h/24h".
- A plain PDF-to-text reading of a two-column header set in spaces may put the motto's last word between the issuer's
  unit and the number: "UBND HUYỆN X" / "VIỆT NAM" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "UỶ BAN NHÂN DÂN XÃ Y" / "phúc" /
  "------Số: ...": the unit is still the issuer (header.MOTTO_TAIL, after G23's _unit_after_motto). Not: a header
  read in order, a receiving stamp.
- A flattened task table printed to PDF may open a page with a row's code ("3" at the top of page 4, its task
  after it): is_page_number reads a bare number opening a page as the page's number, and the row was lost or merged
  with the one before; a bare number that follows the last row code and comes before a task is the row's code
  (task_tables._without_page_numbers). Not: the page's own number before the row code ("2" then "3").
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from extractors.fields.activities import SITUATION, SLOT
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG GIANG THƯỢNG
Số: 318/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Giang Thượng, ngày 12 tháng 4 năm 2016

KẾ HOẠCH
Ứng phó với bão, lũ trên địa bàn huyện năm 2016

I. MỤC ĐÍCH, YÊU CẦU
- Chủ động ứng phó, giảm thiểu thiệt hại về người và tài sản.
{body}
V. KINH PHÍ
Kinh phí từ nguồn dự phòng ngân sách huyện.
VI. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Phát triển nông thôn: theo dõi, tổng hợp, báo cáo.
2. Ủy ban nhân dân các xã, thị trấn: xây dựng phương án của địa phương.
"""


def _titles(body: str) -> list[str]:
    text = PLAN.format(body=body)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    return [a["title"] for a in record["activities"]]


LEVELS = """II. BIỆN PHÁP ỨNG PHÓ THEO CẤP ĐỘ RỦI RO THIÊN TAI
1. Cấp độ rủi ro thiên tai 1: Mưa lớn gây ngập úng cục bộ
- Ủy ban nhân dân xã sơ tán các hộ ở vùng trũng thấp.
- Đồn Biên phòng Khe Sanh Nam hỗ trợ di dời tài sản của Nhân dân.
2. Cấp độ rủi ro thiên tai 2: Lũ vượt báo động III trên sông Lam Giang
- Ban Chỉ huy Quân sự huyện huy động 02 xuồng máy và 60 người.
3. Cấp độ rủi ro thiên tai 3: Bão mạnh cấp 12 đổ bộ trực tiếp
- Huy động toàn bộ lực lượng, phương tiện trên địa bàn.
"""

SCENARIOS = """II. PHƯƠNG ÁN ỨNG PHÓ
1. Tình huống 1: Sạt lở đất tại một điểm dân cư
Tổ xung kích của thôn di dời ngay các hộ dân; Trưởng thôn báo cáo Ủy ban nhân dân xã trong vòng 15 phút.
2. Tình huống 2: Sạt lở nhiều điểm, chia cắt giao thông
Ban Chỉ huy huyện điều động lực lượng chi viện; Trung tâm Y tế huyện bố trí 03 xe cứu thương.
"""

CASES = """II. KỊCH BẢN ỨNG PHÓ VỚI DỊCH BỆNH
a) Kịch bản 1 - Có dưới 20 ca mắc trên địa bàn
- Cách ly, điều trị tại Trung tâm Y tế huyện.
b) Kịch bản 2 - Có từ 20 ca mắc trở lên
- Thiết lập bệnh viện dã chiến tại Trường Tiểu học Nam Hưng.
"""

BOARD = """II. BAN CHỈ ĐẠO VÀ LỰC LƯỢNG ỨNG PHÓ
1. Ban Chỉ đạo phòng, chống thiên tai huyện gồm 13 thành viên: Chủ tịch Ủy ban nhân dân huyện làm Trưởng ban; Chỉ huy trưởng Ban Chỉ huy Quân sự huyện làm Phó Trưởng ban.
2. Lực lượng cơ động: 05 đội xung kích với 120 người, 04 xuồng máy.
3. Số điện thoại trực ban: 0233.3762.418.
III. LỰC LƯỢNG, PHƯƠNG TIỆN DỰ PHÒNG
1. Trạm Cứu hộ Tân Định: 02 ca nô, 30 áo phao.
2. Công ty Cổ phần Xây dựng Miền Núi: 03 máy xúc sẵn sàng thông tuyến.
"""


@pytest.mark.parametrize("body", [LEVELS, SCENARIOS, CASES, BOARD])
def test_situations_and_standing_means_are_no_tasks(body):
    assert _titles(body) == []


TASKS = """II. NHIỆM VỤ TRỌNG TÂM
1. Xây dựng phương án ứng phó theo cấp độ 1, cấp độ 2 của rủi ro thiên tai. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện thực hiện.
2. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện; phân công nhiệm vụ cho từng thành viên. Văn phòng HĐND và UBND huyện chủ trì thực hiện.
"""

STRENGTHEN = """II. KIỆN TOÀN BAN CHỈ ĐẠO, TĂNG CƯỜNG LỰC LƯỢNG
1. Kiện toàn Ban Chỉ đạo phòng, chống thiên tai của 14 xã, thị trấn trước ngày 30/5/2016.
2. Tổ chức tập huấn cho 350 thành viên đội xung kích các xã.
"""


@pytest.mark.parametrize("body, expected", [
    (TASKS, ["Xây dựng phương án ứng phó theo cấp độ 1, cấp độ 2 của rủi ro thiên tai",
             "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện; phân công nhiệm vụ cho từng "
             "thành viên"]),
    (STRENGTHEN, ["Kiện toàn Ban Chỉ đạo phòng, chống thiên tai của 14 xã, thị trấn trước ngày 30/5/2016",
                  "Tổ chức tập huấn cho 350 thành viên đội xung kích các xã"]),
])
def test_tasks_beside_levels_and_boards_stay(body, expected):
    titles = _titles(body)
    assert len(titles) == len(expected)
    for got, want in zip(titles, expected):
        assert got.startswith(want[:40])


@pytest.mark.parametrize("heading, expected", [
    ("Cấp độ 1: Dịch xảy ra tại 01 xã", True),
    ("Cấp độ rủi ro thiên tai 2", True),
    ("Tình huống 3 - Cháy rừng lan sang khu dân cư", True),
    ("Kịch bản II: Dịch lan rộng", True),
    ("Trường hợp 1: Có người mắc bệnh tại trường học", True),
    ("Xây dựng phương án ứng phó theo cấp độ 1", False),
    ("Cấp độ 2 năm 2016 đạt 80%", False),
    ("Cấp 20 bộ máy tính cho các trường", False),
    ("Tình huống pháp lý thường gặp trong hòa giải", False),
])
def test_situation_heading(heading, expected):
    assert (SITUATION.match(heading) is not None) is expected


PROGRAMME = """II. THỜI GIAN, ĐỊA ĐIỂM
1. Thời gian: 01 ngày, ngày 19/11/2021.
2. Địa điểm: Nhà Văn hóa trung tâm huyện.
III. CHƯƠNG TRÌNH HỘI THI
1. Từ 7 giờ 00 đến 7 giờ 30: Đón tiếp đại biểu, thí sinh. Văn phòng HĐND và UBND huyện chủ trì.
2. Từ 7 giờ 30 đến 8 giờ 00: Khai mạc Hội thi. Phòng Tư pháp chủ trì, phối hợp với Huyện đoàn.
3. Từ 8 giờ 00 đến 11 giờ 00: Thi kiến thức pháp luật theo đội. Ban Giám khảo thực hiện.
"""

PROGRAMME_LETTERS = """II. CHƯƠNG TRÌNH NGÀY HỘI
a) 6h30 - 7h00: Tập trung các đoàn vận động viên tại Quảng trường Thạch Lâm; Ban Tổ chức thực hiện.
b) 7h00 - 8h30: Diễu hành qua các tuyến phố chính; Công an huyện bảo đảm giao thông.
c) 15h30 ngày 07/5: Bế mạc, trao 18 bộ giải thưởng; Phòng Văn hóa và Thông tin thực hiện.
"""


@pytest.mark.parametrize("body", [PROGRAMME, PROGRAMME_LETTERS])
def test_programme_slots_are_no_tasks(body):
    assert _titles(body) == []


OPENING = """II. NHIỆM VỤ
1. Tổ chức Lễ khai mạc lúc 7h30 ngày 02/9/2021 tại Quảng trường huyện. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Huyện đoàn thực hiện.
2. Duy trì trực ban 24/24 giờ trong những ngày diễn ra sự kiện. Công an huyện chủ trì thực hiện.
"""


def test_tasks_with_a_time_stay():
    titles = _titles(OPENING)
    assert len(titles) == 2 and titles[0].startswith("Tổ chức Lễ khai mạc lúc 7h30")


@pytest.mark.parametrize("heading, expected", [
    ("Từ 7 giờ 00 đến 7 giờ 30", True),
    ("13h30 - 14h00: Khai mạc hội nghị", True),
    ("8 giờ 15 phút: Phát biểu chào mừng", True),
    ("16h00, ngày 24/9/2023: Bế mạc", True),
    ("Từ 14 giờ: Thi đấu vòng loại", True),
    ("40 giờ: Bồi dưỡng kiến thức quốc phòng", False),
    ("Tổ chức khai mạc lúc 7h30", False),
    ("24h/24h trực ban", False),
    ("2 giờ mỗi ngày: luyện tập", False),
])
def test_slot_heading(heading, expected):
    assert (SLOT.match(heading) is not None) is expected


HEADER = """{head}
Bình Yên, ngày 09 tháng 02 năm 2020

KẾ HOẠCH
Phòng cháy, chữa cháy rừng năm 2020

I. MỤC TIÊU
- Giảm 30% số vụ cháy rừng so với năm 2019.
"""


@pytest.mark.parametrize("head, expected", [
    # the motto's wrapped last word between the unit and the number
    ("UBND HUYỆN SƠN BÌNH\nVIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nỦY BAN NHÂN DÂN XÃ BÌNH YÊN\nphúc\n------Số: 14/KH-UBND\n"
     "Độc lập - Tự do - Hạnh", "Ủy ban nhân dân xã Bình Yên"),
    ("UBND TỈNH SƠN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP\nHạnh phúc\n-------\nSố: 212/KH-STP\n"
     "Độc lập - Tự do -", "Sở Tư pháp tỉnh Sơn Bình"),
    # must not: the header read in order; a receiving stamp under the motto
    ("UBND HUYỆN SƠN BÌNH\nỦY BAN NHÂN DÂN XÃ BÌNH YÊN\nSố: 14/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc", "Ủy ban nhân dân xã Bình Yên"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN SƠN BÌNH\nSố: 61/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "UBND TỈNH ĐÔNG SƠN\nphúc\nĐẾN Số: 877", "Ủy ban nhân dân huyện Sơn Bình"),
])
def test_unit_read_after_the_motto_and_its_last_word(head, expected):
    record = process("ke-hoach.txt", HEADER.format(head=head).encode("utf-8")).record.model_dump(mode="json")
    assert record["issuer"]["name"] == expected


# --- a flattened task table's row code at the top of a page is no page number ---------------------------------

def _paged(lines: list[tuple[int, str]]) -> list[tuple[str, list[str], list[str]]]:
    from extractors.blocks import RawBlock, RawDocument
    from extractors.document import build_document
    from pipeline.process import extract_fields
    head = ["ỦY BAN NHÂN DÂN", "TỈNH KIM SA", "Số: 140/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Kim Sa, ngày 02 tháng 6 năm 2015", "KẾ HOẠCH",
            "Phòng, chống bệnh sốt xuất huyết năm 2015", "I. NHIỆM VỤ",
            "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", "Phụ lục", "NHIỆM VỤ CỤ THỂ"]
    blocks = [RawBlock("paragraph", t, {"page": 1}) for t in head]
    blocks += [RawBlock("paragraph", t, {"page": page}) for page, t in lines]
    fields = extract_fields(build_document(RawDocument(blocks)))
    return [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in fields["activities"]]


CELLS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian",
         "1", "Phun hóa chất diệt muỗi tại các ổ dịch", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các huyện",
         "Khi có dịch",
         "2", "Tổ chức chiến dịch diệt lăng quăng", "Ủy ban nhân dân các xã, phường", "Hội Chữ thập đỏ tỉnh", "Tháng 6/2015",
         "3", "Giám sát véc tơ tại 12 điểm cố định", "Trung tâm Kiểm soát bệnh tật tỉnh", "Viện Sốt rét khu vực",
         "Hằng tháng"]


def test_row_code_opening_a_page_is_kept():
    at = CELLS.index("3")
    found = _paged([(1, t) for t in CELLS[:at]] + [(2, t) for t in CELLS[at:]])
    assert [f[0] for f in found] == ["Phun hóa chất diệt muỗi tại các ổ dịch", "Tổ chức chiến dịch diệt lăng quăng",
                                     "Giám sát véc tơ tại 12 điểm cố định"]
    assert found[1][1:] == (["Ủy ban nhân dân các xã, phường"], ["Hội Chữ thập đỏ tỉnh"])
    # page 1 closing on its own number "1" after row 1, row 2's code opening page 2
    at = CELLS.index("2")
    found = _paged([(1, t) for t in CELLS[:at]] + [(1, "1")] + [(2, t) for t in CELLS[at:]])
    assert len(found) == 3 and found[0][1:] == (["Trung tâm Kiểm soát bệnh tật tỉnh"], ["Trung tâm Y tế các huyện"])


def test_page_number_before_a_row_code_goes():
    # must not: the page's own number "2" opening page 2 before row 3's code
    at = CELLS.index("3")
    found = _paged([(1, t) for t in CELLS[:at]] + [(2, "2")] + [(2, t) for t in CELLS[at:]])
    assert len(found) == 3 and found[2][1:] == (["Trung tâm Kiểm soát bệnh tật tỉnh"], ["Viện Sốt rét khu vực"])
