"""A task table copied out of a PDF by plain `pdftotext`, row by row, each cell a run of
lines between blank lines (extractors.layout.plain_cells): each cell's lines become one
line, so that the flattened table's rows are read. Columns written one after another, a
budget table, numbered paragraphs and prose are left as they are. (Tables invented.)"""

from __future__ import annotations

import pytest

from extractors.layout.plain_cells import join_cells
from extractors.layout.text import Line, pages_of
from pipeline.process import Options, process

HEAD = ["UBND TỈNH HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ", "Độc lập - Tự do - Hạnh phúc",
        "Số: 77/KH-SYT", "Hòa Bình, ngày 8 tháng 5 năm 2027", "", "KẾ HOẠCH",
        "Phòng, chống sốt xuất huyết năm 2027", "", "I. MỤC TIÊU", "",
        "Giảm số ca mắc sốt xuất huyết so với năm 2026; không để dịch bùng phát, lan",
        "rộng trên địa bàn tỉnh; phát hiện sớm, xử lý kịp thời các ổ dịch, hạn chế đến",
        "mức thấp nhất số ca tử vong; nâng cao nhận thức của người dân về phòng bệnh.",
        "- Trên 95% hộ gia đình được tuyên truyền về phòng, chống sốt xuất huyết và",
        "tham gia diệt lăng quăng, bọ gậy tại nhà ít nhất một lần mỗi tháng.", "", "II. NHIỆM VỤ"]
TAIL = ["", "III. TỔ CHỨC THỰC HIỆN", "",
        "Các đơn vị triển khai Kế hoạch này; báo cáo kết quả về Sở Y tế trước ngày 15 tháng 12.", ""]


def _cells(rows: list[list[list[str]]]) -> list[str]:
    """Each cell a run of lines, a blank line after it."""
    return [line for row in rows for cell in row for line in cell + [""]]


ROWS = [
    [["STT"], ["Nội dung"], ["Đơn vị chủ", "trì"], ["Đơn vị phối", "hợp"], ["Thời gian"]],
    [["1"], ["Phun hóa chất", "diệt muỗi tại", "các ổ dịch"], ["Trung tâm Kiểm", "soát bệnh tật"],
     ["Ban Chỉ huy", "Quân sự tỉnh"], ["Tháng 6 -", "9/2027"]],
    [["2"], ["Tổng vệ sinh môi", "trường, diệt lăng", "quăng"], ["Ủy ban nhân dân", "các xã, phường"],
     ["Hội Liên hiệp", "Phụ nữ tỉnh"], ["Hằng tháng"]],
    [["3"], ["Tập huấn chẩn", "đoán, điều trị"], ["Công chức", "Văn hóa - Xã hội"], ["Các trạm y tế"], ["Quý II"]],
]


def _activities(lines: list[str]) -> list[tuple]:
    record = process("plan.txt", ("\n".join(lines) + "\n").encode(), Options()).record.model_dump(mode="json")
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


WANT = [("1", "Phun hóa chất diệt muỗi tại các ổ dịch", ["Trung tâm Kiểm soát bệnh tật"], ["Ban Chỉ huy Quân sự tỉnh"]),
        ("2", "Tổng vệ sinh môi trường, diệt lăng quăng", ["Ủy ban nhân dân các xã, phường"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
        ("3", "Tập huấn chẩn đoán, điều trị", ["Công chức Văn hóa - Xã hội"], ["Các trạm y tế"])]


@pytest.mark.parametrize("gap", [[""], []])  # the table after a blank line, or right under its heading
def test_a_row_ordered_plain_table_is_read(gap):
    assert _activities(HEAD + gap + _cells(ROWS) + TAIL) == WANT


def test_a_row_ordered_plain_table_with_a_group_row():
    rows = [ROWS[0], [["I"], ["Phòng bệnh"]], ROWS[1], ROWS[2], [["II"], ["Điều trị"]], ROWS[3]]
    got = _activities(HEAD + [""] + _cells(rows) + TAIL)
    assert [(a[0], a[1]) for a in got] == [(w[0], w[1]) for w in WANT]


def _joined(lines: list[str]) -> list[str]:
    got = [ln for page in pages_of("\n".join(lines)) for ln in page]
    return [ln.text for ln in join_cells(got, lambda first, text: Line(first.number, text, first.page))]


COLUMNS = ["STT", "", "1", "", "2", "", "3", "", "Nội dung", "nhiệm vụ", "Phun hóa chất", "diệt muỗi", "Tổng vệ sinh",
           "môi trường", "Tập huấn", "", "Đơn vị chủ trì", "", "Trung tâm Kiểm", "soát bệnh tật", ""]
BUDGET = _cells([[["STT"], ["Nội dung"], ["Tổng", "cộng"], ["Năm 2027"]],
                 [["1"], ["Mua hóa chất", "diệt muỗi"], ["1.200"], ["1.200"]],
                 [["2"], ["Tập huấn cán", "bộ y tế"], ["300"], ["300"]]])
NUMBERED = ["TT", "", "1. Các sở, ngành căn cứ chức năng, nhiệm vụ triển khai Kế hoạch",
            "này; báo cáo kết quả.", "", "2. Ủy ban nhân dân các huyện chủ trì, phối hợp với",
            "Sở Y tế tổ chức thực hiện.", ""]
PROSE = ["STT", "", "Đơn vị chủ trì", "", "Đơn vị phối hợp", "",
         "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này", "trong năm 2027.", ""]
LONG_CELLS = _cells([ROWS[0]]) + ["1", "", "Phun hóa chất diệt muỗi tại các ổ dịch trên địa bàn toàn tỉnh trong mùa mưa",
                                  "năm 2027, ưu tiên các xã có nhiều ca mắc.", "", "2", ""]


# the first rows row by row, the rest column by column: a run of several agencies, then a heading
MIXED = _cells(ROWS[:3]) + ["3", "", "Tập huấn chẩn", "đoán, điều trị", "", "4", "", "Kiểm tra, giám sát", "",
                            "Trung tâm Kiểm", "soát bệnh tật", "Bệnh viện Đa", "khoa tỉnh", "", "Thời gian", "hoàn thành",
                            "Quý II", "Quý III", ""]


@pytest.mark.parametrize("why, lines", [
    ("the columns one after another", COLUMNS),
    ("row by row, then column by column", MIXED),
    ("a budget table", BUDGET),
    ("numbered paragraphs under a stray 'TT'", NUMBERED),
    ("headings, then prose", PROSE),
    ("a 'cell' of page-wide lines", LONG_CELLS),
])
def test_no_row_ordered_table_is_left_as_it_is(why, lines):
    assert _joined(lines) == lines, why


def test_the_cells_joined():
    got = _joined(_cells(ROWS[:3]))
    assert "Phun hóa chất diệt muỗi tại các ổ dịch" in got and "Đơn vị chủ trì" in got and "Tháng 6 - 9/2027" in got
