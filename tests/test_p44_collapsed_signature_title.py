"""A signature in two columns whose spacing was squeezed (a scrape, a tokenizer's output of `pdftotext -layout`):
"Nơi nhận: TM. ỦY BAN NHÂN DÂN" / "- Sở Tài chính; KT. CHỦ TỊCH" / "- TT Tỉnh ủy;" / "PHÓ CHỦ TỊCH" / "- Lưu: VT." /
the name. The title's last line alone between two recipients (beside a recipient's wrapped line) had ended the
recipients there, the rest of them and the name read before the signature's titles: no signer. It is the right
column's line (layout.text._uncollapsed_signature). And an annex's heading right under the signature ("Biểu số
01", "PHỤ LỤC") is no line of the signature's columns (layout.text.NOT_A_COLUMN_LINE). A Party committee's "T/M"
opens such a signature as "TM." does, and a recipient wrapped to a line in small letters ("- Các chi bộ, đảng bộ cơ sở
trực" / "thuộc; Vàng Seo Lử") goes on the recipients, the name glued after it the right column's. Round P44 (the invented
plans as word-segmented text); names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_recipients, extract_signature
from extractors.formats import read

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM HÀ\nSố: 52/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLâm Hà, ngày 12 tháng 2 năm 2027\n\nKẾ HOẠCH\nNạo vét kênh mương năm 2027\n"
        "I. MỤC TIÊU\nNạo vét 120 km kênh mương nội đồng.\n")


def _doc(text: str):
    return build_document(read(text.encode(), "plan.txt"))


@pytest.mark.parametrize("signature, name, title, recipients", [
    # must: the title's last line alone between two recipients, the name after a blank line, an annex after it
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Nông nghiệp và Môi trường; KT. CHỦ TỊCH\n- TT Tỉnh ủy, TT HĐND tỉnh;\n"
     "PHÓ CHỦ TỊCH\n- Các sở, ban, ngành;\n- Lưu: VT, NN.\n\nHoàng Văn Thái\nBiểu số 01\n"
     "DANH MỤC KÊNH MƯƠNG NẠO VÉT\n",
     "Hoàng Văn Thái", "Phó Chủ tịch", 4),
    # must: a director's, his title alone between the recipients, the name right under the last one
    ("Nơi nhận: KT. GIÁM ĐỐC\n- UBND tỉnh (b/c);\nPHÓ GIÁM ĐỐC\n- Các phòng chuyên môn;\n- Lưu: VT.\nĐinh Thị Mai\n"
     "PHỤ LỤC\nCÁC NHIỆM VỤ CỤ THỂ\n",
     "Đinh Thị Mai", "Phó Giám đốc", 3),
    # must: a Party committee's "T/M", a recipient wrapped, its rest with the name glued after it
    ("Nơi nhận: T/M BAN THƯỜNG VỤ\n- Tỉnh ủy (b/c); PHÓ BÍ THƯ\n- Các chi bộ, đảng bộ cơ sở trực\n"
     "thuộc; Vàng Seo Lử\n- Lưu Văn phòng Huyện ủy.\nPHỤ LỤC\nCÁC NHIỆM VỤ CỤ THỂ\n",
     "Vàng Seo Lử", "Phó Bí thư", 3),
])
def test_a_title_line_alone_between_recipients(signature, name, title, recipients):
    doc = _doc(HEAD + signature)
    signer = extract_signature(doc)
    assert signer["name"] == name and signer["title"] == title
    assert len(extract_recipients(doc)) == recipients


def test_every_title_beside_a_recipient_reads_as_before():
    # must not: each title line beside a recipient (none alone between them): read as before
    doc = _doc(HEAD + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Tài chính; CHỦ TỊCH\n- Các sở, ban, ngành;\n- Lưu: VT.\n\n"
               "Lò Văn Sinh\n")
    signer = extract_signature(doc)
    assert signer["name"] == "Lò Văn Sinh" and signer["title"] == "Chủ tịch"
    assert len(extract_recipients(doc)) == 3
