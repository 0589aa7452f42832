"""A task table's page on a scan: the header repeated at the page's top, then the rest of the last task
of the page before (the page break cut its cells: " | địa phương | quan, đơn vị | 15/4/2026 và tổ chức
thực hiện"), then the page's tasks. Found on the dev set's Word plan as a 300 dpi scan (the pages were
not joined: a page number read "33." between them), where the rest row was taken into the header and
the page's tasks were lost; the rows use other tasks and agencies."""

import pytest

from extractors.blocks import RawBlock, RawDocument
from extractors.document import build_document
from extractors.fields.task_tables import table_activities

HEAD = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"]
TASKS = [["4", "Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ", "Lớp tập huấn", "Quý II/2026", "Sở Nội vụ", "Sở Tài chính"],
         ["5", "Số hóa tài liệu lưu trữ của tỉnh", "Cơ sở dữ liệu", "Năm 2027", "Sở Khoa học và Công nghệ",
          "Các sở, ban, ngành"]]


def _acts(rows: list[list[str]]) -> list[tuple]:
    doc = build_document(RawDocument([RawBlock("paragraph", "PHỤ LỤC"), RawBlock("table", rows=rows)]))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in table_activities(doc)]


WANT = [("4", "Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ", ["Sở Nội vụ"], ["Sở Tài chính"]),
        ("5", "Số hóa tài liệu lưu trữ của tỉnh", ["Sở Khoa học và Công nghệ"], ["Các sở, ban, ngành"])]


@pytest.mark.parametrize("rest", [
    ["", "địa phương", "quan, đơn vị, địa phương", "15/4/2026 và tổ chức thực hiện", "", ""],
    ["", "đối với sự phục vụ của các cơ quan", "với sự phục vụ của các sở", "", "", "nguyên và Môi trường"],
    ["", "vị, địa phương", "", "", "", ""],
])
def test_the_rest_of_a_cut_task_under_the_repeated_header_is_no_heading(rest):
    assert _acts([HEAD, rest, *TASKS]) == WANT


def test_a_second_header_row_in_capitals_stays_the_header():
    """must not: "Cơ quan thực hiện" over "Chủ trì | Phối hợp" is a header of two rows."""
    head = [["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan thực hiện", "Cơ quan thực hiện"],
            ["", "", "", "", "Chủ trì", "Phối hợp"]]
    assert _acts([*head, *TASKS]) == WANT


def test_a_table_with_no_header_roles_stays_no_task_table():
    """must not: lower-case rows under a header that names no task or agency give no tasks."""
    head = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Ghi chú"]
    rows = [["", "tỷ lệ", "%", "90", "95", ""], ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "80", "90", ""]]
    assert _acts([head, *rows]) == []
