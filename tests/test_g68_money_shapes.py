"""Hold-out round G68 (tests/invented/build_g68.py): three shapes of a plan's money.

- a cost computed through a count per unit: "06 đội tuyển x 70 tiết/đội x 150 nghìn đồng/tiết = 63.000 nghìn đồng".
  Before, extractors.fields.budget_statements' chain of counts (COUNT_TIMES, COMPUTED_REST, FACTOR_AFTER) took a
  factor as a number and at most two words: "70 tiết/đội" broke it, and the line's label was lost (the result read as
  the plan's total). Now a factor may be a count per unit ("/đội").
- a source's part told with the channel it goes through: "Ngân sách tỉnh cấp qua dự toán của Chi cục Kiểm lâm: N".
  Before, "dự toán của Chi cục Kiểm lâm" read as a budget line of its own; now "qua"/"thông qua" before it is where
  the money is booked (BOOKED_IN), as "trong", "thuộc" are: the source's part of the sum (after a verb that hands it:
  a council's "thông qua" of a line approves it; the dev set's p30_camau told it).
- a company's or a unit's own capital as a part of the sum: "Vốn sản xuất kinh doanh của Công ty: N", "vốn chủ sở
  hữu". Before, a line named by its words; now a source the codes do not name (SOURCE_PART): "other"
  ("vốn tự có", an investor's, stays raised money as before).

Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
XÃ PHÚ HÒA TÂY
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Hòa Tây, ngày 06 tháng 4 năm 2028
KẾ HOẠCH
Tập huấn khuyến nông năm 2028
I. KINH PHÍ
"""

TAIL = """
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Văn Bình
"""


def _statements(body: str) -> list[tuple]:
    record = process("kh.txt", (HEAD + body + TAIL).encode("utf-8")).record.model_dump(mode="json")
    return [(s["scope"], s["source"], s["year"], s["amount_vnd"]) for s in record["budget"]["statements"]]


@pytest.mark.parametrize("body, expected", [
    # must: a count per unit inside the chain, the line numbered or a bullet, the price first or last
    ("1. Tập huấn kỹ thuật: 05 lớp x 3 ngày/lớp x 4.000 nghìn đồng/ngày = 60.000 nghìn đồng.\n"
     "2. Tham quan mô hình: 40 người x 2 ngày/người x 300 nghìn đồng/ngày = 24.000 nghìn đồng.",
     [("Tập huấn kỹ thuật", "total", None, 60000000), ("Tham quan mô hình", "total", None, 24000000)]),
    ("- Thuê hội trường: 1,5 triệu đồng/buổi x 4 buổi/lớp x 5 lớp = 30 triệu đồng.",
     [("Thuê hội trường", "total", None, 30000000)]),
    # must not: a chain of plain counts keeps its reading
    ("- Tiền nước uống: 60 người x 2 ngày x 40.000 đồng/người/ngày = 4.800.000 đồng.",
     [("Tiền nước uống", "total", None, 4800000)]),
])
def test_count_per_unit_in_a_chain(body, expected):
    assert _statements(body) == expected


@pytest.mark.parametrize("body, expected", [
    # must: the channel a source's part goes through
    ("Tổng kinh phí năm 2028 là 900 triệu đồng, trong đó:\n- Ngân sách huyện cấp qua dự toán của Phòng Kinh tế: "
     "600 triệu đồng;\n- Vốn huy động xã hội hóa: 300 triệu đồng.",
     [("total", "total", 2028, 900000000), ("total", "local", 2028, 600000000),
      ("total", "mobilized", 2028, 300000000)]),
    ("Tổng kinh phí năm 2028 là 900 triệu đồng, trong đó:\n- Ngân sách tỉnh giao thông qua dự toán của Trung tâm "
     "Khuyến nông: 600 triệu đồng;\n- Vốn huy động xã hội hóa: 300 triệu đồng.",
     [("total", "total", 2028, 900000000), ("total", "local", 2028, 600000000),
      ("total", "mobilized", 2028, 300000000)]),
    # must: a company's or a unit's own capital
    ("Tổng kinh phí năm 2028 là 5,2 tỷ đồng, gồm:\n- Vốn chủ sở hữu của Công ty: 3,2 tỷ đồng;\n"
     "- Ngân sách tỉnh hỗ trợ: 2 tỷ đồng.",
     [("total", "total", 2028, 5200000000), ("total", "other", 2028, 3200000000),
      ("total", "local", 2028, 2000000000)]),
    # must not: own capital named "tự có" keeps its reading (an investor's, raised)
    ("Tổng kinh phí năm 2028 là 5,2 tỷ đồng, gồm:\n- Vốn tự có của doanh nghiệp: 3,2 tỷ đồng;\n"
     "- Ngân sách tỉnh hỗ trợ: 2 tỷ đồng.",
     [("total", "total", 2028, 5200000000), ("total", "mobilized", 2028, 3200000000),
      ("total", "local", 2028, 2000000000)]),
    ("Tổng kinh phí năm 2028 là 5,2 tỷ đồng, gồm:\n- Vốn sản xuất, kinh doanh của Tổng công ty: 3,2 tỷ đồng;\n"
     "- Ngân sách tỉnh hỗ trợ: 2 tỷ đồng.",
     [("total", "total", 2028, 5200000000), ("total", "other", 2028, 3200000000),
      ("total", "local", 2028, 2000000000)]),
    # must not: a council's "thông qua" (approves) of a line, no channel
    ("Hội đồng nhân dân huyện quyết nghị thông qua tổng thu ngân sách nhà nước năm 2028 là 640 tỷ đồng; trong đó: thu "
     "nội địa 610 tỷ đồng.",
     [("Tổng thu ngân sách nhà nước", "total", 2028, 640000000000), ("Thu nội địa", "total", 2028, 610000000000)]),
    # must not: the estimate's line where no channel is said
    ("- Dự toán chi thường xuyên của Phòng Kinh tế năm 2028: 600 triệu đồng.",
     [("Dự toán chi thường xuyên của Phòng Kinh tế", "total", 2028, 600000000)]),
])
def test_parts_by_channel_and_own_capital(body, expected):
    assert _statements(body) == expected
