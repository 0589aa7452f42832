"""A numbered or lettered heading whole on its line, then its first bullet, in a plain text dump of a Word file's PDF
(`pdftotext` without -layout: the printed lines, no geometry). Round P55 (G54's decision and emulation plan as plain
dumps): the heading's line is about as long as the page's full lines ("b) Hỗ trợ giống, chuyển giao kỹ thuật trồng,
chăm sóc dược liệu", 64 characters of lines of 63-69), so the wrap repair read "- Xây dựng vườn ươm ..." as a
hyphenated name's rest ("... các tổ chức Chính trị" / "- Xã hội có liên quan."): the heading's task and its bullet
were one. A heading whole on its one line is no phrase the wrap cut at a dash (extractors.layout.wrap, _dash_wrap);
a paragraph of several lines cut there still is.
"""

from __future__ import annotations

import pytest

from pipeline.process import process

BODY = """ỦY BAN NHÂN DÂN TỈNH KIM SƠN
Số: 208/QĐ-UBND
QUYẾT ĐỊNH
Phê duyệt Đề án phát triển cây ăn quả tỉnh Kim Sơn giai đoạn 2026 - 2030
Điều 1. Phê duyệt Đề án phát triển cây ăn quả với các nội dung sau:
3. Nhiệm vụ, giải pháp
a) Quy hoạch vùng trồng cây ăn quả tập trung theo hướng hàng hóa
- Rà soát quỹ đất, xác định ranh giới vùng trồng tại các xã vùng
đồi; công bố công khai quy hoạch vùng trồng đến từng thôn.
{heading}
- Xây dựng vườn ươm giống gốc; tập huấn quy trình trồng, thu hái
theo tiêu chuẩn VietGAP cho các tổ hợp tác và hợp tác xã.
- Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Hội Nông dân
tỉnh thực hiện.
c) Ủy ban nhân dân các huyện, thị xã chủ trì, phối hợp với Ủy ban
Mặt trận Tổ quốc Việt Nam cùng cấp và các tổ chức Chính trị
- Xã hội tổ chức tuyên truyền, vận động nhân dân tham gia đề án.
Điều 2. Tổ chức thực hiện
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trịnh Văn Khải
"""

BULLET = "- Xây dựng vườn ươm giống gốc; tập huấn quy trình trồng, thu hái theo tiêu chuẩn VietGAP cho các tổ hợp tác " \
         "và hợp tác xã."

# must: a heading as long as the full lines, whole on its line, and its first bullet: two paragraphs
HEADINGS = [
    "b) Hỗ trợ cây giống, chuyển giao kỹ thuật trồng, chăm sóc cây có múi",
    "3.2. Hỗ trợ cây giống, chuyển giao kỹ thuật trồng, chăm sóc cây có múi",
]
# held before too (a heading in capitals is no phrase running on), and still
HELD = ["II. HỖ TRỢ GIỐNG, CHUYỂN GIAO KỸ THUẬT TRỒNG, CHĂM SÓC CÂY CÓ MÚI"]


@pytest.mark.parametrize("heading", HEADINGS + HELD)
def test_a_heading_and_its_first_bullet(heading):
    text = process("qd-208.txt", BODY.format(heading=heading).encode()).text
    assert f"\n{heading}\n{BULLET}\n" in text


def test_a_heading_cut_at_a_dash_before_lower_case_runs_on():
    # must-not: a numbered paragraph on one line whose wrap put "- xã hội" first (lower case after the dash)
    heading = "4. Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các đoàn thể chính trị"
    body = BODY.format(heading=HEADINGS[0]).replace("Điều 2.", f"{heading}\n- xã hội huyện tuyên truyền, vận động "
                                                              "hội viên.\nĐiều 2.")
    text = process("qd-208.txt", body.encode()).text
    assert f"{heading} - xã hội huyện tuyên truyền, vận động hội viên.\n" in text


def test_a_label_and_its_value_cut_at_a_dash_runs_on():
    # must-not: a lettered line that is a label and its value ("b) Cơ quan phối hợp: ..."), no heading's title, cut
    # at "Chính trị" / "- Xã hội"
    line = "d) Cơ quan phối hợp: Phòng Văn hóa, các xã, thị trấn và các tổ chức Chính trị"
    body = BODY.format(heading=HEADINGS[0]).replace("Điều 2.", f"{line}\n- Xã hội của huyện.\nĐiều 2.")
    text = process("qd-208.txt", body.encode()).text
    assert f"{line} - Xã hội của huyện.\n" in text


def test_a_paragraph_cut_at_a_names_dash_still_runs_on():
    text = process("qd-208.txt", BODY.format(heading=HEADINGS[0]).encode()).text
    # must-not: a lettered paragraph of two lines, its second full and cut at "Chính trị - Xã hội": one paragraph
    assert "các tổ chức Chính trị - Xã hội tổ chức tuyên truyền, vận động nhân dân tham gia đề án.\n" in text
