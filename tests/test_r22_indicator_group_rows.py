"""An indicator table whose groups are rows of their own, printed narrow, round R22 (G21's province plan of
digital transformation, the source PDF through pdftotext -layout: objectives 1/1/5, targets 0/0/6):

    S Chỉ tiêu                    Đơn    Năm     Năm     Cơ quan chủ trì
    TT                            vị     2022    2023
                                  tính
    I    Chính quyền số
    1    Tỷ lệ hồ sơ giải quyết   %      45      60      Sở Thông tin
    ...
    II Kinh tế số, xã hội số
    3    Tỷ trọng kinh tế số      %      8       10      Sở Kế hoạch và

Three shapes of one table, each read wrong by `grid`:

1. A group row right under the header ("I    Chính quyền số": a group's number in the code column, its name in
   the label column, nothing over the amounts) was taken for the header's last line: the header read
   "TT I | S Chỉ tiêu Chính quyền số". It is the table's first row (`grid._group_row_above`).
2. The code heading broken in its narrow column with the label's heading one space after its first letters
   ("S Chỉ tiêu" over "TT"): the code column's heading is "STT", the label's "Chỉ tiêu" (`_code_head_cut`
   looks at the line under it).
3. A group's Roman number one space before its name, no dot ("II Kinh tế số, xã hội số"), from the code
   column's edge: the table ended there (the line started left of the labels) and a second table began with
   it as its header. In a table with a code column the number is cut off its name (`_split_code`).

Must-not rows: a line with cells over the amounts above the first data line stays the header's; a table with
no code column takes no group row; a letter over the rest of a heading that makes no code heading ("A" over
"B") is not cut; a Roman number with a dot and a capitalised name in a table with no code column is as before.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

COLS = (0, 5, 32, 39, 47, 55)  # code, label, unit, the two years, the lead body


def line(*cells: str) -> str:
    """Cells set at the columns (an empty one skipped); a cell run into the next with one space stays so."""
    out = ""
    for x, cell in zip(COLS, cells):
        if cell:
            out = (out + " " if out and len(out) >= x else out.ljust(x)) + cell
    return out


def table(v: dict) -> str:
    return "\n".join([
        line(f"{v['h1']} Chỉ tiêu", "", "Đơn", "Năm", "Năm", "Đơn vị chủ trì") if v["h1"] != "TT"
        else line("TT Chỉ tiêu", "", "Đơn", "Năm", "Năm", "Đơn vị chủ trì"),
        line(v["h2"], "", "vị", v["y1"], v["y2"]),
        line("", "", "tính"),
        line(v["g1"], v["n1"]),
        line("1", "Tỷ lệ xã có điểm phục vụ", "%", v["a1"], v["b1"], "Sở Nông nghiệp"),
        line("", "bưu chính", "", "", "", "và PTNT"),
        line("2", "Số hợp tác xã được hỗ trợ", "HTX", v["a2"], v["b2"], "Liên minh"),
        line("", "chuyển đổi", "", "", "", "Hợp tác xã"),
        f"{v['g2']} {v['n2']}",
        line("3", "Tỷ lệ trường học kết nối", "%", v["a3"], v["b3"], "Sở Giáo dục"),
        line("", "mạng tốc độ cao", "", "", "", "và Đào tạo"),
        "II. TỔ CHỨC THỰC HIỆN",
    ])


VALUES = dict(h1="S", h2="TT", y1="2024", y2="2025", g1="I", n1="Nông thôn số", g2="II", n2="Giáo dục số, y tế số",
              a1="72", b1="85", a2="14", b2="20", a3="64", b3="90")


def tables(text: str | None = None, **values) -> list[list[list[str]]]:
    text = text or table({**VALUES, **values})
    return [t.rows for t in grid.find_tables([segments(line) for line in text.split("\n")])]


@pytest.mark.parametrize("values", [
    {},                                                          # must: as in the document's shape
    dict(g1="A", n1="Hạ tầng số", g2="III", n2="Dịch vụ số"),     # other groups' codes and names
    dict(y1="2030", y2="2035", a1="9", b1="12", a2="105", b2="140", a3="48,5", b3="60"),
])
def test_one_table_its_groups_rows(values):
    found = tables(**values)
    assert len(found) == 1
    rows = found[0]
    v = {**VALUES, **values}
    assert rows[0][:2] == ["STT", "Chỉ tiêu"]
    assert rows[0][2:5] == ["Đơn vị tính", f"Năm {v['y1']}", f"Năm {v['y2']}"]
    assert rows[1][:2] == [v["g1"], v["n1"]] and not any(rows[1][2:])
    assert [r[0] for r in rows[2:]] == ["1", "2", v["g2"], "3"]
    assert rows[4][:2] == [v["g2"], v["n2"]]
    assert rows[2][2:5] == ["%", v["a1"], v["b1"]]


def test_code_heading_whole_on_one_line():
    rows = tables(h1="TT", h2="")[0]   # ("TT Chỉ tiêu": cut as before)
    assert rows[0][:2] == ["TT", "Chỉ tiêu"]


@pytest.mark.parametrize("segs, under", [
    ([(0.0, 10.0, "A Chỉ tiêu")], [(0.0, 1.0, "B")]),       # must-not: letters that glue into no code heading
    ([(0.0, 10.0, "S Chỉ tiêu")], [(0.0, 7.0, "TT khác")]),  # the line under is no code heading's rest
    ([(0.0, 10.0, "S Chỉ tiêu")], [(6.0, 8.0, "TT")]),       # nor under the letter
])
def test_code_heading_not_cut(segs, under):
    cols = grid.Columns([(30.0, 33.0)], (0.0, 2.0), [5.0])
    assert grid._code_head_cut(segs, cols, under) == segs


def test_cells_over_the_amounts_stay_the_header():
    # must-not: "I" over the code column with headings over the amounts ("I    Tên    2024  2025") is no group row
    text = table(VALUES).split("\n")
    text[3] = line("I", "Tên chỉ tiêu", "", "Quý", "Quý")
    rows = tables("\n".join(text))[0]
    assert not any(r[0] == "I" for r in rows[1:])


NO_CODE = """\
Chỉ tiêu                          Năm 2024    Năm 2025
I    Nông thôn số
Tỷ lệ xã có điểm phục vụ          72          85
Số hợp tác xã được hỗ trợ         14          20
II. TỔ CHỨC THỰC HIỆN"""


def test_no_code_column_no_group_row():
    rows = grid.find_tables([segments(line) for line in NO_CODE.split("\n")])[0].rows
    assert rows[-2:] == [["Tỷ lệ xã có điểm phục vụ", "72", "85"], ["Số hợp tác xã được hỗ trợ", "14", "20"]]
    assert not any(r[0] == "Nông thôn số" for r in rows)


@pytest.mark.parametrize("text, cut", [
    ("II Kinh tế số", [(0.0, 2.0, "II"), (3.0, 13.0, "Kinh tế số")]),   # must, in a code column
    ("IV Hạ tầng", [(0.0, 2.0, "IV"), (3.0, 10.0, "Hạ tầng")]),
    ("II 2024", None),                                                # must-not: a number after it
    ("Ia Grai", None),                                                # a name that starts with the letters
])
def test_group_number_cut_in_a_code_column(text, cut):
    segs = [(0.0, float(len(text)), text)]
    assert grid._split_code(segs, 0.0, 2.0, True) == (cut or segs)
    assert grid._split_code(segs, 0.0, 2.0) == segs   # (no code column: as before)
