"""Invented documents of hold-out round X: targets and tasks in sectors, years and formats the set
had little of (police, labour and social affairs, ethnic minorities, the military, children).

The first batch (golds written before their first extraction):

- a provincial police's (Công an tỉnh) fire-prevention plan of 2017 as `pdftotext -layout` gives it
  from the PDF of a Word file: "UBND TỈNH ..." over "CÔNG AN TỈNH", the number "Số: .../KH-CAT-PC66",
  signed "GIÁM ĐỐC" over a rank and a name ("Đại tá ..."); its targets "không để xảy ra ...", "giảm
  ít nhất 10% ...", "ít nhất 2/3 số xã ..." (a fraction, no percentage), "đạt từ 95% trở lên (năm
  2016 đạt 87,4%)" (last year's result no target); its tasks "Giao Phòng X chủ trì, phối hợp với Y,
  Z ..." sentences under numbered headings; "Đề nghị Sở ... phối hợp" among the assignments (.txt);
- a province's poverty plan of 2019 on the province's old portal (a layout table, <font>, <br>
  between the lines of a cell and between paragraphs): "UBND tỉnh", "Sở LĐ-TB&XH", dates "ngày
  05/3/2019" inline, a basis whose title holds a percentage, targets "giảm 1,5 - 2%", "năm 2019 đạt
  60%, năm 2020 đạt 75%" in one sentence, a result of 2018 in the lead-in; each agency a heading
  ("1. Sở Lao động - Thương binh và Xã hội") with its duties as dash lines under it (.html);
- an ethnic committee's (Ban Dân tộc tỉnh) plan of 2018 scraped to Markdown: its tasks a pipe table
  whose columns come "TT | Cơ quan chủ trì | Nội dung công việc | Cơ quan phối hợp | Thời gian hoàn
  thành" (the lead first), times "Quý II/2018"; its funds a share ("chiếm 40%") beside the sum (.md);
- a district's plan of 2020 for a defence-zone exercise (diễn tập khu vực phòng thủ) in Word, its
  tasks a bordered table with "Thời gian hoàn thành" cells "Quý II/2020", "Tháng 8/2020"; targets
  "trên 95% trở lên", "100% ..." and a "không để xảy ra" line (.docx);
- a district's job-training plan for 2016 - 2020 as `pdftotext` (no -layout) gives it from the PDF of
  a Word file: bases "Nghị quyết số 26/NQ-TW", "giai đoạn 2016 - 2020"; targets counted with no
  percentage ("đào tạo nghề cho 2.500 lao động", "xây dựng 15 mô hình"), "tỷ lệ ... đạt từ 70% trở
  lên", a per-year sentence; "Giao Phòng LĐTB&XH chủ trì, phối hợp với ..." and "Đề nghị Ủy ban MTTQ
  huyện ... phối hợp" (.txt);
- a commune's child-protection plan of 2021, typed in Word and saved by LibreOffice as a .doc:
  targets "trên 95%", "không để xảy ra trẻ em bị xâm hại ...", each agency a heading with its duties
  as dash lines (.doc).

The second batch (golds written before their first extraction too):

- a province's tourism plan of 2022 as a text PDF (LibreOffice's, from Word): a basis whose title holds a
  percentage, targets "tăng 20% so với năm 2021", "năm 2022 đạt 60%, năm 2023 đạt 70%", a revenue target in
  tỷ đồng (no budget), tasks "Giao Sở A chủ trì, phối hợp với Sở B, ..., UBND các huyện, thành phố ...",
  "Các sở, ban, ngành: căn cứ chức năng, nhiệm vụ ..." among the assignments, funds with their shares
  ("(chiếm 76%)") (.pdf);
- a district's traffic-safety plan of 2019 scraped to Markdown: the date inline in the header ("ngày
  05/3/2019"), targets "mỗi năm giảm từ 5 - 10%", "không để xảy ra ...", "trên 90% ... (năm 2018 đạt 86%)",
  its tasks a table flattened to lines with " | " between the cells and no rule line (.md);
- a Sở Tài nguyên và Môi trường's plan of 2015 on an old portal: a task table whose "Đơn vị thực hiện" cell
  holds "Chủ trì: X<br>Phối hợp: Y, Z", per-year targets with a past year's result in brackets, funds in
  đồng with the amount in words (.html);
- a provincial court's (Tòa án nhân dân tỉnh) work plan for 2020 in Word: a basis of the Chánh án Tòa án
  nhân dân tối cao ".../2020/CT-CA", targets "đạt trên 85%; riêng ... từ 98% trở lên", "không vượt quá
  1,5%", "không để án quá hạn ...", tasks "X chủ trì, phối hợp với Y thực hiện", the assignments each a
  heading ("1. Tòa Hình sự") with dash lines under it, signed "CHÁNH ÁN" (.docx).

The third batch (golds written before their first extraction too):

- a province's military command's (Bộ Chỉ huy Quân sự tỉnh, under its Quân khu) training plan of 2021 as a
  text PDF: its header "BỘ TƯ LỆNH QUÂN KHU 3" over "BỘ CHỈ HUY QUÂN SỰ TỈNH ...", a law with no number among
  its bases, targets "đạt trên 95%, có 70% đạt khá, giỏi trở lên", tasks "X chủ trì; Y, Z phối hợp" (the
  partners after their names), signed "CHỈ HUY TRƯỞNG" over a rank and a name (.pdf);
- a district procuracy's (Viện kiểm sát nhân dân huyện) work plan of 2022, typed in Word and saved as a
  .doc: bases of the Viện trưởng Viện kiểm sát nhân dân tối cao and of the provincial procuracy, targets
  "đạt trên 90%", "từ 70% trở lên", "không để xảy ra oan, sai ...", tasks of its own units ("Bộ phận Kiểm
  sát điều tra chủ trì, phối hợp với Cơ quan Cảnh sát điều tra Công an huyện"), no amount (.doc).

Everything is invented (the provinces, districts, communes, names, numbers and dates). `python -m
tests.invented.build_x OUTDIR` writes the files (those made through LibreOffice and pdftotext only
when both are found; a PDF and a .doc carry the time of their conversion, so a rebuild changes their bytes and their gold's sha256).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

POLICE = "x_congan-lamgiang_126-kh-cat_2017_pccc-pdftotext-layout.txt"
POVERTY = "x_tinh-ngockhe_58-kh-ubnd_2019_giam-ngheo-portal-font.html"
ETHNIC = "x_bandantoc-thuanlam_45-kh-bdt_2018_md-chu-tri-truoc.md"
EXERCISE = "x_huyen-bacngan_87-kh-ubnd_2020_dien-tap-bang.docx"
JOBS = "x_huyen-vinhkhe_112-kh-ubnd_2016_dao-tao-nghe-pdftotext.txt"
CHILDREN = "x_xa-tanphuc_24-kh-ubnd_2021_tre-em.doc"
TOURISM = "x_tinh-halam_1275-kh-ubnd_2022_du-lich-pdf.pdf"
TRAFFIC = "x_huyen-khelam_56-kh-ubnd_2019_atgt-bang-phang.md"
WASTE = "x_stnmt-binhluong_412-kh-stnmt_2015_portal-chu-tri-br.html"
COURT = "x_toaan-thanhluong_05-kh-ta_2020_cong-tac-nam.docx"
MILITARY = "x_bchqs-hoanam_318-kh-bch_2021_huan-luyen-dqtv.pdf"
PROCURACY = "x_vks-thachluong_02-kh-vks_2022_cong-tac-kiem-sat.doc"


def _body(doc, items) -> None:
    for kind, text in items:
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)


def police_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH LAM GIANG", "CÔNG AN TỈNH", "-------", "Số: 126/KH-CAT-PC66"],
            [*MOTTO, "Lam Giang, ngày 06 tháng 3 năm 2017"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2017", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Nghị định số 79/2014/NĐ-CP ngày 31/7/2014 của Chính phủ quy định chi tiết thi hành một số "
              "điều của Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật Phòng cháy và "
              "chữa cháy;"),
        ("i", "Thực hiện Chỉ thị số 04/CT-UBND ngày 16/02/2017 của UBND tỉnh Lam Giang về tăng cường công tác "
              "phòng cháy, chữa cháy trên địa bàn tỉnh năm 2017;"),
        ("p", "Năm 2016, trên địa bàn tỉnh xảy ra 41 vụ cháy, làm chết 02 người, thiệt hại tài sản ước tính 11,6 tỷ "
              "đồng. Để chủ động phòng ngừa, kiềm chế cháy, nổ, Công an tỉnh xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU, CHỈ TIÊU"),
        ("h", "1. Mục tiêu"),
        ("p", "Nâng cao ý thức, trách nhiệm của cơ quan, tổ chức và người dân trong công tác phòng cháy, chữa "
              "cháy; kiềm chế sự gia tăng các vụ cháy, nổ, hạn chế thấp nhất thiệt hại do cháy, nổ gây ra."),
        ("h", "2. Chỉ tiêu"),
        ("p", "- Không để xảy ra cháy, nổ lớn gây thiệt hại nghiêm trọng về người và tài sản;"),
        ("p", "- Giảm ít nhất 10% số vụ cháy so với năm 2016;"),
        ("p", "- Ít nhất 2/3 số xã, phường, thị trấn xây dựng được mô hình \"Khu dân cư an toàn về phòng cháy, "
              "chữa cháy\";"),
        ("p", "- Tỷ lệ cơ sở thuộc diện quản lý có phương án chữa cháy được phê duyệt đạt từ 95% trở lên (năm 2016 "
              "đạt 87,4%)."),
        ("h", "II. NHIỆM VỤ"),
        ("h", "1. Tuyên truyền, phổ biến kiến thức phòng cháy, chữa cháy"),
        ("p", "Giao Phòng Cảnh sát PCCC&CNCH chủ trì, phối hợp với Phòng Tham mưu, Công an các huyện, thành phố "
              "tuyên truyền trên Báo Lam Giang, Đài Phát thanh - Truyền hình tỉnh; hoàn thành trong Quý II/2017."),
        ("h", "2. Kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở"),
        ("p", "Giao Phòng Cảnh sát PCCC&CNCH chủ trì, phối hợp với Sở Công Thương và Ủy ban nhân dân các huyện, "
              "thành phố kiểm tra các chợ, trung tâm thương mại, cơ sở kinh doanh xăng dầu, khí đốt."),
        ("h", "3. Xây dựng mô hình Khu dân cư an toàn về phòng cháy, chữa cháy"),
        ("p", "Giao Công an các huyện, thành phố chủ trì, phối hợp với Ủy ban nhân dân các xã, phường, thị trấn "
              "xây dựng, duy trì lực lượng dân phòng và mô hình; thời gian: Quý III/2017."),
        ("h", "4. Thực tập phương án chữa cháy, cứu nạn, cứu hộ"),
        ("p", "Giao Phòng Cảnh sát PCCC&CNCH chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tổ chức thực "
              "tập phương án chữa cháy có nhiều lực lượng, phương tiện tham gia tại Khu công nghiệp Phú Điền."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách bảo đảm cho hoạt động thường xuyên của Công an tỉnh "
              "năm 2017, dự kiến 480 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Tham mưu: theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Công an "
              "tỉnh trước ngày 15/12/2017."),
        ("p", "2. Phòng Hậu cần: bảo đảm kinh phí, phương tiện phục vụ thực hiện Kế hoạch."),
        ("p", "3. Công an các huyện, thành phố: xây dựng kế hoạch của đơn vị, tham mưu Ủy ban nhân dân cùng cấp "
              "triển khai thực hiện."),
        ("p", "4. Đề nghị Sở Công Thương, Ban Quản lý các khu công nghiệp phối hợp chỉ đạo các cơ sở thuộc phạm vi "
              "quản lý thực hiện nghiêm các quy định về phòng cháy, chữa cháy./."),
    ))
    closing(doc, ["- Bộ Công an (C66) (để b/c);", "- UBND tỉnh (để b/c);", "- Sở Công Thương;",
                  "- Công an các huyện, thành phố;", "- Lưu: VT, PC66."],
            ["GIÁM ĐỐC", "", "", "", "Đại tá Trịnh Văn Khải"])
    return _save(doc)


POVERTY_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kế hoạch số 58/KH-UBND ngày 05/3/2019 của UBND tỉnh Ngọc Khê - Cổng thông tin điện tử tỉnh Ngọc Khê</title>
</head>
<body bgcolor="#F5F5F5" leftmargin="0" topmargin="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/Portals/0/banner2015.jpg" width="990" height="140" alt="Cổng thông tin điện tử tỉnh Ngọc Khê"></td></tr>
<tr><td colspan="2" class="menungang"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/van-ban">Văn bản chỉ đạo điều hành</a> | <a href="/lien-he">Liên hệ</a></td></tr>
<tr>
<td width="200" valign="top" class="cotrai"><font size="2"><b>DANH MỤC</b><br><a href="/van-ban/ubnd">Văn bản UBND tỉnh</a><br><a href="/van-ban/so-nganh">Văn bản sở, ngành</a><br><a href="/lich-cong-tac">Lịch công tác</a></font></td>
<td width="790" valign="top">
<font face="Arial" size="2" color="#666666">Ngày đăng: 08/03/2019 | Lượt xem: 1.204</font><br><br>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr>
<td width="38%" align="center" valign="top"><font face="Times New Roman" size="3"><b>ỦY BAN NHÂN DÂN<br>TỈNH NGỌC KHÊ</b><br>-------<br>Số: 58/KH-UBND</font></td>
<td width="62%" align="center" valign="top"><font face="Times New Roman" size="3"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Ngọc Khê, ngày 05 tháng 3 năm 2019</i></font></td>
</tr>
</table>
<br>
<div align="center"><font face="Times New Roman" size="3"><b>KẾ HOẠCH<br>Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2019</b></font></div>
<br>
<font face="Times New Roman" size="3">
Căn cứ Quyết định số 1760/QĐ-TTg ngày 05/9/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016 - 2020;<br>
Căn cứ Nghị quyết số 21/2016/NQ-HĐND ngày 09/12/2016 của HĐND tỉnh về giảm tỷ lệ hộ nghèo bình quân 2%/năm giai đoạn 2016 - 2020;<br>
Thực hiện Quyết định số 2215/QĐ-UBND ngày 20/12/2018 của UBND tỉnh về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2019;<br>
<br>
Năm 2018, tỷ lệ hộ nghèo toàn tỉnh giảm còn 11,8% (giảm 2,2% so với năm 2017); tỷ lệ người nghèo tham gia bảo hiểm y tế đạt 98,6%. UBND tỉnh ban hành Kế hoạch thực hiện Chương trình năm 2019 như sau:<br>
<br>
<b>I. MỤC TIÊU</b><br>
<b>1. Mục tiêu chung</b><br>
Thực hiện có hiệu quả các chính sách giảm nghèo, hạn chế tái nghèo; cải thiện đời sống, tăng thu nhập của người nghèo, nhất là ở các xã đặc biệt khó khăn.<br>
<b>2. Chỉ tiêu cụ thể</b><br>
- Tỷ lệ hộ nghèo toàn tỉnh giảm 1,5 - 2% so với cuối năm 2018; các huyện nghèo giảm từ 4% trở lên;<br>
- Tỷ lệ lao động nông thôn thuộc hộ nghèo được hỗ trợ đào tạo nghề có việc làm năm 2019 đạt 60%, năm 2020 đạt 75%;<br>
- 100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế.<br>
<br>
<b>II. NỘI DUNG THỰC HIỆN</b><br>
<b>1. Dự án 1: Chương trình 30a</b><br>
Hỗ trợ đầu tư cơ sở hạ tầng, hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho các huyện nghèo Khe Sanh và Ngọc Lâm.<br>
<b>2. Dự án 2: Chương trình 135</b><br>
Hỗ trợ đầu tư cơ sở hạ tầng các xã đặc biệt khó khăn, xã biên giới; duy tu, bảo dưỡng các công trình sau đầu tư.<br>
<b>3. Dự án 3: Truyền thông và giảm nghèo về thông tin</b><br>
Tổ chức đối thoại chính sách giảm nghèo tại 12 xã; xây dựng chuyên mục "Vì người nghèo" trên Đài Phát thanh và Truyền hình tỉnh.<br>
<br>
<b>III. KINH PHÍ</b><br>
Tổng kinh phí thực hiện năm 2019 là 186.450 triệu đồng, trong đó: ngân sách Trung ương 171.200 triệu đồng; ngân sách tỉnh đối ứng 15.250 triệu đồng (chiếm 8,2% tổng kinh phí).<br>
<br>
<b>IV. TỔ CHỨC THỰC HIỆN</b><br>
<b>1. Sở Lao động - Thương binh và Xã hội</b><br>
- Là cơ quan thường trực Chương trình, hướng dẫn các huyện, thành phố triển khai thực hiện;<br>
- Chủ trì, phối hợp với Cục Thống kê tỉnh tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm 2019.<br>
<b>2. Sở Kế hoạch và Đầu tư</b><br>
- Chủ trì, phối hợp với Sở Tài chính tham mưu phân bổ vốn đầu tư phát triển của Chương trình.<br>
<b>3. Sở Tài chính</b><br>
- Tham mưu bố trí vốn sự nghiệp, hướng dẫn thanh quyết toán kinh phí theo quy định.<br>
<b>4. Ban Dân tộc tỉnh</b><br>
- Chủ trì hướng dẫn, kiểm tra thực hiện Dự án 2 (Chương trình 135).<br>
<b>5. UBND các huyện, thành phố</b><br>
- Xây dựng kế hoạch giảm nghèo năm 2019 của địa phương; chỉ đạo UBND cấp xã tổ chức thực hiện;<br>
- Báo cáo kết quả về Sở LĐ-TB&amp;XH trước ngày 05/12/2019 để tổng hợp.<br>
<br>
Yêu cầu các sở, ngành, UBND các huyện, thành phố triển khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về Sở LĐ-TB&amp;XH để tổng hợp, báo cáo UBND tỉnh./.<br>
<br>
</font>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr>
<td width="50%" valign="top"><font face="Times New Roman" size="2"><b><i>Nơi nhận:</i></b><br>- Bộ LĐ-TB&amp;XH;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các huyện, thành phố;<br>- Lưu: VT, VX.</font></td>
<td width="50%" align="center" valign="top"><font face="Times New Roman" size="3"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Hà Thị Minh Nguyệt</b></font></td>
</tr>
</table>
<br><font size="1" color="#999999">Tệp đính kèm: 58-KH-UBND.pdf</font>
</td>
</tr>
<tr><td colspan="2" align="center" class="footer"><font size="1">Cổng thông tin điện tử tỉnh Ngọc Khê - Cơ quan chủ quản: Văn phòng UBND tỉnh Ngọc Khê<br>Địa chỉ: số 12 đường Trần Phú, thành phố Ngọc Khê</font></td></tr>
</table>
</body>
</html>
"""

ETHNIC_MD = """**UBND TỈNH THUẬN LÂM**
**BAN DÂN TỘC**
\\-------

Số: 45/KH-BDT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
\\---------------

_Thuận Lâm, ngày 22 tháng 02 năm 2018_

**KẾ HOẠCH**

**Công tác dân tộc năm 2018**

_Căn cứ Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ phê duyệt chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2017 - 2020;_

_Thực hiện Kế hoạch số 19/KH-UBND ngày 25/01/2018 của UBND tỉnh Thuận Lâm về thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2018;_

Ban Dân tộc tỉnh xây dựng Kế hoạch công tác dân tộc năm 2018 như sau:

**I. MỤC TIÊU**

1\\. Triển khai kịp thời, đúng đối tượng các chính sách dân tộc; góp phần giảm nghèo nhanh, bền vững vùng đồng bào dân tộc thiểu số.

2\\. Phấn đấu năm 2018 tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm từ 3 - 4% (năm 2017 giảm 3,6%).

3\\. 100% người có uy tín trong đồng bào dân tộc thiểu số được phổ biến, quán triệt chủ trương, chính sách mới.

4\\. Ít nhất 2/3 số xã đặc biệt khó khăn hoàn thành kế hoạch vốn Chương trình 135 năm 2018.

**II. NHIỆM VỤ**

| TT | Cơ quan chủ trì | Nội dung công việc | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Phòng Chính sách | Cấp phát không thu tiền một số ấn phẩm báo, tạp chí cho vùng dân tộc thiểu số | Sở Thông tin và Truyền thông | Quý II/2018 |
| 2 | Phòng Kế hoạch - Tổng hợp | Hướng dẫn, kiểm tra thực hiện Chương trình 135 | UBND các huyện; Sở Kế hoạch và Đầu tư | Quý III/2018 |
| 3 | Văn phòng Ban | Tổ chức Hội nghị biểu dương người có uy tín tiêu biểu | Ban Tuyên giáo Tỉnh ủy | Quý IV/2018 |
| 4 | Thanh tra Ban | Thanh tra việc thực hiện chính sách hỗ trợ đất ở, đất sản xuất | UBND các huyện Đắk Ren, Ia Lam | Tháng 10/2018 |

**III. KINH PHÍ**

Tổng kinh phí thực hiện Kế hoạch là 2.350 triệu đồng từ nguồn ngân sách tỉnh giao cho Ban Dân tộc năm 2018; trong đó kinh phí cấp phát ấn phẩm báo, tạp chí chiếm 40%.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Văn phòng Ban: theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Trưởng ban hằng quý.

2\\. Các phòng chuyên môn: căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện.

3\\. Đề nghị Phòng Dân tộc các huyện phối hợp theo dõi, báo cáo kết quả thực hiện chính sách trên địa bàn.

**_Nơi nhận:_**
\\- Ủy ban Dân tộc (b/c);
\\- UBND tỉnh (b/c);
\\- Phòng Dân tộc các huyện;
\\- Lưu: VT, VP.

**TRƯỞNG BAN**

**Ksor H'Blưm**
"""


def exercise_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN BẮC NGÀN", "-------", "Số: 87/KH-UBND"],
            [*MOTTO, "Bắc Ngàn, ngày 16 tháng 3 năm 2020"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức diễn tập khu vực phòng thủ huyện Bắc Ngàn năm 2020", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ về khu vực phòng thủ;"),
        ("i", "Thực hiện Quyết định số 412/QĐ-UBND ngày 14/02/2020 của Ủy ban nhân dân tỉnh Vĩnh Lam về việc giao "
              "nhiệm vụ diễn tập khu vực phòng thủ năm 2020;"),
        ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch tổ chức diễn tập khu vực phòng thủ huyện năm 2020 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền, cơ quan quân sự, công an "
              "huyện trong chuyển địa phương từ thời bình sang thời chiến."),
        ("h", "2. Chỉ tiêu cụ thể"),
        ("p", "- 100% cơ quan, ban, ngành, đoàn thể huyện và Ủy ban nhân dân các xã, thị trấn có lực lượng tham gia "
              "diễn tập theo kế hoạch;"),
        ("p", "- Quân số tham gia diễn tập đạt trên 95% trở lên;"),
        ("p", "- Tuyệt đối an toàn về người, vũ khí, trang bị; không để xảy ra sơ hở, mất bí mật quân sự."),
        ("h", "II. NỘI DUNG, THÀNH PHẦN, THỜI GIAN"),
        ("p", "Diễn tập theo 3 bước: chuyển trạng thái sẵn sàng chiến đấu; tổ chức phòng thủ; thực hành chiến đấu "
              "phòng thủ. Thời gian diễn tập 03 ngày, dự kiến trong tháng 9/2020."),
        ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ))
    rows = [["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "Xây dựng văn kiện diễn tập, thông qua Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Quân sự huyện",
             "Công an huyện; Văn phòng HĐND và UBND huyện", "Quý II/2020"],
            ["2", "Chuẩn bị thao trường, bãi tập, khu vực diễn tập thực binh", "Ban Chỉ huy Quân sự huyện",
             "UBND xã Nà Lừ; UBND thị trấn Bắc Ngàn", "Tháng 8/2020"],
            ["3", "Bảo đảm an ninh chính trị, trật tự an toàn xã hội trong thời gian diễn tập", "Công an huyện",
             "Ban Chỉ huy Quân sự huyện", "Quý III/2020"],
            ["4", "Bảo đảm kinh phí, cơ sở vật chất phục vụ diễn tập", "Phòng Tài chính - Kế hoạch",
             "Văn phòng HĐND và UBND huyện", "Tháng 8/2020"],
            ["5", "Tuyên truyền về mục đích, ý nghĩa của cuộc diễn tập", "Trung tâm Văn hóa, Thể thao và Truyền thông",
             "Phòng Văn hóa và Thông tin", "Quý III/2020"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 6.0, 3.2, 3.6, 2.4])
    _body(doc, (
        ("h", "IV. KINH PHÍ"),
        ("p", "Tổng kinh phí bảo đảm cho diễn tập là 1.850 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 600 triệu "
              "đồng; ngân sách huyện 1.250 triệu đồng."),
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Ban Chỉ huy Quân sự huyện: là cơ quan thường trực, tham mưu thành lập Ban Chỉ đạo diễn tập; "
              "phối hợp với các cơ quan tổ chức thực hiện Kế hoạch."),
        ("p", "2. Công an huyện: xây dựng phương án bảo đảm an ninh, trật tự trong thời gian diễn tập."),
        ("p", "3. Phòng Tài chính - Kế hoạch: thẩm định dự toán, cấp phát kinh phí diễn tập."),
        ("p", "4. Ủy ban nhân dân các xã, thị trấn: chuẩn bị lực lượng dân quân tự vệ tham gia diễn tập theo "
              "phân công./."),
    ))
    closing(doc, ["- Bộ CHQS tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
                  "- Các cơ quan, đơn vị liên quan;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lục Văn Thọ"])
    return _save(doc)


def jobs_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UỶ BAN NHÂN DÂN", "HUYỆN VĨNH KHÊ", "-------", "Số: 112/KH-UBND"],
            [*MOTTO, "Vĩnh Khê, ngày 18 tháng 4 năm 2016"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Đào tạo nghề cho lao động nông thôn huyện Vĩnh Khê giai đoạn 2016 - 2020", bold=True,
               center=True)
    _body(doc, (
        ("i", "Thực hiện Nghị quyết số 26/NQ-TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về nông "
              "nghiệp, nông dân, nông thôn;"),
        ("i", "Căn cứ Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án \"Đào tạo "
              "nghề cho lao động nông thôn đến năm 2020\";"),
        ("i", "Căn cứ Kế hoạch số 48/KH-UBND ngày 10/3/2016 của UBND tỉnh Hà Tuyên về đào tạo nghề cho lao động "
              "nông thôn giai đoạn 2016 - 2020;"),
        ("p", "UBND huyện Vĩnh Khê xây dựng Kế hoạch đào tạo nghề cho lao động nông thôn giai đoạn 2016 - 2020 "
              "như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao chất lượng lao động nông thôn, chuyển dịch cơ cấu lao động theo hướng tăng lao động công "
              "nghiệp, dịch vụ, góp phần xây dựng nông thôn mới."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Giai đoạn 2016 - 2020 đào tạo nghề cho 2.500 lao động nông thôn, bình quân mỗi năm 500 lao động;"),
        ("p", "- Xây dựng 15 mô hình sản xuất, kinh doanh có sự tham gia của lao động sau học nghề;"),
        ("p", "- Tỷ lệ lao động nông thôn có việc làm sau học nghề đạt từ 70% trở lên;"),
        ("p", "- Tỷ lệ lao động qua đào tạo năm 2018 đạt 45%, năm 2020 đạt 50% (năm 2015 đạt 38,2%)."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Tuyên truyền, tư vấn học nghề và việc làm"),
        ("p", "Giao Phòng Lao động - TB&XH chủ trì, phối hợp với Đài Truyền thanh - Truyền hình huyện, UBND các "
              "xã, thị trấn tuyên truyền chủ trương đào tạo nghề cho lao động nông thôn."),
        ("h", "2. Điều tra, khảo sát nhu cầu học nghề"),
        ("p", "Giao Phòng Lao động - TB&XH chủ trì, phối hợp với Chi cục Thống kê huyện khảo sát nhu cầu học nghề "
              "của lao động nông thôn hằng năm."),
        ("h", "3. Đào tạo nghề nông nghiệp"),
        ("p", "Giao Phòng Nông nghiệp và PTNT chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục "
              "thường xuyên huyện tổ chức các lớp trồng trọt, chăn nuôi, thú y."),
        ("h", "4. Hỗ trợ lao động sau học nghề vay vốn tạo việc làm"),
        ("p", "Giao Phòng Giao dịch Ngân hàng Chính sách xã hội huyện chủ trì, phối hợp với Hội Nông dân huyện, "
              "Hội Liên hiệp Phụ nữ huyện cho vay vốn tạo việc làm đối với lao động sau học nghề."),
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí giai đoạn 2016 - 2020 dự kiến 7.500 triệu đồng, trong đó: ngân sách Trung ương "
              "5.000 triệu đồng, ngân sách tỉnh 1.500 triệu đồng, ngân sách huyện 1.000 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Lao động - TB&XH là cơ quan thường trực, tham mưu UBND huyện tổ chức thực hiện Kế hoạch; "
              "tổng hợp, báo cáo kết quả hằng năm."),
        ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. UBND các xã, thị trấn tổ chức tuyên truyền, lập danh sách lao động có nhu cầu học nghề."),
        ("p", "4. Đề nghị Ủy ban MTTQ huyện và các đoàn thể chính trị - xã hội huyện phối hợp tuyên truyền, vận "
              "động đoàn viên, hội viên tham gia học nghề./."),
    ))
    closing(doc, ["- Sở LĐ-TB&XH tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban, ngành huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đàm Quang Thiều"])
    return _save(doc)


def children_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚC", "-------", "Số: 24/KH-UBND"],
            [*MOTTO, "Tân Phúc, ngày 10 tháng 3 năm 2021"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2021", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Kế hoạch số 35/KH-UBND ngày 02/3/2021 của UBND huyện Long Điền về thực hiện công tác trẻ em "
              "năm 2021;"),
        ("p", "Ủy ban nhân dân xã Tân Phúc xây dựng Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2021 "
              "như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "1. Trên 95% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế."),
        ("p", "2. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt từ 98% trở lên."),
        ("p", "3. Không để xảy ra trẻ em bị xâm hại, bạo lực, tai nạn đuối nước trên địa bàn xã."),
        ("p", "4. Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi xuống dưới 18%."),
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
        ("p", "1. Tuyên truyền, nâng cao nhận thức về quyền trẻ em, phòng, chống xâm hại trẻ em."),
        ("p", "2. Tổ chức các hoạt động vui chơi, giải trí cho trẻ em trong Tháng hành động vì trẻ em và dịp hè."),
        ("p", "3. Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt để hỗ trợ kịp thời."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện từ nguồn ngân sách xã năm 2021 là 45.000.000 đồng và nguồn vận động xã hội hóa."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Công chức Lao động - Thương binh và Xã hội"),
        ("p", "- Tham mưu UBND xã triển khai Kế hoạch; theo dõi, tổng hợp, báo cáo kết quả về Phòng LĐTB&XH "
              "huyện."),
        ("p", "- Cập nhật thông tin trẻ em có hoàn cảnh đặc biệt vào hệ thống cơ sở dữ liệu."),
        ("p", "2. Trạm Y tế xã"),
        ("p", "- Tổ chức tiêm chủng, khám sức khỏe định kỳ cho trẻ em; theo dõi tình trạng dinh dưỡng."),
        ("p", "3. Công an xã"),
        ("p", "- Phòng ngừa, phát hiện, xử lý các hành vi xâm hại, bạo lực trẻ em."),
        ("p", "4. Các trường Mầm non, Tiểu học, Trung học cơ sở"),
        ("p", "- Lồng ghép giáo dục kỹ năng sống, kỹ năng phòng, chống đuối nước cho học sinh."),
        ("p", "5. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể"),
        ("p", "- Phối hợp tuyên truyền, vận động hội viên, đoàn viên chăm lo cho trẻ em./."),
    ))
    closing(doc, ["- Phòng LĐTB&XH huyện;", "- TT Đảng ủy, TT HĐND xã;", "- Các ban, ngành, đoàn thể xã;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Thị Hồng Nhung"])
    _paragraph(doc, "")  # (Word ends a document with a paragraph; a .doc whose last block is a table loses it)
    return _save(doc)


def tourism_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÀ LÂM", "-------", "Số: 1275/KH-UBND"],
            [*MOTTO, "Hà Lâm, ngày 28 tháng 4 năm 2022"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phục hồi và phát triển du lịch tỉnh Hà Lâm năm 2022", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Nghị quyết số 82/NQ-CP ngày 18/5/2021 của Chính phủ về các nhiệm vụ, giải pháp đẩy nhanh phục "
              "hồi, tăng tốc phát triển hiệu quả, bền vững du lịch;"),
        ("i", "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh "
              "tế - xã hội năm 2022 với mức tăng trưởng GRDP 7,5%;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phục hồi và phát triển du lịch tỉnh Hà Lâm năm 2022 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phục hồi hoạt động du lịch an toàn, thích ứng linh hoạt, hiệu quả với dịch bệnh; từng bước đưa du lịch "
              "trở thành ngành kinh tế quan trọng của tỉnh."),
        ("h", "2. Chỉ tiêu cụ thể"),
        ("p", "- Đón 1,8 triệu lượt khách du lịch, tăng 20% so với năm 2021;"),
        ("p", "- Tổng thu từ khách du lịch đạt 2.400 tỷ đồng;"),
        ("p", "- Tỷ lệ cơ sở lưu trú được xếp hạng từ 1 sao trở lên năm 2022 đạt 60%, năm 2023 đạt 70%;"),
        ("p", "- Ít nhất 2/3 số khu, điểm du lịch áp dụng thanh toán không dùng tiền mặt."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Kích cầu du lịch nội địa"),
        ("p", "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Công Thương, Hiệp hội Du lịch tỉnh, UBND "
              "các huyện, thành phố xây dựng, triển khai chương trình kích cầu du lịch nội địa năm 2022."),
        ("h", "2. Bảo đảm an ninh, an toàn cho khách du lịch"),
        ("p", "Giao Công an tỉnh chủ trì, phối hợp với Sở Y tế, Sở Văn hóa, Thể thao và Du lịch bảo đảm an ninh, trật "
              "tự tại các khu, điểm du lịch; xử lý nghiêm hành vi chèo kéo, ép giá khách du lịch."),
        ("h", "3. Đầu tư hạ tầng du lịch"),
        ("p", "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu bố trí vốn đầu tư hạ tầng các khu "
              "du lịch trọng điểm; thời gian: Quý III/2022."),
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2022 là 12.500 triệu đồng, trong đó: ngân sách tỉnh 9.500 triệu "
              "đồng (chiếm 76%); nguồn xã hội hóa 3.000 triệu đồng (chiếm 24%)."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Văn hóa, Thể thao và Du lịch: là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
              "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2022."),
        ("p", "2. Các sở, ban, ngành: căn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp với Sở Văn hóa, Thể thao "
              "và Du lịch triển khai thực hiện Kế hoạch."),
        ("p", "3. UBND các huyện, thành phố: xây dựng kế hoạch phục hồi du lịch của địa phương năm 2022."),
        ("p", "4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên tuyên truyền, vận động Nhân dân xây dựng "
              "môi trường du lịch văn minh, thân thiện./."),
    ))
    closing(doc, ["- Bộ VHTTDL (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Thị Thu Hà"])
    _paragraph(doc, "")
    return _save(doc)


TRAFFIC_MD = """**ỦY BAN NHÂN DÂN**
**HUYỆN KHE LÂM**
\-------

Số: 56/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
\---------------

_Khe Lâm, ngày 05/3/2019_

**KẾ HOẠCH**

**Bảo đảm trật tự, an toàn giao thông trên địa bàn huyện Khe Lâm năm 2019**

_Thực hiện Kế hoạch số 25/KH-BATGT ngày 20/02/2019 của Ban An toàn giao thông tỉnh Hòa Lạc về bảo đảm trật tự, an toàn giao thông năm 2019;_

Ủy ban nhân dân huyện Khe Lâm xây dựng Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2019 như sau:

**I. MỤC TIÊU**

\- Kiềm chế, giảm tai nạn giao thông trên cả 3 tiêu chí: số vụ, số người chết, số người bị thương; mỗi năm giảm từ 5 - 10% số người chết do tai nạn giao thông;

\- Không để xảy ra ùn tắc giao thông kéo dài tại thị trấn Khe Lâm và các tuyến quốc lộ qua địa bàn;

\- Trên 90% người đi mô tô, xe gắn máy đội mũ bảo hiểm đúng quy cách (năm 2018 đạt 86%).

**II. NHIỆM VỤ CỤ THỂ**

TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
1 | Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông | Phòng Văn hóa và Thông tin | Công an huyện; Đài Truyền thanh huyện | Thường xuyên
2 | Tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn, tốc độ | Công an huyện | UBND các xã, thị trấn | Quý I - IV/2019
3 | Khắc phục các điểm đen, điểm tiềm ẩn tai nạn giao thông | Phòng Kinh tế và Hạ tầng | Hạt Quản lý đường bộ số 3 | Quý III/2019
4 | Kiểm tra điều kiện kinh doanh vận tải hành khách | Phòng Kinh tế và Hạ tầng | Công an huyện | Quý II/2019

**III. KINH PHÍ**

Kinh phí thực hiện Kế hoạch là 150 triệu đồng từ nguồn ngân sách huyện năm 2019 và nguồn thu xử phạt vi phạm hành chính về trật tự an toàn giao thông được để lại.

**IV. TỔ CHỨC THỰC HIỆN**

1\. Công an huyện: là cơ quan thường trực, tổng hợp kết quả thực hiện, báo cáo UBND huyện hằng quý.

2\. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.

3\. UBND các xã, thị trấn: tổ chức thực hiện các nội dung của Kế hoạch trên địa bàn.

4\. Đề nghị Ủy ban MTTQ huyện và các đoàn thể phối hợp tuyên truyền, vận động Nhân dân chấp hành pháp luật về giao thông.

**_Nơi nhận:_**
\- Ban ATGT tỉnh (b/c);
\- TT Huyện ủy, TT HĐND huyện;
\- Thành viên Ban ATGT huyện;
\- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hoàng Văn Sính**
"""

WASTE_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Sở Tài nguyên và Môi trường tỉnh Bình Lương - Kế hoạch 412/KH-STNMT</title>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner_stnmt.jpg" width="960" height="120"></td></tr>
<tr><td bgcolor="#006633"><font color="#FFFFFF" size="2"><a href="/">Trang chủ</a> | <a href="/thong-bao">Thông báo</a> | <a href="/van-ban">Văn bản</a></font></td></tr>
<tr><td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr>
<td width="42%" align="center" valign="top"><font face="Times New Roman" size="3">UBND TỈNH BÌNH LƯƠNG<br><b>SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG</b><br>--------<br>Số: 412/KH-STNMT</font></td>
<td width="58%" align="center" valign="top"><font face="Times New Roman" size="3"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>----------------<br><i>Bình Lương, ngày 15 tháng 5 năm 2015</i></font></td>
</tr>
</table>
<p align="center"><font face="Times New Roman" size="3"><b>KẾ HOẠCH</b><br><b>Triển khai Đề án thu gom, xử lý chất thải rắn sinh hoạt năm 2015</b></font></p>
<p><font face="Times New Roman" size="3">Căn cứ Quyết định số 1126/QĐ-UBND ngày 22/12/2014 của UBND tỉnh Bình Lương phê duyệt Đề án thu gom, xử lý chất thải rắn sinh hoạt tỉnh Bình Lương giai đoạn 2015 - 2020;</font></p>
<p><font face="Times New Roman" size="3">Sở Tài nguyên và Môi trường xây dựng Kế hoạch triển khai năm 2015 như sau:</font></p>
<p><font face="Times New Roman" size="3"><b>I. MỤC TIÊU</b></font></p>
<p><font face="Times New Roman" size="3">1. Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý năm 2015 đạt 85%, năm 2016 đạt 90% (năm 2014 đạt 78%).</font></p>
<p><font face="Times New Roman" size="3">2. 100% chất thải y tế nguy hại tại các bệnh viện tuyến tỉnh được thu gom, xử lý đạt quy chuẩn.</font></p>
<p><font face="Times New Roman" size="3">3. Xây dựng 15 mô hình phân loại chất thải rắn sinh hoạt tại nguồn ở khu dân cư.</font></p>
<p><font face="Times New Roman" size="3"><b>II. NỘI DUNG THỰC HIỆN</b></font></p>
<table width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><td align="center"><b>TT</b></td><td align="center"><b>Nội dung</b></td><td align="center"><b>Đơn vị thực hiện</b></td><td align="center"><b>Thời gian hoàn thành</b></td></tr>
<tr><td align="center">1</td><td>Điều tra, đánh giá hiện trạng thu gom chất thải rắn tại các huyện</td><td>Chủ trì: Chi cục Bảo vệ môi trường<br>Phối hợp: Phòng Tài nguyên và Môi trường các huyện, thành phố</td><td>Quý II/2015</td></tr>
<tr><td align="center">2</td><td>Xây dựng mô hình phân loại chất thải rắn sinh hoạt tại nguồn</td><td>Chủ trì: Chi cục Bảo vệ môi trường<br>Phối hợp: Hội Liên hiệp Phụ nữ tỉnh, UBND thành phố Bình Lương</td><td>Quý III/2015</td></tr>
<tr><td align="center">3</td><td>Kiểm tra việc quản lý chất thải y tế tại các bệnh viện</td><td>Chủ trì: Thanh tra Sở<br>Phối hợp: Sở Y tế</td><td>Quý IV/2015</td></tr>
</table>
<p><font face="Times New Roman" size="3"><b>III. KINH PHÍ</b></font></p>
<p><font face="Times New Roman" size="3">Kinh phí thực hiện: 850.000.000 đồng (Tám trăm năm mươi triệu đồng) từ nguồn sự nghiệp môi trường năm 2015 giao cho Sở Tài nguyên và Môi trường.</font></p>
<p><font face="Times New Roman" size="3"><b>IV. TỔ CHỨC THỰC HIỆN</b></font></p>
<p><font face="Times New Roman" size="3">1. Chi cục Bảo vệ môi trường: là đơn vị đầu mối, tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 10/12/2015.<br>2. Văn phòng Sở: bảo đảm kinh phí theo dự toán được giao.<br>3. Đề nghị Phòng Tài nguyên và Môi trường các huyện, thành phố phối hợp thực hiện các nội dung liên quan.</font></p>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr>
<td width="50%" valign="top"><font face="Times New Roman" size="2"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Giám đốc Sở;<br>- UBND các huyện, thành phố;<br>- Lưu: VT, CCBVMT.</font></td>
<td width="50%" align="center" valign="top"><font face="Times New Roman" size="3"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br><b>Vũ Đình Hải</b></font></td>
</tr>
</table>
</td></tr>
<tr><td align="center"><font size="1">Bản quyền thuộc Sở Tài nguyên và Môi trường tỉnh Bình Lương</font></td></tr>
</table>
</body>
</html>
"""


def court_plan() -> bytes:
    doc = _new()
    _layout(doc, ["TÒA ÁN NHÂN DÂN", "TỈNH THANH LƯƠNG", "-------", "Số: 05/KH-TA"],
            [*MOTTO, "Thanh Lương, ngày 10 tháng 01 năm 2020"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Công tác năm 2020 của Tòa án nhân dân tỉnh Thanh Lương", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Chỉ thị số 01/2020/CT-CA ngày 02/01/2020 của Chánh án Tòa án nhân dân tối cao về triển khai "
              "thực hiện nhiệm vụ trọng tâm công tác năm 2020 của các Tòa án;"),
        ("p", "Tòa án nhân dân tỉnh Thanh Lương xây dựng Kế hoạch công tác năm 2020 như sau:"),
        ("h", "I. MỤC TIÊU, CHỈ TIÊU"),
        ("h", "1. Mục tiêu"),
        ("p", "Nâng cao chất lượng giải quyết, xét xử các loại án, bảo đảm đúng pháp luật, không để oan, sai, bỏ lọt "
              "tội phạm."),
        ("h", "2. Các chỉ tiêu"),
        ("p", "- Tỷ lệ giải quyết các loại án đạt trên 85%; riêng án hình sự đạt từ 98% trở lên;"),
        ("p", "- Không để án quá hạn luật định do nguyên nhân chủ quan;"),
        ("p", "- Tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan không vượt quá 1,5%;"),
        ("p", "- 100% bản án, quyết định đủ điều kiện được công bố trên Cổng thông tin điện tử của Tòa án."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Nâng cao chất lượng xét xử các vụ án hình sự"),
        ("p", "Tòa Hình sự chủ trì, phối hợp với Văn phòng tổ chức ít nhất 02 phiên tòa rút kinh nghiệm mỗi quý."),
        ("h", "2. Đẩy mạnh hòa giải, đối thoại tại Tòa án"),
        ("p", "Tòa Dân sự chủ trì, phối hợp với Tòa Gia đình và người chưa thành niên lựa chọn, đề xuất bổ nhiệm Hòa "
              "giải viên; hoàn thành trong Quý II/2020."),
        ("h", "3. Ứng dụng công nghệ thông tin, công khai bản án"),
        ("p", "Văn phòng chủ trì, phối hợp với các Tòa chuyên trách công bố bản án, quyết định trên Cổng thông tin "
              "điện tử của Tòa án."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Tòa Hình sự"),
        ("p", "- Thực hiện các chỉ tiêu về giải quyết án hình sự; báo cáo kết quả hằng tháng."),
        ("p", "2. Tòa Dân sự"),
        ("p", "- Theo dõi công tác hòa giải, đối thoại; đề xuất khen thưởng Hòa giải viên tiêu biểu."),
        ("p", "3. Văn phòng"),
        ("p", "- Bảo đảm cơ sở vật chất, kinh phí; tổng hợp, báo cáo Chánh án kết quả thực hiện Kế hoạch."),
        ("p", "4. Tòa án nhân dân các huyện, thành phố"),
        ("p", "- Xây dựng kế hoạch công tác năm 2020 của đơn vị, gửi về Văn phòng trước ngày 20/01/2020./."),
    ))
    closing(doc, ["- TAND tối cao (b/c);", "- TT Tỉnh ủy (b/c);", "- Các đơn vị thuộc TAND tỉnh;",
                  "- TAND các huyện, thành phố;", "- Lưu: VT, VP."],
            ["CHÁNH ÁN", "", "", "", "Nguyễn Hữu Thắng"])
    _paragraph(doc, "")
    return _save(doc)


def military_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ TƯ LỆNH QUÂN KHU 3", "BỘ CHỈ HUY QUÂN SỰ", "TỈNH HÒA NAM", "-------", "Số: 318/KH-BCH"],
            [*MOTTO, "Hòa Nam, ngày 08 tháng 4 năm 2021"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Huấn luyện dân quân tự vệ năm 2021", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019;"),
        ("i", "Thực hiện Kế hoạch số 25/KH-BTL ngày 15/01/2021 của Bộ Tư lệnh Quân khu 3 về huấn luyện dân quân tự vệ "
              "năm 2021;"),
        ("p", "Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch huấn luyện dân quân tự vệ năm 2021 như sau:"),
        ("h", "I. MỤC TIÊU, CHỈ TIÊU"),
        ("p", "1. 100% cán bộ dân quân tự vệ được tập huấn theo chương trình quy định."),
        ("p", "2. Quân số huấn luyện đạt trên 95%, có 70% đạt khá, giỏi trở lên."),
        ("p", "3. Tuyệt đối an toàn về người, vũ khí trang bị; không để xảy ra tai nạn, sự cố trong huấn luyện."),
        ("p", "4. Mỗi huyện, thành phố xây dựng 01 trung đội dân quân cơ động điểm."),
        ("h", "II. NỘI DUNG, NHIỆM VỤ"),
        ("h", "1. Tập huấn cán bộ dân quân tự vệ"),
        ("p", "Phòng Tham mưu chủ trì; Phòng Chính trị, Phòng Hậu cần - Kỹ thuật phối hợp; thời gian: Quý I/2021."),
        ("h", "2. Huấn luyện dân quân cơ động, dân quân thường trực"),
        ("p", "Ban Chỉ huy Quân sự các huyện, thành phố chủ trì; Phòng Tham mưu phối hợp; thời gian: Quý II - III/2021."),
        ("h", "3. Hội thao dân quân tự vệ toàn tỉnh"),
        ("p", "Phòng Tham mưu chủ trì; Phòng Chính trị phối hợp; thời gian: Tháng 10/2021."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí huấn luyện năm 2021 là 3.240 triệu đồng từ nguồn ngân sách địa phương bảo đảm theo Luật Dân "
              "quân tự vệ."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Tham mưu: chủ trì tham mưu, theo dõi, đôn đốc; tổng hợp kết quả báo cáo Bộ Tư lệnh Quân khu."),
        ("p", "2. Phòng Chính trị: làm tốt công tác giáo dục chính trị, thi đua trong huấn luyện."),
        ("p", "3. Phòng Hậu cần - Kỹ thuật: bảo đảm vũ khí, trang bị, doanh cụ phục vụ huấn luyện."),
        ("p", "4. Ban Chỉ huy Quân sự các huyện, thành phố: tham mưu cấp ủy, chính quyền địa phương tổ chức huấn "
              "luyện dân quân tự vệ đúng kế hoạch./."),
    ))
    closing(doc, ["- Bộ Tư lệnh Quân khu 3 (b/c);", "- UBND tỉnh (b/c);", "- Các phòng, ban;",
                  "- Ban CHQS các huyện, thành phố;", "- Lưu: VT, TM."],
            ["CHỈ HUY TRƯỞNG", "", "", "", "Đại tá Phạm Văn Lực"])
    _paragraph(doc, "")
    return _save(doc)


def procuracy_plan() -> bytes:
    doc = _new()
    _layout(doc, ["VIỆN KIỂM SÁT NHÂN DÂN", "HUYỆN THẠCH LƯƠNG", "-------", "Số: 02/KH-VKS"],
            [*MOTTO, "Thạch Lương, ngày 06 tháng 01 năm 2022"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Công tác kiểm sát năm 2022", bold=True, center=True)
    _body(doc, (
        ("i", "Căn cứ Chỉ thị số 01/CT-VKSTC ngày 10/12/2021 của Viện trưởng Viện kiểm sát nhân dân tối cao về công "
              "tác của ngành Kiểm sát nhân dân năm 2022;"),
        ("i", "Thực hiện Kế hoạch số 05/KH-VKS ngày 28/12/2021 của Viện kiểm sát nhân dân tỉnh Hòa Nam về công tác "
              "kiểm sát năm 2022;"),
        ("p", "Viện kiểm sát nhân dân huyện Thạch Lương xây dựng Kế hoạch công tác kiểm sát năm 2022 như sau:"),
        ("h", "I. MỤC TIÊU, CHỈ TIÊU"),
        ("p", "- Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt trên 90%;"),
        ("p", "- Tỷ lệ kháng nghị phúc thẩm được Tòa án chấp nhận đạt từ 70% trở lên;"),
        ("p", "- Không để xảy ra oan, sai, bỏ lọt tội phạm;"),
        ("p", "- 100% vụ án hình sự được kiểm sát chặt chẽ từ khi khởi tố."),
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
        ("h", "1. Kiểm sát việc giải quyết tố giác, tin báo về tội phạm"),
        ("p", "Bộ phận Kiểm sát điều tra chủ trì, phối hợp với Cơ quan Cảnh sát điều tra Công an huyện thực hiện."),
        ("h", "2. Kiểm sát việc giải quyết các vụ, việc dân sự, hành chính"),
        ("p", "Bộ phận Kiểm sát dân sự chủ trì, phối hợp với Tòa án nhân dân huyện thực hiện."),
        ("h", "3. Kiểm sát thi hành án dân sự"),
        ("p", "Bộ phận Kiểm sát dân sự chủ trì, phối hợp với Chi cục Thi hành án dân sự huyện thực hiện; thời gian: "
              "Quý II/2022."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Bộ phận Kiểm sát điều tra: thực hiện các chỉ tiêu về kiểm sát điều tra, truy tố, xét xử hình sự."),
        ("p", "2. Bộ phận Kiểm sát dân sự: thực hiện các chỉ tiêu về kiểm sát dân sự, hành chính, thi hành án."),
        ("p", "3. Bộ phận Văn phòng tổng hợp: theo dõi, tổng hợp, báo cáo Viện trưởng kết quả thực hiện Kế hoạch./."),
    ))
    closing(doc, ["- VKSND tỉnh (b/c);", "- TT Huyện ủy (b/c);", "- Lãnh đạo Viện;", "- Lưu: VT."],
            ["VIỆN TRƯỞNG", "", "", "", "Lê Văn Đông"])
    _paragraph(doc, "")
    return _save(doc)


def _soffice(docx_bytes: bytes, name: str, target: str) -> bytes:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(name).with_suffix(".docx").name
        src.write_bytes(docx_bytes)
        subprocess.run([soffice, "--headless", "--convert-to", target, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        return src.with_suffix(f".{target}").read_bytes()


def _pdftotext(pdf: bytes, *options: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(src), str(Path(tmp) / "out.txt")],
                       check=True, capture_output=True, timeout=60)
        return (Path(tmp) / "out.txt").read_bytes()


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / POVERTY).write_text(POVERTY_HTML, encoding="utf-8")
    (folder / ETHNIC).write_text(ETHNIC_MD, encoding="utf-8")
    (folder / EXERCISE).write_bytes(exercise_plan())
    (folder / TRAFFIC).write_text(TRAFFIC_MD, encoding="utf-8")
    (folder / WASTE).write_text(WASTE_HTML, encoding="utf-8")
    (folder / COURT).write_bytes(court_plan())
    if not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftotext"):
        print("soffice or pdftotext not found: the .doc and the pdftotext copies not written", file=sys.stderr)
        return
    (folder / POLICE).write_bytes(_pdftotext(_soffice(police_plan(), POLICE, "pdf"), "-layout"))
    (folder / JOBS).write_bytes(_pdftotext(_soffice(jobs_plan(), JOBS, "pdf")))
    (folder / CHILDREN).write_bytes(_soffice(children_plan(), CHILDREN, "doc"))
    (folder / TOURISM).write_bytes(_soffice(tourism_plan(), TOURISM, "pdf"))
    (folder / MILITARY).write_bytes(_soffice(military_plan(), MILITARY, "pdf"))
    (folder / PROCURACY).write_bytes(_soffice(procuracy_plan(), PROCURACY, "doc"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
