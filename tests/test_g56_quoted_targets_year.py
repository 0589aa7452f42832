"""Hold-out round G56 (tests/invented/build_g56.py): an amendment's quoted objectives heading may close on its year,
and the level it replaces, named "thay cho chỉ tiêu N%", is no target.

A province's amending decision wrote "1. Sửa đổi điểm a khoản 2 Mục II như sau:" over '"a) Chỉ tiêu cụ thể đến năm
2029:' and its items, one "đạt 42% (thay cho chỉ tiêu 38% tại Kế hoạch số ...)": no objective was read (a quoted
heading was known only bare, extractors.fields.objectives.QUOTED_HEAD), and once read, 38 was a second target ("thay
cho" was known only right before the level: BASELINE_NOW). Now the quoted heading may close on "(đến) năm Y", the
year its items take, and "thay cho chỉ tiêu N%" is the old level; a quoted heading of tasks stays none.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THANH BÌNH
Số: 1340/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Bình, ngày 22 tháng 7 năm 2027
QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung một số nội dung của Kế hoạch số 73/KH-UBND ngày 10 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh về phát triển văn hóa đọc giai đoạn 2027 - 2030
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch số 73/KH-UBND như sau:
1. Sửa đổi điểm b khoản 2 Mục I như sau:
"{heading}
- Tỷ lệ trường phổ thông có thư viện đạt chuẩn đạt 85%{old};
- 100% xã, phường có tủ sách cộng đồng được bổ sung sách mới hằng năm."
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
"""


@pytest.mark.parametrize("heading, old, found, year", [
    # must: the quoted heading with its year, the old level in brackets no target
    ("b) Chỉ tiêu cụ thể đến năm 2029:", "", [[85.0], [100.0]], 2029),
    ("b) Mục tiêu cụ thể năm 2028:", "", [[85.0], [100.0]], 2028),
    ("b) Chỉ tiêu cụ thể đến năm 2029:", " (thay cho chỉ tiêu 70% tại Kế hoạch số 73/KH-UBND)", [[85.0], [100.0]], 2029),
    # must not: a quoted heading of tasks
    ("b) Nhiệm vụ trọng tâm đến năm 2029:", "", [], None),
])
def test_the_quoted_targets(heading, old, found, year):
    result = process("decision.txt", DECISION.format(heading=heading, old=old).encode("utf-8"))
    objectives = result.record.model_dump(mode="json")["objectives"]
    assert [[t["value"] for t in o["targets"]] for o in objectives] == found, objectives
    for o in objectives:
        assert o["target_year"] == year and o["kind"] == "specific"
        for t in o["targets"]:
            assert t["raw"] in result.text[t["span"]["start"]:t["span"]["end"]]
