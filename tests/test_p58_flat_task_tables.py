"""A task table flattened a cell a line (a portal page's text copied or scraped, its cells on lines of their own), in
three shapes the reader did not know (extractors/layout/cell_lines.py flat_tables):

- a header on two rows: the bodies' heading over their roles ("Cơ quan thực hiện" over "Chủ trì" / "Phối hợp", the
  role headings after the top row's last heading): the columns are the top row's with the roles under their heading;
- a row whose partners' cell is empty (no line for it): the partners' cell empty, the rest of the table read;
- rows numbered under numbered groups ("1" / "Phát triển hạ tầng số" / "1.1" / ... / "1.2" / ... / "2" / ...): group
  rows and rows with their own numbers ("1.2").

Must-not rows: a heading over headings that are no roles ("Cơ quan thực hiện" over "Năm 2028" / "Năm 2029") is no
bodies' heading; a row short of a cell with no lead's name before the partners' place leaves the table to other
readers; a table numbered "1", "2" whose "1.1" is a cell's text keeps its rows. Names and numbers invented."""

from __future__ import annotations

from extractors.layout.cell_lines import _header_levels, flat_tables

ROLES = """TT
Nhiệm vụ
Cơ quan thực hiện
Thời gian hoàn thành
Chủ trì
Phối hợp
I. Tuyên truyền, nâng cao nhận thức
1
Quán triệt Nghị quyết trong toàn Đảng bộ huyện
Ban Tuyên giáo Huyện ủy
Các chi bộ, đảng bộ cơ sở
Quý I/2028
2
Mở chuyên mục chuyển đổi số trên Cổng thông tin điện tử huyện
Văn phòng Huyện ủy
Tháng 6/2028
II. Hạ tầng số
3
Phủ sóng 5G các xã vùng sâu
Phòng Kinh tế và Hạ tầng
Viettel Lạc Sơn; VNPT Lạc Sơn
Năm 2029
4
Xây dựng kho dữ liệu dùng chung của huyện
Văn phòng HĐND và UBND huyện
Các phòng, ban chuyên môn
Năm 2028
III. TỔ CHỨC THỰC HIỆN
"""


def _rows(text: str) -> list[list[str]]:
    found = flat_tables(text.split("\n"))
    assert len(found) == 1, found
    return found[0][2]


def test_a_two_row_header_of_roles_and_a_row_with_no_partners():
    rows = _rows(ROLES)
    assert rows[1] == ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]
    assert ["2", "Mở chuyên mục chuyển đổi số trên Cổng thông tin điện tử huyện", "Văn phòng Huyện ủy", "",
            "Tháng 6/2028"] in rows
    assert rows[-1] == ["4", "Xây dựng kho dữ liệu dùng chung của huyện", "Văn phòng HĐND và UBND huyện",
                        "Các phòng, ban chuyên môn", "Năm 2028"]


def test_no_lead_before_the_partners_place_leaves_the_table():
    text = ROLES.replace("Văn phòng Huyện ủy\nTháng 6/2028", "Mở rộng cho các xã\nTháng 6/2028")
    assert flat_tables(text.split("\n")) == []


def test_a_heading_over_years_is_no_bodies_heading():
    # must not: the bodies' heading over no role headings
    assert _header_levels(["TT", "Chỉ tiêu", "Cơ quan thực hiện", "Ghi chú", "Năm 2028", "Năm 2029"], 5) is None


DECIMAL = """TT
Nội dung nhiệm vụ
Chủ trì
Phối hợp
Thời gian
1
Phát triển hạ tầng số
1.1
Phủ sóng di động 4G các thôn vùng cao
Phòng Văn hóa và Thông tin
Viettel Bắc Yên
Quý III/2028
1.2
Nâng cấp đường truyền số liệu chuyên dùng cấp xã
UBND các xã
Phòng Văn hóa và Thông tin
Quý IV/2028
2
Phát triển kinh tế số
2.1
Đưa sản phẩm OCOP lên sàn thương mại điện tử
Phòng Kinh tế và Hạ tầng
Hội Nông dân huyện
Năm 2028
III. KINH PHÍ
"""


def test_rows_numbered_under_numbered_groups():
    rows = _rows(DECIMAL)
    assert [r[0] for r in rows] == ["TT", "1", "1.1", "1.2", "2", "2.1"]
    assert rows[1] == ["1", "Phát triển hạ tầng số", "", "", ""]
    assert rows[3] == ["1.2", "Nâng cấp đường truyền số liệu chuyên dùng cấp xã", "UBND các xã",
                       "Phòng Văn hóa và Thông tin", "Quý IV/2028"]


def test_whole_numbers_keep_their_rows():
    # must not: "1.1" in a cell of a table numbered "1", "2"
    text = ("TT\nNội dung\nChủ trì\nThời gian\n1\nSửa đổi Quy chế\nVăn phòng UBND\n1.1\n2\nTập huấn\nSở Nội vụ\n"
            "Quý II/2028\nII. KINH PHÍ\n")
    assert flat_tables(text.split("\n")) == [] or all(r[0] in ("TT", "1", "2") for r in _rows(text))


DASH_LISTS = """TT
Nội dung
Đơn vị thực hiện
Thời gian
Sản phẩm
Chủ trì
Phối hợp
I
XÂY DỰNG THỂ CHẾ
1
Ban hành quy chế quản lý cụm công nghiệp
Sở Công Thương
- Sở Tư pháp
- Sở Tài chính
- UBND các huyện
Quý II/2028
Quy chế
2
Rà soát quy hoạch các cụm công nghiệp
- Sở Xây dựng
- Sở Nông nghiệp và Môi trường
Quý III/2028
Báo cáo
3
Thu hút đầu tư hạ tầng cụm công nghiệp
Trung tâm Xúc tiến đầu tư
- Sở Công Thương
- Hiệp hội Doanh nghiệp tỉnh
Năm 2029
Danh mục dự án
II. TỔ CHỨC THỰC HIỆN
"""


def test_the_roles_header_over_rows_of_dash_lists_and_a_row_with_no_lead():
    # must: the bodies' heading over the roles though the first row has more lines than cells (its partners a list,
    # a line each); a row whose only bodies' cell is a dash list where the lead's stands: the partners, no lead
    rows = _rows(DASH_LISTS)
    assert rows[1] == ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"]
    assert rows[3][2:4] == ["Sở Công Thương", "Sở Tư pháp; Sở Tài chính; UBND các huyện"]
    assert rows[4][2:4] == ["", "Sở Xây dựng; Sở Nông nghiệp và Môi trường"]
    assert rows[5][2:4] == ["Trung tâm Xúc tiến đầu tư", "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh"]


def test_a_dash_list_of_no_bodies_gives_no_partners():
    # must not: a dash list of a task's items where the lead's cell stands is no partners' list
    text = DASH_LISTS.replace("- Sở Xây dựng\n- Sở Nông nghiệp và Môi trường", "- Rà soát 12 cụm\n- Đề xuất điều chỉnh")
    found = flat_tables(text.split("\n"))
    assert not found or all(r[3] != "Rà soát 12 cụm; Đề xuất điều chỉnh" for r in found[0][2])


def test_a_unit_or_a_lead_heading_is_no_bodies_heading():
    # must not: "Đơn vị tính" (the unit's) and "Cơ quan chủ trì" (a role's own) stand over no headings
    from extractors.layout.cell_lines import _roles_over
    assert not _roles_over("Đơn vị tính") and not _roles_over("Cơ quan chủ trì") and _roles_over("Cơ quan thực hiện")


PAGE = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH ĐÔNG\nSố: 71/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Vĩnh Đông, ngày 09 tháng 2 năm 2029\nKẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2029\nI. NHIỆM VỤ\n\n"
        "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nA. Công tác tuyên truyền\n"
        "1\nTuyên truyền Luật Trật tự, an toàn giao thông đường bộ\nSở Văn hóa, Thể thao và Du lịch\nBáo Vĩnh Đông\nCả năm\n"
        "2\nLắp đặt biển báo trên các tuyến đường tỉnh\nSở Xây dựng\nKhu Quản lý đường bộ IV\nQuý III\n"
        "3\nKiểm tra các bến xe khách\nSở Xây dựng\nCông an tỉnh\nQuý II, Quý IV\n\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan triển khai thực hiện./.\n")


def test_a_flat_table_is_not_read_as_words_copied_cell_after_cell():
    # must: the flattened table's reading, not the cell-after-cell reader's (which took "Sở Xây dựng" / "Khu Quản lý
    # đường bộ IV" for one lead's wrapped name)
    from extractors.document import build_document
    from extractors.fields.activities import extract_activities
    from extractors.formats.base import read
    from extractors.segment import outline
    doc = build_document(read(PAGE.encode(), "page.txt"))
    got = [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]
    assert got == [("1", ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo Vĩnh Đông"]),
                   ("2", ["Sở Xây dựng"], ["Khu Quản lý đường bộ IV"]),
                   ("3", ["Sở Xây dựng"], ["Công an tỉnh"])]


def test_a_last_row_that_cannot_be_told_before_a_footer():
    # must: the table's rows before a last row whose cells cannot be told, a page's footer after it (no heading)
    text = DASH_LISTS.replace("II. TỔ CHỨC THỰC HIỆN\n", "4\nSơ kết thực hiện\n- Các sở, ngành\n- UBND các huyện\n"
                              "Quý IV/2029\nBáo cáo\nBản quyền thuộc Cổng thông tin điện tử tỉnh. Địa chỉ: số 1 đường "
                              "Lê Lợi, thành phố Vĩnh Đông.\n")
    rows = _rows(text)
    assert rows[-1][:3] == ["3", "Thu hút đầu tư hạ tầng cụm công nghiệp", "Trung tâm Xúc tiến đầu tư"]


def test_a_last_row_short_of_cells_before_a_heading_leaves_the_table():
    # must not: a last row short of cells right before the next heading leaves the table as it was
    text = DASH_LISTS.replace("II. TỔ CHỨC THỰC HIỆN\n", "4\nSơ kết thực hiện\nQuý IV/2029\nII. TỔ CHỨC THỰC HIỆN\n")
    assert flat_tables(text.split("\n")) == []


def test_a_last_rows_list_of_bodies_a_line_each():
    # must: the last row's partners a line each, each but the last ending with ";" (a cell's <br> lines)
    text = DECIMAL.replace("Hội Nông dân huyện\nNăm 2028\nIII. KINH PHÍ",
                           "Hội Nông dân huyện;\nHuyện đoàn;\nHội Liên hiệp Phụ nữ huyện\nNăm 2028\nIII. KINH PHÍ")
    assert _rows(text)[-1] == ["2.1", "Đưa sản phẩm OCOP lên sàn thương mại điện tử", "Phòng Kinh tế và Hạ tầng",
                               "Hội Nông dân huyện; Huyện đoàn; Hội Liên hiệp Phụ nữ huyện", "Năm 2028"]
