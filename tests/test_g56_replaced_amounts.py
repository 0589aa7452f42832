"""Hold-out round G56 (tests/invented/build_g56.py): the amount an amendment replaces is no sum of the plan.

A province's amending decision wrote 'Tại điểm c khoản 2 Mục IV (kinh phí tổ chức Đại hội ...), thay thế "850 triệu
đồng" bằng "1.120 triệu đồng".': both amounts were read as sums (only "từ A lên B" was known for an amendment's old
and new amounts: extractors.fields.budget_statements.OLD_AMOUNT_FROM / OLD_AMOUNT_TO). Now "thay thế (cụm từ, số tiền,
mức) "A" bằng "B"", quoted or not, drops A, and B takes the words its own quote gives it, else those before "thay
thế"; an old amount in brackets after the new one ("B (thay cho A tại Kế hoạch số ...)") is dropped too (REPLACED_BEFORE).
Money spent on replacing things ("thay thế thiết bị"), a range, and "từ A lên B" stay as before.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NHẠN
Số: 1207/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nhạn, ngày 03 tháng 9 năm 2027
QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung một số nội dung của Kế hoạch số 51/KH-UBND ngày 15 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch số 51/KH-UBND như sau:
1. {line}
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
"""


@pytest.mark.parametrize("line, amounts", [
    # must: the new amount only, quoted or not, in a quoted phrase, or with the old one in brackets after it
    ('Tại điểm b khoản 3 Mục IV (kinh phí tổ chức Hội thi), thay thế "640 triệu đồng" bằng "910 triệu đồng".',
     [910_000_000]),
    ("Kinh phí tuyên truyền: thay thế 150 triệu đồng bằng 210 triệu đồng.", [210_000_000]),
    ('Thay thế cụm từ "kinh phí tập huấn 300 triệu đồng" bằng cụm từ "kinh phí tập huấn 420 triệu đồng".',
     [420_000_000]),
    ("Kinh phí tổ chức Giải Việt dã là 780 triệu đồng (thay cho 560 triệu đồng tại Kế hoạch số 51/KH-UBND).",
     [780_000_000]),
    # must not: money to replace equipment, a range, an amendment "từ A lên B" (as before)
    ("Kinh phí thay thế thiết bị quan trắc hư hỏng 340 triệu đồng.", [340_000_000]),
    ("Kinh phí quảng bá từ 2 đến 3 tỷ đồng.", [3_000_000_000]),
    ("Tổng kinh phí điều chỉnh từ 4.500 triệu đồng lên 5.150 triệu đồng.", [5_150_000_000]),
])
def test_the_replaced_amount(line, amounts):
    result = process("decision.txt", DECISION.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [s["amount_vnd"] for s in statements] == amounts, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
