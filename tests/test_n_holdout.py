"""Hold-out round N: the shapes its invented documents (tests/invented/raw/n_*) exposed, each with
rows that must match and rows that must not (other names and numbers than the documents)."""

from __future__ import annotations

import pytest

from extractors.fields.task_tables import roles_of

# a work programme's table names the unit that drafts and submits each item ("Đơn vị tham mưu", "Cơ
# quan tham mưu", "Cơ quan soạn thảo", "Đơn vị chủ trì soạn thảo"): the lead column
@pytest.mark.parametrize("header, roles", [
    (["TT", "Nội dung công việc", "Đơn vị tham mưu", "Đơn vị phối hợp", "Thời gian trình"],
     ["code", "task", "lead", "partner", "other"]),
    (["STT", "Nội dung trình", "Cơ quan tham mưu", "Thời gian"], ["code", "task", "lead", "other"]),
    (["STT", "Tên đề án, văn bản", "Cơ quan soạn thảo", "Cơ quan phối hợp", "Thời gian trình"],
     ["code", "task", "lead", "partner", "other"]),
    (["TT", "Nội dung", "Đơn vị chủ trì soạn thảo", "Tháng trình"], ["code", "task", "lead", "other"]),
    # must not: a column of the advice given, or of the person who signs, is no agency column
    (["TT", "Nội dung công việc", "Ý kiến tham mưu", "Thời gian"], None),
    (["TT", "Nội dung", "Người ký", "Thời gian"], None),
])
def test_drafting_unit_is_the_lead(header, roles):
    assert roles_of([header]) == roles
