"""Field shape of hold-out round G71 (tests/invented/build_g71.py: g71_tinh-hoaphuoc, whose estimate annex came after
its task table; G70's g70_syt-vinhsontay left it): an estimate annex whose columns read as a task table's ("TT | Nội
dung hoạt động | Đơn vị thực hiện | Kinh phí (triệu đồng)") was read as the plan's tasks a second time beside the real
task table. A table with a money column ("Kinh phí", "Dự toán", "Số tiền", "Thành tiền") is an estimate where another
task table has none: its rows are budget lines (extractors.fields.task_tables.table_activities).

Must not: a plan whose ONLY task table has a money column keeps its tasks. Every text is invented.
"""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline

HEAD = ("**ỦY BAN NHÂN DÂN XÃ PHÚ ĐIỀN TÂY**\n\n**Số: 18/KH-UBND**\n\n*Phú Điền Tây, ngày 03 tháng 6 năm 2028*\n\n"
        "# KẾ HOẠCH\n\n## Phòng, chống đuối nước trẻ em năm 2028\n\n")

TASKS = """### I. NHIỆM VỤ

| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | {extra} |
|---|---|---|---|---|
| 1 | Rà soát các điểm có nguy cơ đuối nước | Công an xã | Các thôn | {a} |
| 2 | Dạy bơi an toàn cho học sinh tiểu học | Trường Tiểu học Phú Điền | Đoàn Thanh niên xã | {b} |
| 3 | Lắp biển cảnh báo tại ao, hồ, sông | Ban Chỉ huy Quân sự xã | Các thôn | {c} |

"""

CLOSING = """### II. TỔ CHỨC THỰC HIỆN

1. Công an xã: chủ trì theo dõi thực hiện Kế hoạch.

**Nơi nhận:**

- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**

**CHỦ TỊCH**

**Lò Văn Tiến**

"""

ESTIMATE = """**PHỤ LỤC**

**{title}**

| TT | {content} | {unit} | {money} |
|---|---|---|---|
| 1 | Rà soát điểm nguy cơ | Công an xã | 15 |
| 2 | Dạy bơi cho học sinh | Trường Tiểu học Phú Điền | 40 |
| 3 | Biển cảnh báo | Ban Chỉ huy Quân sự xã | 25 |
| | Tổng cộng | | 80 |
"""


def _codes(text: str) -> list[str]:
    doc = build_document(read(text.encode(), "kh.md"))
    return [a["code"] for a in extract_activities(doc, outline(doc))]


# must match: the estimate's rows no tasks, whatever its columns are called
@pytest.mark.parametrize("title,content,unit,money", [
    ("DỰ TOÁN KINH PHÍ", "Nội dung hoạt động", "Đơn vị thực hiện", "Kinh phí (triệu đồng)"),
    ("DỰ TOÁN CHI TIẾT", "Nội dung", "Đơn vị chủ trì", "Dự toán (nghìn đồng)"),
    ("KINH PHÍ THỰC HIỆN", "Nhiệm vụ", "Cơ quan thực hiện", "Số tiền (triệu đồng)"),
    ("BẢNG KINH PHÍ", "Hoạt động", "Đơn vị thực hiện", "Thành tiền"),
])
def test_an_estimate_after_the_task_table_gives_no_second_tasks(title, content, unit, money):
    text = HEAD + TASKS.format(extra="Thời gian", a="Tháng 6", b="Tháng 7", c="Tháng 6") + CLOSING \
        + ESTIMATE.format(title=title, content=content, unit=unit, money=money)
    assert _codes(text) == ["1", "2", "3"]


# must not: the only task table, with its money column, keeps its tasks
@pytest.mark.parametrize("extra", ["Kinh phí (triệu đồng)", "Dự toán kinh phí", "Số tiền"])
def test_the_only_task_table_with_a_money_column_keeps_its_tasks(extra):
    text = HEAD + TASKS.format(extra=extra, a="15", b="40", c="25") + CLOSING
    assert _codes(text) == ["1", "2", "3"]


# must match: a task table with its own money column, then the estimate (one agency column) after it
@pytest.mark.parametrize("money", ["Kinh phí (triệu đồng)", "Dự toán (triệu đồng)"])
def test_an_estimate_after_a_task_table_with_money_gives_no_second_tasks(money):
    text = HEAD + TASKS.format(extra="Kinh phí", a="15", b="40", c="25") + CLOSING \
        + ESTIMATE.format(title="DỰ TOÁN KINH PHÍ", content="Nội dung hoạt động", unit="Đơn vị thực hiện", money=money)
    assert _codes(text) == ["1", "2", "3"]


# must not: two task tables with money columns, each naming its partners (two years' tasks), keep both
def test_two_task_tables_with_money_and_partners_keep_their_tasks():
    second = TASKS.replace("### I. NHIỆM VỤ", "### II. NHIỆM VỤ NĂM 2029").replace("| 1 |", "| 4 |").replace(
        "| 2 |", "| 5 |").replace("| 3 |", "| 6 |")
    text = HEAD + TASKS.format(extra="Kinh phí", a="15", b="40", c="25") \
        + second.format(extra="Kinh phí", a="10", b="30", c="20") + CLOSING
    assert _codes(text) == ["1", "2", "3", "4", "5", "6"]
