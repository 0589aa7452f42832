"""Word plans of our own whose tables have shapes real ones have: budget tables with
headers over two or three rows and merged cells ("Chia ra" over sources, years as column
groups, "Kinh phí (triệu đồng)" beside text columns), units in a header cell or an "ĐVT:"
line, total rows first or last, group rows (I, II / A, B), quantity and unit-price
columns, empty template rows; task tables with a merged "Đơn vị thực hiện" over
"Chủ trì | Phối hợp", group rows, several agencies in one cell (";" or line breaks), a
table continued on the next page with its header repeated.

Everything is invented (places, agencies, amounts). `python -m tests.probes.tables_docx
OUTDIR` writes the documents; `build(name)` gives one document's bytes, the same on every run.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

FIXED_TIME = datetime(2024, 5, 6, 7, 8, 9)


def _doc(province: str, number: str, place: str, date: str, title: str):
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED_TIME
    doc.core_properties.author = "probe"
    for line in (f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", f"Số: {number}",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 f"{place}, {date}", "KẾ HOẠCH", title):
        doc.add_paragraph(line)
    return doc


def _table(doc, rows: list[list[str]], merges: tuple = ()):
    """A table from rows of text; `merges` lists ((r1, c1), (r2, c2)) rectangles whose
    top-left cell keeps the text (the others are written empty before the merge)."""
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    covered = set()
    for (r1, c1), (r2, c2) in merges:
        covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            lines = text.split("\n")
            cell = table.cell(r, c)
            cell.text = lines[0]
            for more in lines[1:]:
                cell.add_paragraph(more)
    for (r1, c1), (r2, c2) in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    return table


def _end(doc, signer: str):
    for line in ("Nơi nhận:", "- Sở Tài chính;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                 "PHÓ CHỦ TỊCH", signer):
        doc.add_paragraph(line)


def budget_chia_ra(doc):
    """Total row first (no code), Chia ra over three sources, groups I/II, ĐVT line."""
    doc.add_paragraph("IV. KINH PHÍ THỰC HIỆN")
    doc.add_paragraph("BẢNG DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH")
    doc.add_paragraph("ĐVT: triệu đồng")
    rows = [["STT", "Nội dung", "Tổng kinh phí", "Chia ra", "", ""],
            ["", "", "", "Ngân sách trung ương", "Ngân sách địa phương", "Nguồn khác"],
            ["", "Tổng cộng", "4.860", "2.100", "2.310", "450"],
            ["I", "Hỗ trợ phát triển sản xuất", "2.940", "1.500", "1.140", "300"],
            ["1", "Hỗ trợ giống cây trồng cho hộ nghèo", "1.720", "900", "670", "150"],
            ["2", "Xây dựng mô hình trồng quế hữu cơ", "1.220", "600", "470", "150"],
            ["II", "Đào tạo nghề cho lao động nông thôn", "1.920", "600", "1.170", "150"],
            ["1", "Mở lớp sơ cấp nghề chăn nuôi", "1.080", "600", "480", ""],
            ["2", "Tập huấn kỹ thuật cho cán bộ khuyến nông", "840", "-", "690", "150"]]
    _table(doc, rows, [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 5))])


def budget_years(doc):
    """Three header rows: 'Kinh phí thực hiện (triệu đồng)' over Tổng số and year groups
    each split by source; total row last."""
    doc.add_paragraph("PHỤ LỤC II")
    doc.add_paragraph("KINH PHÍ THỰC HIỆN CÁC NHIỆM VỤ GIAI ĐOẠN 2026 - 2027")
    rows = [["TT", "Nhiệm vụ", "Kinh phí thực hiện (triệu đồng)", "", "", "", ""],
            ["", "", "Tổng số", "Năm 2026", "", "Năm 2027", ""],
            ["", "", "", "NSTW", "NSĐP", "NSTW", "NSĐP"],
            ["1", "Số hóa hồ sơ địa chính", "3.600", "1.000", "800", "1.000", "800"],
            ["2", "Nâng cấp trung tâm dữ liệu tỉnh", "2.500", "700", "550", "700", "550"],
            ["3", "Đào tạo kỹ năng số cho cán bộ xã", "420", "-", "210", "-", "210"],
            ["", "Tổng cộng", "6.520", "1.700", "1.560", "1.700", "1.560"]]
    _table(doc, rows, [((0, 0), (2, 0)), ((0, 1), (2, 1)), ((0, 2), (0, 6)), ((1, 2), (2, 2)),
                       ((1, 3), (1, 4)), ((1, 5), (1, 6))])


def budget_beside_text(doc):
    """One money column 'Kinh phí (triệu đồng)' beside the text columns of a task table."""
    doc.add_paragraph("III. NHIỆM VỤ VÀ KINH PHÍ")
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Kinh phí (triệu đồng)"],
            ["1", "Khảo sát hiện trạng hạ tầng thủy lợi nội đồng", "Sở Nông nghiệp và Môi trường", "Quý II/2026", "350"],
            ["2", "Lắp đặt trạm quan trắc mực nước tự động", "Công ty TNHH MTV Khai thác thủy lợi", "2026 - 2027", "1.280"],
            ["3", "Tuyên truyền sử dụng nước tiết kiệm", "Sở Văn hóa, Thể thao và Du lịch", "Hằng năm", "95,5"],
            ["", "Tổng cộng", "", "", "1.725,5"]]
    _table(doc, rows)


def budget_quantities(doc):
    """Số lượng | Đơn giá | Thành tiền in đồng (ĐVT line), groups A/B, an empty template row."""
    doc.add_paragraph("DỰ TOÁN CHI TIẾT KINH PHÍ TỔ CHỨC HỘI THI")
    doc.add_paragraph("(Đơn vị tính: đồng)")
    rows = [["STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"],
            ["A", "Chi tổ chức vòng sơ khảo", "", "", "", "18.400.000"],
            ["1", "Thuê hội trường", "Ngày", "2", "5.000.000", "10.000.000"],
            ["2", "Bồi dưỡng ban giám khảo", "Người", "6", "1.400.000", "8.400.000"],
            ["B", "Chi tổ chức vòng chung kết", "", "", "", "27.500.000"],
            ["1", "Giải thưởng", "Giải", "5", "3.500.000", "17.500.000"],
            ["2", "In ấn tài liệu, khen thưởng", "Bộ", "100", "100.000", "10.000.000"],
            ["3", "Chi khác", "", "", "", ""],
            ["", "Tổng cộng", "", "", "", "45.900.000"]]
    _table(doc, rows)


def budget_billion(doc):
    """'Tổng mức đầu tư (tỷ đồng)' in a header cell, decimal amounts, groups A/B."""
    doc.add_paragraph("Phụ lục")
    doc.add_paragraph("DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG GIAI ĐOẠN 2026 - 2030")
    rows = [["STT", "Danh mục dự án", "Địa điểm", "Tổng mức đầu tư (tỷ đồng)", "Ghi chú"],
            ["A", "Dự án chuyển tiếp", "", "85,4", ""],
            ["1", "Đường giao thông liên xã Tân Lập - Hòa Bình", "Huyện Đồng Phú", "42,6", ""],
            ["2", "Kè chống sạt lở bờ sông Bé", "Huyện Phú Riềng", "42,8", ""],
            ["B", "Dự án khởi công mới", "", "17,25", ""],
            ["1", "Trường tiểu học Tân Hưng", "Huyện Hớn Quản", "17,25", "Vốn đối ứng"],
            ["", "Tổng cộng", "", "102,65", ""]]
    _table(doc, rows)


def budget_thousand(doc):
    """Unit 'nghìn đồng' in the 'Thành tiền' header cell, years as columns after text."""
    doc.add_paragraph("BIỂU TỔNG HỢP KINH PHÍ")
    rows = [["TT", "Nội dung", "Thành tiền (nghìn đồng)", "", ""],
            ["", "", "Tổng", "Năm 2026", "Năm 2027"],
            ["1", "Mua sắm trang thiết bị phòng họp trực tuyến", "640.000", "400.000", "240.000"],
            ["2", "Thuê đường truyền", "96.000", "48.000", "48.000"],
            ["", "Cộng", "736.000", "448.000", "288.000"]]
    _table(doc, rows, [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4))])


def tasks_groups(doc):
    """STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
    Sản phẩm, group rows I/II, agencies by ';' and by line breaks."""
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH")
    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
            ["I", "Hoàn thiện thể chế", "", "", "", ""],
            ["1", "Rà soát quy định về cấp phép khai thác khoáng sản", "Sở Nông nghiệp và Môi trường",
             "Sở Tư pháp; Sở Xây dựng; Công an tỉnh", "Tháng 9/2026", "Báo cáo rà soát"],
            ["2", "Xây dựng quy chế phối hợp quản lý cụm công nghiệp", "Sở Công Thương",
             "Sở Tài chính\nỦy ban nhân dân các huyện", "Quý IV/2026", "Quyết định ban hành quy chế"],
            ["II", "Phát triển nguồn nhân lực", "", "", "", ""],
            ["1", "Tổ chức bồi dưỡng kỹ năng quản trị cho doanh nghiệp nhỏ", "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh",
             "Trường Cao đẳng Cộng đồng", "Hằng năm", "Lớp bồi dưỡng"]]
    _table(doc, rows)


def tasks_split_unit(doc):
    """'Đơn vị thực hiện' merged over 'Chủ trì | Phối hợp'."""
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("PHÂN CÔNG NHIỆM VỤ")
    rows = [["TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian"],
            ["", "", "Chủ trì", "Phối hợp", ""],
            ["1", "Cập nhật cơ sở dữ liệu giá đất", "Sở Tài chính", "Ủy ban nhân dân các huyện, thị xã", "2026"],
            ["2", "Kiểm tra việc chấp hành pháp luật về đất đai", "Thanh tra tỉnh",
             "Sở Nông nghiệp và Môi trường;\nCông an tỉnh", "Hằng năm"],
            ["3", "Đánh giá kết quả thực hiện kế hoạch", "Sở Nông nghiệp và Môi trường", "", "Tháng 12/2027"]]
    _table(doc, rows, [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (1, 4))])


def tasks_two_pages(doc):
    """A task table cut by a page break, its header repeated on the next page."""
    from docx.enum.text import WD_BREAK

    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("CÁC NHIỆM VỤ TRỌNG TÂM")
    head = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ"]
    _table(doc, [head,
                 ["1", "Chuẩn hóa quy trình tiếp nhận hồ sơ trực tuyến", "Văn phòng Ủy ban nhân dân tỉnh",
                  "Sở Khoa học và Công nghệ", "Quý I/2026"],
                 ["2", "Triển khai ký số cho cán bộ cấp xã", "Sở Khoa học và Công nghệ",
                  "Bưu điện tỉnh", "Quý II/2026"]])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _table(doc, [head,
                 ["3", "Đánh giá mức độ hài lòng của người dân", "Sở Nội vụ",
                  "Ủy ban nhân dân các xã, phường", "Quý IV/2026"],
                 ["4", "Tổng kết, báo cáo kết quả", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 12/2026"]])


def budget_merged_total(doc):
    """'TỔNG CỘNG' merged over the STT and Nội dung cells, first; the unit as the table's own
    first row merged across it; groups with sub-rows 1.1, 1.2; a column-number row."""
    doc.add_paragraph("KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH")
    rows = [["Đơn vị tính: triệu đồng", "", "", "", ""],
            ["STT", "Nội dung", "Tổng số", "Vốn đầu tư", "Vốn sự nghiệp"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["TỔNG CỘNG", "", "7.350", "5.200", "2.150"],
            ["1", "Hạ tầng thiết yếu vùng đồng bào", "5.950", "5.200", "750"],
            ["1.1", "Đường nội thôn Pắc Nặm", "3.100", "3.100", "-"],
            ["1.2", "Nhà văn hóa thôn Bản Đồn", "2.850", "2.100", "750"],
            ["2", "Đào tạo nâng cao năng lực cộng đồng", "1.400", "", "1.400"]]
    _table(doc, rows, [((0, 0), (0, 4)), ((3, 0), (3, 1))])


def budget_year_subtotals(doc):
    """Years as groups each with its own 'Tổng' leaf and sources; the unit in the title line."""
    doc.add_paragraph("BẢNG PHÂN KỲ KINH PHÍ (Đơn vị: tỷ đồng)")
    rows = [["STT", "Hạng mục", "Năm 2026", "", "", "Năm 2027", "", ""],
            ["", "", "Tổng", "NSTW", "NSĐP", "Tổng", "NSTW", "NSĐP"],
            ["1", "Nạo vét kênh cấp I", "12,5", "10", "2,5", "8", "6", "2"],
            ["2", "Gia cố đê bao ven sông", "6", "4,5", "1,5", "9,5", "7", "2,5"],
            ["", "TỔNG CỘNG (1+2)", "18,5", "14,5", "4", "17,5", "13", "4,5"]]
    _table(doc, rows, [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4)), ((0, 5), (0, 7))])


def tasks_merged_groups(doc):
    """Group rows whose title is merged across the whole row ('I. ...' over every cell),
    lettered sub-rows, agencies one per line with leading dashes."""
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("DANH MỤC NHIỆM VỤ CỤ THỂ")
    rows = [["Số TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan, đơn vị phối hợp", "Thời hạn"],
            ["I. NÂNG CAO CHẤT LƯỢNG DỊCH VỤ Y TẾ", "", "", "", ""],
            ["1", "Đầu tư trang thiết bị cho trạm y tế xã", "Sở Y tế", "- Sở Tài chính\n- Ủy ban nhân dân cấp huyện", "2026"],
            ["2", "Phát triển y tế cơ sở", "", "", ""],
            ["a", "Kiện toàn đội ngũ y tế thôn bản", "Sở Y tế", "Sở Nội vụ", "2026 - 2027"],
            ["b", "Đào tạo bác sĩ gia đình", "Trường Cao đẳng Y tế", "Sở Y tế", "Hằng năm"],
            ["II. PHÒNG, CHỐNG DỊCH BỆNH", "", "", "", ""],
            ["1", "Giám sát dịch bệnh truyền nhiễm tại cửa khẩu", "Trung tâm Kiểm soát bệnh tật tỉnh",
             "Bộ đội Biên phòng tỉnh\nCục Hải quan tỉnh", "Thường xuyên"]]
    _table(doc, rows, [((1, 0), (1, 4)), ((6, 0), (6, 4))])


def budget_source_column(doc):
    """Group rows 'I. ...' merged over STT and Nội dung with amounts; a text column names
    each row's source ('Nguồn vốn': Ngân sách tỉnh / Xã hội hóa); years then the total last."""
    doc.add_paragraph("BIỂU 02")
    doc.add_paragraph("NHU CẦU KINH PHÍ THỰC HIỆN ĐỀ ÁN")
    doc.add_paragraph("Đơn vị tính: triệu đồng")
    rows = [["STT", "Nội dung", "Nguồn vốn", "Năm 2026", "Năm 2027", "Tổng cộng"],
            ["I. Phát triển du lịch cộng đồng", "I. Phát triển du lịch cộng đồng", "", "900", "1.100", "2.000"],
            ["1", "Xây dựng bến thuyền du lịch", "Ngân sách tỉnh", "600", "700", "1.300"],
            ["2", "Đào tạo hướng dẫn viên tại điểm", "Xã hội hóa", "300", "400", "700"],
            ["II. Quảng bá điểm đến", "II. Quảng bá điểm đến", "", "250", "250", "500"],
            ["1", "Tham gia hội chợ du lịch quốc tế", "Ngân sách tỉnh", "250", "250", "500"]]
    _table(doc, rows, [((1, 0), (1, 1)), ((4, 0), (4, 1))])


def tasks_number_row(doc):
    """A column-number row under the header, codes '1.', sub-rows '1.1', one agency cell
    naming roles in brackets."""
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ")
    rows = [["STT", "Nhiệm vụ, giải pháp", "Thời gian hoàn thành", "Đơn vị thực hiện", "Kết quả đầu ra"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["1.", "Nâng cao năng lực phòng cháy tại khu dân cư", "", "", ""],
            ["1.1", "Xây dựng mô hình tổ liên gia an toàn", "Quý III/2026",
             "Công an tỉnh (chủ trì); Ủy ban nhân dân các phường (phối hợp)", "Mô hình"],
            ["1.2", "Trang bị bình chữa cháy tại nhà văn hóa", "2026", "Ủy ban nhân dân các xã", "Trang thiết bị"],
            ["2.", "Kiểm tra an toàn cơ sở kinh doanh karaoke", "Hằng quý", "Công an tỉnh", "Biên bản kiểm tra"]]
    _table(doc, rows)


DOCS = {
    "probe_chia_ra.docx": ("Yên Bái", "112/KH-UBND", "Yên Bái", "ngày 14 tháng 3 năm 2026",
                           "Hỗ trợ sinh kế cho hộ nghèo năm 2026", [budget_chia_ra], "Hoàng Văn Thắm"),
    "probe_years.docx": ("Hưng Yên", "87/KH-UBND", "Hưng Yên", "ngày 02 tháng 2 năm 2026",
                         "Chuyển đổi số ngành tài nguyên giai đoạn 2026 - 2027", [budget_years], "Đỗ Minh Tuấn"),
    "probe_beside.docx": ("Sóc Trăng", "45/KH-UBND", "Sóc Trăng", "ngày 20 tháng 1 năm 2026",
                          "Nâng cao hiệu quả quản lý thủy lợi năm 2026", [budget_beside_text], "Lâm Thị Hạnh"),
    "probe_quantities.docx": ("Điện Biên", "210/KH-UBND", "Điện Biên", "ngày 05 tháng 6 năm 2026",
                              "Tổ chức Hội thi tin học trẻ năm 2026", [budget_quantities], "Lò Văn Piềng"),
    "probe_billion.docx": ("Bình Phước", "301/KH-UBND", "Đồng Xoài", "ngày 11 tháng 8 năm 2025",
                           "Đầu tư công giai đoạn 2026 - 2030", [budget_billion], "Trần Văn Lộc"),
    "probe_thousand.docx": ("Hà Nam", "66/KH-UBND", "Hà Nam", "ngày 09 tháng 4 năm 2026",
                            "Xây dựng phòng họp trực tuyến giai đoạn 2026 - 2027", [budget_thousand], "Trương Quốc Huy"),
    "probe_tasks_groups.docx": ("Phú Yên", "178/KH-UBND", "Phú Yên", "ngày 17 tháng 7 năm 2026",
                                "Phát triển công nghiệp năm 2026", [tasks_groups], "Nguyễn Thị Lan"),
    "probe_tasks_split.docx": ("Kiên Giang", "92/KH-UBND", "Kiên Giang", "ngày 23 tháng 3 năm 2026",
                               "Quản lý đất đai giai đoạn 2026 - 2027", [tasks_split_unit], "Danh Út"),
    "probe_tasks_pages.docx": ("Ninh Thuận", "15/KH-UBND", "Ninh Thuận", "ngày 08 tháng 1 năm 2026",
                               "Cải cách thủ tục hành chính năm 2026", [tasks_two_pages], "Chamaléa Thị Mai"),
    "probe_merged_total.docx": ("Cao Bằng", "71/KH-UBND", "Cao Bằng", "ngày 19 tháng 5 năm 2026",
                                "Phát triển kinh tế - xã hội vùng đồng bào năm 2026", [budget_merged_total], "Nông Văn Lợi"),
    "probe_year_subtotals.docx": ("Bạc Liêu", "133/KH-UBND", "Bạc Liêu", "ngày 27 tháng 2 năm 2026",
                                  "Phòng, chống sạt lở giai đoạn 2026 - 2027", [budget_year_subtotals], "Lý Minh Khoa"),
    "probe_tasks_merged.docx": ("Lạng Sơn", "58/KH-UBND", "Lạng Sơn", "ngày 03 tháng 3 năm 2026",
                                "Nâng cao chất lượng y tế cơ sở năm 2026", [tasks_merged_groups], "Vi Thị Hoa"),
    "probe_source_column.docx": ("Quảng Bình", "205/KH-UBND", "Quảng Bình", "ngày 12 tháng 10 năm 2025",
                                 "Phát triển du lịch cộng đồng giai đoạn 2026 - 2027", [budget_source_column],
                                 "Hồ An Phong"),
    "probe_tasks_number_row.docx": ("Tuyên Quang", "140/KH-UBND", "Tuyên Quang", "ngày 30 tháng 6 năm 2026",
                                    "Phòng cháy, chữa cháy năm 2026", [tasks_number_row], "Ma Thế Hồng"),
}


def _closing(doc, signer: str) -> None:
    doc.add_paragraph("Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh.")
    _end(doc, signer)


def build(name: str, docs: dict | None = None, purpose: str = "Triển khai đồng bộ các nhiệm vụ của kế hoạch.",
          closing=_closing) -> bytes:
    """One document of `docs` (these probes' DOCS by default): header, a purpose, its parts,
    `closing`; the same bytes on every run."""
    province, number, place, date, title, parts, signer = (docs or DOCS)[name]
    doc = _doc(province, number, place, date, title)
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    doc.add_paragraph(purpose)
    for part in parts:
        part(doc)
    closing(doc, signer)
    buf = io.BytesIO()
    doc.save(buf)
    return _stable(buf.getvalue())


def _stable(data: bytes, when: datetime = FIXED_TIME) -> bytes:
    """The same bytes on every run: zip entries with a fixed timestamp (`when`)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        (target / name).write_bytes(build(name))
