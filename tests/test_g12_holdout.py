"""Hold-out round G12 (a ministry's plan with its tasks in an annex, an HĐND resolution with a year-by-source table, a
Đảng ủy Khối programme, a school's plan, a province's plan with a year-rows budget table, a Tổng cục's portal plan, a
word-segmented district plan, a Markdown plan with annexes after the signature): the shapes its invented documents
(tests/invented/raw/g12_*) showed, each with rows that must match and rows that must not (other names, places and
numbers than the documents')."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies


# The market-surveillance office of a province is written without its "Cục" ("Quản lý thị trường tỉnh", "Quản lý thị
# trường thành phố Y"), as "Hải quan tỉnh" or "Thuế tỉnh" are: a name of its own in a list of partners. The words in
# a sentence ("quản lý thị trường bất động sản", "Quản lý thị trường xăng dầu") name no body.
@pytest.mark.parametrize("text, expected", [
    ("Công an tỉnh, Quản lý thị trường tỉnh", ["Công an tỉnh", "Quản lý thị trường tỉnh"]),
    ("Sở Công Thương, Quản lý thị trường thành phố, Công an thành phố",
     ["Sở Công Thương", "Quản lý thị trường thành phố", "Công an thành phố"]),
    ("Sở Y tế và Quản lý thị trường tỉnh Lạc Sơn", ["Sở Y tế", "Quản lý thị trường tỉnh Lạc Sơn"]),
    ("Ban Quản lý an toàn thực phẩm, Quản lý thị trường Hòa Bắc", ["Ban Quản lý an toàn thực phẩm", "Quản lý thị trường Hòa Bắc"]),
    # must not: the words as a task, not a body
    ("Sở Công Thương, quản lý thị trường xăng dầu", ["Sở Công Thương, quản lý thị trường xăng dầu"]),
    ("Sở Xây dựng, Quản lý thị trường bất động sản", ["Sở Xây dựng, Quản lý thị trường bất động sản"]),
    # must not: the office with its Cục, as before
    ("Công an tỉnh, Cục Quản lý thị trường tỉnh", ["Công an tỉnh", "Cục Quản lý thị trường tỉnh"]),
])
def test_the_market_surveillance_office_is_a_name_in_a_list(text, expected):
    assert split_agencies(text) == expected
