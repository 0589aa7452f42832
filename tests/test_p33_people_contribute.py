"""The people's contribution named by "Dân" alone, as a budget table's column heads it ("Dân đóng góp", "Dân đối
ứng") or a sentence puts it ("dân đóng góp 150 triệu đồng"): mobilized money, as "Nhân dân đóng góp" was. Not a
contribution of views ("dân đóng góp ý kiến"), not a level's counterpart ("ngân sách xã đối ứng")."""

from __future__ import annotations

import pytest

from extractors.fields.budget_statements import source_of
from extractors.tables.rebuild import source_of_leaf


@pytest.mark.parametrize("head,source", [
    ("Dân đóng góp", "mobilized"),
    ("Dân đối ứng", "mobilized"),
    ("Vốn dân đóng góp", "mobilized"),
    ("Nhân dân đóng góp", "mobilized"),
    # must not
    ("Ngân sách xã đối ứng", "local"),
    ("Dân tộc thiểu số", "other"),
])
def test_a_column_of_the_peoples_money(head, source):
    assert source_of_leaf(head) == source


@pytest.mark.parametrize("label,source", [
    ("dân đóng góp", "mobilized"),
    ("Hỗ trợ đồng bào dân tộc", "total"),
    ("Tổ chức hội nghị để dân đóng góp ý kiến", "total"),
])
def test_a_label_of_the_peoples_money(label, source):
    assert source_of(label) == source
