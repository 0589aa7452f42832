"""A numbered task heading over its paragraph, no blank line between, in a text wrapped at a width
(`pdftotext` of a PDF): "1. Hoàn thiện quy hoạch và đầu tư kết cấu hạ tầng" / "Sở Xây dựng chủ trì, ...". The
heading stops short of the width, but near it (more than 0.85 of it: the wrap rule took it for a full line and
joined the agency's sentence to the task's name); the next line's first word would have fitted after it, so the
line ended there: a heading over a paragraph that opens with an agency (round R8: G7's 2017 plan through
pdftotext). Must-not rows: a heading line that ends in a word no clause ends in ("... phối hợp với"), or
that the next word would not have fitted after (a real wrap), or a next line in lower case; a numbered line that opens with an agency (a responsibility wrapped
before the body it names: "... tham mưu" / "UBND huyện ..."). Names invented."""

from __future__ import annotations

import pytest

from extractors.layout import wrap

STYLE = wrap.Style(paragraphs_by_blank_lines=False, wrap_width=66.0)


@pytest.mark.parametrize("prev, nxt, joined", [
    # must: a heading over an agency's paragraph (56 of 66 characters; "Sở" would have fitted)
    ("1. Hoàn thiện quy hoạch và đầu tư kết cấu hạ tầng giao thông", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà", False),
    ("3. Đẩy mạnh xúc tiến, quảng bá hình ảnh điểm đến du lịch", "Trung tâm Xúc tiến Du lịch tỉnh chủ trì xây dựng", False),
    # must not: a word no clause ends in; a next word that would not have fitted; lower case
    ("1. Hoàn thiện quy hoạch và đầu tư kết cấu hạ tầng phối hợp với", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà", True),
    ("2. Các sở, ban, ngành tham mưu bố trí nguồn vốn đầu tư cho hạ tầng", "Ủy ban nhân dân các huyện triển khai thực hiện", True),
    ("1. Phòng Văn hóa - Thông tin là cơ quan thường trực, tham mưu", "UBND huyện tổ chức thực hiện Kế hoạch; tổng", True),
    ("2. Trung tâm Kiểm soát bệnh tật tỉnh: Là đầu mối tham mưu", "Giám đốc Sở triển khai Kế hoạch; hướng dẫn, kiểm", True),
    ("1. Hoàn thiện quy hoạch và đầu tư kết cấu hạ tầng giao thông", "nông thôn tại các xã vùng cao, vùng sâu của tỉnh", True),
    # must not: a basis, no numbered line, wrapped before a body's name ("... của Thủ tướng" / "Chính phủ ...")
    ("Căn cứ Quyết định số 250/QĐ-TTg ngày 14/3/2025 của Thủ tướng", "Chính phủ phê duyệt Chương trình phát triển cây", True),
])
def test_task_heading_over_an_agency_paragraph(prev, nxt, joined):
    assert wrap.joins(prev, nxt, STYLE, same_group=True, para=prev) is joined
