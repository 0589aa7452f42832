"""Hold-out round G38 (tests/invented/build_g38.py): a plan that amends an earlier plan states each changed figure
beside the one it replaces, and only the new one is the plan's.

- a target replaced in quotes or after "thay thế chỉ tiêu": 'Thay thế chỉ tiêu "... đạt 70%" bằng chỉ tiêu "... đạt
  80%"', 'Sửa đổi chỉ tiêu "Mở 40 lớp ..." thành "Mở 55 lớp ..."' -- the old figure was read as a second target
  (objectives.REPLACED_QUOTE, REPLACED_PLAIN); not a task that itself replaces things ("Thay thế 100% bóng đèn sợi đốt
  bằng đèn LED"), nor "thành" of "thành công", "trở thành";
- a sum adjusted "từ <old> lên <new>": "Tổng kinh phí ... điều chỉnh từ 215 tỷ đồng lên 248,5 tỷ đồng" -- the old
  amount was read as the total and the new one given the scope "Lên" (budget_statements.OLD_AMOUNT_FROM/_TO); not a
  range "từ 10 đến 12 tỷ đồng";
- a lettered amendment item under the amended objectives, "d) Bổ sung chỉ tiêu: "100% ..."", was read twice (as an
  item of "1. Sửa đổi, bổ sung khoản 2 Mục I (Mục tiêu cụ thể ...)" and as a heading of objectives of its own).
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.fields.objectives import targets_in
from extractors.formats import read
from pipeline.process import process


@pytest.mark.parametrize("text, kept", [
    # must: the replaced figure is left out
    ('Thay thế chỉ tiêu "Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 72%" bằng chỉ tiêu "Tỷ lệ hộ gia đình có nhà '
     'tiêu hợp vệ sinh đạt 85%".', ["85%"]),
    ('Sửa đổi chỉ tiêu "Mở 40 lớp tập huấn cho nông dân" thành "Mở 55 lớp tập huấn cho nông dân".', ["55 lớp"]),
    ("thay thế chỉ tiêu tỷ lệ chất thải rắn được thu gom đạt 88% bằng chỉ tiêu tỷ lệ chất thải rắn được thu gom đạt "
     "93%", ["93%"]),
    ('Tại điểm c, cụm từ "đạt 65%" được thay bằng cụm từ "đạt 70%".', ["70%"]),
    # must: the amended plan's level in brackets, named by its number; the count a change starts from
    ("Tỷ lệ hộ sử dụng điện an toàn được điều chỉnh thành 96% (Kế hoạch số 31/KH-UBND là 91%).", ["96%"]),
    ("Tỷ lệ hộ sử dụng điện an toàn đạt 96% (Kế hoạch số 31/KH-UBND ngày 04/02/2027 là 91%).", ["96%"]),
    ("Tỷ lệ thôn có nhà văn hóa đạt 97% (theo Nghị quyết số 08/NQ-HĐND: 94%).", ["97%"]),
    ("Điều chỉnh chỉ tiêu số người được tập huấn từ 3.200 người xuống 2.700 người.", ["2.700 người"]),
    ("Tăng số mô hình từ 04 mô hình lên 09 mô hình.", ["09 mô hình"]),
    # must not: a task that replaces things keeps its figure; "thành công", "trở thành" are no amendment; a
    # bracket of the plan's own figure, a range of counts
    ("Tỷ lệ xã đạt chuẩn đạt 85% (Kế hoạch số 15/KH-UBND đã giao).", ["85%"]),
    ("Tổ chức từ 4 đến 6 lớp tập huấn mỗi năm.", ["từ 4 đến 6 lớp"]),
    ("Thay thế 100% bóng đèn sợi đốt bằng đèn LED tại các trụ sở cơ quan.", ["100%"]),
    ('Xây dựng 03 mô hình "Dân vận khéo" thành công; 100% thôn tham gia.', ["03 mô hình", "100%"]),
    ("Tỷ lệ giải ngân đạt 95% trở thành tiêu chí thi đua của các đơn vị.", ["95%"]),
    ('Có 12 xã đạt chuẩn "nông thôn mới nâng cao" và 45% số thôn đạt chuẩn.', ["12 xã", "45%"]),
])
def test_only_the_new_figure_of_a_replaced_target_is_one(text, kept):
    assert [t["raw"] for t in targets_in(text, 0)] == kept


HEAD = ("ỦY BAN NHÂN DÂN\n\nTỈNH LONG THẠNH\n\nSố: 141/KH-UBND\n\nLong Thạnh, ngày 9 tháng 10 năm 2029\n\nKẾ HOẠCH\n\n"
        "Sửa đổi, bổ sung Kế hoạch số 28/KH-UBND về phát triển làng nghề giai đoạn 2027 - 2030\n\nI. NỘI DUNG SỬA ĐỔI\n\n")


def _statements(funds: str) -> list[tuple]:
    doc = build_document(read((HEAD + funds + "\n\nII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính hướng dẫn.\n").encode(),
                              "plan.txt"))
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in extract_statements(doc)]


@pytest.mark.parametrize("funds, want", [
    # must: the old amount of an adjusted sum is none, the new one the sum (scope and source the old one's words')
    ("Tổng kinh phí thực hiện Kế hoạch điều chỉnh từ 96 tỷ đồng lên 112,4 tỷ đồng, trong đó: ngân sách tỉnh 70,4 tỷ "
     "đồng; vốn xã hội hóa 42 tỷ đồng.",
     [("total", "total", 112_400_000_000), ("total", "local", 70_400_000_000), ("total", "mobilized", 42_000_000_000)]),
    ("Kinh phí từ ngân sách tỉnh giảm từ 18 tỷ đồng xuống còn 14,5 tỷ đồng.", [("total", "local", 14_500_000_000)]),
    ("Tổng kinh phí được điều chỉnh từ 850 triệu đồng thành 1.020 triệu đồng.", [("total", "total", 1_020_000_000)]),
])
def test_an_adjusted_sum_is_its_new_amount(funds, want):
    assert _statements(funds) == want


@pytest.mark.parametrize("funds, amounts", [
    # must not: two sums of their own, an amount "từ" a source
    ("Tổng kinh phí là 96 tỷ đồng, trong đó: ngân sách tỉnh 54 tỷ đồng; vốn xã hội hóa 42 tỷ đồng.",
     [96_000_000_000, 54_000_000_000, 42_000_000_000]),
    ("Năm 2028 bố trí 30 tỷ đồng; năm 2029 bố trí 35 tỷ đồng.", [30_000_000_000, 35_000_000_000]),
])
def test_sums_that_change_nothing_stay(funds, amounts):
    assert [a for *_, a in _statements(funds)] == amounts


PLAN = """ỦY BAN NHÂN DÂN
TỈNH LONG THẠNH
Số: 141/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Thạnh, ngày 9 tháng 10 năm 2029

KẾ HOẠCH
Sửa đổi, bổ sung một số nội dung của Kế hoạch số 28/KH-UBND về phát triển làng nghề giai đoạn 2027 - 2030

I. NỘI DUNG SỬA ĐỔI, BỔ SUNG
1. Sửa đổi, bổ sung khoản 2 Mục I (Mục tiêu cụ thể đến năm 2030) như sau:
a) Điều chỉnh chỉ tiêu tỷ lệ lao động làng nghề được đào tạo từ 50% lên 65%.
b) {item}
II. TỔ CHỨC THỰC HIỆN
Sở Công Thương chủ trì, hướng dẫn các địa phương thực hiện.
"""


@pytest.mark.parametrize("item", [
    # must: the lettered amendment item is one objective, not two
    'Bổ sung chỉ tiêu: "100% làng nghề được công nhận có hệ thống xử lý nước thải đạt quy chuẩn".',
    'Bổ sung mục tiêu: "90% cơ sở trong làng nghề đăng ký nhãn hiệu tập thể".',
    # must not: an item with no heading of its own stays one
    "Tỷ lệ cơ sở làng nghề ứng dụng thương mại điện tử đạt 40%.",
])
def test_a_lettered_amendment_item_is_one_objective(item):
    record = process("plan.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")
    texts = [o["text"] for o in record["objectives"]]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Điều chỉnh chỉ tiêu")
