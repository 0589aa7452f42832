"""Invented documents of hold-out round G71, aimed at FIELD shapes the invented set did not hold yet: a unit of a
mass organisation or of a Party committee alone on a cell's line with its owner on the next ("Ban Tuyên giáo" /
"Hội Liên hiệp Phụ nữ tỉnh": one body), a body's head word at a line's end with its name on the next ("Ban Gia đình -
Xã hội Hội" / "Liên hiệp Phụ nữ tỉnh"), an estimate annex (TT | Nội dung hoạt động | Đơn vị thực hiện | Kinh phí)
after the tasks, and the counterpart money of those who benefit ("các chủ thể OCOP đối ứng", "người dân đóng góp",
"hộ gia đình đối ứng": mobilized money).

The documents:
- g71_tinh-hoaphuoc: a province's plan in Word (.docx) whose task table sets its bodies one a cell's paragraph: the
  leads "Ban Tuyên giáo" / "Hội Liên hiệp Phụ nữ tỉnh", "Ban Tổ chức" / "Tỉnh đoàn", "Văn phòng" / "Hội Nông dân
  tỉnh" (one body each), "Ban Gia đình - Xã hội Hội" / "Liên hiệp Phụ nữ tỉnh" (one body), the partners "Sở Y tế" /
  "Hội Liên hiệp Phụ nữ tỉnh" and "Ban Dân tộc tỉnh" / "Ủy ban nhân dân các huyện" (two bodies each); after the
  closing, the estimate annex "TT | Nội dung hoạt động | Đơn vị thực hiện | Kinh phí (triệu đồng)" whose rows are
  the tasks' budget lines, no second reading of the tasks;
- g71_huyen-anlocbac: a district's OCOP plan in markdown whose money names the producers' counterpart money
  ("các chủ thể OCOP đối ứng 520 triệu đồng") beside the district's, and whose tasks are numbered headings with their
  "Cơ quan chủ trì:" / "Cơ quan phối hợp:" lines, a lead "Văn phòng Hội Nông dân huyện" and the Youth Union's
  "Ban Tổ chức Huyện đoàn" written on one line (.md);
- g71_snnmt-thanhdai: a provincial department's plan on its portal (.html) whose ONLY task table has a cost column
  ("STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Kinh phí (triệu đồng) | Thời gian hoàn thành"): its rows are
  tasks (kept); a lead's cell "Văn phòng<br>Hội Nông dân tỉnh" (one body), a partner's "Sở Công Thương<br>Hội Nông
  dân tỉnh" (two); the money "người dân đóng góp 150 triệu đồng", "hộ gia đình đối ứng 90 triệu đồng" (mobilized);
- g71_huyen-dongkhe: a district's plan as plain text (.txt) whose tasks are numbered paragraphs with their bodies'
  lines, then after the closing the estimate annex typed with tabs (TT, Nội dung hoạt động, Đơn vị thực hiện, Kinh
  phí): the tasks read once; the money "Nhân dân đóng góp (ngày công, vật liệu quy đổi) 240 triệu đồng".

The round's first pass and its fixes: tests/test_g71_holdout.py.

Everything is invented (provinces, districts, bodies, names, numbers, dates). `python -m tests.invented.build_g71
[OUTDIR]` writes the four documents with the standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_g53 import _docx, _p, _tbl, _tc, _zip

DOCX = "g71_tinh-hoaphuoc_64-kh-ubnd_2027_doan-the-dong-o.docx"
MD = "g71_huyen-anlocbac_112-kh-ubnd_2027_ocop-doi-ung-md.md"
HTML = "g71_snnmt-thanhdai_45-kh-snnmt_2027_bang-nhiem-vu-kinh-phi.html"
TXT = "g71_huyen-dongkhe_39-kh-ubnd_2027_du-toan-sau-ket.txt"


# ---------------------------------------------------------------------------------------------------------------
# 1. A province's plan in Word: bodies one a paragraph in the task table's cells, the estimate annex after.

HOAPHUOC_TASKS = [
    ("1", "Tuyên truyền phòng, chống bạo lực gia đình trên các phương tiện thông tin đại chúng",
     ["Ban Tuyên giáo", "Hội Liên hiệp Phụ nữ tỉnh"],
     ["Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình tỉnh"], "Năm 2027"),
    ("2", "Tập huấn kỹ năng sống, sức khỏe sinh sản cho đoàn viên thanh niên",
     ["Ban Tổ chức", "Tỉnh đoàn"], ["Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh"], "Quý II/2027"),
    ("3", "Xây dựng mô hình gia đình nông dân hạnh phúc ở vùng đồng bào dân tộc thiểu số",
     ["Văn phòng", "Hội Nông dân tỉnh"], ["Ban Dân tộc tỉnh", "Ủy ban nhân dân các huyện"], "2027"),
    ("4", "Hỗ trợ phụ nữ bị bạo lực gia đình tại các địa chỉ tin cậy ở cộng đồng",
     ["Ban Gia đình - Xã hội Hội", "Liên hiệp Phụ nữ tỉnh"], ["Công an tỉnh"], "Năm 2027"),
]

HOAPHUOC_ESTIMATE = [
    ("1", "Tuyên truyền trên các phương tiện thông tin đại chúng", "Hội Liên hiệp Phụ nữ tỉnh", "210"),
    ("2", "Tập huấn kỹ năng sống cho đoàn viên thanh niên", "Tỉnh đoàn", "180"),
    ("3", "Xây dựng mô hình gia đình nông dân hạnh phúc", "Hội Nông dân tỉnh", "320"),
    ("4", "Hỗ trợ các địa chỉ tin cậy ở cộng đồng", "Hội Liên hiệp Phụ nữ tỉnh", "150"),
]


def hoaphuoc_body() -> str:
    head = _tbl([4000, 5600], [_tc(4000, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHƯỚC", "Số: 64/KH-UBND"])
                               + _tc(5600, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                            "Hòa Phước, ngày 17 tháng 3 năm 2027"])], borders=False)
    grid = [600, 3400, 2200, 2400, 1000]
    rows = ["".join(_tc(w, [h], bold=True) for w, h in zip(grid, (
        "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")))]
    for code, task, lead, partners, when in HOAPHUOC_TASKS:
        rows.append(_tc(grid[0], [code]) + _tc(grid[1], [task]) + _tc(grid[2], lead) + _tc(grid[3], partners)
                    + _tc(grid[4], [when]))
    tasks = _tbl(grid, rows)
    est_grid = [600, 4400, 2800, 1800]
    est_rows = ["".join(_tc(w, [h], bold=True) for w, h in zip(est_grid, (
        "TT", "Nội dung hoạt động", "Đơn vị thực hiện", "Kinh phí (triệu đồng)")))]
    for code, text, unit, amount in HOAPHUOC_ESTIMATE:
        est_rows.append(_tc(est_grid[0], [code]) + _tc(est_grid[1], [text]) + _tc(est_grid[2], [unit])
                        + _tc(est_grid[3], [amount]))
    est_rows.append(_tc(est_grid[0], [""]) + _tc(est_grid[1], ["Tổng cộng"], bold=True) + _tc(est_grid[2], [""])
                    + _tc(est_grid[3], ["860"], bold=True))
    closing = _tbl([4600, 5000], [
        _tc(4600, ["Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                   "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện;",
                   "- Lưu: VT, KGVX."])
        + _tc(5000, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lò Thị Hạnh"])],
        borders=False)
    return "".join((
        head,
        _p("KẾ HOẠCH", bold=True, jc="center"),
        _p("Phòng, chống bạo lực gia đình trên địa bàn tỉnh Hòa Phước năm 2027", bold=True, jc="center"),
        _p("Căn cứ Luật Phòng, chống bạo lực gia đình ngày 14 tháng 11 năm 2022;"),
        _p("Thực hiện Kế hoạch số 215/KH-BVHTTDL ngày 18/01/2027 của Bộ Văn hóa, Thể thao và Du lịch về công tác "
           "gia đình năm 2027;"),
        _p("Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống bạo lực gia đình năm 2027 như sau:"),
        _p("I. MỤC TIÊU", bold=True),
        _p("1. Mục tiêu chung", bold=True),
        _p("Nâng cao nhận thức của cộng đồng về phòng, chống bạo lực gia đình, góp phần xây dựng gia đình no ấm, "
           "bình đẳng, tiến bộ, hạnh phúc."),
        _p("2. Mục tiêu cụ thể", bold=True),
        _p("- 90% hộ gia đình được tuyên truyền về phòng, chống bạo lực gia đình;"),
        _p("- 100% nạn nhân bạo lực gia đình được phát hiện được hỗ trợ kịp thời;"),
        _p("- 75% xã, phường, thị trấn có địa chỉ tin cậy ở cộng đồng hoạt động hiệu quả."),
        _p("II. NHIỆM VỤ", bold=True),
        tasks,
        _p("III. KINH PHÍ", bold=True),
        _p("Tổng kinh phí thực hiện Kế hoạch là 860 triệu đồng từ nguồn ngân sách tỉnh (chi tiết tại Phụ lục kèm "
           "theo)."),
        _p("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        _p("1. Sở Văn hóa, Thể thao và Du lịch: chủ trì, theo dõi, hướng dẫn thực hiện Kế hoạch; tổng hợp, báo cáo "
           "Ủy ban nhân dân tỉnh trước ngày 10/12/2027."),
        _p("2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        _p("3. Đề nghị Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh: phối hợp tuyên truyền, vận động "
           "hội viên, đoàn viên tham gia phòng, chống bạo lực gia đình."),
        _p("Trên đây là Kế hoạch phòng, chống bạo lực gia đình trên địa bàn tỉnh năm 2027./."),
        closing,
        _p("PHỤ LỤC", bold=True, jc="center"),
        _p("DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH NĂM 2027", bold=True, jc="center"),
        _p("(Kèm theo Kế hoạch số 64/KH-UBND ngày 17/3/2027 của Ủy ban nhân dân tỉnh Hòa Phước)", italic=True,
           jc="center"),
        _tbl(est_grid, est_rows),
        _p(),
    ))


# ---------------------------------------------------------------------------------------------------------------
# 2. A district's OCOP plan in markdown: the producers' counterpart money.

ANLOCBAC = """**ỦY BAN NHÂN DÂN HUYỆN AN LỘC BẮC**

**Số: 112/KH-UBND**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*An Lộc Bắc, ngày 09 tháng 4 năm 2027*

# KẾ HOẠCH

## Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn huyện An Lộc Bắc năm 2027

Căn cứ Quyết định số 388/QĐ-UBND ngày 22/02/2027 của Ủy ban nhân dân tỉnh Thanh Đài về việc ban hành Kế hoạch thực hiện Chương trình OCOP tỉnh Thanh Đài năm 2027;

Căn cứ Nghị quyết số 07/NQ-HĐND ngày 18/12/2026 của Hội đồng nhân dân huyện An Lộc Bắc về nhiệm vụ phát triển kinh tế - xã hội năm 2027;

Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện Chương trình OCOP năm 2027 như sau:

### I. MỤC TIÊU

**1. Mục tiêu chung**

Phát triển các sản phẩm OCOP có lợi thế của huyện theo chuỗi giá trị, nâng cao thu nhập cho người dân nông thôn.

**2. Mục tiêu cụ thể**

- Có thêm ít nhất 12 sản phẩm được công nhận đạt từ 3 sao trở lên;
- 80% chủ thể OCOP được tập huấn về quản trị sản xuất, kinh doanh;
- 100% sản phẩm OCOP được truy xuất nguồn gốc bằng mã QR.

### II. NHIỆM VỤ

**1. Rà soát, hỗ trợ các chủ thể hoàn thiện sản phẩm tham gia đánh giá, phân hạng**

- Cơ quan chủ trì: Phòng Nông nghiệp và Môi trường.
- Cơ quan phối hợp: Ủy ban nhân dân các xã, thị trấn.

**2. Tập huấn quản trị sản xuất, kinh doanh cho chủ thể OCOP là hội viên nông dân**

- Cơ quan chủ trì: Văn phòng Hội Nông dân huyện.
- Cơ quan phối hợp: Phòng Nông nghiệp và Môi trường.

**3. Hỗ trợ thanh niên khởi nghiệp với sản phẩm OCOP**

- Cơ quan chủ trì: Ban Tổ chức Huyện đoàn.
- Cơ quan phối hợp: Ngân hàng Chính sách xã hội huyện.

**4. Xúc tiến thương mại, quảng bá sản phẩm OCOP**

- Cơ quan chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.
- Cơ quan phối hợp: Trung tâm Văn hóa, Thông tin và Thể thao huyện.

### III. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch là 1.480 triệu đồng, trong đó: ngân sách huyện 960 triệu đồng; các chủ thể OCOP đối ứng 520 triệu đồng.

### IV. TỔ CHỨC THỰC HIỆN

1. Phòng Nông nghiệp và Môi trường: là cơ quan thường trực, chủ trì, hướng dẫn, theo dõi thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện.

2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.

3. Ủy ban nhân dân các xã, thị trấn: vận động các chủ thể tham gia Chương trình OCOP, đối ứng kinh phí hoàn thiện sản phẩm.

Trên đây là Kế hoạch thực hiện Chương trình OCOP trên địa bàn huyện năm 2027./.

**Nơi nhận:**

- UBND tỉnh Thanh Đài (b/c);
- Sở Nông nghiệp và Môi trường tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Các phòng, ban, ngành huyện;
- UBND các xã, thị trấn;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Hà Quang Vịnh**
"""


# ---------------------------------------------------------------------------------------------------------------
# 3. A department's plan on its portal: the only task table has a cost column.

_TD = '<td style="border:1px solid #000;padding:3px;vertical-align:top">{}</td>'

THANHDAI_TASKS = [
    ("1", "Xây dựng mô hình chuỗi liên kết sản xuất rau an toàn", "Chi cục Trồng trọt và Bảo vệ thực vật",
     "Sở Công Thương<br>Hội Nông dân tỉnh", "640", "Quý III/2027"),
    ("2", "Tập huấn kỹ thuật canh tác theo tiêu chuẩn VietGAP cho hội viên nông dân",
     "Văn phòng<br>Hội Nông dân tỉnh", "Trung tâm Khuyến nông tỉnh", "210", "Quý II/2027"),
    ("3", "Cấp mã số vùng trồng cho các vùng rau tập trung", "Chi cục Trồng trọt và Bảo vệ thực vật",
     "Ủy ban nhân dân các huyện, thị xã", "150", "Năm 2027"),
]


def thanhdai_html() -> str:
    rows = "".join("<tr>" + "".join(_TD.format(c) for c in task) + "</tr>\n" for task in THANHDAI_TASKS)
    head = "<tr>" + "".join(_TD.format(f"<b>{h}</b>") for h in (
        "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian hoàn thành")) + "</tr>\n"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch phát triển sản xuất rau an toàn năm 2027</title></head>
<body>
<div class="news-detail">
<table style="width:100%"><tr>
<td style="text-align:center"><p>UBND TỈNH THANH ĐÀI</p><p><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</b></p><p>Số: 45/KH-SNNMT</p></td>
<td style="text-align:center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Thanh Đài, ngày 26 tháng 3 năm 2027</i></p></td>
</tr></table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Phát triển sản xuất rau an toàn trên địa bàn tỉnh năm 2027</b></p>
<p>Căn cứ Quyết định số 412/QĐ-UBND ngày 02/3/2027 của Ủy ban nhân dân tỉnh Thanh Đài về việc giao chỉ tiêu phát triển nông nghiệp năm 2027;</p>
<p>Sở Nông nghiệp và Môi trường ban hành Kế hoạch phát triển sản xuất rau an toàn năm 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Diện tích rau sản xuất theo tiêu chuẩn VietGAP tăng 20% so với năm 2026;</p>
<p>- 85% cơ sở sản xuất rau được kiểm tra an toàn thực phẩm.</p>
<p><b>II. NHIỆM VỤ</b></p>
<table style="border-collapse:collapse;width:100%">
{head}{rows}</table>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch là 1.000 triệu đồng, trong đó: ngân sách tỉnh 760 triệu đồng; người dân đóng góp 150 triệu đồng; hộ gia đình đối ứng 90 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Chi cục Trồng trọt và Bảo vệ thực vật: chủ trì tổ chức thực hiện Kế hoạch; định kỳ báo cáo Sở Nông nghiệp và Môi trường.</p>
<p>2. Trung tâm Khuyến nông tỉnh: phối hợp tập huấn, chuyển giao kỹ thuật cho nông dân.</p>
<p>3. Văn phòng Sở: tham mưu bố trí kinh phí, theo dõi việc thực hiện Kế hoạch.</p>
<p>Trên đây là Kế hoạch phát triển sản xuất rau an toàn năm 2027./.</p>
<table style="width:100%"><tr>
<td><p><b><i>Nơi nhận:</i></b></p><p>- UBND tỉnh (b/c);</p><p>- Giám đốc, các PGĐ Sở;</p><p>- Hội Nông dân tỉnh;</p><p>- UBND các huyện, thị xã;</p><p>- Lưu: VT, TT.</p></td>
<td style="text-align:center"><p><b>KT. GIÁM ĐỐC</b></p><p><b>PHÓ GIÁM ĐỐC</b></p><p>&nbsp;</p><p>&nbsp;</p><p><b>Nguyễn Đức Thịnh</b></p></td>
</tr></table>
</div>
</body></html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. A district's plan as plain text: tasks as numbered paragraphs, the estimate typed with tabs after the closing.

DONGKHE = """ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG KHÊ                         Độc lập - Tự do - Hạnh phúc

Số: 39/KH-UBND                   Đông Khê, ngày 14 tháng 5 năm 2027

KẾ HOẠCH
Bê tông hóa đường giao thông nông thôn trên địa bàn huyện năm 2027

Căn cứ Nghị quyết số 11/NQ-HĐND ngày 20/12/2026 của Hội đồng nhân dân huyện Đông Khê về kế hoạch đầu tư công năm 2027;

Ủy ban nhân dân huyện ban hành Kế hoạch bê tông hóa đường giao thông nông thôn năm 2027 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Hoàn thiện hệ thống giao thông nông thôn, tạo thuận lợi cho đi lại và lưu thông hàng hóa của người dân.
2. Mục tiêu cụ thể
- 95% đường trục thôn được bê tông hóa;
- 70% đường ngõ xóm được cứng hóa, sạch, không lầy lội vào mùa mưa.

II. NHIỆM VỤ
1. Khảo sát, lập danh mục các tuyến đường cần bê tông hóa
Cơ quan chủ trì: Phòng Kinh tế và Hạ tầng.
Cơ quan phối hợp: Ủy ban nhân dân các xã.
2. Hỗ trợ xi măng cho các thôn làm đường
Cơ quan chủ trì: Phòng Tài chính - Kế hoạch.
Cơ quan phối hợp: Ủy ban nhân dân các xã; Ủy ban Mặt trận Tổ quốc Việt Nam huyện.
3. Giám sát chất lượng công trình do nhân dân tự làm
Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng huyện.
Cơ quan phối hợp: Ban Thanh tra nhân dân các xã.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 1.140 triệu đồng, trong đó: ngân sách huyện 900 triệu đồng; Nhân dân đóng góp (ngày công, vật liệu quy đổi) 240 triệu đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế và Hạ tầng: chủ trì, hướng dẫn kỹ thuật, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán.
3. Ủy ban nhân dân các xã: vận động nhân dân hiến đất, đóng góp ngày công làm đường.

Trên đây là Kế hoạch bê tông hóa đường giao thông nông thôn năm 2027./.

Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);                              KT. CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;                   PHÓ CHỦ TỊCH
- Các phòng, ban, ngành huyện;
- UBND các xã;
- Lưu: VT.                                      Vi Văn Thắng

PHỤ LỤC
DỰ TOÁN KINH PHÍ BÊ TÔNG HÓA ĐƯỜNG GIAO THÔNG NÔNG THÔN NĂM 2027
(Kèm theo Kế hoạch số 39/KH-UBND ngày 14/5/2027 của Ủy ban nhân dân huyện Đông Khê)
ĐVT: triệu đồng
TT\tNội dung hoạt động\tĐơn vị thực hiện\tKinh phí
1\tKhảo sát, lập danh mục tuyến đường\tPhòng Kinh tế và Hạ tầng\t60
2\tHỗ trợ xi măng làm đường\tPhòng Tài chính - Kế hoạch\t780
3\tGiám sát chất lượng công trình\tBan Quản lý dự án đầu tư xây dựng huyện\t60
\tTổng cộng\t\t900
"""


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    _zip(_docx(hoaphuoc_body()), out / DOCX)
    (out / MD).write_text(ANLOCBAC, encoding="utf-8")
    (out / HTML).write_text(thanhdai_html(), encoding="utf-8")
    (out / TXT).write_text(DONGKHE, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw")
