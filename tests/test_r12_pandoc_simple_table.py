"""pandoc's simple table in Markdown: a header line, under it a line of dash runs, one run a column, then the
rows down to a blank line ("  TT Nội dung            Tổng Năm 2026 Năm 2027" / "  -- ------------------- ----
-------- --------" / "  1  Tập huấn cán bộ      60   20       40"). pandoc writes a Word table so when no
cell spans or wraps; a column is as wide as its widest cell, so header cells stand one space apart and no run
of spaces tells them (round R12: G11's district plan through pandoc, its amount table by year read without
its header, 16 budget items lost). `markdown.simple_tables` cuts each line at the dash runs' starts and
writes the table as a pipe table. Must-not rows: a rule under a heading, two runs only, a line that a cut
would split inside a word, a dash line with no row under it, text left of the first column. Texts invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import read, simple_tables

TABLE = (
    "Bảng dự toán\n"
    "\n"
    "  STT Hạng mục                     Tổng Năm 2027 Năm 2028\n"
    "  --- ---------------------------- ---- -------- --------\n"
    "  1   Tập huấn cán bộ cơ sở        60   20       40\n"
    "  2   In tài liệu hướng dẫn        125  75       50\n"
    "      Cộng                         185  95       90\n"
    "\n"
    "Các phòng ban thực hiện.\n"
)


def test_simple_table_as_pipe_rows():
    got = simple_tables(TABLE).split("\n")
    assert got[2] == "| STT | Hạng mục | Tổng | Năm 2027 | Năm 2028 |"
    assert got[3] == "|---|---|---|---|---|"
    assert got[4] == "| 1 | Tập huấn cán bộ cơ sở | 60 | 20 | 40 |"
    assert got[6] == "|  | Cộng | 185 | 95 | 90 |"
    assert len(got) == len(TABLE.split("\n"))  # lines keep their numbers


@pytest.mark.parametrize("text, header", [
    (TABLE, ["STT", "Hạng mục", "Tổng", "Năm 2027", "Năm 2028"]),
    # right-aligned numbers, closing dash line (pandoc's headerless form has one), no indent
    ("TT Việc              Kinh phí Nguồn\n"
     "-- ----------------- -------- ------------\n"
     "1  Sửa trạm bơm           340 Ngân sách xã\n"
     "2  Nạo vét kênh            95 Xã hội hóa\n"
     "-- ----------------- -------- ------------\n",
     ["TT", "Việc", "Kinh phí", "Nguồn"]),
])
def test_read_as_table(text, header):
    tables = [b for b in read(text.encode("utf-8"), "x.md").blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[0] == header and len(tables[0].rows) >= 3


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH\n--------\n\nNội dung.",                                   # a setext heading's rule
    "ỦY BAN NHÂN DÂN   CỘNG HÒA\n-------   ---------\nSố: 5/KH   Hà Lam\n",  # two runs: the header's rules
    "Nội dung chính của kế hoạch\n-- ------- ----- ---\n1 Tập huấn 60 20\n",  # cuts fall inside words
    "TT Việc Tổng Năm\n-- ---- ---- ----\n\nĐoạn văn.",                      # no row under it
    "Ghi chú TT Việc\n   -- ---- ----\n   1  Họp  5\n",                   # text left of the first column
    "Mở đầu.\n\n-- --- ---\n1 2 3\n",                                      # no header line above
])
def test_others_stay(text):
    assert simple_tables(text) == text
