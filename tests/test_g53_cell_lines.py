"""Reader shape of hold-out round G53 (tests/invented/build_g53.py): a plan as a PDF viewer's "select all, copy"
gives it, its task table a cell a line (extractors.layout.cell_lines.flat_tables). Three things of the copy broke the
table's reading: an agency's name cut at the dash between its words, its rest on the next line in capitals
("Công chức Văn hóa -" / "Xã hội"); the page's footer "Trang 1/4" between two rows; the header row repeated at the
top of the next page (Word's "repeat as header row"). Each is read now; a dash alone, a range cut at its dash and
other lines stay as they were. Every text here is invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.layout.cell_lines import flat_tables

_HEADS = ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian"]
_R1 = ["1", "Tổ chức tập huấn kỹ năng", "sơ cấp cứu cho đội xung kích", "Trạm Y tế xã", "Công an xã", "Tháng 4/2028"]
_R2 = ["2", "Tuyên truyền trên loa truyền thanh", "Công chức Văn hóa -", "Xã hội", "Các đoàn thể xã", "Cả năm"]
_R3 = ["3", "Kiểm tra nhà văn hóa các thôn", "Công chức Địa chính -", "Nông nghiệp", "Trưởng các thôn",
       "Tháng 5/2028"]
_R4 = ["4", "Sơ kết, đánh giá kết quả", "Ủy ban nhân dân xã", "Các ban, ngành xã", "Tháng 12/2028"]
_ROWS = [["1", "Tổ chức tập huấn kỹ năng sơ cấp cứu cho đội xung kích", "Trạm Y tế xã", "Công an xã", "Tháng 4/2028"],
         ["2", "Tuyên truyền trên loa truyền thanh", "Công chức Văn hóa - Xã hội", "Các đoàn thể xã", "Cả năm"],
         ["3", "Kiểm tra nhà văn hóa các thôn", "Công chức Địa chính - Nông nghiệp", "Trưởng các thôn", "Tháng 5/2028"],
         _R4]
_LAST = ["2", "Sơ kết, đánh giá kết quả", "Ủy ban nhân dân xã", "Các ban, ngành xã", "Tháng 12/2028"]

# (lines, the table's rows read)
READ = [
    # names cut at their dash
    (_HEADS + _R1 + _R2 + _R3 + _R4, [_HEADS] + _ROWS),
    # the page's footer between two rows
    (_HEADS + _R1 + ["Trang 1/4"] + _R2 + _R3 + _R4, [_HEADS] + _ROWS),
    # the header row repeated on the next page, after the footer
    (_HEADS + _R1 + _R2 + ["Trang 2"] + _HEADS + _R3 + _R4, [_HEADS] + _ROWS),
    # the footer alone, then the repeated header alone (no name cut)
    (_HEADS + _R1 + ["Trang 1/4"] + _LAST, [_HEADS, _ROWS[0], _LAST]),
    (_HEADS + _R1 + _HEADS + _LAST, [_HEADS, _ROWS[0], _LAST]),
    # ... the last row cut at its dash
    (_HEADS + _R1 + ["2", "Sơ kết, đánh giá kết quả", "Công chức Tư pháp -", "Hộ tịch", "Các ban, ngành xã",
                                "Tháng 12/2028"],
     [_HEADS, _ROWS[0], ["2", "Sơ kết, đánh giá kết quả", "Công chức Tư pháp - Hộ tịch", "Các ban, ngành xã",
                         "Tháng 12/2028"]]),
]


@pytest.mark.parametrize("lines, rows", READ)
def test_a_copied_tables_cells_are_read(lines, rows):
    found = flat_tables(["Các nhiệm vụ như sau:"] + lines + ["III. KINH PHÍ"])
    assert [r for _, _, r, _ in found] == [rows]


def test_the_copied_tables_tasks_are_read():
    from pipeline.process import extract_fields

    text = "\n".join(["ỦY BAN NHÂN DÂN", "XÃ AN HÒA TÂY", "Số: 19/KH-UBND", "An Hòa Tây, ngày 02 tháng 3 năm 2028",
                      "KẾ HOẠCH", "Phòng, chống thiên tai năm 2028", "I. NHIỆM VỤ"] + READ[2][0]
                     + ["II. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai Kế hoạch này."])
    doc = build_document(read(text.encode("utf-8"), "kehoach.txt"))
    acts = extract_fields(doc)["activities"]
    assert [(a["code"], a["lead_agencies"]) for a in acts] == [(r[0], [r[2]]) for r in _ROWS]
    for a in acts:
        assert a["title"] in doc.text[a["span"]["start"]:a["span"]["end"]]


# (lines, the table's rows read): a dash alone is an empty cell, a range cut at its dash goes on as before
KEPT = [
    (_HEADS + ["1", "Tổ chức tập huấn", "Trạm Y tế xã", "-", "Tháng 4/2028", "2", "Tuyên truyền", "Công an xã",
               "Các đoàn thể xã", "Tháng 11 -", "12/2028"],
     [_HEADS, ["1", "Tổ chức tập huấn", "Trạm Y tế xã", "-", "Tháng 4/2028"],
      ["2", "Tuyên truyền", "Công an xã", "Các đoàn thể xã", "Tháng 11 - 12/2028"]]),
]


@pytest.mark.parametrize("lines, rows", KEPT)
def test_other_cells_stay_as_they_were(lines, rows):
    found = flat_tables(["Các nhiệm vụ như sau:"] + lines + ["III. KINH PHÍ"])
    assert [r for _, _, r, _ in found] == [rows]


# texts that hold no table: the headings repeated without a row after them, "Trang chủ" no footer
NONE = [
    _HEADS + _R1[:1] + ["Tổ chức tập huấn", "Trạm Y tế xã", "Công an xã", "Tháng 4/2028"] + ["Trang chủ"]
    + ["2", "Tuyên truyền", "Công an xã", "Các đoàn thể xã", "Cả năm"],
]


@pytest.mark.parametrize("lines", NONE)
def test_no_table_is_made_up(lines):
    assert flat_tables(["Các nhiệm vụ như sau:"] + lines + ["III. KINH PHÍ"]) == []
