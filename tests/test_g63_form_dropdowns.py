"""Round G63: a Word template's legacy drop-down form field (FORMDROPDOWN) has no run text: Word draws its chosen
entry, which the reader now writes in as the field's text (extractors.formats.docx_hidden.show_dropdowns); a typed
FORMTEXT keeps its result runs, a check box adds nothing, a drop-down inside another field's code stays unshown."""

from __future__ import annotations

import pytest

from extractors.formats.base import read
from tests.invented.build_g53 import _docx
from tests.invented.build_g61 import _zip_bytes
from tests.invented.build_g63 import _checkbox, _dropdown, _para, _rpr, _textfield


def _text(runs: str) -> str:
    raw = read(_zip_bytes(_docx(_para(runs))), "mau.docx")
    return "\n".join(b.text for b in raw.blocks if b.text)


def _t(text: str) -> str:
    return f'<w:r>{_rpr()}<w:t xml:space="preserve">{text}</w:t></w:r>'


# (the paragraph's runs, what it reads)
MUST = [
    (_t("ỦY BAN NHÂN DÂN ") + _dropdown("Cap", ["TỈNH", "THÀNH PHỐ"], 1) + _t(" ")
     + _dropdown("Ten", ["CẦN LỘC", "ĐÔNG SA", "BẮC VÂN"], 2), "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC VÂN"),
    (_dropdown("Loai", ["QUYẾT ĐỊNH", "KẾ HOẠCH"], None), "QUYẾT ĐỊNH"),  # (no result: the first entry)
    (_t("Phòng ") + _dropdown("Phong", ["Nội vụ", "Tài chính - Kế hoạch", "Y tế"], 1), "Phòng Tài chính - Kế hoạch"),
    (_t("Số: ") + _textfield("So", "07", "   ") + _t("/BC-UBND"), "Số: 07/BC-UBND"),
]
# must not: what the field shows stays what it was
MUST_NOT = [
    (_checkbox("Kem", True) + _t(" Gửi kèm Phụ lục"), "Gửi kèm Phụ lục"),
    (_dropdown("Rong", [], 0) + _t("Tổ công tác"), "Tổ công tác"),  # (no entries: nothing drawn)
    (_dropdown("Ngoai", ["Hà Sơn", "Lạc Đông"], 7) + _t(" huyện"), "Hà Sơn huyện"),  # (an index past the list)
]


@pytest.mark.parametrize("runs, shown", MUST + MUST_NOT)
def test_form_fields_read_as_word_shows_them(runs, shown):
    assert _text(runs).strip() == shown


def test_a_dropdown_in_another_fields_code_is_not_shown():
    rpr = _rpr()
    outer = (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r>{rpr}<w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
             + _dropdown("Trong", ["Ông", "Bà"], 1)
             + f'<w:r>{rpr}<w:instrText xml:space="preserve"> = "Bà" "Kính gửi Bà" "Kính gửi Ông" </w:instrText></w:r>'
             f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>' + _t("Kính gửi Bà")
             + f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    assert _text(outer).strip() == "Kính gửi Bà"
