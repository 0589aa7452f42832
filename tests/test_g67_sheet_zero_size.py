"""Reader shape found with hold-out round G67's probes (tests/invented/build_g67.py: a task annex a records system
exported to Excel): a column whose width is zero and a row whose height is zero are hidden as surely as a column or
row marked hidden (Excel shows neither and prints neither; export tools and macros hide a system's id column or a
withdrawn row so, without the `hidden` flag), extractors.formats.xlsx._grid.

Before, the reader kept them: the id column ("NV-2027-0412") stood before the code column and the task table was
not read at all, and the withdrawn task's row came back as a task. A narrow column (a width above zero), a row
whose height is set but not zero, and columns and rows with no size of their own keep their cells. Every text here
is invented."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from extractors.formats import read

_HEAD = ["Mã hệ thống", "STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"]
_ROWS = [["QL-118", "1", "Kiểm tra an toàn thực phẩm tại các chợ đầu mối", "Phòng Kinh tế", "Trạm Y tế các xã"],
         ["QL-119", "2", "Tập huấn kiến thức an toàn thực phẩm cho tiểu thương", "Trung tâm Y tế huyện",
          "Ban Quản lý chợ"],
         ["QL-120", "3", "In lịch tuyên truyền (đã bỏ)", "Phòng Văn hóa và Thông tin", "Đài Truyền thanh huyện"],
         ["QL-121", "4", "Tổng kết, đánh giá kết quả thực hiện", "Phòng Kinh tế", "Các cơ quan liên quan"]]


def _book(cols: str, row_attrs: dict[int, str]) -> bytes:
    """A one-sheet .xlsx of inline strings (a title row, the header on row 3, the tasks from row 4)."""
    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
    rows = [f'<row r="1">{cell("A1", "DANH MỤC NHIỆM VỤ BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2027")}</row>']
    for r, values in enumerate([_HEAD, *_ROWS], start=3):
        cells = "".join(cell(f"{'ABCDE'[k]}{r}", v) for k, v in enumerate(values))
        rows.append(f'<row r="{r}"{row_attrs.get(r, "")}>{cells}</row>')
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
             f'2006/main">{cols}<sheetData>{"".join(rows)}</sheetData></worksheet>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" xmlns:r="{ns}"><sheets><sheet name="NhiemVu" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def _table(data: bytes) -> list[list[str]]:
    tables = [b.rows for b in read(data, "phu-luc.xlsx").blocks if b.kind == "table"]
    assert len(tables) == 1, tables
    return tables[0]


def _expected(drop_column: bool, drop_row: bool) -> list[list[str]]:
    rows = [_HEAD] + [r for r in _ROWS if not (drop_row and r[1] == "3")]
    return [r[1:] for r in rows] if drop_column else rows


MUST = [  # (what, the cols element, the rows' attributes, id column gone, row 3's task gone)
    ("a zero width", '<cols><col min="1" max="1" width="0" customWidth="1"/></cols>', {}, True, False),
    ("a zero width without customWidth", '<cols><col min="1" max="1" width="0"/></cols>', {}, True, False),
    ("a zero width written 0.0", '<cols><col min="1" max="1" width="0.0" customWidth="1"/></cols>', {}, True, False),
    ("a zero height", "", {6: ' ht="0" customHeight="1"'}, False, True),
    ("a zero height without customHeight", "", {6: ' ht="0"'}, False, True),
    ("both", '<cols><col min="1" max="1" width="0" customWidth="1"/></cols>', {6: ' ht="0" customHeight="1"'},
     True, True),
]

MUST_NOT = [  # the same cells kept
    ("a narrow column", '<cols><col min="1" max="1" width="1.5" customWidth="1"/></cols>', {}),
    ("a column with no width of its own", '<cols><col min="1" max="1" bestFit="1"/></cols>', {}),
    ("a low row", "", {6: ' ht="4" customHeight="1"'}),
    ("a row with no height of its own", "", {6: ' spans="1:5"'}),
    ("hiding switched off", '<cols><col min="1" max="1" width="14" hidden="0" customWidth="1"/></cols>',
     {6: ' hidden="0"'}),
]


@pytest.mark.parametrize("what,cols,attrs,no_column,no_row", MUST, ids=[m[0] for m in MUST])
def test_a_zero_size_column_or_row_is_hidden(what, cols, attrs, no_column, no_row):
    assert _table(_book(cols, attrs)) == _expected(no_column, no_row)


@pytest.mark.parametrize("what,cols,attrs", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_a_small_or_unsized_column_or_row_is_kept(what, cols, attrs):
    assert _table(_book(cols, attrs)) == _expected(False, False)
