"""A web page whose letters reach us mangled (extractors/formats/html.read): its UTF-8 read as Windows-1252 or
Latin-1 and saved again ("Káº¿ hoáº¡ch", repaired by extractors/formats/mojibake), or its letters' character
references escaped twice ("&amp;#7871;", a content system that escaped the HTML it was given:
extractors/formats/escaped.double_references). Read as the page itself is; a page that shows an entity's code or
two is read as it is."""

from __future__ import annotations

import re
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from extractors.formats.escaped import double_references
from pipeline.process import process
from tests.metamorphic import assert_read_alike

INVENTED = Path(__file__).parent / "invented" / "raw"

PAGE = ("<html><body><p>ỦY BAN NHÂN DÂN TỈNH HẢI LÂM</p><p>Số: 77/KH-UBND</p><p>KẾ HOẠCH</p>"
        "<p>Phát triển du lịch nông thôn năm 2030</p><p>- 60% xã có sản phẩm du lịch đặc trưng.</p></body></html>")


def _references(page: str, prefix: str = "&#") -> str:
    return re.sub(r">[^<]+<", lambda m: "".join(ch if ch.isascii() else f"{prefix}{ord(ch)};" for ch in m.group()),
                  page)


MUST = [
    (_references(PAGE, "&amp;#"), _references(PAGE)),
    (_references(PAGE, "&amp;#").replace("&amp;#226;", "&amp;acirc;"), _references(PAGE).replace("&#226;",
                                                                                                   "&acirc;")),
]

MUST_NOT = [
    PAGE,
    _references(PAGE),  # references escaped once: the parser's
    PAGE.replace("</body>", "<p>Mã &amp;nbsp; và &amp;#7871; hiển thị sai trên trang cũ.</p></body>"),
]


@pytest.mark.parametrize("escaped,once", MUST)
def test_references_escaped_twice_are_escaped_once(escaped, once):
    page, issue = double_references(escaped)
    assert page == once
    assert issue["code"] == "text.escapes_decoded"


@pytest.mark.parametrize("page", MUST_NOT)
def test_a_page_that_shows_a_code_or_two_stays(page):
    assert double_references(page) == (page, None)


def _windows(page: str) -> bytes:
    return page.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


def _latin1(page: str) -> bytes:
    return page.encode("utf-8").decode("latin-1").encode("utf-8")


def _twice(page: str) -> bytes:
    return _references(page, "&amp;#").encode("utf-8")


DOCUMENTS = sorted(INVENTED.glob("*.html"))[2::25]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
@pytest.mark.parametrize("shape,code", [(_windows, "text.mojibake_repaired"), (_latin1, "text.mojibake_repaired"),
                                        (_twice, "text.escapes_decoded")])
def test_a_whole_page_mangled_reads_as_the_page(path, shape, code):
    data = path.read_bytes()
    assert_read_alike(process(path.name, data), process(path.name, shape(data.decode("utf-8"))), code)
