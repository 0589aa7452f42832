"""Round IMG6: the OCR path's repairs and costs (tests/renditions/ARCHIVE_SCANS.md)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_heading


@pytest.mark.parametrize("cell, expected", [
    # must repair: a heading of two words or more whose vowels lost their marks too (bold capitals in a photo)
    ("TONG CỌNG", "TỔNG CỘNG"), ("Tong cong", "Tổng cộng"), ("NOI DUNG", "NỘI DUNG"),
    ("Nguon von", "Nguồn vốn"), ("DON VI CHU TRI", "ĐƠN VỊ CHỦ TRÌ"), ("THOI GIAN THUC HIEN", "THỜI GIAN THỰC HIỆN"),
    ("NGAN SACH DIA PHUONG", "NGÂN SÁCH ĐỊA PHƯƠNG"),
    # must not: a heading read right, one word alone, a cell with more in it, a name, a unit
    ("TỔNG CỘNG", "TỔNG CỘNG"), ("Tổng cộng", "Tổng cộng"), ("TONG", "TONG"), ("Công", "Công"), ("Tòng", "Tòng"),
    ("TONG CONG 5", "TONG CONG 5"), ("Cong trinh", "Cong trinh"), ("Tong Van Cong", "Tong Van Cong"),
    ("Noi dung khac", "Noi dung khac"),
])
def test_a_heading_read_without_its_vowels_marks(cell, expected):
    assert repair_heading(cell) == expected


@pytest.mark.parametrize("size", [1, 3, 5, 9, 11])
@pytest.mark.parametrize("share", [0.0, 0.001, 0.02, 0.3, 0.95])
def test_a_mask_grown_as_pils_max_filter_grows_it(size, share):
    """ocr.dilated is PIL's MaxFilter on a mask (the stamp's and the pen's edges), edges and corners too."""
    rng = np.random.default_rng(size * 1000 + int(share * 1000))
    for h, w in ((1, 1), (7, 40), (40, 7), (33, 51)):
        mask = rng.random((h, w)) < share
        pil = np.asarray(Image.fromarray(mask.astype(np.uint8) * 255, "L").filter(ImageFilter.MaxFilter(size))) > 0
        assert (ocr.dilated(mask, size) == pil).all()


# A Party committee's level word read with a wrong tone before "ỦY" ("TĨNH ỦY" on a header's second
# line): the issuer is then no committee
@pytest.mark.parametrize("words, expected", [
    # must repair
    (["TĨNH", "ỦY"], ["TỈNH", "ỦY"]),
    (["TÍNH", "ỦY", "BẮC", "GIANG"], ["TỈNH", "ỦY", "BẮC", "GIANG"]),
    (["HUYỀN", "ÚY", "MƯỜNG", "LA"], ["HUYỆN", "ỦY", "MƯỜNG", "LA"]),
    (["THANH", "ỦY", "CAM", "LỘ"], ["THÀNH", "ỦY", "CAM", "LỘ"]),
    (["DẢNG", "ỦY", "XÃ", "AN", "PHÚ"], ["ĐẢNG", "ỦY", "XÃ", "AN", "PHÚ"]),
    # must not: the army's committee ("QUÂN ỦY"), a district's, a level word read right, lower case,
    # a level word not before "ỦY", a rank
    (["QUÂN", "ỦY", "TRUNG", "ƯƠNG"], ["QUÂN", "ỦY", "TRUNG", "ƯƠNG"]),
    (["QUẬN", "ỦY", "HAI", "CHÂU"], ["QUẬN", "ỦY", "HAI", "CHÂU"]),
    (["TỈNH", "ỦY", "HÒA", "VÂN"], ["TỈNH", "ỦY", "HÒA", "VÂN"]),
    (["Tĩnh", "ủy"], ["Tĩnh", "ủy"]),
    (["YÊN", "TĨNH"], ["YÊN", "TĨNH"]),
    (["THƯỢNG", "ÚY", "LÊ", "AN"], ["THƯỢNG", "ÚY", "LÊ", "AN"]),
])
def test_a_party_committees_level_word(words, expected):
    assert ocr.repair_party_committee(words) == expected
