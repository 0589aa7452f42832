"""Hold-out round G62 (probing the council's bare "các Ban" G60 left, beside round G62's "Ban" look-alikes): in a
council's supervision sentence its committees are named bare before what they supervise, "Thường trực Hội đồng nhân dân
tỉnh, các Ban giám sát việc thực hiện Nghị quyết", and its groups of deputies after them with no owner, "Thường trực
HĐND huyện, các Ban, các Tổ đại biểu giám sát ...": both the council's.

Before, "các Ban giám sát việc" was read as a board named by its task ("Ban giám sát", a body of its own kind, keeps
"giám sát" inside its name), and "các Tổ đại biểu" after the council's "các Ban" stayed bare (G60 gave the standing
committee's council to the bare "các Ban" right after it only). Now normalizers.agencies._SUBJECT_END ends a subject
at "các Ban" before "giám sát việc / tình hình / quá trình / kết quả / hoạt động", and _share_council carries the
council along the run of its bare organs after its standing committee and "các Ban". "các Ban giám sát đầu tư của
cộng đồng" (a body), organs after a body that is no council's, and the runs G58 and G60 read keep their readings.
Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process


@pytest.mark.parametrize("text, names", [
    # must: the council carried along its bare organs after its standing committee and "các Ban"
    ("Thường trực Hội đồng nhân dân thị xã, các Ban, các Tổ đại biểu",
     ["Thường trực Hội đồng nhân dân thị xã", "các Ban Hội đồng nhân dân thị xã",
      "các Tổ đại biểu Hội đồng nhân dân thị xã"]),
    ("Thường trực HĐND xã, các Ban và các Tổ đại biểu", ["Thường trực HĐND xã", "các Ban HĐND xã", "các Tổ đại biểu HĐND xã"]),
    # must not: a body between; no council's standing committee before; the council named after the run (G58, G60)
    ("Thường trực HĐND xã, các Ban, Ủy ban nhân dân xã, các Tổ đại biểu",
     ["Thường trực HĐND xã", "các Ban HĐND xã", "Ủy ban nhân dân xã", "các Tổ đại biểu"]),
    ("Ủy ban nhân dân thị xã, các Ban, các Tổ đại biểu", ["Ủy ban nhân dân thị xã", "các Ban", "các Tổ đại biểu"]),
    ("Thường trực Hội đồng nhân dân thị xã, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân thị xã",
     ["Thường trực Hội đồng nhân dân thị xã", "các Ban Hội đồng nhân dân thị xã",
      "các Tổ đại biểu Hội đồng nhân dân thị xã", "đại biểu Hội đồng nhân dân thị xã"]),
])
def test_the_councils_bare_organs(text, names):
    assert split_agencies(text) == names


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
THỊ XÃ BẾN LAM
Số: 19/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Lam, ngày 14 tháng 12 năm 2028
NGHỊ QUYẾT
Về kế hoạch đầu tư công năm 2029 của thị xã Bến Lam
HỘI ĐỒNG NHÂN DÂN THỊ XÃ BẾN LAM
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch đầu tư công năm 2029 của thị xã Bến Lam.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân thị xã tổ chức thực hiện Nghị quyết này.
2. {line}
Nghị quyết này đã được Hội đồng nhân dân thị xã Bến Lam khóa III, kỳ họp thứ chín thông qua ngày 14 tháng 12 năm 2028./.
"""


@pytest.mark.parametrize("line, agencies", [
    # must: the council's bare "các Ban" before what they supervise; its groups of deputies after them
    ("Thường trực Hội đồng nhân dân thị xã, các Ban giám sát việc thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân thị xã", "Các Ban Hội đồng nhân dân thị xã"]),
    ("Thường trực Hội đồng nhân dân thị xã, các Ban, các Tổ đại biểu giám sát tình hình thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân thị xã", "Các Ban Hội đồng nhân dân thị xã",
      "Các Tổ đại biểu Hội đồng nhân dân thị xã"]),
    # must not: a body of its own kind named by its task
    ("Thường trực Hội đồng nhân dân thị xã, các Ban giám sát đầu tư của cộng đồng giám sát việc thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân thị xã", "Các Ban giám sát đầu tư của cộng đồng"]),
])
def test_a_resolutions_supervisors(line, agencies):
    record = process("nghi-quyet.txt", RESOLUTION.format(line=line).encode("utf-8")).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == ["Ủy ban nhân dân thị xã", *agencies]
