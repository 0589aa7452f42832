"""A report's part on what comes next (Báo cáo kết quả ... và phương hướng, nhiệm vụ năm tới): its
heading "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" names the year of the targets under it, and its
numbered sub-sections are the names of parts of the plan, not tasks: "1. Mục tiêu, chỉ tiêu chủ
yếu" holds the targets (no task), "2. Nhiệm vụ, giải pháp chủ yếu" over "a) ...", "b) ..." holds
the tasks (2.a, 2.b). A numbered item that is a task keeps its letters as its content. Texts of
our own (invented districts, numbers)."""

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN {place}
Số: {number}/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place_name}, ngày 05 tháng 12 năm {year}

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm {year} và phương hướng, nhiệm vụ năm {next}

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM {year}
1. Về kinh tế
Giá trị sản xuất tăng 6,4% so với cùng kỳ, đạt 101,2% kế hoạch.
2. Về xã hội
Tỷ lệ hộ nghèo giảm còn 4,1%.

"""

TAIL = """III. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân tỉnh hỗ trợ vốn đầu tư hạ tầng.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Sơn
"""


def _report(forward: str, place: str = "TÂN SƠN ĐÔNG", year: int = 2024) -> str:
    name = " ".join(w.capitalize() for w in place.lower().split())
    return HEAD.format(place=place, place_name=name, number=417, year=year, next=year + 1) + forward + TAIL


def _record(text: str, name: str = "bc.txt") -> dict:
    return process(name, text.encode()).record.model_dump(mode="json")


FORWARD_2025 = """II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Mục tiêu, chỉ tiêu chủ yếu
- Tỷ lệ hộ nghèo giảm còn dưới 3,5%;
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.
2. Nhiệm vụ, giải pháp chủ yếu
a) Chỉ đạo sản xuất vụ Đông Xuân đúng lịch thời vụ.
b) Đẩy nhanh giải ngân vốn đầu tư công.
c) Thực hiện tốt chính sách an sinh xã hội.
"""

FORWARD_2027 = """II. NHIỆM VỤ TRỌNG TÂM NĂM 2027
1. Các chỉ tiêu chủ yếu
- Tỷ lệ trường đạt chuẩn quốc gia đạt 78%;
- 100% trạm y tế có bác sĩ làm việc.
2. Các nhiệm vụ trọng tâm
a) Tập trung xây dựng nông thôn mới nâng cao.
b) Nâng cao chất lượng giáo dục vùng khó khăn.
"""

FORWARD_PLAN_WORD = """III. KẾ HOẠCH NĂM 2026
1. Mục tiêu
- Thu ngân sách trên địa bàn tăng 8% so với dự toán tỉnh giao;
- 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
2. Nhiệm vụ và giải pháp
a) Rà soát, cắt giảm thủ tục hành chính.
b) Đôn đốc thu ngân sách.
"""


@pytest.mark.parametrize("forward,year,targets", [
    (FORWARD_2025, 2025, [3.5, 95.0]),
    (FORWARD_2027, 2027, [78.0, 100.0]),
    (FORWARD_PLAN_WORD, 2026, [8.0, 95.0]),
])
def test_the_targets_take_the_year_the_forward_section_names(forward, year, targets):
    record = _record(_report(forward, year=year - 1))
    found = [(t["value"], o["target_year"]) for o in record["objectives"] for t in o["targets"]]
    assert found == [(v, year) for v in targets]


@pytest.mark.parametrize("forward,codes", [
    (FORWARD_2025, ["2.a", "2.b", "2.c"]),
    (FORWARD_2027, ["2.a", "2.b"]),
    (FORWARD_PLAN_WORD, ["2.a", "2.b"]),
])
def test_the_forward_sections_parts_are_no_tasks_and_their_letters_are(forward, codes):
    record = _record(_report(forward))
    assert [a["code"] for a in record["activities"]] == codes


# must not: an item's own year wins over the section's; a period heading names no single year
OWN_YEAR = """II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Mục tiêu, chỉ tiêu chủ yếu
- Đến năm 2030, tỷ lệ đô thị hóa đạt 30%;
- Tỷ lệ hộ nghèo giảm còn dưới 3%.
"""

PERIOD = """II. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030
1. Mục tiêu, chỉ tiêu chủ yếu
- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm;
- Tỷ lệ che phủ rừng đạt 45%.
"""


def test_an_items_own_year_wins():
    record = _record(_report(OWN_YEAR))
    assert [o["target_year"] for o in record["objectives"]] == [2030, 2025]


def test_a_period_heading_gives_no_single_year():
    record = _record(_report(PERIOD))
    assert all(o["target_year"] != 2026 for o in record["objectives"])


# must not: a numbered task whose heading names its own work keeps its letters as its content; a numbered task
# that names targets among its work stays a task
TASKS_NAMED = """II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Nhiệm vụ phát triển hạ tầng giao thông nông thôn
a) Cứng hóa 12 km đường trục xã.
b) Sửa chữa 3 cầu treo dân sinh.
2. Rà soát các chỉ tiêu thống kê cấp xã
a) Chuẩn hóa biểu mẫu báo cáo.
b) Tập huấn cho công chức thống kê.
"""


def test_a_task_heading_keeps_its_letters_as_content():
    record = _record(_report(TASKS_NAMED))
    assert [a["code"] for a in record["activities"]] == ["1", "2"]


# the same parts in a plan (not a report): "II. NHIỆM VỤ" over "1. Nhiệm vụ chủ yếu" over letters
PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA PHÚ TÂY
Số: 58/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Phú Tây, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2026

I. MỤC TIÊU
Chủ động phòng, chống dịch bệnh, không để dịch lây lan.
II. NỘI DUNG, NHIỆM VỤ
1. Các chỉ tiêu
- Tỷ lệ tiêm phòng đạt trên 85% tổng đàn.
2. Nhiệm vụ chủ yếu
a) Tổ chức tiêm phòng vắc xin đợt 1.
b) Tổng vệ sinh, tiêu độc khử trùng chuồng trại.
III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế theo dõi, đôn đốc thực hiện Kế hoạch.
"""


def test_a_plans_content_section_reads_the_same_parts():
    record = _record(PLAN, "kh.txt")
    assert [a["code"] for a in record["activities"]] == ["2.a", "2.b"]


# the targets' section is the body's last: the "Nơi nhận" list and the signature follow it with no closing sentence
# between (a text rendition of a closing table), and none of their lines is an objective
@pytest.mark.parametrize("closing", [
    "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Sơn\n",
    "Nơi nhận:\n- UBND tỉnh Đông Lâm;\n- Lưu: VT, VP.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Mai\n",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Sơn\nNơi nhận:\n- Lưu: VT.\n",
])
def test_the_closing_after_the_last_targets_gives_no_objective(closing):
    text = HEAD.format(place="TÂN SƠN", place_name="Tân Sơn", number=4, year=2024, next=2025) + OWN_YEAR + "\n" + closing
    record = _record(text)
    assert [o["text"] for o in record["objectives"]] == ["Đến năm 2030, tỷ lệ đô thị hóa đạt 30%;",
                                                          "Tỷ lệ hộ nghèo giảm còn dưới 3%."]
