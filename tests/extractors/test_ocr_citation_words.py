"""The words of a cited document as OCR misreads them in running text ("Căn cử Quyêt định sô
1250/QĐ-UBND", "Nghị đinh", "Kê hoạch", "Luât Đất đai"): a basis read so was not found at all.
The kind's name takes its marks where a citation has it (before "số" or a number with a slash;
a law or a code before its name), "Căn cứ" where a basis opens; the same letters elsewhere
("khoản chi thì", "theo kê hoạch", "luật pháp") stay as read. Invented lines."""

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.fields.legal_bases import extract_legal_bases
from extractors.formats.base import RawBlock, RawDocument
from extractors.formats.ocr import repair_line
from extractors.formats.vi_syllable import repair_citation_words


def _repaired(line: str) -> str:
    return " ".join(repair_citation_words(line.split()))


@pytest.mark.parametrize("read, expected", [
    ("Căn cử Quyêt định sô 315/QĐ-UBND ngày 09/5/2019 của UBND tỉnh;",
     "Căn cứ Quyết định số 315/QĐ-UBND ngày 09/5/2019 của UBND tỉnh;"),
    ("Căn cứ Nghị đinh số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ;",
     "Căn cứ Nghị định số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ;"),
    ("- Cän cứ Kê hoạch số 41/KH-UBND ngày 02/3/2019;", "- Căn cứ Kế hoạch số 41/KH-UBND ngày 02/3/2019;"),
    ("Căn cứ Luât Thủy lợi ngày 19 tháng 6 năm 2017;", "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;"),
    ("Căn cứ Chỉ thi 08/CT-TTg ngày 11/3/2019", "Căn cứ Chỉ thị 08/CT-TTg ngày 11/3/2019"),
    ("Thực hiện Thông tư liên tich số 07/2019/TTLT-BTC", "Thực hiện Thông tư liên tịch số 07/2019/TTLT-BTC"),
    ("CĂN CỨ NGHI ĐỊNH SỐ 32/2019/NĐ-CP", "CĂN CỨ NGHỊ ĐỊNH SỐ 32/2019/NĐ-CP"),
    ("Thục hiện Kế hoạch số 205/KH-UBND ngày 14/7/2026", "Thực hiện Kế hoạch số 205/KH-UBND ngày 14/7/2026"),
    ("Trien khai Chỉ thị số 03/CT-UBND", "Triển khai Chỉ thị số 03/CT-UBND"),
    ("Căn cứ Quyết. định số 1108/QĐ - UBND ngày 02/6/2009", "Căn cứ Quyết định số 1108/QĐ - UBND ngày 02/6/2009"),
    # must not: the same letters where no document is cited
    ("Ông Quyết. định đi công tác", "Ông Quyết. định đi công tác"),
    ("Nguyễn Văn Quyết. Định kỳ 6 tháng báo cáo", "Nguyễn Văn Quyết. Định kỳ 6 tháng báo cáo"),
    ("nếu khoản chi thì phải quyết toán", "nếu khoản chi thì phải quyết toán"),
    ("thực hiện theo kê hoạch đã duyệt", "thực hiện theo kê hoạch đã duyệt"),
    ("các Quyêt định đã ban hành", "các Quyêt định đã ban hành"),
    ("tuyên truyền luật pháp cho nhân dân", "tuyên truyền luật pháp cho nhân dân"),
    ("Căn cứ ý kiến chỉ đạo", "Căn cứ ý kiến chỉ đạo"),
    ("giá trị cân cư trú 12/2019", "giá trị cân cư trú 12/2019"),
])
def test_citation_words(read, expected):
    assert _repaired(read) == expected


def test_a_basis_read_with_its_marks_lost_is_found_once_repaired():
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG HẢI", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Đông Hải, ngày 20 tháng 5 năm 2019", "KẾ HOẠCH", "Nạo vét kênh mương",
             " ".join(repair_line("Căn cử Quyêt định sô 315/QĐ-UBND ngày 09/5/2019 của UBND tỉnh;".split())),
             "I. MỤC TIÊU", "Nạo vét 20 km kênh."]
    raw = RawDocument([RawBlock("paragraph", t, {"page": 1, "ocr": True}) for t in lines], metadata={"ocr": True})
    doc = build_document(raw)
    bases = extract_legal_bases(doc, extract_header(doc)["title_end"])
    assert [(b["doc_type"], b["number"], b["issued_date"]) for b in bases] == [
        ("Quyết định", "315/QĐ-UBND", "2019-05-09")]
