"""Round IMG43: the scanned renditions' tool (tests/renditions/archive.py) on G65's plan typed in one Excel sheet.

A merged cell is clipped by Calc at its merged area's right edge whatever its neighbours hold: a plan typed in one
sheet, each paragraph of its body one row merged across the five columns, printed its bases and a deadline cut ("...
về bảo vệ môi trường trên địa bàn", the "huyện năm 2027;" lost). A merged text cell is now printed wrapped
(archive.clipped_cells_wrapped), as a cell clipped by its neighbour's text was (round IMG41).

Everything here is invented (the commune, the plan's words).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.renditions import archive
from tests.test_img41_renditions import _cell, _ods, _row


def _merged(text: str, span: int, style: str = "") -> str:
    attrs = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' + (
        f' table:style-name="{style}"' if style else "")
    covered = "<table:covered-table-cell/>" * (span - 1)
    return f"<table:table-cell{attrs}><text:p>{text}</text:p></table:table-cell>{covered}"


def _wrapped(content: str) -> list[str]:
    root = ET.fromstring(content)
    wrap = {s.get(archive._q("style:name")) for s in root.iter(archive._q("style:style"))
            if any(p.get(archive._q("fo:wrap-option")) == "wrap"
                   for p in s.iter(archive._q("style:table-cell-properties")))}
    return ["".join(c.itertext()) for c in root.iter(archive._q("table:table-cell"))
            if c.get(archive._q("table:style-name")) in wrap]


@pytest.mark.parametrize("rows, wrapped", [
    # must: a paragraph of a plan typed in a sheet, one row merged across the columns (its neighbours covered)
    (_row(_merged("Căn cứ Nghị quyết số 14/NQ-HĐND ngày 09 tháng 7 năm 2027 của Hội đồng nhân dân xã Tân Lương về "
                  "phát triển kinh tế - xã hội năm 2028;", 3)),
     ["Căn cứ Nghị quyết số 14/NQ-HĐND ngày 09 tháng 7 năm 2027 của Hội đồng nhân dân xã Tân Lương về phát triển "
      "kinh tế - xã hội năm 2028;"]),
    # ... with a style of its own (bold), merged over two columns of three
    (_row(_merged("2. Hội Cựu chiến binh xã: vận động hội viên tham gia giữ gìn vệ sinh môi trường", 2, "ce1"),
          _cell()), ["2. Hội Cựu chiến binh xã: vận động hội viên tham gia giữ gìn vệ sinh môi trường"]),
    # must-not: a cell neither merged nor clipped by its neighbour's text runs on as Calc shows it; a merged number
    (_row(_cell("Ủy ban nhân dân xã Tân Lương xây dựng Kế hoạch như sau:"), _cell(), _cell()), []),
    (_row('<table:table-cell table:number-columns-spanned="2" office:value-type="float" office:value="126">'
          '<text:p>126</text:p></table:table-cell><table:covered-table-cell/>', _cell()), []),
])
def test_merged_cells_wrapped(rows, wrapped):
    out = archive.clipped_cells_wrapped(_ods(rows))
    assert _wrapped(out) == wrapped
    if not wrapped:
        assert out == _ods(rows)
