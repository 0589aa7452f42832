"""An annex table set with spaces (pdftotext -layout of a LibreOffice PDF) under its caption in brackets wrapped over
two lines, the rest short ("(Kèm theo Kế hoạch số 142/KH-UBND ngày 28/12/2026 của UBND" / "tỉnh Tây Khánh)"): the
rest is the caption's, not the header's (it had been read into the indicator column's heading, "tỉnh Tây Khánh) Chỉ
tiêu", and the annex's five targets lost: round G40's pdf-layout rendition). A heading's unit wrapped in a column
("Năm 2029 (dự" / "kiến)") stays the header's. Lines invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

ANNEX = """                             Phụ lục I
CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC MẦM NON THEO NĂM
(Kèm theo Kế hoạch số 77/KH-UBND ngày 15/01/2028 của UBND
                       {rest}
TT  Chỉ tiêu                        Đơn vị    Năm    Năm
                                    tính      2028   2029
1   Tỷ lệ trẻ 5 tuổi đi học         %         98     99
2   Số trường đạt chuẩn quốc gia    Trường    42     48
3   Tỷ lệ phòng học kiên cố         %         85     90
"""


@pytest.mark.parametrize("rest", ["tỉnh Nam Hòa)", "tỉnh Bắc Sơn Hà)"])
def test_a_captions_short_rest_is_no_heading(rest):
    tables = [b.rows for b in read_text(ANNEX.format(rest=rest))[0] if b.kind == "table"]
    assert tables and tables[0][0][:2] == ["TT", "Chỉ tiêu"]
    assert [row[1] for row in tables[0][1:]] == ["Tỷ lệ trẻ 5 tuổi đi học", "Số trường đạt chuẩn quốc gia",
                                                  "Tỷ lệ phòng học kiên cố"]


def test_a_headings_wrapped_bracket_stays():
    # must not: "(dự" / "kiến)" over an amount column is the heading's own
    text = """IV. KINH PHÍ
Đơn vị tính: triệu đồng
TT  Nội dung                        Năm 2028    Năm 2029 (dự
                                                kiến)
1   Tập huấn giáo viên              120         130
2   Mua sắm thiết bị                450         300
3   Sửa chữa phòng học              800         650
    Tổng cộng                       1.370       1.080
"""
    tables = [b.rows for b in read_text(text)[0] if b.kind == "table"]
    assert tables and tables[0][0] == ["TT", "Nội dung", "Năm 2028", "Năm 2029 (dự kiến)"]
