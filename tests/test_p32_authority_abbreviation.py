"""The signer's authority line written with an abbreviation in capitals: "TM. UBND HUYỆN", "TM. HĐND TỈNH",
"T/M BCĐ". Lowering the case turned the abbreviation into a word ("TM. Ubnd huyện"); it is spelt out as the issuer's
line is (normalizers.agencies.canonical), then lowered."""

from __future__ import annotations

import pytest

from extractors.fields.header import _authority


@pytest.mark.parametrize("line,authority", [
    ("TM. UBND HUYỆN", "TM. Ủy ban nhân dân huyện"),
    ("TM. HĐND TỈNH", "TM. Hội đồng nhân dân tỉnh"),
    ("T/M BCĐ", "TM. Ban Chỉ đạo"),
    ("TM. UBND", "TM. Ủy ban nhân dân"),
    # unchanged: the whole words
    ("TM. ỦY BAN NHÂN DÂN", "TM. Ủy ban nhân dân"),
    ("T/M BAN THƯỜNG VỤ", "TM. Ban Thường vụ"),
    ("KT. CHỦ TỊCH", "KT. Chủ tịch"),
    ("TL. GIÁM ĐỐC", "TL. Giám đốc"),
])
def test_authority_line(line, authority):
    assert _authority(line) == authority
