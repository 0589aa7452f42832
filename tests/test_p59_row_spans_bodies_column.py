"""A task table whose bodies' column is headed "Cơ quan, đơn vị" (or "Cơ quan/đơn vị", "Cơ quan"), one body over
several tasks in a merged cell that html2text (and other scrapers) wrote once: the rows under it one cell short, their
task read as the body and their time as the task. The column is the table's lead, so the merged cell's rows take the
body above, as a lead column headed "Chủ trì" does (extractors/layout/row_spans.py _kind, lost_row_spans).

Must-not rows: "Đơn vị" alone (a measure's unit) is no bodies' column; a table with no bodies' column keeps its short
rows. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.row_spans import _kind, lost_row_spans


def _table(heading: str) -> list[list[str]]:
    return [["STT", heading, "Nội dung công việc", "Thời hạn"],
            ["1", "Phòng Văn hóa và Thông tin", "Rà soát các di tích cấp huyện", "Tháng 3/2029"],
            ["2", "Lập hồ sơ xếp hạng di tích", "Tháng 6/2029"],
            ["3", "Trung tâm Văn hóa huyện", "Tổ chức lễ hội truyền thống", "Tháng 9/2029"]]


@pytest.mark.parametrize("heading", ["Cơ quan, đơn vị", "Cơ quan/đơn vị", "Cơ quan", "Đơn vị, cơ quan"])
def test_a_bodies_column_takes_the_merged_body(heading):
    rows = lost_row_spans(_table(heading))
    assert rows[2] == ["2", "Phòng Văn hóa và Thông tin", "Lập hồ sơ xếp hạng di tích", "Tháng 6/2029"]


@pytest.mark.parametrize("heading, kind", [
    ("Cơ quan, đơn vị", "lead"), ("Cơ quan chủ trì", "lead"),
    # must not: a measure's unit, a column of notes
    ("Đơn vị", "other"), ("Đơn vị tính", "other"), ("Ghi chú", "other"),
])
def test_kinds(heading, kind):
    assert _kind(heading) == kind


def test_no_bodies_column_keeps_the_short_row():
    rows = _table("Ghi chú")
    assert lost_row_spans(rows) == rows
