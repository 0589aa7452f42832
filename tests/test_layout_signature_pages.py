"""A signature set in two columns (Nơi nhận | TM. ỦY BAN NHÂN DÂN) that a page break cuts, as
pdftotext -layout writes it: each page's columns are set anew, so on the next page the right
column (the signer's name) stands further left than it did above the break, and the left
column's line the break cut goes on there ("- Các phòng, ban thuộc" / "huyện;   Lê Văn Hùng").
The band is read column by column over the break (extractors.layout.text.two_columns).
Invented signatures (helper Q6b, hold-out round)."""

import pytest

from extractors.layout.text import read_text

BODY = ["   KẾ HOẠCH", "   Phát triển nông nghiệp hữu cơ huyện Đăk Glei năm 2027", "",
        "   4. Ủy ban nhân dân các xã: tổ chức thực hiện Kế hoạch trên địa bàn.", ""]

# the band above the break, then the next page's first line, then the rest of the left column
ABOVE = BODY + [
    "Nơi nhận:                             TM. ỦY BAN NHÂN DÂN",
    "- UBND tỉnh Kon Tum (b/c);            KT. CHỦ TỊCH",
    "- TT Huyện ủy, TT HĐND huyện;         PHÓ CHỦ TỊCH",
    "- Các phòng, ban, đơn vị thuộc",
]
REST = ["- UBND các xã;", "- Lưu: VT, NN."]
CUT = ABOVE + ["\fhuyện;                     Lê Văn Hùng"] + REST
# the same cut where the next page keeps the columns where they were
KEPT = ABOVE + ["\fhuyện;                                Lê Văn Hùng"] + REST
# a band that ends a page, and the next page's first line in two parts is a table's row
ENDS = BODY + [
    "Nơi nhận:                             TM. ỦY BAN NHÂN DÂN",
    "- UBND tỉnh Kon Tum (b/c);            CHỦ TỊCH",
    "- Lưu: VT, NN.                        Lê Văn Hùng",
    "\fPHỤ LỤC",
    "DANH MỤC MÔ HÌNH HỮU CƠ",
]


def paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(lines) + "\n")
    return [b.text for b in blocks if b.text]


@pytest.mark.parametrize("lines", [CUT, KEPT], ids=["columns-moved", "columns-kept"])
def test_signature_read_over_the_page_break(lines):
    got = paragraphs(lines)
    at = got.index("Nơi nhận:")
    assert got[at:at + 6] == ["Nơi nhận:", "- UBND tỉnh Kon Tum (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
                              "- Các phòng, ban, đơn vị thuộc huyện;", "- UBND các xã;", "- Lưu: VT, NN."], got[at:]
    assert got[at + 6:at + 10] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng"], got[at:]


def test_band_ends_at_a_title_on_the_next_page():
    got = paragraphs(ENDS)
    assert "PHỤ LỤC" in got and "Lê Văn Hùng" in got, got
    assert not any("PHỤ LỤC" in g and g != "PHỤ LỤC" for g in got), got
