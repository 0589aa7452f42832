"""An amending decision's new wording of a target, quoted under a point named only by its place in the plan ("1. Điểm
b khoản 1 Mục II được sửa đổi như sau:" / '"b) Phấn đấu đến năm 2027 có 85% hộ ... ; 60% ... ."'): the quoted item
opens on an aim ("Phấn đấu", "Đến năm 2027", "Tỷ lệ ...") and is the document's objective, its numbers its targets,
the quote marks and the item's letter left out. Not a quoted task ('"c) Tổ chức 05 lớp tập huấn cho 100% cán bộ'),
nor a slogan or a name in quotes, nor where the document states objectives of its own (the quoted wording is read
only when nothing else is)."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: 2214/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 14 tháng 11 năm 2026

QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung Kế hoạch số 58/KH-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN {upper}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Kế hoạch số 58/KH-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân huyện như sau:
{points}
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.

CHỦ TỊCH
Lò Văn Tính
"""


def _objectives(points: str, place: str = "Mường Khoa") -> list[tuple]:
    text = DOC.format(place=place, upper=place.upper(), points=points)
    outcome = process("quyet-dinh.txt", text.encode("utf-8"))
    record = outcome.record.model_dump(mode="json")
    for o in record["objectives"]:  # each span holds its objective's text
        assert o["text"] in outcome.text[o["span"]["start"]: o["span"]["end"]]
    return [(o["text"][:40], o["target_year"], sorted(t["value"] for t in o["targets"])) for o in record["objectives"]]


@pytest.mark.parametrize("points,want", [
    ('1. Điểm b khoản 1 Mục II được sửa đổi như sau:\n'
     '"b) Phấn đấu đến năm 2027 có 85% hộ gia đình được sử dụng nước sạch; 60% chất thải rắn sinh hoạt được phân loại '
     'tại nguồn."\n2. Thay thế Phụ lục kèm theo Kế hoạch bằng Phụ lục kèm theo Quyết định này.',
     [("Phấn đấu đến năm 2027 có 85% hộ gia đình", 2027, [60.0, 85.0])]),
    ('1. Sửa đổi điểm a khoản 2 Mục I như sau:\n'
     '“a) Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 19,5% vào năm 2028;\n'
     '- 95% trạm y tế xã thực hiện khám, chữa bệnh bảo hiểm y tế.”\n'
     '2. Các nội dung khác giữ nguyên.',
     [("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng ", 2028, [19.5]),
      ("95% trạm y tế xã thực hiện khám, chữa bện", None, [95.0])]),
])
def test_a_quoted_aim_under_an_amended_point_is_an_objective(points, want):
    assert _objectives(points) == [(text[:40], year, values) for text, year, values in want]


@pytest.mark.parametrize("points", [
    # a quoted task, its numbers no target of the plan's
    '1. Điểm c khoản 1 Mục II được sửa đổi như sau:\n'
    '"c) Tổ chức 05 lớp tập huấn cho 100% cán bộ làm công tác môi trường cấp xã."\n2. Các nội dung khác giữ nguyên.',
    # a slogan in quotes
    '1. Bổ sung điểm d khoản 3 Mục II như sau:\n'
    '"d) Phát động phong trào \u201cNgày Chủ nhật xanh\u201d tại 100% thôn, bản."\n2. Các nội dung khác giữ nguyên.',
    # a point that amends money
    '1. Khoản 1 Mục IV được sửa đổi như sau:\n'
    '"1. Tổng kinh phí thực hiện là 1.250 triệu đồng từ ngân sách huyện."\n2. Các nội dung khác giữ nguyên.',
])
def test_other_quoted_wording_is_no_objective(points):
    assert _objectives(points, place="Tà Xùa") == []
