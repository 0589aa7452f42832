"""A signature in two columns (`pdftotext -layout`) that a page break cuts after a recipient, its name on the
next page beside a recipient and a little left of where the longest recipient ended, round R14 (G13's
department plan from a web page, pdf-layout: signer -1, recipients -1 +1):

    Nơi nhận:                               GIÁM ĐỐC
    - Bộ Nông nghiệp và Môi trường (b/c);
    <page break>
    - UBND tỉnh (b/c);
    - UBND đặc khu Cồn Lau;             Lê Văn Tâm
    - Lưu: VT, TS.

The band ended at the page break (only a line of two columns went on), and the name line alone was read as
one text ("UBND đặc khu Cồn Lau; Lê Văn Tâm"). `text.two_columns` goes on over a page break with a recipient
of the left column (an item's mark first), and a centred name whose line's own gap is wide may start up to
three columns left of where the left column's longest line ended (`_centred_name`).

Must-not rows: a title after the page break ("PHỤ LỤC"), a band with no signature item, a right piece that is
no person's name. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

TOP = ("4. Các phòng chuyên môn triển khai thực hiện Kế hoạch này.\n\n"
       "Nơi nhận:                                      TRƯỞNG BAN\n\n"
       "- Ban Tuyên giáo Tỉnh ủy Hà Giang Tây (b/c);\n\f")
BOTTOM = ("- Thường trực Huyện ủy;\n\n"
          "- Các xã, thị trấn;                        {name}\n\n"
          "- Lưu: VP.\n\n")


def texts(text: str) -> list[str]:
    blocks, _ = read_text(text)
    return [b.text for b in blocks if b.text]


@pytest.mark.parametrize("name, pad", [("Đoàn Minh Khuê", 0), ("Nông Văn Thạch", 0), ("Nông Văn Thạch", 6)])
def test_name_after_page_break(name, pad):
    # (pad 0: the name starts left of where the longest recipient ends; 6: right of it)
    got = texts(TOP + BOTTOM.format(name=" " * pad + name))
    assert name in got
    assert "- Các xã, thị trấn;" in got
    assert not any(name in t and t != name for t in got)


def test_title_after_page_break_not_taken():
    got = texts(TOP + "PHỤ LỤC\n\nDANH MỤC CÁC NHIỆM VỤ\n")
    assert "PHỤ LỤC" in got and "TRƯỞNG BAN" in got


@pytest.mark.parametrize("right", ["Kinh phí 2.500", "(đã ký)"])
def test_right_piece_no_name(right):
    # no person's name beside the recipient: the line stays as it was read before
    got = texts(TOP + BOTTOM.format(name=right))
    assert not any(t == right for t in got)
