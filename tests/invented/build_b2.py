"""Invented documents of hold-out round B2: plans whose tasks and duties are laid out in structures
the invented set did not hold yet.

The first batch (golds written before their first extraction):

- a Sở Nội vụ's Kế hoạch (2026) saved from Word as a text PDF by LibreOffice: each task a bold
  heading "Nhiệm vụ 3: ..." followed by labelled dash lines "- Đơn vị chủ trì: ...", "- Đơn vị phối
  hợp: ...", "- Thời gian thực hiện: Quý II/2026", "- Sản phẩm: ..." (.pdf);
- a province's Quyết định (2018) issuing a Quy chế phối hợp after its signature: the Quy chế in
  "Chương I" .. "Chương IV" and "Điều 1" .. "Điều 11", its duties by article ("Điều 6. Trách
  nhiệm của Sở Tài chính") with numbered clauses, no task of its own (.docx);
- a district's Kế hoạch (2021) scraped from its portal to Markdown: "Giải pháp 1." groups, each
  with "Hoạt động 1.1: ..." items followed by a line "Chủ trì: Phòng X. Phối hợp: Y, Z." (.md).

The second batch (golds written before their first extraction too):

- a province's Kế hoạch (2013) as plain text: its tasks four levels deep under the Roman section ("II" >
  "1." field > "1.1." group > "1.1.2." task, each task ending with who leads it in a sentence), one field's
  tasks lettered "a)" .. "đ)" "e)" right under its number; its "Tổ chức thực hiện" by level ("1. Cấp tỉnh"
  with lettered "a) Sở X: ..." items, "2. Cấp huyện", "3. Cấp xã" with a paragraph each) (.txt);
- a province's Kế hoạch (2016) on its portal: its tasks an HTML table "STT | Nội dung công việc | Đơn vị
  thực hiện | Thời gian hoàn thành | Ghi chú", lead and partners in the one cell, written "Sở X (chủ trì);
  Sở Y, Sở Z" or "Chủ trì: X. Phối hợp: Y, Z.", group rows "I" over the other cells (.html);
- a district's Kế hoạch (2010) in Word in "Phần thứ nhất" (the past year's results) and "Phần thứ hai" (the
  plan), its tasks a table by agency "TT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn" whose agency
  cell is merged down over that agency's tasks (the agency leads each of them) (.docx).

The third batch (golds written before their first extraction too):

- a Sở Tư pháp's Kế hoạch (2024) in Word: each task a bold heading "Nhiệm vụ 2. ..." followed by a small ruled table of
  two columns, its labels down the left ("Đơn vị chủ trì | ...", "Đơn vị phối hợp | ...", "Thời gian thực hiện |
  ...", "Kinh phí | ...") (.docx);
- a district's Kế hoạch (2019) on its portal: its tasks an HTML table "STT | Nội dung công việc | Cơ quan chủ trì |
  Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú" whose task cells hold the task's name and, after <br>, its
  dash items, and whose "Ghi chú" cells name where to report (.html).

Everything is invented (the provinces, districts, names, numbers, dates). `python -m
tests.invented.build_b2 OUTDIR` writes the files (the PDF only when soffice is found).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.renditions.wordplans import _paragraph

TASK_LINES_PDF = "b2_snv-xuanlam_45-kh-snv_2026_nhiem-vu-dong-nhan.pdf"
QUY_CHE = "b2_tinh-vanphong_1520-qd-ubnd_2018_quy-che-dieu-trach-nhiem.docx"
GIAI_PHAP_MD = "b2_huyen-thanhkhe_112-kh-ubnd_2021_giai-phap-hoat-dong.md"
FOUR_LEVELS_TXT = "b2_tinh-ngocthuy_86-kh-ubnd_2013_bon-cap-theo-cap.txt"
ONE_CELL_HTML = "b2_tinh-phugiang_142-kh-ubnd_2016_chu-tri-mot-o.html"
BY_AGENCY_DOCX = "b2_huyen-yenthach_45-kh-ubnd_2010_bang-theo-co-quan.docx"
ATTRIBUTE_TABLES_DOCX = "b2_stp-kimsa_38-kh-stp_2024_bang-thuoc-tinh-nhiem-vu.docx"
CELL_ITEMS_HTML = "b2_huyen-dongsa_57-kh-ubnd_2019_o-nhieu-dong.html"


def _body(doc, items) -> None:
    for kind, text in items:
        _paragraph(doc, text, bold=kind == "h", justify=True)


# ---------------------------------------------------------------------------
# 1. A Sở's plan, each task a heading with labelled lines (Word, then a LibreOffice PDF).

NOI_VU_TASKS = [
    ("Rà soát, hoàn thiện danh mục vị trí việc làm trong các cơ quan hành chính cấp tỉnh và cấp xã sau sắp xếp",
     "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
     "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Quý II/2026",
     "Quyết định phê duyệt danh mục vị trí việc làm"),
    ("Xây dựng kế hoạch tuyển dụng công chức cấp xã năm 2026 theo hình thức thi tuyển tập trung",
     "Phòng Công chức, viên chức", "Ủy ban nhân dân các xã, phường", "Quý II/2026",
     "Kế hoạch tuyển dụng trình Ủy ban nhân dân tỉnh"),
    ("Tổ chức bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã sau sắp xếp",
     "Phòng Công chức, viên chức", "Trường Chính trị tỉnh; Ủy ban nhân dân các xã, phường",
     "Quý II - Quý III/2026", "08 lớp bồi dưỡng cho 640 học viên"),
    ("Cập nhật, chuẩn hóa cơ sở dữ liệu cán bộ, công chức, viên chức trên hệ thống quản lý của tỉnh",
     "Văn phòng Sở", "Sở Khoa học và Công nghệ; các cơ quan, đơn vị", "Trước ngày 30/6/2026",
     "Cơ sở dữ liệu được cập nhật đầy đủ, kết nối với cơ sở dữ liệu quốc gia"),
    ("Thẩm định đề án vị trí việc làm và cơ cấu ngạch công chức của các cơ quan, tổ chức hành chính",
     "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Sở Tài chính", "Quý III/2026",
     "Văn bản thẩm định"),
    ("Triển khai đánh giá, xếp loại chất lượng công chức theo kết quả, sản phẩm công việc hằng quý",
     "Phòng Công chức, viên chức", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Hằng quý",
     "Báo cáo kết quả đánh giá, xếp loại"),
    ("Kiểm tra công tác tuyển dụng, sử dụng và quản lý công chức, viên chức tại một số cơ quan, địa phương",
     "Thanh tra Sở", "Phòng Công chức, viên chức", "Quý III - Quý IV/2026",
     "Kết luận kiểm tra"),
    ("Thực hiện chính sách thu hút, trọng dụng người có tài năng vào làm việc trong cơ quan hành chính",
     "Phòng Công chức, viên chức", "Sở Tài chính; Sở Giáo dục và Đào tạo", "Cả năm 2026",
     "Danh sách người có tài năng được tiếp nhận"),
    ("Tổ chức thi nâng ngạch công chức từ ngạch chuyên viên lên ngạch chuyên viên chính năm 2026",
     "Phòng Công chức, viên chức", "Văn phòng Sở", "Quý IV/2026",
     "Quyết định công nhận kết quả thi nâng ngạch"),
    ("Sơ kết, đánh giá kết quả cải cách chế độ công vụ, công chức năm 2026",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Tháng 12/2026",
     "Báo cáo sơ kết trình Ủy ban nhân dân tỉnh"),
]


def noi_vu_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN TỈNH XUÂN LÂM", "SỞ NỘI VỤ", "-------", "Số: 45/KH-SNV"],
            [*MOTTO, "Xuân Lâm, ngày 20 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Cải cách chế độ công vụ, công chức năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Quyết định số 112/QĐ-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Xuân Lâm ban "
              "hành Kế hoạch cải cách hành chính tỉnh Xuân Lâm năm 2026;"),
        ("p", "Sở Nội vụ ban hành Kế hoạch cải cách chế độ công vụ, công chức năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có phẩm chất, năng lực đáp ứng yêu cầu "
              "vận hành chính quyền địa phương hai cấp."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- 100% cơ quan, đơn vị hoàn thành cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức trên hệ thống "
              "của tỉnh;"),
        ("p", "- Ít nhất 90% công chức cấp xã được bồi dưỡng kiến thức quản lý nhà nước sau sắp xếp;"),
        ("p", "- 100% vị trí việc làm trong cơ quan hành chính được rà soát, điều chỉnh theo mô hình tổ chức mới."),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ))
    for i, (title, lead, partner, when, product) in enumerate(NOI_VU_TASKS, 1):
        _paragraph(doc, f"Nhiệm vụ {i}: {title}", bold=True, justify=True)
        for label, value in (("Đơn vị chủ trì", lead), ("Đơn vị phối hợp", partner),
                             ("Thời gian thực hiện", when), ("Sản phẩm", product)):
            _paragraph(doc, f"- {label}: {value}.", justify=True)
    _body(doc, (
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2026 của Sở Nội vụ và của "
              "các cơ quan, đơn vị theo phân cấp ngân sách hiện hành."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch chi tiết, tổ chức "
              "thực hiện bảo đảm đúng tiến độ, chất lượng."),
        ("p", "2. Văn phòng Sở bảo đảm kinh phí, điều kiện làm việc; tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở "
              "trước ngày 05 tháng 12 năm 2026."),
        ("p", "3. Thanh tra Sở lồng ghép nội dung kiểm tra công vụ vào kế hoạch thanh tra, kiểm tra năm 2026."),
        ("p", "4. Đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường phối hợp với Sở Nội vụ thực hiện các "
              "nhiệm vụ có liên quan./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các sở, ban, ngành;", "- UBND các xã, phường;",
                  "- Lưu: VT, CCVC."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trịnh Văn Khải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A Quyết định issuing a Quy chế phối hợp, duties by article.

QUY_CHE_ARTICLES = [
    ("h", "Chương I"),
    ("h", "QUY ĐỊNH CHUNG"),
    ("h", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("p", "1. Quy chế này quy định nguyên tắc, nội dung và trách nhiệm phối hợp giữa các cơ quan nhà nước trong quản "
          "lý nhà nước về giá trên địa bàn tỉnh Vân Phong."),
    ("p", "2. Quy chế này áp dụng đối với các sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân các huyện, thành phố và "
          "các tổ chức, cá nhân có liên quan."),
    ("h", "Điều 2. Nguyên tắc phối hợp"),
    ("p", "1. Việc phối hợp bảo đảm đúng chức năng, nhiệm vụ, quyền hạn của mỗi cơ quan theo quy định của pháp luật."),
    ("p", "2. Cơ quan chủ trì chịu trách nhiệm chính; cơ quan phối hợp có trách nhiệm tham gia đầy đủ, đúng thời hạn."),
    ("h", "Chương II"),
    ("h", "NỘI DUNG PHỐI HỢP"),
    ("h", "Điều 3. Phối hợp trong lập, thẩm định phương án giá"),
    ("p", "Cơ quan lập phương án giá gửi hồ sơ đến Sở Tài chính để thẩm định; trong thời hạn 10 ngày làm việc, các "
          "cơ quan được lấy ý kiến có văn bản trả lời."),
    ("h", "Điều 4. Phối hợp trong kiểm tra việc chấp hành pháp luật về giá"),
    ("p", "Hằng năm, Sở Tài chính chủ trì xây dựng kế hoạch kiểm tra liên ngành về giá, trình Ủy ban nhân dân tỉnh "
          "phê duyệt trước ngày 31 tháng 01."),
    ("h", "Điều 5. Phối hợp trong cung cấp thông tin, báo cáo về giá"),
    ("p", "Các cơ quan, đơn vị gửi báo cáo giá thị trường các mặt hàng thuộc lĩnh vực quản lý về Sở Tài chính trước "
          "ngày 20 hằng tháng."),
    ("h", "Chương III"),
    ("h", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    ("h", "Điều 6. Trách nhiệm của Sở Tài chính"),
    ("p", "1. Là cơ quan đầu mối giúp Ủy ban nhân dân tỉnh thực hiện quản lý nhà nước về giá trên địa bàn tỉnh."),
    ("p", "2. Thẩm định phương án giá, trình Ủy ban nhân dân tỉnh quyết định giá các hàng hóa, dịch vụ thuộc thẩm "
          "quyền."),
    ("p", "3. Tổng hợp, báo cáo tình hình giá cả thị trường trên địa bàn tỉnh theo quy định."),
    ("h", "Điều 7. Trách nhiệm của Sở Công Thương"),
    ("p", "1. Theo dõi cung cầu, giá cả các mặt hàng xăng dầu, điện, phân bón trên địa bàn tỉnh."),
    ("p", "2. Chỉ đạo Chi cục Quản lý thị trường kiểm tra việc niêm yết giá và bán theo giá niêm yết."),
    ("h", "Điều 8. Trách nhiệm của Sở Nông nghiệp và Phát triển nông thôn"),
    ("p", "Theo dõi giá vật tư nông nghiệp, giống cây trồng, vật nuôi, thức ăn chăn nuôi; báo cáo Sở Tài chính khi "
          "giá biến động bất thường."),
    ("h", "Điều 9. Trách nhiệm của Cục Thuế tỉnh"),
    ("p", "Cung cấp thông tin về giá tính thuế, giá kê khai của các doanh nghiệp khi Sở Tài chính đề nghị."),
    ("h", "Điều 10. Trách nhiệm của Ủy ban nhân dân các huyện, thành phố"),
    ("p", "1. Tổ chức thực hiện quản lý nhà nước về giá trên địa bàn theo phân cấp."),
    ("p", "2. Chỉ đạo Phòng Tài chính - Kế hoạch theo dõi giá cả thị trường và báo cáo Sở Tài chính hằng tháng."),
    ("h", "Chương IV"),
    ("h", "TỔ CHỨC THỰC HIỆN"),
    ("h", "Điều 11. Tổ chức thực hiện"),
    ("p", "1. Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các huyện, thành phố có trách nhiệm triển "
          "khai thực hiện Quy chế này."),
    ("p", "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tài chính để "
          "tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ sung cho phù hợp./."),
]


def quy_che_decision() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VÂN PHONG", "-------", "Số: 1520/QĐ-UBND"],
            [*MOTTO, "Vân Phong, ngày 16 tháng 7 năm 2018"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Ban hành Quy chế phối hợp trong quản lý nhà nước về giá trên địa bàn tỉnh Vân Phong", bold=True,
               center=True)
    _paragraph(doc, "ỦY BAN NHÂN DÂN TỈNH VÂN PHONG", bold=True, center=True)
    for line in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 "Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;",
                 "Căn cứ Nghị định số 177/2013/NĐ-CP ngày 14 tháng 11 năm 2013 của Chính phủ quy định chi tiết và "
                 "hướng dẫn thi hành một số điều của Luật Giá;",
                 "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 245/TTr-STC ngày 02 tháng 7 năm 2018."):
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    _body(doc, (
        ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong quản lý nhà nước về giá trên địa bàn "
              "tỉnh Vân Phong."),
        ("p", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
        ("p", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các sở, ban, ngành "
              "thuộc tỉnh và Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định "
              "này./."),
    ))
    closing(doc, ["- Như Điều 3;", "- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Lưu: VT, KTTH."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Minh Đức"])
    doc.add_page_break()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VÂN PHONG", "-------"], MOTTO, bold=(2, 2))
    _paragraph(doc, "QUY CHẾ", bold=True, center=True, size=14)
    _paragraph(doc, "Phối hợp trong quản lý nhà nước về giá trên địa bàn tỉnh Vân Phong", bold=True, center=True)
    _paragraph(doc, "(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 16 tháng 7 năm 2018 của Ủy ban nhân dân "
                    "tỉnh Vân Phong)", italic=True, center=True)
    for kind, text in QUY_CHE_ARTICLES:
        _paragraph(doc, text, bold=kind == "h", center=text.startswith("Chương") or text.isupper(),
                   justify=not (text.startswith("Chương") or text.isupper()))
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A district's plan scraped to Markdown: "Giải pháp 1." groups of "Hoạt động 1.1:" items.

GIAI_PHAP_MD_TEXT = """\
[Trang chủ](/) > [Văn bản chỉ đạo điều hành](/van-ban)

# Kế hoạch số 112/KH-UBND về phát triển giáo dục mầm non huyện Thanh Khê năm 2021

Ngày đăng: 26/02/2021 | Lượt xem: 318

**ỦY BAN NHÂN DÂN HUYỆN THANH KHÊ**

Số: 112/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Thanh Khê, ngày 24 tháng 02 năm 2021*

**KẾ HOẠCH**

**Phát triển giáo dục mầm non huyện Thanh Khê năm 2021**

Thực hiện Kế hoạch số 35/KH-UBND ngày 18 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh Hòa Bắc về phát triển giáo dục mầm non tỉnh Hòa Bắc năm 2021, Ủy ban nhân dân huyện Thanh Khê ban hành Kế hoạch thực hiện như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ em trong các cơ sở giáo dục mầm non; mở rộng mạng lưới trường, lớp ở các xã khó khăn.

**2. Mục tiêu cụ thể**

- Tỷ lệ huy động trẻ em từ 3 đến 5 tuổi đến trường đạt 97%;
- Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi ở các cơ sở giáo dục mầm non giảm xuống dưới 6,5%;
- 100% cơ sở giáo dục mầm non công lập tổ chức bán trú.

**II. GIẢI PHÁP VÀ HOẠT ĐỘNG CHỦ YẾU**

**Giải pháp 1. Phát triển mạng lưới trường, lớp mầm non**

Hoạt động 1.1: Rà soát, sắp xếp các điểm trường lẻ ở các xã Tân Hòa, Phước Sơn, Đồng Lâm theo quy hoạch mạng lưới trường, lớp.

Chủ trì: Phòng Giáo dục và Đào tạo. Phối hợp: Ủy ban nhân dân các xã, thị trấn.

Hoạt động 1.2: Đầu tư xây dựng 12 phòng học mầm non kiên cố tại các xã khó khăn.

Chủ trì: Ban Quản lý dự án đầu tư xây dựng huyện. Phối hợp: Phòng Tài chính - Kế hoạch, Phòng Giáo dục và Đào tạo.

Hoạt động 1.3: Khuyến khích thành lập nhóm trẻ độc lập tư thục tại thị trấn Thanh Khê và các khu công nghiệp.

Chủ trì: Phòng Giáo dục và Đào tạo. Phối hợp: Ủy ban nhân dân thị trấn Thanh Khê.

**Giải pháp 2. Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ**

Hoạt động 2.1: Tổ chức bồi dưỡng chuyên môn cho 180 giáo viên mầm non về chương trình giáo dục mầm non lấy trẻ làm trung tâm.

Chủ trì: Phòng Giáo dục và Đào tạo. Phối hợp: các trường mầm non.

Hoạt động 2.2: Kiểm tra an toàn thực phẩm tại bếp ăn bán trú của các cơ sở giáo dục mầm non.

Chủ trì: Phòng Y tế. Phối hợp: Trung tâm Y tế huyện, Phòng Giáo dục và Đào tạo.

Hoạt động 2.3: Theo dõi biểu đồ tăng trưởng, khám sức khỏe định kỳ cho trẻ 2 lần/năm học.

Chủ trì: Trung tâm Y tế huyện. Phối hợp: các trường mầm non.

**Giải pháp 3. Huy động nguồn lực và truyền thông**

Hoạt động 3.1: Tuyên truyền về vai trò của giáo dục mầm non trên Đài Truyền thanh huyện và hệ thống loa các xã.

Chủ trì: Trung tâm Văn hóa, Thông tin và Thể thao huyện. Phối hợp: Phòng Văn hóa và Thông tin.

Hoạt động 3.2: Vận động doanh nghiệp, nhà hảo tâm hỗ trợ đồ dùng, đồ chơi cho các điểm trường lẻ.

Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam huyện. Phối hợp: Hội Liên hiệp Phụ nữ huyện, Huyện đoàn.

Hoạt động 3.3: Bố trí kinh phí hỗ trợ ăn trưa cho trẻ em mẫu giáo theo chính sách của Nhà nước.

Chủ trì: Phòng Tài chính - Kế hoạch. Phối hợp: Phòng Lao động - Thương binh và Xã hội.

**III. TỔ CHỨC THỰC HIỆN**

1. Phòng Giáo dục và Đào tạo là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 12 năm 2021.

2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện các hoạt động trong dự toán năm 2021.

3. Trung tâm Y tế huyện chỉ đạo trạm y tế các xã, thị trấn phối hợp với các trường mầm non chăm sóc sức khỏe trẻ em.

4. Ủy ban nhân dân các xã, thị trấn bố trí quỹ đất, huy động nguồn lực xã hội hóa phát triển trường, lớp mầm non trên địa bàn.

**Nơi nhận:**
- UBND tỉnh Hòa Bắc (b/c);
- Sở Giáo dục và Đào tạo;
- TT Huyện ủy, TT HĐND huyện;
- Các cơ quan, đơn vị có tên tại mục II;
- Lưu: VT, GDĐT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lê Thị Hồng Nhung**

---

Tin liên quan: [Kế hoạch tuyển sinh năm học 2021-2022](/van-ban/tuyen-sinh-2021)
"""


# ---------------------------------------------------------------------------
# 4. A province's plan as text: four levels of tasks, a field's tasks lettered to "e)", duties by level.

FOUR_LEVELS_TEXT = """\
ỦY BAN NHÂN DÂN
TỈNH NGỌC THỦY
--------
Số: 86/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Ngọc Thủy, ngày 12 tháng 4 năm 2013

KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Ngọc Thủy giai đoạn 2013 - 2020

Căn cứ Quyết định số 215/QĐ-TTg ngày 09 tháng 01 năm 2013 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2012 - 2020";
Ủy ban nhân dân tỉnh Ngọc Thủy ban hành Kế hoạch xây dựng xã hội học tập giai đoạn 2013 - 2020 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Tạo cơ hội cho mọi người dân được học tập suốt đời, góp phần nâng cao dân trí, đào tạo nhân lực và bồi dưỡng nhân tài cho tỉnh.
2. Mục tiêu cụ thể
- Đến năm 2020, 98% người trong độ tuổi từ 15 đến 35 biết chữ;
- Đến năm 2020, 90% trung tâm học tập cộng đồng hoạt động có hiệu quả;
- Đến năm 2020, 60% gia đình đạt danh hiệu "Gia đình học tập".

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nâng cao nhận thức về xây dựng xã hội học tập
1.1. Công tác tuyên truyền
1.1.1. Tuyên truyền về học tập suốt đời trên Báo Ngọc Thủy, Đài Phát thanh và Truyền hình tỉnh: Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Ngọc Thủy, Đài Phát thanh và Truyền hình tỉnh thực hiện.
1.1.2. Biên soạn, phát hành tài liệu hỏi đáp về xây dựng xã hội học tập: Hội Khuyến học tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.
1.2. Phong trào thi đua
1.2.1. Phát động phong trào "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập": Hội Khuyến học tỉnh chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh thực hiện.
1.2.2. Đưa tiêu chí học tập suốt đời vào bình xét danh hiệu gia đình văn hóa, thôn, tổ dân phố văn hóa: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Hội Khuyến học tỉnh thực hiện.
2. Phát triển mạng lưới cơ sở giáo dục thường xuyên
2.1. Trung tâm học tập cộng đồng
2.1.1. Củng cố, kiện toàn ban giám đốc trung tâm học tập cộng đồng ở 100% xã, phường, thị trấn: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố thực hiện.
2.1.2. Bố trí cán bộ chuyên trách cho trung tâm học tập cộng đồng: Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.
2.2. Trung tâm giáo dục thường xuyên
2.2.1. Đầu tư cơ sở vật chất, thiết bị cho trung tâm giáo dục thường xuyên cấp huyện: Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Giáo dục và Đào tạo thực hiện.
2.2.2. Sáp nhập trung tâm giáo dục thường xuyên với trung tâm dạy nghề cấp huyện: Sở Nội vụ chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội thực hiện.
3. Đa dạng hóa các hình thức học tập
a) Mở lớp xóa mù chữ và chống tái mù chữ cho đồng bào dân tộc thiểu số ở các xã vùng cao: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ban Dân tộc tỉnh thực hiện.
b) Dạy nghề ngắn hạn cho lao động nông thôn tại trung tâm học tập cộng đồng: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn thực hiện.
c) Xây dựng thư viện, tủ sách ở thôn, bản và tổ dân phố: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Tỉnh đoàn thực hiện.
d) Tổ chức học tập chuyên đề về pháp luật cho người dân: Sở Tư pháp chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố thực hiện.
đ) Phổ biến kiến thức khoa học, kỹ thuật nông nghiệp cho nông dân: Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Hội Nông dân tỉnh thực hiện.
e) Phát triển học tập qua mạng cho cán bộ, công chức, viên chức: Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ thực hiện.

III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp hiện hành, lồng ghép các chương trình mục tiêu và huy động nguồn xã hội hóa.

IV. TỔ CHỨC THỰC HIỆN
1. Cấp tỉnh
a) Sở Giáo dục và Đào tạo: là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
b) Sở Lao động - Thương binh và Xã hội: chỉ đạo các cơ sở dạy nghề phối hợp với trung tâm học tập cộng đồng tổ chức dạy nghề cho lao động nông thôn.
c) Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm.
d) Sở Văn hóa, Thể thao và Du lịch: hướng dẫn lồng ghép tiêu chí học tập vào phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
đ) Hội Khuyến học tỉnh: chủ trì phát động, đánh giá, công nhận các danh hiệu học tập.
2. Cấp huyện
Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện trên địa bàn; chỉ đạo Phòng Giáo dục và Đào tạo hướng dẫn chuyên môn cho trung tâm học tập cộng đồng.
3. Cấp xã
Ủy ban nhân dân các xã, phường, thị trấn củng cố trung tâm học tập cộng đồng; huy động người dân tham gia học tập; đánh giá, công nhận "Gia đình học tập" hằng năm.

Nơi nhận:
- Bộ Giáo dục và Đào tạo (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đỗ Thị Phương Lan
"""


# ---------------------------------------------------------------------------
# 5. A province's portal page: lead and partners in one cell of the task table.

ONE_CELL_ROWS = [
    ("I", "Công tác truyền thông, giáo dục", None, None),
    ("1", "Tuyên truyền về phòng, chống mua bán người trên Báo Phú Giang và Đài Phát thanh - Truyền hình tỉnh",
     "Sở Thông tin và Truyền thông (chủ trì); Báo Phú Giang, Đài Phát thanh - Truyền hình tỉnh", "Hằng năm"),
    ("2", "Tổ chức truyền thông tại các xã biên giới và vùng đồng bào dân tộc thiểu số",
     "Chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Phối hợp: Ủy ban nhân dân các huyện biên giới.", "Hằng năm"),
    ("3", "Lồng ghép nội dung phòng, chống mua bán người vào chương trình ngoại khóa ở trường trung học",
     "Sở Giáo dục và Đào tạo (chủ trì); Tỉnh đoàn", "Năm học 2016 - 2017"),
    ("II", "Công tác phòng ngừa, đấu tranh với tội phạm", None, None),
    ("4", "Điều tra cơ bản địa bàn trọng điểm về tội phạm mua bán người",
     "Chủ trì: Công an tỉnh. Phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Viện Kiểm sát nhân dân tỉnh.", "Quý IV/2016"),
    ("5", "Kiểm tra hoạt động môi giới kết hôn có yếu tố nước ngoài và dịch vụ việc làm",
     "Sở Tư pháp (chủ trì); Sở Lao động - Thương binh và Xã hội, Công an tỉnh", "Hằng năm"),
    ("6", "Xét xử lưu động các vụ án mua bán người điểm tại địa phương",
     "Tòa án nhân dân tỉnh", "Hằng năm"),
    ("III", "Công tác tiếp nhận, hỗ trợ nạn nhân", None, None),
    ("7", "Tiếp nhận, hỗ trợ ban đầu cho nạn nhân bị mua bán trở về",
     "Chủ trì: Sở Lao động - Thương binh và Xã hội. Phối hợp: Công an tỉnh, Hội Liên hiệp Phụ nữ tỉnh.",
     "Thường xuyên"),
    ("8", "Hỗ trợ vay vốn, học nghề cho nạn nhân tái hòa nhập cộng đồng",
     "Chi nhánh Ngân hàng Chính sách xã hội tỉnh (chủ trì); Sở Lao động - Thương binh và Xã hội, Hội Liên hiệp Phụ "
     "nữ tỉnh", "2016 - 2020"),
    ("9", "Sơ kết 03 năm, tổng kết thực hiện Kế hoạch",
     "Chủ trì: Công an tỉnh. Phối hợp: các sở, ngành liên quan.", "Năm 2018, năm 2020"),
]


def one_cell_html() -> str:
    rows = []
    for code, content, who, when in ONE_CELL_ROWS:
        if who is None:
            rows.append(f'<tr><td style="text-align:center"><b>{code}</b></td><td colspan="4"><b>{content}</b></td></tr>')
        else:
            rows.append(f'<tr><td style="text-align:center">{code}</td><td>{content}</td><td>{who}</td>'
                        f'<td>{when}</td><td></td></tr>')
    table = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch số 142/KH-UBND - Cổng thông tin điện tử tỉnh Phú Giang</title></head>
<body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="content">
<table class="header" style="width:100%;border:none">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>TỈNH PHÚ GIANG</b><br>-------<br>Số: 142/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>
<i>Phú Giang, ngày 18 tháng 3 năm 2016</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020 trên địa bàn tỉnh Phú Giang</b></p>
<p>Thực hiện Quyết định số 1762/QĐ-TTg ngày 22 tháng 12 năm 2015 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Kiềm chế, làm giảm tội phạm mua bán người; bảo đảm nạn nhân bị mua bán được tiếp nhận, hỗ trợ kịp thời.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- Phấn đấu điều tra, khám phá trên 85% số vụ mua bán người được phát hiện;</p>
<p>- 100% nạn nhân bị mua bán trở về được tiếp nhận, hỗ trợ theo quy định.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<p>Các nhiệm vụ cụ thể được phân công như sau:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>STT</th><th>Nội dung công việc</th><th>Đơn vị thực hiện</th><th>Thời gian hoàn thành</th><th>Ghi chú</th></tr>
{table}
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.</p>
<p>2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
<p>3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động Nhân dân tham gia phòng, chống mua bán người.</p>
<p>4. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện tại địa phương./.</p>
<table style="width:100%;border:none"><tr>
<td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Bộ Công an (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các huyện, thành phố;<br>- Lưu: VT, NC.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Nguyễn Hữu Thắng</b></td>
</tr></table>
</div>
<div class="footer">Cổng thông tin điện tử tỉnh Phú Giang. Địa chỉ: số 2 đường Trần Phú, thành phố Phú Giang.</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# 6. A district's plan in two Parts, its tasks a table by agency, the agency cell merged down.

BY_AGENCY_ROWS = [
    ("Phòng Giáo dục và Đào tạo", [
        ("Hướng dẫn các trường trung học cơ sở rà soát, lập hồ sơ phổ cập giáo dục năm 2010", "Tháng 9/2010"),
        ("Tổ chức kiểm tra, công nhận xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở", "Tháng 11/2010"),
        ("Bồi dưỡng nghiệp vụ cho cán bộ phụ trách phổ cập giáo dục ở các xã, thị trấn", "Tháng 8/2010")]),
    ("Phòng Tài chính - Kế hoạch", [
        ("Bố trí kinh phí điều tra, cập nhật số liệu phổ cập giáo dục", "Tháng 7/2010")]),
    ("Phòng Lao động - Thương binh và Xã hội", [
        ("Hỗ trợ học sinh thuộc hộ nghèo tiếp tục đi học sau trung học cơ sở", "Năm học 2010 - 2011"),
        ("Phân luồng học sinh sau trung học cơ sở vào học nghề", "Năm học 2010 - 2011")]),
    ("Trung tâm Giáo dục thường xuyên huyện", [
        ("Mở lớp bổ túc trung học cơ sở cho thanh thiếu niên bỏ học ở các xã vùng cao", "Tháng 10/2010")]),
    ("Ủy ban nhân dân các xã, thị trấn", [
        ("Điều tra, cập nhật phiếu hộ gia đình về trình độ học vấn", "Tháng 8/2010"),
        ("Vận động học sinh bỏ học trở lại lớp", "Thường xuyên")]),
]


def by_agency_plan() -> bytes:
    from tests.probes.tables_docx import _table
    from tests.renditions.wordplans import _widths
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN THẠCH", "-------", "Số: 45/KH-UBND"],
            [*MOTTO, "Yên Thạch, ngày 02 tháng 7 năm 2010"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Củng cố, duy trì kết quả phổ cập giáo dục trung học cơ sở năm 2010", bold=True, center=True)
    _body(doc, (
        ("p", "Thực hiện Kế hoạch số 118/KH-UBND ngày 10 tháng 6 năm 2010 của Ủy ban nhân dân tỉnh Bắc Hà Nam về phổ "
              "cập giáo dục năm 2010, Ủy ban nhân dân huyện Yên Thạch xây dựng Kế hoạch như sau:"),
        ("h", "Phần thứ nhất"),
        ("h", "KẾT QUẢ PHỔ CẬP GIÁO DỤC TRUNG HỌC CƠ SỞ NĂM 2009"),
        ("p", "Năm 2009, toàn huyện có 17/19 xã, thị trấn giữ vững chuẩn phổ cập giáo dục trung học cơ sở; tỷ lệ thanh "
              "thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp trung học cơ sở đạt 86,4%."),
        ("p", "Tuy nhiên, tỷ lệ học sinh bỏ học ở các xã vùng cao còn cao; cơ sở vật chất của một số trường chưa bảo "
              "đảm."),
        ("h", "Phần thứ hai"),
        ("h", "KẾ HOẠCH NĂM 2010"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- 19/19 xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở;"),
        ("p", "- Tỷ lệ thanh thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp trung học cơ sở đạt 90%;"),
        ("p", "- Tỷ lệ học sinh bỏ học ở cấp trung học cơ sở dưới 1,5%."),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ))
    rows = [["TT", "Cơ quan, đơn vị", "Nhiệm vụ được giao", "Thời hạn"]]
    merges = []
    n = 0
    for agency, tasks in BY_AGENCY_ROWS:
        first = len(rows)
        for i, (task, when) in enumerate(tasks):
            n += 1
            rows.append([str(n), agency if i == 0 else "", task, when])
        if len(tasks) > 1:
            merges.append(((first, 1), (first + len(tasks) - 1, 1)))
    table = _table(doc, rows, merges=tuple(merges))
    _widths(table, [1.0, 4.5, 8.0, 3.0])
    _body(doc, (
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Giáo dục và Đào tạo là cơ quan thường trực, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện "
              "trước ngày 30 tháng 11 năm 2010."),
        ("p", "2. Đề nghị Hội Khuyến học huyện vận động các gia đình, dòng họ động viên con em đi học."),
        ("p", "3. Ủy ban nhân dân các xã, thị trấn kiện toàn Ban Chỉ đạo phổ cập giáo dục cấp xã./."),
    ))
    closing(doc, ["- Sở Giáo dục và Đào tạo (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Các cơ quan, đơn vị tại mục II;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Bình"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. A Sở's plan, each task a heading over a two-column table of its attributes.

ATTRIBUTE_TASKS = [
    ("Phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ 6 cho cán bộ, công chức, viên chức",
     "Phòng Phổ biến, giáo dục pháp luật", "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố", "Quý I - Quý II/2024",
     "Từ dự toán năm 2024 của Sở Tư pháp"),
    ("Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy",
     "Phòng Phổ biến, giáo dục pháp luật", "Công an tỉnh; Tỉnh đoàn", "Tháng 6 - Tháng 8/2024",
     "Từ dự toán năm 2024 của Sở Tư pháp"),
    ("Kiện toàn đội ngũ báo cáo viên pháp luật cấp tỉnh",
     "Văn phòng Sở", "Các sở, ban, ngành", "Quý II/2024", "Không phát sinh"),
    ("Hướng dẫn đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
     "Phòng Phổ biến, giáo dục pháp luật", "Ủy ban nhân dân các huyện, thành phố", "Quý III/2024",
     "Từ dự toán năm 2024 của Sở Tư pháp"),
    ("Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật",
     "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", "Văn phòng Ủy ban nhân dân tỉnh", "Thường xuyên",
     "Không phát sinh"),
    ("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024",
     "Phòng Phổ biến, giáo dục pháp luật", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh; Báo Kim Sa",
     "Tháng 10 - Tháng 11/2024", "Từ dự toán năm 2024 của Sở Tư pháp"),
]


def attribute_tables_plan() -> bytes:
    from tests.probes.tables_docx import _table
    from tests.renditions.wordplans import _widths
    doc = _new()
    _layout(doc, ["UBND TỈNH KIM SA", "SỞ TƯ PHÁP", "-------", "Số: 38/KH-STP"],
            [*MOTTO, "Kim Sa, ngày 22 tháng 01 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phổ biến, giáo dục pháp luật năm 2024", bold=True, center=True)
    _body(doc, (
        ("p", "Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Kim Sa về công tác "
              "phổ biến, giáo dục pháp luật năm 2024, Sở Tư pháp ban hành Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Nâng cao hiệu quả phổ biến, giáo dục pháp luật, chú trọng ứng dụng công nghệ thông tin; phấn đấu 100% "
              "văn bản quy phạm pháp luật của tỉnh được cập nhật trên Cơ sở dữ liệu quốc gia về pháp luật và 85% xã, "
              "phường, thị trấn đạt chuẩn tiếp cận pháp luật."),
        ("h", "II. NHIỆM VỤ"),
    ))
    for i, (title, lead, partner, when, money) in enumerate(ATTRIBUTE_TASKS, 1):
        _paragraph(doc, f"Nhiệm vụ {i}. {title}", bold=True, justify=True)
        table = _table(doc, [["Đơn vị chủ trì", lead], ["Đơn vị phối hợp", partner], ["Thời gian thực hiện", when],
                             ["Kinh phí", money]])
        _widths(table, [4.5, 11.5])
    _body(doc, (
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Phổ biến, giáo dục pháp luật là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả "
              "báo cáo Giám đốc Sở trước ngày 30 tháng 11 năm 2024."),
        ("p", "2. Văn phòng Sở bảo đảm kinh phí thực hiện Kế hoạch theo dự toán được giao."),
        ("p", "3. Đề nghị các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố phối hợp thực hiện./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Tư pháp (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
                  "- Lưu: VT, PBGDPL."],
            ["GIÁM ĐỐC", "", "", "Phan Thanh Tùng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. A district's portal page: a task cell holding its name and its dash items after <br>.

CELL_ITEMS_ROWS = [
    ("Tuyên truyền chính sách dân tộc", ["Tuyên truyền trên Đài Truyền thanh - Truyền hình huyện",
                                         "Cấp phát báo, tạp chí cho người có uy tín"],
     "Phòng Dân tộc", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "Cả năm", ""),
    ("Thăm hỏi, tặng quà người có uy tín trong đồng bào dân tộc thiểu số", ["Dịp Tết Nguyên đán Kỷ Hợi",
                                                                             "Dịp Tết cổ truyền của đồng bào Khmer"],
     "Phòng Dân tộc", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Quý I, Quý II/2019", ""),
    ("Hỗ trợ đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo", ["Rà soát, lập danh sách hộ",
                                                                                      "Cấp 120 bồn chứa nước sinh hoạt"],
     "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Tài nguyên và Môi trường; Ủy ban nhân dân các xã",
     "Quý III/2019", "Báo cáo kết quả về Phòng Dân tộc"),
    ("Đào tạo nghề cho lao động người dân tộc thiểu số", ["Mở 06 lớp nghề nông nghiệp",
                                                          "Giới thiệu việc làm sau học nghề"],
     "Phòng Lao động - Thương binh và Xã hội", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     "Quý II - Quý IV/2019", ""),
    ("Kiểm tra việc thực hiện chính sách dân tộc tại các xã", ["Kiểm tra 05 xã có đông đồng bào dân tộc thiểu số"],
     "Phòng Dân tộc", "Phòng Tài chính - Kế hoạch", "Quý IV/2019", "Báo cáo kết quả về Ủy ban nhân dân huyện"),
    ("Tổng kết công tác dân tộc năm 2019", [], "Phòng Dân tộc", "Các cơ quan, đơn vị liên quan", "Tháng 12/2019", ""),
]


def cell_items_html() -> str:
    rows = []
    for i, (title, items, lead, partner, when, note) in enumerate(CELL_ITEMS_ROWS, 1):
        cell = "<br>".join([title, *[f"- {x}" for x in items]])
        rows.append(f"<tr><td>{i}</td><td>{cell}</td><td>{lead}</td><td>{partner}</td><td>{when}</td><td>{note}</td></tr>")
    table = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch công tác dân tộc năm 2019 - UBND huyện Đông Sa</title></head>
<body>
<div id="nav"><a href="/">Trang chủ</a> &gt; <a href="/chi-dao-dieu-hanh">Chỉ đạo điều hành</a></div>
<div id="main">
<p><b>ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SA</b></p>
<p>Số: 57/KH-UBND</p>
<p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Đông Sa, ngày 14 tháng 3 năm 2019</i></p>
<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Thực hiện công tác dân tộc năm 2019</b></p>
<p>Căn cứ Quyết định số 86/QĐ-UBND ngày 25 tháng 01 năm 2019 của Ủy ban nhân dân tỉnh Hậu Sa về giao chỉ tiêu kế hoạch công tác dân tộc năm 2019;</p>
<p>Ủy ban nhân dân huyện Đông Sa xây dựng Kế hoạch thực hiện công tác dân tộc năm 2019 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>Nâng cao đời sống vật chất, tinh thần của đồng bào dân tộc thiểu số; giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số xuống dưới 9% vào cuối năm 2019.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>STT</th><th>Nội dung công việc</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th><th>Ghi chú</th></tr>
{table}
</table>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Dân tộc chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện.</p>
<p>2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện các nhiệm vụ.</p>
<p>3. Ủy ban nhân dân các xã phối hợp triển khai các nhiệm vụ trên địa bàn./.</p>
<p><b><i>Nơi nhận:</i></b><br>- Ban Dân tộc tỉnh (b/c);<br>- TT Huyện ủy, TT HĐND huyện;<br>- Các cơ quan, đơn vị có tên tại mục II;<br>- Lưu: VT.</p>
<p style="text-align:right"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><b>Thạch Sô Phol</b></p>
</div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân huyện Đông Sa</div>
</body></html>
"""


def _soffice(docx_bytes: bytes, name: str, target: str) -> bytes:
    from tests.invented.build_r import _soffice as convert
    return convert(docx_bytes, name, target)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / QUY_CHE).write_bytes(quy_che_decision())
    (folder / GIAI_PHAP_MD).write_text(GIAI_PHAP_MD_TEXT, encoding="utf-8")
    (folder / FOUR_LEVELS_TXT).write_text(FOUR_LEVELS_TEXT, encoding="utf-8")
    (folder / ONE_CELL_HTML).write_text(one_cell_html(), encoding="utf-8")
    (folder / BY_AGENCY_DOCX).write_bytes(by_agency_plan())
    (folder / ATTRIBUTE_TABLES_DOCX).write_bytes(attribute_tables_plan())
    (folder / CELL_ITEMS_HTML).write_text(cell_items_html(), encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF not written", file=sys.stderr)
        return
    (folder / TASK_LINES_PDF).write_bytes(_soffice(noi_vu_plan(), TASK_LINES_PDF, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
