"""Reader shapes of hold-out round G45 (tests/invented/build_g45.py): a PDF-to-Markdown converter's page breaks.

A converter of the marker/docling kind writes each page's part of a table as a table of its own (the part on the next
page takes its first row, a task's, for its header, a rule line under it) and each part of a heading the page break
cut as a heading of its own, the page's number left as a line between them. The Markdown reader joins them again
(extractors.formats.markdown.continued_pipe_tables, page_split_headings). Every text here is invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import read


def _blocks(text: str):
    return read(text.encode("utf-8"), "x.md").blocks


def _tables(text: str) -> list[list[list[str]]]:
    return [b.rows for b in _blocks(text) if b.kind == "table"]


def _headings(text: str) -> list[str]:
    return [b.text for b in _blocks(text) if b.kind == "heading"]


_HEAD = "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
_ROW1 = "| 1 | Rà soát hộ nghèo, hộ cận nghèo năm 2029 | Phòng Văn hóa - Xã hội | Trưởng các ấp | Quý I/2029 |\n"
_ROW2 = "| 2 | Hỗ trợ sinh kế cho hộ nghèo | Phòng Kinh tế | Hội Nông dân xã<br>Hội Cựu chiến binh xã | Cả năm |\n"
_ROW3 = "| 3 | Sửa chữa nhà ở cho hộ nghèo | Phòng Kinh tế | Ủy ban Mặt trận Tổ quốc Việt Nam xã | Quý III/2029 |"
_ROW4 = "| 4 | Tư vấn việc làm cho người lao động | Phòng Văn hóa - Xã hội | Đoàn Thanh niên xã | Cả năm |"
_RULE = "|---|---|---|---|---|"

# a task table broken at a page: (text, the joined table's rows' codes)
CONTINUED = [
    # the part's first row a task's, the page's number between
    (_HEAD + _ROW1 + _ROW2 + "\n5\n\n" + _ROW3 + "\n" + _RULE + "\n" + _ROW4 + "\n", ["TT", "1", "2", "3", "4"]),
    # "- 6 -" between, the part one row
    (_HEAD + _ROW1 + "\n- 6 -\n\n" + _ROW3 + "\n" + _RULE + "\n", ["TT", "1", "3"]),
    # "Trang 2", and the part repeating the header above it (the converter kept Word's repeated header row)
    (_HEAD + _ROW1 + "\nTrang 2\n\n" + _HEAD + _ROW2, ["TT", "1", "2"]),
    # no number left between (the converter dropped the page's furniture)
    (_HEAD + _ROW1 + "\n" + _ROW3 + "\n" + _RULE + "\n" + _ROW4 + "\n", ["TT", "1", "3", "4"]),
]

# tables that stay apart: the first keeps its own rows
APART = [
    # the second table under column headings of its own (an estimate after the tasks)
    (_HEAD + _ROW1 + "\n3\n\n| STT | Nội dung chi | Kinh phí (triệu đồng) |\n|---|---|---|\n| 1 | Hội nghị | 25 |\n",
     ["TT", "1"]),
    # prose between the two
    (_HEAD + _ROW1 + "\nCác nhiệm vụ khác như sau:\n\n" + _ROW3 + "\n" + _RULE + "\n" + _ROW4 + "\n", ["TT", "1"]),
    # as wide as the table above, but its own header: the same headings in another order
    (_HEAD + _ROW1 + "\n4\n\n| TT | Đơn vị chủ trì | Nội dung công việc | Đơn vị phối hợp | Thời hạn |\n" + _RULE
     + "\n" + _ROW4 + "\n", ["TT", "1"]),
]


@pytest.mark.parametrize("text,codes", CONTINUED)
def test_a_table_broken_at_a_page_is_one_table(text, codes):
    tables = _tables(text)
    assert len(tables) == 1, tables
    assert [row[0] for row in tables[0]] == codes
    assert all(len(row) == 5 for row in tables[0])


def test_the_joined_rows_keep_their_cells():
    rows = _tables(CONTINUED[0][0])[0]
    assert rows[3] == ["3", "Sửa chữa nhà ở cho hộ nghèo", "Phòng Kinh tế", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                       "Quý III/2029"]
    assert "5" not in [b.text for b in _blocks(CONTINUED[0][0])]  # the page's number between the parts is gone


@pytest.mark.parametrize("text,codes", APART)
def test_tables_apart_stay_apart(text, codes):
    assert [row[0] for row in _tables(text)[0]] == codes


# a heading a page break cut in two: (text, the headings read)
SPLIT = [
    ("## III. KINH PHÍ VÀ NGUỒN LỰC THỰC\n\n3\n\n## HIỆN\n\nTổng kinh phí là 4.200 triệu đồng.\n",
     ["III. KINH PHÍ VÀ NGUỒN LỰC THỰC HIỆN"]),
    ("## 2. Mục tiêu cụ thể đến\n\n- 4 -\n\n## năm 2030\n\n- Giảm 1,2% tỷ lệ hộ nghèo.\n",
     ["2. Mục tiêu cụ thể đến năm 2030"]),
    ("## **IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN,**\n\n7\n\n## **ĐƠN VỊ**\n\nCác phòng, ban thực hiện.\n",
     ["IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"]),
]
APART_HEADINGS = [
    # no page number between: two headings (a converter writes a heading on one line within a page)
    ("## II. NHIỆM VỤ\n\n## CÔNG TÁC TUYÊN TRUYỀN\n\nNội dung.\n", ["II. NHIỆM VỤ", "CÔNG TÁC TUYÊN TRUYỀN"]),
    # the second with a label of its own
    ("## III. KINH PHÍ\n\n5\n\n## IV. TỔ CHỨC THỰC HIỆN\n\nNội dung.\n", ["III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN"]),
    # the first without a label (the title's lines)
    ("## KẾ HOẠCH\n\n1\n\n## PHÒNG, CHỐNG DỊCH BỆNH\n\nNội dung.\n", ["KẾ HOẠCH", "PHÒNG, CHỐNG DỊCH BỆNH"]),
    # capitals, then a heading in sentence case
    ("## I. MỤC TIÊU\n\n2\n\n## Mục tiêu chung\n\nNội dung.\n", ["I. MỤC TIÊU", "Mục tiêu chung"]),
    # the first ends on a stop
    ("## 1. Mục tiêu chung:\n\n2\n\n## nâng cao năng lực\n\nNội dung.\n", ["1. Mục tiêu chung:", "nâng cao năng lực"]),
]


@pytest.mark.parametrize("text,headings", SPLIT)
def test_a_heading_split_by_a_page_break_is_one_heading(text, headings):
    assert _headings(text) == headings


@pytest.mark.parametrize("text,headings", APART_HEADINGS)
def test_headings_apart_stay_apart(text, headings):
    assert _headings(text) == headings
