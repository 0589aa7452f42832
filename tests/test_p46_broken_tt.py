"""A task table set with spaces (`pdftotext -layout` of a Word table) whose narrow first column breaks its heading
"TT" into "T" over "T" (round G38's pdf-layout rendition): the header was not told, and every row read as prose,
the tasks without their agencies. "T" / "T" at one place is the code heading as "ST" / "T" already was; a "T" over
anything else is not."""

from __future__ import annotations

import pytest

from pipeline.process import process

TABLE = """\
KẾ HOẠCH
Hoạt động hè năm 2028
II. NHIỆM VỤ
{first}   Nội dung hoạt động   Đơn vị chủ   Đơn vị phối   Thời
{second}                        trì          hợp           gian
1   Tổ chức ra quân      Đoàn         Công an       Tháng
    chiến dịch tình      phường       phường        6/2028
    nguyện hè
2   Sinh hoạt hè cho     Ban Chỉ      Hội Liên      Tháng
    thiếu nhi tại khu    huy Liên     hiệp Phụ nữ   7/2028
    dân cư               đội          phường
III. KINH PHÍ
Kinh phí từ nguồn xã hội hóa.
"""


def rows(first: str, second: str) -> list[tuple[str, list[str], list[str]]]:
    record = process("ke-hoach.txt", TABLE.format(first=first, second=second).encode()).record.model_dump(mode="json")
    return [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("first, second", [("T", "T"), ("ST", "T")])
def test_a_code_heading_broken_over_two_lines(first, second):
    assert rows(first, second) == [
        ("Tổ chức ra quân chiến dịch tình nguyện hè", ["Đoàn phường"], ["Công an phường"]),
        ("Sinh hoạt hè cho thiếu nhi tại khu dân cư", ["Ban Chỉ huy Liên đội"], ["Hội Liên hiệp Phụ nữ phường"])]


@pytest.mark.parametrize("first, second", [("T", "X"), ("T", " ")])
def test_no_code_heading_of_other_letters(first, second):
    # must not: a "T" over another letter, or alone, is no code heading: no table, no agencies
    assert not any(lead for _, lead, _ in rows(first, second))
