"""A wrapped line that leaves a bracket open goes on on the next line, whatever that line
starts with (extractors.layout.wrap.open_bracket): plain pdftotext wraps "... (Chủ trì:" /
"Trung tâm Y tế huyện; phối hợp: ...)" and the lead was lost with the line. A bracket that
was closed, a list item, a heading in capitals after it start anew. (Texts invented.)"""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

PROSE = ["Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013 và các văn bản",
         "hướng dẫn thi hành; Ủy ban nhân dân xã ban hành Kế hoạch phòng, chống đuối nước",
         "cho trẻ em trên địa bàn xã năm 2027 với các nội dung chủ yếu như sau:", "",
         "I. MỤC TIÊU", "",
         "Nâng cao nhận thức của cha mẹ, người chăm sóc trẻ em và cộng đồng về phòng,",
         "chống đuối nước; giảm số trẻ em bị đuối nước so với năm 2026, phấn đấu không",
         "để xảy ra trường hợp trẻ em tử vong do đuối nước trên địa bàn toàn xã.", "",
         "Trên 90% trẻ em từ 6 đến 16 tuổi được trang bị kiến thức, kỹ năng an toàn trong",
         "môi trường nước; 100% các điểm có nguy cơ cao được rà soát, cắm biển cảnh báo",
         "và có người trông coi trong mùa mưa lũ; các trường học tổ chức dạy bơi an toàn",
         "cho học sinh trong dịp hè, ưu tiên học sinh các thôn ven sông, ven hồ chứa.", "",
         "II. NHIỆM VỤ", ""]


def paragraphs(lines: list[str], blank_blocks: bool) -> list[str]:
    body = []
    for line in lines:
        if blank_blocks or line:
            body.append(line)
    blocks, _ = read_text("\n".join(PROSE + body) + "\n")
    return [b.text for b in blocks if b.text]


MUST_MATCH = [
    ("a role opened in brackets",
     ["a) Tổ chức tuyên truyền trên hệ thống loa truyền thanh của các thôn (Chủ trì:",
      "Trung tâm Văn hóa - Thể thao xã; phối hợp: Đoàn Thanh niên xã).", ""],
     "a) Tổ chức tuyên truyền trên hệ thống loa truyền thanh của các thôn (Chủ trì: "
     "Trung tâm Văn hóa - Thể thao xã; phối hợp: Đoàn Thanh niên xã)."),
    ("a list opened in brackets",
     ["2. Kiểm tra, rà soát các điểm có nguy cơ đuối nước cao trên địa bàn (gồm:",
      "Hồ Đá Bạc, đập Khe Sanh và bến đò thôn Tân Hòa) trước mùa mưa bão.", ""],
     "2. Kiểm tra, rà soát các điểm có nguy cơ đuối nước cao trên địa bàn (gồm: "
     "Hồ Đá Bạc, đập Khe Sanh và bến đò thôn Tân Hòa) trước mùa mưa bão."),
]

MUST_NOT_MATCH = [
    ("the bracket closed",
     ["a) Tổ chức tuyên truyền trên hệ thống loa truyền thanh (định kỳ hằng tháng):",
      "Trung tâm Văn hóa - Thể thao xã thực hiện.", ""],
     "a) Tổ chức tuyên truyền trên hệ thống loa truyền thanh (định kỳ hằng tháng):"),
    ("a dash item after the open bracket",
     ["3. Phân công thực hiện (theo từng nội dung:", "- Công an xã: tuần tra các điểm nguy hiểm;", ""],
     "3. Phân công thực hiện (theo từng nội dung:"),
    ("a heading in capitals after it",
     ["Các thôn báo cáo kết quả về Ủy ban nhân dân xã (qua Văn phòng:", "III. KINH PHÍ", ""],
     "Các thôn báo cáo kết quả về Ủy ban nhân dân xã (qua Văn phòng:"),
]


@pytest.mark.parametrize("blank_blocks", [True, False])
@pytest.mark.parametrize("why, lines, whole", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_an_open_bracket_goes_on(why, lines, whole, blank_blocks):
    assert whole in paragraphs(lines, blank_blocks), why


@pytest.mark.parametrize("blank_blocks", [True, False])
@pytest.mark.parametrize("why, lines, first", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_a_paragraph_ends_where_no_bracket_is_open(why, lines, first, blank_blocks):
    assert first in paragraphs(lines, blank_blocks), why
