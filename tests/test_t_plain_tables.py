"""A ruled table copied out of a PDF by plain `pdftotext` often comes column after column
("STT" / "Chỉ tiêu" / "1" / "Tỷ lệ ..." / "Số ..." / "2" / "3" / "Đơn vị tính" / "%" ...):
no row can be told, and the budget reader (extractors.tables.rebuild.flattened_tables) must
read none rather than amounts under the wrong labels. A table flattened row by row, one cell
a line, is still read. (Tables invented.)"""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.tables.budget import extract_budget_tables
from extractors.tables.rebuild import flattened_tables

HEAD = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 19/KH-UBND", "Đông Giang, ngày 4 tháng 3 năm 2027", "", "KẾ HOẠCH",
        "Phát triển cây dược liệu năm 2027", "", "I. MỤC TIÊU", "", "1. Mục tiêu chung", "",
        "Phát triển vùng trồng dược liệu tập trung dưới tán rừng, gắn với chế biến và",
        "tiêu thụ sản phẩm, tạo việc làm, nâng cao thu nhập cho đồng bào dân tộc thiểu",
        "số; bảo vệ và phát triển bền vững nguồn gen cây dược liệu quý của huyện.", "",
        "2. Mục tiêu cụ thể", ""]
TAIL = ["", "II. TỔ CHỨC THỰC HIỆN", "",
        "Phòng Nông nghiệp chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này.", ""]

# must not match: the columns one after another
TARGETS_IN_TURN = ["STT", "", "Chỉ tiêu", "", "1", "", "Diện tích trồng sâm", "dưới tán rừng", "Số hộ tham gia", "liên kết",
                   "Tỷ lệ sản phẩm có", "mã vùng trồng", "2", "3", "", "Đơn vị tính", "", "ha", "hộ", "%", "",
                   "Năm 2026", "", "120", "", "350", "", "40", "", "Năm 2027", "", "150", "", "420", "", "55"]
BUDGET_IN_TURN = ["Đơn vị tính: tỷ đồng", "", "STT", "", "Hạng mục", "", "1", "", "Trồng mới dược liệu",
                  "Xây dựng 03 vườn ươm", "Hỗ trợ cấp mã vùng trồng", "Tổng cộng", "", "2", "3", "", "Tổng kinh phí",
                  "12,5", "", "Ngân sách trung ương", "-", "", "Ngân sách tỉnh", "12,5", "", "36", "", "30", "", "6", "",
                  "1,2", "", "-", "", "1,2", "", "49,7", ""]
# must match: one cell a line, row by row
BUDGET_IN_ROWS = ["Đơn vị tính: triệu đồng", "", "STT", "Nội dung", "Tổng kinh phí", "Năm 2027", "Năm 2028",
                  "1", "Trồng mới dược liệu", "1.500", "700", "800",
                  "2", "Xây dựng vườn ươm", "900", "400", "500",
                  "", "Tổng cộng", "2.400", "1.100", "1.300"]


def _doc(lines):
    """The lines as a page's paragraphs, each as it is (a web page's <p>, a reader's lines)."""
    body = "".join(f"<p>{line}</p>" for line in HEAD + lines + TAIL if line)
    return build_document(read(f"<html><body>{body}</body></html>".encode(), "plan.html"))


def _items(lines):
    items = extract_budget_tables(_doc(lines), {"start_year": 2027, "end_year": 2028}, [])["items"]
    return [(i["row_code"], i["amount_vnd"], i["year"]) for i in items]


@pytest.mark.parametrize("why, lines", [("a targets table", TARGETS_IN_TURN), ("a budget table", BUDGET_IN_TURN)])
def test_columns_one_after_another_make_no_budget_table(why, lines):
    assert flattened_tables(_doc(lines)) == [], why
    assert _items(lines) == [], why


def test_a_table_flattened_row_by_row_is_read():
    assert ("1", 1_500_000_000, None) in _items(BUDGET_IN_ROWS)
    assert ("2", 500_000_000, 2028) in _items(BUDGET_IN_ROWS)
