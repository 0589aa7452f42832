"""A task table of padded cells centred on their rows, as `pdftotext -layout` reads a printed HTML or Word
table (extractors.layout.grid._padded_table_at), in three shapes it lost: two headings of full narrow
columns run together one space apart ("Bộ phận chủ Bộ phận phối" over "trì" | "hợp"); a row whose every
cell has two lines, centred on a line that holds its code alone; rows going on over a page break (a form
feed), the next page's lines set a character left, the header repeated there or not. Must-match and
must-not-match rows (the must-not rows guard the new rules: on the base commit no table is read from these
lines at all, its header's "Thời" / "gian" not being read as one heading); the tables are invented."""

import pytest

from extractors.layout.text import read_text
from tests.spaced_lines import at


INTRO = ["III. NỘI DUNG, NHIỆM VỤ", ""]
AFTER = ["", "IV. KINH PHÍ", "", "Kinh phí thực hiện từ quỹ hoạt động của Liên đoàn Lao động huyện."]

RUN_TOGETHER = [at((41, "Ban phụ trách Ban phối"), (76, "Thời")),
                at((0, "TT"), (17, "Nội dung")),
                at((45, "chính"), (57, "hợp"), (76, "gian")),
                ""]
SEPARATE = [at((41, "Ban phụ"), (53, "Ban phối"), (76, "Thời")),
            at((0, "TT"), (17, "Nội dung")),
            at((41, "trách chính"), (57, "hợp"), (76, "gian")),
            ""]


def row(code: str, lines: list[tuple[tuple[int, str], ...]], code_line: int, shift: int = 0, code_x: int = 0) -> list[str]:
    out = []
    for n, cells in enumerate(lines):
        cells = tuple((x - shift, t) for x, t in cells)
        out.append(at((code_x, code), *cells) if n == code_line else at(*cells))
    return out + [""]


R1 = row("1", [((5, "Tổ chức Tháng công nhân"), (41, "Ban Tuyên")),
               ((5, "năm 2027 tại các doanh"), (57, "Công đoàn cơ sở"), (74, "Tháng 5")),
               ((5, "nghiệp"), (41, "giáo"))], 1)
R2 = row("2", [((5, "Phát triển đoàn viên mới,"), (41, "Ban Tổ chức -")),
               ((57, "Các công đoàn"), (74, "Cả năm")),
               ((5, "quản lý và thu đoàn phí"), (41, "Kiểm tra"), (57, "cơ sở"))], 1)
# every cell of two lines: the code alone on the line between them
R3 = row("3", [((5, "Mở 04 lớp tập huấn kỹ năng"), (41, "Ban Chính sách"), (57, "Trung tâm Dạy"), (74, "Quý II,")),
               (),
               ((5, "thương lượng tập thể"), (41, "- Pháp luật"), (57, "nghề huyện"), (74, "Quý III"))], 1)
R4 = row("4", [((5, "Kiểm tra tài chính công"), (41, "Ủy ban Kiểm")),
               ((57, "Văn phòng"), (74, "Quý IV")),
               ((5, "đoàn tại 06 đơn vị"), (41, "tra"))], 1)
R4_NEXT_PAGE = row("4", [((5, "Kiểm tra tài chính công"), (41, "Ủy ban Kiểm")),
                         ((57, "Văn phòng"), (74, "Quý IV")),
                         ((5, "đoàn tại 06 đơn vị"), (41, "tra"))], 1, shift=1)

WANT = [["TT", "Nội dung", "Ban phụ trách chính", "Ban phối hợp", "Thời gian"],
        ["1", "Tổ chức Tháng công nhân năm 2027 tại các doanh nghiệp", "Ban Tuyên giáo", "Công đoàn cơ sở", "Tháng 5"],
        ["2", "Phát triển đoàn viên mới, quản lý và thu đoàn phí", "Ban Tổ chức - Kiểm tra", "Các công đoàn cơ sở",
         "Cả năm"],
        ["3", "Mở 04 lớp tập huấn kỹ năng thương lượng tập thể", "Ban Chính sách - Pháp luật",
         "Trung tâm Dạy nghề huyện", "Quý II, Quý III"],
        ["4", "Kiểm tra tài chính công đoàn tại 06 đơn vị", "Ủy ban Kiểm tra", "Văn phòng", "Quý IV"]]


def tables(lines: list[str]) -> list[list[list[str]]]:
    blocks, _ = read_text("\n".join(INTRO + lines + AFTER) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


MUST = [
    ("headings run together one space apart", RUN_TOGETHER + R1 + R2 + R4, [WANT[0], WANT[1], WANT[2], WANT[4]]),
    ("a row whose cells all wrap around its lone code", SEPARATE + R1 + R2 + R3 + R4, WANT),
    ("rows going on over a page break, the next page set a character left",
     SEPARATE + R1 + R2 + R3[:-1] + ["\f" + R4_NEXT_PAGE[0]] + R4_NEXT_PAGE[1:], WANT),
    ("rows going on over a page break under the header repeated",
     SEPARATE + R1 + R2 + R3[:-1] + ["\f" + SEPARATE[0]] + SEPARATE[1:] + R4_NEXT_PAGE, WANT),
]


# codes centred in their narrow column ("  1", " II": right of where the rows' spans open the labels' column)
CENTRED_CODES = (row("1", [((6, "Tổ chức Tháng công nhân"), (41, "Ban Tuyên")),
                           ((6, "năm 2027 tại các doanh"), (57, "Công đoàn cơ sở"), (74, "Tháng 5")),
                           ((6, "nghiệp"), (41, "giáo"))], 1, code_x=2)
                 + [at((1, "II"), (6, "Công tác tổ chức"))] + [""]
                 + row("2", [((6, "Phát triển đoàn viên mới,"), (41, "Ban Tổ chức -")),
                             ((57, "Các công đoàn"), (74, "Cả năm")),
                             ((6, "quản lý và thu đoàn phí"), (41, "Kiểm tra"), (57, "cơ sở"))], 1, code_x=2))
MUST.append(("codes centred in their narrow column are the code column's", SEPARATE + CENTRED_CODES,
             [WANT[0], WANT[1], ["II", "Công tác tổ chức", "", "", ""], WANT[2]]))


@pytest.mark.parametrize("what,lines,want", MUST, ids=[m[0] for m in MUST])
def test_must(what, lines, want):
    found = tables(lines)
    assert found == [want], found


def test_must_not_a_page_that_opens_with_prose_ends_the_table():
    lines = SEPARATE + R1 + R2[:-1] + ["\fIV. KINH PHÍ", "", "Kinh phí từ quỹ hoạt động công đoàn."]
    found = tables(lines)
    assert found == [WANT[:3]], found


def test_must_not_a_lone_code_line_opening_a_block_is_no_row():
    # a number alone on the first line of a block, prose under it: a list, not a row of the table
    lines = SEPARATE + R1 + R2 + [at((0, "3")), at((5, "Các nội dung khác do Ban Thường vụ quyết định theo tình hình."))]
    found = tables(lines)
    assert found == [WANT[:3]], found


def test_must_not_a_prose_line_over_codes_is_no_header():
    lines = [at((0, "TT"), (5, "Ban Thường vụ Liên đoàn Lao động huyện giao nhiệm vụ cho các ban như sau"))] + SEPARATE[2:] \
        + R1 + R2
    found = tables(lines)
    assert all(t[0][:2] != ["TT", "Nội dung"] for t in found), found
