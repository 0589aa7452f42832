"""A signature whose column a scan or a text copy interleaves with the recipients: the title
lines, then "Nơi nhận:" and its list (a recipient wrapped onto a line of its own in small
letters), then the signer's second title in capitals ("CỤC TRƯỞNG CỤC ..." over seven words),
then the name with its rank. The name is found; prose or an appendix after a title still ends
the search. Invented texts (other bodies and names)."""

import pytest

from pipeline import extract_one

HEAD = """BỘ QUỐC PHÒNG
BAN CHỈ ĐẠO LIÊN NGÀNH
Số: 48/KH-BCĐLN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 16 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra công tác phòng cháy năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả công tác kiểm tra.
"""

INTERLEAVED = """KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nơi nhận:
- Văn phòng Chính phủ (để báo cáo);
- Bộ Tài chính, Bộ Xây dựng, Bộ Giáo dục và Đào
tạo, Bộ Y tế, Bộ Công Thương (để phối hợp);
- Lưu: VT.
CỤC TRƯỞNG
CỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN
Thiếu tướng Đỗ Quang Thịnh
"""


def _signer(tmp_path, tail):
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + tail, encoding="utf-8")
    return extract_one(path).record.signer


def test_name_after_interleaved_recipients_and_a_long_second_title(tmp_path):
    assert _signer(tmp_path, INTERLEAVED).name == "Đỗ Quang Thịnh"


def test_name_after_a_recipient_wrapped_onto_a_line_in_small_letters(tmp_path):
    tail = INTERLEAVED.replace("CỤC TRƯỞNG\nCỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN\n", "")
    assert _signer(tmp_path, tail).name == "Đỗ Quang Thịnh"


@pytest.mark.parametrize("tail", [
    # a line in small letters after a recipient that ended (";", "."), and then a name: prose
    "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNơi nhận:\n- Văn phòng Chính phủ;\n"
    "các đơn vị báo cáo kết quả về Ban Chỉ đạo trước ngày 15 tháng 12 năm 2026 để tổng hợp.\n"
    "Nguyễn Văn Hải\n",
    # prose after the title ends the search: a later line's name is no signer
    "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNơi nhận:\n- Lưu: VT.\n"
    "các đơn vị báo cáo kết quả về Ban Chỉ đạo trước ngày 15 tháng 12 năm 2026 để tổng hợp.\n"
    "Nguyễn Văn Hải\n",
    # an appendix heading in capitals after the title ends it too
    "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNơi nhận:\n- Lưu: VT.\n"
    "PHỤ LỤC I DANH MỤC CÁC CƠ SỞ ĐƯỢC KIỂM TRA NĂM 2026\nNguyễn Văn Hải\n",
])
def test_no_name_past_prose_or_an_appendix(tmp_path, tail):
    assert _signer(tmp_path, tail).name is None


@pytest.mark.parametrize("line, is_name", [
    ("CHU TỊCH PHO", False),  # a scan's "PHÓ CHỦ TỊCH" read with its marks lost and out of order
    ("GIAM ĐỐC LÊ", False),
    # must not: names whose words come near a title's
    ("CHU THỊ MAI", True), ("HÀ BÍCH THU", True), ("LÊ VĂN CHỦ", True), ("NGUYỄN VĂN GIÁM", True),
])
def test_a_title_read_without_marks_is_no_name(line, is_name):
    from extractors.fields.header import looks_like_name
    assert looks_like_name(line) is is_name
