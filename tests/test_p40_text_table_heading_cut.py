"""A task table laid out in spaces (`pdftotext -layout` of a Word table, extractors.layout.grid._text_table_at)
whose headings wrap under the header line in full narrow cells, two of them one space apart on one line
("chủ trì xây duyệt, ban" under "Đơn vị" | "Cấp phê"): the wrapped line is cut where the next heading of the
header line starts, each part going on under its own heading. Must-match and must-not-match rows; the
tables are invented."""

import pytest

from extractors.layout.text import read_text
from tests.spaced_lines import at


INTRO = ["II. DANH MỤC ĐỀ ÁN TRÌNH NĂM 2027", ""]
AFTER = ["", "III. TỔ CHỨC THỰC HIỆN", "", "Các sở, ngành chủ động chuẩn bị hồ sơ trình đúng thời hạn."]
ROWS = [at((0, "1"), (14, "Đề án sắp xếp"), (29, "Sở Nội vụ"), (42, "UBND tỉnh"), (55, "Tháng 4")),
        at((14, "đơn vị sự"), (29, "")),
        at((14, "nghiệp công"), (29, "")),
        at((0, "2"), (14, "Quy hoạch"), (29, "Sở Xây"), (42, "HĐND tỉnh"), (55, "Tháng 9")),
        at((14, "vùng huyện"), (29, "dựng"))]


def tables(lines: list[str]) -> list[list[list[str]]]:
    blocks, _ = read_text("\n".join(INTRO + lines + AFTER) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


MUST = [
    ("two wrapped headings one space apart go under their own headings",
     [at((0, "TT"), (14, "Nội dung"), (29, "Đơn vị"), (42, "Cấp phê"), (55, "Thời hạn")),
      at((29, "chủ trì xây duyệt, ban"), (55, "hoàn")),
      at((29, "dựng"), (42, "hành"), (55, "thành"))] + ROWS,
     ["TT", "Nội dung", "Đơn vị chủ trì xây dựng", "Cấp phê duyệt, ban hành", "Thời hạn hoàn thành"]),
    ("the run-together line under the first text heading",
     [at((0, "TT"), (14, "Nội dung công"), (29, "Cơ quan"), (42, "Cấp"), (55, "Thời gian")),
      at((14, "việc cần trình chủ trì"), (42, "quyết định"))] + ROWS,
     ["TT", "Nội dung công việc cần trình", "Cơ quan chủ trì", "Cấp quyết định", "Thời gian"]),
]


@pytest.mark.parametrize("what,lines,want", MUST, ids=[m[0] for m in MUST])
def test_must(what, lines, want):
    found = tables(lines)
    assert len(found) == 1, found
    assert found[0][0] == want, found[0][0]
    assert found[0][1] == ["1", "Đề án sắp xếp đơn vị sự nghiệp công", "Sở Nội vụ", "UBND tỉnh", "Tháng 4"], found[0][1]


MUST_NOT = [
    ("a wrapped heading that ends before the next heading starts is whole",
     [at((0, "TT"), (14, "Nội dung"), (29, "Đơn vị"), (42, "Cấp phê"), (55, "Thời hạn")),
      at((29, "chủ trì"), (42, "duyệt"), (55, "hoàn thành"))] + ROWS,
     ["TT", "Nội dung", "Đơn vị chủ trì", "Cấp phê duyệt", "Thời hạn hoàn thành"]),
    ("a wrapped line running past the next heading's start with no word starting there is not cut",
     [at((0, "TT"), (14, "Nội dung"), (29, "Đơn vị"), (42, "Cấp phê"), (55, "Thời hạn")),
      at((28, "chủ trì xây dựng"), (55, "hoàn thành"))] + ROWS,
     None),
]


@pytest.mark.parametrize("what,lines,want", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_must_not(what, lines, want):
    found = tables(lines)
    assert len(found) == 1, found
    if want is not None:
        assert found[0][0] == want, found[0][0]
    else:
        # "chủ trì xây dựng" (28-44) crosses "Cấp phê" (42), its words at 28, 32, 36, 40: it stays whole
        assert any("chủ trì xây dựng" in cell for cell in found[0][0]), found[0][0]
