"""A PDF line (or a scan's) that a wrap cut after a body's head word, its name on the next line:
"Đơn vị chủ trì: Văn phòng Sở; Đơn vị phối hợp: Phòng" / "Quản lý Công nghiệp, Phòng Quản lý Năng
lượng." The line, set in part in bold (its labels), was read as a bold heading whose body starts in
the plain face, and the partner came out as "Phòng". Found on the dev set's Word plan as a 300 dpi
scan; the rows use other bodies."""

import pytest

from extractors.layout.paragraphs import assemble

LEFT, RIGHT = 85.0, 539.0
PROSE = [(LEFT, RIGHT, "Sở Công Thương tổ chức thực hiện các nhiệm vụ phát triển công nghiệp của tỉnh trong giai"),
         (LEFT, 300.0, "đoạn 2026 - 2030 như sau:")]


def _paragraphs(first: str, second: str, bold: bool = True) -> list[str]:
    lines = [("line", p) for p in PROSE]
    lines.append(("line", (121.9, RIGHT, first, True) if bold else (121.9, RIGHT, first)))
    lines.append(("line", (LEFT, 430.0, second)))
    return [b.text for b in assemble([lines]) if b.kind == "paragraph"]


@pytest.mark.parametrize("first, second", [
    ("Đơn vị chủ trì: Văn phòng Sở; Đơn vị phối hợp: Phòng", "Kinh tế, Phòng Quản lý đô thị thành phố."),
    ("Đơn vị chủ trì: Sở Tư pháp; Đơn vị phối hợp: Văn phòng", "Ủy ban nhân dân tỉnh, Công an tỉnh."),
    ("- Cơ quan phối hợp: Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, Trung tâm", "Y tế các huyện, thị xã."),
])
def test_a_line_cut_after_a_head_word_goes_on_with_its_name(first, second):
    assert f"{first} {second}" in _paragraphs(first, second)


@pytest.mark.parametrize("first, second", [
    ("3. Tăng cường năng lực quản lý nhà nước về công nghiệp của Sở", "Sở Công Thương chủ trì triển khai."),
    ("II. TRÁCH NHIỆM CỦA CÁC PHÒNG, BAN", "Phòng Kinh tế chủ trì, phối hợp với các đơn vị."),
    ("Đơn vị chủ trì: Phòng Quản lý Công nghiệp.", "Thời gian thực hiện: năm 2026."),
])
def test_a_heading_or_a_closed_line_ends_its_paragraph(first, second):
    """must not: a heading that ends on "của Sở" (the issuing department itself), a line in
    capitals, a line closed by a full stop."""
    got = _paragraphs(first, second)
    assert first in got and second in got
