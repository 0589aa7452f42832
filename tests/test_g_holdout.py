"""Hold-out round G (long programmes dense with tasks): the shapes its documents showed, each with
rows that must match and rows that must not (names and numbers of our own, not the documents')."""

from __future__ import annotations

import pytest

from normalizers.agencies import leading_agency, split_agencies

# A Party committee's own bodies: its Party delegation in a council, a Front or an association
# ("Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội Nông dân tỉnh") and its Party board in a People's Committee
# ("Ban cán sự đảng UBND tỉnh"), listed with others or plural ("các đảng đoàn").
PARTY_BODY_LISTS = [
    # must match
    ("Ban cán sự đảng UBND thành phố, các đảng đoàn, Sở Nội vụ",
     ["Ban cán sự đảng UBND thành phố", "các đảng đoàn", "Sở Nội vụ"]),
    ("Sở Tư pháp, Ban cán sự đảng Ủy ban nhân dân tỉnh", ["Sở Tư pháp", "Ban cán sự đảng Ủy ban nhân dân tỉnh"]),
    ("Đảng ủy Công an tỉnh, Đảng đoàn Liên đoàn Lao động tỉnh, Ban Dân vận Tỉnh ủy",
     ["Đảng ủy Công an tỉnh", "Đảng đoàn Liên đoàn Lao động tỉnh", "Ban Dân vận Tỉnh ủy"]),
    # must not: the Party's members and cells are no bodies to part a list at
    ("Ban Tổ chức Huyện ủy, cơ sở đảng, đảng viên", ["Ban Tổ chức Huyện ủy, cơ sở đảng, đảng viên"]),
    ("Hội Cựu chiến binh xã, đảng viên cao tuổi", ["Hội Cựu chiến binh xã, đảng viên cao tuổi"]),
]


@pytest.mark.parametrize("text,expected", PARTY_BODY_LISTS,
                         ids=["bcs-plural", "bcs-after-so", "dang-doan", "not-dang-vien", "not-members"])
def test_party_bodies_part_a_list(text, expected):
    assert split_agencies(text) == expected


PARTY_BODY_SUBJECTS = [
    # must match: the body that opens an assignment, up to its predicate
    ("Ban cán sự đảng UBND huyện chỉ đạo xây dựng kế hoạch hằng năm.", "Ban cán sự đảng UBND huyện"),
    ("Đảng đoàn Hội đồng nhân dân thành phố lãnh đạo giám sát việc thực hiện.", "Đảng đoàn Hội đồng nhân dân thành phố"),
    ("Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh: vận động hội viên tham gia.", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh"),
    # must not: a sentence about members or a Party's works opens with no body
    ("Đảng viên ở chi bộ gương mẫu thực hiện Nghị quyết.", None),
    ("Ban cán bộ chủ chốt tuyên truyền nội dung.", None),
]


@pytest.mark.parametrize("text,expected", PARTY_BODY_SUBJECTS,
                         ids=["bcs", "dang-doan-hdnd", "dang-doan-colon", "not-dang-vien", "not-ban-can-bo"])
def test_party_bodies_open_an_assignment(text, expected):
    found = leading_agency(text)
    assert (text[found[0]:found[1]] if found else None) == expected


# A narrow cell that wraps a Party body's name before the body it sits in: one name, not two.
WRAPPED_PARTY_BODY = [
    # must match: the wrap joins
    (["Sở Y tế, Ban cán sự đảng", "UBND thành phố"], None),
    (["Sở Nội vụ, Đảng đoàn", "Ủy ban MTTQ Việt Nam huyện"], None),
    (["Đảng đoàn", "HĐND tỉnh, Sở Tài chính"], None),
    # must not: a whole name before a People's Committee or the Front on the next line stays apart
    (["Sở Giao thông vận tải", "UBND các huyện"], [["Sở Giao thông vận tải"], ["UBND các huyện"]]),
    (["Đảng ủy Bộ đội Biên phòng tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"],
     [["Đảng ủy Bộ đội Biên phòng tỉnh"], ["Ủy ban MTTQ Việt Nam tỉnh"]]),
]


@pytest.mark.parametrize("lines,expected", WRAPPED_PARTY_BODY,
                         ids=["bcs-wrap", "dang-doan-mttq-wrap", "dang-doan-hdnd-wrap", "not-so", "not-dang-uy"])
def test_a_party_body_wrapped_in_a_cell_is_one_name(lines, expected):
    from normalizers.agencies import lines_by_agency
    assert lines_by_agency(lines) == expected
