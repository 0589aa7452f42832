"""A table typed as text in a Word file, " | " between its cells and a paragraph a row, round R17 (an older
plan's Markdown with a pipe table that has no rule under its header, made a Word file: docx 29/29/33):

    TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
    1 | Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông | Phòng Văn hóa và Thông tin | ... | ...

The text reader and the PDF reader (layout.paragraphs.pipe_tables) read such paragraphs as a table's rows; the
Word reader left them paragraphs, so the tasks were lost. docx.read now runs pipe_tables over its paragraphs.

Must-not rows: a paragraph with pipes that is no header (no code heading first), a header with no rows after it.
Names invented."""

from __future__ import annotations

import io

import docx as python_docx
import pytest

from extractors.formats.docx import read


def _docx(paragraphs: list[str]) -> bytes:
    d = python_docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


HEAD = ["ỦY BAN NHÂN DÂN HUYỆN TÂN KHÊ", "KẾ HOẠCH", "II. NHIỆM VỤ CỤ THỂ"]


def test_pipe_rows_read_as_a_table():
    data = _docx(HEAD + [
        "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành",
        "1 | Rà soát hệ thống biển báo trên tuyến huyện lộ | Phòng Kinh tế và Hạ tầng | Công an huyện | Quý II/2027",
        "2 | Tổ chức lớp tập huấn lái xe an toàn | Trung tâm Văn hóa huyện | Đoàn Thanh niên huyện | Tháng 9/2027",
        "III. KINH PHÍ",
    ])
    blocks = read(data, "plan.docx").blocks
    rows = [r for b in blocks if b.rows for r in b.rows]
    assert ["1", "Rà soát hệ thống biển báo trên tuyến huyện lộ", "Phòng Kinh tế và Hạ tầng", "Công an huyện",
            "Quý II/2027"] in rows
    assert rows[2][2] == "Trung tâm Văn hóa huyện"
    assert not any(b.text.startswith("1 | ") for b in blocks if b.text)


@pytest.mark.parametrize("paragraphs", [
    ["Giao thông | Thủy lợi | Y tế là ba lĩnh vực ưu tiên", "1 | a | b"],
    ["STT | Nội dung nhiệm vụ | Cơ quan chủ trì", "III. KINH PHÍ"],
])
def test_no_table(paragraphs):
    blocks = read(_docx(HEAD + paragraphs), "plan.docx").blocks
    assert not any(b.rows for b in blocks)
    assert all(any(p == b.text for b in blocks) for p in paragraphs)
