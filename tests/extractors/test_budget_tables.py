"""Budget tables of our own: headers with and without Ghi chú, two- and three-level
headers, group rows, sum repairs (shifted row, OCR slip, footnote-glued total), a row no
sum can place, and prose that disagrees with its table."""

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read
from extractors.tables.budget import extract_budget_tables

NBSP = "\u00a0"
PERIOD = {"start_year": 2024, "end_year": 2025}


def flat(*cells: str) -> str:
    """A table as a scraper flattens it: one cell per line, blank lines between, and an
    empty cell as a lone no-break space."""
    return "\n\n".join(c if c else NBSP for c in cells) + "\n"


def budget_of(text: str, name: str = "plan.txt", period: dict = PERIOD) -> dict:
    doc = build_document(read(text.encode("utf-8"), name))
    statements = extract_statements(doc, period)
    out = extract_budget_tables(doc, period, statements)
    out["statements"] = statements
    out["text"] = doc.text
    return out


def items_of(out: dict) -> dict:
    """(row code, year, source) -> (amount in VND, flags)."""
    return {(i["row_code"] or i["row_label"], i["year"], i["source"]): (i["amount_vnd"], sorted(i["flags"]))
            for i in out["items"]}


TITLE = "PHỤ LỤC I\n\nBẢNG DỰ TOÁN KINH PHÍ DỰ ÁN 1: NƯỚC SẠCH NÔNG THÔN\n\nĐơn vị tính: triệu đồng\n\n"
HEADER = ["TT", "Nội dung", "Tổng cộng", "Chia ra", "Năm 2024", "Năm 2025",
          "Ngân sách trung ương", "Ngân sách địa phương", "Ngân sách trung ương", "Ngân sách địa phương"]


def test_two_level_flattened_header_with_groups_and_summary_rows():
    text = TITLE + flat(
        *HEADER, "Ghi chú",
        "I", "Xây dựng công trình", "1.000", "300", "200", "300", "200", "",
        "1", "Trạm cấp nước xã A", "600", "200", "100", "200", "100", "Đã khảo sát",
        "2", "Trạm cấp nước xã B", "400", "100", "100", "100", "100", "",
        "II", "Truyền thông", "100", "50", "-", "50", "-", "",
        "", "TỔNG CỘNG", "1.100", "350", "200", "350", "200", "",
        "", "- Ngân sách trung ương:", "700",
        "", "- Ngân sách địa phương:", "400",
    ) + "\nNgười lập biểu\n"
    out = budget_of(text)
    got = items_of(out)
    assert got[("1", None, "total")] == (600_000_000, [])
    assert got[("1", 2024, "central")] == (200_000_000, [])
    assert got[("2", 2025, "local")] == (100_000_000, [])
    assert got[("II", 2025, "central")] == (50_000_000, [])
    assert ("II", 2024, "local") not in got  # "-" is no amount
    assert got[("- Ngân sách trung ương:", None, "central")] == (700_000_000, [])
    assert got[("- Ngân sách địa phương:", None, "local")] == (400_000_000, [])
    kinds = {i["row_code"] or i["row_label"]: i["row_kind"] for i in out["items"]}
    assert kinds["I"] == "group" and kinds["1"] == "item" and kinds["TỔNG CỘNG"] == "total"
    table = out["tables"][0]
    assert table["title"].startswith("PHỤ LỤC I") and table["unit"] == "triệu đồng"
    assert len(out["items"]) == 5 + 5 + 5 + 3 + 5 + 2
    assert not [i for i in out["issues"] if i["code"].startswith(("budget", "table"))]  # every sum holds
    for item in out["items"]:  # each amount's span holds its raw cell
        assert out["text"][item["span"]["start"]: item["span"]["end"]] == item["raw"]


HTML = """<html><body>
<p>PHỤ LỤC II</p><p>BẢNG KINH PHÍ DỰ ÁN 2: Y TẾ CƠ SỞ</p><p>ĐVT: triệu đồng</p>
<table>
<tr><td rowspan="3">STT</td><td rowspan="3">Nội dung</td><td rowspan="3">Tổng số</td><td colspan="4">Chia ra</td></tr>
<tr><td colspan="2">Năm 2024</td><td colspan="2">Năm 2025</td></tr>
<tr><td>NSTW</td><td>Vốn huy động</td><td>NSTW</td><td>Vốn huy động</td></tr>
<tr><td>1</td><td>Mua thiết bị</td><td>90</td><td>40</td><td>5</td><td>40</td><td>5</td></tr>
<tr><td>2</td><td>Đào tạo</td><td>30</td><td>10</td><td>5</td><td>10</td><td>5</td></tr>
<tr><td></td><td>Cộng</td><td>120</td><td>50</td><td>10</td><td>50</td><td>10</td></tr>
</table></body></html>"""


def test_three_level_grid_header_without_note_column():
    out = budget_of(HTML, "plan.html")
    got = items_of(out)
    assert got[("1", 2024, "central")] == (40_000_000, [])
    assert got[("2", 2025, "mobilized")] == (5_000_000, [])
    assert got[("Cộng", None, "total")] == (120_000_000, [])
    assert len(out["items"]) == 15
    assert not [i for i in out["issues"] if i["code"].startswith("budget")]


def test_shifted_row_is_refitted_where_the_column_sums_prove_it():
    # row 2 lost its 2024 central cell; its cells slid left, and a stray "-" closes it
    text = TITLE + flat(
        *HEADER,
        "I", "Xây dựng", "500", "100", "150", "100", "150",
        "1", "Công trình A", "200", "100", "0", "100", "0",
        "2", "Công trình B", "300", "150", "-", "150", "-",
        "", "TỔNG CỘNG", "500", "100", "150", "100", "150",
    )
    got = items_of(budget_of(text))
    fixed = ["budget.column_sum_mismatch", "table.shape_irregular"]
    assert got[("2", 2024, "local")] == (150_000_000, fixed)
    assert got[("2", 2025, "local")] == (150_000_000, fixed)
    assert ("2", 2024, "central") not in got and ("2", 2025, "central") not in got
    assert got[("2", None, "total")] == (300_000_000, [])


def test_a_row_no_sum_can_place_keeps_its_cells_and_a_flag():
    # no group or total row to prove where row 2's missing cell was
    text = TITLE + flat(
        *HEADER,
        "1", "Công trình A", "200", "100", "0", "100", "0",
        "2", "Công trình B", "300", "150", "150",
        "3", "Công trình C", "40", "10", "10", "10", "10",
    )
    out = budget_of(text)
    got = items_of(out)
    assert got[("2", 2024, "central")] == (150_000_000, ["table.shape_irregular"])
    assert got[("3", 2025, "local")] == (10_000_000, [])  # the rows after it are not shifted
    assert any(i["code"] == "table.shape_irregular" for i in out["issues"])


def test_footnote_glued_total_takes_the_reading_its_parts_prove():
    text = TITLE + flat(
        *HEADER,
        "1", "Công trình A", "1.2502", "600", "25", "600", "25",
        "2", "Công trình B", "7.0003", "3.000", "500", "3.000", "500",
    )
    got = items_of(budget_of(text))
    assert got[("1", None, "total")] == (1_250_000_000, ["number.footnote_suspected"])
    assert got[("2", None, "total")] == (7_000_000_000, ["number.footnote_suspected"])


def test_ocr_slip_in_a_cell_is_read_as_the_row_and_column_sums_say():
    # "0.500" where the row total and the group's column both need 1.500
    text = TITLE + flat(
        *HEADER,
        "I", "Xây dựng", "5.000", "1.750", "750", "1.750", "750",
        "1", "Công trình A", "4.000", "1.500", "500", "0.500", "500",
        "2", "Công trình B", "1.000", "250", "250", "250", "250",
    )
    got = items_of(budget_of(text))
    assert got[("1", 2025, "central")] == (1_500_000_000, ["budget.column_sum_mismatch", "budget.row_sum_mismatch",
                                                             "number.ocr_suspected"])
    assert got[("1", 2024, "central")] == (1_500_000_000, [])


def test_letters_in_digit_positions_are_read_and_flagged():
    text = TITLE + flat(*HEADER, "1", "Công trình A", "1l.240", "5.000", "1.240", "5.000", "O")
    got = items_of(budget_of(text))
    assert got[("1", None, "total")] == (11_240_000_000, ["number.ocr_suspected"])


def test_a_wrong_total_with_good_parts_is_read_from_them():
    # 460 typed for 640: the row and the group column both say 640 (a typing slip, no OCR flag)
    text = TITLE + flat(
        *HEADER,
        "I", "Xây dựng", "1.000", "250", "250", "250", "250",
        "1", "Công trình A", "460", "160", "160", "160", "160",
        "2", "Công trình B", "360", "90", "90", "90", "90",
    )
    got = items_of(budget_of(text))
    assert got[("1", None, "total")] == (640_000_000, ["budget.column_sum_mismatch", "budget.row_sum_mismatch"])


def test_a_group_that_disagrees_in_most_columns_is_not_used_as_proof():
    # the "-" rows are alternatives, not parts: the group check fails everywhere, so no cell changes
    text = TITLE + flat(
        *HEADER,
        "1", "Phương án", "100", "25", "25", "25", "25",
        "-", "Phương án A", "100", "25", "25", "25", "25",
        "-", "Phương án B", "100", "25", "25", "25", "25",
    )
    out = budget_of(text)
    assert all(not i["flags"] for i in out["items"])


def test_prose_that_disagrees_with_its_table_is_flagged():
    prose = ("3. Kinh phí thực hiện Dự án 1: 1.200 triệu đồng, trong đó:\n"
             "- Ngân sách trung ương: 700 triệu đồng;\n- Kinh phí năm 2024 đã cấp: 300 triệu đồng.\n\n")
    text = prose + TITLE + flat(
        *HEADER,
        "1", "Công trình A", "600", "200", "100", "200", "100",
        "2", "Công trình B", "500", "100", "150", "100", "150",
        "", "TỔNG CỘNG", "1.100", "300", "250", "300", "250",
        "", "- Ngân sách trung ương:", "600",
    )
    out = budget_of(text)
    flagged = [(s["scope"], s["source"], s["amount_vnd"]) for s in out["statements"]
               if "budget.statement_table_mismatch" in s["flags"]]
    assert flagged == [("Dự án 1", "total", 1_200_000_000), ("Dự án 1", "central", 700_000_000)]


YEARS_ONLY = """<html><body><p>BIỂU 1: KINH PHÍ</p>
<table>
<tr><td>STT</td><td>Nội dung</td><td>Tổng kinh phí (triệu đồng)</td><td>Năm 2024</td><td>Năm 2025</td><td>Ghi chú</td></tr>
<tr><td>1</td><td>Mua thiết bị</td><td>90</td><td>40</td><td>50</td><td>Ngân sách tỉnh</td></tr>
<tr><td>2</td><td>Đào tạo</td><td>30</td><td>10</td><td>20</td><td></td></tr>
<tr><td></td><td>Tổng cộng</td><td>120</td><td>50</td><td>70</td><td></td></tr>
</table></body></html>"""


def test_year_columns_without_sources_and_a_unit_in_the_header():
    out = budget_of(YEARS_ONLY, "plan.html")
    got = items_of(out)
    assert got[("1", 2024, "total")] == (40_000_000, [])  # a year alone is all sources
    assert got[("Tổng cộng", 2025, "total")] == (70_000_000, [])
    assert out["tables"][0]["unit"] == "triệu đồng"
    assert not any(i["code"] == "table.unit_assumed" for i in out["issues"])
    assert all(i["raw"] != "Ngân sách tỉnh" for i in out["items"])  # Ghi chú is a note, not an amount


def test_a_single_amount_column_in_dong_and_a_table_with_no_unit():
    md = "| TT | Nội dung | Kinh phí (đồng) |\n|---|---|---|\n| 1 | Hội nghị | 15.000.000 |\n| 2 | Tập huấn | 25.000.000 |\n|  | Cộng | 40.000.000 |\n"
    got = items_of(budget_of(md, "plan.md"))
    assert got[("1", None, "total")] == (15_000_000, []) and got[("Cộng", None, "total")] == (40_000_000, [])
    bare = md.replace("Kinh phí (đồng)", "Kinh phí").replace("15.000.000", "15").replace("25.000.000", "25").replace("40.000.000", "40")
    out = budget_of(bare, "plan.md")
    assert items_of(out)[("1", None, "total")] == (15_000_000, [])
    assert any(i["code"] == "table.unit_assumed" for i in out["issues"])


def test_year_groups_with_their_own_subtotal_column():
    text = TITLE + flat(
        "TT", "Nội dung", "Tổng cộng", "Chia ra", "Năm 2024", "Năm 2025", "Tổng số", "NSTW", "NSĐP", "Tổng số", "NSTW", "NSĐP",
        "1", "Công trình A", "300", "100", "60", "40", "200", "150", "50",
        "2", "Công trình B", "100", "50", "50", "-", "50", "-", "50",
        "", "Tổng cộng", "400", "150", "110", "40", "250", "150", "100")
    out = budget_of(text)
    got = items_of(out)
    assert got[("1", 2024, "total")] == (100_000_000, []) and got[("1", 2024, "local")] == (40_000_000, [])
    assert got[("2", 2025, "local")] == (50_000_000, [])
    assert not [i for i in out["issues"] if i["code"].startswith(("budget", "table"))]
    # a year's subtotal that disagrees with its sources is caught like a row total
    bad = text.replace("\n\n200\n\n150", "\n\n210\n\n150")
    assert "budget.row_sum_mismatch" in items_of(budget_of(bad))[("1", 2025, "total")][1]


def test_tab_separated_rows_in_a_text_file_are_a_table():
    text = ("PHỤ LỤC\nĐơn vị tính: triệu đồng\n"
            "TT\tNội dung\tTổng cộng\tNăm 2024\tNăm 2025\n"
            "1\tHội thảo\t50\t20\t30\n"
            "2\tTập huấn\t70\t30\t40\n"
            "\tTổng cộng\t120\t50\t70\n"
            "Ghi chú: số liệu dự kiến.\n")
    out = budget_of(text)
    got = items_of(out)
    assert got[("1", 2025, "total")] == (30_000_000, []) and got[("Tổng cộng", None, "total")] == (120_000_000, [])
    assert len(out["items"]) == 9


def test_subtotal_rows_and_the_grand_total():
    text = TITLE + flat(
        *HEADER,
        "1", "Công trình A", "200", "100", "0", "100", "0",
        "2", "Công trình B", "300", "150", "0", "150", "0",
        "", "Cộng dự án 1", "500", "250", "0", "250", "0",
        "1", "Tập huấn", "100", "0", "50", "0", "50",
        "", "Cộng dự án 2", "100", "0", "50", "0", "50",
        "", "TỔNG CỘNG", "600", "250", "50", "250", "50",
        "", "- Ngân sách trung ương:", "500")
    out = budget_of(text)
    kinds = {(i["row_label"]): i["row_kind"] for i in out["items"]}
    assert kinds["Cộng dự án 1"] == "subtotal" and kinds["Cộng dự án 2"] == "subtotal"
    assert kinds["TỔNG CỘNG"] == "total" and kinds["- Ngân sách trung ương:"] == "total"
    assert items_of(out)[("- Ngân sách trung ương:", None, "central")] == (500_000_000, [])
    assert not [i for i in out["items"] if i["flags"]]


def test_a_header_repeated_on_the_next_page_continues_the_table():
    page1 = flat(*HEADER, "I", "Xây dựng", "500", "100", "150", "100", "150",
                 "1", "Công trình A", "200", "100", "0", "100", "0")
    page2 = flat(*HEADER, "2", "Công trình B", "300", "0", "150", "0", "150")
    out = budget_of(TITLE + page1 + "\n" + page2)
    assert len(out["tables"]) == 1 and out["tables"][0]["title"].startswith("PHỤ LỤC I")
    assert not [i for i in out["items"] if i["flags"]]  # group I is the sum of both pages' rows
    assert {i["row_code"] for i in out["items"]} == {"I", "1", "2"}


def test_a_markdown_header_whose_spanning_cells_are_left_empty():
    md = ("| TT | Nội dung | Tổng | Năm 2024 | | Năm 2025 | |\n|---|---|---|---|---|---|---|\n"
          "| | | | NSTW | NSĐP | NSTW | NSĐP |\n| 1 | Hội thảo | 100 | 30 | 20 | 30 | 20 |\n")
    got = items_of(budget_of(md, "plan.md"))
    assert got[("1", 2024, "local")] == (20_000_000, []) and got[("1", 2025, "local")] == (20_000_000, [])
    assert len(got) == 5


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_and_inner_tables():
    html = ("<html><body><table><tr><td><p>KẾ HOẠCH</p><p>Phòng chống dịch</p><p>PHỤ LỤC</p>"
            "<p>Đơn vị tính: triệu đồng</p><table><tr><td>TT</td><td>Nội dung</td><td>Tổng</td><td>Năm 2024</td></tr>"
            "<tr><td>1</td><td>Hội thảo</td><td>120</td><td>120</td></tr></table></td></tr></table></body></html>")
    from extractors.formats import read
    raw = read(html.encode("utf-8"), "plan.html")
    assert [b.kind for b in raw.blocks] == ["paragraph"] * 4 + ["table"]
    assert items_of(budget_of(html, "plan.html"))[("1", 2024, "total")] == (120_000_000, [])


def test_word_table_with_merged_header_cells():
    import io

    import docx
    d = docx.Document()
    d.add_paragraph("Đơn vị tính: triệu đồng")
    t = d.add_table(rows=4, cols=5)
    for r, row in enumerate([["TT", "Nội dung", "Tổng", "Trong đó", ""], ["", "", "", "NSTW", "NSĐP"],
                             ["1", "Hỗ trợ đầu tư", "30.000", "27.000", "3.000"], ["", "Tổng cộng", "30.000", "27.000", "3.000"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(0, 3).merge(t.cell(0, 4))  # Word joins merged cells' paragraphs with a line break
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
    buf = io.BytesIO()
    d.save(buf)
    from extractors.document import build_document
    from extractors.formats import read
    from extractors.tables.budget import extract_budget_tables
    items = extract_budget_tables(build_document(read(buf.getvalue(), "plan.docx")), {}, [])["items"]
    got = {(i["row_code"] or i["row_label"], i["source"]): (i["amount_vnd"], i["flags"]) for i in items}
    assert got == {("1", "total"): (30_000_000_000, []), ("1", "central"): (27_000_000_000, []),
                   ("1", "local"): (3_000_000_000, []), ("Tổng cộng", "total"): (30_000_000_000, []),
                   ("Tổng cộng", "central"): (27_000_000_000, []), ("Tổng cộng", "local"): (3_000_000_000, [])}


def test_bare_years_in_a_header():
    text = TITLE + flat("STT", "Nội dung", "Tổng kinh phí", "Kinh phí theo năm", "2024", "2025",
                        "1", "Hội thảo", "90", "40", "50")
    got = items_of(budget_of(text))
    assert got[("1", 2024, "total")] == (40_000_000, []) and got[("1", 2025, "total")] == (50_000_000, [])
    html = ("<p>Đơn vị tính: triệu đồng</p><table><tr><td>TT</td><td>Nội dung</td><td>Tổng</td><td>2024</td><td>2025</td></tr>"
            "<tr><td>1</td><td>Hội thảo</td><td>90</td><td>40</td><td>50</td></tr></table>")
    assert items_of(budget_of(html, "plan.html"))[("1", 2025, "total")] == (50_000_000, [])


def test_a_cost_table_with_quantities_and_unit_prices():
    text = "DỰ TOÁN CHI TIẾT\n" + flat("TT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền",
                                      "1", "Tập huấn", "lớp", "2", "15.000.000", "30.000.000",
                                      "2", "In tờ rơi", "tờ", "1.000", "2.000", "2.000.000",
                                      "", "Tổng cộng", "", "", "", "32.000.000")
    out = budget_of(text)
    # quantities and unit prices are not budget amounts; the unit is read from the numbers' size
    assert items_of(out) == {("1", None, "total"): (30_000_000, []), ("2", None, "total"): (2_000_000, []),
                             ("Tổng cộng", None, "total"): (32_000_000, [])}
    assert any(i["code"] == "table.unit_assumed" and "đồng" in i["message"] for i in out["issues"])


def test_a_numbered_row_with_dash_rows_under_it_is_a_group():
    text = TITLE + flat(*HEADER,
                        "1", "Mô hình", "200", "50", "50", "50", "50",
                        "-", "Thí điểm", "80", "20", "20", "20", "20",
                        "-", "Nhân rộng", "120", "30", "30", "30", "30",
                        "2", "Tập huấn", "40", "10", "10", "10", "10")
    kinds = {i["row_label"]: i["row_kind"] for i in budget_of(text)["items"]}
    assert kinds == {"Mô hình": "group", "Thí điểm": "item", "Nhân rộng": "item", "Tập huấn": "item"}


def test_an_indicator_table_is_not_a_budget_table():
    html = ("<table><tr><td>TT</td><td>Chỉ tiêu</td><td>ĐVT</td><td>Năm 2024</td><td>Năm 2025</td></tr>"
            "<tr><td>1</td><td>Tỷ lệ tiêm chủng</td><td>%</td><td>95</td><td>97</td></tr>"
            "<tr><td>2</td><td>Số lớp tập huấn</td><td>lớp</td><td>10</td><td>12</td></tr></table>")
    assert budget_of(html, "plan.html")["items"] == []
    # the same table of money is one (a "Tỷ lệ" row is a ratio, whatever its unit says)
    money = (html.replace("Chỉ tiêu", "Nội dung").replace("<td>%</td>", "<td>triệu đồng</td>")
             .replace("<td>lớp</td>", "<td>triệu đồng</td>"))
    assert len(budget_of(money.replace("Tỷ lệ tiêm chủng", "Tiêm chủng mở rộng"), "plan.html")["items"]) == 4
    assert len(budget_of(money, "plan.html")["items"]) == 2


def test_a_row_without_its_empty_note_cell_is_not_irregular():
    text = TITLE + flat(*HEADER, "Ghi chú",
                        "1", "Công trình A", "200", "100", "0", "100", "0", "",
                        "2", "Công trình B", "300", "150", "0", "150", "0")  # the empty note cell omitted
    got = items_of(budget_of(text))
    assert got[("2", 2025, "central")] == (150_000_000, [])


def test_table_title_lines_and_not_the_section_heading_above():
    text = ("V. TỔ CHỨC THỰC HIỆN\nBẢNG TỔNG HỢP CHUNG\nKINH PHÍ THỰC HIỆN KẾ HOẠCH\n(Kèm theo Kế hoạch số 5/KH-UBND)\n"
            "Đơn vị tính: triệu đồng\n" + flat(*HEADER, "1", "Công trình A", "200", "100", "0", "100", "0"))
    assert budget_of(text)["tables"][0]["title"] == "BẢNG TỔNG HỢP CHUNG KINH PHÍ THỰC HIỆN KẾ HOẠCH"


# -- budget tables of other shapes: fiscal plans, capital plans, indicator forms --------

import yaml  # noqa: E402

from extractors.tables.rebuild import columns_from_grid, is_number_row, unspan, year_of  # noqa: E402
from normalizers.money import table_unit  # noqa: E402
from tests.conftest import CASES  # noqa: E402

HEADERS = yaml.safe_load((CASES / "table_headers.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("cell,year", HEADERS["years"], ids=[c[0] for c in HEADERS["years"]])
def test_a_header_cell_gives_its_one_year(cell, year):
    assert year_of(cell) == year


@pytest.mark.parametrize("row,match", [(r, True) for r in HEADERS["number_rows"]["match"]]
                         + [(r, False) for r in HEADERS["number_rows"]["no"]], ids=str)
def test_column_number_rows(row, match):
    assert is_number_row(row) is match


@pytest.mark.parametrize("leaf,source", HEADERS["sources"], ids=[c[0] for c in HEADERS["sources"]])
def test_a_leaf_header_gives_its_source(leaf, source):
    from extractors.tables.rebuild import source_of_leaf
    assert source_of_leaf(leaf) == source


@pytest.mark.parametrize("case", HEADERS["unspan"], ids=[c["name"] for c in HEADERS["unspan"]])
def test_header_rows_that_lost_their_merged_cells(case):
    grid = unspan(case["rows"], case["width"])
    assert grid is not None and all(len(r) == case["width"] for r in grid)
    assert [c.header for c in columns_from_grid(case["rows"], case["width"])] == case["want"]


def test_a_header_no_spreading_fits_is_left_as_written():
    assert unspan([["STT", "Nội dung", "Năm 2024"], ["A", "B", "C", "D", "E", "F", "G"]], 5) is None


@pytest.mark.parametrize("text,unit", [("Đơn vị tính: Triệu đồng", "triệu đồng"), ("ĐVT: tỷ đồng", "tỷ đồng"),
                                       ("Đơn vị tính: Triệu người", None), ("Đơn vị: nghìn lượt khách", None)])
def test_table_unit_lines(text, unit):
    found = table_unit(text)
    assert (found[0] if found else None) == unit


def pipe_cells(*rows: list[str]) -> str:
    """A table as some scrapes write it: every cell on its own line(s), a lone "|"
    between cells, "|" "|" between rows (a header row lists only the cells that start
    in it), an empty cell as nothing between two "|"."""
    out = []
    for row in rows:
        out.append("|")
        for cell in row:
            out += cell.split("\n") if cell else []
            out.append("|")
    return "\n".join(out) + "\n"


FISCAL_TITLE = ("**Biểu số 04**\n\n**DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG GIAI ĐOẠN 2025 -\n2027**\n\n"
                "*(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh\nHà Giang)*\n\n"
                "*Đơn\nvị: Triệu đồng.*\n\n")
FISCAL_HEADER = [["STT", "Nội dung", "Năm 2024", "Dự kiến 03 năm kế hoạch"],
                 ["Dự toán được giao", "Ước thực hiện", "So sánh (%)", "Năm 2025", "Năm 2026", "Năm 2027"],
                 ["A", "B", "1", "2", "3=2/1", "4", "5", "6"]]
FISCAL_BODY = [["A", "TỔNG CHI NSĐP", "9.000", "9.500", "105,6", "10.000", "11.000", "12.000"],
               ["I", "Chi đầu tư phát triển", "3.000", "3.200", "106,7", "3.500", "4.000", "4.500"],
               ["", "Trong đó: chi từ nguồn thu tiền sử dụng đất", "800", "", "", "900", "1.000", "1.100"],
               ["II", "Chi thường xuyên\n(kể cả tiền lương)", "6.000", "6.300", "105,0", "6.500", "7.000", "7.500"]]


def test_a_fiscal_plan_scraped_one_cell_per_line():
    text = "Nơi nhận:\n- Như trên.\n\n" + FISCAL_TITLE + pipe_cells(*FISCAL_HEADER, *FISCAL_BODY) + "\n[1] Ghi chú.\n"
    out = budget_of(text, "plan.md")
    table = out["tables"][0]
    assert table["title"] == "Biểu số 04 DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG GIAI ĐOẠN 2025 - 2027"
    assert table["unit"] == "triệu đồng"
    got = items_of(out)
    # years from the column headers, the source from the title, the ratio column left out
    assert {k[1:] for k in got} == {(2024, "local"), (2025, "local"), (2026, "local"), (2027, "local")}
    assert [(i["year"], i["amount_vnd"] // 10**6) for i in out["items"] if i["row_code"] == "A"] == [
        (2024, 9_000), (2024, 9_500), (2025, 10_000), (2026, 11_000), (2027, 12_000)]
    assert len(out["items"]) == 5 + 5 + 4 + 5
    assert [i["amount_vnd"] for i in out["items"] if i["row_code"] == "II"][:2] == [6_000_000_000, 6_300_000_000]
    labels = {i["row_label"] for i in out["items"]}
    assert "Chi thường xuyên (kể cả tiền lương)" in labels  # a cell wrapped over two lines
    assert not any(i["flags"] for i in out["items"])  # A = I + II in every column; two stages of 2024 are no sum
    for item in out["items"]:
        assert out["text"][item["span"]["start"]: item["span"]["end"]] == item["raw"]


def test_the_row_and_column_checks_run_on_a_fiscal_plan():
    body = [r[:] for r in FISCAL_BODY]
    body[1][6] = "4.400"  # I 2026: 4.400 where A says 11.000 - 7.000 = 4.000
    out = budget_of(FISCAL_TITLE + pipe_cells(*FISCAL_HEADER, *body), "plan.md")
    # the parent cell that is not the sum of its rows says so; the rest stay unflagged
    assert [(i["row_code"], i["year"], i["flags"]) for i in out["items"] if i["flags"]] == [
        ("A", 2026, ["budget.column_sum_mismatch"])]
    assert any(i["code"] == "budget.column_sum_mismatch" for i in out["issues"])


def test_a_markdown_table_whose_header_rows_list_only_their_own_cells():
    rows = FISCAL_HEADER[:1] + [["---"] * 4] + FISCAL_HEADER[1:] + FISCAL_BODY
    md = ("BIỂU TỔNG HỢP DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2025\n\nĐVT: triệu đồng\n\n"
          + "\n".join("| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in rows) + "\n")
    out = budget_of(md, "plan.md")
    got = items_of(out)
    assert {k[1:] for k in got} == {(2024, "total"), (2025, "total"), (2026, "total"), (2027, "total")}
    assert got[("I", 2027, "total")] == (4_500_000_000, [])
    assert len(out["items"]) == 19  # the column-number row "A | B | 1 | 2 ..." is no data row


def test_a_capital_plan_with_one_amount_column():
    md = ("PHỤ LỤC 02:\n\nDANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN NĂM 2024 THỰC HIỆN CHƯƠNG TRÌNH KIÊN CỐ HÓA TRƯỜNG LỚP\n\n"
          "ĐVT: triệu đồng\n\n| STT | Danh mục dự án | Kế hoạch vốn năm 2024 | Ghi chú |\n|---|---|---|---|\n"
          "|  | TỔNG SỐ | 12.000 |  |\n| I | HUYỆN ĐỒNG VĂN | 7.000 |  |\n"
          "| 1 | Trường Tiểu học Lũng Cú: Nhà lớp học 02 tầng | 4.000 |  |\n"
          "| 2 | Trường Mầm non Sủng Là: Nhà hiệu bộ | 3.000 | Khởi công mới |\n"
          "| II | HUYỆN MÈO VẠC | 5.000 |  |\n| 1 | Trường THCS Pả Vi: Nhà bộ môn | 5.000 |  |\n")
    out = budget_of(md, "plan.md")
    assert out["tables"][0]["title"].startswith("PHỤ LỤC 02: DANH MỤC DỰ ÁN")
    assert {(i["year"], i["source"]) for i in out["items"]} == {(2024, "total")}
    assert [i["amount_vnd"] for i in out["items"]] == [v * 10**6 for v in (12_000, 7_000, 4_000, 3_000, 5_000, 5_000)]
    assert not any(i["flags"] for i in out["items"])


INDICATOR_FORMS = """<html><body>
<p>PHỤ LỤC</p><p>BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO NĂM 2027</p><p>(Kèm theo Báo cáo số 88/BC-UBND)</p>
<p>Biểu mẫu 1</p><p>Công tác chỉ đạo</p>
<table><tr><td>STT</td><td>Chỉ tiêu thống kê</td><td>Đơn vị tính</td><td>Số liệu</td></tr>
<tr><td>1.</td><td>Số văn bản đã ban hành</td><td>Văn bản</td><td>40</td></tr></table>
<p>Biểu mẫu 3</p><p>Tài chính công</p>
<table><tr><td>STT</td><td>Chỉ tiêu thống kê</td><td>Đơn vị tính</td><td>Số liệu</td><td>Ghi chú</td></tr>
<tr><td>1.</td><td>Tỷ lệ giải ngân vốn đầu tư công</td><td>%</td><td>60</td><td></td></tr>
<tr><td>1.1.</td><td>Kế hoạch vốn được giao</td><td>Triệu đồng</td><td>5.000</td><td></td></tr>
<tr><td>1.2.</td><td>Vốn đã giải ngân</td><td>Tỷ đồng</td><td>3</td><td></td></tr>
<tr><td>2.</td><td>Tổng sản phẩm trên địa bàn (GRDP)</td><td>Tỷ đồng</td><td>45.000</td><td></td></tr>
<tr><td>3.</td><td>Dân số trung bình</td><td>Triệu người</td><td>1,2</td><td></td></tr>
</table></body></html>"""


def test_an_indicator_form_counts_only_its_budget_rows_in_their_own_units():
    out = budget_of(INDICATOR_FORMS, "report.html")
    assert [(i["row_code"], i["amount_vnd"], i["year"], i["source"]) for i in out["items"]] == [
        ("1.1.", 5_000_000_000, 2027, "total"), ("1.2.", 3_000_000_000, 2027, "total")]
    assert out["tables"][0]["title"] == "Biểu mẫu 3 Tài chính công"


def test_two_breakdowns_of_one_total_each_equal_it():
    text = TITLE + flat("TT", "Nội dung", "Năm 2024", "Năm 2025",
                        "I", "Tổng mức vay", "300", "200",
                        "1", "Theo mục đích vay", "350", "200",
                        "-", "Bù đắp bội chi", "300", "200",
                        "-", "Trả nợ gốc", "50", "-",
                        "2", "Theo nguồn vay", "300", "200",
                        "-", "Vay lại vốn ODA", "300", "200")
    out = budget_of(text)
    flagged = {(i["row_label"], i["year"]) for i in out["items"] if i["flags"]}
    assert flagged == {("Theo mục đích vay", 2024)}


def test_rows_that_name_a_source_give_it_to_the_rows_under_them():
    md = ("ĐVT: triệu đồng\n\n| STT | Danh mục dự án | Kế hoạch vốn năm 2026 |\n|---|---|---|\n"
          "|  | Tổng số | 900 |\n| I | Vốn ngân sách Trung ương | 600 |\n| 1 | Dự án cầu Nậm Mức | 400 |\n"
          "| 2 | Dự án đường Pa Tần | 200 |\n| II | Vốn ngân sách tỉnh | 300 |\n| 1 | Trường Tiểu học Mường Nhé | 300 |\n"
          "| III | Thu từ doanh nghiệp do Trung ương quản lý | 0 |\n")
    sources = [(i["row_label"], i["source"]) for i in budget_of(md, "plan.md")["items"]]
    assert sources == [("Tổng số", "total"), ("Vốn ngân sách Trung ương", "central"), ("Dự án cầu Nậm Mức", "central"),
                       ("Dự án đường Pa Tần", "central"), ("Vốn ngân sách tỉnh", "local"),
                       ("Trường Tiểu học Mường Nhé", "local"), ("Thu từ doanh nghiệp do Trung ương quản lý", "total")]


def test_a_markdown_header_row_of_bare_years_is_no_data_row():
    md = ("ĐVT: triệu đồng\n\n| TT | Nội dung | Tổng | Kinh phí theo năm | |\n|---|---|---|---|---|\n"
          "| | | | 2026 | 2027 |\n| 1 | Tập huấn | 90 | 40 | 50 |\n")
    got = items_of(budget_of(md, "plan.md"))
    assert got == {("1", None, "total"): (90_000_000, []), ("1", 2026, "total"): (40_000_000, []),
                   ("1", 2027, "total"): (50_000_000, [])}


@pytest.mark.parametrize("total_label", ["Tổng cộng", "Cộng", "TỔNG SỐ"])
def test_a_flattened_total_row_without_its_code_cell_is_a_row(total_label):
    # the scraper dropped the total row's empty code cell: its label follows the last row's amount
    text = "Bảng kinh phí\n\nĐơn vị tính: triệu đồng\n\n" + flat(
        "STT", "Nội dung", "Tổng số", "Ngân sách huyện", "Xã hội hóa",
        "1", "Nạo vét kênh mương", "800", "600", "200",
        "2", "Trồng cây xanh", "150", "100", "50",
        total_label, "950", "700", "250")
    out = budget_of(text, period={"start_year": 2027, "end_year": 2027})
    got = items_of(out)
    assert got[(total_label, None, "total")] == (950_000_000, [])
    assert got[(total_label, None, "mobilized")] == (250_000_000, [])
    assert got[("2", None, "local")] == (100_000_000, [])
    assert not any(flags for _, flags in got.values())  # the sums hold: nothing flagged
    for i in out["items"]:
        assert out["text"][i["span"]["start"]: i["span"]["end"]] == i["raw"]


def test_a_coded_label_that_starts_with_tong_is_not_split():
    # must not: "Tổng số hộ ..." after its own code cell is that row's label, not a total row
    text = "Bảng kinh phí\n\nĐơn vị tính: triệu đồng\n\n" + flat(
        "STT", "Nội dung", "Tổng số", "Ngân sách tỉnh",
        "1", "Hỗ trợ hộ nghèo", "300", "300",
        "2", "Tổng số hộ được vay vốn", "120", "120")
    got = items_of(budget_of(text, period={"start_year": 2027, "end_year": 2027}))
    assert got[("2", None, "local")] == (120_000_000, [])


def test_a_ten_year_header_that_lost_its_merged_cells_is_spread_by_equal_shares():
    # 10 years x 3 sources: 10 million ways to share the sources among the years; the
    # equal share is read (this took minutes, and a document's time limit, before)
    from extractors.tables.rebuild import columns_from_grid
    top = ["STT", "Nội dung", "Tổng cộng"] + [f"Năm {2021 + i}" for i in range(10)]
    sub = ["NSTW", "NSĐP", "Vốn khác"] * 10
    cols = columns_from_grid([top, sub], 33)
    assert [(c.year, c.source) for c in cols[3:9]] == [(2021, "central"), (2021, "local"), (2021, "other"),
                                                       (2022, "central"), (2022, "local"), (2022, "other")]
    assert [c.year for c in cols[-3:]] == [2030, 2030, 2030]


# the years as rows and the sources as columns ("phân kỳ theo năm"): a row that is one year gives
# its cells that year; a row that is a period, or a label that only mentions a year, gives none
@pytest.mark.parametrize("label,year", [
    ("Năm 2026", 2026),
    ("2025", 2025),
    ("NĂM 2024:", 2024),
    # must not
    ("Năm 2024 - 2025", None),
    ("Giai đoạn 2024 - 2025", None),
    ("Kế hoạch năm 2025", None),
    ("Trường Tiểu học số 2025", None),
])
def test_a_row_that_is_one_year(label, year):
    text = ("Đơn vị tính: triệu đồng\n\n| TT | Năm | Tổng | NSTW | NS tỉnh |\n|---|---|---|---|---|\n"
            f"| 1 | {label} | 900 | 600 | 300 |\n| 2 | Năm 2030 | 100 | 60 | 40 |\n| | Cộng | 1.000 | 660 | 340 |\n")
    got = items_of(budget_of(text, "plan.md"))
    assert got[("1", year, "central")] == (600_000_000, [])
    assert got[("1", year, "local")] == (300_000_000, [])
    assert got[("2", 2030, "total")] == (100_000_000, [])
    assert got[("Cộng", None, "total")] == (1_000_000_000, [])


@pytest.mark.parametrize("text,name", [
    ("<p>Đơn vị tính: triệu đồng</p><table><tr><td rowspan=2>TT</td><td rowspan=2>Nội dung</td><td rowspan=2>Tổng</td>"
     "<td colspan=2>Năm</td></tr><tr><td>2024</td><td>2025</td></tr>"
     "<tr><td>1</td><td>Hội thảo</td><td>90</td><td>40</td><td>50</td></tr></table>", "plan.html"),
    ("Đơn vị tính: triệu đồng\n\n| TT | Nội dung | Tổng | Năm | |\n|---|---|---|---|---|\n| | | | 2024 | 2025 |\n"
     "| 1 | Hội thảo | 90 | 40 | 50 |\n", "plan.md"),
])
def test_must_not_a_year_group_headed_nam_is_no_label_column(text, name):
    got = items_of(budget_of(text, name))
    assert got == {("1", None, "total"): (90_000_000, []), ("1", 2024, "total"): (40_000_000, []),
                   ("1", 2025, "total"): (50_000_000, [])}


YEAR_ROWS = ("<p>Kinh phí thực hiện theo năm và nguồn vốn (đơn vị tính: đồng):</p><table>"
             "<tr><td>Năm</td><td>Tổng số</td><td>Ngân sách trung ương</td><td>Ngân sách địa phương</td></tr>"
             "<tr><td>{y1}</td><td>950.000.000</td><td>700.000.000</td><td>250.000.000</td></tr>"
             "<tr><td>{y2}</td><td>1.200.000.000</td><td>800.000.000</td><td>400.000.000</td></tr>"
             "<tr><td>Cộng</td><td>2.150.000.000</td><td>1.500.000.000</td><td>650.000.000</td></tr></table>")


@pytest.mark.parametrize("y1,y2", [("2024", "2025"), ("Năm 2024", "Năm 2025")])
def test_rows_labelled_by_their_year_are_body_rows(y1, y2):
    got = items_of(budget_of(YEAR_ROWS.format(y1=y1, y2=y2), "plan.html"))
    assert got[(y1, 2024, "total")] == (950_000_000, [])
    assert got[(y2, 2025, "central")] == (800_000_000, []) and got[(y2, 2025, "local")] == (400_000_000, [])
    assert got[("Cộng", None, "total")] == (2_150_000_000, [])


def test_a_row_of_years_only_is_still_a_header():
    html = ("<p>Đơn vị tính: triệu đồng</p><table><tr><td>Nguồn vốn</td><td>Tổng</td><td>2024</td><td>2025</td></tr>"
            "<tr><td></td><td></td><td>2024</td><td>2025</td></tr>"
            "<tr><td>Ngân sách tỉnh</td><td>90</td><td>40</td><td>50</td></tr></table>")
    got = items_of(budget_of(html, "plan.html"))
    assert got[("Ngân sách tỉnh", 2025, "local")] == (50_000_000, [])
    assert not [k for k in got if k[0] in ("2024", "2025")]
