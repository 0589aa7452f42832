"""A hard-wrapped text printed double-spaced that the reader could not undo, round R22 (G22's district decision
quoting new wording in straight quotes, .txt printed to PDF, pdftotext -layout: agencies 3/3/5):

    Lạc. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với
    <blank>
    Phòng Tài chính - Kế hoạch và UBND các xã thực hiện.

The printed lines longer than the page wrapped once more, so not every line has a blank one under it and
`text._undoubled` leaves the blank lines; `wrap.joins` joined a line over a blank line only where the next one
opens in lower case, and the task's partners were a paragraph of their own, lost. A full line that stops on a
word no phrase ends in (a preposition, a conjunction: "với", "và", "của", "cho" ...) goes on over the blank
line with a name in sentence case.

Must-not rows: a short line (a heading, a paragraph's last line), a line ending in a word a name or a date may end
in ("huyện", "năm"), a line ending a sentence, a next line in capitals or opening a block ("2. ...", "- ...") keep
the blank line's break; lines with no blank between are as before. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.wrap import Style, joins

STYLE = Style(paragraphs_by_blank_lines=True, wrap_width=74.0, markdown=False)


@pytest.mark.parametrize("prev, nxt", [
    ("Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Đoàn Thanh niên và", "Ban Quản lý rừng phòng hộ thực hiện."),
    ("Giao Trung tâm Y tế chủ trì, phối hợp chặt chẽ với Phòng Giáo dục, với", "Ủy ban nhân dân các xã tổ chức."),
    ("Ủy ban nhân dân huyện giao nhiệm vụ phát triển hạ tầng thương mại cho", "Phòng Kinh tế và Hạ tầng chủ trì."),
    ("Thực hiện theo hướng dẫn tại Kế hoạch số 25/KH-UBND ngày 14/3/2029 của", "Ủy ban nhân dân tỉnh Đông Sơn."),
])
def test_goes_on_over_the_blank_line(prev, nxt):
    assert 0.8 * STYLE.wrap_width <= len(prev) <= STYLE.wrap_width  # (a full line, not one longer than the width)
    assert joins(prev, nxt, STYLE, same_group=False, para=prev)


@pytest.mark.parametrize("prev, nxt", [
    ("1. Giao nhiệm vụ cho", "Phòng Nội vụ chủ trì."),                                           # a short line
    ("Tổ chức hội nghị tổng kết công tác xây dựng nông thôn mới trên địa bàn huyện", "Giao Phòng Nông nghiệp chủ trì."),
    ("Kế hoạch thực hiện các chỉ tiêu phát triển kinh tế - xã hội của huyện trong năm", "Ủy ban nhân dân các xã báo cáo."),
    ("Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với các xã thực hiện.", "Phòng Tư pháp hướng dẫn."),
    ("Giao Trung tâm Văn hóa huyện chủ trì, phối hợp với Đoàn Thanh niên và với", "II. TỔ CHỨC THỰC HIỆN"),
    ("Giao Trung tâm Văn hóa huyện chủ trì, phối hợp với Đoàn Thanh niên và với", "2. Phòng Y tế theo dõi."),
])
def test_break_kept(prev, nxt):
    assert not joins(prev, nxt, STYLE, same_group=False, para=prev)


def test_no_blank_line_as_before():
    prev = "Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Đoàn Thanh niên và"
    assert joins(prev, "Ban Quản lý rừng phòng hộ thực hiện.", STYLE, same_group=True, para=prev)
