"""`pdftotext -layout` copies of Word plans (helper X): budget tables whose narrow amount
cells wrap an amount over two lines ("5.46" / "0", "1.050.000." / "000"), read by
extractors.layout.grid.find_tables. Must-match rows (a row as read) and must-not-match rows
(what must not be read so). All tables invented (other districts, other amounts)."""

import pytest

from extractors.layout import grid
from extractors.layout.wrap import glue
from tests.test_layout_number_tables import at, tables

# a district budget by year and source, every amount cell narrower than its amount: the last
# digit (or the last group) of each amount wraps to the line under it, beside the label's rest
NARROW = [
    at((0, "TT"), (6, "Nội dung"), (24, "Tổng"), (31, "Năm 2027"), (43, "Năm 2028")),
    at((24, "cộng"), (31, "Vốn"), (37, "Vốn"), (43, "Vốn"), (49, "Vốn")),
    at((31, "tỉnh"), (37, "xã"), (43, "tỉnh"), (49, "xã")),
    at((6, "Tổng cộng"), (24, "3.81"), (31, "1.72"), (37, "180"), (43, "1.65"), (49, "260")),
    at((24, "0"), (31, "0"), (43, "0")),
    at((0, "I"), (6, "Trồng cây dược"), (24, "2.43"), (31, "960"), (37, "120"), (43, "1.19"), (49, "160")),
    at((6, "liệu dưới tán rừng"), (24, "0"), (43, "0")),
    at((0, "1"), (6, "Tập huấn kỹ thuật"), (24, "1.38"), (31, "760"), (37, "60"), (43, "460"), (49, "100")),
    at((6, "cho hộ nông dân"), (24, "0")),
]

# an amount in đồng cut after a group's dot, or inside its last group
DONG = [
    at((0, "STT"), (6, "Nội dung"), (26, "Tổng số"), (38, "Ngân sách"), (50, "Xã hội hóa")),
    at((38, "tỉnh")),
    at((0, "1"), (6, "Hội chợ nông sản"), (26, "720.000.00"), (38, "500.000.000"), (50, "1.220.000.")),
    at((26, "0"), (50, "000")),
    at((0, "2"), (6, "Phiên chợ vùng cao"), (26, "95.000.0"), (38, "-"), (50, "95.000.0")),
    at((26, "00"), (50, "00")),
]

# headings of two sources in columns too narrow for their words, one space apart on every
# line of the heading (the header over NARROW_HEAD's amounts); the years over them are groups
NARROW_HEAD = [
    at((0, "TT"), (6, "Nội dung"), (24, "Tổng"), (31, "Năm 2027"), (43, "Năm 2028")),
    at((24, "cộng"), (31, "Ngân Vốn"), (43, "Ngân Vốn")),
    at((31, "sách sự"), (43, "sách sự")),
    at((31, "tỉnh nghiệ"), (43, "tỉnh nghiệ")),
    at((36, "p"), (48, "p")),
    at((6, "Tổng cộng"), (24, "3.810"), (31, "1.720 180"), (43, "1.650 260")),
    at((0, "I"), (6, "Trồng rừng"), (24, "2.430"), (31, "960"), (37, "120"), (43, "1.190"), (49, "160")),
]

# year headings one space apart over amounts set from their cells' left edge, wider apart
# than the years (an HTML table's PDF): each year over its own column
YEAR_RUN = [
    at((0, "STT"), (12, "Nguồn vốn"), (36, "2026 2027 2028"), (60, "Tổng")),
    "",
    at((0, "1"), (6, "Ngân sách tỉnh"), (36, "2.100 1.800 1.600 5.500")),
    "",
    at((0, "2"), (6, "Ngân sách xã"), (36, "700"), (43, "650"), (50, "600"), (57, "1.950")),
    "",
    at((0, "3"), (6, "Vốn xã hội hóa"), (36, "300"), (43, "350"), (50, "400"), (57, "1.050")),
]

MUST_MATCH = [
    ("year headings one space apart over wider amount columns", YEAR_RUN,
     [["STT", "Nguồn vốn", "2026", "2027", "2028", "Tổng"],
      ["2", "Ngân sách xã", "700", "650", "600", "1.950"]]),
    ("headings of narrow columns one space apart on every line, under year groups", NARROW_HEAD,
     [["TT", "Nội dung", "Tổng cộng", "Năm 2027", "Năm 2027", "Năm 2028", "Năm 2028"],
      ["TT", "Nội dung", "Tổng cộng", "Ngân sách tỉnh", "Vốn sự nghiệp", "Ngân sách tỉnh", "Vốn sự nghiệp"],
      ["I", "Trồng rừng", "2.430", "960", "120", "1.190", "160"]]),
    ("amounts of narrow cells wrapped to the next line, beside the label's rest", NARROW,
     [["", "Tổng cộng", "3.810", "1.720", "180", "1.650", "260"],
      ["I", "Trồng cây dược liệu dưới tán rừng", "2.430", "960", "120", "1.190", "160"],
      ["1", "Tập huấn kỹ thuật cho hộ nông dân", "1.380", "760", "60", "460", "100"]]),
    ("an amount in đồng cut after a dot or inside its last group", DONG,
     [["1", "Hội chợ nông sản", "720.000.000", "500.000.000", "1.220.000.000"],
      ["2", "Phiên chợ vùng cao", "95.000.000", "-", "95.000.000"]]),
]


@pytest.mark.parametrize("why, lines, rows", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_wrapped_amounts_finish_their_row(why, lines, rows):
    found = tables(lines)
    assert found, why
    for r in rows:
        assert r in found[0], f"{why}: {r} not in {found[0]}"


# rows whose numbers are amounts of their own, not the ends of the amounts above
OWN_ROWS = [
    at((0, "STT"), (6, "Nội dung"), (24, "Tổng số"), (34, "Năm 2027"), (44, "Năm 2028")),
    at((0, "1"), (6, "Sửa chữa trường"), (24, "1.250"), (34, "600"), (44, "650")),
    at((6, "Mua sắm bàn ghế"), (24, "45"), (34, "20"), (44, "25")),  # no code: a row of its own
    at((0, "2"), (6, "Đào tạo giáo viên"), (24, "1.35"), (34, "0.6"), (44, "0.75")),  # decimals
    at((6, "Bồi dưỡng"), (24, "12"), (34, "5"), (44, "7")),
]

MUST_NOT_MATCH = [
    ("a year group is not cut into a heading and a year", NARROW_HEAD,
     ["TT", "Nội dung", "Tổng cộng", "Năm", "2027", "Năm", "2028"]),
    ("a row of small amounts under a row of full amounts is a row of its own", OWN_ROWS,
     ["1", "Sửa chữa trường Mua sắm bàn ghế", "1.25045", "60020", "65025"]),
    ("numbers that do not finish the groups above are a row of their own", OWN_ROWS,
     ["2", "Đào tạo giáo viên Bồi dưỡng", "1.3512", "0.65", "0.757"]),
]


@pytest.mark.parametrize("why, lines, row", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_not_rows(why, lines, row):
    found = tables(lines)
    assert found, why
    assert all(row not in t for t in found), why


def test_own_rows_stay_apart():
    rows = tables(OWN_ROWS)[0]
    assert ["", "Mua sắm bàn ghế", "45", "20", "25"] in rows
    assert ["", "Bồi dưỡng", "12", "5", "7"] in rows


@pytest.mark.parametrize("prev, nxt, joined", [
    ("1.050.000.", "000", "1.050.000.000"),  # cut after a group's dot
    ("650.000.00", "0", "650.000.000"),  # cut inside the last group
    ("8.4", "00", "8.400"),
    ("tổng 8.4", "0000", "tổng 8.4 0000"),  # four digits finish no group
    ("tổng số 1.200", "500", "tổng số 1.200 500"),  # a whole group: a number of its own
])
def test_glue_finishes_a_cut_group(prev, nxt, joined):
    assert glue(prev, nxt) == joined


# ---------------------------------------------------------------------------
# Headers and signatures of joint plans in pdftotext -layout (extractors.layout.text)

from extractors.layout.text import read_text  # noqa: E402


def paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(lines) + "\n")
    return [b.text for b in blocks if b.text]


BODY = ["", "                      KẾ HOẠCH LIÊN TỊCH", "",
        "Phòng, chống đuối nước cho trẻ em năm 2027", "",
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;", ""]

# two issuers side by side and the national title right of them, interleaved line by line
JOINT_HEADER = [
    "                                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
    "            BỘ LAO ĐỘNG - THƯƠNG",
    "BỘ CÔNG AN                                             NAM",
    "                BINH VÀ XÃ HỘI",
    " -------                                  Độc lập - Tự do - Hạnh phúc",
    "                   -------",
    "                                                    ---------------",
    "",
    "     Số: 17/KHLT-BCA-BLĐTBXH               Hà Nội, ngày 12 tháng 5 năm 2027",
] + BODY

# the signers side by side, their names under the space to sign in (several blank lines)
JOINT_SIGNATURE = BODY + [
    "    KT. BỘ TRƯỞNG                KT. BỘ TRƯỞNG",
    "BỘ LAO ĐỘNG - THƯƠNG BINH           BỘ CÔNG AN",
    "      VÀ XÃ HỘI                     THỨ TRƯỞNG",
    "     THỨ TRƯỞNG",
    "",
    "",
    "",
    "     Lương Văn Thuận            Hoàng Minh Đức",
    "",
    "Nơi nhận:",
    "- Văn phòng Chính phủ;",
    "- Công an, Sở LĐTBXH các tỉnh, thành phố;",
    "- Lưu: VT.",
]


def test_joint_header_read_column_by_column():
    got = paragraphs(JOINT_HEADER)
    assert got[:got.index("Độc lập - Tự do - Hạnh phúc")] == [
        "BỘ CÔNG AN", "-------", "BỘ LAO ĐỘNG - THƯƠNG", "BINH VÀ XÃ HỘI", "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM"]


def test_joint_signature_names_under_their_columns():
    got = paragraphs(JOINT_SIGNATURE)
    assert got[got.index("KT. BỘ TRƯỞNG"):] == [
        "KT. BỘ TRƯỞNG", "BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "THỨ TRƯỞNG", "Lương Văn Thuận",
        "KT. BỘ TRƯỞNG", "BỘ CÔNG AN", "THỨ TRƯỞNG", "Hoàng Minh Đức",
        "Nơi nhận:", "- Văn phòng Chính phủ;", "- Công an, Sở LĐTBXH các tỉnh, thành phố;", "- Lưu: VT."]


@pytest.mark.parametrize("why, lines, unwanted", [
    ("one issuer over its department, centred, beside the national title: two columns",
     ["UBND TỈNH CAO BẰNG               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "    SỞ Y TẾ                          Độc lập - Tự do - Hạnh phúc",
      "    -------                             ---------------"] + BODY,
     ["SỞ Y TẾ", "-------", "UBND TỈNH CAO BẰNG"]),
    ("a signature without its names after the space: the body after it is no column",
     BODY + ["                                   KT. CHỦ TỊCH", "Nơi nhận:                    PHÓ CHỦ TỊCH",
             "- Như trên;", "- Lưu: VT.", "", "", "",
             "2. Trung tâm Y tế huyện         chủ trì tổ chức khám sàng lọc"],
     ["chủ trì tổ chức khám sàng lọc"]),
])
def test_not_three_columns(why, lines, unwanted):
    got = paragraphs(lines)
    n = len(unwanted)
    assert all(got[k:k + n] != unwanted for k in range(len(got))), why


def test_national_title_last_word_at_the_next_line_start():
    got = paragraphs(["UBND TỈNH ĐIỆN BIÊN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "",
                      "   SỞ NỘI VỤ                    Độc lập - Tự do - Hạnh phúc", "",
                      "Số: 41/KH-SNV              Điện Biên, ngày 3 tháng 6 năm 2027"] + BODY)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in got
    assert "NAM" not in got and not any(p.endswith(" NAM") and "CỘNG" not in p for p in got)


# a signature whose columns a copy collapsed to one space each, set double-spaced
COLLAPSED = BODY + ["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "", "- UBND huyện (b/c); KT. CHỦ TỊCH", "",
                    "- Các ban, ngành xã; PHÓ CHỦ TỊCH", "", "- Lưu: VT. Vàng Thị Sua"]


def test_collapsed_signature_set_double_spaced():
    got = paragraphs(COLLAPSED)
    assert "- UBND huyện (b/c);" in got and "- Lưu: VT." in got
    assert "Vàng Thị Sua" in got and "KT. CHỦ TỊCH" in got
    assert not any("CHỦ TỊCH" in p and p.startswith("-") for p in got)


# ---------------------------------------------------------------------------
# A task table whose code column is too narrow for "STT": "ST" / "T" (grid.find_text_tables)

from tests.test_text_tables import tables as text_tables  # noqa: E402

NARROW_CODE = [
    at((0, "ST"), (6, "Nội dung"), (30, "Đơn vị chủ"), (46, "Đơn vị phối"), (62, "Thời")),
    at((0, "T"), (30, "trì"), (46, "hợp"), (62, "gian")),
    at((0, "1"), (6, "Kiểm tra an toàn"), (30, "Phòng Kinh tế"), (46, "Công an xã"), (62, "Quý I")),
    at((6, "thực phẩm tại chợ"), (30, "xã"), (46, "Trạm Y tế")),
    at((0, "2"), (6, "Tuyên truyền phòng"), (30, "Trạm Y tế xã"), (46, "Đoàn Thanh"), (62, "Cả năm")),
    at((6, "chống dịch bệnh"), (46, "niên xã")),
]


def test_a_code_heading_broken_in_a_narrow_column():
    found = text_tables(NARROW_CODE)
    assert found and found[0][0] == ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    assert ["2", "Tuyên truyền phòng chống dịch bệnh", "Trạm Y tế xã", "Đoàn Thanh niên xã", "Cả năm"] in found[0]


def test_a_lone_s_over_t_is_no_code_heading():
    # must not: a heading line whose first cell is a word, its next line a word of the same column
    lines = [at((0, "Số"), (6, "Nội dung"), (30, "Đơn vị chủ"), (46, "Đơn vị phối"), (62, "Thời")),
             at((0, "hiệu"), (30, "trì"), (46, "hợp"), (62, "gian"))] + NARROW_CODE[2:]
    assert not text_tables(lines)


# an indicator table under a numbered heading of the text, its code heading run one space
# into the label's heading ("TT Chỉ tiêu")
INDICATORS = [
    at((0, "3. Các chỉ tiêu chủ yếu")),
    at((0, "TT Chỉ tiêu"), (30, "ĐVT"), (38, "Năm"), (45, "Năm")),
    at((38, "2026"), (45, "2027")),
    at((0, "1"), (5, "Tỷ lệ hộ dùng nước"), (30, "%"), (38, "91,5"), (45, "94")),
    at((5, "sạch")),
    at((0, "2"), (5, "Số xã đạt chuẩn"), (30, "xã"), (38, "12"), (45, "15")),
]


def test_a_numbered_heading_is_no_header_line():
    found = tables(INDICATORS)
    assert found
    assert found[0][0] == ["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027"]
    assert ["1", "Tỷ lệ hộ dùng nước sạch", "%", "91,5", "94"] in found[0]
    assert not any("Các chỉ tiêu" in cell for r in found[0] for cell in r)


def test_a_two_word_code_heading_stays_whole():
    lines = [at((0, "Số TT"), (8, "Chỉ tiêu"), (30, "ĐVT"), (38, "2026"), (45, "2030"))] + [
        at((0, "1"), (8, "Tỷ lệ hộ nghèo"), (30, "%"), (38, "4,2"), (45, "2,5")),
        at((0, "2"), (8, "Số xã đạt chuẩn"), (30, "xã"), (38, "12"), (45, "15"))]
    found = tables(lines)
    assert found and found[0][0][:2] == ["Số TT", "Chỉ tiêu"]


# a landscape annex's task table: where the lead cell is full, pdftotext sets the partner's
# words a few characters left of where the other rows start them (one space after the lead);
# a page break cuts row 3, the header repeated on the next page above the row's rest
SHIFTED = [
    " STT  Nhiệm vụ                    Cơ quan chủ trì     Cơ quan phối hợp      Thời gian",
    " 1    Số hóa hồ sơ di tích        Sở Văn hóa, Thể Sở Tư pháp;           Quý II/2027",
    "      cấp xã                      thao và Du lịch Công an tỉnh;",
    "                                                  Ủy ban nhân",
    "                                                  dân các xã",
    " 2    Kết nối dữ liệu dân cư      Công an tỉnh        Ủy ban nhân dân       Cả năm",
    "      với cơ sở dữ liệu                               các xã, phường",
    " 3    Tập huấn kỹ năng số         Trung tâm Chuyển    Hội Nông dân          Quý III -",
    "\f STT  Nhiệm vụ                    Cơ quan chủ trì     Cơ quan phối hợp      Thời gian",
    "      cho cán bộ xã               đổi số tỉnh         tỉnh                  Quý IV/2027",
    " 4    Tổng kết thực hiện          Sở Khoa học và      Các sở, ngành         Tháng 12/2027",
    "                                  Công nghệ",
]


def test_a_cell_set_left_of_its_column_after_a_full_cell():
    found = text_tables(SHIFTED)
    assert found
    rows = found[0]
    assert ["1", "Số hóa hồ sơ di tích cấp xã", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Tư pháp; Công an tỉnh; Ủy ban nhân dân các xã", "Quý II/2027"] in rows, rows
    assert ["4", "Tổng kết thực hiện", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Tháng 12/2027"] in rows, rows


def test_the_header_repeated_over_a_cut_rows_rest():
    rows = text_tables(SHIFTED)[0]
    assert ["3", "Tập huấn kỹ năng số cho cán bộ xã", "Trung tâm Chuyển đổi số tỉnh", "Hội Nông dân tỉnh",
            "Quý III - Quý IV/2027"] in rows, rows
    assert not any("Nhiệm vụ" in cell for r in rows[1:] for cell in r)


@pytest.mark.parametrize("prev, nxt, joined", [
    # must join: a quarter's or a date's year cut in a narrow cell
    ("Quý III/202", "7", "Quý III/2027"), ("Tháng 10/20", "27", "Tháng 10/2027"), ("15/3/2", "027", "15/3/2027"),
    # must not: a whole year, a number after a fraction, a count
    ("Quý III/2027", "5", "Quý III/2027 5"), ("tỷ lệ 1/3", "2", "tỷ lệ 1/3 2"), ("Quý II/202", "61", "Quý II/202 61"),
])
def test_glue_finishes_a_cut_year(prev, nxt, joined):
    assert glue(prev, nxt) == joined


# a row whose task cell pdftotext set narrower: its lead cell's lines all start seven
# characters left of the other rows'
NARROWER_ROW = [
    " STT  Nội dung                  Đơn vị chủ       Đơn vị phối       Thời",
    "                                trì              hợp               gian",
    " 1    Kiểm tra nhà văn          Phòng Văn        Công an xã        Quý I",
    "      hóa các thôn              hóa xã",
    " 2    Rà soát cầu treo  Ban Quản lý             Ủy ban nhân       Quý",
    "      và đường tràn     dự án xã                dân các xã        III/2027",
    " 3    Trồng cây xanh            Đoàn Thanh       Hội Phụ nữ        Cả năm",
    "      tuyến liên xã             niên xã",
]


def test_a_row_set_narrower_keeps_its_columns():
    rows = text_tables(NARROWER_ROW)[0]
    assert ["2", "Rà soát cầu treo và đường tràn", "Ban Quản lý dự án xã", "Ủy ban nhân dân các xã",
            "Quý III/2027"] in rows, rows
    assert ["3", "Trồng cây xanh tuyến liên xã", "Đoàn Thanh niên xã", "Hội Phụ nữ", "Cả năm"] in rows
    assert ["1", "Kiểm tra nhà văn hóa các thôn", "Phòng Văn hóa xã", "Công an xã", "Quý I"] in rows


def test_a_task_cell_across_the_shifted_start_is_not_cut():
    # must not: where a task cell's words run across the place a narrower row starts its lead
    # cell, the two starts are two columns (no table is better than cells cut in a word's row)
    lines = list(NARROWER_ROW)
    lines[2] = " 1    Kiểm tra nhà văn hóa      Phòng Văn        Công an xã        Quý I"
    found = text_tables(lines)
    assert not any(r[1] == "Kiểm tra nhà văn" for t in found for r in t)


# must not: headings wider than their narrow amounts, each its own segment ("Ngân sách     Ngân
# sách"), under a group over all the years ("Chia ra"): no cell is cut at a word that happens to
# start where words of other heading lines start (invented after a provincial annex's shape)
WIDE_HEADINGS = [
    "STT   Nội dung       Tổng kinh   Chia ra                                                  Ghi chú",
    "      hoạt động      phí         Năm 2027                    Năm 2028",
    "                                 Ngân sách     Ngân sách     Ngân sách     Ngân sách",
    "                                 trung ương    địa phương    trung ương    địa phương",
    "                                 (đầu tư)      (sự nghiệp)   (đầu tư)      (sự nghiệp)",
    "I     Nội dung 1:    12.540      250           0             6.100         6.190",
    "      Về nước sạch",
    "1     Nâng cấp       11.900                                  5.900         6.000",
    "      trạm cấp nước",
]


def test_wide_headings_over_narrow_amounts_stay_whole():
    rows = tables(WIDE_HEADINGS)[0]
    assert rows[0][3:7] == ["Chia ra"] * 4
    assert rows[1][3:7] == ["Năm 2027", "Năm 2027", "Năm 2028", "Năm 2028"]
    assert rows[2][3:7] == ["Ngân sách trung ương (đầu tư)", "Ngân sách địa phương (sự nghiệp)"] * 2
