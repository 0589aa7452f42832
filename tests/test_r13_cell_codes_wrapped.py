"""A recipients' cell a legal site re-wrapped, its archive line cut after a comma and its last codes, in
capitals, on the next line ("- Lưu: VT," / "KGVX."): a cell's line in capitals is kept apart (a header's line),
so the archive item lost its office code (round R13: G12's province plan in legal-site-md, a recipient).
wrap.join_cell_lines joins a line of codes in capitals that ends the list to a line that ends with a comma.
Must-not rows: a header's lines in capitals, a line not ending with a comma, a line of words. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.wrap import join_cell_lines


@pytest.mark.parametrize("lines, want", [
    (["Nơi nhận: - Sở Tư pháp; - Lưu: VT,", "TCCB."], "Nơi nhận: - Sở Tư pháp; - Lưu: VT, TCCB."),
    (["- Lưu: VT, NV,", "KHTC, TTr."], "- Lưu: VT, NV, KHTC, TTr."),
    (["- Lưu: VT,", "P2"], "- Lưu: VT, P2"),
])
def test_codes_joined(lines, want):
    assert join_cell_lines(lines) == want


@pytest.mark.parametrize("lines", [
    ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN"],
    ["- Lưu: VT.", "KGVX."],
    ["Kính gửi: các sở, ban,", "NGÀNH TỈNH"],
])
def test_not_joined(lines):
    assert join_cell_lines(lines) == "\n".join(lines)
