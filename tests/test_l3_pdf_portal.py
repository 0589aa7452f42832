"""Round L3: text PDFs printed from Word and web pages (LibreOffice), read by the PDF
reader. Inputs of our own (other names, other provinces)."""

import pytest

from extractors.layout.continued import join

HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]


@pytest.mark.parametrize("partners, rest, joined", [
    # must: a cell set as a list of marked items ("- A" / "- B"), cut by the page break inside
    # its last item: the rest finishes that item, the items stay one a line
    ("- Sở Tư pháp\n- Viện Quy hoạch Thủy lợi\n- Liên hiệp các Hội Khoa",
     "học và Kỹ thuật tỉnh\nBắc Sơn",
     "- Sở Tư pháp\n- Viện Quy hoạch Thủy lợi\n- Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Sơn"),
    ("- Các phòng thuộc Sở\n- UBND các huyện, thị xã trực",
     "thuộc tỉnh",
     "- Các phòng thuộc Sở\n- UBND các huyện, thị xã trực thuộc tỉnh"),
    # must: the rest opens items of its own
    ("- Cục Thủy sản\n- Vụ Hợp tác quốc tế",
     "- Bộ Công an\n- Tổng cục Hải quan",
     "- Cục Thủy sản\n- Vụ Hợp tác quốc tế\n- Bộ Công an\n- Tổng cục Hải quan"),
    # must: one item above the break, the others below it
    ("- Chi cục Kiểm lâm", "- Bộ đội Biên phòng tỉnh\n- Sở Ngoại vụ",
     "- Chi cục Kiểm lâm\n- Bộ đội Biên phòng tỉnh\n- Sở Ngoại vụ"),
    # must not: a cell of one line (no list) is joined on one line as before
    ("Sở Văn hóa,", "Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Phòng Nội vụ - Lao động", "huyện Tân Hà", "Phòng Nội vụ - Lao động huyện Tân Hà"),
    ("- Chi cục Kiểm lâm", "tỉnh Hà Lương", "- Chi cục Kiểm lâm tỉnh Hà Lương"),
])
def test_a_cut_list_cell_keeps_its_items_a_line(partners, rest, joined):
    above = [HEAD, ["7", "Đánh giá hiện trạng công trình", "Sở Nông nghiệp", partners, "Năm 2027"]]
    rows = [["", "", "", rest, ""], ["8", "Tổng kết", "Sở Nông nghiệp", "Sở Tài chính", "Quý IV"]]
    out = join(above, rows)
    assert len(out) == 3
    assert out[1][3] == joined
