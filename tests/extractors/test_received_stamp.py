"""A received-document stamp read by OCR above a plan's header ("ĐẾN Số: 1275 Ngày:
16/4/2026") gives no document number; the document's own "Số:" line does. Invented."""

import pytest

from pipeline.process import process

HEADER = ("UBND TỈNH LÂM ĐỒNG\n{stamp}\nỦY BAN NHÂN DÂN\nHUYỆN ĐƠN DƯƠNG\n{number}\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐơn Dương, ngày 9 tháng 4 năm 2026\n"
          "KẾ HOẠCH\nPhòng chống dịch bệnh trên cây trồng năm 2026\n")


@pytest.mark.parametrize("stamp, number, expected", [
    ("Số: 1275 Ngày: 16/4/2026", "Số: 88/KH-UBND", "88/KH-UBND"),
    ("ĐẾN Số: 46 ngày 17/4", "Số: 88/KH-UBND", "88/KH-UBND"),
    ("Số: 1275, Ngày 16/4/2026", "Số: 12 /KH-UBND", "12/KH-UBND"),
    # must stay: a document number, with or without its date after it
    ("Chuyển: Phòng NN", "Số: 88/KH-UBND", "88/KH-UBND"),
    ("", "Số: 07/2026/NQ-HĐND", "07/2026/NQ-HĐND"),
])
def test_a_received_stamp_gives_no_number(stamp, number, expected):
    text = HEADER.format(stamp=stamp, number=number).replace("\n\n", "\n")
    assert process("dd.txt", text.encode()).dump["number"] == expected
