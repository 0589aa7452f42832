"""Round G16's rules, found on hold-out joint plans and amending or replacing decisions (tests/invented/build_g16.py).

- A task's time written after its title and a colon, the whole rest of the title, is no part of the title: "Cân, đo
  trẻ em dưới 5 tuổi: tháng 6 và tháng 12 hằng năm", "...: tháng 5-6/2020", "...: trước ngày 30/9/2020", "...: quý
  III/2026", "...: hằng năm" (not words after the colon that say what is done: "Hội nghị sơ kết: tổng kết năm 2026",
  nor a name too short to be a task: "Giai đoạn 1: năm 2026").
- The words that announce a sum's parts are no scope of their own: "Tổng kinh phí N, phân kỳ như sau: Giai đoạn
  2026 - 2027: A; giai đoạn 2028 - 2030: B", "phân bổ cụ thể như sau:", "..., như sau:" (A is a part of the sum, as
  after "phân kỳ:"); a part named by its own words keeps them.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
TỈNH HẢI VÂN
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Vân, ngày 14 tháng 5 năm 2026

KẾ HOẠCH
Phát triển giống cây trồng giai đoạn 2026 - 2030

I. NHIỆM VỤ
1. Nhiệm vụ và thời gian thực hiện
a) {task}. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.
b) Chuyển giao quy trình thâm canh cho hợp tác xã. Sở Khoa học và Công nghệ chủ trì thực hiện.

II. KINH PHÍ
{money}

III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính: bố trí kinh phí.
"""

TASK = "Khảo nghiệm giống lúa mới"
MONEY = "Tổng kinh phí là 42 tỷ đồng."


def _record(task: str = TASK, money: str = MONEY) -> dict:
    return process("ke-hoach.txt", DOC.format(task=task, money=money).encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("task,title", [
    # must: the time after the colon is cut off
    ("Khảo nghiệm giống lúa mới: quý III hằng năm", "Khảo nghiệm giống lúa mới"),
    ("Phục tráng giống nếp cái hoa vàng: tháng 4-5/2027", "Phục tráng giống nếp cái hoa vàng"),
    ("Xây dựng vườn ươm cây giống: trước ngày 20/10/2026", "Xây dựng vườn ươm cây giống"),
    ("Điều tra nguồn gen cây bản địa: từ tháng 2 đến tháng 6 năm 2028", "Điều tra nguồn gen cây bản địa"),
    ("Kiểm định chất lượng hạt giống: tháng 3 và tháng 9 hằng năm", "Kiểm định chất lượng hạt giống"),
    ("Cập nhật cơ sở dữ liệu giống: thường xuyên", "Cập nhật cơ sở dữ liệu giống"),
    # must not: words after the colon that say what is done, or no colon
    ("Tổ chức hội nghị đầu bờ: giới thiệu giống mới năm 2027", "Tổ chức hội nghị đầu bờ: giới thiệu giống mới năm 2027"),
    ("Khảo nghiệm giống lúa mới trong vụ Đông Xuân", "Khảo nghiệm giống lúa mới trong vụ Đông Xuân"),
])
def test_a_task_s_time_after_a_colon_is_no_part_of_its_title(task, title):
    acts = _record(task=task)["activities"]
    assert acts[0]["title"] == title
    assert acts[0]["lead_agencies"] == ["Sở Nông nghiệp và Môi trường"]


@pytest.mark.parametrize("title,cut", [
    ("Giai đoạn 1: năm 2026", "Giai đoạn 1: năm 2026"),  # must not: no task before the colon (three words asked)
    ("Tổng kết mô hình: năm 2026 tại hội trường tỉnh", "Tổng kết mô hình: năm 2026 tại hội trường tỉnh"),  # a place after
    ("Ra quân đồng loạt: tháng 3-4/2029, tháng 9/2029", "Ra quân đồng loạt"),
    ("Sơ kết việc thực hiện: Quý IV năm 2028", "Sơ kết việc thực hiện"),
    # must not: a field's label before the time (G13's "Thực hiện: Quý II/2027" row)
    ("Rà soát hộ chăn nuôi. Thời gian hoàn thành: tháng 8/2029", "Rà soát hộ chăn nuôi. Thời gian hoàn thành: tháng 8/2029"),
    ("Rà soát hộ chăn nuôi. Thực hiện: Quý I/2029", "Rà soát hộ chăn nuôi. Thực hiện: Quý I/2029"),
])
def test_the_time_tail(title, cut):
    from extractors.fields.activities import without_time  # (here: the base code has none, its other tests run)
    assert without_time(title) == cut


@pytest.mark.parametrize("money,scopes", [
    # must: the announcing words are no scope; the phases are parts of the sum, each scoped by its period (round G60:
    # as the set's golds name them first, g16_tinh-namthach's among them; tests/test_g60_phase_parts.py)
    ("Tổng kinh phí là 42 tỷ đồng, phân kỳ như sau: Giai đoạn 2026 - 2027: 12 tỷ đồng; giai đoạn 2028 - 2030: "
     "30 tỷ đồng.", ["total", "Giai đoạn 2026 - 2027", "Giai đoạn 2028 - 2030"]),
    ("Tổng kinh phí: 9.600 triệu đồng, phân bổ cụ thể như sau: giai đoạn 2027 - 2028: 4.100 triệu đồng; giai đoạn "
     "2029 - 2030: 5.500 triệu đồng.", ["total", "Giai đoạn 2027 - 2028", "Giai đoạn 2029 - 2030"]),
    ("Tổng kinh phí: 9.600 triệu đồng, chi tiết như sau: giai đoạn 2027 - 2028: 4.100 triệu đồng; giai đoạn "
     "2029 - 2030: 5.500 triệu đồng.", ["total", "Giai đoạn 2027 - 2028", "Giai đoạn 2029 - 2030"]),
    # must not: a part named by its own words keeps them
    ("Tổng kinh phí: 9.600 triệu đồng, như sau: Kinh phí in ấn tài liệu: 600 triệu đồng.", ["total", "In ấn tài liệu"]),
])
def test_the_words_that_announce_the_parts_are_no_scope(money, scopes):
    statements = _record(money=money)["budget"]["statements"]
    assert [s["scope"] for s in statements] == scopes
