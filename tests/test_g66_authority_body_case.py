"""Hold-out round G66 (tests/invented/build_g66.py): a signature's authority line that names the body its head or its
standing board heads ("KT. GIÁM ĐỐC SỞ Y TẾ", "TM. BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ TỈNH", as a joint plan's two
signatures write them). Before, extractors.fields.header._authority lowered all but the first word ("KT. Giám đốc sở
y tế"); now the body is cased as a name (issuer_from_caps), the head's words as before. A head alone, or a kind word
alone after it ("KT. TRƯỞNG BAN"), keeps today's reading.

Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.fields.header import _authority


@pytest.mark.parametrize("line, authority", [
    # must: the body cased as a name
    ("KT. GIÁM ĐỐC SỞ TƯ PHÁP", "KT. Giám đốc Sở Tư pháp"),
    ("KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. Giám đốc Sở Nông nghiệp và Môi trường"),
    ("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH", "TM. Ban Thường vụ Hội Nông dân tỉnh"),
    ("TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "TM. Ban Thường vụ Huyện đoàn"),
    ("KT. TRƯỞNG BAN QUẢN LÝ DỰ ÁN", "KT. Trưởng Ban Quản lý dự án"),
    ("KT. CHÁNH VĂN PHÒNG UBND TỈNH", "KT. Chánh Văn phòng Ủy ban nhân dân tỉnh"),
    # must not: a head alone, a kind word alone, a body alone (today's readings)
    ("KT. TRƯỞNG BAN", "KT. Trưởng ban"),
    ("KT. GIÁM ĐỐC", "KT. Giám đốc"),
    ("TM. ỦY BAN NHÂN DÂN", "TM. Ủy ban nhân dân"),
    ("TM. BAN CHỈ ĐẠO", "TM. Ban Chỉ đạo"),
    ("TM. BAN THƯỜNG VỤ", "TM. Ban Thường vụ"),
    ("KT. TRƯỞNG CÔNG AN XÃ", "KT. Trưởng Công an xã"),
    ("KT. Chủ tịch", "KT. Chủ tịch"),
])
def test_the_authority_names_its_body(line, authority):
    assert _authority(line) == authority
