"""Word files converted from a PDF, one printed line a paragraph (online converters, Acrobat,
LibreOffice): the .docx reader joins the lines again where the text wraps, as the .txt reader
does (extractors.formats.docx._printed_lines, joined_lines; extractors.layout.wrap.printed_lines),
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


# The golden documents tests/golden/inputs/m_printed_lines_{tabs,tables}.docx: a commune's plan
# converted from a PDF, one printed line a paragraph; its header and signature two columns set
# with tabs (and a page break in the body), or in tables. `python -m tests.test_m_printed_lines
# OUT` makes them again.
GOLDEN_PARAGRAPHS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Thực hiện Kế hoạch số 205/KH-UBND ngày 17 tháng 10 năm 2025 của Ủy ban nhân dân huyện Đồng Lũy về phát triển du lịch cộng đồng trên địa bàn huyện giai đoạn 2026 - 2028;",
    "Ủy ban nhân dân xã Nậm Khương ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Khai thác hiệu quả tiềm năng văn hóa, cảnh quan của các bản người Tày, người Dao; tạo việc làm, tăng thu nhập cho người dân, góp phần giảm nghèo bền vững.",
    "2. Chỉ tiêu",
    "- Đón 12.000 lượt khách du lịch trong năm 2026, trong đó khách quốc tế chiếm khoảng 15%;",
    "- 100% hộ làm dịch vụ lưu trú tại nhà dân (homestay) được tập huấn kỹ năng phục vụ khách;",
    "- Doanh thu từ hoạt động du lịch đạt 4,5 tỷ đồng.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Xây dựng sản phẩm du lịch đặc trưng",
    "Phục dựng lễ hội Lồng Tồng, hát Then, đàn Tính; xây dựng tour trải nghiệm làm ruộng bậc thang và dệt thổ cẩm tại bản Khuổi Phầy.",
    "Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Hội Liên hiệp Phụ nữ xã, Chi hội Nghệ nhân dân gian xã.",
    "2. Đào tạo, tập huấn nguồn nhân lực",
    "Mở 03 lớp tập huấn về kỹ năng đón tiếp, chế biến món ăn truyền thống và an toàn thực phẩm cho các hộ kinh doanh dịch vụ du lịch.",
    "Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Đồng Lũy.",
    "3. Quảng bá, xúc tiến du lịch",
    "Giới thiệu các điểm đến của xã trên trang thông tin điện tử và mạng xã hội; tham gia hội chợ du lịch do huyện tổ chức.",
    "Chủ trì: Văn phòng - Thống kê xã; phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã.",
    "III. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí là 318.000.000 đồng (Ba trăm mười tám triệu đồng), trong đó ngân sách xã 218.000.000 đồng, nguồn xã hội hóa 100.000.000 đồng.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Công chức Văn hóa - Xã hội: chủ trì tham mưu triển khai Kế hoạch; tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10 tháng 12 năm 2026.",
    "2. Công chức Tài chính - Kế toán: tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    "3. Trưởng các bản: vận động nhân dân tham gia phát triển du lịch cộng đồng./.",
]


def build_golden(out: str) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    from tests.invented.renditions import FIXED_TIME, _fixed_zip

    def new():
        d = Document()
        d.core_properties.created = d.core_properties.modified = FIXED_TIME
        d.core_properties.author = "m"
        return d

    def save(d, path):
        data = io.BytesIO()
        d.save(data)
        with open(path, "wb") as fh:
            fh.write(_fixed_zip(data.getvalue()))

    body = printed(GOLDEN_PARAGRAPHS, 84)

    # 1. all plain paragraphs: the header and signature two columns set with tabs, a page break
    d = new()
    for t in ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ NẬM KHƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 88/KH-UBND\tNậm Khương, ngày 21 tháng 11 năm 2025", "", "KẾ HOẠCH",
              "Phát triển du lịch cộng đồng trên địa bàn xã Nậm Khương năm 2026", ""]:
        d.add_paragraph(t)
    for n, t in enumerate(body):
        p = d.add_paragraph(t)
        if n == 30:
            p.add_run().add_break(WD_BREAK.PAGE)
    for t in ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- UBND huyện Đồng Lũy (b/c);\tCHỦ TỊCH", "- Phòng Văn hóa và Thông tin huyện;",
              "- Các bản;", "- Lưu: VT.\tHoàng Văn Chiến"]:
        d.add_paragraph(t)
    save(d, f"{out}/m_printed_lines_tabs.docx")

    # 2. the header and the signature in tables, the body's printed lines between them
    d = new()
    t = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["ỦY BAN NHÂN DÂN\nXÃ NẬM KHƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                             ["Số: 88/KH-UBND", "Nậm Khương, ngày 21 tháng 11 năm 2025"]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for x in ["KẾ HOẠCH", "Phát triển du lịch cộng đồng trên địa bàn xã Nậm Khương năm 2026"] + body:
        d.add_paragraph(x)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- UBND huyện Đồng Lũy (b/c);\n- Phòng Văn hóa và Thông tin huyện;\n- Các bản;\n- Lưu: VT."
    t.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nHoàng Văn Chiến"
    save(d, f"{out}/m_printed_lines_tables.docx")


if __name__ == "__main__":
    import sys

    build_golden(sys.argv[1])
