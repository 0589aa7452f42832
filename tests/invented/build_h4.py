"""Invented documents of round H4: task tables typed with spaces, as `pdftotext -layout` reads a
ruled annex (group rows whose titles wrap in the task column, lead cells left empty where the
PDF merged them down, the header repeated after a page break, "STT" broken "ST" / "T" in its
narrow column, cells one space apart where a cell is full).

- the .txt rendition of round G's Party committee programme (g_tinhuy-namduong_27-ctr-tu_2021_
  phu-luc-ban-dang.pdf) made by `pdftotext -layout` (its gold is the PDF's with its source changed);
- a Sở's plan for natural disaster prevention with its task annex, typed here as such a text.

Everything is invented (the province Hòa Lâm, names, numbers, dates). `python -m
tests.invented.build_h4 OUTDIR` writes the files (the first needs pdftotext).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RAW = Path(__file__).parent / "raw"


def row(cells, at=(0, 5, 44, 62, 88)) -> str:
    """A line of cells, each at its column (one space after a cell that fills it)."""
    out = ""
    for cell, x in zip(cells, at):
        if cell:
            out = out.ljust(x) if len(out) < x or not out else out + " "
            out += cell
    return out


HEAD = [row(["ST", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]),
        row(["T", "", "", "", "hoàn thành"])]
P2 = (0, 5, 41, 59, 86)  # the second page set a little narrower
HEAD2 = [row(["ST", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], P2),
         row(["T", "", "", "", "hoàn thành"], P2)]


LINES = [
    " UBND TỈNH HÒA LÂM                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ NÔNG NGHIỆP VÀ PHÁT                    Độc lập - Tự do - Hạnh phúc",
    "   TRIỂN NÔNG THÔN                     ---------------------------",
    "       -------",
    "  Số: 86/KH-SNN                        Hòa Lâm, ngày 09 tháng 3 năm 2026",
    "",
    "                                   KẾ HOẠCH",
    "         Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
    "                                   --------",
    "Căn cứ Kế hoạch số 25/KH-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân",
    "dân tỉnh Hòa Lâm về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026;",
    "Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Chủ động phòng ngừa, ứng phó kịp thời với thiên tai, giảm thiểu thiệt",
    "hại về người và tài sản, bảo vệ sản xuất nông nghiệp.",
    "2. Phân công rõ đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành",
    "từng nhiệm vụ.",
    "II. NHIỆM VỤ CỤ THỂ",
    "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch, tổng hợp",
    "báo cáo Giám đốc Sở.",
    "2. Chi cục Thủy lợi là cơ quan thường trực, tham mưu Sở chỉ đạo công tác",
    "phòng, chống thiên tai của ngành.",
    "Nơi nhận:                                       KT. GIÁM ĐỐC",
    "- UBND tỉnh (b/c);                             PHÓ GIÁM ĐỐC",
    "- Giám đốc Sở;",
    "- Các phòng, chi cục, đơn vị thuộc Sở;",
    "- Lưu: VT, TL.                                Đinh Công Khải",
    "\f                                                  PHỤ LỤC",
    "              NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026",
    "          (Kèm theo Kế hoạch số 86/KH-SNN ngày 09/3/2026 của Sở Nông nghiệp và PTNT)",
    *HEAD,
    row(["I", "NÂNG CAO NĂNG LỰC CHỈ ĐẠO, ĐIỀU"]),
    row(["", "HÀNH"]),
    row(["1", "Kiện toàn Ban Chỉ huy phòng, chống", "Văn phòng Sở", "Phòng Tổ chức cán bộ", "Tháng"]),
    row(["", "thiên tai và tìm kiếm cứu nạn của Sở", "", "", "3/2026"]),
    row(["2", "Xây dựng, cập nhật phương án ứng phó", "Chi cục Thủy lợi", "Sở Xây dựng, Sở Công", "Tháng"]),
    row(["", "với bão mạnh, siêu bão", "", "Thương", "5/2026"]),
    row(["3", "Tập huấn nghiệp vụ cho lực lượng xung", "", "UBND các huyện, thị", "Quý"]),
    row(["", "kích phòng, chống thiên tai cấp xã", "", "xã", "II/2026"]),
    row(["II", "BẢO ĐẢM AN TOÀN CÔNG TRÌNH ĐÊ"]),
    row(["", "ĐIỀU, HỒ ĐẬP"]),
    row(["4", "Kiểm tra hiện trạng đê điều, hồ chứa", "Chi cục Thủy lợi", "Công ty TNHH MTV Khai", "Tháng"]),
    row(["", "trước mùa mưa lũ", "", "thác công trình thủy", "4/2026"]),
    row(["", "", "", "lợi Hòa Lâm"]),
    row(["5", "Sửa chữa cống qua đê bị hư hỏng", "Ban Quản lý dự án", "UBND các huyện ven", "Quý"]),
    row(["", "", "Nông nghiệp", "sông", "II/2026"]),
    "\f" + HEAD2[0], HEAD2[1],
    row(["6", "Vận hành an toàn các hồ chứa nước", "Công ty TNHH MTV", "Đài Khí tượng Thủy", "Mùa mưa"], P2),
    row(["", "lớn trong mùa mưa lũ", "Khai thác công", "văn tỉnh", "lũ"], P2),
    row(["", "", "trình thủy lợi Hòa", ""], P2),
    row(["", "", "Lâm"], P2),
    row(["III", "BẢO VỆ SẢN XUẤT NÔNG NGHIỆP"], P2),
    row(["7", "Hướng dẫn chuyển đổi cơ cấu mùa vụ", "Chi cục Trồng trọt", "Trung tâm Khuyến", "Thường"], P2),
    row(["", "né tránh thiên tai", "và Bảo vệ thực vật", "nông tỉnh", "xuyên"], P2),
    row(["8", "Dự trữ giống cây trồng, vật tư khắc", "", "Sở Tài chính", "Năm 2026"], P2),
    row(["", "phục hậu quả thiên tai"], P2),
    row(["9", "Tổng hợp thiệt hại, đề xuất hỗ trợ", "Phòng Kế hoạch -", "Các chi cục thuộc", "Sau mỗi"], P2),
    row(["", "khôi phục sản xuất", "Tài chính", "Sở; UBND các", "đợt thiên"], P2),
    row(["", "", "", "huyện, thị xã", "tai"], P2),
]


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pdf = RAW / "g_tinhuy-namduong_27-ctr-tu_2021_phu-luc-ban-dang.pdf"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out / "h4_tinhuy-namduong_27-ctr-tu_2021_phu-luc-layout.txt")],
                   check=True)
    (out / "h4_so-nnptnt-hoalam_86-kh-snn_2026_phong-chong-thien-tai.txt").write_text("\n".join(LINES) + "\n",
                                                                                      encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else RAW)
