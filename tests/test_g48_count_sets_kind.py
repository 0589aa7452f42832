"""An objective item under a "Mục tiêu" heading that names no kind, which commits to a number of a noun the count
reading does not list, to a level, or to a number in words ("Bình quân đạt 1,5 bản sách/người dân; tăng thêm ít nhất
10 tủ sách cộng đồng", "Tổ chức ít nhất hai lớp tập huấn ...", "Có thêm 350 thuê bao ..."): specific, as an item with
a percent or a listed count already was (the set's golds read every such item specific); it had been read general.
Found probing round G48's shapes (a city's plan, counts in words and with units). Must-not rows: an aim with no
number, "có một số ..." (some), a sum of money ("đạt 72 triệu đồng/người/năm": the set's golds read a lone aim
naming one general), a year after "đạt". Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline


def _kinds(item: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ LONG ĐIỀN BẮC\n-------\nSố: 71/KH-UBND\nLong Điền Bắc, ngày 9 tháng 3 năm 2028\n"
            "KẾ HOẠCH\nPhát triển văn hóa đọc năm 2028\nI. KẾT QUẢ NĂM 2027\nToàn thành phố có 32 tủ sách.\n"
            f"II. MỤC TIÊU NĂM 2028\n- {item}\n- Duy trì 100% phường, xã có điểm đọc sách.\n"
            "III. TỔ CHỨC THỰC HIỆN\nPhòng Văn hóa - Khoa học và Thông tin theo dõi.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_objectives(doc, outline(doc), period={"start_year": 2028, "end_year": 2028})
    return [(o["text"][:30], o["kind"]) for o in found]


@pytest.mark.parametrize("item, kind", [
    # must: a level and a count of an unlisted noun
    ("Bình quân đạt 1,2 bản sách/người dân; tăng thêm ít nhất 8 tủ sách cộng đồng.", "specific"),
    # must: a number in words
    ("Tổ chức ít nhất ba hội thi kể chuyện theo sách cho thiếu nhi.", "specific"),
    # must: a count with its unit
    ("Có thêm 350 thuê bao sử dụng thư viện số của thành phố.", "specific"),
    # must not: no number
    ("Xây dựng môi trường đọc thân thiện, thu hút thanh thiếu niên.", "general"),
    # must not: "một số" is some
    ("Có một số mô hình đọc sách hiệu quả được nhân rộng.", "general"),
    # must not: a sum of money (a lone aim may name one and stay general)
    ("Thu nhập bình quân đầu người khu vực nông thôn đạt 72 triệu đồng/người/năm.", "general"),
    # must not: a year after "đạt"
    ("Phấn đấu đạt 2028 là năm văn hóa đọc của thành phố.", "general"),
])
def test_an_item_that_sets_a_number(item, kind):
    found = _kinds(item)
    assert found[0] == (item[:30], kind)
    assert found[1] == ("Duy trì 100% phường, xã có điể", "specific")
