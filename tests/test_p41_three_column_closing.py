"""A closing set in three narrow cells of a borderless Word table printed to PDF: the recipients' list in two
columns, the signature's authority, title and name centred in the third. A recipient's line of the first column
reaches to a few points of the second column's next line ("- TT Tỉnh ủy, TT HĐND" 7 pt before "tỉnh;"), which
PDF words group as one segment; the first column's last recipients run on after the second column and the
signature's lines ended. Each column is read whole, in turn (extractors.layout.words.line_items:
_cut_at_column_start, _column_of_three). Names and positions invented (round P41); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 11.0
LETTER = 6.0
GAP = 3.5
LEFT = 85.0
AXIS = 450.0
STEP = 15.0


def words(x0: float, top: float, text: str) -> list[dict]:
    out, x = [], x0
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + LETTER * len(w), "top": top, "bottom": top + H})
        x += LETTER * len(w) + GAP
    return out


def width(text: str) -> float:
    return LETTER * len(text.replace(" ", "")) + GAP * text.count(" ")


def centred(top: float, text: str) -> list[dict]:
    return words(AXIS - width(text) / 2, top, text)


SECOND = LEFT + width("- TT Tỉnh ủy, HĐND tỉnh") + 7.0  # the first column's widest line 7 pt before the second


def lines(page: list[dict]) -> list[str]:
    return [item[2] for kind, item in W.line_items(W.lines_of(page)) if kind == "line"]


def closing(first: list[str], second: list[str], signature: list[str], second_at: float | None = None,
            top: float = 500.0) -> list[dict]:
    """Three columns line by line from `top`: the first column's lines at LEFT, the second's at `second_at`
    (flush left), the signature's centred on AXIS (the caller picks the texts and `second_at`: a line of the
    first column may reach to a few points of the second's start)."""
    page: list[dict] = []
    second_at = SECOND if second_at is None else second_at
    for n in range(max(len(first), len(second), len(signature))):
        y = top + n * STEP
        if n < len(first) and first[n]:
            page += words(LEFT, y, first[n])
        if n < len(second) and second[n]:
            page += words(second_at, y, second[n])
        if n < len(signature) and signature[n]:
            page += centred(y, signature[n])
    return page


# (the first column's third line is 22 letters wide: it ends 4.5 pt before the second column's start)
FIRST = ["Nơi nhận:", "- Bộ Nội vụ;", "- Báo Lâm Sơn;", "- TT Tỉnh ủy, HĐND tỉnh", "(b/c);",
         "- CT, các PCT UBND", "tỉnh;", "- Đài PT-TH tỉnh;", "- Lưu: VT, KGVX."]
SECOND_COL = ["", "- Sở Tài chính;", "- Các sở, ban, ngành", "tỉnh;", "- UBND các huyện;", "- Cổng TTĐT tỉnh;"]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "", "Lò Văn Thắm"]


def test_each_column_is_read_whole_in_turn():
    page = closing(FIRST, SECOND_COL, SIGNATURE)
    # the run-on line: its first words end a few points before the second column's "tỉnh;"
    row = [w for w in page if w["top"] == 500.0 + 3 * STEP]
    assert [w["text"] for w in row][-1] == "tỉnh;" and 0 < row[-1]["x0"] - row[-2]["x1"] < W.COLUMN_GAP
    got = lines(page)
    first = [x for x in FIRST if x]
    second = [x for x in SECOND_COL if x]
    # must: the first column whole (its last lines after the other columns ended), then the second, then the signature
    assert got[:len(first)] == first
    assert got[len(first):len(first) + len(second)] == second
    assert got[len(first) + len(second):] == [x for x in SIGNATURE if x]


@pytest.mark.parametrize("gap", [6.0, 9.0])
def test_another_cut_of_the_columns(gap):
    # must: other widths, another province's lists; the second column starts `gap` points after the first's
    # widest line
    first = ["Nơi nhận:", "- Bộ Nội vụ;", "- Báo Sơn Hà;", "- Thường trực Tỉnh ủy,", "HĐND tỉnh;", "- Ban Dân vận;"]
    second = ["", "- UBMTTQVN tỉnh;", "- Các hội, đoàn", "thể tỉnh;", "- UBND các xã;", ""]
    sign = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Minh Đức"]
    page = closing(first, second, sign, second_at=LEFT + max(width(x) for x in first) + gap)
    got = lines(page)
    assert got[:len(first)] == first
    assert got[len(first):len(first) + 4] == [x for x in second if x]


def test_a_centred_signature_sets_no_column_start():
    # must not: recipients beside a centred signature only; a long recipient's line reaching near the signature's
    # words is not cut at them (no flush-left column there)
    first = ["Nơi nhận:", "- Như trên;", "- Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh;", "- Lưu: VT."]
    sign = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Vi Thị Hoa"]
    page = closing(first, [], sign)
    assert first[2] in lines(page)


def test_a_paragraph_after_the_band_stays_whole():
    # must not: a paragraph line after the closing's band, two lines' distance below it, whose word happens to
    # start where the second column starts, is one line
    page = closing(FIRST[:3], SECOND_COL[:3], SIGNATURE[:3])
    prose = "Ghi chú: các đơn vị gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 15 hằng tháng."
    line = words(LEFT, 500.0 + 2 * STEP + 3 * H, prose)
    # (shift the line so that one of its words starts at the second column's start)
    shift = SECOND - next(w["x0"] for w in line if w["x0"] > SECOND - LETTER * 6)
    line = [{**w, "x0": w["x0"] + shift, "x1": w["x1"] + shift} for w in line]
    assert any(abs(w["x0"] - SECOND) < 0.01 for w in line)
    assert prose in lines(page + line)
