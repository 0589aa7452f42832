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


# a budget table whose rows are the sources ("Nguồn kinh phí" heads the label column) and whose
# columns are the years: a row that names none of the coded sources ("Vốn lồng ghép ...", "Vốn
# ODA") is "other", as an unnamed source column is; the total row stays "total"
SOURCE_ROWS_MD = """KẾ HOẠCH
Bảo tồn làng nghề truyền thống năm 2028 - 2029
III. KINH PHÍ
Đơn vị tính: triệu đồng

| TT | {head} | 2028 | 2029 | Tổng |
|---|---|---|---|---|
| 1 | Ngân sách tỉnh | 600 | 650 | 1.250 |
| 2 | Vốn lồng ghép chương trình mục tiêu quốc gia | 210 | 190 | 400 |
| 3 | Vốn ODA | 120 | 80 | 200 |
| 4 | Nhân dân đóng góp | 50 | 40 | 90 |
| | Tổng cộng | 980 | 960 | 1.940 |
"""


def _sources(text: str, name: str) -> list[tuple]:
    from extractors.tables.budget import extract_budget_tables
    d = doc_of(text, name)
    return [(i["row_label"], i["year"], i["source"]) for i in extract_budget_tables(d, {}, [])["items"]
            if i["year"] == 2028]


@pytest.mark.parametrize("head", ["Nguồn vốn", "Nguồn kinh phí"])
def test_unnamed_source_rows_are_other(head):
    assert _sources(SOURCE_ROWS_MD.format(head=head), "plan.md") == [
        ("Ngân sách tỉnh", 2028, "local"),
        ("Vốn lồng ghép chương trình mục tiêu quốc gia", 2028, "other"),
        ("Vốn ODA", 2028, "other"),
        ("Nhân dân đóng góp", 2028, "mobilized"),
        ("Tổng cộng", 2028, "total"),
    ]


def test_rows_of_tasks_are_not_sources():
    # must not: a label column headed "Nội dung" holds tasks, whose rows name no source (all sources together)
    text = SOURCE_ROWS_MD.format(head="Nội dung").replace("Vốn lồng ghép chương trình mục tiêu quốc gia",
                                                           "Khôi phục nghề dệt thổ cẩm")
    assert ("Khôi phục nghề dệt thổ cẩm", 2028, "total") in _sources(text, "plan.md")


# the money those who take part put in, named by who they are: "Người chăn nuôi đóng góp", "Hộ gia
# đình đóng góp", "Phụ huynh học sinh đóng góp" (as "Nhân dân đóng góp" is): mobilized
@pytest.mark.parametrize("label, source", [
    ("Người nuôi trồng thủy sản đóng góp", "mobilized"),
    ("Hộ gia đình đóng góp", "mobilized"),
    ("Phụ huynh học sinh đóng góp", "mobilized"),
    ("Các hộ hưởng lợi đóng góp", "mobilized"),
    ("Hội viên đóng góp", "mobilized"),
    # must not: a contribution of views, or no contributor named, is no source
    ("Người dân đóng góp ý kiến vào dự thảo quy hoạch", "total"),
    ("Tổ chức hội nghị lấy ý kiến đóng góp", "total"),
])
def test_contributors_money_is_mobilized(label, source):
    from extractors.fields.budget_statements import source_of
    from extractors.tables.rebuild import source_of_leaf
    assert source_of(label) == source
    if source == "mobilized":  # a column headed so
        assert source_of_leaf(label) == "mobilized"
