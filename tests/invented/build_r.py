"""Invented Word and PDF documents of hold-out round R (files as provinces, districts and
ministries produce them).

- a ministry's (Bộ) Kế hoạch whose tasks are an annex in a landscape section, a ruled table "TT |
  Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" over several pages
  (its header row repeated on every page), a group row per area ("I. HOÀN THIỆN ...") merged across
  all columns, the lead-agency cells merged down over the tasks of one unit (w:vMerge), the tasks
  numbered on across the groups; no amount (funds "trong dự toán được giao"); exported to PDF;
- a district's Kế hoạch for 2026 - 2028 whose specific targets are a ruled table by year ("TT |
  Chỉ tiêu | Đơn vị tính | 2026 | 2027 | 2028", "%" in the unit column and the cells bare numbers with
  a decimal comma, counted rows in "xã" and "mô hình" beside them), as .docx and as its PDF;
- a province's Kế hoạch whose funds are an annex table by source and year, the unit in the title
  line ("... GIAI ĐOẠN 2026 - 2028 (Đơn vị tính: triệu đồng)"), a "Tổng số" row first, then the
  sources with "Trong đó:" sub-rows ("- Ngân sách tỉnh", "- Ngân sách cấp xã") under the local
  budget, amounts with a decimal comma whose "Tổng cộng" column does not add up exactly (rounding);
  exported to PDF;
- a district's Kế hoạch of 2012 for 2012 - 2016 typed in Word, its headings and bullets Word's
  automatic numbering (I. / 1. / a) / -, drawn, not typed), its header a borderless table, saved by
  LibreOffice as a legacy .doc;
- a province's Quyết định approving a Chương trình whose Điều 1 holds the programme's objectives
  and targets ("1. Mục tiêu" ... "2. Chỉ tiêu cụ thể đến năm 2030" with dash lines), Điều 2 and 3,
  the signature, and after it (a new page) the plan of tasks "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH" as a
  ruled table with its own title and "(Kèm theo Quyết định số ...)"; exported to PDF;
- a joint plan (Kế hoạch liên tịch) of a Sở and the province's youth union in Word: the header a
  borderless table of three columns (the Sở under its UBND, the union's "BCH ĐOÀN TỈNH ..." over
  "***", the motto), the number "Số: .../KHLT-SGDĐT-TĐTN" under the two issuers' columns merged;
  the two signature blocks side by side and "Nơi nhận" BELOW them; each body's funds in "triệu
  đồng" in one sentence (.docx);
- a province's Kế hoạch whose task annex, landscape, has a TWO-ROW header repeated on every page
  ("TT | Nội dung công việc | Đơn vị thực hiện | Thời gian" over "Chủ trì | Phối hợp", merged in
  Word), the rows long enough to run over two pages; exported to PDF.

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_r
OUTDIR` writes the .docx files (the same bytes on every run) and, when soffice is found, the PDFs
and the .doc (their bytes carry the time of the conversion, so the files in raw/ are the ones the
golds were written against).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, attached_front, closing, decision_front
from tests.invented.build_j import _numbered, _outline_list
from tests.invented.build_u import _body, _landscape, _repeat_header
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

MINISTRY = "r_bxd_412-kh-bxd_2026_phu-luc-ngang-nhom.pdf"
DISTRICT = "r_huyen-eakhanh_118-kh-ubnd_2025_chi-tieu-theo-nam.docx"
DISTRICT_PDF = "r_huyen-eakhanh_118-kh-ubnd_2025_chi-tieu-theo-nam-pdf.pdf"
BUDGET = "r_tinh-dongxuyen_37-kh-ubnd_2026_du-toan-trong-do.pdf"
LEGACY = "r_huyen-songcau_64-kh-ubnd_2012_danh-so-tu-dong.doc"
DECISION = "r_tinh-lamvien_903-qd-ubnd_2026_phe-duyet-ctr-pdf.pdf"
JOINT = "r_sgddt-tdtn-namhai_08-khlt_2026_lien-tich-ba-cot.docx"
TWO_ROW = "r_tinh-kimson_126-kh-ubnd_2026_phu-luc-dau-hai-dong.pdf"


def _front(doc, left: list[str], place_date: str, title: str, bold=(2, 2)) -> None:
    """A plan's first lines: the header table (the issuer and number beside the motto and the
    place and date), "KẾ HOẠCH" and what it is about."""
    _layout(doc, left, [*MOTTO, place_date], bold=bold)
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, title, bold=True, center=True)


# ---------------------------------------------------------------------------
# 1. The ministry's landscape annex: group rows, lead cells merged down.

GROUPS = [
    ("I. HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", [
        ("Xây dựng Thông tư hướng dẫn xác định giá bán, giá thuê mua nhà ở xã hội", "Vụ Pháp chế",
         "Cục Quản lý nhà và thị trường bất động sản; Vụ Kế hoạch - Tài chính", "Quý II/2026"),
        ("Rà soát, đề xuất sửa đổi quy định về điều kiện được mua, thuê mua nhà ở xã hội", "",
         "Cục Quản lý nhà và thị trường bất động sản", "Quý III/2026"),
        ("Hướng dẫn trình tự lựa chọn chủ đầu tư dự án nhà ở xã hội không sử dụng vốn đầu tư công", "",
         "Bộ Tài chính; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Quý III/2026"),
    ]),
    ("II. THÚC ĐẨY TRIỂN KHAI CÁC DỰ ÁN", [
        ("Theo dõi, đôn đốc tiến độ các dự án nhà ở xã hội đã khởi công trên phạm vi cả nước",
         "Cục Quản lý nhà và thị trường bất động sản", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
         "Hằng quý"),
        ("Tổng hợp nhu cầu vay vốn ưu đãi của người mua, thuê mua nhà ở xã hội", "",
         "Ngân hàng Chính sách xã hội", "Tháng 6/2026"),
        ("Tổ chức hội nghị tháo gỡ vướng mắc cho các dự án nhà ở xã hội tại các vùng kinh tế trọng điểm", "",
         "Văn phòng Bộ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Quý II - Quý III/2026"),
        ("Nghiên cứu thiết kế mẫu nhà ở xã hội thấp tầng phù hợp với khu vực đô thị loại III trở xuống",
         "Viện Kiến trúc Quốc gia", "Cục Quản lý hoạt động xây dựng", "Quý IV/2026"),
    ]),
    ("III. CHUYỂN ĐỔI SỐ, THÔNG TIN VÀ TUYÊN TRUYỀN", [
        ("Xây dựng cơ sở dữ liệu về nhà ở xã hội kết nối với hệ thống thông tin về nhà ở và thị trường bất "
         "động sản", "Trung tâm Công nghệ thông tin", "Cục Quản lý nhà và thị trường bất động sản", "Quý IV/2026"),
        ("Công khai danh mục dự án nhà ở xã hội đủ điều kiện bán, cho thuê mua trên Cổng thông tin điện tử của Bộ",
         "", "Văn phòng Bộ", "Hằng tháng"),
        ("Tuyên truyền chính sách nhà ở xã hội trên các phương tiện thông tin đại chúng", "Báo Xây dựng",
         "Văn phòng Bộ; Cục Quản lý nhà và thị trường bất động sản", "Cả năm 2026"),
    ]),
]


def ministry_plan() -> bytes:
    doc = _new()
    _front(doc, ["BỘ XÂY DỰNG", "-------", "Số: 412/KH-BXD"], "Hà Nội, ngày 18 tháng 3 năm 2026",
           "Triển khai phát triển nhà ở xã hội năm 2026", bold=(1, 2))
    _body(doc, (
        ("p", "Căn cứ Nghị định số 61/2025/NĐ-CP ngày 12 tháng 3 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, "
              "quyền hạn và cơ cấu tổ chức của Bộ Xây dựng;"),
        ("p", "Thực hiện Nghị quyết số 27/NQ-CP ngày 20 tháng 02 năm 2026 của Chính phủ về các giải pháp thúc đẩy "
              "phát triển nhà ở xã hội;"),
        ("p", "Bộ Xây dựng ban hành Kế hoạch triển khai phát triển nhà ở xã hội năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "1. Tạo chuyển biến rõ nét trong phát triển nhà ở xã hội, đáp ứng nhu cầu nhà ở của người thu nhập "
              "thấp, công nhân tại các khu công nghiệp."),
        ("p", "2. Phấn đấu trong năm 2026:"),
        ("p", "- Hoàn thành khoảng 45.000 căn hộ nhà ở xã hội trên phạm vi cả nước;"),
        ("p", "- 100% tỉnh, thành phố trực thuộc Trung ương công bố danh mục dự án nhà ở xã hội trên cổng thông tin "
              "điện tử;"),
        ("p", "- Trên 70% dự án nhà ở xã hội được chấp thuận chủ trương đầu tư khởi công trong năm."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch "
              "này."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước năm 2026 đã giao cho các "
              "cơ quan, đơn vị thuộc Bộ."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Cục Quản lý nhà và thị trường bất động sản là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực "
              "hiện Kế hoạch, báo cáo Bộ trưởng trước ngày 15 tháng 12 năm 2026."),
        ("p", "2. Vụ Kế hoạch - Tài chính bố trí kinh phí cho các nhiệm vụ trong dự toán được giao."),
        ("p", "3. Thủ trưởng các cơ quan, đơn vị thuộc Bộ tổ chức thực hiện các nhiệm vụ được giao./."),
    ))
    closing(doc, ["- Bộ trưởng (để b/c);", "- Văn phòng Chính phủ;", "- UBND các tỉnh, thành phố trực thuộc TW;",
                  "- Các cơ quan, đơn vị thuộc Bộ;", "- Lưu: VT, QLN."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Đỗ Minh Khang"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "NHIỆM VỤ TRIỂN KHAI PHÁT TRIỂN NHÀ Ở XÃ HỘI NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 412/KH-BXD ngày 18 tháng 3 năm 2026 của Bộ Xây dựng)", italic=True,
               center=True)
    rows = [["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]]
    merges, n = [], 0
    for title, tasks in GROUPS:
        merges.append(((len(rows), 0), (len(rows), 4)))
        rows.append([title, "", "", "", ""])
        start = None
        for content, lead, partner, when in tasks:
            n += 1
            if lead:
                start = len(rows)
            elif start is not None:
                merges = [m for m in merges if m[0] != (start, 2)] + [((start, 2), (len(rows), 2))]
            rows.append([str(n), content, lead, partner, when])
    table = _table(doc, rows, merges=tuple(merges))
    _widths(table, [1.2, 10.5, 5.2, 6.5, 2.3])
    _repeat_header(table)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The district's targets by year.

def district_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN EA KHÁNH", "-------", "Số: 118/KH-UBND"], "Ea Khánh, ngày 12 tháng 5 năm 2025",
           "Phát triển nông nghiệp hữu cơ trên địa bàn huyện Ea Khánh giai đoạn 2026 - 2028", bold=(2, 2))
    _body(doc, (
        ("p", "Căn cứ Kế hoạch số 240/KH-UBND ngày 03 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Đắk Hòa về phát "
              "triển nông nghiệp hữu cơ tỉnh Đắk Hòa giai đoạn 2026 - 2030;"),
        ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát triển nông nghiệp hữu cơ gắn với chuỗi giá trị, bảo vệ môi trường và nâng cao thu nhập cho "
              "người sản xuất."),
        ("h", "2. Chỉ tiêu cụ thể"),
    ))
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "2026", "2027", "2028"],
            ["1", "Tỷ lệ diện tích cà phê sản xuất theo hướng hữu cơ", "%", "8", "10,5", "12"],
            ["2", "Tỷ lệ hộ trồng rau được cấp chứng nhận hữu cơ", "%", "15", "20", "25"],
            ["3", "Số xã có mô hình nông nghiệp hữu cơ", "xã", "6", "9", "12"],
            ["4", "Số mô hình liên kết tiêu thụ sản phẩm hữu cơ", "mô hình", "3", "5", "7"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 7.5, 2.0, 1.8, 1.8, 1.8])
    _body(doc, (
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Quy hoạch vùng sản xuất hữu cơ"),
        ("p", "Rà soát, xác định vùng sản xuất cà phê, rau hữu cơ tập trung. Phòng Nông nghiệp và Phát triển nông "
              "thôn chủ trì, phối hợp với Phòng Tài nguyên và Môi trường thực hiện."),
        ("h", "2. Hỗ trợ chứng nhận hữu cơ"),
        ("p", "Hỗ trợ chi phí cấp giấy chứng nhận sản phẩm hữu cơ cho hộ, hợp tác xã. Trạm Khuyến nông huyện chủ "
              "trì, phối hợp với Ủy ban nhân dân các xã thực hiện."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 là 3.600 triệu đồng, trong đó: ngân sách "
              "huyện 2.400 triệu đồng; vốn đối ứng của người dân 1.200 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, tổng hợp kết quả "
              "thực hiện Kế hoạch."),
        ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí hằng năm."),
        ("p", "3. Ủy ban nhân dân các xã triển khai Kế hoạch trên địa bàn./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Nông nghiệp và PTNT;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- UBND các xã;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Y Khoa Niê"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The province's budget annex by source and year, "Trong đó" sub-rows.

def budget_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG XUYÊN", "-------", "Số: 37/KH-UBND"], "Đông Xuyên, ngày 23 tháng 01 năm 2026",
           "Phòng, chống dịch bệnh truyền nhiễm tỉnh Đông Xuyên giai đoạn 2026 - 2028", bold=(2, 2))
    _body(doc, (
        ("p", "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Chủ động phòng, chống dịch bệnh truyền nhiễm, giảm tỷ lệ mắc và tử vong, không để dịch lớn xảy ra. "
              "Phấn đấu đến năm 2028:"),
        ("p", "- Trên 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin;"),
        ("p", "- 100% ổ dịch được phát hiện và xử lý kịp thời."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "1. Giám sát chủ động dịch bệnh tại cộng đồng. Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã, "
              "phường thực hiện."),
        ("p", "2. Truyền thông phòng, chống dịch bệnh. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Y tế "
              "thực hiện."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 dự kiến 9.600 triệu đồng (chi tiết tại Phụ lục kèm "
              "theo)."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế là cơ quan thường trực, hướng dẫn, kiểm tra việc thực hiện Kế hoạch."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã, phường xây dựng kế hoạch của địa phương./."),
    ))
    closing(doc, ["- Bộ Y tế;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành;", "- UBND các xã, phường;",
                  "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Quốc Vinh"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 - 2028 (Đơn vị tính: triệu đồng)", bold=True,
               center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 37/KH-UBND ngày 23 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)",
               italic=True, center=True)
    rows = [["TT", "Nguồn kinh phí", "Tổng cộng", "Năm 2026", "Năm 2027", "Năm 2028"],
            ["", "Tổng số", "9.600", "3.133,3", "3.233,3", "3.233,3"],
            ["1", "Ngân sách trung ương", "2.400", "800", "800", "800"],
            ["2", "Ngân sách địa phương", "7.200", "2.333,3", "2.433,3", "2.433,3"],
            ["", "Trong đó:", "", "", "", ""],
            ["", "- Ngân sách tỉnh", "5.000", "1.666,7", "1.666,7", "1.666,7"],
            ["", "- Ngân sách cấp xã", "2.200", "666,7", "766,7", "766,7"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 5.5, 2.4, 2.4, 2.4, 2.4])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The district's plan of 2012, Word's automatic numbering, saved as .doc.

def legacy_plan() -> bytes:
    doc = _new()
    num = _outline_list(doc)
    _front(doc, ["UỶ BAN NHÂN DÂN", "HUYỆN SÔNG CẦU", "-------", "Số: 64/KH-UBND"], "Sông Cầu, ngày 09 tháng 7 năm 2012",
           "Phát triển giáo dục mầm non huyện Sông Cầu giai đoạn 2012 - 2016", bold=(2, 2))
    _paragraph(doc, "Thực hiện Quyết định số 1120/QĐ-UBND ngày 14 tháng 5 năm 2012 của Uỷ ban nhân dân tỉnh Hà Lâm "
                    "về phê duyệt Đề án phát triển giáo dục mầm non tỉnh Hà Lâm giai đoạn 2012 - 2016;",
               italic=True, justify=True)
    _paragraph(doc, "Uỷ ban nhân dân huyện xây dựng Kế hoạch như sau:", justify=True)
    for level, text in (
        (0, "MỤC TIÊU"),
        (1, "Mục tiêu chung"),
        (None, "Củng cố, mở rộng mạng lưới trường lớp mầm non; nâng cao chất lượng chăm sóc, giáo dục trẻ."),
        (1, "Mục tiêu cụ thể đến năm 2016"),
        (3, "Huy động 98% trẻ em 5 tuổi ra lớp;"),
        (3, "Tỷ lệ trẻ suy dinh dưỡng trong các cơ sở giáo dục mầm non giảm xuống dưới 7%;"),
        (3, "Có 06 trường mầm non đạt chuẩn quốc gia."),
        (0, "NHIỆM VỤ VÀ GIẢI PHÁP"),
        (1, "Quy hoạch mạng lưới trường, lớp mầm non"),
        (None, "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài nguyên và Môi trường rà soát quỹ đất xây "
               "dựng trường mầm non."),
        (1, "Xây dựng đội ngũ giáo viên mầm non"),
        (None, "Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tuyển dụng đủ giáo viên theo định mức."),
        (0, "KINH PHÍ"),
        (None, "Tổng kinh phí thực hiện giai đoạn 2012 - 2016 là 18.500 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ "
               "12.000 triệu đồng, ngân sách huyện 6.500 triệu đồng."),
        (0, "TỔ CHỨC THỰC HIỆN"),
        (1, "Phòng Giáo dục và Đào tạo: Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; định kỳ báo cáo Uỷ ban "
            "nhân dân huyện."),
        (1, "Phòng Tài chính - Kế hoạch: Cân đối, bố trí kinh phí hằng năm."),
        (1, "Uỷ ban nhân dân các xã, thị trấn: Xây dựng kế hoạch phát triển giáo dục mầm non tại địa phương."),
    ):
        if level is None:
            _paragraph(doc, text, justify=True)
        else:
            _numbered(doc, text, level, num, bold=level < 2)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở GD&ĐT (b/c);", "- TT Huyện uỷ, TT HĐND huyện;", "- UBND các xã, thị trấn;",
                  "- Lưu: VT."],
            ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Thị Mai Lan"])
    _paragraph(doc, "")  # (a .doc whose last block is a table loses it)
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A Quyết định approving a programme; the plan of tasks after the signature.

def decision_plan() -> bytes:
    doc = _new()
    decision_front(
        doc, ["ỦY BAN NHÂN DÂN", "TỈNH LÂM VIÊN", "-------", "Số: 903/QĐ-UBND"],
        [*MOTTO, "Lâm Viên, ngày 27 tháng 4 năm 2026"],
        "Phê duyệt Chương trình phát triển thể thao quần chúng tỉnh Lâm Viên đến năm 2030",
        "ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN",
        ["Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006;",
         "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 85/TTr-SVHTTDL ngày 10 tháng 4 "
         "năm 2026."],
        ["Điều 1. Phê duyệt Chương trình phát triển thể thao quần chúng tỉnh Lâm Viên đến năm 2030 với các nội dung "
         "chủ yếu sau:",
         "1. Mục tiêu",
         "Phát triển phong trào thể dục, thể thao quần chúng rộng khắp, góp phần nâng cao sức khỏe, thể lực của "
         "người dân.",
         "2. Chỉ tiêu cụ thể đến năm 2030",
         "- Tỷ lệ người dân tập luyện thể dục, thể thao thường xuyên đạt 40%;",
         "- Tỷ lệ gia đình thể thao đạt 28%;",
         "- 100% xã, phường có thiết chế văn hóa, thể thao đạt chuẩn.",
         "3. Kinh phí thực hiện: 24.500 triệu đồng từ ngân sách tỉnh và nguồn xã hội hóa.",
         "(Có Kế hoạch thực hiện Chương trình kèm theo)",
         "Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, "
         "phường tổ chức thực hiện Chương trình; Sở Tài chính tham mưu bố trí kinh phí.",
         "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: "
         "Văn hóa, Thể thao và Du lịch, Tài chính; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành "
         "Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ VHTTDL;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, KGVX."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nông Thị Hạnh"])
    doc.add_page_break()
    _paragraph(doc, "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Quyết định số 903/QĐ-UBND ngày 27 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Lâm Viên)",
               italic=True, center=True)
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["1", "Tổ chức Đại hội Thể dục thể thao các cấp", "Sở Văn hóa, Thể thao và Du lịch",
             "Ủy ban nhân dân các xã, phường", "2026 - 2027"],
            ["2", "Xây dựng sân thể thao đa năng tại các xã vùng cao", "Ủy ban nhân dân các xã",
             "Sở Xây dựng", "2026 - 2030"],
            ["3", "Phổ cập bơi an toàn cho học sinh tiểu học", "Sở Giáo dục và Đào tạo",
             "Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn", "Hằng năm"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 6.0, 3.5, 3.5, 2.0])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A joint plan of a Sở and the youth union: three header columns, two signatures.

def joint_plan() -> bytes:
    from tests.renditions.wordplans import _cell_lines, _set_cell_borders
    doc = _new()
    table = doc.add_table(rows=2, cols=3)
    _set_cell_borders(table, on=False)
    _widths(table, [5.2, 4.3, 7.0])
    _cell_lines(table.cell(0, 0), ["UBND TỈNH NAM HẢI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "-------"], bold_upto=2, size=12)
    _cell_lines(table.cell(0, 1), ["BCH ĐOÀN TỈNH NAM HẢI", "***"], bold_upto=1, size=12)
    _cell_lines(table.cell(0, 2), MOTTO, bold_upto=2, size=12)
    number = table.cell(1, 0).merge(table.cell(1, 1))
    _cell_lines(number, ["Số: 08/KHLT-SGDĐT-TĐTN"], size=12)
    _cell_lines(table.cell(1, 2), ["Nam Hải, ngày 20 tháng 3 năm 2026"], size=12, italic_last=True)
    _paragraph(doc, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Hội thi Tin học trẻ tỉnh Nam Hải năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Kế hoạch số 36-KH/TWĐTN-BTN ngày 12 tháng 01 năm 2026 của Ban Bí thư Trung ương Đoàn về tổ "
              "chức Hội thi Tin học trẻ toàn quốc năm 2026;"),
        ("p", "Sở Giáo dục và Đào tạo và Ban Thường vụ Tỉnh đoàn Nam Hải thống nhất ban hành Kế hoạch liên tịch "
              "như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Khơi dậy niềm đam mê công nghệ thông tin, phát hiện và bồi dưỡng tài năng tin học trẻ."),
        ("p", "2. Phấn đấu 100% trường trung học phổ thông có học sinh tham gia Hội thi cấp cơ sở."),
        ("h", "II. NỘI DUNG"),
        ("p", "1. Tổ chức Hội thi cấp cơ sở tại các trường học, hoàn thành trước ngày 30 tháng 4 năm 2026."),
        ("p", "2. Tổ chức vòng chung kết cấp tỉnh trong tháng 6 năm 2026 tại Trường Đại học Nam Hải."),
        ("h", "III. KINH PHÍ"),
        ("p", "Sở Giáo dục và Đào tạo bố trí 150 triệu đồng từ nguồn chi thường xuyên năm 2026; Tỉnh đoàn vận động "
              "50 triệu đồng từ nguồn xã hội hóa."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Giáo dục và Đào tạo: Chỉ đạo các trường trung học tổ chức Hội thi cấp cơ sở; cử cán bộ tham "
              "gia Ban Tổ chức."),
        ("p", "2. Tỉnh đoàn: Là cơ quan thường trực Ban Tổ chức; xây dựng thể lệ, tổ chức vòng chung kết."),
        ("p", "3. Trường Đại học Nam Hải: Bố trí phòng máy, hỗ trợ kỹ thuật cho vòng chung kết./."),
    ))
    sign = doc.add_table(rows=1, cols=2)
    _set_cell_borders(sign, on=False)
    _widths(sign, [8.0, 8.0])
    _cell_lines(sign.cell(0, 0), ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "", "", "Quách Minh Đức"],
                bold_upto=5)
    _cell_lines(sign.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lưu Thị Ngọc Bích"], bold_upto=5)
    for i, line in enumerate(["Nơi nhận:", "- TW Đoàn (b/c);", "- UBND tỉnh (b/c);", "- Các trường THPT;",
                              "- Các cơ sở Đoàn trực thuộc;", "- Lưu: VT SGDĐT, VT TĐTN."]):
        _paragraph(doc, line, bold=i == 0, size=11, space_after=0)
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. A landscape annex of tasks whose two-row header repeats on every page.

TWO_ROW_TASKS = [
    ("Rà soát, cập nhật danh mục các điểm có nguy cơ sạt lở đất, lũ quét trên địa bàn tỉnh", "Sở Nông nghiệp và Môi trường",
     "Ủy ban nhân dân các xã, phường; Sở Xây dựng", "Tháng 4/2026"),
    ("Lắp đặt hệ thống cảnh báo sớm lũ quét tại các lưu vực sông suối nhỏ vùng núi", "Sở Nông nghiệp và Môi trường",
     "Đài Khí tượng Thủy văn tỉnh", "Quý II - Quý III/2026"),
    ("Di dời các hộ dân ra khỏi vùng có nguy cơ sạt lở cao đến nơi ở an toàn", "Ủy ban nhân dân các xã có vùng nguy cơ",
     "Sở Tài chính; Sở Xây dựng", "Trước mùa mưa bão năm 2026"),
    ("Diễn tập phương án ứng phó thiên tai và tìm kiếm cứu nạn cấp tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
     "Công an tỉnh; Sở Y tế", "Tháng 6/2026"),
    ("Kiểm tra an toàn các hồ chứa nước thủy lợi, thủy điện trước mùa mưa lũ", "Sở Công Thương",
     "Sở Nông nghiệp và Môi trường; Công ty TNHH Khai thác công trình thủy lợi tỉnh", "Tháng 5/2026"),
    ("Dự trữ lương thực, thuốc men, nhu yếu phẩm tại các khu vực thường bị chia cắt", "Sở Công Thương",
     "Sở Y tế; Ủy ban nhân dân các xã, phường", "Tháng 7/2026"),
    ("Tuyên truyền kỹ năng phòng, tránh thiên tai trên Báo và Phát thanh, Truyền hình tỉnh",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Kim Sơn", "Cả năm 2026"),
    ("Bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành ứng phó thiên tai", "Sở Khoa học và Công nghệ",
     "Viễn thông Kim Sơn; Viettel Kim Sơn", "Mùa mưa bão năm 2026"),
    ("Tổ chức tập huấn nghiệp vụ cho lực lượng xung kích phòng, chống thiên tai cấp xã", "Sở Nông nghiệp và Môi trường",
     "Hội Chữ thập đỏ tỉnh", "Quý II/2026"),
    ("Khắc phục hậu quả thiên tai, khôi phục sản xuất sau mưa lũ", "Ủy ban nhân dân các xã, phường",
     "Sở Nông nghiệp và Môi trường; Sở Tài chính", "Ngay sau thiên tai"),
    ("Tổng hợp, đánh giá thiệt hại và đề xuất hỗ trợ kinh phí khắc phục", "Sở Tài chính",
     "Sở Nông nghiệp và Môi trường", "Sau mỗi đợt thiên tai"),
    ("Sơ kết, tổng kết công tác phòng, chống thiên tai năm 2026", "Sở Nông nghiệp và Môi trường",
     "Các sở, ngành, Ủy ban nhân dân các xã, phường", "Tháng 12/2026"),
]


def two_row_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH KIM SƠN", "-------", "Số: 126/KH-UBND"], "Kim Sơn, ngày 25 tháng 3 năm 2026",
           "Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Kim Sơn năm 2026", bold=(2, 2))
    _body(doc, (
        ("p", "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "1. Mục tiêu chung: Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra."),
        ("p", "2. Mục tiêu cụ thể:"),
        ("p", "- 100% xã, phường xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro;"),
        ("p", "- Trên 85% người dân vùng thường xuyên xảy ra thiên tai được phổ biến kỹ năng phòng, tránh."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "Nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện tại Phụ lục kèm theo."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện Kế hoạch là 6.200 triệu đồng từ Quỹ phòng, chống thiên tai tỉnh."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh) theo dõi, "
              "đôn đốc việc thực hiện Kế hoạch."),
        ("p", "2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường thực hiện nhiệm vụ được giao tại Phụ lục./."),
    ))
    closing(doc, ["- Bộ Nông nghiệp và Môi trường;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành;",
                  "- UBND các xã, phường;", "- Lưu: VT, KTN."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Ma Văn Tường"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 126/KH-UBND ngày 25 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Kim Sơn)",
               italic=True, center=True)
    rows = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian"],
            ["", "", "Chủ trì", "Phối hợp", ""]]
    rows += [[str(i), *task] for i, task in enumerate(TWO_ROW_TASKS, 1)]
    table = _table(doc, rows, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (1, 4))))
    _widths(table, [1.2, 11.0, 5.5, 6.0, 2.0])
    _repeat_header(table, rows=2)
    return _save(doc)


def _soffice(docx_bytes: bytes, name: str, target: str) -> bytes:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(name).with_suffix(".docx").name
        src.write_bytes(docx_bytes)
        subprocess.run([soffice, "--headless", "--convert-to", target, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        return src.with_suffix(f".{target}").read_bytes()


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    district = district_plan()
    (folder / DISTRICT).write_bytes(district)
    (folder / JOINT).write_bytes(joint_plan())
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDFs and the .doc not written", file=sys.stderr)
        return
    (folder / MINISTRY).write_bytes(_soffice(ministry_plan(), MINISTRY, "pdf"))
    (folder / DISTRICT_PDF).write_bytes(_soffice(district, DISTRICT_PDF, "pdf"))
    (folder / BUDGET).write_bytes(_soffice(budget_plan(), BUDGET, "pdf"))
    (folder / LEGACY).write_bytes(_soffice(legacy_plan(), LEGACY, "doc"))
    (folder / DECISION).write_bytes(_soffice(decision_plan(), DECISION, "pdf"))
    (folder / TWO_ROW).write_bytes(_soffice(two_row_plan(), TWO_ROW, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
