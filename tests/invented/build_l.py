"""Invented documents of hold-out round L.

- a Nghị quyết of a province's HĐND in articles ("Điều 1. ... Điều 2. ..."), its funds by year in
  lines "- Năm 2026: 120 tỷ đồng;", made in Word and exported to a text PDF by LibreOffice;
- a Kế hoạch of a provincial Ban Chỉ đạo (steering committee) whose tasks are numbered paragraphs,
  each followed by the lines "- Cơ quan thực hiện: ..." and "- Thời gian: ...", signed by its head
  who is also a vice-chairman of the province (the second title under the first);
- a province's Kế hoạch whose tasks are left to an annex (Phụ lục) in a Word table, the lead and
  the partners in ONE column ("Sở Y tế chủ trì; Sở Tài chính, UBND các xã, phường phối hợp");
- a district's Kế hoạch in the old tone-mark style ("hoà", "thuỷ", "khoẻ", "Uỷ ban"), typed in Word
  with its header and closing in borderless tables and saved by LibreOffice as a legacy .doc; the
  same plan as text in Windows-1258 (tone marks as combining characters) and in UTF-16 with no
  byte-order mark are golden inputs (tests/golden/inputs/l_*);
- a commune's Kế hoạch made in Word, exported to PDF and rasterized to an image-only PDF at 300 dpi
  (a scan).

The Markdown plan with a table of targets and the portal page (a div layout, its signature and
"Nơi nhận" in a `<table class="footer">`) are written by hand.

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_l
OUTDIR` writes the files, the same bytes on every run.
"""

from __future__ import annotations

import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.renditions import _fixed_pdf, libreoffice
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

RESOLUTION = "l_hdnd-sonbac_27-nq-hdnd_2025_dieu-nam.pdf"
STEERING = "l_bcd-hamy_12-kh-bcd_2026_co-quan-thuc-hien.docx"
ANNEX = "l_bachlong_97-kh-ubnd_2026_phu-luc-chu-tri-phoi-hop.docx"
OLD_TONES = "l_huyen-namtra_143-kh-ubnd_2024_old-tones.doc"
# the same plan as 8-bit and UTF-16 text: golden inputs (tests/golden/inputs), not invented ones (the
# metamorphic tests read every invented text file as UTF-8)
OLD_TONES_TEXTS = {"l_huyen-namtra_cp1258.txt": "cp1258", "l_huyen-namtra_utf16le.txt": "utf-16-le"}
SCAN = "l_xa-tanphong_52-kh-ubnd_2025_scan.pdf"


def _body(doc, items) -> None:
    for kind, text in items:
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", center=kind == "c", justify=kind != "c")


def resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN BẮC", "-------", "Số: 27/2025/NQ-HĐND"],
            [*MOTTO, "Sơn Bắc, ngày 11 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Phê duyệt Chương trình phát triển đường giao thông nông thôn tỉnh Sơn Bắc giai đoạn 2026 - 2028",
               bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN BẮC", bold=True, center=True)
    _paragraph(doc, "KHÓA XVII, KỲ HỌP THỨ MƯỜI BA", bold=True, center=True)
    _body(doc, [
        ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("i", "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"),
        ("i", "Căn cứ Quyết định số 1120/QĐ-TTg ngày 04 tháng 9 năm 2025 của Thủ tướng Chính phủ phê duyệt Chiến lược "
              "phát triển giao thông nông thôn đến năm 2030;"),
        ("i", "Xét Tờ trình số 214/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh đề nghị ban hành Nghị quyết "
              "phê duyệt Chương trình phát triển đường giao thông nông thôn tỉnh Sơn Bắc giai đoạn 2026 - 2028; Báo cáo "
              "thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân "
              "dân tỉnh tại kỳ họp."),
        ("c", "QUYẾT NGHỊ:"),
        ("p", "Điều 1. Phê duyệt Chương trình phát triển đường giao thông nông thôn tỉnh Sơn Bắc giai đoạn 2026 - 2028 "
              "với các nội dung chủ yếu sau:"),
        ("p", "1. Mục tiêu"),
        ("p", "a) Mục tiêu tổng quát: Hoàn thiện mạng lưới đường giao thông nông thôn kết nối liên hoàn, phục vụ sản xuất "
              "hàng hóa và đi lại của Nhân dân."),
        ("p", "b) Mục tiêu cụ thể đến năm 2028:"),
        ("p", "- 100% đường trục xã, liên xã được nhựa hóa hoặc bê tông hóa;"),
        ("p", "- Tỷ lệ đường trục thôn, liên thôn được cứng hóa đạt 85%;"),
        ("p", "- Tỷ lệ đường nội đồng được cứng hóa đạt trên 60%."),
        ("p", "2. Nhiệm vụ chủ yếu"),
        ("p", "a) Cứng hóa 310 km đường trục thôn, liên thôn tại các xã miền núi."),
        ("p", "b) Cải tạo, nâng cấp 45 cầu yếu trên các tuyến đường liên xã."),
        ("p", "c) Xây dựng 120 km đường nội đồng phục vụ vùng sản xuất tập trung."),
        ("p", "3. Kinh phí thực hiện"),
        ("p", "Tổng kinh phí thực hiện Chương trình là 397,5 tỷ đồng, trong đó: ngân sách tỉnh 310 tỷ đồng; nguồn huy "
              "động hợp pháp khác 87,5 tỷ đồng. Phân bổ theo năm như sau:"),
        ("p", "- Năm 2026: 120 tỷ đồng;"),
        ("p", "- Năm 2027: 135 tỷ đồng;"),
        ("p", "- Năm 2028: 142,5 tỷ đồng."),
        ("p", "Điều 2. Tổ chức thực hiện"),
        ("p", "1. Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết; hằng năm báo cáo Hội đồng nhân dân tỉnh "
              "kết quả thực hiện tại kỳ họp cuối năm."),
        ("p", "2. Thường trực Hội đồng nhân dân tỉnh, Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và đại biểu Hội đồng "
              "nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
        ("p", "Điều 3. Hiệu lực thi hành"),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Sơn Bắc khóa XVII, kỳ họp thứ mười ba thông qua ngày 11 "
              "tháng 12 năm 2025 và có hiệu lực từ ngày 01 tháng 01 năm 2026./."),
    ])
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Xây dựng;", "- Thường trực Tỉnh ủy;",
                  "- UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Lò Văn Thắng"])
    return _save(doc)


def steering_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH HÀ MỸ", "BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC,", "XÓA MÙ CHỮ", "-------", "Số: 12/KH-BCĐ"],
            [*MOTTO, "Hà Mỹ, ngày 05 tháng 3 năm 2026"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2026", bold=True, center=True)
    _body(doc, [
        ("i", "Căn cứ Quyết định số 385/QĐ-UBND ngày 14 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh về việc kiện toàn "
              "Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh Hà Mỹ;"),
        ("p", "Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh ban hành Kế hoạch thực hiện công tác phổ cập giáo dục, xóa "
              "mù chữ năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Củng cố, duy trì vững chắc kết quả phổ cập giáo dục, xóa mù chữ; nâng cao dân trí, góp phần phát triển "
              "nguồn nhân lực của tỉnh."),
        ("h", "2. Chỉ tiêu"),
        ("p", "- Duy trì 100% xã, phường đạt chuẩn phổ cập giáo dục tiểu học mức độ 3;"),
        ("p", "- Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2 đạt 97,5%;"),
        ("p", "- Mở 24 lớp xóa mù chữ cho người dân tộc thiểu số tại các xã vùng cao."),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
        ("p", "1. Rà soát, điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ trên hệ thống thông tin điện tử"),
        ("p", "- Cơ quan thực hiện: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh, Ủy ban nhân dân các xã, "
              "phường."),
        ("p", "- Thời gian: Từ tháng 3 đến tháng 5 năm 2026."),
        ("p", "2. Mở lớp xóa mù chữ cho người dân tộc thiểu số vùng cao"),
        ("p", "- Cơ quan thực hiện: Ủy ban nhân dân các xã vùng cao; Trung tâm Giáo dục thường xuyên tỉnh."),
        ("p", "- Thời gian: Từ tháng 6 đến tháng 12 năm 2026."),
        ("p", "3. Tuyên truyền về công tác phổ cập giáo dục, xóa mù chữ"),
        ("p", "- Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Hà Mỹ chủ trì; Sở Văn hóa, Thể thao và Du lịch phối "
              "hợp."),
        ("p", "- Thời gian: Cả năm 2026."),
        ("p", "4. Kiểm tra, công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ"),
        ("p", "- Cơ quan thực hiện: Sở Giáo dục và Đào tạo."),
        ("p", "- Thời gian: Quý IV năm 2026."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước chi sự nghiệp giáo dục năm 2026 theo phân cấp hiện "
              "hành và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Giáo dục và Đào tạo (cơ quan thường trực Ban Chỉ đạo) tham mưu Ban Chỉ đạo theo dõi, đôn đốc việc thực "
              "hiện Kế hoạch; tổng hợp, báo cáo kết quả trước ngày 15 tháng 12 năm 2026."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Các thành viên Ban Chỉ đạo theo dõi, chỉ đạo công tác phổ cập giáo dục, xóa mù chữ tại địa bàn được phân "
              "công."),
        ("p", "4. Ủy ban nhân dân các xã, phường xây dựng kế hoạch của địa phương và tổ chức thực hiện./."),
    ])
    closing(doc, ["- Thường trực Tỉnh ủy (b/c);", "- Chủ tịch UBND tỉnh (b/c);", "- Thành viên BCĐ tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, BCĐ."],
            ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "PHÓ CHỦ TỊCH UBND TỈNH", "Đinh Quốc Khánh"])
    return _save(doc)


def annex_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẠCH LONG", "-------", "Số: 97/KH-UBND"],
            [*MOTTO, "Bạch Long, ngày 17 tháng 4 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chăm sóc sức khỏe người cao tuổi trên địa bàn tỉnh Bạch Long giai đoạn 2026 - 2030",
               bold=True, center=True)
    _body(doc, [
        ("i", "Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;"),
        ("i", "Căn cứ Quyết định số 742/QĐ-TTg ngày 10 tháng 7 năm 2025 của Thủ tướng Chính phủ phê duyệt Chương trình "
              "chăm sóc sức khỏe người cao tuổi đến năm 2030;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch chăm sóc sức khỏe người cao tuổi giai đoạn 2026 - 2030 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao chất lượng chăm sóc sức khỏe người cao tuổi, góp phần kéo dài tuổi thọ khỏe mạnh của Nhân dân."),
        ("h", "2. Mục tiêu cụ thể đến năm 2030"),
        ("p", "- 95% người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm;"),
        ("p", "- 80% trạm y tế xã, phường có góc tư vấn chăm sóc sức khỏe người cao tuổi."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("p", "Các nhiệm vụ, cơ quan thực hiện và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 18.600 triệu đồng, trong đó ngân sách tỉnh 15.200 "
              "triệu đồng, nguồn xã hội hóa 3.400 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế là cơ quan thường trực, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban "
              "nhân dân tỉnh trước ngày 20 tháng 12 hằng năm."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Bảo hiểm xã hội tỉnh bảo đảm quyền lợi khám, chữa bệnh bảo hiểm y tế cho người cao tuổi."),
        ("p", "4. Ủy ban nhân dân các xã, phường xây dựng kế hoạch và tổ chức thực hiện tại địa phương./."),
    ])
    closing(doc, ["- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- Hội Người cao tuổi tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Mai Thị Hồng Nhung"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 97/KH-UBND ngày 17 tháng 4 năm 2026 của UBND tỉnh Bạch Long)",
               italic=True, center=True)
    _table(doc, [
        ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời gian thực hiện"],
        ["1", "Tổ chức khám sức khỏe định kỳ, lập hồ sơ quản lý sức khỏe người cao tuổi",
         "Sở Y tế chủ trì; Bảo hiểm xã hội tỉnh, UBND các xã, phường phối hợp", "Hằng năm"],
        ["2", "Đào tạo, tập huấn kỹ năng chăm sóc người cao tuổi cho nhân viên y tế cơ sở",
         "Sở Y tế chủ trì, phối hợp với Trường Cao đẳng Y tế Bạch Long", "2026 - 2028"],
        ["3", "Phát triển câu lạc bộ liên thế hệ tự giúp nhau tại cộng đồng",
         "Sở Nội vụ chủ trì; Hội Người cao tuổi tỉnh phối hợp", "2026 - 2030"],
        ["4", "Truyền thông về phòng, chống bệnh không lây nhiễm ở người cao tuổi",
         "Sở Y tế; Báo và Phát thanh, Truyền hình Bạch Long", "Hằng năm"],
    ])
    return _save(doc)


OLD_TONE_TEXT = """\
UỶ BAN NHÂN DÂN                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN NAM TRÀ                            Độc lập - Tự do - Hạnh phúc
-------                                  ---------------
Số: 143/KH-UBND                     Nam Trà, ngày 26 tháng 8 năm 2024

KẾ HOẠCH
Phòng, chống dịch bệnh thuỷ sản và bảo đảm an toàn vùng nuôi trồng thuỷ sản trên địa bàn huyện Nam Trà năm 2024 - 2025

Căn cứ Luật Thuỷ sản ngày 21 tháng 11 năm 2017;
Thực hiện Kế hoạch số 88/KH-UBND ngày 02 tháng 4 năm 2024 của Uỷ ban nhân dân tỉnh về phòng, chống dịch bệnh động vật thuỷ sản giai đoạn 2024 - 2025;
Uỷ ban nhân dân huyện xây dựng Kế hoạch như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Chủ động phòng, chống dịch bệnh thuỷ sản, bảo vệ sức khoẻ cộng đồng và môi trường; góp phần phát triển nghề nuôi trồng thuỷ sản bền vững, hoà nhập với thị trường.
2. Mục tiêu cụ thể
- 100% vùng nuôi tôm nước lợ tập trung được giám sát dịch bệnh định kỳ;
- Giảm tỷ lệ diện tích nuôi bị thiệt hại do dịch bệnh xuống dưới 5%;
- 70% cơ sở nuôi trồng thuỷ sản được hướng dẫn quy trình an toàn sinh học.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Giám sát, cảnh báo dịch bệnh thuỷ sản
Lấy mẫu giám sát định kỳ tại các vùng nuôi tập trung; thông báo kịp thời kết quả quan trắc môi trường cho người nuôi.
2. Hướng dẫn người nuôi thực hiện quy trình an toàn sinh học
Tổ chức 12 lớp tập huấn cho hộ nuôi tại các xã ven biển; hướng dẫn xử lý nước, thả giống đúng lịch thời vụ.
3. Xử lý ổ dịch
Khi phát hiện ổ dịch, khoanh vùng, xử lý triệt để, không để lây lan sang vùng nuôi khác.

III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch là 960 triệu đồng, trong đó: năm 2024 là 410 triệu đồng; năm 2025 là 550 triệu đồng, từ nguồn ngân sách huyện.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trạm Chăn nuôi và Thú y huyện tổ chức thực hiện Kế hoạch; tổng hợp, báo cáo Uỷ ban nhân dân huyện kết quả thực hiện trước ngày 10 tháng 12 hằng năm.
2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Trung tâm Văn hoá, Thông tin và Thể thao huyện tuyên truyền về phòng, chống dịch bệnh thuỷ sản.
4. Uỷ ban nhân dân các xã, thị trấn ven biển chỉ đạo người nuôi thực hiện các biện pháp phòng, chống dịch bệnh./.

Nơi nhận:                                        TM. UỶ BAN NHÂN DÂN
- Sở Nông nghiệp và PTNT (b/c);                  KT. CHỦ TỊCH
- TT Huyện uỷ, TT HĐND huyện;                    PHÓ CHỦ TỊCH
- Các phòng, ban liên quan;
- UBND các xã, thị trấn ven biển;
- Lưu: VT, NN.                                   Trần Thị Thuỳ Dương
"""


TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _cp1258(text: str) -> bytes:
    """`text` in Windows-1258 as Windows writes it: a letter the code page holds whole as one
    byte, else its base (with its circumflex, breve or horn) and the tone mark as a combining
    character; line ends CRLF."""
    out = bytearray()
    for ch in text.replace("\n", "\r\n"):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = next(c for c in parts if c in TONES)
        out += unicodedata.normalize("NFC", parts.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def old_tones_plan() -> bytes:
    """The district's plan of OLD_TONE_TEXT as a Word file: its header and closing in borderless
    tables of two cells, the lines between as paragraphs (headings in bold)."""
    lines = OLD_TONE_TEXT.splitlines()
    doc = _new()
    _layout(doc, ["UỶ BAN NHÂN DÂN", "HUYỆN NAM TRÀ", "-------", "Số: 143/KH-UBND"],
            ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
             "Nam Trà, ngày 26 tháng 8 năm 2024"], bold=(2, 2))
    body = lines[lines.index("KẾ HOẠCH"): next(i for i, t in enumerate(lines) if t.startswith("Nơi nhận:"))]
    for i, text in enumerate(t for t in body if t.strip()):
        heading = i < 2 or (text[:1].isupper() and text.split(" ", 1)[0] in {"I.", "II.", "III.", "IV."})
        _paragraph(doc, text, bold=heading, center=i < 2, justify=i >= 2, italic=text.startswith(("Căn cứ", "Thực hiện")))
    closing(doc, ["- Sở Nông nghiệp và PTNT (b/c);", "- TT Huyện uỷ, TT HĐND huyện;", "- Các phòng, ban liên quan;",
                  "- UBND các xã, thị trấn ven biển;", "- Lưu: VT, NN."],
            ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Thuỳ Dương"])
    _paragraph(doc, "")  # (Word ends a document with a paragraph: a .doc whose last block is a table loses it)
    return _save(doc)


def scanned_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHONG", "-------", "Số: 52/KH-UBND"],
            [*MOTTO, "Tân Phong, ngày 08 tháng 5 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống đuối nước cho trẻ em trên địa bàn xã Tân Phong năm 2025", bold=True, center=True)
    _body(doc, [
        ("i", "Thực hiện Kế hoạch số 65/KH-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân huyện về phòng, chống tai "
              "nạn thương tích trẻ em năm 2025;"),
        ("p", "Ủy ban nhân dân xã Tân Phong xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- Giảm số trẻ em bị đuối nước so với năm 2024;"),
        ("p", "- 90% trẻ em từ 6 đến 16 tuổi được phổ biến kiến thức phòng, chống đuối nước;"),
        ("p", "- Tổ chức 03 lớp dạy bơi an toàn cho 150 trẻ em trong dịp hè."),
        ("h", "II. NHIỆM VỤ CHỦ YẾU"),
        ("p", "1. Rà soát, cắm biển cảnh báo tại các ao, hồ, khúc sông nguy hiểm trên địa bàn xã."),
        ("p", "2. Tổ chức lớp dạy bơi an toàn cho trẻ em trong dịp hè."),
        ("p", "3. Tuyên truyền trên hệ thống loa truyền thanh của xã về phòng, chống đuối nước."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 48.500.000 đồng từ nguồn ngân sách xã."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Công chức Văn hóa - Xã hội tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; báo cáo kết quả trước ngày "
              "30 tháng 9 năm 2025."),
        ("p", "2. Trường Trung học cơ sở Tân Phong phối hợp tổ chức lớp dạy bơi."),
        ("p", "3. Đoàn Thanh niên xã tổ chức tuyên truyền, tham gia hướng dẫn bơi an toàn./."),
    ])
    closing(doc, ["- UBND huyện (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Các trường học trên địa bàn;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Văn Lực"])
    return _save(doc)


def _converted(docx_bytes: bytes, name: str, target: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{Path(name).stem}.docx"
        src.write_bytes(docx_bytes)
        (made,) = libreoffice([src], target, Path(tmp) / "out")
        return made.read_bytes()


def _pdf(docx_bytes: bytes, name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{Path(name).stem}.docx"
        src.write_bytes(docx_bytes)
        (made,) = libreoffice([src], "pdf", Path(tmp) / "out")
        # (the checksum LibreOffice writes into the trailer changes with the times it stamps)
        return re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: m[0][:14] + b"0" * (len(m[0]) - 14),
                      _fixed_pdf(made.read_bytes()))


def golden_inputs(out: str = "tests/golden/inputs") -> None:
    """The district's plan as 8-bit and UTF-16 text (OLD_TONES_TEXTS), CRLF line ends."""
    for name, codec in OLD_TONES_TEXTS.items():
        data = _cp1258(OLD_TONE_TEXT) if codec == "cp1258" else OLD_TONE_TEXT.replace("\n", "\r\n").encode(codec)
        (Path(out) / name).write_bytes(data)


def main(out: str) -> None:
    from tests.renditions.scans import image_only_pdf

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RESOLUTION).write_bytes(_pdf(resolution(), RESOLUTION))
    (folder / STEERING).write_bytes(steering_plan())
    (folder / ANNEX).write_bytes(annex_plan())
    (folder / OLD_TONES).write_bytes(_converted(old_tones_plan(), OLD_TONES, "doc"))
    (folder / SCAN).write_bytes(image_only_pdf(_pdf(scanned_plan(), SCAN), dpi=300))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
