"""An amount table in a `pdftotext -layout` dump whose header has two rows that each name the code and the label
columns again ("TT  Nội dung  Dự toán (triệu đồng)  Dự toán (triệu đồng)" over "TT  Nội dung  Tổng số  Ngân sách
huyện  Vận động": a converter's copy of a merged cell over the names under it): two header rows, the names under the
merged one each its column's (the sources read from them), not one name a column run together ("Dự toán (triệu
đồng) Ngân sách huyện", read as a total).

Must-not rows: a header whose names wrap under them (no code heading again), and a one-line header, keep today's
reading. The same of such a table copied cell after cell (spaced_rows: the two rows one after the other, the
lower one naming every column, a row with fewer amounts its last cells empty)."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

TABLE = """TT          Nội dung            Dự toán          Dự toán          Dự toán
                                (triệu đồng)     (triệu đồng)     (triệu đồng)
TT          Nội dung            Tổng số          Ngân sách        Vận động
                                                 huyện
1           Sửa chữa cầu        310              250              60
            treo thôn Nà Lừa
2           Mua sắm thiết bị    128,5            128,5
            trạm y tế
            Tổng cộng           438,5            378,5            60
"""


def _rows(text: str) -> list[list[str]]:
    found = grid.find_tables([segments(line) for line in text.split("\n")])
    assert len(found) == 1
    return found[0].rows


def test_repeated_code_header():
    rows = _rows(TABLE)
    assert rows[0] == ["TT", "Nội dung", "Dự toán (triệu đồng)", "Dự toán (triệu đồng)", "Dự toán (triệu đồng)"]
    assert rows[1] == ["TT", "Nội dung", "Tổng số", "Ngân sách huyện", "Vận động"]
    assert rows[2] == ["1", "Sửa chữa cầu treo thôn Nà Lừa", "310", "250", "60"]
    assert rows[-1] == ["", "Tổng cộng", "438,5", "378,5", "60"]


@pytest.mark.parametrize("header, first", [
    # must not: names wrapped under them, a one-line header
    ("TT          Nội dung            Tổng số          Ngân sách        Vận động\n"
     "                                                 huyện\n",
     ["TT", "Nội dung", "Tổng số", "Ngân sách huyện", "Vận động"]),
    ("TT          Nội dung            Tổng số          Ngân sách        Vận động\n",
     ["TT", "Nội dung", "Tổng số", "Ngân sách", "Vận động"]),
])
def test_plain_header(header, first):
    rows = _rows(header + TABLE.split("huyện\n", 1)[1])
    assert rows[0] == first
    assert rows[1][0] == "1"


# ... and copied cell after cell (`pdftotext -raw`): the two rows' names one after the other
RAW = """TT Nội dung Dự toán
(triệu đồng)
Dự toán
(triệu đồng)
Dự toán
(triệu đồng)
TT Nội dung Tổng số Ngân sách huyện Vận động
1 Sửa chữa cầu
treo thôn Nà Lừa
310 250 60
2 Mua sắm thiết bị
trạm y tế
128,5 128,5
3 Tập huấn y tế
thôn bản
42 42
Tổng cộng 480,5 420,5 60
IV. TỔ CHỨC THỰC HIỆN
"""


def test_raw_repeated_code_header():
    from extractors.layout.spaced_rows import tables
    found = tables(RAW.splitlines(), set())
    assert len(found) == 1
    rows = found[0][2]
    assert rows[0] == ["TT", "Nội dung", "Dự toán (triệu đồng)", "Dự toán (triệu đồng)", "Dự toán (triệu đồng)"]
    assert rows[1] == ["TT", "Nội dung", "Tổng số", "Ngân sách huyện", "Vận động"]
    assert rows[2] == ["1", "Sửa chữa cầu treo thôn Nà Lừa", "310", "250", "60"]
    assert rows[3][:4] == ["2", "Mua sắm thiết bị trạm y tế", "128,5", "128,5"]
    assert rows[-1] == ["", "Tổng cộng", "480,5", "420,5", "60"]
