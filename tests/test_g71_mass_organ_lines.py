"""Field shape of hold-out round G71 (tests/invented/build_g71.py: g71_tinh-hoaphuoc's task table, g71_snnmt-thanhdai's
lead cell): a unit of a mass organisation or of a Party committee alone on a cell's line and its owner on the next
("Ban Tuyên giáo" / "Hội Liên hiệp Phụ nữ tỉnh", "Ban Tổ chức" / "Tỉnh đoàn", "Văn phòng" / "Hội Nông dân tỉnh") is
one body, as "Văn phòng" / "UBND tỉnh" is; so is a body's head word "Hội" at a line's end before the rest of its name
("Ban Gia đình - Xã hội Hội" / "Liên hiệp Phụ nữ tỉnh"). A cell's lines were read as two bodies
(normalizers.agencies: owner_of, lines_by_agency, join_cell_lines).

Two whole bodies a line each stay two: a department or a provincial board before a mass organisation ("Sở Y tế" /
"Hội Liên hiệp Phụ nữ tỉnh", "Ban Dân tộc tỉnh" / "Hội Nông dân tỉnh"), an organisation's own office named whole before
one of its boards ("Văn phòng Hội" / "Ban Kinh tế - Xã hội"), a Party committee's board named whole before the Youth
Union ("Ban Tổ chức Huyện ủy" / "Huyện đoàn"). Every name is invented or generic.
"""

from __future__ import annotations

import pytest

from normalizers.agencies import join_cell_lines, lines_by_agency, split_agencies

ONE = [
    ("Ban Tuyên giáo", "Hội Cựu chiến binh huyện"),
    ("Ban Phong trào", "Hội Liên hiệp Phụ nữ thành phố"),
    ("Ban Kiểm tra", "Hội Nông dân huyện"),
    ("Ban Tổ chức", "Huyện đoàn"),
    ("Ban Thanh niên nông thôn", "Thành đoàn"),
    ("Văn phòng", "Hội Chữ thập đỏ tỉnh"),
    ("Văn phòng", "Liên đoàn Lao động huyện"),
    ("Ủy ban Kiểm tra", "Hội Cựu chiến binh tỉnh"),
    ("Ban Chính sách - Luật pháp Hội", "Liên hiệp Phụ nữ huyện"),
    ("Ban Kinh tế - Xã hội Hội", "Nông dân thành phố"),
    ("Văn phòng Hội", "Cựu chiến binh huyện"),
    ("Ban Tuyên giáo", "Tỉnh ủy"),  # (already one: a Party committee's)
]

TWO = [
    ("Sở Y tế", "Hội Liên hiệp Phụ nữ huyện"),
    ("Ban Dân tộc tỉnh", "Hội Nông dân tỉnh"),
    ("Phòng Văn hóa và Thông tin", "Huyện đoàn"),
    ("Văn phòng Hội", "Ban Kinh tế - Xã hội"),
    ("Ban Tổ chức Huyện ủy", "Huyện đoàn"),
    ("Công an huyện", "Hội Cựu chiến binh huyện"),
    ("Trung tâm Y tế huyện", "Hội Chữ thập đỏ huyện"),
]


@pytest.mark.parametrize("first,second", ONE)
def test_a_unit_and_its_owner_on_two_lines_are_one_body(first, second):
    assert split_agencies(join_cell_lines(f"{first}\n{second}")) == [f"{first} {second}"]
    assert lines_by_agency([first, second, "Sở Tài chính"]) == [[first, second], ["Sở Tài chính"]]


@pytest.mark.parametrize("first,second", TWO)
def test_two_whole_bodies_a_line_each_stay_two(first, second):
    assert split_agencies(join_cell_lines(f"{first}\n{second}")) == [first, second]
    assert lines_by_agency([first, second]) == [[first], [second]]


# a Word cell whose paragraphs are the lines (the reader joins a cell listing bodies with "; "): g71_tinh-hoaphuoc's
# shape, read through extractors.formats.docx (its _cell_text groups a unit with its owner: owners_joined)
@pytest.mark.parametrize("lines,names", [
    (["Ban Phong trào", "Hội Cựu chiến binh tỉnh"], ["Ban Phong trào Hội Cựu chiến binh tỉnh"]),
    (["Văn phòng", "Huyện đoàn", "Phòng Nội vụ"], ["Văn phòng Huyện đoàn", "Phòng Nội vụ"]),
    (["Ban Kinh tế - Xã hội Hội", "Nông dân tỉnh"], ["Ban Kinh tế - Xã hội Hội Nông dân tỉnh"]),
    (["Sở Y tế", "Hội Chữ thập đỏ tỉnh"], ["Sở Y tế", "Hội Chữ thập đỏ tỉnh"]),
    (["Ban Dân tộc tỉnh", "Hội Nông dân tỉnh"], ["Ban Dân tộc tỉnh", "Hội Nông dân tỉnh"]),
])
def test_a_word_cells_paragraphs(tmp_path, lines, names):
    from extractors.formats import read
    from tests.invented.build_g53 import _docx, _p, _tbl, _tc, _zip
    body = _p("KẾ HOẠCH") + _tbl([600, 3000, 3000], [
        _tc(600, ["TT"]) + _tc(3000, ["Nhiệm vụ"]) + _tc(3000, ["Cơ quan chủ trì"]),
        _tc(600, ["1"]) + _tc(3000, ["Tuyên truyền pháp luật"]) + _tc(3000, lines)])
    _zip(_docx(body), tmp_path / "kh.docx")
    rows = next(b.rows for b in read((tmp_path / "kh.docx").read_bytes(), "kh.docx").blocks if b.rows)
    assert split_agencies(join_cell_lines(rows[1][2])) == names
