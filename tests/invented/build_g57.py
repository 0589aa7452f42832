"""Invented documents of hold-out round G57, aimed at READER shapes the invented set did not hold yet: a CSS grid
whose cells are placed by grid-row / grid-column / grid-area out of source order, flex rows whose cells are put in
place by `order:`, a Word file whose header sits in text boxes of the first page's header part and whose task
table is nested in an outer layout table (rows with w:gridBefore, a lead agency merged down many rows), an .odt as
LibreOffice saves a converted .doc (tracked changes, soft page breaks, runs of spaces as text:s, a comment, a list
with a list header, covered cells).

The documents:
- g57_huyen-dongphu: a district's plan on its portal, the header a CSS grid of named areas (grid-template-areas;
  the motto's cell first in the source, the issuer's second, the date before the number), the task table a CSS
  grid whose cells carry their row and column (grid-row / grid-column) and stand in the source column by column
  (every number, then every task, then every lead agency ...), a group row spanning the five tracks (.html);
- g57_sgddt-namkhe: a department's plan on a school portal, each row of the task table a flex row (display:flex)
  whose cells the template writes in its own order (task, partner, lead, time, number) and CSS `order:` puts back
  (number, task, lead, partner, time); the header row static in the shown order; the header and the closing flex
  rows whose right-hand block comes first in the source (.html);
- g57_snnmt-lamha: a department's plan in Word: the issuer, number, motto and date in two text boxes of the first
  page's header part (header type "first", w:titlePg; DrawingML with its VML fallback), the task section inside a
  borderless one-cell layout table, the task table nested in it: group rows pasted from a four-column table
  (w:gridBefore), one lead agency merged down three rows (w:vMerge) (.docx);
- g57_xa-phuclam: a commune's plan as LibreOffice saves a converted .doc: a deletion kept as a tracked change
  (text:tracked-changes, the old date), soft page breaks inside paragraphs and between table rows, runs of spaces
  as text:s, a reviewer's comment (office:annotation) inside a paragraph, the specific objectives a list under a
  text:list-header, a lead agency over two rows (number-rows-spanned, table:covered-table-cell) (.odt).

The round's first pass and its fixes: tests/test_g57_holdout.py.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g57 [OUTDIR]` writes the four documents from the strings and XML held here, with the standard
library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_g41 import _textbox_xml
from tests.invented.build_g49 import _ODF_AUTO, _ODF_NS, _fixed_zip, _odf_cell, _odf_p, _odf_row, _x
from tests.invented.build_g53 import _NS, _SECT, _p, _tbl, _tc, _zip

PLACED_GRID = "g57_huyen-dongphu_96-kh-ubnd_2027_luoi-dat-vi-tri.html"
FLEX_ORDER = "g57_sgddt-namkhe_64-kh-sgddt_2027_hang-flex-order.html"
HEADER_BOXES = "g57_snnmt-lamha_118-kh-snnmt_2027_hop-van-ban-bang-long.docx"
WRITER_FROM_DOC = "g57_xa-phuclam_35-kh-ubnd_2027_libreoffice-tu-doc.odt"

# ---------------------------------------------------------------------------------------------------------------
# 1. A CSS grid whose cells are placed by grid-row / grid-column, written column by column.

_DONGPHU_ROWS = [
    ("1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Phòng Nội vụ huyện", "Quý I - IV/2027"),
    ("2", "Triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia",
     "Phòng Tài chính - Kế hoạch huyện", "Chi cục Thuế khu vực Đông Phù", "Quý II/2027"),
    ("3", "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
     "Phòng Văn hóa và Thông tin huyện", "Ủy ban nhân dân các xã, thị trấn", "Quý II/2027"),
    ("4", "Thành lập và duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
     "Ủy ban nhân dân các xã, thị trấn", "Huyện đoàn<br>Hội Liên hiệp Phụ nữ huyện", "Cả năm"),
    ("5", "Khảo sát mức độ hài lòng của người dân đối với dịch vụ công trực tuyến",
     "Phòng Nội vụ huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Tháng 11/2027"),
]
_DONGPHU_HEAD = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")


def _placed_cells() -> str:
    """The grid's cells column by column, each placed by its row and column (the header row is row 1, a group row
    spanning the five tracks row 2, the tasks rows 3 on)."""
    out = ['<div class="o th" style="grid-row: 1; grid-column: 1">TT</div>']
    out.append('<div class="o nhom" style="grid-row: 2; grid-column: 1 / span 5">Nhiệm vụ năm 2027</div>')
    for col in range(5):
        if col:
            out.append(f'<div class="o th" style="grid-row: 1; grid-column: {col + 1}">{_DONGPHU_HEAD[col]}</div>')
        for i, row in enumerate(_DONGPHU_ROWS):
            out.append(f'<div class="o" style="grid-row: {i + 3}; grid-column: {col + 1}">{row[col]}</div>')
    return "\n        ".join(out)


DONGPHU_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch số 96/KH-UBND - Cổng thông tin điện tử huyện Đông Phù</title>
<style>
  .dau { display: grid; grid-template-columns: 1fr 1.4fr;
         grid-template-areas: "coquan quochieu" "so ngay"; text-align: center; }
  .dau .qh { grid-area: quochieu; }
  .dau .cq { grid-area: coquan; }
  .dau .ng { grid-area: ngay; font-style: italic; }
  .dau .so { grid-area: so; }
  .bang { display: grid; grid-template-columns: 48px 3fr 2fr 2fr 110px; border-left: 1px solid #333;
          border-top: 1px solid #333; }
  .bang .o { border-right: 1px solid #333; border-bottom: 1px solid #333; padding: 4px 6px; }
  .bang .th, .bang .nhom { font-weight: bold; }
  .ky { display: grid; grid-template-columns: 1fr 1fr; }
</style>
</head>
<body>
<header class="site"><div class="brand">ĐÔNG PHÙ - CỔNG THÔNG TIN ĐIỆN TỬ</div>
<nav><a href="/">Trang chủ</a> | <a href="/chinh-quyen">Chính quyền</a> | <a href="/van-ban">Văn bản</a> |
<a href="/dich-vu-cong">Dịch vụ công</a></nav></header>
<main>
  <p class="duong-dan">Trang chủ » Văn bản » Kế hoạch</p>
  <article class="van-ban">
    <div class="dau">
      <div class="qh"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></div>
      <div class="cq">ỦY BAN NHÂN DÂN<br><b>HUYỆN ĐÔNG PHÙ</b></div>
      <div class="ng">Đông Phù, ngày 22 tháng 3 năm 2027</div>
      <div class="so">Số: 96/KH-UBND</div>
    </div>
    <p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Đẩy mạnh chuyển đổi số trong cải cách hành chính trên
      địa bàn huyện năm 2027</b></p>
    <p>Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính
      trên môi trường điện tử;</p>
    <p>Thực hiện Kế hoạch số 41/KH-UBND ngày 20 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Hòa Lạc về chuyển đổi
      số năm 2027;</p>
    <p>Ủy ban nhân dân huyện Đông Phù ban hành Kế hoạch đẩy mạnh chuyển đổi số trong cải cách hành chính trên địa
      bàn huyện năm 2027 như sau:</p>
    <p><b>I. MỤC TIÊU</b></p>
    <p><b>1. Mục tiêu chung</b></p>
    <p>Nâng cao chất lượng phục vụ người dân, doanh nghiệp; từng bước chuyển hoạt động giải quyết thủ tục hành
      chính sang môi trường số.</p>
    <p><b>2. Mục tiêu cụ thể</b></p>
    <p>- 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận tại Bộ phận Một cửa các cấp;</p>
    <p>- Tỷ lệ hồ sơ nộp trực tuyến đạt 60% tổng số hồ sơ thủ tục hành chính;</p>
    <p>- Phấn đấu 85% người dân hài lòng với dịch vụ công trực tuyến.</p>
    <p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
    <div class="bang">
        @@GRID@@
    </div>
    <p><b>III. KINH PHÍ</b></p>
    <p>Tổng kinh phí thực hiện Kế hoạch là 1.240 triệu đồng từ ngân sách huyện.</p>
    <p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
    <p><b>1. Phòng Nội vụ huyện</b></p>
    <p>Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện
      trước ngày 10 tháng 12 năm 2027.</p>
    <p><b>2. Phòng Tài chính - Kế hoạch huyện</b></p>
    <p>Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.</p>
    <p><b>3. Ủy ban nhân dân các xã, thị trấn</b></p>
    <p>Xây dựng kế hoạch của địa phương; báo cáo kết quả về Phòng Nội vụ huyện theo định kỳ./.</p>
    <div class="ky">
      <div style="grid-column: 2; grid-row: 1; text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br>
        <i>(Đã ký)</i><br><br><b>Trịnh Văn Khải</b></div>
      <div style="grid-column: 1; grid-row: 1"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Hòa Lạc (b/c);<br>- Sở Nội
        vụ;<br>- TT Huyện ủy, TT HĐND huyện;<br>- Các phòng, ban, ngành huyện;<br>- UBND các xã, thị trấn;<br>-
        Lưu: VT.</div>
    </div>
  </article>
</main>
<footer>Bản quyền thuộc Ủy ban nhân dân huyện Đông Phù. Điện thoại: 0226.3871.204</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 2. Flex rows whose cells CSS `order:` puts in place.

_NAMKHE_ROWS = [
    ("1", "Xây dựng tủ sách lớp học, góc đọc sách thân thiện tại các trường tiểu học",
     "Phòng Giáo dục Mầm non - Tiểu học", "Phòng Giáo dục và Đào tạo các huyện, thành phố", "Quý II/2027"),
    ("2", "Tổ chức Ngày hội đọc sách học sinh tỉnh Nam Khê năm 2027",
     "Phòng Giáo dục Trung học", "Thư viện tỉnh; Tỉnh đoàn", "Tháng 4/2027"),
    ("3", "Bồi dưỡng kỹ năng tổ chức hoạt động thư viện cho cán bộ thư viện trường học",
     "Phòng Giáo dục Trung học", "Trường Cao đẳng Sư phạm Nam Khê", "Quý III/2027"),
    ("4", "Số hóa tài liệu, xây dựng thư viện điện tử dùng chung cho các trường trung học",
     "Văn phòng Sở", "Viễn thông Nam Khê", "Quý III - IV/2027"),
]


def _flex_rows() -> str:
    """Each task row a flex row; the template writes its cells as task, partner, lead, time, number."""
    out = []
    for num, task, lead, partner, time in _NAMKHE_ROWS:
        out.append('<div class="dong">'
                   f'<div class="o nd">{task}</div><div class="o ph">{partner}</div>'
                   f'<div class="o ct">{lead}</div><div class="o tg">{time}</div>'
                   f'<div class="o tt">{num}</div></div>')
    return "\n      ".join(out)


NAMKHE_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch phát triển văn hóa đọc trong trường học năm 2027 | Sở Giáo dục và Đào tạo Nam Khê</title>
<style>
  .hang { display: flex; justify-content: space-between; }
  .hang > .trai { order: 1; width: 42%; text-align: center; }
  .hang > .phai { order: 2; width: 56%; text-align: center; }
  .dong { display: flex; border-bottom: 1px solid #444; }
  .dong .o { padding: 4px; border-left: 1px solid #444; }
  .dong .tt { order: 1; flex: 0 0 40px; text-align: center; }
  .dong .nd { order: 2; flex: 3; }
  .dong .ct { order: 3; flex: 2; }
  .dong .ph { order: 4; flex: 2; }
  .dong .tg { order: 5; flex: 0 0 110px; }
  .dong.dau-bang .o { font-weight: bold; text-align: center; }
</style>
</head>
<body>
<div id="top"><a href="/">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM KHÊ</a>
<ul class="menu"><li>Giới thiệu</li><li>Tin tức</li><li>Văn bản</li><li>Thủ tục hành chính</li></ul></div>
<div id="noi-dung">
  <h3 class="ten-tin">Kế hoạch phát triển văn hóa đọc trong trường học năm 2027</h3>
  <p class="ngay-dang">Đăng ngày: 03/4/2027 | Lượt xem: 412</p>
  <div class="hang">
    <div class="phai"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br><br>
      <i>Nam Khê, ngày 01 tháng 4 năm 2027</i></div>
    <div class="trai">UBND TỈNH NAM KHÊ<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br><br>Số: 64/KH-SGDĐT</div>
  </div>
  <p style="text-align:center"><b>KẾ HOẠCH<br>Phát triển văn hóa đọc trong trường học năm 2027</b></p>
  <p>Căn cứ Quyết định số 1862/QĐ-TTg ngày 04 tháng 11 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án Phát
    triển văn hóa đọc trong cộng đồng đến năm 2025, định hướng đến năm 2030;</p>
  <p>Thực hiện Kế hoạch số 27/KH-UBND ngày 15 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Nam Khê về phát triển
    văn hóa đọc năm 2027;</p>
  <p>Sở Giáo dục và Đào tạo xây dựng Kế hoạch phát triển văn hóa đọc trong trường học năm 2027 như sau:</p>
  <p><b>I. MỤC TIÊU</b></p>
  <p><b>1. Mục tiêu chung</b></p>
  <p>Hình thành thói quen đọc sách cho học sinh; xây dựng môi trường đọc thân thiện trong nhà trường.</p>
  <p><b>2. Mục tiêu cụ thể</b></p>
  <p>- 100% trường tiểu học có tủ sách lớp học hoặc góc đọc sách;</p>
  <p>- Phấn đấu 80% học sinh trung học tham gia ít nhất một hoạt động đọc sách trong năm học.</p>
  <p><b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
  <div class="bang">
    <div class="dong dau-bang"><div class="o tt">STT</div><div class="o nd">Nội dung</div>
      <div class="o ct">Đơn vị chủ trì</div><div class="o ph">Đơn vị phối hợp</div>
      <div class="o tg">Thời gian</div></div>
      @@ROWS@@
  </div>
  <p><b>III. KINH PHÍ THỰC HIỆN</b></p>
  <p>Tổng kinh phí: 2.150 triệu đồng, trong đó ngân sách tỉnh 1.800 triệu đồng, nguồn xã hội hóa 350 triệu
    đồng.</p>
  <p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
  <p><b>1. Phòng Giáo dục Trung học</b>: là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám
    đốc Sở.</p>
  <p><b>2. Phòng Kế hoạch - Tài chính</b>: tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
  <p><b>3. Phòng Giáo dục và Đào tạo các huyện, thành phố</b>: chỉ đạo các trường trực thuộc triển khai Kế hoạch
    này./.</p>
  <div class="hang">
    <div class="phai"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><b>Đinh Thị Thu Hà</b></div>
    <div class="trai" style="text-align:left"><b><i>Nơi nhận:</i></b><br>- Bộ GD&amp;ĐT (b/c);<br>- UBND tỉnh
      (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng thuộc Sở;<br>- Phòng GD&amp;ĐT các huyện, thành
      phố;<br>- Lưu: VT, GDTrH.</div>
  </div>
</div>
<div id="chan-trang">Sở Giáo dục và Đào tạo tỉnh Nam Khê - số 12 đường Lê Lợi, thành phố Nam Khê</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 3. Word: the header in text boxes of the first page's header part; the task table inside a layout table.

_BOX_NS = (' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
           ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
           ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
           ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
           ' mc:Ignorable="wps"')


def _first_header() -> str:
    """The first page's header part: one paragraph anchoring two text boxes side by side."""
    left = _textbox_xml([("UBND TỈNH LÂM HÀ", False, False), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False),
                         ("", False, False), ("Số: 118/KH-SNNMT", False, False)], 0.0, 7.0, 2.6)
    right = _textbox_xml([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                          ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                          ("Lâm Hà, ngày 05 tháng 4 năm 2027", False, True)], 7.4, 9.6, 2.6)
    return f"<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>{left}{right}</w:p>"


def _grid_before_row(text: str) -> str:
    """A group row pasted from a four-column table: its first grid column skipped (w:gridBefore)."""
    return ('<w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="600" w:type="dxa"/></w:trPr>'
            + _tc(8500, [text], span=4, bold=True))


def _lamha_tasks() -> str:
    grid = [600, 3600, 2100, 1900, 900]
    head = "".join(_tc(w, [t], bold=True) for w, t in zip(grid, (
        "TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian")))
    rows = [head, _grid_before_row("Nhóm nhiệm vụ phòng ngừa")]
    tasks = [
        ("1", "Rà soát, cập nhật phương án ứng phó thiên tai theo các cấp độ rủi ro", "Chi cục Thủy lợi",
         "restart", "Ủy ban nhân dân các huyện, thành phố", "Tháng 5/2027"),
        ("2", "Kiểm tra hiện trạng đê điều, hồ đập trước mùa mưa lũ", "", "continue",
         "Công ty TNHH MTV Khai thác công trình thủy lợi Lâm Hà", "Tháng 5/2027"),
        ("3", "Duy tu, sửa chữa các công trình thủy lợi bị hư hỏng", "", "continue",
         "Sở Tài chính", "Quý II - III/2027"),
        ("4", "Tuyên truyền kiến thức phòng, chống thiên tai cho người dân vùng thường xuyên bị ngập lụt",
         "Văn phòng Sở", None, "Đài Phát thanh và Truyền hình Lâm Hà", "Cả năm"),
    ]
    for num, task, lead, merge, partner, time in tasks:
        rows.append(_tc(600, [num]) + _tc(3600, [task]) + _tc(2100, [lead], vmerge=merge)
                    + _tc(1900, [partner]) + _tc(900, [time]))
    rows.append(_grid_before_row("Nhóm nhiệm vụ ứng phó và khắc phục hậu quả"))
    for num, task, lead, partner, time in [
        ("5", "Tổ chức diễn tập ứng phó lũ quét, sạt lở đất cấp tỉnh năm 2027", "Chi cục Thủy lợi",
         "Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh", "Tháng 7/2027"),
        ("6", "Đánh giá thiệt hại, đề xuất hỗ trợ khôi phục sản xuất nông nghiệp sau thiên tai",
         "Chi cục Trồng trọt và Chăn nuôi", "Ủy ban nhân dân các huyện, thành phố", "Khi có thiên tai")]:
        rows.append(_tc(600, [num]) + _tc(3600, [task]) + _tc(2100, [lead]) + _tc(1900, [partner])
                    + _tc(900, [time]))
    return _tbl(grid, rows)


def _lamha_body() -> str:
    j = lambda text: _p(text, jc="both")  # noqa: E731
    layout_cell = ("<w:tc><w:tcPr><w:tcW w:w=\"9100\" w:type=\"dxa\"/></w:tcPr>"
                   + _p("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
                   + _lamha_tasks()
                   + _p("Các đơn vị chủ động bố trí lực lượng, phương tiện thực hiện các nhiệm vụ được giao.",
                        jc="both")
                   + "</w:tc>")
    layout = _tbl([9100], [layout_cell], borders=False)
    return "".join([
        _p("KẾ HOẠCH", bold=True, jc="center"),
        _p("Phòng, chống thiên tai và tìm kiếm cứu nạn ngành nông nghiệp năm 2027", bold=True, jc="center"),
        j("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của "
          "Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;"),
        j("Thực hiện Kế hoạch số 52/KH-UBND ngày 10 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Lâm Hà về phòng, "
          "chống thiên tai năm 2027;"),
        j("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn ngành nông "
          "nghiệp năm 2027 như sau:"),
        _p("I. MỤC TIÊU", bold=True),
        _p("1. Mục tiêu chung", bold=True),
        j("Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với thiên tai, giảm thiểu thiệt hại về người và tài sản "
          "trong sản xuất nông nghiệp."),
        _p("2. Mục tiêu cụ thể", bold=True),
        j("- 100% hồ chứa nước có phương án ứng phó thiên tai được phê duyệt trước mùa mưa lũ;"),
        j("- Phấn đấu 90% xã có đội xung kích phòng, chống thiên tai được tập huấn."),
        layout,
        _p("III. KINH PHÍ", bold=True),
        j("Tổng kinh phí thực hiện Kế hoạch là 3.600 triệu đồng, trong đó: ngân sách tỉnh 3.000 triệu đồng; Quỹ "
          "phòng, chống thiên tai tỉnh 600 triệu đồng."),
        _p("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        j("1. Chi cục Thủy lợi: là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo "
          "cáo Giám đốc Sở trước ngày 15 tháng 11 năm 2027."),
        j("2. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        j("3. Chi cục Trồng trọt và Chăn nuôi: hướng dẫn các địa phương khôi phục sản xuất sau thiên tai./."),
        _tbl([4500, 4600], [
            _tc(4500, ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường (b/c);", "- UBND tỉnh (b/c);",
                       "- Ban Chỉ huy PCTT và TKCN tỉnh;", "- Giám đốc, các PGĐ Sở;",
                       "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, TL."])
            + _tc(4600, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Văn Thịnh"], bold=True)],
            borders=False),
    ])


def _lamha_docx() -> dict[str, str]:
    """The package: the body, and a first-page header part holding the text boxes (w:titlePg)."""
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'header" Target="header1.xml"/>'
                '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'header" Target="header2.xml"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/>'
             + "".join(f'<Override PartName="/word/header{n}.xml" ContentType="application/vnd.openxmlformats-'
                       'officedocument.wordprocessingml.header+xml"/>' for n in (1, 2))
             + "</Types>")
    refs = ('<w:headerReference w:type="default" r:id="rId7"/><w:headerReference w:type="first" r:id="rId8"/>'
            '<w:titlePg/>')
    page_number = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t>'
                   '</w:r></w:fldSimple></w:p>')
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return {
        "[Content_Types].xml": types,
        "_rels/.rels": rels,
        "word/_rels/document.xml.rels": doc_rels,
        "word/header1.xml": f"{head}<w:hdr {_NS}>{page_number}</w:hdr>",
        "word/header2.xml": f"{head}<w:hdr {_NS}{_BOX_NS}>{_first_header()}</w:hdr>",
        "word/document.xml": (f"{head}<w:document {_NS}{_BOX_NS}><w:body>{_lamha_body()}"
                              f"{_SECT.format(refs=refs)}</w:body></w:document>"),
    }


# ---------------------------------------------------------------------------------------------------------------
# 4. An .odt as LibreOffice saves a converted .doc.

_SOFT = "<text:soft-page-break/>"
_NOTE = ('<office:annotation office:name="__Annotation__1"><dc:creator>Nguyễn Văn Tú</dc:creator>'
         '<dc:date>2027-04-08T15:20:00</dc:date><text:p>Đề nghị bổ sung số liệu năm 2026 để so sánh.</text:p>'
         '</office:annotation>')
_TRACKED = ('<text:tracked-changes text:track-changes="false"><text:changed-region xml:id="ct1" text:id="ct1">'
            '<text:deletion><office:change-info><dc:creator>Văn thư</dc:creator><dc:date>2027-04-09T08:05:00'
            '</dc:date></office:change-info><text:p>ngày 02 tháng 4 năm 2027</text:p></text:deletion>'
            '</text:changed-region></text:tracked-changes>')


def _phuclam_content() -> str:
    free, ruled = "Cell_free", "Cell_ruled"
    header = ('<table:table table:name="Table1" table:style-name="Tab_free"><table:table-column '
              'table:number-columns-repeated="2"/>'
              + _odf_row([_odf_cell("ỦY BAN NHÂN DÂN\nXÃ PHÚC LÂM", free, para="P_c"),
                          _odf_cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", free,
                                    para="P_c")])
              + "<table:table-row>"
              + '<table:table-cell table:style-name="Cell_free" office:value-type="string">'
                '<text:p text:style-name="P_ci">Số:<text:s text:c="2"/>35/KH-UBND</text:p></table:table-cell>'
              + '<table:table-cell table:style-name="Cell_free" office:value-type="string">'
                '<text:p text:style-name="P_ci">Phúc Lâm, <text:change text:change-id="ct1"/>ngày 09 tháng 4 năm '
                '2027</text:p></table:table-cell>'
              + "</table:table-row></table:table>")
    ruled_row = lambda cells: _odf_row([_odf_cell(c, ruled) for c in cells])  # noqa: E731
    tasks = ('<table:table table:name="Table2" table:style-name="Tab_free"><table:table-column '
             'table:number-columns-repeated="5"/><table:table-header-rows>'
             + ruled_row(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"])
             + "</table:table-header-rows>"
             + ruled_row(["1", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trên hệ thống loa truyền "
                               "thanh xã", "Công chức Văn hóa - Xã hội xã", "Các thôn", "Cả năm"])
             + _odf_row([_odf_cell("2", ruled),
                         _odf_cell("Ra quân xử lý vi phạm hành lang an toàn giao thông trên tuyến đường tỉnh 417",
                                   ruled),
                         _odf_cell("Công an xã", ruled, rows=2),
                         _odf_cell("Đoàn Thanh niên xã", ruled), _odf_cell("Quý II/2027", ruled)])
             + _SOFT
             + _odf_row([_odf_cell("3", ruled),
                         _odf_cell("Tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông dịp lễ, Tết", ruled),
                         "<table:covered-table-cell/>",
                         _odf_cell("Ban Chỉ huy Quân sự xã", ruled), _odf_cell("Các dịp lễ, Tết", ruled)])
             + ruled_row(["4", "Lắp đặt biển báo, gương cầu lồi tại các điểm giao cắt nguy hiểm",
                          "Công chức Địa chính - Xây dựng xã", "Các thôn", "Quý III/2027"])
             + "</table:table>")
    specific = ('<text:list text:style-name="L1"><text:list-header>'
                '<text:p text:style-name="P_b">2. Mục tiêu cụ thể</text:p></text:list-header>'
                + "".join(f'<text:list-item><text:p text:style-name="P_l">{_x(t)}</text:p></text:list-item>'
                          for t in ("Giảm 10% số vụ tai nạn giao thông so với năm 2026;",
                                    "100% thôn có tổ tự quản về trật tự an toàn giao thông;",
                                    "Phấn đấu 95% người tham gia giao thông bằng xe mô tô đội mũ bảo hiểm."))
                + "</text:list>")
    body = [
        _TRACKED,
        header,
        _odf_p("KẾ HOẠCH", "P_c"),
        _odf_p("Bảo đảm trật tự, an toàn giao thông trên địa bàn xã năm 2027", "P_c"),
        _odf_p("Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024;"),
        '<text:p text:style-name="P_j">Thực hiện Kế hoạch số 48/KH-UBND ngày 18 tháng 3 năm 2027 của Ủy ban nhân dân '
        'huyện Tân Lĩnh về bảo đảm trật tự, an toàn giao thông năm 2027;</text:p>',
        _odf_p("Ủy ban nhân dân xã Phúc Lâm xây dựng Kế hoạch bảo đảm trật tự, an toàn giao thông trên địa bàn xã năm "
               "2027 như sau:"),
        _odf_p("I. MỤC TIÊU", "P_b"),
        _odf_p("1. Mục tiêu chung", "P_b"),
        '<text:p text:style-name="P_j">Kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí;' + _NOTE
        + ' nâng cao ý thức chấp hành pháp luật về giao thông của người dân.</text:p>',
        specific,
        _odf_p("II. NHIỆM VỤ CỤ THỂ", "P_b"),
        tasks,
        _odf_p("III. KINH PHÍ", "P_b"),
        '<text:p text:style-name="P_j">Tổng kinh phí thực hiện Kế hoạch là 185.500.000 đồng<text:s/> từ ngân sách '
        'xã năm 2027.</text:p>',
        _odf_p("IV. TỔ CHỨC THỰC HIỆN", "P_b"),
        '<text:p text:style-name="P_j">1. Công an xã: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã chỉ đạo, '
        'theo dõi việc thực hiện Kế hoạch;' + _SOFT + ' tổng hợp kết quả báo cáo trước ngày 05 tháng 12 năm 2027.'
        '</text:p>',
        _odf_p("2. Công chức Tài chính - Kế toán xã: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        _odf_p("3. Các thôn: tuyên truyền, vận động nhân dân chấp hành quy định về trật tự, an toàn giao thông./."),
        ('<table:table table:name="Table3" table:style-name="Tab_free"><table:table-column '
         'table:number-columns-repeated="2"/>'
         + _odf_row([_odf_cell("Nơi nhận:\n- UBND huyện Tân Lĩnh (b/c);\n- Công an huyện;\n- TT Đảng ủy, TT HĐND "
                               "xã;\n- Các thôn;\n- Lưu: VT.", free),
                     _odf_cell("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nLò Văn Quyết", free, para="P_c")])
         + "</table:table>"),
    ]
    ns = _ODF_NS + ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>{_ODF_AUTO}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')


_ODT_STYLES = ("<office:styles><style:default-style style:family=\"paragraph\"><style:text-properties "
               "style:font-name=\"Times New Roman\" fo:font-size=\"14pt\"/></style:default-style>"
               "<style:style style:name=\"Standard\" style:family=\"paragraph\"/></office:styles>")


def _phuclam_odt() -> bytes:
    """The package: its mimetype stored first, the content, the styles, the manifest naming them."""
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    entries = [("/", "application/vnd.oasis.opendocument.text"), ("content.xml", "text/xml"),
               ("styles.xml", "text/xml")]
    manifest = (declaration + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.3">'
                + "".join(f'<manifest:file-entry manifest:full-path="{path}" manifest:media-type="{kind}"/>'
                          for path, kind in entries) + "</manifest:manifest>")
    styles = f"{declaration}<office:document-styles {_ODF_NS}>{_ODT_STYLES}</office:document-styles>"
    parts = [("mimetype", entries[0][1]), ("content.xml", _phuclam_content()), ("styles.xml", styles),
             ("META-INF/manifest.xml", manifest)]
    return _fixed_zip([(name, text.encode("utf-8")) for name, text in parts], stored_first=True)


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / PLACED_GRID).write_text(DONGPHU_PAGE.replace("@@GRID@@", _placed_cells()), encoding="utf-8")
    (out / FLEX_ORDER).write_text(NAMKHE_PAGE.replace("@@ROWS@@", _flex_rows()), encoding="utf-8")
    _zip(_lamha_docx(), out / HEADER_BOXES)
    (out / WRITER_FROM_DOC).write_bytes(_phuclam_odt())
    return [out / name for name in (PLACED_GRID, FLEX_ORDER, HEADER_BOXES, WRITER_FROM_DOC)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
