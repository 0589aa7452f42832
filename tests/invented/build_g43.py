"""Invented documents of hold-out round G43, aimed at READER shapes other than G35's, G37's, G39's and G41's: how a
real file of each format carries a plan.

The documents (the last four are in raw/; the first two read whole and are kept out of raw/, see below):
- g43_xa-phuoclamtay: a commune's three-year plan typed in Word in the VNI-Windows font code (VNI-Times) and saved
  by Word as "Plain Text", as old offices still export them: every letter with a mark a base letter followed by the
  mark's code ("UÛy ban nhaân daân", "ñ" for "đ", "ö" for "ư", "ô" for "ơ"), Windows line ends, Word tables written
  a row a line with their cells joined by tabs (the header table, the task table), and the closing table's two cells
  each holding several paragraphs: the left cell's lines ("Nơi nhận:", the recipients) run first, then a tab, then
  the right cell's lines (the signature block); also as it reaches a UTF-8 file (the VNI codes' Latin-1 letters as
  UTF-8 characters) (.txt);
- g43_snnmt-backhe: a department's one-year plan converted by pandoc from its .docx to pandoc's own Markdown:
  paragraphs wrapped at 72 columns, every Word table a grid table ("+----+", "+====+" under a header row) whose
  cells are wrapped inside their columns (bold spans broken across lines), paragraphs inside a cell apart by an empty
  cell line, w:br hard breaks as a backslash ending a cell's line (the closing table's "Nơi nhận:" list and the
  signature), "[**Độc lập - Tự do - Hạnh phúc**]{.underline}", typed numbers and dashes escaped ("1\\.", "\\-")
  (.md);
- g43_tinh-lachung: a province's two-year plan in Word whose first basis names a national programme and leaves the
  approving Decision's number, date and issuer to a footnote (w:footnoteReference, the note in word/footnotes.xml),
  a second basis with a footnote mark right after its year; lists numbered by Word's multi-level numbering (one
  abstractNum "%1." decimal / "%2." lower letter, one w:num per part restarting at 1: the targets "a." .. "d." under
  "2. Mục tiêu cụ thể", the sources "a.", "b." under the budget's "1.", the duties "a.", "b." under each numbered
  agency), the task table nested in a one-cell ruled layout table under a caption line in the same cell (.docx);
- g43_tinh-halac: a province's one-year plan on its portal printed to PDF by headless Chromium: two columns on the
  first page, a sidebar of links in a smaller sans-serif type floated left ("VĂN BẢN MỚI": six other documents'
  titles with numbers and dates, "LIÊN KẾT", "LỊCH CÔNG TÁC") beside the article, the banner, menu, breadcrumb, the
  post's title and meta line above, "Tệp đính kèm" and "Tin cùng chuyên mục" below, Chromium's running header
  (print date, page title) and footer (file URL, "1/2") on each page (.pdf; Chromium stamps the day of the run in
  its header, so the builder keeps the file in raw/ unless given --print);
- g43_phuong-tanlapdong: a ward's one-year plan saved as RTF by an old, non-Unicode Word on a Vietnamese Windows
  (\\ansicpg1258, \\fcharset163): every byte past ASCII an \\'xx escape, a toned letter the code page lacks written
  as its base letter and a combining tone byte, no \\uN; a borderless header table, a ruled task table whose partner
  cells hold two paragraphs, a borderless closing table (.rtf);
- g43_xa-dongphuochung: a commune's one-year plan written in LibreOffice Writer and saved as OpenDocument: part and
  item headings text:h with outline levels, their "I.", "1." drawn by Writer's outline numbering (not in the text),
  lists numbered "a)" by a list style (the targets; each agency's duties, restarting), the task table nested in the
  one cell of a ruled frame table under a caption paragraph in the same cell, borderless header and closing tables
  (.odt).

The pandoc Markdown (g43_snnmt-backhe, .md: pandoc's grid tables, 72-column wrapping) read whole at first pass
(68/68/68) and the VNI plan (g43_xa-phuoclamtay, the 8-bit Windows-1252 file Word writes) too (59/59/59). Both were
first kept out of raw/: the renditions tool's markdown_to_docx knew pipe tables, not grid tables (the grid as literal
text in its docx rendition, 34/42/55, took tests/test_invented_renditions.py's docx figure under its floor); the
suite's text edits read raw/'s texts as UTF-8 Unicode (the 8-bit file failed tests/test_text_variants.py's
collection, and the old-tone edit moves VNI's mark codes: "ñòa" for "địa" becomes "ñoà", "đồ"); a CRLF and an LF copy
gave records that differed in the legacy issue's confidence. Session 48 taught the tool grid tables, left texts in
legacy codes out of the edits and made line ends one before the legacy detector: both are in raw/ (`--eight-bit DIR`
writes them; the VNI file's gold is the UTF-8 form's with its source).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g43
OUTDIR` writes the four first documents (`--eight-bit DIR` the other two; the files in raw/ are the ones the golds
were written against).
"""

from __future__ import annotations

import html
import io
import sys
import unicodedata
import zipfile
from pathlib import Path

from tests.renditions.wordplans import _paragraph

VNI_TXT = "g43_xa-phuoclamtay_47-kh-ubnd_2027_txt-ma-vni-luu-utf8.txt"
# the 8-bit file as Word writes it (neither in raw/: see the module's docstring; --eight-bit DIR writes both)
VNI_BYTES_TXT = "g43_xa-phuoclamtay_47-kh-ubnd_2027_txt-vni-windows.txt"


# ---------------------------------------------------------------------------------------------------------------
# VNI-Windows: a base letter (a, e, o, u, y, i ...) then one byte for its vowel mark and tone together; "đ", "ơ", "ư"
# and "i"'s toned forms are one byte each. Written here from the font's own table (not from the project's converter).
_VNI_LOWER = {
    # tone alone on a plain vowel
    "\u0301": "\u00f9", "\u0300": "\u00f8", "\u0309": "\u00fb", "\u0303": "\u00f5", "\u0323": "\u00ef",
}
_VNI_UPPER = {"\u0301": "\u00d9", "\u0300": "\u00d8", "\u0309": "\u00db", "\u0303": "\u00d5", "\u0323": "\u00cf"}
# circumflex (â ê ô) with no tone, then with each tone
_VNI_CIRC_LOWER = {None: "\u00e2", "\u0301": "\u00e1", "\u0300": "\u00e0", "\u0309": "\u00e5", "\u0303": "\u00e3",
                   "\u0323": "\u00e4"}
_VNI_CIRC_UPPER = {None: "\u00c2", "\u0301": "\u00c1", "\u0300": "\u00c0", "\u0309": "\u00c5", "\u0303": "\u00c3",
                   "\u0323": "\u00c4"}
# breve (ă)
_VNI_BREVE_LOWER = {None: "\u00ea", "\u0301": "\u00e9", "\u0300": "\u00e8", "\u0309": "\u00fa", "\u0303": "\u00fc",
                    "\u0323": "\u00eb"}
_VNI_BREVE_UPPER = {None: "\u00ca", "\u0301": "\u00c9", "\u0300": "\u00c8", "\u0309": "\u00da", "\u0303": "\u00dc",
                    "\u0323": "\u00cb"}
# i's toned forms are single bytes
_VNI_I = {"\u0301": "\u00ed", "\u0300": "\u00ec", "\u0309": "\u00e6", "\u0303": "\u00f3", "\u0323": "\u00f2"}
_VNI_I_UPPER = {"\u0301": "\u00cd", "\u0300": "\u00cc", "\u0309": "\u00c6", "\u0303": "\u00d3", "\u0323": "\u00d2"}
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _vni_char(ch: str) -> str:
    """One Unicode letter as the VNI-Windows font's characters (as Windows-1252 shows them)."""
    if ch == "đ":
        return "\u00f1"
    if ch == "Đ":
        return "\u00d1"
    parts = unicodedata.normalize("NFD", ch)
    if len(parts) == 1:
        return ch
    base, marks = parts[0], parts[1:]
    upper = base.isupper()
    tone = next((m for m in marks if m in _TONES), None)
    if "\u031b" in marks:  # horn: ơ, ư are one byte, the tone follows
        horn = {"o": "\u00f4", "O": "\u00d4", "u": "\u00f6", "U": "\u00d6"}[base]
        return horn + ((_VNI_UPPER if upper else _VNI_LOWER)[tone] if tone else "")
    if base in "iI":
        return (_VNI_I_UPPER if upper else _VNI_I)[tone]
    if "\u0302" in marks:
        return base + (_VNI_CIRC_UPPER if upper else _VNI_CIRC_LOWER)[tone]
    if "\u0306" in marks:
        return base + (_VNI_BREVE_UPPER if upper else _VNI_BREVE_LOWER)[tone]
    if base in "yY" and tone == "\u0323":  # ỵ: y and î
        return base + ("\u00ce" if upper else "\u00ee")
    return base + (_VNI_UPPER if upper else _VNI_LOWER)[tone]


def vni(text: str) -> bytes:
    """`text` typed in VNI-Times and saved by Word as plain text in the Western code page: CRLF line ends."""
    out = "".join(_vni_char(ch) for ch in unicodedata.normalize("NFC", text))
    return out.replace("\n", "\r\n").encode("cp1252")


# ---------------------------------------------------------------------------------------------------------------
# 1. The commune's plan in VNI, Word's plain-text export.

def _row(*cells: str) -> str:
    return "\t".join(cells)


def phuoclamtay_text() -> str:
    header = [
        _row("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        _row("XÃ PHƯỚC LÂM TÂY", "Độc lập - Tự do - Hạnh phúc"),
        _row("Số: 47/KH-UBND", "Phước Lâm Tây, ngày 12 tháng 3 năm 2027"),
    ]
    tasks = [
        _row("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
        _row("1", "Tuyên truyền, quảng bá hình ảnh du lịch cộng đồng của xã trên các nền tảng số",
             "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã; Ban quản lý các thôn", "2027 - 2029"),
        _row("2", "Rà soát, xây dựng bản đồ các điểm du lịch cộng đồng tại thôn Bến Đá, thôn Suối Cát",
             "Phòng Kinh tế", "Phòng Văn hóa - Xã hội; Ban quản lý các thôn", "Quý II/2027"),
        _row("3", "Hỗ trợ hộ gia đình cải tạo nhà ở làm dịch vụ lưu trú tại nhà dân",
             "Phòng Kinh tế", "Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã", "2027 - 2029"),
        _row("4", "Tập huấn kỹ năng phục vụ khách du lịch cho người dân và hộ kinh doanh",
             "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hằng năm"),
        _row("5", "Khôi phục lễ hội cầu mùa và nghề dệt thổ cẩm truyền thống",
             "Phòng Văn hóa - Xã hội", "Hội Người cao tuổi xã; Hội Liên hiệp Phụ nữ xã", "2027 - 2028"),
        _row("6", "Đầu tư nhà vệ sinh công cộng, bãi đỗ xe và biển chỉ dẫn tại các điểm du lịch",
             "Phòng Kinh tế", "Trung tâm Dịch vụ tổng hợp xã", "2028 - 2029"),
    ]
    closing_left = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch (b/c);",
                    "- TT Đảng ủy, TT HĐND xã;", "- Chủ tịch, các PCT UBND xã;", "- Các phòng, đơn vị thuộc xã;",
                    "- Ban quản lý các thôn;", "- Lưu: VT, KT."]
    closing_right = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đinh Văn Sang"]
    body = f"""
KẾ HOẠCH
Phát triển du lịch cộng đồng trên địa bàn xã giai đoạn 2027 - 2029

Căn cứ Nghị quyết số 12/2026/NQ-HĐND ngày 15 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh Đông Lâm quy định chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh;
Thực hiện Kế hoạch số 215/KH-UBND ngày 20 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Đông Lâm về phát triển du lịch nông thôn năm 2027;
Ủy ban nhân dân xã Phước Lâm Tây ban hành Kế hoạch phát triển du lịch cộng đồng trên địa bàn xã giai đoạn 2027 - 2029 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống của đồng bào các dân tộc, tạo việc làm và tăng thu nhập cho người dân; từng bước đưa du lịch trở thành ngành kinh tế quan trọng của xã.
2. Mục tiêu cụ thể
- Đến năm 2029, đón 15.000 lượt khách du lịch, trong đó khách quốc tế chiếm 10%.
- Có ít nhất 25 hộ gia đình làm dịch vụ lưu trú tại nhà dân đạt chuẩn.
- 100% cơ sở kinh doanh dịch vụ du lịch trên địa bàn được tập huấn kỹ năng phục vụ khách.
- Thu nhập bình quân của hộ làm du lịch tăng 15% mỗi năm.
II. NHIỆM VỤ VÀ GIẢI PHÁP
{chr(10).join(tasks)}
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch là 2.450 triệu đồng, trong đó:
- Ngân sách tỉnh hỗ trợ: 1.200 triệu đồng;
- Ngân sách xã: 750 triệu đồng;
- Nguồn xã hội hóa: 500 triệu đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
Chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 15 tháng 12 hằng năm.
2. Phòng Kinh tế
Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn hộ gia đình lập hồ sơ đề nghị hỗ trợ cải tạo nhà ở làm dịch vụ lưu trú.
3. Trung tâm Dịch vụ tổng hợp xã
Quản lý, vận hành các công trình phục vụ khách du lịch sau đầu tư; cập nhật thông tin du lịch của xã trên cổng thông tin điện tử.
4. Ban quản lý các thôn
Vận động người dân giữ gìn vệ sinh môi trường, cảnh quan; tham gia các hoạt động du lịch cộng đồng.
Trên đây là Kế hoạch phát triển du lịch cộng đồng trên địa bàn xã giai đoạn 2027 - 2029; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.

"""
    # Word's plain-text export of a one-row table of two cells, each of several paragraphs: the first cell's
    # paragraphs, a tab, the second cell's paragraphs
    closing = "\n".join(closing_left) + "\t" + "\n".join(closing_right) + "\n"
    return "\n".join(header) + "\n" + body + closing


def phuoclamtay_eight_bit() -> bytes:
    return vni(phuoclamtay_text())


def phuoclamtay() -> bytes:
    """The same export as a VNI-typed text reaches a UTF-8 file (pasted from the Word file shown in its VNI font into
    a Unicode editor, or a crawler that took the bytes for Windows-1252 and saved them as UTF-8): the VNI codes'
    Latin-1 letters ("UÛy ban nhaân daân") each a UTF-8 character, CRLF line ends."""
    return phuoclamtay_eight_bit().decode("cp1252").encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 2. A department's plan converted by pandoc from its .docx to Markdown (pandoc's own markdown: grid tables).

PANDOC_MD = "g43_snnmt-backhe_156-kh-snnmt_2028_pandoc-bang-luoi.md"


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken at spaces (pandoc's --columns wrapping: it breaks inside
    emphasis and links too)."""
    lines, line = [], ""
    for word in text.split(" "):
        # (pandoc breaks no line before a word that would open a list item there: "-", "+", "12.")
        opens_item = word in ("-", "+", "*") or (word[:-1].isdigit() and word.endswith("."))
        if line and len(line) + 1 + len(word) > width and not opens_item:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def _cell_lines(paragraph: str, width: int) -> list[str]:
    """A cell's paragraph wrapped; its hard breaks (w:br, "\n" here) written as pandoc does, a backslash ending
    the line."""
    pieces = paragraph.split("\n")
    lines: list[str] = []
    for k, piece in enumerate(pieces):
        wrapped = _wrap(piece, width - (1 if k < len(pieces) - 1 else 0))
        if k < len(pieces) - 1:
            wrapped[-1] += "\\"
        lines += wrapped
    return lines


def _para(text: str) -> str:
    return "\n".join(_wrap(text, 72))


def grid(rows: list[list[list[str]]], widths: list[int], header: bool) -> str:
    """A pandoc grid table: each cell a list of paragraphs, wrapped to its column's width, paragraphs apart by an
    empty line inside the cell; the header row (when there is one) closed by a "+====+" border."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    head_rule = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [rule]
    for r, row in enumerate(rows):
        cells = []
        for cell, w in zip(row, widths):
            lines: list[str] = []
            for k, paragraph in enumerate(cell):
                if k:
                    lines.append("")
                lines += _cell_lines(paragraph, w)
            cells.append(lines)
        height = max(len(c) for c in cells)
        for i in range(height):
            out.append("|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " " for c, w in zip(cells, widths))
                       + "|")
        out.append(head_rule if header and r == 0 else rule)
    return "\n".join(out)


def backhe() -> bytes:
    head = grid([
        [["**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**", "**TỈNH BẮC KHÊ**", "Số: 156/KH-SNNMT"],
         ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "[**Độc lập - Tự do - Hạnh phúc**]{.underline}",
          "*Bắc Khê, ngày 08 tháng 01 năm 2028*"]],
    ], [26, 43], header=False)
    tasks = grid([
        [["**TT**"], ["**Nhiệm vụ**"], ["**Đơn vị chủ trì**"], ["**Đơn vị phối hợp**"], ["**Thời gian**"]],
        [["1"], ["Giám sát chủ động dịch bệnh trên đàn gia súc, gia cầm tại các vùng có nguy cơ cao"],
         ["Chi cục Chăn nuôi, Thú y và Thủy sản"], ["Trung tâm Khuyến nông; UBND các xã, phường"], ["Quý I - Quý IV/2028"]],
        [["2"], ["Tiêm phòng vắc xin lở mồm long móng, viêm da nổi cục cho trâu, bò"],
         ["Chi cục Chăn nuôi, Thú y và Thủy sản"], ["UBND các xã, phường"], ["Tháng 3 - 4 và tháng 9 - 10/2028"]],
        [["3"], ["Kiểm soát vận chuyển, giết mổ động vật và sản phẩm động vật"],
         ["Chi cục Chăn nuôi, Thú y và Thủy sản"], ["Công an tỉnh; Sở Công Thương"], ["Thường xuyên"]],
        [["4"], ["Tuyên truyền, hướng dẫn người chăn nuôi áp dụng biện pháp an toàn sinh học"],
         ["Trung tâm Khuyến nông"], ["Báo và Phát thanh, Truyền hình Bắc Khê; Hội Nông dân tỉnh"], ["Cả năm 2028"]],
        [["5"], ["Dự trữ vắc xin, hóa chất sát trùng phục vụ chống dịch khẩn cấp"],
         ["Chi cục Chăn nuôi, Thú y và Thủy sản"], ["Sở Tài chính"], ["Quý II/2028"]],
    ], [6, 22, 14, 16, 9], header=True)
    money = grid([
        [["**TT**"], ["**Nội dung**"], ["**Tổng kinh phí**"], ["**Ngân sách tỉnh**"], ["**Ngân sách xã, phường**"]],
        [["1"], ["Mua vắc xin tiêm phòng"], ["4.850"], ["3.600"], ["1.250"]],
        [["2"], ["Hóa chất sát trùng, vật tư phòng dịch"], ["1.320"], ["920"], ["400"]],
        [["3"], ["Giám sát, lấy mẫu, xét nghiệm"], ["760"], ["760"], ["-"]],
        [["4"], ["Tuyên truyền, tập huấn"], ["270"], ["150"], ["120"]],
        [[""], ["**Tổng cộng**"], ["**7.200**"], ["**5.430**"], ["**1.770**"]],
    ], [6, 26, 11, 11, 13], header=True)
    closing = grid([
        [["***Nơi nhận:***\n- Bộ Nông nghiệp và Môi trường (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;"
          "\n- Các sở: Tài chính, Công Thương, Y tế;\n- UBND các xã, phường;\n- Lưu: VT, CCCNTYTS."],
         ["**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**", "*(Đã ký)*", "**Trương Thị Mai Hương**"]],
    ], [34, 35], header=False)
    paragraphs = [
        head,
        "**KẾ HOẠCH**",
        "**Phòng, chống dịch bệnh động vật trên cạn năm 2028**",
        "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
        "Căn cứ Quyết định số 08/2026/QĐ-UBND ngày 14 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bắc Khê quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường tỉnh Bắc Khê;",
        "Thực hiện Kế hoạch số 312/KH-UBND ngày 22 tháng 12 năm 2027 của Ủy ban nhân dân tỉnh Bắc Khê về phòng, chống "
        "dịch bệnh động vật giai đoạn 2026 - 2030, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch phòng, chống dịch "
        "bệnh động vật trên cạn năm 2028 như sau:",
        "**I. MỤC TIÊU**",
        "1\\. Mục tiêu chung",
        "Chủ động phòng, chống, không để dịch bệnh nguy hiểm trên động vật xảy ra trên diện rộng; bảo vệ sản xuất chăn "
        "nuôi, sức khỏe cộng đồng và môi trường.",
        "2\\. Mục tiêu cụ thể",
        "\\- Tỷ lệ tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò đạt trên 80% tổng đàn thuộc diện tiêm.",
        "\\- Tỷ lệ tiêm phòng vắc xin cúm gia cầm đạt trên 70% tổng đàn gia cầm.",
        "\\- 100% ổ dịch phát sinh được phát hiện, xử lý trong vòng 48 giờ.",
        "\\- Xây dựng thêm 12 cơ sở chăn nuôi an toàn dịch bệnh.",
        "**II. NHIỆM VỤ VÀ GIẢI PHÁP**",
        tasks,
        "**III. KINH PHÍ THỰC HIỆN**",
        "Tổng kinh phí thực hiện Kế hoạch là 7.200 triệu đồng, trong đó ngân sách tỉnh 5.430 triệu đồng, ngân sách "
        "các xã, phường 1.770 triệu đồng (chi tiết tại bảng dưới đây).",
        "*Đơn vị tính: triệu đồng*",
        money,
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "1\\. Chi cục Chăn nuôi, Thú y và Thủy sản",
        "Chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch; theo dõi, tổng hợp tình hình dịch bệnh, báo "
        "cáo Sở trước ngày 20 hằng tháng.",
        "2\\. Trung tâm Khuyến nông",
        "Xây dựng tài liệu, tổ chức tập huấn biện pháp chăn nuôi an toàn sinh học cho người chăn nuôi.",
        "3\\. Văn phòng Sở",
        "Tham mưu bố trí kinh phí; hướng dẫn thanh toán, quyết toán kinh phí theo quy định.",
        "4\\. Đề nghị Ủy ban nhân dân các xã, phường",
        "Chỉ đạo tiêm phòng, vệ sinh tiêu độc khử trùng trên địa bàn; bố trí ngân sách xã, phường thực hiện Kế hoạch.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nông nghiệp và Môi trường "
        "(qua Chi cục Chăn nuôi, Thú y và Thủy sản) để xem xét, giải quyết./.",
        closing,
    ]
    text = "\n\n".join(p if p.startswith("+") else _para(p) for p in paragraphs) + "\n"
    return text.encode("utf-8")

# ---------------------------------------------------------------------------------------------------------------
# 3. A province's plan in Word: bases whose numbers sit in footnotes, the task table nested in a one-cell layout
# table, lists numbered by Word's multi-level numbering ("1." level 0, "a." level 1) restarting in each part.

FOOTNOTE_DOCX = "g43_tinh-lachung_118-kh-ubnd_2029_word-chu-thich-bang-long.docx"

LACHUNG_NOTES = [
    "Ban hành kèm theo Quyết định số 1486/QĐ-TTg ngày 18 tháng 9 năm 2028 của Thủ tướng Chính phủ.",
    "Thông qua tại Kỳ họp thứ mười, Hội đồng nhân dân tỉnh khóa X.",
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ABSTRACT_ID = 40  # the multi-level list: "%1." decimal, "%2." lower letters (restarting after each "%1." item)


def _numbering(doc, parts: int) -> list[int]:
    """A multi-level abstract list and one w:num per part of the plan, each restarting level 0 at 1 (Word's
    "Restart at 1"): the num ids, in order."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{i + 1}."/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="283"/></w:pPr>'
        f'<w:rPr>{"<w:b/>" if i == 0 else ""}</w:rPr></w:lvl>'
        for i, fmt in enumerate(("decimal", "lowerLetter")))
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{ABSTRACT_ID}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    # abstractNum elements go before the num elements
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = []
    for k in range(parts):
        num_id = 60 + k
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{ABSTRACT_ID}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        ids.append(num_id)
    return ids


def _numbered(doc, text: str, num_id: int, level: int, bold: bool = False):
    from docx.oxml import parse_xml
    p = _paragraph(doc, text, bold=bold, justify=True)
    p._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def lachung() -> bytes:
    from tests.invented.build_h1 import _layout, _new, _save, closing
    from tests.invented.build_u import _footnote_ref, _with_footnotes
    from tests.probes.tables_docx import _table
    from tests.renditions.wordplans import _paragraph as para, _widths

    doc = _new()
    parts = _numbering(doc, 3)
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH LẠC HƯNG", "Số: 118/KH-UBND"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Lạc Hưng, ngày 16 tháng 4 năm 2029"])
    para(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    para(doc, "Phát triển nguồn nhân lực số trên địa bàn tỉnh giai đoạn 2029 - 2030", bold=True, center=True)
    p = para(doc, "Căn cứ Chương trình phát triển nguồn nhân lực số quốc gia đến năm 2030 của Thủ tướng Chính phủ",
             justify=True)
    _footnote_ref(p, 1)
    p.add_run(";")
    p = para(doc, "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 12 tháng 12 năm 2028 của Hội đồng nhân dân tỉnh Lạc Hưng về "
             "kế hoạch phát triển kinh tế - xã hội năm 2029", justify=True)
    _footnote_ref(p, 2)
    p.add_run(";")
    para(doc, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển nguồn nhân lực số trên địa bàn tỉnh giai đoạn "
         "2029 - 2030 như sau:", justify=True)

    para(doc, "I. MỤC TIÊU", bold=True)
    _numbered(doc, "Mục tiêu chung", parts[0], 0, bold=True)
    para(doc, "Phát triển đội ngũ nhân lực số đủ về số lượng, bảo đảm chất lượng, đáp ứng yêu cầu chuyển đổi số của "
         "tỉnh; góp phần nâng cao năng suất lao động và năng lực cạnh tranh của tỉnh.", justify=True)
    _numbered(doc, "Mục tiêu cụ thể", parts[0], 0, bold=True)
    for text in ("Đến năm 2030, 100% cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản.",
                 "Đào tạo mới 1.500 lao động có kỹ năng số trình độ cao đẳng trở lên.",
                 "Tỷ lệ người dân trong độ tuổi lao động có kỹ năng số cơ bản đạt 75%.",
                 "Thu hút ít nhất 40 chuyên gia công nghệ số về làm việc tại tỉnh."):
        _numbered(doc, text, parts[0], 1)

    para(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    para(doc, "Các nhiệm vụ cụ thể và phân công thực hiện như sau:", justify=True)
    frame = doc.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    _widths(frame, [16.0])
    cell = frame.cell(0, 0)
    cell.paragraphs[0].add_run("Bảng phân công nhiệm vụ").bold = True
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "Sở Nội vụ",
         "Sở Khoa học và Công nghệ; Trường Chính trị tỉnh", "2029 - 2030"],
        ["2", "Mở mới các ngành đào tạo về công nghệ số tại các cơ sở giáo dục nghề nghiệp", "Sở Giáo dục và Đào tạo",
         "Trường Cao đẳng Kỹ thuật Lạc Hưng", "Năm 2029"],
        ["3", "Phổ cập kỹ năng số cho người dân qua tổ công nghệ số cộng đồng", "Sở Khoa học và Công nghệ",
         "Ủy ban nhân dân các xã, phường; Tỉnh đoàn", "Hằng năm"],
        ["4", "Xây dựng chính sách thu hút chuyên gia công nghệ số", "Sở Nội vụ",
         "Sở Tài chính; Sở Khoa học và Công nghệ", "Quý III/2029"],
        ["5", "Kết nối doanh nghiệp công nghệ số với cơ sở đào tạo", "Sở Khoa học và Công nghệ",
         "Hiệp hội Doanh nghiệp tỉnh", "2029 - 2030"],
    ]
    inner = _table(cell, rows)
    _widths(inner, [1.0, 5.5, 3.2, 3.8, 2.2])
    cell.add_paragraph("")

    para(doc, "III. KINH PHÍ THỰC HIỆN", bold=True)
    _numbered(doc, "Tổng kinh phí thực hiện Kế hoạch dự kiến là 18,6 tỷ đồng, trong đó:", parts[1], 0)
    _numbered(doc, "Ngân sách tỉnh: 12,4 tỷ đồng;", parts[1], 1)
    _numbered(doc, "Nguồn xã hội hóa và các nguồn hợp pháp khác: 6,2 tỷ đồng.", parts[1], 1)
    _numbered(doc, "Hằng năm, các cơ quan, đơn vị lập dự toán kinh phí thực hiện nhiệm vụ được giao, gửi Sở Tài chính "
              "thẩm định, trình cấp có thẩm quyền bố trí theo quy định.", parts[1], 0)

    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    duties = [
        ("Sở Khoa học và Công nghệ", ["Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
                                      "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 "
                                      "hằng năm."]),
        ("Sở Nội vụ", ["Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức.",
                       "Tham mưu chính sách thu hút chuyên gia công nghệ số."]),
        ("Sở Giáo dục và Đào tạo", ["Hướng dẫn các cơ sở giáo dục nghề nghiệp mở mới ngành đào tạo về công nghệ số."]),
        ("Sở Tài chính", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm."]),
        ("Ủy ban nhân dân các xã, phường", ["Kiện toàn tổ công nghệ số cộng đồng; vận động người dân tham gia học "
                                           "kỹ năng số."]),
    ]
    for agency, items in duties:
        _numbered(doc, agency, parts[2], 0, bold=True)
        for item in items:
            _numbered(doc, item, parts[2], 1)
    para(doc, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Khoa học và "
         "Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.", justify=True)
    closing(doc, ["- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hồ Quang Vinh"])
    return _with_footnotes(_save(doc), LACHUNG_NOTES)

# ---------------------------------------------------------------------------------------------------------------
# 4. A province's plan on its portal printed to PDF by a browser: the article beside a sidebar of links (two
# columns), Chromium's running header and footer on each page.

BROWSER_PDF = "g43_tinh-halac_64-kh-ubnd_2030_in-trinh-duyet-cot-ben.pdf"

_SIDEBAR_NEWS = [
    ("Kế hoạch số 58/KH-UBND ngày 02/4/2030 về phát triển du lịch nông thôn", "03/04/2030"),
    ("Quyết định số 412/QĐ-UBND ngày 28/3/2030 phê duyệt danh mục dự án kêu gọi đầu tư", "29/03/2030"),
    ("Chỉ thị số 05/CT-UBND về tăng cường phòng, chống cháy rừng mùa khô năm 2030", "25/03/2030"),
    ("Công văn số 1120/UBND-KGVX về việc tổ chức Ngày Sách và Văn hóa đọc Việt Nam", "20/03/2030"),
    ("Thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế", "18/03/2030"),
    ("Kế hoạch số 41/KH-UBND ngày 10/3/2030 triển khai Tháng hành động vì an toàn thực phẩm", "11/03/2030"),
]
_SIDEBAR_LINKS = ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản lấy ý kiến",
                  "Thủ tục hành chính", "Hỏi đáp trực tuyến", "Thống kê truy cập: 2.418.907",
                  "Đang trực tuyến: 312"]


def _halac_article() -> str:
    tasks = [
        ("1", "Tuyên truyền, phổ biến kiến thức, pháp luật về an toàn thực phẩm", "Sở Y tế",
         "Báo và Phát thanh, Truyền hình Hà Lạc; Ủy ban nhân dân các xã, phường"),
        ("2", "Thanh tra, kiểm tra cơ sở sản xuất, kinh doanh thực phẩm dịp Tết và lễ hội", "Sở Y tế",
         "Sở Nông nghiệp và Môi trường; Sở Công Thương; Công an tỉnh"),
        ("3", "Giám sát mối nguy ô nhiễm thực phẩm tại các chợ đầu mối", "Sở Nông nghiệp và Môi trường",
         "Sở Y tế; Ủy ban nhân dân các xã, phường"),
        ("4", "Xây dựng chuỗi cung ứng thực phẩm nông sản an toàn", "Sở Nông nghiệp và Môi trường",
         "Sở Công Thương; Hội Nông dân tỉnh"),
        ("5", "Quản lý an toàn thực phẩm tại bếp ăn tập thể trường học", "Sở Giáo dục và Đào tạo", "Sở Y tế"),
    ]
    money = [("1", "Tuyên truyền, tập huấn", "650", "450", "200"),
             ("2", "Thanh tra, kiểm tra, lấy mẫu kiểm nghiệm", "1.380", "1.180", "200"),
             ("3", "Giám sát mối nguy tại chợ đầu mối", "720", "720", "-"),
             ("", "<b>Tổng cộng</b>", "<b>2.750</b>", "<b>2.350</b>", "<b>400</b>")]
    task_rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in tasks)
    money_rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td class=n>{c}</td><td class=n>{d}</td><td class=n>{e}</td></tr>"
                           for a, b, c, d, e in money)
    return f"""
<h1 class="post-title">Kế hoạch bảo đảm an toàn thực phẩm trên địa bàn tỉnh năm 2030</h1>
<div class="post-meta">Ngày đăng: 14/04/2030 08:15 | Lượt xem: 327 | <a href="#">In bài</a> | <a href="#">Gửi email</a></div>
<table class="hdr"><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH HÀ LẠC</b><br>-------<br>Số: 64/KH-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>
<i>Hà Lạc, ngày 13 tháng 4 năm 2030</i></td></tr></table>
<p class="c"><b>KẾ HOẠCH</b><br><b>Bảo đảm an toàn thực phẩm trên địa bàn tỉnh năm 2030</b></p>
<p>Căn cứ Nghị định số 15/2028/NĐ-CP ngày 02 tháng 2 năm 2028 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm;</p>
<p>Thực hiện Chỉ thị số 03/CT-TTg ngày 20 tháng 1 năm 2030 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm an toàn thực phẩm;</p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo đảm an toàn thực phẩm trên địa bàn tỉnh năm 2030, cụ thể như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao hiệu lực, hiệu quả quản lý nhà nước về an toàn thực phẩm; giảm thiểu các vụ ngộ độc thực phẩm, bảo vệ sức khỏe người tiêu dùng.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- 95% người sản xuất, kinh doanh, người tiêu dùng được cập nhật kiến thức về an toàn thực phẩm.</p>
<p>- Tỷ lệ mẫu thực phẩm giám sát đạt yêu cầu an toàn trên 92%.</p>
<p>- 100% bếp ăn tập thể trường học được kiểm tra ít nhất 01 lần trong năm.</p>
<p>- Xây dựng mới 15 chuỗi cung ứng thực phẩm nông sản an toàn.</p>
<p><b>II. NHIỆM VỤ VÀ GIẢI PHÁP</b></p>
<table class="grid"><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th></tr>
{task_rows}
</table>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch năm 2030 là 2.750 triệu đồng, trong đó ngân sách tỉnh 2.350 triệu đồng, ngân sách các xã, phường 400 triệu đồng; chi tiết như sau:</p>
<p class="r"><i>Đơn vị tính: triệu đồng</i></p>
<table class="grid"><tr><th>TT</th><th>Nội dung</th><th>Tổng kinh phí</th><th>Ngân sách tỉnh</th><th>Ngân sách xã, phường</th></tr>
{money_rows}
</table>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Sở Y tế: Là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 năm 2030.</p>
<p>2. Sở Nông nghiệp và Môi trường: Quản lý an toàn thực phẩm nông sản từ khâu sản xuất đến chợ đầu mối; phát triển chuỗi cung ứng an toàn.</p>
<p>3. Sở Công Thương: Kiểm tra an toàn thực phẩm tại chợ, siêu thị và cơ sở kinh doanh thuộc ngành quản lý.</p>
<p>4. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.</p>
<p>5. Ủy ban nhân dân các xã, phường: Triển khai Kế hoạch trên địa bàn; bố trí ngân sách xã, phường cho công tác bảo đảm an toàn thực phẩm.</p>
<p>Trên đây là Kế hoạch bảo đảm an toàn thực phẩm trên địa bàn tỉnh năm 2030; yêu cầu các cơ quan, đơn vị triển khai thực hiện./.</p>
<table class="hdr"><tr><td class="l"><b><i>Nơi nhận:</i></b><br>- Bộ Y tế (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><i>(Đã ký)</i><br><br><b>Nông Thị Thu Hà</b></td></tr></table>
<div class="post-tags">Tệp đính kèm: <a href="#">64-KH-UBND.pdf</a></div>
<div class="related"><b>Tin cùng chuyên mục</b><ul>
<li><a href="#">Hội nghị triển khai công tác y tế năm 2030</a> (10/04/2030)</li>
<li><a href="#">Kiểm tra liên ngành an toàn thực phẩm dịp Tết Nguyên đán</a> (05/01/2030)</li></ul></div>
"""


def halac_page() -> str:
    news = "\n".join(f'<li><a href="#">{t}</a><span class="d">{d}</span></li>' for t, d in _SIDEBAR_NEWS)
    links = "\n".join(f'<li><a href="#">{t}</a></li>' for t in _SIDEBAR_LINKS)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch bảo đảm an toàn thực phẩm trên địa bàn tỉnh năm 2030 - Cổng thông tin điện tử tỉnh Hà Lạc</title>
<style>
body{{font-family:"DejaVu Serif","Times New Roman",serif;font-size:13px;margin:0;color:#222}}
.banner{{background:#9b1c1c;color:#fff;padding:10px 16px;font-size:18px;font-weight:bold}}
.menu{{background:#eee;padding:6px 16px;font-size:12px}} .menu a{{margin-right:14px;color:#333}}
.crumb{{padding:6px 16px;font-size:11px;color:#666}}
.wrap{{overflow:hidden;padding:0 12px}}
aside{{float:left;width:29%;font-size:11.5px;font-family:"DejaVu Sans",Arial,sans-serif}}
aside h3{{background:#9b1c1c;color:#fff;font-size:12px;padding:4px 6px;margin:8px 0 4px}}
aside ul{{margin:0;padding-left:14px}} aside li{{margin:0 0 6px}} aside .d{{display:block;color:#888;font-size:10px}}
main{{margin-left:32%}}
.post-title{{font-size:17px;margin:8px 0 4px}} .post-meta{{font-size:11px;color:#777;margin-bottom:10px}}
table.hdr{{width:100%;border:none}} table.hdr td{{text-align:center;vertical-align:top;width:50%}}
table.hdr td.l{{text-align:left;font-size:11.5px}}
p{{text-align:justify;margin:4px 0}} p.c{{text-align:center}} p.r{{text-align:right}}
table.grid{{border-collapse:collapse;width:100%}} table.grid td,table.grid th{{border:1px solid #444;padding:2px 4px;vertical-align:top}}
td.n{{text-align:right}}
.related{{font-size:12px;margin-top:10px}} .foot{{clear:both;border-top:2px solid #9b1c1c;font-size:11px;color:#555;padding:6px 16px;margin-top:16px}}
</style></head>
<body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ LẠC</div>
<div class="menu"><a href="#">Trang chủ</a><a href="#">Giới thiệu</a><a href="#">Tin tức - Sự kiện</a><a href="#">Chính quyền</a><a href="#">Văn bản</a><a href="#">Công dân</a><a href="#">Doanh nghiệp</a></div>
<div class="crumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>
<div class="wrap">
<aside>
<h3>VĂN BẢN MỚI</h3>
<ul>
{news}
</ul>
<h3>LIÊN KẾT</h3>
<ul>
{links}
</ul>
<h3>LỊCH CÔNG TÁC</h3>
<ul><li>Lịch công tác tuần 16 năm 2030 của Lãnh đạo UBND tỉnh</li><li>Lịch tiếp công dân tháng 4 năm 2030</li></ul>
</aside>
<main>
{_halac_article()}
</main>
</div>
<div class="foot">Cổng thông tin điện tử tỉnh Hà Lạc. Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Lạc. Địa chỉ: số 8 đường Lê Lợi, phường Hà Lạc. Điện thoại: 0229.3851.234.</div>
</body></html>
"""


def halac() -> bytes:
    from tests.renditions.producers import chromium_print
    return chromium_print(halac_page(), "portal/van-ban/chi-dao-dieu-hanh/64-kh-ubnd.html")

# ---------------------------------------------------------------------------------------------------------------
# 5. A ward's plan saved as RTF by an old, non-Unicode Word on a Vietnamese Windows: code page 1258, every byte past
# ASCII an \'xx escape, a letter the code page lacks written as its base letter and a combining tone mark (two
# escapes), no \uN; a borderless header table, a ruled task table whose cells hold several paragraphs, a borderless
# closing table.

RTF_1258 = "g43_phuong-tanlapdong_35-kh-ubnd_2026_rtf-ma-1258.rtf"


def _rtf_1258(text: str) -> str:
    """`text` as an RTF of code page 1258 writes it: ASCII as it is (braces and backslashes escaped), every other
    byte of its Windows-1258 form (a toned letter the code page lacks: base letter, then the tone's combining byte)
    as \'xx."""
    from tests.invented.build_l import _cp1258
    out = []
    for b in _cp1258(unicodedata.normalize("NFC", text)):
        if b >= 0x80:
            out.append(f"\\'{b:02x}")
        elif chr(b) in "\\{}":
            out.append("\\" + chr(b))
        else:
            out.append(chr(b))
    return "".join(out)


def _rtf_par(text: str, *, bold=False, italic=False, center=False, size=26) -> str:
    fmt = ("\\qc" if center else "\\qj") + f"\\fs{size}" + ("\\b" if bold else "") + ("\\i" if italic else "")
    return "{\\pard\\plain\\f0" + fmt + " " + _rtf_1258(text) + "\\par}\n"


def _rtf_row(cells: list[list[str]], rights: list[int], ruled: bool, bold: bool = False, center: list[bool] | None
             = None, size: int = 24) -> str:
    border = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"
    out = ["\\trowd\\trgaph70\\trleft-70"]
    for right in rights:
        out.append((border if ruled else "") + f"\\clvertalt\\cellx{right}")
    out.append("\n")
    for k, paragraphs in enumerate(cells):
        align = "\\qc" if (center[k] if center else False) else "\\ql"
        body = "\\par ".join(_rtf_1258(p) for p in paragraphs)
        out.append(f"\\pard\\plain\\intbl{align}\\f0\\fs{size}" + ("\\b" if bold else "") + " " + body + "\\cell\n")
    out.append("\\row\n")
    return "".join(out)


def tanlapdong() -> bytes:
    head = "{\\rtf1\\ansi\\ansicpg1258\\deff0\\deflang1066{\\fonttbl{\\f0\\froman\\fcharset163\\fprq2 Times New Roman;}}\n" \
           "{\\info{\\title Ke hoach 35}{\\author Van phong}{\\creatim\\yr2026\\mo2\\dy9\\hr8\\min0}}\n" \
           "\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\\widowctrl\n"
    parts = [head]
    parts.append(_rtf_row([["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN LẬP ĐÔNG", "Số: 35/KH-UBND"],
                           ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Tân Lập Đông, ngày 09 tháng 02 năm 2026"]],
                          [3600, 9300], ruled=False, bold=True, center=[True, True]))
    parts.append(_rtf_par("KẾ HOẠCH", bold=True, center=True, size=28))
    parts.append(_rtf_par("Chuyển đổi số trên địa bàn phường năm 2026", bold=True, center=True))
    for line in (
        "Căn cứ Nghị quyết số 06-NQ/ĐU ngày 15 tháng 12 năm 2025 của Đảng ủy phường Tân Lập Đông về lãnh đạo thực "
        "hiện nhiệm vụ chính trị năm 2026;",
        "Thực hiện Kế hoạch số 19/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Khánh Lâm về chuyển "
        "đổi số năm 2026;",
        "Ủy ban nhân dân phường ban hành Kế hoạch chuyển đổi số trên địa bàn phường năm 2026 như sau:"):
        parts.append(_rtf_par(line))
    parts.append(_rtf_par("I. MỤC TIÊU", bold=True))
    parts.append(_rtf_par("1. Mục tiêu chung", bold=True))
    parts.append(_rtf_par("Đẩy mạnh chuyển đổi số trong hoạt động của chính quyền, doanh nghiệp và người dân; "
                          "nâng cao chất lượng phục vụ người dân, doanh nghiệp trên địa bàn phường."))
    parts.append(_rtf_par("2. Mục tiêu cụ thể", bold=True))
    for line in ("- 90% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình.",
                 "- 80% hộ gia đình có người sử dụng điện thoại thông minh.",
                 "- 100% tổ dân phố có tổ công nghệ số cộng đồng hoạt động hiệu quả.",
                 "- Tổ chức 06 lớp hướng dẫn kỹ năng số cho người dân."):
        parts.append(_rtf_par(line))
    parts.append(_rtf_par("II. NHIỆM VỤ, GIẢI PHÁP", bold=True))
    rights = [700, 4300, 6400, 8500, 9800]
    parts.append(_rtf_row([["TT"], ["Nhiệm vụ"], ["Đơn vị chủ trì"], ["Đơn vị phối hợp"], ["Thời gian"]],
                          rights, ruled=True, bold=True, center=[True] * 5))
    for row in (
        ["1", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt",
         "Văn phòng HĐND và UBND phường", "Công an phường\nĐoàn Thanh niên phường", "Cả năm"],
        ["2", "Kiện toàn, bồi dưỡng tổ công nghệ số cộng đồng ở các tổ dân phố", "Phòng Văn hóa - Xã hội",
         "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Quý I/2026"],
        ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND phường",
         "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý II - Quý IV/2026"],
        ["4", "Mở các lớp hướng dẫn kỹ năng số cho người dân", "Phòng Văn hóa - Xã hội",
         "Đoàn Thanh niên phường\nHội Liên hiệp Phụ nữ phường", "Tháng 4 - 10/2026"],
    ):
        parts.append(_rtf_row([[row[0]], [row[1]], [row[2]], row[3].split("\n"), [row[4]]], rights, ruled=True,
                              center=[True, False, False, False, True]))
    parts.append(_rtf_par("III. KINH PHÍ THỰC HIỆN", bold=True))
    parts.append(_rtf_par("Kinh phí thực hiện Kế hoạch là 420 triệu đồng từ nguồn ngân sách phường năm 2026 đã được "
                          "giao trong dự toán."))
    parts.append(_rtf_par("IV. TỔ CHỨC THỰC HIỆN", bold=True))
    for line in (
        "1. Văn phòng HĐND và UBND phường: Là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện "
        "Kế hoạch, báo cáo Ủy ban nhân dân phường trước ngày 10 tháng 12 năm 2026.",
        "2. Phòng Văn hóa - Xã hội: Tuyên truyền về chuyển đổi số; tổ chức các lớp hướng dẫn kỹ năng số.",
        "3. Phòng Kinh tế, Hạ tầng và Đô thị: Tham mưu bố trí kinh phí; hướng dẫn hộ kinh doanh thanh toán không "
        "dùng tiền mặt.",
        "4. Công an phường: Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử."):
        parts.append(_rtf_par(line))
    parts.append(_rtf_row([["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Khoa học và Công nghệ (b/c);",
                            "- TT Đảng ủy, TT HĐND phường;", "- Các phòng, ban, đơn vị thuộc phường;",
                            "- Các tổ dân phố;", "- Lưu: VT."],
                           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lương Văn Khải"]],
                          [4600, 9300], ruled=False, center=[False, True], size=22))
    parts.append("}\n")
    return "".join(parts).encode("ascii")

# ---------------------------------------------------------------------------------------------------------------
# 6. A commune's plan written in LibreOffice Writer and saved as OpenDocument: its headings numbered by Writer's own
# outline numbering (text:h with an outline level; "I.", "1." drawn by the outline style, not typed), its lists
# numbered "a)" by a list style, its task table nested in the one cell of a ruled frame table.

ODT_OUTLINE = "g43_xa-dongphuochung_29-kh-ubnd_2027_odt-danh-so-de-muc.odt"

_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" office:version="1.3"')

_ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_ODT_NS}>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:font-style="normal"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="start"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="3" style:num-format=""/>
</text:outline-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _odt_p(text: str, style: str = "P_body") -> str:
    return f'<text:p text:style-name="{style}">{_x(text)}</text:p>'


def _odt_h(text: str, level: int) -> str:
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{_x(text)}</text:h>')


def _odt_list(items: list[str]) -> str:
    """A list numbered "a)", "b)" by the automatic list style L1 (each list restarts at a)."""
    body = "".join(f'<text:list-item><text:p text:style-name="P_list">{_x(t)}</text:p></text:list-item>' for t in items)
    return f'<text:list text:style-name="L1">{body}</text:list>'


def _odt_table(name: str, rows: list[list[str | list[str]]], columns: list[float], ruled: bool,
               bold_first: bool = False, center: list[bool] | None = None) -> str:
    cell_style = "Cruled" if ruled else "Cplain"
    cols = "".join(f'<table:table-column table:style-name="{name}.C{k}"/>' for k in range(len(columns)))
    out = [f'<table:table table:name="{name}" table:style-name="{name}">{cols}']
    for r, row in enumerate(rows):
        out.append("<table:table-row>")
        for k, cell in enumerate(row):
            style = "P_cell_bold" if (bold_first and r == 0) else ("P_cell_center" if center and center[k] else "P_cell")
            if isinstance(cell, str) and cell.startswith("<"):
                inner = cell  # paragraphs and a nested table, as they are
            else:
                lines = cell if isinstance(cell, list) else [cell]
                inner = "".join(_odt_p(line, style) for line in lines)
            out.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">{inner}'
                       "</table:table-cell>")
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def _odt_table_styles(name: str, columns: list[float]) -> str:
    total = sum(columns)
    out = [f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{total}cm" '
           'table:align="margins"/></style:style>']
    for k, width in enumerate(columns):
        out.append(f'<style:style style:name="{name}.C{k}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{width}cm"/></style:style>')
    return "".join(out)


def dongphuochung() -> bytes:
    header = _odt_table("Header", [[["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG PHƯỚC HƯNG", "Số: 29/KH-UBND"],
                                    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                     "Đông Phước Hưng, ngày 22 tháng 01 năm 2027"]]],
                        [6.0, 10.0], ruled=False, center=[True, True])
    tasks = _odt_table("Tasks", [
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Tuyên truyền Luật Lâm nghiệp, quy định phòng cháy, chữa cháy rừng đến từng thôn", "Phòng Văn hóa - Xã hội",
         ["Hạt Kiểm lâm khu vực", "Ban quản lý các thôn"], "Tháng 1 - 2/2027"],
        ["2", "Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng và tổ đội xung kích", "Phòng Kinh tế",
         ["Công an xã", "Ban Chỉ huy quân sự xã"], "Tháng 1/2027"],
        ["3", "Tổ chức tuần tra, canh gác lửa rừng ở các vùng trọng điểm", "Ban Chỉ huy quân sự xã",
         ["Công an xã", "Hạt Kiểm lâm khu vực"], "Tháng 2 - 6/2027"],
        ["4", "Làm đường băng cản lửa, phát dọn thực bì dưới tán rừng", "Phòng Kinh tế",
         ["Ban quản lý các thôn"], "Tháng 1 - 3/2027"],
        ["5", "Diễn tập phương án chữa cháy rừng cấp xã", "Ban Chỉ huy quân sự xã",
         ["Công an xã", "Phòng Kinh tế"], "Tháng 3/2027"],
    ], [1.0, 6.0, 3.2, 3.6, 2.0], ruled=True, bold_first=True, center=[True, False, False, False, True])
    # (the frame's one cell holds a caption paragraph and the nested table)
    frame = _odt_table("Frame", [[_odt_p("Bảng phân công nhiệm vụ", "P_cell_bold") + tasks]], [16.0], ruled=True)
    closing = _odt_table("Closing", [[["Nơi nhận:", "- UBND tỉnh (b/c);", "- Chi cục Kiểm lâm tỉnh (b/c);",
                                       "- TT Đảng ủy, TT HĐND xã;", "- Chủ tịch, các PCT UBND xã;",
                                       "- Các thành viên Ban Chỉ huy;", "- Lưu: VT."],
                                      ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "",
                                       "Hà Văn Thắng"]]], [8.5, 7.5], ruled=False, center=[False, True])
    body = [
        header,
        _odt_p("KẾ HOẠCH", "P_title"),
        _odt_p("Phòng cháy, chữa cháy rừng mùa khô năm 2027", "P_title"),
        _odt_p("Căn cứ Quyết định số 05/2026/QĐ-UBND ngày 18 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Nam Khê ban "
               "hành Quy chế phối hợp phòng cháy, chữa cháy rừng trên địa bàn tỉnh;"),
        _odt_p("Thực hiện Kế hoạch số 08/KH-UBND ngày 10 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh Nam Khê về phòng "
               "cháy, chữa cháy rừng năm 2027;"),
        _odt_p("Ủy ban nhân dân xã Đông Phước Hưng ban hành Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2027 như "
               "sau:"),
        _odt_h("MỤC TIÊU", 1),
        _odt_h("Mục tiêu chung", 2),
        _odt_p("Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời, hạn chế thấp nhất thiệt hại do cháy rừng "
               "gây ra; bảo vệ tài nguyên rừng và tính mạng, tài sản của Nhân dân."),
        _odt_h("Mục tiêu cụ thể", 2),
        _odt_list(["100% thôn có rừng xây dựng và diễn tập phương án chữa cháy rừng tại chỗ.",
                   "Giảm 50% số vụ cháy rừng so với năm 2026.",
                   "Làm mới 12 km đường băng cản lửa."]),
        _odt_h("NHIỆM VỤ VÀ GIẢI PHÁP", 1),
        _odt_p("Các nhiệm vụ cụ thể được phân công như sau:"),
        frame,
        _odt_h("KINH PHÍ THỰC HIỆN", 1),
        _odt_p("Tổng kinh phí thực hiện Kế hoạch là 185 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 120 triệu đồng, "
               "ngân sách xã 65 triệu đồng."),
        _odt_h("TỔ CHỨC THỰC HIỆN", 1),
        _odt_h("Phòng Kinh tế", 2),
        _odt_list(["Tham mưu Ủy ban nhân dân xã chỉ đạo, triển khai Kế hoạch.",
                   "Tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30 tháng 6 năm 2027."]),
        _odt_h("Ban Chỉ huy quân sự xã", 2),
        _odt_list(["Bố trí lực lượng dân quân tham gia tuần tra, canh gác và chữa cháy rừng."]),
        _odt_h("Công an xã", 2),
        _odt_list(["Điều tra, xử lý các hành vi vi phạm quy định về phòng cháy, chữa cháy rừng."]),
        _odt_h("Ban quản lý các thôn", 2),
        _odt_list(["Vận động người dân không đốt nương, rẫy trong những ngày nắng nóng cao điểm.",
                   "Kịp thời báo tin khi phát hiện cháy rừng."]),
        _odt_p("Trên đây là Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2027 của Ủy ban nhân dân xã./."),
        closing,
    ]
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="P_body" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="P_title" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P_list" style:family="paragraph" style:parent-style-name="Standard" '
        'style:list-style-name="L1"/>'
        '<style:style style:name="P_cell" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>'
        '<style:style style:name="P_cell_center" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P_cell_bold" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Cruled" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" '
        'fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Cplain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" '
        'fo:border="none"/></style:style>'
        + _odt_table_styles("Header", [6.0, 10.0]) + _odt_table_styles("Frame", [16.0])
        + _odt_table_styles("Tasks", [1.0, 6.0, 3.2, 3.6, 2.0]) + _odt_table_styles("Closing", [8.5, 7.5]) +
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a" '
        'style:num-suffix=")"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="-0.6cm" '
        'fo:margin-left="1.2cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>'
        '</office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS}>{auto}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>\n')
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest {_ODT_NS}>'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>\n')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODT_NS}><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1'
            '</meta:generator><meta:creation-date>2027-01-21T08:30:00</meta:creation-date></office:meta>'
            '</office:document-meta>\n')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        def put(name: str, data: str, compress: bool = True) -> None:
            info = zipfile.ZipInfo(name, date_time=(2027, 1, 21, 8, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(info, data.encode("utf-8"))
        put("mimetype", "application/vnd.oasis.opendocument.text", compress=False)
        put("content.xml", content)
        put("styles.xml", _ODT_STYLES)
        put("meta.xml", meta)
        put("META-INF/manifest.xml", manifest)
    return out.getvalue()


def main(out: str) -> None:
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / RTF_1258).write_bytes(tanlapdong())
    if "--eight-bit" in sys.argv:
        other = Path(sys.argv[sys.argv.index("--eight-bit") + 1])
        other.mkdir(parents=True, exist_ok=True)
        (other / VNI_BYTES_TXT).write_bytes(phuoclamtay_eight_bit())
        (other / VNI_TXT).write_bytes(phuoclamtay())
    (dest / ODT_OUTLINE).write_bytes(dongphuochung())
    if "--eight-bit" in sys.argv:  # (the pandoc Markdown, kept out of raw/ too: see the docstring)
        (Path(sys.argv[sys.argv.index("--eight-bit") + 1]) / PANDOC_MD).write_bytes(backhe())
    (dest / FOOTNOTE_DOCX).write_bytes(lachung())
    if not (dest / BROWSER_PDF).exists() or "--print" in sys.argv:  # (Chromium stamps the day: kept unless asked)
        (dest / BROWSER_PDF).write_bytes(halac())


if __name__ == "__main__":
    args = [a for k, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[k - 1] != "--eight-bit"]
    main(args[0] if args else str(Path(__file__).parent / "raw"))
