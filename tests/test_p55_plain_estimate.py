"""A detailed estimate (TT | Nội dung chi | Đơn vị tính | Số lượng | Định mức | Thành tiền) of a Word file's PDF as a
plain dump (`pdftotext` without -layout: a row's cells one after another, a narrow cell a word or two a line). Round
P55 (G50's training estimate as a plain dump). Its shapes, each read now:

- the header's names over many lines, the money they are in on lines of their own ("Định mức" / "(đồng)");
- a group's row ("I Tổ chức" / "02 lớp" / ... ) whose one amount, its total, comes alone after its name: a row of its
  own, the total in the last column (and so the table's total over lines: "Tổng" / "cộng" / "(I+II+III)" / amount);
- an amount a narrow column cut inside ("68.600.0" / "00"), two on one printed line ("ngày 1 5.000.00 5.000.00" /
  "trường 0 0", the label's rest after them: before the unit, "Thuê hội trường" | "ngày");
- a row's last amount on the line under its others ("buổi 8 1.200.000" / "9.600.000");
- a unit per unit cut after its slash ("người/" / "ngày").
(extractors.layout.spaced_rows, wrapped_table_at; extractors.layout.cut_amounts)
"""

from __future__ import annotations

from pipeline.process import process

DOC = """UBND TỈNH LONG KHÁNH
SỞ TƯ PHÁP
Số: 95/KH-STP
KẾ HOẠCH
Bồi dưỡng nghiệp vụ hòa giải ở cơ sở năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng cho hòa giải viên ở cơ sở.
II. KINH PHÍ
Tổng kinh phí: 57.300.000 đồng từ ngân sách tỉnh năm 2027 (chi tiết tại Phụ lục).
GIÁM ĐỐC
Võ Thanh Tùng
PHỤ LỤC
DỰ TOÁN KINH PHÍ BỒI DƯỠNG NGHIỆP VỤ HÒA GIẢI NĂM 2027
Đơn vị tính: đồng
TT Nội dung
chi
Đơn vị
tính
Số lượng Định mức
(đồng)
Thành
tiền
(đồng)
I Tổ chức
03 lớp
bồi
dưỡng
43.500.0
00
1 Thù lao
báo cáo
viên
buổi 6 1.500.00
0
9.000.00
0
2 Hỗ trợ
tiền ăn
học viên
người/
ngày
180 150.000 27.000.000
3 Thuê hội ngày 3 2.500.00 7.500.00
trường 0 0
II Kiểm tra
sau bồi
dưỡng
13.800.0
00
1 Công tác
phí
người/
ngày
24 200.000 4.800.000
2 Thuê xe ô
tô
chuyến 3 3.000.00
0
9.000.00
0
Tổng
cộng
(I+II)
57.300.000
Bằng chữ: Năm mươi bảy triệu, ba trăm nghìn đồng.
"""

# (label, "Thành tiền") of each row, in order
EXPECTED = [("Tổ chức 03 lớp bồi dưỡng", 43_500_000), ("Thù lao báo cáo viên", 9_000_000),
            ("Hỗ trợ tiền ăn học viên", 27_000_000), ("Thuê hội trường", 7_500_000),
            ("Kiểm tra sau bồi dưỡng", 13_800_000), ("Công tác phí", 4_800_000), ("Thuê xe ô tô", 9_000_000),
            ("Tổng cộng (I+II)", 57_300_000)]


def test_a_plain_dump_of_an_estimate():
    result = process("ke-hoach-95-stp.txt", DOC.encode())
    items = result.record.model_dump(mode="json")["budget"]["items"]
    assert [(i["row_label"], i["amount_vnd"]) for i in items] == EXPECTED
    for i in items:
        assert result.text[i["span"]["start"]:i["span"]["end"]] == i["raw"]
    # the header whole, each unit in its column
    assert "TT | Nội dung chi | Đơn vị tính | Số lượng | Định mức (đồng) | Thành tiền (đồng)" in result.text
    assert "| Hỗ trợ tiền ăn học viên | người/ ngày | 180 | 150.000 | 27.000.000" in result.text


# -- a table whose cells a plain dump set a blank line apart (spaced_rows._cells_apart) --------------------------------

APART_HEAD = """UBND TỈNH ĐÔNG SƠN
SỞ XÂY DỰNG
Số: 41/KH-SXD
KẾ HOẠCH
Hỗ trợ nhà ở cho hộ nghèo giai đoạn 2026 - 2028
III. KINH PHÍ
Tổng kinh phí 4.180 triệu đồng, phân theo năm như sau:
Đơn vị tính: triệu đồng
"""
APART = """TT Nội dung

Năm 2026 Năm 2027 Năm 2028 Tổng số

1 Hỗ trợ xây mới nhà

1.100

1.200

1.300

3.600

2 Hỗ trợ sửa chữa nhà

180

200

200

580

Cộng

1.280

1.400

1.500

4.180

IV. TỔ CHỨC THỰC HIỆN
Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các huyện thực hiện Kế hoạch.
"""
APART_ROWS = [("Hỗ trợ xây mới nhà", 2026, 1_100_000_000), ("Hỗ trợ xây mới nhà", 2027, 1_200_000_000),
              ("Hỗ trợ xây mới nhà", 2028, 1_300_000_000), ("Hỗ trợ xây mới nhà", None, 3_600_000_000),
              ("Hỗ trợ sửa chữa nhà", 2026, 180_000_000), ("Hỗ trợ sửa chữa nhà", 2027, 200_000_000),
              ("Hỗ trợ sửa chữa nhà", 2028, 200_000_000), ("Hỗ trợ sửa chữa nhà", None, 580_000_000),
              ("Cộng", 2026, 1_280_000_000), ("Cộng", 2027, 1_400_000_000), ("Cộng", 2028, 1_500_000_000),
              ("Cộng", None, 4_180_000_000)]


def _apart_items(body: str):
    result = process("ke-hoach-41-sxd.txt", (APART_HEAD + body).encode())
    items = result.record.model_dump(mode="json")["budget"]["items"]
    for i in items:
        assert result.text[i["span"]["start"]:i["span"]["end"]] == i["raw"]
    return [(i["row_label"], i["year"], i["amount_vnd"]) for i in items]


def test_cells_a_blank_line_apart():
    # must: a row's cells, each a blank line apart, one row
    assert _apart_items(APART) == APART_ROWS


def test_cells_apart_that_do_not_count_on_are_no_table():
    # must-not: a reading whose rows' numbers do not count on (1, then 3: a cell of another row taken for a number)
    body = APART.replace("2 Hỗ trợ sửa chữa nhà", "3 Hỗ trợ sửa chữa nhà")
    assert body != APART
    assert _apart_items(body) == []
