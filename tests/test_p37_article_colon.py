"""An Article labelled with a colon ("Điều 1: Phân bổ ... N đồng, cụ thể như sau:") opens its clause as "Điều 1."
does: its money is the plan's total and its items the places they name, no budget line named by the label."""

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
TỈNH BẮC HÀ LAM
Số: 1904/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Hà Lam, ngày 21 tháng 9 năm 2017

QUYẾT ĐỊNH
Về việc phân bổ vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2017

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

QUYẾT ĐỊNH:

Điều 1: Phân bổ chi tiết kế hoạch vốn sự nghiệp ngân sách trung ương năm 2017 thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững cho các huyện, tổng số vốn 21.300 triệu đồng, cụ thể như sau:
1. Huyện Sơn Trà Bắc: 8.100 triệu đồng.
2. Huyện Kim Lộc: 7.000 triệu đồng.
3. Huyện Phú Lam: 6.200 triệu đồng.

Điều 2: Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
"""


def test_an_article_with_a_colon_opens_its_clause():
    statements = process("p37-article-colon.txt", DOC.encode("utf-8")).dump["budget"]["statements"]
    got = {s["amount_vnd"]: s for s in statements}
    total = got[21_300_000_000]
    assert (total["scope"], total["source"], total["year"]) == ("total", "central", 2017), total
    assert got[8_100_000_000]["scope"] == "Huyện Sơn Trà Bắc"
