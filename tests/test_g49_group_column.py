"""Reader shape of hold-out round G49 (tests/invented/build_g49.py): a task table grouped by a column of its own
before the code column ("Lĩnh vực | STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"), the field's cell
merged down over its tasks (an HTML rowspan, Word's vMerge, a sheet's merged range) and spread by the reader over
the rows it covers. extractors.layout.group_column reads it as group rows over the tasks, the code column first, so
that the tasks are read at all; other tables keep their columns. Every text here is invented."""

from __future__ import annotations

import io

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.layout.group_column import group_column_rows

_HEAD = ["Lĩnh vực", "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
_A, _B = "Nông nghiệp", "Y tế - xã hội"
_R1 = ["1", "Xây dựng cánh đồng lớn lúa chất lượng cao", "Phòng Kinh tế", "Hợp tác xã Đông Hòa", "Vụ Đông Xuân"]
_R2 = ["2", "Tiêm phòng vắc xin cho đàn gia súc", "Trạm Thú y", "Ban nhân dân các thôn", "Tháng 4/2029"]
_R3 = ["3", "Khám sàng lọc bệnh mạn tính cho người cao tuổi", "Trạm Y tế xã", "Hội Người cao tuổi xã", "Quý III/2029"]

# (rows as a reader spread them, the rows read)
GROUPED = [
    # two fields, the first over two tasks
    ([_HEAD, [_A] + _R1, [_A] + _R2, [_B] + _R3],
     [_HEAD[1:], [_A] * 5, _R1, _R2, [_B] * 5, _R3]),
    # "TT" and "Nội dung", one field over all the tasks, the heading in bold marks
    ([["**Nhóm nhiệm vụ**", "**TT**", "**Nội dung**", "**Cơ quan chủ trì**", "**Thời hạn**"],
      [_B, "1", "Tập huấn sơ cứu cho học sinh", "Trạm Y tế xã", "Tháng 9/2029"],
      [_B, "2", "Truyền thông phòng, chống đuối nước", "Phòng Văn hóa - Xã hội", "Tháng 5/2029"]],
     [["**TT**", "**Nội dung**", "**Cơ quan chủ trì**", "**Thời hạn**"], [_B] * 4,
      ["1", "Tập huấn sơ cứu cho học sinh", "Trạm Y tế xã", "Tháng 9/2029"],
      ["2", "Truyền thông phòng, chống đuối nước", "Phòng Văn hóa - Xã hội", "Tháng 5/2029"]]),
]

# tables that keep their columns
APART = [
    # the code column first (the common task table)
    [_HEAD[1:], _R1, _R2, _R3],
    # a place named once a task: no field over two tasks, a column of its own
    [["Địa bàn", "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
     ["Thôn Đông", "1", "Nạo vét kênh nội đồng", "Phòng Kinh tế", "Quý I/2029"],
     ["Thôn Tây", "2", "Bê tông hóa đường ngõ xóm", "Ban nhân dân thôn Tây", "Quý II/2029"]],
    # no lead's column: an estimate grouped by source
    [["Nguồn vốn", "STT", "Nội dung", "Kinh phí (triệu đồng)"],
     ["Ngân sách xã", "1", "Tập huấn", "120"], ["Ngân sách xã", "2", "Tuyên truyền", "80"]],
    # a body row without its group (no merge spread over it)
    [_HEAD, [_A] + _R1, [_A] + _R2, [""] + _R3],
    # the first column the lead's, merged down over its tasks (its units under "Đơn vị thực hiện")
    [["Cơ quan chủ trì", "TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian"],
     ["Phòng Kinh tế", "1", "Nạo vét kênh nội đồng", "Hợp tác xã Đông Hòa", "Quý I/2029"],
     ["Phòng Kinh tế", "2", "Bê tông hóa đường ngõ xóm", "Ban nhân dân thôn Tây", "Quý II/2029"]],
    # the second column no codes
    [["Lĩnh vực", "Đơn vị", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
     [_A, "Xã", "Nạo vét kênh nội đồng", "Phòng Kinh tế", "Quý I/2029"],
     [_A, "Thôn", "Bê tông hóa đường ngõ xóm", "Ban nhân dân thôn", "Quý II/2029"]],
]


@pytest.mark.parametrize("rows,read_as", GROUPED)
def test_a_group_column_is_read_as_group_rows(rows, read_as):
    assert group_column_rows(rows) == read_as


@pytest.mark.parametrize("rows", APART)
def test_other_tables_keep_their_columns(rows):
    assert group_column_rows(rows) == rows


_PAGE = ("<html><body><p>ỦY BAN NHÂN DÂN</p><p>XÃ ĐÔNG HÒA</p><p>Số: 21/KH-UBND</p><p>KẾ HOẠCH</p>"
         "<p>Thực hiện nhiệm vụ trọng tâm năm 2029</p><p>I. NHIỆM VỤ</p><table border='1'>{rows}</table>"
         "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>CHỦ TỊCH</p><p>Mai Văn Hậu</p></body></html>")


def _html_table() -> str:
    tr = "<tr>" + "".join(f"<th>{c}</th>" for c in _HEAD) + "</tr>"
    tr += f"<tr><td rowspan='2'>{_A}</td>" + "".join(f"<td>{c}</td>" for c in _R1) + "</tr>"
    tr += "<tr>" + "".join(f"<td>{c}</td>" for c in _R2) + "</tr>"
    tr += f"<tr><td>{_B}</td>" + "".join(f"<td>{c}</td>" for c in _R3) + "</tr>"
    return _PAGE.format(rows=tr)


def _docx_table() -> bytes:
    import docx

    d = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN", "XÃ ĐÔNG HÒA", "Số: 21/KH-UBND", "KẾ HOẠCH", "Thực hiện nhiệm vụ trọng tâm năm 2029",
                 "I. NHIỆM VỤ"):
        d.add_paragraph(text)
    rows = [_HEAD, [_A] + _R1, [None] + _R2, [_B] + _R3]
    table = d.add_table(rows=4, cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                table.cell(r - 1, c).merge(table.cell(r, c))  # w:vMerge
            else:
                table.cell(r, c).text = text
    for text in ("Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Mai Văn Hậu"):
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _xlsx_table() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phụ lục II - Nhiệm vụ"
    for row in [_HEAD, [_A] + _R1, [None] + _R2, [_B] + _R3]:
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# (the file, its name): each format's merge of the field's cell
FILES = [(_html_table().encode("utf-8"), "plan.html"), (_docx_table(), "plan.docx"), (_xlsx_table(), "annex.xlsx")]


@pytest.mark.parametrize("data,name", FILES)
def test_the_tasks_under_a_group_column_are_read(data, name):
    from pipeline.process import extract_fields

    doc = build_document(read(data, name))
    acts = extract_fields(doc)["activities"]
    assert [(a["code"], a["title"], a["lead_agencies"]) for a in acts] == [(r[0], r[1], [r[2]]) for r in (_R1, _R2, _R3)]
    for a in acts:
        assert a["title"] in doc.text[a["span"]["start"]:a["span"]["end"]]
