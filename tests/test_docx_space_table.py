"""A Word file of prose paragraphs with one table typed with spaces in it (a .txt pasted into
Word) is read as a text file is, so that its table is read as a table (round Q's department
plan as a Word file lost its budget table: docx renditions 0.990 -> 0.997)."""

import io

import pytest
from docx import Document as Word

from extractors.formats.docx import _space_table
from pipeline.process import process

LINES = ["SỞ Y TẾ", "Số: 21/KH-SYT", "Cà Ná, ngày 03 tháng 4 năm 2026", "KẾ HOẠCH", "Tiêm chủng mở rộng năm 2026",
         "I. MỤC ĐÍCH", "Bảo đảm tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi trên địa bàn tỉnh.",
         "II. KINH PHÍ", "Đơn vị tính: triệu đồng",
         "STT   Nội dung                     Tổng cộng    Ngân sách tỉnh    Ngân sách huyện",
         "1     Mua vắc xin                  1.200        900               300",
         "2     Truyền thông                 150          150               -",
         "      Tổng cộng                    1.350        1.050             300",
         "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn Nam"]


def _docx(lines: list[str]) -> bytes:
    doc = Word()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_space_typed_table_in_a_word_file_of_prose_is_read_as_a_table():
    record = process("plan.docx", _docx(LINES)).record
    items = {(i.row_label, i.source, i.amount_vnd) for i in record.budget.items}
    assert ("Mua vắc xin", "local", 900_000_000) in items
    assert ("Tổng cộng", "total", 1_350_000_000) in items


@pytest.mark.parametrize("texts, table", [
    (LINES, True),
    (LINES[:11], False),  # must not: two rows in a row are no table yet
    (["Nơi nhận:        KT. GIÁM ĐỐC", "- UBND tỉnh;      PHÓ GIÁM ĐỐC", "- Lưu: VT.        Lê Văn Nam"], True),  # a signature
    (["ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN BA BỂ        Độc lập - Tự do - Hạnh phúc",
      "Số: 12/KH-UBND        Ba Bể, ngày 3 tháng 6 năm 2026"], False),  # must not: a header in two columns
    (["Nơi nhận:        KT. GIÁM ĐỐC", "- UBND tỉnh;", "- Lưu: VT.        Lê Văn Nam"], True),  # the head beside it
    (["Nơi nhận: UBND tỉnh; Sở Y tế", "- UBND tỉnh;      Sở Y tế", "- Lưu: VT."], False),  # must not: no signature beside
])
def test_space_table(texts, table):
    assert _space_table(texts) is table


def test_recipients_and_signature_typed_side_by_side_in_a_word_file():
    lines = [*LINES[:7], "Nơi nhận:                                   KT. GIÁM ĐỐC",
             "- UBND tỉnh (b/c);                          PHÓ GIÁM ĐỐC", "- Các phòng thuộc Sở;",
             "- Lưu: VT, NVY.", "                                            Hà Văn Tùng"]
    record = process("plan.docx", _docx(lines)).record
    assert (record.signer.name, record.signer.title) == ("Hà Văn Tùng", "Phó Giám đốc")
    assert list(record.recipients) == ["UBND tỉnh", "Các phòng thuộc Sở", "Lưu: VT, NVY"]
