"""A budget table printed from a ruled table (a web page's, a Word file's) and read by pdftotext -layout: each row a
block of lines centred on its row, a blank line between rows, the row's code on its middle line, the header a block
of its own ("Thành tiền" over "STT  Nội dung chi  Diễn giải" over "(đồng)"), the total row under the rows with no
code. It is read as a padded table (the header's amount heading counts beside its text headings), in place of the
rows of loose words the amount tables' reader made of its lower lines, its total row kept (round G40's ward event
plan as pdf-layout: its six items lost). Lines and amounts invented (round P47); must and must-not rows."""

from __future__ import annotations

from extractors.layout.text import read_text

TABLE = """IV. KINH PHÍ
Tổng kinh phí tổ chức là 132.500.000 đồng. Dự toán chi tiết như sau:

                                                                   Thành tiền
STT              Nội dung chi                   Diễn giải
                                                                     (đồng)

      Thuê sân khấu, âm thanh, ánh sáng,
1                                         Trọn gói              35.000.000
      màn hình led

      Biểu diễn văn nghệ của các câu
2                                          02 tiết mục          22.500.000
      lạc bộ

                                           250 suất x 180.000
3     Hỗ trợ vận động viên                                      45.000.000
                                           đồng

      Khen thưởng tập thể, cá nhân
4                                          30 giải              30.000.000
      tiêu biểu

      Tổng cộng                                                 132.500.000

V. TỔ CHỨC THỰC HIỆN
"""


def test_a_padded_budget_table_is_read_whole():
    tables = [b.rows for b in read_text(TABLE)[0] if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0] == [
        ["STT", "Nội dung chi", "Diễn giải", "Thành tiền (đồng)"],
        ["1", "Thuê sân khấu, âm thanh, ánh sáng, màn hình led", "Trọn gói", "35.000.000"],
        ["2", "Biểu diễn văn nghệ của các câu lạc bộ", "02 tiết mục", "22.500.000"],
        ["3", "Hỗ trợ vận động viên", "250 suất x 180.000 đồng", "45.000.000"],
        ["4", "Khen thưởng tập thể, cá nhân tiêu biểu", "30 giải", "30.000.000"],
        ["", "Tổng cộng", "", "132.500.000"]]


def test_an_amount_table_on_lines_stays_the_amount_readers():
    # must not: a budget table one line a row (no padding) is read as before
    text = """IV. KINH PHÍ
Đơn vị tính: triệu đồng
STT   Nội dung chi                        Tổng số    Năm 2028    Năm 2029
1     Thuê sân khấu, âm thanh             70         35          35
2     Biểu diễn văn nghệ                  45         22          23
3     Hỗ trợ vận động viên                90         45          45
      Tổng cộng                           205        102         103
"""
    tables = [b.rows for b in read_text(text)[0] if b.kind == "table"]
    assert tables and tables[0][1] == ["1", "Thuê sân khấu, âm thanh", "70", "35", "35"]
    assert tables[0][-1][1:] == ["Tổng cộng", "205", "102", "103"]
