"""Positioned words (PDF text layer, OCR boxes) of a two-column band where one column
wraps: a line set in one column only is read in its column, and what is no part of the
band ends it. And a date a wrap cut after "năm", "tháng" or "ngày" is read whole. All
documents invented."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.wrap import date_cut
from extractors.layout.words import page_items


def words_of(top: float, x0: float, text: str, height: float = 12) -> list[dict]:
    out, x = [], x0
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + 6 * len(w), "top": top, "bottom": top + height})
        x += 6 * len(w) + 3
    return out


def lines(*rows) -> list[str]:
    """rows: (top, [(x0, text), ...]); the page's lines in reading order."""
    words = [w for top, cells in rows for x0, text in cells for w in words_of(top, x0, text)]
    return [p[2] for kind, p in page_items(words) if kind == "line"]


LEFT, RIGHT = 57, 300


def centred(centre: float, text: str) -> tuple[float, str]:
    """(x0, text) of a line centred on `centre` as words_of sets it."""
    width = sum(6 * len(w) for w in text.split()) + 3 * (len(text.split()) - 1)
    return centre - width / 2, text


HEADER = [
    (60, [centred(140, "ỦY BAN NHÂN DÂN"), centred(420, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA")]),
    (75, [centred(420, "VIỆT NAM")]),  # the right column wrapped
    (90, [centred(140, "TỈNH SƠN LA"), centred(420, "Độc lập - Tự do - Hạnh phúc")]),
    (105, [centred(140, "Số: 88/KH-UBND"), centred(420, "Sơn La, ngày 3 tháng 9 năm")]),
    (120, [centred(420, "2026")]),  # the date wrapped
]


@pytest.mark.parametrize("after, expected_tail", [
    # must end the band: a title centred on the page (even right under the band, clear of
    # the left column), a line far below, a full line
    ([(160, [centred(297, "KẾ HOẠCH")])], ["KẾ HOẠCH"]),
    ([(135, [centred(310, "KẾ HOẠCH")])], ["KẾ HOẠCH"]),
    ([(175, [(LEFT, "I. MỤC TIÊU")])], ["I. MỤC TIÊU"]),
    ([(135, [(LEFT, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")])],
     ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]),
])
def test_a_wrapped_header_column_is_read_in_its_column(after, expected_tail):
    got = lines(*HEADER, *after)
    assert got[:7] == ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 88/KH-UBND",
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                       "Sơn La, ngày 3 tháng 9 năm"]
    assert got[7] == "2026" and got[8:] == expected_tail


def test_a_left_line_under_the_number_stays_in_the_left_column():
    # a letter's "V/v ..." under its number, longer than the column's other lines
    got = lines((60, [centred(130, "ỦY BAN NHÂN DÂN"), centred(400, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
                (75, [centred(130, "Số: 512/UBND-KT"), centred(400, "Độc lập - Tự do - Hạnh phúc")]),
                (90, [centred(130, "V/v triển khai thu phí")]),
                (105, [centred(130, "đường bộ năm 2026"), centred(400, "Điện Biên, ngày 2 tháng 3 năm 2026")]),
                (150, [(180, "Kính gửi: Sở Tài chính")]))
    assert got == ["ỦY BAN NHÂN DÂN", "Số: 512/UBND-KT", "V/v triển khai thu phí", "đường bộ năm 2026",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Điện Biên, ngày 2 tháng 3 năm 2026", "Kính gửi: Sở Tài chính"]


def test_recipients_spaced_wide_stay_before_the_signer_beside_them():
    # a signature page at 1.5 line spacing: the signer's name beside the first recipient
    got = lines((70, [(LEFT, "- Thường trực Tỉnh ủy;"), (390, "Lò Minh Hùng")]),
                (94, [(LEFT, "- Thường trực HĐND tỉnh;")]),
                (118, [(LEFT, "- Các sở, ban, ngành;")]),
                (142, [(LEFT, "- Lưu: VT.")]))
    assert got == ["- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;", "- Các sở, ban, ngành;", "- Lưu: VT.",
                   "Lò Minh Hùng"]


def test_a_line_out_of_line_with_both_columns_is_no_column_line():
    # a line between the columns that lines up with neither: read as before, in rows
    got = lines((60, [(LEFT, "Nơi nhận:"), (RIGHT, "TM. ỦY BAN NHÂN DÂN")]),
                (75, [(LEFT + 100, "một dòng chạy qua khoảng trống giữa hai cột")]),
                (90, [(LEFT, "- Lưu: VT."), (RIGHT, "CHỦ TỊCH")]))
    assert got == ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "một dòng chạy qua khoảng trống giữa hai cột",
                   "- Lưu: VT.", "CHỦ TỊCH"]


@pytest.mark.parametrize("before, line, cut", [
    # must join: the rest of a date after its "năm", "tháng" or "ngày"
    ("Sơn La, ngày 3 tháng 9 năm", "2026", True),
    ("Hà Nam, ngày 15 tháng", "11 năm 2025", True),
    ("Lai Châu, ngày", "07 tháng 01 năm 2027", True),
    ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 5 tháng 2 năm", "2026 của UBND tỉnh)", True),
    # must not join: a sentence ending in "năm" before an item, a year not of a date
    ("- Tổ chức sơ kết hằng năm", "2. Nhiệm vụ cụ thể", False),
    ("Báo cáo kết quả thực hiện trước ngày 15 hằng năm", "2026 sẽ tổng kết", False),
    ("Đến năm", "2030, 100% số xã đạt chuẩn", False),
    ("Sơn La, ngày 3 tháng 9 năm", "Số: 12/KH-UBND", False),
])
def test_a_date_cut_by_a_wrap(before, line, cut):
    assert date_cut(before, line) is cut


def test_a_wrapped_date_is_one_paragraph():
    page = [("line", (57, 200, "ỦY BAN NHÂN DÂN")), ("line", (57, 200, "TỈNH SƠN LA")),
            ("line", (300, 520, "Sơn La, ngày 3 tháng 9 năm")), ("line", (380, 404, "2026")),
            ("line", (200, 260, "KẾ HOẠCH")), ("line", (150, 420, "Phát triển nông nghiệp năm 2026"))]
    assert [b.text for b in assemble([page])][2:4] == ["Sơn La, ngày 3 tháng 9 năm 2026", "KẾ HOẠCH"]


def test_a_text_file_header_whose_date_wraps_in_its_column():
    # pdftotext -layout of a header whose right column wrapped the date and the motto
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n"
            "                                      VIỆT NAM\n\n"
            "TỈNH BẮC GIANG                        Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 47/KH-UBND                        Bắc Giang, ngày 16 tháng 3 năm\n"
            "                                      2026\n\n"
            "                                 KẾ HOẠCH\n\n"
            "Phát triển thương mại điện tử năm 2026\n")
    out = process("bacgiang.txt", text.encode())
    record = out.dump
    assert record["issued_date"] == "2026-03-16" and record["place"] == "Bắc Giang"
    assert record["issuer"]["name"] == "Ủy ban nhân dân tỉnh Bắc Giang" and record["number"] == "47/KH-UBND"
    assert "Bắc Giang, ngày 16 tháng 3 năm 2026" in out.text
