"""Invented documents of hold-out round G32: a province People's Council's resolution on the medium-term public
investment plan 2026-2030 printed to PDF (projects by sector, "Tổng mức đầu tư" beside "Kế hoạch vốn giai đoạn
2026-2030", amounts in tỷ đồng with decimal commas "1.245,6"), a minister's decision approving a plan, the plan in its
annex with a task table, saved as a legacy Word 97 file (.doc made with LibreOffice), a province's annual plan of the
national target programme for sustainable poverty reduction as word-segmented text (syllables joined by "_", capital
by source and kind: vốn đầu tư phát triển, vốn sự nghiệp, ngân sách địa phương đối ứng, vốn lồng ghép, vốn huy động
hợp pháp khác; by Dự án and Tiểu dự án; its allocation table flattened to one row a line), and a department's
five-year plan scraped to Markdown whose indicator table lost its pipes (one cell a line), targets by year "2026 ...
2030" with units "%", "km", "người" beside prose targets ("bình quân mỗi năm tăng 8-10%", "không thấp hơn", "trên
95%").

The documents:
- g32_hdnd-tanlinh: a province HĐND's resolution, medium-term investment plan in tỷ đồng (.pdf);
- g32_bnnmt: a minister's decision approving a plan of forest seed development, annex with task table (.doc);
- g32_tinh-vanson: a province's 2026 plan of the poverty-reduction programme, word-segmented (.txt);
- g32_sxd-phulam: a Sở Xây dựng's five-year plan of rural roads and traffic safety, Markdown without pipes (.md).

The reading the set's conventions imply: a resolution's "Điều 1" content no activities (as g17_hdnd-xa-hoatien), its
"1. Mục tiêu" a) general b) specific, the period's money by source statements (year null), the key projects' table
items for every row, the group rows and "Tổng cộng" too ("Tổng mức đầu tư" all years, "Kế hoạch vốn giai đoạn
2026-2030" the period: year null, 2030 accepted), Điều 2 the responsibilities; a minister's decision's issuer the
ministry (the minister accepted), "Theo đề nghị của Vụ trưởng ..." no basis, the annex's "MỤC ĐÍCH, YÊU CẦU" no
objectives, its task table the activities, Điều 3 and the plan's last part the responsibilities; a poverty programme's
numbered Dự án the activities (Tiểu dự án a), b) of Dự án 3 its own, 3.a and 3.b), the year's money by source and kind
(vốn đầu tư phát triển and vốn sự nghiệp parts of the central budget, đối ứng local, lồng ghép other, as
d2_huyen-napac), the flattened allocation table one item per amount ("-" none); a department's indicator table, one
column a year, each year's level a target (as s_tinh-baoninh; km and người rows no percent), beside the prose targets.

First pass (golds written by hand before the first extraction, commit 752a0dc; the 4 documents scored alone, code of
3222fb1): micro 233/234/233 (0.998); the resolution's table in tỷ đồng with decimal commas, the legacy .doc's annex
and task table, the word-segmented plan's flattened table (12 items) all whole. The misses: the department's unit line
over its indicator table ("Đơn vị tính: theo từng chỉ tiêu") read as an objective (1 wrong); a carried-over project's
former period ("100% dự án chuyển tiếp từ giai đoạn 2021 - 2025 hoàn thành, đưa vào sử dụng trước năm 2028") read as
its target year, 2025 (an attribute). After objectives.UNIT_NOTE and objectives.ITEM_YEAR / DONE_BEFORE: 233/233/233.

Then, probing the brief's other shapes with other names and numbers (tests/test_g32_holdout.py; every must row fails on
3222fb1): a joint plan's own issuers after a basis's issuer ("... giữa Bộ Y tế và Trung ương Hội ..., Sở Y tế và Hội
... tỉnh thống nhất ban hành Kế hoạch liên tịch như sau:") read into the issuer and the title (legal_bases.OWN_CLAUSE);
a report's sum after a sentence comparing with the year before ("tăng 3,2% so với năm 2024. Thu ngân sách ... đạt
N") given that year (budget_statements.COMPARED_YEAR); a joint header's second body with its place on one line ("SỞ Y TẾ
TỈNH X - HỘI LIÊN HIỆP PHỤ NỮ TỈNH X") cased "Tỉnh X" (header.JOINT_SECOND); a table in a resolution's articles with no
caption titled "QUYẾT NGHỊ:" (tables.rebuild.ENACTING_LINE: 4 invented records' table titles now null, no score
changes); a project named before its money ("- Dự án nâng cấp đường ...: tổng mức đầu tư N, kế hoạch vốn năm 2026 là
M") read as the plan's total (budget_statements.PROJECT_LABEL); a scrape's table flattened to one cell a line with
columns of words between the project's name and its money ("Địa điểm xây dựng", "Thời gian KC-HT", "Chủ đầu tư"), its
group rows without their empty cells, read as one amount column and then lost after the first row
(tables.rebuild.DESCRIBED_HEAD, _aligned_row). No record of the three sets changes but four table titles. Left for the reader (extractors/layout, the lead's): two
signatures side by side in a PDF whose names come after both columns of titles, in the order of their height on the
page, not their column ("TM. BAN THƯỜNG VỤ" / "... PHÓ CHỦ TỊCH" / "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name / name): the
signer's name can come from the other block than the title (no score change: either signer is accepted).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g32 OUTDIR` writes
every file; the .doc and the .pdf need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing, decision_front
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

# ---------------------------------------------------------------------------
# 1. A province HĐND's resolution on the medium-term public investment plan 2026-2030 (PDF).

RESOLUTION = "g32_hdnd-tanlinh_18-nq-hdnd_2025_dau-tu-cong-trung-han-ty-dong.pdf"

INVESTMENT = [
    ["TT", "Danh mục dự án", "Địa điểm xây dựng", "Thời gian KC-HT", "Tổng mức đầu tư",
     "Kế hoạch vốn giai đoạn 2026-2030"],
    ["I", "Giao thông", "", "", "2.463,5", "1.872,4"],
    ["1", "Đường tỉnh 712 đoạn Tân Hòa - Phước Sơn", "Huyện Tân Hòa (cũ)", "2026-2029", "1.245,6", "986,2"],
    ["2", "Cầu Bến Lội và đường dẫn hai đầu cầu", "Xã Bến Lội", "2026-2028", "1.217,9", "886,2"],
    ["II", "Nông nghiệp, thủy lợi", "", "", "1.034,8", "815,3"],
    ["1", "Hệ thống kênh tưới hồ Đá Mài", "Xã Đá Mài", "2026-2028", "612,4", "498,7"],
    ["2", "Kè chống sạt lở bờ sông Lô Giang", "Phường Giang Nam", "2027-2029", "422,4", "316,6"],
    ["III", "Y tế, giáo dục", "", "", "756,2", "702,5"],
    ["1", "Bệnh viện Đa khoa khu vực Phước Sơn (giai đoạn 2)", "Xã Phước Sơn", "2026-2028", "438,7", "410,0"],
    ["2", "Trường THPT chuyên Tân Lĩnh (cơ sở 2)", "Phường Tân Lĩnh", "2026-2027", "317,5", "292,5"],
    ["", "Tổng cộng", "", "", "4.254,5", "3.390,2"],
]

RESOLUTION_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"),
    ("i", "Căn cứ Nghị định số 85/2025/NĐ-CP ngày 08 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều của "
          "Luật Đầu tư công;"),
    ("i", "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 15 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh về nguyên tắc, tiêu chí "
          "và định mức phân bổ vốn đầu tư công nguồn ngân sách địa phương giai đoạn 2026 - 2030;"),
    ("i", "Xét Tờ trình số 236/TTr-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về kế hoạch đầu tư công trung "
          "hạn giai đoạn 2026 - 2030; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo "
          "luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Thông qua kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 tỉnh Tân Lĩnh với các nội dung chủ yếu "
          "sau:"),
    ("p", "1. Mục tiêu"),
    ("p", "a) Mục tiêu tổng quát: Tập trung vốn cho các công trình hạ tầng giao thông, thủy lợi, y tế, giáo dục có tính "
          "kết nối, lan tỏa; khắc phục tình trạng đầu tư dàn trải, nâng cao hiệu quả sử dụng vốn đầu tư công."),
    ("p", "b) Mục tiêu cụ thể:"),
    ("p", "- Tỷ lệ giải ngân vốn đầu tư công hằng năm đạt trên 95% kế hoạch được giao;"),
    ("p", "- 100% dự án chuyển tiếp từ giai đoạn 2021 - 2025 hoàn thành, đưa vào sử dụng trước năm 2028;"),
    ("p", "- Bố trí tối thiểu 30% vốn ngân sách địa phương cho các dự án hạ tầng giao thông kết nối vùng."),
    ("p", "2. Tổng vốn đầu tư công trung hạn giai đoạn 2026 - 2030 là 18.456,8 tỷ đồng, trong đó: vốn ngân sách trung "
          "ương 7.215,4 tỷ đồng; vốn ngân sách địa phương 11.241,4 tỷ đồng."),
    ("p", "3. Danh mục dự án trọng điểm giai đoạn 2026 - 2030"),
    ("i", "Đơn vị tính: tỷ đồng"),
]

RESOLUTION_TAIL = [
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; hằng năm báo cáo Hội đồng nhân dân tỉnh kết quả "
          "thực hiện tại kỳ họp cuối năm."),
    ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội "
          "đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
    ("p", "Nghị quyết này được Hội đồng nhân dân tỉnh Tân Lĩnh khóa XVII, kỳ họp thứ ba mươi hai thông qua ngày 10 tháng "
          "12 năm 2025 và có hiệu lực từ ngày thông qua./."),
]


def resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂN LĨNH", "-------", "Số: 18/NQ-HĐND"],
            [*MOTTO, "Tân Lĩnh, ngày 10 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Về kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 tỉnh Tân Lĩnh", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH TÂN LĨNH", bold=True, center=True)
    _paragraph(doc, "KHÓA XVII, KỲ HỌP THỨ BA MƯƠI HAI", bold=True, center=True)
    _body(doc, RESOLUTION_BODY)
    _widths(_table(doc, INVESTMENT), [1.0, 5.4, 3.0, 2.2, 2.2, 2.4])
    _body(doc, RESOLUTION_TAIL)
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Tài chính;", "- Thường trực Tỉnh ủy;",
                  "- Đại biểu HĐND tỉnh;", "- UBND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Hà Văn Thuận"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A minister's decision approving a plan, the plan in its annex with a task table (legacy .doc).

MINISTRY = "g32_bnnmt_2417-qd-bnnmt_2025_phe-duyet-kh-giong-legacy.doc"

SEED_TASKS = [
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
    ["1", "Rà soát, đánh giá hiện trạng nguồn giống cây lâm nghiệp trên toàn quốc", "Cục Lâm nghiệp và Kiểm lâm",
     "Viện Khoa học Lâm nghiệp Việt Nam; Sở Nông nghiệp và Môi trường các tỉnh, thành phố", "2026",
     "Báo cáo đánh giá"],
    ["2", "Xây dựng cơ sở dữ liệu nguồn giống cây trồng lâm nghiệp", "Cục Chuyển đổi số",
     "Cục Lâm nghiệp và Kiểm lâm", "2026-2027", "Cơ sở dữ liệu"],
    ["3", "Chọn tạo, khảo nghiệm và công nhận giống mới năng suất cao", "Viện Khoa học Lâm nghiệp Việt Nam",
     "Trường Đại học Lâm nghiệp", "2026-2030", "Giống được công nhận"],
    ["4", "Nâng cấp hệ thống vườn ươm giống công nghệ cao vùng Bắc Trung Bộ", "Cục Lâm nghiệp và Kiểm lâm",
     "Sở Nông nghiệp và Môi trường các tỉnh Bắc Trung Bộ", "2027-2029", "Vườn ươm được nâng cấp"],
    ["5", "Kiểm tra chất lượng giống cây trồng lâm nghiệp lưu thông trên thị trường", "Cục Lâm nghiệp và Kiểm lâm",
     "Thanh tra Bộ", "Hằng năm", "Báo cáo kiểm tra"],
]

PLAN_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ phát triển giống cây trồng lâm nghiệp tại Chiến lược phát triển lâm nghiệp Việt Nam "
          "giai đoạn 2021 - 2030, tầm nhìn đến năm 2050."),
    ("p", "2. Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của các đơn vị thuộc Bộ, các địa phương."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung"),
    ("p", "Nâng cao năng suất, chất lượng rừng trồng thông qua việc phát triển hệ thống nguồn giống, vườn ươm đạt tiêu "
          "chuẩn; đáp ứng nhu cầu giống có chất lượng cho trồng rừng sản xuất và rừng phòng hộ."),
    ("p", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "a) Tỷ lệ cây giống được sản xuất từ nguồn giống được công nhận đạt 85% trở lên;"),
    ("p", "b) Công nhận mới ít nhất 30 giống cây trồng lâm nghiệp có năng suất tăng từ 15% đến 20% so với giống đại trà;"),
    ("p", "c) 100% nguồn giống được công nhận được cập nhật vào cơ sở dữ liệu quốc gia."),
    ("h", "III. NHIỆM VỤ CHỦ YẾU"),
    ("p", "Các nhiệm vụ chủ yếu, đơn vị chủ trì, phối hợp và thời gian thực hiện như sau:"),
]

PLAN_TAIL = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch dự kiến là 126,5 tỷ đồng, trong đó: ngân sách trung ương (vốn sự nghiệp) "
          "98,5 tỷ đồng; vốn huy động hợp pháp khác 28 tỷ đồng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cục Lâm nghiệp và Kiểm lâm là đầu mối, chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; định "
          "kỳ trước ngày 15 tháng 12 hằng năm báo cáo Bộ trưởng."),
    ("p", "2. Vụ Kế hoạch - Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Bộ."),
    ("p", "3. Vụ Khoa học và Công nghệ ưu tiên bố trí các nhiệm vụ khoa học về chọn tạo giống cây lâm nghiệp."),
    ("p", "4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Nông nghiệp và Môi trường phối "
          "hợp triển khai Kế hoạch trên địa bàn./."),
]


def ministry() -> bytes:
    doc = _new()
    decision_front(
        doc, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 2417/QĐ-BNNMT"],
        [*MOTTO, "Hà Nội, ngày 18 tháng 8 năm 2025"],
        "Phê duyệt Kế hoạch phát triển giống cây trồng lâm nghiệp chất lượng cao giai đoạn 2026 - 2030",
        "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        ["Căn cứ Nghị định số 148/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
         "hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;",
         "Căn cứ Quyết định số 1288/QĐ-TTg ngày 01 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát "
         "triển lâm nghiệp Việt Nam giai đoạn 2021 - 2030, tầm nhìn đến năm 2050;",
         "Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tài chính và Cục trưởng Cục Lâm nghiệp và Kiểm lâm."],
        ["Điều 1. Phê duyệt Kế hoạch phát triển giống cây trồng lâm nghiệp chất lượng cao giai đoạn 2026 - 2030 ban hành "
         "kèm theo Quyết định này.",
         "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Cục trưởng Cục Lâm nghiệp và Kiểm lâm, Thủ "
         "trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;",
         "- UBND các tỉnh, thành phố trực thuộc TW;", "- Sở NN&MT các tỉnh, thành phố;", "- Lưu: VT, KHTC."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Lương Quốc Khánh"])
    doc.add_page_break()
    _layout(doc, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------"], MOTTO, bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển giống cây trồng lâm nghiệp chất lượng cao giai đoạn 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "(Ban hành kèm theo Quyết định số 2417/QĐ-BNNMT ngày 18 tháng 8 năm 2025 của Bộ trưởng Bộ Nông "
                    "nghiệp và Môi trường)", italic=True, center=True)
    _body(doc, PLAN_BODY)
    _widths(_table(doc, SEED_TASKS), [0.9, 4.6, 2.8, 3.4, 2.0, 2.3])
    _body(doc, PLAN_TAIL)
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province's 2026 plan of the national target programme for sustainable poverty reduction, word-segmented.

POVERTY = "g32_tinh-vanson_87-kh-ubnd_2026_giam-ngheo-nguon-von-wordseg.txt"

POVERTY_TEXT = """\
ỦY_BAN_NHÂN_DÂN 
TỈNH VÂN_SƠN 
Số : 87/KH - UBND 
CỘNG_HÒA XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Vân_Sơn , ngày 20 tháng 01 năm 2026 
KẾ_HOẠCH 
Thực_hiện Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững năm 2026 trên địa_bàn tỉnh Vân_Sơn 
Căn_cứ Quyết_định số 1712/QĐ - TTg ngày 26 tháng 9 năm 2025 của Thủ_tướng Chính_phủ phê_duyệt Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững giai_đoạn 2026 - 2030 ; 
Căn_cứ Nghị_quyết số 21/NQ - HĐND ngày 12 tháng 12 năm 2025 của Hội_đồng_nhân_dân tỉnh về phân_bổ vốn thực_hiện các chương_trình mục_tiêu quốc_gia năm 2026 ; 
Ủy_ban_nhân_dân tỉnh ban_hành Kế_hoạch thực_hiện Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững năm 2026 như sau : 
I. MỤC_TIÊU 
1 . Mục_tiêu chung 
Thực_hiện giảm nghèo đa_chiều , bao_trùm , bền_vững ; hạn_chế tái nghèo và phát_sinh nghèo ; hỗ_trợ người nghèo , hộ nghèo vượt lên mức sống tối_thiểu , tiếp_cận các dịch_vụ xã_hội cơ_bản . 
2 . Chỉ_tiêu cụ_thể năm 2026 
- Tỷ_lệ hộ nghèo theo chuẩn nghèo đa_chiều giảm 1,2 % ; tỷ_lệ hộ nghèo đồng_bào dân_tộc thiểu_số giảm trên 3 % . 
- 100 % hộ nghèo , hộ cận nghèo có nhu_cầu được hỗ_trợ vay vốn tín_dụng ưu_đãi . 
- 85 % người lao_động thuộc hộ nghèo , hộ cận nghèo được hỗ_trợ kết_nối việc_làm . 
- Hỗ_trợ xây mới , sửa_chữa 650 căn nhà ở cho hộ nghèo , hộ cận nghèo . 
II. NỘI_DUNG THỰC_HIỆN 
1 . Dự_án 1 : Hỗ_trợ đầu_tư phát_triển hạ_tầng kinh_tế - xã_hội các xã đặc_biệt khó_khăn 
Đầu_tư 42 công_trình đường giao_thông , trường_học , trạm y_tế , thủy_lợi nhỏ tại 18 xã đặc_biệt khó_khăn . Sở Nông_nghiệp và Môi_trường chủ_trì , phối_hợp với Sở Xây_dựng và Ủy_ban_nhân_dân các xã thực_hiện . 
2 . Dự_án 2 : Đa_dạng_hóa sinh_kế , phát_triển mô_hình giảm nghèo 
Xây_dựng và nhân_rộng 25 mô_hình giảm nghèo gắn với chuỗi giá_trị sản_phẩm chủ_lực của địa_phương . Sở Nông_nghiệp và Môi_trường chủ_trì thực_hiện . 
3 . Dự_án 3 : Hỗ_trợ phát_triển sản_xuất , cải_thiện dinh_dưỡng 
a ) Tiểu_dự_án 1 : Hỗ_trợ phát_triển sản_xuất trong lĩnh_vực nông_nghiệp 
Hỗ_trợ giống cây_trồng , vật_nuôi , vật_tư cho 3.200 hộ nghèo , hộ cận nghèo . Sở Nông_nghiệp và Môi_trường chủ_trì thực_hiện . 
b ) Tiểu_dự_án 2 : Cải_thiện dinh_dưỡng 
Chăm_sóc dinh_dưỡng cho trẻ_em dưới 16 tuổi thuộc hộ nghèo . Sở Y_tế chủ_trì , phối_hợp với Ủy_ban_nhân_dân các xã thực_hiện . 
4 . Dự_án 4 : Phát_triển giáo_dục nghề_nghiệp , việc_làm bền_vững 
Đào_tạo nghề cho 2.400 lao_động thuộc hộ nghèo , hộ cận nghèo ; hỗ_trợ 300 lao_động đi làm_việc ở nước_ngoài theo hợp_đồng . Sở Nội_vụ chủ_trì , phối_hợp với Sở Giáo_dục và Đào_tạo thực_hiện . 
III. NGUỒN_VỐN THỰC_HIỆN 
1 . Tổng vốn thực_hiện Chương_trình năm 2026 là 412.680 triệu đồng , gồm : 
a ) Ngân_sách trung_ương : 356.200 triệu đồng , trong đó vốn đầu_tư phát_triển 248.500 triệu đồng , vốn sự_nghiệp 107.700 triệu đồng . 
b ) Ngân_sách địa_phương đối_ứng : 35.620 triệu đồng . 
c ) Vốn lồng_ghép từ các chương_trình , dự_án khác : 12.860 triệu đồng . 
d ) Vốn huy_động hợp_pháp khác : 8.000 triệu đồng . 
2 . Phân_bổ vốn ngân_sách trung_ương theo dự_án 
Đơn_vị tính : triệu đồng 
TT Dự_án Tổng số Vốn đầu_tư phát_triển Vốn sự_nghiệp 
1 Dự_án 1 198.400 198.400 - 
2 Dự_án 2 38.600 - 38.600 
3 Dự_án 3 47.900 - 47.900 
4 Dự_án 4 71.300 50.100 21.200 
Tổng cộng 356.200 248.500 107.700 
IV. TỔ_CHỨC THỰC_HIỆN 
1 . Sở Nông_nghiệp và Môi_trường là cơ_quan thường_trực Chương_trình , chủ_trì theo_dõi , tổng_hợp , báo_cáo kết_quả thực_hiện trước ngày 15/12/2026 . 
2 . Sở Tài_chính tham_mưu bố_trí vốn đối_ứng ngân_sách tỉnh ; hướng_dẫn thanh_toán , quyết_toán vốn Chương_trình . 
3 . Sở Nội_vụ hướng_dẫn , kiểm_tra việc thực_hiện Dự_án 4 . 
4 . Ủy_ban_nhân_dân các xã , phường rà_soát đối_tượng , tổ_chức thực_hiện các dự_án trên địa_bàn ; chịu trách_nhiệm về kết_quả giảm nghèo của địa_phương ./. 
Nơi nhận : 
- Bộ Nông_nghiệp và Môi_trường ( b/c ) ; 
- TT Tỉnh_ủy , TT HĐND tỉnh ( b/c ) ; 
- Chủ_tịch , các PCT UBND tỉnh ; 
- Các sở , ban , ngành tỉnh ; 
- UBND các xã , phường ; 
- Lưu : VT , KGVX . 
TM. ỦY_BAN_NHÂN_DÂN 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Lò_Văn_Sinh 
"""

# ---------------------------------------------------------------------------
# 4. A Sở Xây dựng's five-year plan, scraped to Markdown, its indicator table flattened to one cell a line.

ROADS = "g32_sxd-phulam_142-kh-sxd_2026_chi-tieu-nam-km-nguoi-md.md"

ROADS_TEXT = """\
**ỦY BAN NHÂN DÂN TỈNH PHÚ LÂM
SỞ XÂY DỰNG**
\\-------
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**
\\---------------
Số: 142/KH-SXD
*Phú Lâm, ngày 05 tháng 02 năm 2026*

**KẾ HOẠCH**

**Phát triển giao thông nông thôn và bảo đảm trật tự, an toàn giao thông giai đoạn 2026 - 2030**

*Căn cứ Quyết định số 655/QĐ-UBND ngày 22 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Phú Lâm phê duyệt Kế hoạch phát triển kết cấu hạ tầng giao thông tỉnh Phú Lâm giai đoạn 2026 - 2030;*

*Thực hiện Kế hoạch số 19/KH-UBND ngày 14 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về bảo đảm trật tự, an toàn giao thông giai đoạn 2026 - 2030;*

Sở Xây dựng xây dựng Kế hoạch thực hiện như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Hoàn thiện mạng lưới giao thông nông thôn kết nối liên hoàn với hệ thống đường tỉnh, đường quốc lộ; kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí.

**2. Mục tiêu cụ thể**

\\- Phấn đấu đến năm 2030, tỷ lệ đường xã được cứng hóa đạt trên 95%.

\\- Vốn đầu tư cho bảo trì đường địa phương bình quân mỗi năm tăng 8-10%.

\\- Tỷ lệ người điều khiển mô tô, xe gắn máy đội mũ bảo hiểm đúng quy định không thấp hơn 98%.

\\- Số người chết do tai nạn giao thông giảm bình quân 5% mỗi năm.

**3. Chỉ tiêu theo năm**

*Đơn vị tính: theo từng chỉ tiêu*

TT
Chỉ tiêu
ĐVT
2026
2027
2028
2029
2030
1
Tỷ lệ đường xã được cứng hóa
%
86
88
91
93
95
2
Chiều dài đường tỉnh được nâng cấp, cải tạo
km
35
40
40
45
40
3
Tỷ lệ cầu yếu trên đường huyện, đường xã được thay thế
%
60
70
80
90
100
4
Số người được tập huấn kiến thức an toàn giao thông
người
12.000
12.500
13.000
13.500
14.000

**II. NHIỆM VỤ VÀ GIẢI PHÁP**

**1. Rà soát, cập nhật quy hoạch mạng lưới đường giao thông nông thôn**

Phòng Quản lý kết cấu hạ tầng giao thông chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát, đề xuất danh mục tuyến đường ưu tiên đầu tư.

**2. Nâng cấp, cải tạo đường tỉnh và thay thế cầu yếu**

Ban Quản lý dự án đầu tư xây dựng công trình giao thông chủ trì tổ chức thực hiện các dự án theo kế hoạch vốn được giao.

**3. Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông**

Phòng Vận tải và Phương tiện người lái chủ trì, phối hợp với Công an tỉnh và Đài Phát thanh và Truyền hình tỉnh thực hiện.

**III. KINH PHÍ THỰC HIỆN**

Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước bố trí trong dự toán hằng năm của Sở và các nguồn hợp pháp khác.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Văn phòng Sở theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Giám đốc Sở trước ngày 10 tháng 12 hằng năm.

2\\. Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.

3\\. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết và tổ chức thực hiện./.

**Nơi nhận:**
\\- UBND tỉnh (b/c);
\\- Giám đốc, các PGĐ Sở;
\\- Công an tỉnh;
\\- Các phòng, đơn vị thuộc Sở;
\\- Lưu: VT, KHTC.

**KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC**

**Đặng Thị Minh Hằng**
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RESOLUTION).write_bytes(_pdf(resolution(), RESOLUTION))
    (folder / MINISTRY).write_bytes(_converted(ministry(), MINISTRY, "doc"))
    (folder / POVERTY).write_text(POVERTY_TEXT, encoding="utf-8")
    (folder / ROADS).write_text(ROADS_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
