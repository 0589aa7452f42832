"""Hold-out round G58 (left by round G56): the parts of a sum handed to bodies take the year the sentence or the list's
lead states once, before them.

Round G56 left "Giao dự toán kinh phí năm 2027 cho các đơn vị: Sở Nội vụ A; Sở Tư pháp B": B lost the year (a list's
year was known only right before its colon, "năm 2027:", and only up to a ";"); round G58's resolution wrote "Năm 2027
bố trí N, giao Sở ... A, Ủy ban nhân dân các xã vùng dược liệu B": A and B lost the year (a part's year came from the
sum it is part of only after "trong đó", "gồm"), and B, a body's name longer than a purpose's eight words, was no body's
part (the plan's whole, of no source). Now a lead naming one year before its colon gives it to its list up to the
sentence's end (budget_statements.YEAR_LEAD), a part handed to a body after a sum of its sentence takes that sum's year
(_handed_year), and a body's part may bear its whole name (BODY_PART_WORDS). A part after a period's sum, a milestone
("đến năm 2030 ...:") and a part in the next sentence keep no year.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC LÂM
Số: 142/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Lâm, ngày 09 tháng 10 năm 2027
KẾ HOẠCH
Phát triển du lịch cộng đồng trên địa bàn tỉnh Bắc Lâm giai đoạn 2028 - 2030
I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy giá trị văn hóa các dân tộc gắn với phát triển du lịch cộng đồng.
II. KINH PHÍ
{line}
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch./.
"""


@pytest.mark.parametrize("line, found", [
    # must: the parts handed to bodies after a sum of their sentence, of its year; a long body's name a body's part
    ("Năm 2028 bố trí 9.750 triệu đồng từ ngân sách tỉnh, giao Sở Văn hóa, Thể thao và Du lịch 2.150 triệu đồng, Ủy "
     "ban nhân dân các xã vùng đồng bào dân tộc thiểu số 7.600 triệu đồng.",
     [("total", "local", 2028, 9_750_000_000), ("Sở Văn hóa, Thể thao và Du lịch", "local", 2028, 2_150_000_000),
      ("Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số", "local", 2028, 7_600_000_000)]),
    ("Năm 2029 bố trí 1.270 triệu đồng, giao Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch 640 triệu đồng, Ban "
     "Quản lý Khu du lịch quốc gia Hồ Núi Mây 630 triệu đồng.",
     [("total", "total", 2029, 1_270_000_000),
      ("Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch", "total", 2029, 640_000_000),
      ("Ban Quản lý Khu du lịch quốc gia Hồ Núi Mây", "total", 2029, 630_000_000)]),
    # must: a lead naming the year before its colon, its list apart by ";"
    ("Giao dự toán kinh phí năm 2028 cho các đơn vị: Sở Văn hóa, Thể thao và Du lịch 515 triệu đồng; Sở Công Thương "
     "290 triệu đồng; Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch 175 triệu đồng.",
     [("Sở Văn hóa, Thể thao và Du lịch", "total", 2028, 515_000_000), ("Sở Công Thương", "total", 2028, 290_000_000),
      ("Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch", "total", 2028, 175_000_000)]),
    # must not: the parts of a period's sum; the money after a milestone; a sum in the next sentence (so before)
    ("Tổng kinh phí giai đoạn 2028 - 2030 là 3.400 triệu đồng, giao Sở Công Thương 1.900 triệu đồng, Sở Văn hóa, Thể "
     "thao và Du lịch 1.500 triệu đồng.",
     [("total", "total", None, 3_400_000_000), ("Sở Công Thương", "total", None, 1_900_000_000),
      ("Sở Văn hóa, Thể thao và Du lịch", "total", None, 1_500_000_000)]),
    ("Năm 2028 đã bố trí 820 triệu đồng. Giao Sở Công Thương 310 triệu đồng để tổ chức hội chợ.",
     [("total", "total", 2028, 820_000_000), ("Tổ chức hội chợ", "total", None, 310_000_000)]),
])
def test_the_year_of_the_parts_handed_to_bodies(line, found):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["year"], s["amount_vnd"]) for s in statements] == found, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]


@pytest.mark.parametrize("line, year", [
    # must not: a milestone's year is not the money's listed after it (so before)
    ("Phấn đấu đến năm 2030 huy động các nguồn lực như sau: ngân sách tỉnh 4.500 triệu đồng; xã hội hóa 1.800 triệu "
     "đồng.", None),
])
def test_a_milestone_gives_no_year_to_its_list(line, year):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert statements[-1]["amount_vnd"] == 1_800_000_000 and statements[-1]["year"] == year, statements
