"""Hold-out round W: shapes met in the invented documents of round W whose fix sits in a
normalizer and is checked on whole documents of our own here.

A word-segmented text (a tokenizer's output, "Ủy_ban nhân_dân", spaces around punctuation)
is de-segmented whatever the format that holds it: a text file by its reader, the blocks of a
Word file or a page by the normalizer (normalizers.text.normalize_many). A document with a
few underscores of its own (an e-mail, a blank to fill in) keeps them."""

from __future__ import annotations

import io

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats import read
from normalizers.text import normalize_many


def _docx(lines: list[str]) -> bytes:
    import docx
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


SEGMENTED = [
    "ỦY_BAN NHÂN_DÂN", "XÃ PHÚ_LỘC", "Số : 17/KH - UBND", "CỘNG_HÒA XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM",
    "Phú_Lộc , ngày 03 tháng 4 năm 2026", "KẾ_HOẠCH", "Phòng , chống dịch sốt_xuất_huyết năm 2026",
    "Căn_cứ Quyết_định số 210/QĐ - UBND ngày 12/3/2026 của Ủy_ban nhân_dân tỉnh Lâm_Sơn ;",
    "I. MỤC_TIÊU", "- 100 % ổ dịch được xử_lý kịp_thời ;", "II. TỔ_CHỨC THỰC_HIỆN",
    "1 . Trạm Y_tế xã : chủ_trì , phối_hợp với các thôn giám_sát ổ dịch .",
]


@pytest.mark.parametrize("blocks, want", [
    # must match: the blocks of a segmented document
    (["Ủy_ban nhân_dân tỉnh ban_hành Kế_hoạch như sau :", "- Sở Tài_chính chủ_trì , phối_hợp với Sở Y_tế ;",
      "Căn_cứ Quyết_định số 565 / QĐ - TTg ;", "( Bằng chữ : Hai tỷ đồng ) ."],
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "- Sở Tài chính chủ trì, phối hợp với Sở Y tế;",
      "Căn cứ Quyết định số 565/QĐ-TTg;", "(Bằng chữ: Hai tỷ đồng)."]),
    # must not match: a document's own underscores (an e-mail, a file name, a blank to fill in)
    (["Liên hệ: nguyen_van_an@hoason.gov.vn; tệp ke_hoach_2026.docx", "Họ và tên: ____________",
      "Địa chỉ: thon_1, xa_2, huyen_3, tinh_4; ghi rõ: ...", "Sở Tài chính chủ trì, phối hợp với Sở Y tế."],
     ["Liên hệ: nguyen_van_an@hoason.gov.vn; tệp ke_hoach_2026.docx", "Họ và tên: ____________",
      "Địa chỉ: thon_1, xa_2, huyen_3, tinh_4; ghi rõ: ...", "Sở Tài chính chủ trì, phối hợp với Sở Y tế."]),
])
def test_normalize_many_desegments_a_segmented_document_only(blocks, want):
    assert normalize_many(blocks) == want


def test_a_segmented_text_in_word_reads_as_its_text_file():
    doc = build_document(read(_docx(SEGMENTED), "plan.docx"))
    text = build_document(read("\n".join(SEGMENTED).encode(), "plan.txt"))
    assert "_" not in doc.text
    head, head_txt = extract_header(doc), extract_header(text)
    assert head["number"] == head_txt["number"] == "17/KH-UBND"
    assert head["issuer"]["name"] == head_txt["issuer"]["name"] == "Ủy ban nhân dân xã Phú Lộc"
    assert head["title"] == head_txt["title"]
