"""A table cell whose agency is an organ named by the body it belongs to, wrapped before that
body's name ("Văn phòng" / "UBND tỉnh"), is one agency, not two (a real plan's task table as a
LibreOffice PDF and as a scan: its partner "Văn phòng Ủy ban nhân dân tỉnh" was read as
"Văn phòng" and "Ủy ban nhân dân tỉnh" in 14 rows)."""

import pytest

from extractors.formats import ocr


@pytest.mark.parametrize("lines, expected", [
    (["Văn phòng", "Ủy ban nhân dân tỉnh"], "Văn phòng Ủy ban nhân dân tỉnh"),
    (["Sở Tư pháp", "Văn phòng", "UBND tỉnh"], "Sở Tư pháp; Văn phòng UBND tỉnh"),
    (["Ban Tuyên giáo", "Tỉnh ủy"], "Ban Tuyên giáo Tỉnh ủy"),
    (["Ban Pháp chế", "HĐND tỉnh", "Sở Nội vụ"], "Ban Pháp chế HĐND tỉnh; Sở Nội vụ"),
    (["Sở Tư pháp, Văn phòng", "UBND tỉnh, Công an tỉnh"], "Sở Tư pháp, Văn phòng UBND tỉnh, Công an tỉnh"),
    (["Sở Tư pháp; Văn phòng", "UBND tỉnh"], "Sở Tư pháp; Văn phòng UBND tỉnh"),
    # must not: an organ named in full, then another agency
    (["Văn phòng UBND tỉnh", "UBND các xã, phường"], "Văn phòng UBND tỉnh; UBND các xã, phường"),
    (["Văn phòng Đăng ký đất đai", "UBND các huyện"], "Văn phòng Đăng ký đất đai; UBND các huyện"),
    (["Sở Nội vụ", "UBND các xã"], "Sở Nội vụ; UBND các xã"),
    (["Sở Nội vụ, Sở Tư pháp", "UBND các xã"], "Sở Nội vụ, Sở Tư pháp; UBND các xã"),
])
def test_an_organ_wrapped_before_its_body_is_one_agency(lines, expected):
    assert ocr.cell_text("\n".join(lines)) == expected
