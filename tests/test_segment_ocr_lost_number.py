"""A scan's numbered item whose number OCR read as a sign ("= Tiếp tục ..." for "5. Tiếp tục
..."): between the items 4. and 6. it is item 5. Elsewhere (the next item 5., no item before it,
a text that is no OCR reading) the line stays what it is. Invented items."""

import pytest

from extractors.document import build_document
from extractors.formats.base import RawBlock, RawDocument
from extractors.segment import outline


def _numbers(lines: list[str], ocr: bool = True) -> list[tuple[str, str]]:
    meta = {"page": 1, "ocr": True} if ocr else {"page": 1}
    raw = RawDocument([RawBlock("paragraph", t, dict(meta)) for t in lines], metadata={"ocr": True} if ocr else {})
    return [(n.number, " ".join(n.heading.split()[:2])) for n in outline(build_document(raw)) if n.kind == "arabic"]


ITEMS = ["II. NHIỆM VỤ", "3. Rà soát các cơ sở sản xuất phân bón.", "4. Kiểm tra việc niêm yết giá.",
         "{line}", "{next}", "III. TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("line, nxt, expected", [
    ("= Tổ chức tập huấn cho cán bộ quản lý thị trường.", "6. Báo cáo kết quả trước ngày 15/12.",
     [("3", "Rà soát"), ("4", "Kiểm tra"), ("5", "Tổ chức"),
      ("6", "Báo cáo")]),
    ("~ Tổ chức tập huấn cho cán bộ quản lý thị trường.", "6. Báo cáo kết quả trước ngày 15/12.",
     [("3", "Rà soát"), ("4", "Kiểm tra"), ("5", "Tổ chức"),
      ("6", "Báo cáo")]),
    # must not: the next item is 5. (the line is the item 4.'s own), a dash is a bullet
    ("= Tổ chức tập huấn cho cán bộ quản lý thị trường.", "5. Báo cáo kết quả trước ngày 15/12.",
     [("3", "Rà soát"), ("4", "Kiểm tra"), ("5", "Báo cáo")]),
    ("- Tổ chức tập huấn cho cán bộ quản lý thị trường.", "6. Báo cáo kết quả trước ngày 15/12.",
     [("3", "Rà soát"), ("4", "Kiểm tra"), ("6", "Báo cáo")]),
])
def test_lost_number_between_its_neighbours(line, nxt, expected):
    lines = [t.format(line=line, next=nxt) for t in ITEMS]
    assert _numbers(lines) == expected


def test_text_that_is_no_ocr_reading_keeps_its_sign():
    lines = [t.format(line="= Tổ chức tập huấn cho cán bộ.", next="6. Báo cáo kết quả.") for t in ITEMS]
    assert [n for n, _ in _numbers(lines, ocr=False)] == ["3", "4", "6"]
