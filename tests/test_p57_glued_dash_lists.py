"""A table cell that listed its bodies a line each, a dash before each ("- Vụ Pháp chế" / "- Cục Quản lý ..."), in a
page's text whose line breaks a scraper lost (BeautifulSoup's get_text() with no separator, lxml's text_content()):
"...Trung tâm Dữ liệu y tế- Cục Y tế dự phòng- Sở Y tế các tỉnhNăm 2029...". In such a text (its header shows the
lost breaks: extractors/formats/glued.py) a dash glued to a word and followed by a space and a capital opens a line,
and so does a capital word glued after a month's or a quarter's year ("Quý IV/2019Báo cáo").

A table flattened a cell a line (a crawler's Markdown) whose row has more lines than headings: each run of dash items
is either a cell of its own (the bodies' list) or the rest of the cell above it (a task's items); the one reading
that gives as many cells as headings is taken (extractors/layout/cell_lines.py), none where two do.

Must-not rows: a dash with a space on both sides ("Vụ Kế hoạch - Tài chính"), a dash before a lower-case word
("kinh tế- xã hội"), a text whose header shows no lost break, are left as they are."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import glued
from extractors.formats.base import read
from extractors.layout.cell_lines import _dash_runs_joined
from extractors.segment import outline

GLUED_HEAD = ("SỞ NỘI VỤCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------------"
              "Số: 77/KH-SNVTân Châu, ngày 02 tháng 3 năm 2028\n")

MUST = [
    ("1Số hóa hồ sơ lưu trữPhòng Văn thư- Chi cục Văn thư - Lưu trữ- Trung tâm Lưu trữ lịch sửQuý II/2028Kho dữ liệu",
     ["Phòng Văn thư", "- Chi cục Văn thư - Lưu trữ", "- Trung tâm Lưu trữ lịch sử", "Quý II/2028", "Kho dữ liệu"]),
    ("3Tổ chức hội nghị sơ kếtVăn phòng SởCác phòng thuộc SởQuý IV/2028Báo cáo sơ kết",
     ["Văn phòng Sở", "Các phòng thuộc Sở", "Quý IV/2028", "Báo cáo sơ kết"]),
    ("5Kiểm tra công vụ tại các xã- Kiểm tra 06 xã vùng caoThanh tra SởPhòng Tổ chức cán bộTháng 9/2028Kết luận kiểm tra",
     ["- Kiểm tra 06 xã vùng cao", "Tháng 9/2028", "Kết luận kiểm tra"]),
]


@pytest.mark.parametrize("row, lines", MUST)
def test_a_glued_rows_lists_and_times_open_lines(row, lines):
    out = glued.restore_breaks(GLUED_HEAD + row).split("\n")
    for line in lines:
        assert line in out, (line, out)


MUST_NOT = [
    (GLUED_HEAD + "Phối hợp với Vụ Kế hoạch - Tài chính và Sở Lao động - Thương binh và Xã hội.",
     "Phối hợp với Vụ Kế hoạch - Tài chính và Sở Lao động - Thương binh và Xã hội."),
    (GLUED_HEAD + "Phát triển kinh tế- xã hội vùng biên giới.", "Phát triển kinh tế- xã hội vùng biên giới."),
    ("Phòng Văn thư- Chi cục Văn thư- Trung tâm Lưu trữ Quý II/2028Kho", None),  # no lost break in the header
]


@pytest.mark.parametrize("text, kept", MUST_NOT)
def test_a_dash_in_a_name_or_in_prose_stays(text, kept):
    out = glued.restore_breaks(text)
    if kept is None:
        assert out == text
    else:
        assert kept in out.split("\n")


def _activities(text: str, name: str) -> list[tuple[str, list[str], list[str]]]:
    doc = build_document(read(text.encode(), name))
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


PAGE = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN CHÂU\nSố: 31/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Châu, ngày 05 tháng 4 năm 2028\nKẾ HOẠCH\nSố hóa hồ sơ hành chính năm 2028\nI. NHIỆM VỤ\n"
        "TT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
        "1\nSố hóa hồ sơ đất đai\nSở Nông nghiệp và Môi trường\n- Văn phòng Đăng ký đất đai\n- Ủy ban nhân dân các xã\nQuý III/2028\n"
        "2\nKiểm tra việc số hóa tại các xã\n- Kiểm tra 05 xã biên giới\nSở Nội vụ\nCông an tỉnh\nQuý IV/2028\n"
        "3\nTập huấn cán bộ\nSở Khoa học và Công nghệ\nSở Nội vụ\nNăm 2028\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai./.\n")


def test_a_crawled_markdown_tables_dash_runs():
    assert _activities(PAGE, "page.md") == [
        ("1", ["Sở Nông nghiệp và Môi trường"], ["Văn phòng Đăng ký đất đai", "Ủy ban nhân dân các xã"]),
        ("2", ["Sở Nội vụ"], ["Công an tỉnh"]),
        ("3", ["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"]),
    ]


def test_two_readings_of_the_runs_read_none():
    # a task's item or a cell of its own, and a body's list or the lead's rest: two readings give five cells
    cells = ["4", "Rà soát hồ sơ", "- Rà soát 12 xã", "Sở Tư pháp", "- Sở Nội vụ", "Quý I/2028"]
    assert _dash_runs_joined(cells, 5) is None
    assert _dash_runs_joined(["1", "Số hóa", "Sở A", "- Cục B", "- Cục C", "Quý II"], 5) == \
        ["1", "Số hóa", "Sở A", "Cục B; Cục C", "Quý II"]


def test_a_glued_pages_lead_is_its_own_body():
    text = (GLUED_HEAD + "KẾ HOẠCHSố hóa tài liệu lưu trữ năm 2028\nI. NHIỆM VỤ\n"
            "TTNội dungĐơn vị chủ trìĐơn vị phối hợpThời gianSản phẩm\n"
            "1Số hóa hồ sơ lưu trữ lịch sửTrung tâm Lưu trữ lịch sử- Chi cục Văn thư- Phòng Công nghệ thông tinQuý II/2028Kho dữ liệu\n"
            "2Chỉnh lý tài liệu tồn đọngChi cục Văn thư- Trung tâm Lưu trữ lịch sửQuý III/2028Mục lục hồ sơ\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai./.\n")
    leads = [lead for _, lead, _ in _activities(text, "page.txt")]
    assert leads == [["Trung tâm Lưu trữ lịch sử"], ["Chi cục Văn thư"]]
