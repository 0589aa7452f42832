"""A signature whose authority and title lines a reader gives as one paragraph ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": a PDF's
lines set close together, a Word file's one paragraph with its lines run together): a paragraph a line in every
reader (extractors/formats/base.py lines_put_back, as the text readers already did), so that the signer's title is
read.

Must-not rows: a paragraph of prose that opens with a title's words, a paragraph that is one title alone. Names
invented."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument

from extractors.blocks import RawBlock, RawDocument
from extractors.document import build_document
from extractors.fields.header import extract_signature
from extractors.formats.base import lines_put_back, read


@pytest.mark.parametrize("text, lines", [
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),  # must
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),  # must
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]),  # must
    ("CHỦ TỊCH", ["CHỦ TỊCH"]),  # must not: one line
    ("Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.",
     ["Giám đốc các sở chịu trách nhiệm thi hành Quyết định này."]),  # must not: prose
])
def test_a_signatures_paragraph_a_line(text, lines):
    raw = lines_put_back(RawDocument([RawBlock("paragraph", text, {"paragraph": 1})]))
    assert [b.text for b in raw.blocks] == lines


def test_a_word_files_signature_paragraph_gives_the_title():
    w = WordDocument()
    for line in ["ỦY BAN NHÂN DÂN", "XÃ HÒA ĐỊNH", "Số: 41/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Hòa Định, ngày 05 tháng 4 năm 2029", "KẾ HOẠCH",
                 "Phổ biến pháp luật năm 2029", "I. MỤC TIÊU", "Nâng cao hiểu biết pháp luật của Nhân dân./.",
                 "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Đỗ Minh Quân"]:
        w.add_paragraph(line)
    buf = io.BytesIO()
    w.save(buf)
    doc = build_document(read(buf.getvalue(), "kh.docx"))
    assert extract_signature(doc) == {"name": "Đỗ Minh Quân", "title": "Chủ tịch", "authority": ["TM. Ủy ban nhân dân"]}
