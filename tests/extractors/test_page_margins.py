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
    # must not join: a page with a line at the document's margin keeps it; its indented line
    # starts a paragraph (whose wrap, set as far in, runs on)
    ([[("line", (57, 552, "Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính theo định kỳ")),
       ("line", (85, 552, "Sở Tài chính tổng hợp, tham mưu Ủy ban nhân dân tỉnh điều chỉnh")),
       ("line", (85, 300, "kinh phí khi cần thiết."))], ANNEX], [
        "Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính theo định kỳ",
        "Sở Tài chính tổng hợp, tham mưu Ủy ban nhân dân tỉnh điều chỉnh kinh phí khi cần thiết.",
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
    # too few lines to tell a margin (the leftmost start stays it: the lines are indented), but
    # a line as far in as the full line before it is its wrap
    (STAMP + [("line", (85, 552, "Sở Y tế chủ trì tổ chức tập huấn phòng chống dịch bệnh cho các")),
              ("line", (85, 200, "cơ sở y tế."))], True),
    # must not join: an indented line after a full line further left starts a paragraph
    (STAMP + [("line", (35, 552, "Sở Y tế chủ trì tổ chức tập huấn phòng chống dịch bệnh cho các")),
              ("line", (85, 200, "cơ sở y tế."))], False),
])
def test_stray_lines_left_of_the_body_are_no_margin(lines, joined):
    texts = [b.text for b in assemble([lines]) if b.kind == "paragraph"]
    whole = any("của các cấp, các ngành." in t or "cho các cơ sở y tế." in t for t in texts)
    assert whole == joined


@pytest.mark.parametrize("lines, paragraphs", [
    # must join: a list item's text indented as a whole, wrapped at the right margin
    ([("line", (57, 560, "II. NHIỆM VỤ")),
      ("line", (78, 540, "1. Khảo sát mức độ sẵn sàng chuyển đổi số của hợp tác xã")),
      ("line", (92, 546, "Tổ chức khảo sát, đánh giá và tư vấn lộ trình chuyển đổi số cho 120 hợp")),
      ("line", (92, 138, "tác xã.")),
      ("line", (92, 558, "Đơn vị chủ trì: Chi cục Phát triển nông thôn; đơn vị phối hợp: Liên minh")),
      ("line", (92, 166, "Hợp tác xã tỉnh.")),
      ("line", (57, 562, "Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước")),
      ("line", (57, 200, "ngày 15 tháng 12."))],
     ["II. NHIỆM VỤ", "1. Khảo sát mức độ sẵn sàng chuyển đổi số của hợp tác xã",
      "Tổ chức khảo sát, đánh giá và tư vấn lộ trình chuyển đổi số cho 120 hợp tác xã.",
      "Đơn vị chủ trì: Chi cục Phát triển nông thôn; đơn vị phối hợp: Liên minh Hợp tác xã tỉnh.",
      "Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 15 tháng 12."]),
    # must not join: indented first lines whose paragraphs run on at the margin, and an
    # indented line after a short one
    ([("line", (85, 562, "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán")),
      ("line", (57, 300, "ngân sách hằng năm.")),
      ("line", (85, 562, "Sở Nội vụ hướng dẫn việc khen thưởng các tập thể, cá nhân có thành tích")),
      ("line", (57, 250, "xuất sắc.")),
      ("line", (85, 400, "Các sở, ngành báo cáo định kỳ")),
      ("line", (85, 300, "Công an tỉnh bảo đảm an ninh."))],
     ["Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
      "Sở Nội vụ hướng dẫn việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
      "Các sở, ngành báo cáo định kỳ", "Công an tỉnh bảo đảm an ninh."]),
])
def test_a_block_indented_as_a_whole_runs_on_over_its_wraps(lines, paragraphs):
    assert [b.text for b in assemble([lines]) if b.kind == "paragraph"] == paragraphs


@pytest.mark.parametrize("lines, paragraphs", [
    # must join: bullets with a hanging indent, their wraps set under the text, not the bullet
    ([("line", (57, 300, "1. Chỉ tiêu cụ thể")),
      ("line", (78, 559, "• Tỷ lệ học sinh tiểu học được học kỹ năng an toàn giao thông đạt")),
      ("line", (92, 200, "98% vào năm học 2026 - 2027;")),
      ("line", (78, 548, "• Tỷ lệ giáo viên chủ nhiệm được tập huấn kỹ năng tư vấn tâm lý tăng")),
      ("line", (92, 253, "thêm 20% so với năm học trước;")),
      ("line", (78, 400, "- Không có học sinh bỏ học vì hoàn cảnh khó khăn."))],
     ["1. Chỉ tiêu cụ thể",
      "• Tỷ lệ học sinh tiểu học được học kỹ năng an toàn giao thông đạt 98% vào năm học 2026 - 2027;",
      "• Tỷ lệ giáo viên chủ nhiệm được tập huấn kỹ năng tư vấn tâm lý tăng thêm 20% so với năm học trước;",
      "- Không có học sinh bỏ học vì hoàn cảnh khó khăn."]),
    # must not join: an item under a full heading line that opens with a number, set further in
    # with a marker of its own; a line after a short bulleted one
    ([("line", (57, 560, "2. Nhiệm vụ trọng tâm của ngành giáo dục trong năm học 2026 - 2027 gồm")),
      ("line", (78, 400, "a) Rà soát chương trình giáo dục kỹ năng sống")),
      ("line", (78, 300, "• Tổ chức tập huấn")),
      ("line", (92, 420, "Các trường báo cáo kết quả về Sở."))],
     ["2. Nhiệm vụ trọng tâm của ngành giáo dục trong năm học 2026 - 2027 gồm",
      "a) Rà soát chương trình giáo dục kỹ năng sống", "• Tổ chức tập huấn", "Các trường báo cáo kết quả về Sở."]),
])
def test_a_hanging_indent_runs_on_under_the_text(lines, paragraphs):
    assert [b.text for b in assemble([lines]) if b.kind == "paragraph"] == paragraphs


BODY = [("line", (57, 552, f"Nội dung thứ {n} của kế hoạch phát triển giao thông nông thôn huyện năm 2026.")) for n in range(6)]


@pytest.mark.parametrize("last_page, paragraphs", [
    # must not join: a last page of short lines (the recipients and the signature) keeps the
    # document's right margin: its short lines end their paragraphs
    ([("line", (90, 191, "- UBND tỉnh (b/c);")), ("line", (90, 175, "- UBND các xã;")), ("line", (90, 145, "- Lưu: VT.")),
      ("line", (90, 242, "TM. ỦY BAN NHÂN DÂN")), ("line", (90, 155, "CHỦ TỊCH")), ("line", (90, 189, "Trần Văn Bình"))],
     ["- UBND tỉnh (b/c);", "- UBND các xã;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]),
    # must join: a full line on the last page still runs on
    ([("line", (57, 552, "Các phòng, ban chuyên môn báo cáo kết quả thực hiện về Ủy ban nhân dân")),
      ("line", (57, 200, "huyện trước ngày 15/12."))],
     ["Các phòng, ban chuyên môn báo cáo kết quả thực hiện về Ủy ban nhân dân huyện trước ngày 15/12."]),
])
def test_a_last_page_of_short_lines_keeps_the_documents_right_margin(last_page, paragraphs):
    blocks = [b for b in assemble([BODY, last_page]) if b.kind == "paragraph" and b.location.get("page") == 2]
    assert [b.text for b in blocks] == paragraphs
