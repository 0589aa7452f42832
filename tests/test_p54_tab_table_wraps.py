"""A table typed with the Tab key whose rows are longer than the line, in a Word plan printed to PDF. Round P54
(G44's and G42's plans as Word-made PDFs):
- where a row's next cell does not fit before the right margin, the tab takes it to the next line's first stop and
  the row's other cells go on there ("1  Xây dựng mô hình ...  24 mô hình  1.080.000" / "   720.000  360.000");
- where a cell's own words do not fit, the next word goes to the line's start and the row's next cells after it
  ("4  Hỗ trợ các hộ ... vùng cao" / "biên giới  12 hộ  80.000 ..."); a header's last cell alone too ("Kinh phí hỗ"
  / "trợ").
The tab table's reader took each such line for a row of its own, or ended the table there: the wrapped rows' amounts
fell out of the table, the header's last column was lost. Such a line now goes on with the row above it
(extractors.layout.tab_stops._wrapped): a cell taken to the first stop where it would not have fit after the row's
last cell, a word at the margin where it would not have fit after the row's last word (a word's, no amount's), the
row then no wider than the table.
A tab narrower than the PDF reader's gap between words ("Nội dung chi" ending under a point before the stop "Địa
điểm" starts on) ran two cells' words together ("chiĐịa"): such a word is cut where two pieces meet that no syllable
holds, near the stop (tab_stops._cut_at_stops).
"""

from __future__ import annotations

import pytest

from extractors.layout.tab_stops import find_tab_tables
from pipeline.process import process
from tests.office import pdf_of

HEADER = "TT\tNội dung chi\tĐịa điểm\tTổng kinh phí\tNgân sách huyện\tNguồn xã hội hóa"
ROWS = [  # (TT, nội dung, địa điểm, tổng, ngân sách huyện, xã hội hóa) in nghìn đồng
    # the label and the place fill the line: the amounts go on at the next line's first stop
    ("1", "Nâng cấp nhà văn hóa các thôn bản vùng đặc biệt khó khăn", "06 thôn", "1.260.000", "840.000", "420.000"),
    ("2", "Mua sắm trang thiết bị", "03 xã", "315.000", "315.000", "-"),
    # the label longer than its line: its last words at the margin, the row's cells after them
    ("3", "Hỗ trợ các câu lạc bộ văn nghệ quần chúng duy trì sinh hoạt định kỳ tại các bản vùng cao", "12 câu lạc bộ",
     "96.000", "60.000", "36.000"),
]
TOTAL = ("", "Tổng cộng", "", "1.671.000", "1.215.000", "456.000")


def _plan_pdf(header: str = HEADER) -> bytes:
    import docx
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ", "Số: 214/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Mường Tè, ngày 18 tháng 3 năm 2027", "KẾ HOẠCH",
                 "Phát triển văn hóa cơ sở huyện Mường Tè năm 2027", "I. MỤC TIÊU",
                 "- Đến hết năm 2027, 90% thôn, bản có nhà văn hóa đạt chuẩn.", "II. KINH PHÍ THỰC HIỆN",
                 "Tổng kinh phí thực hiện Kế hoạch là 1.671 triệu đồng. Chi tiết như sau:", "ĐVT: nghìn đồng", header]:
        d.add_paragraph(line)
    for row in ROWS + [TOTAL]:
        d.add_paragraph("\t".join(row))
    for line in ["III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin: Chủ trì, theo dõi việc thực hiện Kế hoạch.",
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Pờ Xuân Thắng"]:
        d.add_paragraph(line)
    return pdf_of(d)


# the last column's name fits the line, or it does not and wraps to the margin ("Nguồn vốn xã" / "hội hóa huy động")
LAST_COLUMNS = ["Nguồn xã hội hóa", "Nguồn vốn xã hội hóa huy động"]


@pytest.fixture(scope="module", params=LAST_COLUMNS)
def outcome(request):
    return request.param, process("ke-hoach-214.pdf", _plan_pdf(HEADER.rsplit("\t", 1)[0] + "\t" + request.param))


def test_wrapped_rows_keep_their_amounts(outcome):
    last, out = outcome
    items = {(i.row_label, i.source): i for i in out.record.budget.items}
    # must: every row's amounts, the wrapped ones' too, under their own columns
    for row in ROWS + [TOTAL]:
        for source, amount in zip(("total", "local", "mobilized"), row[3:]):
            if amount == "-":
                assert (row[1], source) not in items
                continue
            item = items[(row[1], source)]
            assert item.amount_vnd == int(amount.replace(".", "")) * 1_000
            assert out.text[item.span.start:item.span.end] == item.raw == amount  # provenance
    assert len(items) == 3 * 4 - 1
    # the header's last cell whole, the wrapped label's words in their cell
    assert f"TT | Nội dung chi | Địa điểm | Tổng kinh phí | Ngân sách huyện | {last}\n" in out.text
    assert "| tại các bản vùng cao | 12 câu lạc bộ |" not in out.text


def _words(*cells, top=100.0, space=4.0):
    """A line's words placed at x (each cell: (x0, text)); 7 pt a letter, a cell's words one plain space apart."""
    out = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            out.append({"text": word, "x0": x, "x1": x + 7.0 * len(word), "top": top, "bottom": top + 13.0,
                        "size": 13.0, "fontname": "F"})
            x += 7.0 * len(word) + space
    return out


MARGIN, STOP = 90.0, 36.0
# the page's right margin: the widest line (a line of prose) ends there, at 546 pt
PROSE = [(MARGIN, "Ủy ban nhân dân huyện giao các cơ quan, đơn vị căn cứ nhiệm vụ thực hiện")]


def _typed(*cells: str, start: int = 0) -> list[tuple[float, str]]:
    """Cells typed with a tab between each two, from stop `start`: each at the first stop after the one before
    it ends ("" a tab more)."""
    out, x = [], MARGIN + start * STOP
    for text in cells:
        if text:
            out.append((x, text))
            x = _words((x, text))[-1]["x1"]
        x = MARGIN + (int((x - MARGIN) // STOP) + 1) * STOP
    return out


HEAD = _typed("TT", "Nguồn", "2026", "2027", "Tổng")
ROW_1 = _typed("1", "Ngân sách tỉnh", "800", "700", "1.500")
ROW_2 = _typed("2", "Ngân sách huyện hỗ trợ", "450", "330", "780")
LONG = "Nguồn vốn lồng ghép các chương trình mục tiêu quốc gia"


def _table(rows):
    lines = [_words(*cells, top=100.0 + 20 * k) for k, cells in enumerate([PROSE] + rows)]
    tables = find_tab_tables(lines)
    return tables[0].rows if tables else None


# must: lines a row wrapped go on with it
WRAPPED = [
    # the next amount would not fit after the row's last cell: taken to the next line's first stop
    ([HEAD, ROW_1, _typed("3", LONG + " khác", "95"), _typed("120", "215", start=1), ROW_2],
     ["3", LONG + " khác", "95", "120", "215"]),
    # the label's next word would not fit: its end at the margin, the row's cells after it
    ([HEAD, ROW_1, _typed("3", LONG + " và vốn"), _typed("nguồn khác", "95", "120", "215"), ROW_2],
     ["3", LONG + " và vốn nguồn khác", "95", "120", "215"]),
]


@pytest.mark.parametrize("rows, expected", WRAPPED)
def test_wrapped_rows(rows, expected):
    assert _table(rows)[2] == expected


# must not: lines that are no row's wrap
NOT_WRAPPED = [
    # a short row ended where its next cell would have fit: the total's row under it stays a row
    ([HEAD, ROW_1, _typed("3", "Nguồn khác", "95"), _typed("Cộng", "895", "700", "1.595", start=1)],
     [["3", "Nguồn khác", "95", "", ""], ["", "Cộng", "895", "700", "1.595"]]),
    # a row's last amount near the margin, a line of prose under it: the prose no part of the amount
    ([HEAD, ROW_1, _typed("3", "Nguồn vốn lồng ghép các chương trình mục tiêu", "95", "120", "215.000"), PROSE],
     [["3", "Nguồn vốn lồng ghép các chương trình mục tiêu", "95", "120", "215.000"]]),
]


@pytest.mark.parametrize("rows, expected", NOT_WRAPPED)
def test_not_wrapped(rows, expected):
    assert _table(rows)[2:] == expected


def test_a_header_cell_wrapped_alone():
    # must: the header's last cell's last word alone at the margin ("Tổng kinh phí hỗ" / "trợ") goes on in the cell
    header = _typed("TT", "Nguồn kinh phí được giao", "Năm 2026", "Năm 2027", "Tổng kinh phí hỗ")
    rows = _table([header, [(MARGIN, "trợ")], ROW_1, ROW_2, _typed("3", "Nguồn khác", "95", "120", "215")])
    assert rows[0] == ["TT", "Nguồn kinh phí được giao", "Năm 2026", "Năm 2027", "Tổng kinh phí hỗ trợ"]
    assert rows[1] == ["1", "Ngân sách tỉnh", "800", "700", "1.500"]


def _placed(top: float, *words: tuple[str, float, float]) -> list[dict]:
    return [{"text": t, "x0": a, "x1": b, "top": top, "bottom": top + 13.0, "size": 13.0, "fontname": "F"}
            for t, a, b in words]


def test_cells_a_narrow_tab_ran_together():
    # must: two cells' words a tab narrower than the reader's gap between words ran together ("chi" ending under a
    # point before the stop "Năm 2026" starts on: "chiNăm"; "cộng" and "1.250": "cộng1.250") are cut where the
    # second cell starts on its stop
    header = _placed(100.0, ("TT", 90, 104), ("Nguồn", 126, 161), ("kinh", 165, 193), ("phí", 197, 218),
                     ("được", 222, 250), ("chiNăm", 254, 291), ("2026", 295, 323), ("Năm", 342, 363), ("2027", 367, 395))
    total = _placed(160.0, ("Tổng", 126, 154), ("cộng1.250", 158, 233), ("980", 234, 255))
    rows = find_tab_tables([_words(*PROSE, top=80.0), header, _words(*_typed("1", "Ngân sách tỉnh", "800", "700"),
                                                                     top=120.0),
                            _words(*_typed("2", "Ngân sách huyện hỗ trợ", "450", "330"), top=140.0), total])[0].rows
    assert rows[0] == ["TT", "Nguồn kinh phí được chi", "Năm 2026", "Năm 2027"]
    assert rows[3] == ["", "Tổng cộng", "1.250", "980"]


def test_words_a_stop_runs_through_stay_whole():
    # must not: a word with a capital inside ("VNeID") that a stop runs through far from that capital stays whole
    row = _placed(160.0, ("3", 90, 97), ("Ứng", 126, 150), ("dụng", 154, 186), ("VNeID", 190, 232), ("95", 234, 248),
                  ("120", 270, 291))
    rows = find_tab_tables([_words(*PROSE, top=80.0), _words(*_typed("TT", "Nội dung", "2026", "2027"), top=100.0),
                            _words(*_typed("1", "Ngân sách tỉnh", "800", "700"), top=120.0),
                            _words(*_typed("2", "Ngân sách huyện hỗ trợ", "450", "330"), top=140.0), row])[0].rows
    assert rows[3] == ["3", "Ứng dụng VNeID", "95", "120"]
