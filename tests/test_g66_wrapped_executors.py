"""Hold-out round G66 (tests/invented/build_g66.py): an executing article's heads of bodies hard-wrapped across a text
file's lines wherever the line fell, inside a name too ("Giám đốc" / "Sở Tài chính", "Chủ tịch Ủy ban nhân" / "dân
các huyện", "và Thủ" / "trưởng các cơ quan", "Giám" / "đốc Sở ..."). Before, extractors.fields.responsibilities read
an article's sentence on to its next line only where a line ended open (";", ",", ":", "và", "các"), and a paragraph
of executors under an article only where its own line said "chịu trách nhiệm thi hành": the first line's bodies
alone ("Sở Công Thương, Giám đốc"), or none. Now a sentence whose first line opens with bodies and gives them nothing
yet runs, over plain lines (no number, bullet, table or page number; eight at most), to the line that says they
execute it (_executes_on), and is read whole. Lines broken after ";" keep today's reading.

Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH BẢO KHÊ                                Độc lập - Tự do - Hạnh phúc

Số: 611/QĐ-UBND                         Bảo Khê, ngày 17 tháng 10 năm 2028

                                  QUYẾT ĐỊNH
          Phê duyệt Kế hoạch phát triển làng nghề tỉnh Bảo Khê năm 2029

                        ỦY BAN NHÂN DÂN TỈNH BẢO KHÊ

    Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

                                  QUYẾT ĐỊNH:

    Điều 1. Phê duyệt Kế hoạch phát triển làng nghề tỉnh Bảo Khê năm 2029.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
TAIL = """
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
                                                         TM. ỦY BAN NHÂN DÂN
                                                               CHỦ TỊCH

                                                            Vi Thị Ngọc
"""

OFFICE, TRADE, FINANCE = "Văn phòng Ủy ban nhân dân tỉnh", "Sở Công Thương", "Sở Tài chính"
DISTRICTS, OTHERS = "Ủy ban nhân dân các huyện, thành phố", "Các cơ quan, đơn vị có liên quan"


@pytest.mark.parametrize("article, agencies", [
    # must: the article's own sentence, cut inside names
    ("""    Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Giám đốc
Sở Tài chính, Chủ tịch Ủy ban nhân dân các
huyện, thành phố và Thủ
trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
""", [OFFICE, TRADE, FINANCE, DISTRICTS, OTHERS]),
    ("""    Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Giám
đốc Sở Tài chính, Giám đốc Trung tâm Khuyến công tỉnh và Thủ trưởng các cơ quan,
đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
""", [OFFICE, TRADE, FINANCE, "Trung tâm Khuyến công tỉnh", OTHERS]),
    # must: a paragraph of its own under the article that opens on the decision's effect
    ("""    Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
    Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Giám đốc
Sở Tài chính, Chủ tịch Ủy ban nhân dân các huyện, thành phố và Thủ
trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
""", [OFFICE, TRADE, FINANCE, DISTRICTS, OTHERS]),
    # must not: lines broken after ";" and ":" (today's reading), one line
    ("""    Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Công Thương,
Tài chính; Chủ tịch Ủy ban nhân dân các huyện, thành phố và Thủ trưởng các cơ quan,
đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
""", [OFFICE, TRADE, FINANCE, DISTRICTS, OTHERS]),
    ("""    Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
""", [OFFICE, TRADE, FINANCE]),
])
def test_the_heads_across_wrapped_lines(article, agencies):
    record = process("qd.txt", (HEAD + article + TAIL).encode("utf-8")).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == agencies


def test_a_numbered_line_stops_the_sentence():
    # must not: the executing words past a numbered line belong to no sentence of the line above
    article = """    Điều 3. Tổ chức thực hiện
    1. Sở Công Thương: chủ trì hướng dẫn các huyện; báo cáo Ủy ban nhân dân tỉnh.
    2. Sở Tài chính: bố trí kinh phí thực hiện; các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết
định này./.
"""
    record = process("qd.txt", (HEAD + article + TAIL).encode("utf-8")).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]][:2] == [TRADE, FINANCE]
