"""A running header that names the document by its number on every page but the first (Word's "different first
page": "KH số 86/KH-UBND - Phát triển du lịch năm 2017" atop pages 2 and 3 of three) is furniture, however few the
pages, so it does not land in the text between two bullets of a list (extractors.layout.paragraphs.furniture). A
first line that names no document, or that differs from page to page, or a document of two pages, keeps its lines.
Names and numbers invented (round P29, from round G7's report); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import furniture


def page(*lines: str) -> list[tuple[str, object]]:
    return [("line", (72.0, 500.0, text)) for text in lines]


FIRST = page("ỦY BAN NHÂN DÂN", "TỈNH HÀ LÂM", "Số: 214/KH-UBND", "KẾ HOẠCH", "- 90% xã có điểm du lịch;")


@pytest.mark.parametrize("pages, dropped", [
    # must: the header atop every later page of three (two repeats: too few for the repeats' rule)
    ([FIRST, page("KH số 214/KH-UBND - Du lịch cộng đồng năm 2019", "- 80% hộ tham gia;", "Trang 2/3"),
      page("KH số 214/KH-UBND - Du lịch cộng đồng năm 2019", "III. KINH PHÍ", "Trang 3/3")],
     {"KH số #/KH-UBND - Du lịch cộng đồng năm #"}),
    ([FIRST, page("Kế hoạch số 57/KH-SVHTTDL ngày 12/3/2024", "b) Tập huấn"),
      page("Kế hoạch số 57/KH-SVHTTDL ngày 12/3/2024", "IV. TỔ CHỨC THỰC HIỆN")],
     {"Kế hoạch số #/KH-SVHTTDL ngày #/#/#"}),
    # must not: a first line that names no document; first lines that differ; two pages only, the second's
    # line naming another document than the header's "Số: 214/KH-UBND" (its own: tests/test_p42_two_page_running_header.py)
    ([FIRST, page("Phát triển du lịch năm 2019", "- 80% hộ tham gia;"), page("Phát triển du lịch năm 2019", "III.")],
     set()),
    ([FIRST, page("Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2019;", "- 80%"), page("III. KINH PHÍ", "Tổng")],
     set()),
    ([FIRST, page("KH số 241/KH-UBND - Du lịch cộng đồng năm 2019", "- 80% hộ tham gia;")], set()),
])
def test_a_running_header_that_names_the_document(pages, dropped):
    assert furniture(pages) == dropped
