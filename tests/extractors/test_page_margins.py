"""Pages set with other margins in one PDF (a portrait plan and its landscape annex, a page
of another size): each page's lines are read against its own left margin when none of
them starts at the document's, so the wrapped lines of a portrait page beside a landscape
annex still join into paragraphs. All lines invented."""

import pytest

from extractors.layout.paragraphs import assemble

PORTRAIT = [
    ("line", (85, 552, "Nâng cao năng lực ứng phó sự cố thiên tai, tìm kiếm cứu nạn của các")),
    ("line", (85, 190, "cấp, các ngành.")),
    ("line", (85, 552, "b) Phấn đấu 95% lực lượng xung kích được huấn luyện kỹ năng cứu hộ")),
    ("line", (85, 300, "trước tháng 9 năm 2026.")),
    ("line", (113, 552, "Hằng năm, các sở, ngành tổng hợp kết quả gửi Sở Nông nghiệp và Môi")),
    ("line", (85, 240, "trường trước ngày 15/12.")),
]
ANNEX = [("line", (57, 200, "Đơn vị tính: triệu đồng")), ("table", [["STT", "Nội dung", "Kinh phí"], ["1", "Huấn luyện", "1.200"], ["", "Tổng cộng", "1.200"]])]


@pytest.mark.parametrize("pages, paragraphs", [
    # must join: a portrait page beside a landscape annex whose lines start further left
    ([PORTRAIT, ANNEX], [
        "Nâng cao năng lực ứng phó sự cố thiên tai, tìm kiếm cứu nạn của các cấp, các ngành.",
        "b) Phấn đấu 95% lực lượng xung kích được huấn luyện kỹ năng cứu hộ trước tháng 9 năm 2026.",
        "Hằng năm, các sở, ngành tổng hợp kết quả gửi Sở Nông nghiệp và Môi trường trước ngày 15/12.",
        "Đơn vị tính: triệu đồng"]),
    ([PORTRAIT], [
        "Nâng cao năng lực ứng phó sự cố thiên tai, tìm kiếm cứu nạn của các cấp, các ngành.",
        "b) Phấn đấu 95% lực lượng xung kích được huấn luyện kỹ năng cứu hộ trước tháng 9 năm 2026.",
        "Hằng năm, các sở, ngành tổng hợp kết quả gửi Sở Nông nghiệp và Môi trường trước ngày 15/12."]),
    # must not join: a page with a line at the document's margin keeps it; its indented lines start paragraphs
    ([[("line", (57, 552, "Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính theo định kỳ")),
       ("line", (85, 552, "Sở Tài chính tổng hợp, tham mưu Ủy ban nhân dân tỉnh điều chỉnh")),
       ("line", (85, 300, "kinh phí khi cần thiết."))], ANNEX], [
        "Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính theo định kỳ",
        "Sở Tài chính tổng hợp, tham mưu Ủy ban nhân dân tỉnh điều chỉnh",
        "kinh phí khi cần thiết.",
        "Đơn vị tính: triệu đồng"]),
])
def test_each_page_reads_its_own_margin(pages, paragraphs):
    blocks = assemble(pages)
    assert [b.text for b in blocks if b.kind == "paragraph"] == paragraphs


STAMP = [("line", (35, 150, "CÔNG VĂN ĐẾN")), ("line", (35, 160, "Số: 815 Ngày: 12/5/2026"))]


@pytest.mark.parametrize("lines, joined", [
    # must join: a stamp's lines further left than the body are no margin
    (STAMP + PORTRAIT, True),
    (PORTRAIT + [("line", (20, 40, "12"))], True),
    # a body that starts at the stamp's x: the margin is there, its wrapped lines still join
    (STAMP + [("line", (35, 552, p[2])) if p[0] == 85 else ("line", (63, 552, p[2])) for _, p in PORTRAIT], True),
    # must not join: too few lines to tell a margin (the leftmost start stays it: the lines are indented)
    (STAMP + [("line", (85, 552, "Sở Y tế chủ trì tổ chức tập huấn phòng chống dịch bệnh cho các")),
              ("line", (85, 200, "cơ sở y tế."))], False),
])
def test_stray_lines_left_of_the_body_are_no_margin(lines, joined):
    texts = [b.text for b in assemble([lines]) if b.kind == "paragraph"]
    whole = any("của các cấp, các ngành." in t or "cho các cơ sở y tế." in t for t in texts)
    assert whole == joined
