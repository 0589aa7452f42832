"""Legacy Word (.doc), RTF and spreadsheets (.xlsx, .xls): real LibreOffice conversions
of a plan of our own, read like the .docx it came from."""

import functools
import io
import os
import tempfile

import pytest

from extractors.blocks import ReadError
from extractors.formats import format_of, read
from extractors.formats.base import ReadOptions
from extractors.formats.xlsx import vn_number
from pipeline.process import Options, process
from pipeline.run import run
from tests.renditions.wordplan import BUDGET, to_format, word_plan

HEADER_FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "title", "period", "signer")


def tidy_items(record: dict) -> list[tuple]:
    return [(i["row_code"], i["row_kind"], i["year"], i["source"], i["amount_vnd"], tuple(i["flags"]))
            for i in record["budget"]["items"]]


@functools.lru_cache(maxsize=None)
def converted(fmt: str) -> bytes:
    """The plan converted once per session (a LibreOffice run takes seconds)."""
    return to_format(_budget_workbook(), fmt) if fmt in ("xls", "ods") else to_format(word_plan(), fmt)


@pytest.fixture(scope="module")
def plan_docx() -> dict:
    out = process("plan.docx", word_plan())
    assert out.record is not None, out.error
    return out.record.model_dump(mode="json")


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_legacy_word_reads_like_the_docx(fmt, plan_docx, tmp_path, monkeypatch):
    data = converted(fmt)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = process(f"plan.{fmt}", data)
    assert os.listdir(tmp_path) == []  # the conversion's folder, file and profile are gone
    assert out.record is not None, out.error
    record = out.record.model_dump(mode="json")
    assert record["source"]["format"] == fmt
    for field in HEADER_FIELDS:
        assert record[field] == plan_docx[field], field
    assert tidy_items(record) == tidy_items(plan_docx)
    assert len(record["budget"]["items"]) == 21
    text = out.text
    for item in record["budget"]["items"]:  # spans point into the normalized text
        assert text[item["span"]["start"]:item["span"]["end"]] == item["raw"]


def test_conversion_over_the_time_limit_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    data = converted("doc")
    with pytest.raises(ReadError, match="took longer than"):
        read(data, "plan.doc", options=ReadOptions(timeout_seconds=0.3))
    assert not list(tmp_path.glob("vnplan-lo-*"))


def _budget_workbook() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["A1"] = "PHỤ LỤC: DỰ TOÁN KINH PHÍ KẾ HOẠCH THỦY LỢI"
    ws.merge_cells("A1:E1")
    ws["A2"] = "Đơn vị tính: triệu đồng"
    ws.append([])
    ws.append(["TT", "Nội dung", "Tổng kinh phí", "Chia ra", None])
    ws.append([None, None, None, "Năm 2022", "Năm 2023"])
    ws.merge_cells("D4:E4")
    for col in "ABC":
        ws.merge_cells(f"{col}4:{col}5")
    for code, label, total, y1, y2 in BUDGET:
        values = [float(v.replace(".", "")) for v in (total, y1, y2)]
        ws.append([code or None, label, *values])
        for cell in ws[ws.max_row][2:]:
            cell.number_format = "#,##0"
    ws.append([])
    ws.append(["Ghi chú: kinh phí lấy từ nguồn ngân sách tỉnh."])
    prose = wb.create_sheet("Thuyết minh")
    prose["A1"] = "Kinh phí được bố trí theo tiến độ thực hiện."
    prose["A2"] = "Tỷ lệ giải ngân năm 2022 dự kiến đạt 95%."
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_xlsx_sheet_is_a_budget_table(plan_docx):
    data = _budget_workbook()
    raw = read(data, "annex.xlsx")
    kinds = [(b.kind, b.text[:30]) for b in raw.blocks]
    assert kinds[0] == ("paragraph", "PHỤ LỤC: DỰ TOÁN KINH PHÍ KẾ H")  # the merged title once, before the table
    assert kinds[1] == ("paragraph", "Đơn vị tính: triệu đồng")
    table = next(b for b in raw.blocks if b.kind == "table")
    assert table.rows[0] == ["TT", "Nội dung", "Tổng kinh phí", "Chia ra", "Chia ra"]  # merged ranges spread
    assert table.rows[2] == ["I", "Hỗ trợ đầu tư hạ tầng thủy lợi", "4.350", "2.150", "2.200"]
    prose = [b.text for b in raw.blocks if b.location.get("sheet") == 2]
    assert prose == ["Kinh phí được bố trí theo tiến độ thực hiện.", "Tỷ lệ giải ngân năm 2022 dự kiến đạt 95%."]
    record = process("annex.xlsx", data).record.model_dump(mode="json")
    assert record["source"]["format"] == "xlsx"
    assert tidy_items(record) == tidy_items(plan_docx)


def test_xls_is_converted_and_read_like_the_xlsx():
    xlsx = _budget_workbook()
    data = converted("xls")
    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE2 (Excel 97) file, not a zip
    a = process("annex.xlsx", xlsx).record.model_dump(mode="json")
    b = process("annex.xls", data).record.model_dump(mode="json")
    assert b["source"]["format"] == "xls"
    assert tidy_items(a) == tidy_items(b) and len(tidy_items(b)) == 21


def test_ods_is_converted_and_read_like_the_xlsx():
    data = converted("ods")
    assert data[:4] == b"PK\x03\x04" and b"opendocument.spreadsheet" in data[:200]
    a = process("annex.xlsx", _budget_workbook()).record.model_dump(mode="json")
    b = process("annex.ods", data).record.model_dump(mode="json")
    assert b["source"]["format"] == "ods"
    assert tidy_items(a) == tidy_items(b) and len(tidy_items(b)) == 21


@pytest.mark.parametrize("value, decimals, text", [
    ("67400", None, "67.400"), ("1234567.5", None, "1.234.567,5"), ("12.5", None, "12,5"),
    ("-3000", None, "-3.000"), ("999", None, "999"), ("0.30000000000000004", None, "0,3"),
    ("1500.256", 2, "1.500,26"), ("1500", 2, "1.500,00"), ("7.4", 0, "7"),
])
def test_vn_number(value, decimals, text):
    from decimal import Decimal
    assert vn_number(Decimal(value), decimals) == text


def test_formats_registered():
    assert ([format_of(f"a.{x}") for x in ("doc", "DOC", "rtf", "xls", "xlsx", "odt", "ODS", "ppt")]
            == ["doc", "doc", "rtf", "xls", "xlsx", "odt", "ods", None])


def test_missing_libreoffice_is_a_clear_error_record_and_the_run_goes_on(tmp_path, monkeypatch):
    data = converted("doc")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.doc").write_bytes(data)
    (tmp_path / "in" / "note.txt").write_text("KẾ HOẠCH\nPhát triển thủy lợi nội đồng năm 2022\n", encoding="utf-8")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    summary = run([tmp_path / "in"], tmp_path / "out", Options())
    outcomes = {e["path"]: e for e in summary.entries}
    assert outcomes["note.txt"]["outcome"] == "record"
    err = outcomes["plan.doc"]
    assert err["outcome"] == "error" and err["stage"] == "read"
    assert err["message"].startswith("read.converter_unavailable")
    assert "soffice" in err["message"] and "apt-get install -y libreoffice-writer-nogui" in err["message"]
    record = next((tmp_path / "out" / "v1" / "errors").glob("*.json")).read_text(encoding="utf-8")
    assert '"error_type": "ConverterUnavailable"' in record


def test_not_a_workbook_is_refused():
    with pytest.raises(ReadError, match="not a valid .xlsx"):
        read(b"PK-not-really", "a.xlsx")
    buf = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(buf, "w") as z:  # a zip of neither kind (a Word zip is read as a Word file)
        z.writestr("xl/styles.xml", "<a/>")
    with pytest.raises(ReadError, match="no xl/workbook.xml"):
        read(buf.getvalue(), "a.xlsx")


def test_manifest_records_the_ocr_options(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text("KẾ HOẠCH\nThủy lợi\n", encoding="utf-8")
    run([src], tmp_path / "out", Options(ocr="never", ocr_lang="vie+eng", ocr_dpi=250))
    import json
    manifest = json.loads((tmp_path / "out" / "v1" / "manifest.json").read_text(encoding="utf-8"))
    assert {k: manifest["options"][k] for k in ("ocr", "ocr_lang", "ocr_dpi")} == {"ocr": "never", "ocr_lang": "vie+eng",
                                                                                   "ocr_dpi": 250}



def test_tcvn3_text_in_a_doc_is_converted():
    """An old Word file typed in .VnTime (TCVN3): LibreOffice gives the Latin-1 look-alikes,
    which the reader converts as in every format."""
    import docx

    from normalizers.text import normalize_line
    from tests.normalizers.test_legacy import SAMPLE, encode
    lines = [normalize_line(line) for line in SAMPLE[:6]]
    d = docx.Document()
    for line in lines:
        run = d.add_paragraph().add_run(encode(line, "tcvn3"))
        run.font.name = ".VnTime"
    d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    raw = read(to_format(buf.getvalue(), "doc"), "old.doc")
    assert [normalize_line(b.text) for b in raw.blocks] == lines
    assert [i["code"] for i in raw.issues] == ["text.legacy_font_converted"]  # its runs name .VnTime
