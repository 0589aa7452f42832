"""Hold-out round G54 (tests/invented/build_g54.py): an emulation movement's "CHỈ TIÊU THI ĐUA" is its objectives'
heading.

A district's plan launching an emulation movement set its targets under "II. CHỈ TIÊU THI ĐUA" ("- Đến ngày 30/6/2025
hoàn thành ít nhất 70% số nhà; ...", "- 100% nhà ..."): none was read, the heading being no "Chỉ tiêu" the
objectives' headings knew (extractors.fields.objectives.SPECIFIC: "chủ yếu", "chính", "cơ bản", "phấn đấu"). Now
"thi đua" qualifies it as they do; "Tiêu chí thi đua" (what a reward is judged by) and "Nội dung thi đua" (the tasks)
stay none. Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN LŨNG VÂN
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lũng Vân, ngày 06 tháng 3 năm 2025
KẾ HOẠCH
Phát động phong trào thi đua "Dân vận khéo" trên địa bàn huyện Lũng Vân năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Khơi dậy tinh thần chủ động, sáng tạo của cán bộ, đảng viên trong công tác dân vận.
{heading}
- Ít nhất 85% cơ quan, đơn vị, xã, thị trấn xây dựng được mô hình "Dân vận khéo".
- Phấn đấu đến ngày 30/9/2025 có 100% thôn, bản đăng ký mô hình thi đua.
III. TỔ CHỨC THỰC HIỆN
1. Ban Dân vận Huyện ủy: Hướng dẫn, theo dõi phong trào thi đua./.
"""


@pytest.mark.parametrize("heading, found", [
    # must: the movement's targets under its heading
    ("II. CHỈ TIÊU THI ĐUA", [[85.0], [100.0]]),
    ("2. Các chỉ tiêu thi đua năm 2025", [[85.0], [100.0]]),
    ("II. Chỉ tiêu thi đua:", [[85.0], [100.0]]),
    # must not: the criteria a reward is judged by, the movement's contents
    ("II. TIÊU CHÍ THI ĐUA", []),
    ("II. NỘI DUNG THI ĐUA", []),
])
def test_the_emulation_targets(heading, found):
    result = process("plan.txt", PLAN.format(heading=heading).encode("utf-8"))
    objectives = result.record.model_dump(mode="json")["objectives"]
    assert [[t["value"] for t in o["targets"]] for o in objectives] == found, objectives
    for o in objectives:
        assert o["target_year"] == 2025 and o["kind"] == "specific"
        for t in o["targets"]:
            assert t["raw"] in result.text[t["span"]["start"]:t["span"]["end"]]
