"""Hold-out round G56 (tests/invented/build_g56.py): a kind of capital or a phase listed after the lead that announces
the list, on one line, is a part scoped by itself.

A province's decision approving a scheme wrote "b) Theo tính chất nguồn vốn: vốn đầu tư phát triển A, vốn sự nghiệp
B." and "c) Phân kỳ thực hiện: giai đoạn 2026 - 2027 là A; giai đoạn 2028 - 2030 là B.": the first kind was read as
the plan's whole (no sum before it on its line to be part of; "Theo tính chất nguồn vốn:" no lead-in the labels knew),
and the second phase as the first's (the line's period, before its first amount, taken for a heading's scope, and the
next amount following the first's). Now a label that is only a kind of capital or of spending after such a lead
(extractors.fields.budget_statements._listed_part), or after a kind so listed, is that kind; a label that is only a
phase ("giai đoạn X - Y", "giai đoạn 1 (X - Y)") after a lead, on a bullet under one ("Phân kỳ thực hiện:" / "- Giai
đoạn 2026 - 2027: A;", found probing the round's shape in other words) or after a phase so listed is that phase,
unless it is the plan's whole period; and a line's period after its first amount no heading's ("Tổng kinh phí N,
trong đó: giai đoạn ... là A; ..." was the first phase's throughout; its phases stay parts of the sum, scoped as it
is). A phase or a year alone on its line, years listed after their lead, and a project's phase (its money) stay as
before.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẢO LINH
Số: 905/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Linh, ngày 11 tháng 5 năm 2027
QUYẾT ĐỊNH
Phê duyệt Đề án phát triển rừng gỗ lớn tỉnh Bảo Linh giai đoạn 2027 - 2030
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển rừng gỗ lớn tỉnh Bảo Linh giai đoạn 2027 - 2030 với các nội dung sau:
1. Mục tiêu: chuyển hóa rừng trồng gỗ nhỏ sang kinh doanh gỗ lớn.
2. Kinh phí thực hiện
a) Tổng kinh phí thực hiện Đề án: 21.600 triệu đồng.
{line}
Điều 2. Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Đề án./.
"""

WHOLE = ("total", 21_600_000_000)


@pytest.mark.parametrize("line, parts", [
    # must: each kind after the lead, each phase after the lead (with "là", with its number); the sum whose line names
    # its phases after it no phase's (they are its parts, each scoped by its period since round G60, as
    # tests/test_g16_holdout.py and tests/test_g60_phase_parts.py read them)
    ("b) Theo tính chất nguồn vốn: vốn đầu tư phát triển 15.100 triệu đồng, vốn sự nghiệp 6.500 triệu đồng.",
     [("Vốn đầu tư phát triển", 15_100_000_000), ("Vốn sự nghiệp", 6_500_000_000)]),
    ("b) Theo loại nguồn vốn: vốn sự nghiệp 4.300 triệu đồng; vốn đầu tư 17.300 triệu đồng.",
     [("Vốn sự nghiệp", 4_300_000_000), ("Vốn đầu tư", 17_300_000_000)]),
    ("b) Phân kỳ thực hiện: giai đoạn 2027 - 2028 là 9.400 triệu đồng; giai đoạn 2029 - 2030 là 12.200 triệu đồng.",
     [("Giai đoạn 2027 - 2028", 9_400_000_000), ("Giai đoạn 2029 - 2030", 12_200_000_000)]),
    ("b) Phân kỳ thực hiện: giai đoạn 1 (2027 - 2028): 9.400 triệu đồng; giai đoạn 2 (2029 - 2030): 12.200 triệu đồng.",
     [("Giai đoạn 2027 - 2028", 9_400_000_000), ("Giai đoạn 2029 - 2030", 12_200_000_000)]),
    ("b) Kinh phí phân kỳ 21.600 triệu đồng, trong đó: giai đoạn 2027 - 2028 là 9.400 triệu đồng; giai đoạn 2029 - 2030 "
     "là 12.200 triệu đồng.",
     [("total", 21_600_000_000), ("Giai đoạn 2027 - 2028", 9_400_000_000), ("Giai đoạn 2029 - 2030", 12_200_000_000)]),
    ("b) Phân kỳ thực hiện:\n- Giai đoạn 2027 - 2028: 9.400 triệu đồng;\n- Giai đoạn 2029 - 2030 là 12.200 triệu đồng.",
     [("Giai đoạn 2027 - 2028", 9_400_000_000), ("Giai đoạn 2029 - 2030", 12_200_000_000)]),
    # must not: a phase alone on its line, the plan's whole period on a bullet (the plan's own period), years after
    # their lead (years, not scopes)
    ("b) Kinh phí thực hiện cả giai đoạn:\n- Giai đoạn 2027 - 2030: 21.600 triệu đồng.", [("total", 21_600_000_000)]),
    # (a project's phase is the project's money)
    ("b) Dự án 2: Trồng rừng gỗ lớn. Kinh phí: 9.400 triệu đồng (năm 2027: 1.400 triệu đồng; giai đoạn 2028 - 2030: "
     "8.000 triệu đồng).", [("Dự án 2", 9_400_000_000), ("Dự án 2", 1_400_000_000), ("Dự án 2", 8_000_000_000)]),
    ("b) Giai đoạn 2027 - 2030: 21.600 triệu đồng.", [("total", 21_600_000_000)]),
    ("b) Phân kỳ thực hiện: năm 2027: 5.200 triệu đồng; năm 2028: 5.600 triệu đồng.",
     [("total", 5_200_000_000), ("total", 5_600_000_000)]),
])
def test_the_listed_parts(line, parts):
    result = process("decision.txt", DECISION.format(line=line).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["amount_vnd"]) for s in statements] == [WHOLE, *parts], statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
