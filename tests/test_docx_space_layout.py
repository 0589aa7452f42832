"""A plain-text layout typed or pasted into Word (each line a paragraph, columns and tables
set with runs of spaces) is read as a text file is (extractors.formats.docx._space_layout);
an ordinary Word file is not. Must-match and must-not-match rows of invented paragraphs
(probe round H5), and a whole document: the .docx reads as its .txt does."""

import pytest

from extractors.formats import docx
from tests.invented.renditions import text_to_docx

HEADER = ["      ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "      HUYỆN BA BỂ                            Độc lập - Tự do - Hạnh phúc",
          "",
          "   Số: 17/KH-UBND                         Ba Bể, ngày 3 tháng 6 năm 2026",
          ""]
PROSE = ["   Căn cứ Quyết định số 88/QĐ-UBND ngày 2 tháng 1 năm 2026 của Ủy ban nhân dân tỉnh;",
         "   Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
         "   I. MỤC TIÊU",
         "   Hỗ trợ 40 hộ nghèo xây dựng nhà ở trong năm 2026.",
         "   II. TỔ CHỨC THỰC HIỆN",
         "   Phòng Dân tộc chủ trì, phối hợp với các xã triển khai Kế hoạch."]
TABLE = ["  STT        Nội dung              Tổng cộng      Năm 2026",
         "   1     Hỗ trợ làm nhà ở                 800           800",
         "   2     Hỗ trợ sửa nhà                   120           120"]
SIGNATURE = ["   Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN",
             "   - UBND tỉnh (b/c);                                CHỦ TỊCH",
             "   - Lưu: VT.                                      Hoàng Văn Bình"]
# an ordinary Word file's paragraphs: long, no runs of spaces (or a stray one)
ORDINARY = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Ủy ban nhân dân huyện "
            "ban hành Kế hoạch thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026.",
            "I. MỤC TIÊU", "Giảm tỷ lệ hộ nghèo bình quân 3%/năm theo chuẩn nghèo đa chiều.",
            "II. NHIỆM VỤ", "1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế.",
            "2. Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo.", "III. KINH PHÍ",
            "Kinh phí thực hiện từ nguồn ngân sách trung ương và ngân sách địa phương.",
            "IV. TỔ CHỨC THỰC HIỆN", "Các phòng, ban, ngành triển khai thực hiện Kế hoạch."]


def read(lines):
    return docx._space_layout(list(enumerate(lines, start=1)))


MUST_MATCH = [
    ("header, prose, table and signature set with spaces", HEADER + PROSE + TABLE + SIGNATURE),
    ("a header and a table set with spaces", HEADER + ["   KẾ HOẠCH", ""] + TABLE + PROSE[:2]),
]
MUST_NOT_MATCH = [
    ("ordinary paragraphs", ORDINARY),
    ("ordinary paragraphs under a header set with spaces", HEADER + ORDINARY),
    ("paragraphs indented with spaces, no columns", [f"     {t}" for t in ORDINARY]),
    ("too few lines", HEADER[:2] + TABLE[:2]),
]


@pytest.mark.parametrize("why, lines", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_space_layout(why, lines):
    found = read(lines)
    assert found is not None
    blocks, _ = found
    # the two-column header is read column by column: the issuer's lines are one column
    assert any(b.text.startswith("ỦY BAN NHÂN DÂN") and "CỘNG HÒA" not in b.text for b in blocks)
    # every block is located at a paragraph of the file
    assert all(1 <= b.location["paragraph"] <= len(lines) for b in blocks)


@pytest.mark.parametrize("why, lines", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_no_space_layout(why, lines):
    assert read(lines) is None


def test_a_word_file_with_a_heading_or_a_table_is_no_text_layout():
    from docx import Document
    import io

    doc = Document()
    doc.add_heading("KẾ HOẠCH", level=1)
    for line in HEADER + PROSE + TABLE + SIGNATURE:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    blocks = docx.read(out.getvalue(), "x.docx").blocks
    assert any(b.kind == "heading" for b in blocks)  # read as Word: the layout reader makes no headings
    assert any("   " in b.text for b in blocks)


def test_the_word_file_reads_as_its_text():
    from extractors.formats.text import read as read_txt

    text = "\n".join(HEADER + PROSE + ["", "\f" + TABLE[0]] + TABLE[1:] + [""] + SIGNATURE) + "\n"
    from_word = docx.read(text_to_docx(text), "x.docx").blocks
    from_text = read_txt(text.encode(), "x.txt").blocks
    assert [(b.kind, b.text, b.rows) for b in from_word] == [(b.kind, b.text, b.rows) for b in from_text]
