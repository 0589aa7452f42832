"""A task table copied out of a PDF cell after cell (`pdftotext -raw`, a PDF library's text), its agencies' cells
written with the initials the document defined for a body ("... của Trung tâm Khuyến nông (TTKN) ..."), round T70
(the invented documents as PDF text dumps: G66's "TTYT huyện" / "TYT các xã" table had no agency read).

extractors.layout.raw_tasks tells a row's cells apart by where an agency's name starts; a body's defined initials
open its name as the body's own words do (normalizers.agencies.document_initials, which the field readers use
already): "TTKN tỉnh" starts the lead's cell, "BQLRPH huyện" beside it the partners'.

Must-not rows: initials the document never defined, and initials defined for no body ("bảo vệ thực vật (BVTV)"),
keep today's reading (no table where nothing else starts a cell, a task's words where they are a task's).
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import tables

PREAMBLE = ["Phát huy vai trò của Trung tâm Khuyến nông (TTKN) và Ban Quản lý rừng phòng hộ (BQLRPH) các",
            "huyện trong việc chuyển giao kỹ thuật cho nông dân.", "III. NHIỆM VỤ"]
HEADER = ["TT Nội dung Đơn vị chủ", "trì", "Đơn vị phối", "hợp", "Thời gian"]
ROWS = ["1 Trình diễn", "giống lúa", "chịu mặn tại", "xã Tà Lùng",
        "TTKN tỉnh BQLRPH huyện", "Quý III/2029",
        "2 Tập huấn kỹ", "thuật canh tác", "cho nông dân",
        "BQLRPH huyện Hội Nông dân", "huyện", "Hằng năm",
        "3 Tổng kết mô", "hình", "TTKN tỉnh Phòng Nông", "nghiệp huyện", "Tháng 12/2029",
        "IV. KINH PHÍ"]


def _read(lines: list[str]) -> list[list[str]] | None:
    found = tables(lines, set())
    return found[0][2][1:] if found else None


# a PDF library's text: each wrapped line keeps the space it wrapped at
def _library(lines: list[str]) -> list[str]:
    out = []
    for k, line in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        wrapped = nxt[:1].islower() and not line.endswith(("huyện", "tỉnh"))
        out.append(line + " " if wrapped else line)
    return out


@pytest.mark.parametrize("dump", [PREAMBLE + HEADER + ROWS, _library(PREAMBLE + HEADER + ROWS)], ids=["raw", "library"])
def test_defined_initials_open_the_agencies_cells(dump):
    # must: each row's lead and partners cut where the defined initials stand
    rows = _read(dump)
    assert rows is not None
    assert rows[0] == ["1", "Trình diễn giống lúa chịu mặn tại xã Tà Lùng", "TTKN tỉnh", "BQLRPH huyện", "Quý III/2029"]
    assert rows[1] == ["2", "Tập huấn kỹ thuật canh tác cho nông dân", "BQLRPH huyện", "Hội Nông dân huyện", "Hằng năm"]
    assert rows[2] == ["3", "Tổng kết mô hình", "TTKN tỉnh", "Phòng Nông nghiệp huyện", "Tháng 12/2029"]


UNDEFINED = ["Phát huy vai trò của các cơ quan chuyên môn.", "III. NHIỆM VỤ"] + HEADER + ROWS
NOT_A_BODY = ["Tăng cường công tác bảo vệ thực vật (BVTV) trên địa bàn huyện.", "III. NHIỆM VỤ", *HEADER,
              "1 Kiểm tra", "đồng ruộng", "Phòng Nông", "nghiệp huyện", "BVTV xã Tà Lùng", "Quý I/2029",
              "2 Tổng kết", "vụ mùa", "Phòng Nông", "nghiệp huyện", "Hội Nông dân xã", "Tháng 12/2029", "IV. KINH PHÍ"]


def test_initials_never_defined_are_no_agency():
    # must-not: the same table in a document that defines no initials: rows 1 and 3 have no agency's words to cut
    # at, the table is not read (as on bda16f35)
    assert _read(UNDEFINED) is None


def test_initials_defined_for_no_body_stay_words():
    # must-not: "BVTV" names a work, not a body: the partners' cell of row 1 is not cut at it (the lead runs on, as
    # on bda16f35)
    rows = _read(NOT_A_BODY)
    assert rows is not None
    assert rows[0][2:4] != ["Phòng Nông nghiệp huyện", "BVTV xã Tà Lùng"]
    assert rows[1] == ["2", "Tổng kết vụ mùa", "Phòng Nông nghiệp huyện", "Hội Nông dân xã", "Tháng 12/2029"]
