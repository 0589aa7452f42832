"""A ruled task table printed from a Word file, whose lead agency's cell is merged down over three tasks or
more (Word's vertical merge) and cut by a page break: the page before holds the lead's first words ("Sở Văn
hóa, Thể"), the next page its rest ("thao và Du lịch") in the row that finishes the cut task and, the merged
cell drawn once, in every task it goes on over. Each of those tasks gets the whole lead
(continued._whole_leads), not only the first after the cut (the third read "thao và Du lịch": a lead lost, a
wrong agency made). Found by a Word-made PDF of a 34-task plan (round P42); names invented; must and
must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.continued import join

HEAD = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
ABOVE = [HEAD, ["7", "Tổ chức liên hoan", "Sở Y tế", "UBND các xã", "Quý I"],
         ["8", "Xây dựng thiết chế văn hóa ở", "Sở Văn hóa, Thể", "UBND các xã", "2027"]]


@pytest.mark.parametrize("rows, leads", [
    # must: the merged lead's rest in the next three tasks: each whole
    ([["", "thôn, bản", "thao và Du lịch", "", ""],
      ["9", "Tu bổ di tích", "thao và Du lịch", "Sở Tài chính", "2028"],
      ["10", "Phát triển du lịch cộng đồng", "thao và Du lịch", "UBND các xã", "Hằng năm"],
      ["11", "Tổ chức giải thể thao", "thao và Du lịch", "Tỉnh đoàn", "Quý III"],
      ["12", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Công an tỉnh", "Quý IV"]],
     ["Sở Văn hóa, Thể thao và Du lịch"] * 4 + ["Sở Y tế"]),
    # must not: a task after the merged run whose lead happens to read as the rest again keeps its own
    # (the run ends at the first task with another lead)
    ([["", "thôn, bản", "thao và Du lịch", "", ""],
      ["9", "Tu bổ di tích", "Sở Xây dựng", "Sở Tài chính", "2028"],
      ["10", "Phát triển du lịch cộng đồng", "thao và Du lịch", "UBND các xã", "Hằng năm"]],
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "thao và Du lịch"]),
])
def test_a_lead_merged_over_the_break_stands_whole_in_each_task(rows, leads):
    table = join([list(r) for r in ABOVE], rows)
    assert [r[2] for r in table[2:]] == leads


def test_only_a_lead_column_is_made_whole():
    # must not: a partner merged over the break keeps its rest in the next task (only the lead's column)
    above = [HEAD, ["8", "Xây dựng thiết chế văn hóa ở", "Sở Văn hóa, Thể", "Sở Nội", "2027"]]
    rows = [["", "thôn, bản", "thao và Du lịch", "vụ", ""], ["9", "Tu bổ di tích", "thao và Du lịch", "vụ", "2028"]]
    table = join(above, rows)
    assert [r[3] for r in table[1:]] == ["Sở Nội vụ", "vụ"]
    assert [r[2] for r in table[1:]] == ["Sở Văn hóa, Thể thao và Du lịch"] * 2
