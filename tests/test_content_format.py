"""Files whose extension no reader takes are read by what their bytes hold (pipeline/inputs.py
content_format): a word segmenter's "plan.txt.ws", a decision saved with no extension, a PDF
named ".bin". What is not a document (JSON, XML, binary, prose with no document's words) stays a
skip with its reason."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest

from pipeline.inputs import content_format, walk
from tests.conftest import ROOT

SEGMENTED = ("ỦY_BAN NHÂN_DÂN\nHUYỆN ĐÔNG_SƠN\nSố : 45/KH - UBND\nCỘNG_HÒA XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM\n"
             "Độc_lập - Tự_do - Hạnh_phúc\nĐông_Sơn , ngày 12 tháng 3 năm 2024\nKẾ_HOẠCH\n"
             "Phát_triển giáo_dục mầm_non năm 2024\n")
HEADERLESS = ("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23 tháng 3 năm 2021 của Chính phủ;\n"
              "Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch như sau:\n")
MARKDOWN = "| ỦY BAN NHÂN DÂN TỈNH BẢO SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n\n## I. MỤC TIÊU\n"


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.mark.parametrize("name, data, expected", [
    # must read: a document under a name no reader takes
    ("plan.txt.ws", SEGMENTED.encode("utf-8"), "txt"),
    ("QD-125", HEADERLESS.encode("utf-8"), "txt"),
    ("plan.seg", SEGMENTED.encode("utf-16"), "txt"),
    ("chunk_3", MARKDOWN.encode("utf-8"), "md"),
    ("scan.bin", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdf"),
    ("plan.docx.download", _docx(), "docx"),
    ("page.htm.orig", b"<!DOCTYPE html><html><body><p>KE HOACH</p></body></html>", "html"),
    ("plan.rtf.bak", b"{\\rtf1\\ansi Ke hoach}", "rtf"),
    # a scan's image (read by OCR, extractors/formats/image.py) under a scanner's own name
    ("page-003.scan", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4, "jpeg"),
    ("hoso-12", b"II*\x00\x08\x00\x00\x00" + bytes(200), "tiff"),
    # a page's content element saved as its inner HTML under the portal's address (session 49)
    ("chi-tiet-van-ban.aspx", "".join(f"<p>{line}</p>\n" for line in SEGMENTED.replace("_", " ").split("\n")
                                      ).encode("utf-8"), "html"),
    # must not read: what is no document
    ("records.json", json.dumps({"title": "KẾ HOẠCH phát triển", "body": "Căn cứ Luật"}).encode(), None),
    ("meta.xml", "<?xml version='1.0'?><doc>KẾ HOẠCH</doc>".encode(), None),
    # markup that is no page's text (an XML's elements, however many) or a page of no document
    ("layout.xml.bak", ("<config>" + "<item>KẾ HOẠCH</item>\n" * 12 + "</config>").encode(), None),
    ("menu.aspx", "".join(f"<div><p>Trang chủ {i}</p></div>\n" for i in range(12)).encode("utf-8"), None),
    ("notes.csv", "id,name\n1,Nguyễn Văn An\n".encode(), None),
    ("README", b"How to use this folder: put the files in raw/.\n", None),
    ("logo.gif", b"GIF89a\x10\x00\x10\x00" + bytes(range(256)) * 4, None),
    ("chime.wav", b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(200), None),
    ("slides.pptx", b"PK\x03\x04" + b"\0" * 40, None),
    ("latin1.txt.ws", "KẾ HOẠCH số 12".encode("cp1258", "replace"), None),
])
def test_a_file_with_an_unknown_extension_is_read_by_its_content(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert content_format(str(path)) == expected
    found = walk([tmp_path])
    assert len(found) == 1 and found[0].fmt == expected
    if expected is None:
        assert found[0].reason.startswith("unsupported extension")
    else:
        assert found[0].reason is None


def test_a_word_segmented_plan_named_txt_ws_and_a_pdf_with_no_extension_give_records(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "kh-45.txt.ws").write_bytes((SEGMENTED + "Căn_cứ Luật Giáo_dục số 43/2019/QH14 ;\n").encode("utf-8"))
    (src / "kontum-787").write_bytes((ROOT / "data" / "raw" / "kontum_787-KH-UBND_2018.pdf").read_bytes())
    (src / "index.json").write_text('{"files": 2}', encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "--out", str(out), "--jobs", "1",
                             "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    inputs = {e["path"]: e for e in json.loads((out / "v1" / "manifest.json").read_text(encoding="utf-8"))["inputs"]}
    assert {p: (e["outcome"], e["format"]) for p, e in inputs.items()} == {
        "kh-45.txt.ws": ("record", "txt"), "kontum-787": ("record", "pdf"), "index.json": ("skipped", None)}
    plan = json.loads((out / "v1" / inputs["kh-45.txt.ws"]["document"]).read_text(encoding="utf-8"))
    assert plan["number"] == "45/KH-UBND" and plan["source"]["format"] == "txt"
    assert plan["source"]["path"] == "kh-45.txt.ws"
    pdf = json.loads((out / "v1" / inputs["kontum-787"]["document"]).read_text(encoding="utf-8"))
    assert pdf["number"] == "787/KH-UBND" and pdf["source"]["format"] == "pdf"
