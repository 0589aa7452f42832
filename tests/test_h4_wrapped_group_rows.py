"""A task table aligned with spaces (`pdftotext -layout` of a ruled annex) whose group rows'
titles wrap in the task column ("A   CÔNG TÁC TUYÊN TRUYỀN, QUÁN" / "    TRIỆT"): the group
row is one row and the table goes on under it (extractors.layout.grid._title_wrapped).
Before, the wrapped title's rest made the group row no row, and a group row first under the
header left no table at all. Invented tables (round H4)."""

import pytest

from extractors.layout import grid, text
from tests.invented.build_h4 import row  # a line of cells, each at its column


def tables(lines: list[str]) -> list[list[list[str]]]:
    pages = text.drop_furniture(text.pages_of("\n".join(lines)))
    flat = [ln for page in pages for ln in page]
    segs = [[] if ln.blank else text.segments(ln.text) for ln in flat]
    return [t.rows for t in grid.find_text_tables(segs, [ln.page for ln in flat])]


# a Sở's plan: STT broken in its narrow column, five columns
N = [0, 5, 42, 60, 84]
NARROW = [row(["ST", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], N),
          row(["T", "", "", "", "hoàn thành"], N)]
ROWS_N = [row(["1", "Kiểm kê hiện trạng rừng phòng hộ", "Chi cục Kiểm lâm", "UBND các huyện", "Quý I/2026"], N),
          row(["", "đầu nguồn các lưu vực sông"], N),
          row(["2", "Trồng mới rừng ngập mặn ven biển", "", "Ban Quản lý rừng", "2026 -"], N),
          row(["", "", "", "phòng hộ Hòn Mây", "2027"], N)]
# a district's plan: "STT" whole, a wider table, titles in sentence case under Roman numerals
W = [0, 6, 50, 76, 104]
WIDE = [row(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], W)]
ROWS_W = [row(["1", "Rà soát quy hoạch mạng lưới trường học", "Phòng Giáo dục", "Phòng Tài chính -", "2026"], W),
          row(["", "", "và Đào tạo", "Kế hoạch"], W),
          row(["2", "Sửa chữa nhà lớp học xuống cấp", "", "UBND các xã", "Năm 2027"], W)]

MUST_MATCH = [
    ("a group row under a letter, its title in capitals wrapped, first under the header",
     NARROW + [row(["A", "BẢO VỆ VÀ PHÁT TRIỂN RỪNG PHÒNG HỘ"], N), row(["", "VEN BIỂN"], N)] + ROWS_N,
     ["A", "BẢO VỆ VÀ PHÁT TRIỂN RỪNG PHÒNG HỘ VEN BIỂN", "", "", ""]),
    ("the rows under a wrapped group row are read",
     NARROW + [row(["A", "BẢO VỆ VÀ PHÁT TRIỂN RỪNG PHÒNG HỘ"], N), row(["", "VEN BIỂN"], N)] + ROWS_N,
     ["2", "Trồng mới rừng ngập mặn ven biển", "", "Ban Quản lý rừng phòng hộ Hòn Mây", "2026 - 2027"]),
    ("a group row under a Roman numeral, its title in sentence case wrapped, between rows",
     WIDE + ROWS_W[:2] + [row(["II", "Nâng cao chất lượng đội ngũ giáo viên và cán bộ"], W),
                          row(["", "quản lý giáo dục"], W)] + ROWS_W[2:],
     ["II", "Nâng cao chất lượng đội ngũ giáo viên và cán bộ quản lý giáo dục", "", "", ""]),
    ("a group row in capitals under a number, wrapped over two lines",
     WIDE + [row(["1", "CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ HỒ SƠ HỌC SINH"], W),
             row(["", "VÀ SỔ ĐIỂM ĐIỆN TỬ"], W)] + ROWS_W,
     ["1", "CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ HỒ SƠ HỌC SINH VÀ SỔ ĐIỂM ĐIỆN TỬ", "", "", ""]),
]


@pytest.mark.parametrize("why, lines, expected", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_wrapped_group_row(why, lines, expected):
    found = tables(lines)
    assert len(found) == 1 and expected in found[0], found


MUST_NOT_MATCH = [
    ("a task row with its other cells empty, wrapped in sentence case, under a number",
     WIDE + ROWS_W[:2] + [row(["3", "Tổng kết đánh giá kết quả thực hiện"], W), row(["", "kế hoạch năm học"], W)]
     + [row(["4", "Khen thưởng tập thể, cá nhân", "Phòng Nội vụ", "Phòng Giáo dục", "Năm 2028"], W)],
     ["3", "Tổng kết đánh giá kết quả thực hiện kế hoạch năm học", "", "", ""]),
    ("a heading after the table, indented prose under it (no row follows)",
     NARROW + ROWS_N + [row(["B", "TỔ CHỨC THỰC HIỆN"], N), row(["", "Các phòng chuyên môn báo cáo kết quả"], N)],
     ["B", "TỔ CHỨC THỰC HIỆN Các phòng chuyên môn báo cáo kết quả", "", "", ""]),
    ("a heading in capitals wrapped after the table, then prose from the margin",
     NARROW + ROWS_N + [row(["C", "KINH PHÍ THỰC HIỆN KẾ HOẠCH BẢO VỆ"], N), row(["", "RỪNG"], N),
                        "Kinh phí do ngân sách tỉnh bảo đảm theo phân cấp hiện hành."],
     ["C", "KINH PHÍ THỰC HIỆN KẾ HOẠCH BẢO VỆ RỪNG", "", "", ""]),
    ("a line under a group row that starts right of its title (a centred note) is no wrap",
     NARROW + [row(["A", "BẢO VỆ RỪNG PHÒNG HỘ"], N), row(["", "", "(ĐỢT 1)"], N)] + ROWS_N,
     ["A", "BẢO VỆ RỪNG PHÒNG HỘ (ĐỢT 1)", "", "", ""]),
]


@pytest.mark.parametrize("why, lines, wrong", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_not_a_wrapped_group_row(why, lines, wrong):
    for table in tables(lines):
        assert wrong not in table, table


# A cell full to one space before the next column: the next cell's first word, capitalised,
# on the column's start, the word before it in lower case ("Ban Quản lý dự án UBND các xã")
FULL = NARROW + [row(["1", "Nạo vét kênh tiêu", "Ban Quản lý dự án", "UBND các xã ven", "Quý II/2026"], N),
                 row(["", "thoát lũ", "", "sông"], N),
                 row(["2", "Kè bờ sông chống sạt lở", "Sở Xây dựng", "Sở Tài chính", "2026"], N)]
# the table's last rows alone on the next page, set in columns of their own, the lead column
# started by one row only (the other's lead cell merged with the row above)
P2 = [0, 5, 39, 57, 84]
LAST_PAGE = FULL + ["\f" + row(["3", "Cắm mốc hành lang thoát lũ", "Ban Quản lý dự án", "UBND các huyện", "2027"], P2),
                    row(["", "sông Trà Lam", "", "thị xã", ""], P2),
                    row(["4", "Lắp trạm đo mưa tự động", "", "Đài Khí tượng", "2027"], P2),
                    row(["", "", "", "Thủy văn tỉnh"], P2)]

MUST_MATCH_CELLS = [
    ("a capitalised word on the next column's start begins that cell",
     FULL, ["1", "Nạo vét kênh tiêu thoát lũ", "Ban Quản lý dự án", "UBND các xã ven sông", "Quý II/2026"]),
    ("the last rows alone on a page, a column started by one line only",
     LAST_PAGE, ["3", "Cắm mốc hành lang thoát lũ sông Trà Lam", "Ban Quản lý dự án", "UBND các huyện thị xã",
                 "2027"]),
    ("the last row of that page",
     LAST_PAGE, ["4", "Lắp trạm đo mưa tự động", "", "Đài Khí tượng Thủy văn tỉnh", "2027"]),
]


@pytest.mark.parametrize("why, lines, expected", MUST_MATCH_CELLS, ids=[m[0] for m in MUST_MATCH_CELLS])
def test_cells_of_a_full_column_and_a_last_page(why, lines, expected):
    found = tables(lines)
    assert len(found) == 1 and expected in found[0], found


MUST_NOT_CELLS = [
    ("a word in lower case on the next column's start: the cell is cut as before (its word shifted left)",
     FULL[:2] + [row(["1", "Nạo vét kênh tiêu", "Ban Quản lý dự án", "các xã ven sông", "Quý II/2026"], N)] + FULL[3:],
     "Ban Quản lý dự án các"),
    ("a line of prose from the margin under the rows of the last page",
     LAST_PAGE + ["Các đơn vị báo cáo kết quả về Sở Nông nghiệp trước ngày 15/12/2027."],
     "Các đơn vị báo cáo kết quả về Sở Nông nghiệp trước ngày 15/12/2027."),
]


@pytest.mark.parametrize("why, lines, wrong", MUST_NOT_CELLS, ids=[m[0] for m in MUST_NOT_CELLS])
def test_not_a_cell(why, lines, wrong):
    for table in tables(lines):
        assert all(wrong not in cell for r in table for cell in r), table

