"""A scan's header words as OCR reads them with a space lost ("BỘCÔNGAN", "ỦY BANNHÂN DÂN") or
with specks read as signs at a line's ends ("-- BỘ CÔNG AN \""): found on a real scan of a central
task force's plan (its ministry's line glued and framed by specks, so its level was lost); the
rows use other bodies and places."""

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats.base import RawBlock, RawDocument
from extractors.formats.vi_syllable import unglued, repair_vocabulary


@pytest.mark.parametrize("line, expected", [
    ("BỘCÔNGAN", "BỘ CÔNG AN"),  # a ministry's name read as one word
    ("-- BỘYTẾ \"", "-- BỘ Y TẾ \""),  # the signs around it kept
    ("ỦYBAN NHÂN DÂN TỈNH HÀ NAM", "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"),  # two of four words glued
    ("ỦY BANNHÂN DÂN HUYỆN ĐÔNG SƠN", "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN"),
    ("SỞTÀI CHINH", "SỞ TÀI CHÍNH"),  # glued and a mark lost
    ("PHÓCHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("BÔ QUỐC PHONG", "BỘ QUỐC PHÒNG"),  # a ministry read with marks lost (no glue)
    # must not: no phrase's letters, a space inside a phrase's word, mixed case, a sign inside
    ("BANHÀNH", "BANHÀNH"),
    ("BỘCÔNG", "BỘCÔNG"),
    ("BỘCÔ NGAN", "BỘCÔ NGAN"),
    ("Bộcôngan", "Bộcôngan"),
    ("KT.CHỦTỊCH", "KT.CHỦTỊCH"),
    ("TỔ CÔNG TÁC", "TỔ CÔNG TÁC"),
])
def test_a_header_phrase_read_with_a_space_lost(line, expected):
    assert " ".join(repair_vocabulary(line.split())) == expected


def test_the_words_keep_their_number():
    """Each word read is a box on the page: a glued word becomes one word holding spaces."""
    assert unglued(["ỦYBAN", "NHÂN", "DÂN"]) == ["ỦY BAN", "NHÂN", "DÂN"]


TAIL = ["Số: 214/KH-TCTLN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Kiểm tra tiền chất năm 2026"]


def _issuer(lines: list[str], ocr: bool = True) -> dict:
    meta = {"page": 1, "ocr": True} if ocr else {"page": 1}
    raw = RawDocument([RawBlock("paragraph", t, dict(meta)) for t in lines], metadata={"ocr": True} if ocr else {})
    return extract_header(build_document(raw))["issuer"]


@pytest.mark.parametrize("parent", ["-- BỘ Y TẾ \"", "' BỘ Y TẾ", "BỘ Y TẾ ._", "BỘ Y TẾ"])
def test_a_scans_parent_line_framed_by_specks_gives_its_rank(parent):
    issuer = _issuer([parent, "ĐOÀN KIỂM TRA LIÊN NGÀNH", *TAIL])
    assert (issuer["name"], issuer["level"]) == ("Đoàn kiểm tra liên ngành", "ministry")


def test_a_typed_header_keeps_its_signs():
    """must not: a text that is no OCR reading is read as written (a sign before the body stays)."""
    issuer = _issuer(["-- BỘ Y TẾ \"", "ĐOÀN KIỂM TRA LIÊN NGÀNH", *TAIL], ocr=False)
    assert issuer["level"] != "ministry"


@pytest.mark.parametrize("line, expected", [
    # a Chi cục read with a hook it does not have (dev p22 as a scan: its responsibility lost)
    ("6. Chỉ cục Quản lý thị trường: Tăng cường kiểm tra", "6. Chi cục Quản lý thị trường: Tăng cường kiểm tra"),
    ("CHỈ CỤC KIỂM LÂM TỈNH", "CHI CỤC KIỂM LÂM TỈNH"),
    ("- Chỉ cục Thuế khu vực II;", "- Chi cục Thuế khu vực II;"),
    # must not: "chỉ cục bộ" (only locally), a command's "Chỉ huy", a head word with no name after it
    ("chỉ cục bộ một số xã", "chỉ cục bộ một số xã"),
    ("Chỉ cục bộ thôi", "Chỉ cục bộ thôi"),
    ("Chỉ huy trưởng Ban Chỉ huy", "Chỉ huy trưởng Ban Chỉ huy"),
])
def test_a_chi_cuc_read_with_a_mark_it_does_not_have(line, expected):
    from extractors.formats.ocr import repair_line
    assert " ".join(repair_line(line.split())) == expected
