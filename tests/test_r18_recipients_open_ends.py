"""A recipients' cell flattened to one paragraph by a scrape, printed in its narrow column and copied out with
`pdftotext -layout`, round R18: its wrapped lines were joined back only where a line ended open on an item's
dash or inside an item, so two shapes were left (pdf-layout v_tinh-namson_33, t_duk-lamdien_58):

    Nơi nhận: - UBND tỉnh (b/c); - Lưu:       (the archive's label ends the line, its value on the next)
    VT, NVY.

    Nơi nhận: - Ban Thường vụ Tỉnh ủy         (a list that parts its items with commas, not semicolons)
    (b/c), - Ban Tuyên giáo Tỉnh ủy (b/c),
    - Các đảng bộ, chi bộ cơ sở trực
    thuộc, - Lưu Văn phòng Đảng ủy
    Khối.

layout.cells.recipients_paragraphs now also runs on over a line ending on "- Lưu:", and parts a list whose items
follow commas only (no "; -" in it) at ", - " before a capital.

Must-not rows: a list already an item a paragraph, a list parted by semicolons with a comma inside an item, a
list that never ends with a period. Names invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock
from extractors.layout.cells import recipients_paragraphs


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in recipients_paragraphs([RawBlock("paragraph", x, {}) for x in lines])]


MUST = [
    (["Nơi nhận: - Bộ Tài chính (b/c); - Lưu:", "VT, KHTC.", "KT. GIÁM ĐỐC"],
     ["Nơi nhận:", "- Bộ Tài chính (b/c);", "- Lưu: VT, KHTC.", "KT. GIÁM ĐỐC"]),
    (["Nơi nhận: - Thường trực Huyện ủy", "(b/c), - Ban Dân vận Huyện ủy (b/c),", "- Các chi bộ trực",
      "thuộc, - Lưu Văn phòng.", "T/M BAN THƯỜNG VỤ"],
     ["Nơi nhận:", "- Thường trực Huyện ủy (b/c),", "- Ban Dân vận Huyện ủy (b/c),", "- Các chi bộ trực thuộc,",
      "- Lưu Văn phòng.", "T/M BAN THƯỜNG VỤ"]),
]

MUST_NOT = [
    ["Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT."],
    ["Nơi nhận: - Sở Nội vụ, Sở Tư pháp;", "- Lưu: VT."],                  # an item a line already
    ["Nơi nhận: - UBND tỉnh (b/c), - Các phòng,", "ban thuộc huyện"],        # commas part it, but no period ends it
    ["Nơi nhận: - UBND tỉnh; - Sở Y tế, - Sở Tài chính;", "- Lưu: VT."],    # semicolons part it: a comma stays
    ["Nơi nhận: - UBND tỉnh (b/c); - Lưu:", "VT, NVY", "KT. GIÁM ĐỐC"],     # never ends with a period
]


@pytest.mark.parametrize("lines,expected", MUST)
def test_wrapped_list_read_an_item_a_paragraph(lines, expected):
    assert _texts(lines) == expected


@pytest.mark.parametrize("lines", MUST_NOT)
def test_other_lists_stay(lines):
    assert _texts(lines) == lines
