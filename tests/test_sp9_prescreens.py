"""Cheap tests run before costly patterns (speed, results unchanged).

objectives._item_year: every pattern it tries (OPENING_YEAR, OPENING_AIM, YEAR_BY, BARE_BY, PART_BY, DATE_BY,
LEVEL_YEAR, DONE_BEFORE, ITEM_YEAR) reads a year of four digits, so an item naming none is answered by _ANY_YEAR
alone. Must: each shape those patterns read still gives its year (our own items, other places and figures). Must
not: an item with no four-digit year ("đến cuối kỳ", "trước quý IV", numbers of three or five digits) gives none,
and none of the patterns would have read one.

activities.labelled_roles: every label it reads (LEAD, PARTNER, PERFORMER, an OCR label one edit away) ends on its
colon or opens on "cơ quan" / "đơn vị"; a line with a role word but none of those ("... thực hiện tốt ...") has no
label. Must: the labels without a colon ("Cơ quan chủ trì Sở X", "Đơn vị thực hiện Y") and with one are still read.
Must not: lines with role words and no label give None, and no part of them matches a label's pattern."""

import pytest

from extractors.fields import objectives as O
from extractors.fields.activities import LEAD, PARTNER, PERFORMER, labelled_roles
from normalizers.text import untoned

YEAR_PATTERNS = (O.OPENING_YEAR, O.OPENING_AIM, O.YEAR_BY, O.BARE_BY, O.PART_BY, O.DATE_BY, O.LEVEL_YEAR,
                 O.DONE_BEFORE, O.ITEM_YEAR)

ITEM_YEARS = [  # (item, the year it names for itself)
    ("Năm 2027, xây dựng thêm 04 nhà văn hóa thôn bản", 2027),
    ("Phấn đấu năm 2029, tỷ lệ hộ dùng nước sạch đạt 92%", 2029),
    ("Đến hết năm 2028, 100% trường học có phòng tin học", 2028),
    ("Tới 2031 hoàn thành số hóa hồ sơ địa chính", 2031),
    ("Hoàn thành trong quý II năm 2026 việc rà soát quy hoạch", 2026),
    ("Trước ngày 30/9/2027 cấp đủ thẻ bảo hiểm y tế cho trẻ em", 2027),
    ("Tỷ lệ che phủ rừng từ 41% năm 2025 lên 44% năm 2029", 2029),
    ("Các công trình chuyển tiếp hoàn thành, đưa vào sử dụng trước năm 2028", 2028),
    ("Tỷ lệ lao động qua đào tạo đạt 70% (năm 2030)", 2030),
    ("Giai đoạn 2026 - 2030, tốc độ tăng năng suất lao động bình quân 6%/năm", 2030),
    ("Giảm tỷ lệ hộ nghèo xuống dưới 3% năm 2028.", 2028),
]

NO_YEAR = [  # items with no four-digit year: none is read
    "Đến cuối kỳ kế hoạch, 100% xã có điểm bưu điện văn hóa",
    "Hoàn thành trước quý IV việc cấp giấy chứng nhận",
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 12%",
    "Phấn đấu đến năm sau có 350 hộ thoát nghèo và 12500 lao động có việc làm",
    "Trước ngày 15/10 hằng năm, các xã báo cáo kết quả thực hiện",
    "Đạt 95% số thôn có nhà văn hóa, tăng 210 nhà so với đầu nhiệm kỳ",
]


@pytest.mark.parametrize("item,year", ITEM_YEARS)
def test_an_item_naming_its_year_is_read_past_the_cheap_test(item, year):
    assert O._ANY_YEAR.search(item)
    assert O._item_year(item) == year


@pytest.mark.parametrize("item", NO_YEAR)
def test_an_item_with_no_four_digit_year_names_none(item):
    assert O._ANY_YEAR.search(item) is None
    assert not any(p.search(item) for p in YEAR_PATTERNS)  # (the patterns agree: the cheap test loses nothing)
    assert O._item_year(item) is None


LABELLED = [  # (line, lead, partner)
    ("Cơ quan chủ trì Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"], []),
    ("Đơn vị phối hợp Ủy ban nhân dân các huyện", [], ["Ủy ban nhân dân các huyện"]),
    ("Đơn vị thực hiện Trung tâm Xúc tiến đầu tư tỉnh", ["Trung tâm Xúc tiến đầu tư tỉnh"], []),
    ("- Chủ trì: Sở Tài nguyên và Môi trường; phối hợp: Công an tỉnh",
     ["Sở Tài nguyên và Môi trường"], ["Công an tỉnh"]),
    ("Trách nhiệm thực hiện: Ban Quản lý các khu công nghiệp", ["Ban Quản lý các khu công nghiệp"], []),
]

NOT_LABELLED = [  # role words, no label: no colon, no "cơ quan" / "đơn vị"
    "Các phòng, ban chuyên môn thực hiện tốt nhiệm vụ được giao",
    "Sở Nội vụ chủ trì tham mưu tổ chức hội nghị sơ kết",
    "Phối hợp chặt chẽ với Mặt trận Tổ quốc trong tuyên truyền",
    "Nâng cao trách nhiệm người đứng đầu trong phân công nhiệm vụ",
]


@pytest.mark.parametrize("line,lead,partner", LABELLED)
def test_a_labelled_line_is_read(line, lead, partner):
    assert labelled_roles(line) == (lead, partner)


@pytest.mark.parametrize("line", NOT_LABELLED)
def test_a_line_with_role_words_and_no_label_has_none(line):
    folded = untoned(line)
    assert not any(p.match(folded) for p in (LEAD, PARTNER, PERFORMER))
    assert ":" not in folded and "co quan" not in folded and "don vi" not in folded
    assert labelled_roles(line) is None
    assert labelled_roles(line, ocr=True) is None
