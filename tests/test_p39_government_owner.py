"""A table cell of bodies set in a narrow column, one of them a body the Government owns cut before its owner:
"Vụ Chính sách dân tộc;" / "Ban Tôn giáo" / "Chính phủ" (a ministry's programme printed to PDF). "Chính phủ" opened a
body of its own: two partners, "Ban Tôn giáo" and "Chính phủ", for one (normalizers.agencies._owner_of).

Must: "Chính phủ" alone after the Government's office, inspectorate or a committee ("Ban ...") left without a
separator ends that name. Must not: after a separator, or after a ministry or a Sở (a cell set one body a line),
it is a body of its own."""

import pytest

from normalizers.agencies import lines_by_agency


@pytest.mark.parametrize("lines, groups", [
    (["Vụ Hợp tác quốc tế;", "Ban Tôn giáo", "Chính phủ"], [["Vụ Hợp tác quốc tế;"], ["Ban Tôn giáo", "Chính phủ"]]),
    (["Thanh tra Bộ;", "Văn phòng", "Chính phủ"], [["Thanh tra Bộ;"], ["Văn phòng", "Chính phủ"]]),
    (["Ban Cơ yếu", "Chính phủ;", "Bộ Công an"], [["Ban Cơ yếu", "Chính phủ;"], ["Bộ Công an"]]),
    (["Bộ Nội vụ", "Thanh tra", "Chính phủ"], [["Bộ Nội vụ"], ["Thanh tra", "Chính phủ"]]),
])
def test_the_government_after_its_organ_ends_the_name(lines, groups):
    assert lines_by_agency(lines) == groups


@pytest.mark.parametrize("lines, groups", [
    (["Bộ Tài chính;", "Chính phủ"], [["Bộ Tài chính;"], ["Chính phủ"]]),
    (["Ban Tôn giáo;", "Chính phủ"], [["Ban Tôn giáo;"], ["Chính phủ"]]),
    (["Sở Tư pháp", "Chính phủ"], [["Sở Tư pháp"], ["Chính phủ"]]),
    (["Bộ Tư pháp", "Chính phủ"], [["Bộ Tư pháp"], ["Chính phủ"]]),
])
def test_the_government_as_a_body_of_its_own(lines, groups):
    assert lines_by_agency(lines) == groups
