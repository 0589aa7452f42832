"""Two agencies in one table cell, each a paragraph of its own, that html2text wrote on one line
with a space between ("Hội Liên hiệp Phụ nữ tỉnh Tỉnh Đoàn"): the first ends on its level word
in lower case ("tỉnh", "huyện", "thành phố"), the second opens with a body no place is named
after (a level word's own body "Tỉnh Đoàn", "Huyện ủy"; "Sở", "Công an", "Ủy ban nhân dân").
The break is put back (extractors.formats.markdown.lost_cell_breaks); a place named after the
level word ("thành phố Hội An", "huyện Trường Sa") stays in its name."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lost_cell_breaks
from pipeline.process import process

RULE = "---|---|---|---  \n"


@pytest.mark.parametrize("glued,restored", [
    ("4 |  Mở lớp dạy nghề mây tre |  Phòng Lao động |  Hội Nông dân huyện Huyện Đoàn |  2027  ",
     "4 |  Mở lớp dạy nghề mây tre |  Phòng Lao động |  Hội Nông dân huyện<br>Huyện Đoàn |  2027  "),
    ("5 |  Tuần tra bờ sông |  Đồn Biên phòng |  Liên đoàn Lao động thành phố Công an thành phố |  Quý III  ",
     "5 |  Tuần tra bờ sông |  Đồn Biên phòng |  Liên đoàn Lao động thành phố<br>Công an thành phố |  Quý III  "),
    ("6 |  Khám sàng lọc |  Trạm Y tế |  Hội Cựu chiến binh xã Đảng ủy xã Sở Y tế |  2028  ",
     "6 |  Khám sàng lọc |  Trạm Y tế |  Hội Cựu chiến binh xã<br>Đảng ủy xã<br>Sở Y tế |  2028  "),
])
def test_a_body_after_a_level_word_opens_a_line(glued, restored):
    assert lost_cell_breaks(glued + "\n" + RULE) == restored + "\n" + RULE


@pytest.mark.parametrize("line", [
    "7 |  Trùng tu phố cổ |  Ủy ban nhân dân thành phố Hội An |  Sở Văn hóa |  2027  ",
    "8 |  Khảo sát đảo |  Ủy ban nhân dân huyện Trường Sa |  Bộ Chỉ huy Quân sự tỉnh |  2028  ",
    "9 |  Rà soát hộ nghèo |  Ủy ban nhân dân huyện Ban Mê |  Công an huyện |  Quý IV  ",
    "10 |  Phối hợp với Sở Tài chính |  Văn phòng |  Thành Đoàn |  2027  ",   # no level word before
])
def test_a_place_after_a_level_word_stays(line):
    assert lost_cell_breaks(line + "\n" + RULE) == line + "\n" + RULE


TABLE = """**KẾ HOẠCH**

**Phát triển du lịch cộng đồng năm 2027**

II. NHIỆM VỤ

STT |  Nội dung |  Chủ trì |  Phối hợp |  Thời gian  
---|---|---|---|---  
1 |  Đào tạo kỹ năng hướng dẫn viên tại bản |  Sở Văn hóa, Thể thao và Du lịch |  Hội Nông dân tỉnh Tỉnh Đoàn |  2027  
2 |  Quảng bá sản phẩm du lịch |  Trung tâm Xúc tiến Du lịch |  Ủy ban nhân dân thành phố Hội An |  2027  
"""


def test_the_partners_glued_in_a_cell_are_two():
    acts = process("kh.md", TABLE.encode("utf-8")).dump["activities"]
    assert acts[0]["partner_agencies"] == ["Hội Nông dân tỉnh", "Tỉnh Đoàn"]
    assert acts[1]["partner_agencies"] == ["Ủy ban nhân dân thành phố Hội An"]
