"""A text set double-spaced, a blank line after every line: `pdftotext -layout` of a page set at double
line spacing, or of a Word file made of a text's lines (a paragraph each, with space after it). Each
single blank line goes (extractors.layout.text._undoubled), so that a sentence wrapped over lines is one
paragraph again: a basis's issuer and title, a task's partner agencies are whole. A text whose lines
follow one another, paragraphs apart by a blank line, is read as before. Texts of our own (invented
district, agencies, numbers)."""

from __future__ import annotations

from extractors.layout.text import read_text
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN KHÊ BẮC                      Độc lập - Tự do - Hạnh phúc
Số: 57/KH-UBND                        Tân Khê Bắc, ngày 11 tháng 5 năm 2017


KẾ HOẠCH
Phát triển kinh tế tập thể huyện Tân Khê Bắc năm 2017
Căn cứ Quyết định số 2261/QĐ-TTg ngày 15/12/2014 của Thủ tướng
Chính phủ phê duyệt Chương trình hỗ trợ phát triển kinh tế tập thể,
hợp tác xã giai đoạn 2015 - 2020;
Ủy ban nhân dân huyện Tân Khê Bắc ban hành Kế hoạch như sau:
I. MỤC TIÊU
Nâng cao hiệu quả hoạt động của các hợp tác xã, tổ hợp tác trên địa
bàn huyện; phấn đấu đến cuối năm 2017 có 65% hợp tác xã hoạt động
hiệu quả.
II. NHIỆM VỤ
1. Tuyên truyền về Luật Hợp tác xã năm 2012. Giao Phòng Tài chính -
Kế hoạch chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và
Thể thao huyện thực hiện.
2. Hỗ trợ thành lập mới 04 hợp tác xã nông nghiệp. Giao Phòng Nông
nghiệp và Phát triển nông thôn chủ trì, phối hợp với Hội Nông dân
huyện thực hiện.
III. TỔ CHỨC THỰC HIỆN
Phòng Tài chính - Kế hoạch tổng hợp, báo cáo kết quả thực hiện trước
ngày 15/12/2017.
"""


def _double(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def _record(text: str) -> dict:
    return process("ke-hoach.txt", text.encode()).record.model_dump(mode="json")


def test_a_double_spaced_text_joins_its_wrapped_lines():
    record = _record(_double(PLAN))
    basis = record["legal_bases"][0]
    assert (basis["number"], basis["issuer"]) == ("2261/QĐ-TTg", "Thủ tướng Chính phủ")
    partners = [a for act in record["activities"] for a in act["partner_agencies"]]
    assert partners == ["Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Hội Nông dân huyện"]


def test_the_same_text_single_spaced_reads_the_same():
    single, double = _record(PLAN), _record(_double(PLAN))
    for key in ("number", "issued_date", "title", "legal_bases", "activities", "objectives"):
        assert single[key] == double[key]


def test_paragraphs_a_blank_line_apart_are_left_as_they_are():
    paragraphs = PLAN.replace("\nII. NHIỆM VỤ\n", "\n\nII. NHIỆM VỤ\n\n").replace("\nIII.", "\n\nIII.")
    blocks, _ = read_text(paragraphs)
    texts = [b.text for b in blocks]
    assert "II. NHIỆM VỤ" in texts and any(t.startswith("III. TỔ CHỨC") for t in texts)


# the same plan as a .txt saved from Word: a paragraph a line, a blank line between (twice over: lines enough)
PARAGRAPHS = """Căn cứ Quyết định số 2261/QĐ-TTg ngày 15/12/2014 của Thủ tướng Chính phủ phê duyệt Chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2015 - 2020;

Ủy ban nhân dân huyện Tân Khê Bắc ban hành Kế hoạch như sau:

I. MỤC TIÊU

Nâng cao hiệu quả hoạt động của các hợp tác xã, tổ hợp tác trên địa bàn huyện; phấn đấu đến cuối năm 2017 có 65% hợp tác xã hoạt động hiệu quả.

II. NHIỆM VỤ

1. Tuyên truyền về Luật Hợp tác xã năm 2012. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện thực hiện.

2. Hỗ trợ thành lập mới 04 hợp tác xã nông nghiệp. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Hội Nông dân huyện thực hiện.

III. TỔ CHỨC THỰC HIỆN

Phòng Tài chính - Kế hoạch tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2017.
"""


def test_a_text_of_one_paragraph_a_line_keeps_its_paragraphs():
    blocks, _ = read_text(PARAGRAPHS + "\n" + PARAGRAPHS + "\n" + PARAGRAPHS)
    texts = [b.text for b in blocks]
    assert texts.count("II. NHIỆM VỤ") == 3 and texts.count("I. MỤC TIÊU") == 3
    assert texts.count("Ủy ban nhân dân huyện Tân Khê Bắc ban hành Kế hoạch như sau:") == 3
