"""Header and signature cells whose line breaks a scrape turned into spaces (markdownify and
scrapers that write a table cell on one line): "ĐẢNG BỘ TỈNH X ĐẢNG ỦY XÃ Y *", "BCH ĐOÀN TNCS
HỒ CHÍ MINH TỈNH X *** Số: 57-KH/TĐTN", "ĐẢNG CỘNG SẢN VIỆT NAM X, ngày ...", "T/M ĐẢNG ỦY BÍ
THƯ Name". The same header written line by line and collapsed into cells must read the same.
"""

from __future__ import annotations

import pytest

from extractors.fields.header import split_glued_parent
from extractors.layout.cells import split_cell_lines
from pipeline.process import process


@pytest.mark.parametrize("cell,lines", [
    # must split: a star set between capitals and the number, a Party number with no colon
    ("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẾN GIANG *** Số: 31-KH/TĐTN-TG",
     ["BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẾN GIANG", "***", "Số: 31-KH/TĐTN-TG"]),
    ("HUYỆN ỦY LẠC THÀNH * Số 108-KH/HU", ["HUYỆN ỦY LẠC THÀNH", "*", "Số 108-KH/HU"]),
    # must split: the place and date after the motto, the Party's or a union's name
    ("ĐẢNG CỘNG SẢN VIỆT NAM Lạc Thành, ngày 08 tháng 5 năm 2026",
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạc Thành, ngày 08 tháng 5 năm 2026"]),
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM Bến Giang, ngày 20/10/2026",
     ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "Bến Giang, ngày 20/10/2026"]),
    ("ĐOÀN TNCS HỒ CHÍ MINH Bến Giang, ngày 26 tháng 3 năm 2026",
     ["ĐOÀN TNCS HỒ CHÍ MINH", "Bến Giang, ngày 26 tháng 3 năm 2026"]),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bến Giang, ngày 02 tháng 9 năm 2026",
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bến Giang, ngày 02 tháng 9 năm 2026"]),
    # must split: a signature written with "T/M", a Party secretary's title after the body
    ("T/M BAN THƯỜNG VỤ BÍ THƯ Vàng Seo Dín", ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Vàng Seo Dín"]),
    ("TM. ĐẢNG ỦY BÍ THƯ Lường Thị Xuân", ["TM. ĐẢNG ỦY", "BÍ THƯ", "Lường Thị Xuân"]),
    # must not split: a star or a dash inside prose, a motto with no date after it, a number in prose
    ("Phấn đấu * đạt chuẩn năm 2026", ["Phấn đấu * đạt chuẩn năm 2026"]),
    ("Độc lập - Tự do - Hạnh phúc", ["Độc lập - Tự do - Hạnh phúc"]),
    ("HỘI NÔNG DÂN VIỆT NAM", ["HỘI NÔNG DÂN VIỆT NAM"]),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026", ["Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026"]),
    ("PHÓ BÍ THƯ THƯỜNG TRỰC", ["PHÓ BÍ THƯ THƯỜNG TRỰC"]),
    ("KT. CHI CỤC TRƯỞNG", ["KT. CHI CỤC TRƯỞNG"]),
    ("KT. TỔNG CỤC TRƯỞNG", ["KT. TỔNG CỤC TRƯỞNG"]),
])
def test_a_collapsed_header_cell_is_split_at_its_line_starts(cell, lines):
    assert split_cell_lines(cell) == lines


@pytest.mark.parametrize("line,parts", [
    # must split: a body of a locality, a Party committee, a department, a ministry over their unit
    ("ĐẢNG BỘ TỈNH BẾN GIANG ĐẢNG ỦY PHƯỜNG AN LẠC", ["ĐẢNG BỘ TỈNH BẾN GIANG", "ĐẢNG ỦY PHƯỜNG AN LẠC"]),
    ("THÀNH ỦY LẠC THÀNH BAN DÂN VẬN", ["THÀNH ỦY LẠC THÀNH", "BAN DÂN VẬN"]),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN GIANG TRƯỜNG THPT LÊ QUÝ ĐÔN",
     ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN GIANG", "TRƯỜNG THPT LÊ QUÝ ĐÔN"]),
    ("SỞ Y TẾ TỈNH BẾN GIANG TRUNG TÂM KIỂM SOÁT BỆNH TẬT", ["SỞ Y TẾ TỈNH BẾN GIANG", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"]),
    ("BỘ CÔNG THƯƠNG CỤC XÚC TIẾN THƯƠNG MẠI", ["BỘ CÔNG THƯƠNG", "CỤC XÚC TIẾN THƯƠNG MẠI"]),
    ("HỘI CỰU CHIẾN BINH TỈNH BẾN GIANG BAN THƯỜNG VỤ", ["HỘI CỰU CHIẾN BINH TỈNH BẾN GIANG", "BAN THƯỜNG VỤ"]),
    ("UBND HUYỆN LẠC THÀNH PHÒNG VĂN HÓA VÀ THÔNG TIN", ["UBND HUYỆN LẠC THÀNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN"]),
    # must not split: one body whose name holds a unit's word
    ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH BẾN GIANG", ["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH BẾN GIANG"]),
    ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]),
    ("BỘ QUỐC PHÒNG", ["BỘ QUỐC PHÒNG"]),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"]),
    ("SỞ Y TẾ TỈNH BẾN GIANG", ["SỞ Y TẾ TỈNH BẾN GIANG"]),
    ("BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG TỈNH BẾN GIANG", ["BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG TỈNH BẾN GIANG"]),
])
def test_a_body_and_its_unit_on_one_line_are_two_lines(line, parts):
    assert split_glued_parent(line) == parts


BODY = ("\n\nKẾ HOẠCH\n\nKiểm tra công tác phòng cháy, chữa cháy năm 2026\n\nI. MỤC TIÊU\n\n"
        "Đến năm 2026 có 95% cơ sở được kiểm tra.\n\n")
STATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
RECIPIENTS = ["Nơi nhận:", "- Ban Thường vụ cấp trên (b/c);", "- Lưu: VT."]
# (issuer column, motto column, number, place and date, signature)
HEADERS = [
    (["ĐẢNG BỘ TỈNH BẾN GIANG", "ĐẢNG ỦY XÃ AN PHÚ", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"], "Số 44-KH/ĐU",
     "An Phú, ngày 15 tháng 4 năm 2026", ["T/M ĐẢNG ỦY", "BÍ THƯ", "Giàng A Sùng"]),
    (["SỞ Y TẾ TỈNH BẾN GIANG", "BỆNH VIỆN ĐA KHOA TỈNH", "-------"], STATE, "Số: 206/KH-BVĐK",
     "Bến Giang, ngày 09 tháng 6 năm 2026", ["GIÁM ĐỐC", "Phan Minh Trí"]),
    (["BỘ CÔNG THƯƠNG", "CỤC XÚC TIẾN THƯƠNG MẠI", "-------"], STATE, "Số: 515/KH-XTTM",
     "Hà Nội, ngày 11 tháng 8 năm 2026", ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Đoàn Thị Lệ"]),
    (["THÀNH ỦY LẠC THÀNH", "BAN DÂN VẬN", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"], "Số 19-KH/BDVTU",
     "Lạc Thành, ngày 03 tháng 02 năm 2026", ["TRƯỞNG BAN", "Ma Văn Thiện"]),
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH BẾN GIANG", "***"], ["ĐOÀN TNCS HỒ CHÍ MINH"], "Số: 31-KH/TĐTN-TG",
     "Bến Giang, ngày 26 tháng 3 năm 2026", ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Lục Thị Hằng"]),
    (["HỘI CỰU CHIẾN BINH TỈNH BẾN GIANG", "BAN THƯỜNG VỤ", "*"], ["HỘI CỰU CHIẾN BINH VIỆT NAM"], "Số: 12-KH/HCCB",
     "Bến Giang, ngày 20 tháng 7 năm 2026", ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Hứa Văn Nông"]),
]


def _as_lines(left, right, number, date, signature) -> str:
    return "\n".join(left + [number] + right + [date]) + BODY + "\n".join(RECIPIENTS + signature) + "\n"


def _as_cells(left, right, number, date, signature, number_in_issuer_cell: bool) -> str:
    issuer, motto = " ".join(left + [number] * number_in_issuer_cell), " ".join(right + [date] * number_in_issuer_cell)
    rows = [f"| {issuer} | {motto} |", "|---|---|"] + ([] if number_in_issuer_cell else [f"| {number} | {date} |"])
    return "\n".join(rows) + BODY + f"| {' '.join(RECIPIENTS)} | {' '.join(signature)} |\n|---|---|\n"


def _read(name: str, text: str) -> dict:
    record = process(name, text.encode()).record.model_dump(mode="json")
    return {"number": record["number"], "issuer": record["issuer"], "place": record["place"],
            "issued_date": record["issued_date"], "doc_type": record["doc_type"], "signer": record["signer"]}


@pytest.mark.parametrize("number_in_issuer_cell", [False, True], ids=["number-row", "number-in-cell"])
@pytest.mark.parametrize("header", HEADERS, ids=lambda h: h[0][0])
def test_a_header_collapsed_into_cells_reads_as_the_same_header_in_lines(header, number_in_issuer_cell):
    want = _read("plan.txt", _as_lines(*header))
    assert want["number"] == header[2].split()[-1] and want["issued_date"] and want["signer"]["name"]  # (the lines read)
    assert _read("plan.md", _as_cells(*header, number_in_issuer_cell)) == want


@pytest.mark.parametrize("cell,text", [
    # must keep: stars a converter escaped (markdownify) are text, not emphasis
    (r"BCH ĐOÀN TNCS HỒ CHÍ MINH **TỈNH LẠC THÀNH** \*\*\* Số: 40-KH/TĐTN", "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LẠC THÀNH *** Số: 40-KH/TĐTN"),
    (r"HUYỆN ỦY AN PHÚ \* Số 7-KH/HU", "HUYỆN ỦY AN PHÚ * Số 7-KH/HU"),
    (r"Tỷ lệ \*đạt\* 95%", "Tỷ lệ *đạt* 95%"),
    # must strip: emphasis as written
    ("**ĐẢNG ỦY XÃ AN PHÚ** *An Phú, ngày 02/3/2026*", "ĐẢNG ỦY XÃ AN PHÚ An Phú, ngày 02/3/2026"),
    ("__Nơi nhận:__ - Lưu: VT.", "Nơi nhận: - Lưu: VT."),
])
def test_escaped_stars_in_a_markdown_cell_are_text(cell, text):
    from extractors.layout.markdown import strip_emphasis, unescape
    assert unescape(strip_emphasis(cell)) == text


def test_an_escaped_star_set_in_a_markdown_header_cell_parts_the_issuer_from_the_number():
    md = ("| BCH ĐOÀN TNCS HỒ CHÍ MINH **TỈNH LẠC THÀNH** \\*\\*\\* Số: 40-KH/TĐTN-TNTH | **ĐOÀN TNCS HỒ CHÍ MINH** "
          "*Lạc Thành, ngày 11 tháng 5 năm 2026* |\n| --- | --- |\n" + BODY)
    record = process("plan.md", md.encode()).record
    assert (record.number, record.issuer.locality, record.place) == ("40-KH/TĐTN-TNTH", "Lạc Thành", "Lạc Thành")


PLAIN_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ BÌNH THUẬN\nSố: 33/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nBình Thuận, ngày 17 tháng 8 năm 2026\n\nKẾ HOẠCH\n\n"
              "Tổng vệ sinh môi trường năm 2026\n\nI. MỤC TIÊU\n\n100% thôn ra quân tổng vệ sinh.\n\n")
PLAIN_RECIPIENTS = "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n"


@pytest.mark.parametrize("signature,signer", [
    # must read: a title and the name on one line, a whole signature on one line (a text copy ran them together)
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH  Đoàn Văn Thắng", ("Đoàn Văn Thắng", "Chủ tịch", ["TM. Ủy ban nhân dân"])),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH Đoàn Văn Thắng", ("Đoàn Văn Thắng", "Chủ tịch", ["TM. Ủy ban nhân dân"])),
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Thị Én",
     ("Lò Thị Én", "Phó Chủ tịch", ["TM. Ủy ban nhân dân", "KT. Chủ tịch"])),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH   Lò Thị Én", ("Lò Thị Én", "Phó Chủ tịch", ["TM. Ủy ban nhân dân", "KT. Chủ tịch"])),
    # as before: every line of its own
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nĐoàn Văn Thắng", ("Đoàn Văn Thắng", "Chủ tịch", ["TM. Ủy ban nhân dân"])),
])
@pytest.mark.parametrize("signature_first", [False, True], ids=["recipients-first", "signature-first"])
def test_a_signature_run_into_one_line_of_plain_text_is_read(signature, signer, signature_first):
    text = PLAIN_HEAD + (signature + "\n" + PLAIN_RECIPIENTS if signature_first else PLAIN_RECIPIENTS + signature + "\n")
    record = process("plan.txt", text.encode()).record
    assert (record.signer.name, record.signer.title, list(record.signer.authority)) == signer
    assert list(record.recipients) == ["UBND huyện", "Lưu: VT"]


NARROW = ("ỦY BAN NHÂN\nDÂN\nTỈNH KIM BÌNH\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Kim Bình, ngày 09 tháng 10 năm 2026\n\nKẾ HOẠCH\n\nKiểm tra công tác văn thư năm 2026\n\nI. MỤC ĐÍCH\n\nNâng cao chất lượng.\n")


@pytest.mark.parametrize("number,expected", [
    # must read: a number cut at its dash or slash by a narrow column, its end on the next line
    ("Số: 318/KH-\nUBND", "318/KH-UBND"),
    ("Số: 27/QĐ-\nSNV", "27/QĐ-SNV"),
    ("Số: 318/\nKH-UBND", "318/KH-UBND"),
    ("Số:      /KH-\nUBND", None),  # a draft's blank number: no number, and its end is no issuer
    # as before: a whole number on its line
    ("Số: 318/KH-UBND", "318/KH-UBND"),
])
def test_a_number_wrapped_in_a_narrow_column_is_whole_and_its_end_no_issuer(number, expected):
    record = process("plan.txt", NARROW.format(number=number).encode()).record
    assert (record.number, record.issuer.name) == (expected, "Ủy ban nhân dân tỉnh Kim Bình")
