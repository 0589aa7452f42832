"""A text whose title's period wrapped its second year to a line of its own ("... giai đoạn 2027 -" / "2028"), a
basis under it cut after "năm" ("Căn cứ ... ngày 15 tháng 6 năm" / "2024;"): the lone year is the title's, not the
basis's date's (it was moved to the basis's "năm" as a wrapped date's year is, "năm 2028 2024", and the basis dated
in the plan's year; extractors/layout/text.py header_wraps, YEAR_RANGE_CUT). Seen in a word-segmented text dumped
from a PDF (round T70's G11).

Must-not rows: plain pdftotext's date year before the date line ("Số: 12/KH-UBND" / "2026" / "Hà Giang, ngày 5 tháng
3 năm") still goes to the date. Names and numbers invented."""

from __future__ import annotations

import textwrap

import pytest

from extractors.layout.text import read_text

BODY = """
Thực hiện Kế hoạch số 71/KH-UBND ngày 12 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh Tây Lâm về chuyển đổi số;
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung: xây dựng chính quyền số, phục vụ người dân và doanh nghiệp tốt hơn trên địa bàn huyện.
2. Mục tiêu cụ thể: 90% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình; 100% cán bộ được tập huấn.
II. NHIỆM VỤ
1. Phòng Văn hóa, Khoa học và Thông tin chủ trì, hướng dẫn các xã triển khai nền tảng số dùng chung.
2. Các xã, thị trấn bố trí cán bộ phụ trách chuyển đổi số, báo cáo kết quả trước ngày 15 tháng 12 hằng năm.
"""


# (the text hard-wrapped at 72 columns, as the dump is: its wraps are read as such)
BODY = "\n" + "\n".join(textwrap.fill(line, 72) for line in BODY.strip().split("\n")) + "\n"


def _texts(text: str) -> list[str]:
    return [b.text for b in read_text(text)[0] if b.text]


@pytest.mark.parametrize("title, second", [
    ("Kế hoạch Chuyển đổi số trên địa bàn huyện Ea Rông giai đoạn 2027 -", "2028"),
    ("Kế hoạch Phát triển du lịch cộng đồng huyện Mường Pha giai đoạn 2027–", "2030"),
    ("Kế hoạch Bảo vệ môi trường làng nghề từ năm 2027 đến", "2029"),
])
def test_a_lone_year_after_a_range_is_the_titles(title, second):
    text = ("ỦY BAN NHÂN DÂN HUYỆN EA RÔNG\nSố: 19/KH-UBND\nEa Rông, ngày 04 tháng 3 năm 2027\n" + title + "\n" + second
            + "\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 15 tháng 6 năm\n2024;" + BODY)
    texts = _texts(text)
    assert any(t.startswith("Căn cứ") and t.endswith("ngày 15 tháng 6 năm 2024;") for t in texts), texts
    assert any(t.startswith("Kế hoạch") and t.endswith(second) for t in texts), texts


def test_a_dates_year_before_its_line_still_goes_to_it():
    # must not: plain pdftotext's date year on the line before the date line
    text = ("ỦY BAN NHÂN DÂN HUYỆN EA RÔNG\nSố: 19/KH-UBND\n2027\nEa Rông, ngày 04 tháng 3 năm\nKẾ HOẠCH\n"
            "Chuyển đổi số trên địa bàn huyện\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 15 tháng 6 năm 2024;"
            + BODY)
    assert "Ea Rông, ngày 04 tháng 3 năm 2027" in _texts(text)
