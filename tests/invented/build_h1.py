"""Invented Word documents of probe round H1 (header, recipients, legal bases, objectives):
a ministry's Quyết định with the Kế hoạch it issues attached (header and signature in
borderless layout tables, targets in a Chỉ tiêu | Đơn vị tính | Năm ... table), and a joint
plan of two bodies (two issuers in one header cell, two signature blocks side by side,
"Nơi nhận" under them), which is also exported to PDF with LibreOffice.

Everything is invented (names, numbers, dates). `python -m tests.invented.build_h1 OUTDIR`
writes the ministry's .docx (the same bytes on every run) and, when soffice is found, the joint
plan's PDF (its .docx is only the PDF's source). The other h1_* inputs are written by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.renditions.wordplans import (_cell_lines, _paragraph, _set_cell_borders, _stable_zip,
                                        _widths)
from tests.probes.tables_docx import FIXED_TIME, _table

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]


def _new():
    import docx
    from docx.shared import Cm, Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    props = doc.core_properties
    props.author = props.last_modified_by = "vn-plan-extract tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    return doc


def _layout(doc, left: list[str], right: list[str], widths=(6.5, 9.5), bold=(1, 2)):
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, list(widths))
    _cell_lines(table.cell(0, 0), left, bold_upto=bold[0], size=12)
    _cell_lines(table.cell(0, 1), right, bold_upto=bold[1], size=12)
    return table


def closing(doc, recipients: list[str], signature: list[str]) -> None:
    """The recipients ("Nơi nhận:" and its lines, in small type) beside the signature block,
    a borderless table of two cells, as a plan ends."""
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.5, 7.5])
    _cell_lines(table.cell(0, 0), ["Nơi nhận:", *recipients], bold_upto=1, center=False, size=11)
    _cell_lines(table.cell(0, 1), signature, bold_upto=len(signature))


def decision_front(doc, left: list[str], right: list[str], title: str, issuer: str, bases: list[str],
                   articles: list[str], recipients: list[str], signer: list[str]) -> None:
    """A Quyết định's pages before the plan it issues: the header table, its name and what it
    is about, the issuer's line, the bases in italics, "QUYẾT ĐỊNH:", the articles, and the
    recipients beside the signature (borderless tables)."""
    _layout(doc, left, right, bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, title, bold=True, center=True)
    _paragraph(doc, issuer, bold=True, center=True)
    for line in bases:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for line in articles:
        _paragraph(doc, line, justify=True)
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.5, 7.5])
    _cell_lines(table.cell(0, 0), recipients, bold_upto=1, center=False, size=11)
    _cell_lines(table.cell(0, 1), signer, bold_upto=len(signer), size=13)


def attached_front(doc, left: list[str], name: str, title: str, issued_by: str) -> None:
    """The plan a Quyết định issues, from a new page: its header table, its name, what it is
    about, and the line that says which decision issues it."""
    doc.add_page_break()
    _layout(doc, left, MOTTO, bold=(2, 2))
    _paragraph(doc, name, bold=True, center=True, size=14)
    _paragraph(doc, title, bold=True, center=True)
    _paragraph(doc, issued_by, italic=True, center=True)


def _save(doc) -> bytes:
    import io
    buf = io.BytesIO()
    doc.save(buf)
    return _stable_zip(buf.getvalue())


def ministry_decision() -> bytes:
    doc = _new()
    decision_front(
        doc, ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "-------", "Số: 2318/QĐ-BVHTTDL"],
        [*MOTTO, "Hà Nội, ngày 28 tháng 7 năm 2025"],
        "Ban hành Kế hoạch phát triển văn hóa đọc trong cộng đồng giai đoạn 2025 - 2030",
        "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        ["Căn cứ Luật Thư viện số 46/2019/QH14 ngày 21 tháng 11 năm 2019;",
         "Căn cứ Nghị định số 43/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định chức năng, "
         "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch;",
         "Căn cứ Quyết định số 1862/QĐ-TTg ngày 04 tháng 11 năm 2024 của Thủ tướng Chính phủ phê duyệt "
         "Đề án xây dựng xã hội học tập giai đoạn 2024 - 2030;",
         "Theo đề nghị của Vụ trưởng Vụ Thư viện."],
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển văn hóa đọc trong cộng đồng "
         "giai đoạn 2025 - 2030.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Thư viện, Thủ trưởng các cơ quan, đơn vị có liên quan "
         "và Giám đốc Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương chịu "
         "trách nhiệm thi hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- Thủ tướng Chính phủ (để b/c);", "- Phó Thủ tướng Chính phủ (để b/c);",
         "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Bộ Giáo dục và Đào tạo;",
         "- UBND các tỉnh, thành phố trực thuộc TW;", "- Sở VHTTDL các tỉnh, thành phố trực thuộc TW;",
         "- Cổng TTĐT Bộ VHTTDL;", "- Lưu: VT, TV, NT.20."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Nguyễn Thị Hải Yến"])
    attached_front(doc, ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "-------"], "KẾ HOẠCH",
                   "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2025 - 2030",
                   "(Ban hành kèm theo Quyết định số 2318/QĐ-BVHTTDL ngày 28 tháng 7 năm 2025 của "
                   "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch)")
    for kind, text in (
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Mục đích: Hình thành thói quen đọc sách trong các tầng lớp nhân dân, góp phần xây dựng "
              "xã hội học tập."),
        ("p", "2. Yêu cầu: Các nhiệm vụ phải cụ thể, khả thi, gắn với trách nhiệm của từng cơ quan, đơn vị."),
        ("h", "II. MỤC TIÊU"),
        ("h", "1. Mục tiêu tổng quát"),
        ("p", "Phát triển phong trào đọc sách rộng khắp; nâng cao năng lực của hệ thống thư viện trong "
              "việc phục vụ nhu cầu đọc của người dân, nhất là ở vùng sâu, vùng xa."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "a) Phấn đấu đến năm 2030, 100% thư viện công cộng cấp tỉnh kết nối liên thông với "
              "Thư viện Quốc gia Việt Nam."),
        ("p", "b) Các chỉ tiêu phát triển thư viện theo từng năm:"),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    _table(doc, [["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2027", "Năm 2030"],
                 ["1", "Tỷ lệ thư viện công cộng cấp tỉnh số hóa tài liệu quý hiếm", "%", "40", "70", "100"],
                 ["2", "Số bản sách bình quân trên người tại thư viện công cộng", "bản", "0,4", "0,5", "0,6"],
                 ["3", "Tỷ lệ trường phổ thông có thư viện đạt chuẩn", "%", "65", "80", "95"]])
    for kind, text in (
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Hoàn thiện thể chế về thư viện và văn hóa đọc"),
        ("p", "Rà soát, đề xuất sửa đổi các quy định về tiêu chuẩn thư viện cơ sở."),
        ("h", "2. Phát triển hệ thống thư viện số"),
        ("p", "Xây dựng nền tảng thư viện số dùng chung; số hóa tài liệu quý hiếm của các thư viện."),
        ("h", "3. Tổ chức Ngày Sách và Văn hóa đọc Việt Nam hằng năm"),
        ("p", "Tổ chức các hoạt động hưởng ứng vào ngày 21 tháng 4 hằng năm tại các địa phương."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Vụ Thư viện chủ trì, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp báo cáo Bộ trưởng."),
        ("p", "2. Vụ Kế hoạch, Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Bộ."),
        ("p", "3. Thư viện Quốc gia Việt Nam chủ trì xây dựng nền tảng thư viện số dùng chung."),
        ("p", "4. Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương tham mưu Ủy ban "
              "nhân dân cấp tỉnh triển khai Kế hoạch tại địa phương."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    return _save(doc)


def joint_plan() -> bytes:
    doc = _new()
    _layout(doc, ["SỞ Y TẾ - HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH THANH HÓA", "-------",
                  "Số: 05/KHLT-SYT-HLHPN"],
            [*MOTTO, "Thanh Hóa, ngày 14 tháng 4 năm 2026"], widths=(7.5, 8.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phối hợp chăm sóc sức khỏe sinh sản cho phụ nữ vùng đồng bào dân tộc thiểu số năm 2026",
               bold=True, center=True)
    for kind, text in (
        ("p", "Căn cứ Chương trình phối hợp số 12/CTrPH-BYT-HLHPNVN ngày 08/3/2024 giữa Bộ Y tế và Trung ương "
              "Hội Liên hiệp Phụ nữ Việt Nam về chăm sóc sức khỏe phụ nữ giai đoạn 2024 - 2028;"),
        ("p", "Căn cứ Kế hoạch số 88/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Hóa về thực hiện công tác "
              "dân số và phát triển năm 2026;"),
        ("p", "Sở Y tế và Hội Liên hiệp Phụ nữ tỉnh thống nhất ban hành Kế hoạch liên tịch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao nhận thức và khả năng tiếp cận dịch vụ chăm sóc sức khỏe sinh sản của phụ nữ "
              "vùng đồng bào dân tộc thiểu số."),
        ("h", "2. Chỉ tiêu"),
        ("p", "- 85% phụ nữ mang thai được khám thai ít nhất 4 lần trong thai kỳ;"),
        ("p", "- Giảm tỷ lệ phụ nữ sinh con tại nhà xuống dưới 3%;"),
        ("p", "- Tỷ lệ phụ nữ từ 30 đến 54 tuổi được sàng lọc ung thư cổ tử cung tăng thêm 10% so với năm 2025;"),
        ("p", "- Mỗi xã vùng đồng bào dân tộc thiểu số thành lập ít nhất 01 câu lạc bộ phụ nữ chăm sóc "
              "sức khỏe sinh sản."),
        ("h", "II. NỘI DUNG PHỐI HỢP"),
        ("h", "1. Truyền thông thay đổi hành vi"),
        ("p", "Tổ chức truyền thông trực tiếp tại cộng đồng bằng tiếng dân tộc; biên soạn tài liệu "
              "truyền thông phù hợp với phong tục, tập quán."),
        ("h", "2. Tập huấn cho cán bộ Hội và nhân viên y tế thôn, bản"),
        ("p", "Tổ chức 06 lớp tập huấn về kỹ năng tư vấn sức khỏe sinh sản."),
        ("h", "3. Khám sàng lọc lưu động"),
        ("p", "Tổ chức các đợt khám sàng lọc lưu động tại các xã vùng cao."),
        ("h", "III. KINH PHÍ"),
        ("p", "Sở Y tế bố trí 450 triệu đồng từ nguồn kinh phí sự nghiệp y tế năm 2026; Hội Liên hiệp "
              "Phụ nữ tỉnh bố trí 120 triệu đồng từ nguồn kinh phí hoạt động năm 2026."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và các trạm y tế xã phối hợp triển "
              "khai các hoạt động chuyên môn."),
        ("p", "2. Hội Liên hiệp Phụ nữ tỉnh: Chỉ đạo Hội Liên hiệp Phụ nữ các xã vận động hội viên "
              "tham gia các hoạt động."),
        ("p", "3. Trung tâm Kiểm soát bệnh tật tỉnh: Cung cấp tài liệu, cử cán bộ tham gia tập huấn, "
              "khám sàng lọc."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.0, 8.0])
    _cell_lines(table.cell(0, 0), ["TM. BAN THƯỜNG VỤ", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH", "PHÓ CHỦ TỊCH", "", "",
                                   "Lê Thị Thu Hà"], bold_upto=6, size=13)
    _cell_lines(table.cell(0, 1), ["KT. GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Bá Cường"],
                bold_upto=6, size=13)
    for i, line in enumerate(["Nơi nhận:", "- UBND tỉnh (b/c);", "- TW Hội LHPN Việt Nam (b/c);",
                              "- Ban Giám đốc Sở Y tế;", "- Thường trực Hội LHPN tỉnh;",
                              "- Trung tâm Kiểm soát bệnh tật tỉnh;", "- Hội LHPN các xã;",
                              "- Lưu: VT SYT, VT HLHPN."]):
        _paragraph(doc, line, bold=i == 0, size=11, space_after=0)
    return _save(doc)


DOCUMENTS = {
    "h1_bvhttdl_2318-qd-bvhttdl_2025_qd-kem-kh.docx": ministry_decision,
    "h1_thanhhoa_05-khlt-syt-hlhpn_2026_lien-tich.docx": joint_plan,
}
PDF_FROM = {"h1_thanhhoa_05-khlt-syt-hlhpn_2026_lien-tich.pdf": "h1_thanhhoa_05-khlt-syt-hlhpn_2026_lien-tich.docx"}


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    built = {name: make() for name, make in DOCUMENTS.items()}
    for name in ("h1_bvhttdl_2318-qd-bvhttdl_2025_qd-kem-kh.docx",):
        (folder / name).write_bytes(built[name])
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    for pdf, source in PDF_FROM.items():
        if soffice is None:
            print(f"soffice not found: {pdf} not written", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / source
            src.write_bytes(built[source])
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                           check=True, capture_output=True, timeout=180)
            (folder / pdf).write_bytes((Path(tmp) / source).with_suffix(".pdf").read_bytes())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
