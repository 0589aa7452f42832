"""A Word list item's label set before a tab, and a justified line that ends in a manual line
break, in a PDF's positioned words (extractors.layout.words.segments_of, _cells_of) and in
`pdftotext -layout` text (extractors.layout.text.two_columns): the label and its text are one
line, not two columns read one after the other; the words a justification spread over the
whole width are one line, not one column each. Must-match and must-not-match rows; the lines
are invented (helper P)."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text
from extractors.layout.words import page_items

CHAR = 5.5  # points a character takes
SPACE = 3.0  # points of a plain space
PITCH = 17.0  # points between two lines


def words_at(text: str, x: float, top: float, space: float = SPACE) -> list[dict]:
    out = []
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + CHAR * len(w), "top": top, "bottom": top + 12})
        x += CHAR * len(w) + space
    return out


def labelled(top: float, label: str, text: str, left: float = 70.0, tab: float = 36.0) -> list[dict]:
    """A list item's line: its label at `left`, its text at the tab stop `tab` further right."""
    return words_at(label, left, top) + words_at(text, left + tab, top)


def spread(top: float, text: str, left: float = 70.0, right: float = 530.0) -> list[dict]:
    """A line whose spaces justification widened evenly from `left` to `right`."""
    parts = text.split()
    ink = sum(CHAR * len(w) for w in parts)
    return words_at(text, left, top, space=(right - left - ink) / (len(parts) - 1))


def lines_of(words: list[dict]) -> list[str]:
    return [p[2] for k, p in page_items(words) if k == "line"]


def paragraphs(words: list[dict]) -> list[str]:
    return [b.text for b in assemble([page_items(words)]) if b.kind == "paragraph"]


# --- labels before a tab (Word's automatic numbering and bullets, printed to PDF)

ITEMS = [("III.", "KẾT QUẢ CẦN ĐẠT"),
         ("1.", "Kết quả chung"),
         ("2.", "Kết quả cụ thể"),
         ("-", "Hoàn thành cấp nước sạch cho 1.200 hộ dân vùng cao;"),
         ("-", "Sửa chữa 14 công trình cấp nước tập trung;"),
         ("a)", "Đối với các thôn biên giới"),
         ("(2)", "Tỷ lệ hộ dùng nước hợp vệ sinh đạt 97%.")]


@pytest.mark.parametrize("tab", [30.0, 36.0, 54.0])
def test_a_label_and_its_text_after_a_tab_are_one_line(tab):
    words = []
    for n, (label, text) in enumerate(ITEMS):
        words += labelled(100 + PITCH * n, label, text, tab=tab)
    assert lines_of(words) == [f"{label} {text}" for label, text in ITEMS]


def test_a_heading_over_a_labelled_bullet_stays_whole():
    # the heading's gap is under a column's; the bullet's under it is wider: still no two columns
    words = words_at("2.", 70, 100) + words_at("Chỉ tiêu năm 2028", 70 + 2 * CHAR + 20, 100) \
        + labelled(117, "-", "Trồng mới 35 ha rừng phòng hộ đầu nguồn;") \
        + labelled(134, "-", "Giao khoán bảo vệ 1.100 ha rừng.")
    assert lines_of(words) == ["2. Chỉ tiêu năm 2028", "- Trồng mới 35 ha rừng phòng hộ đầu nguồn;",
                               "- Giao khoán bảo vệ 1.100 ha rừng."]


def test_a_header_set_in_two_columns_is_still_read_by_column():
    # must not: the issuer and the motto, far apart, are two columns
    words = words_at("UBND HUYỆN MƯỜNG TÈ", 80, 60) + words_at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 280, 60) \
        + words_at("BAN QUẢN LÝ DỰ ÁN", 86, 76) + words_at("Độc lập - Tự do - Hạnh phúc", 310, 76)
    assert lines_of(words) == ["UBND HUYỆN MƯỜNG TÈ", "BAN QUẢN LÝ DỰ ÁN",
                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def test_a_label_far_from_what_follows_is_no_item():
    # must not: a lone "1." in a left column with the right column far away (past a tab stop)
    words = words_at("1.", 70, 100) + words_at("TM. ỦY BAN NHÂN DÂN", 330, 100) \
        + words_at("2.", 70, 117) + words_at("CHỦ TỊCH", 360, 117)
    assert lines_of(words) == ["1.", "2.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_a_code_column_of_an_unruled_table_stays_a_column():
    # must not: a task table's code column is not joined to the content (its rows stay rows)
    head = words_at("STT", 60, 100) + words_at("Nội dung", 110, 100) + words_at("Chủ trì", 290, 100) \
        + words_at("Phối hợp", 400, 100) + words_at("Thời gian", 490, 100)
    rows = []
    for n, (code, task, lead, partner, when) in enumerate([
            ("1.", "Khảo sát nguồn nước", "Phòng Kinh tế", "Các thôn", "Quý I"),
            ("2.", "Lắp đặt bể lọc", "Ban Quản lý", "Hội Phụ nữ", "Quý III")]):
        top = 124 + 24 * n
        rows += words_at(code, 60, top) + words_at(task, 110, top) + words_at(lead, 290, top) \
            + words_at(partner, 400, top) + words_at(when, 490, top)
    tables = [p[1] for k, p in page_items(head + rows) if k == "table"]
    assert tables and tables[0][1][:2] == ["1.", "Khảo sát nguồn nước"], tables


# --- a justified line ended by a manual line break: its words spread over the width

def test_a_spread_line_is_one_line():
    words = spread(100, "4. Trung tâm Y tế huyện Mường Tè") \
        + words_at("Chủ trì tổ chức khám sàng lọc cho người dân các xã biên giới.", 70, 117)
    got = paragraphs(words)
    assert got[0] == "4. Trung tâm Y tế huyện Mường Tè", got


@pytest.mark.parametrize("text", ["Phòng Tài nguyên và Môi trường", "a) Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện"])
def test_spread_lines_of_other_lengths(text):
    assert lines_of(spread(100, text)) == [text]


def test_years_set_evenly_apart_are_no_spread_line():
    # must not: a row of years (numbers, not words) spread evenly stays cut at its gaps
    assert lines_of(spread(100, "2026 2027 2028 2029 2030")) == ["2026", "2027", "2028", "2029", "2030"]


def test_a_heading_repeated_over_equal_columns_is_no_spread_line():
    # must not: "Năm" centred over four year columns of one width, evenly apart
    assert lines_of(spread(100, "Năm Năm Năm Năm")) == ["Năm", "Năm", "Năm", "Năm"]


def test_cells_at_column_starts_are_no_spread_line():
    # must not: one-word cells that start at their columns' starts leave gaps of the widths
    # of the words before them
    words = []
    for word, x in zip(["Xã", "Thôn", "Hộ", "Khẩu", "Ghi"], [70, 170, 270, 370, 470]):
        words += words_at(word, x, 100)
    assert lines_of(words) == ["Xã", "Thôn", "Hộ", "Khẩu", "Ghi"]


# --- the same in pdftotext -layout text: the label, the spaces of the tab, the text

PROSE = ["Ủy ban nhân dân xã Nậm Pồ ban hành Kế hoạch cấp nước sạch nông thôn năm 2028",
         "nhằm bảo đảm nước sinh hoạt hợp vệ sinh cho người dân các bản vùng cao và",
         "vùng thường xuyên khô hạn trên địa bàn xã như sau:"]


def text_paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(PROSE + lines) + "\n")
    return [" ".join(b.text.split()) for b in blocks if b.text]


def test_pdftotext_labels_before_a_tab_are_one_line():
    lines = ["III.    KẾT QUẢ CẦN ĐẠT",
             "1.      Kết quả chung",
             "Bảo đảm nước sạch cho các bản vùng cao.",
             "2.      Kết quả cụ thể",
             "-     Hoàn thành cấp nước sạch cho 1.200 hộ dân vùng cao;",
             "-   Sửa chữa 14 công trình cấp nước tập trung."]
    got = text_paragraphs(lines)
    for want in ["III. KẾT QUẢ CẦN ĐẠT", "1. Kết quả chung", "2. Kết quả cụ thể",
                 "- Hoàn thành cấp nước sạch cho 1.200 hộ dân vùng cao;", "- Sửa chữa 14 công trình cấp nước tập trung."]:
        assert want in got, got


def test_pdftotext_header_columns_are_still_columns():
    # must not: a header's two columns are read one after the other
    lines = ["    UBND HUYỆN MƯỜNG TÈ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "    BAN QUẢN LÝ DỰ ÁN                Độc lập - Tự do - Hạnh phúc"]
    blocks, _ = read_text("\n".join(lines + [""] + PROSE) + "\n")
    got = [b.text for b in blocks if b.text]
    assert got[:4] == ["UBND HUYỆN MƯỜNG TÈ", "BAN QUẢN LÝ DỰ ÁN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc"], got


def test_pdftotext_a_signature_with_a_lone_label_is_still_columns():
    # must not: a label far from the right column (past the widest tab) leaves the band alone
    lines = ["Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN",
             "- Như trên;                                        CHỦ TỊCH",
             "- Lưu: VT.",
             "",
             "                                              Lò Văn Sinh"]
    blocks, _ = read_text("\n".join(PROSE + [""] + lines) + "\n")
    got = [b.text for b in blocks if b.text]
    assert "TM. ỦY BAN NHÂN DÂN" in got and "Nơi nhận:" in got, got
