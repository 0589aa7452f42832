"""An investment project's investor, given as a labelled line under the task: "- Chủ đầu tư: Ban Quản lý dự án
đầu tư xây dựng huyện", "Đơn vị chủ đầu tư: ...". An investor leads its works (the prose form, "Giao X làm chủ đầu
tư", was read so already): the label names the task's lead as "Cơ quan chủ trì:" does. Not a task that mentions
investors in its words ("Hướng dẫn các chủ đầu tư lập hồ sơ ...")."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 09 tháng 6 năm 2026

KẾ HOẠCH
Đầu tư hạ tầng nông thôn mới huyện {place} năm 2026

I. NỘI DUNG
1. Nâng cấp tuyến đường liên xã {a} - {b}
- Quy mô: dài 4,2 km, mặt đường bê tông.
{label_line}
2. Xây dựng nhà văn hóa thôn {b}
- Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin.

II. TỔ CHỨC THỰC HIỆN
Các phòng, ban chuyên môn thực hiện theo chức năng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Quang
"""


def _leads(label_line: str, place: str = "Mường Tè") -> list[list[str]]:
    text = DOC.format(place=place, upper=place.upper(), a="Nậm Khao", b="Bum Tở", label_line=label_line)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    return [a["lead_agencies"] for a in record["activities"]]


@pytest.mark.parametrize("label_line,lead", [
    ("- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng huyện.", "Ban Quản lý dự án đầu tư xây dựng huyện"),
    ("- Đơn vị chủ đầu tư: Ủy ban nhân dân xã Nậm Khao.", "Ủy ban nhân dân xã Nậm Khao"),
    ("Chủ đầu tư: Ban Quản lý các dự án đầu tư xây dựng và phát triển quỹ đất.",
     "Ban Quản lý các dự án đầu tư xây dựng và phát triển quỹ đất"),
])
def test_an_investor_label_names_the_lead(label_line, lead):
    assert _leads(label_line) == [[lead], ["Phòng Văn hóa, Khoa học và Thông tin"]]


@pytest.mark.parametrize("label_line", [
    "- Hướng dẫn các chủ đầu tư lập hồ sơ thanh toán theo quy định.",
    "- Kinh phí: 3.200 triệu đồng.",
])
def test_no_investor_label_no_lead(label_line):
    assert _leads(label_line, place="Phong Thổ") == [[], ["Phòng Văn hóa, Khoa học và Thông tin"]]
