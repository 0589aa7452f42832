"""A page's text that holds its document twice (a print copy the page hides on screen, taken with the rest by a
crawler's get_text(): the national title's line and the lines after it repeated word for word): the second copy is
dropped, as the HTML reader drops a hidden copy (round G41's portal page as html-text: every objective and amount
twice). A decision and the plan it issues (each with its national title, the lines after it their own) stay whole.
Pure function (extractors.layout.text.repeated_copy_dropped) and a whole text; bodies and numbers invented (round
P47); must and must-not rows."""

from __future__ import annotations

from extractors.layout.text import repeated_copy_dropped
from pipeline.process import process

DOC = """UBND TỈNH TÂY LÂM
SỞ Y TẾ
Số: 57/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Lâm, ngày 11 tháng 3 năm 2029
KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2029
I. MỤC TIÊU
- Giảm 15% số ca mắc so với năm 2028;
- 100% ổ dịch được xử lý kịp thời.
II. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 1.200 triệu đồng từ ngân sách tỉnh.
TM. ỦY BAN NHÂN DÂN
"""
PAGE = "Trang chủ | Văn bản\n" + DOC + "Tệp đính kèm: KH57.pdf\nBản in\n" + DOC + "Bản quyền thuộc Sở Y tế\n"


def test_a_second_copy_is_dropped():
    got = repeated_copy_dropped(PAGE)
    assert got.count("CỘNG HÒA") == 1 and got.count("Giảm 15%") == 1
    assert got.startswith("Trang chủ | Văn bản\n" + DOC) and got.endswith("Bản in\nBản quyền thuộc Sở Y tế\n")
    r = process("trang.txt", PAGE.encode()).record.model_dump(mode="json")
    assert len(r["objectives"]) == 2 and len(r["budget"]["statements"]) == 1


def test_a_decision_and_its_plan_stay_whole():
    # must not: two national titles, the lines after each their own
    decision = DOC.replace("KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2029", "QUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống "
                           "sốt xuất huyết năm 2029").replace("I. MỤC TIÊU", "Điều 1. Ban hành kèm theo Quyết định này")
    assert repeated_copy_dropped(decision + DOC) == decision + DOC


def test_a_short_repeat_stays():
    # must not: the header alone repeated (a letter quoting its own header), fewer lines than a copy
    text = DOC + "\n".join(DOC.split("\n")[:6]) + "\nV/v góp ý dự thảo\n"
    assert repeated_copy_dropped(text) == text
