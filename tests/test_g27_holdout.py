"""Round G27's rules, found on hold-out documents of a department's five-year plan with an annex of indicators by
year, a district chairman's decision approving a contest's estimate, a district's plan signed by its Phòng on behalf
of the chairman and a commune's plan typed carelessly (tests/invented/build_g27.py), and on the shapes around them.

- A bracketed note under an objectives heading that sends the reader to an appendix ("(Chỉ tiêu theo từng năm tại
  Phụ lục kèm theo)", "(Chi tiết tại Phụ lục II kèm theo)") brings the rows of the indicator table there as
  objectives, as an item pointing to the appendix does (objectives: _caption, APPENDIX_REF). Not: a note sending the
  reader to a table right below (read as the table under the heading), an appendix holding no indicator table.
- A commune's header typed carelessly: its own line typed, not in capitals, under its parent's capitals and right
  above the number ("UBND HUYỆN X" / "UBND xã Y" / "Số: ..."), is the issuer, read as its capitals
  (header._typed_unit_line); a council's level word typed without marks ("UBND XA Y", "UBND xa Y", "HĐND HUYEN Z")
  is the level word (header._council_level_marked). Not: a header in capitals with its marks, a typed line that is no
  body's ("Về việc ...").
- The works on canals, drains and roads a plan gives a body are what it does ("UBND các xã nạo vét 36 km kênh mương",
  "khơi thông", "phát quang", "bê tông hóa", "kiên cố hóa"): the body's name ends before them (normalizers.agencies.VERB;
  the brief's leftover). Not: a name that writes them with a capital ("Công ty Cổ phần Nạo vét ..."), a project board
  named after its works ("Ban Quản lý dự án kiên cố hóa ...").
- A task's line whose last clause, after a comma, a colon or a dash, names the body that leads it or carries it out
  ("Tổ chức Cuộc thi "...", Phòng Tư pháp chủ trì.", "Nạo vét kênh mương nội đồng: UBND các xã thực hiện.", "In tờ
  gấp - Trung tâm Văn hóa huyện thực hiện.") has that body as its lead and its title ends before the clause
  (activities.CLAUSE_AFTER_TASK, _assigned_after). Not: a comma inside the task's own list, a clause naming a body
  that does something else.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process


def _record(text: str, name: str = "van-ban.txt") -> dict:
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HẠ LĨNH
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hạ Lĩnh, ngày 09 tháng 02 năm 2021

KẾ HOẠCH
Phát triển thủy sản giai đoạn 2021 - 2025

I. MỤC TIÊU
1. Mục tiêu chung
Phát triển thủy sản thành ngành sản xuất hàng hóa có giá trị cao.
2. Mục tiêu cụ thể
- Sản lượng nuôi trồng thủy sản tăng bình quân 4,2%/năm.
{note}
II. NHIỆM VỤ
1. Quy hoạch vùng nuôi
Rà soát quy hoạch vùng nuôi tập trung.
III. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Phát triển nông thôn chủ trì, theo dõi việc thực hiện Kế hoạch./.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Khải

PHỤ LỤC{number}
{annex}

| TT | Chỉ tiêu | Đơn vị tính | Năm 2020 | Năm 2021 | Năm 2022 | Năm 2023 | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|---|---|---|
| 1 | Tỷ lệ diện tích nuôi áp dụng VietGAP | % | 14 | 17 | 21 | 26 | 31 | 35 |
| 2 | Sản lượng khai thác | tấn | 5.200 | 5.150 | 5.100 | 5.050 | 5.000 | 4.950 |
"""
LEVELS = "CHỈ TIÊU PHÁT TRIỂN THỦY SẢN THEO NĂM"
COSTS = "DANH MỤC ĐỀ ÁN TRÌNH UBND TỈNH"


def _objectives(note: str, number: str = "", annex: str = LEVELS) -> list[tuple]:
    record = _record(PLAN.format(note=note, number=number, annex=annex), "van-ban.md")
    return [(o["text"][:22], [t["value"] for t in o["targets"] if t["unit"] == "percent"]) for o in record["objectives"]]


PROSE = [("Phát triển thủy sản thà", []), ("Sản lượng nuôi trồng th", [4.2])]
ROWS = [("Tỷ lệ diện tích nuôi áp", [17.0, 21.0, 26.0, 31.0, 35.0]), ("Sản lượng khai thác", [])]


@pytest.mark.parametrize("note, number", [
    ("(Chỉ tiêu theo từng năm tại Phụ lục kèm theo)", ""),
    ("(Chi tiết tại Phụ lục II kèm theo)", " II"),
    ("(Các chỉ tiêu cụ thể theo Phụ lục số 01 đính kèm)", " số 01"),
])
def test_a_note_sending_the_reader_to_an_appendix_brings_its_indicator_rows(note, number):
    found = _objectives(note, number)
    assert [o[0][:22] for o in found] == [o[0][:22] for o in PROSE + ROWS]
    assert [o[1] for o in found] == [o[1] for o in PROSE + ROWS]


@pytest.mark.parametrize("note, number", [
    ("(Chỉ tiêu theo từng năm tại Phụ lục III kèm theo)", " II"),  # another appendix than the one there
    ("(Chỉ tiêu theo từng năm tại bảng dưới đây)", ""),  # a table right below, none there
])
def test_a_note_to_another_table_brings_nothing(note, number):
    assert [o[1] for o in _objectives(note, number)] == [o[1] for o in PROSE]


HEADER = """{top}
{unit}
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 04 tháng 5 năm 2017

KẾ HOẠCH
Thu gom rác thải sinh hoạt năm 2017

I. MỤC TIÊU
Phấn đấu 90% hộ dân được thu gom rác thải.
"""


@pytest.mark.parametrize("top, unit, place, issuer", [
    ("UBND HUYỆN ĐẦM VÂN", "UBND xã Tân Quới", "Tân Quới", ("Ủy ban nhân dân xã Tân Quới", "commune", "Tân Quới")),
    ("UBND HUYEN CAI NUOC", "UBND xa Hòa Mỹ Nam", "Hòa Mỹ Nam",
     ("Ủy ban nhân dân xã Hòa Mỹ Nam", "commune", "Hòa Mỹ Nam")),
    ("UBND THỊ XÃ BẾN LONG", "UBND phường Mỹ Xuân", "Mỹ Xuân",
     ("Ủy ban nhân dân phường Mỹ Xuân", "commune", "Mỹ Xuân")),
    ("UBND TỈNH QUẢNG ĐIỀN", "UBND HUYEN SƠN TÂY BẮC", "Sơn Tây Bắc",
     ("Ủy ban nhân dân huyện Sơn Tây Bắc", "district", "Sơn Tây Bắc")),
])
def test_a_careless_communes_header_names_its_issuer(top, unit, place, issuer):
    record = _record(HEADER.format(top=top, unit=unit, place=place))
    assert (record["issuer"]["name"], record["issuer"]["level"], record["issuer"]["locality"]) == issuer


@pytest.mark.parametrize("top, unit, place, issuer", [
    ("UBND HUYỆN ĐẦM VÂN", "UBND XÃ TÂN QUỚI", "Tân Quới", ("Ủy ban nhân dân xã Tân Quới", "commune", "Tân Quới")),
    ("ỦY BAN NHÂN DÂN", "HUYỆN ĐẦM VÂN", "Đầm Vân", ("Ủy ban nhân dân huyện Đầm Vân", "district", "Đầm Vân")),
])
def test_a_header_in_capitals_stays(top, unit, place, issuer):
    record = _record(HEADER.format(top=top, unit=unit, place=place))
    assert (record["issuer"]["name"], record["issuer"]["level"], record["issuer"]["locality"]) == issuer


@pytest.mark.parametrize("line, want", [
    ("UBND XA PHÚ LỘC", "UBND XÃ PHÚ LỘC"), ("ỦY BAN NHÂN DÂN HUYEN LÂM AN", "ỦY BAN NHÂN DÂN HUYỆN LÂM AN"),
    ("HĐND THI TRAN BA CHÚC", "HĐND THỊ TRẤN BA CHÚC"),
    ("UBND XÃ PHÚ LỘC", "UBND XÃ PHÚ LỘC"), ("SỞ TINH HOA", "SỞ TINH HOA"), ("UBND XA", "UBND XA"),
])
def test_a_councils_level_word_typed_without_marks(line, want):
    from extractors.fields.header import _council_level_marked
    assert _council_level_marked(line) == want


@pytest.mark.parametrize("text, agency", [
    ("Ủy ban nhân dân các xã nạo vét 28 km kênh mương nội đồng.", "Ủy ban nhân dân các xã"),
    ("Các Hợp tác xã dịch vụ nông nghiệp nạo vét kênh tưới", "Các Hợp tác xã dịch vụ nông nghiệp"),
    ("Phòng Kinh tế và Hạ tầng khơi thông cống rãnh khu dân cư", "Phòng Kinh tế và Hạ tầng"),
    ("Đoàn Thanh niên xã phát quang bụi rậm hai bên đường", "Đoàn Thanh niên xã"),
    ("Ủy ban nhân dân các phường bê tông hóa 9,5 km đường hẻm", "Ủy ban nhân dân các phường"),
    # must not: names that carry the works
    ("Công ty Cổ phần Nạo vét đường biển Đông Hải chủ trì thi công", "Công ty Cổ phần Nạo vét đường biển Đông Hải"),
    ("Ban Quản lý dự án kiên cố hóa kênh mương tỉnh chủ trì", "Ban Quản lý dự án kiên cố hóa kênh mương tỉnh"),
])
def test_the_works_on_canals_a_body_does_end_its_name(text, agency):
    from normalizers.agencies import leading_agency
    found = leading_agency(text)
    assert found is not None and text[found[0]:found[1]] == agency


TASKS = """ỦY BAN NHÂN DÂN
HUYỆN TRÀ LĨNH ĐÔNG
Số: 63/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Lĩnh Đông, ngày 12 tháng 4 năm 2022

KẾ HOẠCH
Phòng, chống thiên tai năm 2022

I. MỤC TIÊU
Phấn đấu 100% xã xây dựng phương án ứng phó thiên tai.
II. NHIỆM VỤ
{tasks}
III. TỔ CHỨC THỰC HIỆN
Phòng Nông nghiệp và Phát triển nông thôn theo dõi, tổng hợp./.
"""


def _tasks(tasks: str) -> list[tuple]:
    record = _record(TASKS.format(tasks=tasks))
    return [(a["title"], a["lead_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("line, title, lead", [
    ('1. Tổ chức Hội thi "Gia đình phòng tránh thiên tai giỏi", Phòng Văn hóa và Thông tin chủ trì.',
     'Tổ chức Hội thi "Gia đình phòng tránh thiên tai giỏi"', ["Phòng Văn hóa và Thông tin"]),
    ("1. Nạo vét 14 km kênh tiêu úng: Ủy ban nhân dân các xã thực hiện.", "Nạo vét 14 km kênh tiêu úng",
     ["Ủy ban nhân dân các xã"]),
    ("1. Gia cố 3 điểm sạt lở bờ sông - Ban Quản lý dự án đầu tư xây dựng huyện thực hiện.",
     "Gia cố 3 điểm sạt lở bờ sông", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
])
def test_a_tasks_last_clause_names_its_lead(line, title, lead):
    assert _tasks(line + "\n2. Diễn tập ứng phó lũ quét tại xã vùng cao.")[0] == (title, lead)


@pytest.mark.parametrize("line, title", [
    ("1. Kiểm tra hồ đập, kênh mương, Phòng Nông nghiệp và Phát triển nông thôn",
     "Kiểm tra hồ đập, kênh mương, Phòng Nông nghiệp và Phát triển nông thôn"),
    ("1. Rà soát khu dân cư ven sông: Ủy ban nhân dân các xã báo cáo kết quả về huyện trước ngày 30/6",
     "Rà soát khu dân cư ven sông: Ủy ban nhân dân các xã báo cáo kết quả về huyện trước ngày 30/6"),
])
def test_a_clause_naming_no_lead_stays_in_the_title(line, title):
    found = _tasks(line + "\n2. Diễn tập ứng phó lũ quét tại xã vùng cao.")[0]
    assert found[1] == [] and found[0].startswith(title[:30])
