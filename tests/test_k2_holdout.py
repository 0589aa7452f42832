"""Hold-out round K2 (chunks of documents cut for retrieval): the shapes its chunks showed, each with rows that
must match and rows that must not (names and numbers of our own)."""

import pytest

from extractors.layout.cells import split_cell_lines

SIGNATURE_CELLS = [
    # must match: a signature cell flattened onto one line by a scraper, the signer's name an Ê Đê or M'nông one
    # that opens with the one-letter "Y" (two words more after it) or with "H'"
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Y Bhiăm Ktla",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Y Bhiăm Ktla"]),
    ("CHỦ TỊCH Y Ngông Byă Mlô", ["CHỦ TỊCH", "Y Ngông Byă Mlô"]),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC H'Lan Niê", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "H'Lan Niê"]),
    # must not: a "Y" of a body in capitals stays in its line; a one-letter middle word stays in the name
    ("GIÁM ĐỐC SỞ Y TẾ Trần Văn Bình", ["GIÁM ĐỐC SỞ Y TẾ", "Trần Văn Bình"]),
    ("PHÓ CHỦ TỊCH Giàng A Sùng", ["PHÓ CHỦ TỊCH", "Giàng A Sùng"]),
    ("TRƯỞNG BAN Lò Văn Pâng", ["TRƯỞNG BAN", "Lò Văn Pâng"]),
]


@pytest.mark.parametrize("cell,lines", SIGNATURE_CELLS, ids=[r[0] for r in SIGNATURE_CELLS])
def test_a_flattened_signature_cell_parts_before_the_name(cell, lines):
    assert split_cell_lines(cell) == lines
