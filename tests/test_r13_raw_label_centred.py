"""An amount table copied cell after cell (`pdftotext -raw`) whose labels Word set in the middle of their rows:
a row's code and the label's first lines, then its amounts, then the label's last line, before the next row's
code ("1 Nâng cấp" / "đường" / "thôn" / "1.800 1.200 400 200" / "Đông" / "2 Xây dựng" / ...), under a header
naming a higher level's share ("Ngân sách tỉnh hỗ trợ"). The header was no header (its "hỗ trợ" no column
name) and, that mended, the label's last line, in capitals, went to the next row's label (round R13: G12's
commune plan in pdf-raw, 12 budget items). spaced_rows: SOURCE_HEAD takes "Ngân sách <level> hỗ trợ"; words
pending before a line that opens with a row code, after a row, end that row's label. Must-not rows: a table
whose rows have no code (the words open the next row), a long run of words before the code (prose). Texts
invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

HEAD = "Đơn vị: triệu đồng\nTT Nội dung Tổng Ngân\nsách tỉnh\nhỗ trợ\nNgân\nsách xã\n"


def tables(text: str) -> list[list[list[str]]]:
    return [b.rows for b in read_text(text)[0] if b.kind == "table"]


@pytest.mark.parametrize("text, rows", [
    (HEAD + "1 Làm mới\ncầu dân\nsinh\n2.400 1.600 800\nBến Lội\n2 Sửa chữa\ntrường\nmầm non\n700 500 200\nXóm Chùa\n"
     "Tổng\ncộng\n3.100 2.100 1.000\nIV. TỔ CHỨC THỰC HIỆN\n",
     [["1", "Làm mới cầu dân sinh Bến Lội", "2.400", "1.600", "800"],
      ["2", "Sửa chữa trường mầm non Xóm Chùa", "700", "500", "200"],
      ["", "Tổng cộng", "3.100", "2.100", "1.000"]]),
    (HEAD + "1 Làm mới cầu\n2.400 1.600 800\n2 Sửa chữa\ntrường\n700 500 200\nIV. TỔ CHỨC THỰC HIỆN\n",
     [["1", "Làm mới cầu", "2.400", "1.600", "800"], ["2", "Sửa chữa trường", "700", "500", "200"]]),
])
def test_centred_label_rows(text, rows):
    got = tables(text)
    assert got and got[0][0] == ["TT", "Nội dung", "Tổng", "Ngân sách tỉnh hỗ trợ", "Ngân sách xã"]
    assert got[0][1:] == rows


def test_uncoded_rows_keep_words_for_the_next():
    text = ("Nội dung Tổng Ngân sách tỉnh Ngân sách xã\nLàm mới cầu\n2.400 1.600 800\nSửa chữa\ntrường\n"
            "700 500 200\nIV. TỔ CHỨC\n")
    got = tables(text)
    assert got and ["Sửa chữa trường", "700", "500", "200"] in got[0]
