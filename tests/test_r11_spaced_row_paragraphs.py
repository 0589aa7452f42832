"""An amount table flattened to lines (each row one line, its cells one space apart: a scraper's or a
viewer's copy, extractors.layout.spaced_rows) and then set a row a PARAGRAPH: the text pasted into Word,
printed to PDF, saved as a web page, converted to Markdown (a blank line between the rows), or printed
and read back with `pdftotext -layout` (paragraph spacing: a blank line between rows). The text readers
read such rows over consecutive lines only; the paragraph readers left them paragraphs, and the budget
items were lost (round R11: G10's district plan with its annex flattened, in every shape but its .md).
`base.spaced_row_paragraphs` reads a run of paragraphs as those lines are. Must-not rows: prose, a
header with one row, a task table (agencies in words), a run cut by a heading. Texts invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock, RawDocument
from extractors.formats.base import read, spaced_row_paragraphs

ROWS_A = ["STT Nội dung Tổng cộng Năm 2025 Năm 2026",
          "1 Kiên cố hóa kênh mương nội đồng 2.300 1.100 1.200",
          "2 Sửa chữa trạm bơm điện 640 320 320",
          "3 Nạo vét kênh tiêu úng 95 - 95",
          "Tổng cộng 3.035 1.420 1.615"]
ROWS_B = ["TT Tên công trình Tổng mức đầu tư Ngân sách tỉnh Vốn lồng ghép",
          "1 Đường liên thôn Nà Pục 4.750 3.000 1.750",
          "2 Cầu tràn suối Khuổi Lầy 2.180 2.180 -"]


def _paras(texts, kinds=None):
    kinds = kinds or ["paragraph"] * len(texts)
    return RawDocument([RawBlock(k, t, {"paragraph": n + 1}) for n, (k, t) in enumerate(zip(kinds, texts))])


def _tables(raw):
    return [b.rows for b in raw.blocks if b.kind == "table"]


@pytest.mark.parametrize("rows, n_body, amounts", [
    (ROWS_A, 4, ["2.300", "1.100", "1.200", "3.035", "1.615"]),
    (ROWS_B, 2, ["4.750", "3.000", "1.750", "2.180"]),
])
def test_paragraph_rows_make_a_table(rows, n_body, amounts):
    raw = spaced_row_paragraphs(_paras(["Kinh phí chi tiết như sau:", *rows, "Giao Phòng Tài chính hướng dẫn."]))
    tables = _tables(raw)
    assert len(tables) == 1
    cells = [c for row in tables[0] for c in row]
    assert all(a in cells for a in amounts)
    assert len(tables[0]) >= n_body + 1
    texts = [b.text for b in raw.blocks if b.kind == "paragraph"]
    assert texts == ["Kinh phí chi tiết như sau:", "Giao Phòng Tài chính hướng dẫn."]


def test_html_paragraphs():
    page = ("<html><body><p>ỦY BAN NHÂN DÂN HUYỆN MỸ THẠNH</p><p>Kinh phí:</p>"
            + "".join(f"<p>{r}</p>" for r in ROWS_A) + "<p>Nơi nhận:</p></body></html>")
    tables = _tables(read(page.encode(), "x.html"))
    assert any("2.300" in row for t in tables for row in t)


def test_text_rows_a_blank_line_apart():
    # pdftotext -layout of a printed page (paragraph spacing), or a Markdown file: a blank line between rows
    text = "ỦY BAN NHÂN DÂN HUYỆN MỸ THẠNH\n\nKinh phí:\n\n" + "\n\n".join(ROWS_B) + "\n\nNơi nhận:\n"
    tables = _tables(read(text.encode(), "x.txt"))
    assert any("4.750" in row for t in tables for row in t)


@pytest.mark.parametrize("texts, kinds", [
    # prose that opens with a column's name and ends in numbers
    (["Nội dung chính của kế hoạch gồm 3 phần", "1 Tuyên truyền đến 120 thôn 45 xã", "Hết."], None),
    # a header and one row only
    ([ROWS_A[0], ROWS_A[1], "Giao Phòng Tài chính hướng dẫn."], None),
    # a task table: agencies and times in words, no amounts
    (["STT Nội dung Đơn vị chủ trì Thời gian", "1 Tuyên truyền pháp luật Sở Tư pháp Quý II",
      "2 Tập huấn cán bộ Sở Nội vụ Quý III"], None),
    # the rows cut from the header by a heading
    ([ROWS_A[0], "II. TỔ CHỨC THỰC HIỆN", ROWS_A[1], ROWS_A[2]], ["paragraph", "heading", "paragraph", "paragraph"]),
])
def test_others_stay_paragraphs(texts, kinds):
    raw = _paras(texts, kinds)
    before = [(b.kind, b.text) for b in raw.blocks]
    assert [(b.kind, b.text) for b in spaced_row_paragraphs(raw).blocks] == before
