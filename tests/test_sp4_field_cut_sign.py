"""labelled_roles cuts a line of several labelled fields ("b) Đơn vị chủ trì: Sở X; c) Đơn vị phối hợp: Y") at
FIELD_CUT, a pattern tried at each space of the line; FIELD_CUT_SIGN is what every such cut stands before (a field's
name right after a ";", a line break, a bullet, a ". " or an item's letter after a space or a stop), searched first so
that a line with one field only ("b) Cơ quan chủ trì thực hiện: Sở X.") is not tried at every space.

Must: each shape of cut FIELD_CUT knows (our own lines, other agencies and fields) is seen by the sign, and the line is
cut as before. Must not: a line with one label only, whatever its item letter, bullet, dashes and semicolons between
agencies, shows no sign (and FIELD_CUT does not cut it either)."""

import pytest

from extractors.fields.activities import FIELD_CUT, FIELD_CUT_SIGN, labelled_roles

MUST = [  # a cut FIELD_CUT makes; the sign must be there
    "a) Đơn vị chủ trì: Sở Công Thương; b) Đơn vị phối hợp: Sở Tài chính",
    "Cơ quan chủ trì: Sở Nông nghiệp. c) Thời hạn: Quý III/2027",
    "Chủ trì: Ban Dân tộc tỉnh; phối hợp: Ủy ban nhân dân các huyện",
    "Chủ trì: Sở Giáo dục và Đào tạo\nPhối hợp: Tỉnh đoàn",
    "Chủ trì: Sở Văn hóa\n- Tiến độ: năm 2028",
    "Đơn vị thực hiện: Trung tâm Khuyến nông - Kinh phí: ngân sách tỉnh",
    "**Chủ trì:** Sở Xây dựng. **Phối hợp:** Sở Giao thông vận tải. **Thời gian:** Quý I/2029.",
    "Thực hiện: Công an tỉnh. Đơn vị phối hợp: Bộ Chỉ huy Quân sự tỉnh",
    "Cơ quan chủ trì: Sở Y tế;kết quả: báo cáo tổng kết",
]

MUST_NOT = [  # one label only: no sign, no cut
    "b) Cơ quan chủ trì thực hiện: Sở Lao động - Thương binh và Xã hội.",
    "c) Cơ quan phối hợp thực hiện: Sở Kế hoạch và Đầu tư; Sở Tài chính; các huyện, thị xã.",
    "Đơn vị chủ trì: Phòng Văn hóa - Thông tin huyện;",
    "- Cơ quan thực hiện: Ủy ban nhân dân các xã, phường (theo địa bàn).",
    "d) Thời gian: năm 2026 - 2030",
    "Chủ trì: Sở Tư pháp (phối hợp với các đơn vị liên quan)",
]


@pytest.mark.parametrize("line", MUST)
def test_a_line_of_several_fields_shows_the_sign_and_is_cut(line):
    assert FIELD_CUT_SIGN.search(line)
    assert len(FIELD_CUT.split(line)) > 1


@pytest.mark.parametrize("line", MUST_NOT)
def test_a_line_of_one_field_shows_no_sign_and_is_not_cut(line):
    assert FIELD_CUT_SIGN.search(line) is None
    assert FIELD_CUT.split(line) == [line]


def test_the_roles_of_a_line_of_several_fields():
    lead, partner = labelled_roles("a) Đơn vị chủ trì: Sở Công Thương; b) Đơn vị phối hợp: Sở Tài chính")
    assert lead == ["Sở Công Thương"] and partner == ["Sở Tài chính"]
