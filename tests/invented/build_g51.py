"""Invented documents of hold-out round G51, aimed at READER shapes the invented set did not hold yet: the text a
tool leaves of a portal page or of an old Word file.

The documents:
- g51_tinh-hathach: a province's one-year plan on its portal page as a text-mode browser dumps it (`w3m -dump`,
  UTF-8): the portal's menu as bullets before the document, the breadcrumb and the post's date, the header table's two
  columns side by side, the task table drawn with box characters ("┌──┬──┐", "│", "├──┼──┤") whose long cells wrap
  inside their columns, the closing table's two columns side by side, the related news and the footer after (.txt);
- g51_sct-bacluong: a department's plan on its portal page as `lynx -dump` writes it: every link numbered in
  brackets before its text ("[12]Kế hoạch số 88/KH-UBND"), the menu and the share links before the document, the
  tables laid out by lynx (a row's cells run together on one line, wrapped at the page's width), a "References" list
  of the links' addresses at the end (.txt);
- g51_phuong-longhaibac: a ward's plan as a main-content extractor (trafilatura, Markdown output) gives its portal
  page: the menu and the footer gone, a table's cells joined on one "| a | b |" line each (the lines of a cell
  joined by spaces: the header table's "ỦY BAN NHÂN DÂN PHƯỜNG ..."), the links inline as [text](url), the headings
  that were <h3> as "###" lines (.md);
- g51_xa-binhnhamthuong: a commune's plan typed in Word 97-2003 (.doc) as `antiword` turns it to text: paragraphs
  wrapped at 80 columns, every table (the header's, the tasks', the closing's) as lines of "|"-separated cells at
  fixed columns, each cell wrapped inside its own width (a row over up to six lines, no rule between the rows, a
  cell's paragraphs on lines of their own), a footnote's mark "[1]" after a basis's year and the note's text after a
  rule at the end (.txt).

The round's first pass (tests/test_g51_holdout.py gives it) read the header, bases, objectives and statements of
all four; it lost the w3m task table, antiword's tables (its header's number and date, the closing, the tasks) and
half of lynx's run-together rows, fixed in the text reader's depth (tests/test_g51_drawn_tables.py,
tests/test_g51_browser_rows.py).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g51
[OUTDIR]` writes the four documents from the page sources and the Word text held here, through w3m, lynx,
trafilatura, LibreOffice and antiword when they are installed; without a tool its document is left as it is in raw/
(the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

W3M_DUMP = "g51_tinh-hathach_142-kh-ubnd_2027_w3m-dump.txt"
LYNX_DUMP = "g51_sct-bacluong_37-kh-sct_2027_lynx-dump.txt"
TRAFILATURA_MD = "g51_phuong-longhaibac_64-kh-ubnd_2027_trafilatura.md"
ANTIWORD_TXT = "g51_xa-binhnhamthuong_29-kh-ubnd_2027_antiword.txt"


def _page(site: str, menu: list[str], crumbs: str, body: str, related: list[str]) -> str:
    """A portal's page around a document's `body`: banner, menu, breadcrumb, the post, related news, footer."""
    items = "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(menu))
    news = "".join(f'<li><a href="/tin/{i}">{r}</a></li>' for i, r in enumerate(related))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="banner"><a href="/">{site}</a></div>
<ul class="menu">{items}</ul>
<div class="crumbs"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản chỉ đạo điều hành</a> &gt; {crumbs}</div>
<div class="post">{body}</div>
<h3>Tin liên quan</h3><ul>{news}</ul>
<div class="footer"><p>Bản quyền thuộc {site}</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>
</div></body></html>"""


def _rows(rows: list[list[str]], head: bool = True) -> str:
    out = []
    for r, row in enumerate(rows):
        tag = "th" if head and r == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# 1. w3m: a province's plan, box-drawn task table.

HATHACH_HTML = _page(
    "Cổng thông tin điện tử tỉnh Hà Thạch",
    ["Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Dịch vụ công", "Liên hệ"],
    "Kế hoạch phát triển du lịch cộng đồng năm 2027",
    """<h2>Kế hoạch phát triển du lịch cộng đồng tỉnh Hà Thạch năm 2027</h2>
<p class="date">Ngày đăng: 16/04/2027 08:30 | Lượt xem: 412</p>
<table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH HÀ THẠCH</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td>Số: 142/KH-UBND</td><td><i>Hà Thạch, ngày 14 tháng 4 năm 2027</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH<br>Phát triển du lịch cộng đồng tỉnh Hà Thạch năm 2027</b></p>
<p>Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;</p>
<p>Căn cứ Quyết định số 2105/QĐ-UBND ngày 28 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Hà Thạch phê duyệt Đề án
phát triển du lịch cộng đồng tỉnh Hà Thạch đến năm 2030;</p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng tỉnh Hà Thạch năm 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc, tạo việc làm và tăng thu nhập cho người dân vùng
nông thôn, miền núi.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- Đón ít nhất 120.000 lượt khách đến các điểm du lịch cộng đồng.</p>
<p>- 80% hộ làm du lịch cộng đồng được tập huấn kỹ năng phục vụ khách.</p>
<p>- 100% điểm du lịch cộng đồng có biển chỉ dẫn song ngữ.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<table border="1" cellspacing="0">"""
    + _rows([
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Khảo sát, lựa chọn các bản, thôn có tiềm năng phát triển du lịch cộng đồng",
         "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã", "Quý II/2027"],
        ["2", "Hỗ trợ cải tạo nhà ở truyền thống làm cơ sở lưu trú homestay", "Ủy ban nhân dân các xã",
         "Sở Xây dựng<br>Sở Tài chính", "Năm 2027"],
        ["3", "Tập huấn kỹ năng phục vụ khách, ngoại ngữ giao tiếp cho hộ làm du lịch",
         "Sở Văn hóa, Thể thao và Du lịch", "Trường Cao đẳng Du lịch tỉnh", "Quý III/2027"],
        ["4", "Xây dựng bản đồ số các điểm du lịch cộng đồng trên nền tảng du lịch thông minh",
         "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Quý IV/2027"],
        ["5", "Tổ chức Lễ hội văn hóa các dân tộc gắn với quảng bá du lịch cộng đồng",
         "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn<br>Hội Liên hiệp Phụ nữ tỉnh", "Tháng 10/2027"],
    ])
    + """</table>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch là 6.800 triệu đồng, trong đó: ngân sách tỉnh 5.300 triệu đồng; nguồn xã hội
hóa 1.500 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Sở Văn hóa, Thể thao và Du lịch</b></p>
<p>Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước
ngày 15 tháng 12 năm 2027.</p>
<p><b>2. Sở Tài chính</b></p>
<p>Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.</p>
<p><b>3. Ủy ban nhân dân các xã</b></p>
<p>Phối hợp lựa chọn điểm du lịch cộng đồng; vận động người dân tham gia làm du lịch.</p>
<table><tr><td><b><i>Nơi nhận:</i></b><br>- Bộ Văn hóa, Thể thao và Du lịch;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>
- Các sở, ban, ngành tỉnh;<br>- UBND các xã;<br>- Lưu: VT, KGVX.</td>
<td align="center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><i>(Đã ký)</i><br><br>
<b>Lê Minh Khoa</b></td></tr></table>
<p>Tệp đính kèm: <a href="/files/142-kh-ubnd.pdf">142-KH-UBND.pdf</a></p>""",
    ["Hà Thạch đón 50.000 lượt khách dịp nghỉ lễ 30/4", "Kế hoạch số 98/KH-UBND ngày 12/3/2027 về phát triển "
     "thương mại điện tử", "Hội nghị xúc tiến đầu tư du lịch năm 2027"],
)

# ---------------------------------------------------------------------------------------------------------------
# 2. lynx: a department's plan, links numbered, tables run together.

BACLUONG_HTML = _page(
    "Sở Công Thương tỉnh Bắc Lương",
    ["Giới thiệu", "Tin hoạt động", "Thông báo", "Văn bản", "Thủ tục hành chính", "Hỏi đáp"],
    "Kế hoạch số 37/KH-SCT",
    """<h2>Kế hoạch phát triển thương mại điện tử tỉnh Bắc Lương năm 2027</h2>
<p>Cập nhật: 10/3/2027 | <a href="/in">In trang</a> | <a href="/gui">Gửi bài</a></p>
<table><tr><td>ỦY BAN NHÂN DÂN TỈNH BẮC LƯƠNG<br><b>SỞ CÔNG THƯƠNG</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td>Số: 37/KH-SCT</td><td><i>Bắc Lương, ngày 09 tháng 3 năm 2027</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH<br>Phát triển thương mại điện tử tỉnh Bắc Lương năm 2027</b></p>
<p>Thực hiện <a href="/van-ban/88-kh-ubnd">Kế hoạch số 88/KH-UBND</a> ngày 20 tháng 01 năm 2027 của Ủy ban nhân dân
tỉnh Bắc Lương về phát triển kinh tế số tỉnh Bắc Lương năm 2027;</p>
<p>Thực hiện <a href="/van-ban/312-qd-ubnd">Quyết định số 312/QĐ-UBND</a> ngày 05 tháng 02 năm 2027 của Ủy ban nhân
dân tỉnh Bắc Lương về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027;</p>
<p>Sở Công Thương xây dựng Kế hoạch phát triển thương mại điện tử năm 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Đẩy mạnh ứng dụng thương mại điện tử trong doanh nghiệp, hợp tác xã và hộ kinh doanh, mở rộng thị trường tiêu
thụ sản phẩm của tỉnh.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- 60% doanh nghiệp trên địa bàn tỉnh có website hoặc tham gia sàn thương mại điện tử.</p>
<p>- 45% hợp tác xã có sản phẩm được bán trên các sàn thương mại điện tử.</p>
<p>- 90% chợ truyền thống ở trung tâm các xã, phường thanh toán không dùng tiền mặt.</p>
<p><b>II. NHIỆM VỤ VÀ GIẢI PHÁP</b></p>
<table border="1">"""
    + _rows([
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho hợp tác xã", "Sở Công Thương",
         "Liên minh Hợp tác xã tỉnh"],
        ["2", "Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "Sở Công Thương",
         "Sở Nông nghiệp và Môi trường"],
        ["3", "Triển khai thanh toán không dùng tiền mặt tại các chợ", "Ủy ban nhân dân các xã, phường",
         "Ngân hàng Nhà nước Khu vực 9"],
        ["4", "Xây dựng chuyên trang thương mại điện tử trên Cổng thông tin của Sở", "Sở Công Thương",
         "Sở Khoa học và Công nghệ"],
    ])
    + """</table>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch là 1.250 triệu đồng từ nguồn ngân sách tỉnh năm 2027 giao Sở Công Thương (xem
<a href="/dutoan">dự toán chi tiết</a>).</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Quản lý thương mại chủ trì tham mưu triển khai các nhiệm vụ của Kế hoạch; tổng hợp báo cáo kết quả về Sở
Công Thương trước ngày 30 tháng 11 năm 2027.</p>
<p>2. Trung tâm Khuyến công và Xúc tiến thương mại phối hợp tổ chức các lớp tập huấn, hỗ trợ đưa sản phẩm lên sàn.</p>
<table><tr><td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Bộ Công Thương (b/c);<br>- Giám đốc, các PGĐ Sở;
<br>- Các phòng, đơn vị thuộc Sở;<br>- Lưu: VT, QLTM.</td>
<td><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><i>(Đã ký)</i><br><br><b>Hoàng Thị Thu Trang</b></td></tr></table>
<p><a href="/files/37-kh-sct.pdf">Tải về văn bản</a> | <a href="/share/fb">Chia sẻ Facebook</a> |
<a href="/share/zalo">Chia sẻ Zalo</a></p>""",
    ["Bắc Lương tổ chức Tuần lễ hàng Việt trực tuyến", "Thông báo số 12/TB-SCT ngày 02/3/2027 về lịch tiếp công dân"],
)

# ---------------------------------------------------------------------------------------------------------------
# 3. trafilatura: a ward's plan, tables as pipe rows, a budget table.

LONGHAIBAC_HTML = _page(
    "Trang thông tin điện tử phường Long Hải Bắc",
    ["Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Liên hệ"],
    "Kế hoạch chuyển đổi số năm 2027",
    """<article><h1>Kế hoạch chuyển đổi số phường Long Hải Bắc năm 2027</h1>
<table><tr><td>ỦY BAN NHÂN DÂN<br>PHƯỜNG LONG HẢI BẮC</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 64/KH-UBND</td><td>Long Hải Bắc, ngày 21 tháng 5 năm 2027</td></tr></table>
<p><b>KẾ HOẠCH</b></p>
<p><b>Thực hiện chuyển đổi số phường Long Hải Bắc năm 2027</b></p>
<p>Căn cứ <a href="https://vanban.example.vn/nq-18">Nghị quyết số 18/NQ-HĐND ngày 10 tháng 12 năm 2026</a> của Hội
đồng nhân dân phường Long Hải Bắc về dự toán ngân sách phường năm 2027;</p>
<p>Thực hiện Kế hoạch số 176/KH-UBND ngày 08 tháng 4 năm 2027 của Ủy ban nhân dân tỉnh Hải Đông về chuyển đổi số
năm 2027;</p>
<p>Ủy ban nhân dân phường ban hành Kế hoạch thực hiện chuyển đổi số năm 2027 như sau:</p>
<h3>I. MỤC TIÊU</h3>
<p>1. Mục tiêu chung: Xây dựng chính quyền số, kinh tế số và xã hội số trên địa bàn phường, nâng cao chất lượng phục
vụ người dân.</p>
<p>2. Mục tiêu cụ thể:</p>
<ul><li>100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành
chính của tỉnh.</li>
<li>85% người dân trưởng thành có tài khoản định danh điện tử mức độ 2 được kích hoạt.</li>
<li>70% hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.</li></ul>
<h3>II. NHIỆM VỤ</h3>
<table border="1">"""
    + _rows([
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Văn phòng HĐND và UBND phường",
         "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý II/2027"],
        ["2", "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử", "Công an phường",
         "Đoàn Thanh niên phường<br>Các khu phố", "Năm 2027"],
        ["3", "Vận động hộ kinh doanh sử dụng thanh toán không dùng tiền mặt", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Hội Liên hiệp Phụ nữ phường", "Năm 2027"],
        ["4", "Lắp đặt camera giám sát an ninh tại các tuyến đường chính", "Công an phường",
         "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý IV/2027"],
    ])
    + """</table>
<h3>III. KINH PHÍ THỰC HIỆN</h3>
<p>Tổng kinh phí thực hiện Kế hoạch năm 2027 là 1.860 triệu đồng từ ngân sách phường. Dự toán chi tiết:</p>
<p><i>Đơn vị tính: triệu đồng</i></p>
<table border="1">"""
    + _rows([
        ["TT", "Nội dung", "Kinh phí"],
        ["1", "Số hóa hồ sơ thủ tục hành chính", "420"],
        ["2", "Tập huấn kỹ năng số cho cán bộ, tổ công nghệ số cộng đồng", "140"],
        ["3", "Lắp đặt camera giám sát an ninh", "1.300"],
        ["", "Tổng cộng", "1.860"],
    ])
    + """</table>
<h3>IV. TỔ CHỨC THỰC HIỆN</h3>
<p>1. Văn phòng HĐND và UBND phường: Là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.</p>
<p>2. Công an phường: Chủ trì triển khai các nhiệm vụ về định danh điện tử và camera giám sát.</p>
<p>3. Phòng Kinh tế, Hạ tầng và Đô thị: Hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt.</p>
<table><tr><td><b>Nơi nhận:</b><br>- UBND tỉnh Hải Đông;<br>- Sở Khoa học và Công nghệ;<br>- TT Đảng ủy, TT HĐND
phường;<br>- Các khu phố;<br>- Lưu: VT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br>Trương Văn Lộc</td></tr></table></article>""",
    ["Phường Long Hải Bắc ra quân Ngày chuyển đổi số", "Thông báo lịch tiếp công dân tháng 6/2027"],
)

# ---------------------------------------------------------------------------------------------------------------
# 4. antiword: a commune's plan typed in Word 97-2003.

BINHNHAM_HEAD = [["ỦY BAN NHÂN DÂN\nXÃ BÌNH NHÂM THƯỢNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
                  "Hạnh phúc"], ["Số: 29/KH-UBND", "Bình Nhâm Thượng, ngày 06 tháng 01 năm 2027"]]
BINHNHAM_BODY = [
    "KẾ HOẠCH", "Phòng, chống dịch bệnh trên gia súc, gia cầm xã Bình Nhâm Thượng năm 2027",
    "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
    "Thực hiện Kế hoạch số 214/KH-UBND ngày 18 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Tây Nguyên Bắc về phòng, "
    "chống dịch bệnh động vật năm 2027{fn};",
    "Ủy ban nhân dân xã Bình Nhâm Thượng xây dựng Kế hoạch phòng, chống dịch bệnh trên gia súc, gia cầm năm 2027 "
    "như sau:",
    "I. MỤC TIÊU", "1. Mục tiêu chung",
    "Chủ động phòng, chống, không để dịch bệnh nguy hiểm trên gia súc, gia cầm phát sinh và lây lan trên địa bàn "
    "xã, bảo vệ sản xuất chăn nuôi và sức khỏe nhân dân.",
    "2. Mục tiêu cụ thể",
    "- Tiêm phòng vắc xin cúm gia cầm đạt trên 80% tổng đàn trong diện tiêm.",
    "- Tiêm phòng vắc xin lở mồm long móng đạt trên 85% tổng đàn trâu, bò.",
    "- 100% ổ dịch phát sinh được phát hiện, xử lý kịp thời.",
    "II. NHIỆM VỤ CỤ THỂ", "{tasks}",
    "III. KINH PHÍ",
    "Tổng kinh phí thực hiện Kế hoạch là 365 triệu đồng, trong đó: ngân sách xã 215 triệu đồng; người chăn nuôi "
    "đóng góp 150 triệu đồng.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Công chức Nông nghiệp - Môi trường xã: Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn các thôn "
    "tổ chức tiêm phòng; tổng hợp, báo cáo kết quả.",
    "2. Trạm Y tế xã: Phối hợp tuyên truyền phòng bệnh lây truyền từ động vật sang người.",
    "3. Trưởng các thôn: Vận động người chăn nuôi đưa gia súc, gia cầm đi tiêm phòng đầy đủ.",
]
BINHNHAM_TASKS = [
    ["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian"],
    ["1", "Tuyên truyền về phòng, chống dịch bệnh trên loa truyền thanh xã", "Văn hóa - Xã hội xã",
     "Trưởng các thôn", "Cả năm"],
    ["2", "Tổ chức tiêm phòng đợt 1 cho đàn gia súc, gia cầm", "Công chức Nông nghiệp - Môi trường xã",
     "Trưởng các thôn\nThú y viên các thôn", "Tháng 3-4/2027"],
    ["3", "Tổ chức tiêm phòng đợt 2 cho đàn gia súc, gia cầm", "Công chức Nông nghiệp - Môi trường xã",
     "Trưởng các thôn\nThú y viên các thôn", "Tháng 9-10/2027"],
    ["4", "Tổng vệ sinh, tiêu độc khử trùng môi trường chăn nuôi", "Trưởng các thôn", "Hội Nông dân xã",
     "Tháng 5/2027"],
]
BINHNHAM_FOOTNOTE = ("Kế hoạch của tỉnh giao các xã tiêm phòng đạt trên 80% tổng đàn trong diện tiêm đối với mọi "
                     "bệnh bắt buộc.")
BINHNHAM_CLOSING = [["Nơi nhận:\n- UBND tỉnh Tây Nguyên Bắc (b/c);\n- Sở Nông nghiệp và Môi trường;\n- TT Đảng ủy, "
                     "TT HĐND xã;\n- Các thôn;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\n"
                     "Y Blốc Niê"]]


def _binhnham_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()

    def table(rows: list[list[str]], ruled: bool) -> None:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        if ruled:
            t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = t.cell(r, c)
                for i, line in enumerate(text.split("\n")):
                    (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).text = line

    table(BINHNHAM_HEAD, False)
    for text in BINHNHAM_BODY:
        if text == "{tasks}":
            table(BINHNHAM_TASKS, True)
            continue
        if text.startswith("III."):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = doc.add_paragraph()
        if "{fn}" in text:
            before, after = text.split("{fn}")
            p.add_run(before)
            p.add_run(FOOTNOTE_MARK)
            p.add_run(after)
            continue
        p.add_run(text)
    table(BINHNHAM_CLOSING, False)
    doc.save(path)
    _with_footnote(path, BINHNHAM_FOOTNOTE)


FOOTNOTE_MARK = "@@FN@@"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_footnote(path: Path, note: str) -> None:
    """The run FOOTNOTE_MARK of the saved Word file made a footnote reference, its note in word/footnotes.xml."""
    import io
    import zipfile

    parts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            parts[name] = z.read(name)
    ref = (b'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    body = parts["word/document.xml"]
    body = re.sub(rb"<w:r>(?:(?!<w:r>).)*?" + FOOTNOTE_MARK.encode() + rb"</w:t></w:r>", ref, body, flags=re.S)
    parts["word/document.xml"] = body
    sep = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:footnote>')
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">{sep}'
        f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>').encode("utf-8")
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    path.write_bytes(out.getvalue())


def _w3m(page: str, work: Path) -> bytes | None:
    if not shutil.which("w3m"):
        return None
    src = work / "page.html"
    src.write_text(page, encoding="utf-8")
    return subprocess.run(["w3m", "-dump", "-cols", "100", "-O", "UTF-8", "-T", "text/html", str(src)],
                          capture_output=True, check=True).stdout


def _lynx(page: str, work: Path) -> bytes | None:
    if not shutil.which("lynx"):
        return None
    src = work / "page.html"
    src.write_text(page, encoding="utf-8")
    out = subprocess.run(["lynx", "-dump", "-width=100", "-display_charset=utf-8", "-assume_charset=utf-8",
                          str(src)], capture_output=True, check=True).stdout
    return out.replace(b"file:///", b"https://sct.bacluong.gov.vn/")


def _trafilatura(page: str, work: Path) -> bytes | None:
    try:
        import trafilatura
    except ImportError:
        return None
    md = trafilatura.extract(page, output_format="markdown", include_tables=True, include_links=True,
                             favor_recall=True)
    return (md + "\n").encode("utf-8")


def _antiword(work: Path) -> bytes | None:
    if not (shutil.which("soffice") and shutil.which("antiword")):
        return None
    docx = work / "kehoach.docx"
    _binhnham_docx(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(work), str(docx)],
                   capture_output=True, check=True)
    return subprocess.run(["antiword", "-m", "UTF-8.txt", str(work / "kehoach.doc")], capture_output=True,
                          check=True).stdout


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, make in ((W3M_DUMP, lambda: _w3m(HATHACH_HTML, work)),
                           (LYNX_DUMP, lambda: _lynx(BACLUONG_HTML, work)),
                           (TRAFILATURA_MD, lambda: _trafilatura(LONGHAIBAC_HTML, work)),
                           (ANTIWORD_TXT, lambda: _antiword(work))):
            data = make()
            if data is None:
                print(f"{name}: its tool is not installed, left as it is", file=sys.stderr)
                continue
            (out / name).write_bytes(data)
            written.append(out / name)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
