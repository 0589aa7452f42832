"""Tables a page break cut (extractors.layout.continued): the part on the next page goes on
with the table above, and a row the break cut in two is one row again, for ruled PDF tables
(page items, as the PDF reader and OCR give them) and for tables aligned with spaces
(`pdftotext -layout`, each page laid out on its own). Inputs of our own."""

import pytest

from extractors.layout.continued import continues, finishes_row, join
from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text

HEAD = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
LAST = ["3", "Tổ chức hội chợ nông sản", "Sở Công Thương,", "Hội Nông dân", "2027 -"]


@pytest.mark.parametrize("first, finishes", [
    # the rest of a cut row: no code, words, each under a cell of the last row with words
    (["", "an toàn thực phẩm", "Khoa học và Công nghệ", "- Hội Phụ nữ tỉnh", "2029"], True),
    (["", "", "", "tỉnh", ""], True),
    (["", "an toàn thực phẩm", "", "", ""], True),
    # must not: a row code, numbers only, a cell under an empty cell or under a number
    (["4", "Quảng bá sản phẩm OCOP", "Sở Công Thương", "", "2028"], False),
    (["", "", "", "", "2029"], False),
    (["", "", "", "", ""], False),
])
def test_a_cut_rows_rest_finishes_the_last_row(first, finishes):
    assert finishes_row(LAST, first) is finishes


def test_a_cell_under_an_empty_cell_or_a_number_starts_a_row():
    last = ["1", "Mua vắc xin", "1.250", "", "Ghi chú"]
    assert not finishes_row(last, ["", "cho đàn lợn", "", "Hội Nông dân", ""])  # partner empty above
    assert not finishes_row(last, ["", "cho đàn lợn", "thêm", "", ""])  # an amount above
    assert finishes_row(last, ["", "cho đàn lợn", "", "", "kèm theo"])


@pytest.mark.parametrize("rows, goes_on", [
    ([["", "an toàn thực phẩm", "Khoa học", "", ""], ["4", "Quảng bá", "Sở Công Thương", "", "2028"]], True),
    ([["5", "Quảng bá", "Sở Công Thương", "", "2028"]], True),
    # the header repeated on the page (Word's "repeat as header row"): dropped, the table goes on
    ([HEAD, ["4", "Quảng bá", "Sở Công Thương", "", "2028"]], True),
    ([HEAD], True),
    # must not: another table's column headings (after a repeated header too), another width
    ([["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Ghi chú"]], False),
    ([HEAD, ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Ghi chú"]], False),
    ([["", "an toàn thực phẩm", "Khoa học", ""]], False),
])
def test_a_table_at_the_top_of_a_page_goes_on_with_the_one_above(rows, goes_on):
    assert continues([HEAD, LAST], rows) is goes_on


def test_join_drops_the_repeated_header_and_finishes_the_cut_row():
    numbers = ["1", "2", "3", "4", "5"]
    above = [HEAD, numbers, ["1", "Khảo sát", "Sở Xây dựng", "", "Quý I"], LAST]
    rows = [HEAD, numbers, ["", "an toàn thực phẩm", "Khoa học và Công nghệ", "- Hội Phụ nữ tỉnh", "2029"],
            ["4", "Quảng bá sản phẩm", "Sở Công Thương", "", "2028"]]
    assert continues(above, rows)
    joined = join(above, rows)
    assert joined[:3] == above[:3] and len(joined) == 5
    assert joined[3][1] == "Tổ chức hội chợ nông sản an toàn thực phẩm" and joined[4][0] == "4"


def test_join_finishes_the_cut_row_and_keeps_the_others():
    rows = [["", "an toàn thực phẩm", "Khoa học và Công nghệ", "- Hội Phụ nữ tỉnh", "2029"],
            ["4", "Quảng bá sản phẩm", "Sở Công Thương", "", "2028"]]
    assert join([HEAD, LAST], rows) == [
        HEAD,
        ["3", "Tổ chức hội chợ nông sản an toàn thực phẩm", "Sở Công Thương, Khoa học và Công nghệ",
         "Hội Nông dân - Hội Phụ nữ tỉnh", "2027 - 2029"],
        ["4", "Quảng bá sản phẩm", "Sở Công Thương", "", "2028"]]
    # a header row the break cut ("Đơn vị chủ" / "trì") is one row again
    assert join([["STT", "Nội dung", "Đơn vị chủ", "Đơn vị phối", "Thời gian"]],
                [["", "", "trì", "hợp", "hoàn thành"], ["1", "Khảo sát", "Sở Xây dựng", "", "Quý I"]]) == [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Khảo sát", "Sở Xây dựng", "", "Quý I"]]


# Page items (the PDF reader, OCR): a ruled table per page --------------------------------

def _line(text, x0=57.0, x1=300.0):
    return ("line", (x0, x1, text))


def test_a_task_table_cut_by_a_page_break_is_one_table():
    page1 = [_line("PHỤ LỤC: PHÂN CÔNG THỰC HIỆN"), ("table", [HEAD, ["1", "Khảo sát", "Sở Xây dựng", "", "Quý I"],
                                                              LAST]),
             _line("7", 290, 296)]  # the page number
    page2 = [_line("8", 290, 296),
             ("table", [["", "an toàn thực phẩm", "Khoa học và Công nghệ", "- Hội Phụ nữ tỉnh", "2029"]]),
             _line("Nơi nhận:")]
    blocks = assemble([page1, page2])
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[-1] == [
        "3", "Tổ chức hội chợ nông sản an toàn thực phẩm", "Sở Công Thương, Khoa học và Công nghệ",
        "Hội Nông dân - Hội Phụ nữ tỉnh", "2027 - 2029"]
    # the continuation alone would be a layout table (no numbers, no headings): its words
    # must not become paragraphs
    assert [b.text for b in blocks if b.kind != "table"] == ["PHỤ LỤC: PHÂN CÔNG THỰC HIỆN", "Nơi nhận:"]


def test_a_table_over_three_pages_is_one_table():
    body = [["2", "Hỗ trợ giống", "Phòng Nông nghiệp", "", "2027"]]
    pages = [[("table", [HEAD, ["1", "Khảo sát", "Sở Xây dựng", "", "Quý I"]])],
             [("table", body)], [("table", [["3", "Tổng kết", "Văn phòng", "", "2028"]])]]
    tables = [b for b in assemble(pages) if b.kind == "table"]
    assert len(tables) == 1 and [r[0] for r in tables[0].rows] == ["STT", "1", "2", "3"]


def test_text_between_the_tables_keeps_them_apart():
    page1 = [("table", [HEAD, LAST]), _line("(*) Kinh phí lồng ghép các chương trình.")]
    page2 = [("table", [["", "an toàn thực phẩm", "Khoa học và Công nghệ", "", ""]])]
    blocks = assemble([page1, page2])
    assert [b.kind for b in blocks][:2] == ["table", "paragraph"]
    assert [b.rows for b in blocks if b.kind == "table"] == [[HEAD, LAST]]  # the cut row is not joined


# Text aligned with spaces (pdftotext -layout): each page laid out on its own ---------------

CUT = """PHỤ LỤC: PHÂN CÔNG THỰC HIỆN
STT    Nội dung công việc         Đơn vị chủ       Đơn vị phối      Thời gian
                                  trì              hợp
 1     Khảo sát nhu cầu tiêu      Sở Công          Hội Nông dân     Quý I/2027
       thụ nông sản               Thương           tỉnh
 2     Tổ chức hội chợ nông       Sở Công          Hội Liên hiệp       2027 -
\fsản an toàn    Thương         Phụ nữ tỉnh      2028
                              Ủy ban nhân
                              dân các huyện
"""


def test_a_space_aligned_row_cut_by_a_page_break_is_one_row():
    blocks, _ = read_text(CUT)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[-1] == [
        # (the partners' cell finished name by name: the rest on the next page opens the second agency; session 52)
        "2", "Tổ chức hội chợ nông sản an toàn", "Sở Công Thương", "Hội Liên hiệp Phụ nữ tỉnh; Ủy ban nhân dân các huyện",
        "2027 - 2028"]
    assert [b.text for b in blocks if b.kind != "table"] == ["PHỤ LỤC: PHÂN CÔNG THỰC HIỆN"]


@pytest.mark.parametrize("next_page", [
    "III. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai kế hoạch này.\n",  # a heading and prose
    "Nơi nhận:                        KT. CHỦ TỊCH\n- Như trên;                      PHÓ CHỦ TỊCH\n",  # a signature
    "sản an toàn    Thương\n",  # fewer columns than the row: which cells it finishes is unknown
])
def test_what_starts_the_next_page_is_no_cut_rows_rest(next_page):
    text = CUT.split("\f")[0] + "\f" + next_page
    blocks, _ = read_text(text)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[-1] == ["2", "Tổ chức hội chợ nông", "Sở Công", "Hội Liên hiệp",
                                                       "2027 -"]
    first = next_page.split()[0]
    assert any(b.text.startswith(first) for b in blocks if b.kind != "table")


def test_ocr_flags_follow_their_rows_into_the_joined_table():
    """The PDF reader knows an OCR table's unsure cells by its rows: a table joined over a
    page break keeps the page tables' rows, so each flag lands on its own row; a row the
    break cut (joined anew) is found next to its neighbours, where the cell kept its text."""
    from extractors.formats.pdf import _cells_in
    top = [["TT", "Nội dung", "Tổng"], ["1", "Mua sắm thiết bị", "1.250"], ["2", "Đào tạo cán bộ", "34O"]]
    bottom = [["", "chuyên trách", ""], ["3", "Tuyên truyền", "8l0"], ["", "Cộng", "2.400"]]
    joined = join(top, bottom)
    assert [r[1] for r in joined] == ["Nội dung", "Mua sắm thiết bị", "Đào tạo cán bộ chuyên trách", "Tuyên truyền",
                                      "Cộng"]
    assert sorted(_cells_in(joined, top, {(2, 2), (1, 2)})) == [(1, 2), (2, 2)]
    assert _cells_in(joined, bottom, {(1, 2)}) == [(3, 2)]
    # the cut row's cells, on either page, are found in the joined row
    assert _cells_in(joined, top, {(2, 1)}) == [(2, 1)]
    assert _cells_in(joined, bottom, {(0, 1)}) == [(2, 1)]
    # must not: a cell of a table that is not in the block, or whose text is not there
    assert _cells_in(joined, [["9", "Khác", "5"]], {(0, 2)}) == []
    assert _cells_in(joined, [["", "Tập huấn", "7"], ["8", "Khác", "5"]], {(0, 1)}) == []


def test_a_budget_table_whose_header_repeats_on_each_page_is_one_table():
    # Word's "repeat as header row": the header and its column numbers on every page
    head = [["STT", "Nội dung", "Tổng số", "Năm 2026", "Năm 2027"], ["1", "2", "3", "4", "5"]]
    page1 = [_line("Đơn vị tính: triệu đồng"), ("table", head + [["1", "Trồng rừng phòng hộ", "900", "400", "500"]]),
             _line("3", 290, 296)]
    page2 = [("table", head + [["2", "Tuần tra bảo vệ rừng", "300", "150", "150"],
                               ["", "Tổng cộng", "1.200", "550", "650"]]), _line("Nơi nhận:")]
    tables = [b for b in assemble([page1, page2]) if b.kind == "table"]
    assert len(tables) == 1
    assert [r[1] for r in tables[0].rows] == ["Nội dung", "2", "Trồng rừng phòng hộ", "Tuần tra bảo vệ rừng", "Tổng cộng"]


# under a header at the foot of a page, a row with an amount starts the body, even one with no
# code under words ("TỔNG CỘNG (A+B)" first, as a detailed estimate sets its total); a header's rest
# holds words alone
BUDGET_HEAD = ["TT", "Hạng mục", "Khối lượng", "Đơn giá", "Thành tiền", "Nguồn vốn", "Ghi chú"]
TOTAL_FIRST = ["", "TỔNG CỘNG (A+B)", "", "", "9.840", "", ""]


@pytest.mark.parametrize("last, first, finishes", [
    (BUDGET_HEAD, TOTAL_FIRST, False),
    # a body row's rest still finishes it
    (["2", "Lắp đặt camera giám sát", "Công an huyện", "Các xã,", "Quý III"], ["", "tại các nút giao", "", "thị trấn", ""], True),
])
def test_a_header_at_a_pages_foot_is_whole(last, first, finishes):
    assert finishes_row(last, first) is finishes


def test_a_total_row_after_a_header_at_a_pages_foot_stays_a_row():
    rows = join([BUDGET_HEAD], [TOTAL_FIRST, ["A", "Chiếu sáng đô thị", "", "", "4.120", "", ""]])
    assert rows[0] == BUDGET_HEAD and rows[1] == TOTAL_FIRST
