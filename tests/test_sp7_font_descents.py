"""page_font_descents reads the pages' font resources without looking up their content
streams (pdfminer's PDFPage would parse each page's /Contents object): the same descents as
pdfminer's own pages give, on PDFs made here, with no content stream object fetched."""

from __future__ import annotations

import io

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import literal_name

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_tables import _pages_font_pdf


def _reference(data: bytes) -> list[dict]:
    """The descents page by page as pdfminer's full PDFPage objects give the resources."""
    out = []
    doc = PDFDocument(PDFParser(io.BytesIO(data)))
    pages = list(PDFPage.create_pages(doc))
    for page in pages:
        out.append({})
        fonts = (page.resources or {}).get("Font") or {}
        for ref in resolve1(fonts).values():
            spec = resolve1(ref)
            base = literal_name(resolve1(spec["BaseFont"]))
            ratio = pdf_reader._pdfminer_descent(spec)
            for name in {base, base.split("+", 1)[1] if len(base) > 7 and base[6] == "+" else base}:
                out[-1][name] = ratio if out[-1].get(name, ratio) == ratio else None
    return out


def _content_ids(data: bytes) -> set[int]:
    """The object numbers of the pages' content streams."""
    doc = PDFDocument(PDFParser(io.BytesIO(data)))
    return {page.attrs["Contents"].objid for page in PDFPage.create_pages(doc)}


CASES = [
    # pages: the font names on each page; descents: each font's /Descent
    ([["ABCDEF+Gothic"], ["GHIJKL+Gothic"]], {"ABCDEF+Gothic": -250, "GHIJKL+Gothic": -300}),
    ([["ABCDEF+Gothic", "GHIJKL+Gothic"], ["GHIJKL+Gothic"]], {"ABCDEF+Gothic": -250, "GHIJKL+Gothic": -300}),
    ([["Mincho"], ["Mincho", "Batang"], ["Batang"]], {"Mincho": -200, "Batang": 0}),
]


@pytest.mark.parametrize("pages, descents", CASES)
def test_descents_are_pdfminers_pages(pages, descents):
    data = _pages_font_pdf(pages, descents)
    assert pdf_reader.page_font_descents(data) == _reference(data)


@pytest.mark.parametrize("pages, descents", CASES)
def test_no_content_stream_is_looked_up(pages, descents, monkeypatch):
    data = _pages_font_pdf(pages, descents)
    contents = _content_ids(data)
    fetched: list[int] = []
    real = PDFDocument.getobj

    def getobj(self, objid):
        fetched.append(objid)
        return real(self, objid)

    monkeypatch.setattr(PDFDocument, "getobj", getobj)
    got = pdf_reader.page_font_descents(data)
    assert len(got) == len(pages)
    assert fetched and not contents & set(fetched)  # fonts were fetched; no page's content stream was
