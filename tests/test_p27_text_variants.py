"""Round P27: the same text written as other tools write it (tests/metamorphic.py's edits, tests/test_perturbed_texts.py): list marks
followed by a tab ("–\\t", "•\\t", "1.\\t") as Word saves a list to plain text, Windows line ends,
blank lines between every line or none at all. Each shape with rows that must read as the plain
text does and rows that must not change (a tab table's tabs stay cell gaps)."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_recipients, extract_signature
from extractors.formats import read
from extractors.layout.text import read_text

# a layout text (pdftotext -layout, or a Word file saved as text): the recipients in the left
# column, the signature in the right, each list line opened by its mark
ENDING = ("ỦY BAN NHÂN DÂN                                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "XÃ TÂN THẠNH BẮC                                        Độc lập - Tự do - Hạnh phúc\n\n"
          "Số: 17/KH-UBND                                      Tân Thạnh Bắc, ngày 9 tháng 4 năm 2026\n\n"
          "KẾ HOẠCH\nPhòng chống dịch bệnh trên đàn gia súc năm 2026\n\n"
          "I. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng chống dịch bệnh.\n\n"
          "Nơi nhận:                                               TM. ỦY BAN NHÂN DÂN\n"
          "{m}Phòng Kinh tế huyện (b/c);                                     KT. CHỦ TỊCH\n"
          "{m}Thường trực Đảng ủy xã;                                       PHÓ CHỦ TỊCH\n"
          "{m}Các ấp;\n"
          "{m}Lưu: VT.\n"
          "                                                        Lâm Văn Thoại\n")


@pytest.mark.parametrize("mark", [
    "- ", "–\t", "-\t", "•\t", "\t-\t",  # must match: a mark then a tab reads as the mark then a space
])
def test_a_tab_after_a_list_mark_is_no_column_gap(mark):
    doc = build_document(read(ENDING.format(m=mark).encode(), "plan.txt"))
    assert [r["text"] for r in extract_recipients(doc)] == ["Phòng Kinh tế huyện", "Thường trực Đảng ủy xã", "Các ấp", "Lưu: VT"]
    signer = extract_signature(doc)
    assert (signer["name"], signer["title"], signer["authority"]) == \
        ("Lâm Văn Thoại", "Phó Chủ tịch", ["TM. Ủy ban nhân dân", "KT. Chủ tịch"])


@pytest.mark.parametrize("text, cells", [
    # must not: a tab table's rows keep their tabs as cell gaps, whatever their first cell holds
    ("STT\tNội dung\tĐơn vị chủ trì\n1.\tTập huấn thú y viên\tTrạm Chăn nuôi\n2.\tTiêm phòng đợt 1\tCác ấp\n",
     [["STT", "Nội dung", "Đơn vị chủ trì"], ["1.", "Tập huấn thú y viên", "Trạm Chăn nuôi"],
      ["2.", "Tiêm phòng đợt 1", "Các ấp"]]),
])
def test_a_tab_rows_tabs_stay_cell_gaps(text, cells):
    blocks, _ = read_text(text)
    rows = [b.rows for b in blocks if b.rows]
    assert rows and [[c.strip() for c in r] for r in rows[0]] == cells


# a Markdown scrape whose converter ended every line on a hard break ("text  "): the breaks say nothing, and a task
# table's header row broken over two lines reads as it does without them
TASK_TABLE_MD = ("**KẾ HOẠCH**\n\n**Cải cách hành chính huyện Đông Xuyên năm 2026**\n\n"
                 "Căn cứ Kế hoạch số 12/KH-UBND ngày 5/1/2026 của Ủy ban nhân dân tỉnh;\n\n"
                 "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\n\n**I. MỤC TIÊU**\n\n"
                 "- 100% hồ sơ được tiếp nhận qua Cổng dịch vụ công;\n\n- 95% hồ sơ được giải quyết đúng hạn;\n\n"
                 "- 90% người dân hài lòng với dịch vụ công.\n\n**II. NHIỆM VỤ**\n\n"
                 "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối\nhợp | Thời hạn |\n|---|---|---|---|---|\n"
                 "| 1 | Rà soát thủ tục hành chính | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Quý I/2026 |\n"
                 "| 2 | Tập huấn kỹ năng số cho công chức | Phòng Văn hóa và Thông tin | Trung tâm Chính trị huyện | Quý III/2026 |\n\n"
                 "**III. TỔ CHỨC THỰC HIỆN**\n\n1. Phòng Nội vụ theo dõi, tổng hợp.\n\n"
                 "2. Các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/2026.\n\n**Nơi nhận:**\n\n- UBND tỉnh;\n\n"
                 "- Lưu: VT.\n\n**CHỦ TỊCH**\n\n**Trần Văn Hải**\n")


@pytest.mark.parametrize("end", ["\n", "  \n", "  \r\n", "   \n"])
def test_every_line_ending_on_a_hard_break_reads_as_the_plain_text(end):
    from extractors.fields.activities import extract_activities
    from extractors.segment import outline
    text = "".join(line + end for line in TASK_TABLE_MD.split("\n"))
    doc = build_document(read(text.encode(), "plan.md"))
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))] == [
        (["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"]),
        (["Phòng Văn hóa và Thông tin"], ["Trung tâm Chính trị huyện"])]


@pytest.mark.parametrize("text", [
    # must not: a few hard breaks among plain lines (html2text's breaks in a signature's cell) stay
    "| **TM. ỦY BAN NHÂN DÂN**  \n  \n**Lê Văn A**  \n---|---\nDòng một\nDòng hai\nDòng ba\nDòng bốn\nDòng năm\n",
    # must not: a short text, too short to tell; html2text's signature cell, each of its lines so broken
    "Dòng một  \nDòng hai  \n",
    "**Nơi nhận:**  \n\\- Như trên;  \n\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**  \n  \n**Lò Văn Sơn**  \n---|---  \n",
])
def test_some_hard_breaks_stay(text):
    from extractors.formats.markdown import uniform_breaks_dropped
    assert uniform_breaks_dropped(text) == text


def test_html2texts_breaks_stay():
    # must not: html2text ends its lines on "  " (its <br>s) but leaves the blank lines between paragraphs empty
    text = "".join(line + ("  \n" if line else "\n") for line in TASK_TABLE_MD.split("\n"))
    from extractors.formats.markdown import uniform_breaks_dropped
    assert uniform_breaks_dropped(text) == text


@pytest.mark.parametrize("text, tables", [
    # must match: a tab table copied with a blank line after each line is one table
    ("TT\tNhiệm vụ\tChủ trì\tPhối hợp\n\n1\tKiểm tra an toàn thực phẩm\tChi cục Thú y\tCác xã\n\n"
     "2\tTập huấn cho hộ chăn nuôi\tTrạm Khuyến nông\tHội Nông dân huyện\n\nPhòng Kinh tế tổng hợp.\n",
     [4]),
    # must not: two tab tables of other widths apart by a blank line stay two
    ("TT\tNhiệm vụ\tChủ trì\n1\tKiểm tra\tChi cục Thú y\n\nNăm\tNS tỉnh\tNS huyện\tXã hội hóa\n"
     "2026\t120\t80\t35\n", [3, 4]),
])
def test_a_tab_tables_rows_apart_by_blank_lines(text, tables):
    blocks, _ = read_text(text)
    assert [len(b.rows[0]) for b in blocks if b.rows] == tables


@pytest.mark.parametrize("text, expected", [
    # must match: a sentence-per-line text copied with a blank line after each line: each label alone goes back
    # before its item's text over the blank line
    ("Điều 1.\n\nThông qua đề án giảm nghèo.\n\nĐiều 2.\n\nGiao Ủy ban nhân dân huyện thực hiện.\n",
     "Điều 1. Thông qua đề án giảm nghèo.\n\nĐiều 2. Giao Ủy ban nhân dân huyện thực hiện.\n"),
    ("a)\n\nNăm 2027: 8 tỷ đồng;\n\nb)\n\nNăm 2028: 9 tỷ đồng.\n", "a) Năm 2027: 8 tỷ đồng;\n\nb) Năm 2028: 9 tỷ đồng.\n"),
    # must not: two blank lines part them; the next text has a label of its own
    ("Điều 1.\n\n\nThông qua đề án.\n\nĐiều 2.\n\n\nGiao Sở Y tế.\n", None),
    ("1.\n\n- Sở Y tế;\n\n2.\n\n- Sở Tài chính.\n", None),
])
def test_a_label_alone_over_a_blank_line(text, expected):
    from extractors.layout.one_line import rejoin_labels
    assert rejoin_labels(text) == (expected or text)


# a one-cell-a-line Markdown scrape ("|" alone between cells) with no blank lines at all: the header's table ends at
# its last pipe, the body reads as text, the signature's table is a table again
LONE_PIPES = ("|\n**ỦY BAN NHÂN DÂN\n**\nHUYỆN ĐÔNG GIANG\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
              "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 58/KH-UBND\n|\n*Đông Giang, ngày 3\n"
              "tháng 9 năm 2025*\n|\n**KẾ HOẠCH**\nPHÒNG, CHỐNG BỆNH DẠI NĂM 2025 - 2026\n"
              "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;\n**I. MỤC TIÊU**\n"
              "- 90% số chó, mèo nuôi trên địa bàn được tiêm phòng dại;\n- 100% ổ dịch được xử lý kịp thời.\n"
              "**II. NHIỆM VỤ**\n**1. Tiêm phòng**\nTổ chức tiêm phòng dại cho chó, mèo hai đợt mỗi năm.\n"
              "**2. Truyền thông**\nTuyên truyền trên hệ thống loa truyền thanh các xã.\n"
              "**III. KINH PHÍ**\nTổng kinh phí 320 triệu đồng từ ngân sách huyện.\n"
              "**IV. TỔ CHỨC THỰC HIỆN**\n1. Phòng Nông nghiệp và Môi trường chủ trì, theo dõi, tổng hợp.\n"
              "2. Trung tâm Dịch vụ nông nghiệp huyện tổ chức tiêm phòng.\n"
              "|\n**Nơi nhận:**\n- UBND tỉnh;\n- Các xã;\n- Lưu: VT.\n|\n**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n**\n"
              "**Hồ Văn Tâm**\n|\n")


def test_a_one_cell_a_line_scrape_with_no_blank_lines():
    from pipeline.process import process
    record = process("plan.md", LONE_PIPES.encode()).record.model_dump(mode="json")
    assert (record["number"], record["title"]) == ("58/KH-UBND", "Phòng, chống bệnh dại năm 2025 - 2026")
    assert [t["value"] for o in record["objectives"] for t in o["targets"]] == [90.0, 100.0]
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Phòng Nông nghiệp và Môi trường", "Trung tâm Dịch vụ nông nghiệp huyện"]
    assert [s["amount_vnd"] for s in record["budget"]["statements"]] == [320000000]
    assert record["signer"]["name"] == "Hồ Văn Tâm"


@pytest.mark.parametrize("cell", [
    # must not: a task cell of many lines is a cell, and the table is one
    "\n".join(f"- Bước {k}: kiểm tra hồ sơ đợt {k};" for k in range(1, 13)),
    # must not: a recipients' cell of twenty lines (more than a task's, no section heading) too
    "Nơi nhận:\n" + "\n".join(f"- UBND xã Tân Lập {k};" for k in range(1, 20)) + "\n- Lưu: VT.",
])
def test_a_one_cell_a_line_tables_long_cell_stays_in_it(cell):
    text = f"|\nTT\n|\nNội dung\n|\nChủ trì\n|\n|\n1\n|\n{cell}\n|\nPhòng Nội vụ\n|\n"
    blocks, _ = read_text(text, markdown=True)
    tables = [b.rows for b in blocks if b.rows]
    assert len(tables) == 1 and tables[0][-1][2] == "Phòng Nội vụ" and cell.split("\n")[-1].strip("- ;.") in tables[0][-1][1]


# a hard-wrapped text copied with a blank line after every printed line: the blank lines are taken out and the
# wrapped sentences join again (a basis's title over its wrap); a text of one paragraph a line, a blank line between
# paragraphs, keeps its blank lines
WRAPPED = ("ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "HUYỆN TÂY SƠN HÀ                                    Độc lập - Tự do - Hạnh phúc\n"
           "Số: 64/KH-UBND                                  Tây Sơn Hà, ngày 12 tháng 5 năm 2025\n"
           "KẾ HOẠCH\nPhát triển du lịch cộng đồng huyện Tây Sơn Hà năm 2025\n"
           "   Căn cứ Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu\n"
           "đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững;\n"
           "   Căn cứ Quyết định số 1205/QĐ-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh về việc ban hành\n"
           "Kế hoạch phát triển du lịch tỉnh năm 2025;\n"
           "   Ủy ban nhân dân huyện ban hành Kế hoạch phát triển du lịch cộng đồng năm 2025 như sau:\n"
           "   I. MỤC TIÊU\n   - Đón 120.000 lượt khách du lịch, tăng 15% so với năm 2024; doanh thu từ du lịch\n"
           "đạt 85 tỷ đồng.\n   II. NHIỆM VỤ\n   1. Phòng Văn hóa và Thông tin chủ trì xây dựng các sản phẩm du lịch\n"
           "cộng đồng gắn với nghề truyền thống của các xã, hoàn thành trong quý III năm 2025.\n"
           "   2. Trung tâm Văn hóa - Thể thao huyện tổ chức quảng bá điểm đến trên các nền tảng\n"
           "số, phối hợp với các xã thực hiện.\n")


@pytest.mark.parametrize("spaced", [False, True])
def test_a_wrapped_text_with_a_blank_line_after_every_line(spaced):
    from pipeline.process import process
    text = "\n\n".join(WRAPPED.split("\n")) if spaced else WRAPPED
    record = process("plan.txt", text.encode()).record.model_dump(mode="json")
    assert [b["title"] for b in record["legal_bases"]] == [
        "Nhiệm vụ, giải pháp chủ yếu đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững",
        "Ban hành Kế hoạch phát triển du lịch tỉnh năm 2025"]


@pytest.mark.parametrize("text", [
    # must not: one paragraph a line, a blank line between paragraphs (a portal's copy): the blank lines stay
    "\n\n".join(["KẾ HOẠCH", "Phát triển du lịch năm 2025", "I. MỤC TIÊU", "- Đón 120.000 lượt khách;",
                 "- Doanh thu đạt 85 tỷ đồng.", "II. NHIỆM VỤ", "1. Phòng Văn hóa chủ trì xây dựng sản phẩm du lịch.",
                 "2. Trung tâm Văn hóa quảng bá điểm đến.", "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai thực hiện.",
                 "Nơi nhận:", "- UBND tỉnh;"]),
    # must not: a wrapped text whose paragraphs are apart by blank lines (not every line)
    WRAPPED.replace("\n   ", "\n\n   "),
])
def test_blank_lines_between_paragraphs_stay(text):
    from extractors.layout.text import unspaced_lines
    assert unspaced_lines(text) == text


# the organization's heading in other words ("PHÂN CÔNG NHIỆM VỤ") names no tasks: the tasks are where the plan sets
# them out (a section of phases), and the agencies' items under it are their duties; a heading that names the tasks
# first ("NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN") holds them
PHASES = ("KẾ HOẠCH\nỨng phó bệnh cúm gia cầm tỉnh Bắc Lâm năm 2026\nI. MỤC TIÊU\n- 100% ổ dịch được xử lý trong 48 giờ.\n"
          "II. {tasks}\n1. Giai đoạn chưa có dịch\na) Giám sát đàn gia cầm tại các chợ. Cơ quan chủ trì: Chi cục Thú y; "
          "cơ quan phối hợp: Ban Quản lý chợ.\nb) Tiêm phòng cho đàn gia cầm. Cơ quan chủ trì: Trạm Thú y các huyện; "
          "cơ quan phối hợp: Ủy ban nhân dân các xã.\n2. Giai đoạn có dịch\na) Lập chốt kiểm dịch tạm thời. Cơ quan chủ "
          "trì: Công an tỉnh; cơ quan phối hợp: Chi cục Thú y.\nIII. {organization}\n1. Sở Nông nghiệp và Môi trường: "
          "theo dõi, tổng hợp tình hình dịch.\n2. Sở Tài chính: bố trí kinh phí chống dịch.\n3. Ủy ban nhân dân các "
          "huyện: chỉ đạo các xã thực hiện.\n")


@pytest.mark.parametrize("tasks, organization, leads", [
    # must match: the organization's heading in other words
    ("PHƯƠNG ÁN ỨNG PHÓ", "PHÂN CÔNG NHIỆM VỤ", [["Chi cục Thú y"], ["Trạm Thú y các huyện"], ["Công an tỉnh"]]),
    ("PHƯƠNG ÁN ỨNG PHÓ", "PHÂN CÔNG TRÁCH NHIỆM", [["Chi cục Thú y"], ["Trạm Thú y các huyện"], ["Công an tỉnh"]]),
    ("PHƯƠNG ÁN ỨNG PHÓ", "TỔ CHỨC THỰC HIỆN", [["Chi cục Thú y"], ["Trạm Thú y các huyện"], ["Công an tỉnh"]]),
    # must not: a heading that names the tasks before the assignment holds them
    ("NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN",
     [["Chi cục Thú y"], ["Trạm Thú y các huyện"], ["Công an tỉnh"]]),
])
def test_the_organizations_heading_in_other_words(tasks, organization, leads):
    from extractors.fields.activities import extract_activities
    from extractors.fields.responsibilities import extract_responsibilities
    from extractors.segment import outline
    doc = build_document(read(PHASES.format(tasks=tasks, organization=organization).encode(), "plan.txt"))
    assert [a["lead_agencies"] for a in extract_activities(doc, outline(doc))] == leads
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == [
        "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Ủy ban nhân dân các huyện"]


# a text of blank-line blocks, each a numbered heading on its own line over its paragraph (a health centre's plan
# saved as text): the heading is a paragraph of its own, not the first line of a soft-wrapped one; a block that is a
# soft-wrapped paragraph (its first line as long as the next, or ending on a word no clause ends in) joins as before
BLOCKS = ("KẾ HOẠCH\nHoạt động chuyên môn năm 2026\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\nNâng cao chất lượng khám bệnh, "
          "chữa bệnh cho Nhân dân các xã trong vùng; chủ động phòng, chống dịch bệnh.\n\n"
          "II. NHIỆM VỤ\n\n1. Công tác khám bệnh\nTriển khai thêm 02 kỹ thuật mới về nội soi và lọc máu. Khoa Ngoại "
          "chủ trì, phối hợp với Khoa Gây mê hồi sức thực hiện.\n\n2. Công tác y tế dự phòng\nGiám sát các bệnh "
          "truyền nhiễm gây dịch; tiêm chủng mở rộng định kỳ. Khoa Kiểm soát bệnh tật chủ trì thực hiện.\n\n"
          "{extra}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác khoa, phòng triển khai thực hiện.\n")


@pytest.mark.parametrize("extra, expected", [
    # must match: a short heading over its paragraph
    ("3. Công tác dân số\nKhám sức khỏe tiền hôn nhân cho thanh niên các xã trong vùng.",
     ["3. Công tác dân số", "Khám sức khỏe tiền hôn nhân cho thanh niên các xã trong vùng."]),
    # must not: a soft wrap whose first line is as long as the next; a line ending on "với"
    ("3. Tổ chức truyền thông về dân số và chăm sóc sức khỏe sinh sản cho\nNhân dân các xã.",
     ["3. Tổ chức truyền thông về dân số và chăm sóc sức khỏe sinh sản cho Nhân dân các xã."]),
    ("3. Phối hợp với\nỦy ban nhân dân các xã tổ chức khám sức khỏe tiền hôn nhân.",
     ["3. Phối hợp với Ủy ban nhân dân các xã tổ chức khám sức khỏe tiền hôn nhân."]),
])
def test_a_numbered_heading_over_its_paragraph_in_a_block(extra, expected):
    blocks, _ = read_text(BLOCKS.format(extra=extra))
    texts = [b.text for b in blocks]
    at = texts.index(expected[0])
    assert texts[at:at + len(expected)] == expected
    assert "2. Công tác y tế dự phòng" in texts and "1. Mục tiêu chung" in texts


# a Markdown table of a two-row header flattened into one ("Kế hoạch năm 2025 | Trong đó: NSTW | Trong đó: NSĐP"):
# the parts take the year of the column they are parts of
MONEY = ("**KẾ HOẠCH**\n\n**Đầu tư công năm 2025 của huyện Tân Lạc Bắc**\n\n**I. MỤC TIÊU**\n\nGiải ngân 100% kế hoạch "
         "vốn.\n\n**II. KẾ HOẠCH VỐN**\n\nĐơn vị: triệu đồng\n\n| TT | Danh mục dự án | {head} |\n|---|---|---|---|---|\n"
         "| 1 | Đường giao thông xã Tân Lạc | 12.000 | 8.000 | 4.000 |\n")


@pytest.mark.parametrize("head, years", [
    # must match: the parts after a year's column
    ("Kế hoạch năm 2025 | Trong đó: NSTW | Trong đó: NSĐP", [2025, 2025, 2025]),
    ("Năm 2026 | Chia ra: NS tỉnh | Chia ra: NS huyện", [2026, 2026, 2026]),
    # must not: parts of a column with no year have none; columns that are no parts keep their own
    ("Tổng số | Trong đó: NSTW | Trong đó: NSĐP", [None, None, None]),
    ("Kế hoạch năm 2025 | NSTW năm 2026 | NSĐP", [2025, 2026, None]),
])
def test_a_flattened_parts_column_takes_its_wholes_year(head, years):
    from pipeline.process import process
    record = process("plan.md", MONEY.format(head=head).encode()).record.model_dump(mode="json")
    assert [i["year"] for i in record["budget"]["items"]] == years
