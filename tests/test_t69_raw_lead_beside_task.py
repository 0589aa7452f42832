"""A task table copied cell after cell (`pdftotext -raw`) whose task's last line and the lead's first came out side by
side, the lead's rest under them in lower case, then the partners' lines ("... trong toàn" / "Đảng bộ Ban Tuyên" /
"giáo và Dân" / "vận Tỉnh ủy" / "Các đảng bộ" ...): the lead cut off the task's line where its name starts
(raw_tasks._lead_beside_task), where the row read the partners as its lead and the lead as the task's words (G34
dongkhanh's PDF dumps, round T68's leftover).

Must-not rows: a body the task names after "với", "tại", "của" ..., a row whose lead starts a line of its own, a row
with one agency and no name in the task's line, keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import raw_tasks

KINDS = raw_tasks._header("TT Nhiệm vụ Chủ trì Phối hợp Thời gian")


@pytest.mark.parametrize("row, want", [
    # must: the lead's first words after the task's last
    (["2", "Tuyên truyền chính sách bảo", "hiểm xã hội cho người lao", "động Sở Lao", "động - Thương", "binh và Xã hội",
      "Bảo hiểm xã hội", "tỉnh", "Quý III/2027"],
     ["2", "Tuyên truyền chính sách bảo hiểm xã hội cho người lao động", "Sở Lao động - Thương binh và Xã hội",
      "Bảo hiểm xã hội tỉnh", "Quý III/2027"]),
    (["4", "Rà soát quy hoạch mạng lưới", "trường học trên địa bàn Ủy ban", "nhân dân", "huyện", "Phòng Tài chính -",
      "Kế hoạch", "Năm 2028"],
     ["4", "Rà soát quy hoạch mạng lưới trường học trên địa bàn", "Ủy ban nhân dân huyện",
      "Phòng Tài chính - Kế hoạch", "Năm 2028"]),
])
def test_lead_beside_task(row, want):
    assert raw_tasks._cells(row, KINDS) == want


@pytest.mark.parametrize("row", [
    # must-not: a body the task names after a preposition; a lead on a line of its own
    ["3", "Tổ chức hội nghị phối hợp với Sở", "Tư pháp", "Công an tỉnh", "Quý I/2027"],
    ["5", "Kiểm tra việc thực hiện", "Sở Nội vụ", "Văn phòng Tỉnh ủy", "Năm 2027"],
])
def test_kept(row):
    lines = [ln for ln in row[1:]]
    assert raw_tasks._lead_beside_task(lines, len(lines) - 3) is None


def test_longest_name_beside_the_task():
    # "Ban Tuyên" / "giáo và Dân" / "vận Tỉnh ủy": the lead is the whole name, not "Tỉnh ủy" after the task's words
    row = ["1", "Quán triệt nghị quyết trong", "toàn Đảng bộ Ban Tuyên", "giáo và Dân", "vận Tỉnh ủy", "Các chi bộ",
           "trực thuộc", "Quý III/2027"]
    cells = raw_tasks._cells(row, KINDS)
    assert cells[1:3] == ["Quán triệt nghị quyết trong toàn Đảng bộ", "Ban Tuyên giáo và Dân vận Tỉnh ủy"]
