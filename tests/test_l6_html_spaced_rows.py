"""A table typed with spaces in a Word file saved as a web page (round L6, tests/renditions/
converters.py word-html): MS Word's "Save as Web Page" writes each row as a <p class=MsoNormal>
whose runs of spaces are "<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>"; a browser shows
the columns apart. Three or more such paragraphs in a row, each with two gaps or more (three
columns), are read together as a text's lines are, so that the table is a table; a header or a
signature set in two columns, or a lone spaced line, is read as before."""

from __future__ import annotations

import re

import pytest

from extractors.formats import html as html_reader
from pipeline.process import process


def _sp(n: int) -> str:
    return "<span style='mso-spacerun:yes'>" + "&nbsp;" * (n - 1) + " </span>"


WIDTHS = (6, 20, 13, 18, 10)  # the columns the rows are typed to


def _p(*cells: str) -> str:
    """A row typed to WIDTHS, its spaces as Word writes them ("" for an empty cell)."""
    typed = "".join(c.ljust(w) for c, w in zip(cells, WIDTHS)).rstrip()
    text = re.sub(r" {2,}", lambda m: _sp(len(m[0])), typed)
    return f"<p class=MsoNormal><span lang=VI>{text}<o:p></o:p></span></p>\n"


ROWS = (_p("STT", "Nội dung", "Tổng cộng", "Ngân sách tỉnh", "Nguồn khác")
        + _p("1", "Mua hóa chất", "840", "600", "240") + _p("2", "Truyền thông", "210", "210", "-")
        + _p("", "Tổng cộng", "1.050", "810", "240"))
PAGE = ("<html><body><div class=WordSection1>"
        "<p class=MsoNormal>SỞ Y TẾ TỈNH NAM HÀ</p><p class=MsoNormal>Số: 41/KH-SYT</p>"
        "<p class=MsoNormal>Nam Hà, ngày 12 tháng 5 năm 2026</p><p class=MsoNormal>KẾ HOẠCH</p>"
        "<p class=MsoNormal>Phòng, chống dịch sốt xuất huyết năm 2026</p>"
        "<p class=MsoNormal>I. KINH PHÍ</p><p class=MsoNormal>Đơn vị tính: triệu đồng</p>"
        "{rows}<p class=MsoNormal>II. TỔ CHỨC THỰC HIỆN</p>"
        "<p class=MsoNormal>Trung tâm Kiểm soát bệnh tật chủ trì thực hiện.</p></div></body></html>")


def test_a_space_typed_table_in_words_web_page():
    record = process("plan.htm", PAGE.format(rows=ROWS).encode("utf-8")).record
    items = {(i.row_label, i.source, i.amount_vnd) for i in record.budget.items}
    assert ("Mua hóa chất", "local", 600_000_000) in items
    assert ("Tổng cộng", "total", 1_050_000_000) in items


def _kinds(rows: str) -> list[str]:
    page = f"<html><body><div>{rows}</div></body></html>"
    return [b.kind for b in html_reader.read(page.encode("utf-8"), "x.htm").blocks]


# (why, paragraphs, a table is read)
CASES = [
    ("must: rows of three columns or more", ROWS, True),
    ("must: gaps as plain no-break spaces", "".join(
        f"<p>{a}&nbsp;&nbsp;&nbsp;&nbsp;{b}&nbsp;&nbsp;&nbsp;&nbsp;{c}</p>" for a, b, c in
        (("Xã", "Số hộ", "Tỷ lệ"), ("Tân Lập", "1.200", "95%"), ("Tân Hòa", "980", "92%"))), True),
    ("must not: a header in two columns", "".join(
        f"<p>{a}{_sp(8)}{b}</p>" for a, b in (("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                              ("HUYỆN BA BỂ", "Độc lập - Tự do - Hạnh phúc"),
                                              ("Số: 12/KH-UBND", "Ba Bể, ngày 3 tháng 6 năm 2026"))), False),
    ("must not: two rows only", _p("1", "Mua hóa chất", "840", "600") + _p("2", "Truyền thông", "210", "210"), False),
    ("must not: plain spaces a browser collapses", "".join(
        f"<p>{a}      {b}      {c}</p>" for a, b, c in (("Xã", "Số hộ", "Tỷ lệ"), ("Tân Lập", "1.200", "95%"),
                                                       ("Tân Hòa", "980", "92%"))), False),
]


@pytest.mark.parametrize("why,rows,table", CASES, ids=[c[0] for c in CASES])
def test_spaced_rows(why, rows, table):
    assert ("table" in _kinds(rows)) is table


# a closing typed in two columns in Word's web page: the recipients' head with the signing authority
# beside it, the recipients with the title beside them, the name alone far right
def _closing(gap) -> str:
    return (f"<p class=MsoNormal><b>Nơi nhận:</b>{gap(30)}<b>TM. ỦY BAN NHÂN DÂN</b></p>"
            f"<p class=MsoNormal>- UBND tỉnh;{gap(40)}<b>CHỦ TỊCH</b></p><p class=MsoNormal>- Lưu: VT.</p>"
            f"<p class=MsoNormal>{gap(50)}<b>Lê Văn Bình</b></p>")


CLOSING_PAGE = ("<html><body><div class=WordSection1><p class=MsoNormal>ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP</p>"
                "<p class=MsoNormal>Số: 27/KH-UBND</p><p class=MsoNormal>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
                "<p class=MsoNormal>Độc lập - Tự do - Hạnh phúc</p><p class=MsoNormal>Tân Lập, ngày 04 tháng 3 năm 2026</p>"
                "<p class=MsoNormal>KẾ HOẠCH</p><p class=MsoNormal>Phòng, chống dịch bệnh năm 2026</p>"
                "<p class=MsoNormal>I. MỤC TIÊU</p><p class=MsoNormal>Giảm 10% số ca mắc sốt xuất huyết.</p>"
                "{closing}</div></body></html>")


def _tab(n: int) -> str:
    return "<span style='mso-tab-count:3'>" + "&nbsp;" * (n - 1) + " </span>"


@pytest.mark.parametrize("gap", [_sp, _tab], ids=["mso-spacerun", "mso-tab-count"])
def test_a_closing_typed_in_two_columns(gap):
    record = process("plan.htm", CLOSING_PAGE.format(closing=_closing(gap)).encode("utf-8")).record
    assert (record.signer.name, record.signer.title) == ("Lê Văn Bình", "Chủ tịch")
    assert list(record.recipients) == ["UBND tỉnh", "Lưu: VT"]


@pytest.mark.parametrize("closing", [
    # must not: the authority on lines of its own (no spaces beside the head): read paragraph by paragraph
    "<p>Nơi nhận:</p><p>- UBND tỉnh;</p><p>- Lưu: VT.</p><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Lê Văn Bình</p>",
    # must not: plain spaces a browser collapses
    "<p>Nơi nhận:                TM. ỦY BAN NHÂN DÂN</p><p>- UBND tỉnh;          CHỦ TỊCH</p><p>- Lưu: VT.</p>",
], ids=["authority below", "plain spaces"])
def test_no_two_column_closing(closing):
    page = f"<html><body><div>{closing}</div></body></html>"
    assert html_reader._spaced_paragraph_runs(
        next(e for e in __import__("lxml.html").html.fromstring(page).iter("div"))) == {}
