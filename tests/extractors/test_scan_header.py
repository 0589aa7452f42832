"""Header lines of a scan as OCR misreads them (probe: the dev set's real plans rendered as rough
office scans): the People's Committee's name with a word misread, and a place line read right
that a misread title must not respell."""

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats.base import RawBlock, RawDocument

TAIL = ["Số: 52/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _issuer(lines: list[str], ocr: bool = True) -> str:
    meta = {"page": 1, "ocr": True} if ocr else {"page": 1}
    raw = RawDocument([RawBlock("paragraph", t, dict(meta)) for t in lines], metadata={"ocr": True} if ocr else {})
    return extract_header(build_document(raw))["issuer"]["name"]


@pytest.mark.parametrize("head, name", [
    (["ỦY BAN NHÂN", "BĐẦN. ..", "TỈNH PHÚ YÊN"], "Ủy ban nhân dân tỉnh Phú Yên"),  # a word misread, signs after it
    (["ỦY BAN NHÂN DẦN", "HUYỆN ĐỒNG XUÂN"], "Ủy ban nhân dân huyện Đồng Xuân"),
    (["HỘI ĐỒNG NHÂN DÂM", "TỈNH PHÚ YÊN"], "Hội đồng nhân dân tỉnh Phú Yên"),
    # must not: other bodies before a level word are left as read
    (["ỦY BAN MẶT TRẬN TỔ QUỐC", "TỈNH PHÚ YÊN"], "Ủy ban Mặt trận Tổ quốc tỉnh Phú Yên"),
    (["BAN CHỈ ĐẠO", "TỈNH PHÚ YÊN"], "Ban Chỉ đạo tỉnh Phú Yên"),
])
def test_a_scans_council_body_read_with_a_word_misread(head, name):
    lines = [*head, *TAIL, "Phú Yên, ngày 06 tháng 5 năm 2026", "KẾ HOẠCH", "Trồng rừng năm 2026"]
    assert _issuer(lines) == name


def test_a_text_that_is_no_ocr_reading_keeps_a_misread_body_as_written():
    lines = ["ỦY BAN NHÂN DẦN", "HUYỆN ĐỒNG XUÂN", *TAIL, "KẾ HOẠCH", "Trồng rừng năm 2026"]
    assert _issuer(lines, ocr=False) != "Ủy ban nhân dân huyện Đồng Xuân"


@pytest.mark.parametrize("line, title, name", [
    # read right: the title's misread "Lâm Đông" is no better
    ("TỈNH LÂM ĐỒNG", "Cải cách hành chính năm 2026 của tỉnh Lâm Đông", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    # read with a mark lost: the title spells it
    ("TỈNH LÂM ĐÔNG", "Cải cách hành chính năm 2026 của tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng"),
])
def test_a_place_line_read_right_is_not_respelled_from_a_misread_title(line, title, name):
    lines = ["ỦY BAN NHÂN DÂN", line, *TAIL, "KẾ HOẠCH", title]
    assert _issuer(lines) == name


BODY_NAMING = ["Đồng Nai, ngày 12 tháng 2 năm 2025", "KẾ HOẠCH", "Kiểm tra an toàn thực phẩm năm 2025",
               "Thực hiện Quyết định số 44/QĐ-BYT của Bộ trưởng Bộ Y tế, Đoàn kiểm tra liên ngành trung ương "
               "ban hành Kế hoạch kiểm tra như sau:",
               "1. Đoàn kiểm tra liên ngành trung ương chủ trì kiểm tra tại các tỉnh."]


@pytest.mark.parametrize("head, body, name", [
    # a body's words read with marks lost or misplaced: the text's own spelling of the same words
    (["BỘ Y TẾ", "ĐOÀN KIÊM TRA LIÊN NGANH TW"], BODY_NAMING, "Đoàn kiểm tra liên ngành Trung ương"),
    (["UBND TỈNH ĐỒNG NAI", "SỞ THONG TIN VA TRUYỀN THÔNG"],
     ["Đồng Nai, ngày 12 tháng 2 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
      "Sở Thông tin và Truyền thông ban hành Kế hoạch như sau:"],
     "Sở Thông tin và Truyền thông tỉnh Đồng Nai"),
    # must not: words the text does not name, a reading the text also writes, one word alone
    (["BỘ Y TẾ", "ĐOÀN KIÊM TRA LIÊN NGANH TW"],
     ["Đồng Nai, ngày 12 tháng 2 năm 2025", "KẾ HOẠCH", "An toàn thực phẩm năm 2025"],
     "Đoàn kiêm tra liên nganh Trung ương"),
    (["UBND TỈNH ĐỒNG NAI", "SỞ CÔNG THƯƠNG"],
     ["Đồng Nai, ngày 12 tháng 2 năm 2025", "KẾ HOẠCH", "Phát triển thương mại năm 2025",
      "Sở Công thương ban hành; Sở Công thướng chủ trì"], "Sở Công thương tỉnh Đồng Nai"),
    (["UBND TỈNH ĐỒNG NAI", "SỞ Y TÊ"],
     ["Đồng Nai, ngày 12 tháng 2 năm 2025", "KẾ HOẠCH", "Phòng chống dịch năm 2025", "Kinh tế; tê liệt"],
     "Sở Y tê tỉnh Đồng Nai"),
])
def test_a_scans_body_words_respelled_as_its_text_writes_them(head, body, name):
    lines = [*head, "Số: 52/KH-ĐKT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", *body]
    assert _issuer(lines) == name


def test_a_text_that_is_no_ocr_reading_keeps_its_issuer_as_written():
    lines = ["BỘ Y TẾ", "ĐOÀN KIÊM TRA LIÊN NGANH TW", "Số: 52/KH-ĐKT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", *BODY_NAMING]
    assert _issuer(lines, ocr=False) == "Đoàn kiêm tra liên nganh Trung ương"


def _number_and_date(num: str, date: str, ocr: bool = True) -> tuple:
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÌNH", num, *TAIL[1:], date, "KẾ HOẠCH", "Trồng rừng năm 2012",
             "Căn cứ Luật Lâm nghiệp;"]
    meta = {"page": 1, "ocr": True} if ocr else {"page": 1}
    raw = RawDocument([RawBlock("paragraph", t, dict(meta)) for t in lines], metadata={"ocr": True} if ocr else {})
    header = extract_header(build_document(raw))
    return header["number"], header["issued_date"]


GOOD_DATE = "Yên Bình, ngày 14 tháng 8 năm 2012"


@pytest.mark.parametrize("num, date", [
    # the number's label or digits misread: a mark read as a digit, a colon as a semicolon, a 1 as an l
    ("S6: 218/KH-UBND", GOOD_DATE), ("Sé; 218/KH-UBND", GOOD_DATE), ("S: 218/KH-UBND", GOOD_DATE),
    ("Số: 2l8/KH-UBND", GOOD_DATE), ("Số: 218/KH-UBND_", GOOD_DATE),
    # the date's digits misread, the year read apart, the comma read as a stop
    ("Số: 218/KH-UBND", "Yên Bình, ngày l4 tháng 8 năm 2012"),
    ("Số: 218/KH-UBND", "Yên Bình, ngày 14 tháng 8 năm 2O12"),
    ("Số: 218/KH-UBND", "Yên Bình, ngày 14 tháng 8 năm 20 12"),
    ("Số: 218/KH-UBND", "Yên Bình. ngày 14 tháng 8 năm 2012"),
    ("Số: 218/KH-UBND", "Yên Bình, ngày l4 tháng O8 năm 2012"),
])
def test_a_scans_number_and_date_read_with_letters_for_digits(num, date):
    assert _number_and_date(num, date) == ("218/KH-UBND", "2012-08-14")


@pytest.mark.parametrize("num, date, expected", [
    # must not: a text that is no OCR reading keeps what it says; a code with no digit is no number
    ("S6: 218/KH-UBND", "Yên Bình, ngày l4 tháng 8 năm 2012", (None, None)),
    ("Số: lI/KH-UBND", GOOD_DATE, (None, "2012-08-14")),
])
def test_what_is_not_mended(num, date, expected):
    ocr = num.startswith("Số:")
    assert _number_and_date(num, date, ocr=ocr) == expected


PLACE_BODY = ["Hải Nguyên, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH", "Thi đua sản xuất giỏi giai đoạn 2026 - 2030",
              "Thực hiện Chương trình số 08-CTr/TU của Tỉnh ủy Hải Nguyên, Ban Thường vụ Hội Nông dân tỉnh Hải "
              "Nguyên xây dựng Kế hoạch như sau:", "1. Vận động hội viên nông dân tỉnh Hải Nguyên thi đua."]


@pytest.mark.parametrize("head, body, name", [
    # the place read with its marks lost or misplaced, the level word too: the text's spelling of the name,
    # seen twice (the place and date line, a basis's "Tỉnh ủy Hải Nguyên")
    (["HỘI NÔNG DÂN TÍNH HÁI", "NGUYÊN."], PLACE_BODY, "Hội Nông dân tỉnh Hải Nguyên"),
    (["HỘI NÔNG DÂN", "TỈNH HẢI NGUYEN"], PLACE_BODY, "Hội Nông dân tỉnh Hải Nguyên"),
    (["HỘI NÔNG DÂN TÍNH HÁI", "NGUYÊN."], PLACE_BODY[:3] + ["Thực hiện Chương trình của Tỉnh ủy Hải Nguyên."],
     "Hội Nông dân tỉnh Hải Nguyên"),
    # must not: a spelling the text gives once, a reading the text also writes
    (["HỘI NÔNG DÂN TÍNH HÁI", "NGUYÊN."], PLACE_BODY[1:3] + ["1. Vận động hội viên nông dân tỉnh Hải Nguyên."],
     "Hội Nông dân tính hái nguyên"),
    (["HỘI NÔNG DÂN TỈNH HẢI", "NGUYÊN"], PLACE_BODY[:3] + ["1. Hội viên tỉnh Hải Nguyên thi đua.",
                                                         "2. Tỉnh Hái Nguyên; tỉnh Hái Nguyên; tỉnh Hái Nguyên."],
     "Hội Nông dân tỉnh Hải Nguyên"),
])
def test_a_scans_place_respelled_as_its_text_spells_it(head, body, name):
    lines = [*head, "Số: 52-KH/HNDT", "HỘI NÔNG DÂN VIỆT NAM", *body]
    assert _issuer(lines) == name


def _type_and_title(lines: list[str], ocr: bool = True) -> tuple:
    meta = {"page": 1, "ocr": True} if ocr else {"page": 1}
    raw = RawDocument([RawBlock("paragraph", t, dict(meta)) for t in lines], metadata={"ocr": True} if ocr else {})
    header = extract_header(build_document(raw))
    return header["doc_type"], header["title"]


@pytest.mark.parametrize("lines, expected", [
    # the left column read first: the type line before the motto and the date, the title after them
    (["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA ĐÔNG", "Số: 31/KH-UBND", "KẾ HOẠCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Tân Hòa Đông, ngày 12 tháng 5 năm 2013", "Phòng, chống bệnh tay chân miệng năm 2013",
      "Thực hiện Kế hoạch số 40/KH-UBND của Ủy ban nhân dân huyện;"],
     ("Kế hoạch", "Phòng, chống bệnh tay chân miệng năm 2013")),
    # a type's qualifier read with a letter lost: "PHI HỢP" for "PHỐI HỢP"
    (["CÔNG AN TỈNH BẮC SƠN", "SỞ Y TẾ", "Số: 09/KHPH-CAT-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Bắc Sơn, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH PHI HỢP",
      "Bảo đảm an toàn thực phẩm năm 2026", "Căn cứ Luật An toàn thực phẩm năm 2010;"],
     ("Kế hoạch", "Bảo đảm an toàn thực phẩm năm 2026")),
    # must not: a type line with a word that is no qualifier stays no type line of its own
    (["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA ĐÔNG", "Số: 31/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Tân Hòa Đông, ngày 12 tháng 5 năm 2013", "KẾ HOẠCH THU CHI",
      "Ngân sách xã năm 2013", "Căn cứ Luật Ngân sách nhà nước;"], ("Kế hoạch", None)),
])
def test_a_scans_type_line_and_title(lines, expected):
    assert _type_and_title(lines) == expected
