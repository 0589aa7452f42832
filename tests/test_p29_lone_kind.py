"""A table cell that lists agencies one a line, where a narrow column wrapped a name right before a kind of
institution ("Vụ Giáo dục" / "Đại học"): the kind alone on its line names no body of its own, it ends the name above
(normalizers.agencies.join_cell_lines)."""

import pytest

from normalizers.agencies import join_cell_lines


@pytest.mark.parametrize("cell, joined", [
    # must: the kind ends the name above, alone or after other agencies of the list
    ("Vụ Giáo dục\nĐại học", "Vụ Giáo dục Đại học"),
    ("Vụ Kế hoạch - Tài chính\nVụ Giáo dục\nĐại học", "Vụ Kế hoạch - Tài chính; Vụ Giáo dục Đại học"),
    ("Cục Quản lý\nBệnh viện", "Cục Quản lý Bệnh viện"),
    # must not: a kind with its name is an agency of the list; a cell of agencies each whole
    ("Sở Y tế\nBệnh viện Đa khoa tỉnh", "Sở Y tế; Bệnh viện Đa khoa tỉnh"),
    ("Đại học Tây Lâm\nSở Giáo dục và Đào tạo", "Đại học Tây Lâm; Sở Giáo dục và Đào tạo"),
    ("Sở Y tế\nSở Tài chính", "Sở Y tế; Sở Tài chính"),
    # must not: a kind alone before the rest of its own name is not put on the name above (the cell reads as it
    # did, its lines joined by spaces for the agency splitter; lines_by_agency below groups it with its name)
    ("Sở Y tế\nTrung tâm\nKiểm soát bệnh tật tỉnh", "Sở Y tế Trung tâm Kiểm soát bệnh tật tỉnh"),
    ("Vụ Giáo dục\nĐại học\nVụ Pháp chế", "Vụ Giáo dục Đại học; Vụ Pháp chế"),
])
def test_a_kind_of_institution_alone_ends_the_name_above(cell, joined):
    assert join_cell_lines(cell) == joined


def test_lines_by_agency_groups_the_kind_with_the_name_above():
    from normalizers.agencies import lines_by_agency
    assert lines_by_agency(["Vụ Kế hoạch - Tài chính", "Vụ Giáo dục", "Đại học"]) == [
        ["Vụ Kế hoạch - Tài chính"], ["Vụ Giáo dục", "Đại học"]]
    assert lines_by_agency(["Sở Y tế", "Trung tâm", "Kiểm soát bệnh tật tỉnh"]) == [
        ["Sở Y tế"], ["Trung tâm", "Kiểm soát bệnh tật tỉnh"]]
