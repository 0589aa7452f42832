"""Hold-out round G60 (tests/invented/build_g60.py): a People's Council's committees named bare, "các Ban", among the
council's own organs are the council's: "Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội
đồng nhân dân tỉnh giám sát ..." gives the supervision to the council's Ban ("các Ban của Hội đồng nhân dân tỉnh", as
the set's golds name them), not to a bare "Các Ban".

Round G58 let the council named after a run of its organs own "Thường trực" and "các Tổ đại biểu" and kept "các Ban"
bare (tests/test_g17_holdout.py); the document's context names whose they are. Now "các Ban" is one of the council's
organs (normalizers.agencies._share_council): in a run the council's name ends, and right after the council's standing
committee named whole when the list ends on it; "các Ban" before another body, or after a body that is no council's,
stays bare. Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process


@pytest.mark.parametrize("text, names", [
    # must: in a run of the council's organs its name ends; after its standing committee named whole
    ("Thường trực Hội đồng nhân dân huyện, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân huyện",
     ["Thường trực Hội đồng nhân dân huyện", "các Ban Hội đồng nhân dân huyện",
      "các Tổ đại biểu Hội đồng nhân dân huyện", "đại biểu Hội đồng nhân dân huyện"]),
    ("Thường trực HĐND xã, các Ban và đại biểu HĐND xã",
     ["Thường trực HĐND xã", "các Ban HĐND xã", "đại biểu HĐND xã"]),
    ("Thường trực Hội đồng nhân dân thành phố, các Ban",
     ["Thường trực Hội đồng nhân dân thành phố", "các Ban Hội đồng nhân dân thành phố"]),
    # must not: the Ban named with their owner already; before a body that is no council; after one that is none
    ("Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh",
     ["Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh"]),
    ("các Ban và Ủy ban nhân dân các xã", ["các Ban", "Ủy ban nhân dân các xã"]),
    ("Ủy ban nhân dân huyện, các Ban", ["Ủy ban nhân dân huyện", "các Ban"]),
])
def test_the_councils_bare_ban(text, names):
    assert split_agencies(text) == names


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH NAM KHÁNH
Số: 44/2026/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Khánh, ngày 08 tháng 12 năm 2026
NGHỊ QUYẾT
Về kế hoạch phát triển giáo dục nghề nghiệp tỉnh Nam Khánh năm 2027
HỘI ĐỒNG NHÂN DÂN TỈNH NAM KHÁNH
QUYẾT NGHỊ:
Điều 1. Thông qua Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Nam Khánh năm 2027.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực
hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Nam Khánh khóa XI, kỳ họp thứ mười thông qua ngày 08 tháng 12 năm 2026./.
"""


def test_a_resolutions_supervisors():
    record = process("nghi-quyet.txt", RESOLUTION.encode("utf-8")).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh", "Các Ban Hội đồng nhân dân tỉnh",
        "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"]
