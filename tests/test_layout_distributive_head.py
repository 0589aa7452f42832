"""A list of heads cut by a wrap after its colon: "Điều 3. Chánh Văn phòng ...; Giám đốc các Sở:"
/ "Tài chính, Y tế, Xây dựng; Chủ tịch ...". The fields after "các Sở:" go on with the line (in
wrapped text, extractors.layout.wrap.joins, and in a PDF's lines, extractors.layout.paragraphs.
assemble), so that "các Sở: A, B" names Sở A and Sở B; a colon that opens a list of items does
not take the next line. Invented text (hold-out round H7)."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text

# prose that shows the text's wrap width (as in tests/test_layout_open_clause.py)
PROSE = [
    "Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp quản lý hoạt động khai thác khoáng sản",
    "trên địa bàn tỉnh nhằm bảo đảm sự thống nhất giữa các cơ quan quản lý nhà nước.",
    "",
    "Các cơ quan, đơn vị có trách nhiệm kiểm tra, giám sát chặt chẽ việc khai thác cát,",
    "sỏi lòng sông; xử lý nghiêm các trường hợp vi phạm theo quy định của pháp luật.",
    "",
    "Tổ chức cấp giấy phép khai thác theo đúng quy hoạch; công khai danh mục các mỏ đã",
    "được cấp phép, thời hạn khai thác và trách nhiệm hoàn nguyên môi trường sau khai thác.",
    "",
    "Định kỳ sáu tháng, các cơ quan tổng hợp kết quả thực hiện Quy chế, báo cáo Ủy ban",
    "nhân dân tỉnh trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm để theo dõi.",
    "",
]

MUST_MATCH = [
    ("the departments' fields after 'Giám đốc các Sở:'",
     ["Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở:",
      "Nông nghiệp và Môi trường, Xây dựng, Công Thương; Chủ tịch Ủy ban nhân dân các",
      "huyện chịu trách nhiệm thi hành Quyết định này./.", ""],
     "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nông nghiệp và Môi trường, "
     "Xây dựng, Công Thương; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./."),
    ("a ministry's departments after 'Vụ trưởng các Vụ:'",
     ["Điều 3. Chánh Văn phòng Bộ, Vụ trưởng các Vụ:",
      "Pháp chế, Tổ chức cán bộ và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành./.", ""],
     "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng các Vụ: Pháp chế, Tổ chức cán bộ và Thủ trưởng các đơn vị "
     "thuộc Bộ chịu trách nhiệm thi hành./."),
]

MUST_NOT_MATCH = [
    ("a lead-in's colon before its items",
     ["Điều 2. Trách nhiệm của các cơ quan như sau:", "Sở Tài chính bố trí kinh phí thực hiện.", ""],
     ["Điều 2. Trách nhiệm của các cơ quan như sau:", "Sở Tài chính bố trí kinh phí thực hiện."]),
    ("a heading 'Các Sở:' before a line in capitals",
     ["3. Đề nghị các Sở:", "SỞ TÀI CHÍNH", ""],
     ["3. Đề nghị các Sở:", "SỞ TÀI CHÍNH"]),
    ("the heads' colon before a dash item",
     ["Giao Giám đốc các Sở:", "- Tài chính bố trí kinh phí;", ""],
     ["Giao Giám đốc các Sở:", "- Tài chính bố trí kinh phí;"]),
]


def text_paragraphs(lines: list[str]) -> list[str]:
    return [b.text for b in read_text("\n".join(PROSE + lines) + "\n")[0] if b.text]


@pytest.mark.parametrize("why, lines, want", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_heads_fields_go_on(why, lines, want):
    got = text_paragraphs(lines)
    assert want in got, f"{why}: {got[-4:]}"


@pytest.mark.parametrize("why, lines, want", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_colon_before_items_stays(why, lines, want):
    got = text_paragraphs(lines)
    for w in want:
        assert w in got, f"{why}: {w!r} not in {got[-4:]}"
