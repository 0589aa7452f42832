"""A task table set with spaces by `pdftotext -layout` whose rows stand a character or two LEFT of the header's
columns ("Cơ quan chủ" at 28 over "Sở Nông" at 26: the header's cells set apart from the rows' in the PDF), where a
wrapped line of the task cell touches the lead's next line one space apart ("sản phẩm hữu cơ cho nghiệp và", the
lead's "nghiệp" two characters left of where its column's other lines start): the line is cut where the ROWS start
the column, not only where the header does (round G39's pdf-layout rendition of a LibreOffice PDF: the row cut at
its task, the next two rows' agencies lost). Names and numbers invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

TABLE = """\
KẾ HOẠCH
Phát triển cây dược liệu tỉnh Bắc Hà năm 2027
III. NHIỆM VỤ
TT Nội dung                  Cơ quan chủ     Cơ quan phối   Thời
                             trì             hợp            gian
1   Khảo sát, đánh giá     Sở Nông          Ủy ban nhân   Năm
    vùng trồng dược liệu   nghiệp và        dân các xã    2027
    tập trung              Môi trường
{second}
{third}
3   Quảng bá, giới thiệu   Sở Văn hóa,      Hiệp hội      Hằng
    sản phẩm dược liệu     Thể thao và      Doanh         năm
                           Du lịch          nghiệp tỉnh
IV. KINH PHÍ
Kinh phí từ ngân sách tỉnh.
"""

SECOND = "2   Hỗ trợ xây dựng chuỗi  Hội Nông         Trung tâm     Quý II"
THIRDS = [
    # must not (read before too, by the columns the rows make): the task's line touching the lead's second line,
    # which pdftotext set two characters left of where the rows start the column (at 25, the rows at 27, the header
    # at 29)
    ("    giá trị cho hộ nghèo dân tỉnh           Khuyến nông", "giá trị cho hộ nghèo"),
    # must: the lead's second line where the rows start the column, two characters left of the header, one space
    # after the task's line
    ("    giá trị cho hợp tác xã dân tỉnh         Khuyến nông", "giá trị cho hợp tác xã"),
    # must not (read before too): two spaces apart
    ("    giá trị cho hợp tác  dân tỉnh         Khuyến nông", "giá trị cho hợp tác"),
]


def activities(text: str) -> list[tuple[str, list[str], list[str]]]:
    record = process("ke-hoach.txt", text.encode()).record.model_dump(mode="json")
    return [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("third, tail", THIRDS)
def test_a_wrapped_line_touching_a_column_the_rows_shift_left(third, tail):
    assert activities(TABLE.format(second=SECOND, third=third)) == [
        ("Khảo sát, đánh giá vùng trồng dược liệu tập trung", ["Sở Nông nghiệp và Môi trường"],
         ["Ủy ban nhân dân các xã"]),
        ("Hỗ trợ xây dựng chuỗi " + tail, ["Hội Nông dân tỉnh"], ["Trung tâm Khuyến nông"]),
        ("Quảng bá, giới thiệu sản phẩm dược liệu", ["Sở Văn hóa, Thể thao và Du lịch"],
         ["Hiệp hội Doanh nghiệp tỉnh"])]


def test_an_indented_sentence_after_the_table_is_not_cut():
    # must not: a sentence set in at the task cell's left after the rows, across every column
    text = TABLE.format(second=SECOND, third=THIRDS[2][0]).replace(
        "IV. KINH PHÍ\n", "    Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh, đề nghị các sở, ngành thực hiện.\n"
                          "IV. KINH PHÍ\n")
    got = activities(text)
    assert len(got) == 3 and not any("Kế hoạch" in " ".join(lead + partner) for _, lead, partner in got)
