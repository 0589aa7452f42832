"""A spreadsheet annex whose grid sits under title lines (round G10's task sheet): "PHỤ LỤC II" / "DANH MỤC
NHIỆM VỤ ..." / "(Kèm theo Kế hoạch số ...)", each one value merged across the sheet, then a task table with no
numbers. Whether the grid is data is told by the rows under the titles: the row of column headings makes it a
table (the titles filled the three rows where that row was looked for, and the whole sheet became loose
paragraphs). A sheet of prose and a sheet laid out as a signature block stay paragraphs."""

from __future__ import annotations

import io

import pytest

from extractors.formats.xlsx import read
from pipeline.process import process


def _book(rows: list[list[str]], merge_titles: int) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phu luc"
    width = max(len(r) for r in rows)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                ws.cell(row=r, column=c, value=value)
    for r in range(1, merge_titles + 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


TITLES = [["PHỤ LỤC II"], ["DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2025"],
          ["(Kèm theo Kế hoạch số 112/KH-UBND ngày 14/02/2025 của UBND huyện Tân Lĩnh)"], []]
TASKS = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
         ["1", "Khảo sát các điểm du lịch cộng đồng tại các bản vùng cao", "Phòng Văn hóa - Thông tin",
          "UBND các xã", "Quý I/2025"],
         ["2", "Tổ chức lớp bồi dưỡng kỹ năng làm du lịch cho hộ gia đình", "Trung tâm Văn hóa - Thể thao huyện",
          "Hội Liên hiệp Phụ nữ huyện", "Quý II/2025"],
         ["3", "Xây dựng bộ nhận diện du lịch của huyện", "Phòng Văn hóa - Thông tin", "", "Tháng 9/2025"]]


@pytest.mark.parametrize("titles", [1, 2, 3])
def test_a_task_sheet_under_title_lines_is_a_table(titles):
    rows = TITLES[:titles] + TASKS
    data = _book(rows, titles)
    blocks = read(data, "phu-luc.xlsx").blocks
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[0][:2] == ["STT", "Nội dung công việc"]
    assert [b.text for b in blocks if b.kind == "paragraph"] == [t[0] for t in TITLES[:titles]]
    record = process("phu-luc.xlsx", data).record.model_dump(mode="json")
    got = [(a["title"][:20], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]
    assert got == [("Khảo sát các điểm du", ["Phòng Văn hóa - Thông tin"], ["Ủy ban nhân dân các xã"]),
                   ("Tổ chức lớp bồi dưỡn", ["Trung tâm Văn hóa - Thể thao huyện"], ["Hội Liên hiệp Phụ nữ huyện"]),
                   ("Xây dựng bộ nhận diệ", ["Phòng Văn hóa - Thông tin"], [])]


@pytest.mark.parametrize("rows", [
    # must not: a sheet of prose under its title (notes typed one a row, a note in two cells)
    TITLES[:2] + [["Ghi chú:", "Các đơn vị báo cáo kết quả trước ngày 15/12/2025."],
                  ["", "Kinh phí thực hiện từ nguồn sự nghiệp văn hóa của huyện."]],
    # must not: a signature block laid out in cells
    TITLES[:1] + [["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["- Như trên;", "KT. CHỦ TỊCH"],
                  ["- Lưu: VT.", "PHÓ CHỦ TỊCH"], ["", "Lò Văn Pằn"]],
])
def test_a_sheet_laid_out_under_titles_stays_paragraphs(rows):
    blocks = read(_book(rows, 1), "ghi-chu.xlsx").blocks
    assert not any(b.kind == "table" for b in blocks)


# The same in a Word table whose title lines are its own first rows, merged across (a sheet pasted into Word)
def test_a_word_task_table_under_title_rows_of_its_own_is_a_table():
    import docx
    from extractors.formats import read as read_any
    d = docx.Document()
    rows = TITLES[:3] + TASKS
    table = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, 4)).text = row[0]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buf = io.BytesIO()
    d.save(buf)
    blocks = read_any(buf.getvalue(), "phu-luc.docx").blocks
    assert any(b.kind == "table" and any(row[:2] == ["STT", "Nội dung công việc"] for row in b.rows) for b in blocks)
    record = process("phu-luc.docx", buf.getvalue()).record.model_dump(mode="json")
    assert [a["lead_agencies"] for a in record["activities"]] == [
        ["Phòng Văn hóa - Thông tin"], ["Trung tâm Văn hóa - Thể thao huyện"], ["Phòng Văn hóa - Thông tin"]]
