"""Probe round G: 8-bit Vietnamese text files whose encoding charset detection misnames.

Each row encodes an invented text of our own, decodes it with the text reader and checks the
encoding chosen and a phrase the text must (or must not) read as after the legacy conversion.
"""

from __future__ import annotations

import unicodedata

import pytest

from extractors.formats.base import convert_legacy
from extractors.formats.text import decode, read
from viparse.normalize.encodings import CHARMAPS

PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
        "TỈNH ĐIỆN BIÊN\tĐộc lập - Tự do - Hạnh phúc\r\n"
        "Số: 642/KH-UBND\tĐiện Biên, ngày 17 tháng 8 năm 2026\r\n"
        "Kế hoạch nâng cấp hệ thống thủy lợi phục vụ sản xuất nông nghiệp giai đoạn 2026 - 2028.\r\n"
        "Tổng kinh phí thực hiện là 36.200 triệu đồng, trong đó ngân sách tỉnh 11.700 triệu đồng.\r\n"
        "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện thực hiện.\r\n")
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: base letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out.append((base + "".join(c for c in parts if c in TONES)).encode("cp1258"))
    return b"".join(out)


def legacy(text: str, name: str) -> bytes:
    """Text in a TCVN3/VNI font code, saved as 8-bit bytes (an upper-case toned letter takes
    its lower-case code, as the TCVN3 capital fonts do)."""
    back = {}
    for code, letter in CHARMAPS[name].pairs:
        back.setdefault(unicodedata.normalize("NFC", letter), code)
    out = "".join(back.get(ch, back.get(ch.lower(), ch) if name == "tcvn3" else ch) for ch in text)
    return out.encode("cp1252")


CASES = [
    # (id, bytes, encoding chosen, must read, must not read)
    ("windows-1258", cp1258(PLAN), "cp1258", "phối hợp với Ủy ban nhân dân", "\ufffd"),
    # (a TCVN3 capital font writes toned capitals with the lower-case codes; converted before the layout,
    # the header's two columns set with a tab are read one after the other, as in the Unicode text)
    ("tcvn3 bytes", legacy(PLAN, "tcvn3"), "cp1252",
     "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 642/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "l\u0303"),
    ("vni bytes", legacy(PLAN, "vni"), "cp1252", "phối hợp với Ủy ban nhân dân", "Ā"),
    ("utf-16 with bom", "\ufeff".encode("utf-16-le") + PLAN.encode("utf-16-le"), None, "phối hợp với Ủy ban nhân dân", "\ufeff"),
    # must not: a French Latin-1 text is neither Vietnamese nor legacy and keeps its letters
    ("latin-1 french", ("Le conseil régional a approuvé le budget de l'année, "
                        "après une séance très animée où chacun a pu s'exprimer librement. " * 8).encode("latin-1"),
     None, "approuvé le budget", "approuvĩ"),
]


@pytest.mark.parametrize("name,data,encoding,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_eight_bit_vietnamese_is_read(name, data, encoding, must, must_not):
    text, found = decode(data)
    if encoding is not None:
        assert found == encoding
    doc = convert_legacy(read(data, name + ".txt"))
    joined = unicodedata.normalize("NFC", "\n".join(b.text for b in doc.blocks))
    assert must in joined
    assert must_not not in joined


CAPITALS = [
    # (TCVN3 text after conversion, expected)
    ("ủY BAN NHÂN DÂN\tCộNG HòA Xã HộI CHủ NGHĩA VIệT NAM", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("KẾ HOạCH", "KẾ HOẠCH"),
    ("TM. ủY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("KT. CHủ TịCH    Hà Giang, ngày 02 tháng 5 năm 2026", "KT. CHỦ TỊCH    Hà Giang, ngày 02 tháng 5 năm 2026"),
    # capitals run on into running text on one line (a document on one line, a heading before its sentence)
    ("ủY BAN NHÂN DÂN Xã NGọC LÂM CộNG HòA Xã HộI CHủ NGHĨA VIệT NAM Độc lập - Tự do",
     "ỦY BAN NHÂN DÂN XÃ NGỌC LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do"),
    ("Kế HOạCH Phòng, chống dịch bệnh năm 2026", "KẾ HOẠCH Phòng, chống dịch bệnh năm 2026"),
    ("- Lưu: VT. TM. ủY BAN NHÂN DÂN CHủ TịCH Lò Văn Tú", "- Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lò Văn Tú"),
    # must not: sentence case, abbreviations and names stay
    ("Kế hoạch thực hiện năm 2026", "Kế hoạch thực hiện năm 2026"),
    ("Xã Tân Lập có UBND Xã và HĐND xã", "Xã Tân Lập có UBND Xã và HĐND xã"),
    ("Sở Y tế chủ trì, phối hợp với Hà Nội và TP. Hồ Chí Minh", "Sở Y tế chủ trì, phối hợp với Hà Nội và TP. Hồ Chí Minh"),
    ("Số: 77/KH-UBND\tHà Giang, ngày 02 tháng 5 năm 2026", "Số: 77/KH-UBND\tHà Giang, ngày 02 tháng 5 năm 2026"),
    ("Xã Tân Lập", "Xã Tân Lập"),
    ("Đỗ Thị Bích Ngọc", "Đỗ Thị Bích Ngọc"),
]


@pytest.mark.parametrize("text,expected", CAPITALS)
def test_tcvn3_capitals_restored(text, expected):
    from normalizers.legacy import restore_capitals
    assert restore_capitals(text) == expected
