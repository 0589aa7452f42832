"""A task table grouped by a column of its own before the code column: "Lĩnh vực | STT | Nhiệm vụ | Đơn vị chủ trì |
Đơn vị phối hợp | Thời gian", the field's cell merged down over the field's tasks (an HTML rowspan, Word's vMerge, a
merged range of a sheet), each reader spreading it over the rows it covers:

    Lĩnh vực              | STT | Nhiệm vụ                  | Đơn vị chủ trì | ...
    Hạ tầng và dữ liệu số | 1   | Lắp đặt mạng wifi ...     | Phòng Kinh tế  | ...
    Hạ tầng và dữ liệu số | 2   | Số hóa hồ sơ ...          | ...
    Kinh tế số            | 3   | Hướng dẫn hộ sản xuất ... | ...

It is the group rows' shape turned on its side: the table is read as its tasks under group rows ("Hạ tầng và dữ liệu
số" across the row, as a row merged across reads), the code column first. Only a task table (a code column second,
a task's and a lead's columns after it) whose first column names a group in every body row, some group over two rows
or more (a merge, not a column of its own: a place, a field named once a task), is so read; a first column of
agencies (a lead merged down over its tasks) is the tasks' own.
"""

from __future__ import annotations

from extractors.layout.cells import CODE_HEAD, LEAD_HEAD, PARTNER_HEAD, TASK_HEAD, ordinal_column
from normalizers.text import untoned

MIN_WIDTH = 4  # the group's column, the code's, the task's and the lead's


def group_column_rows(rows: list[list[str]]) -> list[list[str]]:
    """The rows of a task table grouped by its first column (see above) as group rows over the rows without that
    column; `rows` themselves for any other table."""
    if len(rows) < 3 or min(len(r) for r in rows) < MIN_WIDTH or len({len(r) for r in rows}) > 1:
        return rows
    head, body = rows[0], rows[1:]
    if CODE_HEAD.match(head[0].strip().strip("*").strip()) or not CODE_HEAD.match(head[1].strip().strip("*").strip()):
        return rows
    first, *heads = [" ".join(untoned(c).lower().split()) for c in [head[0]] + head[2:]]
    if LEAD_HEAD.search(first) or PARTNER_HEAD.search(first):
        return rows  # the first column an agency's, merged over its tasks: the tasks' own column
    if not any(TASK_HEAD.search(h) for h in heads) or not any(LEAD_HEAD.search(h) for h in heads):
        return rows
    groups = [r[0].strip() for r in body]
    if not all(groups) or len(set(groups)) == len(groups) or not ordinal_column([r[1] for r in body]):
        return rows
    out = [head[1:]]
    for i, row in enumerate(body):
        if i == 0 or groups[i] != groups[i - 1]:
            out.append([row[0]] * (len(row) - 1))
        out.append(row[1:])
    return out
