"""Invented documents of hold-out round G42: a province's plan whose task table carries its targets in an output
column ("Kết quả đầu ra": "100% cán bộ ... được tập huấn", "Tối thiểu 85% hồ sơ ...") beside lead, partners and
deadline, in Word; a province's five-year plan printed to PDF by LibreOffice whose money is split by source with each
source's share ("ngân sách trung ương 1.050 tỷ đồng (chiếm 72,4%)") and whose opening gives land and population shares
and current levels ("chiếm 35,2% diện tích tự nhiên", "tỷ lệ hộ nghèo năm 2025 là 9,4%"); a department's plan scraped
to Markdown whose tasks are "Nhiệm vụ 1:", "Nhiệm vụ 2:" ... each with labelled lines under it ("Cơ quan chủ trì:",
"Cơ quan phối hợp:", "Thời gian thực hiện:", "Kinh phí:", "Đầu mối liên hệ: đồng chí ..., ĐT: 0913.456.278"); a
commune's seasonal production plan (vụ Hè Thu) as a crawler saves its page, areas in ha, yields in tạ/ha and output
in tấn by hamlet in a tab table, a few percent targets, and the seed subsidy by hamlet in triệu đồng in a second tab
table.

The documents:
- g42_tinh-binhkhuong: a province's plan of electronic health records for 2028, task table with an output column
  (.docx);
- g42_tinh-caovan: a province's plan of the ethnic-minority areas 2026 - 2030, money by source with shares (.pdf by
  LibreOffice);
- g42_sct-sonkhe: a Sở Công Thương's plan of 2027, "Nhiệm vụ N:" with labelled lines and focal persons (.md scrape);
- g42_xa-tanvinh: a commune's production plan of the 2029 Hè Thu crop (.txt crawl).

The reading the set's conventions imply: a task table's output column is each row's product, no objective and no
agency (the targets of the plan are those under its "Mục tiêu"); a share of the money ("chiếm 72,4%"), of the land or
the people ("chiếm 35,2% diện tích tự nhiên") and a current level ("năm 2025 là 9,4%", "từ 9,4% năm 2025") are no
targets, the level aimed at beside them is; the money by source gives one statement per source (lồng ghép other,
huy động mobilized) for the period and for the year it names; a "Nhiệm vụ N:" block is activity N, its "Cơ quan chủ
trì:" line its lead, "Cơ quan phối hợp:" its partners, its "Kinh phí:" a statement of its code, the focal person's
rank, name and phone no agency, amount or target; a production plan's areas, yields and output are no percents, its
mechanisation and certified-seed rates are, the subsidy table in triệu đồng one item per amount cell (the total row
too; areas and kilograms none).

First pass (golds written by hand before the first extraction, commit f76225d; the 4 documents scored alone, code of
9c0f402): micro 201/203/202 (0.993). Whole: the Word plan (the output column's percents no targets, no agencies),
the PDF (every share "(chiếm N%)" and the opening's land, population and poverty levels no targets, "từ 9,4% năm 2025
xuống dưới 4%" the 4 alone, the nine statements by source and year), the Markdown plan ("Nhiệm vụ N:" blocks, their
leads, partners and sums; the focal persons' ranks and phones nothing). The misses, both in the crop plan: "1. Lịch
thời vụ: ...", "2. Cơ cấu giống: ..." read as tasks (activities.ATTRIBUTE), "Hợp tác xã nông nghiệp Tân Vĩnh:" no
body (normalizers.agencies). Probing beside them found "Nhiệm vụ 2 - ..." (a dash after the number) no task
(segment.NAMED_ITEM, activities.TITLE_PREFIX) and "(năm 2026 chiếm 36,1%)" read as a target (objectives
.BASELINE_BRACKET): fixed too (tests/test_g42_crop_plan.py, test_g42_named_tasks.py, test_g42_shares.py). After:
202/202/202. As other renditions: docx 91/93/92 -> 92/92/92; segmented 86/96/92 -> 87/87/92 (the crop plan's tab
tables joined by single spaces: rows no longer read as headings and tasks, segment._bare_count; the subsidy table
itself is not found again, a reader's matter); pdf-layout 196/198/202 -> 197/197/202 (the subsidy table's header
line and total row not split into the rows' columns by the layout reader: its five items lost).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g42 OUTDIR` writes
every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

# ---------------------------------------------------------------------------
# 1. A province's plan whose task table carries the targets in an output column, Word.

OUTPUT_DOC = "g42_tinh-binhkhuong_147-kh-ubnd_2028_bang-nhiem-vu-ket-qua-dau-ra.docx"

OUTPUT_BODY = [
    ("i", "Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;"),
    ("i", "Căn cứ Quyết định số 1842/QĐ-BYT ngày 14 tháng 7 năm 2027 của Bộ trưởng Bộ Y tế ban hành Kế hoạch triển khai "
          "hồ sơ sức khỏe điện tử giai đoạn 2027 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh Bình Khương ban hành Kế hoạch triển khai hồ sơ sức khỏe điện tử trên địa bàn tỉnh năm "
          "2028 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Từng bước số hóa thông tin sức khỏe của người dân, bảo đảm liên thông dữ liệu giữa các cơ sở khám bệnh, "
          "chữa bệnh trên địa bàn tỉnh với Cơ sở dữ liệu quốc gia về y tế."),
    ("p", "2. Phân công cụ thể nhiệm vụ, sản phẩm và thời hạn hoàn thành cho từng cơ quan, đơn vị; bảo đảm an toàn, bảo "
          "mật dữ liệu cá nhân theo quy định."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Hình thành hồ sơ sức khỏe điện tử cho người dân trên địa bàn tỉnh, phục vụ quản lý sức khỏe suốt đời, giảm "
          "thủ tục giấy tờ khi khám bệnh, chữa bệnh."),
    ("h", "2. Mục tiêu cụ thể đến hết năm 2028"),
    ("p", "- 95% người dân trên địa bàn tỉnh có hồ sơ sức khỏe điện tử được tạo lập và kích hoạt trên ứng dụng VNeID."),
    ("p", "- 100% bệnh viện công lập thực hiện bệnh án điện tử và kết nối, chia sẻ dữ liệu với hồ sơ sức khỏe điện tử."),
    ("p", "- Tối thiểu 80% trạm y tế xã, phường cập nhật thông tin khám, chữa bệnh lên hồ sơ sức khỏe điện tử trong vòng "
          "24 giờ."),
    ("p", "- Tỷ lệ người bệnh sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế khi khám bệnh đạt trên 90%."),
    ("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, kết quả đầu ra và thời hạn hoàn thành tại bảng sau:"),
]

OUTPUT_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả đầu ra", "Thời hạn hoàn thành"],
    ["1", "Rà soát, chuẩn hóa dữ liệu dân cư phục vụ tạo lập hồ sơ sức khỏe điện tử", "Công an tỉnh",
     "Sở Y tế; Bảo hiểm xã hội tỉnh", "Tối thiểu 85% hồ sơ được đối chiếu, làm sạch với Cơ sở dữ liệu quốc gia về dân cư",
     "Tháng 5/2028"],
    ["2", "Tập huấn kỹ năng cập nhật, khai thác hồ sơ sức khỏe điện tử cho cán bộ y tế", "Sở Y tế",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "100% cán bộ y tế tuyến xã được tập huấn", "Quý II/2028"],
    ["3", "Nâng cấp phần mềm quản lý bệnh viện, kết nối dữ liệu khám, chữa bệnh", "Sở Y tế",
     "Sở Khoa học và Công nghệ; các bệnh viện công lập", "Phần mềm được nâng cấp, kết nối ổn định tại 100% bệnh viện",
     "Quý III/2028"],
    ["4", "Bảo đảm hạ tầng mạng, an toàn thông tin cho các trạm y tế xã, phường", "Sở Khoa học và Công nghệ",
     "Ủy ban nhân dân các xã, phường", "Đường truyền tốc độ tối thiểu 100 Mbps tại 100% trạm y tế", "Quý III/2028"],
    ["5", "Tuyên truyền, hướng dẫn người dân kích hoạt, sử dụng hồ sơ sức khỏe điện tử",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Bình Khương; Ủy ban nhân dân các xã, phường",
     "Ít nhất 70% hộ gia đình được hướng dẫn trực tiếp", "Cả năm 2028"],
]

OUTPUT_TAIL = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch năm 2028 là 3.260 triệu đồng từ nguồn ngân sách tỉnh, bố trí trong dự toán chi "
          "sự nghiệp y tế của Sở Y tế; các bệnh viện công lập sử dụng nguồn thu sự nghiệp để nâng cấp phần mềm theo quy "
          "định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế là cơ quan thường trực, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo "
          "cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2028."),
    ("p", "2. Công an tỉnh chủ trì bảo đảm việc xác thực, làm sạch dữ liệu dân cư; phối hợp xử lý các trường hợp sai lệch "
          "thông tin."),
    ("p", "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "4. Ủy ban nhân dân các xã, phường chỉ đạo trạm y tế cập nhật dữ liệu hằng ngày; vận động người dân kích hoạt "
          "hồ sơ sức khỏe điện tử."),
]


def output_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH KHƯƠNG", "-------", "Số: 147/KH-UBND"],
            [*MOTTO, "Bình Khương, ngày 18 tháng 3 năm 2028"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai hồ sơ sức khỏe điện tử trên địa bàn tỉnh Bình Khương năm 2028", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, OUTPUT_BODY)
    _widths(_table(doc, OUTPUT_TASKS), [0.8, 4.4, 2.4, 3.0, 3.6, 2.0])
    _body(doc, OUTPUT_TAIL)
    closing(doc, ["- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trương Thị Bích Ngọc"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's five-year plan whose money is split by source with shares, LibreOffice PDF.

SHARES_DOC = "g42_tinh-caovan_96-kh-ubnd_2026_nguon-von-ty-trong-phan-tram.pdf"

SHARES_BODY = [
    ("i", "Căn cứ Nghị quyết số 112/2025/QH15 ngày 27 tháng 11 năm 2025 của Quốc hội phê duyệt chủ trương đầu tư Chương "
          "trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn "
          "2026 - 2030;"),
    ("i", "Căn cứ Quyết định số 318/QĐ-TTg ngày 20 tháng 02 năm 2026 của Thủ tướng Chính phủ phê duyệt Chương trình mục "
          "tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh Cao Vân ban hành Kế hoạch thực hiện Chương trình trên địa bàn tỉnh như sau:"),
    ("h", "I. THỰC TRẠNG VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ"),
    ("p", "Vùng đồng bào dân tộc thiểu số và miền núi của tỉnh gồm 38 xã, chiếm 35,2% diện tích tự nhiên và 28,6% dân số "
          "toàn tỉnh; đồng bào dân tộc thiểu số chiếm 61,3% dân số của vùng. Tỷ lệ hộ nghèo của vùng năm 2025 là 9,4%, "
          "cao gấp 3,2 lần bình quân chung của tỉnh; tỷ lệ lao động qua đào tạo đạt 41,5%."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu tổng quát"),
    ("p", "Khai thác tiềm năng, lợi thế của vùng đồng bào dân tộc thiểu số và miền núi; giảm nghèo nhanh, bền vững; thu "
          "hẹp dần khoảng cách về mức sống, thu nhập của vùng so với bình quân chung của tỉnh."),
    ("h", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "a) Giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số từ 9,4% năm 2025 xuống dưới 4%; bình quân mỗi năm giảm "
          "trên 1%."),
    ("p", "b) Thu nhập bình quân của người dân tộc thiểu số tăng gấp 2 lần so với năm 2025."),
    ("p", "c) 100% xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa; 98% thôn có đường ô tô đến trung "
          "tâm thôn được cứng hóa."),
    ("p", "d) Tỷ lệ lao động trong độ tuổi được đào tạo nghề phù hợp với nhu cầu, điều kiện của người dân tộc thiểu số "
          "đạt 55%."),
    ("p", "đ) Duy trì tỷ lệ che phủ rừng của vùng ổn định ở mức 58%."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt: Sở Dân tộc và Tôn giáo chủ trì, "
          "phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số thực hiện."),
    ("p", "2. Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống: Sở Xây dựng chủ trì, phối hợp với Sở Tài chính "
          "và Ủy ban nhân dân các xã thực hiện."),
    ("p", "3. Phát triển sản xuất theo chuỗi giá trị, vùng trồng dược liệu quý: Sở Nông nghiệp và Môi trường chủ trì, phối "
          "hợp với Sở Công Thương thực hiện."),
    ("p", "4. Đào tạo nghề, giải quyết việc làm cho lao động người dân tộc thiểu số: Sở Nội vụ chủ trì, phối hợp với "
          "Sở Giáo dục và Đào tạo thực hiện."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 1.450 tỷ đồng, trong đó: ngân sách trung ương "
          "1.050 tỷ đồng (chiếm 72,4%); ngân sách tỉnh đối ứng 180 tỷ đồng (chiếm 12,4%); vốn lồng ghép từ các chương "
          "trình, dự án khác 150 tỷ đồng (chiếm 10,3%); vốn huy động hợp pháp khác 70 tỷ đồng (chiếm 4,8%)."),
    ("p", "2. Kinh phí năm 2026 là 265 tỷ đồng, trong đó: ngân sách trung ương 190 tỷ đồng (chiếm 71,7%); ngân sách tỉnh "
          "45 tỷ đồng (chiếm 17%); vốn lồng ghép 30 tỷ đồng (chiếm 11,3%)."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Dân tộc và Tôn giáo là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, tổng hợp kết quả thực hiện; "
          "báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính chủ trì tham mưu phân bổ vốn ngân sách trung ương và bố trí vốn đối ứng của ngân sách tỉnh."),
    ("p", "3. Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số và miền núi xây dựng kế hoạch hằng năm, lồng ghép các "
          "nguồn vốn, huy động Nhân dân tham gia thực hiện./."),
]


def shares_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH CAO VÂN", "-------", "Số: 96/KH-UBND"],
            [*MOTTO, "Cao Vân, ngày 27 tháng 4 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số "
                    "và miền núi tỉnh Cao Vân giai đoạn 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, SHARES_BODY)
    closing(doc, ["- Bộ Dân tộc và Tôn giáo (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã vùng DTTS và MN;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hoàng Văn Tuyển"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A department's plan, "Nhiệm vụ N:" with labelled lines and focal persons, scraped to Markdown.

TASKS_MD = "g42_sct-sonkhe_58-kh-sct_2027_nhiem-vu-dau-moi-dien-thoai-md.md"

TASKS_TEXT = """[Trang chủ](/) / [Văn bản](/van-ban) / Kế hoạch

# Kế hoạch chuyển đổi số ngành Công Thương năm 2027

*Ngày đăng: 22/02/2027 | Lượt xem: 516*

| **UBND TỈNH SƠN KHÊ**<br>**SỞ CÔNG THƯƠNG**<br>\\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>\\--------------- |
|---|---|
| Số: 58/KH-SCT | *Sơn Khê, ngày 19 tháng 02 năm 2027* |

**KẾ HOẠCH**

**Chuyển đổi số ngành Công Thương tỉnh Sơn Khê năm 2027**

*Căn cứ Quyết định số 2210/QĐ-BCT ngày 05 tháng 11 năm 2026 của Bộ trưởng Bộ Công Thương ban hành Kế hoạch chuyển đổi số ngành Công Thương giai đoạn 2026 - 2030;*

*Thực hiện Kế hoạch số 31/KH-UBND ngày 25 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh Sơn Khê về chuyển đổi số năm 2027;*

Sở Công Thương xây dựng Kế hoạch chuyển đổi số ngành Công Thương năm 2027 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Đẩy mạnh ứng dụng công nghệ số trong quản lý nhà nước và hoạt động sản xuất, kinh doanh của ngành Công Thương; phát triển thương mại điện tử trở thành kênh phân phối quan trọng của doanh nghiệp và hợp tác xã.

**2. Chỉ tiêu cụ thể**

\\- 100% thủ tục hành chính thuộc thẩm quyền của Sở đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.

\\- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt tối thiểu 90%.

\\- Ít nhất 60% doanh nghiệp công nghiệp nông thôn và 45% hợp tác xã có sản phẩm OCOP tham gia sàn thương mại điện tử.

\\- Tỷ lệ doanh số thương mại điện tử trong tổng mức bán lẻ hàng hóa đạt 12%.

**II. NHIỆM VỤ CỤ THỂ**

**Nhiệm vụ 1: Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính**

\\- Cơ quan chủ trì: Văn phòng Sở.

\\- Cơ quan phối hợp: Phòng Quản lý công nghiệp; Phòng Quản lý thương mại.

\\- Thời gian thực hiện: Quý I - Quý III/2027.

\\- Kinh phí: 420 triệu đồng từ nguồn ngân sách tỉnh.

\\- Đầu mối liên hệ: đồng chí Lê Thị Hoa, Phó Chánh Văn phòng Sở, ĐT: 0913.456.278.

**Nhiệm vụ 2: Xây dựng cơ sở dữ liệu doanh nghiệp công nghiệp, cụm công nghiệp trên địa bàn tỉnh**

\\- Cơ quan chủ trì: Phòng Quản lý công nghiệp.

\\- Cơ quan phối hợp: Trung tâm Khuyến công và Xúc tiến thương mại; Ủy ban nhân dân các xã, phường.

\\- Thời gian thực hiện: Tháng 3 - 10/2027.

\\- Kinh phí: 650 triệu đồng từ nguồn ngân sách tỉnh.

\\- Đầu mối liên hệ: đồng chí Phạm Quốc Bảo, Trưởng phòng Quản lý công nghiệp, ĐT: 0982.117.345.

**Nhiệm vụ 3: Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử**

\\- Cơ quan chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại.

\\- Cơ quan phối hợp: Phòng Quản lý thương mại; Liên minh Hợp tác xã tỉnh.

\\- Thời gian thực hiện: Cả năm 2027.

\\- Kinh phí: 780 triệu đồng, trong đó ngân sách tỉnh 500 triệu đồng, doanh nghiệp đối ứng 280 triệu đồng.

\\- Đầu mối liên hệ: đồng chí Vũ Thanh Tâm, Phó Giám đốc Trung tâm, ĐT: 0905.662.910; email: tamvt@sonkhe.gov.vn.

**Nhiệm vụ 4: Đào tạo kỹ năng số cho công chức và doanh nghiệp**

\\- Cơ quan chủ trì: Phòng Quản lý thương mại.

\\- Cơ quan phối hợp: Sở Khoa học và Công nghệ.

\\- Thời gian thực hiện: Quý II/2027.

\\- Kinh phí: lồng ghép trong kinh phí chi thường xuyên của Sở.

\\- Đầu mối liên hệ: đồng chí Đỗ Minh Khôi, chuyên viên Phòng Quản lý thương mại, ĐT: 0236.3821.456.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch là 1.850 triệu đồng, trong đó: ngân sách tỉnh 1.570 triệu đồng; doanh nghiệp đối ứng 280 triệu đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Văn phòng Sở là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở và Sở Khoa học và Công nghệ trước ngày 10/12/2027.

2\\. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo kết quả định kỳ hằng quý về Văn phòng Sở.

3\\. Trung tâm Khuyến công và Xúc tiến thương mại chủ động phối hợp với các sàn thương mại điện tử tổ chức các chương trình hỗ trợ doanh nghiệp.

| *Nơi nhận:*<br>\\- UBND tỉnh (b/c);<br>\\- Sở Khoa học và Công nghệ;<br>\\- Giám đốc, các PGĐ Sở;<br>\\- Các phòng, đơn vị thuộc Sở;<br>\\- Lưu: VT, VP. | **GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>**Nguyễn Hữu Thắng** |
|---|---|

*Tệp đính kèm: 58-KH-SCT.pdf*
"""

# ---------------------------------------------------------------------------
# 4. A commune's production plan of the Hè Thu crop, as a crawler saves the page's text.

CROP_TXT = "g42_xa-tanvinh_73-kh-ubnd_2029_san-xuat-vu-he-thu-crawl.txt"

CROP_TEXT = """Trang thông tin điện tử xã Tân Vĩnh
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
Văn bản chỉ đạo điều hành
Ngày đăng: 08/04/2029 | Lượt xem: 276
ỦY BAN NHÂN DÂN
XÃ TÂN VĨNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 73/KH-UBND
Tân Vĩnh, ngày 05 tháng 4 năm 2029
KẾ HOẠCH
Sản xuất vụ Hè Thu năm 2029 trên địa bàn xã Tân Vĩnh
Thực hiện Kế hoạch số 112/KH-SNNMT ngày 20 tháng 3 năm 2029 của Sở Nông nghiệp và Môi trường tỉnh Phước Hưng về sản xuất vụ Hè Thu năm 2029;
Căn cứ kết quả sản xuất vụ Đông Xuân 2028 - 2029 và điều kiện thời tiết, nguồn nước trên địa bàn, Ủy ban nhân dân xã Tân Vĩnh xây dựng Kế hoạch sản xuất vụ Hè Thu năm 2029 như sau:
I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG XUÂN 2028 - 2029
Toàn xã gieo trồng 1.215 ha lúa, đạt 101,2% kế hoạch; năng suất bình quân 63,5 tạ/ha; sản lượng 7.715 tấn. Tỷ lệ sử dụng giống lúa xác nhận đạt 86%; cơ giới hóa khâu làm đất đạt 96%.
II. MỤC TIÊU, CHỈ TIÊU
1. Tổng diện tích gieo trồng lúa vụ Hè Thu 1.180 ha; năng suất bình quân đạt 58 tạ/ha; sản lượng đạt 6.850 tấn.
2. Tỷ lệ sử dụng giống lúa xác nhận đạt 90% diện tích gieo trồng.
3. Tỷ lệ cơ giới hóa khâu làm đất đạt 98%, khâu thu hoạch đạt 92%.
4. Diện tích áp dụng quy trình canh tác "1 phải 5 giảm" đạt ít nhất 40% diện tích gieo trồng.
III. KẾ HOẠCH SẢN XUẤT THEO THÔN
TT	Thôn	Diện tích (ha)	Năng suất (tạ/ha)	Sản lượng (tấn)
1	Thôn Vĩnh An	320	59	1.888
2	Thôn Vĩnh Phú	285	58	1.653
3	Thôn Tân Hòa	260	57	1.482
4	Thôn Tân Lập	315	58	1.827
	Tổng cộng	1.180	58	6.850
IV. LỊCH THỜI VỤ VÀ CƠ CẤU GIỐNG
1. Lịch thời vụ: gieo sạ tập trung từ ngày 20/4 đến ngày 05/5/2029, thu hoạch dứt điểm trước ngày 15/8/2029 để tránh lũ sớm.
2. Cơ cấu giống: giống chủ lực ĐV 108, HT1 chiếm 60% diện tích; giống bổ sung TBR225 chiếm 40% diện tích.
V. HỖ TRỢ GIỐNG LÚA XÁC NHẬN
Hỗ trợ 50% giá giống lúa xác nhận cho diện tích sản xuất tập trung theo cánh đồng lớn, định mức 100 kg/ha, đơn giá hỗ trợ 9.000 đồng/kg. Kinh phí hỗ trợ theo thôn như sau:
Đơn vị tính: triệu đồng
TT	Thôn	Diện tích hỗ trợ (ha)	Lượng giống (kg)	Kinh phí hỗ trợ
1	Thôn Vĩnh An	120	12.000	108
2	Thôn Vĩnh Phú	100	10.000	90
3	Thôn Tân Hòa	80	8.000	72
4	Thôn Tân Lập	110	11.000	99
	Tổng cộng	410	41.000	369
Tổng kinh phí hỗ trợ giống là 369 triệu đồng từ nguồn ngân sách xã năm 2029.
VI. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: Là cơ quan thường trực, hướng dẫn các thôn triển khai Kế hoạch; theo dõi tình hình sâu bệnh, tổng hợp báo cáo Ủy ban nhân dân xã trước ngày 30/8/2029.
2. Hợp tác xã nông nghiệp Tân Vĩnh: Cung ứng giống, vật tư; tổ chức dịch vụ làm đất, thu hoạch bằng máy cho các hộ xã viên.
3. Ban Nhân dân các thôn: Vận động Nhân dân gieo sạ đúng lịch thời vụ, sử dụng giống xác nhận; tổng hợp diện tích đăng ký hỗ trợ giống gửi Phòng Kinh tế trước ngày 15/4/2029.
4. Đề nghị Hội Nông dân xã: Tuyên truyền, vận động hội viên áp dụng quy trình canh tác "1 phải 5 giảm".
Nơi nhận:
- Sở Nông nghiệp và Môi trường (b/c);
- TT Đảng ủy, TT HĐND xã;
- Chủ tịch, PCT UBND xã;
- HTX nông nghiệp Tân Vĩnh;
- Các thôn;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Nguyễn Văn Được
Tệp đính kèm: 73-KH-UBND.pdf
Bản quyền thuộc Ủy ban nhân dân xã Tân Vĩnh
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / OUTPUT_DOC).write_bytes(output_plan())
    (folder / SHARES_DOC).write_bytes(_pdf(shares_plan(), SHARES_DOC))
    (folder / TASKS_MD).write_text(TASKS_TEXT, encoding="utf-8")
    (folder / CROP_TXT).write_text(CROP_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
