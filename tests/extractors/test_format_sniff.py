"""The content, not the extension, picks the reader: archives hold a Word 97 file saved as
.docx, a .docx renamed .doc, a web page or an RTF file saved with a .doc extension. Such a
file is read as what it is (with a `read.format_mismatch` warning), so that it gives the
record its true format gives, and two inputs with the same bytes read the same whatever
their names. OpenDocument files (.odt, .ods) are read through LibreOffice."""

import io
import zipfile

import pytest

from extractors.formats.base import sniff
from pipeline.process import process
from tests.extractors.test_office import HEADER_FIELDS, converted, tidy_items
from tests.renditions.wordplan import to_format, word_plan

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56


def _zip(entries: dict[str, bytes], stored_first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in entries.items():
            z.writestr(name, body, compress_type=zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED)
    return out.getvalue()


SNIFF_ROWS = [
    # must match: the bytes declare their format
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
    ("docx", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}), "docx"),
    ("docm", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
                   "word/vbaProject.bin": b"\0"}), "docx"),
    ("xlsx", _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}), "xlsx"),
    ("odt", _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "mimetype"), "odt"),
    ("ods", _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, "mimetype"),
     "ods"),
    ("word 97", OLE + "Root Entry".encode("utf-16-le") + b"\0" * 40 + "WordDocument".encode("utf-16-le"), "doc"),
    ("excel 97", OLE + "Root Entry".encode("utf-16-le") + b"\0" * 40 + "Workbook".encode("utf-16-le"), "xls"),
    ("rtf", b"{\\rtf1\\ansi\\ansicpg1258\\deff0 {\\fonttbl", "rtf"),
    ("rtf after a BOM and a blank line", b"\xef\xbb\xbf\r\n{\\rtf1\\ansi", "rtf"),
    ("html doctype", b"<!DOCTYPE html>\n<html lang=\"vi\"><body>", "html"),
    ("Word's web page", b"\xef\xbb\xbf<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:x\">", "html"),
    ("xhtml with a declaration", b"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
     "html"),
    ("a saved page's comment", b"<!-- saved from url=(0042)http://example.vn/ -->\n<HTML>\n<HEAD>", "html"),
    # must not match: nothing in the bytes says so unmistakably
    ("plain text", "UỶ BAN NHÂN DÂN\nTỈNH SƠN LA\nKẾ HOẠCH\n".encode("utf-8"), None),
    ("markdown with a table's html further down", b"# K\xe1\xba\xbe HO\xe1\xba\xa0CH\n\n<table><tr><td>1</td></tr></table>",
     None),
    ("text that names a tag", b"Xem <html> trong ph\xe1\xbb\xa5 l\xe1\xbb\xa5c", None),
    ("a tag that only starts like html", b"<htmlish>", None),
    ("pdf named in prose", b"Tep dinh kem %PDF-1.4 (ban chup)", None),
    # (a zip that is no office document is an archive of files, read as the plan and its annexes: schema 1.8)
    ("another zip", _zip({"readme.txt": b"x", "data/a.csv": b"1,2"}), "zip"),
    ("a broken zip", b"PK\x03\x04" + b"\0" * 30, None),
    ("an OLE file of another kind", OLE + "PowerPoint Document".encode("utf-16-le"), None),
    ("an unfinished rtf start", b"{\\rt", None),
    ("empty", b"", None),
]


@pytest.mark.parametrize("name,data,expected", SNIFF_ROWS, ids=[r[0] for r in SNIFF_ROWS])
def test_sniff(name, data, expected):
    assert sniff(data) == expected


@pytest.fixture(scope="module")
def plan_docx() -> dict:
    out = process("plan.docx", word_plan())
    assert out.record is not None, out.error
    return out.record.model_dump(mode="json")


def _read_as(name: str, data: bytes) -> tuple[dict, str]:
    out = process(name, data)
    assert out.record is not None, out.error
    return out.record.model_dump(mode="json"), out.text


def _same_record(record: dict, text: str, plan: dict) -> None:
    for field in HEADER_FIELDS:
        assert record[field] == plan[field], field
    assert tidy_items(record) == tidy_items(plan)
    assert [a["title"] for a in record["activities"]] == [a["title"] for a in plan["activities"]]
    for item in record["budget"]["items"]:
        assert text[item["span"]["start"]:item["span"]["end"]] == item["raw"]


def _mismatch(record: dict) -> list[str]:
    return [i["message"] for i in record["quality"]["issues"] if i["code"] == "read.format_mismatch"]


@pytest.mark.parametrize("name,make", [
    ("ke-hoach.doc", lambda: word_plan()),                 # a .docx renamed .doc (no LibreOffice involved)
    ("ke-hoach.docx", lambda: converted("doc")),           # a Word 97 file named .docx: was "not a zip archive"
    ("ke-hoach.docx", lambda: converted("rtf")),           # an RTF file named .docx
])
def test_a_misnamed_word_file_reads_as_what_it_is(name, make, plan_docx):
    record, text = _read_as(name, make())
    assert record["source"]["format"] == name.rsplit(".", 1)[1]  # the extension's format, as the field says
    _same_record(record, text, plan_docx)
    assert len(_mismatch(record)) == 1


def test_a_web_page_named_doc_reads_as_the_page():
    page = to_format(word_plan(), "html")
    as_html, _ = _read_as("trang.html", page)
    as_doc, _ = _read_as("trang.doc", page)
    assert _mismatch(as_doc) and not _mismatch(as_html)
    for field in (*HEADER_FIELDS, "legal_bases", "objectives", "activities", "budget"):
        assert as_doc[field] == as_html[field], field


def test_a_file_named_for_its_format_gets_no_warning(plan_docx):
    assert not _mismatch(plan_docx)
    record, _ = _read_as("plan.doc", converted("doc"))
    assert not _mismatch(record)
    record, _ = _read_as("plan.doc", converted("rtf"))  # .doc and .rtf share their reader: nothing to say
    assert not _mismatch(record)


def test_opendocument_text_reads_like_the_docx(plan_docx):
    record, text = _read_as("ke-hoach.odt", to_format(word_plan(), "odt"))
    assert record["source"]["format"] == "odt"
    _same_record(record, text, plan_docx)
    assert not _mismatch(record)


def test_text_that_is_not_html_stays_text():
    data = "KẾ HOẠCH\nTriển khai <html> trên cổng thông tin\n".encode("utf-8")
    record, text = _read_as("a.txt", data)
    assert not _mismatch(record)
    assert "<html>" in text
