"""A signature's recipients run on as a paragraph ("- A; - B; -") beside the signer's column, cut by a page break in
the middle of an item, round R20 (G19's province scheme, a Markdown signature cell printed to PDF, pdftotext
-layout: pdf-layout 2/4/4 recipients, R19's and IMG16's "left"):

    Nơi nhận: - Bộ Văn hóa, Thể thao      TM. ỦY BAN NHÂN DÂN CHỦ
    và Du lịch; - TT Tỉnh ủy, TT HĐND     TỊCH Hà Minh Khôi
    <page break>
    tỉnh; - Các sở, ban, ngành tỉnh; -
    Lưu: VT, KGVX.

`text.two_columns` took a signature band over a page break only with a line that opens a recipient ("- UBND tỉnh
(b/c);"); the rest of an item ("tỉnh; - Các sở, ...") ended the band, read after the signature apart from its item:
'tỉnh' and 'tỉnh; - Các sở, ban, ngành tỉnh; - Lưu: VT, KGVX' two recipients. A line in small letters left of the
columns' strip, after a left line of items that ends in no item's end (";", ".", ":", ","), goes on with the band.

Must-not row: after a left line that closed its item ("...; - TT HĐND tỉnh;"), a line in small letters after the
page break is not taken as that item's rest (the band ends at the page break as before; so it does for a line that
opens with a capital or reaches into the right column, which the rule asks for as well). Names invented."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """\
ỦY BAN NHÂN DÂN
TỈNH {P}
Số: 14/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{Place}, ngày 12 tháng 3 năm 2027

KẾ HOẠCH

Phát triển du lịch cộng đồng năm 2027

I. MỤC TIÊU

Thu hút 150 nghìn lượt khách đến các bản du lịch cộng đồng.

II. TỔ CHỨC THỰC HIỆN

Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện Kế hoạch.



{l1}TM. ỦY BAN NHÂN DÂN CHỦ
{l2}TỊCH {Name}
\f{l3}
{l4}
"""


def recipients(**kw) -> list[str]:
    kw = {**kw, "l1": kw["l1"].ljust(40), "l2": kw["l2"].ljust(40)}  # the right column at one place
    text = DOC.format(**kw)
    return process("plan.txt", text.encode("utf-8")).record.recipients


CASES = [
    ("must", dict(P="SƠN LAM", Place="Sơn Lam", Name="Đào Quang Vinh",
                  l1="Nơi nhận: - Bộ Văn hóa, Thể thao", l2="và Du lịch; - TT Tỉnh ủy, TT HĐND",
                  l3="tỉnh; - Các sở, ban, ngành tỉnh; -", l4="Lưu: VT, VX."),
     ["Bộ Văn hóa, Thể thao và Du lịch", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành tỉnh", "Lưu: VT, VX"]),
    ("must: the cut after an item's first word", dict(P="BẢO NINH", Place="Bảo Ninh", Name="Lò Thị Mai",
                  l1="Nơi nhận: - Tổng cục Du lịch;", l2="- TT Tỉnh ủy; - UBND các",
                  l3="huyện, thành phố; - Lưu: VT.", l4=""),
     ["Tổng cục Du lịch", "TT Tỉnh ủy", "UBND các huyện, thành phố", "Lưu: VT"]),
]


@pytest.mark.parametrize("why, kw, expected", CASES, ids=[c[0] for c in CASES])
def test_recipients_over_a_page_break(why, kw, expected):
    assert recipients(**kw) == expected


# must-not: the left line closed its item (";"): the line after the page break is not taken as that item's rest
def test_closed_item_not_glued():
    got = recipients(P="SƠN LAM", Place="Sơn Lam", Name="Đào Quang Vinh",
                     l1="Nơi nhận: - Bộ Văn hóa, Thể thao", l2="và Du lịch; - TT HĐND tỉnh;",
                     l3="căn cứ kết quả, các sở báo cáo hằng quý.", l4="")
    assert not any("căn cứ" in r for r in got)
