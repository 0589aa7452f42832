"""A PDF table cell set as a list of marked items, one a line ("- Vụ Pháp chế" / "- Viện Khoa học
Môi trường" / "- Bộ Xây dựng"), keeps an item a line, as a Word or web page cell's lines are read:
joined into one line, the marks run into the names ("Vụ Pháp chế - Viện ... - Bộ Xây dựng") and
a name's own dash ("Vụ Kế hoạch - Tài chính") can no longer be told from them."""

import pypdfium2 as pdfium
import pytest

from extractors.formats import pdf as pdf_reader
from extractors.layout.wrap import list_cell_text
from tests.extractors.test_pdf_routing import PROSE, _pdf, _text

CELLS = [
    # must match: two or more marked items, the first line marked; an item's wrap stays with it
    ("- Vụ Pháp chế\n- Viện Khoa học Môi trường\n- Bộ Xây dựng",
     "- Vụ Pháp chế\n- Viện Khoa học Môi trường\n- Bộ Xây dựng"),
    ("- Bộ Tài chính\n- Vụ Kế hoạch - Tài\nchính\n- Thanh tra Bộ", "- Bộ Tài chính\n- Vụ Kế hoạch - Tài chính\n- Thanh tra Bộ"),
    ("+ Sở Nội vụ tỉnh\nHòa Lâm\n+ Công an tỉnh", "+ Sở Nội vụ tỉnh Hòa Lâm\n+ Công an tỉnh"),
    ("• In 5.000 tờ gấp\n• Phát sóng 12 phóng sự", "• In 5.000 tờ gấp\n• Phát sóng 12 phóng sự"),
    # must (round L4): a name over its items keeps its line, as a Word cell's paragraph does
    # (normalizers.agencies.join_cell_lines writes it "name: - item; - item", as it writes a Word cell's)
    ("Các đơn vị thuộc Bộ:\n- Cục Môi trường\n- Thanh tra Bộ", "Các đơn vị thuộc Bộ:\n- Cục Môi trường\n- Thanh tra Bộ"),
    # must not: one marked line and its wrap, a name over one marked line, prose, a number range
    ("- Tổ chức tập huấn cho cán bộ\ncấp xã về phân loại rác", "- Tổ chức tập huấn cho cán bộ cấp xã về phân loại rác"),
    ("Các đơn vị thuộc Bộ:\n- Cục Môi trường", "Các đơn vị thuộc Bộ: - Cục Môi trường"),
    ("Xây dựng Thông tư hướng dẫn\nkỹ thuật", "Xây dựng Thông tư hướng dẫn kỹ thuật"),
    ("2026-\n2030", "2026-2030"),
    # round L4's cells: a task's name (wrapped or not) over its marked items, and what is no such cell
    # must: a name (wrapped or not) over two or more marked items keeps its name a line above them
    ("Tuyen truyen chinh sach\nphap luat\n- Tren Dai Truyen thanh - Truyen\nhinh huyen\n- Cap phat to roi",
     "Tuyen truyen chinh sach phap luat\n- Tren Dai Truyen thanh - Truyen hinh huyen\n- Cap phat to roi"),
    ("Cac don vi thuoc So:\n- Chi cuc Thuy loi\n- Thanh tra So",
     "Cac don vi thuoc So:\n- Chi cuc Thuy loi\n- Thanh tra So"),
    # must not: one marked line under the name (a name's own dash a wrap put first), prose
    ("Kiem tra cac xa vung cao\n- Kiem tra 04 xa", "Kiem tra cac xa vung cao - Kiem tra 04 xa"),
    ("Phong Tai chinh\n- Ke hoach huyen", "Phong Tai chinh - Ke hoach huyen"),
    ("Xay dung ke hoach kiem tra\nlien nganh", "Xay dung ke hoach kiem tra lien nganh"),
]


@pytest.mark.parametrize("cell, expected", CELLS)
def test_list_cell_text(cell, expected):
    assert list_cell_text(cell) == expected


def _list_table(top: float = 400) -> str:
    """A ruled table "STT | Noi dung | Phoi hop" of two numbered rows; the first row's right
    cell holds three marked lines, the second's one line."""
    xs, ys = (56, 100, 300, 520), (top, top - 30, top - 100, top - 130)
    ops = ["0.5 w"] + [f"{x} {ys[0]} m {x} {ys[-1]} l S" for x in xs] + [f"{xs[0]} {y} m {xs[-1]} {y} l S" for y in ys]
    ops.append("BT /F1 11 Tf 60 %g Td (STT) Tj 44 0 Td (Noi dung) Tj 200 0 Td (Phoi hop) Tj ET" % (top - 20))
    ops.append("BT /F1 11 Tf 60 %g Td (1) Tj 44 0 Td (Lap ke hoach kiem tra) Tj ET" % (top - 50))
    for k, name in enumerate(("- Vu Phap che", "- Vu Ke hoach - Tai chinh", "- Thanh tra Bo")):
        ops.append("BT /F1 11 Tf 304 %g Td (%s) Tj ET" % (top - 50 - 16 * k, name))
    ops.append("BT /F1 11 Tf 60 %g Td (2) Tj 44 0 Td (Tong hop bao cao) Tj 200 0 Td (Van phong Bo) Tj ET" % (top - 120))
    return "\n".join(ops) + "\n"


def test_a_pdf_cell_of_marked_items_keeps_an_item_a_line():
    items = pdf_reader._pdfium_page(pdfium.PdfDocument(_pdf(_text(PROSE) + _list_table()))[0])
    assert ("table", [["STT", "Noi dung", "Phoi hop"],
                      ["1", "Lap ke hoach kiem tra", "- Vu Phap che\n- Vu Ke hoach - Tai chinh\n- Thanh tra Bo"],
                      ["2", "Tong hop bao cao", "Van phong Bo"]]) in items
