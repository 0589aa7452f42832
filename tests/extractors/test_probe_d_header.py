"""Issuer levels from a body's name, table-driven (tests/cases/issuer_levels.csv): the
central bodies of the State and the Party (a "Ban ... Trung ương" is central, a province's
board is a department of it), bodies of a ministry's rank not called "Bộ", the special
zones of the 2025 reform, and a city's level word written with a capital."""

import csv
from pathlib import Path

import pytest

from extractors.fields.header import issuer_parts

ROWS = list(csv.DictReader((Path(__file__).parents[1] / "cases" / "issuer_levels.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_issuer_level(row):
    assert issuer_parts(row["name"]) == (row["level"], row["locality"] or None)


from normalizers import dates  # noqa: E402

PERIODS = list(csv.DictReader((Path(__file__).parents[1] / "cases" / "periods.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("row", PERIODS, ids=[r["text"] for r in PERIODS])
def test_period(row):
    """Periods written with a dash or with "đến"/"tới" (must); a year alone, a vision's year
    after a comma, a backwards or over-long span (must not)."""
    want = (int(row["start"]), int(row["end"])) if row["start"] else None
    assert dates.find_period(row["text"]) == want


# an OCR reading's stray line (a speck read as a letter or a sign) between the issuer's lines
# is skipped; in a text that is no OCR reading such a line still ends the issuer
@pytest.mark.parametrize("noise", ["n", "'", "._", "ii", "-"])
def test_a_speck_line_between_the_issuers_lines_of_a_scan(noise):
    from extractors.document import build_document
    from extractors.fields.header import extract_header
    from extractors.formats.base import RawBlock, RawDocument
    lines = ["ỦY BAN NHÂN DÂN", noise, "TỈNH HÀ NAM", "Số: 210/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Hà Nam, ngày 06 tháng 5 năm 2026", "KẾ HOẠCH", "Trồng cây xanh năm 2026"]
    scanned = RawDocument([RawBlock("paragraph", t, {"page": 1, "ocr": True}) for t in lines], metadata={"ocr": True})
    assert extract_header(build_document(scanned))["issuer"]["name"] == "Ủy ban nhân dân tỉnh Hà Nam"


def test_a_text_that_is_no_ocr_reading_keeps_its_lines_as_written():
    from extractors.document import build_document
    from extractors.fields.header import extract_header
    from extractors.formats.base import RawBlock, RawDocument
    lines = ["ỦY BAN NHÂN DÂN", "n", "TỈNH HÀ NAM", "Số: 210/KH-UBND", "KẾ HOẠCH", "Trồng cây xanh năm 2026"]
    plain = RawDocument([RawBlock("paragraph", t, {"page": 1}) for t in lines])
    assert extract_header(build_document(plain))["issuer"]["name"] != "Ủy ban nhân dân tỉnh Hà Nam"


# a scan's issuer place line with its marks lost or misplaced is written as the place and date
# line or the title spell the same name; with no such evidence it stays as read
@pytest.mark.parametrize("line, place, title, name", [
    ("XA TẠN PHONG", "Tân Phong", "Phòng chống thiên tai trên địa bàn xã Tân Phong năm 2026",
     "Ủy ban nhân dân xã Tân Phong"),
    ("HUYEN MUONG LA", "Mường La", "Trồng rừng năm 2026", "Ủy ban nhân dân huyện Mường La"),
    ("THI XA HOANG MAI", "Hoàng Mai", "Trồng rừng năm 2026", "Ủy ban nhân dân thị xã Hoàng Mai"),
    ("TỈNH CAO BĂNG", "Cao Bằng", "Trồng rừng năm 2026", "Ủy ban nhân dân tỉnh Cao Bằng"),
    # must not: no line of the header spells the name again
    ("HUYEN MUONG LA", "Hà Nội", "Trồng rừng năm 2026", "Ủy ban nhân dân huyen muong la"),
    ("XÃ TÂN PHONG", "Tân Phú", "Trồng rừng năm 2026", "Ủy ban nhân dân xã Tân Phong"),
])
def test_a_scans_issuer_place_line_read_with_lost_marks(line, place, title, name):
    from extractors.document import build_document
    from extractors.fields.header import extract_header
    from extractors.formats.base import RawBlock, RawDocument
    lines = ["ỦY BAN NHÂN DÂN", line, "Số: 52/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", f"{place}, ngày 06 tháng 5 năm 2026", "KẾ HOẠCH", title]
    scanned = RawDocument([RawBlock("paragraph", t, {"page": 1, "ocr": True}) for t in lines], metadata={"ocr": True})
    assert extract_header(build_document(scanned))["issuer"]["name"] == name
