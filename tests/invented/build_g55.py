"""Invented documents of hold-out round G55, aimed at READER shapes the invented set did not hold yet: a portal page
laid out with <div>s, a document viewer's <iframe srcdoc>, a Word template's content controls, Markdown from pandoc's
GitHub-flavoured writer.

The documents:
- g55_huyen-thachlong: a district's plan on its portal, the page laid out without a single <table>: the document's
  header two <div>s shown as a table's cells (display:table / display:table-row / display:table-cell), the task
  table a CSS grid (display:grid; grid-template-columns: five tracks) whose cells are sibling <div>s with no row
  element around them (the header row's cells of class "th"), a cell's two agencies apart by <br>, the closing a
  flex row of two <div>s ("Nơi nhận" beside the signature) (.html);
- g55_skhcn-phugiang: a department's plan on a document portal's "Chi tiết văn bản" page: the page's own metadata
  list (number, dates, issuer, a "Trích yếu" of its own), and the document itself only in the preview's
  <iframe srcdoc="..."> (the whole page of the document escaped into the attribute: &lt;, &gt;, &quot;, &amp;),
  its header and task tables and paragraphs inside (.html);
- g55_xa-tanhoabac: a commune's plan written from the office's Word template with content controls: the number, the
  date and the signer's name in inline w:sdt runs, the title a block w:sdt (rich text), the legal bases in a
  repeating section (a block w:sdt around w:sdt items), one optional basis control left empty and showing its
  placeholder text ("Bấm hoặc gõ nhẹ vào đây để nhập văn bản.", w:showingPlcHdr), the task rows each a
  row-level w:sdt (w15:repeatingSectionItem) inside the table, an empty placeholder control in "Nơi nhận" too
  (.docx);
- g55_stp-thachlam: a department's plan converted by pandoc (`-t gfm`) from its Word file: the borderless header
  and closing tables as pipe tables under an empty header row, their cells' paragraphs joined by "<br>", headings
  as bold lines ("**I. MỤC TIÊU**"), bullets "- ", Word's footnotes as "[^1]" marks with their notes at the end,
  the task table a pipe table whose partner cells hold "<br>" (.md).

The round's first pass and its fixes: tests/test_g55_holdout.py.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g55 [OUTDIR]` writes the four documents from the strings and XML held here, with the standard
library only.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from tests.invented.build_g53 import _docx, _p, _runs, _tbl, _tc, _zip

DIV_GRID = "g55_huyen-thachlong_142-kh-ubnd_2027_trang-div-luoi.html"
SRCDOC = "g55_skhcn-phugiang_58-kh-skhcn_2027_xem-truoc-iframe.html"
CONTROLS = "g55_xa-tanhoabac_67-kh-ubnd_2027_mau-dieu-khien-noi-dung.docx"
PANDOC_GFM = "g55_stp-thachlam_91-kh-stp_2027_pandoc-gfm.md"

# ---------------------------------------------------------------------------------------------------------------
# 1. A portal page laid out with <div>s: display:table for the header, a CSS grid for the task table.

_GRID_ROWS = [
    ("1", "Rà soát, đánh giá hiện trạng các điểm du lịch cộng đồng trên địa bàn huyện",
     "Phòng Văn hóa và Thông tin huyện", "Ủy ban nhân dân các xã, thị trấn", "Quý I/2027"),
    ("2", "Xây dựng bộ nhận diện và bản đồ du lịch cộng đồng huyện Thạch Long",
     "Phòng Văn hóa và Thông tin huyện", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "Quý II/2027"),
    ("3", "Tập huấn kỹ năng phục vụ khách cho các hộ làm du lịch cộng đồng",
     "Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "Hội Liên hiệp Phụ nữ huyện<br>Huyện đoàn",
     "Quý II/2027"),
    ("4", "Hỗ trợ chỉnh trang nhà ở, công trình vệ sinh tại các điểm lưu trú homestay",
     "Phòng Kinh tế và Hạ tầng huyện", "Phòng Tài chính - Kế hoạch huyện<br>Ủy ban nhân dân các xã",
     "Quý II - III/2027"),
    ("5", "Tổ chức Lễ hội văn hóa - du lịch cộng đồng huyện Thạch Long lần thứ II",
     "Phòng Văn hóa và Thông tin huyện", "Công an huyện<br>Trung tâm Y tế huyện", "Tháng 9/2027"),
]


def _grid_cells() -> str:
    head = "".join(f'<div class="th">{h}</div>' for h in (
        "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"))
    body = "".join("\n          " + "".join(f'<div class="td{" c" if i in (0, 4) else ""}">{cell}</div>'
                                          for i, cell in enumerate(row)) for row in _GRID_ROWS)
    return head + body


THACHLONG_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch phát triển du lịch cộng đồng năm 2027 - Cổng thông tin điện tử huyện Thạch Long</title>
<style>
  .hdr { display: table; width: 100%; }
  .hdr > .r { display: table-row; }
  .hdr .c { display: table-cell; width: 50%; text-align: center; vertical-align: top; }
  .bang { display: grid; grid-template-columns: 40px 3fr 2fr 2fr 100px; border-top: 1px solid #000;
          border-left: 1px solid #000; }
  .bang > div { border-right: 1px solid #000; border-bottom: 1px solid #000; padding: 4px; }
  .bang .th { font-weight: bold; text-align: center; }
  .cuoi { display: flex; justify-content: space-between; }
  .cuoi > div { width: 48%; }
</style>
</head>
<body>
<div class="top"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH LONG</div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/tin-tuc">Tin tức - Sự kiện</a>
<a href="/van-ban">Văn bản chỉ đạo điều hành</a></div></div>
<div class="breadcrumb">Trang chủ / Văn bản chỉ đạo điều hành / Kế hoạch</div>
<div class="main">
  <div class="post">
    <div class="hdr">
      <div class="r">
        <div class="c">ỦY BAN NHÂN DÂN<br><b>HUYỆN THẠCH LONG</b></div>
        <div class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></div>
      </div>
      <div class="r">
        <div class="c">Số: 142/KH-UBND</div>
        <div class="c"><i>Thạch Long, ngày 15 tháng 3 năm 2027</i></div>
      </div>
    </div>
    <div class="tieu-de" style="text-align:center;margin-top:18px"><b>KẾ HOẠCH</b><br>
      <b>Phát triển du lịch cộng đồng trên địa bàn huyện năm 2027</b></div>
    <div class="noi-dung">
      <div class="p">Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;</div>
      <div class="p">Căn cứ Quyết định số 1215/QĐ-UBND ngày 20 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Lâm Xuyên
        phê duyệt Đề án phát triển du lịch cộng đồng tỉnh Lâm Xuyên giai đoạn 2026 - 2030;</div>
      <div class="p">Thực hiện Kế hoạch số 35/KH-UBND ngày 25 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Lâm Xuyên về
        phát triển du lịch năm 2027;</div>
      <div class="p">Ủy ban nhân dân huyện Thạch Long ban hành Kế hoạch phát triển du lịch cộng đồng trên địa bàn huyện
        năm 2027 như sau:</div>
      <div class="p"><b>I. MỤC TIÊU</b></div>
      <div class="p"><b>1. Mục tiêu chung</b></div>
      <div class="p">Phát huy giá trị văn hóa, cảnh quan của các thôn, bản; phát triển du lịch cộng đồng gắn với
        tạo việc làm, tăng thu nhập cho người dân.</div>
      <div class="p"><b>2. Mục tiêu cụ thể</b></div>
      <div class="p">- Đón 45.000 lượt khách đến các điểm du lịch cộng đồng, tăng 15% so với năm 2026;</div>
      <div class="p">- 100% điểm du lịch cộng đồng được gắn biển chỉ dẫn và giới thiệu trên Cổng thông tin điện
        tử của huyện;</div>
      <div class="p">- Phấn đấu 70% hộ làm du lịch cộng đồng được tập huấn kỹ năng phục vụ khách.</div>
      <div class="p"><b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></div>
      <div class="bang">
          @@GRID@@
      </div>
      <div class="p"><b>III. KINH PHÍ THỰC HIỆN</b></div>
      <div class="p">Tổng kinh phí thực hiện Kế hoạch: 960 triệu đồng, trong đó: ngân sách huyện 680 triệu đồng;
        nguồn xã hội hóa 280 triệu đồng.</div>
      <div class="p"><b>IV. TỔ CHỨC THỰC HIỆN</b></div>
      <div class="p"><b>1. Phòng Văn hóa và Thông tin huyện</b></div>
      <div class="p">Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân
        huyện trước ngày 15 tháng 12 năm 2027.</div>
      <div class="p"><b>2. Phòng Tài chính - Kế hoạch huyện</b></div>
      <div class="p">Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.</div>
      <div class="p"><b>3. Ủy ban nhân dân các xã, thị trấn</b></div>
      <div class="p">Chỉ đạo các thôn, bản có điểm du lịch cộng đồng giữ gìn cảnh quan, vệ sinh môi trường./.</div>
    </div>
    <div class="cuoi">
      <div class="noi-nhan"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Lâm Xuyên (b/c);<br>- Sở Văn hóa, Thể thao và
        Du lịch;<br>- TT Huyện ủy, TT HĐND huyện;<br>- Các phòng, ban, ngành huyện;<br>- UBND các xã, thị
        trấn;<br>- Lưu: VT.</div>
      <div class="ky" style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br>
        <i>(Đã ký)</i><br><br><b>Lê Thị Hồng Nhung</b></div>
    </div>
  </div>
  <div class="sidebar"><div class="box-title">VĂN BẢN MỚI</div>
    <a href="/van-ban/138">Kế hoạch số 138/KH-UBND ngày 10/3/2027 về phòng, chống dịch bệnh</a></div>
</div>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Thạch Long. Địa chỉ: số 2 đường Trần Phú, thị trấn Thạch
Long.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 2. A document portal's page: the document only in the preview's <iframe srcdoc>.

PHUGIANG_DOCUMENT = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:'Times New Roman';
font-size:14pt} td{vertical-align:top} .k td{border:1px solid #000;padding:3px}</style></head><body>
<table width="100%"><tr><td align="center">UBND TỈNH PHÚ GIANG<br><b>SỞ KHOA HỌC VÀ CÔNG NGHỆ</b></td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td align="center">Số: 58/KH-SKHCN</td><td align="center"><i>Phú Giang, ngày 08 tháng 4 năm 2027</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH<br>Thúc đẩy phong trào đổi mới sáng tạo trong doanh nghiệp năm 2027</b></p>
<p>Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017;</p>
<p>Căn cứ Kế hoạch số 72/KH-UBND ngày 14 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Phú Giang về phát triển khoa
học, công nghệ và đổi mới sáng tạo năm 2027;</p>
<p>Sở Khoa học và Công nghệ xây dựng Kế hoạch thúc đẩy phong trào đổi mới sáng tạo trong doanh nghiệp năm 2027 như
sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Khơi dậy phong trào đổi mới sáng tạo trong cộng đồng doanh nghiệp, nâng cao năng lực công nghệ và sức cạnh
tranh của sản phẩm chủ lực của tỉnh.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- Hỗ trợ ít nhất 30 doanh nghiệp đổi mới công nghệ, cải tiến quy trình sản xuất;</p>
<p>- 60% doanh nghiệp nhỏ và vừa được tham gia các hoạt động đào tạo về quản trị đổi mới sáng tạo;</p>
<p>- Phấn đấu 25% doanh nghiệp tham gia có sản phẩm được cải tiến hoặc sản phẩm mới.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<table class="k" width="100%" cellspacing="0">
<tr><td align="center"><b>STT</b></td><td align="center"><b>Nhiệm vụ</b></td><td align="center"><b>Đơn vị chủ
trì</b></td><td align="center"><b>Đơn vị phối hợp</b></td><td align="center"><b>Thời gian</b></td></tr>
<tr><td>1</td><td>Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp trên địa bàn tỉnh</td><td>Phòng Quản lý
công nghệ và Đổi mới sáng tạo</td><td>Hiệp hội Doanh nghiệp tỉnh</td><td>Quý II/2027</td></tr>
<tr><td>2</td><td>Tổ chức 04 lớp tập huấn quản trị đổi mới sáng tạo cho doanh nghiệp</td><td>Trung tâm Ứng dụng
tiến bộ khoa học và công nghệ</td><td>Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh</td><td>Quý II - III/2027</td></tr>
<tr><td>3</td><td>Hỗ trợ doanh nghiệp xác lập quyền sở hữu trí tuệ đối với sản phẩm chủ lực</td><td>Phòng Quản lý
công nghệ và Đổi mới sáng tạo</td><td>Ủy ban nhân dân các huyện, thành phố</td><td>Cả năm</td></tr>
<tr><td>4</td><td>Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phú Giang năm 2027</td><td>Văn phòng
Sở</td><td>Tỉnh đoàn; Trường Đại học Phú Giang</td><td>Tháng 10/2027</td></tr>
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện: 1.350 triệu đồng, trong đó: ngân sách tỉnh 1.150 triệu đồng; vốn đối ứng của doanh
nghiệp 200 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Phòng Quản lý công nghệ và Đổi mới sáng tạo</b>: chủ trì, theo dõi việc thực hiện Kế hoạch; tổng hợp,
báo cáo Giám đốc Sở kết quả thực hiện trước ngày 05 tháng 12 năm 2027.</p>
<p><b>2. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ</b>: tổ chức các lớp tập huấn, hỗ trợ doanh nghiệp
đổi mới công nghệ.</p>
<p><b>3. Văn phòng Sở</b>: chủ trì tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo năm 2027.</p>
<p><b>4. Phòng Kế hoạch - Tài chính</b>: bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định./.</p>
<table width="100%"><tr><td width="50%"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ
Sở;<br>- Hiệp hội Doanh nghiệp tỉnh;<br>- Các phòng, đơn vị thuộc Sở;<br>- Lưu: VT, QLCN.</td>
<td align="center"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br><b>Đoàn Minh Quân</b></td></tr></table>
</body></html>"""

PHUGIANG_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chi tiết văn bản - Hệ thống quản lý văn bản tỉnh Phú Giang</title>
<link rel="stylesheet" href="/assets/vanban.css">
</head>
<body>
<div id="header"><span class="brand">HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH</span>
<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/vb-den">Văn bản đến</a></li>
<li><a href="/vb-di">Văn bản đi</a></li></ul></div>
<div id="content">
<h2 class="page-title">Chi tiết văn bản</h2>
<dl class="meta">
<dt>Số ký hiệu</dt><dd>58/KH-SKHCN</dd>
<dt>Ngày ban hành</dt><dd>08/04/2027</dd>
<dt>Ngày có hiệu lực</dt><dd>08/04/2027</dd>
<dt>Cơ quan ban hành</dt><dd>Sở Khoa học và Công nghệ</dd>
<dt>Loại văn bản</dt><dd>Kế hoạch</dd>
<dt>Trích yếu</dt><dd>Kế hoạch thúc đẩy phong trào đổi mới sáng tạo trong doanh nghiệp năm 2027</dd>
<dt>Người ký</dt><dd>Đoàn Minh Quân</dd>
</dl>
<div class="preview">
<div class="preview-title">Xem trước nội dung</div>
<iframe class="doc-frame" width="100%" height="900" sandbox="" srcdoc="@@SRCDOC@@"></iframe>
</div>
<div class="files">Tệp đính kèm: <a href="/files/58-KH-SKHCN.pdf">58-KH-SKHCN.pdf</a></div>
</div>
<div id="footer">Sở Khoa học và Công nghệ tỉnh Phú Giang - Hệ thống quản lý văn bản và điều hành</div>
</body>
</html>
"""


def _srcdoc_page() -> str:
    return PHUGIANG_PAGE.replace("@@SRCDOC@@", html.escape(PHUGIANG_DOCUMENT, quote=True))


# ---------------------------------------------------------------------------------------------------------------
# 3. A Word template's content controls: inline, block, repeating section, row-level, a placeholder left in.

_W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
_PLACEHOLDER = "Bấm hoặc gõ nhẹ vào đây để nhập văn bản."


def _sdt_pr(tag: str, extra: str = "") -> str:
    return f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="@@ID@@"/>{extra}</w:sdtPr>'


def _numbered_ids(xml: str) -> str:
    """The controls' ids numbered in document order (as Word gives each control its own)."""
    pieces = xml.split("@@ID@@")
    return "".join(p + (str(501 + i) if i < len(pieces) - 1 else "") for i, p in enumerate(pieces))


def _inline_sdt(tag: str, text: str, extra: str = "", bold: bool = False, italic: bool = False) -> str:
    """A run-level content control holding `text` (inside a paragraph)."""
    return f"<w:sdt>{_sdt_pr(tag, extra)}<w:sdtContent>{_runs(text, bold, italic)}</w:sdtContent></w:sdt>"


def _block_sdt(tag: str, content: str, extra: str = "") -> str:
    """A block-level content control around paragraphs (or tables, or other controls)."""
    return f"<w:sdt>{_sdt_pr(tag, extra)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def _para(inner: str, jc: str | None = None) -> str:
    """A paragraph around ready-made runs and controls."""
    align = f'<w:jc w:val="{jc}"/>' if jc else ""
    return f"<w:p><w:pPr>{align}</w:pPr>{inner}</w:p>"


def _cell(width: int, content: str) -> str:
    """A table cell around ready-made paragraphs (and controls)."""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def _placeholder(tag: str) -> str:
    """An optional block control the writer left empty: Word shows (and keeps in the file) its placeholder text."""
    extra = '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
    return _block_sdt(tag, _para(f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{_PLACEHOLDER}'
                                 "</w:t></w:r>"), extra)


_TANHOA_TASKS = [
    ("1", "Rà soát, đánh giá mức độ đạt các tiêu chí xã nông thôn mới nâng cao",
     "Ban Quản lý xây dựng nông thôn mới xã", "Các thôn", "Tháng 5/2027"),
    ("2", "Bê tông hóa 3,5 km đường giao thông nội đồng tại thôn Đông và thôn Trung",
     "Công chức Nông nghiệp - Môi trường", "Ban phát triển các thôn", "Tháng 6 - 10/2027"),
    ("3", "Xây dựng mô hình khu dân cư sáng - xanh - sạch - đẹp",
     "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã", "Cả năm"),
    ("4", "Vận động người dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
     "Công chức Văn hóa - Xã hội", "Trạm Y tế xã; Bưu điện văn hóa xã", "Cả năm"),
]


def _tanhoa_body() -> str:
    date = ('<w:date w:fullDate="2027-05-05T00:00:00Z"><w:dateFormat w:val="\'ngày\' dd \'tháng\' M \'năm\' yyyy"/>'
            '<w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    left = (_p("ỦY BAN NHÂN DÂN", jc="center") + _p("XÃ TÂN HÒA BẮC", bold=True, jc="center")
            + _para(_runs("Số: ") + _inline_sdt("SoVanBan", "67") + _runs("/KH-UBND"), jc="center"))
    right = (_p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, jc="center")
             + _p("Độc lập - Tự do - Hạnh phúc", bold=True, jc="center")
             + _para(_runs("Tân Hòa Bắc, ", italic=True) + _inline_sdt("NgayBanHanh", "ngày 05 tháng 5 năm 2027",
                                                                       date, italic=True), jc="center"))
    header = _tbl([3900, 5400], [_cell(3900, left) + _cell(5400, right)], borders=False)
    title = _block_sdt("TrichYeu", _p("KẾ HOẠCH", bold=True, jc="center")
                       + _p("Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2027", bold=True, jc="center"))
    items = [
        "Căn cứ Quyết định số 19/QĐ-UBND ngày 12 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh Hà Lâm ban hành Bộ "
        "tiêu chí xã nông thôn mới nâng cao tỉnh Hà Lâm năm 2027;",
        "Thực hiện Kế hoạch số 41/KH-UBND ngày 02 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Hà Lâm về thực hiện "
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
    ]
    bases = _block_sdt("CanCu", "".join(
        _block_sdt("CanCuMuc", _p("\t" + t, jc="both"), "<w15:repeatingSectionItem/>") for t in items)
        + _placeholder("CanCuMuc"), "<w15:repeatingSection/>")
    lead_in = _p("\tỦy ban nhân dân xã Tân Hòa Bắc xây dựng Kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao "
                 "năm 2027 như sau:", jc="both")

    def bullets(*lines: str) -> str:
        return "".join(_p(line, jc="both", num=True) for line in lines)

    goals = (_p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
             + _p("\tHuy động các nguồn lực, tập trung hoàn thành các tiêu chí xã nông thôn mới nâng cao, nâng "
                  "cao đời sống vật chất và tinh thần của người dân.", jc="both")
             + _p("\t2. Mục tiêu cụ thể", bold=True)
             + bullets("Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm;",
                       "Tỷ lệ hộ nghèo đa chiều giảm còn dưới 1,5%;",
                       "95% người dân tham gia bảo hiểm y tế;",
                       "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 98%."))
    grid = [600, 3500, 2100, 2100, 1000]
    head_row = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, (
        "TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian")))
    rows = "".join(_block_sdt("NhiemVu", "<w:tr>" + "".join(_tc(w, [c]) for w, c in zip(grid, row)) + "</w:tr>",
                              "<w15:repeatingSectionItem/>") for row in _TANHOA_TASKS)
    table = _tbl(grid, [head_row]).replace("</w:tbl>", _block_sdt("BangNhiemVu", rows, "<w15:repeatingSection/>")
                                           + "</w:tbl>")
    tasks = _p("\tII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True) + table
    money = (_p("\tIII. KINH PHÍ THỰC HIỆN", bold=True)
             + _p("\tTổng kinh phí thực hiện: 2.450 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 1.500 triệu đồng; "
                  "ngân sách xã 650 triệu đồng; nhân dân đóng góp 300 triệu đồng.", jc="both"))
    duties = (_p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True)
              + _p("\t1. Ban Quản lý xây dựng nông thôn mới xã", bold=True)
              + _p("\tTham mưu Ủy ban nhân dân xã chỉ đạo, theo dõi việc thực hiện Kế hoạch; tổng hợp hồ sơ đề "
                   "nghị xét, công nhận xã đạt chuẩn nông thôn mới nâng cao.", jc="both")
              + _p("\t2. Công chức Nông nghiệp - Môi trường", bold=True)
              + _p("\tChủ trì thực hiện các tiêu chí về giao thông, thủy lợi và môi trường.", jc="both")
              + _p("\t3. Ủy ban Mặt trận Tổ quốc Việt Nam xã", bold=True)
              + _p("\tVận động nhân dân đóng góp ngày công, hiến đất làm đường giao thông nội đồng./.", jc="both"))
    recipients = (_p("Nơi nhận:", bold=True, italic=True) + _p("- UBND tỉnh Hà Lâm (b/c);")
                  + _p("- Văn phòng Điều phối nông thôn mới tỉnh;") + _p("- TT Đảng ủy, TT HĐND xã;")
                  + _p("- Các thôn;") + _placeholder("NoiNhanThem") + _p("- Lưu: VT."))
    sign = (_p("TM. ỦY BAN NHÂN DÂN", bold=True, jc="center") + _p("CHỦ TỊCH", bold=True, jc="center")
            + _p() + _p() + _p()
            + _para(_inline_sdt("NguoiKy", "Phan Văn Thịnh", bold=True), jc="center"))
    closing = _tbl([4650, 4650], [_cell(4650, recipients) + _cell(4650, sign)], borders=False)
    return header + _p() + title + bases + lead_in + goals + tasks + money + duties + _p() + closing


def _controls_docx() -> dict[str, str]:
    parts = _docx(_numbered_ids(_tanhoa_body()))
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        "<w:document ", f'<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" {_W15} '
        'mc:Ignorable="w15" ', 1)
    return parts


# ---------------------------------------------------------------------------------------------------------------
# 4. pandoc -t gfm of a department's Word file.

THACHLAM_GFM = """|  |  |
|----|----|
| **UBND TỈNH THẠCH LÂM**<br>**SỞ TƯ PHÁP**<br>Số: 91/KH-STP | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Thạch Lâm, ngày 20 tháng 01 năm 2027* |

**KẾ HOẠCH**

**Phổ biến, giáo dục pháp luật năm 2027**

Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;

Căn cứ Quyết định số 25/QĐ-UBND ngày 10 tháng 01 năm 2027 của Ủy ban
nhân dân tỉnh Thạch Lâm ban hành Kế hoạch phổ biến, giáo dục pháp luật
năm 2027 trên địa bàn tỉnh[^1];

Thực hiện Chỉ thị số 03/CT-UBND ngày 05 tháng 01 năm 2027 của Chủ tịch
Ủy ban nhân dân tỉnh Thạch Lâm về tăng cường công tác phổ biến, giáo dục
pháp luật[^2];

Sở Tư pháp ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 như
sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật; tăng cường ý
thức chấp hành pháp luật của cán bộ, công chức và nhân dân.

**2. Mục tiêu cụ thể**

- 100% văn bản quy phạm pháp luật mới ban hành được giới thiệu, phổ
  biến đến cán bộ, công chức;
- 85% người dân ở khu vực nông thôn được tiếp cận thông tin pháp luật
  qua hệ thống thông tin cơ sở;
- Phấn đấu 90% hòa giải viên ở cơ sở được bồi dưỡng kiến thức pháp
  luật, kỹ năng hòa giải[^3].

**II. NHIỆM VỤ CỤ THỂ**

| **TT** | **Nội dung** | **Đơn vị chủ trì** | **Đơn vị phối hợp** | **Thời gian** |
|----|----|----|----|----|
| 1 | Tổ chức hội nghị giới thiệu văn bản luật mới cho cán bộ chủ chốt | Phòng Phổ biến, giáo dục pháp luật | Văn phòng Sở<br>Sở Nội vụ | Quý I, quý III |
| 2 | Biên soạn, phát hành 12.000 tờ gấp pháp luật | Phòng Phổ biến, giáo dục pháp luật | Báo Thạch Lâm<br>Đài Phát thanh và Truyền hình tỉnh | Cả năm |
| 3 | Bồi dưỡng kiến thức pháp luật, kỹ năng cho hòa giải viên ở cơ sở | Trung tâm Trợ giúp pháp lý nhà nước tỉnh | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh<br>Ủy ban nhân dân các huyện, thị xã, thành phố | Quý II |
| 4 | Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam | Văn phòng Sở | Các sở, ban, ngành tỉnh | Tháng 11 |

**III. KINH PHÍ THỰC HIỆN**

Kinh phí thực hiện Kế hoạch là 520 triệu đồng từ nguồn ngân sách tỉnh
năm 2027 đã giao cho Sở Tư pháp.

**IV. TỔ CHỨC THỰC HIỆN**

**1. Phòng Phổ biến, giáo dục pháp luật**

Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả,
báo cáo Giám đốc Sở trước ngày 30 tháng 11 năm 2027.

**2. Văn phòng Sở**

Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch.

**3. Trung tâm Trợ giúp pháp lý nhà nước tỉnh**

Phối hợp tổ chức bồi dưỡng cho hòa giải viên ở cơ sở; lồng ghép trợ giúp
pháp lý trong các hoạt động phổ biến pháp luật./.

|  |  |
|----|----|
| ***Nơi nhận:***<br>- Bộ Tư pháp (b/c);<br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng, đơn vị thuộc Sở;<br>- Lưu: VT, PBGDPL. | **GIÁM ĐỐC**<br><br><br><br>**Hồ Thị Kim Oanh** |

[^1]: Đăng tải trên Cổng thông tin điện tử tỉnh Thạch Lâm ngày 12/01/2027.

[^2]: Chỉ thị thay thế Chỉ thị số 07/CT-UBND ngày 18 tháng 5 năm 2021.

[^3]: Theo kết quả rà soát năm 2026, toàn tỉnh có 4.820 hòa giải viên ở cơ
    sở.
"""


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / DIV_GRID).write_text(THACHLONG_PAGE.replace("@@GRID@@", _grid_cells()), encoding="utf-8")
    (out / SRCDOC).write_text(_srcdoc_page(), encoding="utf-8")
    _zip(_controls_docx(), out / CONTROLS)
    (out / PANDOC_GFM).write_text(THACHLAM_GFM, encoding="utf-8")
    return [out / name for name in (DIV_GRID, SRCDOC, CONTROLS, PANDOC_GFM)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
