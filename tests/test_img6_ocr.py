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


def _tsv(words):
    """TSV word rows: (line, text, conf, (left, top, width, height)) each, in one block and paragraph."""
    return [["5", "1", "1", "1", str(line), str(k + 1), *(str(v) for v in box), str(conf), text]
            for k, (line, text, conf, box) in enumerate(words)]


# A capital's tone mark on a cell's second line read as a sign at the end of the line above:
# "Sở Tài :" / "chính; Ủy" (the agency then cut in two)
@pytest.mark.parametrize("last, kept", [
    # must drop: a sign read unsurely, mark-sized, just over a word of the next line
    ((":", 51.0, (227, 74, 11, 12)), False),
    (("'", 40.0, (230, 70, 6, 10)), False),
    ((".", 60.0, (240, 80, 5, 6)), False),
    # must keep: read surely, a letter, as tall as a letter, far above the next line, over no word
    # of it, or not the line's last word (below)
    ((":", 92.0, (227, 74, 11, 12)), True),
    (("a", 51.0, (227, 74, 11, 12)), True),
    ((":", 51.0, (227, 40, 11, 40)), True),
    ((":", 51.0, (227, 20, 11, 12)), True),
    ((":", 51.0, (400, 74, 11, 12)), True),
    ((".", 50.0, (200, 60, 6, 7)), True),  # a stop on its own line's foot
    ((":", 55.0, (196, 40, 8, 20)), True),  # a colon beside its line's words
])
def test_a_mark_of_the_next_line_read_as_a_sign(last, kept):
    rows = _tsv([(1, "Sở", 96.0, (25, 20, 68, 48)), (1, "Tài", 96.7, (108, 23, 84, 45)), (1, *last),
                 (2, "chính;", 96.3, (23, 86, 163, 51)), (2, "Ủy", 96.5, (211, 90, 73, 52))])
    texts = [r[11] for r in ocr.without_marks_of_next_line(rows)]
    assert (last[0] in texts) == kept
    assert [t for t in texts if t != last[0]] == ["Sở", "Tài", "chính;", "Ủy"]


def test_a_sign_inside_a_line_is_kept():
    rows = _tsv([(1, "Tài", 96.7, (108, 23, 84, 45)), (1, ":", 51.0, (227, 74, 11, 12)), (1, "x", 90.0, (300, 23, 20, 45)),
                 (2, "Ủy", 96.5, (211, 90, 73, 52))])
    assert [r[11] for r in ocr.without_marks_of_next_line(rows)] == ["Tài", ":", "x", "Ủy"]


# A number line on a phone's photo whose "S" the page read as "B" or "8" and its colon as a stop
# ("BỐ.4d/1TBUBMND..,." for "Số: 41/TB-UBND"): told as a number line, it is read again alone
@pytest.mark.parametrize("read, start, told", [
    # must tell
    ("BỐ.4d/1TBUBMND..,.", "SỐ.4d/1TBUBMND..,.", True),
    ("8ố: 57/KH-UBND", "Số: 57/KH-UBND", True),
    ("Bố:12/QĐ-UBND", "Số:12/QĐ-UBND", True),
    ("Số.41/TB-UBND", "Số.41/TB-UBND", True),
    # must not: lines that start so but are no number line
    ("Bố trí 5 xe", "Bố trí 5 xe", False),
    ("BÔ 5 chiếc", "BÔ 5 chiếc", False),
    ("BỘ CÔNG AN", "BỘ CÔNG AN", False),
    ("Bộ 4 tiêu chí", "Bộ 4 tiêu chí", False),
    ("8 ô tô", "8 ô tô", False),
    ("Sở Y tế", "Sở Y tế", False),
    ("Số lượng 120 người", "Số lượng 120 người", False),
])
def test_a_number_lines_s_read_as_b(read, start, told):
    assert ocr._line_start(read) == start
    assert ocr.number_line_told(ocr._line_start(read)) == told
