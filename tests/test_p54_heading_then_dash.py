"""A lettered heading whose line stops short of the right margin, but within a short line's reach of it, and its first
bullet under it, in a Word file printed to PDF. Round P54 (G54's decision as a LibreOffice PDF: "b) Hỗ trợ giống,
chuyển giao kỹ thuật trồng, chăm sóc dược liệu" / "- Xây dựng vườn ươm giống gốc; ..."). A full line that ends
mid-phrase goes on over a line the wrap opened with a dash ("... các tổ chức Chính trị" / "- Xã hội có liên quan."), so
the bullet was read as the heading's rest: the heading's task lost, a task of both. A wrap breaks after "- " where the
dash fits on the line, so a line that opens with "- " goes on only where the dash would not have fitted after the line
above (extractors.layout.paragraphs, dash_wrap).
"""

from __future__ import annotations

import io

import pdfplumber
import pytest

from pipeline.process import process
from tests.office import pdf_of

HEADINGS = [
    "b) Hỗ trợ cây giống, chuyển giao kỹ thuật trồng, chăm sóc cây chè",
    "c) Đào tạo nghề, chuyển giao kỹ thuật chế biến, bảo quản sau thu hoạch",
]
BULLET = "- Xây dựng vườn ươm cây giống; tập huấn quy trình trồng, thu hái theo tiêu chuẩn VietGAP."


def _plan(heading: str):
    import docx
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN TỈNH BẢO LINH", "Số: 412/QĐ-UBND", "QUYẾT ĐỊNH",
                 "Phê duyệt Đề án phát triển vùng chè tỉnh Bảo Linh giai đoạn 2026 - 2030",
                 "Điều 1. Phê duyệt Đề án với các nội dung sau:", "3. Nhiệm vụ, giải pháp",
                 "a) Quy hoạch vùng trồng chè tập trung",
                 "- Rà soát quỹ đất, xác định ranh giới vùng trồng chè tại các xã.", heading, BULLET,
                 "- Trung tâm Khuyến nông tỉnh chủ trì thực hiện.", "Điều 2. Tổ chức thực hiện",
                 "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Quý"]:
        d.add_paragraph(line)
    return pdf_of(d)


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_bullet_under_a_heading_is_its_own(heading):
    data = _plan(heading)
    # (the heading's line stops short of the margin by less than a short line's 60 pt, with room for the dash)
    page = pdfplumber.open(io.BytesIO(data)).pages[0]
    words = page.extract_words()
    right = max(w["x1"] for w in words)
    last = [w for w in words if w["text"] == heading.split()[-1]][-1]
    assert 10 < right - last["x1"] < 60
    text = process("quyet-dinh-412.pdf", data).text
    # must: the heading and the bullet two lines
    assert f"{heading}\n{BULLET}\n" in text
