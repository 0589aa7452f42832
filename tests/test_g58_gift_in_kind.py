"""Hold-out round G58 (left by round G56): goods a company or a benefactor gives, valued beside the plan's total
("Công ty ... hỗ trợ 20.000 cây giống keo lai, trị giá khoảng 60 triệu đồng"), are mobilized money.

Round G56 read goods in kind with no worth as no money; round G58's tree-planting plan gave seedlings a worth after
its total and its sources: the sum was read of no source (the words "trị giá" name none). Now a company, an
enterprise, a benefactor or a sponsor that gives ("hỗ trợ", "tặng", "trao tặng", "ủng hộ") is a mobilized source
(budget_statements.MOBILIZED); the budget's gifts, and money that helps enterprises, stay as before.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ LỘC TÂY
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lộc Tây, ngày 16 tháng 02 năm 2027
KẾ HOẠCH
Xây dựng tuyến đường hoa, cây xanh trên địa bàn xã Phú Lộc Tây năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Tạo cảnh quan xanh, sạch, đẹp trên các tuyến đường liên ấp.
II. KINH PHÍ
{line}
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch./.
"""


@pytest.mark.parametrize("line, found", [
    # must: a company's, enterprises', benefactors' gift in kind with its worth, or in money
    ("Ngoài ra, Công ty Cổ phần Giống cây trồng Miền Tây hỗ trợ 4.500 cây sao đen, trị giá khoảng 135 triệu đồng.",
     [("mobilized", 135_000_000)]),
    ("Các doanh nghiệp trên địa bàn xã ủng hộ 800 bao xi măng, trị giá 72 triệu đồng.", [("mobilized", 72_000_000)]),
    ("Các nhà hảo tâm trao tặng 300 bộ bàn ghế đá, trị giá khoảng 45 triệu đồng.", [("mobilized", 45_000_000)]),
    # must not: the budget's gift; money that helps enterprises (so before)
    ("Ngân sách xã hỗ trợ 1.500 cây giống, trị giá 30 triệu đồng.", [("local", 30_000_000)]),
    ("Hỗ trợ các doanh nghiệp nhỏ tham gia trồng cây, hỗ trợ 25 triệu đồng.", [("total", 25_000_000)]),
])
def test_a_gift_with_its_worth(line, found):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["source"], s["amount_vnd"]) for s in statements] == found, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
