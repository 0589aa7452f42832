"""Items numbered with a slash, as some offices type them ("4/ Kinh phí thực hiện", "1/ Tổng vốn ...", "a/ Ngân
sách tỉnh: ..."): the budget statements read them as the items they are, as "1." and "a)" (a line that opens on
"1/ " is no wrapped figure of the line before, and no part of its label)."""

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
TỈNH NAM KHÊ
Số: 88/ĐA-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Khê, ngày 02 tháng 6 năm 2021

ĐỀ ÁN
Kiên cố hóa kênh mương nội đồng giai đoạn 2021 - 2025

I/ MỤC TIÊU
Kiên cố hóa 120 km kênh mương nội đồng trên địa bàn tỉnh.

II/ KINH PHÍ THỰC HIỆN
Vốn và phân kỳ đầu tư
1/ Tổng vốn thực hiện Đề án: 940 tỷ đồng, trong đó:
a/ Ngân sách trung ương: 410 tỷ đồng;
b/ Ngân sách tỉnh: 380 tỷ đồng;
c/ Nhân dân đóng góp: 150 tỷ đồng.

III/ TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Phát triển nông thôn chủ trì triển khai Đề án.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
"""


def test_slash_numbered_items_are_the_budget_lines_they_name():
    record = process("p37-slash.txt", DOC.encode("utf-8")).dump
    got = {(s["source"], s["amount_vnd"]) for s in record["budget"]["statements"]}
    assert ("total", 940_000_000_000) in got
    assert ("central", 410_000_000_000) in got and ("local", 380_000_000_000) in got
    labels = [s.get("label") or "" for s in record["budget"]["statements"]]
    assert not [label for label in labels if "1/" in label], labels


DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LAM
Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đông Lam, ngày 14 tháng 3 năm 2022

QUYẾT ĐỊNH
Về việc phân bổ vốn sửa chữa trạm y tế xã năm 2022

Điều 1. Phân bổ 9.750 triệu đồng vốn ngân sách tỉnh năm 2022 để sửa chữa 03 trạm y tế xã, cụ thể như sau:

a/ Dự án Sửa chữa Trạm Y tế xã Hòa Lợi, hạng mục: nhà khám bệnh: 4.100 triệu đồng;

b/ Dự án Sửa chữa Trạm Y tế xã An Thạch, hạng mục: tường rào, cổng: 2.650 triệu đồng;

c/ Dự án Sửa chữa Trạm Y tế xã Phước Định, hạng mục: nhà cấp 4: 3.000 triệu đồng.

Điều 2. Sở Y tế chịu trách nhiệm triển khai thực hiện.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
"""


def test_slash_lettered_projects_are_statements_of_their_own():
    record = process("p37-slash-projects.txt", DECISION.encode("utf-8")).dump
    got = {s["amount_vnd"]: s for s in record["budget"]["statements"]}
    for amount in (4_100_000_000, 2_650_000_000, 3_000_000_000):
        # each item the project it names, from the source and year its lead line gives (ngân sách tỉnh năm 2022)
        assert got[amount]["scope"].startswith("Dự án Sửa chữa Trạm Y tế xã"), got[amount]
        assert (got[amount]["source"], got[amount]["year"]) == ("local", 2022), got[amount]
