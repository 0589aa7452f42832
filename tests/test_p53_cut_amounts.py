"""An estimate's row that a page break cut inside its amounts: a narrow "Thành tiền" column wraps "5.000.000" as
"5.000.00" / "0", and the page ends between the two lines, so the next page opens on the row's rest (" | trường |
 |  | 0 | 0"). Round P53 (G50's estimate as a Word-made PDF): the rest stood under numbers, so it was read as a row of
its own ("trường" with 0 đồng) and the row kept "5.000.00". Digits that finish an amount cut in its last group now
finish the row (extractors.layout.continued.finishes_row, _number_finished). Numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.continued import finishes_row, join

HEADER = ["TT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Định mức", "Thành tiền"]


@pytest.mark.parametrize("last, first, joined", [
    # must: the label's rest and the amounts' last digits
    (["2", "Thuê hội", "ngày", "1", "5.000.00", "5.000.00"], ["", "trường", "", "", "0", "0"],
     ["2", "Thuê hội trường", "ngày", "1", "5.000.000", "5.000.000"]),
    # must: the amount's digits alone (the label fitted on the page)
    (["III", "Kiểm tra tại cơ sở", "", "", "", "18.000.0"], ["", "", "", "", "", "00"],
     ["III", "Kiểm tra tại cơ sở", "", "", "", "18.000.000"]),
    (["4", "Tài liệu cho học viên", "bộ", "100", "50.000", "5.000.00"], ["", "", "", "", "", "0"],
     ["4", "Tài liệu cho học viên", "bộ", "100", "50.000", "5.000.000"]),
])
def test_a_cut_amount_is_finished(last, first, joined):
    assert finishes_row(last, first)
    assert join([HEADER, last], [first]) == [HEADER, joined]


@pytest.mark.parametrize("last, first", [
    # must not: digits under whole amounts start a row of their own
    (["2", "Thuê hội trường", "ngày", "1", "5.000.000", "5.000.000"], ["", "", "", "", "0", "0"]),
    # must not: too many digits for the cut group
    (["2", "Thuê hội trường", "ngày", "1", "5.000.00", "5.000.00"], ["", "", "", "", "000", "000"]),
    # must not: a total's row under the last item
    (["3", "In ấn tài liệu", "bộ", "120", "30.000", "3.600.000"], ["", "Tổng cộng", "", "", "", "113.200.000"]),
])
def test_other_rows_start_rows_of_their_own(last, first):
    assert not finishes_row(last, first)
