"""pandoc's Markdown of a document's header and signature block, round R24 (G24's province plan and G23's
district plan in pandoc-md: issuer 'Ủy ban nhân dân' without its place, recipients 2/3/5):

- the header set in two columns is written as a simple table, its rule of two dash runs under the first line
  ("  ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..." / "  --------------- ----------..." / "  TỈNH BẮC THỦY   Độc lập - Tự
  do - Hạnh phúc"); formats.markdown.simple_tables read only three runs or more, so the issuer's second line was
  a paragraph of its own, run into the motto. Two runs of five dashes or more over two rows or more are read
  now (the signature blocks of two signers side by side too);
- the "Nơi nhận" cell of a grid table wrapped at its width, a list's items run on in one cell: a line ending on
  an item's head and its colon ("...; - Các sở:" / "Y tế, Tài chính, TT&TT; - UBND") was kept apart
  (wrap.join_cell_lines: a colon ends a sentence); it goes on now where the next line starts no block.

Must-not rows: two short dash runs ("-- --"), two runs over one row, a cut inside a word, a list whose items
stand a line each ("- Các sở:" / "- Sở Y tế;"), a heading in capitals after the colon. Names invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import simple_tables
from extractors.layout.wrap import join_cell_lines

HEADER = [
    "  ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "  --------------- ----------------------------------",
    "  HUYỆN ĐÔNG KHÊ  Độc lập - Tự do - Hạnh phúc",
    "  Số: 27/KH-UBND  Đông Khê, ngày 09 tháng 5 năm 2029",
    "",
    "**KẾ HOẠCH**",
]


def test_a_two_column_header_is_a_table():
    got = simple_tables("\n".join(HEADER)).split("\n")
    assert got[:4] == [
        "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "|---|---|",
        "| HUYỆN ĐÔNG KHÊ | Độc lập - Tự do - Hạnh phúc |",
        "| Số: 27/KH-UBND | Đông Khê, ngày 09 tháng 5 năm 2029 |",
    ]


def test_two_signers_side_by_side():
    lines = ["  KT. GIÁM ĐỐC SỞ NỘI VỤ KT. CHỦ TỊCH LIÊN ĐOÀN",
             "  ---------------------- --------------------",
             "  PHÓ GIÁM ĐỐC           PHÓ CHỦ TỊCH",
             "  Hà Văn Khiêm           Lò Thị Nguyệt", ""]
    got = simple_tables("\n".join(lines)).split("\n")
    assert got[2:4] == ["| PHÓ GIÁM ĐỐC | PHÓ CHỦ TỊCH |", "| Hà Văn Khiêm | Lò Thị Nguyệt |"]


@pytest.mark.parametrize("lines", [
    ["  Tổng hợp ý kiến", "  -- ---", "  Ý kiến  Số phiếu", "  Đồng ý  12", ""],  # short runs
    HEADER[:3] + [""],  # one row under the rule
    ["  ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "  ------------ -------------------------------------",
     "  HUYỆN ĐÔNG KHÊ  Độc lập - Tự do - Hạnh phúc", "  Số: 27/KH-UBND  Đông Khê, ngày 09 tháng 5 năm 2029", ""],
])
def test_no_two_column_table(lines):
    text = "\n".join(lines)
    assert simple_tables(text) == text


def test_an_item_head_wrapped_in_a_cell_goes_on():
    cell = ["Nơi nhận: - Sở Nội vụ; - TT", "Huyện ủy, TT HĐND huyện; - Các phòng:", "Tư pháp, Nội vụ; - UBND các",
            "xã, thị trấn; - Lưu: VT."]
    assert join_cell_lines(cell) == ("Nơi nhận: - Sở Nội vụ; - TT Huyện ủy, TT HĐND huyện; - Các phòng: Tư pháp, "
                                     "Nội vụ; - UBND các xã, thị trấn; - Lưu: VT.")


@pytest.mark.parametrize("cell", [
    ["Nơi nhận:", "- Như trên;", "- Các phòng:", "- Phòng Tư pháp;"],  # items a line each
    ["Nơi nhận: - Sở Nội vụ; - Các phòng:", "TM. ỦY BAN NHÂN DÂN"],  # capitals after the colon
])
def test_no_item_head_joined(cell):
    assert join_cell_lines(cell) == "\n".join(cell)
