"""Invented documents of hold-out round G68, aimed at FIELD shapes the invented set did not hold yet: legal bases
stated in a table under the plan's "Căn cứ" heading (a row a document: its type and number in one cell, its date,
its issuer and its gist in the next ones), a plan whose preamble acts on Party documents and its board's decisions
only by "Thực hiện ...", "Triển khai ...", "Theo ..." sentences ("Nghị quyết số 15-NQ/ĐU ... của Đảng ủy Công ty",
"Nghị quyết số 07-NQ/CB ... của Chi bộ Trường", "Chỉ thị số 05-CT/ĐU ... của Ban Thường vụ Đảng ủy xã"), counts in
digits and words ("ít nhất 12 (mười hai) học sinh", "tối thiểu 03 (ba) chuyên đề", "04 (bốn) lớp"), targets as
bounds and ranges ("không dưới 80%", "từ 35% đến 40%", "giảm ít nhất 10% so với ...", "trên 95%", "không vượt quá
0,05%"), money per unit multiplied ("06 đội tuyển x 70 tiết/đội x 150 nghìn đồng/tiết = 63.000 nghìn đồng", "04
lớp x 12 triệu đồng/lớp = 48 triệu đồng", "6.300 ha x 500 nghìn đồng/ha"), money in tỷ đồng with a decimal comma
and a part "lồng ghép" from named programmes, and task tables whose columns give "Thời gian hoàn thành" ("Tháng
5/2027", "Quý III/2027", "Thường xuyên", "Năm 2027-2028", "Học kỳ I") and "Sản phẩm".

The documents:
- g68_cckl-ngoclam: a forest protection sub-department's plan (Chi cục Kiểm lâm under a province's department) as
  Markdown (.md): its legal bases a table under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" (a decree, a Party committee's
  directive "09-CT/TU", the province's decision, the department's plan), its targets bounds and ranges, a task table
  with "Thời gian hoàn thành" and "Sản phẩm" columns over the sub-department's own rooms and teams, money in tỷ đồng
  with a part "lồng ghép" from two named programmes and training priced per class;
- g68_thcs-hoalacdong: a commune's lower secondary school's plan in Word (.docx): the header "UBND XÃ ..." over
  "TRƯỜNG THCS ...", no "Căn cứ" but "Thực hiện" (a department's letter, the school's Party cell's resolution
  "07-NQ/CB") and "Triển khai" (the school's year plan), counts in digits and words, a task table of the school's
  groups ("Tổ Khoa học Tự nhiên") with two leads in a cell, money in nghìn đồng per unit multiplied, signed by the
  head teacher alone;
- g68_ctln-suoimo: a province's state forestry company's plan (Công ty TNHH một thành viên) as text (.txt): its
  preamble "Thực hiện" its Party committee's resolution "15-NQ/ĐU", "Triển khai" the province's decision, "Theo" its
  board's decision; targets lettered under "Chỉ tiêu cụ thể"; tasks with their units in "Đơn vị thực hiện: ...;
  phối hợp: ...; thời gian hoàn thành: ..." lines; the money in tỷ đồng with decimal commas, a part priced per
  hectare, a part "lồng ghép" from two programmes;
- g68_xa-dongphuthuong: a commune's plan on its portal (.html): a "Căn cứ" and a "Thực hiện" of the commune's Party
  standing board's directive "05-CT/ĐU", bodies of a commune (Công an xã, Ban Chỉ huy Quân sự xã, công chức Văn hóa -
  Xã hội, Trưởng các thôn) as leads, partners and bodies given duties, money of tens of million đồng per unit
  multiplied.

First pass (golds written by hand before the first extraction, commit beab2da8; the 4 documents scored alone, code of
BASE bda16f35): micro 194/202/208 (0.946): the table of bases unread, "Lâm trường X, Lâm trường Y" one body, two costs
through a count per unit read as the plan's total, a source's part told with its channel ("cấp qua dự toán của ...")
and the company's own capital read as lines of their own; "Trưởng các thôn" read "Các thôn", the set's convention (the
gold fixed). After the round's fixes: 208/208/208 (tests/test_g68_holdout.py, which names each miss, its test, and
what the probes found).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g68
[OUTDIR]` writes the four documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A forest protection sub-department's plan as Markdown, its legal bases in a table.

FOREST_MD = "g68_cckl-ngoclam_46-kh-cckl_2027_bang-van-ban-can-cu-md.md"

FOREST_TEXT = """**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NGỌC LÃM**

**CHI CỤC KIỂM LÂM**

Số: 46/KH-CCKL

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Ngọc Lãm, ngày 14 tháng 4 năm 2027*

## KẾ HOẠCH

**Phòng cháy, chữa cháy rừng mùa khô 2027 - 2028**

### I. CĂN CỨ XÂY DỰNG KẾ HOẠCH

Kế hoạch được xây dựng trên cơ sở các văn bản sau:

| TT | Văn bản | Ngày ban hành | Cơ quan ban hành | Trích yếu |
|---|---|---|---|---|
| 1 | Nghị định số 87/2026/NĐ-CP | 18/5/2026 | Chính phủ | Quy định về phòng cháy, chữa cháy rừng |
| 2 | Chỉ thị số 09-CT/TU | 02/12/2026 | Ban Thường vụ Tỉnh ủy Ngọc Lãm | Về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ rừng |
| 3 | Quyết định số 615/QĐ-UBND | 20/3/2027 | Ủy ban nhân dân tỉnh Ngọc Lãm | Ban hành Phương án phòng cháy, chữa cháy rừng tỉnh Ngọc Lãm năm 2027 |
| 4 | Kế hoạch số 212/KH-SNNMT | 28/3/2027 | Sở Nông nghiệp và Môi trường | Triển khai công tác bảo vệ và phát triển rừng năm 2027 |

Chi cục Kiểm lâm xây dựng Kế hoạch phòng cháy, chữa cháy rừng mùa khô 2027 - 2028 như sau:

### II. MỤC TIÊU

**1. Mục tiêu chung**

Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời, hạn chế thấp nhất thiệt hại do cháy rừng gây ra trong mùa khô 2027 - 2028.

**2. Mục tiêu cụ thể**

- Không dưới 80% số hộ gia đình sống gần rừng ký cam kết bảo vệ rừng, phòng cháy, chữa cháy rừng;
- Tỷ lệ diện tích rừng trọng điểm có nguy cơ cháy cao được lắp đặt camera giám sát đạt từ 35% đến 40%;
- Giảm ít nhất 10% số vụ cháy rừng so với mùa khô 2025 - 2026;
- Mỗi xã có rừng tổ chức tối thiểu 02 (hai) lớp tập huấn/năm cho lực lượng chữa cháy rừng tại chỗ; 100% tổ, đội quản lý bảo vệ rừng được trang bị dụng cụ chữa cháy thủ công;
- Diện tích rừng bị thiệt hại do cháy không vượt quá 0,05% tổng diện tích rừng của tỉnh.

### III. NHIỆM VỤ

| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| 1 | Rà soát, cập nhật bản đồ vùng trọng điểm cháy rừng | Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên | Hạt Kiểm lâm các khu vực | Tháng 5/2027 | Bản đồ vùng trọng điểm cháy rừng tỷ lệ 1/50.000 |
| 2 | Lắp đặt camera giám sát cháy rừng tại các vùng trọng điểm | Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng | Viễn thông Ngọc Lãm; Ủy ban nhân dân các xã có rừng | Năm 2027-2028 | 24 điểm camera kết nối về Chi cục |
| 3 | Tập huấn, diễn tập chữa cháy rừng cho lực lượng tại chỗ | Hạt Kiểm lâm các khu vực | Ban Chỉ huy Quân sự các xã; Công an các xã | Quý III/2027 | Báo cáo kết quả tập huấn |
| 4 | Tuần tra, kiểm soát người và phương tiện vào rừng trong cao điểm mùa khô | Hạt Kiểm lâm các khu vực | Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh | Thường xuyên | Sổ nhật ký tuần tra |
| 5 | Kiểm tra, xử lý vi phạm quy định về phòng cháy, chữa cháy rừng | Phòng Thanh tra, Pháp chế | Hạt Kiểm lâm các khu vực | Tháng 6/2028 | Kết luận kiểm tra |

### IV. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch dự kiến 2,45 tỷ đồng, trong đó:

- Ngân sách tỉnh cấp qua dự toán của Chi cục Kiểm lâm: 1,6 tỷ đồng;
- Lồng ghép từ Chương trình phát triển lâm nghiệp bền vững và Chương trình mục tiêu quốc gia giảm nghèo bền vững: 0,85 tỷ đồng.

Kinh phí tập huấn, diễn tập: 18 lớp x 25 triệu đồng/lớp = 450 triệu đồng, đã tính trong ngân sách tỉnh nêu trên.

### V. TỔ CHỨC THỰC HIỆN

**1. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên**

Là đầu mối tham mưu Chi cục trưởng chỉ đạo, theo dõi việc thực hiện Kế hoạch; tổng hợp, báo cáo Sở Nông nghiệp và Môi trường trước ngày 15/6 hằng năm.

**2. Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng**

Trực chiến 24/24 giờ trong cao điểm mùa khô; hỗ trợ các Hạt Kiểm lâm chữa cháy rừng khi có yêu cầu.

**3. Hạt Kiểm lâm các khu vực**

Xây dựng phương án phòng cháy, chữa cháy rừng của khu vực; phối hợp với Ủy ban nhân dân các xã có rừng tổ chức tập huấn, diễn tập.

**4. Phòng Hành chính - Tổng hợp**

Lập dự toán, bảo đảm kinh phí và thanh quyết toán theo quy định.

**Nơi nhận:**
- Sở Nông nghiệp và Môi trường (b/c);
- UBND tỉnh Ngọc Lãm (b/c);
- Hạt Kiểm lâm các khu vực;
- Lưu: VT, QLBVR.

**CHI CỤC TRƯỞNG**

**Lò Văn Thắm**
"""

# ---------------------------------------------------------------------------
# 2. A commune's school's plan in Word: "Thực hiện" and "Triển khai", counts in words, money per unit.

SCHOOL_DOCX = "g68_thcs-hoalacdong_52-kh-thcs_2027_thuc-hien-chi-bo-nghin-dong-nhan-don-gia.docx"

SCHOOL_BODY = [
    ("i", "Thực hiện Công văn số 1845/SGDĐT-GDTrH ngày 28/8/2027 của Sở Giáo dục và Đào tạo tỉnh Kim Sơn về hướng dẫn "
          "thực hiện nhiệm vụ giáo dục trung học năm học 2027 - 2028;"),
    ("i", "Thực hiện Nghị quyết số 07-NQ/CB ngày 05/9/2027 của Chi bộ Trường THCS Hòa Lạc Đông về nhiệm vụ năm học "
          "2027 - 2028;"),
    ("i", "Triển khai Kế hoạch số 36/KH-THCS ngày 10/9/2027 của Trường THCS Hòa Lạc Đông về thực hiện nhiệm vụ năm học "
          "2027 - 2028,"),
    ("p", "Trường THCS Hòa Lạc Đông xây dựng Kế hoạch bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu, kém năm học "
          "2027 - 2028 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung: Phát hiện, bồi dưỡng học sinh có năng khiếu; giúp học sinh yếu, kém đạt chuẩn kiến thức, "
          "kỹ năng, nâng cao chất lượng giáo dục toàn diện của nhà trường."),
    ("p", "2. Mục tiêu cụ thể:"),
    ("p", "- Có ít nhất 12 (mười hai) học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh; tỷ lệ học sinh dự thi đạt "
          "giải từ 40% đến 50%;"),
    ("p", "- Tỷ lệ học sinh có kết quả học tập từ mức Đạt trở lên trên 95%;"),
    ("p", "- Giảm tỷ lệ học sinh có kết quả học tập mức Chưa đạt xuống không quá 2%;"),
    ("p", "- Mỗi tổ chuyên môn thực hiện tối thiểu 03 (ba) chuyên đề bồi dưỡng, phụ đạo trong năm học."),
    ("h", "II. NHIỆM VỤ"),
]

SCHOOL_TASKS = [
    ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["1", "Khảo sát chất lượng đầu năm, lập danh sách học sinh giỏi, học sinh yếu, kém",
     "Tổ Khoa học Tự nhiên;\nTổ Khoa học Xã hội", "Giáo viên chủ nhiệm các lớp", "Tháng 9/2027",
     "Danh sách học sinh theo từng môn"],
    ["2", "Thành lập 06 (sáu) đội tuyển và tổ chức bồi dưỡng học sinh giỏi các môn văn hóa", "Tổ Khoa học Tự nhiên",
     "Tổ Khoa học Xã hội", "Tháng 10/2027 - Tháng 01/2028", "06 đội tuyển"],
    ["3", "Phụ đạo học sinh yếu, kém vào các buổi chiều thứ Ba, thứ Năm", "Tổ Khoa học Xã hội",
     "Giáo viên chủ nhiệm các lớp; Ban đại diện cha mẹ học sinh", "Thường xuyên", "Sổ theo dõi phụ đạo"],
    ["4", "Sơ kết học kỳ I, điều chỉnh danh sách học sinh bồi dưỡng, phụ đạo", "Tổ Văn phòng",
     "Tổ Khoa học Tự nhiên, Tổ Khoa học Xã hội", "Học kỳ I", "Báo cáo sơ kết"],
]

SCHOOL_AFTER = [
    ("h", "III. KINH PHÍ"),
    ("p", "1. Bồi dưỡng học sinh giỏi: 06 đội tuyển x 70 tiết/đội x 150 nghìn đồng/tiết = 63.000 nghìn đồng."),
    ("p", "2. Phụ đạo học sinh yếu, kém: 08 lớp x 40 tiết/lớp x 100 nghìn đồng/tiết = 32.000 nghìn đồng."),
    ("p", "3. Khen thưởng học sinh đạt giải: 12 giải x 500 nghìn đồng/giải = 6.000 nghìn đồng."),
    ("p", "Tổng cộng: 101.000 nghìn đồng (Một trăm linh một triệu đồng), từ nguồn chi thường xuyên của nhà trường và "
          "nguồn xã hội hóa giáo dục."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Tổ Khoa học Tự nhiên: Phân công giáo viên bồi dưỡng các đội tuyển Toán, Khoa học tự nhiên; xây dựng "
          "chương trình, tài liệu bồi dưỡng."),
    ("p", "2. Tổ Khoa học Xã hội: Phân công giáo viên bồi dưỡng các đội tuyển Ngữ văn, Lịch sử và Địa lí; tổ chức "
          "phụ đạo học sinh yếu, kém."),
    ("p", "3. Giáo viên chủ nhiệm các lớp: Phối hợp với cha mẹ học sinh động viên, đôn đốc học sinh tham gia đầy đủ "
          "các buổi học."),
    ("p", "4. Tổ Văn phòng: Lập dự toán, thanh toán chế độ cho giáo viên theo quy định; lưu trữ hồ sơ."),
]


def school() -> bytes:
    doc = _new()
    _layout(doc, ["UBND XÃ HÒA LẠC ĐÔNG", "TRƯỜNG THCS HÒA LẠC ĐÔNG", "-------", "Số: 52/KH-THCS"],
            [*MOTTO, "Hòa Lạc Đông, ngày 15 tháng 9 năm 2027"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu, kém năm học 2027 - 2028", bold=True,
               center=True)
    _body(doc, SCHOOL_BODY)
    _table(doc, SCHOOL_TASKS)
    _body(doc, SCHOOL_AFTER)
    closing(doc, ["- UBND xã Hòa Lạc Đông (b/c);", "- Chi bộ nhà trường;", "- Các tổ chuyên môn;", "- Lưu: VT."],
            ["HIỆU TRƯỞNG", "", "", "Đinh Thị Mai Hương"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A state forestry company's plan as text: "Thực hiện", "Triển khai", "Theo"; money in tỷ đồng.

COMPANY_TXT = "g68_ctln-suoimo_58-kh-ctln_2027_dang-uy-cong-ty-ty-dong-long-ghep.txt"

COMPANY_TEXT = """UBND TỈNH PHÚ LÂM BẮC                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG TY TNHH MỘT THÀNH VIÊN                        Độc lập - Tự do - Hạnh phúc
   LÂM NGHIỆP SUỐI MƠ
Số: 58/KH-CTLN                               Tân Sơn, ngày 12 tháng 3 năm 2027

                                  KẾ HOẠCH
      Trồng rừng, quản lý bảo vệ rừng và sản xuất kinh doanh năm 2027

Thực hiện Nghị quyết số 15-NQ/ĐU ngày 20/01/2027 của Đảng ủy Công ty về lãnh đạo thực hiện nhiệm vụ sản xuất kinh doanh năm 2027;
Triển khai Quyết định số 388/QĐ-UBND ngày 25/02/2027 của Ủy ban nhân dân tỉnh Phú Lâm Bắc về việc giao kế hoạch trồng rừng và đặt hàng dịch vụ bảo vệ rừng năm 2027;
Theo Quyết định số 12/QĐ-HĐTV ngày 05/3/2027 của Hội đồng thành viên Công ty phê duyệt kế hoạch sản xuất kinh doanh năm 2027,
Công ty TNHH một thành viên Lâm nghiệp Suối Mơ ban hành Kế hoạch như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Quản lý, bảo vệ và phát triển bền vững diện tích rừng được giao; hoàn thành các chỉ tiêu sản xuất kinh doanh năm 2027.
2. Chỉ tiêu cụ thể
a) Trồng mới 350 ha rừng sản xuất, trong đó ít nhất 50 (năm mươi) ha rừng gỗ lớn; tỷ lệ cây sống sau 01 năm không dưới 85%;
b) Duy trì tỷ lệ che phủ rừng trên diện tích Công ty quản lý đạt từ 92% trở lên;
c) Giảm ít nhất 15% số vụ vi phạm quy định về quản lý, bảo vệ rừng so với năm 2026;
d) Doanh thu đạt 48,6 tỷ đồng, tăng tối thiểu 8% so với năm 2026; nộp ngân sách nhà nước 3,25 tỷ đồng.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Trồng rừng sản xuất bằng cây giống chất lượng cao
- Đơn vị thực hiện: Lâm trường Suối Mơ, Lâm trường Đăk Ri; phối hợp: Phòng Kỹ thuật - Quản lý bảo vệ rừng; thời gian hoàn thành: Tháng 9/2027.
2. Quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng
- Đơn vị thực hiện: Ban Bảo vệ rừng Công ty; phối hợp: Hạt Kiểm lâm khu vực Suối Mơ, Công an xã Tân Sơn; thời gian hoàn thành: Thường xuyên.
3. Khai thác, tiêu thụ gỗ rừng trồng đến tuổi khai thác
- Đơn vị thực hiện: Phòng Kế hoạch - Kinh doanh; phối hợp: các Lâm trường; thời gian hoàn thành: Quý IV/2027.
4. Sửa chữa đường lâm nghiệp, chòi canh lửa
- Đơn vị thực hiện: Phòng Kỹ thuật - Quản lý bảo vệ rừng; thời gian hoàn thành: Năm 2027-2028.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2027 là 14,75 tỷ đồng, gồm:
- Vốn sản xuất kinh doanh của Công ty: 9,5 tỷ đồng;
- Ngân sách tỉnh đặt hàng dịch vụ bảo vệ rừng: 3,15 tỷ đồng (6.300 ha x 500 nghìn đồng/ha);
- Lồng ghép từ Chương trình phát triển lâm nghiệp bền vững và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi: 2,1 tỷ đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kỹ thuật - Quản lý bảo vệ rừng: Hướng dẫn kỹ thuật trồng, chăm sóc rừng; nghiệm thu rừng trồng theo quy định.
2. Phòng Kế hoạch - Kinh doanh: Ký hợp đồng tiêu thụ gỗ; tổng hợp, báo cáo Giám đốc kết quả thực hiện hằng quý.
3. Phòng Tài chính - Kế toán: Bảo đảm vốn cho sản xuất; thanh toán, quyết toán kinh phí đúng quy định.
4. Các Lâm trường: Tổ chức thực hiện các chỉ tiêu được giao; báo cáo về Công ty trước ngày 25 hằng tháng.

Nơi nhận:                                                KT. GIÁM ĐỐC
- UBND tỉnh Phú Lâm Bắc (b/c);                           PHÓ GIÁM ĐỐC
- Sở Nông nghiệp và Môi trường;
- Đảng ủy, Hội đồng thành viên Công ty;
- Các phòng, lâm trường;
- Lưu: VT, KHKD.                                        Rơ Châm Hiền
"""

# ---------------------------------------------------------------------------
# 4. A commune's plan on its portal: a Party directive, a commune's bodies, money per unit.

COMMUNE_HTML = "g68_xa-dongphuthuong_74-kh-ubnd_2027_chi-thi-dang-uy-xa-cong-chuc-don-gia-portal.html"

COMMUNE_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch phòng, chống đuối nước trẻ em năm 2027 - Cổng thông tin điện tử xã Đồng Phú Thượng</title>
</head>
<body>
<nav><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản chỉ đạo điều hành</a></nav>
<div class="document">
<table class="header" style="width:100%">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>XÃ ĐỒNG PHÚ THƯỢNG</b><br>Số: 74/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Đồng Phú Thượng, ngày 20 tháng 5 năm 2027</i></td></tr>
</table>
<h2 style="text-align:center">KẾ HOẠCH</h2>
<p style="text-align:center"><b>Phòng, chống đuối nước trẻ em trên địa bàn xã năm 2027</b></p>
<p><i>Căn cứ Kế hoạch số 245/KH-UBND ngày 02/4/2027 của Ủy ban nhân dân tỉnh Thanh Phong về phòng, chống tai nạn
thương tích trẻ em năm 2027;</i></p>
<p><i>Thực hiện Chỉ thị số 05-CT/ĐU ngày 10/4/2027 của Ban Thường vụ Đảng ủy xã về tăng cường sự lãnh đạo đối với
công tác phòng, chống đuối nước trẻ em;</i></p>
<p>Ủy ban nhân dân xã Đồng Phú Thượng ban hành Kế hoạch phòng, chống đuối nước trẻ em năm 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>1. Mục tiêu chung: Nâng cao nhận thức, kỹ năng của gia đình, cộng đồng và trẻ em về phòng, chống đuối nước; giảm số
trẻ em bị đuối nước trên địa bàn xã.</p>
<p>2. Mục tiêu cụ thể:</p>
<p>- Giảm ít nhất 20% số trẻ em bị đuối nước so với năm 2026;</p>
<p>- Tỷ lệ trẻ em từ 6 đến 16 tuổi được học kỹ năng an toàn trong môi trường nước đạt từ 70% đến 75%;</p>
<p>- 100% thôn có biển cảnh báo tại các điểm nước nguy hiểm; mỗi thôn có ít nhất 01 (một) người được tập huấn sơ cứu
đuối nước.</p>
<p><b>II. NHIỆM VỤ</b></p>
<table class="tasks" border="1">
<tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Rà soát, cắm biển cảnh báo tại ao, hồ, sông, suối nguy hiểm</td><td>Trưởng các thôn</td>
<td>Công an xã; Ban Chỉ huy Quân sự xã</td><td>Tháng 6/2027</td></tr>
<tr><td>2</td><td>Tổ chức 04 (bốn) lớp dạy bơi an toàn cho trẻ em trong dịp hè</td><td>Công chức Văn hóa - Xã hội</td>
<td>Đoàn Thanh niên xã; Trường Tiểu học Đồng Phú Thượng</td><td>Quý III/2027</td></tr>
<tr><td>3</td><td>Tuyên truyền trên hệ thống truyền thanh xã về phòng, chống đuối nước</td><td>Công chức Văn hóa - Xã
hội</td><td>Hội Liên hiệp Phụ nữ xã</td><td>Thường xuyên</td></tr>
<tr><td>4</td><td>Tuần tra các điểm sông, suối nguy hiểm vào cao điểm mùa mưa</td><td>Công an xã</td><td>Ban Chỉ
huy Quân sự xã; Trưởng các thôn</td><td>Năm 2027-2028</td></tr>
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện năm 2027 là 78 triệu đồng từ ngân sách xã, gồm: mở lớp dạy bơi 04 lớp x 12 triệu đồng/lớp = 48
triệu đồng; làm biển cảnh báo 15 biển x 2 triệu đồng/biển = 30 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Công chức Văn hóa - Xã hội: Là đầu mối tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổ chức lớp dạy bơi;
tổng hợp, báo cáo kết quả trước ngày 15/12/2027.</p>
<p>2. Công an xã: Tuần tra, nhắc nhở trẻ em không tắm ở nơi nguy hiểm; phối hợp xử lý tình huống đuối nước.</p>
<p>3. Ban Chỉ huy Quân sự xã: Bố trí lực lượng dân quân tham gia tìm kiếm, cứu nạn khi có tình huống.</p>
<p>4. Trưởng các thôn: Rà soát điểm nguy hiểm trên địa bàn thôn; vận động gia đình quản lý, trông giữ trẻ em.</p>
<table class="sign" style="width:100%">
<tr><td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Thanh Phong (b/c);<br>- TT Đảng ủy, HĐND xã;<br>- CT, các PCT UBND
xã;<br>- Các thôn;<br>- Lưu: VT.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br>
<b>Hà Thị Lụa</b></td></tr>
</table>
</div>
<footer>Cổng thông tin điện tử xã Đồng Phú Thượng</footer>
</body>
</html>
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FOREST_MD).write_text(FOREST_TEXT, encoding="utf-8")
    (folder / SCHOOL_DOCX).write_bytes(school())
    (folder / COMPANY_TXT).write_text(COMPANY_TEXT, encoding="utf-8")
    (folder / COMMUNE_HTML).write_text(COMMUNE_PAGE, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
