"""A small table plain `pdftotext` (no -layout) wrote column after column, each column a run of lines between
blank lines, its heading first: "Năm" / "2026" / "2027" / "Tổng cộng", "Tổng số" / "28.500" / ..., "NSTW" /
"12.000" / ...: the rows were nowhere in the text and every budget item was lost (round R13: G12's council
resolution in pdf-plain, 16 items; R12 left the shape as a tool artefact). `cell_lines.tables_from_column_runs`
reads three or more runs of as many lines each, every line short, the first run's heading no amount and every
other run a heading and amounts alone, as a pipe table. Must-not rows: runs of unequal length, a run holding
words among its amounts, two runs only, a paragraph, a list of items. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text


def tables(text: str) -> list[list[list[str]]]:
    return [b.rows for b in read_text(text)[0] if b.kind == "table"]


COLUMNS = ("Đơn vị tính: triệu đồng\n\nGiai đoạn\n2025\n2026\nCộng\n\nTổng vốn\n8.750\n9.100\n17.850\n\n"
           "Vốn tỉnh\n5.000\n5.400\n10.400\n\nVốn huyện\n3.750\n3.700\n7.450\n\nĐiều 4. Hiệu lực thi hành\n")


def test_column_runs_read():
    got = tables(COLUMNS)
    assert got == [[["Giai đoạn", "Tổng vốn", "Vốn tỉnh", "Vốn huyện"], ["2025", "8.750", "5.000", "3.750"],
                    ["2026", "9.100", "5.400", "3.700"], ["Cộng", "17.850", "10.400", "7.450"]]]
    assert "Điều 4. Hiệu lực thi hành" in [b.text for b in read_text(COLUMNS)[0]]


def test_column_runs_by_place():
    text = "Xã\nAn Bình\nAn Lạc\nPhú Mỹ\n\nSố hộ\n120\n95\n210\n\nKinh phí\n360\n285\n630\n\nIII. TỔ CHỨC\n"
    got = tables(text)
    assert got and got[0][0] == ["Xã", "Số hộ", "Kinh phí"] and got[0][3] == ["Phú Mỹ", "210", "630"]


@pytest.mark.parametrize("text", [
    COLUMNS.replace("Vốn huyện\n3.750\n3.700\n7.450", "Vốn huyện\n3.750\n7.450"),       # a run shorter
    COLUMNS.replace("Vốn tỉnh\n5.000\n5.400\n10.400", "Vốn tỉnh\n5.000\nchưa có\n10.400")
    .replace("Vốn huyện\n3.750\n3.700\n7.450\n\n", ""),                                    # words among amounts
    "Năm\n2025\n2026\n\nTổng\n8.750\n9.100\n\nĐiều 4.\n",                                   # two runs only
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n(đã ký)\nTrần Văn Bình\n\nKT. GIÁM ĐỐC\n12\n14\n",
])
def test_not_column_runs(text):
    assert not tables(text)
