"""Invented documents of hold-out round G28: a district's plan whose funds are split by year and by source in one
paragraph, a lower secondary school's plan for the school year written in the i-spelling, a district's plan
launching an emulation movement with its awards and prize fund, a district Party committee's plan printed to PDF.

The reading the set's conventions imply: funds split by year in prose give the total, each year's sum (scope total,
source total, the year) and each year's sources (ngân sách tỉnh and ngân sách huyện both local, xã hội hóa mobilized)
as statements, as c_tinh-thachgiang's "Phân kỳ theo năm" does. A school's plan for a school year gives its targets
the school year's end (as g23_pgddt-lungcao); its targets per grade are specific objectives, their percents its
targets, and the text keeps its i-spelling ("tỉ lệ", "kĩ năng", "quản lí"). An emulation plan's targets are
objectives; its award levels per collective or person ("mức thưởng ... đồng/tập thể") are unit amounts, no sums; its
expected prize fund is one statement; its numbered contents of emulation with no body are activities with no lead.
A district Party committee's plan ("ĐẢNG BỘ TỈNH X / HUYỆN ỦY Y / *", "Số 72-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
"T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ") is the Huyện ủy's (as c2_huyenuy-dongvan); its bodies under "Tổ chức thực hiện"
are the responsibilities.

The documents:
- a district's plan of community tourism 2024 - 2026, its funds by year with the sources of each year in brackets
  in one paragraph (.txt);
- a lower secondary school's plan for the school year 2023 - 2024 in the i-spelling, its targets per grade, its tasks
  led by the subject groups (.docx);
- a district's plan launching the emulation movement "Chung tay xây dựng đô thị văn minh" 2015 - 2017: its targets,
  criteria, the awards with their amounts and the expected prize fund (.html);
- a district Party committee's plan of 2022 against drugs printed to PDF (.pdf).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of lead 3c93933):
micro 162/168/172; 166/168/172 on the gold mended to the set's convention for a numbered prose item's title (the
whole line, "1. Thi đua chỉnh trang đô thị: vận động ...", "1. Tăng cường ...; đưa chỉ tiêu ...", as j_binhlam and
g_tinhuy-namduong give it; the first golds cut it at the colon or the semicolon). Read at first: every header (the
Party committee's "Số 72-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"; the school's i-spelling
title and period of the school year), signer, recipient and basis; every objective and percent (the grades' "dưới
3%", "15%/năm"; the Party plan's objectives of 2025 under "MỤC TIÊU ĐẾN NĂM 2025"); the emulation plan's prize fund
as one statement and no sum from its award amounts; twelve of the thirteen statements of the funds by year and
source. The misses: the first year's sum after "phân theo năm như sau:" scoped "Phân theo năm như sau" (1 statement);
the school's "Liên đội trường" no body (its task's lead and partner, its responsibility: 3); the class teachers in
lower case after "phối hợp với" no partner ("phối hợp với giáo viên chủ nhiệm lập danh sách": 1); "phối hợp với
Phòng Tài chính - Kế hoạch đầu tư đường nội bản, ..." one partner running into the works (1).

The round's rules therefore come from the shapes around these documents, probed with other names and numbers and
kept as table rows (tests/test_g28_holdout.py; every must row fails on 3c93933): the words that announce a sum's parts
ending in "như sau" ("phân theo năm như sau:", "chia theo từng năm cụ thể như sau:", "phân theo nguồn vốn như sau:")
are no scope (budget_statements.LEAD_IN); a school's Young Pioneers' unit ("Liên đội trường", "Liên đội Trường Tiểu
học X"), a primary school's grade group ("Tổ khối 4") and the class teachers in lower case are bodies
(normalizers.agencies); "đầu tư" before the works it names ("đầu tư đường ...", "đầu tư nâng cấp ...") ends a body's
name, not in a name whose field it is ("Ban Quản lý dự án đầu tư xây dựng", "Sở Kế hoạch và đầu tư"). After them:
172/172/172. (The lower-case class teachers also meet g12_thpt-hoavangbac's accepted partner: +1 on the older
invented documents.) Then, probing the funds paragraph in other words: the sources in brackets after a year's sum
("năm 2022 là N (trong đó ngân sách tỉnh A, ...)", "Kinh phí thực hiện năm 2023: N (ngân sách tỉnh: A; xã hội hóa:
B)" after a sentence of 2022) took no year or the paragraph's first year; they take the year of the sum they follow
(budget_statements._year; no record of the sets changes). And probing the awards in other words: "Mức thưởng: tập
thể N, cá nhân M" (the recipient after the colon, the next one after a comma or a semicolon) gave two sums; they are
rates (budget_statements.RATE_NAMED, RATE_SERIES; no record of the sets changes). And probing the Party header with
other committees: a town's "THỊ ỦY Y" (and an urban district's "QUẬN ỦY Z") under "ĐẢNG BỘ TỈNH X" was read as
"Đảng bộ tỉnh X Thị Ủy Y" of the province; it is "Thị ủy Y", of the district's level, as "HUYỆN ỦY Y" is
(common.ISSUER_START; no record of the sets changes). Left: "ĐẢNG ỦY SỞ Y TẾ" under "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"
read as "Đảng ủy sở y tế" with no level (header casing).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g28 OUTDIR`
writes every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.renditions.wordplans import _paragraph

TOURISM = "g28_huyen-takhe_132-kh-ubnd_2024_kinh-phi-nam-nguon-ngoac.txt"
SCHOOL = "g28_thcs-hoaphongtay_112-kh-thcs_2023_chinh-ta-i-theo-khoi.docx"
EMULATION = "g28_huyen-lacsondong_58-kh-ubnd_2015_phat-dong-thi-dua-muc-thuong.html"
PARTY = "g28_huyenuy-namkhe_72-kh-hu_2022_phong-chong-ma-tuy.pdf"


# ---------------------------------------------------------------------------
# 1. A district's three-year plan: its funds by year, each year's sources in brackets, in one paragraph.

TOURISM_TEXT = """\
ỦY BAN NHÂN DÂN
HUYỆN TÀ KHÊ
-------
Số: 132/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Tà Khê, ngày 14 tháng 3 năm 2024

KẾ HOẠCH
Phát triển du lịch cộng đồng trên địa bàn huyện Tà Khê giai đoạn 2024 - 2026

Căn cứ Nghị quyết số 09/NQ-HĐND ngày 20 tháng 12 năm 2023 của Hội đồng nhân dân huyện Tà Khê về kế hoạch phát triển kinh tế - xã hội năm 2024;
Thực hiện Kế hoạch số 315/KH-UBND ngày 06 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh Bắc Hà Sơn về phát triển du lịch cộng đồng giai đoạn 2024 - 2026;
Ủy ban nhân dân huyện ban hành Kế hoạch phát triển du lịch cộng đồng trên địa bàn huyện giai đoạn 2024 - 2026 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc, tạo việc làm, tăng thu nhập cho người dân vùng nông thôn, miền núi.
2. Mục tiêu cụ thể
- Đến năm 2026, có 06 làng, bản được công nhận điểm du lịch cộng đồng; 40 hộ kinh doanh dịch vụ lưu trú tại nhà dân (homestay).
- Lượng khách du lịch đến huyện tăng bình quân 15%/năm; doanh thu từ du lịch cộng đồng tăng bình quân 12%/năm.
- 100% hộ làm du lịch cộng đồng được tập huấn kĩ năng phục vụ khách.
- Tỷ lệ lao động làm du lịch cộng đồng là người dân tộc thiểu số đạt trên 70%.

II. NHIỆM VỤ, GIẢI PHÁP
1. Quy hoạch, xây dựng điểm du lịch cộng đồng
Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát, lựa chọn làng, bản có tiềm năng; hướng dẫn xây dựng hồ sơ công nhận điểm du lịch cộng đồng.
2. Hỗ trợ hạ tầng, cải tạo nhà ở làm homestay
Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch đầu tư đường nội bản, nhà vệ sinh công cộng, bãi đỗ xe tại các điểm du lịch cộng đồng.
3. Đào tạo, tập huấn nguồn nhân lực
Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện, Huyện đoàn tổ chức các lớp tập huấn kĩ năng đón tiếp, nấu ăn, hướng dẫn khách.
4. Quảng bá, xúc tiến du lịch
Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì xây dựng trang thông tin điện tử, ấn phẩm giới thiệu các điểm du lịch cộng đồng; tham gia các hội chợ, lễ hội du lịch trong và ngoài tỉnh.

III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch dự kiến 3.870 triệu đồng, phân theo năm như sau: năm 2024: 1.150 triệu đồng (ngân sách tỉnh 700 triệu đồng, ngân sách huyện 350 triệu đồng, xã hội hóa 100 triệu đồng); năm 2025: 1.320 triệu đồng (ngân sách tỉnh 800 triệu đồng, ngân sách huyện 370 triệu đồng, xã hội hóa 150 triệu đồng); năm 2026: 1.400 triệu đồng (ngân sách tỉnh 850 triệu đồng, ngân sách huyện 350 triệu đồng, xã hội hóa 200 triệu đồng).

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin: là cơ quan thường trực, theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 12 hằng năm.
2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.
3. Phòng Nông nghiệp và Phát triển nông thôn: lồng ghép phát triển du lịch cộng đồng với Chương trình mỗi xã một sản phẩm.
4. Ủy ban nhân dân các xã: xây dựng kế hoạch của xã; vận động người dân tham gia làm du lịch cộng đồng./.

Nơi nhận:
- Sở Văn hóa, Thể thao và Du lịch (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- CT, các PCT UBND huyện;
- Các phòng, ban, đơn vị liên quan;
- UBND các xã;
- Lưu: VT, VHTT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lường Văn Khiêm
"""


# ---------------------------------------------------------------------------
# 2. A lower secondary school's plan for the school year in the i-spelling: targets per grade, tasks of the
#    subject groups.

SCHOOL_BODY = [
    ("p", "Căn cứ Kế hoạch số 1985/KH-SGDĐT ngày 28 tháng 8 năm 2023 của Sở Giáo dục và Đào tạo tỉnh Khánh Lương về "
          "thực hiện nhiệm vụ năm học 2023 - 2024;"),
    ("p", "Căn cứ Công văn số 642/PGDĐT-THCS ngày 08 tháng 9 năm 2023 của Phòng Giáo dục và Đào tạo huyện Sông Mai về "
          "hướng dẫn nhiệm vụ giáo dục trung học năm học 2023 - 2024;"),
    ("p", "Căn cứ tình hình thực tế của nhà trường, Trường THCS Hòa Phong Tây xây dựng Kế hoạch thực hiện nhiệm vụ năm "
          "học 2023 - 2024 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Nâng cao chất lượng giáo dục toàn diện; rèn luyện kĩ năng sống cho học sinh; đổi mới công tác quản lí, "
          "kiểm tra, đánh giá theo Chương trình giáo dục phổ thông 2018."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("p", "- Khối 6 và khối 7: tỉ lệ học sinh có kết quả học tập mức Tốt, Khá đạt 62%; mức Chưa đạt dưới 3%."),
    ("p", "- Khối 8: tỉ lệ học sinh có kết quả rèn luyện mức Tốt đạt 85%."),
    ("p", "- Khối 9: tỉ lệ học sinh được công nhận tốt nghiệp trung học cơ sở đạt 99,2%; tỉ lệ học sinh thi đỗ vào lớp "
          "10 trung học phổ thông công lập đạt 75%."),
    ("p", "- Tỉ lệ học sinh bỏ học dưới 0,4%."),
    ("p", "- 100% cán bộ quản lí, giáo viên được bồi dưỡng kĩ năng ứng dụng công nghệ thông tin trong dạy học."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h", "1. Thực hiện chương trình, kế hoạch giáo dục"),
    ("p", "Tổ Khoa học tự nhiên chủ trì, phối hợp với Tổ Khoa học xã hội xây dựng kế hoạch dạy học các môn học tích "
          "hợp của khối 6, khối 7 và khối 8; tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học mỗi tháng một lần."),
    ("h", "2. Bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt"),
    ("p", "Tổ Toán - Tin chủ trì, phối hợp với giáo viên chủ nhiệm lập danh sách, phân công giáo viên bồi dưỡng, phụ "
          "đạo theo từng khối; kiểm tra, đánh giá tiến bộ của học sinh sau mỗi học kì."),
    ("h", "3. Giáo dục kĩ năng sống, hoạt động trải nghiệm"),
    ("p", "Liên đội trường chủ trì, phối hợp với Ban đại diện cha mẹ học sinh tổ chức các hoạt động trải nghiệm, giáo "
          "dục kĩ năng phòng tránh đuối nước, xâm hại, tai nạn giao thông."),
    ("h", "4. Đổi mới quản lí, ứng dụng công nghệ thông tin"),
    ("p", "Tổ Văn phòng chủ trì cập nhật cơ sở dữ liệu ngành, sổ điểm điện tử, học bạ số; bảo đảm đúng thời hạn quy "
          "định."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Giám hiệu: phân công nhiệm vụ cho cán bộ, giáo viên, nhân viên; kiểm tra, đánh giá việc thực hiện Kế "
          "hoạch theo từng học kì."),
    ("p", "2. Các tổ chuyên môn: xây dựng kế hoạch giáo dục của tổ, kế hoạch bài dạy; thực hiện các chỉ tiêu được "
          "giao."),
    ("p", "3. Tổ Văn phòng: bảo đảm cơ sở vật chất, thiết bị dạy học; quản lí hồ sơ, sổ sách theo quy định."),
    ("p", "4. Liên đội trường: tổ chức các phong trào thi đua, hoạt động tập thể cho học sinh./."),
]


def school() -> bytes:
    doc = _new()
    _layout(doc, ["PHÒNG GD&ĐT HUYỆN SÔNG MAI", "TRƯỜNG THCS HÒA PHONG TÂY", "-------", "Số: 112/KH-THCS"],
            [*MOTTO, "Hòa Phong Tây, ngày 20 tháng 9 năm 2023"], widths=(7.5, 8.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện nhiệm vụ năm học 2023 - 2024", bold=True, center=True)
    _body(doc, SCHOOL_BODY)
    closing(doc, ["- Phòng GD&ĐT (b/c);", "- Ban Giám hiệu;", "- Các tổ chuyên môn;", "- Lưu: VT."],
            ["HIỆU TRƯỞNG", "", "", "", "", "Đoàn Thị Mỹ Hạnh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A district's plan launching an emulation movement: targets, criteria, awards with their amounts, the prize fund.

EMULATION_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch phát động phong trào thi đua</title></head>
<body>
<div class="nav"><a href="/">Trang chủ</a> | <a href="/thi-dua">Thi đua - Khen thưởng</a></div>
<table class="header">
<tr><td><b>ỦY BAN NHÂN DÂN</b><br><b>HUYỆN LẠC SƠN ĐÔNG</b><br>-------</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td>Số: 58/KH-UBND</td><td><i>Lạc Sơn Đông, ngày 10 tháng 02 năm 2015</i></td></tr>
</table>
<h2 style="text-align:center">KẾ HOẠCH</h2>
<p style="text-align:center"><b>Phát động phong trào thi đua “Chung tay xây dựng đô thị văn minh” giai đoạn 2015 - 2017</b></p>
<p>Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;</p>
<p>Thực hiện Kế hoạch số 204/KH-UBND ngày 22 tháng 12 năm 2014 của Ủy ban nhân dân tỉnh Hà Vân về công tác thi đua, khen thưởng năm 2015;</p>
<p>Ủy ban nhân dân huyện xây dựng Kế hoạch phát động phong trào thi đua như sau:</p>
<h3>I. MỤC TIÊU THI ĐUA</h3>
<p><b>1. Mục tiêu chung</b></p>
<p>Huy động sức mạnh của cả hệ thống chính trị và Nhân dân xây dựng thị trấn, khu dân cư sáng - xanh - sạch - đẹp, văn minh; nâng cao chất lượng đời sống văn hóa của Nhân dân.</p>
<p><b>2. Chỉ tiêu cụ thể đến năm 2017</b></p>
<p>- 92% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; 80% khu phố đạt danh hiệu “Khu phố văn hóa”.</p>
<p>- 100% tuyến đường chính của thị trấn có hệ thống chiếu sáng công cộng.</p>
<p>- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 95%.</p>
<h3>II. NỘI DUNG THI ĐUA</h3>
<p>1. Thi đua chỉnh trang đô thị: vận động Nhân dân hiến đất mở rộng vỉa hè, trồng cây xanh, không lấn chiếm lòng đường, vỉa hè để kinh doanh.</p>
<p>2. Thi đua giữ gìn vệ sinh môi trường: thực hiện phân loại rác tại nguồn, đổ rác đúng giờ, đúng nơi quy định; ra quân tổng vệ sinh vào ngày chủ nhật cuối tháng.</p>
<p>3. Thi đua xây dựng nếp sống văn minh: thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội; xây dựng quy ước khu phố.</p>
<h3>III. ĐỐI TƯỢNG, TIÊU CHÍ VÀ HÌNH THỨC KHEN THƯỞNG</h3>
<p><b>1. Đối tượng</b></p>
<p>Các khu phố, cơ quan, đơn vị, doanh nghiệp và hộ gia đình, cá nhân trên địa bàn huyện.</p>
<p><b>2. Tiêu chí</b></p>
<p>Tập thể được khen thưởng phải hoàn thành từ 90% chỉ tiêu thi đua trở lên, không có vi phạm về trật tự đô thị; cá nhân có thành tích tiêu biểu, được khu phố hoặc cơ quan đề nghị.</p>
<p><b>3. Hình thức và mức thưởng</b></p>
<p>- Sơ kết năm 2016: Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho 10 tập thể và 20 cá nhân; mức thưởng 1.500.000 đồng/tập thể và 500.000 đồng/cá nhân.</p>
<p>- Tổng kết năm 2017: đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 03 tập thể, 05 cá nhân; Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho 15 tập thể và 30 cá nhân, mức thưởng 2.000.000 đồng/tập thể và 700.000 đồng/cá nhân.</p>
<p>Tổng kinh phí khen thưởng dự kiến 102 triệu đồng, chi từ Quỹ thi đua, khen thưởng của huyện.</p>
<h3>IV. TỔ CHỨC THỰC HIỆN</h3>
<p>1. Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện): hướng dẫn, theo dõi phong trào; thẩm định hồ sơ, trình khen thưởng theo quy định.</p>
<p>2. Phòng Văn hóa và Thông tin: phối hợp với Đài Truyền thanh huyện tuyên truyền phong trào; phát hiện, nhân rộng điển hình tiên tiến.</p>
<p>3. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí khen thưởng.</p>
<p>4. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện: vận động đoàn viên, hội viên và Nhân dân hưởng ứng phong trào.</p>
<p>5. Ủy ban nhân dân thị trấn Lạc Sơn: phát động phong trào đến từng khu phố; định kỳ 6 tháng báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Nội vụ)./.</p>
<table class="sign">
<tr><td><b><i>Nơi nhận:</i></b><br>- Ban Thi đua - Khen thưởng tỉnh (b/c);<br>- TT Huyện ủy, TT HĐND huyện;<br>- CT, các PCT UBND huyện;<br>- Các cơ quan, đơn vị, đoàn thể huyện;<br>- UBND thị trấn Lạc Sơn;<br>- Lưu: VT, NV.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN</b><br><b>CHỦ TỊCH</b><br><br><br><br><b>Quách Văn Thuận</b></td></tr>
</table>
<div class="footer">Cổng thông tin điện tử huyện Lạc Sơn Đông</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. A district Party committee's plan printed to PDF.

PARTY_BODY = [
    ("p", "Thực hiện Chỉ thị số 21-CT/TU, ngày 15/11/2021 của Ban Thường vụ Tỉnh ủy Hà Lĩnh về tăng cường sự lãnh đạo "
          "của Đảng đối với công tác phòng, chống và kiểm soát ma túy trong tình hình mới, Ban Thường vụ Huyện ủy xây "
          "dựng Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể "
          "chính trị - xã hội trong công tác phòng, chống ma túy."),
    ("p", "2. Việc triển khai phải nghiêm túc, thiết thực, gắn với nhiệm vụ chính trị của từng địa phương, đơn vị."),
    ("h", "II. MỤC TIÊU ĐẾN NĂM 2025"),
    ("p", "- Kiềm chế, làm giảm số người nghiện ma túy; phấn đấu 60% xã, thị trấn không có tệ nạn ma túy."),
    ("p", "- 100% chi, đảng bộ cơ sở đưa nội dung phòng, chống ma túy vào nghị quyết lãnh đạo hằng năm."),
    ("p", "- Tỷ lệ người nghiện được điều trị, cai nghiện đạt trên 45%."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng; đưa chỉ tiêu giảm tệ nạn ma túy vào đánh giá "
          "xếp loại tổ chức đảng, đảng viên cuối năm."),
    ("p", "2. Đẩy mạnh tuyên truyền, giáo dục về tác hại của ma túy trong cán bộ, đảng viên, học sinh và Nhân dân, nhất "
          "là ở các xã vùng biên, vùng đồng bào dân tộc thiểu số."),
    ("p", "3. Nâng cao hiệu quả công tác cai nghiện và quản lý sau cai nghiện tại cộng đồng; tạo việc làm cho người sau "
          "cai nghiện."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các chi, đảng bộ cơ sở xây dựng kế hoạch cụ thể để triển khai thực hiện; báo cáo kết quả về Ban Thường vụ "
          "Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 30 tháng 11 hằng năm."),
    ("p", "2. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện hướng dẫn "
          "công tác tuyên truyền."),
    ("p", "3. Đảng ủy Công an huyện lãnh đạo lực lượng Công an tấn công, trấn áp tội phạm về ma túy; tham mưu Ban "
          "Thường vụ Huyện ủy sơ kết, tổng kết."),
    ("p", "4. Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Kế hoạch vào chương trình kiểm tra, giám sát hằng năm."),
    ("p", "5. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện vận động đoàn viên, hội "
          "viên và Nhân dân tích cực tố giác tội phạm về ma túy."),
    ("p", "Kế hoạch này được phổ biến đến chi bộ./."),
]


def party() -> bytes:
    doc = _new()
    _layout(doc, ["ĐẢNG BỘ TỈNH HÀ LĨNH", "HUYỆN ỦY NAM KHÊ", "*", "Số 72-KH/HU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Nam Khê, ngày 08 tháng 4 năm 2022"], bold=(2, 1))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "thực hiện Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối "
               "với công tác phòng, chống và kiểm soát ma túy trong tình hình mới", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, PARTY_BODY)
    closing(doc, ["- Ban Thường vụ Tỉnh ủy (b/c),", "- Các đồng chí Huyện ủy viên,", "- Các chi, đảng bộ cơ sở,",
                  "- Lưu Văn phòng Huyện ủy."],
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "Hà Thị Thu Trang"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TOURISM).write_text(TOURISM_TEXT, encoding="utf-8")
    (folder / SCHOOL).write_bytes(school())
    (folder / EMULATION).write_text(EMULATION_HTML, encoding="utf-8")
    (folder / PARTY).write_bytes(_pdf(party(), PARTY))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
