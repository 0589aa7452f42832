"""A signature table whose cells a scrape flattened into one paragraph each ("Nơi nhận: - A; - B;
- Lưu: VT." | "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Thắm"), printed in its narrow
columns and copied back out of the PDF (`pdftotext -raw`): each cell's wrapped lines one under
the other, the recipients first ("Nơi nhận: - Sở Y tế; -" / "Lưu: VT, KT." ...), then the
signature ("TM. ỦY BAN NHÂN DÂN KT. CHỦ" / "TỊCH PHÓ CHỦ TỊCH Hồ Văn Lực"). Each cell is one text
again, split where its lines started (extractors.layout.cells.wrapped_signature_cells)."""

from __future__ import annotations

from extractors.layout.cells import wrapped_signature_cells
from pipeline.process import process

BODY = """KẾ HOẠCH
Tiêm chủng mở rộng năm 2027
I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, hướng dẫn các đơn vị triển khai tiêm chủng.
"""

WRAPPED = BODY + """Nơi nhận: - Bộ Y tế (b/c); - TT
Tỉnh ủy, TT HĐND tỉnh; - Các
sở, ban, ngành tỉnh; - Lưu: VT,
KGVX.
TM. ỦY BAN NHÂN DÂN KT. CHỦ
TỊCH PHÓ CHỦ TỊCH Hồ Văn Lực
"""


def test_the_cells_are_split_where_their_lines_started():
    out = wrapped_signature_cells(WRAPPED).split("\n")
    tail = out[out.index("Nơi nhận:"):]
    assert tail[:9] == ["Nơi nhận:", "- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                        "- Lưu: VT, KGVX.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ Văn Lực"]


def test_the_signer_and_recipients_of_a_wrapped_signature():
    rec = process("kh.txt", WRAPPED.encode("utf-8")).dump
    assert rec["signer"]["name"] == "Hồ Văn Lực" and rec["signer"]["title"] == "Phó Chủ tịch"
    assert rec["recipients"] == ["Bộ Y tế", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành tỉnh", "Lưu: VT, KGVX"]


# must not: recipients already a line each, or a list on one line that ends there
def test_other_recipient_lists_are_left_as_they_are():
    for text in (BODY + "Nơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHồ Văn Lực\n",
                 BODY + "Nơi nhận: - Bộ Y tế; - Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHồ Văn Lực\n"):
        assert wrapped_signature_cells(text) == text


# the signature's columns copied line by line beside the recipients: the signer's name on the line
# of the last recipient, "- Lưu: VT." (the archive's line, always the list's last)
BESIDE = BODY + """Nơi nhận: GIÁM ĐỐC
- Bộ Y tế (b/c);
- Sở Tài chính;
- Lưu: VT, NVY. Đặng Thị Hoa
"""

INTERLEAVED = BODY + """Nơi nhận:
- UBND huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
- Các thôn;
- Lưu: VT. Hoàng Văn Nhất
"""


def test_the_name_beside_the_archive_line_is_the_signer():
    rec = process("kh.txt", BESIDE.encode("utf-8")).dump
    assert rec["signer"]["name"] == "Đặng Thị Hoa" and rec["recipients"][-1] == "Lưu: VT, NVY"
    rec = process("kh.txt", INTERLEAVED.encode("utf-8")).dump
    assert rec["signer"]["name"] == "Hoàng Văn Nhất" and rec["recipients"][-1] == "Lưu: VT"


def test_an_archive_line_naming_offices_stays():
    text = BODY + "Nơi nhận:\n- Bộ Y tế;\n- Lưu: VT, Phòng KHTC.\nGIÁM ĐỐC\nĐặng Thị Hoa\n"
    assert wrapped_signature_cells(text) == text


def test_a_laid_out_signature_keeps_the_name_in_its_column():
    text = BODY + ("   Nơi nhận:                                      KT. GIÁM ĐỐC\n"
                   "   - Bộ Y tế (b/c);                               PHÓ GIÁM ĐỐC\n"
                   "   - Lưu: VT, NVY.                                Đặng Thị Hoa\n")
    assert wrapped_signature_cells(text) == text
    assert process("kh.txt", text.encode("utf-8")).dump["signer"]["name"] == "Đặng Thị Hoa"


def test_an_officers_rank_before_the_name_beside_the_archive_line():
    text = BODY + "Nơi nhận: GIÁM ĐỐC\n- Bộ Công an (để b/c);\n- Lưu: VT, PC07. Thượng tá Lò Văn Quyết\n"
    rec = process("kh.txt", text.encode("utf-8")).dump
    assert rec["signer"]["name"] == "Lò Văn Quyết" and rec["recipients"][-1] == "Lưu: VT, PC07"
