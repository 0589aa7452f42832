"""Round G63: Outlook's winmail.dat (application/ms-tnef) holds a message's attachments; its files are read as the
e-mail's attachments (extractors.formats.tnef, extractors.formats.eml._tnef_files), each named by its long name where
the MAPI properties give one, else by its 8.3 title, its extension made right from its bytes."""

from __future__ import annotations

import struct

import pytest

from extractors.formats import eml, tnef
from tests.invented.build_g63 import _mapi_long, _mapi_string8, _mapi_unicode, _namhung_docx, _namhung_xlsx, \
    _TNEF_SIGNATURE, _tnef_attr, _winmail

DOCX = _namhung_docx()
XLSX = _namhung_xlsx()


def _bare(files: list[tuple[str, bytes, list[bytes]]]) -> bytes:
    """A TNEF stream of attachments given as (8.3 title, bytes, MAPI properties), no message attributes."""
    out = struct.pack("<IH", _TNEF_SIGNATURE, 0x0101)
    for title, data, props in files:
        out += _tnef_attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0, 0, 0, 0))
        out += _tnef_attr(2, 0x00018010, title.encode("ascii") + b"\0")
        out += _tnef_attr(2, 0x0006800F, data)
        if props:
            out += _tnef_attr(2, 0x00069005, struct.pack("<I", len(props)) + b"".join(props))
    return out


# must match: (stream, the names the e-mail reader gives its files)
MUST = [
    (_winmail([("KHOACH~1.DOC", "Kế hoạch 12-KH-UBND.docx", ".docx", DOCX),
               ("PHULUC~1.XLS", "Phụ lục kinh phí.xlsx", ".xlsx", XLSX)]),
     ["Kế hoạch 12-KH-UBND.docx", "Phụ lục kinh phí.xlsx"]),
    # no MAPI properties: the 8.3 title, its ".DOC" told a Word 2007 file by its bytes
    (_bare([("KEHOAC~1.DOC", DOCX, [])]), ["KEHOAC~1.docx"]),
    # a long name with no extension (a name typed by hand), in an 8-bit string
    (_bare([("BAOCAO~1", XLSX, [_mapi_long(0x3705, 1), _mapi_string8(0x3707, "Bao cao quy II")])]),
     ["Bao cao quy II.xlsx"]),
    # the display name where no long file name is given; a named property before it
    (_bare([("DUTOAN~1.XLS", XLSX, [struct.pack("<HH", 0x0003, 0x8005) + b"\x01" * 16 + struct.pack("<II", 0, 7)
                                    + struct.pack("<I", 1), _mapi_unicode(0x3001, "Dự toán năm 2028.xlsx")])]),
     ["Dự toán năm 2028.xlsx"]),
]

# must not: (stream, names) - no stream, a stream cut short, a file the readers do not take
MUST_NOT = [
    (b"PK\3\4 not a tnef stream", []),
    (_bare([("KHOACH~1.DOC", DOCX, [])])[:-40], []),  # (the data cut: the attribute is dropped)
    (_bare([("LOGO.GIF", b"GIF89a" + b"\0" * 30, [])]), []),
    (struct.pack("<IH", _TNEF_SIGNATURE, 1) + _tnef_attr(1, 0x00078008, b"IPM.Note\0"), []),
]


@pytest.mark.parametrize("stream, names", MUST + MUST_NOT)
def test_tnef_files_named_by_what_they_are(stream, names):
    assert [n for n, _ in eml._tnef_files(stream)] == names


def test_a_cut_stream_keeps_the_files_before_the_cut():
    whole = _bare([("A.DOCX", DOCX, []), ("B.XLSX", XLSX, [])])
    assert [n for n, _ in tnef.files(whole[:-100])] == ["A.DOCX"]


def test_an_outlook_message_reads_its_plan_from_winmail_dat():
    from tests.invented.build_g63 import namhung_eml
    from extractors.formats.base import read
    raw = read(namhung_eml(), "thu.eml")
    texts = [b.text for b in raw.blocks if b.text]
    assert texts[:3] == ["ỦY BAN NHÂN DÂN", "XÃ NAM HƯNG", "Số: 45/KH-UBND"]
    assert any(b.location.get("attachment") == 2 and b.kind == "table" for b in raw.blocks)  # (the annex after it)
    assert not any("Kính gửi" in t for t in texts)  # (the cover note is no part of it)
