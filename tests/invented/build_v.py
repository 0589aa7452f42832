"""Invented documents of hold-out round V (the shapes public text datasets keep documents in).

- three CHUNKS of one province's Kế hoạch as a dataset of scraped Markdown stores them (a longer
  document cut at fixed places, each chunk its own file):
  - a middle chunk that starts inside the task section (the tail of a task whose heading is in the
    previous chunk: its "- Cơ quan chủ trì: ..." lines with no number or title above them), then
    bold numbered task groups with lettered tasks each followed by "- Cơ quan chủ trì: ..." / "- Cơ
    quan phối hợp: ..." lines, a task assigned in one sentence "X chủ trì, phối hợp với Y ...", and
    the funds section in "triệu đồng" by source; no header, no number, no signature (.md);
  - the last chunk: "Tổ chức thực hiện" (one bold numbered heading per agency, its duties under it,
    an "Đề nghị ..." paragraph for the Front), the closing sentence, then "Nơi nhận" and the
    signature as plain bold lines one under the other (no table) (.md);
  - an annex chunk that is one pipe table of tasks "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ
    quan phối hợp | Thời gian hoàn thành" under its "PHỤ LỤC" title and "(Kèm theo Kế hoạch số ...)"
    line, group rows "I", "II" spanning no cells (empty cells after the label) (.md);
- a district's Báo cáo kết quả (results of a year and the direction for the next) as plain text:
  results sections full of percentages that are results ("đạt 102,4% kế hoạch", "tăng 7,9% so với
  cùng kỳ", "giảm còn 3,8%"), numbered result headings ("1. Về kinh tế"), then "PHƯƠNG HƯỚNG,
  NHIỆM VỤ NĂM ..." with "1. Mục tiêu, chỉ tiêu chủ yếu" (the real targets) and lettered tasks,
  signed by the chairman (.txt);
- an HĐND's Nghị quyết of 2010 WORD-SEGMENTED as a VLSP-style corpus writes it (syllables of a
  word joined by "_", spaces around punctuation, "1 ." for "1.", old tone marks "Uỷ_ban",
  "thuỷ_lợi"), its funds a list of sources in "triệu đồng" inside Điều 1, Điều 2 giving the work to
  the province's people's committee, Điều 3 to the HĐND's standing body and delegates (.txt);
- a UBND's Quyết định of 2008 word-segmented the same way: Điều 1 approving a Đề án with its
  "Mục_tiêu" (percentages by 2010), its tasks and its funds in "triệu đồng" inside numbered points,
  Điều 2 assigning the departments, Điều 3 naming who executes it (.txt);
- a province's Kế hoạch scraped from a legal-text site: its header a pipe table (the issuer and the
  motto in one row, number and place/date in the next), and its task table flattened by the scraper
  into ONE CELL PER LINE (the header cells "TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"
  each on its own line, then each row's cells one per line) (.md);
- a province's Công văn giving tasks to several Sở with deadlines ("V/v ..." under the number,
  "Kính gửi:" a dash list of Sở), each numbered paragraph opening with the agency and a colon, its
  deadlines "trước ngày 30/6/2026", no objectives, no amount (.txt).

The second batch (golds written before their first extraction too):

- a district's Báo cáo sơ kết (six months of a plan) scraped to Markdown: header a pipe table, "### 1. Kết quả
  thực hiện các mục tiêu, chỉ tiêu" (results, though its heading names the targets) with a pipe table "Chỉ tiêu |
  Kế hoạch năm 2025 | Thực hiện 6 tháng | Tỷ lệ (%)", results lettered under "2. Kết quả thực hiện các nhiệm vụ",
  then "NHIỆM VỤ TRỌNG TÂM 06 THÁNG CUỐI NĂM 2025" with numbered tasks each assigning "X chủ trì, phối hợp với Y
  thực hiện." in its second sentence (.md);
- a province's Chỉ thị of 2006 word-segmented with its header lines in lower case ("uỷ_ban nhân_dân", "tỉnh
  bắc_lâm", "số : 14/2006/CT - UBND"), one numbered paragraph per agency with a colon and its duties as dash lines
  (.txt);
- a chunk of another province's plan that starts at the tail of "1. Mục tiêu chung" (its paragraph with no heading),
  then "**2. Mục tiêu cụ thể đến năm 2030**" with its targets, then "**II. NHIỆM VỤ, GIẢI PHÁP**" with numbered
  tasks whose agencies are a sentence, a one-line "Chủ trì: X; phối hợp: Y." and two label lines (.md);
- a province's Kế hoạch scraped from a legal-text site (header a pipe table) whose budget table is flattened ONE
  CELL PER LINE ("STT", "Nội dung", "Kinh phí", then each row's cells, a "Tổng cộng" row last) under its title and
  "ĐVT: triệu đồng" (.md);
- a commune's Báo cáo of 2011 word-segmented ("BÁO_CÁO", "PHƯƠNG_HƯỚNG , NHIỆM_VỤ NĂM 2012"): results with
  percentages, "1 . Chỉ_tiêu chủ_yếu" with the targets, "2 . Nhiệm_vụ , giải_pháp" over "a )", "b )" tasks, the
  "Nơi nhận" right after the last task (.txt).

The third batch (golds written before their first extraction too):

- a commune's Kế hoạch as a news-style corpus stores a document: the whole text on ONE line, its line breaks
  turned into spaces (header, headings, items and signature run together) (.txt);
- the header chunk of a district's Kế hoạch as a dataset exports it to Markdown: a YAML front matter of the
  dataset's own fields ("so_hieu:", "ngay_ban_hanh:", "co_quan_ban_hanh:", "chunk: 1/4") before the text, the
  header as lines, the bases, and the objectives (.md);
- a Sở's Kế hoạch as text pulled out of a Word file (paragraphs one per line, each table row one line with its
  cells set apart by TABS): its task table "STT<TAB>Nội dung<TAB>Đơn vị chủ trì<TAB>Đơn vị phối hợp<TAB>Thời
  gian" (.txt);
- a province's Công văn of 2009 word-segmented ("Kính_gửi :", "V/v" line, one numbered paragraph per Sở with a
  colon, deadlines "trước ngày 30/9/2009") (.txt).

The fourth batch (golds written before their first extraction too):

- an HĐND's Nghị quyết of 2007 word-segmented by a corpus that keeps ONE SENTENCE PER LINE: its sentence splitter
  cut the labels off at their periods ("Điều 1 ." alone on a line, "1 ." and "a )" before the item's text on the
  next), spaced dates "15 / 12 / 2007" and percentages "85 %", its funds by year in "triệu đồng" (.txt);
- a province department's Báo cáo tổng kết in parts: "A. KẾT QUẢ THỰC HIỆN NĂM 2025" with percentages that are
  results, "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" over "I. MỤC TIÊU" (the targets, their year only in the part's
  heading) and "II. NHIỆM VỤ, GIẢI PHÁP" (numbered tasks "X chủ trì, phối hợp với Y") (.md);
- a middle chunk of a district's Báo cáo: the tail of the economic results (dash bullets "đạt 97,2%" with no
  heading over them), "**2. Kết quả thực hiện các chỉ tiêu xã hội**" with more results, then "**II. TỒN TẠI, HẠN
  CHẾ**": results only, no target, no task (.md).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_v
OUTDIR` writes the twenty files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHUNK_TASKS = "v_tinh-hanguyen_142-kh-ubnd_2026_chunk3-nhiem-vu.md"
CHUNK_CLOSING = "v_tinh-hanguyen_142-kh-ubnd_2026_chunk4-to-chuc-thuc-hien.md"
CHUNK_ANNEX = "v_tinh-hanguyen_142-kh-ubnd_2026_chunk5-phu-luc-nhiem-vu.md"
REPORT = "v_huyen-hoamybac_318-bc-ubnd_2024_bao-cao-ket-qua.txt"
RESOLUTION = "v_hdnd-thanhvan_23-nq-hdnd_2010_kien-co-kenh-wordseg.txt"
DECISION = "v_ubnd-thanhvan_1742-qd-ubnd_2008_de-an-dieu-wordseg.txt"
SCRAPE = "v_tinh-binhtrung_57-kh-ubnd_2025_tvpl-bang-moi-o-mot-dong.md"
LETTER = "v_tinh-longhai_2214-ubnd-kt_2026_cong-van-han-so.txt"

CHUNK_TASKS_MD = """hướng dẫn các hộ gia đình đăng ký kinh doanh dịch vụ lưu trú tại nhà dân theo quy định; hoàn thành trong năm 2026.

- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.

- Cơ quan phối hợp: Ủy ban nhân dân các huyện, thành phố.

**2. Phát triển sản phẩm du lịch cộng đồng**

a) Xây dựng bộ tiêu chí điểm du lịch cộng đồng đặc trưng của tỉnh.

- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.

- Cơ quan phối hợp: Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn.

b) Hỗ trợ các làng nghề truyền thống gắn với tuyến du lịch cộng đồng.

- Cơ quan chủ trì: Sở Công Thương.

- Cơ quan phối hợp: Ủy ban nhân dân huyện Mường Khiêm, Ủy ban nhân dân huyện Pa Tần.

**3. Bồi dưỡng nguồn nhân lực du lịch cộng đồng**

Trường Cao đẳng Văn hóa Nghệ thuật tỉnh chủ trì, phối hợp với Hội Du lịch tỉnh mở các lớp bồi dưỡng kỹ năng phục vụ khách cho người dân tại các điểm du lịch cộng đồng.

**4. Xúc tiến, quảng bá du lịch cộng đồng**

a) Xây dựng bản đồ số các điểm du lịch cộng đồng trên Cổng thông tin du lịch của tỉnh.

- Cơ quan chủ trì: Trung tâm Thông tin và Xúc tiến du lịch.

- Cơ quan phối hợp: Sở Khoa học và Công nghệ.

b) Tổ chức Lễ hội văn hóa ẩm thực các dân tộc tỉnh Hà Nguyên lần thứ nhất.

- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.

- Cơ quan phối hợp: Ủy ban nhân dân thành phố Hà Nguyên, Hội Du lịch tỉnh.

**IV. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch dự kiến là 18.600 triệu đồng, trong đó: ngân sách tỉnh 12.400 triệu đồng; ngân sách các huyện, thành phố 3.200 triệu đồng; nguồn xã hội hóa 3.000 triệu đồng.

Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị lập dự toán kinh phí gửi Sở Tài chính thẩm định, tổng hợp trình cấp có thẩm quyền bố trí theo quy định.
"""

CHUNK_CLOSING_MD = """**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Văn hóa, Thể thao và Du lịch**

Là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm.

**2. Sở Tài chính**

Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách và quy định hiện hành.

**3. Ủy ban nhân dân các huyện, thành phố**

Xây dựng kế hoạch phát triển du lịch cộng đồng của địa phương; bố trí quỹ đất, hạ tầng thiết yếu tại các điểm du lịch cộng đồng.

**4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**

Phối hợp tuyên truyền, vận động Nhân dân tham gia phát triển du lịch cộng đồng, giữ gìn bản sắc văn hóa dân tộc.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, giải quyết./.

**Nơi nhận:**

- Bộ Văn hóa, Thể thao và Du lịch;
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Như mục V;
- Lưu: VT, KGVX.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Hoàng Thị Lan Phương**
"""

CHUNK_ANNEX_MD = """**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2026 - 2030**

*(Kèm theo Kế hoạch số 142/KH-UBND ngày 12 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Hà Nguyên)*

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Nhóm nhiệm vụ về hạ tầng du lịch | | | |
| 1 | Đầu tư đường vào điểm du lịch cộng đồng bản Nà Khiêm | Ủy ban nhân dân huyện Mường Khiêm | Sở Xây dựng; Sở Tài chính | Năm 2027 |
| 2 | Xây dựng nhà đón tiếp khách tại các điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Ủy ban nhân dân các huyện, thành phố | 2026 - 2028 |
| II | Nhóm nhiệm vụ về sản phẩm và quảng bá | | | |
| 3 | Phát triển 05 sản phẩm OCOP gắn với du lịch cộng đồng | Sở Nông nghiệp và Phát triển nông thôn | Sở Công Thương | Năm 2028 |
| 4 | Tổ chức khảo sát, kết nối tour với doanh nghiệp lữ hành | Trung tâm Thông tin và Xúc tiến du lịch | Hội Du lịch tỉnh | Hằng năm |
"""

REPORT_TXT = """ỦY BAN NHÂN DÂN
HUYỆN HÒA MỸ BẮC
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Mỹ Bắc, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 và phương hướng, nhiệm vụ năm 2025

Thực hiện Nghị quyết số 41/NQ-HĐND ngày 18 tháng 12 năm 2023 của Hội đồng nhân dân huyện về kế hoạch phát triển kinh tế - xã hội năm 2024, Ủy ban nhân dân huyện báo cáo kết quả thực hiện như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024
1. Về kinh tế
Tổng giá trị sản xuất trên địa bàn ước đạt 102,4% kế hoạch, tăng 7,9% so với cùng kỳ. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng: nông, lâm nghiệp, thủy sản chiếm 38,6%; công nghiệp - xây dựng chiếm 27,1%; dịch vụ chiếm 34,3%.
Sản lượng lương thực có hạt đạt 98,7% kế hoạch, giảm 1,2% so với cùng kỳ do ảnh hưởng của hạn hán.
2. Về văn hóa - xã hội
Tỷ lệ hộ nghèo giảm còn 3,8% (giảm 1,6% so với năm 2023). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 17,5%.
Có 96,5% gia đình được công nhận danh hiệu gia đình văn hóa, vượt 1,5% so với chỉ tiêu.
3. Về quốc phòng, an ninh
Hoàn thành 100% chỉ tiêu giao quân; tai nạn giao thông giảm 12% về số vụ so với cùng kỳ.

II. HẠN CHẾ, NGUYÊN NHÂN
Một số chỉ tiêu chưa đạt kế hoạch: sản lượng lương thực, tỷ lệ xã đạt chuẩn nông thôn mới nâng cao (đạt 70% kế hoạch). Nguyên nhân chủ yếu do thời tiết diễn biến bất thường và nguồn lực đầu tư còn hạn chế.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Mục tiêu, chỉ tiêu chủ yếu
- Tốc độ tăng tổng giá trị sản xuất đạt 8,5% trở lên;
- Tỷ lệ hộ nghèo giảm còn dưới 3%;
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,5%;
- 100% xã duy trì đạt Bộ tiêu chí quốc gia về y tế xã.
2. Nhiệm vụ, giải pháp chủ yếu
a) Tập trung chỉ đạo sản xuất nông nghiệp theo hướng hàng hóa, chủ động các phương án phòng, chống hạn.
b) Đẩy nhanh tiến độ các công trình xây dựng cơ bản, giải ngân vốn đầu tư công đúng kế hoạch.
c) Thực hiện đồng bộ các chính sách giảm nghèo, an sinh xã hội; nâng cao chất lượng khám, chữa bệnh ban đầu.

IV. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí vốn hỗ trợ huyện đầu tư hệ thống thủy lợi nhỏ vùng khô hạn.

Nơi nhận:
- UBND tỉnh Vĩnh Thạch;
- TT Huyện ủy, TT HĐND huyện;
- Các phòng, ban, ngành huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Khải
"""

RESOLUTION_TXT = """HỘI_ĐỒNG NHÂN_DÂN 
TỈNH THANH_VÂN 
Số : 23/2010/NQ - HĐND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Thanh_Vân , ngày 09 tháng 12 năm 2010 
NGHỊ_QUYẾT 
Về việc phân_bổ vốn thực_hiện chương_trình kiên_cố hoá kênh_mương năm 2011 
HỘI_ĐỒNG NHÂN_DÂN TỈNH THANH_VÂN 
KHOÁ VII , KỲ_HỌP THỨ 21 
Căn_cứ Luật Tổ_chức Hội_đồng nhân_dân và Uỷ_ban nhân_dân ngày 26 tháng 11 năm 2003 ; 
Căn_cứ Luật Ngân_sách nhà_nước ngày 16 tháng 12 năm 2002 ; 
Căn_cứ Quyết_định số 1108/QĐ - UBND ngày 02 tháng 6 năm 2009 của Uỷ_ban nhân_dân tỉnh về việc phê_duyệt Đề_án kiên_cố hoá kênh_mương tỉnh Thanh_Vân giai_đoạn 2009 - 2015 ; 
Xét Tờ_trình số 142/TTr - UBND ngày 20 tháng 11 năm 2010 của Uỷ_ban nhân_dân tỉnh ; Báo_cáo thẩm_tra của Ban Kinh_tế và Ngân_sách ; ý_kiến của các đại_biểu Hội_đồng nhân_dân tỉnh , 
QUYẾT_NGHỊ : 
Điều 1 . Phân_bổ vốn thực_hiện chương_trình kiên_cố hoá kênh_mương năm 2011 như sau : 
1 . Tổng vốn thực_hiện năm 2011 : 84.500 triệu đồng . 
2 . Cơ_cấu nguồn vốn : 
a ) Vốn ngân_sách tỉnh : 52.000 triệu đồng ; 
b ) Vốn ngân_sách huyện , thành_phố : 18.500 triệu đồng ; 
c ) Vốn nhân_dân đóng_góp : 14.000 triệu đồng . 
3 . Nguyên_tắc phân_bổ : ưu_tiên các xã vùng khó_khăn , các tuyến kênh_mương phục_vụ tưới cho diện_tích lúa hai vụ ; mức hỗ_trợ từ ngân_sách tỉnh tối_đa 60 % giá_trị xây_lắp công_trình . 
Điều 2 . Giao Uỷ_ban nhân_dân tỉnh tổ_chức thực_hiện Nghị_quyết này . 
Điều 3 . Thường_trực Hội_đồng nhân_dân , các Ban của Hội_đồng nhân_dân và đại_biểu Hội_đồng nhân_dân tỉnh giám_sát việc thực_hiện Nghị_quyết . 
Nghị_quyết này đã được Hội_đồng nhân_dân tỉnh Thanh_Vân khoá VII , kỳ_họp thứ 21 thông_qua ngày 09 tháng 12 năm 2010 . 
CHỦ_TỊCH 
Phạm_Quang_Hưng 
"""

DECISION_TXT = """UỶ_BAN NHÂN_DÂN 
TỈNH THANH_VÂN 
Số : 1742/QĐ - UBND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Thanh_Vân , ngày 15 tháng 8 năm 2008 
QUYẾT_ĐỊNH 
Về việc phê_duyệt Đề_án phát_triển mạng_lưới y_tế thôn , bản tỉnh Thanh_Vân giai_đoạn 2008 - 2010 
CHỦ_TỊCH UỶ_BAN NHÂN_DÂN TỈNH THANH_VÂN 
Căn_cứ Luật Tổ_chức Hội_đồng nhân_dân và Uỷ_ban nhân_dân ngày 26 tháng 11 năm 2003 ; 
Căn_cứ Quyết_định số 61/2008/QĐ - TTg ngày 20 tháng 5 năm 2008 của Thủ_tướng Chính_phủ về việc quy_định chế_độ phụ_cấp đối_với nhân_viên y_tế thôn , bản ; 
Xét đề_nghị của Giám_đốc Sở Y_tế tại Tờ_trình số 86/TTr - SYT ngày 28 tháng 7 năm 2008 , 
QUYẾT_ĐỊNH : 
Điều 1 . Phê_duyệt Đề_án phát_triển mạng_lưới y_tế thôn , bản tỉnh Thanh_Vân giai_đoạn 2008 - 2010 với các nội_dung chủ_yếu sau : 
1 . Mục_tiêu 
a ) Mục_tiêu chung : củng_cố , kiện_toàn mạng_lưới y_tế thôn , bản , nâng cao chất_lượng chăm_sóc sức_khoẻ ban_đầu cho nhân_dân vùng sâu , vùng xa . 
b ) Mục_tiêu cụ_thể đến năm 2010 : 
- 100 % thôn , bản có nhân_viên y_tế hoạt_động ; 
- 85 % nhân_viên y_tế thôn , bản được đào_tạo đạt chuẩn ; 
- Tỷ_lệ phụ_nữ đẻ được cán_bộ y_tế đỡ đạt trên 90 % . 
2 . Nhiệm_vụ 
a ) Rà_soát , bổ_sung nhân_viên y_tế cho các thôn , bản còn thiếu . 
b ) Đào_tạo , đào_tạo lại nhân_viên y_tế thôn , bản theo chương_trình của Bộ Y_tế . 
c ) Cấp túi y_tế thôn , bản và thuốc thiết_yếu . 
3 . Kinh_phí thực_hiện 
Tổng kinh_phí thực_hiện Đề_án là 12.600 triệu đồng , trong đó : ngân_sách tỉnh 8.000 triệu đồng ; ngân_sách huyện 4.600 triệu đồng . 
Điều 2 . Tổ_chức thực_hiện 
1 . Sở Y_tế chủ_trì , phối_hợp với các sở , ngành liên_quan tổ_chức triển_khai Đề_án ; hằng năm báo_cáo Uỷ_ban nhân_dân tỉnh . 
2 . Sở Tài_chính bố_trí kinh_phí thực_hiện Đề_án theo dự_toán được duyệt . 
3 . Uỷ_ban nhân_dân các huyện chỉ_đạo Uỷ_ban nhân_dân các xã lựa_chọn , giới_thiệu người tham_gia đào_tạo . 
Điều 3 . Chánh Văn_phòng Uỷ_ban nhân_dân tỉnh , Giám_đốc các Sở : Y_tế , Tài_chính ; Chủ_tịch Uỷ_ban nhân_dân các huyện và Thủ_trưởng các cơ_quan , đơn_vị liên_quan chịu trách_nhiệm thi_hành Quyết_định này . 
Quyết_định này có hiệu_lực kể từ ngày ký . 
Nơi nhận : 
- Như Điều 3 ; 
- Bộ Y_tế ; 
- TT Tỉnh_uỷ , TT HĐND tỉnh ; 
- Lưu : VT , VX . 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Lương_Thị_Bích_Ngọc 
"""

SCRAPE_MD = """| ỦY BAN NHÂN DÂN TỈNH BÌNH TRUNG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 57/KH-UBND | Bình Trung, ngày 14 tháng 4 năm 2025 |

**KẾ HOẠCH**

**Phòng, chống sạt lở bờ sông, bờ biển trên địa bàn tỉnh Bình Trung năm 2025**

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;

Căn cứ Quyết định số 957/QĐ-TTg ngày 06 tháng 8 năm 2024 của Thủ tướng Chính phủ phê duyệt Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030;

Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống sạt lở bờ sông, bờ biển năm 2025 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Chủ động phòng ngừa, ứng phó kịp thời với sạt lở bờ sông, bờ biển, bảo đảm an toàn tính mạng, tài sản của Nhân dân.

**2. Mục tiêu cụ thể**

- 100% điểm sạt lở đặc biệt nguy hiểm được cắm biển cảnh báo;

- Di dời 80% số hộ dân trong vùng có nguy cơ sạt lở cao đến nơi an toàn.

**II. NHIỆM VỤ**

Các nhiệm vụ cụ thể như sau:

TT

Nội dung

Chủ trì

Phối hợp

Thời gian

1

Rà soát, cập nhật bản đồ các điểm sạt lở

Sở Nông nghiệp và Môi trường

Ủy ban nhân dân các xã, phường ven sông

Tháng 5/2025

2

Cắm biển cảnh báo tại các điểm sạt lở đặc biệt nguy hiểm

Ủy ban nhân dân các xã, phường ven sông

Công an tỉnh

Tháng 6/2025

3

Di dời các hộ dân ra khỏi vùng nguy cơ sạt lở cao

Ủy ban nhân dân các xã, phường ven sông

Sở Xây dựng; Sở Tài chính

Quý III/2025

**III. KINH PHÍ**

Tổng kinh phí thực hiện Kế hoạch là 26,5 tỷ đồng từ nguồn ngân sách tỉnh và nguồn dự phòng ngân sách trung ương hỗ trợ, trong đó ngân sách trung ương hỗ trợ 15 tỷ đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Sở Nông nghiệp và Môi trường: là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.

2\\. Sở Tài chính: tham mưu bố trí kinh phí theo quy định.

3\\. Ủy ban nhân dân các xã, phường ven sông: tổ chức thực hiện các nhiệm vụ được giao tại Kế hoạch.

| **Nơi nhận:** - Bộ Nông nghiệp và Môi trường; - TT Tỉnh ủy, TT HĐND tỉnh; - Lưu: VT, KT. | **KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Trịnh Công Thắng** |
|---|---|
"""

LETTER_TXT = """ỦY BAN NHÂN DÂN
TỈNH LONG HẢI
Số: 2214/UBND-KT
V/v triển khai thu gom, xử lý chất thải nhựa trên địa bàn tỉnh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Hải, ngày 21 tháng 5 năm 2026

Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Sở Công Thương;
- Sở Tài chính;
- Sở Giáo dục và Đào tạo;
- Ủy ban nhân dân các xã, phường.

Thực hiện Chỉ thị số 19/CT-TTg ngày 10 tháng 4 năm 2026 của Thủ tướng Chính phủ về tăng cường quản lý chất thải nhựa, Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Sở Nông nghiệp và Môi trường: chủ trì, phối hợp với các cơ quan liên quan rà soát các điểm tập kết chất thải nhựa, tham mưu Ủy ban nhân dân tỉnh ban hành quy định phân loại chất thải nhựa tại nguồn; hoàn thành trước ngày 30/6/2026.
2. Sở Công Thương: hướng dẫn các siêu thị, trung tâm thương mại giảm sử dụng túi ni lông khó phân hủy; báo cáo kết quả trước ngày 15/9/2026.
3. Sở Tài chính: tham mưu bố trí kinh phí thực hiện từ nguồn sự nghiệp bảo vệ môi trường theo quy định.
4. Sở Giáo dục và Đào tạo: chỉ đạo các cơ sở giáo dục tổ chức phong trào "Trường học không rác thải nhựa" trong năm học 2026 - 2027.
5. Ủy ban nhân dân các xã, phường: tổ chức thu gom, xử lý chất thải nhựa trên địa bàn; báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15/11/2026 để tổng hợp.
Yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Bộ Nông nghiệp và Môi trường (b/c);
- CT, các PCT UBND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mai Xuân Trường
"""

MIDYEAR = "v_huyen-donglac_96-bc-ubnd_2025_so-ket-bang-ket-qua.md"
DIRECTIVE = "v_ubnd-baclam_14-ct-ubnd_2006_wordseg-chu-thuong.txt"
CHUNK_TARGETS = "v_tinh-thachlam_kh-nong-nghiep-huu-co_2026_chunk2-muc-tieu-nhiem-vu.md"
SCRAPE_BUDGET = "v_tinh-namson_33-kh-syt_2025_tvpl-du-toan-moi-o-mot-dong.md"
COMMUNE_REPORT = "v_xa-tanphudong_45-bc-ubnd_2011_phuong-huong-wordseg.txt"

MIDYEAR_MD = """| ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LẠC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 96/BC-UBND | Đông Lạc, ngày 08 tháng 7 năm 2025 |

**BÁO CÁO**

**Sơ kết 06 tháng đầu năm thực hiện Kế hoạch chuyển đổi số năm 2025; nhiệm vụ trọng tâm 06 tháng cuối năm 2025**

Thực hiện Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân huyện về chuyển đổi số năm 2025, Ủy ban nhân dân huyện báo cáo kết quả như sau:

## I. KẾT QUẢ THỰC HIỆN

### 1. Kết quả thực hiện các mục tiêu, chỉ tiêu

| TT | Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 6 tháng | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến | 80% | 62,5% | 78,1 |
| 2 | Tỷ lệ văn bản điện tử có ký số | 95% | 91% | 95,8 |

Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số đạt 68%, tăng 12% so với cùng kỳ.

### 2. Kết quả thực hiện các nhiệm vụ

a) Hạ tầng số: lắp đặt 14 điểm wifi công cộng tại trung tâm các xã, thị trấn.

b) Dữ liệu số: hoàn thành số hóa 85% hồ sơ hộ tịch từ năm 2015 trở về trước.

## II. TỒN TẠI, HẠN CHẾ

Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến còn thấp so với kế hoạch; hạ tầng mạng tại một số thôn vùng cao chưa ổn định.

## III. NHIỆM VỤ TRỌNG TÂM 06 THÁNG CUỐI NĂM 2025

1\\. Hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn tồn đọng. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin thực hiện.

2\\. Triển khai nền tảng họp trực tuyến đến các xã, thị trấn. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn thực hiện.

3\\. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã. Phòng Nội vụ chủ trì, phối hợp với Trung tâm Chính trị huyện thực hiện.

| **Nơi nhận:** - UBND tỉnh; - Sở Khoa học và Công nghệ; - TT Huyện ủy, TT HĐND huyện; - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH** **Bế Văn Toàn** |
|---|---|
"""

DIRECTIVE_TXT = """uỷ_ban nhân_dân 
tỉnh bắc_lâm 
số : 14/2006/CT - UBND 
cộng_hoà xã_hội chủ_nghĩa việt_nam 
độc_lập - tự_do - hạnh_phúc 
bắc_lâm , ngày 22 tháng 6 năm 2006 
CHỈ_THỊ 
Về việc tăng_cường công_tác phòng , chống lụt_bão năm 2006 
Những năm gần đây , thiên_tai , lụt_bão diễn_biến ngày_càng phức_tạp , gây thiệt_hại lớn về người và tài_sản của nhân_dân . Để chủ_động phòng , chống lụt_bão năm 2006 , Chủ_tịch Uỷ_ban nhân_dân tỉnh chỉ_thị : 
1 . Sở Nông_nghiệp và Phát_triển nông_thôn : 
- Kiểm_tra , đánh_giá hiện_trạng các công_trình đê_điều , hồ_chứa nước ; hoàn_thành trước ngày 15 tháng 7 năm 2006 ; 
- Chuẩn_bị đầy_đủ vật_tư , phương_tiện dự_phòng tại các trọng_điểm xung_yếu . 
2 . Sở Giao_thông Vận_tải : 
- Bố_trí lực_lượng , phương_tiện bảo_đảm giao_thông thông_suốt khi có mưa_lũ . 
3 . Uỷ_ban nhân_dân các huyện , thị_xã : 
- Rà_soát các hộ dân sống ven sông , suối , có phương_án di_dời đến nơi an_toàn ; 
- Kiện_toàn Ban Chỉ_huy phòng , chống lụt_bão cấp huyện . 
4 . Đài Phát_thanh và Truyền_hình tỉnh : 
- Thông_tin kịp_thời diễn_biến thời_tiết , bão , lũ để nhân_dân chủ_động phòng_tránh . 
Đây là nhiệm_vụ cấp_bách , các cấp , các ngành nghiêm_túc triển_khai thực_hiện ./. 
Nơi nhận : 
- Bộ Nông_nghiệp và PTNT ; 
- TT Tỉnh_uỷ , TT HĐND tỉnh ; 
- Lưu : VT , NN . 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Hoàng_Văn_Lộc 
"""

CHUNK_TARGETS_MD = """Phát triển nông nghiệp hữu cơ gắn với chuỗi giá trị, nâng cao thu nhập cho nông dân và bảo vệ môi trường sinh thái.

**2. Mục tiêu cụ thể đến năm 2030**

- Diện tích sản xuất nông nghiệp hữu cơ đạt 2,5% tổng diện tích đất nông nghiệp;

- 100% cơ sở sản xuất hữu cơ được cấp giấy chứng nhận được giám sát định kỳ;

- Giá trị sản phẩm nông nghiệp hữu cơ tăng bình quân 12%/năm.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Rà soát, quy hoạch vùng sản xuất nông nghiệp hữu cơ**

Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện; hoàn thành trong năm 2026.

**2. Hỗ trợ chứng nhận sản phẩm nông nghiệp hữu cơ**

Chủ trì: Trung tâm Khuyến nông tỉnh; phối hợp: Hội Nông dân tỉnh.

**3. Xây dựng thương hiệu nông sản hữu cơ**

- Chủ trì: Sở Công Thương.

- Phối hợp: Sở Khoa học và Công nghệ, Liên minh Hợp tác xã tỉnh.
"""

SCRAPE_BUDGET_MD = """| SỞ Y TẾ TỈNH NAM SƠN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 33/KH-SYT | Nam Sơn, ngày 03 tháng 3 năm 2025 |

**KẾ HOẠCH**

**Phòng, chống bệnh tay chân miệng trên địa bàn tỉnh Nam Sơn năm 2025**

Thực hiện Kế hoạch số 41/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Nam Sơn về phòng, chống dịch bệnh truyền nhiễm năm 2025, Sở Y tế ban hành Kế hoạch như sau:

**I. MỤC TIÊU**

Giảm tỷ lệ mắc và tử vong do bệnh tay chân miệng; phấn đấu 100% ổ dịch được phát hiện và xử lý kịp thời.

**II. NHIỆM VỤ**

1\\. Giám sát, phát hiện sớm các trường hợp mắc bệnh tại cộng đồng và trường học. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trạm Y tế các xã, phường thực hiện.

2\\. Truyền thông phòng bệnh cho phụ huynh và giáo viên mầm non. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch là 1.480 triệu đồng từ nguồn ngân sách tỉnh, chi tiết như sau:

DỰ TOÁN KINH PHÍ

ĐVT: triệu đồng

STT

Nội dung

Kinh phí

1

Tập huấn cho cán bộ y tế cơ sở

420

2

Truyền thông trên các phương tiện thông tin đại chúng

360

3

Giám sát, kiểm tra tại các xã, phường

700

Tổng cộng

1.480

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Trung tâm Kiểm soát bệnh tật tỉnh: là đơn vị đầu mối, tổng hợp, báo cáo kết quả về Sở Y tế trước ngày 10/12/2025.

2\\. Phòng Kế hoạch - Tài chính: tham mưu phân bổ kinh phí thực hiện Kế hoạch.

| **Nơi nhận:** - UBND tỉnh (b/c); - Lưu: VT, NVY. | **KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC** **Lữ Thị Hồng Nhung** |
|---|---|
"""

COMMUNE_REPORT_TXT = """UỶ_BAN NHÂN_DÂN 
XÃ TÂN_PHÚ_ĐÔNG 
Số : 45/BC - UBND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Tân_Phú_Đông , ngày 20 tháng 12 năm 2011 
BÁO_CÁO 
Tình_hình thực_hiện nhiệm_vụ năm 2011 và phương_hướng , nhiệm_vụ năm 2012 
I. TÌNH_HÌNH THỰC_HIỆN NHIỆM_VỤ NĂM 2011 
1 . Sản_xuất nông_nghiệp 
Tổng diện_tích gieo_trồng đạt 101,5 % kế_hoạch ; năng_suất lúa bình_quân tăng 3,2 % so với cùng kỳ . 
2 . Văn_hoá - xã_hội 
Tỷ_lệ hộ nghèo giảm còn 11,4 % ; tỷ_lệ trẻ_em trong độ tuổi được tiêm_chủng đầy_đủ đạt 97 % . 
II. PHƯƠNG_HƯỚNG , NHIỆM_VỤ NĂM 2012 
1 . Chỉ_tiêu chủ_yếu 
- Tỷ_lệ hộ nghèo giảm còn dưới 9 % ; 
- Tỷ_lệ hộ dùng nước hợp vệ_sinh đạt 85 % . 
2 . Nhiệm_vụ , giải_pháp 
a ) Chỉ_đạo sản_xuất vụ Đông_Xuân đúng lịch thời_vụ . 
b ) Triển_khai chương_trình xây_dựng nông_thôn mới . 
Nơi nhận : 
- UBND huyện ; 
- Lưu : VP . 
TM. UỶ_BAN NHÂN_DÂN 
CHỦ_TỊCH 
Nguyễn_Văn_Tám 
"""

ONE_LINE = "v_xa-ngoclamtay_27-kh-ubnd_2025_mot-dong.txt"
FRONT_MATTER = "v_huyen-sonphu_142-kh-ubnd_2024_chunk1-front-matter.md"
TABS = "v_sgddt-dongbinh_88-kh-sgddt_2026_bang-tab.txt"
LETTER_SEGMENTED = "v_ubnd-hoaiduc_1875-ubnd-vx_2009_cong-van-wordseg.txt"

ONE_LINE_TXT = ("ỦY BAN NHÂN DÂN XÃ NGỌC LÂM TÂY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                "Số: 27/KH-UBND Ngọc Lâm Tây, ngày 16 tháng 4 năm 2025 KẾ HOẠCH Phòng, chống đuối nước cho trẻ em trên "
                "địa bàn xã năm 2025 Căn cứ Quyết định số 1248/QĐ-UBND ngày 20 tháng 3 năm 2025 của Ủy ban nhân dân huyện "
                "Sơn Hà về phòng, chống đuối nước trẻ em năm 2025; Ủy ban nhân dân xã ban hành Kế hoạch như sau: "
                "I. MỤC TIÊU 1. Mục tiêu chung Giảm số trẻ em bị tử vong do đuối nước, bảo đảm môi trường an toàn cho trẻ "
                "em. 2. Mục tiêu cụ thể - 100% thôn, bản tổ chức tuyên truyền về phòng, chống đuối nước; - 70% trẻ em từ 6 "
                "đến 16 tuổi được học kỹ năng an toàn trong môi trường nước. II. NHIỆM VỤ 1. Rà soát, cắm biển cảnh báo tại "
                "các ao, hồ, sông, suối nguy hiểm. Giao Công chức Địa chính - Xây dựng chủ trì, phối hợp với Ban Nhân dân "
                "các thôn thực hiện. 2. Tổ chức lớp dạy bơi cho trẻ em trong dịp hè. Giao Trường Trung học cơ sở Ngọc Lâm "
                "Tây chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện. III. KINH PHÍ Tổng kinh phí thực hiện là "
                "45.000.000 đồng từ nguồn ngân sách xã. IV. TỔ CHỨC THỰC HIỆN 1. Công chức Văn hóa - Xã hội: là đầu mối "
                "theo dõi, tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2025. 2. Ban Nhân dân các thôn: tuyên "
                "truyền, vận động gia đình quản lý trẻ em. Nơi nhận: - UBND huyện Sơn Hà; - Lưu: VT. TM. ỦY BAN NHÂN DÂN "
                "CHỦ TỊCH Lù Văn Páo\n")

FRONT_MATTER_MD = """---
so_hieu: 142/KH-UBND
loai_van_ban: Kế hoạch
ngay_ban_hanh: 2024-05-06
co_quan_ban_hanh: UBND huyện Sơn Phú
chunk: 1/4
---

ỦY BAN NHÂN DÂN
HUYỆN SƠN PHÚ

Số: 142/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sơn Phú, ngày 06 tháng 5 năm 2024

# KẾ HOẠCH

## Phát triển sản phẩm OCOP trên địa bàn huyện Sơn Phú giai đoạn 2024 - 2025

Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025;

Căn cứ Kế hoạch số 67/KH-UBND ngày 12 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh về thực hiện Chương trình OCOP năm 2024;

Ủy ban nhân dân huyện Sơn Phú ban hành Kế hoạch phát triển sản phẩm OCOP giai đoạn 2024 - 2025 như sau:

### I. MỤC TIÊU

#### 1. Mục tiêu chung

Phát triển các sản phẩm đặc sản của địa phương theo chuỗi giá trị, nâng cao thu nhập cho người dân.

#### 2. Mục tiêu cụ thể

- Đến năm 2025, có ít nhất 12 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên;
- 100% chủ thể OCOP được tập huấn về quản lý chất lượng sản phẩm;
- Phấn đấu 30% sản phẩm OCOP được bán trên sàn thương mại điện tử.
"""

TABS_TXT = """UBND TỈNH ĐÔNG BÌNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 88/KH-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Bình, ngày 09 tháng 02 năm 2026
KẾ HOẠCH
Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2025 - 2026
Thực hiện Kế hoạch số 1520/KH-BGDĐT ngày 25 tháng 8 năm 2025 của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2025 - 2026, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát hiện, tôn vinh giáo viên có năng lực chuyên môn vững vàng; tạo phong trào thi đua dạy tốt trong các nhà trường.
II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN
STT	Nội dung	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian
1	Ban hành Điều lệ và hướng dẫn Hội thi	Phòng Giáo dục Trung học	Phòng Giáo dục Tiểu học	Tháng 02/2026
2	Tổ chức vòng thi lý thuyết	Phòng Tổ chức cán bộ	Trường Cao đẳng Sư phạm Đông Bình	Tháng 3/2026
3	Tổ chức vòng thi thực hành tại các trường	Phòng Giáo dục Trung học	Các trường trung học phổ thông	Tháng 4/2026
III. KINH PHÍ
Kinh phí tổ chức Hội thi là 186.500.000 đồng từ nguồn chi thường xuyên năm 2026 của Sở.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục Trung học: là đầu mối, tham mưu tổ chức Hội thi.
2. Văn phòng Sở: bảo đảm kinh phí, cơ sở vật chất phục vụ Hội thi.
3. Các trường trung học phổ thông: cử giáo viên tham dự Hội thi theo đúng thành phần.
Nơi nhận:
- Bộ GDĐT (b/c);
- Lưu: VT, GDTrH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Vi Thị Hoài Thu
"""

LETTER_SEGMENTED_TXT = """UỶ_BAN NHÂN_DÂN 
TỈNH HOÀI_ĐỨC 
Số : 1875/UBND - VX 
V/v triển_khai công_tác phòng , chống dịch cúm A ( H1N1 ) 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Hoài_Đức , ngày 14 tháng 8 năm 2009 
Kính_gửi : 
- Sở Y_tế ; 
- Sở Giáo_dục và Đào_tạo ; 
- Sở Tài_chính ; 
- Uỷ_ban nhân_dân các huyện , thành_phố . 
Thực_hiện Công_điện số 1236/CĐ - TTg ngày 30 tháng 7 năm 2009 của Thủ_tướng Chính_phủ về việc tăng_cường phòng , chống dịch cúm A ( H1N1 ) , Uỷ_ban nhân_dân tỉnh yêu_cầu : 
1 . Sở Y_tế : chủ_trì , phối_hợp với các đơn_vị liên_quan giám_sát chặt_chẽ các trường_hợp nghi mắc ; báo_cáo Uỷ_ban nhân_dân tỉnh trước ngày 30/9/2009 . 
2 . Sở Giáo_dục và Đào_tạo : hướng_dẫn các trường_học thực_hiện các biện_pháp phòng bệnh khi học_sinh tựu_trường . 
3 . Sở Tài_chính : bố_trí kinh_phí phòng , chống dịch từ nguồn dự_phòng ngân_sách tỉnh . 
4 . Uỷ_ban nhân_dân các huyện , thành_phố : chỉ_đạo các xã , phường , thị_trấn tuyên_truyền để nhân_dân chủ_động phòng bệnh . 
Nơi nhận : 
- Như trên ; 
- Bộ Y_tế ( b / c ) ; 
- Lưu : VT , VX . 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Đặng_Thị_Thu_Hà 
"""

SENTENCES = "v_hdnd-namlam_45-nq-hdnd_2007_cau-moi-dong-wordseg.txt"
PARTS_REPORT = "v_sct-hoaxuan_210-bc-sct_2025_phan-a-b.md"
RESULTS_CHUNK = "v_huyen-tanthanh_bc-ket-qua_2025_chunk2-ket-qua.md"

SENTENCES_TXT = """HỘI_ĐỒNG NHÂN_DÂN TỈNH NAM_LÂM 
Số : 45/2007/NQ - HĐND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Nam_Lâm , ngày 14 tháng 12 năm 2007 
NGHỊ_QUYẾT 
Về chương_trình phát_triển giao_thông nông_thôn giai_đoạn 2008 - 2010 
HỘI_ĐỒNG NHÂN_DÂN TỈNH NAM_LÂM KHOÁ VII , KỲ_HỌP THỨ 12 
Căn_cứ Luật Tổ_chức Hội_đồng nhân_dân và Uỷ_ban nhân_dân ngày 26 / 11 / 2003 ; 
Xét Tờ_trình số 156/TTr - UBND ngày 28 / 11 / 2007 của Uỷ_ban nhân_dân tỉnh ; Báo_cáo thẩm_tra của Ban Kinh_tế - Ngân_sách ; ý_kiến của đại_biểu Hội_đồng nhân_dân tỉnh , 
QUYẾT_NGHỊ : 
Điều 1 . 
Thông_qua chương_trình phát_triển giao_thông nông_thôn giai_đoạn 2008 - 2010 với các nội_dung sau : 
1 . 
Mục_tiêu đến năm 2010 : - 85 % đường trục xã được cứng_hoá ; - 100 % xã có đường ô_tô đến trung_tâm xã . 
2 . 
Kinh_phí thực_hiện : tổng kinh_phí 360.000 triệu đồng , trong đó : 
a ) 
Năm 2008 : 100.000 triệu đồng ; 
b ) 
Năm 2009 : 120.000 triệu đồng ; 
c ) 
Năm 2010 : 140.000 triệu đồng . 
Điều 2 . 
Giao Uỷ_ban nhân_dân tỉnh tổ_chức thực_hiện Nghị_quyết này . 
Điều 3 . 
Thường_trực Hội_đồng nhân_dân , các Ban của Hội_đồng nhân_dân và đại_biểu Hội_đồng nhân_dân tỉnh giám_sát việc thực_hiện Nghị_quyết . 
Nghị_quyết này đã được Hội_đồng nhân_dân tỉnh Nam_Lâm khoá VII , kỳ_họp thứ 12 thông_qua ngày 14 / 12 / 2007 . 
CHỦ_TỊCH 
Lục_Văn_Thái 
"""

PARTS_REPORT_MD = """| UBND TỈNH HÒA XUÂN **SỞ CÔNG THƯƠNG** ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 210/BC-SCT | *Hòa Xuân, ngày 22 tháng 12 năm 2025* |

**BÁO CÁO**

**Tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026 của ngành Công Thương**

**A. KẾT QUẢ THỰC HIỆN NĂM 2025**

**I. SẢN XUẤT CÔNG NGHIỆP**

Chỉ số sản xuất công nghiệp tăng 9,4% so với năm 2024, đạt 101,8% kế hoạch. Giá trị xuất khẩu đạt 1.245 triệu USD, tăng 11,2%.

**II. THƯƠNG MẠI, DỊCH VỤ**

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 8,7%; tỷ lệ xã có chợ đạt chuẩn đạt 64%.

**B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026**

**I. MỤC TIÊU**

- Chỉ số sản xuất công nghiệp tăng từ 9,5% trở lên;
- Tỷ lệ xã có chợ đạt chuẩn đạt 70%.

**II. NHIỆM VỤ, GIẢI PHÁP**

1\\. Thu hút đầu tư hạ tầng các cụm công nghiệp. Phòng Quản lý công nghiệp chủ trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện.

2\\. Phát triển thương mại điện tử cho doanh nghiệp nhỏ và vừa. Phòng Quản lý thương mại chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh thực hiện.

| **Nơi nhận:** - Bộ Công Thương; - UBND tỉnh; - Lưu: VT, VP. | **GIÁM ĐỐC** **Ma Văn Hùng** |
|---|---|
"""

RESULTS_CHUNK_MD = """- Tỷ lệ hộ sử dụng điện lưới quốc gia đạt 99,1%;

- Tỷ lệ đường trục xã được cứng hóa đạt 88%;

- 100% xã có điểm bưu điện văn hóa hoạt động.

**2. Kết quả thực hiện các chỉ tiêu xã hội**

- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97,2%;

- Tỷ lệ lao động qua đào tạo đạt 68,5%, vượt 1,5% so với kế hoạch;

- Tỷ lệ hộ nghèo giảm còn 2,9%.

**II. TỒN TẠI, HẠN CHẾ**

Một số chỉ tiêu về xây dựng nông thôn mới nâng cao chưa đạt kế hoạch; việc huy động nguồn lực xã hội hóa còn hạn chế. Công tác phối hợp giữa các phòng, ban chuyên môn có lúc chưa chặt chẽ.
"""

TEXTS = {
    CHUNK_TASKS: CHUNK_TASKS_MD,
    CHUNK_CLOSING: CHUNK_CLOSING_MD,
    CHUNK_ANNEX: CHUNK_ANNEX_MD,
    REPORT: REPORT_TXT,
    RESOLUTION: RESOLUTION_TXT,
    DECISION: DECISION_TXT,
    SCRAPE: SCRAPE_MD,
    LETTER: LETTER_TXT,
    MIDYEAR: MIDYEAR_MD,
    DIRECTIVE: DIRECTIVE_TXT,
    CHUNK_TARGETS: CHUNK_TARGETS_MD,
    SCRAPE_BUDGET: SCRAPE_BUDGET_MD,
    COMMUNE_REPORT: COMMUNE_REPORT_TXT,
    ONE_LINE: ONE_LINE_TXT,
    FRONT_MATTER: FRONT_MATTER_MD,
    TABS: TABS_TXT,
    LETTER_SEGMENTED: LETTER_SEGMENTED_TXT,
    SENTENCES: SENTENCES_TXT,
    PARTS_REPORT: PARTS_REPORT_MD,
    RESULTS_CHUNK: RESULTS_CHUNK_MD,
}


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
