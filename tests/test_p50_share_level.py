"""A level word after "X và các Y" ("... và các đoàn thể chính trị - xã hội tỉnh") belongs to both names, but not to a
ministry's, a department's or a directorate's name, which stands without one (round G46's leftover: "Sở Công Thương
và các đoàn thể chính trị - xã hội tỉnh" gave "Sở Công Thương tỉnh")."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies

MUST = [
    ("Sở Công Thương và các đoàn thể chính trị - xã hội tỉnh", ["Sở Công Thương", "các đoàn thể chính trị - xã hội tỉnh"]),
    ("Sở Y tế và các cơ sở khám bệnh, chữa bệnh tỉnh", ["Sở Y tế", "các cơ sở khám bệnh, chữa bệnh tỉnh"]),
    ("Cục Thống kê và các chi cục thống kê huyện", ["Cục Thống kê", "các chi cục thống kê huyện"]),
]

MUST_NOT = [  # the level word still shared
    ("Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội xã",
     ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội xã"]),
    ("Ủy ban nhân dân và các đoàn thể xã", ["Ủy ban nhân dân xã", "các đoàn thể xã"]),
    ("Trạm Y tế và các trường học xã", ["Trạm Y tế xã", "các trường học xã"]),
]


@pytest.mark.parametrize("text, names", MUST + MUST_NOT)
def test_level_shared(text, names):
    assert split_agencies(text) == names
