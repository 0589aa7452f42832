"""A table cell of agencies whose names end in ";" where a narrow column cut an office's name before its owner
("Văn phòng" / "Tỉnh đoàn;" / "Đoàn phường" / "Hòa Phong"): "Văn phòng" is no agency of its own but the start of
"Văn phòng Tỉnh đoàn" (round G38's youth union plan as a LibreOffice PDF and as every scan, IMG31: one partner read
as two). An office set alone in such a cell ends in ";" as the others do; a cell with no ";" reads as before.
Pure function (extractors.layout.wrap.cell_text over normalizers.agencies.lines_by_agency); bodies invented (round
P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.wrap import cell_text


@pytest.mark.parametrize("lines, text", [
    # must: the office's name cut before its owner in a cell of names ending in ";"
    (["Văn phòng", "Sở Nội vụ;", "Công an tỉnh"], "Văn phòng Sở Nội vụ; Công an tỉnh"),
    (["Văn phòng", "Huyện đoàn;", "Đoàn xã", "Tân Lập"], "Văn phòng Huyện đoàn; Đoàn xã Tân Lập"),
    (["Thanh tra", "Sở Xây dựng;", "Công an tỉnh"], "Thanh tra Sở Xây dựng; Công an tỉnh"),
    # must not: an office set alone with its ";"; a cell with no ";" (read so before too); an office with its owner
    (["Văn phòng;", "Phòng Kế hoạch;", "Phòng Tổ chức"], "Văn phòng; Phòng Kế hoạch; Phòng Tổ chức"),
    (["Văn phòng", "Phòng Kế hoạch"], "Văn phòng; Phòng Kế hoạch"),
    (["Văn phòng UBND tỉnh", "Sở Nội vụ;", "Công an tỉnh"], "Văn phòng UBND tỉnh; Sở Nội vụ; Công an tỉnh"),
])
def test_an_office_cut_before_its_owner(lines, text):
    assert cell_text("\n".join(lines)) == text
