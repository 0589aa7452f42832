"""A budget workbook written by a program (a library, a reporting system) rather than by Excel: its totals,
group rows and total row are formulas stored WITHOUT the values they compute (Excel and LibreOffice store both,
such writers only the formula, or an empty `<v></v>`). Read by stored values the totals came out empty (G37's
probe: the total column, the group rows and the total row lost). Such a workbook is recalculated by LibreOffice
before it is read; a workbook that stores its values is read as it is (no conversion)."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.formats import xlsx
from pipeline.process import process

def _sheet_xml(cells: str) -> bytes:
    return (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
            + cells.encode() + b"</row></sheetData></worksheet>")


def _package(sheet: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return buf.getvalue()


@pytest.mark.parametrize("cells, uncached", [
    # must: a formula and no value, an empty value, a shared formula's follower with no value, a prefixed namespace
    ('<c r="A1" t="n"><v>100</v></c><c r="B1"><f>SUM(A1:A1)</f></c>', True),
    ('<c r="B1"><f>A1*2</f><v></v></c>', True),
    ('<c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2</f><v>200</v></c><c r="C1"><f t="shared" si="0"/></c>', True),
    ('<x:c r="B1"><x:f>A1+1</x:f><x:v/></x:c>', True),
    # must not: formulas with their values (as Excel and LibreOffice save them), no formula, a text cell
    ('<c r="B1"><f>SUM(A1:A1)</f><v>100</v></c>', False),
    ('<c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2</f><v>200</v></c><c r="C1"><f t="shared" si="0"/><v>4</v></c>',
     False),
    ('<c r="A1" t="n"><v>100</v></c>', False),
    ('<c r="A1" t="inlineStr"><is><t>f</t></is></c>', False),
])
def test_formulas_stored_without_values_are_told(cells, uncached):
    assert xlsx.uncached_formulas(zipfile.ZipFile(io.BytesIO(_package(_sheet_xml(cells))))) is uncached


def _budget_book(with_values: bool) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu 01"
    ws.append(["PHỤ LỤC KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2028 - 2029"])
    ws.append(["ĐVT: triệu đồng"])
    ws.append(["STT", "Nội dung", "Tổng số", "Năm 2028", "Năm 2029"])
    rows = [("I", "Truyền thông, nâng cao nhận thức", None, None),
            ("1", "Sản xuất tài liệu tuyên truyền", 180, 220),
            ("2", "Tổ chức hội nghị chuyên đề", 95, 105),
            ("II", "Đào tạo, tập huấn", None, None),
            ("3", "Tập huấn cho cán bộ cấp xã", 310, 340)]
    first = 4
    for i, (tt, name, a, b) in enumerate(rows):
        r = first + i
        ws.append([tt, name, f"=SUM(D{r}:E{r})", a, b])
    # the groups sum their rows; the total sums the groups
    ws["D4"], ws["E4"] = "=SUM(D5:D6)", "=SUM(E5:E6)"
    ws["D7"], ws["E7"] = "=SUM(D8:D8)", "=SUM(E8:E8)"
    ws.append(["", "Tổng cộng", "=C4+C7", "=D4+D7", "=E4+E7"])
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if with_values:  # as Excel would have saved it: LibreOffice stores every value
        from extractors.formats import office
        data = office.convert(data, ".xlsx", "xlsx", 60)
    return data


@pytest.mark.parametrize("with_values", [False, True])
def test_a_budget_workbook_of_formulas_reads_its_totals(with_values):
    data = _budget_book(with_values)
    assert xlsx.uncached_formulas(zipfile.ZipFile(io.BytesIO(data))) is not with_values
    table = next(b for b in xlsx.read(data, "bieu-01.xlsx").blocks if b.kind == "table")
    by_label = {row[1]: row[2:] for row in table.rows}
    assert by_label["Truyền thông, nâng cao nhận thức"] == ["600", "275", "325"]
    assert by_label["Tập huấn cho cán bộ cấp xã"] == ["650", "310", "340"]
    assert by_label["Tổng cộng"] == ["1.250", "585", "665"]
    result = process("bieu-01.xlsx", data)
    record = result.record.model_dump(mode="json")
    items = record["budget"]["items"]
    total = {(i["year"], i["amount_vnd"]) for i in items if i["row_kind"] == "total"}
    assert total == {(None, 1_250_000_000), (2028, 585_000_000), (2029, 665_000_000)}
    group = {(i["year"], i["amount_vnd"]) for i in items if i["row_label"] == "Đào tạo, tập huấn"}
    assert group == {(None, 650_000_000), (2028, 310_000_000), (2029, 340_000_000)}
    text = result.text
    assert items and all(text[i["span"]["start"]:i["span"]["end"]] == i["raw"] for i in items)


def test_without_libreoffice_the_cells_stay_empty_and_the_record_says_so(monkeypatch):
    from extractors.formats import tools

    def missing():
        raise tools.ConverterUnavailable("read.converter_unavailable: soffice is not on PATH")
    monkeypatch.setattr(tools, "soffice", missing)
    raw = xlsx.read(_budget_book(False), "bieu-01.xlsx")
    assert [i["code"] for i in raw.issues] == ["read.formulas_not_computed"]
    table = next(b for b in raw.blocks if b.kind == "table")
    assert [row[2] for row in table.rows if row[1] == "Tập huấn cho cán bộ cấp xã"] == [""]
