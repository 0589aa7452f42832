"""Hold-out round G54 (tests/invented/build_g54.py): an appendix whose title names it the plan's targets gives its
indicator table's rows as objectives, though no item of the objectives points to it.

A health department's plan on its portal page carried, after the signature, "PHỤ LỤC" / "CHỈ TIÊU TIÊM CHỦNG MỞ RỘNG
THEO NĂM" over "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027": its rows were read only when an objective sent the reader
there ("tại Phụ lục kèm theo": extractors.fields.objectives._appendix_items), so none was. A plan that has objectives
now also reads the indicator tables of appendices titled as targets ("Chỉ tiêu ...", "Các chỉ tiêu ...", "Biểu chỉ
tiêu ...", on the "PHỤ LỤC" line or the lines under it) when the objectives point to no appendix and no table
(_titled_appendix_items); not those of follow-up or results ("Chỉ tiêu theo dõi, đánh giá ...", "Kết quả thực hiện
..."), nor another appendix's table, nor any when the objectives point elsewhere ("tại Phụ lục III", "tại bảng dưới
đây": round G27's reading).
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN TỈNH ĐÔNG VÂN

**SỞ GIÁO DỤC VÀ ĐÀO TẠO**

Số: 512/KH-SGDĐT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

*Đông Vân, ngày 10 tháng 3 năm 2027*

**KẾ HOẠCH**

**Phổ cập bơi an toàn cho học sinh tiểu học giai đoạn 2027 - 2028**

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Trang bị kỹ năng phòng, chống đuối nước cho học sinh tiểu học trên địa bàn tỉnh.

**2. Mục tiêu cụ thể**

\\- Mỗi trường tiểu học có ít nhất 01 giáo viên được tập huấn dạy bơi.
{note}

**II. TỔ CHỨC THỰC HIỆN**

1\\. Phòng Giáo dục Tiểu học: Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch./.

**KT. GIÁM ĐỐC**

**PHÓ GIÁM ĐỐC**

**Lý Văn Phúc**

{title}

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Tỷ lệ học sinh lớp 3 biết bơi an toàn | % | 55 | 65 |
| 2 | Số bể bơi lắp ghép đặt tại trường học | Bể | 14 | 20 |
"""

ROWS = [("Tỷ lệ học sinh lớp 3 biết bơi an toàn", 2028, [(55.0, "percent"), (65.0, "percent")]),
        ("Số bể bơi lắp ghép đặt tại trường học", 2028, [(14.0, "Bể"), (20.0, "Bể")])]


@pytest.mark.parametrize("title, rows", [
    # must: the appendix's title on the line under "PHỤ LỤC", on its own line, with a note under it
    ("**PHỤ LỤC**\n\n**CHỈ TIÊU PHỔ CẬP BƠI AN TOÀN THEO NĂM**", ROWS),
    ("**Phụ lục 02: Các chỉ tiêu chủ yếu theo năm**", ROWS),
    ("**PHỤ LỤC II**\n\n**BIỂU CHỈ TIÊU PHỔ CẬP BƠI**\n\n*(Kèm theo Kế hoạch số 512/KH-SGDĐT ngày 10/3/2027)*", ROWS),
    # must not: an appendix of follow-up, one of tasks, a table under no appendix's title
    ("**PHỤ LỤC**\n\n**CHỈ TIÊU THEO DÕI, ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH**", []),
    ("**PHỤ LỤC**\n\n**DANH MỤC NHIỆM VỤ PHỐI HỢP**", []),
    ("Ghi chú: các số liệu trên do các trường báo cáo.", []),
])
def test_an_appendix_of_targets(title, rows):
    result = process("plan.md", PLAN.format(title=title, note="").encode("utf-8"))
    objectives = result.record.model_dump(mode="json")["objectives"]
    found = [(o["text"], o["target_year"], [(t["value"], t["unit"]) for t in o["targets"]]) for o in objectives
             if o["text"].startswith(("Tỷ lệ học sinh", "Số bể bơi"))]
    assert found == rows, objectives
    assert any(o["text"].startswith("Mỗi trường tiểu học") for o in objectives)
    for o in objectives:
        for t in o["targets"]:
            assert t["raw"] in result.text[t["span"]["start"]:t["span"]["end"]]


@pytest.mark.parametrize("note", [
    # must not: objectives that send the reader to another appendix, or to a table elsewhere (tests/test_g27_holdout.py)
    "(Chỉ tiêu theo từng năm tại Phụ lục III kèm theo)",
    "(Chỉ tiêu theo từng năm tại bảng dưới đây)",
])
def test_objectives_pointing_elsewhere_leave_the_appendix(note):
    title = "**PHỤ LỤC II**\n\n**CHỈ TIÊU PHỔ CẬP BƠI AN TOÀN THEO NĂM**"
    result = process("plan.md", PLAN.format(title=title, note=note).encode("utf-8"))
    objectives = result.record.model_dump(mode="json")["objectives"]
    assert not [o for o in objectives if o["text"].startswith(("Tỷ lệ học sinh", "Số bể bơi"))], objectives
