"""A web page a browser printed to PDF (round L5, tests/renditions/producers.py browser-print):
the browser's running header (the print's date and clock time, the page's title beside it)
and running footer (the page's address, the page count beside it) are no text of the
document; a date or an address that the document itself sets is."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_routing import PROSE, _pdf, _text


def _at(x: float, y: float, text: str, size: float = 8) -> str:
    return f"BT /F1 {size:g} Tf {x:g} {y:g} Td ({text}) Tj ET\n"


def _page(top: list[tuple[float, str]], foot: list[tuple[float, str]], body: list[str] = PROSE) -> bytes:
    """A one-page PDF: `top` strings on one line at the page's top edge (x, text), the body,
    `foot` strings on one line at its bottom edge."""
    content = "".join(_at(x, 826, t) for x, t in top) + _text(body, top=760) + "".join(_at(x, 14, t) for x, t in foot)
    return _pdf(content)


def _text_of(data: bytes) -> str:
    return "\n".join(b.text or "" for b in pdf_reader.read(data, "x.pdf").blocks)


TITLE = "Ke hoach so 1476/KH-BGDDT - Cong thong tin dien tu Bo Giao duc"
URL = "https://moet.example.vn/van-ban/chi-tiet/ke-hoach-1476.html"

# (why, top line, foot line, strings the text must not hold)
DROPPED = [
    ("Chromium: date, clock time, title / URL, page count",
     [(24, "12/4/26, 3:23 AM"), (200, TITLE)], [(24, URL), (560, "1/2")], ["3:23 AM", TITLE, "moet.example", "1/2"]),
    ("a 24-hour clock, a four-digit year",
     [(24, "04/12/2026 15:21"), (220, TITLE)], [(24, URL), (545, "Trang 1/3")], ["15:21", TITLE, "moet.example"]),
    ("clock first, a local file's address",
     [(24, "15:21 4/12/26"), (220, TITLE)], [(24, "file:///C:/Users/vt/ke-hoach-1476.html"), (560, "2/2")],
     ["15:21", TITLE, "file:///"]),
    ("only the footer: the page's address alone", [], [(24, URL)], ["moet.example"]),
    ("Firefox: title, URL / page count, date and clock time",
     [(24, TITLE), (330, URL)], [(24, "Page 1 of 2"), (500, "04/12/2026, 15:21")], [TITLE, "moet.example", "Page 1 of 2",
                                                                                  "15:21"]),
]

# (why, top line, foot line, strings the text must keep)
KEPT = [
    ("a date without a clock time at the top is the document's",
     [(400, "Ha Noi, ngay 12/4/2026")], [], ["Ha Noi, ngay 12/4/2026"]),
    ("an address inside a sentence at the foot is the document's",
     [], [(56, "Thong tin chi tiet xem tai https://moet.example.vn/ke-hoach")],
     ["xem tai https://moet.example.vn/ke-hoach"]),
    ("a clock time in a sentence at the top is the document's",
     [(56, "Hop luc 14:30 ngay 12/4/2026 tai phong hop so 2")], [], ["Hop luc 14:30 ngay 12/4/2026"]),
    ("an address in a sentence at the top is the document's",
     [(56, "Cong thong tin: https://moet.example.vn")], [], ["Cong thong tin: https://moet.example.vn"]),
]


@pytest.mark.parametrize("why, top, foot, gone", DROPPED, ids=[r[0] for r in DROPPED])
def test_a_browsers_running_header_and_footer_are_dropped(why, top, foot, gone):
    text = _text_of(_page(top, foot))
    for s in gone:
        assert s not in text, (why, s, text)
    assert "Muc tieu chung" in text and "Van phong Uy ban nhan dan xa" in text


@pytest.mark.parametrize("why, top, foot, kept", KEPT, ids=[r[0] for r in KEPT])
def test_the_documents_own_dates_and_addresses_stay(why, top, foot, kept):
    text = " ".join(_text_of(_page(top, foot)).split())
    for s in kept:
        assert s in text, (why, s, text)


def test_a_stamp_or_an_address_inside_the_page_stays():
    body = PROSE[:4] + ["12/4/26, 3:23 AM", URL] + PROSE[4:]
    text = _text_of(_page([], [], body))
    assert "12/4/26, 3:23 AM" in text and URL in text
