"""A task table copied out of a PDF cell after cell whose last two columns are a time and a cost ("Thời gian" /
"Kinh phí (triệu đồng)"), round T70 (G11's "bảng kinh phí" as `pdftotext -raw` and a PDF library's text: the table
was left unread, its amounts lost):

- the cost's unit wrapped in the header's narrow cell ("Kinh phí" / "(triệu" / "đồng)") is the header's;
- each row's cost after its time: an amount alone on the row's last line ("Tháng 6" / "hằng năm" / "350") or after
  a whole time on the time's last line ("Hằng năm 1.200");
- the total under the last row, its label wrapped ("Tổng" / "cộng" / "1.700"): a row of its own;
- the last row's time ends where the next page starts (a page break cut the row: its cells' rest is no time's).

Must-not rows: a time's own number ("Tháng" / "6", "Định kỳ 6") is no cost; a table with no cost column keeps its
time whole. Names and numbers invented."""

from __future__ import annotations

from extractors.layout.raw_tasks import tables

HEADER = ["STT Nội dung Đơn vị chủ", "trì", "Đơn vị", "phối hợp", "Thời gian Kinh phí", "(triệu", "đồng)"]
ROWS = ["1 Khảo sát", "nguồn nước", "sinh hoạt các", "thôn", "Trung tâm", "Nước sạch", "tỉnh", "Ủy ban nhân", "dân các xã",
        "Quý II/2028 420",
        "2 Xây dựng", "bể lọc tại", "điểm trường", "Phòng Giáo", "dục và Đào", "tạo huyện", "Ban quản lý", "các thôn",
        "Tháng 9", "hằng năm", "1.350",
        "3 Tuyên", "truyền tiết", "kiệm nước", "Đài Truyền", "thanh xã", "Hội Phụ nữ", "xã", "Thường", "xuyên", "85",
        "Tổng", "cộng", "1.855", "IV. TỔ CHỨC THỰC HIỆN"]


def _read(lines):
    found = tables(lines, set())
    return found[0][2] if found else None


def test_cost_after_time_and_the_wrapped_total():
    # must: the header's unit, each row's cost, the total's row
    rows = _read(["III. NHIỆM VỤ"] + HEADER + ROWS)
    assert rows is not None
    assert rows[0][-1] == "Kinh phí (triệu đồng)"
    assert rows[1] == ["1", "Khảo sát nguồn nước sinh hoạt các thôn", "Trung tâm Nước sạch tỉnh",
                       "Ủy ban nhân dân các xã", "Quý II/2028", "420"]
    assert rows[2][4:] == ["Tháng 9 hằng năm", "1.350"]
    assert rows[3][4:] == ["Thường xuyên", "85"]
    assert rows[4] == ["", "Tổng cộng", "", "", "", "1.855"]


def test_last_row_ends_at_the_page_break():
    # must: the page's end ends the last row's time (its cells' rest on the next page is no time's)
    cut = ROWS[:ROWS.index("Tổng")] + ["\x0cvà sử dụng", "nước sạch"] + ["IV. TỔ CHỨC THỰC HIỆN"]
    rows = _read(["III. NHIỆM VỤ"] + HEADER + cut)
    assert rows is not None and rows[3][4:] == ["Thường xuyên", "85"]
    # (a table with no cost column alike: the time is "Thường xuyên", not "Thường xuyên và sử dụng")
    header = ["STT Nội dung Đơn vị chủ", "trì", "Đơn vị", "phối hợp", "Thời gian"]
    plain = [x for x in cut if x not in ("420", "1.350", "85")]
    plain[plain.index("Quý II/2028 420")] = "Quý II/2028"
    rows = _read(["III. NHIỆM VỤ"] + header + plain)
    assert rows is not None and rows[3][4] == "Thường xuyên"


def test_a_times_number_is_no_cost():
    # must-not: "Định kỳ 6" / "tháng" and "Tháng" / "6" keep their numbers (no amount after the time: no cost)
    rows = _read(["III. NHIỆM VỤ"] + HEADER + ROWS[:9] + ["Định kỳ 6", "tháng"] + ROWS[10:18] + ["Tháng", "9"]
                 + ["IV. TỔ CHỨC THỰC HIỆN"])
    assert rows is None or all(r[5] == "" for r in rows[1:3]) and rows[1][4] == "Định kỳ 6 tháng"


def test_no_cost_column_keeps_its_time():
    # must-not: a table with a time column last: the time's line read whole, as on bda16f35
    header = ["STT Nội dung Đơn vị chủ", "trì", "Đơn vị", "phối hợp", "Thời gian"]
    rows = _read(["III. NHIỆM VỤ"] + header + ROWS[:9] + ["Quý II/2028"] + ROWS[10:20] + ["IV. TỔ CHỨC THỰC HIỆN"])
    assert rows is not None and rows[1][4] == "Quý II/2028" and rows[2][4] == "Tháng 9 hằng năm"
