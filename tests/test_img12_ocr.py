"""Round IMG12: what the OCR path lost on G13's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round IMG12")."""

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_heading


# A budget table's source heading that is an abbreviation, read with a letter twice, once in lower case ("NS huyện"
# read "NsS huyện": its items' source 'other' for 'local'), or with a "T" whose bar was lost read as "I" ("NSTW" read
# "NSIW": 'other' for 'central'): the closed vocabulary of headings (vi_syllable.TABLE_HEADINGS) spells it.
@pytest.mark.parametrize("cell, expected", [
    ("NsS huyện", "NS huyện"),
    ("NsS tỉnh", "NS tỉnh"),
    ("NSs xã", "NS xã"),
    ("NIS tỉnh", "NS tỉnh"),
    ("NSIW", "NSTW"),
    ("NSlW", "NSTW"),
    ("ĐVI", "ĐVT"),
    ("NsSTW", "NSTW"),
    # must not: other cells, other abbreviations, a Roman code, a word in lower case
    ("NSTW", "NSTW"),
    ("NS huyện", "NS huyện"),
    ("UBND huyện", "UBND huyện"),
    ("BHXH", "BHXH"),
    ("HTX", "HTX"),
    ("II", "II"),
    ("III", "III"),
    ("IT", "IT"),
    ("Ns", "Ns"),
    ("Kiên cố hóa kênh", "Kiên cố hóa kênh"),
    ("NSIW 2025", "NSIW 2025"),
    ("TNHH Minh Sơn", "TNHH Minh Sơn"),
])
def test_abbreviation_heading(cell, expected):
    assert repair_heading(cell) == expected


# A Roman number inside a line whose last two strokes ran together as "H" ("Kiên cố hóa kênh mương loại III" read
# "... loại IH" in a budget table's row: its two items lost): "IH" spells no syllable; the number it leaves is taken.
@pytest.mark.parametrize("line, expected", [
    ("Kiên cố hóa kênh mương loại IH", "Kiên cố hóa kênh mương loại III"),
    ("Đường giao thông cấp IH", "Đường giao thông cấp III"),
    ("Di tích nhóm VIH.", "Di tích nhóm VIII."),
    ("Khu vực XIH;", "Khu vực XIII;"),
    # must not: "XH" of "KT - XH", "VH", a section number at a line's start, a longer word, a digit
    ("phát triển KT - XH", "phát triển KT - XH"),
    ("đường cấp VH", "đường cấp VH"),
    ("IH. NHIỆM VỤ", "IH. NHIỆM VỤ"),
    ("mã IHS", "mã IHS"),
    ("loại 2H", "loại 2H"),
    ("loại XH", "loại XH"),
])
def test_roman_h_in_line(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected


# A period's first (or last) year read with a digit too many ("giai đoạn 20009 - 2010": the period's start read as its
# end's, 2010): a five-digit number by a dash and a year is a year where one digit's drop gives the one year the page
# writes elsewhere that falls in order with the other end (repair_long_years, which took it only after "năm").
@pytest.mark.parametrize("words, repaired", [
    (["ngày", "15", "năm", "2011", "giai", "đoạn", "20111", "-", "2015"], ["ngày", "15", "năm", "2011", "giai", "đoạn", "2011", "-", "2015"]),
    (["năm", "2023", "từ", "20223", "–", "2025"], ["năm", "2023", "từ", "2023", "–", "2025"]),
    (["Năm", "2018", "...", "2016", "-", "20188;"], ["Năm", "2018", "...", "2016", "-", "2018;"]),
    # must not: no year on the page tells it, two fit, out of order, not by a dash and a year
    (["giai", "đoạn", "20111", "-", "2015"], ["giai", "đoạn", "20111", "-", "2015"]),
    (["2010", "2011", "20110", "-", "2015"], ["2010", "2011", "20110", "-", "2015"]),
    (["năm", "2016", "giai", "đoạn", "20166", "-", "2015"], ["năm", "2016", "giai", "đoạn", "20166", "-", "2015"]),
    (["năm", "2011", "có", "20111", "-", "25", "người"], ["năm", "2011", "có", "20111", "-", "25", "người"]),
    (["năm", "2011", "và", "20111", "hộ"], ["năm", "2011", "và", "20111", "hộ"]),
])
def test_long_year_in_range(words, repaired):
    assert ocr.repair_long_years(words) == repaired


# A word in capitals read with one letter wrong, no syllable then ("SỞ NÔNG NGHITP VÀ MÔI" for "NGHIỆP": the issuer
# 'Sở Nông nghitp và Môi trường'), which the page writes right beside the same neighbour ("Sở Nông nghiệp và Môi
# trường xây dựng ..."): that spelling is taken (vi_syllable.repair_letter_told_by_page).
@pytest.mark.parametrize("lines, expected", [
    ([["SỞ", "CÔNG", "THƯƠHG"], ["Sở", "Công", "Thương", "chủ", "trì"]], ["SỞ", "CÔNG", "THƯƠNG"]),
    ([["BAN", "QUẢN", "LÝ", "KHU", "KINH", "TẾ", "PHÚ", "LẠC"], ["phát", "triển", "kinh", "tế"]],
     ["BAN", "QUẢN", "LÝ", "KHU", "KINH", "TẾ", "PHÚ", "LẠC"]),
    ([["TRUNG", "TÂM", "Y", "TÊT"], ["Trung", "tâm", "Y", "tế", "huyện"]], ["TRUNG", "TÂM", "Y", "TÊT"]),  # 3 letters
    ([["PHÒNG", "GIÁO", "DỤTC"], ["Phòng", "Giáo", "dục", "và"]], ["PHÒNG", "GIÁO", "DỤTC"]),  # no word that long
    ([["SỞ", "XÂY", "DƯNTG"], ["Sở", "Xây", "dựng,"]], ["SỞ", "XÂY", "DƯNTG"]),
    # must not: two spellings fit, no neighbour the page writes, a word the page does not write beside it
    ([["CÔNG", "THƯƠHG"], ["Công", "Thương"], ["công", "thưởng"]], ["CÔNG", "THƯƠHG"]),
    ([["SỞ", "NÔNG", "NGHITP"], ["ngành", "nghiệp", "vụ"]], ["SỞ", "NÔNG", "NGHITP"]),
    ([["SỞ", "TƯ", "PHÁP"], ["tư", "pháp"]], ["SỞ", "TƯ", "PHÁP"]),
])
def test_letter_told_by_page(lines, expected):
    from extractors.formats.vi_syllable import repair_letter_told_by_page
    assert repair_letter_told_by_page(lines)[0] == expected


def _page(lines: list[list[str]]) -> list[list[dict]]:
    """A page's lines as words (each line's first word at the same indent; "||" starts another column)."""
    out = []
    for k, texts in enumerate(lines):
        x, line = 60.0, []
        for t in texts:
            if t == "||":
                x += 200
                continue
            line.append({"text": t, "x0": x, "x1": x + 40, "top": 100.0 + 20 * k, "bottom": 112.0 + 20 * k,
                         "conf": 90.0})
            x += 45
        out.append(line)
    return out


# A place's name read with a hat for its tone ("Cồn Lau" read "Côn Lau" in the header's capitals and in the date
# line: the issuer, its locality and the place wrong), which the page's title and body write right twice or more:
# the spelling the page gives most (at least twice, more often than all others together) is the name's, in capitals
# and in the lower-case pair read otherwise (ocr.repair_names_told_by_page, which took only a page's one spelling).
@pytest.mark.parametrize("lines, repaired", [
    ([["ĐẶC", "KHU", "CÔN", "LAU"], ["Côn", "Lau,", "ngày", "28"], ["du", "lịch", "đặc", "khu", "Cồn", "Lau"],
      ["biển", "Cồn", "Lau", "hằng", "năm"]],
     [["ĐẶC", "KHU", "CỒN", "LAU"], ["Cồn", "Lau,", "ngày", "28"], ["du", "lịch", "đặc", "khu", "Cồn", "Lau"],
      ["biển", "Cồn", "Lau", "hằng", "năm"]]),
    ([["XÃ", "TÂN", "HÒA"], ["Tấn", "Hòa,", "ngày"], ["xã", "Tân", "Hòa"], ["xã", "Tân", "Hòa."]],
     [["XÃ", "TÂN", "HÒA"], ["Tân", "Hòa,", "ngày"], ["xã", "Tân", "Hòa"], ["xã", "Tân", "Hòa."]]),
    # must not: as many of each spelling, one of each, no spelling twice
    ([["ĐẶC", "KHU", "CÔN", "LAU"], ["Côn", "Lau,", "ngày"], ["Côn", "Lau"], ["Cồn", "Lau"], ["Cồn", "Lau"]],
     [["ĐẶC", "KHU", "CÔN", "LAU"], ["Côn", "Lau,", "ngày"], ["Côn", "Lau"], ["Cồn", "Lau"], ["Cồn", "Lau"]]),
    ([["Côn", "Lau,", "ngày"], ["khu", "Cồn", "Lau"]], [["Côn", "Lau,", "ngày"], ["khu", "Cồn", "Lau"]]),
    ([["Thanh", "Hà"], ["Thanh", "Hải"], ["Thành", "Hà"]], [["Thanh", "Hà"], ["Thanh", "Hải"], ["Thành", "Hà"]]),
])
def test_names_told_by_page_most(lines, repaired):
    assert ocr.repair_names_told_by_page(_page(lines)) == repaired


# A percent read with a digit too many ("đạt 90%." read "909%.": the ring of "%" read as a digit; a target lost): a
# percent over 100 is read again alone, and a reading of at most 100% with one digit fewer takes its place.
@pytest.mark.parametrize("first, again, expected", [
    ("909%.", "90%.", "90%."),
    ("856%", "85%", "85%"),
    ("(1005%)", "100%", "(100%)"),
    # must not: two digits fewer, the reading alone still over 100, another number, no percent, a decimal changed
    ("7056%;", "75%;", None),
    ("120%", "120%", None),
    ("909%", "80%", None),
    ("909%", "90", None),
    ("85,5%", "85%", None),
    ("95%", "9%", None),
])
def test_percent_read_again(first, again, expected):
    assert ocr.percent_read_again(first, again) == expected


# A table's total row labelled "Cộng" read "Công" (a unit's word: the total taken for an item 'Công'), told by its
# amounts: each the sum of the amounts above it.
_BY_YEAR = [["Năm", "Tổng số", "NSTW", "NS huyện"], ["Năm 2031", "1.340", "800", "540"],
            ["Năm 2032", "1.210", "700", "510"]]


@pytest.mark.parametrize("last, expected", [
    (["Công", "2.550", "1.500", "1.050"], {(3, 0): "Cộng"}),
    (["CÔNG", "2.550", "1.500", "1.050"], {(3, 0): "CỘNG"}),
    (["Cóng", "2.550", "1.500", "1.050"], {(3, 0): "Cộng"}),
    # must not: a column that does not add up, one amount only, another label, already right
    (["Công", "2.550", "1.500", "1.000"], {}),
    (["Công", "2.550", "", ""], {}),
    (["Công trình", "2.550", "1.500", "1.050"], {}),
    (["Cộng", "2.550", "1.500", "1.050"], {}),
    (["Năm 2033", "2.550", "1.500", "1.050"], {}),
])
def test_total_label_told_by_sums(last, expected):
    assert ocr.total_label_told_by_sums([*_BY_YEAR, last]) == expected


# The archive line's colon set apart from "Lưu" and read glued to the clerk's office, its T misread ("- Lưu :VF."):
# the recipient 'Lưu: VT' lost; repair_archive takes the glued colon as it takes one standing alone.
@pytest.mark.parametrize("line, expected", [
    ("- Lưu :VF.", "- Lưu :VT."),
    ("- Lưu :VI, PTC.", "- Lưu :VT, PTC."),
    ("+ Lưu :V1;", "+ Lưu :VT;"),
    # must not: another word after the colon, no clerk's shape, no "Lưu" line
    ("- Lưu :VIỆT", "- Lưu :VIỆT"),
    ("- Lưu :V.", "- Lưu :V."),
    ("- Gửi :VF.", "- Gửi :VF."),
    ("Phòng Lưu :VF", "Phòng Lưu :VF"),
])
def test_archive_colon_glued(line, expected):
    assert " ".join(ocr.repair_archive(line.split())) == expected


# A heading of three words or more read with one letter lost ("Đơn vị chủ tì": the lead agencies' column not told,
# three tasks' leads lost): the closed vocabulary of headings spells it where no other heading is one letter off.
@pytest.mark.parametrize("cell, expected", [
    ("Đơn vị chủ tì", "Đơn vị chủ trì"),
    ("ĐƠN VỊ CHỦ TÌ", "ĐƠN VỊ CHỦ TRÌ"),
    ("Cơ quan phối hơ", "Cơ quan phối hợp"),
    ("Thời gian thực hiệ", "Thời gian thực hiện"),
    ("Nội dung công viẹ", "Nội dung công việc"),
    ("Đơn vị tnh", "Đơn vị tính"),
    # must not: a heading of two words, a word lost, two letters lost, another cell
    ("Chủ tì", "Chủ tì"),
    ("Đơn vị chủ", "Đơn vị chủ"),
    ("Đơn vị ch tì", "Đơn vị ch tì"),
    ("Sở Tài chính", "Sở Tài chính"),
    ("Kế hoạch chủ trì", "Kế hoạch chủ trì"),
])
def test_heading_letter_lost(cell, expected):
    assert repair_heading(cell) == expected


# A list's dash read as a colon alone (": Ủy ban MTTQ Việt Nam xã;" between two recipients' dashes: a recipient lost,
# and the list cut there): a line opening with ":" or ";" beside a line opening with "-" at its indent.
@pytest.mark.parametrize("starts, expected", [
    ([("-", 60.0, "TT"), (":", 60.0, "Ủy"), ("-", 60.0, "Lưu:")], ["-", "-", "-"]),
    ([("Nơi", 40.0, "nhận:"), ("-", 60.0, "Như"), (";", 61.0, "Sở")], ["Nơi", "-", "-"]),
    # must not: no dash beside, at another indent, no word after it, a dash two lines off
    ([("Nơi", 60.0, "nhận:"), (":", 60.0, "Ủy"), ("Điều", 60.0, "2.")], ["Nơi", ":", "Điều"]),
    ([("-", 60.0, "TT"), (":", 160.0, "Ủy")], ["-", ":"]),
    ([("-", 60.0, "TT"), (":", 60.0, "12")], ["-", ":"]),
    ([("-", 60.0, "TT"), ("1.", 60.0, "Sở"), (":", 60.0, "Ủy")], ["-", "1.", ":"]),
])
def test_list_dash_read_as_colon(starts, expected):
    assert ocr.repair_list_dashes(starts) == expected


# "tổ chức" read with another tone or none on "tổ" ("các tố chức chính trị - xã hội tỉnh": the bodies asked to act not
# cut there, two responsibilities read as one): "tố", "tô" are words of their own, never before "chức".
@pytest.mark.parametrize("line, expected", [
    ("và các tố chức chính trị", "và các tổ chức chính trị"),
    ("CÁC TỒ CHỨC ĐOÀN THỂ", "CÁC TỔ CHỨC ĐOÀN THỂ"),
    ("tô chức thực hiện", "tổ chức thực hiện"),
    ("Tộ chức tuyên truyền", "Tổ chức tuyên truyền"),
    # must not: the words of their own, "tổ chức" read right, a pair with a comma inside
    ("tố cáo, khiếu nại", "tố cáo, khiếu nại"),
    ("tô màu bản đồ", "tô màu bản đồ"),
    ("tổ chức thực hiện", "tổ chức thực hiện"),
    ("tố, chức danh", "tố, chức danh"),
])
def test_to_chuc_told(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected
