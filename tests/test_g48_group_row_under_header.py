"""A table's first group row right under its header with only its code and its label, the merged cells a scrape
dropped ("I<tab>Nhóm phần mềm" under "TT | Nội dung | Tổng | Ngân sách thị xã | Xã hội hóa"): the body's first group,
no second header row (it had been joined to the header, and every amount column's source lost: "other"), as a group
row merged across the columns already was. Found probing round G48's sub-total tables ("Cộng I", "Cộng II") as a
crawler's tab text. Must-not rows: a header's second row naming the columns under a spanning head ("<tab><tab>Chia
ra" over "NSTW<tab>NSĐP"), a table with no group rows. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.tables.budget import extract_budget_tables
from extractors.formats import read

HEAD = ("ỦY BAN NHÂN DÂN\nTHỊ XÃ AN PHÚ ĐÔNG\n-------\nSố: 33/KH-UBND\nAn Phú Đông, ngày 6 tháng 3 năm 2028\n"
        "KẾ HOẠCH\nChuyển đổi số thị xã An Phú Đông năm 2028\nI. MỤC TIÊU\nPhát triển chính quyền số.\nII. KINH PHÍ\n"
        "Chi tiết như sau:\nĐVT: tỷ đồng\n")
TAIL = "III. TỔ CHỨC THỰC HIỆN\nPhòng Văn hóa - Khoa học và Thông tin theo dõi.\n"


def _items(table: str) -> list[tuple]:
    doc = build_document(read((HEAD + table + TAIL).encode(), "plan.txt"))
    items = extract_budget_tables(doc, {"start_year": 2028, "end_year": 2028}, [])["items"]
    for item in items:
        assert item["raw"] in doc.text[item["span"]["start"]: item["span"]["end"]]
    return [(i["row_label"], i["source"], i["amount_vnd"]) for i in items]


M = 1_000_000
GROUPED = ("TT\tNội dung\tTổng\tNgân sách thị xã\tXã hội hóa\n"
           "I\tNhóm hạ tầng số\n1\tMạng nội bộ các phường\t0,6\t0,4\t0,2\n\tCộng I\t0,6\t0,4\t0,2\n"
           "II\tNhóm đào tạo\n2\tBồi dưỡng kỹ năng số\t0,35\t0,35\t-\n\tCộng II\t0,35\t0,35\t-\n"
           "\tTổng cộng\t0,95\t0,75\t0,2\n")
DOTTED = ("STT\tHạng mục\tTổng số\tNgân sách tỉnh\tVốn huy động\n"
          "I.\tPhần mềm dùng chung\n1\tCổng dịch vụ công thị xã\t1,2\t1\t0,2\n"
          "II.\tThiết bị\n2\tMáy quét tài liệu\t0,4\t0,4\t-\n\tTổng cộng\t1,6\t1,4\t0,2\n")
SPANNING = ("TT\tNội dung\tTổng\tChia ra\n\t\t\tNSTW\tNSĐP\n"
            "1\tMạng nội bộ các phường\t0,6\t0,4\t0,2\n\tTổng cộng\t0,6\t0,4\t0,2\n")
PLAIN = ("TT\tNội dung\tTổng\tNgân sách thị xã\tXã hội hóa\n"
         "1\tMạng nội bộ các phường\t0,6\t0,4\t0,2\n\tTổng cộng\t0,6\t0,4\t0,2\n")


@pytest.mark.parametrize("table, expected", [
    # must: a Roman group row of two cells under the header
    (GROUPED, [("Mạng nội bộ các phường", "total", 600 * M), ("Mạng nội bộ các phường", "local", 400 * M),
               ("Mạng nội bộ các phường", "mobilized", 200 * M), ("Cộng I", "total", 600 * M),
               ("Cộng I", "local", 400 * M), ("Cộng I", "mobilized", 200 * M),
               ("Bồi dưỡng kỹ năng số", "total", 350 * M), ("Bồi dưỡng kỹ năng số", "local", 350 * M),
               ("Cộng II", "total", 350 * M), ("Cộng II", "local", 350 * M),
               ("Tổng cộng", "total", 950 * M), ("Tổng cộng", "local", 750 * M), ("Tổng cộng", "mobilized", 200 * M)]),
    # must: its code with a dot, other heads
    (DOTTED, [("Cổng dịch vụ công thị xã", "total", 1200 * M), ("Cổng dịch vụ công thị xã", "local", 1000 * M),
                ("Cổng dịch vụ công thị xã", "mobilized", 200 * M), ("Máy quét tài liệu", "total", 400 * M),
                ("Máy quét tài liệu", "local", 400 * M), ("Tổng cộng", "total", 1600 * M),
                ("Tổng cộng", "local", 1400 * M), ("Tổng cộng", "mobilized", 200 * M)]),
    # must not: a second header row under a spanning head
    (SPANNING, [("Mạng nội bộ các phường", "total", 600 * M), ("Mạng nội bộ các phường", "central", 400 * M),
                ("Mạng nội bộ các phường", "local", 200 * M), ("Tổng cộng", "total", 600 * M),
                ("Tổng cộng", "central", 400 * M), ("Tổng cộng", "local", 200 * M)]),
    # must not: no group rows
    (PLAIN, [("Mạng nội bộ các phường", "total", 600 * M), ("Mạng nội bộ các phường", "local", 400 * M),
             ("Mạng nội bộ các phường", "mobilized", 200 * M), ("Tổng cộng", "total", 600 * M),
             ("Tổng cộng", "local", 400 * M), ("Tổng cộng", "mobilized", 200 * M)]),
])
def test_a_group_row_under_the_header(table, expected):
    assert _items(table) == expected
