"""Invented budget-heavy documents of hold-out round Z (fiscal and investment documents, the
shapes whose many amounts a missed reading costs most).

- a province's HĐND Nghị quyết on the dự toán thu, chi NSNN of the next year: Điều 1 a numbered
  list of revenue and spending lines in "tỷ đồng" with a decimal comma ("8.456,75 tỷ đồng"),
  lettered parts ("a) Thu nội địa: ..."), the base salary it was built on ("2,34 triệu
  đồng/tháng", a rate); as .docx and as a Markdown scrape of the same resolution;
- a province's Kế hoạch đầu tư công trung hạn 2026 - 2030: prose totals, the disbursement of the
  previous period, then a landscape table by source and year ("TỔNG CỘNG (A+B)" first, "A" and
  "B" sources with "Trong đó:" sub-rows, a column per year and the all-years column first),
  as pdftotext -layout writes it from the PDF (its plain twin, pdftotext with no option, is
  not kept: the table comes out column block by column block and is read by design as no
  table, tests/test_t_plain_tables.py; the invented renditions' pdf-plain kind measures that shape);
- a district's Báo cáo on carrying out the budget of the year (results: "ước thực hiện ...,
  đạt 98,5% dự toán", disbursement) beside the budget of the next year, with a table of
  "Dự toán năm 2025 | Ước thực hiện năm 2025 | So sánh (%) | Dự toán năm 2026" (.docx);
- a commune's Kế hoạch of its budget: amounts in full "đồng" ("1.250.000.000 đồng") with
  "(Bằng chữ: ...)", a table in "nghìn đồng", "tr.đ" in prose (.docx);
- a commune's new-countryside plan copied from a portal as text: its funds in "trđ" lines
  by source, beside the villagers' incomes and a loan programme (.txt);
- an HĐND's Nghị quyết of 2011 WORD-SEGMENTED (p41's shape): a list of "Vốn XDCB tập trung",
  "Vốn chương trình mục tiêu", "Vốn trái phiếu Chính phủ", ODA with nested parts (.txt);
- a district's Kế hoạch giảm nghèo full of money that is no budget: per-capita incomes, GRDP, a
  poverty line, loans to households, wages, penalties, shares of a budget, beside its own funds
  (.docx);
- a province's Quyết định giao kế hoạch vốn đầu tư công năm 2026 on a portal (HTML): a table
  of projects whose year's capital is split by source under a merged header ("Kế hoạch vốn năm
  2026" over "Tổng số | NSTW | NSĐP") (.html);
- (second batch) a district's Kế hoạch đầu tư công trung hạn 2021 - 2025 of 2020 exported to PDF:
  its annex by source with "Trong đó:" and dash sub-rows, the years under a merged "Chia ra các
  năm" as bare numbers, "Tổng cộng (1+2+3)" LAST; the counterpart money for ODA projects
  ("vốn đối ứng") in prose and in the table (.pdf);
- a province's Báo cáo on the budget as a Markdown scrape: prose results ("ước thực hiện
  6.842,35 tỷ đồng, đạt 104,2% dự toán ... (6.566,60 tỷ đồng)") and a pipe table in "tỷ đồng"
  with decimal commas, a "So sánh (%)" column and "-" cells (.md).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_z
OUTDIR` writes every file; the pdftotext renditions need soffice and pdftotext (the .txt files in
raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_u import _body, _landscape
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

RESOLUTION = "z_hdnd-bacvan_58-nq-hdnd_2025_du-toan-thu-chi.docx"
RESOLUTION_MD = "z_hdnd-bacvan_58-nq-hdnd_2025_du-toan-thu-chi-md.md"
INVEST_LAYOUT = "z_tinh-hoagiang_215-kh-ubnd_2025_dau-tu-cong-trung-han-layout.txt"
REPORT = "z_huyen-sonkhe_312-bc-ubnd_2025_thuc-hien-du-toan.docx"
COMMUNE = "z_xa-phuocsontay_48-kh-ubnd_2025_ngan-sach-xa-dong.docx"
COMMUNE_TXT = "z_xa-tanhoabac_27-kh-ubnd_2026_nong-thon-moi-trd.txt"
SEGMENTED = "z_hdnd-quangthuy_34-nq-hdnd_2011_von-xdcb-wordseg.txt"
DISTRACTORS = "z_huyen-mylamdong_96-kh-ubnd_2026_giam-ngheo-nhieu-so.docx"
PORTAL = "z_tinh-kimgiang_1420-qd-ubnd_2025_giao-von-dau-tu-cong.html"
DISTRICT_PDF = "z_huyen-donglam_205-kh-ubnd_2020_dau-tu-cong-2021-2025.pdf"
REPORT_MD = "z_tinh-thanhgiang_318-bc-ubnd_2025_du-toan-ty-dong-md.md"


# ---------------------------------------------------------------------------
# 1-2. The HĐND's resolution on the next year's budget (.docx and a Markdown scrape).

RES_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
    "Căn cứ Quyết định số 1985/QĐ-TTg ngày 28 tháng 11 năm 2025 của Thủ tướng Chính phủ về việc giao dự toán "
    "ngân sách nhà nước năm 2026;",
    "Xét Tờ trình số 312/TTr-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban "
    "Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.",
]
RES_ARTICLE_1 = [
    ("h", "Điều 1. Quyết định dự toán thu, chi ngân sách nhà nước năm 2026 của tỉnh Bắc Vân như sau:"),
    ("p", "1. Tổng thu ngân sách nhà nước trên địa bàn: 8.456,75 tỷ đồng, trong đó:"),
    ("p", "a) Thu nội địa: 7.912,40 tỷ đồng;"),
    ("p", "b) Thu từ hoạt động xuất nhập khẩu: 544,35 tỷ đồng."),
    ("p", "2. Tổng thu ngân sách địa phương: 15.238,62 tỷ đồng."),
    ("p", "3. Tổng chi ngân sách địa phương: 15.610,22 tỷ đồng, gồm:"),
    ("p", "a) Chi đầu tư phát triển: 4.125,80 tỷ đồng;"),
    ("p", "b) Chi thường xuyên: 10.862,34 tỷ đồng;"),
    ("p", "c) Chi trả nợ lãi các khoản do chính quyền địa phương vay: 6,50 tỷ đồng;"),
    ("p", "d) Chi bổ sung quỹ dự trữ tài chính: 1,20 tỷ đồng;"),
    ("p", "đ) Dự phòng ngân sách: 302,18 tỷ đồng;"),
    ("p", "e) Chi tạo nguồn cải cách tiền lương: 310,20 tỷ đồng."),
    ("p", "4. Bội chi ngân sách địa phương: 371,60 tỷ đồng."),
    ("p", "Dự toán chi thường xuyên được xây dựng trên cơ sở mức lương cơ sở 2,34 triệu đồng/tháng; định mức "
          "phân bổ chi thường xuyên theo Nghị quyết số 21/2021/NQ-HĐND của Hội đồng nhân dân tỉnh."),
]
RES_ARTICLES_2_3 = [
    ("h", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."),
    ("p", "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và "
          "đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Vân khóa XI, kỳ họp thứ 18 thông qua ngày 10 tháng "
          "12 năm 2025 và có hiệu lực từ ngày ký./."),
]
RES_RECIPIENTS = ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Tài chính;",
                  "- TT Tỉnh ủy, TT HĐND, UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Lưu: VT."]


def resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC VÂN", "-------", "Số: 58/NQ-HĐND"],
            [*MOTTO, "Bắc Vân, ngày 10 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Về dự toán thu, chi ngân sách nhà nước tỉnh Bắc Vân năm 2026", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC VÂN", bold=True, center=True)
    _paragraph(doc, "KHÓA XI, KỲ HỌP THỨ 18", bold=True, center=True)
    for line in RES_BASES:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT NGHỊ:", bold=True, center=True)
    _body(doc, RES_ARTICLE_1 + RES_ARTICLES_2_3)
    closing(doc, RES_RECIPIENTS, ["CHỦ TỊCH", "", "", "", "Nông Văn Thắng"])
    return _save(doc)


def resolution_md() -> str:
    """The same resolution as a legal-text site's Markdown: the header a pipe table, bold
    names, every paragraph a line of its own, a number's period escaped ("1\\."), the
    recipients and the signature one pipe row under the text."""
    lines = [
        "| **HỘI ĐỒNG NHÂN DÂN TỈNH BẮC VÂN** ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - "
        "Hạnh phúc** --------------- |",
        "|---|---|",
        "| Số: 58/NQ-HĐND | *Bắc Vân, ngày 10 tháng 12 năm 2025* |",
        "",
        "**NGHỊ QUYẾT**",
        "",
        "**VỀ DỰ TOÁN THU, CHI NGÂN SÁCH NHÀ NƯỚC TỈNH BẮC VÂN NĂM 2026**",
        "",
        "**HỘI ĐỒNG NHÂN DÂN TỈNH BẮC VÂN KHÓA XI, KỲ HỌP THỨ 18**",
        "",
    ]
    for line in RES_BASES:
        lines += [f"*{line}*", ""]
    lines += ["**QUYẾT NGHỊ:**", ""]
    for kind, text in RES_ARTICLE_1 + RES_ARTICLES_2_3:
        text = re.sub(r"^(\d)\. ", r"\1\\. ", text)
        lines += [f"**{text}**" if kind == "h" else text, ""]
    lines += ["| **Nơi nhận:** " + " ".join(RES_RECIPIENTS) + " | **CHỦ TỊCH** **Nông Văn Thắng** |",
              "|---|---|", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# 3-4. The province's medium-term public investment plan, as pdftotext writes it.

INVEST_ROWS = [
    ["STT", "Nguồn vốn", "Tổng số giai đoạn 2026 - 2030", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029",
     "Năm 2030"],
    ["", "TỔNG CỘNG (A+B)", "24.550.000", "4.520.500", "4.807.000", "4.954.000", "5.076.000", "5.192.500"],
    ["A", "VỐN NGÂN SÁCH ĐỊA PHƯƠNG", "15.600.000", "2.890.500", "3.007.000", "3.124.000", "3.236.000",
     "3.342.500"],
    ["", "Trong đó:", "", "", "", "", "", ""],
    ["1", "Vốn đầu tư trong cân đối theo tiêu chí, định mức", "9.750.000", "1.850.000", "1.900.000", "1.950.000",
     "2.000.000", "2.050.000"],
    ["2", "Vốn từ nguồn thu tiền sử dụng đất", "5.000.000", "900.000", "950.000", "1.000.000", "1.050.000",
     "1.100.000"],
    ["3", "Vốn từ nguồn thu xổ số kiến thiết", "320.000", "60.000", "62.000", "64.000", "66.000", "68.000"],
    ["4", "Vốn bội chi ngân sách địa phương", "530.000", "80.500", "95.000", "110.000", "120.000", "124.500"],
    ["B", "VỐN NGÂN SÁCH TRUNG ƯƠNG", "8.950.000", "1.630.000", "1.800.000", "1.830.000", "1.840.000",
     "1.850.000"],
    ["1", "Vốn trong nước", "8.100.000", "1.420.000", "1.560.000", "1.650.000", "1.720.000", "1.750.000"],
    ["2", "Vốn nước ngoài (ODA)", "850.000", "210.000", "240.000", "180.000", "120.000", "100.000"],
]


def invest_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA GIANG", "-------", "Số: 215/KH-UBND"],
            [*MOTTO, "Hòa Giang, ngày 18 tháng 8 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Đầu tư công trung hạn giai đoạn 2026 - 2030 tỉnh Hòa Giang", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"),
        ("p", "Căn cứ Chỉ thị số 25/CT-TTg ngày 08 tháng 7 năm 2025 của Thủ tướng Chính phủ về xây dựng kế hoạch "
              "đầu tư công trung hạn giai đoạn 2026 - 2030;"),
        ("p", "Ủy ban nhân dân tỉnh xây dựng Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 như sau:"),
        ("h", "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2021 - 2025"),
        ("p", "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 ước đạt 142.600 tỷ đồng, bằng 34,5% GRDP. Vốn đầu "
              "tư công giai đoạn 2021 - 2025 đã giải ngân 17.845 tỷ đồng, đạt 96,2% kế hoạch. Đã hoàn thành và đưa "
              "vào sử dụng 286 dự án."),
        ("h", "II. KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026 - 2030"),
        ("p", "1. Mục tiêu: huy động, phân bổ và sử dụng hiệu quả vốn đầu tư công, tập trung cho các công trình hạ "
              "tầng giao thông, thủy lợi, y tế, giáo dục có tính kết nối vùng."),
        ("p", "2. Dự kiến tổng vốn đầu tư công trung hạn giai đoạn 2026 - 2030 là 24.550 tỷ đồng, trong đó: vốn "
              "ngân sách địa phương 15.600 tỷ đồng; vốn ngân sách trung ương 8.950 tỷ đồng (bao gồm vốn nước ngoài "
              "(ODA) 850 tỷ đồng). Chi tiết theo nguồn vốn và từng năm tại Biểu số 01 kèm theo."),
        ("p", "3. Nguyên tắc bố trí vốn: ưu tiên thanh toán nợ đọng xây dựng cơ bản, bố trí vốn đối ứng cho các "
              "dự án ODA, các dự án chuyển tiếp; phân bổ cho cấp huyện không quá 30% vốn cân đối theo tiêu chí."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Tài chính chủ trì tổng hợp, tham mưu phân bổ chi tiết kế hoạch vốn hằng năm."),
        ("p", "2. Ủy ban nhân dân các huyện, thị xã, thành phố rà soát, đề xuất danh mục dự án do cấp huyện quản "
              "lý, bảo đảm đủ thủ tục đầu tư./."),
    ))
    closing(doc, ["- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Minh Đức"])
    _landscape(doc)
    _paragraph(doc, "Biểu số 01", bold=True, center=True)
    _paragraph(doc, "DỰ KIẾN KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026 - 2030 THEO NGUỒN VỐN", bold=True,
               center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 215/KH-UBND ngày 18 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị: triệu đồng", italic=True)
    table = _table(doc, INVEST_ROWS)
    _widths(table, [1.3, 7.0, 3.2, 2.8, 2.8, 2.8, 2.8, 2.8])
    _small(table, 11)
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. The district's report on the year's budget and the next year's.

REPORT_ROWS = [
    ["STT", "Nội dung", "Dự toán năm 2025", "Ước thực hiện năm 2025", "So sánh (%)", "Dự toán năm 2026"],
    ["I", "Tổng thu ngân sách nhà nước trên địa bàn", "186.500", "198.720", "106,6", "205.000"],
    ["1", "Thu tiền sử dụng đất", "95.000", "101.300", "106,6", "100.000"],
    ["2", "Thu thuế, phí và thu khác", "91.500", "97.420", "106,5", "105.000"],
    ["II", "Tổng chi ngân sách huyện", "642.300", "633.850", "98,7", "668.400"],
    ["1", "Chi đầu tư phát triển", "154.000", "151.690", "98,5", "160.000"],
    ["2", "Chi thường xuyên", "475.450", "482.160", "101,4", "495.030"],
    ["3", "Dự phòng ngân sách", "12.850", "", "", "13.370"],
]


def district_report() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN SƠN KHÊ", "-------", "Số: 312/BC-UBND"],
            [*MOTTO, "Sơn Khê, ngày 05 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "BÁO CÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Tình hình thực hiện dự toán ngân sách nhà nước năm 2025 và dự toán ngân sách năm 2026",
               bold=True, center=True)
    _body(doc, (
        ("h", "I. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NĂM 2025"),
        ("p", "1. Thu ngân sách nhà nước trên địa bàn ước thực hiện 198.720 triệu đồng, đạt 106,6% dự toán, tăng "
              "8,2% so với cùng kỳ. Thu nhập bình quân đầu người của huyện đạt 58,6 triệu đồng/người/năm."),
        ("p", "2. Chi ngân sách huyện ước thực hiện 633.850 triệu đồng, đạt 98,7% dự toán; trong đó chi đầu tư "
              "phát triển 151.690 triệu đồng, đạt 98,5% dự toán."),
        ("p", "3. Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 112.400 triệu đồng, bằng 74,1% kế hoạch vốn."),
        ("h", "II. DỰ TOÁN NGÂN SÁCH NĂM 2026"),
        ("p", "Tổng thu ngân sách nhà nước trên địa bàn năm 2026 là 205.000 triệu đồng; tổng chi ngân sách huyện "
              "668.400 triệu đồng, trong đó chi đầu tư phát triển 160.000 triệu đồng, chi thường xuyên 495.030 "
              "triệu đồng, dự phòng ngân sách 13.370 triệu đồng (chiếm 2% tổng chi)."),
        ("p", "Chi tiết tại Phụ lục kèm theo."),
        ("h", "III. KIẾN NGHỊ"),
        ("p", "Đề nghị Ủy ban nhân dân tỉnh xem xét bổ sung có mục tiêu cho ngân sách huyện để thực hiện các "
              "công trình cấp bách./."),
    ))
    closing(doc, ["- TT Huyện ủy, TT HĐND huyện;", "- Sở Tài chính;", "- Lưu: VT, TCKH."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Công Tuấn"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "THỰC HIỆN DỰ TOÁN NGÂN SÁCH NĂM 2025 VÀ DỰ TOÁN NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Đơn vị tính: triệu đồng)", italic=True, center=True)
    table = _table(doc, REPORT_ROWS)
    _widths(table, [1.0, 5.6, 2.3, 2.3, 1.8, 2.3])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. The commune's budget plan: full "đồng", "Bằng chữ", a table in "nghìn đồng".

COMMUNE_ROWS = [
    ["TT", "Nội dung chi", "Dự toán năm 2026", "Ghi chú"],
    ["", "Tổng chi ngân sách xã", "6.842.500", ""],
    ["1", "Chi đầu tư phát triển", "1.250.000", "Nhà văn hóa thôn 3"],
    ["2", "Chi thường xuyên", "5.452.500", ""],
    ["a", "Chi quản lý hành chính", "3.980.000", ""],
    ["b", "Chi sự nghiệp văn hóa, thông tin, thể thao", "312.500", ""],
    ["c", "Chi sự nghiệp giáo dục, đào tạo", "185.000", ""],
    ["d", "Chi quốc phòng, an ninh", "975.000", ""],
    ["3", "Dự phòng ngân sách xã", "140.000", ""],
]


def commune_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC SƠN TÂY", "-------", "Số: 48/KH-UBND"],
            [*MOTTO, "Phước Sơn Tây, ngày 20 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện dự toán ngân sách xã Phước Sơn Tây năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 18 tháng 12 năm 2025 của Hội đồng nhân dân xã về dự toán thu, "
              "chi ngân sách xã năm 2026;"),
        ("p", "Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện dự toán ngân sách năm 2026 như sau:"),
        ("h", "I. DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2026"),
        ("p", "1. Tổng thu ngân sách xã: 6.842.500.000 đồng (Bằng chữ: Sáu tỷ, tám trăm bốn mươi hai triệu, năm "
              "trăm nghìn đồng), trong đó thu bổ sung cân đối từ ngân sách cấp trên 5.620.000.000 đồng."),
        ("p", "2. Tổng chi ngân sách xã: 6.842.500.000 đồng, trong đó chi đầu tư xây dựng Nhà văn hóa thôn 3 là "
              "1.250.000.000 đồng (Bằng chữ: Một tỷ, hai trăm năm mươi triệu đồng). Chi tiết tại biểu kèm theo."),
        ("p", "3. Mức hỗ trợ cán bộ không chuyên trách thôn 1,5 tr.đ/người/tháng; kinh phí hoạt động của Ban công "
              "tác Mặt trận mỗi thôn 6 tr.đ/năm."),
        ("h", "II. BIỂU DỰ TOÁN CHI NGÂN SÁCH XÃ NĂM 2026"),
        ("p", "Đơn vị tính: nghìn đồng"),
    ))
    table = _table(doc, COMMUNE_ROWS)
    _widths(table, [1.0, 8.0, 3.0, 4.0])
    _body(doc, (
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Công chức Tài chính - Kế toán xã quản lý, điều hành ngân sách theo dự toán được giao."),
        ("p", "2. Trưởng các thôn tổ chức thực hiện nhiệm vụ thu trên địa bàn./."),
    ))
    closing(doc, ["- TT Đảng ủy, TT HĐND xã;", "- Phòng Tài chính - Kế hoạch huyện;", "- Lưu: VP."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hồ Văn Lực"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. The commune's new-countryside plan, copied as text, funds in "trđ".

COMMUNE_TXT_BODY = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA BẮC
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hòa Bắc, ngày 14 tháng 01 năm 2026

KẾ HOẠCH
Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2026

Căn cứ Quyết định số 211/QĐ-UBND ngày 20 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Tây Lĩnh ban hành Bộ tiêu chí xã nông thôn mới nâng cao giai đoạn 2026 - 2030;
Ủy ban nhân dân xã Tân Hòa Bắc ban hành Kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2026 như sau:

I. THỰC TRẠNG
Năm 2025, thu nhập bình quân đầu người của xã đạt 62,5 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 1,8%. Ngân hàng Chính sách xã hội huyện cho 46 hộ vay vốn với mức vay tối đa 100 triệu đồng/hộ, tổng dư nợ 3.850 trđ.

II. MỤC TIÊU
Đến hết năm 2026, xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm.

III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện năm 2026: 9.460 trđ, trong đó:
- Ngân sách tỉnh hỗ trợ: 4.200 trđ;
- Ngân sách huyện: 2.350 trđ;
- Ngân sách xã: 1.160 tr.đ;
- Nhân dân đóng góp và xã hội hóa: 1.750 trđ.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Quản lý xây dựng nông thôn mới xã chủ trì triển khai Kế hoạch.
2. Các thôn tổ chức vận động Nhân dân tham gia đóng góp./.

Nơi nhận:
- UBND huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Sáng
"""


# ---------------------------------------------------------------------------
# 8. The HĐND's word-segmented resolution of 2011 on capital for construction.

SEGMENTED_TXT = """HỘI_ĐỒNG NHÂN_DÂN 
TỈNH QUẢNG_THUỶ 
Số : 34/2011/NQ - HĐND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Quảng_Thuỷ , ngày 12 tháng 12 năm 2011 
NGHỊ_QUYẾT 
Về kế_hoạch vốn đầu_tư xây_dựng cơ_bản năm 2012 
HỘI_ĐỒNG NHÂN_DÂN TỈNH QUẢNG_THUỶ 
KHOÁ XV , KỲ_HỌP THỨ 3 
Căn_cứ Luật Tổ_chức Hội_đồng nhân_dân và Uỷ_ban nhân_dân ngày 26 tháng 11 năm 2003 ; 
Căn_cứ Luật Ngân_sách nhà_nước ngày 16 tháng 12 năm 2002 ; 
Căn_cứ Quyết_định số 2113/QĐ - TTg ngày 28 tháng 11 năm 2011 của Thủ_tướng Chính_phủ về việc giao dự_toán ngân_sách nhà_nước năm 2012 ; 
Xét Tờ_trình số 205/TTr - UBND ngày 25 tháng 11 năm 2011 của Uỷ_ban nhân_dân tỉnh ; Báo_cáo thẩm_tra của Ban Kinh_tế và Ngân_sách ; ý_kiến của các đại_biểu Hội_đồng nhân_dân tỉnh , 
QUYẾT_NGHỊ : 
Điều 1 . Thông_qua kế_hoạch vốn đầu_tư xây_dựng cơ_bản năm 2012 của tỉnh như sau : 
1 . Tổng_số vốn : 1.286.450 triệu đồng , bao_gồm : 
1.1 . Vốn XDCB tập_trung : 412.300 triệu đồng 
Trong đó : 
a . Vốn cân_đối ngân_sách địa_phương : 262.300 triệu đồng 
b . Vốn từ nguồn thu sử_dụng đất : 150.000 triệu đồng 
1.2 . Vốn chương_trình mục_tiêu : 318.150 triệu đồng 
a . Vốn các chương_trình mục_tiêu quốc_gia : 96.150 triệu đồng 
b . Vốn hỗ_trợ có mục_tiêu từ ngân_sách Trung_ương : 222.000 triệu đồng 
1.3 . Vốn trái_phiếu Chính_phủ : 486.000 triệu đồng 
1.4 . Vốn nước_ngoài ( ODA ) : 70.000 triệu đồng 
2 . Phương_án phân_bổ vốn XDCB tập_trung : 
a . Phân_cấp cho cấp huyện quản_lý : 123.690 triệu đồng ( 30 % ) 
b . Tỉnh quản_lý : 288.610 triệu đồng , trong đó trả nợ vốn vay Kho_bạc nhà_nước 45.000 triệu đồng . 
Mức phân_bổ tối_thiểu cho mỗi huyện là 8.000 triệu đồng / năm . 
Điều 2 . Giao Uỷ_ban nhân_dân tỉnh tổ_chức thực_hiện Nghị_quyết này . 
Điều 3 . Thường_trực Hội_đồng nhân_dân , các Ban của Hội_đồng nhân_dân và đại_biểu Hội_đồng nhân_dân tỉnh giám_sát việc thực_hiện Nghị_quyết . 
Nghị_quyết này đã được Hội_đồng nhân_dân tỉnh Quảng_Thuỷ khoá XV , kỳ_họp thứ 3 thông_qua ngày 12 tháng 12 năm 2011 . 
CHỦ_TỊCH 
Đặng_Văn_Khởi 
"""


# ---------------------------------------------------------------------------
# 9. The district's poverty-reduction plan: money that is no budget beside its funds.

def distractor_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN MỸ LÂM ĐÔNG", "-------", "Số: 96/KH-UBND"],
            [*MOTTO, "Mỹ Lâm Đông, ngày 09 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Giảm nghèo bền vững huyện Mỹ Lâm Đông năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo đa "
              "chiều giai đoạn 2022 - 2025;"),
        ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch giảm nghèo bền vững năm 2026 như sau:"),
        ("h", "I. THỰC TRẠNG"),
        ("p", "Năm 2025, tổng sản phẩm trên địa bàn (GRDP) của huyện đạt 8.650 tỷ đồng; thu nhập bình quân đầu người "
              "đạt 65 triệu đồng/người/năm. Chuẩn nghèo ở khu vực nông thôn là 1,5 triệu đồng/người/tháng. Phòng "
              "Giao dịch Ngân hàng Chính sách xã hội huyện đã cho 1.240 lượt hộ vay với doanh số cho vay 68.500 "
              "triệu đồng, mức cho vay tối đa 100 triệu đồng/hộ."),
        ("h", "II. MỤC TIÊU"),
        ("p", "1. Mục tiêu chung: giảm nghèo bền vững, hạn chế tái nghèo, nâng cao chất lượng cuộc sống người dân."),
        ("p", "2. Mục tiêu cụ thể:"),
        ("p", "- Tỷ lệ hộ nghèo giảm còn dưới 3,5% vào cuối năm 2026;"),
        ("p", "- 100% hộ nghèo được hỗ trợ tiếp cận dịch vụ y tế."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 12.500 triệu đồng, trong đó: ngân sách trung ương 8.000 "
              "triệu đồng; ngân sách huyện 3.200 triệu đồng; huy động xã hội hóa 1.300 triệu đồng. Kinh phí hỗ trợ "
              "nhà ở chiếm 40% tổng kinh phí, mức hỗ trợ 50 triệu đồng/hộ xây mới."),
        ("p", "Người lao động đi làm việc ở nước ngoài được hỗ trợ vay vốn đến 100% chi phí; thu nhập của lao động "
              "đi làm việc tại Nhật Bản bình quân 32 triệu đồng/tháng. Hành vi khai man để được hưởng chính sách bị "
              "phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện."),
        ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã, thị trấn rà soát hộ nghèo, hộ cận nghèo trên địa bàn./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trương Thị Mai"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 10. The province's decision allotting the year's public investment, on a portal.

PORTAL_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Quyết định 1420/QĐ-UBND giao kế hoạch vốn đầu tư công năm 2026</title></head>
<body>
<div class="header"><a href="/">Cổng thông tin điện tử tỉnh Kim Giang</a></div>
<div class="content">
<table class="doc-header"><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH KIM GIANG</b><br>-------<br>Số: 1420/QĐ-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Kim Giang, ngày 22 tháng 12 năm 2025</i></td></tr></table>
<p align="center"><b>QUYẾT ĐỊNH</b></p>
<p align="center"><b>Về việc giao kế hoạch vốn đầu tư công năm 2026 (đợt 1)</b></p>
<p align="center"><b>ỦY BAN NHÂN DÂN TỈNH KIM GIANG</b></p>
<p><i>Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;</i></p>
<p><i>Căn cứ Nghị quyết số 72/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2026;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 845/TTr-STC ngày 15 tháng 12 năm 2025.</i></p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Giao kế hoạch vốn đầu tư công năm 2026 (đợt 1) cho các chủ đầu tư với tổng số vốn 386.500 triệu đồng, chi tiết tại Phụ lục kèm theo.</p>
<p><b>Điều 2.</b> Các chủ đầu tư có trách nhiệm triển khai thực hiện, giải ngân vốn được giao theo đúng quy định.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Kho bạc Nhà nước khu vực XII và các chủ đầu tư chịu trách nhiệm thi hành Quyết định này./.</p>
<table class="doc-sign"><tr><td><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Lưu: VT, KT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br>Vũ Thành Nam</b></td></tr></table>
<p align="center"><b>PHỤ LỤC</b></p>
<p align="center"><b>KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2026 (ĐỢT 1)</b></p>
<p align="center"><i>(Kèm theo Quyết định số 1420/QĐ-UBND ngày 22 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh)</i></p>
<p align="right"><i>Đơn vị: triệu đồng</i></p>
<table border="1">
<tr><th rowspan="2">TT</th><th rowspan="2">Danh mục dự án</th><th rowspan="2">Chủ đầu tư</th><th colspan="3">Kế hoạch vốn năm 2026</th></tr>
<tr><th>Tổng số</th><th>NSTW</th><th>NSĐP</th></tr>
<tr><td></td><td><b>TỔNG SỐ</b></td><td></td><td><b>386.500</b></td><td><b>214.000</b></td><td><b>172.500</b></td></tr>
<tr><td><b>I</b></td><td><b>Giao thông</b></td><td></td><td><b>251.000</b></td><td><b>164.000</b></td><td><b>87.000</b></td></tr>
<tr><td>1</td><td>Đường tỉnh 712 đoạn Km12 - Km28</td><td>Ban QLDA đầu tư xây dựng các công trình giao thông</td><td>148.000</td><td>110.000</td><td>38.000</td></tr>
<tr><td>2</td><td>Cầu Bến Sỏi và đường dẫn hai đầu cầu</td><td>Ban QLDA đầu tư xây dựng các công trình giao thông</td><td>103.000</td><td>54.000</td><td>49.000</td></tr>
<tr><td><b>II</b></td><td><b>Y tế, giáo dục</b></td><td></td><td><b>135.500</b></td><td><b>50.000</b></td><td><b>85.500</b></td></tr>
<tr><td>1</td><td>Trung tâm Y tế huyện Đồng Sơn Bắc, hạng mục khu điều trị nội trú</td><td>Sở Y tế</td><td>62.500</td><td>50.000</td><td>12.500</td></tr>
<tr><td>2</td><td>Trường THPT Nguyễn Trãi, nhà lớp học 3 tầng 18 phòng</td><td>Sở Giáo dục và Đào tạo</td><td>41.000</td><td></td><td>41.000</td></tr>
<tr><td>3</td><td>Trường Phổ thông dân tộc nội trú tỉnh, nhà ký túc xá</td><td>Sở Giáo dục và Đào tạo</td><td>32.000</td><td>-</td><td>32.000</td></tr>
</table>
</div>
<div class="footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh Kim Giang. Lượt truy cập: 1.245.678</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# 11. The district's medium-term plan of 2020, its annex with "Tổng cộng" last, as a PDF.

DISTRICT_ROWS = [
    ["TT", "Nguồn vốn", "Tổng giai đoạn 2021 - 2025", "Chia ra các năm", "", "", "", ""],
    ["", "", "", "2021", "2022", "2023", "2024", "2025"],
    ["1", "Vốn ngân sách tỉnh hỗ trợ", "742.500", "135.000", "148.500", "152.000", "151.000", "156.000"],
    ["", "Trong đó:", "", "", "", "", "", ""],
    ["-", "Vốn chương trình mục tiêu của tỉnh", "310.000", "60.000", "62.000", "64.000", "61.000", "63.000"],
    ["2", "Vốn ngân sách huyện", "418.900", "78.000", "80.500", "84.200", "86.800", "89.400"],
    ["", "Trong đó:", "", "", "", "", "", ""],
    ["-", "Vốn từ nguồn thu tiền sử dụng đất", "250.000", "45.000", "48.000", "50.000", "52.000", "55.000"],
    ["-", "Vốn đối ứng dự án ODA", "36.800", "4.000", "8.000", "10.000", "8.800", "6.000"],
    ["3", "Vốn ngân sách Trung ương", "125.000", "20.000", "25.000", "30.000", "28.000", "22.000"],
    ["", "Tổng cộng (1+2+3)", "1.286.400", "233.000", "254.000", "266.200", "265.800", "267.400"],
]


def district_invest_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG LAM", "-------", "Số: 205/KH-UBND"],
            [*MOTTO, "Đồng Lam, ngày 15 tháng 10 năm 2020"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Đầu tư công trung hạn giai đoạn 2021 - 2025 huyện Đồng Lam", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;"),
        ("p", "Căn cứ Nghị quyết số 973/2020/UBTVQH14 ngày 08 tháng 7 năm 2020 của Ủy ban Thường vụ Quốc hội quy "
              "định về các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư công nguồn ngân sách nhà nước giai "
              "đoạn 2021 - 2025;"),
        ("p", "Ủy ban nhân dân huyện xây dựng Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 như sau:"),
        ("h", "I. NGUYÊN TẮC BỐ TRÍ VỐN"),
        ("p", "1. Ưu tiên bố trí vốn đối ứng cho các dự án sử dụng vốn ODA, vốn cho các dự án chuyển tiếp."),
        ("p", "2. Dành tối thiểu 10% vốn ngân sách huyện cho các xã đặc biệt khó khăn."),
        ("h", "II. DỰ KIẾN NGUỒN VỐN"),
        ("p", "Tổng vốn đầu tư công trung hạn giai đoạn 2021 - 2025 của huyện dự kiến 1.286,4 tỷ đồng, trong đó: vốn "
              "ngân sách tỉnh hỗ trợ 742,5 tỷ đồng; vốn ngân sách huyện 418,9 tỷ đồng; vốn ngân sách Trung ương 125 tỷ "
              "đồng. Huyện bố trí vốn đối ứng các dự án ODA 36,8 tỷ đồng từ ngân sách huyện. Chi tiết tại Phụ lục kèm "
              "theo."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Tài chính - Kế hoạch tham mưu phân bổ kế hoạch vốn hằng năm, theo dõi, tổng hợp tình hình thực "
              "hiện."),
        ("p", "2. Ban Quản lý dự án đầu tư xây dựng huyện triển khai các dự án được giao, bảo đảm tiến độ giải ngân./."),
    ))
    closing(doc, ["- UBND tỉnh Thanh Giang;", "- Sở Kế hoạch và Đầu tư;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- Lưu: VT, TCKH."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lường Văn Tâm"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2021 - 2025 THEO NGUỒN VỐN", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 205/KH-UBND ngày 15/10/2020 của Ủy ban nhân dân huyện Đồng Lam)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    table = _table(doc, DISTRICT_ROWS, merges=(((0, 3), (0, 7)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2))))
    _widths(table, [1.2, 7.4, 3.4, 2.7, 2.7, 2.7, 2.7, 2.7])
    _small(table, 11)
    return _save(doc)


# ---------------------------------------------------------------------------
# 12. The province's report on the budget, a Markdown scrape, its table in "tỷ đồng".

REPORT_MD_TEXT = """| **ỦY BAN NHÂN DÂN TỈNH THANH GIANG** ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 318/BC-UBND | *Thanh Giang, ngày 28 tháng 11 năm 2025* |

**BÁO CÁO**

**Tình hình thực hiện dự toán ngân sách nhà nước năm 2025 và dự toán ngân sách nhà nước năm 2026**

**Kính gửi:** Hội đồng nhân dân tỉnh Thanh Giang

**I. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2025**

1\. Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 6.842,35 tỷ đồng, đạt 104,2% dự toán Hội đồng nhân dân tỉnh giao (6.566,60 tỷ đồng). Tổng sản phẩm trên địa bàn (GRDP) ước đạt 98.450 tỷ đồng.

2\. Chi ngân sách địa phương ước thực hiện 12.105,80 tỷ đồng, đạt 97,6% dự toán.

**II. DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026**

Tổng thu ngân sách nhà nước trên địa bàn năm 2026 dự kiến 7.150,00 tỷ đồng; tổng chi ngân sách địa phương 12.880,45 tỷ đồng. Chi tiết tại Biểu số 01 kèm theo.

Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.

| **Nơi nhận:** - Như trên; - TT Tỉnh ủy; - Đại biểu HĐND tỉnh; - Lưu: VT, KT. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Hà Văn Quyết** |
|---|---|

**Biểu số 01**

**CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2025 VÀ DỰ TOÁN NĂM 2026**

*(Kèm theo Báo cáo số 318/BC-UBND ngày 28/11/2025 của Ủy ban nhân dân tỉnh)*

*Đơn vị: tỷ đồng*

| **STT** | **Nội dung** | **Dự toán năm 2025** | **Ước thực hiện năm 2025** | **So sánh (%)** | **Dự toán năm 2026** |
|---|---|---|---|---|---|
| **A** | **TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN** | **6.566,60** | **6.842,35** | **104,2** | **7.150,00** |
| 1 | Thu nội địa | 6.120,10 | 6.395,85 | 104,5 | 6.690,00 |
| 2 | Thu từ hoạt động xuất nhập khẩu | 446,50 | 446,50 | 100,0 | 460,00 |
| **B** | **TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG** | **12.403,15** | **12.105,80** | **97,6** | **12.880,45** |
| 1 | Chi đầu tư phát triển | 3.210,40 | 3.105,25 | 96,7 | 3.398,60 |
| 2 | Chi thường xuyên | 8.952,75 | 9.000,55 | 100,5 | 9.231,85 |
| 3 | Dự phòng ngân sách | 240,00 | - | - | 250,00 |
"""


def _small(table, points: int) -> None:
    """The table's text in a smaller type, as a wide annex sets it."""
    from docx.shared import Pt
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(points)


def _soffice_pdf(docx_bytes: bytes, name: str) -> bytes:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(name).with_suffix(".docx").name
        src.write_bytes(docx_bytes)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        return src.with_suffix(".pdf").read_bytes()


def _pdftotext(pdf: bytes, *options: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(src), "-"], check=True,
                             capture_output=True, timeout=120)
        return out.stdout.decode("utf-8")


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RESOLUTION).write_bytes(resolution())
    (folder / RESOLUTION_MD).write_text(resolution_md(), encoding="utf-8")
    (folder / REPORT).write_bytes(district_report())
    (folder / COMMUNE).write_bytes(commune_plan())
    (folder / COMMUNE_TXT).write_text(COMMUNE_TXT_BODY, encoding="utf-8")
    (folder / SEGMENTED).write_text(SEGMENTED_TXT, encoding="utf-8")
    (folder / DISTRACTORS).write_bytes(distractor_plan())
    (folder / PORTAL).write_text(PORTAL_HTML, encoding="utf-8")
    (folder / REPORT_MD).write_text(REPORT_MD_TEXT, encoding="utf-8")
    if not ((shutil.which("soffice") or shutil.which("libreoffice")) and shutil.which("pdftotext")):
        print("soffice or pdftotext not found: the pdftotext renditions not written", file=sys.stderr)
        return
    (folder / DISTRICT_PDF).write_bytes(_soffice_pdf(district_invest_plan(), DISTRICT_PDF))
    pdf = _soffice_pdf(invest_plan(), INVEST_LAYOUT)
    (folder / INVEST_LAYOUT).write_text(_pdftotext(pdf, "-layout"), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
