"""A Word plan of our own (python-docx), for the legacy-format and scan tests: a header
layout table, number and date, title, numbered sections, a ruled budget table with a
merged header, and the signature block. Other province, names and numbers than the
sample corpus.

LibreOffice turns it into .doc, .rtf or .pdf (`to_format`); tests.renditions.scans
rasterizes the PDF.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from pathlib import Path

# (code, label, total, 2022, 2023) in triệu đồng; groups sum their items, the total sums the groups
BUDGET = [
    ("I", "Hỗ trợ đầu tư hạ tầng thủy lợi", "4.350", "2.150", "2.200"),
    ("1", "Kiên cố hóa kênh mương nội đồng", "3.100", "1.500", "1.600"),
    ("2", "Nạo vét hồ chứa nhỏ", "1.250", "650", "600"),
    ("II", "Đào tạo, tập huấn cho nông dân", "875", "425", "450"),
    ("1", "Tập huấn kỹ thuật canh tác lúa", "515", "245", "270"),
    ("2", "Tham quan mô hình điểm", "360", "180", "180"),
    ("", "Tổng cộng", "5.225", "2.575", "2.650"),
]
HEADER = {"number": "45/KH-UBND", "issued_date": "2022-03-18", "place": "Quảng Trị", "signer": "Lê Văn Thành"}


def word_plan() -> bytes:
    """The plan as .docx bytes."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "DejaVu Serif"
    style.font.size = Pt(12)
    head = d.add_table(rows=2, cols=2)
    head.autofit = False
    head.columns[0].width, head.columns[1].width = Cm(6.5), Cm(10.5)  # the date line fits on one line
    for (r, c), text in {(0, 0): "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", (0, 1): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                         "Độc lập - Tự do - Hạnh phúc", (1, 0): "Số: 45/KH-UBND",
                         (1, 1): "Quảng Trị, ngày 18 tháng 3 năm 2022"}.items():
        cell = head.cell(r, c)
        cell.text = text
        cell.width = head.columns[c].width
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, bold in (("KẾ HOẠCH", True), ("Phát triển thủy lợi nội đồng giai đoạn 2022-2023 trên địa bàn tỉnh Quảng Trị", True)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold
    body = [
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển thủy lợi nội đồng giai đoạn 2022-2023 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Nâng cao hiệu quả tưới tiêu, bảo đảm nước cho sản xuất nông nghiệp của các huyện trong tỉnh.",
        "2. Yêu cầu",
        "Đến năm 2023, kiên cố hóa 85% kênh mương nội đồng do cấp xã quản lý.",
        "II. KINH PHÍ THỰC HIỆN",
        "Tổng kinh phí thực hiện Kế hoạch: 5.225 triệu đồng (chi tiết tại bảng dưới đây).",
        "BẢNG DỰ TOÁN KINH PHÍ",
        "Đơn vị tính: triệu đồng",
    ]
    for text in body:
        d.add_paragraph(text)
    table = d.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    table.cell(1, 3).text, table.cell(1, 4).text = "Năm 2022", "Năm 2023"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Chia ra"
    for c, text in enumerate(["TT", "Nội dung", "Tổng kinh phí"]):
        table.cell(0, c).merge(table.cell(1, c)).text = text
    for row in BUDGET:
        cells = table.add_row().cells
        for c, text in enumerate(row):
            cells[c].text = text
    for text in ("III. TỔ CHỨC THỰC HIỆN",
                 "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, hướng dẫn các huyện thực hiện Kế hoạch.",
                 "2. Sở Tài chính bố trí kinh phí theo Kế hoạch."):
        d.add_paragraph(text)
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Sở Tài chính;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn Thành"
    for p in sign.cell(0, 1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("")  # Word always ends a document with a paragraph after its last table
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def to_format(docx_bytes: bytes, target: str, timeout: float = 120) -> bytes:
    """The .docx converted by LibreOffice to `target` ("doc", "rtf", "pdf", "xls" from an
    .xlsx is `to_format(xlsx, "xls")` too, and "ods": the input's type is sniffed)."""
    filters = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export",
               "xls": "xls:MS Excel 97", "odt": "odt:writer8", "html": "html:HTML (StarWriter)", "ods": "ods:calc8"}
    suffix = ".xlsx" if target in ("xls", "ods") else ".docx"
    with tempfile.TemporaryDirectory(prefix="vnplan-test-lo-") as tmp:
        src = Path(tmp, "plan" + suffix)
        src.write_bytes(docx_bytes)
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to",
                        filters[target], "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=timeout,
                       env={**os.environ, "HOME": tmp})
        return Path(tmp, f"plan.{target}").read_bytes()
