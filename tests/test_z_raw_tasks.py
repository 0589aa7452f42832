"""Task tables copied out of a PDF cell after cell (a viewer's copy, `pdftotext -raw` of a Word
table): each row its code and task's first words, the task's rest, the lead agency, the
partners and the time, a cell's wrapped lines one under another. Table-driven: must-match
rows (the rows read) and must-not-match rows (no table). All text invented."""

import pytest

from extractors.layout import raw_tasks
from pipeline.process import process

MATCH = [
    ("one-line header, rows cell after cell",
     """STT Nội dung Chủ trì Phối hợp Thời gian
1 Kiểm tra các
hồ chứa nhỏ
Phòng Nông
nghiệp
Công an xã;
Đoàn Thanh
niên xã
Tháng
5/2026
2 Sơ tán dân
vùng trũng
Ban Chỉ huy
Quân sự xã
Trạm Y tế xã Thường
xuyên
IV. KINH PHÍ THỰC HIỆN""",
     [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
      ["1", "Kiểm tra các hồ chứa nhỏ", "Phòng Nông nghiệp", "Công an xã; Đoàn Thanh niên xã", "Tháng 5/2026"],
      ["2", "Sơ tán dân vùng trũng", "Ban Chỉ huy Quân sự xã", "Trạm Y tế xã", "Thường xuyên"]],
     16),
    ("wrapped header, group rows, a list of agencies run on, a time over two lines",
     """TT Nhiệm vụ Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
I. NHÓM GIẢI PHÁP VỀ THỂ CHẾ
1 Rà soát quy
định về chợ
Sở Công
Thương
Sở Tư pháp Quý I/2027
2 Lập quy hoạch
mạng lưới chợ
Sở Xây dựng Văn phòng HĐND và
UBND các xã
Quý II - Quý
IV/2027
II. NHÓM GIẢI PHÁP VỀ ĐẦU TƯ
3 Nâng cấp chợ
đầu mối
Ủy ban nhân
dân các xã
Sở Tài chính Cả năm
III. KINH PHÍ""",
     [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      ["I", "NHÓM GIẢI PHÁP VỀ THỂ CHẾ", "", "", ""],
      ["1", "Rà soát quy định về chợ", "Sở Công Thương", "Sở Tư pháp", "Quý I/2027"],
      ["2", "Lập quy hoạch mạng lưới chợ", "Sở Xây dựng", "Văn phòng HĐND và UBND các xã", "Quý II - Quý IV/2027"],
      ["II", "NHÓM GIẢI PHÁP VỀ ĐẦU TƯ", "", "", ""],
      ["3", "Nâng cấp chợ đầu mối", "Ủy ban nhân dân các xã", "Sở Tài chính", "Cả năm"]],
     23),
    ("the ordinal heading broken, names side by side over two lines, a time's number broken",
     """ST
T
Nội dung Đơn vị Đơn vị Thời
chủ trì phối hợp gian
1 Lắp camera
tại nút giao
Công an
phường
Đội Trật tự
đô thị
Quý
III/202
7
2 Sơn vạch kẻ
đường
Phòng Kinh
tế
Công an
phường
Hằng
tháng
III. KINH PHÍ""",
     [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
      ["1", "Lắp camera tại nút giao", "Công an phường", "Đội Trật tự đô thị", "Quý III/2027"],
      ["2", "Sơn vạch kẻ đường", "Phòng Kinh tế", "Công an phường", "Hằng tháng"]],
     21),
]

MATCH += [
    ("a product after the time, the header a word a line, numbering again under each group",
     """STT Nội dung
Cơ quan chủ
trì
Cơ quan phối
hợp
Thời
gian
Sản
phẩm
I Hoàn thiện
thể chế
1
Ban hành quy chế
phối hợp
Sở Tư pháp
Công an tỉnh
Năm 2027 Quyết
định của UBND
II Triển khai
1
Tập huấn cán bộ
cơ sở
Trường Chính
trị tỉnh
Sở Nội vụ
Quý
III/2027
Lớp tập
huấn
Nơi nhận:""",
     [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"],
      ["I", "Hoàn thiện thể chế", "", "", "", ""],
      ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Công an tỉnh", "Năm 2027", "Quyết định của UBND"],
      ["II", "Triển khai", "", "", "", ""],
      ["1", "Tập huấn cán bộ cơ sở", "Trường Chính trị tỉnh", "Sở Nội vụ", "Quý III/2027", "Lớp tập huấn"]],
     29),
    ("a product before the agencies",
     """TT Nhiệm vụ Sản phẩm Cơ quan chủ trì Cơ quan phối hợp Thời gian
1 Số hóa hồ
sơ địa chính
Cơ sở dữ liệu
đất đai
Sở Nông nghiệp
và Môi trường
Ủy ban nhân dân
các xã
Quý II/2027
2 Lắp đặt trạm
quan trắc
Hệ thống trạm
tự động
Chi cục Thủy
lợi
Đài Khí tượng
Thủy văn tỉnh
Năm 2027
V. KINH PHÍ""",
     [["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      ["1", "Số hóa hồ sơ địa chính", "Cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã",
       "Quý II/2027"],
      ["2", "Lắp đặt trạm quan trắc", "Hệ thống trạm tự động", "Chi cục Thủy lợi", "Đài Khí tượng Thủy văn tỉnh", "Năm 2027"]],
     19),
]

NO_MATCH = [
    ("no lead heading", """STT Nội dung Thời gian
1 Kiểm tra
Tháng 5
2 Sơ tán
Tháng 6"""),
    ("a product column: cells not told apart", """STT Nội dung Sản phẩm Chủ trì Thời gian
1 Rà soát
Báo cáo
Sở Tài chính
Quý I"""),
    ("one row only", """STT Nội dung Chủ trì Phối hợp Thời gian
1 Kiểm tra hồ chứa
Phòng Nông nghiệp
Công an xã
Tháng 5
III. KINH PHÍ"""),
    ("a list after the heading's words, no rows", """TT Nhiệm vụ chủ trì phối hợp thời gian
Các sở, ngành thực hiện theo chức năng."""),
    ("a product between the agencies and the time", """TT Nhiệm vụ Chủ trì Phối hợp Sản phẩm Thời gian
1 Số hóa
Sở Tư pháp
Công an tỉnh
Báo cáo
Quý I
2 Tập huấn
Sở Nội vụ
Công an tỉnh
Lớp học
Quý II"""),
    ("a table a cell a line (its column names a line each, its codes alone): the flattened reader's", """STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian
1
Kiểm tra đê bao
Phòng Kinh tế
Công an xã
Tháng 8/2027
2
Nạo vét kênh
Ban Quản lý dự án
Các thôn
Quý IV/2027"""),
    ("rows with no agency", """STT Nội dung Chủ trì Phối hợp Thời gian
1 tuyên truyền
rộng rãi
Tháng 5
2 tập huấn
cán bộ
Tháng 6"""),
]


@pytest.mark.parametrize("name,text,rows,end", MATCH, ids=[m[0] for m in MATCH])
def test_raw_task_rows(name, text, rows, end):
    lines = text.split("\n")
    found = raw_tasks.table_at(lines, 0)
    assert found is not None
    assert found[1] == rows
    assert found[0] == end  # the heading after the table is not taken
    assert raw_tasks.tables(lines, set()) == [(0, end - 1, rows)]


@pytest.mark.parametrize("name,text", NO_MATCH, ids=[m[0] for m in NO_MATCH])
def test_raw_task_rows_not_read(name, text):
    lines = text.split("\n")
    assert raw_tasks.table_at(lines, 0) is None
    assert raw_tasks.tables(lines, set()) == []


PLAN = """ỦY BAN NHÂN DÂN
XÃ BẢN VEN
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bản Ven, ngày 12 tháng 3 năm 2027
KẾ HOẠCH
Phòng, chống thiên tai năm 2027
I. MỤC TIÊU
Bảo đảm an toàn cho người dân vùng ven suối.
II. NHIỆM VỤ
""" + MATCH[0][1] + """
Kinh phí thực hiện từ ngân sách xã.
"""


def test_raw_task_table_in_a_plan():
    record = process("plan.txt", PLAN.encode()).record.model_dump(mode="json")
    acts = {a["title"]: a for a in record["activities"]}
    assert any("Kiểm tra các hồ chứa nhỏ" in t for t in acts), list(acts)
    act = next(a for t, a in acts.items() if "Kiểm tra các hồ chứa nhỏ" in t)
    assert act["lead_agencies"] == ["Phòng Nông nghiệp"]
    assert act["partner_agencies"] == ["Công an xã", "Đoàn Thanh niên xã"]
