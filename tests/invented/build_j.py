"""Invented Word document of hold-out round J: a provincial department's (Sở) Kế hoạch whose
specific objectives are a "(1) Phấn đấu đến năm 2027, ..." list with several percentages in one
sentence, whose tasks carry no agencies of their own, whose budget is a bordered table by year
(Nội dung | Tổng cộng | Năm 2025 | Năm 2026 | Năm 2027, decimals with a comma), and whose
"Tổ chức thực hiện" gives one numbered agency a paragraph ("1. Phòng Nghiệp vụ Y:") followed by
its duties as "- Chủ trì ...", "- Phối hợp ..." paragraphs.

The second Word document: a commune's Kế hoạch (two-tier local government, after 2025) whose
headings and bullets are Word's automatic numbering (the labels "I.", "1.", "-" are drawn, not
typed), whose tasks name their units in a closing "Đơn vị chủ trì: ...; đơn vị phối hợp: ..."
line, and whose budget table has a two-row header merged in Word (Nguồn kinh phí over Ngân sách
tỉnh | Ngân sách xã | Huy động) with "-" for no amount.

The third: a district Party committee's Kế hoạch of 2012 saved as a legacy Word .doc (LibreOffice
converts the .docx; its bytes carry the time of the conversion): a Party header (ĐẢNG BỘ TỈNH /
HUYỆN ỦY / * / "Số 28-KH/HU" beside "ĐẢNG CỘNG SẢN VIỆT NAM"), the targets under "CHỈ TIÊU ĐẾN NĂM
2015", tasks assigned in sentences, "T/M BAN THƯỜNG VỤ".

Everything is invented (the province, names, numbers, dates). `python -m tests.invented.build_j
OUTDIR` writes the .docx files (the same bytes on every run) and, when soffice is found, the .doc.
The other j_* inputs are written by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

NAME = "j_donggiang-syt_kh-benh-khong-lay_2025.docx"
COMMUNE = "j_xa-tanhungdong_38-kh-ubnd_2026_word-numbering.docx"
PARTY = "j_huyenuy-phulam_28-kh-hu_2012_legacy.doc"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# one multi-level list: I. / 1. / a) / a bullet, as Word's "Heading"-style outline numbering draws them
LEVELS = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-"))


def department_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH ĐÔNG GIANG", "SỞ Y TẾ", "-------", "Số: 87/KH-SYT"],
            [*MOTTO, "Đông Giang, ngày 14 tháng 3 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống bệnh không lây nhiễm tại cộng đồng tỉnh Đông Giang giai đoạn 2025 - 2027",
               bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Quyết định số 1824/QĐ-TTg ngày 11 tháng 12 năm 2024 của Thủ tướng Chính phủ phê duyệt "
              "Chiến lược quốc gia phòng, chống bệnh không lây nhiễm giai đoạn 2025 - 2030;"),
        ("i", "Căn cứ Kế hoạch số 46/KH-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Đông Giang "
              "về chăm sóc sức khỏe ban đầu cho nhân dân năm 2025;"),
        ("p", "Sở Y tế ban hành Kế hoạch phòng, chống bệnh không lây nhiễm tại cộng đồng giai đoạn "
              "2025 - 2027 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Khống chế tốc độ gia tăng, tiến tới làm giảm tỷ lệ người mắc bệnh không lây nhiễm; giảm tử vong "
              "sớm do bệnh tim mạch, ung thư, đái tháo đường và bệnh phổi tắc nghẽn mạn tính."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "(1) Phấn đấu đến năm 2027, 60% người bị tăng huyết áp và 55% người bị đái tháo đường được phát "
              "hiện, trong đó 80% số người được phát hiện được quản lý, điều trị theo hướng dẫn chuyên môn."),
        ("p", "(2) Phấn đấu đến năm 2027, tỷ lệ hút thuốc lá ở nam giới từ 15 tuổi trở lên giảm xuống còn 38%; "
              "tỷ lệ người trưởng thành uống rượu bia ở mức có hại giảm 10% so với năm 2024."),
        ("p", "(3) Phấn đấu đến năm 2026, 100% trạm y tế xã triển khai dự phòng, quản lý điều trị tăng huyết "
              "áp, đái tháo đường; đến năm 2027 có 50% trạm y tế xã quản lý bệnh phổi tắc nghẽn mạn tính."),
        ("p", "(4) Phấn đấu đến năm 2027, 30% người dân từ 40 tuổi trở lên được sàng lọc phát hiện sớm ít nhất "
              "một trong các bệnh ung thư thường gặp."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Truyền thông nâng cao nhận thức"),
        ("p", "- Truyền thông trên Đài Phát thanh và Truyền hình tỉnh, Cổng thông tin điện tử của Sở Y tế về các "
              "yếu tố nguy cơ gây bệnh không lây nhiễm."),
        ("p", "- Tổ chức hoạt động hưởng ứng Ngày Thế giới phòng, chống tăng huyết áp (17/5) và Ngày Đái tháo "
              "đường thế giới (14/11)."),
        ("h", "2. Sàng lọc, phát hiện sớm bệnh không lây nhiễm"),
        ("p", "- Tổ chức đo huyết áp, xét nghiệm đường máu cho người từ 40 tuổi trở lên tại trạm y tế xã và "
              "tại các điểm sàng lọc lưu động."),
        ("p", "- Sàng lọc ung thư vú, ung thư cổ tử cung cho phụ nữ tại các xã vùng sâu, vùng xa."),
        ("h", "3. Quản lý, điều trị tại trạm y tế xã"),
        ("p", "- Lập hồ sơ, quản lý người bệnh tăng huyết áp, đái tháo đường trên phần mềm quản lý bệnh không "
              "lây nhiễm."),
        ("p", "- Bảo đảm đủ thuốc điều trị tăng huyết áp, đái tháo đường thuộc danh mục bảo hiểm y tế tại "
              "trạm y tế xã."),
        ("h", "4. Đào tạo, tập huấn"),
        ("p", "- Tập huấn chẩn đoán, điều trị, quản lý bệnh không lây nhiễm cho bác sĩ, y sĩ trạm y tế xã."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách tỉnh giao trong dự toán hằng năm của "
              "các đơn vị và các nguồn hợp pháp khác; dự toán chi tiết như sau:"),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2025 - 2027", bold=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True, center=True)
    _table(doc, [["STT", "Nội dung", "Tổng cộng", "Năm 2025", "Năm 2026", "Năm 2027"],
                 ["1", "Truyền thông nâng cao nhận thức", "540", "180", "180", "180"],
                 ["2", "Sàng lọc, phát hiện sớm bệnh không lây nhiễm", "1.350", "400", "450", "500"],
                 ["3", "Quản lý, điều trị tại trạm y tế xã", "825", "250", "275", "300"],
                 ["4", "Đào tạo, tập huấn", "385,5", "120", "125,5", "140"],
                 ["", "Tổng cộng", "3.100,5", "950", "1.030,5", "1.120"]])
    for kind, text in (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("h", "1. Phòng Nghiệp vụ Y:"),
        ("p", "- Chủ trì, hướng dẫn, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch;"),
        ("p", "- Phối hợp với Phòng Kế hoạch - Tài chính thẩm định dự toán kinh phí của các đơn vị;"),
        ("p", "- Tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 15 tháng 12 hằng năm."),
        ("h", "2. Phòng Kế hoạch - Tài chính:"),
        ("p", "- Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm;"),
        ("p", "- Phối hợp với Phòng Nghiệp vụ Y kiểm tra việc sử dụng kinh phí."),
        ("h", "3. Trung tâm Kiểm soát bệnh tật tỉnh:"),
        ("p", "- Chủ trì triển khai các hoạt động truyền thông, sàng lọc tại cộng đồng;"),
        ("p", "- Phối hợp với Trung tâm Y tế các huyện, thị xã, thành phố tập huấn cho nhân viên trạm y tế xã."),
        ("h", "4. Trung tâm Y tế các huyện, thị xã, thành phố:"),
        ("p", "- Chỉ đạo trạm y tế xã lập danh sách, quản lý người bệnh tăng huyết áp, đái tháo đường;"),
        ("p", "- Báo cáo kết quả thực hiện về Sở Y tế (qua Phòng Nghiệp vụ Y) định kỳ 6 tháng, hằng năm."),
        ("h", "5. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố:"),
        ("p", "- Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn hỗ trợ tổ chức sàng lọc tại cộng đồng."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế (qua Phòng "
              "Nghiệp vụ Y) để được hướng dẫn./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Bộ Y tế (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị trực thuộc Sở;",
                  "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, NVY."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trịnh Văn Khải"])
    return _save(doc)


def _outline_list(doc) -> str:
    """Add the multi-level list to the document's numbering part; its w:numId."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                   f'<w:lvlJc w:val="left"/></w:lvl>' for i, (fmt, text) in enumerate(LEVELS))
    numbering.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="70">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="71"><w:abstractNumId w:val="70"/></w:num>'))
    return "71"


def _numbered(doc, text: str, level: int, num_id: str, bold: bool = False) -> None:
    from docx.oxml import parse_xml
    p = _paragraph(doc, text, bold=bold, justify=True)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def commune_plan() -> bytes:
    doc = _new()
    num = _outline_list(doc)
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG ĐÔNG", "-------", "Số: 38/KH-UBND"],
            [*MOTTO, "Tân Hưng Đông, ngày 05 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế tập thể, hợp tác xã trên địa bàn xã năm 2026", bold=True, center=True)
    for text in ("Căn cứ Nghị quyết số 06/NQ-HĐND ngày 20 tháng 12 năm 2025 của Hội đồng nhân dân xã Tân Hưng "
                 "Đông về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
                 "Thực hiện Kế hoạch số 245/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Vĩnh Lam về "
                 "phát triển kinh tế tập thể, hợp tác xã năm 2026;"):
        _paragraph(doc, text, italic=True, justify=True)
    _paragraph(doc, "Ủy ban nhân dân xã ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2026 như sau:",
               justify=True)
    for level, text in (
        (0, "MỤC TIÊU"),
        (1, "Mục tiêu chung"),
        (None, "Phát triển kinh tế tập thể, hợp tác xã theo hướng liên kết chuỗi giá trị, ứng dụng khoa học công "
               "nghệ; nâng cao thu nhập cho thành viên và người lao động."),
        (1, "Mục tiêu cụ thể"),
        (3, "Thành lập mới 02 hợp tác xã nông nghiệp, nâng tổng số hợp tác xã trên địa bàn lên 09 hợp tác xã;"),
        (3, "100% hợp tác xã hoạt động theo Luật Hợp tác xã năm 2023; 60% hợp tác xã xếp loại khá trở lên;"),
        (3, "Doanh thu bình quân của hợp tác xã tăng 12% so với năm 2025."),
        (0, "NHIỆM VỤ VÀ GIẢI PHÁP"),
        (1, "Tuyên truyền, phổ biến Luật Hợp tác xã"),
        (None, "Tổ chức 04 hội nghị tuyên truyền tại các ấp; lồng ghép nội dung trong sinh hoạt của các chi hội."),
        (None, "Đơn vị chủ trì: Hội Nông dân xã; đơn vị phối hợp: Ban nhân dân các ấp; thời gian: quý I, quý II "
               "năm 2026."),
        (1, "Hỗ trợ thành lập mới hợp tác xã"),
        (None, "Hướng dẫn hồ sơ, thủ tục đăng ký; hỗ trợ đào tạo cán bộ quản lý cho hợp tác xã mới thành lập."),
        (None, "Đơn vị chủ trì: Phòng Kinh tế; đơn vị phối hợp: Liên minh Hợp tác xã tỉnh, Ban nhân dân các ấp."),
        (1, "Xây dựng chuỗi liên kết sản xuất, tiêu thụ lúa chất lượng cao"),
        (None, "Hỗ trợ hợp tác xã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp trên diện tích 350 ha."),
        (None, "Đơn vị chủ trì: Phòng Kinh tế; đơn vị phối hợp: Hợp tác xã Nông nghiệp Tân Hưng, Công ty TNHH "
               "Lương thực Vĩnh Lam."),
        (0, "KINH PHÍ THỰC HIỆN"),
        (None, "Tổng kinh phí thực hiện Kế hoạch là 1.480 triệu đồng (chi tiết tại biểu dưới đây)."),
    ):
        if level is None:
            _paragraph(doc, text, justify=True)
        else:
            _numbered(doc, text, level, num, bold=level < 2)
    _paragraph(doc, "BIỂU KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026", bold=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True, center=True)
    _table(doc, [["STT", "Nội dung", "Tổng kinh phí", "Nguồn kinh phí", "", ""],
                 ["", "", "", "Ngân sách tỉnh", "Ngân sách xã", "Huy động"],
                 ["1", "Tuyên truyền, phổ biến Luật Hợp tác xã", "40", "-", "40", "-"],
                 ["2", "Hỗ trợ thành lập mới hợp tác xã", "240", "200", "40", "-"],
                 ["3", "Xây dựng chuỗi liên kết sản xuất, tiêu thụ lúa chất lượng cao", "1.200", "600", "100", "500"],
                 ["", "Tổng cộng", "1.480", "800", "180", "500"]],
           merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 5))))
    for level, text in (
        (0, "TỔ CHỨC THỰC HIỆN"),
        (1, "Phòng Kinh tế: Chủ trì, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp, báo cáo kết quả "
            "thực hiện trước ngày 15 tháng 12 năm 2026."),
        (1, "Phòng Văn hóa - Xã hội: Phối hợp tuyên truyền trên hệ thống loa truyền thanh xã."),
        (1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và Hội Nông dân xã: Tuyên truyền, vận động hội viên "
            "tham gia hợp tác xã."),
        (1, "Ban nhân dân các ấp: Vận động hộ dân tham gia liên kết sản xuất."),
    ):
        _numbered(doc, text, level, num, bold=level == 0)
    closing(doc, ["- UBND tỉnh Vĩnh Lam (b/c);", "- Sở Nông nghiệp và Môi trường;", "- Liên minh HTX tỉnh;",
                  "- TT Đảng ủy, TT HĐND xã;", "- Các ấp;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Thạch Văn Sang"])
    return _save(doc)


def party_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ĐẢNG BỘ TỈNH HÒA SƠN", "HUYỆN ỦY PHÚ LÂM", "*", "Số 28-KH/HU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Phú Lâm, ngày 12 tháng 4 năm 2012"], bold=(2, 1))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "thực hiện Chỉ thị số 10-CT/TU ngày 05/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác "
               "phòng, chống ma túy giai đoạn 2012 - 2015", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    for kind, text in (
        ("p", "Thực hiện Chỉ thị số 10-CT/TU ngày 05/3/2012 của Ban Thường vụ Tỉnh ủy Hòa Sơn về tăng cường sự lãnh "
              "đạo của Đảng đối với công tác phòng, chống ma túy giai đoạn 2012 - 2015, Ban Thường vụ Huyện ủy xây "
              "dựng Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Quán triệt sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên và nhân dân; nâng cao trách nhiệm của "
              "cấp ủy, chính quyền các cấp trong công tác phòng, chống ma túy."),
        ("p", "2. Việc triển khai phải cụ thể, gắn với nhiệm vụ chính trị của từng địa phương, đơn vị."),
        ("h", "II. CHỈ TIÊU ĐẾN NĂM 2015"),
        ("p", "- 100% xã, thị trấn xây dựng kế hoạch phòng, chống ma túy hằng năm;"),
        ("p", "- Giảm 30% số người nghiện ma túy so với năm 2011;"),
        ("p", "- 80% người nghiện được cai nghiện, quản lý sau cai nghiện tại cộng đồng."),
        ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Tăng cường sự lãnh đạo của các cấp ủy đảng"),
        ("p", "Các cấp ủy đưa chỉ tiêu phòng, chống ma túy vào nghị quyết hằng năm; phân công cấp ủy viên phụ trách "
              "địa bàn trọng điểm."),
        ("h", "2. Đẩy mạnh công tác tuyên truyền"),
        ("p", "Đa dạng hóa hình thức tuyên truyền về tác hại của ma túy trên hệ thống truyền thanh cơ sở, tại trường "
              "học và khu dân cư."),
        ("h", "3. Nâng cao hiệu quả công tác cai nghiện"),
        ("p", "Tổ chức cai nghiện tại gia đình và cộng đồng; quản lý chặt chẽ người sau cai nghiện, tạo việc làm "
              "giúp họ tái hòa nhập cộng đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin huyện tổ chức tuyên "
              "truyền Chỉ thị."),
        ("p", "2. Ủy ban nhân dân huyện chỉ đạo Công an huyện, Phòng Lao động - Thương binh và Xã hội triển khai các "
              "biện pháp phòng, chống ma túy; bố trí kinh phí thực hiện."),
        ("p", "3. Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện vận động đoàn viên, hội viên tham "
              "gia phòng, chống ma túy."),
        ("p", "4. Các tổ chức cơ sở đảng xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ Huyện ủy (qua "
              "Văn phòng Huyện ủy) trước ngày 15 tháng 11 hằng năm."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Các đồng chí Huyện ủy viên;", "- Các tổ chức cơ sở đảng;",
                  "- Lưu Văn phòng Huyện ủy."],
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Lương Văn Tấn"])
    _paragraph(doc, "")  # (Word ends a document with a paragraph: a .doc whose last block is a table loses it)
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NAME).write_bytes(department_plan())
    (folder / COMMUNE).write_bytes(commune_plan())
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {PARTY} not written", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(PARTY).with_suffix(".docx").name
        src.write_bytes(party_plan())
        subprocess.run([soffice, "--headless", "--convert-to", "doc", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        (folder / PARTY).write_bytes(src.with_suffix(".doc").read_bytes())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
