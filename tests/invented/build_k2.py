"""Invented documents of hold-out round K2: CHUNKS of documents cut for retrieval, as a pipeline cuts a page of a
legal-text site into Markdown pieces (by heading or by size: mid-list, mid-table, a table's header row in one chunk
and its rows in the next), each chunk its own file, its header (if any) in another chunk.

The first batch (golds written by hand before their first extraction):

- chunk 2 of a province's Quyết định allocating capital: "Điều 1. Phân bổ ... tổng số vốn N triệu đồng, cụ thể:"
  with one numbered line per district "1. Huyện X: N triệu đồng." and a lettered split of one district's amount;
  no header, no signature (.md);
- chunk 3 of the same decision: "Điều 2. Tổ chức thực hiện" with one numbered paragraph per agency, "Điều 3." naming
  who executes it, then the "Nơi nhận" and the signature as ONE pipe-table row (the scraper flattened each cell's
  lines into one: "Nơi nhận: - Như Điều 3; - ...", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH <name>") (.md);
- chunk 4 of a province's Kế hoạch: its annex task table cut by size: the PHỤ LỤC title, the "(Kèm theo ...)" line,
  the header row and the first rows, ending inside a group (.md).

The second batch (golds written before their first extraction too):

- chunk 5 of the same plan: the rest of its annex task table, cut by size: the rows only, no header row and no
  "|---|" rule above them (the splitter left both in chunk 4), group rows "II", "III" among them, then a note (.md);
- chunk 2 of a province's Kế hoạch cut by heading and size: it starts inside "II. NHIỆM VỤ, GIẢI PHÁP" at a lettered
  item "c)" (its numbered task is in chunk 1), then numbered tasks "3.", "4.", "5." whose agencies are a sentence
  ("X chủ trì, phối hợp với Y ..."), then "III. KINH PHÍ THỰC HIỆN" with a total and its sources (.md);
- chunk 3 of that plan: "IV. TỔ CHỨC THỰC HIỆN" cut after its first agency, so the chunk starts at "2. Sở Tài
  chính"; one numbered agency per item, the closing sentence, "Nơi nhận" and the signature as bold lines (.md).

The third batch (golds written before their first extraction too):

- chunk 4 of the plan of the second batch: its funds annex "PHỤ LỤC II" with "ĐVT: triệu đồng", a budget table by
  year (Tổng cộng | Năm 2022 ... Năm 2025) whose group rows are the sources ("I | Ngân sách trung ương hỗ trợ"),
  a "TỔNG CỘNG" row first (.md);
- chunk 3 of a district's Báo cáo cut by size: the tail of its results (dash bullets, "giảm từ 14,6% xuống còn
  12,1%"), "**II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021**", "**1. Các chỉ tiêu chủ yếu**" and the first targets, the
  chunk ending inside their list (.md);
- chunk 4 of that report: the rest of the targets (dash bullets with no heading above them in this chunk, "Phấn
  đấu ... đạt 95% trở lên"), then "**2. Nhiệm vụ, giải pháp chủ yếu**" with lettered tasks assigned in a sentence
  ("Phòng X chủ trì, phối hợp với Y thực hiện"), the chunk ending after task c) (.md).

The fourth batch (its gold written before its first extraction too):

- chunk 2 of a provincial HĐND's Nghị quyết on the next year's plan: "**Điều 1.**" adopting the targets, "**1. Mục tiêu
  tổng quát**", "**2. Các chỉ tiêu chủ yếu**" grouped by lettered fields ("a) Về kinh tế") over dash targets (one with
  a second figure: "đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 31%"), then "**3. Nhiệm vụ, giải pháp chủ yếu**"
  with dash lines naming no agency, the chunk ending before Điều 2 (.md).

Everything is invented (the provinces, districts, names, numbers, dates). `python -m tests.invented.build_k2
OUTDIR` writes the files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ALLOCATION = "k2_tinh-vinhkhe_2316-qd-ubnd_2019_chunk2-dieu-1-phan-bo-von.md"
ALLOCATION_CLOSING = "k2_tinh-vinhkhe_2316-qd-ubnd_2019_chunk3-to-chuc-thuc-hien.md"
ANNEX_HEAD = "k2_tinh-namthuong_87-kh-ubnd_2024_chunk4-phu-luc-nhiem-vu-phan-1.md"
ANNEX_ROWS = "k2_tinh-namthuong_87-kh-ubnd_2024_chunk5-phu-luc-nhiem-vu-phan-2.md"
PLAN_TASKS = "k2_tinh-hoaluong_215-kh-ubnd_2022_chunk2-nhiem-vu-kinh-phi.md"
PLAN_CLOSING = "k2_tinh-hoaluong_215-kh-ubnd_2022_chunk3-to-chuc-thuc-hien.md"
PLAN_FUNDS = "k2_tinh-hoaluong_215-kh-ubnd_2022_chunk4-phu-luc-kinh-phi.md"
REPORT_RESULTS = "k2_huyen-baokhe_196-bc-ubnd_2020_chunk3-ket-qua-chi-tieu.md"
REPORT_TASKS = "k2_huyen-baokhe_196-bc-ubnd_2020_chunk4-chi-tieu-nhiem-vu.md"
RESOLUTION_TARGETS = "k2_hdnd-langha_38-nq-hdnd_2025_chunk2-dieu-1-chi-tieu.md"

ALLOCATION_MD = """Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 412/TTr-SKHĐT ngày 14 tháng 10 năm 2019.

QUYẾT ĐỊNH:

**Điều 1.** Phân bổ chi tiết kế hoạch vốn sự nghiệp ngân sách trung ương năm 2019 thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới cho các huyện, thị xã, tổng số vốn 38.450 triệu đồng, cụ thể như sau:

1. Huyện Ea Lâm: 6.200 triệu đồng.

2. Huyện Krông Phước: 5.850 triệu đồng.

3. Huyện Đak Sơn: 7.400 triệu đồng, trong đó:

a) Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế: 4.100 triệu đồng;

b) Duy tu, bảo dưỡng công trình hạ tầng sau đầu tư: 3.300 triệu đồng.

4. Huyện Cư Mang: 6.900 triệu đồng.

5. Thị xã Buôn Khê: 4.600 triệu đồng.

6. Huyện Lăk Hòa: 7.500 triệu đồng.

(Chi tiết danh mục theo Phụ lục kèm theo)

"""

ALLOCATION_CLOSING_MD = """**Điều 2. Tổ chức thực hiện**

1. Ủy ban nhân dân các huyện, thị xã căn cứ kế hoạch vốn được giao, phân bổ chi tiết cho các xã và các nội dung thực hiện; chịu trách nhiệm về việc sử dụng vốn đúng mục đích, hiệu quả; giải ngân hết số vốn được giao trước ngày 31 tháng 01 năm 2020.

2. Sở Tài chính hướng dẫn các địa phương thực hiện và quyết toán kinh phí theo quy định.

3. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) theo dõi, tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính, Nông nghiệp và Phát triển nông thôn; Giám đốc Kho bạc Nhà nước tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.

| Nơi nhận: - Như Điều 3; - Bộ Nông nghiệp và PTNT; - Văn phòng Điều phối NTM Trung ương; - TT Tỉnh ủy, TT HĐND tỉnh; - CT, các PCT UBND tỉnh; - Lưu: VT, KT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Y Khuê Niê |
|---|---|
"""

ANNEX_HEAD_MD = """PHỤ LỤC

DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TỈNH NAM THƯỢNG NĂM 2024

(Kèm theo Kế hoạch số 87/KH-UBND ngày 06 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Nam Thượng)

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm |
|---|---|---|---|---|---|
| I | CHÍNH QUYỀN SỐ |  |  |  |  |
| 1 | Nâng cấp Hệ thống quản lý văn bản và điều hành tỉnh, kết nối liên thông 4 cấp | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh; UBND các huyện, thành phố | Quý II/2024 | Hệ thống được nâng cấp |
| 2 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Thông tin và Truyền thông | Các sở, ban, ngành | Năm 2024 | Kho dữ liệu dùng chung |
| 3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực | Văn phòng UBND tỉnh | Các sở, ban, ngành; UBND cấp huyện | Năm 2024 | Hồ sơ được số hóa |
| 4 | Triển khai nền tảng họp trực tuyến đến cấp xã | UBND các huyện, thành phố | Sở Thông tin và Truyền thông; Viễn thông Nam Thượng | Quý III/2024 | 100% xã có điểm cầu |
"""

ANNEX_ROWS_MD = """| 5 | Cung cấp dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh | Văn phòng UBND tỉnh | Các sở, ban, ngành; UBND các huyện, thành phố | Năm 2024 | Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50% |
| II | KINH TẾ SỐ |  |  |  |  |
| 6 | Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số | Sở Kế hoạch và Đầu tư | Hiệp hội Doanh nghiệp tỉnh | Năm 2024 | 200 doanh nghiệp được hỗ trợ |
| 7 | Đưa sản phẩm OCOP của tỉnh lên sàn thương mại điện tử | Sở Công Thương | Sở Nông nghiệp và Phát triển nông thôn; Bưu điện tỉnh | Quý IV/2024 | 100% sản phẩm OCOP lên sàn |
| III | XÃ HỘI SỐ |  |  |  |  |
| 8 | Phổ cập kỹ năng số cho người dân qua Tổ công nghệ số cộng đồng | UBND các huyện, thành phố | Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh | Năm 2024 | Các lớp phổ cập kỹ năng số |
| 9 | Triển khai sổ liên lạc điện tử tại các trường phổ thông | Sở Giáo dục và Đào tạo | Sở Thông tin và Truyền thông | Năm học 2024 - 2025 | Sổ liên lạc điện tử |

Ghi chú: Các cơ quan chủ trì chủ động bố trí kinh phí từ dự toán được giao để thực hiện nhiệm vụ.
"""

PLAN_TASKS_MD = """c) Rà soát, sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp công lập theo hướng tinh gọn, hiệu quả. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh trong năm 2023.

**3. Phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục nghề nghiệp**

Tổ chức bồi dưỡng chuẩn hóa kỹ năng nghề, nghiệp vụ sư phạm cho nhà giáo; thu hút nghệ nhân, người lao động có tay nghề cao tham gia giảng dạy. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ sở giáo dục nghề nghiệp thực hiện.

**4. Gắn kết đào tạo với doanh nghiệp**

Xây dựng cơ chế đặt hàng đào tạo theo nhu cầu của doanh nghiệp trong các khu công nghiệp. Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Liên đoàn Lao động tỉnh thực hiện.

**5. Đào tạo nghề cho lao động nông thôn**

Đào tạo nghề trình độ sơ cấp và dưới 03 tháng cho lao động nông thôn, ưu tiên người dân tộc thiểu số, người khuyết tật. Ủy ban nhân dân các huyện, thị xã, thành phố chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức thực hiện.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch giai đoạn 2022 - 2025 dự kiến là 27.350 triệu đồng, trong đó: ngân sách trung ương hỗ trợ 9.800 triệu đồng; ngân sách tỉnh 14.250 triệu đồng; nguồn huy động hợp pháp khác 3.300 triệu đồng.

"""

PLAN_CLOSING_MD = """**2. Sở Tài chính**

Trên cơ sở đề xuất của Sở Lao động - Thương binh và Xã hội, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.

**3. Sở Giáo dục và Đào tạo**

Chỉ đạo các trường trung học cơ sở, trung học phổ thông làm tốt công tác tư vấn, hướng nghiệp, phân luồng học sinh sau tốt nghiệp.

**4. Báo Hòa Lương, Đài Phát thanh và Truyền hình tỉnh**

Mở chuyên mục tuyên truyền về giáo dục nghề nghiệp và các gương điển hình lập nghiệp sau học nghề.

**5. Ủy ban nhân dân các huyện, thị xã, thành phố**

Xây dựng kế hoạch của địa phương; bố trí kinh phí đối ứng; định kỳ báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày 10 tháng 12 hằng năm.

Trên đây là Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Hòa Lương giai đoạn 2022 - 2025, yêu cầu các cơ quan, đơn vị triển khai thực hiện./.

**Nơi nhận:**

- Bộ Lao động - TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, VX.

**TM. ỦY BAN NHÂN DÂN**

**CHỦ TỊCH**

**Đinh Quang Hải**
"""

PLAN_FUNDS_MD = """**PHỤ LỤC II**

**DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP GIAI ĐOẠN 2022 - 2025**

*(Kèm theo Kế hoạch số 215/KH-UBND ngày 18 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Hòa Lương)*

ĐVT: triệu đồng

| STT | Nội dung | Tổng cộng | Năm 2022 | Năm 2023 | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|---|
|  | TỔNG CỘNG | 27.350 | 5.150 | 7.200 | 7.600 | 7.400 |
| I | Ngân sách trung ương hỗ trợ | 9.800 | 1.800 | 2.600 | 2.700 | 2.700 |
| 1 | Đào tạo nghề cho lao động nông thôn | 6.800 | 1.200 | 1.800 | 1.900 | 1.900 |
| 2 | Bồi dưỡng nhà giáo giáo dục nghề nghiệp | 3.000 | 600 | 800 | 800 | 800 |
| II | Ngân sách tỉnh | 14.250 | 2.850 | 3.800 | 3.900 | 3.700 |
| 1 | Mua sắm thiết bị đào tạo các nghề trọng điểm | 9.250 | 1.850 | 2.500 | 2.600 | 2.300 |
| 2 | Tuyên truyền, tư vấn, hướng nghiệp | 1.000 | 250 | 250 | 250 | 250 |
| 3 | Đặt hàng đào tạo theo nhu cầu doanh nghiệp | 4.000 | 750 | 1.050 | 1.050 | 1.150 |
| III | Nguồn huy động hợp pháp khác | 3.300 | 500 | 800 | 1.000 | 1.000 |
"""

REPORT_RESULTS_MD = """- Giá trị sản xuất nông, lâm nghiệp, thủy sản tăng 3,9% so với năm 2019; tổng sản lượng lương thực có hạt đạt 41.250 tấn, bằng 101,6% kế hoạch.

- Tiểu thủ công nghiệp tiếp tục phát triển; giá trị sản xuất tăng 6,2% so với cùng kỳ.

**2. Về văn hóa - xã hội**

- Tỷ lệ hộ nghèo giảm từ 14,6% xuống còn 12,1%, vượt chỉ tiêu Nghị quyết Hội đồng nhân dân huyện giao.

- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,3%.

- Có 04/15 xã đạt chuẩn nông thôn mới, tăng 01 xã so với năm 2019.

**II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021**

**1. Các chỉ tiêu chủ yếu**

- Tốc độ tăng giá trị sản xuất bình quân đạt 8% trở lên.

- Tỷ lệ lao động qua đào tạo đạt 62% trở lên.

- Tỷ lệ hộ nghèo giảm còn dưới 10,5%.

"""

REPORT_TASKS_MD = """- Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên.

- Có thêm 02 xã đạt chuẩn nông thôn mới; 100% thôn, bản có nhà văn hóa.

**2. Nhiệm vụ, giải pháp chủ yếu**

a) Tập trung chỉ đạo sản xuất vụ Đông Xuân đúng khung thời vụ, mở rộng diện tích lúa chất lượng cao. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.

b) Đẩy nhanh tiến độ giải ngân vốn đầu tư công, hoàn thành các công trình chuyển tiếp. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện thực hiện.

c) Thực hiện đầy đủ, kịp thời các chính sách giảm nghèo, an sinh xã hội. Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện thực hiện.

"""

RESOLUTION_TARGETS_MD = """**Điều 1.** Nhất trí với đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025 và thông qua mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp chủ yếu năm 2026 như sau:

**1. Mục tiêu tổng quát**

Tiếp tục huy động, sử dụng hiệu quả các nguồn lực cho phát triển; đẩy mạnh chuyển đổi số, phát triển kinh tế xanh; bảo đảm an sinh xã hội, nâng cao đời sống vật chất, tinh thần của Nhân dân; giữ vững quốc phòng, an ninh.

**2. Các chỉ tiêu chủ yếu**

a) Về kinh tế

- Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 8,2% trở lên.

- Tỷ trọng công nghiệp - xây dựng trong GRDP chiếm 38,5%.

- Tổng vốn đầu tư phát triển toàn xã hội tăng 12% so với năm 2025.

b) Về xã hội

- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,5%.

- Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 31%.

- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%.

c) Về môi trường

- Tỷ lệ che phủ rừng duy trì ở mức 61,2%.

- Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96%.

**3. Nhiệm vụ, giải pháp chủ yếu**

Thống nhất với các nhiệm vụ, giải pháp chủ yếu do Ủy ban nhân dân tỉnh trình, trong đó tập trung:

- Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.

- Tập trung giải ngân vốn đầu tư công ngay từ đầu năm; hoàn thành các công trình trọng điểm.

"""

TEXTS = {
    ALLOCATION: ALLOCATION_MD,
    ALLOCATION_CLOSING: ALLOCATION_CLOSING_MD,
    ANNEX_HEAD: ANNEX_HEAD_MD,
    ANNEX_ROWS: ANNEX_ROWS_MD,
    PLAN_TASKS: PLAN_TASKS_MD,
    PLAN_CLOSING: PLAN_CLOSING_MD,
    PLAN_FUNDS: PLAN_FUNDS_MD,
    REPORT_RESULTS: REPORT_RESULTS_MD,
    REPORT_TASKS: REPORT_TASKS_MD,
    RESOLUTION_TARGETS: RESOLUTION_TARGETS_MD,
}


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
