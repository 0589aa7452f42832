"""A document typed in TCVN3 (.VnTime) whose text reaches us without its fonts: a PDF's text layer, or a text file.

- TCVN3's "ư" is the code 0xAD, the soft hyphen of Windows-1252. A PDF whose font has no map of its own to Unicode
  gives that code's standard name, "hyphen": "Tr-êng", "§-îc", "nh- sau", "§Çu t-" (PDFium and pdftotext both). The
  hyphen that stands for "ư" is the code again before the text is converted (normalizers.legacy.hyphens_as_u):
  "Trường", "Được", "như sau", "Đầu tư"; a code's, a range's, a list's or a name's hyphen stays.
- Headings set in the capitals font .VnTimeH were typed as small letters' codes: without the font they read "iii.
  nhiệm vụ, giải pháp", "kế hoạch", "kt. chủ tịch" / "phó chủ tịch". What their form tells for a heading (a part
  numbered in Roman, a document's kind alone, a signature's mark and the title under it) is put back in capitals
  (normalizers.legacy.capital_lines): G41's TCVN3 plan printed to PDF lost its part headings (its budget lines read
  as objectives), its title (glued to the date line) and its signer's title.
Lines, names and numbers invented (round P48); must and must-not rows."""

from __future__ import annotations

import pytest

from normalizers.legacy import capital_lines, to_unicode
from pipeline.process import process
from tests.minimal_pdf import pdf_of
from tests.renditions.legacy import encode


def tcvn3(text: str, small_capitals: bool = False) -> str:
    return encode(text.lower() if small_capitals else text, "tcvn3")


@pytest.mark.parametrize("unicode_text", [
    "Trường Trung học phổ thông Nam Hưng",
    "Được hỗ trợ như sau: lưu trữ hồ sơ, chưa thực hiện",
    "Sở Kế hoạch và Đầu tư, Sở Tư pháp, thư viện tỉnh",
    "Người dân ở các phường được hướng dẫn trước ngày 15",
    "Hưng Yên, Thường trực Hội đồng nhân dân",
])
def test_a_hyphen_for_u_reads_as_u(unicode_text):
    reference = to_unicode(tcvn3(unicode_text), "tcvn3")  # the codes with their 0xAD
    assert "\u00ad" in tcvn3(unicode_text)
    assert to_unicode(tcvn3(unicode_text).replace("\u00ad", "-"), "tcvn3") == reference


@pytest.mark.parametrize("unicode_text", [
    "Số: 45/KH-UBND",  # a number's code
    "Nghị định số 15/2027/NĐ-CP",
    "giai đoạn 2027-2030",
    "- các xã, thị trấn",  # a list's dash
    "đồng bào Ê-đê, Ba-na, Xơ-đăng",  # names' hyphens
    "Tổ T-2, e-mail",
])
def test_other_hyphens_stay(unicode_text):
    got = to_unicode(tcvn3(unicode_text), "tcvn3")
    assert got.count("-") == unicode_text.count("-") and "ư" not in got


@pytest.mark.parametrize("line, want", [
    ("iii. nhiệm vụ, giải pháp", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("iv. kinh phí thực hiện", "IV. KINH PHÍ THỰC HIỆN"),
    ("kế hoạch", "KẾ HOẠCH"),
    ("   chương trình", "   CHƯƠNG TRÌNH"),
    ("Nơi nhận:                          tm. ủy ban nhân dân", "Nơi nhận:                          TM. ỦY BAN NHÂN DÂN"),
    ("kt. giám đốc\n\nphó giám đốc", "KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC"),
    # must not: a capital of its own, a sentence, a digit, a list's letter, a kind inside running text
    ("i. Mục tiêu chung", "i. Mục tiêu chung"),
    ("ii. các xã thực hiện;", "ii. các xã thực hiện;"),
    ("v. năm 2028", "v. năm 2028"),
    ("a) tm. các đơn vị", "a) tm. các đơn vị"),
    ("kế hoạch này được triển khai", "kế hoạch này được triển khai"),
    ("phó giám đốc", "phó giám đốc"),  # a title with no mark above it
])
def test_capital_lines(line, want):
    assert capital_lines(line) == want


PLAN = [  # (line, set in the capitals font)
    ("ủy ban nhân dân", True), ("tỉnh hà nguyên", True), ("Số: 31/KH-UBND", False),
    ("Hà Nguyên, ngày 9 tháng 4 năm 2029", False), ("kế hoạch", True),
    ("Nâng cao chất lượng trường học tỉnh Hà Nguyên năm 2029", False),
    ("Căn cứ Nghị quyết số 08/NQ-HĐND ngày 12 tháng 12 năm 2028 của Hội đồng nhân dân tỉnh;", False),
    ("i. mục tiêu", True),
    ("- 95% trường học đạt chuẩn quốc gia;", False),
    ("ii. kinh phí thực hiện", True),
    ("- Ngân sách tỉnh: 4.500 triệu đồng;", False),
    ("iii. tổ chức thực hiện", True),
    ("1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tư pháp hướng dẫn các trường.", False),
    ("tm. ủy ban nhân dân", True), ("kt. chủ tịch", True), ("phó chủ tịch", True), ("Lương Văn Hưởng", False),
]


def test_a_font_less_tcvn3_plan():
    text = "\n".join(tcvn3(line, small) for line, small in PLAN)
    pdf = process("ke-hoach.pdf", pdf_of([(50.0, 50.0 + 14 * k, 11.0, line.encode("cp1252"))
                                         for k, line in enumerate(text.replace("\u00ad", "-").split("\n"))]))
    txt = process("ke-hoach.txt", text.encode("cp1252"))
    for out in (pdf, txt):
        record = out.record
        assert record is not None, out.error
        assert record.doc_type == "Kế hoạch"
        assert record.title == "Nâng cao chất lượng trường học tỉnh Hà Nguyên năm 2029"
        assert [o.text for o in record.objectives] == ["95% trường học đạt chuẩn quốc gia;"]
        assert "Sở Tư pháp" in out.text and "trường học" in out.text and "hướng dẫn" in out.text
        assert (record.signer.title or "").lower() == "phó chủ tịch"
