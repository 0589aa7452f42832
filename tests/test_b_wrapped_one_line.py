"""A document stored on one line (its breaks lost), then printed and copied back out of the PDF
(`pdftotext -raw`, a viewer's copy): the one line wrapped at the page's width, so its header
runs on across lines ("ỦY BAN NHÂN DÂN XÃ X CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM Độc lập - Tự do
- Hạnh phúc Số: 14/KH-UBND ..."). Such a run of wrapped lines is one line again, and its breaks
are put back as for the one line (extractors.layout.one_line.restore_lines). A header copied
out of its two-column table ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..." on one line, "Số:" and the
type on lines of their own) is no such run."""

from __future__ import annotations

from extractors.layout.one_line import restore_lines
from pipeline.process import process

ONE_LINE = ("ỦY BAN NHÂN DÂN XÃ KHE LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: "
            "14/KH-UBND Khe Lâm, ngày 09 tháng 5 năm 2027 KẾ HOẠCH Phòng, chống sốt xuất huyết trên địa bàn xã năm "
            "2027 Căn cứ Kế hoạch số 318/KH-UBND ngày 02 tháng 4 năm 2027 của Ủy ban nhân dân huyện Đồng Mây về "
            "phòng, chống dịch bệnh năm 2027; Ủy ban nhân dân xã ban hành Kế hoạch như sau: I. MỤC TIÊU 1. Mục "
            "tiêu chung Giảm số ca mắc sốt xuất huyết, không để dịch lan rộng. 2. Mục tiêu cụ thể - 100% thôn tổ "
            "chức chiến dịch diệt lăng quăng; - 85% hộ gia đình được tuyên truyền về phòng bệnh. II. NHIỆM VỤ 1. "
            "Tổ chức chiến dịch diệt lăng quăng tại các thôn. Giao Trạm Y tế xã chủ trì, phối hợp với Đoàn Thanh "
            "niên xã thực hiện. III. TỔ CHỨC THỰC HIỆN 1. Trạm Y tế xã: theo dõi, báo cáo tình hình dịch bệnh hằng "
            "tuần. Nơi nhận: - UBND huyện Đồng Mây; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hà Văn Sình")


def _wrapped(text: str, width: int = 76) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line]) + "\n"


def test_a_wrapped_one_line_document_is_read():
    rec = process("kh.txt", _wrapped(ONE_LINE).encode("utf-8")).dump
    assert rec["issuer"]["name"] == "Ủy ban nhân dân xã Khe Lâm"
    assert rec["number"] == "14/KH-UBND" and rec["issued_date"] == "2027-05-09"
    assert rec["signer"]["name"] == "Hà Văn Sình"
    assert [a["lead_agencies"] for a in rec["activities"]] == [["Trạm Y tế xã"]]
    assert [r["agency"] for r in rec["responsibilities"]] == ["Trạm Y tế xã"]


TWO_COLUMNS = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KHE LÂM Độc lập - Tự do - Hạnh phúc
Số: 14/KH-UBND Khe Lâm, ngày 09 tháng 5 năm 2027
KẾ HOẠCH
Phòng, chống sốt xuất huyết trên địa bàn xã năm 2027
Căn cứ Kế hoạch số 318/KH-UBND ngày 02 tháng 4 năm 2027 của Ủy ban nhân dân huyện Đồng Mây về phòng,
chống dịch bệnh năm 2027; Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Giảm số ca mắc sốt xuất huyết, không để dịch lan rộng; tổ chức chiến dịch diệt lăng quăng tại các thôn
trong các tháng mùa mưa, bảo đảm 100% thôn tham gia.
"""


def test_a_header_copied_out_of_its_table_is_left_as_it_is():
    assert restore_lines(TWO_COLUMNS) == TWO_COLUMNS
