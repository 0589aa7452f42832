"""A closing typed in two columns with spaces (the recipients left, the signature right), its spaces lost by a
copy, then kept a paragraph a line by a reader that keeps paragraphs (a Word file made from the text, a page, its
Markdown): "Nơi nhận: KT. TRƯỞNG BAN" / "- UBND tỉnh (b/c); PHÓ TRƯỞNG BAN" / "- Lưu: VT, VP." / "Hoàng Gia Bảo".
The text reader sets such lines in two columns again (text._uncollapsed_signature); a paragraph reader did not,
and Markdown's escaped dash ("\\- UBND tỉnh") kept the text reader from it too: a recipient was read as "UBND
tỉnh ; PHÓ TRƯỞNG BAN" (round R12: G11's economic-zone board's .txt in pandoc-md, gdocs-html, tcvn3-html; round
R11 left G10's health centre's the same way: "Nơi nhận: GIÁM ĐỐC" / ... / "- Lưu: VT. Lại Văn Bình").
`text.collapsed_signature_blocks` (after every reader) reads the paragraphs as the two columns. Must-not rows: a
"Nơi nhận:" with a recipient after it in sentence case, a list with no signature beside it. Texts invented."""

from __future__ import annotations

import pytest

from extractors.formats.base import read


def _texts(data: bytes, name: str) -> list[str]:
    return [b.text for b in read(data, name).blocks if b.text]


def _html(*paragraphs: str) -> bytes:
    return ("<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>").encode("utf-8")


@pytest.mark.parametrize("data, name, recipients, signature", [
    (_html("Điều 3. Tổ chức thực hiện.", "Nơi nhận: KT. GIÁM ĐỐC", "- Sở Tài chính (b/c); PHÓ GIÁM ĐỐC",
           "- Các phòng chuyên môn;", "- Lưu: VT, KHTC.", "Trần Minh Khoa"), "x.html",
     ["- Sở Tài chính (b/c);", "- Các phòng chuyên môn;", "- Lưu: VT, KHTC."],
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Minh Khoa"]),
    (_html("Nơi nhận: CHỦ TỊCH", "- Thường trực HĐND xã;", "- Các thôn, bản;", "- Lưu: VP. Vi Thị Nga"), "x.html",
     ["- Thường trực HĐND xã;", "- Các thôn, bản;", "- Lưu: VP."], ["CHỦ TỊCH", "Vi Thị Nga"]),
    ("Tổ chức thực hiện./.\n\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n\n\\- Sở Nội vụ; KT. CHỦ TỊCH\n\n"
     "\\- Lưu: VT. PHÓ CHỦ TỊCH\n\nLục Văn Sình\n".encode("utf-8"), "x.md",
     ["- Sở Nội vụ;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lục Văn Sình"]),
])
def test_two_columns_again(data, name, recipients, signature):
    got = _texts(data, name)
    at = got.index("Nơi nhận:")
    assert got[at + 1:at + 1 + len(recipients)] == recipients
    assert got[at + 1 + len(recipients):at + 1 + len(recipients) + len(signature)] == signature


@pytest.mark.parametrize("paragraphs", [
    ("Nơi nhận: Sở Y tế và các đơn vị", "- Lưu: VT."),             # a recipient, not a signature
    ("Nơi nhận: KT. GIÁM ĐỐC", "- Sở Tư pháp;", "- Lưu: VT."),      # no tail, no name: nothing beside the list
])
def test_others_stay(paragraphs):
    assert _texts(_html(*paragraphs), "x.html") == list(paragraphs)
