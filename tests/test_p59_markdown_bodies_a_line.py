"""A Markdown page (html2text's) whose flattened table holds two bodies in one cell, a <br> between them, which
html2text writes as a hard break ("Hội Liên hiệp Phụ nữ tỉnh  " / "Tỉnh đoàn"): the cell is one paragraph whose names
are a list ("Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn"), not one name run together (a name ending on its level word,
"tỉnh", "huyện", was joined to the next as a sentence running on) nor two cells (extractors/layout/wrap.py
paragraphs, _bodies_apart).

Must-not rows: a name broken before its place ("Ủy ban nhân dân huyện  " / "Thạch Long") is no list; a header's
lines in capitals stay lines of their own; a body's name then its duty in sentence case is as it was. Names and
numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

TABLE = """KẾ HOẠCH

TT

Nội dung nhiệm vụ

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian

1

Tổ chức hội thi tìm hiểu pháp luật cho thanh niên

Sở Tư pháp

Hội Liên hiệp Phụ nữ tỉnh  
Tỉnh đoàn

Quý III/2028

2

Hỗ trợ vốn vay cho hộ nghèo

Ngân hàng Chính sách xã hội chi nhánh tỉnh

Phòng Tài chính - Kế hoạch huyện  
Ủy ban nhân dân các xã

Năm 2028
"""


def _texts(text: str) -> list[str]:
    blocks, _ = read_text(text, markdown=True)
    return [b.text for b in blocks]


def test_two_bodies_a_line_in_one_cell_are_a_list():
    texts = _texts(TABLE)
    assert "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn" in texts
    assert "Phòng Tài chính - Kế hoạch huyện; Ủy ban nhân dân các xã" in texts
    assert "Tỉnh đoàn" not in texts


@pytest.mark.parametrize("text, expected", [
    # must not: a name broken before its place is no list of two names (read as it was: in a text this short, a
    # line a paragraph)
    ("Giao Ủy ban nhân dân huyện  \nThạch Long chủ trì thực hiện.\n", ["Giao Ủy ban nhân dân huyện",
                                                                      "Thạch Long chủ trì thực hiện."]),
    ("Ủy ban nhân dân huyện  \nThạch Long\n", ["Ủy ban nhân dân huyện", "Thạch Long"]),
    # must not: a sentence that hands a task over, or ends on a word that wants more, before a body's name (read as
    # it was: no list)
    ("Giao Phòng Văn hóa chủ trì, phối hợp với  \nCác trường học tổ chức hội thi.\n",
     ["Giao Phòng Văn hóa chủ trì, phối hợp với", "Các trường học tổ chức hội thi."]),
    ("Sở Y tế phối hợp với  \nSở Giáo dục và Đào tạo\n", ["Sở Y tế phối hợp với", "Sở Giáo dục và Đào tạo"]),
    # must not: a header's lines in capitals
    ("ỦY BAN NHÂN DÂN TỈNH LÂM XUYÊN  \nSỞ Y TẾ\n", ["ỦY BAN NHÂN DÂN TỈNH LÂM XUYÊN", "SỞ Y TẾ"]),
])
def test_look_alikes(text, expected):
    assert _texts(text) == expected
