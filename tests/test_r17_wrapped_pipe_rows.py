"""A bare pipe table whose rows a page wrapped, round R17 (an older plan's Markdown table with no rule under its
header, printed to PDF and read by `pdftotext -layout`: pdf-layout 29/29/33):

    TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
    hoàn thành

    1 | Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông | Phòng
    Văn hóa và Thông tin | Công an huyện; Đài Truyền thanh huyện | Thường
    xuyên

The text reader reads a bare pipe table a line a row (layout.text.bare_pipe_header, bare_pipe_rows); wrapped,
neither the header line nor the rows' lines held all their cells, and the tasks were prose. `_wrapped_pipe_rows`
joins each paragraph of lines (set off by blank lines): the header's a bare pipe header, each row's as many cells.

Must-not rows: a paragraph with pipes under no header, a header followed by a paragraph with other cells, a
header with one row only. Names invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

TABLE = """\
II. NHIỆM VỤ CỤ THỂ

STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
hoàn thành

1 | Lắp đặt camera giám sát tại các nút giao trên quốc lộ qua địa bàn | Công an
huyện | Phòng Kinh tế và Hạ tầng; UBND thị trấn Phú Mỹ | Quý
II/2028

2 | Tập huấn kỹ năng lái xe an toàn cho học sinh trung học phổ thông | Đoàn
Thanh niên huyện | Trường THPT Phú Mỹ | Tháng 9/2028
{tail}
III. KINH PHÍ
"""


def _rows(text: str) -> list[list[str]]:
    blocks, _ = read_text(text)
    return [r for b in blocks if b.rows for r in b.rows]


def test_wrapped_pipe_rows():
    rows = _rows(TABLE.format(tail=""))
    assert rows[0] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert rows[1] == ["1", "Lắp đặt camera giám sát tại các nút giao trên quốc lộ qua địa bàn", "Công an huyện",
                       "Phòng Kinh tế và Hạ tầng; UBND thị trấn Phú Mỹ", "Quý II/2028"]
    assert rows[2][:3] == ["2", "Tập huấn kỹ năng lái xe an toàn cho học sinh trung học phổ thông",
                           "Đoàn Thanh niên huyện"]


def test_table_ends_at_a_paragraph_of_other_cells():
    rows = _rows(TABLE.format(tail="\nGhi chú | kinh phí do huyện bảo đảm\n"))
    assert len(rows) == 3 and not any("Ghi chú" in c for r in rows for c in r)


@pytest.mark.parametrize("text", [
    # pipes under no header
    "Các lĩnh vực ưu tiên: giao thông | thủy lợi | y tế |\ngiáo dục | văn hóa\n\n1 | a | b | c | d\n",
    # a header with one row only
    "STT | Nội dung nhiệm vụ | Cơ quan chủ trì\nThời gian\n\n1 | Rà soát | Công an\nhuyện\n\nIII. KINH PHÍ\n",
])
def test_no_table(text):
    assert _rows(text) == []
