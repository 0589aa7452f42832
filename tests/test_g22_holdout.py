"""Round G22's rules, found on hold-out decisions and plans that amend, supplement or replace parts of a plan
(tests/invented/build_g22.py).

- The tasks an amending document adds or rewrites in quotes are its activities: under a point that amends tasks ("2.
  Bổ sung nhiệm vụ tại Mục II như sau:", "Nhiệm vụ 2 ... được sửa đổi như sau:"), the quoted new wording's numbered
  or lettered items, straight or curly quotes, the quote opened on the first paragraph (or after the point's colon)
  and closed on the last, the bodies a "Giao X chủ trì, phối hợp với Y thực hiện" names their lead and partners
  (activities._quoted_tasks). Not: a quote on the point's own line that cites a name, a quoted slogan, a quoted
  objectives heading, a quoted body's duty ("4. Sở Tài chính: ..."), a quote under a point on other parts.
- The section of an amending plan that restates its changed objectives ("I. ĐIỀU CHỈNH MỤC TIÊU", "II. SỬA ĐỔI, BỔ
  SUNG MỤC TIÊU, CHỈ TIÊU") holds objectives as a "Mục tiêu" section does (objectives.AMENDED_OBJECTIVES). Not: a task
  that adjusts an aim ("3. Điều chỉnh mục tiêu đầu tư của dự án ..."), nor the section whose new wording is quoted
  under its own heading ('"2. Mục tiêu cụ thể', read as before by objectives._quoted_objectives).
- The counterpart money of the producers a programme supports ("vốn đối ứng của các chủ thể N") is a part of the
  plan's sum by source, mobilized (budget_statements.MOBILIZED, SOURCE_PART). Not: a level of government's
  counterpart money ("vốn đối ứng của ngân sách huyện"), which is local.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHƯỚC ĐIỀN
Số: 905/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Điền, ngày 12 tháng 6 năm 2023

QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung Kế hoạch số 41/KH-UBND ngày 20 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh về phát triển \
nông thôn miền núi năm 2023 - 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHƯỚC ĐIỀN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch số 41/KH-UBND ngày 20 tháng 02 năm 2023 như sau:

{points}

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
"""


def _decision(points: str, name: str = "quyet-dinh.md") -> dict:
    return process(name, DECISION.format(points=points).encode("utf-8")).record.model_dump(mode="json")


def _tasks(record: dict) -> list[tuple]:
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


# --- the tasks an amending decision quotes -------------------------------------------------------------------

@pytest.mark.parametrize("points, expected", [
    # one paragraph, curly quotes
    ("1. Bổ sung nhiệm vụ tại Mục III như sau:\n\n“6. Nâng cấp hệ thống cấp nước sạch tại các xã miền núi. Giao Sở "
     "Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các huyện thực hiện.”",
     [("6", "Nâng cấp hệ thống cấp nước sạch tại các xã miền núi", ["Sở Xây dựng"], ["Ủy ban nhân dân các huyện"])]),
    # straight quotes over several paragraphs, two tasks, the quote closed on the last
    ("2. Bổ sung nhiệm vụ vào Mục II như sau:\n\n\"3. Tổ chức khám sàng lọc bệnh lao cho người cao tuổi.\n\nGiao Sở "
     "Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh thực hiện.\n\n4. Xây dựng nhà văn hóa thôn tại các xã đặc biệt "
     "khó khăn. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện.\"",
     [("3", "Tổ chức khám sàng lọc bệnh lao cho người cao tuổi", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]),
      ("4", "Xây dựng nhà văn hóa thôn tại các xã đặc biệt khó khăn", ["Sở Văn hóa, Thể thao và Du lịch"], [])]),
    # a task rewritten: "được sửa đổi như sau:"
    ("1. Nhiệm vụ 2 khoản 1 Mục II được sửa đổi như sau:\n\n“2. Trồng mới 350 ha rừng sản xuất bằng giống cây chất "
     "lượng cao. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện miền núi thực "
     "hiện.”",
     [("2", "Trồng mới 350 ha rừng sản xuất bằng giống cây chất lượng cao", ["Sở Nông nghiệp và Môi trường"],
       ["Ủy ban nhân dân các huyện miền núi"])]),
    # a lettered task, its bodies in brackets
    ("3. Bổ sung nhiệm vụ vào khoản 2 Mục II như sau:\n\n\"đ) Số hóa hồ sơ hộ tịch của các xã miền núi (Sở Tư pháp "
     "chủ trì, Công an tỉnh phối hợp).\"",
     [("đ", "Số hóa hồ sơ hộ tịch của các xã miền núi", ["Sở Tư pháp"], ["Công an tỉnh"])]),
    # the new wording quoted on the point's own line, after its colon
    ("2. Sửa đổi nhiệm vụ 3 khoản 2 Mục II như sau: “3. Bồi dưỡng kỹ năng số cho cán bộ xã. Giao Sở Nội vụ chủ trì, "
     "phối hợp với Trường Chính trị tỉnh thực hiện.”",
     [("3", "Bồi dưỡng kỹ năng số cho cán bộ xã", ["Sở Nội vụ"], ["Trường Chính trị tỉnh"])]),
    # must not: a name quoted on the point's own line, a slogan, an objectives heading, a body's duty, another part
    ("2. Bổ sung nhiệm vụ tổ chức Hội thi “Nông dân giỏi miền núi” vào Mục II.", []),
    ("2. Bổ sung nhiệm vụ sau vào Mục II: “Ngày hội nông sản miền núi” được tổ chức hằng năm.", []),
    ("2. Bổ sung nhiệm vụ tại Mục II như sau:\n\n“Toàn dân chung sức xây dựng nông thôn mới miền núi”", []),
    ("1. Sửa đổi mục tiêu và nhiệm vụ tại Mục I như sau:\n\n“2. Mục tiêu cụ thể\n\n- Tỷ lệ hộ nghèo giảm còn dưới "
     "9%.”", []),
    ("3. Bổ sung nhiệm vụ của Sở Tài chính tại Mục IV như sau:\n\n“4. Sở Tài chính: tham mưu bố trí kinh phí thực "
     "hiện Kế hoạch.”", []),
    ("2. Sửa đổi khoản 3 Mục III như sau:\n\n\"3. Kinh phí thực hiện do ngân sách tỉnh bảo đảm.\"", []),
])
def test_quoted_tasks(points, expected):
    assert _tasks(_decision(points)) == expected


def test_quoted_tasks_in_text_with_hard_wraps():
    points = ("2. Bổ sung nhiệm vụ vào Phần II như sau:\n\"5. Kiên cố hóa kênh mương nội đồng tại các\nxã Phú Lễ, "
              "Tân Hưng. Giao Phòng Nông nghiệp và Môi trường chủ trì, phối hợp\nvới Ủy ban nhân dân các xã thực "
              "hiện.\"")
    assert _tasks(_decision(points, "quyet-dinh.txt")) == [
        ("5", "Kiên cố hóa kênh mương nội đồng tại các xã Phú Lễ, Tân Hưng", ["Phòng Nông nghiệp và Môi trường"],
         ["Ủy ban nhân dân các xã"])]


# --- an amending plan's section of changed objectives --------------------------------------------------------

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG XUÂN LÂM
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Xuân Lâm, ngày 04 tháng 9 năm 2022

KẾ HOẠCH
Điều chỉnh, bổ sung Kế hoạch số 19/KH-UBND ngày 10 tháng 3 năm 2022 về phát triển giáo dục năm 2022

{section}
II. NHIỆM VỤ
1. Xây dựng phòng học bộ môn.
{tasks}
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo chủ trì thực hiện Kế hoạch.
"""


@pytest.mark.parametrize("section, tasks, expected", [
    ("I. ĐIỀU CHỈNH MỤC TIÊU\nKhoản 2 Mục I của Kế hoạch số 19/KH-UBND nay sửa thành:\n- Tỷ lệ trường đạt chuẩn quốc "
     "gia đạt 72%.\n- Tỷ lệ học sinh tiểu học học 2 buổi/ngày đạt 95%.", "",
     [("Tỷ lệ trường đạt chuẩn quốc gia đạt 72%", [72.0]), ("Tỷ lệ học sinh tiểu học học 2 buổi/ngày đạt 95%", [95.0])]),
    ("I. SỬA ĐỔI, BỔ SUNG MỤC TIÊU, CHỈ TIÊU\n- Tỷ lệ giáo viên đạt chuẩn đào tạo đạt 88%.", "",
     [("Tỷ lệ giáo viên đạt chuẩn đào tạo đạt 88%", [88.0])]),
    # the new wording quoted under the section's own heading: its items, the quoted heading none
    ("I. SỬA ĐỔI MỤC TIÊU\nSửa đổi khoản 2 Mục I như sau:\n\"2. Mục tiêu cụ thể\n- Tỷ lệ phòng học kiên cố đạt 64%;\n"
     "- Tỷ lệ trẻ 5 tuổi ra lớp đạt 99,5%.\"", "",
     [("Tỷ lệ phòng học kiên cố đạt 64%", [64.0]), ("Tỷ lệ trẻ 5 tuổi ra lớp đạt 99,5%", [99.5])]),
    # must not: a task that adjusts an aim
    ("I. MỤC ĐÍCH\nNâng cao chất lượng giáo dục.",
     "2. Điều chỉnh mục tiêu đầu tư của dự án trường tiểu học Hòa Lạc đạt 60% khối lượng.", []),
])
def test_amended_objectives_section(section, tasks, expected):
    text = PLAN.format(section=section, tasks=tasks)
    record = process("ke-hoach.md", text.encode("utf-8")).record.model_dump(mode="json")
    got = [(o["text"].rstrip("."), [t["value"] for t in o["targets"] if t["unit"] == "percent"])
           for o in record["objectives"]]
    assert got == expected


# --- the counterpart money of the producers ------------------------------------------------------------------

@pytest.mark.parametrize("money, expected", [
    ("Tổng kinh phí là 24.600 triệu đồng, trong đó: ngân sách tỉnh 11.000 triệu đồng; vốn đối ứng của các chủ thể "
     "13.600 triệu đồng.", ("total", "mobilized", 13_600_000_000)),
    ("Tổng kinh phí là 9.800 triệu đồng, trong đó: ngân sách huyện 6.300 triệu đồng; vốn đối ứng của các chủ thể sản "
     "phẩm 3.500 triệu đồng.", ("total", "mobilized", 3_500_000_000)),
    # must not: a level of government's counterpart money
    ("Tổng kinh phí là 7.400 triệu đồng, trong đó: ngân sách tỉnh 5.200 triệu đồng; vốn đối ứng của ngân sách huyện "
     "2.200 triệu đồng.", ("total", "local", 2_200_000_000)),
])
def test_counterpart_money_of_producers(money, expected):
    record = _decision(f"1. Sửa đổi Mục IV (Kinh phí) như sau:\n\n“{money}”")
    got = [(s["scope"], s["source"], s["amount_vnd"]) for s in record["budget"]["statements"]]
    assert expected in got
