"""The layout stage for text (extractors/layout/): wrapped lines, two columns, tables
aligned with spaces, Markdown in any text, layout cells, word-segmented text, page
furniture. Inputs of our own; must-match and must-not-match rows side by side."""

import pytest

from extractors.document import build_document
from extractors.formats import read
from extractors.layout.cells import is_layout_table, layout_table_blocks, split_cell_lines
from extractors.layout.markdown import lone_pipe_rows
from extractors.layout.text import read_text, two_columns, Line, pages_of, _unspaced
from extractors.layout.wrap import broken_word, cell_text
from extractors.tables.budget import extract_budget_tables
from normalizers.text import desegment, is_word_segmented
from tests.conftest import rows


def paragraphs(text: str, markdown: bool = False) -> list[str]:
    blocks, _ = read_text(text, markdown)
    return [b.text for b in blocks if b.kind != "table"]


# 1. Hard-wrapped lines -------------------------------------------------------------

WRAPPED = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Căn cứ Nghị định số 10/2026/NĐ-CP ngày 12 tháng 01 năm 2026 của Chính
phủ về quản lý và sử dụng kinh phí sự nghiệp bảo vệ môi trường trên địa
bàn các tỉnh miền Trung trong giai đoạn 2026-
2030 và các năm tiếp theo của kế hoạch;
Căn cứ Quyết định số 55/QĐ-UBND ngày 03/02/2026 của Ủy ban nhân dân tỉnh.
1. Mục tiêu chung
Nâng cao chất lượng môi trường sống của người dân tại các khu dân cư tập
trung, khu công nghiệp và làng nghề trên địa bàn toàn tỉnh Hà Tĩnh.
Thành phần tham dự gồm có
Ông Trần Văn Long
Bà Lê Thị Mai
"""


def test_wrapped_lines_are_joined():
    got = paragraphs(WRAPPED)
    assert ("Căn cứ Nghị định số 10/2026/NĐ-CP ngày 12 tháng 01 năm 2026 của Chính phủ về quản lý và sử dụng kinh "
            "phí sự nghiệp bảo vệ môi trường trên địa bàn các tỉnh miền Trung trong giai đoạn 2026-2030 và các năm "
            "tiếp theo của kế hoạch;") in got  # a period split at the line end is rejoined without a space
    assert got[2].startswith("Căn cứ Quyết định số 55/QĐ-UBND")  # "Căn cứ" starts a block
    assert "1. Mục tiêu chung" in got  # a numbered heading starts a block
    assert any(p.startswith("Nâng cao chất lượng") and p.endswith("tỉnh Hà Tĩnh.") for p in got)


def test_short_lines_without_punctuation_are_not_joined():
    # a list whose items end without punctuation: each line stops well before the wrap width
    got = paragraphs(WRAPPED)
    assert got[-3:] == ["Thành phần tham dự gồm có", "Ông Trần Văn Long", "Bà Lê Thị Mai"]


def test_one_paragraph_per_line_scrapes_are_never_joined():
    text = "\n".join(f"Dòng số {i} là một đoạn văn bản dài viết liền trên một dòng không xuống dòng giữa chừng nào cả"
                     f"{' thêm chữ' * (i % 7)}" for i in range(30))
    assert len(paragraphs(text)) == 30


def test_markdown_paragraphs_soft_wrapped_between_blank_lines():
    text = ("Căn cứ Nghị quyết số\n45/NQ-HĐND ngày 10/12/2025 của Hội đồng\nnhân dân tỉnh;\n\n"
            "Căn cứ Luật Đầu tư công\nngày 29 tháng 11 năm 2024;\n\n" + "\n\n".join(
                f"Đoạn {i} có nội dung\nviết trên hai dòng." for i in range(5)) + "\n\n**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n")
    got = paragraphs(text, markdown=True)
    assert got[0] == "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;"
    assert got[1] == "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"
    assert got[-2:] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]  # signature lines in capitals stay apart


# 2. Two columns on one line ---------------------------------------------------------

HEADER = """SỞ XÂY DỰNG                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TỈNH HÀ TĨNH                           Độc lập - Tự do - Hạnh phúc
Số: 12/KH-SXD                    Hà Tĩnh, ngày 4 tháng 3 năm 2027

                        KẾ HOẠCH
Tăng cường công tác   phát triển đô thị xanh trên địa bàn tỉnh năm 2027
"""


def test_a_header_set_in_two_columns_is_read_column_by_column():
    got = paragraphs(HEADER)
    assert got[:6] == ["SỞ XÂY DỰNG", "TỈNH HÀ TĨNH", "Số: 12/KH-SXD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 4 tháng 3 năm 2027"]


def test_a_sentence_with_three_spaces_is_not_two_columns():
    got = paragraphs(HEADER)
    assert "Tăng cường công tác phát triển đô thị xanh trên địa bàn tỉnh năm 2027" in [" ".join(p.split()) for p in got]
    lines = [Line(1, "Tăng cường công tác   phát triển đô thị xanh", 1)]
    assert two_columns(lines, 0) is None


@pytest.mark.parametrize("line,splits", [
    ("- Như trên;                         KT. GIÁM ĐỐC", True),
    ("Nơi nhận:                          TM. ỦY BAN NHÂN DÂN", True),
    ("Đà Nẵng, ngày       tháng     năm 2027", False),  # a form's blanks
    ("Số:        /KH-UBND", False),
    ("Kinh phí   thực hiện theo dự toán", False),
])
def test_lone_lines_split_only_at_a_layout_item(line, splits):
    assert (two_columns([Line(1, line, 1)], 0) is not None) == splits


T = "\t"
TAB_HEADER = (f"UBND HUYỆN YÊN THẾ{T}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              f"PHÒNG Y TẾ{T}Độc lập - Tự do - Hạnh phúc\n"
              f"Số: 31/KH-PYT{T}Yên Thế, ngày 2 tháng 10 năm 2026\n"
              "KẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2026\n\n"
              f"Nơi nhận:{T}KT. TRƯỞNG PHÒNG\n"
              f"- UBND huyện (b/c);{T}PHÓ TRƯỞNG PHÒNG\n"
              "- Trạm Y tế các xã;\n"
              f"- Lưu: VT.{T}Đỗ Văn Khải\n")


def test_a_text_file_with_columns_set_by_tabs_is_read_column_by_column():
    """A Word document saved as text: one tab between the columns, whatever the lengths; a
    line with no tab between two tab lines is the left column's."""
    assert paragraphs(TAB_HEADER) == [
        "UBND HUYỆN YÊN THẾ", "PHÒNG Y TẾ", "Số: 31/KH-PYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Yên Thế, ngày 2 tháng 10 năm 2026", "KẾ HOẠCH",
        "Phòng chống sốt xuất huyết năm 2026", "Nơi nhận:", "- UBND huyện (b/c);", "- Trạm Y tế các xã;",
        "- Lưu: VT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Đỗ Văn Khải"]


@pytest.mark.parametrize("lines", [
    [f"1.{T}Tuyên truyền phòng bệnh", f"2.{T}Phun hóa chất diệt muỗi"],  # list labels before a tab
    [f"Nội dung{T}Đơn vị", f"Phun hóa chất{T}Sở Y tế", f"In tờ rơi{T}Sở Văn hóa và Thể thao"],  # a table
    [f"Năm 2026{T}Năm 2027", f"1.200{T}1.350"],
])
def test_tab_lines_without_a_header_or_signature_item_are_no_band(lines):
    assert two_columns([Line(n + 1, t, 1) for n, t in enumerate(lines)], 0) is None


def test_a_word_header_table_is_regrouped_by_column():
    grid = [["ỦY BAN NHÂN DÂN\nHUYỆN CHƯ SÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 7/KH-UBND", "Chư Sê, ngày 5 tháng 2 năm 2026"]]
    assert is_layout_table(grid)
    assert [b.text for b in layout_table_blocks(grid, {})] == [
        "ỦY BAN NHÂN DÂN", "HUYỆN CHƯ SÊ", "Số: 7/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Chư Sê, ngày 5 tháng 2 năm 2026"]


def test_a_task_table_is_data_not_layout():
    grid = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"], ["1", "Rà soát quy hoạch", "Sở Xây dựng", "UBND huyện"]]
    assert not is_layout_table(grid)


# 3. Tables aligned with spaces ------------------------------------------------------

ALIGNED = """PHỤ LỤC
Đơn vị tính: triệu đồng
STT   Nội dung        Tổng cộng   Chia ra
                                  Năm 2026                Năm 2027
                                  Ngân sách   Xã hội      Ngân sách   Xã hội
                                  tỉnh        hóa         tỉnh        hóa
1     Xây dựng        1.500       500         100         700         200
      trường học
      vùng cao
2     Tập huấn        300         100         -           200         -
      giáo viên
      Tổng cộng       1.800       600         100         900         200
Ghi chú: số liệu dự kiến, có thể điều chỉnh theo dự toán được giao hằng năm của tỉnh.
"""


def test_a_space_aligned_table_becomes_a_grid():
    blocks, _ = read_text(ALIGNED)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    grid = tables[0].rows
    assert grid[-3][:3] == ["1", "Xây dựng trường học vùng cao", "1.500"]
    assert grid[-1][1:] == ["Tổng cộng", "1.800", "600", "100", "900", "200"]
    assert any(row[3] == "Năm 2026" for row in grid[:3]) and any(row[3].startswith("Ngân sách tỉnh") for row in grid[:3])
    after = [b.text for b in blocks if b.kind != "table"]
    assert after[-1].startswith("Ghi chú")  # prose after the table stays prose


def test_a_space_aligned_table_gives_budget_items_that_add_up():
    doc = build_document(read(ALIGNED.encode(), "plan.txt"))
    items = extract_budget_tables(doc, {}, [])["items"]
    got = {(i["row_code"] or i["row_label"], i["year"], i["source"]): (i["amount_vnd"], i["flags"]) for i in items}
    assert got[("1", 2026, "local")] == (500_000_000, [])
    assert got[("1", 2027, "mobilized")] == (200_000_000, [])
    assert got[("Tổng cộng", None, "total")] == (1_800_000_000, [])
    assert ("2", 2026, "mobilized") not in got  # "-" is no amount
    text = doc.text
    for i in items:
        assert i["raw"] in text[i["span"]["start"]:i["span"]["end"]]


def test_prose_with_numbers_is_not_a_table():
    text = ("Năm 2025 toàn tỉnh có 1.250 hộ nghèo, giảm 320 hộ so với năm 2024 và 15 xã đạt chuẩn.\n"
            "Năm 2026 phấn đấu giảm thêm 300 hộ nghèo, 20 xã đạt chuẩn nông thôn mới nâng cao.\n")
    blocks, _ = read_text(text)
    assert not any(b.kind == "table" for b in blocks)


# 4. Markdown inside .txt --------------------------------------------------------------

def test_a_pipe_table_with_a_rule_in_a_txt_file():
    text = "Bảng kinh phí\n| TT | Nội dung | Kinh phí |\n|---|---|---|\n| 1 | **Hội thảo** | 50 |\n| 2 | Tập huấn | 70 |\n"
    blocks, _ = read_text(text)
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and tables[0].rows == [["TT", "Nội dung", "Kinh phí"], ["1", "Hội thảo", "50"], ["2", "Tập huấn", "70"]]


@pytest.mark.parametrize("text,want", [
    # no outer pipes (html2text's tables): a row that opens with a pipe has an empty first cell
    ("Khoản chi | Năm 2027 | Năm 2028\n---|---|---\nHội nghị | 40 | 45\n| 10 | 12\nĐoàn công tác | 30 |\n",
     [["Khoản chi", "Năm 2027", "Năm 2028"], ["Hội nghị", "40", "45"], ["", "10", "12"], ["Đoàn công tác", "30"]]),
])
def test_a_pipe_table_without_outer_pipes(text, want):
    for markdown in (False, True):
        blocks, _ = read_text(text + "\nMột đoạn văn sau bảng.\n", markdown)
        assert [b.kind for b in blocks] == ["table", "paragraph"]
        assert blocks[0].rows == want


def test_a_signature_table_without_outer_pipes_is_read_column_by_column():
    text = "**Nơi nhận:** | **TM. ỦY BAN NHÂN DÂN**\n:--|:--:\n- Sở Y tế; | **CHỦ TỊCH**\n| **Lò Văn Hải**\n\nHết.\n"
    assert paragraphs(text, markdown=True) == ["Nơi nhận:", "- Sở Y tế;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                                               "Lò Văn Hải", "Hết."]


def test_a_line_with_a_pipe_over_a_plain_rule_is_not_a_table():
    # a sentence with a pipe over a dash line with no pipe (a setext heading, a separator)
    blocks, _ = read_text("Tổng hợp | ghi chú cuối năm\n-----\nĐoạn tiếp theo.\n")
    assert all(b.kind != "table" for b in blocks)


def test_pipes_without_a_rule_in_a_txt_file_are_text():
    blocks, _ = read_text("Cột A | cột B | cột C\n")
    assert [b.kind for b in blocks] == ["paragraph"]


def test_emphasis_is_dropped_in_text():
    assert paragraphs("**I. MỤC TIÊU**\n*Căn cứ Luật số 5/2024/QH15;*\nGhi chú (*) là số ước tính\n") == [
        "I. MỤC TIÊU", "Căn cứ Luật số 5/2024/QH15;", "Ghi chú (*) là số ước tính"]


def test_a_pipe_table_whose_cells_span_lines():
    lines = ["|", "**STT**", "|", "**Nội dung**", "|", "**Năm 2026**", "|", "**Năm 2027**", "|",
             "|", "1", "|", "Trường", "mầm non", "|", "120", "|", "80", "|",
             "|", "|", "- Xây mới", "|", "100", "|", "|"]
    assert lone_pipe_rows(lines) == [["STT", "Nội dung", "Năm 2026", "Năm 2027"], ["1", "Trường\nmầm non", "120", "80"],
                                     ["", "- Xây mới", "100", ""]]


def test_a_lone_pipe_header_keeps_its_rows_as_listed_and_the_table_model_spreads_them():
    lines = ["|", "STT", "|", "Nội dung", "|", "Năm hiện hành 2026", "|", "Dự kiến năm 2027", "|",
             "|", "Dự toán", "|", "Ước thực hiện", "|",
             "|", "1", "|", "Thu nội địa", "|", "900", "|", "950", "|", "1.000", "|",
             "|", "2", "|", "Thu phí", "|", "100", "|", "110", "|", "120", "|"]
    rows = lone_pipe_rows(lines)
    assert rows[:2] == [["STT", "Nội dung", "Năm hiện hành 2026", "Dự kiến năm 2027"], ["Dự toán", "Ước thực hiện"]]
    md = "BIỂU DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC\n\nĐVT: triệu đồng\n\n" + "\n".join(lines) + "\n"
    doc = build_document(read(md.encode(), "plan.md"))
    items = extract_budget_tables(doc, {}, [])["items"]
    got = {(i["row_code"], i["raw"]): i["year"] for i in items}
    assert got[("1", "900")] == 2026 and got[("1", "950")] == 2026 and got[("1", "1.000")] == 2027


def test_text_before_the_first_pipe_is_not_a_lone_pipe_table():
    assert lone_pipe_rows(["Một dòng", "|", "a", "|"]) is None


# 5. Layout cells holding several lines ------------------------------------------------

@pytest.mark.parametrize("cell,lines", [
    ("Nơi nhận: - Sở Y tế; - UBND các huyện; (để t/h) - Lưu: VT.", ["Nơi nhận:", "- Sở Y tế;", "- UBND các huyện; (để t/h)", "- Lưu: VT."]),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Thị Hoa", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hoa"]),
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hoàng Văn Sơn", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Sơn"]),
    ("PHÓ CHỦ TỊCH THƯỜNG TRỰC Đỗ Minh Tuấn", ["PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Đỗ Minh Tuấn"]),
    # a signed mark between the title and the name is a line of its own
    ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG (Đã ký) Lò Văn Thắm", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Lò Văn Thắm"]),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Ký, ghi rõ họ tên) Trần Thu Hà",
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Ký, ghi rõ họ tên)", "Trần Thu Hà"]),
    # must not split
    ("Số, ký hiệu văn bản (Ký hiệu: KH-UBND)", ["Số, ký hiệu văn bản (Ký hiệu: KH-UBND)"]),
    ("Ủy ban nhân dân tỉnh Hà Giang", ["Ủy ban nhân dân tỉnh Hà Giang"]),
    ("Phối hợp với Sở Kế hoạch và Đầu tư - Sở Tài chính", ["Phối hợp với Sở Kế hoạch và Đầu tư - Sở Tài chính"]),
])
def test_a_flattened_layout_cell_is_split_at_its_line_starts(cell, lines):
    assert split_cell_lines(cell) == lines


def test_a_flattened_signature_table_gives_recipients_and_signer():
    from pipeline.process import process
    md = ("**ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN**\n\n**KẾ HOẠCH**\n\nTrồng cây xanh năm 2026\n\nI. MỤC ĐÍCH\n\nPhủ xanh đô thị.\n\n"
          "| Nơi nhận: - Sở Y tế; - UBND các huyện; (để t/h) - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Thị Hoa |\n")
    record = process("plan.md", md.encode()).record
    assert record.recipients == ["Sở Y tế", "UBND các huyện", "Lưu: VT"]
    assert (record.signer.name, record.signer.title) == ("Lê Thị Hoa", "Phó Giám đốc")


# 6. Word-segmented text ----------------------------------------------------------------

@pytest.mark.parametrize("case", rows("desegment.csv"), ids=lambda c: c["segmented"][:30])
def test_desegment(case):
    assert desegment(case["segmented"]) == case["text"]


@pytest.mark.parametrize("case", rows("word_segmented.csv"), ids=lambda c: c["text"][:30])
def test_word_segmented_is_detected(case):
    assert is_word_segmented(case["text"] * 3) == (case["segmented"] == "yes")


def test_a_word_segmented_file_is_read_as_text_and_says_so():
    from pipeline.process import process
    text = ("Ủy_ban_nhân_dân tỉnh Bắc_Kạn\nSố : 15 / KH-UBND\nBắc_Kạn , ngày 10 tháng 3 năm 2026\nKẾ_HOẠCH\n"
            "Phát_triển chè năm 2026\nCăn_cứ Quyết_định số 88 / QĐ-TTg ngày 2/1/2026 của Thủ_tướng Chính_phủ ;\n"
            "1 . Sở Nông_nghiệp chủ_trì , phối_hợp với Sở Tài_chính triển_khai thực_hiện .\n")
    out = process("plan.txt", text.encode())
    record, written = out.record, out.text
    assert record.number == "15/KH-UBND" and record.place == "Bắc Kạn" and str(record.issued_date) == "2026-03-10"
    assert record.legal_bases[0].number == "88/QĐ-TTg"
    assert "text.word_segmented" in {q.code for q in record.quality.issues}
    assert "_" not in written and " ," not in written
    for b in record.legal_bases:  # spans point into the text that is written out
        assert b.number.split("/")[0] in written[b.span.start:b.span.end]



def test_a_word_segmented_markdown_scrape_keeps_its_header_table():
    # a tokenizer spaced the scrape's Markdown apart: "<_br >", "| : --- : |", "\\ *"
    from pipeline.process import process
    text = ("| ỦY_BAN NHÂN_DÂN <_br > HUYỆN PHÚ_TÂN <_br > \\ * | * * CỘNG_HÒA XÃ_HỘI_CHỦ_NGHĨA VIỆT_NAM * * |\n"
            "| : --- : | : --- : |\n| Số : 71 / KH-UBND | * Phú_Tân , ngày 02 tháng 4 năm 2026 * |\n\n"
            "* * KẾ_HOẠCH * *\n\nPhát_triển giao_thông nông_thôn năm 2026\n\n"
            "Căn_cứ Quyết_định số 12 / QĐ-UBND ngày 5/1/2026 của Ủy_ban_nhân_dân tỉnh An_Giang ;\n\n"
            "| Nơi nhận : <_br > - UBND tỉnh ; <_br > - Lưu : VT. |_KT. CHỦ_TỊCH <_br > PHÓ CHỦ_TỊCH <_br > <_br > Trần_Văn_Bảy |\n"
            "| --- | --- |\n")
    record = process("plan.md", text.encode()).record
    assert record.issuer.name == "Ủy ban nhân dân huyện Phú Tân" and record.number == "71/KH-UBND"
    assert record.signer.name == "Trần Văn Bảy" and record.signer.title == "Phó Chủ tịch"
    assert "Lưu: VT" in record.recipients and not any("br" in r for r in record.recipients)

# 7. Page furniture ----------------------------------------------------------------------

def test_page_markers_running_headers_and_page_numbers_are_dropped():
    bodies = ["Mục tiêu chung của kế hoạch.", "Các nhiệm vụ trọng tâm.", "Kinh phí thực hiện.", "Tổ chức thực hiện."]
    page = "Kế hoạch phát triển du lịch tỉnh Lào Cai\n{n}\n{body}\n"
    text = "\f".join(page.format(n=n, body=b) for n, b in enumerate(bodies, start=1)) + "===== Trang 5 =====\nTrang cuối.\n"
    assert paragraphs(text) == bodies + ["Trang cuối."]


def test_a_lone_number_inside_a_single_page_is_kept():
    got = paragraphs("TT\n\n1\n\nHội thảo\n\n120\n")
    assert got == ["TT", "1", "Hội thảo", "120"]


# 9. Words broken at the edge of a narrow table cell ----------------------------------

@pytest.mark.parametrize("prev,nxt,broken", [
    ("Kiểm tra, lấy mẫu phân tí", "ch", True),  # a final consonant cluster on the next line
    ("Tập huấn kỹ thuật chă", "n nuôi", True),
    ("Xây dựng đườn", "g giao thông", True),  # the final "ng" split in two
    ("ST", "T", True),  # a header abbreviation in capitals, no vowel on either side
    ("CÔNG TRÌN", "H", True),
    ("Hỗ trợ ngh", "iên cứu", True),  # an initial cluster alone
    # must not join
    ("Sở Y", "tế huyện", False),  # two syllables
    ("Chiều dài 12", "km đường", False),  # a unit after a number
    ("Nạo vét kênh", "mương", False),
    ("Ủy ban nhân dân", "TP Vinh", False),  # lower case then capitals
    ("UBND", "TX", False),  # two abbreviations: too long to be one
    ("Trường mầm non các", "m", False),  # "cm" is no final: not "cácm"
    ("Năm 2026 -", "2028", False),
])
def test_a_word_broken_at_a_cell_edge(prev, nxt, broken):
    assert broken_word(prev, nxt) is broken


def test_cell_text_joins_a_cells_lines():
    assert cell_text("Kiểm tra, lấy mẫu phân tí\nch nguồn nước") == "Kiểm tra, lấy mẫu phân tích nguồn nước"
    assert cell_text("ST\nT") == "STT"
    assert cell_text("Giai đoạn 2026-\n2030") == "Giai đoạn 2026-2030"
    assert cell_text("Sở Y\ntế huyện") == "Sở Y tế huyện"


NARROW = """                                   Đơn vị tính: triệu đồng
ST     Nội      Tổng       Năm 2027        Năm 2028
 T    dung      cộng    Ngân     Xã     Ngân     Xã
                         sách    hội     sách    hội
                        tỉnh     hóa    tỉnh     hóa
1     Nạo       2.300     800     300     900     300
      vét
      kênh
2     Phân        610     200      -      410      -
      tí
      ch
      nước
      Cộng      2.910   1.000     300   1.310     300
"""


def test_a_narrow_code_column_heading_broken_in_two_is_the_code_column():
    doc = build_document(read(NARROW.encode(), "plan.txt"))
    table = next(b for b in read(NARROW.encode(), "plan.txt").blocks if b.kind == "table")
    assert table.rows[0][:3] == ["STT", "Nội dung", "Tổng cộng"]
    assert table.rows[-2][:3] == ["2", "Phân tích nước", "610"]
    items = extract_budget_tables(doc, {}, [])["items"]
    got = {(i["row_code"], i["year"], i["source"]): i["amount_vnd"] for i in items if not i["flags"]}
    assert got[("1", 2027, "local")] == 800_000_000 and got[("2", 2028, "local")] == 410_000_000
    assert {i["row_code"] for i in items} == {"1", "2", None}  # the codes stay codes, no amount column of them


# 10. Hard wraps measured on the prose, blank-line blocks of pdftotext, glued rules ----

PROSE_AND_TABLE = """Căn cứ Nghị quyết số 18/NQ-HĐND ngày 05/7/2026 của Hội đồng nhân dân
tỉnh Gia Lai về phát triển cà phê bền vững trên địa bàn các huyện phía
Tây giai đoạn 2026 - 2030;
Căn cứ Quyết định số 250/QĐ-TTg ngày 14/3/2025 của Thủ tướng
Chính phủ phê duyệt Chương trình phát triển cây công nghiệp chủ lực;
1. Mục tiêu chung
Nâng cao giá trị cà phê của tỉnh, bảo đảm sinh kế bền vững cho nông
dân các huyện phía Tây và đồng bào dân tộc thiểu số tại chỗ.
2. Mục tiêu cụ thể
- Đến năm 2030, diện tích cà phê được tái canh đạt 12.000 ha trên địa
bàn tỉnh, trong đó có 3.500 ha được chứng nhận bền vững.
Ghi chú về đơn vị thực hiện các nội dung
Sở Nông nghiệp và Môi trường chủ trì.
STT   Nội dung                                          Tổng cộng     Năm 2026      Năm 2027      Năm 2028
1     Tái canh cà phê tại các huyện phía Tây tỉnh           4.500         1.500         1.500         1.500
2     Tập huấn kỹ thuật cho nông hộ trồng cà phê              900           300           300           300
      Cộng                                                  5.400         1.800         1.800         1.800
"""


def test_the_wrap_width_is_measured_on_prose_not_on_table_rows():
    got = paragraphs(PROSE_AND_TABLE)
    # a full line then a line in capitals: a proper name wrapped
    assert ("Căn cứ Quyết định số 250/QĐ-TTg ngày 14/3/2025 của Thủ tướng Chính phủ phê duyệt Chương trình phát "
            "triển cây công nghiệp chủ lực;") in got
    assert got[0].endswith("giai đoạn 2026 - 2030;")
    assert "Nâng cao giá trị cà phê của tỉnh, bảo đảm sinh kế bền vững cho nông dân các huyện phía Tây và đồng " \
           "bào dân tộc thiểu số tại chỗ." in got
    # must not join: a short line with no stop before a line in capitals, a heading
    assert "Ghi chú về đơn vị thực hiện các nội dung" in got and "Sở Nông nghiệp và Môi trường chủ trì." in got
    assert "1. Mục tiêu chung" in got and "2. Mục tiêu cụ thể" in got


PDFTOTEXT_BLOCKS = """III. KINH PHÍ
Tổng kinh phí thực hiện là 2.150 triệu đồng, trong đó năm 2026 là 1.000
triệu đồng, năm 2027 là 1.150 triệu đồng.
Chi tiết dự toán như sau:
1. Mục tiêu chung
Phát triển mạng lưới thư viện cơ sở, nâng cao văn hóa đọc cho người dân
ở các xã miền núi của tỉnh.

(định mức
15 triệu
đồng/thư
viện/n
ăm)

Nội dung
hoạt
động

Các đơn vị triển khai thực hiện kế hoạch theo đúng tiến độ được giao và
báo cáo kết quả về Sở Văn hóa trước ngày 15 tháng 12 hằng năm để tổng
hợp.

Đây là đoạn văn bản thứ năm có nhiều dòng được ngắt theo chiều rộng
của trang giấy khi xuất ra bằng công cụ chuyển đổi văn bản sang chữ.

Đây là đoạn văn bản thứ sáu có nhiều dòng được ngắt theo chiều rộng
của trang giấy khi xuất ra bằng công cụ chuyển đổi văn bản sang chữ.

Kết thúc.
"""


def test_pdftotext_blocks_hold_several_paragraphs():
    got = paragraphs(PDFTOTEXT_BLOCKS)
    assert "Tổng kinh phí thực hiện là 2.150 triệu đồng, trong đó năm 2026 là 1.000 triệu đồng, năm 2027 là " \
           "1.150 triệu đồng." in got
    # a sentence that ends short of the width ends its paragraph, in the same block
    assert "Chi tiết dự toán như sau:" in got
    assert "1. Mục tiêu chung" in got and any(p.startswith("Phát triển mạng lưới thư viện") for p in got)
    # a narrow table cell's lines run on in lower case (a word broken at its edge is whole)
    assert "(định mức" in got and "15 triệu đồng/thư viện/năm)" in got
    assert "Nội dung hoạt động" in got


@pytest.mark.parametrize("line,first,second", [
    ("------Số: 31/KH-UBND", "------", "Số: 31/KH-UBND"),
    ("=======Lâm Đồng, ngày 2 tháng 5 năm 2026", "=======", "Lâm Đồng, ngày 2 tháng 5 năm 2026"),
])
def test_a_rule_glued_to_the_next_line_is_a_line_of_its_own(line, first, second):
    assert paragraphs(f"ỦY BAN NHÂN DÂN\n{line}\n") == ["ỦY BAN NHÂN DÂN", first, second]


@pytest.mark.parametrize("line", ["-------", "--- Ghi chú ---", "----- 2026", "---a", "Số: 31/KH-UBND ------"])
def test_a_rule_alone_short_or_before_a_number_is_not_cut(line):
    assert [ln.text for page in pages_of(f"{line}\n") for ln in page if not ln.blank] == [line]


def test_a_glued_rule_does_not_hide_the_number_from_the_header():
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n------Số: 31/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------Lâm Đồng, ngày 2 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển du lịch nông thôn năm 2026\n")
    record = process("plan.txt", text.encode()).record
    assert (record.number, record.place, str(record.issued_date)) == ("31/KH-UBND", "Lâm Đồng", "2026-05-02")


# 11. A signature beside "Nơi nhận" whose recipients are longer than its first lines ----

SIGNATURE = """Các đơn vị báo cáo kết quả về Sở Công Thương trước ngày 20 tháng 11./.
Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN
- Bộ Công Thương (b/c);                        KT. CHỦ TỊCH
- Thường trực Tỉnh ủy, HĐND tỉnh (b/c);
                                               PHÓ CHỦ TỊCH
- Các sở, ban, ngành thuộc tỉnh;
- UBND các huyện, thị xã, thành phố;           Đinh Quang Vũ
- Lưu: VT, KTN.
\f                                                        PHỤ LỤC
                 DANH MỤC CÁC CỤM CÔNG NGHIỆP ĐẦU TƯ GIAI ĐOẠN 2026 - 2030
"""


def test_a_signature_band_holds_recipients_longer_than_its_first_lines():
    got = paragraphs(SIGNATURE)
    start = got.index("Nơi nhận:")
    assert got[start:start + 10] == [
        "Nơi nhận:", "- Bộ Công Thương (b/c);", "- Thường trực Tỉnh ủy, HĐND tỉnh (b/c);",
        "- Các sở, ban, ngành thuộc tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KTN.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Quang Vũ"]
    assert got[start + 10] == "PHỤ LỤC"  # the next page's title is not the signer's name


def test_a_signature_band_gives_the_signer_and_recipients():
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 77/KH-UBND\n\nKẾ HOẠCH\nPhát triển cụm công nghiệp năm 2026\n\n"
            "I. MỤC TIÊU\nThu hút đầu tư vào các cụm công nghiệp.\n" + SIGNATURE)
    record = process("plan.txt", text.encode()).record
    assert (record.signer.name, record.signer.title) == ("Đinh Quang Vũ", "Phó Chủ tịch")
    assert record.recipients[-2:] == ["UBND các huyện, thị xã, thành phố", "Lưu: VT, KTN"]


# 12. An amount at a line's start is not an outline number -----------------------------

@pytest.mark.parametrize("line,starts", [
    ("2.1 Nâng cấp hạ tầng", True),
    ("3.2.1. Hỗ trợ đào tạo", True),
    ("12. Tổ chức thực hiện", True),
    ("9.440 triệu đồng (chi tiết tại Phụ lục).", False),  # an amount wrapped to a new line
    ("1.250 hộ nghèo được hỗ trợ vay vốn.", False),
    ("2.100. Trường hợp khác", False),
])
def test_an_amount_is_not_an_outline_number(line, starts):
    from extractors.layout.wrap import STARTS_BLOCK
    assert bool(STARTS_BLOCK.match(line)) is starts


def test_a_wrapped_amount_goes_on_its_sentence():
    text = ("Tổng kinh phí thực hiện là 12.300 triệu đồng, trong đó ngân sách tỉnh\n"
            "9.440 triệu đồng; vốn huy động hợp pháp khác là 2.860 triệu đồng.\n")
    lines = text * 6  # enough prose to show its wrap width
    got = paragraphs(lines + "Các đơn vị có liên quan triển khai thực hiện nghiêm túc kế hoạch này nhé\n"
                     "và báo cáo kết quả.\n" * 3)
    assert got[0] == ("Tổng kinh phí thực hiện là 12.300 triệu đồng, trong đó ngân sách tỉnh 9.440 triệu đồng; "
                      "vốn huy động hợp pháp khác là 2.860 triệu đồng.")


def test_a_signature_band_goes_on_over_a_page_break_in_two_columns():
    text = ("Nơi nhận:\n- Bộ Nội vụ (b/c);                              TM. ỦY BAN NHÂN DÂN\n"
            "- Sở Tài chính;                                      KT. CHỦ TỊCH\n"
            "                                                     PHÓ CHỦ TỊCH\n"
            "\f- UBND các huyện, thành phố;                          Lò Văn Hùng\n- Lưu: VT.\n")
    assert paragraphs(text) == ["Nơi nhận:", "- Bộ Nội vụ (b/c);", "- Sở Tài chính;", "- UBND các huyện, thành phố;",
                                "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Hùng"]


# 13. A hyphenated name wrapped with its dash first ---------------------------------------

DASH_WRAPS = """Ủy ban nhân dân huyện ban hành kế hoạch chăm sóc người cao tuổi giai đoạn
2026 - 2030 nhằm bảo đảm mọi người cao tuổi được chăm sóc sức khỏe ban đầu,
được tiếp cận các dịch vụ xã hội cơ bản và được phát huy vai trò của mình
trong cộng đồng dân cư, góp phần xây dựng gia đình hạnh phúc, bền vững.
a) Nội dung: tổ chức các lớp tập huấn nâng cao năng lực cho cán bộ làm công tác
gia đình ở cơ sở, trong đó ưu tiên các xã vùng sâu và vùng xa của huyện.
b) Cơ quan phối hợp: Phòng Văn hóa, các xã, thị trấn và các tổ chức Chính trị
- Xã hội của huyện.
c) Các nội dung cần triển khai ngay trong năm đầu của kế hoạch gồm có:
- Rà soát hộ gia đình có người cao tuổi sống một mình ở các thôn đặc biệt
- Xây dựng mạng lưới tình nguyện viên chăm sóc người cao tuổi tại cộng đồng
- Tổ chức khám sức khỏe định kỳ cho người cao tuổi.
"""


def test_a_dash_led_wrap_continues_a_full_line():
    got = paragraphs(DASH_WRAPS)
    assert "b) Cơ quan phối hợp: Phòng Văn hóa, các xã, thị trấn và các tổ chức Chính trị - Xã hội của huyện." in got
    # must not join: dash items of a list, however long, that end without punctuation
    assert got[-3:] == ["- Rà soát hộ gia đình có người cao tuổi sống một mình ở các thôn đặc biệt",
                        "- Xây dựng mạng lưới tình nguyện viên chăm sóc người cao tuổi tại cộng đồng",
                        "- Tổ chức khám sức khỏe định kỳ cho người cao tuổi."]


CENTRED_GROUPS = """                                                   Đơn vị tính: triệu đồng
TT       Nội dung          Tổng         Năm 2026               Năm 2027
                           cộng     NS tỉnh  Xã hội        NS tỉnh  Xã hội
                                              hóa                     hóa
 1   Trồng rừng phòng hộ   6.100    1.900    1.200          1.800    1.200
 2   Khoanh nuôi tái sinh    700       300      -           400         -
     Cộng                  6.800    2.200    1.200          2.200    1.200
"""


def test_a_group_header_centred_over_its_columns_starts_at_the_first():
    table = next(b for b in read(CENTRED_GROUPS.encode(), "plan.txt").blocks if b.kind == "table")
    assert table.rows[0][3:] == ["Năm 2026", "Năm 2026", "Năm 2027", "Năm 2027"]
    assert table.rows[1][3:] == ["NS tỉnh", "Xã hội hóa", "NS tỉnh", "Xã hội hóa"]
    # must not: a leaf cell whose centre lies between two columns is no group
    assert table.rows[1][2] == "Tổng cộng"
    doc = build_document(read(CENTRED_GROUPS.encode(), "plan.txt"))
    items = extract_budget_tables(doc, {}, [])["items"]
    got = {(i["row_code"], i["year"], i["source"]): i["amount_vnd"] for i in items}
    assert got[("1", 2027, "mobilized")] == 1_200_000_000
    assert [(i["year"], i["amount_vnd"]) for i in items if i["row_code"] == "2"] == [
        (None, 700_000_000), (2026, 300_000_000), (2027, 400_000_000)]


# 14. A task table aligned with spaces (no numbers to find its columns by) ---------------

TASKS = """Phân công nhiệm vụ cụ thể như sau:
STT     Nội dung nhiệm vụ        Đơn vị chủ      Đơn vị phối     Thời gian
\f                                    trì              hợp           hoàn thành
 1    Khảo sát hiện trạng        Sở Giao thông    Công an tỉnh     Quý I/2027
      các tuyến đường tỉnh       vận tải
 2    Lắp đặt camera giám        Công an tỉnh     Sở Thông tin       Năm 2027
      sát tại nút giao                            và Truyền thông
III. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách tỉnh được bố trí trong dự toán hằng năm.
"""


def test_a_task_table_aligned_with_spaces_becomes_a_grid():
    blocks, _ = read_text(TASKS)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows == [
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Khảo sát hiện trạng các tuyến đường tỉnh", "Sở Giao thông vận tải", "Công an tỉnh", "Quý I/2027"],
        ["2", "Lắp đặt camera giám sát tại nút giao", "Công an tỉnh", "Sở Thông tin và Truyền thông", "Năm 2027"]]
    # must not: the heading and the prose after the table stay text
    assert [b.text for b in blocks if b.kind != "table"][-2:] == [
        "III. KINH PHÍ", "Kinh phí thực hiện từ nguồn ngân sách tỉnh được bố trí trong dự toán hằng năm."]


def test_column_headings_over_prose_are_not_a_table():
    text = ("STT     Nội dung         Đơn vị thực hiện\n"
            "Các nội dung dưới đây được các đơn vị triển khai theo đúng tiến độ của kế hoạch.\n")
    blocks, _ = read_text(text)
    assert not any(b.kind == "table" for b in blocks)


# 15. A signature interleaved with the recipients (plain pdftotext) ----------------------

def test_a_signature_interleaved_with_the_recipients_keeps_its_authority():
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 64/KH-UBND\n\nKẾ HOẠCH\nPhát triển thủy sản năm 2026\n\n"
            "I. MỤC TIÊU\nNâng cao giá trị thủy sản.\n"
            "Nơi nhận:\n- Bộ Nông nghiệp và Môi trường;\n\nTM. ỦY BAN NHÂN DÂN\n\n- Thường trực Tỉnh ủy;\n\n"
            "KT. CHỦ TỊCH\n\n- Các sở, ngành tỉnh;\n\nPHÓ CHỦ TỊCH\n\n- Lưu: VT.\n\nThạch Văn Sang\n")
    record = process("plan.txt", text.encode()).record
    assert record.signer.authority == ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]
    assert (record.signer.name, record.signer.title) == ("Thạch Văn Sang", "Phó Chủ tịch")
    assert record.recipients == ["Bộ Nông nghiệp và Môi trường", "Thường trực Tỉnh ủy", "Các sở, ngành tỉnh", "Lưu: VT"]


def test_recipients_above_an_authority_are_not_passed_without_one_between():
    from pipeline.process import process
    # must not: the title's authority is only the TM. line right above it, not a KT. line
    # that belongs to nothing (a recipient line with no authority above it ends the walk)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 65/KH-UBND\n\nKẾ HOẠCH\nPhát triển thủy sản năm 2026\n\n"
            "Nơi nhận:\n- Bộ Nông nghiệp và Môi trường;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nThạch Văn Sang\n")
    record = process("plan.txt", text.encode()).record
    assert record.signer.authority == ["TM. Ủy ban nhân dân"]


@pytest.mark.parametrize("line,read", [
    ("Phát triển thủy sản năm 2026 2027", "Phát triển thủy sản năm 2026 - 2027"),
    ("KẾ HOẠCH PHÁT TRIỂN GIAI ĐOẠN 20212025 CỦA TỈNH", "KẾ HOẠCH PHÁT TRIỂN GIAI ĐOẠN 2021-2025 CỦA TỈNH"),
    ("giai đoạn 2026 2030;", "giai đoạn 2026 - 2030;"),
    # must not: years out of order or too far apart, a year then a count, a range already whole
    ("năm 2026 2021", "năm 2026 2021"),
    ("năm 1990 2045", "năm 1990 2045"),
    ("năm 2026 2.500 hộ", "năm 2026 2.500 hộ"),
    ("giai đoạn 2026 - 2030", "giai đoạn 2026 - 2030"),
    ("mã số 20262030", "mã số 20262030"),
])
def test_a_year_range_that_lost_its_dash(line, read):
    assert paragraphs(line + "\n") == [read]


# 16. What a word tokenizer spaced apart beyond words and punctuation -------------------

@pytest.mark.parametrize("segmented,original", [
    ("* c ) Cơ_quan phối_hợp : * Sở Y_tế .", "*c) Cơ quan phối hợp:* Sở Y tế."),  # emphasis paired again
    ("* * b ) Đơn_vị chủ_trì : * * Sở Tài_chính .", "**b) Đơn vị chủ trì:** Sở Tài chính."),
    ("- Lưu VT , NV . * hn *", "- Lưu VT, NV. *hn*"),
    ("- Giảm 2 % hộ nghèo ( * số_liệu năm 2025 * ) .", "- Giảm 2% hộ nghèo (*số liệu năm 2025*)."),
    ("Tổng kinh_phí 900 triệu đồng ( nguồn tỉnh ) 12 . Thực_hiện ngay .",
     "Tổng kinh phí 900 triệu đồng (nguồn tỉnh)12. Thực hiện ngay."),  # a footnote mark after a bracket
    ("Ngân_sách tỉnh : 2 O . 500 triệu đồng .", "Ngân sách tỉnh: 2O.500 triệu đồng."),  # a number cut at an OCR letter
    # must not: a bullet star, a "(*)" mark, a count after a bracket in a sentence, a letter and a number
    ("* Mục_tiêu chung của kế_hoạch", "* Mục tiêu chung của kế hoạch"),
    ("Ghi_chú ( * ) là số_liệu ước_tính .", "Ghi chú (*) là số liệu ước tính."),
    ("Xã Ia_Tô ( huyện Ia_Grai ) 12 hộ nghèo .", "Xã Ia Tô (huyện Ia Grai) 12 hộ nghèo."),
    ("Phương_án I . 250 hộ được hỗ_trợ .", "Phương án I. 250 hộ được hỗ trợ."),
])
def test_a_tokenizers_spaces_are_taken_out(segmented, original):
    """The segmented line reads as the original line does (Markdown emphasis and all)."""
    filler = ["Kế_hoạch phát_triển kinh_tế , xã_hội của tỉnh ; các sở , ngành ."] * 4
    got = paragraphs("\n".join([segmented] + filler), markdown=True)
    assert got[0] == paragraphs(original, markdown=True)[0]
    assert _unspaced(desegment(segmented)) == original


def test_a_long_text_whose_lines_all_have_a_wide_gap_loses_no_word():
    # the band search is bounded (so this stays linear); whatever bands it finds, no word is lost or added
    from collections import Counter
    lines = [f"Dòng số {i} có nội dung{' ' * (6 + i % 5)}và một khoảng cách mục {i % 37}." for i in range(1500)]
    texts = paragraphs("\n".join(lines))
    assert Counter(" ".join(texts).split()) == Counter(" ".join(lines).split())
    assert texts[0].startswith("Dòng số 0 có nội dung")


@pytest.mark.parametrize("rows, layout", [
    # data: a two-column indicator table (a column of two or more figures)
    ([["Chỉ tiêu", "Kế hoạch năm 2026"], ["Tỷ lệ trạm y tế xã có bác sĩ", "95%"],
      ["Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "90%"]], False),
    ([["Nội dung", "Kinh phí (triệu đồng)"], ["Tập huấn", "1.200"], ["Kiểm tra", "300"]], False),
    # layout: a header, a signature, a numbered list of bodies (figures only in the first column)
    ([["ỦY BAN NHÂN DÂN TỈNH HẬU GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 71/KH-UBND", "Hậu Giang, ngày 05 tháng 01 năm 2026"]], True),
    ([["Nơi nhận:\n- Bộ Y tế;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Huyến"]], True),
    ([["1", "Sở Y tế"], ["2", "Sở Tài chính"], ["3", "Sở Nội vụ"]], True),
    ([["Hậu Giang, ngày 05/01/2026", ""], ["", "Số: 71"]], True),
])
def test_a_column_of_figures_makes_a_table_data(rows, layout):
    assert is_layout_table(rows) is layout


BAND = ["ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HUYỆN CHƯ PĂH                    Độc lập - Tự do - Hạnh phúc",
        "Số: 41/KH-UBND                   Chư Păh, ngày 3 tháng 2 năm 2026"]


@pytest.mark.parametrize("after, in_band", [
    # must stay in the left column: the rest of the left column under the band
    ("V/v rà soát hộ nghèo", True),
    ("-------", True),
    # must end the band: the type line, a heading, the body's first words, written at column 0
    ("KẾ HOẠCH", False),
    ("QUYẾT ĐỊNH", False),
    ("KẾ HOẠCH HÀNH ĐỘNG", False),
    ("I. MỤC TIÊU", False),
    ("1. Mục đích", False),
    ("Căn cứ Luật Ngân sách", False),
])
def test_a_line_under_a_header_band_at_column_0(after, in_band):
    lines = [Line(n + 1, t, 1) for n, t in enumerate(BAND + [after])]
    end, left, right = two_columns(lines, 0)
    assert (end == 4) is in_band
    assert (left[-1].text == after) is in_band


# A pdftotext -layout task table whose task cells wrap at the task column's left edge (right
# of the code column), with a two-line heading set around the one-line headings beside it

LAYOUT_TASKS = """     II. NHIỆM VỤ
{above} STT        Nhiệm vụ                     Cơ quan chủ trì      Cơ quan phối hợp     {head}
  1   Rà soát quy hoạch mạng lưới      Sở Xây dựng          Sở Tài chính, Sở      Quý III/2026
      bến xe khách liên tỉnh                                Nông nghiệp và Môi
                                                            trường
  2   Lắp đặt biển báo thông minh      Công an tỉnh         Ủy ban nhân dân các   Năm 2026
      tại các nút giao                                      xã, phường
{after}"""
_THEN = "                                                                                  Thời gian\n"


@pytest.mark.parametrize("above,head,after,header,rows,paragraphs_after", [
    # the heading's first line above the header line, its second line in it
    (_THEN, "thực hiện", "", ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"], 2, []),
    ("", "Thời gian", "", ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], 2, []),
    # must not: a heading or a sentence right under the table is no wrapped task cell
    ("", "Thời gian", "     III. TỔ CHỨC THỰC HIỆN",
     ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], 2, ["III. TỔ CHỨC THỰC HIỆN"]),
    ("", "Thời gian", "     Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh, đề nghị các đơn vị thực hiện.",
     ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], 2,
     ["Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh, đề nghị các đơn vị thực hiện."]),
])
def test_a_layout_task_table_with_wrapped_task_cells(above, head, after, header, rows, paragraphs_after):
    blocks, _ = read_text(LAYOUT_TASKS.format(above=above, head=head, after=after))
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    grid = tables[0].rows
    assert grid[0] == header and len(grid) == 1 + rows
    assert grid[1][1] == "Rà soát quy hoạch mạng lưới bến xe khách liên tỉnh"
    assert grid[2][1] == "Lắp đặt biển báo thông minh tại các nút giao"
    assert grid[2][3] == "Ủy ban nhân dân các xã, phường"
    after_table = [b.text for b in blocks[blocks.index(tables[0]) + 1:]]
    assert after_table == paragraphs_after


def test_a_heading_line_above_a_text_table_stays_a_heading():
    """must not: "II. NHIỆM VỤ" right above the header line is no heading cell."""
    text = LAYOUT_TASKS.format(above="", head="Thời gian", after="").replace("     II. NHIỆM VỤ\n", "  II. NHIỆM VỤ\n")
    blocks, _ = read_text(text)
    assert blocks[0].kind != "table" and blocks[0].text == "II. NHIỆM VỤ"
    assert [b for b in blocks if b.kind == "table"][0].rows[0][1] == "Nhiệm vụ"


# 13. A signature set double-spaced (pdftotext -layout of a PDF with spaced paragraphs) -----

DOUBLE_SPACED = """Các xã báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 10 tháng 12./.

Nơi nhận:                              TM. ỦY BAN NHÂN DÂN

- Bộ Tài chính;                        KT. CHỦ TỊCH

- TT Tỉnh ủy, TT HĐND tỉnh;            PHÓ CHỦ TỊCH

- Các sở: TC, XD, NV;

- UBND các xã, phường;                 Hà Minh Quân

- Lưu: VT, TH.
"""


@pytest.mark.parametrize("text,expected", [
    # must match: a blank line between every line of the band, a left-only line among them
    (DOUBLE_SPACED, ["Nơi nhận:", "- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở: TC, XD, NV;",
                     "- UBND các xã, phường;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                     "PHÓ CHỦ TỊCH", "Hà Minh Quân"]),
    # must match: the signer's name alone in the right column after a blank line
    ("Nơi nhận:                              KT. GIÁM ĐỐC\n- Sở Y tế;                              PHÓ GIÁM ĐỐC\n"
     "- Lưu: VT.\n\n                                       Vũ Thị Lan\n",
     ["Nơi nhận:", "- Sở Y tế;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Thị Lan"]),
    # must match: left-only lines that run up to one space before the right column (a
    # proportional font set in monospace columns), then the signer's name beside a recipient
    ("Nơi nhận:\n- Bộ Xây dựng (để b/c);       KT. GIÁM ĐỐC\n- UBND tỉnh (để b/c);        PHÓ GIÁM ĐỐC\n"
     "- Các phòng thuộc Sở;\n- Các đơn vị trực thuộc Sở ;\n- Website Sở;                Trịnh Văn Phúc\n- Lưu: VT, KH.\n",
     ["Nơi nhận:", "- Bộ Xây dựng (để b/c);", "- UBND tỉnh (để b/c);", "- Các phòng thuộc Sở;",
      "- Các đơn vị trực thuộc Sở ;", "- Website Sở;", "- Lưu: VT, KH.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
      "Trịnh Văn Phúc"]),
])
def test_a_double_spaced_signature_band_is_read_column_by_column(text, expected):
    got = paragraphs(text)
    start = got.index("Nơi nhận:")
    assert got[start:start + len(expected)] == expected


@pytest.mark.parametrize("text,kept", [
    # must not: a header band (no signature item) does not take the body's line after a blank
    ("UBND TỈNH HÀ NAM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "SỞ XÂY DỰNG                           Độc lập - Tự do - Hạnh phúc\n\n"
     "Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh\n", "Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh"),
    # must not: a heading after a blank line ends a signature band
    ("Nơi nhận:                              TM. ỦY BAN NHÂN DÂN\n- Sở Y tế;                              CHỦ TỊCH\n\n"
     "II. PHỤ LỤC KINH PHÍ\n", "II. PHỤ LỤC KINH PHÍ"),
])


def test_a_blank_line_still_ends_a_band_before_the_body(text, kept):
    assert kept in paragraphs(text)


def test_a_left_only_line_that_runs_into_the_right_column_ends_the_band():
    # must not: the long recipient is no line of the band's left column (it would come
    # before the signature's title); it follows the band
    got = paragraphs("Nơi nhận:                    TM. ỦY BAN NHÂN DÂN\n- Sở Tài chính;               CHỦ TỊCH\n"
                     "- Các phòng, ban chuyên môn thuộc UBND huyện;\n- Lưu: VT.\n")
    assert got.index("CHỦ TỊCH") < got.index("- Các phòng, ban chuyên môn thuộc UBND huyện;")


# 14. A signature whose columns a copy collapsed to one space (a word segmenter, a scraper) --

COLLAPSED = ("Nơi nhận: KT. CHỦ TỊCH\n- Bộ Y tế; PHÓ CHỦ TỊCH\n- Sở Y tế, Sở Tài chính;\n"
             "- Lưu: VT, VX. Phạm Thị Thu Hà\n")


@pytest.mark.parametrize("text,expected", [
    # must match: the authority after "Nơi nhận:", a title and a name after the recipients' ";" / "."
    (COLLAPSED, ["Nơi nhận:", "- Bộ Y tế;", "- Sở Y tế, Sở Tài chính;", "- Lưu: VT, VX.", "KT. CHỦ TỊCH",
                 "PHÓ CHỦ TỊCH", "Phạm Thị Thu Hà"]),
    # must match: word-segmented, de-segmented first ("Nơi nhận : TM._ỦY BAN_NHÂN_DÂN")
    ("Kế_hoạch này được triển_khai từ ngày ký .\nNơi nhận : TM._ỦY BAN_NHÂN_DÂN\n- Bộ_Công_Thương ; CHỦ_TỊCH\n"
     "- Lưu : VT , KT. Vương_Đình_Huệ\n",
     ["Nơi nhận:", "- Bộ Công Thương;", "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vương Đình Huệ"]),
    # must match: "(Đã ký)" after a recipient's ";", the name on a line of its own under the list
    ("Nơi nhận: KT. GIÁM ĐỐC\n- UBND tỉnh (b/c); PHÓ GIÁM ĐỐC\n- Các phòng thuộc Sở; (Đã ký)\n"
     "- Lưu: VT, KHTC.\nMùa A Sùng\n",
     ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các phòng thuộc Sở;", "- Lưu: VT, KHTC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
      "(Đã ký)", "Mùa A Sùng"]),
    # must match: the name after a blank line
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- Lưu: VT.\n\nHà Văn Tuấn\n",
     ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Tuấn"]),
])
def test_a_collapsed_signature_is_read_column_by_column(text, expected):
    got = paragraphs(text)
    start = got.index("Nơi nhận:")
    assert got[start:start + len(expected)] == expected


@pytest.mark.parametrize("text,whole", [
    # must not: "Nơi nhận:" alone (no authority on its line): recipients stay as written
    ("Nơi nhận:\n- UBND các xã; Sở Tài chính\n- Lưu: VT.\n", "- UBND các xã; Sở Tài chính"),
    # must not: two recipients on one line, the second in lower case, not a name
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Tài chính; các sở, ngành liên quan;\n- Lưu: VT.\n",
     "- Bộ Tài chính; các sở, ngành liên quan;"),
    # must not: an appendix's heading in capitals, or a sentence, under a collapsed signature's
    # recipients is no part of the signature
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- Lưu: VT. Hà Văn Tuấn\nPHỤ LỤC KINH PHÍ\n", "PHỤ LỤC KINH PHÍ"),
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- Lưu: VT. Hà Văn Tuấn\nBản sao gửi các xã để biết.\n",
     "Bản sao gửi các xã để biết."),
    # must not: "Nơi nhận" inside a sentence
    ("Văn bản gửi tới Nơi nhận: TM. UBND theo quy định.\n", "Văn bản gửi tới Nơi nhận: TM. UBND theo quy định."),
])
def test_recipients_not_collapsed_stay_whole(text, whole):
    assert whole in paragraphs(text)
