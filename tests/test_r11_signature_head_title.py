"""The recipients' column and the signature beside it flattened into one paragraph, where the head signs in his
own name (no "TM." / "KT." before his title): "Nơi nhận: - UBND tỉnh (b/c); - Sở Tài chính; - Lưu: VT, KHTH.
GIÁM ĐỐC Đỗ Quang Minh" (a converter's page of a Word file whose closing table it wrote as one paragraph; round
R11: G10's ODA board plan in word-html lost its signer, and its last recipient read "Lưu: VT, KHTH. GIÁM ĐỐC Đỗ
Quang Minh"). layout.one_line put such a signature back on its lines only after an authority ("TM.", "KT.");
a head's title after the list's end is taken too. Must-not rows: a title with no name after it, a title inside
the list (a recipient), an authority's body in capitals with no signer. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.one_line import put_back_header_and_signature


@pytest.mark.parametrize("text, want", [
    ("Nơi nhận: - UBND tỉnh (b/c); - Sở Tài chính; - Lưu: VT, KHTH.\u00a0\u00a0 GIÁM ĐỐC Đỗ Quang Minh",
     "Nơi nhận: - UBND tỉnh (b/c); - Sở Tài chính; - Lưu: VT, KHTH.\nGIÁM ĐỐC\nĐỗ Quang Minh"),
    ("Nơi nhận: - Như trên; - Lưu: VP. CHỦ TỊCH Hà Văn Lâm",
     "Nơi nhận: - Như trên; - Lưu: VP.\nCHỦ TỊCH\nHà Văn Lâm"),
    ("Nơi nhận: - Các phòng chuyên môn; - Lưu: VT. TRƯỞNG BAN Vi Thị Ngọc Hà",
     "Nơi nhận: - Các phòng chuyên môn; - Lưu: VT.\nTRƯỞNG BAN\nVi Thị Ngọc Hà"),
])
def test_head_signature_put_back(text, want):
    assert put_back_header_and_signature(text) == want


@pytest.mark.parametrize("text", [
    "Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC",                                # no name after the title
    "Nơi nhận: Như trên; GIÁM ĐỐC Sở Y tế; Lưu: VT.",                          # a recipient, not a signature
    "Nơi nhận: - Như trên; - Lưu: VT, KT. TM. UBND TỈNH.",                     # a body in capitals, no signer
    "Nơi nhận: - Như trên; - Lưu: VT.",
])
def test_others_stay(text):
    assert put_back_header_and_signature(text) == text


def test_a_title_after_an_authority_is_the_authority_s():
    text = "Nơi nhận: - Như trên; - Lưu: VT, TH. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nông Văn Tư"
    assert put_back_header_and_signature(text).split("\n")[:2] == ["Nơi nhận: - Như trên; - Lưu: VT, TH.", "KT. CHỦ TỊCH"]
