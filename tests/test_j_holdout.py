"""Hold-out round J: the shapes its invented documents (tests/invented/raw/j_*) exposed, each with
rows that must match and rows that must not."""

import pytest

from extractors.fields.task_tables import roles_of


@pytest.mark.parametrize("header, roles", [
    # a task column named for the joint work ("Nội dung phối hợp") is the task column
    (["STT", "Nội dung phối hợp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
     ["code", "task", "lead", "partner", "other"]),
    (["TT", "Hoạt động phối hợp", "Cơ quan chủ trì", "Cơ quan phối hợp"], ["code", "task", "lead", "partner"]),
    (["STT", "Nhiệm vụ phối hợp thực hiện", "Chủ trì", "Phối hợp"], ["code", "task", "lead", "partner"]),
    # must not: a column that names the partners stays the partners', whatever words it has
    (["STT", "Nội dung", "Đơn vị phối hợp thực hiện nội dung", "Chủ trì"], ["code", "task", "partner", "lead"]),
    (["STT", "Nội dung phối hợp", "Thời gian"], None),  # no lead or partner column: no task table
])
def test_task_column_named_for_joint_work(header, roles):
    assert roles_of([header]) == roles
