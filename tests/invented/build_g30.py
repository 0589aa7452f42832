"""Invented documents of hold-out round G30: a district health centre's plan printed to PDF (a public-service unit,
its "GIÁM ĐỐC" signer, bases mixing a ministry's circulars with its department's plan, targets by quarter), a
province's plan implementing Party documents (a "Thực hiện" paragraph naming a Chỉ thị, a Kết luận and a Hướng dẫn of
the Party beside the state's laws, some cited by number only; its responsibilities one agency a heading; its
recipients over two columns), a town's plan of 2024 on its portal (an indicator table "Chỉ tiêu | ĐVT | Thực hiện
2023 | Kế hoạch 2024 | So sánh (%)", prose targets under nested numbering "2.2.1.", "a)", ward-level tasks), and a
joint plan of a province's labour federation and its labour department as plain text (the total in words, "trong
đó" by source, an estimate by year in triệu đồng with a "Cộng" row).

The reading the set's conventions imply: a public-service unit's plan is the unit's (level department, as g10_ttyt and
g7_bvdk), its "GIÁM ĐỐC" the signer; a circular that details a decree keeps the decree in its title; cumulative
targets by quarter beside the year's are percents each. A "Thực hiện" paragraph of Party documents gives each its own
basis (Chỉ thị, Kết luận, Hướng dẫn of the Party, and the province committee's Kế hoạch), the Hướng dẫn cited by number
and issuer alone; a resolution named in the aims ("Nghị quyết số 18-NQ/TW") is no basis. Responsibilities headed by
one agency a line ("1. Sở Nội vụ" over "- ..." duties) name that agency, "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
tỉnh và các tổ chức chính trị - xã hội tỉnh" two (as g13_tinh-hoanglam); recipients over two columns are one list.
An indicator table's plan column gives the target (not the year before, not the comparison "So sánh (%)"), its counts
and areas none; the numbered headings over the table and over the lettered items ("2.1. Các chỉ tiêu chủ yếu",
"2.2.1. Về môi trường") are no objectives; the wards' tasks under "4. Ủy ban nhân dân các phường, xã:" are its duties.
A total in words beside its figures ("3,5 tỷ đồng (Bằng chữ: Ba tỷ, năm trăm triệu đồng)") is one statement, a union
fund as a source other (mobilized accepted), the rates per house no sums; the estimate by year in triệu đồng gives an
item per cell, the "Cộng" row's too.

The documents:
- a district health centre's plan of 2024 for immunisation printed to PDF (.pdf);
- a province's plan of 2024 implementing Chỉ thị 05-CT/TW and Kết luận 01-KL/TW, its recipients over two columns
  (.docx);
- a town's plan of 2024 for a civilised urban area on its portal, an indicator table with a comparison column (.html);
- a joint plan of a province's labour federation and labour department, 2023 - 2025, as plain text laid out in
  columns (.txt).

First pass (golds written by hand before the first extraction, commit 404569a; the 4 documents scored alone, code of
1e91715): micro 215/221/217 (0.982); the PDF, the Word file and the text whole but for one agency each. Read at first:
every header (the health centre and its "GIÁM ĐỐC", the joint header of two bodies and its two signers side by side,
the Party documents' numbers), every recipient (the two columns too) and basis (the Hướng dẫn by number alone, the
Luật with no number); every objective and percent (the quarters' cumulative targets, the table's plan column); the
activities and responsibilities; every statement (the total in words once) and the twelve items of the estimate by
year. The misses: the numbered headings over the indicator table and over lettered items ("2.1. Các chỉ tiêu chủ
yếu", "2.2. Các chỉ tiêu khác", "2.2.1. Về chỉnh trang đô thị", "2.2.2. Về môi trường") read as objectives (4 wrong);
"Khoa Dược - Trang thiết bị - Vật tư y tế" cut at "bị" as if passive (1); "Liên đoàn Lao động tỉnh phát hiện, biểu
dương ..." one partner running into what it is asked to find (1). After objectives._heads_deeper, agencies._PASSIVE and
agencies.VERB: 217/217/217.

Then, probing the brief's shapes with other names and numbers (tests/test_g30_holdout.py; every must row fails on
1e91715): a partner running into what it is asked to improve or renew ("Phòng Điều dưỡng cải tiến quy trình ...",
"cải thiện", "chấn chỉnh", "đổi mới"), which had also cut at the "trình" of "quy trình" (agencies.VERB); the Party
committee of a unit under its bloc's organisation ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH" / "ĐẢNG ỦY SỞ Y TẾ"), read as
"Đảng ủy sở y tế" with no level, left by round G28 (header.COMMITTEE_OF_UNIT); a responsibility's heading in capitals
that lists bodies ("5. ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH") read as
one agency, now each as written (responsibilities._named_in_case); an indicator table whose header of two rows sets last year's plan beside this
year's ("Năm 2023" over "Kế hoạch | Ước thực hiện", then "Kế hoạch năm 2024") read last year's plan as a target too
(objectives._starting_level_dropped); numbers of levels with no stop after them ("2.1 Về hạ tầng" over "2.1.1 Tỷ lệ
..."), their labels kept in the objectives' text and the heading read as one (objectives.BARE_LEVELS). No record of the
three sets changes but in its agencies' names (x_toaan-thanhluong, g29_sdttg-dakthanh: "... lựa chọn" no longer part
of a name).

Everything is invented (provinces, districts, bodies, names, numbers, dates). `python -m tests.invented.build_g30
OUTDIR` writes every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

HEALTH = "g30_ttyt-phulactay_48-kh-ttyt_2024_tiem-chung-theo-quy.pdf"
PARTY = "g30_tinh-dongthach_127-kh-ubnd_2024_chi-thi-05-ket-luan-01.docx"
TOWN = "g30_thixa-lachung_96-kh-ubnd_2024_so-sanh-phan-tram-phuong.html"
JOINT = "g30_ldld-sldtbxh-kimtra_08-khph_2023_bang-chu-cong.txt"


# ---------------------------------------------------------------------------
# 1. A district health centre's plan (PDF): circulars of the ministry and the department's plan as bases, targets
#    by quarter, "GIÁM ĐỐC".

HEALTH_BODY = [
    ("i", "Căn cứ Thông tư số 38/2017/TT-BYT ngày 17 tháng 10 năm 2017 của Bộ Y tế ban hành danh mục bệnh truyền "
          "nhiễm, phạm vi và đối tượng phải sử dụng vắc xin, sinh phẩm y tế bắt buộc;"),
    ("i", "Căn cứ Thông tư số 34/2018/TT-BYT ngày 12/11/2018 của Bộ Y tế quy định chi tiết một số điều của Nghị định "
          "số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng;"),
    ("i", "Thực hiện Kế hoạch số 215/KH-SYT ngày 25 tháng 01 năm 2024 của Sở Y tế tỉnh Vân Lĩnh về triển khai công tác "
          "tiêm chủng mở rộng năm 2024;"),
    ("p", "Trung tâm Y tế huyện Phú Lạc Tây xây dựng Kế hoạch tiêm chủng mở rộng năm 2024 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Duy trì tỷ lệ tiêm chủng cao và đồng đều ở tất cả các xã, thị trấn; chủ động phòng, chống các bệnh truyền "
          "nhiễm có vắc xin dự phòng, không để dịch lớn xảy ra trên địa bàn huyện."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt từ 95% trở lên; tiến độ lũy kế theo "
          "quý: quý I đạt 20%, quý II đạt 45%, quý III đạt 70%."),
    ("p", "- Tỷ lệ trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella đạt 95%."),
    ("p", "- Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên đạt trên 90%."),
    ("p", "- 100% trạm y tế xã, thị trấn tổ chức tiêm chủng thường xuyên hằng tháng; không để xảy ra sai sót "
          "chuyên môn trong tiêm chủng."),
    ("p", "- Duy trì thành quả thanh toán bại liệt, loại trừ uốn ván sơ sinh; giảm 30% số ca mắc sởi so với năm 2023."),
    ("h", "II. NỘI DUNG HOẠT ĐỘNG"),
    ("h", "1. Tiêm chủng thường xuyên"),
    ("p", "Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì, phối hợp với Trạm Y tế các xã, thị trấn tổ chức tiêm chủng "
          "thường xuyên vào ngày 25 hằng tháng; rà soát, tiêm vét cho trẻ bỏ sót mũi tiêm vào tháng cuối mỗi quý."),
    ("h", "2. Tiếp nhận, bảo quản vắc xin và dây chuyền lạnh"),
    ("p", "Khoa Dược - Trang thiết bị - Vật tư y tế chủ trì tiếp nhận, bảo quản, cấp phát vắc xin, vật tư tiêm chủng "
          "hằng quý cho các trạm y tế; kiểm tra tủ lạnh, hòm lạnh bảo quản vắc xin trước mỗi đợt tiêm."),
    ("h", "3. Truyền thông về tiêm chủng"),
    ("p", "Phòng Dân số - Truyền thông giáo dục sức khỏe chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao "
          "huyện thông báo lịch tiêm chủng trên hệ thống truyền thanh xã, thị trấn."),
    ("h", "4. Giám sát, báo cáo"),
    ("p", "Phòng Kế hoạch - Nghiệp vụ chủ trì, phối hợp với Khoa Kiểm soát bệnh tật và HIV/AIDS giám sát hỗ trợ các "
          "điểm tiêm; tổng hợp, báo cáo Sở Y tế trước ngày 10 của tháng đầu quý sau."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2024 là 486,5 triệu đồng từ nguồn chi thường xuyên giao cho Trung tâm; "
          "vắc xin, vật tư tiêm chủng do Dự án Tiêm chủng mở rộng quốc gia cấp."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Khoa Kiểm soát bệnh tật và HIV/AIDS: là đầu mối triển khai Kế hoạch; hướng dẫn chuyên môn cho các trạm y "
          "tế; tổng hợp số liệu tiêm chủng hằng tháng."),
    ("p", "2. Phòng Kế hoạch - Nghiệp vụ: theo dõi tiến độ thực hiện các chỉ tiêu theo quý; tham mưu Ban Giám đốc điều "
          "chỉnh kế hoạch khi cần thiết."),
    ("p", "3. Phòng Tài chính - Kế toán: bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định."),
    ("p", "4. Trạm Y tế các xã, thị trấn: lập danh sách đối tượng tiêm chủng; tổ chức buổi tiêm chủng an toàn, đúng "
          "lịch."),
    ("p", "5. Đề nghị Ủy ban nhân dân các xã, thị trấn: chỉ đạo các ban, ngành, đoàn thể phối hợp vận động người dân "
          "đưa trẻ đi tiêm chủng đầy đủ, đúng lịch./."),
]


def health() -> bytes:
    doc = _new()
    _layout(doc, ["SỞ Y TẾ TỈNH VÂN LĨNH", "TRUNG TÂM Y TẾ", "HUYỆN PHÚ LẠC TÂY", "-------", "Số: 48/KH-TTYT"],
            [*MOTTO, "Phú Lạc Tây, ngày 12 tháng 02 năm 2024"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tiêm chủng mở rộng năm 2024", bold=True, center=True)
    _body(doc, HEALTH_BODY)
    closing(doc, ["- Sở Y tế (b/c);", "- UBND huyện (b/c);", "- Trung tâm Kiểm soát bệnh tật tỉnh;",
                  "- Ban Giám đốc;", "- Các khoa, phòng, TYT xã, thị trấn;", "- Lưu: VT, KSBT."],
            ["GIÁM ĐỐC", "", "", "", "", "Nguyễn Thị Quỳnh Lam"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's plan implementing Party documents (Word): Party and state bases, responsibilities one agency a
#    heading, recipients over two columns.

PARTY_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
          "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    ("i", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo "
          "đức, phong cách Hồ Chí Minh; Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện "
          "Chỉ thị số 05-CT/TW; Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương; Kế hoạch số 45-KH/TU ngày "
          "10/01/2024 của Ban Thường vụ Tỉnh ủy Đông Thạch về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
          "Chí Minh năm 2024,"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2024 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tiếp tục đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh thành việc làm thường "
          "xuyên của cơ quan, đơn vị; gắn với thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương "
          "6 khóa XII về sắp xếp tổ chức bộ máy."),
    ("p", "2. Nêu cao trách nhiệm nêu gương của người đứng đầu; việc học tập và làm theo phải thiết thực, tránh hình "
          "thức."),
    ("h", "II. MỤC TIÊU"),
    ("p", "- 100% cán bộ, công chức, viên chức các cơ quan, đơn vị thuộc tỉnh đăng ký nội dung làm theo gắn với nhiệm "
          "vụ được giao."),
    ("p", "- Phấn đấu trên 90% cơ quan, đơn vị xây dựng được ít nhất 01 mô hình, điển hình học tập và làm theo."),
    ("p", "- Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt từ 98% trở lên."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Tổ chức học tập chuyên đề năm 2024"),
    ("p", "Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông hướng dẫn các cơ quan, đơn vị tổ chức học tập "
          "chuyên đề năm 2024 trong quý II năm 2024."),
    ("p", "2. Xây dựng và nhân rộng mô hình, điển hình"),
    ("p", "Sở Nội vụ chủ trì, phối hợp với Ban Thi đua - Khen thưởng tỉnh, Liên đoàn Lao động tỉnh phát hiện, biểu "
          "dương các tập thể, cá nhân điển hình; đề xuất khen thưởng theo quy định."),
    ("p", "3. Đẩy mạnh tuyên truyền"),
    ("p", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh, Báo Đông Thạch mở "
          "chuyên mục \"Học tập và làm theo Bác\"; đăng tải gương người tốt, việc tốt."),
    ("p", "4. Gắn việc làm theo với cải cách hành chính"),
    ("p", "Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Nội vụ đưa kết quả giải quyết thủ tục hành chính "
          "vào tiêu chí đánh giá, xếp loại cán bộ, công chức hằng năm."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nội vụ"),
    ("p", "- Là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch."),
    ("p", "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 năm 2024."),
    ("p", "2. Sở Thông tin và Truyền thông"),
    ("p", "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về việc học tập và làm theo."),
    ("p", "3. Sở Tài chính"),
    ("p", "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên của các cơ quan, đơn vị."),
    ("p", "4. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("p", "- Xây dựng kế hoạch của cơ quan, đơn vị, địa phương; đăng ký mô hình, điển hình học tập và làm theo."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
    ("p", "- Vận động đoàn viên, hội viên và Nhân dân tích cực hưởng ứng; giám sát việc nêu gương của cán bộ, đảng "
          "viên./."),
]

PARTY_RECIPIENTS = (["- Ban Tuyên giáo Trung ương (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                     "- CT, các PCT UBND tỉnh;", "- Ban Tuyên giáo Tỉnh ủy;"],
                    ["- UBMTTQVN tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                     "- Lưu: VT, NC."])


def party() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG THẠCH", "-------", "Số: 127/KH-UBND"],
            [*MOTTO, "Đông Thạch, ngày 19 tháng 4 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024", bold=True, center=True)
    _body(doc, PARTY_BODY)
    # the recipients over two columns beside the signature (a borderless table of three cells)
    table = doc.add_table(rows=1, cols=3)
    _set_cell_borders(table, on=False)
    _widths(table, [5.0, 5.0, 6.0])
    _cell_lines(table.cell(0, 0), ["Nơi nhận:", *PARTY_RECIPIENTS[0]], bold_upto=1, center=False, size=11)
    _cell_lines(table.cell(0, 1), ["", *PARTY_RECIPIENTS[1]], bold_upto=0, center=False, size=11)
    _cell_lines(table.cell(0, 2), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "",
                                   "Trịnh Văn Khải"], bold_upto=7)
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A town's plan of 2024 on its portal: an indicator table with a comparison column, nested numbering, wards.

TOWN_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch xây dựng đô thị văn minh năm 2024 - Cổng thông tin điện tử thị xã Lạc Hưng</title></head>
<body>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản</a> / Kế hoạch</div>
<table class="header" style="width:100%">
<tr><td style="text-align:center;width:40%">ỦY BAN NHÂN DÂN<br><b>THỊ XÃ LẠC HƯNG</b><br>-------<br>Số: 96/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Lạc Hưng, ngày 07 tháng 3 năm 2024</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Xây dựng đô thị văn minh, chỉnh trang đô thị trên địa bàn thị xã năm 2024</b></p>
<p><i>Căn cứ Nghị quyết số 06-NQ/TW ngày 24 tháng 01 năm 2022 của Bộ Chính trị về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045;</i></p>
<p><i>Thực hiện Kế hoạch số 52/KH-UBND ngày 20 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Bình Lạc về phát triển đô thị năm 2024;</i></p>
<p>Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Xây dựng thị xã Lạc Hưng xanh, sạch, đẹp, văn minh; nâng cao chất lượng sống của Nhân dân, phấn đấu đạt tiêu chí đô thị loại III.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p><b>2.1. Các chỉ tiêu chủ yếu</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Thực hiện 2023</th><th>Kế hoạch 2024</th><th>So sánh (%)</th></tr>
<tr><td>1</td><td>Tỷ lệ hộ gia đình được công nhận danh hiệu "Gia đình văn hóa"</td><td>%</td><td>92,5</td><td>94</td><td>101,6</td></tr>
<tr><td>2</td><td>Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý</td><td>%</td><td>96</td><td>98</td><td>102,1</td></tr>
<tr><td>3</td><td>Số tuyến phố được chỉnh trang, lắp đặt chiếu sáng</td><td>tuyến</td><td>12</td><td>18</td><td>150,0</td></tr>
<tr><td>4</td><td>Tỷ lệ tuyến đường đô thị có chiếu sáng công cộng</td><td>%</td><td>85</td><td>90</td><td>105,9</td></tr>
<tr><td>5</td><td>Diện tích cây xanh công cộng bình quân</td><td>m2/người</td><td>6,2</td><td>7</td><td>112,9</td></tr>
</table>
<p><b>2.2. Các chỉ tiêu khác</b></p>
<p><b>2.2.1. Về chỉnh trang đô thị</b></p>
<p>a) Phấn đấu 100% tuyến phố chính được lát vỉa hè, trồng cây xanh đồng bộ.</p>
<p>b) Tỷ lệ hộ dân mặt tiền các tuyến phố ký cam kết thực hiện nếp sống văn minh đô thị đạt từ 90% trở lên.</p>
<p><b>2.2.2. Về môi trường</b></p>
<p>a) 100% chợ trên địa bàn được thu gom rác thải trong ngày.</p>
<p>b) Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn đạt 50%.</p>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p><b>1. Chỉnh trang hạ tầng đô thị</b></p>
<p>1.1. Lát vỉa hè, trồng cây xanh các tuyến phố chính: Phòng Quản lý đô thị chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng thị xã khảo sát, lập hồ sơ; thi công xong trước ngày 30 tháng 9 năm 2024.</p>
<p>1.2. Lắp đặt chiếu sáng công cộng: Ban Quản lý dự án đầu tư xây dựng thị xã chủ trì, phối hợp với Ủy ban nhân dân các phường lắp đặt đèn chiếu sáng tại 06 tuyến phố mới chỉnh trang.</p>
<p><b>2. Xây dựng nếp sống văn minh đô thị</b></p>
<p>2.1. Tuyên truyền, vận động: Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam thị xã vận động hộ dân ký cam kết; các hình thức:</p>
<p>- Tuyên truyền trên hệ thống loa truyền thanh các phường, xã;</p>
<p>- Tổ chức ra quân vệ sinh môi trường:</p>
<p>+ Ngày Chủ nhật xanh vào tuần cuối mỗi tháng;</p>
<p>+ Tết trồng cây đầu xuân.</p>
<p>2.2. Quản lý trật tự lòng đường, vỉa hè: Công an thị xã chủ trì, phối hợp với Đội Quản lý trật tự đô thị thị xã xử lý các trường hợp lấn chiếm lòng đường, vỉa hè.</p>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện năm 2024 là 8.650 triệu đồng, trong đó: ngân sách thị xã 6.150 triệu đồng; ngân sách các phường, xã 1.000 triệu đồng; huy động xã hội hóa 1.500 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Quản lý đô thị: là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân thị xã trước ngày 15 tháng 12 năm 2024.</p>
<p>2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
<p>3. Phòng Văn hóa và Thông tin: hướng dẫn xây dựng tuyến phố văn minh; tuyên truyền về nếp sống văn minh đô thị.</p>
<p>4. Ủy ban nhân dân các phường, xã:</p>
<p>- Phường Đông Hưng, phường Tây Hưng: chỉnh trang 06 tuyến phố; ra mắt 02 tuyến phố văn minh.</p>
<p>- Phường Bắc Hưng, phường Nam Hưng: chỉnh trang 04 tuyến phố; vận động hộ dân hiến đất mở rộng ngõ, hẻm.</p>
<p>- Xã Hưng Thịnh: xây dựng 01 khu dân cư kiểu mẫu./.</p>
<table class="sign" style="width:100%">
<tr><td style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Bình Lạc (b/c);<br>- Sở Xây dựng;<br>- TT Thị ủy, TT HĐND thị xã;<br>- CT, các PCT UBND thị xã;<br>- Các phòng, ban, đơn vị thuộc thị xã;<br>- UBND các phường, xã;<br>- Lưu: VT, QLĐT.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN</b><br><b>KT. CHỦ TỊCH</b><br><b>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Mai Xuân Trường</b></td></tr>
</table>
<div class="footer">Cổng thông tin điện tử thị xã Lạc Hưng</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. A joint plan of a labour federation and a labour department (plain text): the total in words, its sources, an
#    estimate by year in triệu đồng with a "Cộng" row.

JOINT_TEXT = """\
LIÊN ĐOÀN LAO ĐỘNG TỈNH KIM TRÀ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI             Độc lập - Tự do - Hạnh phúc
            -------                                  ---------------
Số: 08/KHPH-LĐLĐ-SLĐTBXH                   Kim Trà, ngày 16 tháng 3 năm 2023

                              KẾ HOẠCH PHỐI HỢP
     Hỗ trợ nhà ở "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn
                           giai đoạn 2023 - 2025

Căn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;
Căn cứ Quy chế phối hợp số 14/QCPH-LĐLĐ-SLĐTBXH ngày 05/8/2021 giữa Liên đoàn Lao động tỉnh và Sở Lao động - Thương binh và Xã hội;
Thực hiện Hướng dẫn số 03/HD-TLĐ ngày 10 tháng 01 năm 2023 của Tổng Liên đoàn Lao động Việt Nam về hỗ trợ nhà ở cho đoàn viên công đoàn;
Liên đoàn Lao động tỉnh và Sở Lao động - Thương binh và Xã hội thống nhất xây dựng Kế hoạch phối hợp như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Hỗ trợ đoàn viên công đoàn có hoàn cảnh khó khăn về nhà ở ổn định cuộc sống, yên tâm lao động sản xuất.
2. Việc hỗ trợ bảo đảm công khai, đúng đối tượng, không để xảy ra trục lợi chính sách.

II. CHỈ TIÊU
- Hỗ trợ xây mới 60 nhà và sửa chữa 50 nhà "Mái ấm Công đoàn" cho đoàn viên trong giai đoạn 2023 - 2025.
- 100% nhà được hỗ trợ bảo đảm tiêu chuẩn "3 cứng" (nền cứng, khung cứng, mái cứng).
- Phấn đấu 80% công đoàn cơ sở doanh nghiệp tham gia vận động xã hội hóa.

III. NỘI DUNG PHỐI HỢP
1. Rà soát, lựa chọn đối tượng
Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh chủ trì, phối hợp với Phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội rà soát, lập danh sách đoàn viên có khó khăn về nhà ở.
2. Vận động nguồn lực
Ban Tài chính Liên đoàn Lao động tỉnh chủ trì, phối hợp với các công đoàn cơ sở doanh nghiệp vận động doanh nghiệp, nhà hảo tâm đóng góp xây dựng "Mái ấm Công đoàn".
3. Kiểm tra, nghiệm thu
Văn phòng Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động các huyện, thị xã kiểm tra, nghiệm thu nhà được hỗ trợ.

IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí: 3,5 tỷ đồng (Bằng chữ: Ba tỷ, năm trăm triệu đồng), trong đó: ngân sách tỉnh 1,5 tỷ đồng; Quỹ Xã hội Công đoàn tỉnh 1,2 tỷ đồng; xã hội hóa 0,8 tỷ đồng. Mức hỗ trợ xây mới 50 triệu đồng/nhà, sửa chữa 10 triệu đồng/nhà.

                 DỰ TOÁN KINH PHÍ PHÂN THEO NĂM
                                               Đơn vị tính: triệu đồng
TT  Nội dung                        Năm 2023   Năm 2024   Năm 2025   Tổng số
1   Hỗ trợ xây mới nhà                   900      1.000      1.100     3.000
2   Hỗ trợ sửa chữa nhà                  150        150        200       500
    Cộng                               1.050      1.150      1.300     3.500

V. TỔ CHỨC THỰC HIỆN
1. Liên đoàn Lao động tỉnh: chủ trì tổ chức thực hiện Kế hoạch; hướng dẫn công đoàn các cấp lập hồ sơ đề nghị hỗ trợ; trao hỗ trợ cho đoàn viên.
2. Sở Lao động - Thương binh và Xã hội: phối hợp rà soát đối tượng; tham mưu Ủy ban nhân dân tỉnh bố trí phần kinh phí ngân sách tỉnh.
3. Liên đoàn Lao động các huyện, thị xã: tổng hợp danh sách, giám sát việc xây dựng, sửa chữa nhà tại địa phương; báo cáo kết quả về Liên đoàn Lao động tỉnh trước ngày 15 tháng 11 hằng năm./.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI          TM. BAN THƯỜNG VỤ
          KT. GIÁM ĐỐC                      LIÊN ĐOÀN LAO ĐỘNG TỈNH
          PHÓ GIÁM ĐỐC                          PHÓ CHỦ TỊCH


         Lường Văn Quảng                         Đỗ Thị Thu Hà

Nơi nhận:
- Tổng LĐLĐ Việt Nam (b/c);
- UBND tỉnh (b/c);
- Thường trực LĐLĐ tỉnh;
- Ban Giám đốc Sở LĐTBXH;
- LĐLĐ các huyện, thị xã;
- Lưu: VT LĐLĐ, VT SLĐTBXH.
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HEALTH).write_bytes(_pdf(health(), HEALTH))
    (folder / PARTY).write_bytes(party())
    (folder / TOWN).write_text(TOWN_HTML, encoding="utf-8")
    (folder / JOINT).write_text(JOINT_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
