"""A text copied out of a PDF without its form feeds keeps each page's number alone on a line among the text
("                                     3"): a series of such numbers, one more each time, about a page apart, running
through the text, is left out of it (text.page_number_lines); numbers in a table's cells are not."""

from extractors.layout.text import page_number_lines
from pipeline.process import process


def _prose(n: int, start: int = 0) -> list[str]:
    return [f"- Nội dung công việc số {start + k} được triển khai trên địa bàn xã Phú Lâm Đông;" for k in range(n)]


def _paged(pages: int, length: int, number=lambda p: " " * 40 + str(p)) -> list[str]:
    lines: list[str] = []
    for p in range(1, pages + 1):
        lines += _prose(length, p * 100)
        if p < pages:
            lines.append(number(p + 1))
    return lines


def _numbers(lines):
    return [lines[k].strip() for k in sorted(page_number_lines(lines))]


def test_page_numbers_of_a_text_without_form_feeds_are_found():
    assert _numbers(_paged(5, 42)) == ["2", "3", "4", "5"]
    assert _numbers(_paged(4, 30, lambda p: f"- {p} -")) == ["- 2 -", "- 3 -", "- 4 -"]
    assert _numbers(_paged(6, 55, lambda p: f"Trang {p}")) == [f"Trang {p}" for p in range(2, 7)]


def test_numbers_that_are_no_page_numbers_are_kept():
    assert _numbers(_paged(2, 42)) == []  # one number: no series
    # a cell-a-line table's row numbers, a few lines apart
    rows = [x for r in range(1, 12) for x in (str(r), f"Nội dung {r}", "Phòng Kinh tế", "Quý II")]
    assert _numbers(_prose(40) + rows + _prose(40)) == []
    # numbers in cells about a page apart that start late in a long text (no page before them numbered)
    late = _prose(300)
    for k, value in ((200, 5), (240, 6), (280, 7)):
        late[k] = str(value)
    assert _numbers(late) == []
    # pages of very different lengths
    uneven = _prose(30) + ["2"] + _prose(30) + ["3"] + _prose(120) + ["4"] + _prose(30)
    assert _numbers(uneven) == []
    # a budget table a cell a line whose row numbers run on from group to group (1-8 under I, 1-8 under II, ...): "2"
    # of the first group, "3" of the second, ... a page apart, with no margin, among many bare numbers
    table = []
    for group in range(1, 8):
        table += ["IV"[:1] * group, f"Nhóm {group}", "1200", "300"]
        for row in range(1, 9):
            table += [str(row), f"Hạng mục {group}.{row}", str(100 + row), "50", "50"]
    assert _numbers(_prose(30) + table) == []


HEADER = """UỶ BAN NHÂN DÂN
XÃ PHÚ LÂM ĐÔNG
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lâm Đông, ngày 04 tháng 5 năm 2022
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2022
I. MỤC TIÊU
1. Mục tiêu chung
Chủ động phòng, chống dịch bệnh, không để dịch lây lan trên địa bàn xã.
2. Chỉ tiêu cụ thể
+ Tỷ lệ tiêm phòng vắc xin lở mồm long móng trên đàn trâu, bò đạt 85%;
+ 100% ổ dịch được phát hiện và xử lý kịp thời;
"""


def test_a_page_number_among_a_list_of_targets_is_no_target():
    lines = HEADER.split("\n")
    body = _paged(4, 35)
    # page 2's number between two targets
    text = "\n".join(lines[:-2] + [" " * 40 + "2"] + lines[-2:] + body[35 + 1:]) + "\n"
    # the numbers as a copy leaves them: 2 after the header's lines, 3 and 4 a page further each
    out = process("p37-pages.txt", text.encode("utf-8"))
    texts = [o["text"].strip() for o in out.dump["objectives"]]
    assert "2" not in texts and "3" not in texts
    assert not [line for line in out.text.split("\n") if line.strip() in ("2", "3", "4")]
    assert any(t.startswith("Tỷ lệ tiêm phòng") for t in texts)
