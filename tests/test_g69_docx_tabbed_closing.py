"""Reader shape found by hold-out round G69 (tests/invented/build_g69.py: g69_xa-phuockhanhtay, a Word plan whose
closing is typed with tabs, not set in a table): "Nơi nhận:<tab>TM. ỦY BAN NHÂN DÂN", "- UBND huyện ... (b/c);<tab>CHỦ
TỊCH", then recipients with no tab while the signature's blank lines go by, then "- Lưu: VT, VP.<tab>Hồ Văn Khiêm".
The column reading of tab bands (extractors.layout.text.in_column_order) stops at the first line with no tab, so
the signer's name stayed glued to the last recipient ("Lưu: VT, VP. Hồ Văn Khiêm": the signer read null, a
recipient wrong). Such a closing is now read column by column from "Nơi nhận" down to its last tab line, the
recipients first, then the signature's pieces (extractors.formats.docx._tabbed_closing).

A closing whose every line holds its tab, a closing with no tab, a "Nơi nhận" line followed by prose, and a line of
three columns keep today's reading. Every text here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import read
from tests.invented.build_g53 import _docx, _runs
from tests.invented.build_g61 import _zip_bytes
from tests.invented.build_g69 import _para, _sym, _tab

_RIGHT = '<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs>'


def _line(text: str) -> str:
    """A paragraph whose tabs (written "\t") are Word's tabs to a centred stop; "•" a Symbol dash before it."""
    dash = text.startswith("•")
    text = text.lstrip("•")
    pieces = text.split("\t")
    inner = "".join((_tab() if n else "") + _runs(p) for n, p in enumerate(pieces))
    return _para((_sym("Symbol", "F02D") if dash else "") + inner, tabs=_RIGHT)


def _paragraphs(lines: list[str]) -> list[str]:
    body = _para(_runs("3. Ủy ban nhân dân các xã: tổ chức thực hiện Kế hoạch trên địa bàn./.")) + "".join(
        _line(t) for t in lines)
    doc = read(_zip_bytes(_docx(body)), "ke-hoach.docx")
    return [b.text for b in doc.blocks if b.kind == "paragraph"][1:]


# must match: the recipients in order, then the signature's lines in order
@pytest.mark.parametrize("lines,expected", [
    # the name after the last recipient's tab (G69's closing, other names)
    (["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- UBND huyện Đồng Xuân Hạ (b/c);\tCHỦ TỊCH", "- TT Đảng ủy xã;",
      "- Các ấp;", "- Lưu: VT.\tLê Thị Thu Sương"],
     ["Nơi nhận:", "- UBND huyện Đồng Xuân Hạ (b/c);", "- TT Đảng ủy xã;", "- Các ấp;", "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Thu Sương"]),
    # the dashes typed as Symbol's minus (w:sym)
    (["Nơi nhận:\tKT. GIÁM ĐỐC", "•UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC", "•Các phòng thuộc Sở;",
      "•Lưu: VT, KHTC.\tNông Văn Dũng"],
     ["Nơi nhận:", "-UBND tỉnh (b/c);", "-Các phòng thuộc Sở;", "-Lưu: VT, KHTC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
      "Nông Văn Dũng"]),
    # "Nơi nhận:" alone on its line, the authority beside the first recipients
    (["Nơi nhận:", "- Sở Tài chính;\tTM. ỦY BAN NHÂN DÂN", "- Sở Nội vụ;\tKT. CHỦ TỊCH", "- Như Điều 3;\tPHÓ CHỦ TỊCH",
      "- Lưu: VT, TH.", "\tTrịnh Minh Khoa"],
     ["Nơi nhận:", "- Sở Tài chính;", "- Sở Nội vụ;", "- Như Điều 3;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Minh Khoa"]),
    # each recipient's dash before a tab of its own
    (["Nơi nhận:\tTM. BAN CHỈ ĐẠO", "-\tBan Thường vụ Huyện ủy;\tTRƯỞNG BAN", "-\tCác thành viên BCĐ;",
      "-\tLưu: VT.\tVi Văn Thạch"],
     ["Nơi nhận:", "- Ban Thường vụ Huyện ủy;", "- Các thành viên BCĐ;", "- Lưu: VT.", "TM. BAN CHỈ ĐẠO",
      "TRƯỞNG BAN", "Vi Văn Thạch"]),
])
def test_a_closing_typed_with_tabs_reads_column_by_column(lines, expected):
    assert _paragraphs(lines) == expected


# must not: every line holds its tab (the band reading as before), no tab, a "Nơi nhận" line then prose,
# a line of three columns
@pytest.mark.parametrize("lines,expected", [
    (["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Như trên;\tCHỦ TỊCH", "- Lưu: VT.\t"],
     ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    (["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]),
    (["Nơi nhận: các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện nhận văn bản qua hệ thống quản lý văn bản "
      "và điều hành của huyện, không gửi bản giấy.", "1.\tRà soát hồ sơ"],
     ["Nơi nhận: các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện nhận văn bản qua hệ thống quản lý văn bản "
      "và điều hành của huyện, không gửi bản giấy.", "1.\tRà soát hồ sơ"]),
    # a signature of plain lines, then an annex's numbered items typed with a tab (no closing's columns)
    (["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Phạm Đức Lộc", "PHỤ LỤC", "1.\tSở Tài chính",
      "2.\tSở Nội vụ"],
     ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Phạm Đức Lộc", "PHỤ LỤC", "1.\tSở Tài chính",
      "2.\tSở Nội vụ"]),
    # a tab before a name that is no signature's item (an annex's two columns after recipients)
    (["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "Đơn vị\tSố lượng", "Xã Tân An\t12"],
     ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "Đơn vị\tSố lượng", "Xã Tân An\t12"]),
])
def test_other_lines_read_as_before(lines, expected):
    assert _paragraphs(lines) == expected
