"""Hold-out round G54 (tests/invented/build_g54.py): a part of a sum named only by the body that spends it is scoped
by that body and is of the sum's source.

A joint plan of the police and the health department wrote "Tổng kinh phí ... dự kiến 1.100 triệu đồng từ ngân sách
tỉnh, trong đó: Công an tỉnh 420 triệu đồng; Sở Y tế 680 triệu đồng.": each part was read as the plan's whole of no
source (its label named neither a purpose with a colon nor a source: extractors.fields.budget_statements._part_named).
A part whose label is a body's name and nothing else (normalizers.agencies.leading_agency over all of it) is now
that body's part, of the sum's source; a part named by a source, a year, or a fund ("Quỹ Phòng, chống thiên tai
tỉnh", a source of its own) stays as before.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HẢI LONG
Số: 66/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Long, ngày 09 tháng 4 năm 2027
KẾ HOẠCH
Diễn tập ứng phó sự cố tràn dầu trên biển tỉnh Hải Long năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao năng lực phối hợp ứng phó sự cố tràn dầu của các lực lượng.
II. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch dự kiến 2.300 triệu đồng từ ngân sách tỉnh, trong đó: {first} 900 triệu đồng; {second} 1.400 triệu đồng.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: Chủ trì, phối hợp tổ chức diễn tập./.
"""


@pytest.mark.parametrize("first, second, parts", [
    # must: each body's part, of the province's budget
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Nông nghiệp và Môi trường",
     [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "local"), ("Sở Nông nghiệp và Môi trường", "local")]),
    ("Trung tâm Quan trắc môi trường tỉnh", "Ủy ban nhân dân các xã ven biển",
     [("Trung tâm Quan trắc môi trường tỉnh", "local"), ("Ủy ban nhân dân các xã ven biển", "local")]),
    # must not: parts named by a year; a fund (a source of its own, no body)
    ("năm 2027", "năm 2028", [("total", "local"), ("total", "local")]),
    ("Quỹ Phòng, chống thiên tai tỉnh", "Quỹ Hỗ trợ nông dân tỉnh", [("total", "other"), ("total", "other")]),
])
def test_a_bodys_part(first, second, parts):
    result = process("plan.txt", PLAN.format(first=first, second=second).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["scope"], s["source"], s["amount_vnd"]) for s in statements] == [
        ("total", "local", 2_300_000_000), (*parts[0], 900_000_000), (*parts[1], 1_400_000_000)], statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
