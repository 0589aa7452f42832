"""A browser's running header (the print's time beside the page's title, "12/6/26, 3:27 PM" | "Kế hoạch ... - Sở
Xây dựng") or footer (the page's address beside its count) at a page's edge opens no band of columns: on a page that
opens with the closing's recipients beside the signature it took the first two lines into a band that ended at the
first recipient set alone, and the signer's "(Đã ký)" and name came after the page's last lines, lost (round IMG32's
Chromium print of a portal page, on every scan kind and in its own text layer). Words, names and lines invented
(round P48); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.words import page_items


def seg(x0: float, x1: float, top: float, text: str, size: float = 11.0) -> list[dict]:
    toks = text.split()
    unit = (x1 - x0) / (sum(len(t) for t in toks) + len(toks) - 1)
    out, x = [], x0
    for t in toks:
        out.append({"x0": x, "x1": x + len(t) * unit, "top": top, "bottom": top + size, "text": t, "size": size,
                    "fontname": "Times", "upright": True})
        x += (len(t) + 1) * unit
    return out


CLOSING = (seg(36, 100, 31.7, "Nơi nhận:") + seg(396, 488, 30.2, "KT. GIÁM ĐỐC")
           + seg(36, 247, 45.6, "- Sở Tài chính;") + seg(392, 492, 44.4, "PHÓ GIÁM ĐỐC")
           + seg(36, 140, 60, "- UBND tỉnh;") + seg(36, 123, 74.2, "- Công an tỉnh;") + seg(420, 462, 74.4, "(Đã ký)")
           + seg(36, 110, 103, "- Lưu: VT.") + seg(390, 470, 103, "Hà Minh Tâm"))
SIGNATURE = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Hà Minh Tâm"]
RECIPIENTS = ["Nơi nhận:", "- Sở Tài chính;", "- UBND tỉnh;", "- Công an tỉnh;", "- Lưu: VT."]


def lines(words: list[dict]) -> list[str]:
    return [p[2] for kind, p in page_items(words) if kind == "line"]


@pytest.mark.parametrize("top_line", [
    seg(25, 91, 16.6, "12/6/26, 3:27 PM", 8) + seg(188, 522, 15.6, "Kế hoạch phòng cháy - Sở Xây dựng tỉnh Tân Vân", 8),
    seg(25, 95, 16.6, "15:40 06/12/2026", 8) + seg(200, 522, 15.6, "Cổng thông tin điện tử tỉnh Tân Vân", 8),
])
def test_a_running_header_opens_no_band(top_line):
    got = lines(top_line + CLOSING)
    assert got[2:] == RECIPIENTS + SIGNATURE  # (the header's two parts first, each a line)


def test_without_a_running_header_the_closing_reads_as_before():
    assert lines(CLOSING) == RECIPIENTS + SIGNATURE


def test_a_header_band_of_two_columns_is_still_one():
    words = (seg(40, 200, 20, "ỦY BAN NHÂN DÂN") + seg(300, 560, 20, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
             + seg(55, 185, 34, "TỈNH TÂN VÂN") + seg(330, 530, 34, "Độc lập - Tự do - Hạnh phúc"))
    assert lines(words) == ["ỦY BAN NHÂN DÂN", "TỈNH TÂN VÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc"]
