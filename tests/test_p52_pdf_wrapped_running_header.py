"""A Word plan whose running header is too long for its width and wraps ("Kế hoạch số 61/KH-UBND ngày 14/01/2028 của
Ủy ban nhân dân huyện Tân Lạc về phát" / "triển vùng lúa chất lượng cao"), printed to PDF. The header's first line was
furniture, its rest was not: it stood atop every page after the first as a line of the body, ran into the paragraph a
page break cut, and after the signature it hid the last recipient ("- Lưu: VT, KT." alone on the last page) from the
recipients (round G49's Word plan as a Word-made PDF, tests.renditions.producers). The short line under a running header atop two pages or more is now furniture too
(extractors.layout.paragraphs.wrapped_rest)."""

from __future__ import annotations


import pytest

from extractors.layout.paragraphs import wrapped_rest
from pipeline.process import process
from tests.office import pdf_of

HEADER = "Kế hoạch số 61/KH-UBND ngày 14/01/2028 của Ủy ban nhân dân huyện Tân Lạc về lúa chất lượng cao"
SENTENCE = ("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể, bố trí nguồn lực, "
            "tổ chức thực hiện có hiệu quả các nội dung của Kế hoạch; định kỳ báo cáo kết quả về Phòng Nông nghiệp và Môi "
            "trường để tổng hợp, báo cáo Ủy ban nhân dân huyện. ")


def _plan_pdf() -> bytes:
    import docx
    d = docx.Document()  # (three pages: the header atop two of them, fewer than the three the repeats' rule needs)
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    for line in ["ỦY BAN NHÂN DÂN HUYỆN TÂN LẠC", "Số: 61/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Tân Lạc, ngày 14 tháng 01 năm 2028", "KẾ HOẠCH",
                 "Phát triển vùng lúa chất lượng cao huyện Tân Lạc năm 2028", "I. MỤC TIÊU",
                 "- Diện tích lúa chất lượng cao đạt 4.500 ha, chiếm 60% diện tích gieo trồng.", "II. TỔ CHỨC THỰC HIỆN"]:
        d.add_paragraph(line)
    for n in range(1, 6):  # paragraphs long enough to run over two page breaks (three pages)
        d.add_paragraph(f"{n}. " + SENTENCE * 3)
    d.add_paragraph("Nơi nhận:")
    for line in ["- UBND tỉnh Hà Lam (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban, ngành huyện;",
                 "- UBND các xã, thị trấn;", "- Lưu: VT, NN."]:
        d.add_paragraph(line)
    for line in ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Quang Vinh"]:
        d.add_paragraph(line)
    return pdf_of(d)


def test_a_wrapped_running_header_is_left_out():
    out = process("ke-hoach-61.pdf", _plan_pdf())
    assert "Lạc về lúa chất lượng cao" not in out.text
    assert out.text.count(SENTENCE.strip()) >= 4  # the paragraphs cut by page breaks whole again
    assert "Lưu: VT, NN" in out.record.recipients


PAGES = [
    ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN LẠC"],
    ["Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND", "huyện Tân Lạc", "đoạn văn thứ nhất"],
    ["Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND", "huyện Tân Lạc", "đoạn văn thứ hai"],
]
HEADERS = {"Kế hoạch số #/KH-UBND ngày #/#/# của UBND"}


def test_the_rest_of_a_wrapped_header():
    assert wrapped_rest(PAGES, HEADERS) == {"huyện Tân Lạc"}


@pytest.mark.parametrize("pages", [
    # under the header on one page only
    PAGES[:2] + [["Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND", "đoạn văn thứ hai"]],
    # the header's line closed ("...của UBND huyện."): what follows is the body's
    [PAGES[0]] + [["Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND.", "Các phòng, ban", "x"]] * 2,
    # a list's item or a numbered line under it on each page: the body's
    [PAGES[0]] + [["Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND", "- Sở Tài chính;", "x"]] * 2,
    [PAGES[0]] + [["Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND", "Bảng 2 số liệu", "x"]] * 2,
    # no running header above it
    [PAGES[0]] + [["Các cơ quan, đơn vị", "huyện Tân Lạc", "x"]] * 2,
])
def test_no_rest_of_a_header(pages):
    assert wrapped_rest(pages, {"Kế hoạch số #/KH-UBND ngày #/#/# của UBND.", *HEADERS}) == set()
