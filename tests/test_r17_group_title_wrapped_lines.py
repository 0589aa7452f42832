"""A group row whose title wraps over several lines in a narrow task column, round R17 (an older annex's task
table, Markdown to Word to PDF, read by `pdftotext -layout`: pdf-layout 0/0/4):

    STT          Nội dung        Cơ quan chủ    Cơ quan phối   Thời gian
                 nhiệm vụ        trì            hợp            hoàn thành
    I            Nhóm nhiệm
                 vụ về hạ
                 tầng du lịch
    1            Đầu tư          Ủy ban nhân    Sở Xây dựng;   Năm 2027
                 ...

`grid._text_table_at` takes a group row (its code, a title across the columns) when the next line is a row; a
title wrapped once was looked past, one wrapped twice or more was not, so the table ended at its first group row
and its tasks were read as prose. The title's wrapped lines (each one segment where the title starts, under a
group's code) are now looked past up to grid.TITLE_WRAP_LINES.

Must-not rows: a task's code (not a group's) over lines at its title's start (a task with its other cells
empty), and a title whose next lines do not end at a row. Names, places and dates invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text


def _table(text: str) -> list[list[str]] | None:
    blocks, _ = read_text(text)
    tables = [b.rows for b in blocks if b.rows]
    return tables[0] if tables else None


HEAD = ("STT          Nội dung        Cơ quan chủ    Cơ quan phối   Thời gian\n"
        "             nhiệm vụ        trì            hợp            hoàn thành\n")

MUST = [
    # three lines of title
    (HEAD +
     "I            Nhóm nhiệm\n"
     "             vụ về giao\n"
     "             thông nông thôn\n"
     "1            Nâng cấp        Ủy ban nhân    Sở Tài chính   Năm 2029\n"
     "             đường liên      dân huyện\n"
     "             xã Phú Đông     Tân Hòa\n"
     "2            Lắp đèn         Sở Giao thông  Công an tỉnh   Quý IV năm\n"
     "             tín hiệu        vận tải                       2028\n",
     [["I", "Nhóm nhiệm vụ về giao thông nông thôn"], ["1", "Nâng cấp đường liên xã Phú Đông"],
      ["2", "Lắp đèn tín hiệu"]]),
    # four lines of title, under a letter
    (HEAD +
     "A            Các nhiệm\n"
     "             vụ chuyển\n"
     "             đổi số của\n"
     "             ngành y tế\n"
     "1            Triển khai      Sở Y tế        Bưu điện tỉnh  2027 - 2029\n"
     "             bệnh án điện\n"
     "             tử\n",
     [["A", "Các nhiệm vụ chuyển đổi số của ngành y tế"], ["1", "Triển khai bệnh án điện tử"]]),
]


@pytest.mark.parametrize("text, want", MUST)
def test_group_title_over_several_lines(text, want):
    rows = _table(text)
    assert rows is not None
    assert [r[:2] for r in rows[1:]] == want


MUST_NOT = [
    # a task's code over lines at its title's start, then prose across the page: no group row, no table of it
    HEAD +
    "3            Tuyên truyền\n"
    "             về phòng chống\n"
    "             dịch bệnh\n"
    "Các sở, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết và báo cáo kết quả.\n",
    # a group code whose title's lines run on into prose, no row after them
    HEAD +
    "II           Nhóm nhiệm\n"
    "             vụ về y tế\n"
    "             dự phòng\n"
    "\n"
    "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.\n",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_group_row_without_a_row_after(text):
    rows = _table(text)
    assert rows is None or not any(r[0] in ("3", "II") for r in rows[1:])
