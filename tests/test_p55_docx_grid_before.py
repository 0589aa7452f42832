"""A Word table row that starts past the grid's first columns (w:gridBefore: a row pasted from a narrower table, a
task's second row with no number cell) was read as python-docx reads it, its cells only: the row came out short, each
cell one column to the left of its own (the task under "TT", the lead agency under "Nội dung"), and the row's task
became an activity numbered by its title with the partner read as its lead. The skipped columns are blank cells now
(extractors.formats.docx.table_rows), so that the cells stay under their columns. Round G57 (the lead's, from G57's
leftover): a group row whose number cell is blank or skipped and whose title Word merged over the other cells read as a
second header row, so the table gave no task; it is a group row now (extractors.fields.task_tables._spanning). Every
text here is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.formats import read
from tests.invented.build_g53 import _docx, _p, _tbl, _tc

_GRID = [600, 3600, 2100, 1900, 900]
_HEADS = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
_ONE = ["1", "Kiểm tra an toàn hồ đập thủy lợi", "Chi cục Thủy lợi", "Sở Xây dựng", "Quý II"]
_TWO = ["2", "Diễn tập ứng phó lũ quét", "Chi cục Thủy lợi", "Công an tỉnh", "Tháng 7"]


def _row(cells: list[str], before: int = 0, after: int = 0) -> str:
    props = (f'<w:gridBefore w:val="{before}"/>' if before else "") + (f'<w:gridAfter w:val="{after}"/>' if after
                                                                       else "")
    widths = _GRID[before:len(_GRID) - after]
    return (f"<w:trPr>{props}</w:trPr>" if props else "") + "".join(_tc(w, [c]) for w, c in zip(widths, cells))


def _docx_bytes(body: str) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        for name, xml in _docx(body).items():
            z.writestr(name, xml)
    return data.getvalue()


def _table(rows: list[str]) -> list[list[str]]:
    raw = read(_docx_bytes(_p("II. NHIỆM VỤ") + _tbl(_GRID, rows)), "ke-hoach.docx")
    return next(b.rows for b in raw.blocks if b.kind == "table")


_SECOND = ["Sửa chữa cống tiêu úng vùng trũng", "Công ty Thủy nông Đồng Lạc", "Ủy ban nhân dân các xã", "Quý III"]

# (the middle row as written, the middle row read)
MUST = [
    # a task's second row with no number cell
    (_row(_SECOND, before=1), [""] + _SECOND),
    # a row of a group heading over the columns after two skipped ones
    (_row(["Nhóm nhiệm vụ ứng phó", "Chi cục Thủy lợi", "Cả năm"], before=2),
     ["", "", "Nhóm nhiệm vụ ứng phó", "Chi cục Thủy lợi", "Cả năm"]),
]

MUST_NOT = [
    # a full row
    (_row(["1a", *_SECOND]), ["1a", *_SECOND]),
    # a row that ends before the grid's last column (w:gridAfter): its cells already under their columns
    (_row(["1a", *_SECOND[:3]], after=1), ["1a", *_SECOND[:3]]),
]


@pytest.mark.parametrize("row, read_as", MUST + MUST_NOT)
def test_a_rows_cells_stay_under_their_columns(row, read_as):
    rows = _table([_row(_HEADS), _row(_ONE), row, _row(_TWO)])
    assert rows[2] == read_as
    assert rows[1] == _ONE and rows[3] == _TWO


def test_a_row_with_no_number_cell_makes_no_activity_of_its_own():
    from extractors.document import build_document
    from pipeline.process import extract_fields

    body = "".join([_p("ỦY BAN NHÂN DÂN TỈNH ĐỒNG LẠC"), _p("Số: 12/KH-UBND"), _p("Đồng Lạc, ngày 02 tháng 3 năm 2028"),
                    _p("KẾ HOẠCH"), _p("Phòng, chống thiên tai năm 2028"), _p("II. NHIỆM VỤ"),
                    _tbl(_GRID, [_row(_HEADS), _row(_ONE), _row(_SECOND, before=1), _row(_TWO)])])
    doc = build_document(read(_docx_bytes(body), "ke-hoach.docx"))
    acts = extract_fields(doc)["activities"]
    assert [a["code"] for a in acts] == ["1", "2"]
    assert "Công ty Thủy nông Đồng Lạc" not in acts[0]["partner_agencies"]
    for act in acts:
        s = act["span"]
        assert act["title"].split()[0] in doc.text[s["start"]:s["end"]]


# -- a group row whose title Word merged across every cell but a blank number cell (fields.task_tables._spanning) ---

def _plan(group: str) -> str:
    return "".join([_p("ỦY BAN NHÂN DÂN TỈNH ĐỒNG LẠC"), _p("Số: 12/KH-UBND"), _p("Đồng Lạc, ngày 02 tháng 3 năm 2028"),
                    _p("KẾ HOẠCH"), _p("Phòng, chống thiên tai năm 2028"), _p("II. NHIỆM VỤ"),
                    _tbl(_GRID, [_row(_HEADS), group, _row(_ONE), _row(_TWO)])])


_TITLE = "Nhóm nhiệm vụ phòng ngừa"
GROUPS = [
    # must: a blank number cell, the title merged over the other four (it read as a second header row: no task)
    _tc(600, [""]) + _tc(8500, [_TITLE], span=4, bold=True),
    # held before too (the skipped cell left out, the row all title), and still now that the skipped cell is blank
    '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + _tc(8500, [_TITLE], span=4, bold=True),
    # held before too: merged over all five, or with its number "I"
    _tc(9100, [_TITLE], span=5, bold=True),
    _tc(600, ["I"]) + _tc(8500, [_TITLE], span=4, bold=True),
]


@pytest.mark.parametrize("group", GROUPS)
def test_a_group_row_over_the_tasks(group):
    from extractors.document import build_document
    from pipeline.process import extract_fields

    doc = build_document(read(_docx_bytes(_plan(group)), "ke-hoach.docx"))
    acts = extract_fields(doc)["activities"]
    assert [(a["code"], a["lead_agencies"]) for a in acts] == [("1", ["Chi cục Thủy lợi"]), ("2", ["Chi cục Thủy lợi"])]
