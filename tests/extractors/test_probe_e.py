"""Probe round E: shapes of budget prose, assignments and tables the other tests did not
cover, each a table of our own inputs (tests/cases/*.yaml) with rows that must match and
rows that must not."""

import pytest
import yaml

from normalizers.agencies import roles_in
from tests.conftest import CASES

ROLES = yaml.safe_load((CASES / "assignment_roles.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROLES, ids=[c["text"][:60] for c in ROLES])
def test_assignment_roles(case):
    want = tuple(case["roles"]) if case["roles"] is not None else None
    got = roles_in(case["text"])
    assert (tuple(list(x) for x in got) if got is not None else None) == want


def _csv(name):
    import csv
    with open(CASES / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("case", _csv("table_units.csv"), ids=lambda c: c["text"])
def test_table_units(case):
    """A table's unit as its unit line or a header cell states it, a count of đồng
    ("ĐVT: 1.000 đồng") included; counts of people or land are no money."""
    from normalizers.money import header_unit
    want = (case["unit"], int(case["multiplier"])) if case["unit"] else None
    assert header_unit(case["text"]) == want


@pytest.mark.parametrize("row, labels_first, data", [
    # must match: a table with no code column opens its rows with their labels
    (["Ngân sách Trung ương", "1,5", "1,8", "3,3"], True, True),
    (["Nhân dân đóng góp", "0,2", "", "0,2"], True, True),
    (["Tổng cộng", "2,8", "3,4", "6,2"], True, True),
    # must not match: a header of bare years, a label with no amount, a column-number row,
    # and a label first where the table has a code column
    (["Nội dung", "2026", "2027", "2028"], True, False),
    (["Nguồn vốn", "Năm 2026", "Năm 2027", "Cộng"], True, False),
    (["(1)", "(2)", "(3)", "(4)"], True, False),
    (["Ngân sách tỉnh", "0,8", "1,0", "1,8"], False, False),
])
def test_rows_that_open_with_their_label(row, labels_first, data):
    from extractors.tables.rebuild import _is_data_row
    assert _is_data_row(row, labels_first) is data


@pytest.mark.parametrize("leaf, source", [
    ("Vốn XHH", "mobilized"),
    ("Vốn xã hội hóa", "mobilized"),
    ("Giai đoạn 2026-2028", "total"),
    ("Cả giai đoạn", "total"),
    ("2026 - 2030", "total"),
    ("Năm 2027-2030", "total"),
    ("Các năm 2027 - 2029", "total"),
    ("Vốn NSTW giai đoạn 2026-2030", "central"),
    ("Vốn NSTW năm 2027-2030", "central"),
    # must stay "other": a source the codes do not name
    ("Vốn lồng ghép", "other"),
    ("Vốn khác giai đoạn 2026-2028", "other"),
    ("Vốn tín dụng", "other"),
    # spans of time within a year are no source either
    ("Quý I", "total"),
    ("6 tháng đầu năm", "total"),
    ("Đợt 2", "total"),
    ("Doanh nghiệp", "other"),
])
def test_leaf_column_sources(leaf, source):
    from extractors.tables.rebuild import source_of_leaf
    assert source_of_leaf(leaf) == source


@pytest.mark.parametrize("rows, header", [
    ([["Nội dung", "Kinh phí", "Ghi chú"]], True),
    ([["Hạng mục", "Dự toán (triệu đồng)"]], True),
    ([["Nguồn vốn", "Năm 2026", "Năm 2027"]], True),
    ([["STT", "Nội dung", "Số tiền"]], True),
    ([["Nguồn kinh phí", "Quý I", "Quý II"]], True),
    # must not match: body rows of a table continued on the next page
    ([["Sưu tầm hiện vật", "320", ""]], False),
    ([["Ngân sách tỉnh", "0,8", "1,0"]], False),
    ([["3", "Phục dựng lễ hội", "580"]], False),
])
def test_header_rows_of_a_grid(rows, header):
    from extractors.tables.rebuild import _has_header
    assert _has_header(rows) is header


@pytest.mark.parametrize("text, roles", [
    # a Word cell whose lines were joined: each label starts a part
    ("Chủ trì: Sở Y tế Phối hợp: Sở Tài chính, Sở Xây dựng", (["Sở Y tế"], ["Sở Tài chính", "Sở Xây dựng"])),
    ("Đơn vị chủ trì: Công an tỉnh Đơn vị phối hợp: Sở Tư pháp", (["Công an tỉnh"], ["Sở Tư pháp"])),
    ("Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính; Văn phòng UBND tỉnh",
     (["Sở Nội vụ"], ["Sở Tài chính", "Văn phòng UBND tỉnh"])),
    # must not match: no label at the start of the cell
    ("Sở Y tế; Sở Tài chính", None),
    ("Sở Nội vụ chủ trì: tổng hợp báo cáo", None),
])
def test_labelled_agency_cells(text, roles):
    from extractors.fields.task_tables import _labelled_cell
    assert _labelled_cell(text) == roles


@pytest.mark.parametrize("header, roles", [
    # a grid with no STT column is read when code is not required
    (["Nhiệm vụ", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp"], ["task", "other", "lead", "partner"]),
    (["Nội dung công việc", "Cơ quan thực hiện"], ["task", "lead"]),
    # must not match: no task column, or no agency column
    (["Đơn vị", "Thời gian kiểm tra"], None),
    (["Nội dung", "Kinh phí", "Ghi chú"], None),
])
def test_task_header_without_a_code_column(header, roles):
    from extractors.fields.task_tables import roles_of
    assert roles_of([header], need_code=False) == roles
    assert roles_of([header]) is None  # (a flattened table needs its STT column to cut rows)


SUMS = yaml.safe_load((CASES / "activity_sums.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SUMS, ids=[c["name"] for c in SUMS])
def test_sums_inside_a_task(case):
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC CƠ\nSố: 64/KH-UBND\nĐức Cơ, ngày 08 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Phòng, chống đuối nước trẻ em năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nBảo vệ trẻ em.\n" + case["text"]
            + "Nơi nhận:\n- Lưu: VT.\n")
    out = process("plan.txt", text.encode("utf-8"))
    record = out.dump
    got = [[s["scope"], s["amount_vnd"]] for s in record["budget"]["statements"]]
    assert got == case["want"]
    for s in record["budget"]["statements"]:
        assert out.text[s["span"]["start"]: s["span"]["end"]] == s["raw"]


@pytest.mark.parametrize("line, title", [
    ("Biểu 01: KHÁI TOÁN KINH PHÍ THỰC HIỆN Đơn vị tính: triệu đồng", "Biểu 01: KHÁI TOÁN KINH PHÍ THỰC HIỆN"),
    ("BẢNG TỔNG HỢP KINH PHÍ - ĐVT: 1.000 đồng", "BẢNG TỔNG HỢP KINH PHÍ"),
    ("BẢNG PHÂN KỲ KINH PHÍ (Đơn vị: tỷ đồng)", "BẢNG PHÂN KỲ KINH PHÍ"),
    # must not change: a unit line alone, a title with no unit, a unit word inside a sentence
    ("Đơn vị tính: triệu đồng", "Đơn vị tính: triệu đồng"),
    ("BIỂU 02: PHÂN KỲ ĐẦU TƯ", "BIỂU 02: PHÂN KỲ ĐẦU TƯ"),
    ("Kinh phí do đơn vị sử dụng quyết toán", "Kinh phí do đơn vị sử dụng quyết toán"),
])
def test_a_title_and_its_unit_on_one_line(line, title):
    from extractors.tables.rebuild import UNIT_AFTER_TITLE
    assert UNIT_AFTER_TITLE.sub("", line) == title


@pytest.mark.parametrize("cell, line", [
    # must match: a list of agencies, one a line
    ("Liên minh Hợp tác xã tỉnh\nUBND các xã, phường", "Liên minh Hợp tác xã tỉnh; UBND các xã, phường"),
    ("- Viettel Phú Thọ\n- VNPT Phú Thọ", "- Viettel Phú Thọ; - VNPT Phú Thọ"),
    ("Sở Y tế;\nCông an tỉnh", "Sở Y tế; Công an tỉnh"),
    # must not match: a sentence or a name wrapped over lines, a heading merged by Word
    ("Các hợp tác xã\ncó liên kết sản xuất", "Các hợp tác xã có liên kết sản xuất"),
    ("Rà soát quy hoạch\nmạng lưới trạm y tế", "Rà soát quy hoạch mạng lưới trạm y tế"),
    ("TT\n", "TT "),
    ("Sở Y tế", "Sở Y tế"),
])
def test_cell_lines_joined(cell, line):
    from normalizers.agencies import join_cell_lines
    assert join_cell_lines(cell) == line


RESP_TABLES = yaml.safe_load((CASES / "responsibility_tables.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", RESP_TABLES, ids=[c["name"] for c in RESP_TABLES])
def test_responsibility_tables(case):
    from extractors.document import build_document
    from extractors.fields.responsibilities import extract_responsibilities
    from extractors.formats import read
    from extractors.segment import outline
    d = build_document(read(case["text"].encode("utf-8"), "plan.md"))
    found = extract_responsibilities(d, outline(d))
    assert [r["agency"] for r in found] == case["agencies"]
    for r in found:  # the span is the agency's cell
        assert r["agency"] in d.text[r["span"]["start"]: r["span"]["end"]]


def _items(text: str, name: str) -> list[list]:
    from pipeline.process import process
    record = process(name, text.encode("utf-8")).dump
    return [[i["row_label"], i["row_kind"], i["year"], i["source"], i["amount_vnd"]] for i in record["budget"]["items"]]


FLAT_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 66/KH-UBND\nVĩnh Long, ngày 10 tháng 1 năm 2026\nKẾ HOẠCH\n"
             "Tuyên truyền pháp luật giai đoạn 2026 - 2027\nI. MỤC ĐÍCH\nNâng cao nhận thức.\nII. KINH PHÍ\n"
             "Đơn vị tính: triệu đồng\n")


def test_a_flattened_table_whose_total_row_comes_first():
    """One cell per line, an empty cell a lone no-break space: the total row first, with
    no code, is the body's first row, not a part of the header."""
    cells = ["STT", "Nội dung", "Tổng", "Năm 2026", "Năm 2027", "\u00a0", "Tổng cộng", "540", "260", "280",
             "1", "Hội nghị triển khai", "200", "200", "-", "2", "Tập huấn", "340", "60", "280"]
    got = _items(FLAT_HEAD + "\n".join(cells) + "\nNơi nhận:\n- Lưu: VT.\n", "plan.txt")
    assert got[:3] == [["Tổng cộng", "total", None, "total", 540_000_000],
                       ["Tổng cộng", "total", 2026, "total", 260_000_000],
                       ["Tổng cộng", "total", 2027, "total", 280_000_000]]
    assert len(got) == 8


def test_a_flattened_header_with_an_empty_cell_before_tong():
    """Must not cut: a header cell "" then "Tổng" over bare years is still the header."""
    cells = ["STT", "Nội dung", "\u00a0", "Tổng", "2026", "2027", "1", "Hội nghị triển khai", "", "200", "200", "-"]
    got = _items(FLAT_HEAD + "\n".join(cells) + "\nNơi nhận:\n- Lưu: VT.\n", "plan.txt")
    assert ["Tổng cộng", "total", None, "total", 200_000_000] not in got


def test_a_level_row_names_no_source():
    """"B. Cấp xã" carries tasks out; "II. Ngân sách cấp xã" is a budget (local)."""
    md = ("# KẾ HOẠCH\n\nĐVT: triệu đồng\n\n| STT | Nội dung | Kinh phí |\n|---|---|---|\n"
          "| A | Cấp tỉnh | 300 |\n| 1 | Hội nghị | 300 |\n| B | Cấp xã | 200 |\n| 1 | Tuyên truyền | 200 |\n\n"
          "| STT | Nguồn | Kinh phí |\n|---|---|---|\n| I | Ngân sách cấp xã | 150 |\n| II | Ngân sách huyện | 50 |\n")
    got = {(label, source) for label, _, _, source, _ in _items(md, "plan.md")}
    assert got == {("Cấp tỉnh", "total"), ("Hội nghị", "total"), ("Cấp xã", "total"), ("Tuyên truyền", "total"),
                   ("Ngân sách cấp xã", "local"), ("Ngân sách huyện", "local")}


def test_a_table_title_is_never_above_the_table_before():
    """The lines above a table up to the table before it are its title and unit; a title
    further up belongs to that other table."""
    md = ("# KẾ HOẠCH\n\nDỰ TOÁN KINH PHÍ\n\nĐVT: 1.000 đồng\n\n| TT | Nội dung chi | Thành tiền |\n|---|---|---|\n"
          "| 1 | Giải bóng đá | 15.000 |\n\nNguồn kinh phí theo quý (Đơn vị: triệu đồng):\n\n"
          "| Nguồn kinh phí | Quý I | Quý II |\n|---|---|---|\n| Ngân sách xã | 10 | 8,5 |\n")
    from pipeline.process import process
    tables = process("plan.md", md.encode("utf-8")).dump["budget"]["tables"]
    assert [(t["title"], t["unit"], t["multiplier"]) for t in tables] == [
        ("DỰ TOÁN KINH PHÍ", "1.000 đồng", 1000), (None, "triệu đồng", 1_000_000)]


def test_the_golden_word_probes_of_round_e_are_what_the_generator_writes():
    """tests/golden/inputs/probe_e_*.docx come from tests/probes/probe_e_docx.py, byte for byte."""
    from pathlib import Path

    from tests.probes.probe_e_docx import DOCS, build
    inputs = Path(__file__).parents[1] / "golden" / "inputs"
    for name in DOCS:
        assert build(name) == (inputs / name).read_bytes(), name


def test_a_column_of_later_years_is_part_of_the_total():
    # "Tổng số = Năm 2026 + Năm 2027-2030": no row is a mismatch, every cell is all sources
    from extractors.document import build_document
    from extractors.formats.base import RawBlock, RawDocument
    from extractors.tables.budget import extract_budget_tables
    rows = [["STT", "Nội dung", "Tổng số", "Năm 2026", "Năm 2027-2030"], ["1", "Trồng rừng", "5.000", "1.000", "4.000"],
            ["2", "Tuần tra", "800", "200", "600"], ["", "Tổng cộng", "5.800", "1.200", "4.600"]]
    out = extract_budget_tables(build_document(RawDocument([RawBlock("paragraph", "ĐVT: triệu đồng"),
                                                            RawBlock("table", rows=rows)])), {}, [])
    assert not [q for q in out["issues"] if q["code"] == "budget.row_sum_mismatch"]
    assert {i["source"] for i in out["items"]} == {"total"}
    assert sum(i["amount_vnd"] for i in out["items"] if i["counted"]) == 5_800_000_000
