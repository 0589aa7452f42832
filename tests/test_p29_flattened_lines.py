"""A scrape or a Word file that kept a document's paragraphs but flattened two of its two-column parts into one
paragraph each: the header's row (issuer, motto, then the number, place and date after the motto) and the recipients'
column with the signature's beside it. The lines are put back by the readers (layout.one_line, and
formats.base.lines_put_back for the formats that read paragraphs), whatever the format, so the header and signature
extractors read them as they read any header."""

import io

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header, extract_recipients, extract_signature
from extractors.formats import read
from extractors.layout.one_line import put_back_header_and_signature

HEAD = ("ỦY BAN NHÂN DÂN HUYỆN LỘC THANH ---------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "---------- Số: 142/KH-UBND Lộc Thanh, ngày 12 tháng 9 năm 2023")
END = ("Nơi nhận: - Sở Nội vụ; - TT Huyện ủy; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
       "Hoàng Minh Tuấn")
BODY = ["KẾ HOẠCH", "Tuyên truyền pháp luật năm 2023", "I. MỤC ĐÍCH", "Nâng cao nhận thức của người dân."]


def _docx(paras: list[str]) -> bytes:
    import docx
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _file(paras: list[str], fmt: str) -> bytes:
    if fmt == "md":
        return "\n\n".join(paras).encode()
    if fmt == "txt":
        return "\n".join(paras).encode()
    if fmt == "html":
        return ("<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>").encode()
    return _docx(paras)


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx"])
def test_a_flattened_header_row_and_signature_read_in_every_format(fmt):
    doc = build_document(read(_file([HEAD, *BODY, END], fmt), f"plan.{fmt}"))
    header, signer = extract_header(doc), extract_signature(doc)
    assert (header["number"], header["place"], header["issued_date"]) == ("142/KH-UBND", "Lộc Thanh", "2023-09-12")
    assert header["issuer"]["name"] == "Ủy ban nhân dân huyện Lộc Thanh"
    assert (signer["name"], signer["title"], signer["authority"]) == (
        "Hoàng Minh Tuấn", "Phó Chủ tịch", ["TM. Ủy ban nhân dân", "KT. Chủ tịch"])
    assert [r["text"] for r in extract_recipients(doc)] == ["Sở Nội vụ", "TT Huyện ủy", "Lưu: VT"]
    for r in extract_recipients(doc):  # provenance: each recipient's span holds it
        assert r["text"] in doc.text[r["span"]["start"]:r["span"]["end"]]


@pytest.mark.parametrize("line, lines", [
    # must: a header row (a Sở's, no rules between the columns), a recipients' line ending on a signature
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐÔNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "Số: 75/KH-SNNMT Đông Sơn, ngày 03 tháng 02 năm 2026",
     ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Số: 75/KH-SNNMT", "Đông Sơn, ngày 03 tháng 02 năm 2026"]),
    ("Nơi nhận: - Như trên; - Lưu: VT, NV. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Thu Hà",
     ["Nơi nhận: - Như trên; - Lưu: VT, NV.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Thu Hà"]),
    # must not: no number after the motto; a list whose last entry names a body in capitals; a list alone;
    # the motto quoted in a sentence
    ("ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số lượng: 12 xã", None),
    ("Nơi nhận: - Sở Y tế; - Lưu: VT, KT. TM. UBND TỈNH.", None),
    ("Nơi nhận: - Như trên; - Lưu: VT.", None),
    ("Treo băng rôn với khẩu hiệu Độc lập - Tự do - Hạnh phúc tại 12 xã.", None),
])
def test_the_lines_put_back(line, lines):
    text = f"KẾ HOẠCH\n{line}\nI. MỤC TIÊU"
    got = put_back_header_and_signature(text)
    if lines is None:
        assert got is text
    else:
        assert got.split("\n") == ["KẾ HOẠCH", *lines, "I. MỤC TIÊU"]
