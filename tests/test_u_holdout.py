"""Hold-out round U: the shapes its documents showed, each with rows that must match and rows that
must not (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline
from normalizers.agencies import leading_agency, roles_in


def _activities(tasks: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nHUYỆN KHE SƠN\n\nSố: 40/KH-UBND\n\nKhe Sơn, ngày 9 tháng 4 năm 2025\n\nKẾ HOẠCH\n\n"
            "Phát triển cây dược liệu năm 2025\n\nI. MỤC TIÊU\n\nMở rộng vùng trồng dược liệu.\n\nII. NHIỆM VỤ\n\n"
            f"{tasks}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nPhòng Tài chính - Kế hoạch bố trí kinh phí.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


TITLE_THEN_ASSIGNMENT = [
    # must match: the task, a colon, then who does it: the title stops at the colon
    ("1. Mở rộng vùng trồng sâm: Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Hội Nông dân huyện thực hiện.\n\n"
     "2. Xây dựng nhãn hiệu tập thể: Phòng Kinh tế chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.",
     [("1", "Mở rộng vùng trồng sâm", ["Phòng Nông nghiệp và Môi trường"], ["Hội Nông dân huyện"]),
      ("2", "Xây dựng nhãn hiệu tập thể", ["Phòng Kinh tế"], ["Ủy ban nhân dân các xã"])]),
    # must not: a colon that does not introduce an assignment stays in the title
    ("1. Mở rộng vùng trồng: sâm, đương quy và ba kích.\n\n2. Xây dựng nhãn hiệu: cây dược liệu Khe Sơn.",
     [("1", "Mở rộng vùng trồng: sâm, đương quy và ba kích", [], []),
      ("2", "Xây dựng nhãn hiệu: cây dược liệu Khe Sơn", [], [])]),
]


@pytest.mark.parametrize("tasks,expected", TITLE_THEN_ASSIGNMENT, ids=["assignment", "no-assignment"])
def test_a_title_stops_where_its_assignment_starts(tasks, expected):
    assert _activities(tasks) == expected


PARTNER_THEN_PREDICATE = [
    # must match: after a singular level word (tỉnh, huyện, thành phố, thị xã, quận) a lower-case word
    # that the verb list does not know starts the predicate
    ("Sở Y tế chủ trì, phối hợp với Công an tỉnh kết nối hồ sơ sức khỏe điện tử", ["Sở Y tế"], ["Công an tỉnh"]),
    ("Sở Nội vụ chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh diễn tập phương án phòng thủ dân sự",
     ["Sở Nội vụ"], ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế huyện truy vết các ca bệnh", ["Phòng Y tế"],
     ["Trung tâm Y tế huyện"]),
    ("Phòng Văn hóa chủ trì, phối hợp với Đài Truyền thanh thị xã phát sóng chuyên mục hằng tuần",
     ["Phòng Văn hóa"], ["Đài Truyền thanh thị xã"]),
    # must not: a name goes on after its level word ("tỉnh ủy", "và", "có liên quan", a place's name)
    ("Sở Nội vụ chủ trì, phối hợp với Ban Tổ chức tỉnh ủy", ["Sở Nội vụ"], ["Ban Tổ chức tỉnh ủy"]),
    ("Sở Y tế chủ trì, phối hợp với Công an tỉnh và Sở Tài chính", ["Sở Y tế"], ["Công an tỉnh", "Sở Tài chính"]),
    ("Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị cấp tỉnh có liên quan", ["Sở Tài chính"],
     ["các cơ quan, đơn vị cấp tỉnh có liên quan"]),
    ("Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân thành phố trực thuộc tỉnh", ["Sở Y tế"],
     ["Ủy ban nhân dân thành phố trực thuộc tỉnh"]),
    ("Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh Vĩnh Đông", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh Vĩnh Đông"]),
]


@pytest.mark.parametrize("text,lead,partner", PARTNER_THEN_PREDICATE, ids=[r[0][-40:] for r in PARTNER_THEN_PREDICATE])
def test_a_partner_ends_at_its_level_word_before_a_predicate(text, lead, partner):
    assert roles_in(text) == (lead, partner)


@pytest.mark.parametrize("text,name", [
    ("Công an tỉnh kết nối dữ liệu dân cư", "Công an tỉnh"),
    ("Hội Nông dân huyện liên kết với doanh nghiệp", "Hội Nông dân huyện"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("Văn phòng huyện ủy", "Văn phòng huyện ủy"),
])
def test_leading_agency_at_a_level_word(text, name):
    found = leading_agency(text)
    assert text[found[0]:found[1]] == name


@pytest.mark.parametrize("lines,expected", [
    # must match: a narrow cell wraps a grouped amount inside its last group of three
    (["5.46", "0"], "5.460"),
    (["12.35", "0"], "12.350"),
    (["1.250.4", "75"], "1.250.475"),
    (["2.08", "5"], "2.085"),
    # must not: a whole group before the wrap, a decimal with a comma, a count, text after the digits
    (["1.250", "0"], "1.250 0"),
    (["5,4", "6"], "5,4 6"),
    (["12", "5"], "12 5"),
    (["5.46", "0 triệu"], "5.46 0 triệu"),
    (["5.46", "1234"], "5.46 1234"),
])
def test_a_cell_wraps_an_amount_inside_its_last_group(lines, expected):
    from extractors.layout.wrap import cell_text
    assert cell_text("\n".join(lines)) == expected


@pytest.mark.parametrize("leaf,source", [
    # must match: a narrow column broke a word of its source between two syllable-shaped pieces
    ("Ngân sách huy ện", "local"),
    ("Ngân sách tỉn h", "local"),
    ("Ngân sách trung ươn g", "central"),
    # must not: a source that reads as it is, an unnamed one, a year
    ("Ngân sách huyện", "local"),
    ("Vốn lồng ghép", "other"),
    ("Vốn doanh nghiệp", "mobilized"),
    ("Năm 2026", "total"),
])
def test_a_source_head_with_a_broken_word(leaf, source):
    from extractors.tables.rebuild import source_of_leaf
    assert source_of_leaf(leaf) == source


def _marked(text: str, mark: str) -> dict:
    return {"text": text + mark, "mark": (len(text), len(text) + len(mark))}


@pytest.mark.parametrize("before,word,note_marks,expected", [
    # must match: the page's own notes' marks, and the next one after the mark of the page's last
    # note (its note went on to the next page)
    # (written "[1]" after its word, as Word's and web pages' readers write a note's reference: session 52)
    ([], _marked("quy cách", "1"), ["1", "2"], "quy cách[1]"),
    ([_marked("quy cách", "2")], _marked("đồng", "3"), ["1", "2"], "đồng[3]"),
    ([_marked("vụ", "3")], _marked("năm 2025", "4"), ["2", "3"], "năm 2025[4]"),
    # must not: the last note's mark not met before it, a mark two on, a unit's power, no note on the page
    ([], _marked("đồng", "3"), ["1", "2"], "đồng3"),
    ([_marked("quy cách", "2")], _marked("đồng", "4"), ["1", "2"], "đồng4"),
    ([_marked("quy cách", "2")], _marked("m", "3"), ["1", "2"], "m3"),
    ([_marked("quy cách", "2")], _marked("km", "3"), ["1", "2"], "km3"),
    ([], _marked("đồng", "1"), [], "đồng1"),
])
def test_a_footnote_mark_whose_note_goes_on_to_the_next_page(before, word, note_marks, expected):
    from extractors.layout.words import _without_marks
    notes = [(0.0, 100.0, f"{m} Ghi chú số {m}.", 700.0) for m in note_marks]
    lines = ([before] if before else []) + [[word]]
    assert [w["text"] for w in _without_marks(lines, notes)[-1]] == [expected]


HEAD = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


@pytest.mark.parametrize("above,rows,expected_first", [
    # must match: a lead cell merged down over the page break is empty on the next page
    ([HEAD, ["4", "Trồng rừng ven biển", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý II"]],
     [["5", "Nạo vét kênh", "", "Sở Xây dựng", "Quý III"]],
     ["5", "Nạo vét kênh", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Quý III"]),
    ([["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], ["2", "Khảo sát", "Công an tỉnh", "2026"]],
     [["3", "Diễn tập", "", "2027"]],
     ["3", "Diễn tập", "Công an tỉnh", "2027"]),
    # must not: a partner cell left empty, a row with no code, a lead cell empty above too
    ([HEAD, ["4", "Trồng rừng ven biển", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý II"]],
     [["5", "Nạo vét kênh", "Sở Xây dựng", "", "Quý III"]],
     ["5", "Nạo vét kênh", "Sở Xây dựng", "", "Quý III"]),
    ([HEAD, ["4", "Trồng rừng ven biển", "", "Sở Tài chính", "Quý II"]],
     [["5", "Nạo vét kênh", "", "Sở Xây dựng", "Quý III"]],
     ["5", "Nạo vét kênh", "", "Sở Xây dựng", "Quý III"]),
])
def test_a_lead_cell_merged_over_a_page_break(above, rows, expected_first):
    from extractors.layout.continued import join
    assert join(above, rows)[len(above)] == expected_first


@pytest.mark.parametrize("text,name", [
    # must not: a place's name after the level word, the level word of a list of localities
    ("Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc căn cứ Kế hoạch", "Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc"),
    ("Ủy ban nhân dân thành phố Ánh Dương rà soát", "Ủy ban nhân dân thành phố Ánh Dương"),
])
def test_leading_agency_keeps_a_place_name_after_a_level_word(text, name):
    found = leading_agency(text)
    assert text[found[0]:found[1]] == name
