"""A document stored on one line (its breaks turned into spaces) that was then printed, or typed into Word
and exported to PDF: the one line comes out as a paragraph wrapped to the page's width, the motto running on
into the number line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 63/KH-UBND
..."). Its run of lines is joined into the one line it was and the line breaks are put back
(layout.one_line.unwrap_lost_lines, then restore_lines), in a `pdftotext` text and in the PDF itself. A
document whose header has its lines (the motto on a line of its own, or beside the issuer after a run of
spaces) is left as it is. Texts of our own (invented commune, district, people and numbers)."""

from __future__ import annotations

import textwrap

import pytest

from extractors.layout.one_line import unwrap_lost_lines
from pipeline.process import process

ONE_LINE = (
    "ỦY BAN NHÂN DÂN XÃ ĐÔNG VĨNH HẠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 63/KH-UBND "
    "Đông Vĩnh Hạ, ngày 09 tháng 7 năm 2024 KẾ HOẠCH Phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024 "
    "Căn cứ Kế hoạch số 418/KH-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân huyện Bắc Lâm Khê về phòng, "
    "chống dịch bệnh động vật; Ủy ban nhân dân xã ban hành Kế hoạch như sau: I. MỤC TIÊU 1. Mục tiêu chung Chủ "
    "động phòng, chống dịch bệnh, không để dịch lây lan trên địa bàn xã. 2. Mục tiêu cụ thể - 90% tổng đàn trâu, "
    "bò được tiêm phòng lở mồm long móng; - 85% tổng đàn lợn được tiêm phòng dịch tả lợn châu Phi. II. NHIỆM VỤ "
    "1. Tổ chức tiêm phòng đợt 1 cho đàn gia súc tại các thôn. Giao Công chức Nông nghiệp chủ trì, phối hợp với "
    "Thú y viên các thôn thực hiện. 2. Tổ chức vệ sinh, tiêu độc, khử trùng chuồng trại. Giao Hội Nông dân xã chủ "
    "trì, phối hợp với Trưởng các thôn thực hiện. III. KINH PHÍ Tổng kinh phí thực hiện là 38.500.000 đồng từ "
    "nguồn ngân sách xã. IV. TỔ CHỨC THỰC HIỆN 1. Công chức Nông nghiệp: tổng hợp, báo cáo kết quả trước ngày "
    "20/12/2024. Nơi nhận: - UBND huyện Bắc Lâm Khê; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Vi Thị Hồng Nhung")

# the same document with its lines, its header in two columns (the layout a PDF's text keeps)
WITH_LINES = """ỦY BAN NHÂN DÂN XÃ ĐÔNG VĨNH HẠ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 63/KH-UBND                        Đông Vĩnh Hạ, ngày 09 tháng 7 năm 2024
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024
Căn cứ Kế hoạch số 418/KH-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân huyện Bắc Lâm Khê về phòng,
chống dịch bệnh động vật; Ủy ban nhân dân xã ban hành Kế hoạch như sau: I. MỤC TIÊU 1. Mục tiêu chung Chủ
động phòng, chống dịch bệnh, không để dịch lây lan trên địa bàn xã. 2. Mục tiêu cụ thể - 90% tổng đàn trâu,
bò được tiêm phòng lở mồm long móng; - 85% tổng đàn lợn được tiêm phòng dịch tả lợn châu Phi. II. NHIỆM VỤ
"""


def _wrapped(width: int) -> str:
    return "\n".join(textwrap.wrap(ONE_LINE, width)) + "\n"


def _check(record: dict) -> None:
    assert (record["doc_type"], record["number"], record["issued_date"], record["place"]) == (
        "Kế hoạch", "63/KH-UBND", "2024-07-09", "Đông Vĩnh Hạ")
    assert record["signer"]["name"] == "Vi Thị Hồng Nhung"
    assert [b["number"] for b in record["legal_bases"]] == ["418/KH-UBND"]
    assert [t["value"] for o in record["objectives"] for t in o.get("targets", []) if t["unit"] == "percent"] == [90, 85]
    leads = [a for act in record["activities"] for a in act["lead_agencies"]]
    assert leads == ["Công chức Nông nghiệp", "Hội Nông dân xã"]


@pytest.mark.parametrize("width", [72, 95])
def test_a_one_line_document_wrapped_as_text(width):
    record = process("ke-hoach.txt", _wrapped(width).encode()).record.model_dump(mode="json")
    _check(record)


def test_a_one_line_document_printed_to_pdf():
    from tests.extractors.test_pdf_filled_blanks import Page
    page = Page()
    for line in textwrap.wrap(ONE_LINE, 68):
        page.y -= -8  # 14 points a line: the paragraph fits the page
        page.line(line)
    record = process("ke-hoach.pdf", page.bytes()).record.model_dump(mode="json")
    _check(record)


def test_the_run_is_joined_into_one_line():
    out = unwrap_lost_lines(_wrapped(72))
    assert out.split("\n")[0] == ONE_LINE


# the header as plain `pdftotext` writes it: short lines, the body after them without a blank line
SHORT_LINES = """ỦY BAN NHÂN DÂN
XÃ ĐÔNG VĨNH HẠ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc Số: 63/KH-UBND
Đông Vĩnh Hạ, ngày 09 tháng 7 năm 2024
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024
""" + "\n".join(textwrap.wrap(ONE_LINE[ONE_LINE.index("Căn cứ"):], 72)) + "\n"


@pytest.mark.parametrize("text", [WITH_LINES, SHORT_LINES])
def test_a_header_with_its_lines_is_left_as_it_is(text):
    assert unwrap_lost_lines(text) == text
