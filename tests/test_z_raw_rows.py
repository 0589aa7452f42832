"""Amount tables copied out of a PDF cell after cell (a viewer's copy, `pdftotext -raw`): the
header's names wrapped over lines, each row's code and label over lines of their own and its
amounts on a line after them (or on the label's first line, the rest of the label under it).
Table-driven: must-match rows (the table read, its rows) and must-not-match rows (None).
All text invented."""

import pytest

from extractors.layout import spaced_rows
from pipeline.process import process

MATCH = [
    (  # one header row over wrapped lines, labels before their amounts, a year-range label
        "years as rows",
        """Năm Tổng số Ngân sách
tỉnh
Ngân sách
xã
Vốn huy
động
Năm 2027 5.300 2.100 1.700 1.500
Năm 2028 6.100 2.500 1.900 1.700
Cộng giai
đoạn 2027
- 2028
11.400 4.600 3.600 3.200
Tổng cộng 11.400 4.600 3.600 3.200
Điều 3. Tổ chức thực hiện""",
        [["Năm", "Tổng số", "Ngân sách tỉnh", "Ngân sách xã", "Vốn huy động"],
         ["Năm 2027", "5.300", "2.100", "1.700", "1.500"],
         ["Năm 2028", "6.100", "2.500", "1.900", "1.700"],
         ["Cộng giai đoạn 2027 - 2028", "11.400", "4.600", "3.600", "3.200"],
         ["Tổng cộng", "11.400", "4.600", "3.600", "3.200"]],
        13,
    ),
    (  # coded rows: amounts after the label, or on its first line with the label's rest under them
        "coded rows, both orders",
        """TT Nội dung Tổng
cộng
Năm
2026
Năm
2027
1 Khảo sát,
đánh giá hiện
trạng
310 150 160
2 Bồi dưỡng 760 380 380
cán bộ
chuyên trách
3 Mua sắm
thiết bị
1.020,5 500 520,5
Tổng
cộng
2.090,5 1.030 1.060,5
V. TỔ CHỨC THỰC HIỆN""",
        [["TT", "Nội dung", "Tổng cộng", "Năm 2026", "Năm 2027"],
         ["1", "Khảo sát, đánh giá hiện trạng", "310", "150", "160"],
         ["2", "Bồi dưỡng cán bộ chuyên trách", "760", "380", "380"],
         ["3", "Mua sắm thiết bị", "1.020,5", "500", "520,5"],
         ["", "Tổng cộng", "2.090,5", "1.030", "1.060,5"]],
        19,
    ),
    (  # headings merged over two levels, the header repeated after a page break, a label cut by it
        "merged headings, header repeated",
        """STT Nội dung
Tổng
cộng
Năm 2026 Năm 2027
NSTW NSĐP NSTW NSĐP
I
Nâng cấp chợ
nông thôn
4.200 1.200 900 1.300 800
1 Chợ xã Tân Minh 2.000 600 400 600 400
2 Chợ xã Hòa
STT Nội dung
Tổng
cộng
Năm 2026 Năm 2027
NSTW NSĐP NSTW NSĐP
Bình 2.200 600 500 700 400
Tổng cộng 4.200 1.200 900 1.300 800
Nơi nhận:""",
        [["STT", "Nội dung", "Tổng cộng", "Năm 2026", "Năm 2027"],
         ["NSTW", "NSĐP", "NSTW", "NSĐP"],
         ["I", "Nâng cấp chợ nông thôn", "4.200", "1.200", "900", "1.300", "800"],
         ["1", "Chợ xã Tân Minh", "2.000", "600", "400", "600", "400"],
         ["2", "Chợ xã Hòa Bình", "2.200", "600", "500", "700", "400"],
         ["", "Tổng cộng", "4.200", "1.200", "900", "1.300", "800"]],
        18,
    ),
]

MATCH += [
    (  # a period's total column over wrapped lines; a first row "Tổng" / "cộng" is no column name
        "period total, total row first",
        """TT Nguồn vốn Tổng giai
đoạn 2027
- 2029
Năm 2027 Năm 2028 Năm 2029
Tổng
cộng
9.300 3.000 3.100 3.200
1 Ngân sách
tỉnh
6.200 2.000 2.050 2.150
2 Vốn xã hội
hóa
3.100 1.000 1.050 1.050
VI. TỔ CHỨC THỰC HIỆN""",
        [["TT", "Nguồn vốn", "Tổng giai đoạn 2027 - 2029", "Năm 2027", "Năm 2028", "Năm 2029"],
         ["", "Tổng cộng", "9.300", "3.000", "3.100", "3.200"],
         ["1", "Ngân sách tỉnh", "6.200", "2.000", "2.050", "2.150"],
         ["2", "Vốn xã hội hóa", "3.100", "1.000", "1.050", "1.050"]],
        13,
    ),
    (  # a one-line header; a row whose code, label, amounts and label's rest come a line each
        "one-line header, a row cell after cell",
        """STT Nguồn vốn 2026 2027 Tổng
1 Ngân sách tỉnh 700 800 1.500
2
Vốn lồng ghép các chương
250 350 600
trình mục tiêu
Tổng cộng 950 1.150 2.100
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.""",
        [["STT", "Nguồn vốn", "2026", "2027", "Tổng"],
         ["1", "Ngân sách tỉnh", "700", "800", "1.500"],
         ["2", "Vốn lồng ghép các chương trình mục tiêu", "250", "350", "600"],
         ["", "Tổng cộng", "950", "1.150", "2.100"]],
        7,
    ),
    (  # rows labelled by their year alone
        "a year's row",
        """Năm Tổng NSĐP Xã hội
hóa
2026 900.000.000 700.000.000 200.000.000
2027 1.100.000.000 800.000.000 300.000.000
Tổng cộng 2.000.000.000 1.500.000.000 500.000.000
IV. TỔ CHỨC THỰC HIỆN""",
        [["Năm", "Tổng", "NSĐP", "Xã hội hóa"],
         ["2026", "900.000.000", "700.000.000", "200.000.000"],
         ["2027", "1.100.000.000", "800.000.000", "300.000.000"],
         ["Tổng cộng", "2.000.000.000", "1.500.000.000", "500.000.000"]],
        5,
    ),
]

MATCH += [
    (  # a second label heading ("Nguồn kinh phí") over the source columns groups them
        "a source group over wrapped names",
        """STT Nội dung Tổng
kinh phí
Nguồn kinh phí
Ngân
sách huyện
Ngân
sách xã
Xã hội hóa
1 Mở lớp
dạy nghề
80 50 30 -
2 Hỗ trợ
giống cây
420 200 120 100
Cộng 500 250 150 100
III. TỔ CHỨC THỰC HIỆN""",
        [["STT", "Nội dung", "Tổng kinh phí", "Nguồn kinh phí"],
         ["Ngân sách huyện", "Ngân sách xã", "Xã hội hóa"],
         ["1", "Mở lớp dạy nghề", "80", "50", "30", "-"],
         ["2", "Hỗ trợ giống cây", "420", "200", "120", "100"],
         ["", "Cộng", "500", "250", "150", "100"]],
        15,
    ),
]

MATCH += [
    (  # a count column ("Số công trình") beside the amounts, a row's code alone on its first line
        "a count column, codes alone",
        """STT Tên thôn
Số công
trình
Tổng mức
đầu tư
Trong đó
Ngân sách
xã
Nhân dân
đóng góp
1
Thôn Nà
Lừa
02 640.000 500.000 140.000
2
Thôn Khuổi
Hẩu
01 310.000 250.000 60.000
Tổng
cộng
03 950.000 750.000 200.000
4. Thời gian thực hiện: năm 2027.""",
        [["STT", "Tên thôn", "Số công trình", "Tổng mức đầu tư", "Trong đó"],
         ["Ngân sách xã", "Nhân dân đóng góp"],
         ["1", "Thôn Nà Lừa", "02", "640.000", "500.000", "140.000"],
         ["2", "Thôn Khuổi Hẩu", "01", "310.000", "250.000", "60.000"],
         ["", "Tổng cộng", "03", "950.000", "750.000", "200.000"]],
        21,
    ),
]

MATCH += [
    (  # columns so narrow that they broke words ("Tổn" / "g", "huy" / "ện") and amounts ("4.25" / "0"),
        # each amount a line; "STT" broken as "S" / "TT"
        "narrow columns broke words and amounts",
        """S
TT
Nội dung Tổn
g
cộn
g
Năm 2026 Năm 2027
Ngâ
n
sách
huy
ện
Vốn
khá
c
Ngâ
n
sách
huy
ện
Vốn
khá
c
Tổng cộng 4.25
0
1.10
0
900 1.25
0
1.00
0
1 Làm đường
nội đồng
4.25
0
1.10
0
900 1.25
0
1.00
0
III. TỔ CHỨC THỰC HIỆN""",
        [["STT", "Nội dung", "Tổng cộng", "Năm 2026", "Năm 2027"],
         ["Ngân sách huyện", "Vốn khác", "Ngân sách huyện", "Vốn khác"],
         ["", "Tổng cộng", "4.250", "1.100", "900", "1.250", "1.000"],
         ["1", "Làm đường nội đồng", "4.250", "1.100", "900", "1.250", "1.000"]],
        41,
    ),
]

MATCH += [
    (  # a targets table whose label column is so narrow that its words come a line each
        "a label a word a line",
        """TT Chỉ
tiêu
ĐVT 2027 2028 2029
1 Tỷ lệ
hộ dân
được
sử
dụng
nước
sạch
theo
quy
chuẩn
% 82 86 90,5
2 Số xã
đạt chuẩn
xã 4 6 9
IV. GIẢI PHÁP""",
        [["TT", "Chỉ tiêu", "ĐVT", "2027", "2028", "2029"],
         ["1", "Tỷ lệ hộ dân được sử dụng nước sạch theo quy chuẩn", "%", "82", "86", "90,5"],
         ["2", "Số xã đạt chuẩn", "xã", "4", "6", "9"]],
        17,
    ),
]

NO_MATCH = [
    ("prose after a heading that names columns", """Nội dung
kinh phí thực hiện theo năm
được bố trí trong dự toán 2026 và 2027."""),
    ("header words, no rows", """STT Nội dung
Tổng
cộng
Năm 2026 Năm 2027
1. Sở Tài chính chủ trì.
2. Các sở, ngành phối hợp."""),
    ("a single row of amounts", """TT Nội dung Tổng
số
Năm 2026
Năm 2027
1 Tập huấn 300 150 150
II. TỔ CHỨC THỰC HIỆN"""),
    ("amounts cut but their rest is no amount's end", """TT Nội dung Tổng
số
Năm 2026
Năm 2027
1 Tập huấn 3.1
25
2 Hội thảo 1.2
7.5
III. TỔ CHỨC THỰC HIỆN"""),
    ("a period's years are no amounts", """TT Nội dung Tổng
số
Năm 2026
Năm 2027
1 Giai đoạn 2026 - 2027
2 Giai đoạn 2028 - 2030
III. GIẢI PHÁP"""),
]


@pytest.mark.parametrize("name,text,rows,end", MATCH, ids=[m[0] for m in MATCH])
def test_wrapped_rows_read(name, text, rows, end):
    lines = text.split("\n")
    found = max(filter(None, [spaced_rows.wrapped_table_at(lines, 0), spaced_rows.table_at(lines, 0)]),
                key=lambda f: f[0])
    assert found is not None
    assert found[1] == rows
    assert found[0] == end  # nothing after the table's last row is taken
    assert spaced_rows.tables(lines, set()) == [(0, end - 1, rows)]


@pytest.mark.parametrize("name,text", NO_MATCH, ids=[m[0] for m in NO_MATCH])
def test_wrapped_rows_not_read(name, text):
    lines = text.split("\n")
    assert spaced_rows.wrapped_table_at(lines, 0) is None
    assert spaced_rows.tables(lines, set()) == []


def test_page_break_inside_a_table():
    """A blank line where a page ends (the next line on the next page) does not end the table;
    a blank line on one page does."""
    text = MATCH[1][1].split("\n")
    cut = text[:5] + [""] + text[5:]  # the break after the header
    rows, end = MATCH[1][2], MATCH[1][3] + 1
    pages = [1] * 6 + [2] * (len(cut) - 6)
    assert spaced_rows.tables(cut, set(), pages) == [(0, end - 1, rows)]
    assert spaced_rows.tables(cut, set(), [1] * len(cut)) == []


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG SƠN
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 03 tháng 3 năm 2026
KẾ HOẠCH
Chuyển đổi số trong trường học năm 2026 - 2027
I. MỤC TIÊU
Đến năm 2027, 100% trường học sử dụng sổ điểm điện tử.
II. KINH PHÍ THỰC HIỆN
Đơn vị tính: triệu đồng
TT Nội dung Tổng
cộng
Năm
2026
Năm
2027
1 Khảo sát,
đánh giá hiện
trạng
310 150 160
2 Bồi dưỡng 760 380 380
cán bộ
chuyên trách
Tổng
cộng
1.070 530 540
III. TỔ CHỨC THỰC HIỆN
Phòng Giáo dục và Đào tạo chủ trì thực hiện Kế hoạch.
"""


def test_wrapped_budget_table_in_a_plan():
    result = process("plan.txt", PLAN.encode())
    items = result.record.model_dump(mode="json")["budget"]["items"]
    got = {(i["row_label"], i["year"], i["amount_vnd"]) for i in items}
    assert ("Khảo sát, đánh giá hiện trạng", 2026, 150_000_000) in got
    assert ("Bồi dưỡng cán bộ chuyên trách", 2027, 380_000_000) in got
    assert ("Tổng cộng", None, 1_070_000_000) in got
    assert len(items) == 9
    for item in items:  # provenance: each span holds the amount as written
        assert result.text[item["span"]["start"]:item["span"]["end"]] == item["raw"]
