"""A running header that names the document by its number atop every page but the first, in a text
of pages (`pdftotext -layout` / `pdftotext` / `-raw` of such a PDF: form feeds between pages): furniture
however few the pages (two repeats), as the PDF reader drops it (round P29, tests/test_p29_running_number_header.py),
so it does not land between two bullets of a list as a bullet's text (round R8: G7's 2017 plan as
`pdftotext` writes it). Must-not rows: a first line that names no document, first lines that differ,
a text of two pages whose second names another document. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

FIRST = "ỦY BAN NHÂN DÂN\nTỈNH HÀ LÂM\nSố: 214/KH-UBND\nKẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2019\n" \
        "I. MỤC TIÊU\n- 90% xã có điểm du lịch;\n"


def _text(*later: str) -> str:
    return FIRST + "".join(f"\f{page}" for page in later)


def _lines(text: str) -> list[str]:
    blocks, _ = read_text(text)
    return [line for b in blocks for line in (b.text or "").split("\n")]


@pytest.mark.parametrize("later, header", [
    (("         KH số 214/KH-UBND - Du lịch cộng đồng năm 2019\n\n- 80% hộ tham gia;\n\n             Trang 2/3\n",
      "         KH số 214/KH-UBND - Du lịch cộng đồng năm 2019\n\nII. NHIỆM VỤ\n1. Tập huấn\n             Trang 3/3\n"),
     "KH số 214/KH-UBND - Du lịch cộng đồng năm 2019"),
    (("Kế hoạch số 57/KH-SVHTTDL ngày 12/3/2024\n- 75% hộ có điện;\n",
      "Kế hoạch số 57/KH-SVHTTDL ngày 12/3/2024\nII. NHIỆM VỤ\n1. Tập huấn\n"),
     "Kế hoạch số 57/KH-SVHTTDL ngày 12/3/2024"),
])
def test_running_number_header_is_dropped(later, header):
    assert not any(header in line for line in _lines(_text(*later)))


@pytest.mark.parametrize("later, kept", [
    # a first line that names no document
    (("Phát triển du lịch năm 2019\n- 80% hộ tham gia;\n", "Phát triển du lịch năm 2019\nII. NHIỆM VỤ\n"),
     "Phát triển du lịch năm 2019"),
    # first lines that differ
    (("Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2019;\n- 80%;\n", "II. NHIỆM VỤ\n1. Tập huấn\n"),
     "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2019;"),
    # two pages only, the line naming another document than the header's "Số: 214/KH-UBND" (naming its own, it is
    # dropped: tests/test_p42_two_page_running_header.py)
    (("KH số 241/KH-UBND - Du lịch cộng đồng năm 2019\n- 80% hộ tham gia;\n",), "KH số 241/KH-UBND - Du lịch cộng đồng năm 2019"),
])
def test_other_first_lines_are_kept(later, kept):
    assert any(kept in line for line in _lines(_text(*later)))
