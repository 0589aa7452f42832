"""Invented documents of hold-out round E3: new documents of the dev set's kinds, other content.

- a Sở's Kế hoạch of 2012 saved as a legacy .doc: number and day left blank, tasks by phase
  ("Giai đoạn 1 (từ tháng 10 đến tháng 12/2012): ...") with "Phòng X chủ trì", duties per unit,
  kinh phí from the unit's recurrent budget with no figure (.doc);
- a Sở's Công văn of 2012 as an image-only scan (300 dpi raster of its LibreOffice PDF):
  "V/v đăng ký tham gia ...", "Kính gửi:" a list, "Thực hiện Kế hoạch số ...", numbered
  requests with deadlines, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" (.pdf, no text layer);
- a merged province's Kế hoạch kiểm tra of 2026 with its schedule in a Word table
  "STT | Đơn vị được kiểm tra | Thời gian | Thành phần đoàn" and a Kinh phí sentence naming
  sources but no figure (.docx);
- a province's Báo cáo of late 2025 on public investment as a text PDF (LibreOffice export):
  past results in % and tỷ đồng, a "Phương hướng, nhiệm vụ năm 2026" part with tasks and a few
  2026 targets (.pdf);
- a Bộ's short Quyết định of 2026 as a text PDF: Căn cứ lines, "Theo đề nghị của Vụ trưởng
  ...", Điều 1-4, Nơi nhận (.pdf);
- a Markdown chunk (no header) of a province's decision holding its Điều 1 allocation in
  "triệu đồng" for 03 projects, Điều 2 duties and Điều 3 executors (.md);
- a scraped Markdown Kế hoạch tài chính - ngân sách 03 năm 2027-2029 with a flattened header
  table, revenue and spending by year in tỷ đồng beside GRDP and per-capita income (.md);
- a word-segmented 2009 district HĐND resolution on the socio-economic plan of 2010 with its
  targets and a budget list in triệu đồng (.txt).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m
tests.invented.build_e3 OUTDIR` writes every file; the .doc and the PDFs need soffice, and their
bytes carry the time of the conversion (the files in raw/ are the ones the golds were written
against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

PHASES = "e3_snn-quanglam_kh-snn_2012_chuyen-doi-cay-trong.doc"
LETTER = "e3_sgddt-tanlinh_1247-sgddt-gdtrh_2012_cong-van-scan.pdf"
INSPECTION = "e3_tinh-donghai_47-kh-ubnd_2026_kiem-tra-van-thu.docx"
REPORT = "e3_tinh-bactra_402-bc-ubnd_2025_dau-tu-cong.pdf"
DECISION = "e3_bkhcn_1342-qd-bkhcn_2026_to-cong-tac.pdf"
CHUNK = "e3_tinh-khanhbinh_qd-ubnd_2024_phan-bo-von-chunk.md"
THREE_YEAR = "e3_tinh-longthuy_318-kh-ubnd_2026_tai-chinh-3-nam-md.md"
SEGMENTED = "e3_hdnd-huyen-yenbinh_nq-hdnd_2009_kt-xh-wordseg.txt"


# ---------------------------------------------------------------------------
# 1. The Sở's plan by phases, 2012, saved as .doc.

PHASES_BODY = [
    ("i", "Thực hiện Quyết định số 1568/QĐ-UBND ngày 20 tháng 8 năm 2012 của Ủy ban nhân dân tỉnh Quảng Lâm về "
          "việc phê duyệt Đề án chuyển đổi cơ cấu cây trồng trên đất lúa giai đoạn 2012 - 2015; Sở Nông nghiệp và "
          "Phát triển nông thôn xây dựng Kế hoạch triển khai thực hiện năm 2012 - 2013 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "- Cụ thể hóa các nội dung của Đề án chuyển đổi cơ cấu cây trồng trên đất lúa của tỉnh thành các nhiệm vụ "
          "cụ thể, phân công rõ trách nhiệm cho từng phòng, đơn vị thuộc Sở."),
    ("p", "- Nâng cao hiệu quả sử dụng đất, tăng thu nhập cho người sản xuất trên diện tích đất lúa kém hiệu quả, "
          "góp phần thực hiện tái cơ cấu ngành nông nghiệp."),
    ("h", "2. Yêu cầu"),
    ("p", "- Các phòng, đơn vị được giao nhiệm vụ chủ động phối hợp chặt chẽ với Phòng Nông nghiệp và Phát triển "
          "nông thôn các huyện, thành phố trong quá trình triển khai."),
    ("p", "- Việc chuyển đổi phải theo quy hoạch, bảo đảm không làm mất đi các điều kiện cần thiết để trồng lúa "
          "trở lại; không chuyển đổi tự phát, manh mún."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Chuyển đổi diện tích đất trồng lúa kém hiệu quả sang trồng các loại cây hằng năm có giá trị kinh tế cao "
          "hơn, phù hợp với điều kiện thổ nhưỡng và thị trường tiêu thụ, nâng cao giá trị sản xuất trên một đơn vị "
          "diện tích."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "- Đến hết năm 2013, chuyển đổi 1.250 ha đất lúa kém hiệu quả sang trồng ngô, đậu tương, lạc và rau màu "
          "các loại."),
    ("p", "- Giá trị sản xuất bình quân trên diện tích chuyển đổi tăng ít nhất 30% so với trồng lúa."),
    ("p", "- 100% diện tích chuyển đổi được hướng dẫn quy trình kỹ thuật canh tác."),
    ("p", "- Trên 70% số hộ tham gia chuyển đổi được tập huấn kỹ thuật sản xuất."),
    ("h", "III. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN"),
    ("h", "1. Giai đoạn 1 (từ tháng 10 đến tháng 12/2012): Chuẩn bị và triển khai thí điểm"),
    ("p", "a) Rà soát, xác định diện tích đất lúa kém hiệu quả có khả năng chuyển đổi tại các huyện, thành phố. "
          "Phòng Trồng trọt chủ trì, phối hợp với Chi cục Bảo vệ thực vật và Phòng Nông nghiệp và Phát triển nông "
          "thôn các huyện, thành phố thực hiện; hoàn thành trong tháng 11/2012."),
    ("p", "b) Xây dựng 05 mô hình trình diễn chuyển đổi từ lúa sang ngô lai và đậu tương vụ Đông. Trung tâm Khuyến "
          "nông chủ trì, phối hợp với Ủy ban nhân dân các xã có mô hình thực hiện."),
    ("p", "c) Biên soạn tài liệu, tổ chức tập huấn kỹ thuật canh tác cây trồng cạn trên đất lúa cho cán bộ khuyến "
          "nông cơ sở. Chi cục Bảo vệ thực vật chủ trì, phối hợp với Trung tâm Khuyến nông thực hiện."),
    ("h", "2. Giai đoạn 2 (từ tháng 01 đến tháng 6/2013): Nhân rộng mô hình"),
    ("p", "a) Hướng dẫn các huyện, thành phố xây dựng kế hoạch chuyển đổi vụ Xuân và vụ Hè Thu năm 2013; theo dõi, "
          "tổng hợp tiến độ hằng tháng. Phòng Trồng trọt chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông "
          "thôn các huyện, thành phố thực hiện."),
    ("p", "b) Hướng dẫn thủ tục hỗ trợ giống, vật tư cho các hộ chuyển đổi theo chính sách của tỉnh. Phòng Kế hoạch "
          "- Tài chính chủ trì, phối hợp với Phòng Trồng trọt thực hiện."),
    ("p", "c) Kết nối doanh nghiệp thu mua ngô, đậu tương với các vùng chuyển đổi tập trung. Chi cục Quản lý chất "
          "lượng Nông lâm sản và Thủy sản chủ trì, phối hợp với Trung tâm Khuyến nông thực hiện."),
    ("h", "3. Giai đoạn 3 (từ tháng 7 đến tháng 12/2013): Đánh giá, tổng kết"),
    ("p", "a) Kiểm tra việc chuyển đổi tại các huyện, thành phố, xử lý các trường hợp chuyển đổi không theo quy hoạch. "
          "Thanh tra Sở chủ trì, phối hợp với Phòng Trồng trọt thực hiện."),
    ("p", "b) Đánh giá hiệu quả kinh tế của các mô hình, tổng kết 02 năm thực hiện Kế hoạch, báo cáo Ủy ban nhân dân "
          "tỉnh. Phòng Trồng trọt chủ trì, phối hợp với Văn phòng Sở thực hiện; hoàn thành trước ngày 15/12/2013."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí sự nghiệp nông nghiệp trong dự toán chi thường "
          "xuyên được giao hằng năm của các phòng, đơn vị thuộc Sở và các nguồn kinh phí hợp pháp khác."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Trồng trọt: là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp "
          "kết quả, báo cáo định kỳ hằng quý."),
    ("p", "2. Chi cục Bảo vệ thực vật: chỉ đạo công tác dự tính, dự báo và phòng trừ sinh vật gây hại trên cây trồng "
          "chuyển đổi."),
    ("p", "3. Trung tâm Khuyến nông: xây dựng mô hình, tập huấn, chuyển giao kỹ thuật cho nông dân."),
    ("p", "4. Phòng Kế hoạch - Tài chính: cân đối, bố trí kinh phí trong dự toán được giao để thực hiện các nhiệm "
          "vụ của Kế hoạch."),
    ("p", "5. Văn phòng Sở: phối hợp tuyên truyền kết quả chuyển đổi trên Trang thông tin điện tử của Sở."),
    ("p", "6. Đề nghị Phòng Nông nghiệp và Phát triển nông thôn các huyện, thành phố: tham mưu Ủy ban nhân dân cấp "
          "huyện chỉ đạo các xã thực hiện chuyển đổi theo kế hoạch; báo cáo kết quả về Sở (qua Phòng Trồng trọt) "
          "trước ngày 20 hằng tháng."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở (qua Phòng Trồng trọt) "
          "để xem xét, giải quyết./."),
]


def phases_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH QUẢNG LÂM", "SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN", "-------",
                  "Số:       /KH-SNN"],
            [*MOTTO, "Quảng Lâm, ngày      tháng 9 năm 2012"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả năm 2012 - 2013",
               bold=True, center=True)
    _body(doc, PHASES_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
                  "- Phòng NN&PTNT các huyện, thành phố;", "- Lưu: VT, TT."],
            ["GIÁM ĐỐC", "", "", "", "Trần Văn Khải"])
    _paragraph(doc, "")  # (a .doc whose last block is a table loses it)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The Sở's letter of 2012, scanned.

LETTER_BODY = [
    ("p", "Thực hiện Kế hoạch số 31/KH-SGDĐT ngày 12 tháng 9 năm 2012 của Sở Giáo dục và Đào tạo về tổ chức Hội "
          "thi giáo viên dạy giỏi cấp tỉnh năm học 2012 - 2013, Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện "
          "một số nội dung sau:"),
    ("p", "1. Tổ chức hội thi cấp trường, lựa chọn giáo viên đạt kết quả cao để cử tham gia Hội thi cấp tỉnh; mỗi "
          "trường trung học phổ thông cử không quá 03 giáo viên, mỗi Phòng Giáo dục và Đào tạo cử không quá 05 giáo "
          "viên trung học cơ sở."),
    ("p", "2. Gửi danh sách đăng ký (theo mẫu đính kèm) về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) "
          "trước ngày 10/11/2012, đồng thời gửi bản điện tử qua hộp thư gdtrh@tanlinh.edu.vn."),
    ("p", "3. Giáo viên dự thi nộp hồ sơ (sáng kiến kinh nghiệm, kế hoạch bài dạy) tại Phòng Giáo dục Trung học "
          "trước ngày 20/11/2012. Hội thi cấp tỉnh dự kiến tổ chức từ ngày 03/12/2012 đến ngày 08/12/2012."),
    ("p", "4. Kinh phí đi lại, ăn ở của giáo viên dự thi do đơn vị cử giáo viên chi trả theo quy định hiện hành."),
    ("p", "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm túc. Mọi vướng mắc liên "
          "hệ Phòng Giáo dục Trung học, điện thoại 0593.852.417./."),
]


def letter() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH TÂN LINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "-------", "Số: 1247/SGDĐT-GDTrH",
                  "V/v đăng ký tham gia Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2012 - 2013"],
            [*MOTTO, "Tân Linh, ngày 24 tháng 10 năm 2012"], bold=(2, 2))
    _paragraph(doc, "")
    _paragraph(doc, "Kính gửi:", center=True)
    for line in ("- Phòng Giáo dục và Đào tạo các huyện, thành phố;",
                 "- Các trường trung học phổ thông trực thuộc Sở;",
                 "- Trung tâm Giáo dục thường xuyên tỉnh."):
        _paragraph(doc, line)
    _body(doc, LETTER_BODY)
    closing(doc, ["- Như trên;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, GDTrH."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Thị Hồng Vân"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The merged province's inspection plan of 2026, its schedule a Word table.

INSPECTION_BODY = [
    ("p", "Căn cứ Luật Lưu trữ số 33/2024/QH15 ngày 21 tháng 6 năm 2024;"),
    ("p", "Thực hiện Kế hoạch số 9124/KH-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về công tác văn "
          "thư, lưu trữ năm 2026; Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác văn thư, lưu trữ và "
          "chuyển đổi số tài liệu năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Đánh giá việc chấp hành pháp luật về văn thư, lưu trữ của các cơ quan, đơn vị sau khi sắp xếp tổ chức "
          "bộ máy và hợp nhất đơn vị hành chính cấp tỉnh; kịp thời chấn chỉnh những tồn tại, hạn chế."),
    ("p", "2. Việc kiểm tra bảo đảm đúng quy định, khách quan, không gây phiền hà, không làm ảnh hưởng đến hoạt "
          "động bình thường của cơ quan, đơn vị được kiểm tra."),
    ("h", "II. NỘI DUNG KIỂM TRA"),
    ("h", "1. Công tác chỉ đạo, hướng dẫn về văn thư, lưu trữ"),
    ("p", "Việc ban hành các văn bản chỉ đạo, quy chế công tác văn thư, lưu trữ; danh mục hồ sơ của cơ quan; việc "
          "bố trí nhân sự làm công tác văn thư, lưu trữ sau sắp xếp."),
    ("h", "2. Công tác văn thư"),
    ("p", "Việc soạn thảo, ban hành văn bản theo Nghị định số 30/2020/NĐ-CP; quản lý văn bản đi, đến; lập hồ sơ "
          "công việc và giao nộp hồ sơ vào lưu trữ cơ quan; quản lý và sử dụng con dấu, thiết bị lưu khóa bí mật."),
    ("h", "3. Công tác lưu trữ"),
    ("p", "Việc thu thập, chỉnh lý, bảo quản tài liệu của các cơ quan, đơn vị trước hợp nhất; tình trạng tài liệu "
          "tồn đọng, tích đống; việc giao nộp tài liệu vào Lưu trữ lịch sử tỉnh."),
    ("h", "4. Chuyển đổi số tài liệu lưu trữ"),
    ("p", "Việc số hóa tài liệu lưu trữ, lập cơ sở dữ liệu tài liệu lưu trữ điện tử; việc sử dụng Hệ thống quản lý "
          "văn bản và điều hành, chữ ký số trong xử lý công việc."),
    ("h", "III. ĐỐI TƯỢNG, THỜI GIAN VÀ THÀNH PHẦN ĐOÀN KIỂM TRA"),
    ("p", "1. Thành phần Đoàn kiểm tra: Đoàn số 1 do Lãnh đạo Sở Nội vụ làm Trưởng đoàn; Đoàn số 2 do Giám đốc "
          "Trung tâm Lưu trữ lịch sử tỉnh làm Trưởng đoàn; thành viên gồm công chức Sở Nội vụ, Sở Khoa học và Công "
          "nghệ và viên chức Trung tâm Lưu trữ lịch sử tỉnh."),
    ("p", "2. Đối tượng và thời gian kiểm tra:"),
]

SCHEDULE = [
    ["STT", "Đơn vị được kiểm tra", "Thời gian", "Thành phần đoàn"],
    ["1", "Sở Tài chính", "Tháng 4/2026", "Đoàn số 1"],
    ["2", "Sở Y tế", "Tháng 4/2026", "Đoàn số 1"],
    ["3", "Sở Xây dựng", "Tháng 5/2026", "Đoàn số 1"],
    ["4", "Ban Quản lý các khu kinh tế tỉnh", "Tháng 5/2026", "Đoàn số 2"],
    ["5", "Ủy ban nhân dân phường Hải Châu Bắc", "Tháng 6/2026", "Đoàn số 2"],
    ["6", "Ủy ban nhân dân xã Tân Thạnh Đông", "Tháng 6/2026", "Đoàn số 2"],
    ["7", "Ủy ban nhân dân xã Long Phước", "Tháng 7/2026", "Đoàn số 2"],
    ["8", "Ủy ban nhân dân phường Đông Hòa", "Tháng 8/2026", "Đoàn số 1"],
]

INSPECTION_END = [
    ("p", "Lịch kiểm tra cụ thể sẽ được Sở Nội vụ thông báo đến đơn vị được kiểm tra trước 05 ngày làm việc."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên năm "
          "2026 của Sở Nội vụ và các nguồn kinh phí hợp pháp khác theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nội vụ: chủ trì thành lập Đoàn kiểm tra; xây dựng đề cương báo cáo, gửi các đơn vị được kiểm tra; "
          "tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/10/2026."),
    ("p", "2. Sở Tài chính: thẩm định, bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "3. Sở Khoa học và Công nghệ: cử công chức tham gia Đoàn kiểm tra nội dung chuyển đổi số."),
    ("p", "4. Các cơ quan, đơn vị được kiểm tra: chuẩn bị báo cáo, hồ sơ, tài liệu theo đề cương; bố trí lãnh đạo "
          "và công chức phụ trách làm việc với Đoàn kiểm tra./."),
]


def inspection_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG HẢI", "-------", "Số: 47/KH-UBND"],
            [*MOTTO, "Đông Hải, ngày 16 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Kiểm tra công tác văn thư, lưu trữ và chuyển đổi số tài liệu năm 2026", bold=True, center=True)
    _body(doc, INSPECTION_BODY)
    _table(doc, SCHEDULE)
    _body(doc, INSPECTION_END)
    closing(doc, ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
                  "- Như mục V;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hoàng Minh Tuấn"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The province's report on public investment of 2025, text PDF.

REPORT_BODY = [
    ("p", "Thực hiện Công văn số 8415/BTC-ĐT ngày 20 tháng 11 năm 2025 của Bộ Tài chính về việc báo cáo tình hình "
          "thực hiện kế hoạch đầu tư công năm 2025, Ủy ban nhân dân tỉnh Bắc Trà báo cáo như sau:"),
    ("h", "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025"),
    ("h", "1. Kế hoạch vốn được giao"),
    ("p", "Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh được Thủ tướng Chính phủ và Hội đồng nhân dân tỉnh giao "
          "là 8.300 tỷ đồng, trong đó: vốn ngân sách địa phương 5.940 tỷ đồng; vốn ngân sách trung ương 2.360 tỷ "
          "đồng. Ngoài ra, vốn kế hoạch năm 2024 được kéo dài thời gian thực hiện sang năm 2025 là 415 tỷ đồng."),
    ("p", "Ủy ban nhân dân tỉnh đã phân bổ chi tiết 100% kế hoạch vốn cho các dự án ngay từ đầu năm; đã điều chỉnh "
          "giảm kế hoạch vốn của 14 dự án chậm tiến độ để bổ sung cho 9 dự án có khả năng giải ngân tốt hơn."),
    ("h", "2. Kết quả giải ngân"),
    ("p", "Đến ngày 30 tháng 11 năm 2025, toàn tỉnh giải ngân được 5.120 tỷ đồng, đạt 61,7% kế hoạch vốn được giao, "
          "cao hơn mức bình quân chung của cả nước (58,3%). Trong đó: vốn ngân sách địa phương giải ngân 3.870 tỷ "
          "đồng, đạt 65,2%; vốn ngân sách trung ương giải ngân 1.250 tỷ đồng, đạt 53,0%. Vốn kế hoạch năm 2024 kéo "
          "dài giải ngân được 290 tỷ đồng, đạt 69,9%."),
    ("p", "Có 12 chủ đầu tư có tỷ lệ giải ngân trên 80%, 9 chủ đầu tư đạt từ 50% đến 80% và 7 chủ đầu tư dưới 50%. "
          "Dự kiến đến hết ngày 31 tháng 01 năm 2026, tỷ lệ giải ngân của tỉnh đạt khoảng 92% kế hoạch."),
    ("h", "3. Tình hình thực hiện các dự án trọng điểm"),
    ("p", "Dự án đường ven biển đoạn qua tỉnh đã hoàn thành 78% khối lượng; dự án nâng cấp Bệnh viện đa khoa tỉnh "
          "hoàn thành giai đoạn 1 và đưa vào sử dụng từ tháng 9 năm 2025; dự án hồ chứa nước Đồng Mây đạt 45% khối "
          "lượng do vướng mắc giải phóng mặt bằng tại 02 xã."),
    ("p", "Công tác giải phóng mặt bằng có chuyển biến: đã bàn giao 312 ha mặt bằng cho các dự án, đạt 86% kế hoạch; "
          "đã chi trả bồi thường 1.146 tỷ đồng cho 2.870 hộ dân bị ảnh hưởng."),
    ("h", "4. Công tác theo dõi, giám sát đầu tư"),
    ("p", "Trong năm, các Đoàn công tác của tỉnh đã kiểm tra hiện trường 46 dự án, tổ chức 11 cuộc họp chuyên đề "
          "tháo gỡ vướng mắc cho 64 dự án; 100% chủ đầu tư cập nhật thông tin dự án trên Hệ thống thông tin quốc "
          "gia về đầu tư công. Tổ công tác đặc biệt do Chủ tịch Ủy ban nhân dân tỉnh làm Tổ trưởng họp định kỳ hằng "
          "tuần, giao nhiệm vụ cụ thể cho từng chủ đầu tư và địa phương."),
    ("p", "Công tác đấu thầu qua mạng được thực hiện với 93% số gói thầu; tỷ lệ tiết kiệm sau đấu thầu bình quân "
          "đạt 6,4%. Số dự án hoàn thành, đưa vào sử dụng trong năm là 57 dự án, trong đó 21 dự án thuộc lĩnh vực "
          "giáo dục, 14 dự án giao thông nông thôn và 9 dự án y tế cơ sở."),
    ("h", "5. Tồn tại, hạn chế và nguyên nhân"),
    ("p", "Tỷ lệ giải ngân vốn ngân sách trung ương còn thấp, nhất là các dự án thuộc chương trình mục tiêu quốc "
          "gia. Một số chủ đầu tư chưa quyết liệt trong chỉ đạo, chưa kịp thời tháo gỡ vướng mắc; công tác chuẩn bị "
          "đầu tư của một số dự án khởi công mới chưa tốt, phải điều chỉnh thiết kế nhiều lần."),
    ("p", "Giá một số loại vật liệu xây dựng tăng cao trong quý II và quý III, nguồn cát, đá đắp nền khan hiếm; "
          "việc sắp xếp đơn vị hành chính và thay đổi chủ đầu tư sau hợp nhất làm gián đoạn thủ tục thanh toán của "
          "một số dự án."),
    ("h", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    ("h", "1. Mục tiêu"),
    ("p", "- Phấn đấu giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch vốn được giao."),
    ("p", "- Hoàn thành bàn giao 100% mặt bằng các dự án trọng điểm trước ngày 30 tháng 6 năm 2026."),
    ("p", "- Tỷ lệ dự án chậm tiến độ giảm xuống dưới 10% tổng số dự án."),
    ("h", "2. Nhiệm vụ, giải pháp"),
    ("p", "1. Phân bổ chi tiết kế hoạch vốn năm 2026 ngay sau khi được giao, tập trung cho các dự án chuyển tiếp, "
          "dự án hoàn thành trong năm; không bố trí vốn dàn trải."),
    ("p", "2. Đẩy nhanh công tác bồi thường, giải phóng mặt bằng; gắn trách nhiệm của người đứng đầu chính quyền "
          "cấp xã với tiến độ bàn giao mặt bằng."),
    ("p", "3. Tăng cường kiểm tra, đôn đốc tại hiện trường; kịp thời điều chuyển vốn từ dự án giải ngân chậm sang "
          "dự án có khả năng giải ngân tốt."),
    ("p", "4. Nâng cao chất lượng công tác chuẩn bị đầu tư, lập hồ sơ thiết kế; xử lý nghiêm nhà thầu vi phạm tiến "
          "độ theo hợp đồng."),
    ("p", "5. Thực hiện nghiêm chế độ báo cáo định kỳ về tình hình giải ngân; công khai kết quả giải ngân của từng "
          "chủ đầu tư hằng tháng."),
    ("p", "Ủy ban nhân dân tỉnh Bắc Trà kính báo cáo Bộ Tài chính./."),
]


def report() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẮC TRÀ", "-------", "Số: 402/BC-UBND"],
            [*MOTTO, "Bắc Trà, ngày 12 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "BÁO CÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Tình hình thực hiện kế hoạch đầu tư công năm 2025 và phương hướng, nhiệm vụ năm 2026",
               bold=True, center=True)
    for kind, text in REPORT_BODY:  # (a report typed in 14-point type with wide spacing: 6 pages and more)
        _paragraph(doc, text, bold=kind == "h", justify=True, size=14, space_after=60)
    closing(doc, ["- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Sở Tài chính;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lương Quốc Bảo"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. The ministry's short decision of 2026, text PDF.

DECISION_BASES = [
    "Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí "
    "tuệ ngày 16 tháng 6 năm 2022;",
    "Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023;",
    "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
    "hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;",
    "Căn cứ Quyết định số 1126/QĐ-TTg ngày 15 tháng 9 năm 2025 của Thủ tướng Chính phủ phê duyệt Chiến lược sở hữu "
    "trí tuệ đến năm 2030;",
    "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.",
]
DECISION_ARTICLES = [
    "Điều 1. Thành lập Tổ công tác triển khai chuyển đổi số trong quản lý nhà nước về sở hữu trí tuệ (sau đây gọi "
    "là Tổ công tác), gồm các thành viên: Tổ trưởng: Thứ trưởng Bộ Khoa học và Công nghệ; Tổ phó: Cục trưởng Cục "
    "Sở hữu trí tuệ; các thành viên là đại diện lãnh đạo Vụ Pháp chế, Vụ Kế hoạch - Tài chính, Trung tâm Công nghệ "
    "thông tin.",
    "Điều 2. Tổ công tác có nhiệm vụ xây dựng lộ trình số hóa toàn bộ hồ sơ đăng ký sở hữu công nghiệp; hoàn thành "
    "việc tiếp nhận, xử lý 100% đơn đăng ký trực tuyến trước ngày 31 tháng 12 năm 2027; Tổ công tác tự giải thể sau "
    "khi hoàn thành nhiệm vụ.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 4. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Cục trưởng Cục Sở hữu trí tuệ, Thủ trưởng các đơn vị "
    "có liên quan và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.",
]


def decision() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "-------", "Số: 1342/QĐ-BKHCN"],
            [*MOTTO, "Hà Nội, ngày 18 tháng 5 năm 2026"], bold=(1, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Về việc thành lập Tổ công tác triển khai chuyển đổi số trong quản lý nhà nước về sở hữu trí "
                    "tuệ", bold=True, center=True)
    _paragraph(doc, "BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ", bold=True, center=True)
    for line in DECISION_BASES:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for line in DECISION_ARTICLES:
        _paragraph(doc, line, justify=True)
    closing(doc, ["- Như Điều 4;", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Cổng TTĐT Bộ KH&CN;",
                  "- Lưu: VT, TCCB."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Đặng Quốc Hưng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A Markdown chunk of a province's allocation decision (no header).

CHUNK_MD = """\
**Điều 1.** Phân bổ 62.400 triệu đồng vốn ngân sách tỉnh năm 2024 (nguồn tăng thu tiền sử dụng đất) để thực \
hiện Chương trình kiên cố hóa trường lớp học trên địa bàn tỉnh Khánh Bình cho 03 dự án, cụ thể như sau:

a) Dự án Trường Trung học phổ thông Ninh Hòa Tây, hạng mục: nhà lớp học 03 tầng 15 phòng: 30.000 triệu đồng;

b) Dự án Trường Tiểu học và Trung học cơ sở Sơn Thái, hạng mục: nhà lớp học bộ môn và nhà đa năng: 20.400 \
triệu đồng;

c) Dự án Trường Mầm non Vạn Lương, hạng mục: cải tạo, mở rộng 08 phòng học: 12.000 triệu đồng.

(Chi tiết theo Phụ lục đính kèm)

**Điều 2.** Tổ chức thực hiện

1. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính thông báo kế hoạch vốn cho các chủ đầu tư; theo \
dõi, kiểm tra việc sử dụng vốn đúng mục đích.

2. Sở Tài chính hướng dẫn, kiểm soát việc thanh toán, quyết toán vốn theo quy định.

3. Các chủ đầu tư có trách nhiệm triển khai thực hiện dự án đúng tiến độ, giải ngân hết kế hoạch vốn được giao \
trước ngày 31 tháng 01 năm 2025; báo cáo kết quả về Sở Kế hoạch và Đầu tư hằng quý.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính, Giáo dục và \
Đào tạo; Giám đốc Kho bạc Nhà nước tỉnh; Chủ tịch Ủy ban nhân dân các huyện Ninh Hòa, Vạn Lương, Sơn Thái và \
thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.
"""


# ---------------------------------------------------------------------------
# 7. A scraped Markdown three-year financial plan of another province.

THREE_YEAR_MD = """\
|
**ỦY BAN NHÂN DÂN
**
TỈNH LONG THỦY
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 318/KH-UBND
|
*Long Thủy, ngày 20
tháng 7 năm 2026*
|

**KẾ HOẠCH**

TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2027 - 2029 TỈNH LONG THỦY

Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;

Căn cứ Nghị định số 45/2017/NĐ-CP ngày 21/4/2017 của Chính phủ quy định chi tiết lập kế hoạch tài chính 05 năm \
và kế hoạch tài chính - ngân sách nhà nước 03 năm;

Căn cứ Thông tư số 42/2026/TT-BTC ngày 16/6/2026 của Bộ Tài chính hướng dẫn xây dựng dự toán ngân sách nhà nước \
năm 2027, kế hoạch tài chính - ngân sách nhà nước 03 năm 2027 - 2029;

Ủy ban nhân dân tỉnh Long Thủy xây dựng kế hoạch tài chính - ngân sách nhà nước 03 năm 2027 - 2029 như sau:

**I. MỤC TIÊU, ĐỊNH HƯỚNG PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2027 - 2029**

Tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2027 - 2029 dự kiến đạt 8,2%/năm; GRDP bình quân đầu \
người năm 2029 đạt khoảng 112 triệu đồng; thu nhập bình quân đầu người của dân cư nông thôn đạt 68 triệu \
đồng/người/năm. Tổng vốn đầu tư toàn xã hội giai đoạn 2027 - 2029 ước đạt 196.500 tỷ đồng, chiếm khoảng 34% \
GRDP. Kim ngạch xuất khẩu năm 2029 đạt 5,6 tỷ USD.

**II. DỰ KIẾN THU NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2027 - 2029**

**1. Thu ngân sách nhà nước trên địa bàn**

Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2027 - 2029 dự kiến 58.620 tỷ đồng, tăng bình quân 9,5%/năm. \
Trong đó:

- Năm 2027: 17.850 tỷ đồng, gồm thu nội địa 16.420 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.430 tỷ đồng.

- Năm 2028: 19.540 tỷ đồng, gồm thu nội địa 17.980 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.560 tỷ đồng.

- Năm 2029: 21.230 tỷ đồng, gồm thu nội địa 19.540 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.690 tỷ đồng.

**2. Thu ngân sách địa phương**

Tổng thu ngân sách địa phương giai đoạn 2027 - 2029 dự kiến 71.340 tỷ đồng; trong đó thu bổ sung cân đối từ \
ngân sách trung ương năm 2027 là 4.215 tỷ đồng và giữ ổn định trong thời kỳ ổn định ngân sách.

**III. DỰ KIẾN CHI NGÂN SÁCH ĐỊA PHƯƠNG GIAI ĐOẠN 2027 - 2029**

Tổng chi ngân sách địa phương giai đoạn 2027 - 2029 dự kiến 73.860 tỷ đồng. Trong đó:

- Chi đầu tư phát triển: 22.480 tỷ đồng, chiếm 30,4% tổng chi ngân sách địa phương; năm 2027 là 6.920 tỷ đồng.

- Chi thường xuyên: 49.750 tỷ đồng; năm 2027 là 15.610 tỷ đồng, được xây dựng trên cơ sở mức lương cơ sở 2,34 \
triệu đồng/tháng.

- Dự phòng ngân sách: 1.630 tỷ đồng.

Bội chi ngân sách địa phương giai đoạn 2027 - 2029 là 2.520 tỷ đồng, bù đắp từ nguồn vay lại vốn vay nước ngoài \
của Chính phủ.

**IV. GIẢI PHÁP THỰC HIỆN**

1. Tăng cường quản lý thu, chống thất thu, xử lý nợ đọng thuế; phấn đấu tỷ lệ nợ thuế dưới 5% tổng thu ngân \
sách.

2. Quản lý chi ngân sách chặt chẽ, tiết kiệm; ưu tiên bố trí vốn cho các dự án trọng điểm, dự án chuyển tiếp.

3. Tiếp tục sắp xếp tổ chức bộ máy, tinh giản biên chế, đẩy mạnh tự chủ tài chính của đơn vị sự nghiệp công lập.

Trên đây là Kế hoạch tài chính - ngân sách nhà nước 03 năm 2027 - 2029 của tỉnh Long Thủy./.

|
**Nơi nhận:**
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở Tài chính;
- Lưu: VT, KT.
|
**TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
**
**Võ Thành Nhân**
|
"""


# ---------------------------------------------------------------------------
# 8. A word-segmented district HĐND resolution of 2009 on the plan of 2010.

SEGMENTED_TXT = """\
Nghị_quyết về kế_hoạch phát_triển kinh_tế - xã_hội năm 2010 
Hội_đồng_nhân_dân huyện yên_bình 
Khóa xix , kỳ họp thứ 17 
Căn_cứ Luật Tổ_chức Hội_đồng_nhân_dân và Uỷ_ban_nhân_dân ngày 26 tháng 11 năm 2003 ; 
Căn_cứ Nghị_quyết số 42/2009/NQ - HĐND ngày 10 tháng 12 năm 2009 của Hội_đồng_nhân_dân tỉnh về kế_hoạch phát_triển kinh_tế - xã_hội năm 2010 ; 
Xét Báo_cáo của Uỷ_ban_nhân_dân huyện về tình_hình thực_hiện kế_hoạch năm 2009 và kế_hoạch năm 2010 ; Báo_cáo thẩm_tra của Ban Kinh_tế - Xã_hội Hội_đồng_nhân_dân huyện , 
Quyết_nghị : 
Điều 1 . Thông_qua kế_hoạch phát_triển kinh_tế - xã_hội năm 2010 với các chỉ_tiêu chủ_yếu sau : 
1 . Mục_tiêu : Duy_trì tốc_độ tăng_trưởng kinh_tế , đẩy_mạnh chuyển_dịch cơ_cấu kinh_tế theo hướng công_nghiệp - dịch_vụ , bảo_đảm an_sinh xã_hội . 
2 . Các chỉ_tiêu chủ_yếu : 
a . Tốc_độ tăng giá_trị sản_xuất bình_quân đạt 13,5 % ; 
b . Tỷ_lệ hộ nghèo giảm xuống còn 9,8 % ; 
c . Tỷ_lệ hộ dân được dùng nước hợp vệ_sinh đạt 85 % ; 
d . Tỷ_lệ trẻ_em dưới 5 tuổi suy_dinh_dưỡng giảm còn 17,5 % . 
3 . Kế_hoạch vốn đầu_tư xây_dựng cơ_bản năm 2010 : 
Tổng vốn đầu_tư xây_dựng cơ_bản do huyện quản_lý : 86.450 triệu đồng , trong đó : 
a . Vốn ngân_sách tập_trung của tỉnh phân_cấp : 24.600 triệu đồng ; 
b . Vốn từ nguồn thu tiền sử_dụng đất : 38.000 triệu đồng ; 
c . Vốn chương_trình mục_tiêu quốc_gia : 15.850 triệu đồng ; 
d . Vốn chương_trình 135 : 8.000 triệu đồng . 
Điều 2 . Giải_pháp thực_hiện : 
1 . Tập_trung chỉ_đạo sản_xuất nông_nghiệp , đẩy_mạnh ứng_dụng tiến_bộ khoa_học kỹ_thuật . 
2 . Tăng_cường quản_lý thu ngân_sách , chống thất_thu ; quản_lý chặt_chẽ vốn đầu_tư xây_dựng cơ_bản . 
3 . Thực_hiện tốt các chính_sách an_sinh xã_hội , giảm nghèo bền_vững . 
Điều 3 . Giao Uỷ_ban_nhân_dân huyện tổ_chức thực_hiện Nghị_quyết này . Thường_trực Hội_đồng_nhân_dân huyện , các Ban của Hội_đồng_nhân_dân huyện và đại_biểu Hội_đồng_nhân_dân huyện giám_sát việc thực_hiện Nghị_quyết . 
Nghị_quyết này đã được Hội_đồng_nhân_dân huyện Yên_Bình khóa XIX , kỳ họp thứ 17 thông_qua ngày 18 tháng 12 năm 2009 . 
"""


def main(out: str) -> None:
    from tests.renditions.scans import image_only_pdf

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CHUNK).write_text(CHUNK_MD, encoding="utf-8")
    (folder / THREE_YEAR).write_text(THREE_YEAR_MD, encoding="utf-8")
    (folder / SEGMENTED).write_text(SEGMENTED_TXT, encoding="utf-8")
    (folder / INSPECTION).write_bytes(inspection_plan())
    (folder / PHASES).write_bytes(_converted(phases_plan(), PHASES, "doc"))
    (folder / LETTER).write_bytes(image_only_pdf(_pdf(letter(), LETTER), dpi=300))
    (folder / REPORT).write_bytes(_pdf(report(), REPORT))
    (folder / DECISION).write_bytes(_pdf(decision(), DECISION))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
