"""A line that stops with room left for the next line's first word does not wrap into it, round R17 (older plans
typed as plain text, each paragraph a line, printed from Word to PDF: lo-pdf t_ 31/33/33, x_ 42/43/43):

    1. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng          (stops at 467 pt, the margin at 520)
    Tổ chức quán triệt tại các cuộc họp giao ban; lồng ghép nội dung vào sinh
    hoạt chi bộ.

The task's heading stopped less than paragraphs.SHORT (60 pt) before the right margin, so it was no short line,
and its body under it starts as far in as it: the two were joined into one title. A wrap sets a word on the line
when it fits, so a line that left room for the next line's first word (FIT_SLACK more) ended its paragraph when
that word opens with a capital, the line does not stop mid-phrase (wrap.CONNECTOR_END) and both lines are set in
the same face (`paragraphs.assemble`, `roomy`).

Must-not rows: the next line in lower case, a line that ends on a connector ("của", "tỉnh"), a line whose room is
less than the next word ("Quảng" after 500 pt of 520), a line that ends at the margin. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble

FULL = [
    (70.0, 520.0, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản"),
    (70.0, 519.0, "hướng dẫn thi hành của các bộ, ngành trung ương có liên quan đến công tác phòng,"),
    (70.0, 300.0, "chống thiên tai năm 2027;"),
    (70.0, 518.0, "Ban Chỉ huy Phòng chống thiên tai tỉnh Tân Lâm ban hành Kế hoạch thực hiện như sau:"),
]


def _paragraphs(lines) -> list[str]:
    page = [("line", ln) for ln in FULL + lines + FULL]
    return [b.text for b in assemble([page])]


@pytest.mark.parametrize("first, second", [
    ((72.0, 467.0, "1. Kiểm tra, gia cố hệ thống đê điều và hồ đập xung yếu"),
     (72.0, 516.0, "Rà soát toàn bộ các tuyến đê, kè, hồ chứa nước có nguy cơ mất an toàn trong mùa")),
    ((72.0, 480.0, "2. Chuẩn bị lực lượng, phương tiện ứng cứu tại chỗ trên địa bàn"),
     (72.0, 515.0, "Mỗi xã thành lập ít nhất một đội xung kích gồm dân quân và thanh niên tình nguyện")),
])
def test_line_with_room_for_the_next_word_ends_its_paragraph(first, second):
    paras = _paragraphs([first, second, (70.0, 200.0, "trên địa bàn.")])
    assert first[2] in paras


@pytest.mark.parametrize("first, second", [
    # the next line in lower case goes on
    ((72.0, 467.0, "1. Kiểm tra, gia cố hệ thống đê điều và hồ đập xung yếu"),
     (72.0, 300.0, "trước mùa mưa lũ năm 2027.")),
    # a line that stops on a connector goes on with the name after it
    ((72.0, 470.0, "Giao Sở Nông nghiệp và Môi trường chủ trì phối hợp với Ủy ban nhân dân tỉnh"),
     (72.0, 300.0, "Tân Lâm tổ chức kiểm tra.")),
    # the next word would not have fitted in the room left
    ((72.0, 500.0, "Giao Sở Nông nghiệp và Môi trường chủ trì phối hợp với Bộ Chỉ huy Quân sự"),
     (72.0, 300.0, "Quảng Đông tổ chức diễn tập.")),
    # a line at the margin
    ((72.0, 519.0, "Giao Sở Nông nghiệp và Môi trường chủ trì phối hợp với Công an tỉnh và Đài Khí tượng"),
     (72.0, 300.0, "Thủy văn khu vực tổ chức thực hiện.")),
])
def test_line_that_goes_on(first, second):
    paras = _paragraphs([first, second])
    assert f"{first[2]} {second[2]}" in " ".join(paras) and first[2] not in paras
