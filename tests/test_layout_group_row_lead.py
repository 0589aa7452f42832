"""A task table cut by a page break whose next page opens with a GROUP row ("IV | Cải cách
tài chính công", a Roman or capital-letter code over the tasks of the next group, its other
cells empty): the lead of the last task above is no lead of the group, though its lead cell
is empty as a lead merged down over the break is (extractors.layout.continued.join).
Invented rows (a real plan's Word table printed to PDF showed it)."""

import pytest

from extractors.layout.continued import join

HEAD = ["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
LAST = ["6", "Rà soát định mức chi sự nghiệp", "Báo cáo rà soát", "Sở Tài chính", "Các sở, ngành", "Quý III/2027"]


@pytest.mark.parametrize("first,expected", [
    # must not: a group row keeps its lead cell empty
    (["IV", "Cải cách tài chính công", "", "", "", ""], ["IV", "Cải cách tài chính công", "", "", "", ""]),
    (["B", "Nhiệm vụ về chuyển đổi số", "", "", "", ""], ["B", "Nhiệm vụ về chuyển đổi số", "", "", "", ""]),
    (["XII.", "Công tác kiểm tra", "", "", "", ""], ["XII.", "Công tác kiểm tra", "", "", "", ""]),
    # must match: a task's row (an Arabic or decimal code) under a lead merged down over the break
    (["7", "Công khai dự toán ngân sách", "Quyết định công khai", "", "Kho bạc Nhà nước", "Quý IV/2027"],
     ["7", "Công khai dự toán ngân sách", "Quyết định công khai", "Sở Tài chính", "Kho bạc Nhà nước", "Quý IV/2027"]),
    (["2.3", "Kiểm tra việc quyết toán", "", "", "", ""],
     ["2.3", "Kiểm tra việc quyết toán", "", "Sở Tài chính", "", ""]),
])
def test_a_group_row_after_a_page_break_carries_no_lead(first, expected):
    assert join([HEAD, LAST], [first])[2] == expected
