"""Word files converted from a PDF, one printed line a paragraph (online converters, Acrobat,
LibreOffice): the .docx reader joins the lines again where the text wraps, as the .txt reader
does (extractors.formats.docx._printed_lines, _joined_lines; extractors.layout.wrap.printed_lines),
and leaves a Word file of real paragraphs, or of short lines one a paragraph, as it was.

The documents are invented (another commune, other names and numbers): paragraphs written out
whole, then cut into lines at a width as a PDF's page cuts them (textwrap), one Word paragraph a
line, with the header in a table or as lines."""

from __future__ import annotations

import io
import textwrap

import pytest

from extractors.formats import docx as docx_reader

WIDTH = 86

HEADER = ["ỦY BAN NHÂN DÂN XÃ PHONG PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "Số: 47/KH-UBND Phong Phú, ngày 09 tháng 4 năm 2025",
          "KẾ HOẠCH",
          "Nạo vét kênh mương nội đồng trên địa bàn xã Phong Phú năm 2025"]
BODY = [
    "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;",
    "Thực hiện Kế hoạch số 112/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân huyện Tân "
    "Lạc về thủy lợi nội đồng phục vụ sản xuất vụ Hè Thu năm 2025;",
    "Ủy ban nhân dân xã Phong Phú xây dựng Kế hoạch nạo vét kênh mương nội đồng năm 2025 với "
    "các nội dung sau:",
    "I. MỤC TIÊU",
    "Bảo đảm nước tưới cho toàn bộ diện tích lúa vụ Hè Thu; giảm ngập úng cục bộ tại các cánh "
    "đồng trũng thuộc thôn Đông, thôn Trại và thôn Bến Cát.",
    "- Nạo vét 100% tuyến kênh cấp II do xã quản lý, tổng chiều dài 14,6 km, trước ngày 30 "
    "tháng 5 năm 2025;",
    "- Tỷ lệ diện tích lúa được tưới chủ động đạt từ 95% trở lên.",
    "II. NHIỆM VỤ",
    "1. Khảo sát, lập danh mục các tuyến kênh cần nạo vét",
    "Rà soát hiện trạng từng tuyến kênh; xác định khối lượng đất cần nạo vét và thứ tự ưu tiên "
    "theo mức độ bồi lắng.",
    "Chủ trì: Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường; phối hợp: Hợp tác xã "
    "dịch vụ nông nghiệp Phong Phú, Hội Nông dân xã.",
    "2. Tổ chức ra quân nạo vét",
    "Huy động lực lượng đoàn viên, hội viên và nhân dân các thôn ra quân nạo vét vào các ngày "
    "cuối tuần của tháng 4 và tháng 5 năm 2025.",
    "Chủ trì: Trưởng các thôn; phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Cựu chiến "
    "binh xã.",
    "III. KINH PHÍ",
    "Tổng kinh phí thực hiện là 236.400.000 đồng, trong đó ngân sách xã 156.400.000 đồng, "
    "nguồn đóng góp của Hợp tác xã 80.000.000 đồng.",
]


def printed(paragraphs: list[str], width: int = WIDTH) -> list[str]:
    """The paragraphs as a PDF's page prints them: each cut into lines at `width`."""
    return [line for p in paragraphs for line in textwrap.wrap(p, width)]


def word_file(lines: list[str], header_table: list[list[str]] | None = None, heading: str | None = None) -> bytes:
    """A Word file of one paragraph per line; a header table first, a paragraph in a heading
    style in the middle, when given."""
    from docx import Document

    doc = Document()
    if header_table:
        table = doc.add_table(rows=len(header_table), cols=len(header_table[0]))
        for r, row in enumerate(header_table):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    middle = len(lines) // 2
    for n, line in enumerate(lines):
        if heading and n == middle:
            doc.add_heading(heading, level=2)
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def texts(data: bytes) -> list[str]:
    return [b.text for b in docx_reader.read(data, "x.docx").blocks if b.text]


HEADER_TABLE = [["ỦY BAN NHÂN DÂN XÃ PHONG PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                ["Số: 47/KH-UBND", "Phong Phú, ngày 09 tháng 4 năm 2025"]]

# (the paragraph, whole, that the reader must give back) for each shape of file
MUST_JOIN = [
    # a basis cut inside its issuer's name ("... của Ủy ban nhân dân huyện Tân" / "Lạc về ...")
    BODY[1],
    # a partner cut inside an agency's name ("... Hội Cựu chiến" / "binh xã.")
    BODY[12],
    # an objective cut after "trước ngày 30" / "tháng 5 năm 2025;"
    BODY[5],
    BODY[9],
    BODY[15],
]


@pytest.mark.parametrize("shape", ["lines", "header table", "heading"])
@pytest.mark.parametrize("paragraph", MUST_JOIN)
def test_printed_lines_are_joined(shape, paragraph):
    lines = printed(BODY)
    assert paragraph not in lines  # (the row is cut over lines: the test could fail)
    if shape == "lines":
        data = word_file(printed(HEADER) + lines)
    elif shape == "header table":
        data = word_file(printed(HEADER[3:]) + lines, header_table=HEADER_TABLE)
    else:
        data = word_file(printed(HEADER) + lines, heading="Phần thứ hai")
    got = texts(data)
    assert paragraph in got
    # and every paragraph comes back whole, none glued to the next
    for p in BODY:
        assert p in got


# Word files that are not printed lines: each paragraph must come back as it was written
REAL_PARAGRAPHS = [p + " " + p for p in BODY[1:3]] + BODY + [BODY[10] + " " + BODY[12], BODY[14] * 2]
SHORT_LINES = [  # a list typed one item a line, each a sentence of its own, of about one length
    "- Nạo vét tuyến kênh N2 từ cống Bà Tám đến trạm bơm Đồng Lầy, dài 2,1 km.",
    "- Nạo vét tuyến kênh N4 từ trạm bơm Cầu Đá đến ngã ba thôn Trại, dài 1,6 km.",
    "- Nạo vét tuyến kênh N5 qua cánh đồng thôn Bến Cát đến cống tiêu số 3, dài 2,4 km.",
    "- Gia cố bờ kênh N7 đoạn qua khu dân cư thôn Đông bằng bê tông, dài 0,8 km.",
    "- Sửa chữa 06 cống điều tiết trên tuyến kênh cấp II của các thôn trong xã.",
    "- Lắp đặt 12 biển báo hành lang bảo vệ công trình thủy lợi tại các tuyến kênh.",
    "- Trồng cây chắn sóng dọc bờ kênh N2 và N5 với tổng chiều dài khoảng 1,2 km.",
    "- Kiểm tra, lập biên bản các trường hợp lấn chiếm hành lang kênh mương nội đồng.",
    "- Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng 6.",
]
# a one-line-per-paragraph scrape whose paragraphs end in the middle of a phrase now and then,
# in lower case next, but whose lines are not cut at one width: no wrap width shows
SCRAPE = HEADER + [p for p in BODY] + ["Trưởng các thôn có trách nhiệm phối hợp", "tổ chức thực hiện."]


@pytest.mark.parametrize("paragraphs", [REAL_PARAGRAPHS, HEADER + SHORT_LINES + SHORT_LINES, SCRAPE],
                         ids=["real paragraphs", "short lines", "scrape"])
@pytest.mark.parametrize("with_table", [False, True], ids=["plain", "with table"])
def test_other_word_files_keep_their_paragraphs(paragraphs, with_table):
    data = word_file(paragraphs, header_table=HEADER_TABLE if with_table else None)
    got = texts(data)
    body = got[-len(paragraphs):]
    assert body == paragraphs


def test_printed_lines_style():
    from extractors.layout import wrap

    style = wrap.printed_lines(printed(HEADER + BODY))
    assert style is not None and WIDTH * 0.8 <= style.wrap_width <= WIDTH
    assert wrap.printed_lines(REAL_PARAGRAPHS) is None
    assert wrap.printed_lines(HEADER + SHORT_LINES + SHORT_LINES) is None
    # lines cut at a width but each a sentence (a list): a wrap width, but no printed lines
    listed = [f"- {line.rstrip('.;')}." for line in printed(BODY, 60)]
    assert wrap.printed_lines(listed) is None
