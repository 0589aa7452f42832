"""A task table whose cells are centred on their rows and padded, as `pdftotext -layout` reads
a ruled table printed to PDF (an HTML or Word table, cells centred vertically): a blank line
between rows, the row's code on its middle line, the header's merged cells centred over
several lines ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp") (extractors.layout.grid.
_padded_table_at). Must-match and must-not-match rows; the tables are invented (helper P)."""

from extractors.layout.text import read_text
from tests.spaced_lines import at


INTRO = ["    Ủy ban nhân dân xã Thanh Lâm giao các đơn vị thực hiện các nhiệm vụ sau:", ""]
AFTER = ["", "III. KINH PHÍ THỰC HIỆN", "", "    Kinh phí thực hiện từ ngân sách xã năm 2028."]

HEADER = [at((42, "Đơn vị thực hiện")),
          at((67, "Thời gian")),
          at((0, "STT"), (11, "Nội dung công việc")),
          at((67, "hoàn thành")),
          at((40, "Chủ trì"), (54, "Phối hợp")),
          ""]

ROWS = [at((1, "1"), (6, "Chuyển đổi số trong trường học")),
        "",
        at((51, "Trường Mầm non")),
        at((6, "Lắp đặt thiết bị trình chiếu"), (37, "Phòng Giáo"), (51, "Thanh Lâm;")),
        at((0, "1.1"), (67, "Quý II/2028")),
        at((6, "tại các điểm trường lẻ"), (37, "dục và Đào"), (51, "Trường Tiểu học")),
        at((37, "tạo"), (51, "Thanh Lâm")),
        "",
        at((6, "Tập huấn giáo viên sử dụng")),
        at((0, "1.2"), (6, "học liệu số"), (37, "Trường THCS"), (51, "Phòng Giáo dục"), (67, "Năm 2028")),
        at((37, "Thanh Lâm"), (51, "và Đào tạo")),
        "",
        at((1, "2"), (6, "Phát triển du lịch cộng đồng")),
        "",
        at((6, "Khảo sát, đánh giá tiềm năng"), (37, "Ban Văn hóa"), (51, "Hội Nông dân")),
        at((0, "2.1"), (67, "Quý III/2028")),
        at((6, "du lịch các thôn"), (37, "xã"), (51, "xã"))]


def tables(lines: list[str]) -> list[list[list[str]]]:
    blocks, _ = read_text("\n".join(INTRO + lines + AFTER) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


def test_a_padded_task_table_is_read_row_by_row():
    found = tables(HEADER + ROWS)
    assert len(found) == 1, found
    rows = found[0]
    assert rows[0] == ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị thực hiện", "Thời gian hoàn thành"]
    assert rows[1] == ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]
    assert rows[2][:2] == ["1", "Chuyển đổi số trong trường học"]
    assert rows[3] == ["1.1", "Lắp đặt thiết bị trình chiếu tại các điểm trường lẻ", "Phòng Giáo dục và Đào tạo",
                       "Trường Mầm non Thanh Lâm; Trường Tiểu học Thanh Lâm", "Quý II/2028"]
    assert rows[4] == ["1.2", "Tập huấn giáo viên sử dụng học liệu số", "Trường THCS Thanh Lâm",
                       "Phòng Giáo dục và Đào tạo", "Năm 2028"]
    assert rows[6] == ["2.1", "Khảo sát, đánh giá tiềm năng du lịch các thôn", "Ban Văn hóa xã", "Hội Nông dân xã",
                       "Quý III/2028"]


def test_numbered_paragraphs_under_a_header_block_are_no_table():
    # must not: a block of headings, then numbered paragraphs (their wrapped lines at the margin)
    lines = HEADER + [
        "1. Chuyển đổi số trong trường học: lắp đặt thiết bị trình chiếu tại các điểm trường",
        "lẻ, tập huấn giáo viên sử dụng học liệu số.",
        "",
        "2. Phát triển du lịch cộng đồng: khảo sát, đánh giá tiềm năng du lịch các thôn.",
        ""]
    assert tables(lines) == []


def test_rows_without_a_code_are_no_table():
    # must not: blocks of centred lines whose middle line has no row code
    lines = HEADER + [line.replace("1.1", "   ").replace("1.2", "   ").replace("2.1", "   ") for line in ROWS]
    assert all(len(t) < 4 for t in tables(lines)), tables(lines)
