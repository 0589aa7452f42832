"""Hold-out round G56 (left by round G54): the parts of a sum handed to bodies, "giao X A, Y B", are those bodies'.

Round G54 left "Tổng kinh phí ... N từ ngân sách tỉnh, giao Công an tỉnh A, Sở Y tế B": the first part was scoped
"Giao Công an tỉnh" (a body's part was known only with no word before it:
extractors.fields.budget_statements._agency_part), the second was "Sở Y tế" but of no source (a part took its sum's
source only after "trong đó", "gồm"); and after a lead, "Kinh phí năm 2028: giao Sở Tư pháp A, ..." the first was the
plan's whole. Now the act that hands the part to a body ("giao", "phân bổ cho", HANDED_TO) is left out of its name,
the parts after "giao ..." take their sum's source (HANDED_BETWEEN), and a body's part after a lead's colon is that
body's; a part named by its purpose, and a task given to a body with no money, stay as before.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LAM
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Lam, ngày 14 tháng 5 năm 2027
KẾ HOẠCH
Phòng, chống mua bán người trên địa bàn tỉnh Đông Lam năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả phòng ngừa, phát hiện, xử lý tội phạm mua bán người.
II. KINH PHÍ
{line}
III. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh: Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch./.
"""


@pytest.mark.parametrize("line, found", [
    # must: each body's part after "giao", of the sum's source; after a lead, the first body's too
    ("Tổng kinh phí thực hiện 1.350 triệu đồng từ ngân sách tỉnh, giao Công an tỉnh 750 triệu đồng, Bộ Chỉ huy Bộ đội "
     "Biên phòng tỉnh 600 triệu đồng.",
     [("total", "local", 1_350_000_000), ("Công an tỉnh", "local", 750_000_000),
      ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "local", 600_000_000)]),
    ("Tổng kinh phí thực hiện 1.350 triệu đồng từ ngân sách tỉnh, phân bổ cho Sở Tư pháp 350 triệu đồng, Công an tỉnh "
     "1.000 triệu đồng.",
     [("total", "local", 1_350_000_000), ("Sở Tư pháp", "local", 350_000_000), ("Công an tỉnh", "local", 1_000_000_000)]),
    ("Kinh phí năm 2027: giao Sở Tư pháp 350 triệu đồng, Công an tỉnh 1.000 triệu đồng.",
     [("Sở Tư pháp", "total", 350_000_000), ("Công an tỉnh", "total", 1_000_000_000)]),
    ("Giao dự toán kinh phí năm 2027 cho các đơn vị: Sở Nội vụ 350 triệu đồng; Sở Tư pháp 1.000 triệu đồng.",
     [("Sở Nội vụ", "total", 350_000_000), ("Sở Tư pháp", "total", 1_000_000_000)]),
    # must not: parts named by their purpose; a task handed to a body with no money of its own (so before)
    ("Tổng kinh phí thực hiện 1.350 triệu đồng từ ngân sách tỉnh, trong đó: tuyên truyền 350 triệu đồng; tập huấn "
     "1.000 triệu đồng.",
     [("total", "local", 1_350_000_000), ("Tuyên truyền", "local", 350_000_000), ("Tập huấn", "local", 1_000_000_000)]),
    ("Tổng kinh phí thực hiện 1.350 triệu đồng từ ngân sách tỉnh; giao Sở Tài chính tham mưu bố trí kinh phí.",
     [("total", "local", 1_350_000_000)]),
])
def test_the_parts_handed_to_bodies(line, found):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["amount_vnd"]) for s in statements] == found, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
