"""A co-operative named by its trade alone ("Hợp tác xã nông nghiệp") or a co-operative group ("Tổ hợp tác") is a
kind of body that opens a name (normalizers.agencies.AGENCY_AT_START): a cell's line of its own is a name of its own,
not the rest of the line above (round G45's workbook: "Ủy ban nhân dân các xã" / "Hợp tác xã nông nghiệp")."""

from __future__ import annotations

import pytest

from normalizers.agencies import AGENCY_AT_START, join_cell_lines


@pytest.mark.parametrize("cell,names", [
    ("Ủy ban nhân dân các xã\nHợp tác xã nông nghiệp", "Ủy ban nhân dân các xã; Hợp tác xã nông nghiệp"),
    ("Phòng Kinh tế\nHợp tác xã dịch vụ nông nghiệp", "Phòng Kinh tế; Hợp tác xã dịch vụ nông nghiệp"),
    ("Hội Nông dân xã\nTổ hợp tác", "Hội Nông dân xã; Tổ hợp tác"),
])
def test_a_co_operative_s_line_is_a_name_of_its_own(cell, names):
    assert join_cell_lines(cell) == names


@pytest.mark.parametrize("text", [
    "Hợp tác xã có sản phẩm OCOP",  # no trade's words: a phrase about co-operatives
    "Hợp tác xã tham gia chuỗi liên kết",
    "Tổ hợp tác sản xuất rau an toàn thôn Bản Vược",  # (a group named by its trade: not asked here)
])
def test_a_phrase_about_co_operatives_opens_no_name(text):
    assert not AGENCY_AT_START.match(text)
