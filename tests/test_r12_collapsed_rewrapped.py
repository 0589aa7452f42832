"""A text laid out in two columns with spaces (the header's issuer | national title, the closing's recipients |
signature), the spaces collapsed by a legal site that then re-wrapped the lines at its own width. Two breaks
fall where no reader looked for one (round R12: G11's economic-zone board's .txt in legal-site-md, -3 header
fields, -2 recipients):

- inside the national title, its first word ending the issuer's line ("UBND TỈNH VẠN NINH CỘNG" / "HÒA XÃ HỘI
  CHỦ NGHĨA VIỆT NAM"): the issuer read as "... Vạn Ninh Cộng Hòa". `text.national_title_unwrapped` moves the
  title's words to the line under it;
- inside the signer's title beside a recipient ("- UBND tỉnh (b/c); PHÓ" / "TRƯỞNG BAN"): the collapsed
  signature's reading (text._uncollapsed_signature) stopped at the wrapped line. The rest in capitals now
  joins the item's tail.

Must-not rows: a line ending "CỘNG" over a line that is not the title's rest, the title whole on its line; a
recipient's wrapped line in sentence case. Texts invented."""

from __future__ import annotations

import pytest

from extractors.formats.base import read
from extractors.layout.text import national_title_unwrapped


@pytest.mark.parametrize("text, want", [
    ("SỞ XÂY DỰNG TỈNH BẮC HÀ CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
     "SỞ XÂY DỰNG TỈNH BẮC HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"),
    ("UBND HUYỆN ĐÔNG SƠN CỘNG HÒA XÃ HỘI\n\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     "UBND HUYỆN ĐÔNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
])
def test_title_words_moved(text, want):
    assert national_title_unwrapped(text) == want


@pytest.mark.parametrize("text", [
    "UBND TỈNH BẮC HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",      # the title whole on its line
    "BÁO CÁO TỔNG CỘNG\nHOẠT ĐỘNG NĂM 2025\n",                      # "CỘNG" over no title's rest
    "CHI CỤC THUẾ KHU VỰC CỘNG\nĐỒNG\n",                            # another word after it
])
def test_title_stays(text):
    assert national_title_unwrapped(text) == text


def _texts(md: str) -> list[str]:
    return [b.text for b in read(md.encode("utf-8"), "x.md").blocks if b.text]


def test_signer_title_wrapped_beside_recipient():
    got = _texts("Tổ chức thực hiện./.\n\nNơi nhận: KT. GIÁM ĐỐC\n\n- Bộ Công Thương (b/c); PHÓ\nGIÁM ĐỐC\n\n"
                 "- Các phòng thuộc Sở;\n\n- Lưu: VT, QLCN.\n\nĐặng Quốc Việt\n")
    at = got.index("Nơi nhận:")
    assert got[at + 1:at + 8] == ["- Bộ Công Thương (b/c);", "- Các phòng thuộc Sở;", "- Lưu: VT, QLCN.",
                                  "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Quốc Việt"][:7]


def test_sentence_case_wrap_stays_with_item():
    got = _texts("Nơi nhận: KT. GIÁM ĐỐC\n\n- Bộ Công Thương (b/c); PHÓ GIÁM ĐỐC\n\n- Ủy ban nhân dân các\n"
                 "huyện, thị xã;\n\n- Lưu: VT.\n\nĐặng Quốc Việt\n")
    assert not any(t == "huyện, thị xã;" for t in got)


def test_header_read_whole():
    got = _texts("SỞ XÂY DỰNG TỈNH BẮC HÀ CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                 "Số: 41/KH-SXD\n\nBắc Hà, ngày 3 tháng 9 năm 2026\n\nKẾ HOẠCH\n")
    assert "SỞ XÂY DỰNG TỈNH BẮC HÀ" in got and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in got
