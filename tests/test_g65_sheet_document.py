"""A whole plan typed into one Excel sheet (round G65's g65_xa-lochoathuong): the header as two merged blocks side by
side over its first rows, the type line, the title and every paragraph of the body one row merged across, a task or
budget table's rows in the middle, the closing as two merged blocks again. Read band by band: the header and the
closing as layout, the prose rows as paragraphs, the table's rows as a table (the whole sheet was judged one layout
table, its header rows holding no column headings, and read column by column: no activity). An annex under its
title lines, with notes below it, or with group rows merged across it (one ending on ":"), stays one table."""

from __future__ import annotations

import io

import pytest

from extractors.formats.xlsx import read
from pipeline.process import process


def _book(rows: list[list], merges: list[str], width: int = 5) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value not in ("", None):
                ws.cell(row=r, column=c, value=value)
    for m in merges:
        ws.merge_cells(m)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _plan(header: list[tuple[str, str]], prose_before: list[str], table: list[list], prose_after: list[str],
          closing_left: str, closing_right: list[str], width: int = 5) -> tuple[list[list], list[str]]:
    """A plan's rows on a sheet `width` columns wide, and its merged ranges."""
    last = "ABCDEFG"[width - 1]
    rows: list[list] = []
    merges: list[str] = []
    for left, right in header:
        rows.append([left, "", right] + [""] * (width - 3))
        merges += [f"A{len(rows)}:B{len(rows)}", f"C{len(rows)}:{last}{len(rows)}"]
    rows.append([])
    for line in prose_before:
        rows.append([line])
        merges.append(f"A{len(rows)}:{last}{len(rows)}")
    rows += table
    for line in prose_after:
        rows.append([line])
        merges.append(f"A{len(rows)}:{last}{len(rows)}")
    rows.append([])
    top = len(rows) + 1
    for k, line in enumerate(closing_right):
        rows.append([closing_left if k == 0 else "", "", line] + [""] * (width - 3))
        merges.append(f"C{top + k}:{last}{top + k}")
    merges.append(f"A{top}:B{top + len(closing_right) - 1}")
    return rows, merges


_HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("XÃ ĐỒNG KHÊ THƯỢNG", "Độc lập - Tự do - Hạnh phúc"),
           ("Số: 61/KH-UBND", "Đồng Khê Thượng, ngày 12 tháng 9 năm 2026")]
_BEFORE = ["KẾ HOẠCH", "Phòng chống thiên tai và tìm kiếm cứu nạn trên địa bàn xã năm 2026",
           "Căn cứ Kế hoạch số 140/KH-UBND ngày 02 tháng 8 năm 2026 của Ủy ban nhân dân huyện Khê Sơn về phòng chống "
           "thiên tai năm 2026;",
           "Ủy ban nhân dân xã xây dựng Kế hoạch phòng chống thiên tai năm 2026 như sau:",
           "I. NHIỆM VỤ"]
_TASKS = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
          [1, "Kiểm tra, gia cố các đoạn đê bao xung yếu", "Ban Chỉ huy Quân sự xã", "Các thôn", "Tháng 9/2026"],
          [2, "Diễn tập phương án sơ tán dân vùng trũng thấp", "Công an xã", "Trạm Y tế xã", "Tháng 10/2026"],
          [3, "Dự trữ lương thực, thuốc men, phương tiện cứu hộ", "Công chức Văn phòng - Thống kê",
           "Hội Chữ thập đỏ xã", "Quý IV/2026"]]
_AFTER = ["II. TỔ CHỨC THỰC HIỆN",
          "1. Ban Chỉ huy Quân sự xã: chủ trì tham mưu thực hiện Kế hoạch, báo cáo kết quả trước ngày 15/12/2026.",
          "2. Các thôn: tổ chức thực hiện các nhiệm vụ được giao./."]
_CLOSING = ("Nơi nhận:\n- UBND huyện Khê Sơn (b/c);\n- Các thôn;\n- Lưu: VT.",
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đàm Văn Khải"])
_BUDGET = [["TT", "Nội dung", "Tổng kinh phí", "Ngân sách xã", "Xã hội hóa"],
           [1, "Gia cố đê bao", 120, 100, 20],
           [2, "Diễn tập sơ tán", 45, 45, None],
           ["", "Tổng cộng", 165, 145, 20]]


def _tables(data: bytes) -> list[list[list[str]]]:
    return [b.rows for b in read(data, "ke-hoach.xlsx").blocks if b.kind == "table"]


# must match: the plan's table read as a table whatever its content, the prose around it as paragraphs
@pytest.mark.parametrize("table,first", [
    (_TASKS, ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]),
    (_BUDGET, ["TT", "Nội dung", "Tổng kinh phí", "Ngân sách xã", "Xã hội hóa"]),
    # a header block over two rows only, the table in seven columns
    ([r + ["", ""] if k else r + ["Ghi chú", "Kết quả"] for k, r in enumerate(_TASKS)], None),
])
def test_a_plan_typed_into_a_sheet_reads_its_table_as_a_table(table, first):
    width = max(len(r) for r in table)
    header = _HEADER[:2] if first is None else _HEADER
    rows, merges = _plan(header, _BEFORE, table, _AFTER, *_CLOSING, width=width)
    tables = _tables(_book(rows, merges, width))
    assert len(tables) == 1
    assert tables[0][0][:5] == (first or table[0])[:5]
    assert len(tables[0]) == len(table)
    blocks = read(_book(rows, merges, width), "ke-hoach.xlsx").blocks
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert _BEFORE[2] in texts and _AFTER[1] in texts
    assert texts.count("Nơi nhận:") == 1 and "Đàm Văn Khải" in texts


def test_the_plans_tasks_become_activities():
    rows, merges = _plan(_HEADER, _BEFORE, _TASKS, _AFTER, *_CLOSING)
    record = process("ke-hoach.xlsx", _book(rows, merges)).record.model_dump(mode="json")
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == [
        ("1", ["Ban Chỉ huy Quân sự xã"]), ("2", ["Công an xã"]), ("3", ["Công chức Văn phòng - Thống kê"])]
    assert record["number"] == "61/KH-UBND"


# must not: an annex stays one table
_TITLES = [["PHỤ LỤC"], ["DỰ TOÁN KINH PHÍ PHÒNG CHỐNG THIÊN TAI NĂM 2026"],
           ["(Kèm theo Kế hoạch số 61/KH-UBND ngày 12/9/2026 của UBND xã Đồng Khê Thượng)"]]


@pytest.mark.parametrize("rows,merges", [
    # titles, the table, notes below it ending on "."
    (_TITLES + _BUDGET + [["Ghi chú: kinh phí xã hội hóa do các doanh nghiệp trên địa bàn đóng góp."]],
     ["A1:E1", "A2:E2", "A3:E3", "A8:E8"]),
    # group rows merged across the table, one ending on ":" and long
    (_TITLES + [_TASKS[0], ["Nhóm nhiệm vụ về phòng ngừa, ứng phó thiên tai trên địa bàn:"], _TASKS[1], _TASKS[2],
                ["Nhóm nhiệm vụ hậu cần"], _TASKS[3]],
     ["A1:E1", "A2:E2", "A3:E3", "A5:E5", "A8:E8"]),
    # a header's two blocks over the annex, then its titles and the table
    ([["ỦY BAN NHÂN DÂN XÃ ĐỒNG KHÊ THƯỢNG", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]] + _TITLES + _BUDGET,
     ["A1:B1", "C1:E1", "A2:E2", "A3:E3", "A4:E4"]),
])
def test_an_annex_sheet_stays_one_table(rows, merges):
    tables = _tables(_book(rows, merges))
    assert len(tables) == 1
    assert any(row[:2] in (["TT", "Nội dung"], ["STT", "Nội dung nhiệm vụ"]) for row in tables[0])


# must match: a plan whose headings and bullets keep their labels in a cell of their own ("II." | "NHIỆM VỤ"), and
# whose closing's blocks end on different rows ("- Lưu: VT." under "Nơi nhận", the signer's name under the titles)
def test_labels_in_their_own_cells_and_a_ragged_closing():
    rows = [["UBND HUYỆN NAM SƠN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHÒNG VĂN HÓA - THÔNG TIN", "", "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 19/KH-VHTT", "", "Nam Sơn, ngày 04 tháng 5 năm 2026"], [],
            ["KẾ HOẠCH"], ["Tổ chức Ngày hội đọc sách năm 2026"],
            ["", "Căn cứ Kế hoạch số 77/KH-UBND ngày 10 tháng 4 năm 2026 của Ủy ban nhân dân huyện Nam Sơn về phát "
                 "triển văn hóa đọc;"],
            ["I.", "MỤC TIÊU"], ["-", "80% trường học tham gia Ngày hội đọc sách;"],
            ["II.", "NHIỆM VỤ"],
            ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            [1, "Trưng bày sách, báo tại Thư viện huyện", "Thư viện huyện", "Các trường học", "Tháng 5/2026"],
            [2, "Tổ chức cuộc thi Đại sứ văn hóa đọc", "Phòng Giáo dục và Đào tạo", "Huyện đoàn", "Tháng 6/2026"],
            ["III.", "TỔ CHỨC THỰC HIỆN"],
            ["", "1. Thư viện huyện: chủ trì tổ chức các hoạt động của Ngày hội./."], [],
            ["Nơi nhận:", "", "KT. TRƯỞNG PHÒNG"], ["- UBND huyện (b/c);", "", "PHÓ TRƯỞNG PHÒNG"], ["- Lưu: VT."],
            ["", "", "Lý Thị Hoa"]]
    merges = [f"A{r}:B{r}" for r in (1, 2, 3)] + [f"C{r}:E{r}" for r in (1, 2, 3)] + ["A5:E5", "A6:E6"] + [
        f"B{r}:E{r}" for r in (7, 9, 15)]
    data = _book(rows, merges)
    texts = [b.text for b in read(data, "ke-hoach.xlsx").blocks if b.kind == "paragraph"]
    assert {"I. MỤC TIÊU", "- 80% trường học tham gia Ngày hội đọc sách;", "II. NHIỆM VỤ",
            "III. TỔ CHỨC THỰC HIỆN"} <= set(texts)
    closing = texts[texts.index("Nơi nhận:"):]
    assert closing == ["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
                       "Lý Thị Hoa"]
    assert [len(t) for t in _tables(data)] == [3]


# must match: in a plan typed into a sheet, a task table's group rows (merged across, or a label and its name) stay
# the table's; a part's heading between two tables ("III. KINH PHÍ" over the estimate's column headings) is the text's
@pytest.mark.parametrize("groups,merged", [
    ((["I. NHÓM NHIỆM VỤ PHÒNG NGỪA"], ["II. NHÓM NHIỆM VỤ ỨNG PHÓ"]), "A{r}:E{r}"),
    ((["Nhóm nhiệm vụ phòng ngừa"], ["Nhóm nhiệm vụ ứng phó"]), "A{r}:E{r}"),
    ((["I.", "Nhóm nhiệm vụ phòng ngừa"], ["II.", "Nhóm nhiệm vụ ứng phó"]), "B{r}:E{r}"),
])
def test_a_plan_sheets_task_table_keeps_its_group_rows(groups, merged):
    table = [_TASKS[0], groups[0], _TASKS[1], _TASKS[2], groups[1], _TASKS[3], ["III. KINH PHÍ"]] + _BUDGET
    rows, merges = _plan(_HEADER, _BEFORE, table, _AFTER, *_CLOSING)
    start = rows.index(_TASKS[0]) + 1
    merges += [merged.format(r=start + 1), merged.format(r=start + 4), f"A{start + 6}:E{start + 6}"]
    data = _book(rows, merges)
    tables = _tables(data)
    assert [len(t) for t in tables] == [6, 4]
    texts = [b.text for b in read(data, "ke-hoach.xlsx").blocks if b.kind == "paragraph"]
    assert "III. KINH PHÍ" in texts
    record = process("ke-hoach.xlsx", data).record.model_dump(mode="json")
    assert [a["code"] for a in record["activities"]] == ["1", "2", "3"]
