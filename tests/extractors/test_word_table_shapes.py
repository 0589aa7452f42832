"""Word tables in shapes the first rules were not written for (all rows invented): a cell
that lists agencies one a paragraph, a task table's group rows merged across the row, a
column-number row under a task header, a unit line merged across a budget table's first
row, a total or group row whose code and label share one merged cell, a text column
naming each row's source, a unit in brackets after a title."""

import io

import pytest

from extractors.document import build_document
from extractors.fields.task_tables import _spanning, table_activities
from extractors.formats import read
from extractors.formats.docx import _cell_text
from extractors.tables.budget import extract_budget_tables
from extractors.tables.rebuild import _is_data_row, _text_columns, columns_from_grid, title_and_unit
from tests.probes.tables_docx import _table

docx = pytest.importorskip("docx")
PERIOD = {"start_year": 2026, "end_year": 2027}


def word(paragraphs_before: list[str], rows: list[list[str]], merges: tuple = ()):
    document = docx.Document()
    for p in paragraphs_before:
        document.add_paragraph(p)
    _table(document, rows, merges)
    buf = io.BytesIO()
    document.save(buf)
    return build_document(read(buf.getvalue(), "plan.docx"))


@pytest.mark.parametrize("paragraphs, text", [
    # must match: each paragraph names an agency
    (["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện"], "Sở Giáo dục và Đào tạo; Ủy ban nhân dân các huyện"),
    (["- Ban Dân tộc;", "- Công an tỉnh"], "- Ban Dân tộc; - Công an tỉnh"),
    (["Phòng Văn hóa - Thông tin,", "Trung tâm Y tế huyện", "Hội Nông dân huyện"],
     "Phòng Văn hóa - Thông tin, Trung tâm Y tế huyện; Hội Nông dân huyện"),
    # must not match: a label, a sentence, one paragraph
    (["Trường THCS Ea Tiêu", "HM: Nhà đa năng"], "Trường THCS Ea Tiêu\nHM: Nhà đa năng"),
    (["Sở Y tế chủ trì,", "phối hợp các đơn vị liên quan"], "Sở Y tế chủ trì,\nphối hợp các đơn vị liên quan"),
    (["Sở Xây dựng"], "Sở Xây dựng"),
    (["Sở Nội vụ", ""], "Sở Nội vụ\n"),
])
def test_a_cell_listing_agencies_one_a_paragraph(paragraphs, text):
    assert _cell_text(paragraphs) == text


@pytest.mark.parametrize("row, spanning", [
    (["II. PHÒNG, CHỐNG THIÊN TAI"] * 5, True),
    (["Nhiệm vụ thường xuyên"] * 4, True),
    (["1", "Lập bản đồ ngập lụt", "Sở Xây dựng", "", "2026"], False),
    (["", "", "", ""], False),
    (["III", "III"], False),  # two cells: a code and its label may be one merged cell
])
def test_a_row_merged_across_the_table(row, spanning):
    assert _spanning(row) is spanning


def test_task_table_with_merged_group_rows_and_agencies_one_a_paragraph():
    d = word(["PHỤ LỤC"], [
        ["Số TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
        ["A. NHIỆM VỤ THƯỜNG XUYÊN", "", "", "", ""],
        ["1", "Theo dõi mực nước các hồ chứa", "Sở Nông nghiệp và Môi trường", "- Đài Khí tượng thủy văn tỉnh\n- Công an tỉnh",
         "Hằng năm"],
        ["Nhiệm vụ đột xuất", "", "", "", ""],
        ["1", "Sơ tán dân khỏi vùng sạt lở", "Ủy ban nhân dân các huyện", "Bộ Chỉ huy Quân sự tỉnh", "Khi có thiên tai"]],
        [((1, 0), (1, 4)), ((3, 0), (3, 4))])
    acts = table_activities(d)
    assert [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"], a["group"]) for a in acts] == [
        ("1", "Theo dõi mực nước các hồ chứa", ["Sở Nông nghiệp và Môi trường"],
         ["Đài Khí tượng thủy văn tỉnh", "Công an tỉnh"], "NHIỆM VỤ THƯỜNG XUYÊN"),
        ("1", "Sơ tán dân khỏi vùng sạt lở", ["Ủy ban nhân dân các huyện"], ["Bộ Chỉ huy Quân sự tỉnh"], "Nhiệm vụ đột xuất")]
    for a in acts:
        assert a["title"] in d.text[a["span"]["start"]: a["span"]["end"]]


def test_task_table_with_a_column_number_row():
    d = word(["PHỤ LỤC"], [
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "2", "3", "4"],
        ["1.", "Kiểm kê rừng phòng hộ", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã"]])
    assert [(a["code"], a["lead_agencies"]) for a in table_activities(d)] == [("1", ["Sở Nông nghiệp và Môi trường"])]


@pytest.mark.parametrize("row, data", [
    # must match: a total or a group row whose code and label are one merged cell
    (["TỔNG CỘNG", "TỔNG CỘNG", "1.250", "900"], True),
    (["Tổng số (I+II)", "Tổng số (I+II)", "40", ""], True),
    (["II. Hạ tầng nông thôn", "II. Hạ tầng nông thôn", "610", "610"], True),
    (["1", "Nạo vét kênh", "300", "200"], True),
    # must not match: a unit or title line merged across, a header row, a number row
    (["Đơn vị tính: triệu đồng"] * 4, False),
    (["STT", "Nội dung", "Năm 2026", "Năm 2027"], False),
    (["(1)", "(2)", "(3)", "(4)"], False),
    (["Tổng mức đầu tư", "Tổng mức đầu tư", "300", ""], False),
])
def test_body_rows_with_a_merged_code_and_label(row, data):
    assert _is_data_row(row) is data


def test_a_unit_merged_across_the_first_row_and_a_merged_total_row():
    d = word(["BẢNG TỔNG HỢP VỐN"], [
        ["ĐVT: tỷ đồng", "", "", ""],
        ["STT", "Nội dung", "Tổng số", "Vốn đối ứng"],
        ["TỔNG CỘNG", "", "12,5", "2,5"],
        ["I. Cấp nước sinh hoạt", "", "12,5", "2,5"],
        ["1", "Nhà máy nước xã Hòa Thuận", "12,5", "2,5"]],
        [((0, 0), (0, 3)), ((2, 0), (2, 1)), ((3, 0), (3, 1))])
    out = extract_budget_tables(d, PERIOD, [])
    assert out["tables"][0]["unit"] == "tỷ đồng"
    got = [(i["row_code"], i["row_label"], i["row_kind"], i["source"], i["amount_vnd"]) for i in out["items"]]
    assert got == [(None, "TỔNG CỘNG", "total", "total", 12_500_000_000), (None, "TỔNG CỘNG", "total", "other", 2_500_000_000),
                   ("I", "Cấp nước sinh hoạt", "group", "total", 12_500_000_000),
                   ("I", "Cấp nước sinh hoạt", "group", "other", 2_500_000_000),
                   ("1", "Nhà máy nước xã Hòa Thuận", "item", "total", 12_500_000_000),
                   ("1", "Nhà máy nước xã Hòa Thuận", "item", "other", 2_500_000_000)]


@pytest.mark.parametrize("header, body, roles", [
    # must match: a column of words beside the amounts
    (["STT", "Nội dung", "Nguồn vốn", "Kinh phí"], [["1", "Đê bao", "Ngân sách tỉnh", "50"], ["2", "Cống", "ODA", "70"]],
     ["code", "label", "source", "amount"]),
    (["STT", "Nội dung", "Đơn vị thực hiện", "Kinh phí"], [["1", "Đê bao", "Sở Xây dựng", "50"]],
     ["code", "label", "text", "amount"]),
    # must not match: amounts, empty or "-" cells
    (["STT", "Nội dung", "Vốn khác", "Kinh phí"], [["1", "Đê bao", "-", "50"], ["2", "Cống", "12", "70"]],
     ["code", "label", "amount", "amount"]),
    (["STT", "Nội dung", "Nguồn khác", "Kinh phí"], [["1", "Đê bao", "", "50"]], ["code", "label", "amount", "amount"]),
])
def test_a_column_of_words_holds_no_amounts(header, body, roles):
    assert [c.role for c in _text_columns(columns_from_grid([header]), body)] == roles


def test_rows_take_their_source_from_a_source_column():
    d = word(["NHU CẦU VỐN", "Đơn vị tính: triệu đồng"], [
        ["STT", "Nội dung", "Nguồn vốn", "Năm 2026"],
        ["1", "Trạm bơm Tân Phú", "Ngân sách trung ương", "800"],
        ["2", "Kè sông Cái", "Vốn xã hội hóa", "300"],
        ["3", "Đường tuần tra", "Vốn vay ODA", "150"]])
    out = extract_budget_tables(d, PERIOD, [])
    assert [(i["row_code"], i["year"], i["source"]) for i in out["items"]] == [
        ("1", 2026, "central"), ("2", 2026, "mobilized"), ("3", 2026, "other")]


@pytest.mark.parametrize("lines, title, unit", [
    (["BẢNG PHÂN KỲ VỐN (Đơn vị: tỷ đồng)"], "BẢNG PHÂN KỲ VỐN", "tỷ đồng"),
    (["PHỤ LỤC 03", "DỰ TOÁN CHI TIẾT (ĐVT: đồng)"], "PHỤ LỤC 03 DỰ TOÁN CHI TIẾT", "đồng"),
    # must not take a title: a unit line alone, a sentence before the unit
    (["BẢNG KINH PHÍ", "(Đơn vị tính: triệu đồng)"], "BẢNG KINH PHÍ", "triệu đồng"),
    (["Kinh phí chia theo năm như sau (Đơn vị: triệu đồng)"], None, "triệu đồng"),
])
def test_a_unit_in_brackets_after_the_title(lines, title, unit):
    d = word(lines, [["STT", "Nội dung", "Tổng số"], ["1", "Khảo sát", "10"]])
    got_title, got_unit = title_and_unit(d, d.tables[0].index)
    assert (got_title, got_unit[0] if got_unit else None) == (title, unit)


def test_the_golden_word_probes_are_what_the_generator_writes():
    """tests/golden/inputs/probe_*.docx come from tests/probes/tables_docx.py, byte for byte."""
    from pathlib import Path

    from tests.probes.tables_docx import DOCS, build
    inputs = Path(__file__).parents[1] / "golden" / "inputs"
    for name in DOCS:
        assert build(name) == (inputs / name).read_bytes(), name
