"""A task table set with spaces (`pdftotext -layout` of a PDF) where a wrapped line of the task cell ends one space
before the next column, the lead's own second line starting where its column does ("cho các hộ nghèo, hộ cận" then
"Chính sách", one space apart): the line read as one segment across two columns, which no row's wrapped line may be,
and the table ended there, the rows after it lost (round G39's pdf-layout rendition). A wrapped line is cut where a
column of the header starts at a word; prose from the margin still ends the table."""

from __future__ import annotations

import pytest

from pipeline.process import process

TABLE = """\
KẾ HOẠCH
Giảm nghèo bền vững huyện Tân Phong năm 2028
II. NHIỆM VỤ
TT  Nội dung                 Chủ trì       Phối hợp          Thời gian
1   Rà soát hộ nghèo, hộ     Phòng Nội     UBND các xã       Quý I
    cận nghèo                vụ huyện
2   Hỗ trợ vốn vay ưu đãi    Ngân hàng     Sở Tài chính      Quý II
{wrapped}
    nghèo                    xã hội
3   Đào tạo nghề cho lao     Trung tâm     Phòng Nội vụ      Năm 2028
    động nông thôn           GDNN-GDTX     huyện
III. KINH PHÍ
Kinh phí từ ngân sách huyện.
"""


def activities(text: str) -> list[tuple[str, list[str], list[str]]]:
    record = process("ke-hoach.txt", text.encode()).record.model_dump(mode="json")
    return [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("wrapped", [
    "    cho các hộ nghèo, hộ cận Chính sách",      # the task's line ends one space before the lead's column
    "    cho các hộ nghèo, hộ cận Chính sách   ",   # (trailing spaces)
    "    cho các hộ nghèo, hộ cận  Chính sách",     # two spaces apart: read as before
])
def test_a_wrapped_line_touching_the_next_column(wrapped):
    assert activities(TABLE.format(wrapped=wrapped)) == [
        ("Rà soát hộ nghèo, hộ cận nghèo", ["Phòng Nội vụ huyện"], ["Ủy ban nhân dân các xã"]),
        ("Hỗ trợ vốn vay ưu đãi cho các hộ nghèo, hộ cận nghèo", ["Ngân hàng Chính sách xã hội"], ["Sở Tài chính"]),
        ("Đào tạo nghề cho lao động nông thôn", ["Trung tâm GDNN - GDTX"], ["Phòng Nội vụ huyện"])]


def test_prose_from_the_margin_still_ends_the_table():
    # must not: a sentence from the margin after the rows, one of its words where a column starts
    text = TABLE.format(wrapped="    cho các hộ nghèo, hộ cận nghèo").replace(
        "III. KINH PHÍ\n", "Các cơ quan, đơn vị Chủ trì báo cáo kết quả về Ủy ban nhân dân huyện.\nIII. KINH PHÍ\n")
    got = activities(text)
    assert len(got) == 3 and not any("báo cáo kết quả" in " ".join(lead) for _, lead, _ in got)


def test_an_indented_sentence_after_the_table_is_not_cut_into_its_cells():
    # must not: a sentence set in at the task cell's left after the rows, across every column: no row's wrapped line
    text = TABLE.format(wrapped="    cho các hộ nghèo, hộ cận nghèo").replace(
        "III. KINH PHÍ\n", "    Trên đây là Kế hoạch của Ủy ban nhân dân huyện, đề nghị các cơ quan, đơn vị thực hiện.\n"
                           "III. KINH PHÍ\n")
    got = activities(text)
    assert got[2] == ("Đào tạo nghề cho lao động nông thôn", ["Trung tâm GDNN - GDTX"], ["Phòng Nội vụ huyện"])
