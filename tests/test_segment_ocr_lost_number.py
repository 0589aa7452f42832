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


def test_the_placed_item_is_a_task_whose_spans_hold_what_they_cite():
    """The item 5. is a task with its title; its code is in no text, so it cites none (a
    code "5" would be a value its span does not hold)."""
    from pipeline.process import extract_fields
    from pipeline.validate import check_record

    lines = ["UBND TỈNH AN GIANG", "SỞ CÔNG THƯƠNG", "Số: 18/KH-SCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "An Giang, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH",
             "Kiểm tra thị trường năm 2024",
             *[t.format(line="= Tổ chức tập huấn cho cán bộ quản lý thị trường.", next="6. Báo cáo kết quả.")
               for t in ITEMS]]
    raw = RawDocument([RawBlock("paragraph", t, {"page": 1, "ocr": True}) for t in lines], metadata={"ocr": True})
    doc = build_document(raw)
    fields = extract_fields(doc)
    assert [(a["code"], a["title"][:8]) for a in fields["activities"]] == [
        ("3", "Rà soát "), ("4", "Kiểm tra"), ("", "Tổ chức "), ("6", "Báo cáo ")]
    assert check_record(fields, doc.text) == []
