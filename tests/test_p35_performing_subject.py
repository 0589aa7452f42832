"""Who leads a task, said in a sentence after the task's own that opens on the body carrying it out: "Rà soát hồ sơ;
Công chức Tư pháp - Hộ tịch thực hiện", "... Công chức Địa chính - Xây dựng thực hiện, Văn phòng - Thống kê phối
hợp", "... Văn phòng - Thống kê phối hợp với Đoàn Thanh niên xã thực hiện"; and the label "Trách nhiệm:" after the
task on its line ("Số hóa hồ sơ. Trách nhiệm: Bộ phận Một cửa; thời gian: cả năm"). Not a sentence whose verb goes on
("Ủy ban nhân dân xã thực hiện theo Kế hoạch số ..."), nor one whose body does something else ("giám sát việc thực
hiện")."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
PHƯỜNG {upper}
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 21 tháng 2 năm 2028

KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2028

I. NHIỆM VỤ
1. {task}
2. Tổng kết công tác năm
Tổng kết vào tháng 12/2028.

II. TỔ CHỨC THỰC HIỆN
Các ban, ngành, đoàn thể phường thực hiện theo chức năng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Thị Hậu
"""


def _first(task: str, place: str = "Hòa Khánh") -> dict:
    text = DOC.format(place=place, upper=place.upper(), task=task)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    first = record["activities"][0]
    assert first["code"] == "1"
    return first


@pytest.mark.parametrize("task,title,lead,partners", [
    ("Cập nhật văn bản pháp luật mới; Công chức Tư pháp - Hộ tịch thực hiện.",
     "Cập nhật văn bản pháp luật mới", ["Công chức Tư pháp - Hộ tịch"], []),
    ("Tổ chức ngày Pháp luật. Đoàn Thanh niên phường thực hiện, Hội Liên hiệp Phụ nữ phường phối hợp.",
     "Tổ chức ngày Pháp luật", ["Đoàn Thanh niên phường"], ["Hội Liên hiệp Phụ nữ phường"]),
    ("Xây dựng tủ sách pháp luật. Văn phòng - Thống kê phối hợp với Mặt trận Tổ quốc phường triển khai thực hiện.",
     "Xây dựng tủ sách pháp luật", ["Văn phòng - Thống kê"], ["Mặt trận Tổ quốc phường"]),
    ("Hòa giải ở cơ sở. Trách nhiệm: Ban Hòa giải các tổ dân phố; thời gian: cả năm.",
     "Hòa giải ở cơ sở", ["Ban Hòa giải các tổ dân phố"], []),
])
def test_the_body_a_later_sentence_opens_on_leads(task, title, lead, partners):
    first = _first(task)
    assert (first["title"], first["lead_agencies"], first["partner_agencies"]) == (title, lead, partners)


@pytest.mark.parametrize("task", [
    "Tổ chức hội nghị tuyên truyền. Ủy ban nhân dân phường thực hiện theo Kế hoạch số 12/KH-UBND.",
    "Giám sát việc thi hành pháp luật. Hội đồng nhân dân phường giám sát việc thực hiện.",
])
def test_must_not_take_a_sentence_that_goes_on_or_does_something_else(task):
    first = _first(task, place="Tân An")
    assert first["lead_agencies"] == []
