"""A signature's cell flattened to one paragraph by a scrape ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
Ngô Thị Bích Hạnh"), then printed in its narrow column and copied out of the PDF with its layout: its lines
were read as paragraphs cut after the authority's mark and inside the name ("TM. ỦY BAN NHÂN DÂN KT." / "CHỦ
TỊCH PHÓ CHỦ TỊCH Ngô" / "Thị Bích Hạnh"): the signer read as "PHÓ CHỦ TỊCH Ngô", the title as "Chủ tịch"
(round R13: G12's province plan in pdf-layout). `cells.signature_run_paragraphs` joins such a run, from a
paragraph that opens a signature down to a name alone, when a line ends open, and splits it as a layout cell
is. Must-not rows: a signature a line each, a name on its own line after a closed title, a run that ends in
no name. Texts invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock
from extractors.layout import cells

# (on the code before the rule the blocks stay as they are: the must rows fail there)
signature_run_paragraphs = getattr(cells, "signature_run_paragraphs", lambda blocks: blocks)


def run(*texts: str) -> list[str]:
    return [b.text for b in signature_run_paragraphs([RawBlock("paragraph", t, {}) for t in texts])]


@pytest.mark.parametrize("texts, want", [
    (("- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN KT.", "CHỦ TỊCH PHÓ CHỦ TỊCH Trịnh", "Văn Khải", "Phụ lục I"),
     ["- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Khải", "Phụ lục I"]),
    (("KT. GIÁM ĐỐC PHÓ GIÁM", "ĐỐC Lương Thị", "Minh Châu"),
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Thị Minh Châu"]),
    (("TM. BAN THƯỜNG VỤ KT.", "BÍ THƯ PHÓ BÍ THƯ", "Hà Quang Vinh"),
     ["TM. BAN THƯỜNG VỤ", "KT. BÍ THƯ", "PHÓ BÍ THƯ", "Hà Quang Vinh"]),
])
def test_signature_run_split(texts, want):
    assert run(*texts) == want


@pytest.mark.parametrize("texts", [
    ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Khải"),   # a line each already
    ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Thị Minh Châu", "Phụ lục"),         # closed lines
    ("TM. ỦY BAN NHÂN DÂN KT.", "CHỦ TỊCH PHÓ CHỦ TỊCH", "(đã ký)"),             # no name
])
def test_signature_run_kept(texts):
    assert run(*texts) == list(texts)
