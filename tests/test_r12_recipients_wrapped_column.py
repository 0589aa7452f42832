"""A recipients' cell that a scrape flattened to one paragraph ("Nơi nhận: - UBND tỉnh (b/c); - Giám đốc, các PGĐ
Sở; - ..."), printed in its narrow column and copied out of the PDF with its layout: the column's lines are read
as paragraphs, the first ending on the next item's dash ("Nơi nhận: - UBND tỉnh (b/c); -" / "Giám đốc, các PGĐ
Sở; - Các đơn vị trực thuộc; - Lưu: VT, NVY."), and no recipient was read (round R12: G11's health department
plan in pdf-layout, 0 of 4). `cells.recipients_paragraphs` joins the run down to the paragraph that ends the
list with a period and sets an item a paragraph. Must-not rows: a list already an item a paragraph, one item,
a run into the signature, a list never closed. Texts invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock
from extractors.formats.text import read
from extractors.layout.cells import recipients_paragraphs


def _paras(*texts):
    return [RawBlock("paragraph", t, {"line": k}) for k, t in enumerate(texts)]


@pytest.mark.parametrize("texts, want", [
    (("Nơi nhận: - Bộ Tài chính (b/c); -", "Thường trực HĐND huyện; - Các xã, thị trấn; - Lưu: VT, TCKH."),
     ["Nơi nhận:", "- Bộ Tài chính (b/c);", "- Thường trực HĐND huyện;", "- Các xã, thị trấn;", "- Lưu: VT, TCKH."]),
    (("Nơi nhận: - Sở Công Thương; - Phòng", "Kinh tế các huyện; - Lưu: VP."),
     ["Nơi nhận:", "- Sở Công Thương;", "- Phòng Kinh tế các huyện;", "- Lưu: VP."]),
    (("Nơi nhận: - Cục Thuế tỉnh; - Lưu: VT.",),
     ["Nơi nhận:", "- Cục Thuế tỉnh;", "- Lưu: VT."]),
])
def test_run_on_recipients_split(texts, want):
    got = recipients_paragraphs(_paras(*texts, "KT. CHỦ TỊCH"))
    assert [b.text for b in got] == want + ["KT. CHỦ TỊCH"]


@pytest.mark.parametrize("texts", [
    ("Nơi nhận:", "- Sở Y tế;", "- Lưu: VT."),                       # an item a paragraph already
    ("Nơi nhận: - Như trên.", "GIÁM ĐỐC"),                           # one item
    ("Nơi nhận: - Sở Nội vụ; -", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),   # runs into the signature
    ("Nơi nhận: - Sở Nội vụ; - Phòng", "Tư pháp huyện; - Lưu"),     # never closed with a period
])
def test_others_stay(texts):
    got = recipients_paragraphs(_paras(*texts))
    assert [b.text for b in got] == list(texts)


def test_laid_out_closing():
    text = ("4. Các phòng chuyên môn: tổ chức thực hiện./.\n\n\n"
            "Nơi nhận: - Bộ Tài chính (b/c); -        KT. CHỦ TỊCH PHÓ CHỦ TỊCH\n"
            "Thường trực HĐND huyện; - Các xã,     Vũ Đình Tân\n"
            "thị trấn; - Lưu: VT, TCKH.\n")
    got = [b.text for b in read(text.encode("utf-8"), "x.txt").blocks]
    assert "- Thường trực HĐND huyện;" in got and "- Lưu: VT, TCKH." in got and "Vũ Đình Tân" in got
