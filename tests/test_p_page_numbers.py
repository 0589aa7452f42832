"""A bare number near a page's edge: a page number, or a row code of a table flattened one
cell a line whose row a page break cut (extractors.layout.paragraphs._dropped for a PDF's
lines, extractors.layout.text.drop_furniture for text cut into pages at form feeds). The
outermost line of a page that is a bare number is a page number; one on the second line is
one only when the line outside it is furniture (a running header or footer) or bare numbers
repeat there over the pages. Must-match and must-not-match rows; the pages are invented
(helper P)."""

import pytest

from extractors.layout import text
from extractors.layout.paragraphs import assemble

BODY = ["Ủy ban nhân dân xã Pà Vầy Sủ giao các đơn vị triển khai các nhiệm vụ sau đây trong",
        "năm 2029, bảo đảm đúng tiến độ và báo cáo kết quả về Văn phòng trước ngày 15 hằng",
        "tháng để tổng hợp, báo cáo Ủy ban nhân dân huyện Xín Mần theo quy định hiện hành."]


def pdf_lines(pages: list[list[str]]) -> list[str]:
    per_page = [[("line", (72.0, 72.0 + 5.6 * len(t), t)) for t in page] for page in pages]
    out = []
    for b in assemble(per_page):
        out.extend(b.text.split("\n") if b.text else [])
    return out


def text_lines(pages: list[list[str]]) -> list[str]:
    kept = text.drop_furniture(text.pages_of("\f".join("\n".join(p) for p in pages)))
    return [line.text for page in kept for line in page if not line.blank]


READERS = [pdf_lines, text_lines]


@pytest.mark.parametrize("read", READERS, ids=["pdf", "text"])
def test_a_row_code_under_a_carried_over_cell_is_kept(read):
    # a table one cell a line: the page break carried a row's last cell over; the next row's
    # code is the page's second line, the last row's code its last line but one
    pages = [BODY + ["1", "Khảo sát nguồn nước các bản", "Phòng Nông nghiệp"],
             ["Quý II năm 2029", "2", "Lắp đặt bể lọc nước tập trung", "Ban Quản lý dự án", "Quý III năm 2029",
              "3", "Sửa chữa đường ống dẫn nước", "Trạm Cấp nước", "Năm 2029", "4", "Tập huấn vận hành"],
             ["Trạm Cấp nước", "Hằng năm"] + BODY]
    got = read(pages)
    for code in ("2", "3", "4"):
        assert code in got, got


@pytest.mark.parametrize("read", READERS, ids=["pdf", "text"])
def test_page_numbers_at_the_edges_are_dropped(read):
    # must: a bare number on the outermost line, or under a running header, is a page number
    header = "Kế hoạch cấp nước sạch xã Pà Vầy Sủ năm 2029"
    pages = [BODY, [header, "2"] + BODY, [header, "3"] + BODY, BODY + ["4"]]
    got = read(pages)
    assert not any(line.strip() in ("2", "3", "4") for line in got), got


@pytest.mark.parametrize("read", READERS, ids=["pdf", "text"])
def test_repeated_page_numbers_on_the_second_line_are_dropped(read):
    # must: bare numbers that repeat on every page's second line are the page numbers
    pages = [BODY, ["- 2 -"] + BODY[:1] + ["5"], ["- 3 -"] + BODY[:1] + ["6"], ["- 4 -"] + BODY[:1] + ["7"]]
    got = read(pages)
    assert not any(line.strip() in ("5", "6", "7", "- 2 -", "- 3 -", "- 4 -") for line in got), got
