"""A header whose two columns were copied one space apart, a row of cells a line (a PDF
viewer's copy, `pdftotext -raw`): the national title's wrapped last word goes back to it, the
number and the place and date (and two rules side by side) become a line each. Table-driven,
must-match and must-not-match rows; all text invented."""

import pytest

from extractors.layout.text import Line, joined_header
from pipeline.process import process


def _lines(text: str) -> list[Line]:
    return [Line(n, t, 1) for n, t in enumerate(text.split("\n"), 1)]


CASES = [
    ("title's last word wrapped",
     "UBND HUYỆN KRÔNG NĂNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do - Hạnh phúc",
     ["UBND HUYỆN KRÔNG NĂNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
    ("title's last two words wrapped",
     "SỞ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     ["SỞ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
    ("number then place and date",
     "SỞ Y TẾ\nSố: 88/KH-SYT Hà Tiên, ngày 21 tháng 5 năm 2026\nKẾ HOẠCH",
     ["SỞ Y TẾ", "Số: 88/KH-SYT", "Hà Tiên, ngày 21 tháng 5 năm 2026", "KẾ HOẠCH"]),
    ("party number, no colon",
     "ĐẢNG ỦY XÃ PHÚ LỘC\nSố 07-CTr/ĐU Phú Lộc, ngày 02 tháng 6 năm 2026",
     ["ĐẢNG ỦY XÃ PHÚ LỘC", "Số 07-CTr/ĐU", "Phú Lộc, ngày 02 tháng 6 năm 2026"]),
    ("two rules side by side",
     "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n-------- ---------------\nSố: 3/TB-SYT",
     ["SỞ Y TẾ Độc lập - Tự do - Hạnh phúc", "--------", "---------------", "Số: 3/TB-SYT"]),
    # must not: left as they are
    ("whole title on the line", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN TÂY GIANG\nĐộc lập - Tự do - Hạnh phúc",
     None),
    ("a number cited with its date, no place", "Số: 12/KH-UBND ngày 5 tháng 3 năm 2026 của UBND tỉnh\nKẾ HOẠCH", None),
    ("a lower-case line before the title", "căn cứ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM", None),
    ("the next line is no end of the title", "UBND TỈNH AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nSỞ Y TẾ", None),
    ("a rule and a word", "-------- Số: 3/TB-SYT", None),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_joined_header(name, text, want):
    got = [ln.text for ln in joined_header(_lines(text))]
    assert got == (want if want is not None else text.split("\n"))


PLAN = """UBND TỈNH TÂY LĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc
-------- ---------------
Số: 88/KH-SNNMT Tây Lĩnh, ngày 21 tháng 5 năm 2026
KẾ HOẠCH
Phòng, chống hạn hán, xâm nhập mặn năm 2026
I. MỤC TIÊU
Bảo đảm đủ nước sinh hoạt cho 100% hộ dân vùng ven biển.
II. TỔ CHỨC THỰC HIỆN
1. Chi cục Thủy lợi chủ trì theo dõi nguồn nước.
"""


def test_joined_header_in_a_plan():
    header = process("plan.txt", PLAN.encode()).record.model_dump(mode="json")
    assert header["number"] == "88/KH-SNNMT"
    assert header["place"] == "Tây Lĩnh"
    assert header["issued_date"] == "2026-05-21"
    assert header["issuer"]["name"] == "Sở Nông nghiệp và Môi trường tỉnh Tây Lĩnh"
