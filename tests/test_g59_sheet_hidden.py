"""Reader shapes found with hold-out round G59 (tests/invented/build_g59.py: an .ods estimate, an Excel 97 task
annex): what a workbook holds that its sheet neither shows nor prints (extractors.formats.xlsx; .xls and .ods are
read so after LibreOffice's conversion).

An estimate keeps its working column ("Dự toán năm 2026", a rate) hidden, a dropped item's row hidden, the detail
rows of a collapsed outline hidden, and a lookup list or an old copy as a hidden sheet: the reader read them all,
and their numbers became budget rows and columns the annex does not show. Hidden sheets, rows and columns are left
out now. A narrow column, a tall row, a row or column whose hiding is switched off and a second sheet that is shown
keep their cells. Every text here is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.formats import read

_TITLE = "DỰ TOÁN KINH PHÍ TẬP HUẤN PHÒNG, CHỐNG THIÊN TAI NĂM 2027"
_HEAD = ["STT", "Nội dung", "Dự toán năm 2026", "Kinh phí năm 2027"]
_ROWS = [["1", "Tập huấn cán bộ thôn, bản", 120, 150], ["2", "In tài liệu (phương án cũ)", 80, 90],
         ["3", "Thuê hội trường, trang thiết bị", 30, 40], ["", "Tổng cộng", 230, 280]]


def _book(shape):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dự toán"
    for row in [[_TITLE], [], _HEAD, *_ROWS]:
        sheet.append(row)
    shape(book, sheet)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _read(data: bytes, name: str) -> list:
    return [b.rows if b.kind == "table" else b.text for b in read(data, name).blocks]


def _hide_column(book, sheet):
    sheet.column_dimensions["C"].hidden = True


def _hide_row(book, sheet):
    sheet.row_dimensions[5].hidden = True


def _collapse_outline(book, sheet):
    sheet.row_dimensions.group(4, 6, outline_level=1, hidden=True)


def _hide_sheet(book, sheet):
    lookup = book.create_sheet("Danh mục")
    for row in (["Mã", "Nội dung chi", "Đơn giá"], ["TH01", "Thuê hội trường", 3_500_000],
                ["TL02", "In tài liệu", 12_000]):
        lookup.append(row)
    lookup.sheet_state = "hidden"


def _narrow_tall(book, sheet):
    sheet.column_dimensions["C"].width = 2
    sheet.row_dimensions[5].height = 60


def _hiding_off(book, sheet):
    sheet.column_dimensions["C"].hidden = False
    sheet.row_dimensions[5].hidden = False


def _second_sheet(book, sheet):
    shown = book.create_sheet("Ghi chú")
    shown.append(["Ghi chú: kinh phí do ngân sách huyện bảo đảm."])


def _table(keep_columns=(0, 1, 2, 3), drop_rows=()):
    rows = [_HEAD] + [[str(c) for c in r] for r in _ROWS]
    rows = [r for n, r in enumerate(rows) if n not in drop_rows]
    return [_TITLE, [[r[c] for c in keep_columns] for r in rows]]


MUST = [
    (_hide_column, _table(keep_columns=(0, 1, 3))),
    (_hide_row, _table(drop_rows=(2,))),
    (_collapse_outline, [_TITLE, [_HEAD, ["", "Tổng cộng", "230", "280"]]]),
    (_hide_sheet, _table()),
]

MUST_NOT = [
    (_narrow_tall, _table()),
    (_hiding_off, _table()),
    (_second_sheet, _table() + ["Ghi chú: kinh phí do ngân sách huyện bảo đảm."]),
]


@pytest.mark.parametrize("shape, blocks", MUST)
def test_what_the_sheet_hides_is_not_read(shape, blocks):
    assert _read(_book(shape), "du-toan.xlsx") == blocks


@pytest.mark.parametrize("shape, blocks", MUST_NOT)
def test_what_the_sheet_shows_is_read(shape, blocks):
    assert _read(_book(shape), "du-toan.xlsx") == blocks


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _ods_cell(value) -> str:
    if isinstance(value, int):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
                "</table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def _ods(hidden: str) -> bytes:
    """An .ods of the estimate: its third column collapsed, its third row collapsed and a second sheet hidden (when
    `hidden` is "collapse"), or all shown ("visible")."""
    column = "" if hidden == "visible" else ' table:visibility="collapse"'
    rows = "".join(f'<table:table-row{column if n == 2 else ""}>{"".join(map(_ods_cell, r))}</table:table-row>'
                   for n, r in enumerate([_HEAD, *_ROWS]))
    display = "true" if hidden == "visible" else "false"
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:automatic-styles>'
               f'<style:style style:name="ta2" style:family="table"><style:table-properties table:display="{display}"/>'
               "</style:style></office:automatic-styles><office:body><office:spreadsheet>"
               f'<table:table table:name="Dự toán"><table:table-column/><table:table-column/>'
               f"<table:table-column{column}/><table:table-column/>"
               f'<table:table-row>{_ods_cell(_TITLE)}</table:table-row>{rows}</table:table>'
               '<table:table table:name="Tạm" table:style-name="ta2"><table:table-row>'
               f'{_ods_cell("Bản cũ")}{_ods_cell(999)}</table:table-row></table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return data.getvalue()


@pytest.mark.parametrize("hidden, blocks", [
    ("collapse", _table(keep_columns=(0, 1, 3), drop_rows=(2,))),  # must: LibreOffice keeps them hidden in .xlsx
    ("visible", _table() + ["Bản cũ", "999"]),  # must not: all shown (the second sheet a line of two cells)
])
def test_an_ods_sheets_hidden_cells_are_not_read(hidden, blocks):
    assert _read(_ods(hidden), "du-toan.ods") == blocks
