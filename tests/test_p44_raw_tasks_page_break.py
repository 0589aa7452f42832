"""A task table copied cell after cell (`pdftotext -raw` of a Word table, a viewer's copy) that runs over a page
break, its header repeated atop the next page. Round P44 (the invented plans' LibreOffice PDFs as `pdftotext -raw`):

- the page break falls inside a row: the first lines of the row's cells run together on one line before the
  break, their rests after the repeated header ("6 Hướng dẫn thủ tục công nhận Văn phòng UBND tỉnh, Sở Quý Văn
  bản" / header / "điểm du lịch trên ..."). The row's cells could not be told apart, and the table ended there: the
  rows after it were lost. Now the repeated header goes out of the row's lines; a row that still cannot be read
  keeps its words in its task's cell, and the table goes on with the rows after it;
- the page break falls between two rows: the repeated header is no line of the row above (its last cell took the
  header's words).

The header's "STT" may be gone with the page's running header (repeated at each page's top). Names and numbers
invented; must and must-not rows."""

from __future__ import annotations

from extractors.layout import raw_tasks

HEAD = ["STT", "Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời", "gian", "hoàn", "thành"]
REPEAT = ["Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời", "gian", "hoàn", "thành"]


def row(code: int, task: list[str], lead: list[str], partners: list[str], time: list[str]) -> list[str]:
    return [f"{code} {task[0]}", *task[1:], *lead, *partners, *time]


ROW1 = row(1, ["Khảo sát hiện trạng các", "tuyến đê bao"], ["Sở Nông nghiệp và", "Môi trường"], ["UBND các xã"],
           ["Quý I/2027"])
ROW2 = row(2, ["Xây dựng phương án sơ tán", "dân vùng ven biển"], ["Bộ Chỉ huy Quân sự", "tỉnh"],
           ["Công an tỉnh, Sở Y tế"], ["Tháng", "5/2027"])
# a row the page break cut: its cells' first lines on one line, their rests after the repeated header
ROW3_CUT = ["3 Tập huấn kỹ năng cứu hộ Sở Văn hóa, Thể Đoàn Thanh niên Quý", *REPEAT,
            "cứu nạn cho tình nguyện viên", "thao và Du lịch tỉnh, Hội Chữ thập đỏ II/2027"]
ROW4 = row(4, ["Mua sắm phao cứu sinh cho", "các bến đò ngang"], ["Sở Xây dựng"], ["UBND các xã ven", "sông"],
           ["Quý", "III/2027"])
ROW5 = row(5, ["Tổng kết công tác phòng, chống", "thiên tai năm 2027"], ["Sở Nông nghiệp và", "Môi trường"],
           ["Các sở, ngành liên quan"], ["Tháng", "12/2027"])
END = ["III. KINH PHÍ THỰC HIỆN", "Kinh phí từ ngân sách tỉnh."]


def read(lines: list[str]) -> list[list[str]]:
    found = raw_tasks.tables(["Phụ lục nhiệm vụ", *lines], set())
    return found[0][2] if found else []


def test_a_row_cut_by_a_page_break_does_not_end_the_table():
    # must: rows 4 and 5 after the cut row are read, the cut row's words kept in its task's cell
    rows = read(HEAD + ROW1 + ROW2 + ROW3_CUT + ROW4 + ROW5 + END)
    codes = [r[0] for r in rows[1:]]
    assert codes == ["1", "2", "3", "4", "5"]
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["4"][1:] == ["Mua sắm phao cứu sinh cho các bến đò ngang", "Sở Xây dựng", "UBND các xã ven sông",
                                "Quý III/2027"]
    assert by_code["5"][2] == "Sở Nông nghiệp và Môi trường"
    assert "cứu nạn cho tình nguyện viên" in by_code["3"][1] and "Nội dung" not in by_code["3"][1]


def test_a_header_repeated_between_two_rows_is_no_line_of_either():
    # must: the header repeated after row 2 (the page break between rows 2 and 3): row 2's time is its own
    row3 = row(3, ["Mua sắm phao cứu sinh cho", "các bến đò ngang"], ["Sở Xây dựng"], ["UBND các xã ven", "sông"],
               ["Quý", "III/2027"])
    rows = read(HEAD + ROW1 + ROW2 + ["STT", *REPEAT] + row3 + END)
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["2"][1:] == ["Xây dựng phương án sơ tán dân vùng ven biển", "Bộ Chỉ huy Quân sự tỉnh",
                                "Công an tỉnh, Sở Y tế", "Tháng 5/2027"]
    assert by_code["3"][2] == "Sở Xây dựng"


def test_an_unreadable_last_row_still_ends_the_table():
    # must not: a row that cannot be read with no row after it ends the table as before (its lines not taken)
    rows = read(HEAD + ROW1 + ROW2 + ROW4[:1] + END)
    assert [r[0] for r in rows[1:]] == ["1", "2"]
