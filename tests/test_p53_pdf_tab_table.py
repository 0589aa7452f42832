"""A table typed with the Tab key at Word's default tab stops, in a Word plan printed to PDF. Round P53 (G46's
commune plan as a Word-made PDF):
- each cell starts at the first default stop after the cell before it ends, so the rows' columns do not line up
  ("3  Nguồn xã hội hóa  -  350" beside "1  Ngân sách tỉnh  800  700"): the layout's table finder placed cells by
  where they start and mixed the years' columns ("Nguồn kinh phí Năm 2027 Năm | | | 2028 ..."). Such a table is now
  read by order: a line's cells cut where a word starts on a stop with a gap that is no plain space
  (extractors.layout.tab_stops);
- a tab narrower than a space ("Tổng cộng" ending just before a stop, "1.250" on it) made the number one word with
  the label ("Tổng cộng1.250"): a letter and a digit, or a small letter and a capital, are never joined as a
  syllable a legacy font cut (extractors.layout.tab_stops.other_words, used by formats.pdf.join_split_glyphs).
"""

from __future__ import annotations

import pytest

from extractors.formats.pdf import join_split_glyphs
from extractors.layout.tab_stops import find_tab_tables, tab_row
from pipeline.process import process
from tests.office import pdf_of

BUDGET = [  # (TT, nguồn, 2026, 2027, 2028, tổng) in triệu đồng
    ("1", "Ngân sách huyện", "640", "520", "410", "1.570"),
    ("2", "Ngân sách xã", "95", "120", "85", "300"),
    ("3", "Nguồn vốn xã hội hóa", "-", "210", "180", "390"),
]
TOTAL = ("", "Tổng cộng", "735", "850", "675", "2.260")


def _plan_pdf() -> bytes:
    import docx
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN XÃ THẠCH LŨY", "Số: 53/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Thạch Lũy, ngày 12 tháng 2 năm 2026", "KẾ HOẠCH",
                 "Phát triển vùng trồng chè an toàn xã Thạch Lũy giai đoạn 2026 - 2028",
                 "I. MỤC TIÊU", "- Đến năm 2028, 70% diện tích chè được chứng nhận sản xuất an toàn.",
                 "II. KINH PHÍ THỰC HIỆN", "Bảng tổng hợp kinh phí theo nguồn và năm", "ĐVT: triệu đồng",
                 "TT\tNguồn kinh phí\tNăm 2026\tNăm 2027\tNăm 2028\tTổng cộng"]:
        d.add_paragraph(line)
    for row in BUDGET + [TOTAL]:
        d.add_paragraph("\t".join(row) if row[0] else "\t" + "\t".join(row[1:]))
    for line in ["III. TỔ CHỨC THỰC HIỆN", "1. Công chức Nông nghiệp xã: Theo dõi, tổng hợp kết quả thực hiện.",
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Khiêm"]:
        d.add_paragraph(line)
    return pdf_of(d)


@pytest.fixture(scope="module")
def outcome():
    return process("ke-hoach-53.pdf", _plan_pdf())


def test_the_tab_table_is_read_by_order(outcome):
    items = {(i.row_label, i.year): i for i in outcome.record.budget.items}
    # must: each row's amounts under their own years, the total's row with its label apart from its first amount
    for row in BUDGET + [TOTAL]:
        for year, amount in zip((2026, 2027, 2028, None), row[2:]):
            if amount == "-":
                assert (row[1], year) not in items
                continue
            item = items[(row[1], year)]
            assert item.amount_vnd == int(amount.replace(".", "")) * 1_000_000
            assert outcome.text[item.span.start:item.span.end] == item.raw == amount  # provenance
    assert len(items) == 4 * 4 - 1
    assert "Tổng cộng735" not in outcome.text


def _words(*cells, top=100.0, space=4.1, size=13.0):
    """A line's words placed at x (each cell: (x0, text)); a cell's words one plain space apart (7 pt a letter)."""
    out = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            out.append({"text": word, "x0": x, "x1": x + 7.0 * len(word), "top": top, "bottom": top + size,
                        "size": size, "fontname": "F"})
            x += 7.0 * len(word) + space
    return out


MARGIN = 85.0
STOP = 36.0


def _at(k: float) -> float:
    return MARGIN + k * STOP


# must: rows typed with tabs at the default stops, read cell by cell in order
TAB_ROWS = [
    ([(_at(0), "1"), (_at(1), "Ngân sách tỉnh"), (_at(4), "800"), (_at(5), "700"), (_at(6), "2.100")],
     ["1", "Ngân sách tỉnh", "800", "700", "2.100"]),
    # the label longer: its first amount a stop further right
    ([(_at(0), "3"), (_at(1), "Nguồn vốn xã hội hóa"), (_at(5), "-"), (_at(6), "350"), (_at(7), "700")],
     ["3", "Nguồn vốn xã hội hóa", "-", "350", "700"]),
    # a total's label one stop in: an empty first cell
    ([(_at(1), "Tổng cộng"), (_at(3), "1.250"), (_at(4), "1.380"), (_at(5), "3.860")],
     ["", "Tổng cộng", "1.250", "1.380", "3.860"]),
    # two tabs: the stop the gap passes over is an empty cell
    ([(_at(0), "2"), (_at(1), "Ngân"), (_at(3), "450"), (_at(4), "330")], ["2", "Ngân", "", "450", "330"]),
]


@pytest.mark.parametrize("cells, expected", TAB_ROWS)
def test_tab_rows(cells, expected):
    assert [text for _, text in tab_row(_words(*cells), MARGIN, STOP)] == expected


# must not: lines that are no tab rows
NOT_TAB_ROWS = [
    [(_at(0), "Ủy ban nhân dân xã ban hành Kế hoạch như sau")],  # prose, plain spaces
    [(_at(0), "1."), (_at(1), "Phòng Kinh tế: chủ trì")],  # a list's label and its text: two cells
    [(_at(0), "TT"), (_at(1) + 20, "Nội dung"), (_at(5) + 11, "Ghi chú")],  # wide gaps off the stops
    [(_at(0.5), "Nguồn"), (_at(2), "800"), (_at(3), "700")],  # starts off the margin and off a stop
    [(_at(0), "Nơi nhận:"), (_at(8), "KT. CHỦ TỊCH")],  # two columns set with tabs: two cells with words
]


@pytest.mark.parametrize("cells", NOT_TAB_ROWS)
def test_not_tab_rows(cells):
    assert tab_row(_words(*cells), MARGIN, STOP) is None


def _page(rows):
    return [_words(*cells, top=100.0 + 20 * k) for k, cells in enumerate(rows)]


def test_a_misaligned_tab_table_is_found():
    header = [(_at(0), "TT"), (_at(1), "Nguồn kinh phí"), (_at(4), "Năm 2026"), (_at(6), "Năm 2027"), (_at(8), "Tổng")]
    rows = [header] + [cells for cells, _ in TAB_ROWS[:3]]
    tables = find_tab_tables(_page(rows))
    assert [(t.first, t.last) for t in tables] == [(0, 3)]
    assert tables[0].rows[2] == ["3", "Nguồn vốn xã hội hóa", "-", "350", "700"]
    assert tables[0].rows[3] == ["", "Tổng cộng", "1.250", "1.380", "3.860"]


def test_aligned_columns_are_left_to_the_column_finder():
    # custom tab stops (or short cells): every column starts at one place in every row
    rows = [[(_at(0), "TT"), (_at(1), "Nguồn"), (_at(4), "2026"), (_at(5), "2027")],
            [(_at(0), "1"), (_at(1), "Tỉnh"), (_at(4), "800"), (_at(5), "700")],
            [(_at(0), "2"), (_at(1), "Xã"), (_at(4), "450"), (_at(5), "330")]]
    assert find_tab_tables(_page(rows)) == []


def _glyphs(*pieces):
    return [{"text": t, "x0": a, "x1": b, "top": 100.0, "bottom": 112.0, "size": 12.0, "fontname": "F"}
            for t, a, b in pieces]


@pytest.mark.parametrize("pieces, expected", [
    # must: a tab's gap under a space between a label and a number, a number and a name, two cells' words
    ((("cộng", 0, 24), ("1.250", 25.8, 55)), ["cộng", "1.250"]),
    ((("2.100", 0, 28), ("Phòng", 29.8, 60)), ["2.100", "Phòng"]),
    ((("xã", 0, 12), ("Phòng", 13.8, 44)), ["xã", "Phòng"]),
    # must not: a syllable a legacy font set apart, a number cut, an abbreviation: one word
    ((("v", 0, 6), ("ùng", 7.5, 25)), ["vùng"]),
    ((("200", 0, 18), ("3", 19.2, 25)), ["2003"]),
    ((("TP.", 0, 18), ("HCM", 19.5, 45)), ["TP.HCM"]),
])
def test_letters_and_digits_are_not_one_syllable(pieces, expected):
    assert [w["text"] for w in join_split_glyphs(_glyphs(*pieces), {})] == expected


def test_columns_set_by_tabs_are_no_table():
    # must not: the header's and the signature's two columns set with tabs (a stop or several apart) stay columns
    import docx
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ NẬM CHẢI\t\t\t\tĐộc lập - Tự do - Hạnh phúc",
                 "Số: 61/KH-UBND\t\t\tNậm Chải, ngày 03 tháng 4 năm 2027", "KẾ HOẠCH",
                 "Bảo tồn và phát triển cây dược liệu xã Nậm Chải năm 2027", "I. MỤC TIÊU",
                 "- Trồng mới 25 ha sâm và cây dược liệu dưới tán rừng.", "II. TỔ CHỨC THỰC HIỆN",
                 "1. Công chức Nông nghiệp xã: Theo dõi, tổng hợp kết quả thực hiện.",
                 "Nơi nhận:\t\t\t\t\tTM. ỦY BAN NHÂN DÂN", "- UBND huyện;\t\t\t\t\tCHỦ TỊCH", "- Lưu: VT.",
                 "\t\t\t\t\t\tSùng A Páo"]:
        d.add_paragraph(line)
    out = process("ke-hoach-61.pdf", pdf_of(d))
    record = out.record
    assert (record.number, record.issuer.name, record.signer.name) == (
        "61/KH-UBND", "Ủy ban nhân dân xã Nậm Chải", "Sùng A Páo")
    assert record.recipients == ["UBND huyện", "Lưu: VT"]
    assert " | " not in out.text


def test_a_tab_table_that_ends_the_page_says_where_its_columns_start():
    # must not: the rows on the next page's top still join it (extractors.layout.paragraphs.join_cut_tables)
    from extractors.layout.words import line_items, lines_of
    # (its header's cells a stop off its rows', which line up with each other)
    header = [(_at(0), "TT"), (_at(1), "Nguồn kinh phí"), (_at(4), "Năm 2026"), (_at(6), "Năm 2027"), (_at(8), "Tổng")]
    rows = [header, TAB_ROWS[0][0], [(_at(0), "2"), (_at(1), "Ngân sách xã"), (_at(4), "450"), (_at(5), "330"),
                                     (_at(6), "1.060")]]
    words = [w for line in _page(rows) for w in line] + _words((300.0, "5"), top=800.0)
    items = line_items(lines_of(words))
    assert [kind for kind, _ in items][:2] == ["table", "columns"]
    assert items[0][1][1][0] == ["TT", "Nguồn kinh phí", "Năm 2026", "Năm 2027", "Tổng"]
    assert items[1][1] == [_at(k) for k in (0, 1, 4, 5, 6)]
