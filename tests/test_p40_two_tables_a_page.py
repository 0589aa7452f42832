"""Two amount tables on one page of a `pdftotext -layout` text (extractors.layout.grid): a prize table, the
text, then an estimate under its unit caption ("(Đơn vị tính: đồng)"). The first table's columns come from
its own rows, not from every number line of the page (the estimate's columns lie elsewhere); and a heading
centred over its column, run one space into the heading before ("Mức thưởng Thành tiền" over "4.000.000" |
"4.000.000"), is cut at the capital that opens it; a total's label set left of the labels, right of the
codes ("    Tổng cộng" under "1      Giải thưởng"), is the table's last row. Must-match and must-not-match rows; invented tables."""

import pytest

from extractors.layout.text import read_text
from tests.spaced_lines import at


PRIZES = [at((0, "Giải"), (21, "Số"), (31, "Mức thưởng Thành tiền")),
          at((21, "lượng")),
          at((0, "Giải Nhất"), (21, "01"), (31, "5.000.000"), (45, "5.000.000")),
          at((0, "Giải Nhì"), (21, "02"), (31, "3.000.000"), (45, "6.000.000")),
          at((0, "Giải Ba"), (21, "03"), (31, "2.000.000"), (45, "6.000.000")),
          at((0, "Cộng"), (45, "17.000.000"))]
PROSE = ["IV. KINH PHÍ",
         "Tổng kinh phí tổ chức Hội thi là 29.500.000 đồng, từ nguồn kinh phí",
         "hoạt động năm 2028 của Hội Cựu chiến binh tỉnh. Dự trù như sau:"]
ESTIMATE = [at((29, "DỰ TRÙ KINH PHÍ")),
            at((29, "(Đơn vị tính: đồng)")),
            at((0, "TT"), (3, "Nội dung chi"), (32, "ĐVT"), (40, "Số"), (51, "Đơn giá"), (61, "Thành")),
            at((40, "lượng"), (61, "tiền")),
            at((0, "1"), (7, "Giải thưởng"), (32, "Giải"), (40, "6"), (61, "17.000.000")),
            at((0, "2"), (7, "Thuê hội trường"), (32, "Ngày"), (40, "1"), (51, "4.500.000"), (61, "4.500.000")),
            at((0, "3"), (7, "In ấn, khánh tiết"), (32, "Gói"), (40, "1"), (51, "8.000.000"), (61, "8.000.000")),
            at((4, "Tổng cộng"), (61, "29.500.000"))]


def tables(lines: list[str]) -> list[list[list[str]]]:
    blocks, _ = read_text("\n".join(["III. CƠ CẤU GIẢI THƯỞNG"] + lines + ["V. TỔ CHỨC THỰC HIỆN"]) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


WANT_PRIZES = [["Giải", "Số lượng", "Mức thưởng", "Thành tiền"],
               ["Giải Nhất", "01", "5.000.000", "5.000.000"],
               ["Giải Nhì", "02", "3.000.000", "6.000.000"],
               ["Giải Ba", "03", "2.000.000", "6.000.000"],
               ["Cộng", "", "", "17.000.000"]]
WANT_ESTIMATE = [["TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
                 ["1", "Giải thưởng", "Giải", "6", "", "17.000.000"],
                 ["2", "Thuê hội trường", "Ngày", "1", "4.500.000", "4.500.000"],
                 ["3", "In ấn, khánh tiết", "Gói", "1", "8.000.000", "8.000.000"],
                 ["", "Tổng cộng", "", "", "", "29.500.000"]]

MUST = [
    ("the prize table over the estimate: each its own columns", PRIZES + PROSE + ESTIMATE, [WANT_PRIZES, WANT_ESTIMATE]),
    ("the prize table alone: its run-together heading cut", PRIZES + PROSE, [WANT_PRIZES]),
    ("the estimate alone: its total's label left of the labels, right of the codes, is its last row",
     PROSE + ESTIMATE, [WANT_ESTIMATE]),
]


@pytest.mark.parametrize("what,lines,want", MUST, ids=[m[0] for m in MUST])
def test_must(what, lines, want):
    assert tables(lines) == want


MUST_NOT = [
    # prose from the margin under a table is no row of it
    ("a sentence under the estimate ends it",
     PROSE + ESTIMATE[:-1] + ["Tổng cộng các khoản chi trên do Văn phòng Hội tổng hợp, quyết toán."],
     [WANT_ESTIMATE[:-1]]),
    # a group over the columns below it ("Năm 2028" over "NSTW" | "NSĐP") is not cut at a capital
    ("a group heading over two columns is not cut",
     [at((0, "Nội dung"), (21, "Tổng"), (31, "Năm 2028 Kinh phí")),
      at((31, "NSTW"), (45, "NSĐP")),
      at((0, "Tập huấn"), (21, "900"), (31, "600"), (45, "300")),
      at((0, "Hội thi"), (21, "400"), (31, "250"), (45, "150"))],
     None),
]


@pytest.mark.parametrize("what,lines,want", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_must_not(what, lines, want):
    found = tables(lines)
    if want is not None:
        assert found == want
    else:
        assert len(found) == 1 and found[0][0][2] == found[0][0][3] == "Năm 2028 Kinh phí", found
