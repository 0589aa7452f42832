"""Hold-out round G62 (probing tests/invented/build_g62.py's decision and the bodies its last article names): a
distributive head with the branches beside the kind of body, "Thủ trưởng các sở, ngành: Công Thương, Tài chính, Công an
tỉnh" / "Giám đốc các sở, ban, ngành: ..." / "các Bộ, ngành: ...", names a Sở (a Bộ) for each field and a branch by its
own name, as "Giám đốc các Sở: Tài chính, Y tế" names Sở Tài chính and Sở Y tế.

Before, the head with ", ngành" was no distributive head: the list after the colon was lost and "các sở, ngành" given
the decision to execute. Now normalizers.agencies._DISTRIBUTIVE (and _DISTRIBUTIVE_HEAD, which keeps the colon inside
the subject) take ", ngành" / ", ban, ngành" after Sở or Bộ; a field that opens a body's name of its own ("Công an
tỉnh", "Bảo hiểm xã hội tỉnh") stays as written. A heading whose colon opens the duties ("2. Các sở, ban, ngành: Căn
cứ chức năng ...") and the bare collectives keep their readings. Every name below is invented and differs from the
round's documents'."""

from __future__ import annotations

import pytest

from extractors.fields.responsibilities import agency_of
from normalizers.agencies import split_agencies
from pipeline.process import process


@pytest.mark.parametrize("line, names", [
    # must: a Sở (Bộ) each field, a branch by its own name
    ("Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ngành: Nội vụ, Y tế, Công an tỉnh, Bảo hiểm xã hội tỉnh chịu trách "
     "nhiệm thi hành Quyết định này.",
     ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Y tế", "Công an tỉnh", "Bảo hiểm xã hội tỉnh"]),
    ("Giám đốc các sở, ban, ngành: Văn hóa, Thể thao và Du lịch, Xây dựng; Chủ tịch UBND các huyện chịu trách nhiệm thi "
     "hành Quyết định này.",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "UBND các huyện"]),
    ("Thủ trưởng các Bộ, ngành: Tư pháp, Công Thương và Chủ tịch Ủy ban nhân dân các tỉnh có liên quan chịu trách nhiệm "
     "thi hành Quyết định này.",
     ["Bộ Tư pháp", "Bộ Công Thương", "Ủy ban nhân dân các tỉnh có liên quan"]),
    # must not: the duties after a heading's colon; the collective bare; the head without branches as before
    ("2. Các sở, ban, ngành: Căn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp triển khai.",
     ["Các sở, ban, ngành"]),
    ("- Các Sở, ngành: Theo chức năng nhiệm vụ, phối hợp với Sở Y tế.", ["Các Sở, ngành"]),
    ("Giám đốc các Sở: Tài chính, Y tế chịu trách nhiệm thi hành Quyết định này.", ["Sở Tài chính", "Sở Y tế"]),
])
def test_a_distributive_head_with_branches(line, names):
    assert split_agencies(agency_of(line)[0]) == names


DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẠCH LONG
Số: 977/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạch Long, ngày 08 tháng 8 năm 2028
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển kinh tế ban đêm tỉnh Bạch Long năm 2029
ỦY BAN NHÂN DÂN TỈNH BẠCH LONG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế ban đêm tỉnh Bạch Long năm 2029.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ngành: Du lịch, Công Thương, Công an tỉnh và
Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đoàn Văn Khải
"""


def test_a_decisions_executors():
    record = process("quyet-dinh.txt", DECISION.encode("utf-8")).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Du lịch", "Sở Công Thương", "Công an tỉnh", "Các đơn vị liên quan"]
