"""Probe round G: HTML whose source lines are wrapped (LibreOffice and Word save HTML so):
a line break of the source is a space to a browser, <br> and block ends are breaks."""

from __future__ import annotations

import pytest

from extractors.formats.html import read

CASES = [
    # (body, blocks that must be read, blocks that must not)
    ("<p>Phát triển nghề truyền thống\ngắn với du lịch làng nghề\nở các xã vùng ven.</p>",
     ["Phát triển nghề truyền thống gắn với du lịch làng nghề ở các xã vùng ven."], ["Phát triển nghề truyền thống"]),
    ("<p><b>2. Mục tiêu\ncụ thể</b></p>", ["2. Mục tiêu cụ thể"], ["2. Mục tiêu"]),
    ("<p>a) Có 40 hợp tác xã\r\nhoạt động hiệu quả.<br>b) Tỷ lệ hộ nghèo\ngiảm 2%.</p>",
     ["a) Có 40 hợp tác xã hoạt động hiệu quả.", "b) Tỷ lệ hộ nghèo giảm 2%."], ["a) Có 40 hợp tác xã"]),
    ("<ul><li>Sở Công Thương chủ trì,\nphối hợp với Sở Tài chính.</li></ul>",
     ["- Sở Công Thương chủ trì, phối hợp với Sở Tài chính."], ["- Sở Công Thương chủ trì,"]),
    # must not: <pre> keeps its lines
    ("<pre>Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.</pre>", ["Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT."], ["Nơi nhận: - Sở Nội vụ;"]),
]


@pytest.mark.parametrize("body,must,must_not", CASES)
def test_source_line_breaks(body, must, must_not):
    page = f"<html><body>{body}</body></html>".encode()
    texts = [b.text for b in read(page, "x.html").blocks]
    for t in must:
        assert t in texts
    for t in must_not:
        assert t not in texts


def test_table_cell_source_breaks():
    page = ("<html><body><table border=1><tr><td>STT</td><td>Nội dung</td><td>Kinh phí</td></tr>"
            "<tr><td>1</td><td>Nâng cấp\nđường giao thông\nnông thôn</td><td>3.200</td></tr>"
            "<tr><td>2</td><td>Kiên cố hóa<br>kênh mương</td><td>1.100</td></tr></table></body></html>").encode()
    rows = [b.rows for b in read(page, "x.html").blocks if b.rows][0]
    assert rows[1] == ["1", "Nâng cấp đường giao thông nông thôn", "3.200"]
    assert rows[2][1] == "Kiên cố hóa\nkênh mương"


LISTS = [
    # (list markup, the blocks read, in order)
    ("<ol type='I'><li><b>MỤC TIÊU</b><ol><li><i>Mục tiêu chung</i><p>Giảm tai nạn giao thông.</p></li>"
     "<li>Mục tiêu cụ thể<ol type='a'><li>Giảm 5% số vụ.</li></ol></li></ol></li><li>NHIỆM VỤ</li></ol>",
     ["I. MỤC TIÊU", "1. Mục tiêu chung", "Giảm tai nạn giao thông.", "2. Mục tiêu cụ thể", "a. Giảm 5% số vụ.", "II. NHIỆM VỤ"]),
    # the item's own line is a paragraph inside it
    ("<ol><li><p>Tuyên truyền</p><ul><li>Phát tờ rơi;</li><li>Họp dân.</li></ul></li></ol>",
     ["1. Tuyên truyền", "- Phát tờ rơi;", "- Họp dân."]),
    # an item holding a table keeps its label
    ("<ol type='I' start='3'><li><b>KINH PHÍ</b><table border=1><tr><td>TT</td><td>Nội dung</td><td>Kinh phí</td></tr>"
     "<tr><td>1</td><td>In tài liệu</td><td>120</td></tr></table></li></ol>",
     ["III. KINH PHÍ", None]),
    # must not: an item of inline text only is one block, whatever its tags
    ("<ol><li><b>Sở Y tế</b> chủ trì, <i>phối hợp</i> với các huyện.</li></ol>",
     ["1. Sở Y tế chủ trì, phối hợp với các huyện."]),
]


@pytest.mark.parametrize("markup,expected", LISTS)
def test_list_items_that_hold_blocks(markup, expected):
    page = f"<html><body>{markup}</body></html>".encode()
    got = [b.text if not b.rows else None for b in read(page, "x.html").blocks]
    assert got == expected


@pytest.mark.parametrize("cls,kept", [("van-ban-lien-quan", False), ("vanban-lienquan", False), ("tin_lien_quan", False),
                                      ("noi-dung-van-ban", True), ("quan-ly", True)])
def test_related_documents_panel_is_furniture(cls, kept):
    page = (f"<html><body><div class='content'><p>Kế hoạch thực hiện năm 2026.</p></div>"
            f"<div class='{cls}'><p>Quyết định 12/QĐ-UBND về việc khác</p></div></body></html>").encode()
    texts = [b.text for b in read(page, "x.html").blocks]
    assert ("Quyết định 12/QĐ-UBND về việc khác" in texts) == kept
