"""Counted targets probed in round C: nouns an objective commits to that earlier rounds
did not count (villages, pages, events, residential groups, stations ...), and a longer
noun read whole before the shorter one it starts with. Must-not rows: the noun is
another word's start, the number is a date or a name's number."""

import pytest

from extractors.fields.objectives import targets_in

CASES = [
    # must match
    ("Đến năm 2028, có ít nhất 40 làng văn hóa du lịch đạt tiêu chuẩn.", [(40.0, "làng", "min")]),
    ("Số hóa trên 250.000 trang tài liệu lưu trữ.", [(250000.0, "trang", "min")]),
    ("Tổ chức 06 sự kiện xúc tiến và 02 hội thảo quốc tế", [(6.0, "sự kiện", "exact"), (2.0, "hội thảo", "exact")]),
    ("Đăng tải 1.200 tin bài, phát hành 24 bản tin", [(1200.0, "tin bài", "exact"), (24.0, "bản tin", "exact")]),
    ("Hoàn thành 15 tổ dân phố và 08 khu dân cư kiểu mẫu", [(15.0, "tổ dân phố", "exact"), (8.0, "khu dân cư", "exact")]),
    ("Xây dựng 03 cơ sở dữ liệu chuyên ngành", [(3.0, "cơ sở dữ liệu", "exact")]),
    ("Hỗ trợ 500 hộ gia đình làm nhà tiêu hợp vệ sinh", [(500.0, "hộ gia đình", "exact")]),
    ("Nâng cấp 12 trạm y tế xã và 02 tuyến đường trục", [(12.0, "trạm", "exact"), (2.0, "tuyến", "exact")]),
    ("Có thêm 04 phường, 02 thị trấn đạt chuẩn văn minh đô thị", [(4.0, "phường", "exact"), (2.0, "thị trấn", "exact")]),
    # must not match
    ("Mua sắm 20 trang thiết bị y tế", []),          # "trang thiết bị" is equipment, not pages
    ("Cấp 300 trang phục biểu diễn", []),             # costumes
    ("Thực hiện Chương trình 135 tại các xã", []),     # a programme's number, after its noun
    ("theo Quyết định số 40 làng nghề được công nhận", []),  # a document's number
    ("Hoàn thành trong 3 ngày kể từ ngày 12 tháng 5", []),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_counted_nouns(text, want):
    found = targets_in(text, 0)
    assert [(t["value"], t["unit"], t["bound"]) for t in found] == want
    for t in found:  # spans hold the raw text
        assert text[t["span"]["start"]: t["span"]["end"]] == t["raw"]
