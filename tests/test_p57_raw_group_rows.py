"""A public-investment table copied out of its PDF cell after cell (`pdftotext -raw`, a viewer's copy): its columns
named "Vốn ngân sách trung ương", "Vốn ngân sách tỉnh" (a budget's capital, one column each, wrapped "Vốn ngân" /
"sách trung" / "ương"), and group rows with no amounts, a Roman numeral and a field's name ("I Lĩnh vực giao thông"),
before the group's first row, whose code may stand alone on its line ("1" / "Đường tỉnh ..." / amounts) or open its
row ("3 Hồ chứa nước ... 142,5 98 20,5 24"). The group's row is a row of its own, not the first row's label's start.

Must-not rows: a label that opens with a Roman numeral's look-alike and no row code after it, a row code inside a
label's words, keep today's reading."""

from __future__ import annotations

from extractors.layout.spaced_rows import header_cells, tables

TABLE = ("STT Danh mục dự án\nKế hoạch\nvốn năm\n2028\nVốn ngân\nsách trung\nương\nVốn ngân\nsách tỉnh\nVốn\nODA\n"
         "I Lĩnh vực y tế\n1\nBệnh viện đa khoa\nkhu vực Bắc Hà\n210,5 150 60,5 -\n"
         "2 Trung tâm y tế huyện Tân Lộc 48 - 48 -\nCộng I 258,5 150 108,5 -\n"
         "II Lĩnh vực giáo dục, đào tạo\n3 Trường trung học phổ thông Hòa Bắc 36,2 20 16,2 -\n"
         "4\nKý túc xá trường\ncao đẳng nghề tỉnh\n52 - 12 40\nCộng II 88,2 20 28,2 40\n"
         "Tổng cộng (I+II) 346,7 170 136,7 40\n")


def test_the_budgets_capital_columns():
    names = [n for _, n in header_cells("STT Danh mục dự án Vốn ngân sách trung ương Vốn ngân sách tỉnh Vốn ODA")]
    assert names == ["STT", "Danh mục dự án", "Vốn ngân sách trung ương", "Vốn ngân sách tỉnh", "Vốn ODA"]


def test_group_rows_of_their_own():
    lines = TABLE.splitlines()
    found = tables(lines, set(), [1] * len(lines))
    assert len(found) == 1
    rows = found[0][2]
    assert rows[0] == ["STT", "Danh mục dự án", "Kế hoạch vốn năm 2028", "Vốn ngân sách trung ương",
                       "Vốn ngân sách tỉnh", "Vốn ODA"]
    labels = [r[:2] for r in rows[1:]]
    assert labels == [["I", "Lĩnh vực y tế"], ["1", "Bệnh viện đa khoa khu vực Bắc Hà"],
                      ["2", "Trung tâm y tế huyện Tân Lộc"], ["", "Cộng I"], ["II", "Lĩnh vực giáo dục, đào tạo"],
                      ["3", "Trường trung học phổ thông Hòa Bắc"], ["4", "Ký túc xá trường cao đẳng nghề tỉnh"],
                      ["", "Cộng II"], ["", "Tổng cộng (I+II)"]]
    assert rows[2][2:] == ["210,5", "150", "60,5", "-"] and rows[6][2:] == ["36,2", "20", "16,2", "-"]


def test_a_group_with_its_subtotal_keeps_it():
    # must not: a group's row that states its subtotal ("I Lĩnh vực y tế 258,5 150 108,5 -") is read as before
    lines = ("STT Danh mục dự án Tổng số Vốn ngân sách trung ương Vốn ngân sách tỉnh\n"
             "I Lĩnh vực y tế 258,5 150 108,5\n1 Bệnh viện đa khoa 210,5 150 60,5\n2 Trung tâm y tế 48 - 48\n").splitlines()
    rows = tables(lines, set(), [1] * len(lines))[0][2]
    assert rows[1:] == [["I", "Lĩnh vực y tế", "258,5", "150", "108,5"], ["1", "Bệnh viện đa khoa", "210,5", "150", "60,5"],
                        ["2", "Trung tâm y tế", "48", "-", "48"]]


def test_a_count_in_a_groups_name_is_no_row_code():
    # must not: "I Tổ chức" / "03 lớp tập huấn" / its total: "03" is the name's count, not the group's first row
    lines = ("TT Nội dung Tổng số Năm 2027 Năm 2028\nI Tổ chức\n03 lớp tập huấn\n45.000 20.000 25.000\n"
             "1 Thù lao giảng viên 12.000 6.000 6.000\n2 Tài liệu học tập 33.000 14.000 19.000\n").splitlines()
    rows = tables(lines, set(), [1] * len(lines))[0][2]
    assert [r[:2] for r in rows[1:]] == [["I", "Tổ chức 03 lớp tập huấn"], ["1", "Thù lao giảng viên"],
                                        ["2", "Tài liệu học tập"]]
