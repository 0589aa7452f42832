"""A table's first column of row codes under a heading OCR misread (layout.cells.ordinal_column):
"STT" read as "NHẠẺ", "SIE", "S" or nothing hid a scanned task table's tasks, since the code
column was told by its heading alone, and turned a budget table's row codes into amounts. The
column is the code column whatever its heading says when its body cells are short row codes that
count up; a column of years, amounts, places or sentences is not. (All rows invented.)"""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.task_tables import table_activities
from extractors.formats import read
from extractors.layout.cells import ordinal_column
from extractors.tables.budget import extract_budget_tables


@pytest.mark.parametrize("cells, ordinal", [
    # must match: row codes, with group rows and merged cells left empty
    (["1", "2", "3"], True),
    (["1.", "2.", "3.", "4.", "5.", "6."], True),
    (["I", "1", "2", "II", "1", "2", "3"], True),
    (["1", "1.1", "1.2", "2", "2.1"], True),
    (["1", "", "2", "", "3"], True),
    (["a)", "b)", "c)"], True),
    (["I", "II", "III"], True),
    (["1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"], True),  # one misread, among many
    # must not match: years, amounts, places, sentences, a lone cell, codes that do not count up
    (["2026", "2027", "2028"], False),
    (["45", "30", "12,5"], False),
    (["1.250", "850", "2.100"], False),
    (["5", "10", "15"], False),
    (["Xã Phú Mỹ", "Xã Tân Hòa", "Thị trấn Cái Nước"], False),
    (["Tổ chức tập huấn cho cán bộ xã", "Kiểm tra, giám sát việc thực hiện"], False),
    (["1"], False),
    (["", "", ""], False),
    (["1", "Rà soát", "2", "Kiểm tra"], False),
])
def test_ordinal_column(cells, ordinal):
    assert ordinal_column(cells) is ordinal


def _html(rows: list[list[str]], before: str = "III. TỔ CHỨC THỰC HIỆN") -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<html><body><p>KẾ HOẠCH</p><p>{before}</p><p>Đơn vị tính: triệu đồng</p>"
            f"<table>{body}</table><p>Nơi nhận:</p></body></html>").encode()


def _doc(rows, before="III. TỔ CHỨC THỰC HIỆN"):
    return build_document(read(_html(rows, before), "plan.html"))


TASKS_BAC_LIEU = [
    ["Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["Rà soát hiện trạng đê bao ven biển", "Sở Nông nghiệp và Môi trường", "UBND các huyện", "Quý I/2027"],
    ["Nạo vét kênh mương nội đồng", "UBND huyện Hòa Bình", "Các xã", "Quý II/2027"],
    ["Tập huấn kỹ thuật cho nông dân", "Hội Nông dân tỉnh", "Sở Khoa học và Công nghệ", "Năm 2027"],
]
TASKS_LAI_CHAU = [
    ["Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"],
    ["Khảo sát nhu cầu học nghề của thanh niên", "Sở Nội vụ", "Đoàn Thanh niên tỉnh"],
    ["Mở lớp dạy nghề ngắn hạn", "Trường Cao đẳng Lai Châu", "UBND các huyện"],
    ["Hỗ trợ vay vốn khởi nghiệp", "Ngân hàng Chính sách xã hội tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["Kết nối việc làm sau đào tạo", "Sở Nội vụ", "Các doanh nghiệp"],
    ["Tổng kết, đánh giá kết quả", "Sở Nội vụ", "Sở Tài chính"],
]


def _numbered(table, head, codes):
    return [[head] + table[0]] + [[code] + row for code, row in zip(codes, table[1:])]


@pytest.mark.parametrize("head", ["STT", "NHẠẺ", "", "S", "SIE", "5"])
@pytest.mark.parametrize("table, codes", [
    (TASKS_BAC_LIEU, ["1", "2", "3"]),
    (TASKS_LAI_CHAU, ["1.", "2.", "3.", "4.", "5."]),
])
def test_a_task_table_whose_code_heading_is_misread(head, table, codes):
    acts = table_activities(_doc(_numbered(table, head, codes)))
    assert [(a["code"], a["title"], a["lead_agencies"][:1]) for a in acts] == \
        [(c.rstrip("."), row[0], [row[1]]) for c, row in zip(codes, table[1:])]


def test_a_task_table_with_group_rows_under_a_misread_heading():
    rows = [["SIE", "Nội dung", "Chủ trì", "Phối hợp"],
            ["I", "Tuyên truyền", "", ""],
            ["1", "In tờ rơi về phòng cháy rừng", "Hạt Kiểm lâm huyện", "Các xã"],
            ["2", "Phát thanh trên loa xã", "Trung tâm Văn hóa huyện", "Các xã"],
            ["II", "Tuần tra", "", ""],
            ["1", "Lập tổ tuần tra cơ động", "Công an huyện", "Ban Chỉ huy Quân sự huyện"]]
    acts = table_activities(_doc(rows))
    assert [(a["code"], a["group"]) for a in acts] == [("1", "Tuyên truyền"), ("2", "Tuyên truyền"), ("1", "Tuần tra")]


@pytest.mark.parametrize("first_column", [
    ["2026", "2027", "2028"],  # a year
    ["45", "30", "12"],  # an amount
    ["Xã Mường Tè", "Xã Bum Nưa", "Xã Ka Lăng"],  # a place
    ["Tổ chức hội nghị", "Kiểm tra định kỳ", "Báo cáo kết quả"],  # a sentence
])
@pytest.mark.parametrize("head", ["NHẠẺ", "", "S"])
def test_a_first_column_of_no_codes_makes_no_task_table(first_column, head):
    rows = _numbered(TASKS_BAC_LIEU, head, first_column)
    assert table_activities(_doc(rows)) == []


BUDGET = [["Nội dung", "Tổng kinh phí", "Năm 2027", "Năm 2028"],
          ["Nâng cấp đường giao thông nông thôn", "1.200", "700", "500"],
          ["Xây dựng nhà văn hóa ấp", "800", "300", "500"],
          ["Tổng cộng", "2.000", "1.000", "1.000"]]
TARGETS = [["Chỉ tiêu", "Đơn vị tính", "Năm 2027"],
           ["Tỷ lệ hộ dùng nước sạch", "%", "95"],
           ["Số xã đạt chuẩn nông thôn mới", "xã", "12"]]


def _budget(rows):
    items = extract_budget_tables(_doc(rows, "IV. KINH PHÍ"), {"start_year": 2027, "end_year": 2028}, [])["items"]
    return [(i["row_code"], i["amount_vnd"], i["year"], i["counted"]) for i in items]


@pytest.mark.parametrize("head", ["NHẠẺ", "", "S"])
def test_a_budget_or_targets_table_with_a_misread_code_heading_stays_what_it_is(head):
    codes = ["1", "2", ""]
    budget = [[h] + r for h, r in zip(["TT"] + codes, BUDGET)]
    misread = [[h] + r for h, r in zip([head] + codes, BUDGET)]
    assert _budget(misread) == _budget(budget)
    assert ("1", 1_200_000_000, None, False) in _budget(misread)
    assert table_activities(_doc(misread, "IV. KINH PHÍ")) == []
    assert table_activities(_doc([[h] + r for h, r in zip([head, "1", "2"], TARGETS)])) == []


def test_a_scanned_task_table_whose_code_heading_ocr_misreads():
    """The whole way: a page image of the table, OCR'd cell by cell, read into the record."""
    from pipeline.process import Options, process
    from tests.renditions.fontpdf import stamped_scan_pdf
    from tests.renditions.tableimage import table_image
    rows = [["NHẠẺ", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
            ["1", "Khảo sát nguồn nước", "Sở Xây dựng", "UBND các xã", "Quý I"],
            ["2", "Lắp đặt trạm quan trắc", "Sở Công Thương", "Công an tỉnh", "Quý II"],
            ["3", "Tập huấn vận hành", "Sở Tài chính", "Hội Phụ nữ tỉnh", "Quý III"],
            ["4", "Tổng kết, đánh giá", "Sở Nội vụ", "Các sở, ngành", "Quý IV"]]
    page = table_image(rows, [40, 150, 110, 110, 60], title="PHỤ LỤC NHIỆM VỤ")
    out = process("plan.pdf", stamped_scan_pdf(page, 300, []), Options())
    assert out.record is not None, out.error
    acts = out.record.model_dump(mode="json")["activities"]
    assert [(a["code"], a["title"], a["lead_agencies"]) for a in acts] == [(r[0], r[1], [r[2]]) for r in rows[1:]]
    for a in acts:
        assert a["title"] in out.text[a["span"]["start"]:a["span"]["end"]]
