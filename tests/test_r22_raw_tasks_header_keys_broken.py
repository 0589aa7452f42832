"""A task table copied cell after cell whose header's narrow columns break their keys between two lines, round
R22 (G22's district decision replacing an appendix of tasks after the signature, .html printed to PDF, pdftotext
-raw: activities 0/0/4):

    STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian
    trì hợp hoàn thành
    1
    Rà soát, công bố danh mục
    ...

`raw_tasks._header_by_words` found a lead column by "chủ trì", a partners' by "phối hợp", each whole in the
header's text; broken by the lines ("chủ" on the first, "trì" under it) neither was found and the table was not
read. A key's two words each once, the first on a line and the second on the next, name its column; a blank
line between the header's lines (as the text reader leaves one there) does not end the header.

Must-not rows: the halves twice (two leads' columns, "chủ" / "trì" twice), the second half on the same line
before the first, or on a line that is not the next, name no column; a header that has neither key is not read.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import raw_tasks

ROWS = """\
1
Lập danh mục công trình
thủy lợi xuống cấp
Phòng Nông nghiệp
UBND các xã
Quý II/2031
2
Tổ chức diễn tập phòng
chống thiên tai
Ban Chỉ huy Quân sự
huyện
Phòng Nội vụ
Tháng 6/2031
III. KINH PHÍ"""


def read(header: str) -> list[list[str]]:
    lines = ["Danh mục nhiệm vụ", *header.split("\n"), *ROWS.split("\n")]
    found = raw_tasks.tables(lines, set())
    return found[0][2] if found else []


@pytest.mark.parametrize("header", [
    "STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian\ntrì hợp hoàn thành",         # must: as in the document
    "TT Nội dung Đơn vị chủ Đơn vị phối Thời gian\ntrì hợp",                       # other names
    "STT Nhiệm vụ Đơn vị tham Đơn vị phối Thời hạn\nmưu hợp",
    "STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian\n\ntrì hợp hoàn thành",     # a blank line between them
])
def test_keys_broken_between_lines(header):
    rows = read(header)
    assert [r[0] for r in rows[1:]] == ["1", "2"]
    assert rows[1][2:] == ["Phòng Nông nghiệp", "UBND các xã", "Quý II/2031"]
    assert rows[2][2:] == ["Ban Chỉ huy Quân sự huyện", "Phòng Nội vụ", "Tháng 6/2031"]


@pytest.mark.parametrize("lines, kind, found", [
    (["STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian", "trì hợp hoàn thành"], "lead", True),   # must
    (["STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian", "trì hợp hoàn thành"], "partner", True),
    (["STT Nhiệm vụ chủ Cơ quan chủ Thời gian", "trì trì"], "lead", False),    # must-not: twice
    (["STT Nhiệm vụ Cơ quan trì Cơ quan chủ Thời gian", "hợp"], "lead", False),  # second half before the first
    (["STT Nhiệm vụ Cơ quan chủ Thời gian", "hoàn thành", "trì"], "lead", False),  # not on the next line
    (["STT Nhiệm vụ Cơ quan chủ Thời gian", "trì"], "time", False),            # a key that is no two words
])
def test_split_key(lines, kind, found):
    assert raw_tasks._split_key(kind, lines) is found


def test_blank_line_then_no_header_words():
    # must-not: a blank line under the header, then a line that is no heading's words: the header ends there
    assert read("STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian\n\nCăn cứ tình hình thực tế") == []


def test_header_with_neither_key_not_read():
    assert read("STT Nhiệm vụ Cơ quan Cơ quan Thời gian\nthực hiện hoàn thành") == []
