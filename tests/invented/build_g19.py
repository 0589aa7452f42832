"""Invented documents of hold-out round G19: Đề án and programmes with parts, chapters and two horizons.

- a province's Đề án of 2026 scraped to Markdown: "Phần thứ nhất: SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN" with the
  legal bases inside it (no preamble), "Phần thứ hai: ĐÁNH GIÁ THỰC TRẠNG" full of past figures, "Phần thứ ba: NỘI
  DUNG ĐỀ ÁN" with "Mục tiêu đến năm 2030" and "Định hướng đến năm 2035", targets by phase, "nhóm nhiệm vụ, giải
  pháp" with sub-items, the budget by phase and source, "Tổ chức thực hiện" by body (.md);
- a district's Đề án of 2011 copied from a PDF to text: the same parts with "Tầm nhìn đến năm 2020", targets by
  phase ("Giai đoạn 2011 - 2012: ...; giai đoạn 2013 - 2015: ...") (.txt);
- a province UBND's Chương trình hành động of 2016 implementing a Nghị quyết of the Tỉnh ủy, in Word: a task table
  "Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm" (.docx);
- a ministry's Quyết định of 2021 approving a Đề án, the Đề án attached after the signature, in chapters ("Chương
  I", "Mục 1") with "Phụ lục II: Danh mục nhiệm vụ" as a table, printed to PDF from Word (.pdf).

First pass (golds written by hand before the first extraction, the 4 documents scored alone): micro 145/153/154.
Read at first: every header, signer and recipient; the Chương trình hành động's task table (Nhiệm vụ | Cơ quan chủ trì
| Cơ quan phối hợp | Thời gian | Sản phẩm) and the ministry's Phụ lục II with their bodies; the targets by phase
("Giai đoạn 2026 - 2027:" over its bullets, target_year per item); the nhóm nhiệm vụ's sub-items (the groups left
out); the budget by source and by phase. Three readings of the gold were corrected to the set's conventions after that
pass: an item labelled by its horizon ("1. Mục tiêu đến năm 2025: 80% ...", "3. Tầm nhìn đến năm 2020: 80% ...") starts
after its label, as "Mục tiêu chung: ..." does; a Quyết định's Điều 3 ("Chánh Văn phòng, ... và Thủ trưởng các cơ
quan, đơn vị có liên quan chịu trách nhiệm thi hành") names bodies responsible (h7_quangbinh's gold); the money of a
past period told in the situation ("Tổng vốn đầu tư ... giai đoạn 2021 - 2025 là 118 tỷ đồng") is a statement of its
own (z_tinh-hoagiang_215, d2_huyen-napac_86). Against the corrected golds the first pass is 152/153/159. The misses:
the bases listed inside "Phần thứ nhất" / "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN" under "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN"
(no preamble) not read, as bullets nor as numbered items (6 bases); a past period's sum ("Đến hết năm 2010, toàn huyện
có ...; giai đoạn 2006 - 2010 đã đầu tư 23,6 tỷ đồng") given the year the sentence opened with (2010).

After this round's rules (tests/test_g19_holdout.py): 159/159/159.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g19 OUTDIR`
writes every file; the PDF needs soffice (the file in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing, decision_front
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

SCHEME_MD = "g19_tinh-langphong_09-da-ubnd_2026_de-an-phan-thu-hai-tam-md.md"
SCHEME_TXT = "g19_huyen-tanmy_02-da-ubnd_2011_de-an-tam-nhin-giai-doan.txt"
ACTION = "g19_tinh-vinhhai_41-ctr-ubnd_2016_chuong-trinh-hanh-dong-nghi-quyet-tinh-uy.docx"
MINISTRY = "g19_btttt_1638-qd-btttt_2021_phe-duyet-de-an-chuong-phu-luc.pdf"


# ---------------------------------------------------------------------------
# 1. A province's Đề án scraped to Markdown.

SCHEME_MD_TEXT = """\
| **ỦY BAN NHÂN DÂN TỈNH LANG PHONG** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 09/ĐA-UBND | *Lang Phong, ngày 14 tháng 3 năm 2026* |

**ĐỀ ÁN**

**PHÁT TRIỂN DU LỊCH SINH THÁI VÙNG HỒ TỈNH LANG PHONG GIAI ĐOẠN 2026 - 2030, ĐỊNH HƯỚNG ĐẾN NĂM 2035**

**Phần thứ nhất**

**SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN**

**I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN**

Vùng hồ của tỉnh có cảnh quan và hệ sinh thái đa dạng, song du lịch sinh thái phát triển còn manh mún, sản phẩm đơn điệu, chưa tương xứng với tiềm năng.

**II. CĂN CỨ XÂY DỰNG ĐỀ ÁN**

1. Luật Du lịch ngày 19 tháng 6 năm 2017;

2. Quyết định số 509/QĐ-TTg ngày 13 tháng 6 năm 2024 của Thủ tướng Chính phủ phê duyệt Quy hoạch hệ thống du lịch thời kỳ 2021 - 2030, tầm nhìn đến năm 2045;

3. Nghị quyết số 17-NQ/TU ngày 22 tháng 9 năm 2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch trở thành ngành kinh tế mũi nhọn.

**Phần thứ hai**

**ĐÁNH GIÁ THỰC TRẠNG**

**I. KẾT QUẢ ĐẠT ĐƯỢC GIAI ĐOẠN 2021 - 2025**

Năm 2025, vùng hồ đón 412.000 lượt khách, tăng 18,4% so với năm 2021; doanh thu du lịch đạt 236 tỷ đồng; có 27 cơ sở lưu trú với 540 phòng, trong đó 35% đạt chuẩn. Tổng vốn đầu tư hạ tầng du lịch giai đoạn 2021 - 2025 là 118 tỷ đồng.

**II. HẠN CHẾ, NGUYÊN NHÂN**

Sản phẩm du lịch còn trùng lặp; nguồn nhân lực qua đào tạo mới đạt 42%; hạ tầng giao thông kết nối các điểm du lịch còn hạn chế.

**Phần thứ ba**

**NỘI DUNG ĐỀ ÁN**

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Phát triển du lịch sinh thái vùng hồ thành sản phẩm đặc trưng của tỉnh, gắn với bảo tồn thiên nhiên và nâng cao thu nhập của người dân địa phương.

**2. Mục tiêu cụ thể đến năm 2030**

a) Giai đoạn 2026 - 2027:

- Đón 520.000 lượt khách vào năm 2027;

- 60% cơ sở lưu trú đạt chuẩn phục vụ khách du lịch.

b) Giai đoạn 2028 - 2030:

- Tỷ lệ lao động du lịch qua đào tạo đạt 75%;

- Doanh thu du lịch tăng bình quân 12%/năm.

**3. Định hướng đến năm 2035**

- Vùng hồ trở thành khu du lịch quốc gia;

- 90% lao động du lịch được đào tạo chuyên môn.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Nhóm nhiệm vụ, giải pháp về quy hoạch và hạ tầng**

1.1. Rà soát, điều chỉnh quy hoạch các khu, điểm du lịch vùng hồ.

1.2. Đầu tư tuyến đường kết nối các bến thuyền du lịch.

**2. Nhóm nhiệm vụ, giải pháp về sản phẩm và xúc tiến**

2.1. Xây dựng 05 sản phẩm du lịch sinh thái đặc trưng.

2.2. Tổ chức quảng bá du lịch vùng hồ trên các nền tảng số.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Đề án là 214,5 tỷ đồng, trong đó: ngân sách trung ương 60 tỷ đồng; ngân sách tỉnh 104,5 tỷ đồng; vốn xã hội hóa 50 tỷ đồng. Phân kỳ: giai đoạn 2026 - 2027: 78 tỷ đồng; giai đoạn 2028 - 2030: 136,5 tỷ đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc thực hiện Đề án; định kỳ báo cáo Ủy ban nhân dân tỉnh.

2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Đề án.

3. Sở Nông nghiệp và Môi trường hướng dẫn bảo vệ cảnh quan, môi trường vùng hồ.

4. Ủy ban nhân dân các huyện có vùng hồ cụ thể hóa Đề án trên địa bàn.

| **Nơi nhận:** - Bộ Văn hóa, Thể thao và Du lịch; - TT Tỉnh ủy, TT HĐND tỉnh; - Các sở, ban, ngành tỉnh; - Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN** **CHỦ TỊCH** **Hà Minh Khôi** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 2. A district's Đề án copied from a PDF to text.

SCHEME_TXT_TEXT = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN MỸ                              Độc lập - Tự do - Hạnh phúc
                                      
Số: 02/ĐA-UBND                        Tân Mỹ, ngày 08 tháng 4 năm 2011

                                  ĐỀ ÁN
        Kiên cố hóa kênh mương nội đồng huyện Tân Mỹ giai đoạn 2011 - 2015,
                          tầm nhìn đến năm 2020

Phần thứ nhất
SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN

I. Sự cần thiết
Hệ thống kênh mương nội đồng của huyện phần lớn là kênh đất, thất thoát nước lớn,
chi phí nạo vét hằng năm cao.

II. Căn cứ xây dựng Đề án
- Nghị quyết số 26-NQ/TW ngày 05 tháng 8 năm 2008 của Ban Chấp hành Trung ương Đảng
khóa X về nông nghiệp, nông dân, nông thôn;
- Quyết định số 491/QĐ-TTg ngày 16 tháng 4 năm 2009 của Thủ tướng Chính phủ ban hành
Bộ tiêu chí quốc gia về nông thôn mới;
- Nghị quyết số 11/2010/NQ-HĐND ngày 20 tháng 12 năm 2010 của Hội đồng nhân dân huyện
về nhiệm vụ phát triển kinh tế - xã hội năm 2011.

Phần thứ hai
THỰC TRẠNG HỆ THỐNG KÊNH MƯƠNG

Đến hết năm 2010, toàn huyện có 386 km kênh mương nội đồng, trong đó 71 km đã kiên
cố hóa (18,4%); giai đoạn 2006 - 2010 đã đầu tư 23,6 tỷ đồng, nhân dân đóng góp
4,2 tỷ đồng. Diện tích được tưới chủ động đạt 64%.

Phần thứ ba
MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP

I. Mục tiêu
1. Mục tiêu chung: Kiên cố hóa hệ thống kênh mương nội đồng, bảo đảm tưới tiêu chủ
động, phục vụ xây dựng nông thôn mới.
2. Mục tiêu cụ thể:
- Giai đoạn 2011 - 2012: kiên cố hóa thêm 45 km kênh mương; tỷ lệ kênh mương được
kiên cố hóa đạt 30%.
- Giai đoạn 2013 - 2015: tỷ lệ kênh mương được kiên cố hóa đạt 55%; diện tích được
tưới chủ động đạt 85%.
3. Tầm nhìn đến năm 2020: 80% kênh mương nội đồng được kiên cố hóa; 100% diện tích
lúa được tưới chủ động.

II. Nhiệm vụ, giải pháp
1. Rà soát, lập danh mục tuyến kênh cần kiên cố hóa theo thứ tự ưu tiên.
2. Huy động nhân dân đóng góp ngày công, hiến đất làm kênh.
3. Đào tạo, tập huấn tổ thủy nông cơ sở về quản lý, vận hành kênh mương.

III. Kinh phí thực hiện
Tổng kinh phí thực hiện Đề án: 58,7 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 30 tỷ
đồng, ngân sách huyện 18,5 tỷ đồng, nhân dân đóng góp 10,2 tỷ đồng.

Phần thứ tư
TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, hướng dẫn các
xã lập hồ sơ, tổng hợp kết quả thực hiện.
2. Phòng Tài chính - Kế hoạch cân đối, bố trí vốn hằng năm.
3. Ủy ban nhân dân các xã, thị trấn tổ chức vận động nhân dân và quản lý công trình.

Nơi nhận:                                         TM. ỦY BAN NHÂN DÂN
- Sở Nông nghiệp và PTNT;                                  CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;
- Các phòng, ban có liên quan;
- UBND các xã, thị trấn;
- Lưu: VT.                                           Đoàn Văn Thịnh
"""


# ---------------------------------------------------------------------------
# 3. A province UBND's Chương trình hành động implementing a Nghị quyết of the Tỉnh ủy, in Word.

ACTION_BODY = [
    ("p", "Thực hiện Nghị quyết số 08-NQ/TU ngày 15 tháng 01 năm 2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển "
          "nguồn nhân lực chất lượng cao giai đoạn 2016 - 2020, định hướng đến năm 2025, Ủy ban nhân dân tỉnh ban "
          "hành Chương trình hành động như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ của Nghị quyết thành nhiệm vụ của các cơ quan, đơn vị."),
    ("p", "2. Xác định rõ cơ quan chủ trì, thời gian hoàn thành và sản phẩm của từng nhiệm vụ."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. Đến năm 2020: tỷ lệ lao động qua đào tạo đạt 65%, trong đó có bằng cấp, chứng chỉ đạt 26%."),
    ("p", "2. Định hướng đến năm 2025: tỷ lệ lao động qua đào tạo đạt 75%."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("p", "(Có danh mục nhiệm vụ kèm theo)"),
]

ACTION_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"],
    ["1", "Xây dựng chính sách thu hút nhân lực chất lượng cao về công tác tại tỉnh", "Sở Nội vụ",
     "Sở Tài chính, Sở Tư pháp", "Quý III/2016", "Nghị quyết của HĐND tỉnh"],
    ["2", "Đề án đào tạo nghề cho lao động nông thôn giai đoạn 2016 - 2020", "Sở Lao động - Thương binh và Xã hội",
     "UBND các huyện, thành phố", "Năm 2016", "Quyết định của UBND tỉnh"],
    ["3", "Kế hoạch đào tạo giáo viên dạy ngoại ngữ theo chuẩn quốc tế", "Sở Giáo dục và Đào tạo",
     "Trường Đại học Vĩnh Hải", "2016 - 2020", "Kế hoạch của UBND tỉnh"],
]

ACTION_TAIL = [
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Chương trình được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị theo "
          "phân cấp ngân sách hiện hành."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Chương trình, báo cáo "
          "Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Sở Kế hoạch và Đầu tư, Sở Tài chính cân đối, bố trí nguồn lực thực hiện Chương trình."),
]


def action() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH HẢI", "-------", "Số: 41/CTr-UBND"],
            [*MOTTO, "Vĩnh Hải, ngày 29 tháng 02 năm 2016"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Nghị quyết số 08-NQ/TU ngày 15/01/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn "
                    "nhân lực chất lượng cao giai đoạn 2016 - 2020, định hướng đến năm 2025", bold=True, center=True)
    _body(doc, ACTION_BODY)
    _widths(_table(doc, ACTION_TASKS), [0.8, 5.0, 2.8, 3.0, 1.8, 2.6])
    _body(doc, ACTION_TAIL)
    closing(doc, ["- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, VX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lục Thị Hoài"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A ministry's Quyết định approving a Đề án, the Đề án attached after the signature, printed to PDF.

MIN_PLAN = [
    ("c", "ĐỀ ÁN"),
    ("c", "Nâng cao kỹ năng số cho cán bộ, công chức cấp xã giai đoạn 2021 - 2025, định hướng đến năm 2030"),
    ("i", "(Kèm theo Quyết định số 1638/QĐ-BTTTT ngày 27 tháng 9 năm 2021 của Bộ trưởng Bộ Thông tin và Truyền thông)"),
    ("h", "Chương I"),
    ("h", "THỰC TRẠNG"),
    ("p", "Năm 2020, cả nước có khoảng 21% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản; 38% xã có cổng "
          "thông tin điện tử hoạt động thường xuyên."),
    ("h", "Chương II"),
    ("h", "MỤC TIÊU, NHIỆM VỤ"),
    ("h", "Mục 1. MỤC TIÊU"),
    ("p", "1. Mục tiêu đến năm 2025: 80% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản; 100% xã có cổng "
          "thông tin điện tử hoạt động thường xuyên."),
    ("p", "2. Định hướng đến năm 2030: 100% cán bộ, công chức cấp xã sử dụng thành thạo các nền tảng số dùng chung."),
    ("h", "Mục 2. NHIỆM VỤ"),
    ("p", "Các nhiệm vụ cụ thể tại Phụ lục II kèm theo Đề án này."),
    ("h", "Chương III"),
    ("h", "KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Tổng kinh phí thực hiện Đề án là 37,2 tỷ đồng từ nguồn ngân sách trung ương."),
    ("p", "2. Cục Tin học hóa chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện Đề án."),
    ("p", "3. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Đề án."),
    ("c", "Phụ lục II"),
    ("c", "DANH MỤC NHIỆM VỤ"),
]

MIN_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng khung kỹ năng số cho cán bộ, công chức cấp xã", "Cục Tin học hóa", "Bộ Nội vụ", "2022"],
    ["2", "Biên soạn bộ tài liệu bồi dưỡng kỹ năng số trực tuyến", "Học viện Công nghệ Bưu chính Viễn thông",
     "Cục Tin học hóa", "2022 - 2023"],
    ["3", "Tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã", "Sở Thông tin và Truyền thông các tỉnh, thành phố",
     "Học viện Công nghệ Bưu chính Viễn thông", "2022 - 2025"],
]


def ministry() -> bytes:
    doc = _new()
    decision_front(
        doc, ["BỘ THÔNG TIN VÀ", "TRUYỀN THÔNG", "-------", "Số: 1638/QĐ-BTTTT"],
        [*MOTTO, "Hà Nội, ngày 27 tháng 9 năm 2021"],
        "Phê duyệt Đề án nâng cao kỹ năng số cho cán bộ, công chức cấp xã giai đoạn 2021 - 2025, định hướng đến năm "
        "2030",
        "BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
        ["Căn cứ Nghị định số 17/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, "
         "quyền hạn và cơ cấu tổ chức của Bộ Thông tin và Truyền thông;",
         "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
         "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
         "Theo đề nghị của Cục trưởng Cục Tin học hóa."],
        ["Điều 1. Phê duyệt kèm theo Quyết định này Đề án nâng cao kỹ năng số cho cán bộ, công chức cấp xã giai đoạn "
         "2021 - 2025, định hướng đến năm 2030.",
         "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng, Cục trưởng Cục Tin học hóa, Vụ trưởng Vụ Kế hoạch - Tài chính và Thủ trưởng các cơ "
         "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- Thủ tướng Chính phủ (để b/c);", "- Bộ trưởng và các Thứ trưởng;",
         "- Lưu: VT, THH."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Vũ Đình Thao"])
    _body(doc, MIN_PLAN)
    _widths(_table(doc, MIN_TASKS), [0.8, 6.0, 3.6, 3.4, 2.2])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SCHEME_MD).write_text(SCHEME_MD_TEXT, encoding="utf-8")
    (folder / SCHEME_TXT).write_text(SCHEME_TXT_TEXT, encoding="utf-8")
    (folder / ACTION).write_bytes(action())
    (folder / MINISTRY).write_bytes(_pdf(ministry(), MINISTRY))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
