"""Hold-out round K: the shapes its invented documents (tests/invented/raw/k_*) exposed, each with
rows that must match and rows that must not (other names and numbers than the documents)."""

import pytest

from extractors.fields.activities import extract_activities
from extractors.segment import outline
from tests.extractors.test_activities import doc_of

# "a) <task>. Giao: <X> chủ trì, phối hợp với <Y> thực hiện; thời gian: ...": the task's line
# assigns it in a last sentence whose "Giao" has a colon; the title is the line less the assignment
GIAO_COLON = """KẾ HOẠCH
Phát triển du lịch nông thôn năm 2027
I. NHIỆM VỤ
1. Xây dựng sản phẩm du lịch
a) Xây dựng 03 mô hình du lịch cộng đồng tại các bản vùng cao. Giao: Sở Văn hóa, Thể thao và Du lịch chủ trì, \
phối hợp với Sở Nông nghiệp và Môi trường, UBND các xã thực hiện; thời gian: năm 2027.
b) Phục dựng 02 lễ hội truyền thống. Giao: Bảo tàng tỉnh chủ trì thực hiện.
2. Quản lý cơ sở lưu trú
Kiểm tra điều kiện an ninh, an toàn tại các cơ sở lưu trú. Giao: Công an tỉnh chủ trì, phối hợp với Sở Y tế thực hiện.
3. Tổng kết
Tổ chức tổng kết, đánh giá kết quả thực hiện. Giao: trong tháng 12 năm 2027.
II. TỔ CHỨC THỰC HIỆN
"""


@pytest.mark.parametrize("name", ["plan.txt", "plan.md"])
def test_giao_colon_assigns_the_task(name):
    d = doc_of(GIAO_COLON, name)
    got = [[a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]] for a in extract_activities(d, outline(d))]
    assert got == [
        ["1.a", "Xây dựng 03 mô hình du lịch cộng đồng tại các bản vùng cao", ["Sở Văn hóa, Thể thao và Du lịch"],
         ["Sở Nông nghiệp và Môi trường", "UBND các xã"]],
        ["1.b", "Phục dựng 02 lễ hội truyền thống", ["Bảo tàng tỉnh"], []],
        ["2", "Quản lý cơ sở lưu trú", ["Công an tỉnh"], ["Sở Y tế"]],
        # must not: "Giao:" that names no agency assigns nothing
        ["3", "Tổng kết", [], []],
    ]
