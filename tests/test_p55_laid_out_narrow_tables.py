"""Tables of a Word file printed to PDF and dumped laid out (`pdftotext -layout`), whose columns are narrow. Round P55
(G50's training estimate and G54's targets annex as laid-out dumps of their LibreOffice PDFs).

- An amount column narrower than its amounts wraps them inside the number: "68.600.0" over "00", "113.200." over
  "000", "1.200.00" over "0". The pieces are no amounts: the rows were no data rows, the group row on top of the table
  was read into the header. Put back whole (extractors.layout.cut_amounts).
- A group row on top of the table whose name wraps in its narrow column ("I   Tổ chức      39.500.000" / "lớp tập" /
  "huấn") is the table's first row, not the header's last lines (layout.grid._group_row_above).
- Two headings one space apart over their columns ("Định mức Thành" / "(đồng)   tiền" / "(đồng)"), each word over the
  cell of its own below: two columns' headings, not one heading over both (grid._cut_at_amounts).
- A padded table (a blank line between its rows, each row's label centred around its code's line) whose header starts
  right under its caption, "(Kèm theo Kế hoạch số ...)" (no blank line between): read as a padded table
  (grid.find_text_tables), over the small amount tables its rows' data lines made.
- A draft's diagonal watermark ("DỰ THẢO") dumped a letter a line, each a few lines below and a few columns beside the
  one before, between the page's lines and on them: out of the lines (extractors.layout.watermark; the Word-made PDFs
  of the producers' renditions carry one).
"""

from __future__ import annotations

import pytest

from extractors.layout.cut_amounts import joined
from extractors.layout.watermark import dropped
from pipeline.process import process

# (lines, the lines after): must rows, amounts cut inside put back whole
MUST = [
    (["I          Tổ chức                                   39.500.0",
      "           lớp tập                                   00"],
     ["I          Tổ chức                                   39.500.000",
      "           lớp tập                                     "]),
    (["1          Thù lao    buổi       6          1.500.00   9.000.00",
      "           giảng                            0          0"],
     ["1          Thù lao    buổi       6          1.500.000  9.000.000",
      "           giảng                                        "]),
    (["           Tổng                                        147.500.",
      "           cộng                                        000"],
     ["           Tổng                                        147.500.000",
      "           cộng                                           "]),
    # a plain dump's cells a run of lines: a piece that ends its line, its digits alone on the next
    (["buổi 8 1.200.00", "0", "9.600.00", "0", "2 Hỗ trợ"],
     ["buổi 8 1.200.000", None, "9.600.000", None, "2 Hỗ trợ"]),
    # a short piece in a row of whole amounts
    (["        Tổng     24.500 27.300 29.800 30.200 30.800 142.60",
      "        cộng                                        0"],
     ["        Tổng     24.500 27.300 29.800 30.200 30.800 142.600",
      "        cộng                                         "]),
    # the rest set right under the piece set right, and a line it was alone on goes
    (["3          Tài liệu   bộ         160        50.000     8.000.00",
      "                                                              0",
      "II         Kiểm tra                                    2.400.000"],
     ["3          Tài liệu   bộ         160        50.000     8.000.000",
      None,
      "II         Kiểm tra                                    2.400.000"]),
]

# must-not rows: left as they are
MUST_NOT = [
    # a whole amount over a line's number
    ["2          Hỗ trợ     người      150        150.000    22.500.000",
     "                                                       00"],
    # a short decimal ("12.5") is no piece of an amount
    ["Tỷ lệ hộ nghèo                  12.5",
     "                                00"],
    # the digits under another column
    ["1          Thù lao    buổi       6          1.500.00",
     "           giảng      0"],
    # digits that do not complete the group ("1.500.00" and "00")
    ["1          Thù lao    buổi       6          1.500.00",
     "                                            00"],
    # a piece that ends its line, digits on the next with words after them
    ["buổi 8 1.200.00", "0 người tham dự"],
    # a date's pieces
    ["Ngày ký    15.01.20",
     "           26"],
]


@pytest.mark.parametrize("lines, after", MUST)
def test_cut_amounts_are_whole_again(lines, after):
    assert joined(lines) == after


@pytest.mark.parametrize("lines", MUST_NOT)
def test_other_lines_are_left(lines):
    assert joined(lines) == lines


ESTIMATE = """UBND TỈNH HÀ NGUYÊN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TƯ PHÁP                                  Độc lập - Tự do - Hạnh phúc
Số: 27/KH-STP                           Hà Nguyên, ngày 03 tháng 3 năm 2026

                                 KẾ HOẠCH
              Tập huấn nghiệp vụ hộ tịch cho công chức cấp xã năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng nghiệp vụ cho công chức tư pháp - hộ tịch cấp xã.
II. KINH PHÍ
Tổng kinh phí thực hiện: 47.500.000 đồng, từ nguồn ngân sách tỉnh năm 2026 (chi tiết tại Phụ lục kèm theo).

                                               GIÁM ĐỐC
                                            Lê Văn Thành
                              PHỤ LỤC
DỰ TOÁN KINH PHÍ TẬP HUẤN NGHIỆP VỤ HỘ TỊCH NĂM 2026
Đơn vị tính: đồng
TT         Nội dung   Đơn vị     Số lượng   Định mức Thành
           chi        tính                  (đồng)   tiền
                                                     (đồng)
I          Tổ chức                                   39.500.0
           lớp tập                                   00
           huấn
1          Thù lao    buổi       6          1.500.00   9.000.00
           giảng                            0          0
           viên
2          Hỗ trợ     người/     150        150.000    22.500.0
           tiền ăn    ngày                             00
3          Tài liệu   bộ         160        50.000     8.000.00
                                                       0
II         Kiểm tra                                    8.000.00
           sau tập                                     0
           huấn
1          Công tác   người/     20         400.000    8.000.00
           phí        ngày                             0
           Tổng                                        47.500.
           cộng                                        000
"""

# (label, amount) of each row's "Thành tiền"
ESTIMATE_ROWS = [("Tổ chức lớp tập huấn", 39_500_000), ("Thù lao giảng viên", 9_000_000),
                 ("Hỗ trợ tiền ăn", 22_500_000), ("Tài liệu", 8_000_000), ("Kiểm tra sau tập huấn", 8_000_000),
                 ("Công tác phí", 8_000_000), ("Tổng cộng", 47_500_000)]


def test_a_laid_out_estimate_with_narrow_columns():
    result = process("ke-hoach-27-stp.txt", ESTIMATE.encode())
    items, text = result.record.model_dump(mode="json")["budget"]["items"], result.text
    got = [(i["row_label"], i["amount_vnd"]) for i in items]
    # must: one item a row, the "Thành tiền" column's (no "Định mức" norm among them), and the group row a row
    assert got == ESTIMATE_ROWS
    assert all(i["column_index"] == items[0]["column_index"] for i in items)
    for i in items:
        s = i["span"]
        assert text[s["start"]:s["end"]] == i["raw"]
    # must-not: the group row is not in the header, the two headings not one
    assert "TT | Nội dung chi | Đơn vị tính | Số lượng | Định mức (đồng) | Thành tiền (đồng)" in text
    assert "TT I" not in text


ANNEX = """                                    PHỤ LỤC

               CHỈ TIÊU PHÒNG, CHỐNG DỊCH BỆNH THEO NĂM

(Kèm theo Kế hoạch số 144/KH-SYT ngày 12/3/2026 của Sở Y tế tỉnh Đông Giang)
                                                                  Năm     Năm
TT                         Chỉ tiêu                        ĐVT
                                                                  2026    2027

     Tỷ lệ hộ gia đình được hướng dẫn diệt lăng quăng,
1                                                          %     80      85
     bọ gậy tại nhà

     Tỷ lệ ca bệnh sốt xuất huyết được điều tra, xử lý ổ
2                                                          %     95      98
     dịch kịp thời

     Tỷ lệ trường học được kiểm tra vệ sinh môi trường
3                                                          %     90      100
     định kỳ
"""

HEAD = """ỦY BAN NHÂN DÂN TỈNH ĐÔNG GIANG
SỞ Y TẾ
Số: 144/KH-SYT                           Đông Giang, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2026
I. MỤC TIÊU
Giảm số ca mắc sốt xuất huyết so với năm 2025; các chỉ tiêu cụ thể tại Phụ lục kèm theo.
II. NHIỆM VỤ
1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát dịch bệnh.
                                                   GIÁM ĐỐC
                                                   Phan Văn Lộc

"""


def test_a_padded_annex_under_its_caption():
    result = process("ke-hoach-144-syt.txt", (HEAD + ANNEX).encode())
    text = result.text
    # must: a row a target, its label's two lines one cell, its unit and its years' values in their columns
    for label, values in [("Tỷ lệ hộ gia đình được hướng dẫn diệt lăng quăng, bọ gậy tại nhà", "80 | 85"),
                          ("Tỷ lệ ca bệnh sốt xuất huyết được điều tra, xử lý ổ dịch kịp thời", "95 | 98"),
                          ("Tỷ lệ trường học được kiểm tra vệ sinh môi trường định kỳ", "90 | 100")]:
        assert f"| {label} | % | {values}" in text
    assert "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027" in text
    # must-not: the caption is no row of the table
    assert "(Kèm theo Kế hoạch số 144/KH-SYT ngày 12/3/2026 của Sở Y tế tỉnh Đông Giang)\n" in text


# -- a diagonal watermark's letters (extractors.layout.watermark) ------------------------------------------------------

WATERMARKED = [
    # "DỰ THẢO" read bottom up (its letters falling to the left), a letter on a line of the text's own
    ["                                                O",
     "I. MỤC ĐÍCH, YÊU CẦU",
     "                                     Ả",
     "1. Mục đích                 H",
     "Nâng cao chất lượng công tác quản lý.",
     "                  T",
     "         Ự",
     "D",
     "2. Yêu cầu"],
    # "BẢN SAO" read top down (falling to the right), on lines of a table and between them
    ["                    B",
     "1     Tập huấn cán bộ xã       Sở Nội vụ",
     "                              Ả",
     "",
     "                                        N",
     "2     Kiểm tra định kỳ         Thanh tra tỉnh   S",
     "                                                         A",
     "                                                                O"],
]
WATERMARKED_AFTER = [
    ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao chất lượng công tác quản lý.", "2. Yêu cầu"],
    ["1     Tập huấn cán bộ xã       Sở Nội vụ", "", "2     Kiểm tra định kỳ         Thanh tra tỉnh"],
]

NO_WATERMARK = [
    # row codes down their column
    ["I     Chi thường xuyên                  1.200", "1     Tập huấn                            400",
     "II    Chi đầu tư                          800", "A", "B", "C"],
    # a matrix's marks, one column each
    ["TT   Nhiệm vụ              Sở A    Sở B", "1    Rà soát               X", "2    Kiểm tra                      X",
     "3    Báo cáo               X", "4    Tổng kết                      X"],
    # three letters only
    ["                     O", "                Ả", "           H", "Nội dung của kế hoạch."],
    # lone capitals too far apart
    ["                                                O", "", "", "", "", "", "", "", "", "", "Ả", "", "", "",
     "", "", "", "", "", "", "", "H", "", "", "", "", "", "", "", "", "", "T"],
]


@pytest.mark.parametrize("lines, after", list(zip(WATERMARKED, WATERMARKED_AFTER)))
def test_a_diagonal_watermark_leaves_the_lines(lines, after):
    assert [line for line in dropped(lines) if line is not None] == after


@pytest.mark.parametrize("lines", NO_WATERMARK)
def test_lone_capitals_that_are_no_watermark_stay(lines):
    assert dropped(lines) == lines


DRAFT = """UBND TỈNH TÂY LĨNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                      Độc lập - Tự do - Hạnh phúc
Số: 63/KH-SKHCN                         Tây Lĩnh, ngày 08 tháng 4 năm 2026
                                                O
                                 KẾ HOẠCH
            Thúc đẩy đổi mới sáng tạo trong doanh nghiệp năm 2026
                                     Ả
I. NHIỆM VỤ
                           H
1. Hỗ trợ 20 doanh nghiệp xây dựng hệ thống quản lý chất lượng tiên tiến.
                  T
2. Tổ chức 03 hội thảo kết nối cung - cầu công nghệ.
        Ự
D
3. Xây dựng cơ sở dữ liệu chuyên gia khoa học và công nghệ của tỉnh.
II. KINH PHÍ
Tổng kinh phí: 2.850 triệu đồng từ ngân sách tỉnh năm 2026.
"""


def test_a_draft_dumped_with_its_watermark():
    text = process("ke-hoach-63-skhcn.txt", DRAFT.encode()).text
    # must: the watermark's letters out of the text, the title and the tasks whole
    assert "Thúc đẩy đổi mới sáng tạo trong doanh nghiệp năm 2026\n" in text
    assert "\n1. Hỗ trợ 20 doanh nghiệp xây dựng hệ thống quản lý chất lượng tiên tiến.\n" in text
    assert "\n3. Xây dựng cơ sở dữ liệu chuyên gia khoa học và công nghệ của tỉnh.\n" in text
    for letter in ("O", "Ả", "H", "T", "Ự", "D"):
        assert f"\n{letter}\n" not in text
