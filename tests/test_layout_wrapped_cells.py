"""A text wrapped at a width (an e-mail, an editor's hard wrap) that holds a table copied a
cell a line, blank lines between the cells: a row label longer than the width wraps over two
lines, and the short cell after it (the unit: "buổi", "lớp", "mô hình") is the next cell, not
the rest of a paragraph wrapped twice (extractors.layout.wrap.joins: `rewrapped`). Invented
text: another district, other rows and amounts."""

import pytest

from extractors.layout.text import read_text

PROSE = [
    "Ủy ban nhân dân huyện Sơn Khê ban hành Kế hoạch truyền thông phòng, chống thiên tai",
    "giai đoạn 2026 - 2028 nhằm nâng cao nhận thức của người dân các xã ven biển như sau:",
    "",
    "Tổ chức tuyên truyền sâu rộng trên hệ thống truyền thanh cơ sở; bảo đảm thông tin",
    "cảnh báo được truyền tải kịp thời đến từng thôn, tổ dân phố và hộ gia đình.",
    "",
    "Huy động các tổ chức đoàn thể tham gia tuyên truyền; ưu tiên các thôn thường xuyên",
    "bị ngập lụt và sạt lở đất trong mùa mưa bão hằng năm trên địa bàn huyện.",
    "",
    "Tăng cường công tác kiểm tra, đôn đốc việc thực hiện; giao trách nhiệm cụ thể cho Ủy",
    "ban nhân dân các xã trong việc tổ chức diễn tập phòng, chống thiên tai tại cơ sở.",
    "",
]


def paragraphs(lines: list[str]) -> list[str]:
    return [b.text for b in read_text("\n".join(PROSE + lines) + "\n")[0] if b.text]


# a label wrapped over two lines, then its unit cell and its amounts, a cell a line
TABLE = ["STT", "", "Nội dung", "", "Đơn vị tính", "", "Kinh phí", "", "1", "",
         "Tập huấn kỹ năng ứng phó thiên tai cho lực lượng xung kích các xã, thị trấn ven",
         "biển và cán bộ thôn", "", "lớp", "", "215", "", "2", "",
         "In ấn, cấp phát tờ rơi, áp phích tuyên truyền về phòng, chống thiên tai cho hộ",
         "dân vùng trũng thấp", "", "mô hình", "", "1.340", ""]


@pytest.mark.parametrize("label, unit", [
    ("Tập huấn kỹ năng ứng phó thiên tai cho lực lượng xung kích các xã, thị trấn ven biển và cán bộ thôn", "lớp"),
    ("In ấn, cấp phát tờ rơi, áp phích tuyên truyền về phòng, chống thiên tai cho hộ dân vùng trũng thấp", "mô hình"),
])
def test_a_unit_cell_after_a_wrapped_label_is_a_cell(label, unit):
    got = paragraphs(TABLE)
    assert label in got and unit in got, got


# must still join: a paragraph wrapped twice whose rest, after a blank line, is short
REWRAPPED = [
    (["Phấn đấu đến năm 2028, tỷ lệ hộ dân vùng ven biển được phổ biến kiến thức phòng",
      "tránh bão lũ đạt", "", "95% trở lên.", ""],
     "Phấn đấu đến năm 2028, tỷ lệ hộ dân vùng ven biển được phổ biến kiến thức phòng tránh bão lũ đạt 95% trở lên."),
    (["Mỗi xã ven biển xây dựng ít nhất một đội xung kích phòng, chống thiên tai được",
      "trang bị đầy", "", "đủ phương tiện", "", "Tổ chức diễn tập tại 12 xã.", ""],
     "Mỗi xã ven biển xây dựng ít nhất một đội xung kích phòng, chống thiên tai được trang bị đầy đủ phương tiện"),
]


@pytest.mark.parametrize("lines, want", REWRAPPED)
def test_the_rest_of_a_paragraph_wrapped_twice_goes_on(lines, want):
    got = paragraphs(lines)
    assert want in got, got


# a full line that ends on an ellipsis inside the sentence ("... điển hình..." / "trên Báo ..."):
# the wrap, not the sentence's end; a line that ends a sentence before one in capitals is a new one
ELLIPSIS = [
    (["Xây dựng các chuyên mục, phóng sự, tin bài về gương người tốt, việc tốt, mô hình...",
      "trên Báo Sơn Khê, Cổng thông tin điện tử huyện và các trang mạng xã hội.", ""],
     "Xây dựng các chuyên mục, phóng sự, tin bài về gương người tốt, việc tốt, mô hình... "
     "trên Báo Sơn Khê, Cổng thông tin điện tử huyện và các trang mạng xã hội."),
]
NOT_ELLIPSIS = [
    (["Tổ chức các hoạt động hưởng ứng Ngày Quốc tế giảm nhẹ rủi ro thiên tai, Tháng...",
      "Hội nghị tổng kết được tổ chức vào tháng 12 hằng năm tại trung tâm huyện Sơn Khê.", ""],
     "Hội nghị tổng kết được tổ chức vào tháng 12 hằng năm tại trung tâm huyện Sơn Khê."),
    (["Tổ chức các hoạt động hưởng ứng Ngày Quốc tế giảm nhẹ rủi ro thiên tai, Tháng...",
      "", "trên địa bàn các xã ven biển.", ""],
     "trên địa bàn các xã ven biển."),
]


@pytest.mark.parametrize("lines, want", ELLIPSIS)
def test_a_wrap_after_an_ellipsis_goes_on(lines, want):
    assert want in paragraphs(lines)


@pytest.mark.parametrize("lines, want", NOT_ELLIPSIS)
def test_an_ellipsis_before_a_new_sentence_ends_it(lines, want):
    assert want in paragraphs(lines)
