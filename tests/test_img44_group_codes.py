"""Round IMG44: a task table's first group code read as the digit one (extractors/formats/ocr.py _group_codes).

G67's task annex exported to Excel (group rows "I", "II" merged across the table, each followed by its tasks "1",
"2"), printed and scanned: the first group's "I" read "1" at 300 dpi, on the photo, the archive's and the phone app's
scan (the low scan read it "I"); the table's codes 1, 1, 2, II, 1, 2: the group "CÔNG TÁC TUYÊN TRUYỀN ..." taken for
a task. A first group row whose code reads as a one ("1", "l", "|") is "I" where the row right after it is numbered
"1" too (a group's first task; a task numbered 1 is not followed by another task numbered 1) and every group's code
reads as a Roman numeral. On the photo the second group's "II" was not read at all (its cell blank): a later merged row
with a blank code and a task "1" under it counts among the groups, where no group's plain Roman code then stands out
of its place. Every input is invented (other groups, other tasks).
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr

HEAD = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]


def group(code: str, title: str) -> list[str]:
    return [code] + [title] * 4


def task(code: str, name: str) -> list[str]:
    return [code, name, "Phòng Nội vụ", "Công an xã", "Quý II/2028"]


@pytest.mark.parametrize("codes, fixed", [
    # (a group row's code written "g:" before it)
    # must: the first group read as a one, its first task "1" right under it
    (["g:1", "1", "2", "g:II", "1", "2"], {1: "I"}),
    (["g:1", "1", "g:II", "1", "g:III", "1", "2"], {1: "I"}),
    (["g:l", "1", "2", "g:II", "1"], {1: "I"}),
    (["g:|", "1", "g:II", "1", "2", "3"], {1: "I"}),
    (["g:1.", "1", "g:II.", "1"], {1: "I."}),
    # must: a later group's code not read at all (a blank cell), its first task "1" under it (the photo's "II")
    (["g:1", "1", "2", "g:", "1", "2"], {1: "I", 4: "II"}),
    (["g:I", "1", "g:", "1", "g:III", "1"], {3: "II"}),
    (["g:I.", "1", "2", "g:", "1"], {4: "II."}),
    # must-not (today's reading): the first group read "I"; groups numbered in digits ("1", "2"); a first group "1"
    # whose next row is "2"; one group only; a group "1" over sub-codes "1.1"
    (["g:I", "1", "2", "g:II", "1"], {}),
    (["g:1", "1", "2", "g:2", "1"], {}),
    (["g:1", "2", "g:II", "1"], {}),
    (["g:1", "1", "2"], {}),
    (["g:1", "1.1", "1.2", "g:II", "2.1"], {}),
    # must-not: a blank-coded merged row that is a heading (no task "1" under it; or the groups' plain codes then out
    # of their place), or before any group
    (["g:I", "1", "g:", "2", "g:II", "1"], {}),
    (["g:I", "1", "g:", "1", "g:II", "1"], {}),
    (["g:", "1", "g:I", "1", "g:II", "1"], {}),
    (["g:I", "1", "2", "g:"], {}),
])
def test_first_group_read_as_one(codes, fixed):
    rows = [list(HEAD)]
    for n, code in enumerate(codes):
        rows.append(group(code[2:], f"NHÓM NHIỆM VỤ SỐ {n}") if code.startswith("g:") else task(code, f"Nhiệm vụ {n}"))
    assert ocr._group_codes(rows) == fixed
