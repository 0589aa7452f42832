"""A two-page document whose second page carries a running header naming the document by its number ("31/KH-UBND
- Dự thảo lần 2": Word's "different first page"), a ruled task table going on under it over the page break. With
one page after the first the repeats' rule has nothing to compare, so the line is told by the document's own
number, which its header states on the first page ("Số: 31/KH-UBND"): a short line naming it, that cites no
document ("(Kèm theo ...)", "... ngày 3/2/2027"), is the running header (text.running_number_header with
text.own_number); dropped, it no longer stands between the table's two chunks, which join (the second page's
rows were read as cell paragraphs: a task lost, another's agencies cut). A draft's mark alone atop the later pages
("Dự thảo lần 2") is a running header too, however few the pages. Found by Word-made PDFs of invented
plans (round P42); names invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import own_number, read_text, running_number_header


@pytest.mark.parametrize("lines, expected", [
    # must: the header's number line, with or without its colon, spaces about the slash
    (["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SA", "Số: 31/KH-UBND"], "31/KH-UBND"),
    (["SỞ Y TẾ TỈNH LAM HÀ", "Số 7/KH-SYT          Lam Hà, ngày 2 tháng 3 năm 2027"], "7/KH-SYT"),
    (["HUYỆN ỦY TÂN MINH", "*", "Số 18-CTr/HU"], "18-CTr/HU"),
    (["UBND TỈNH BẮC LAM", "Số:  112 / QĐ-UBND"], "112/QĐ-UBND"),
    # must not: no number line; a count that is no document number
    (["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SA", "KẾ HOẠCH"], None),
    (["Số lượng 3/4 xã đạt chuẩn"], None),
])
def test_own_number(lines, expected):
    assert own_number(lines) == expected


@pytest.mark.parametrize("first, own", [
    # must: a running header naming the document's own number on its one later page
    ("31/KH-UBND - Dự thảo lần 2", "31/KH-UBND"),
    ("Kế hoạch số 7/KH-SYT", "7/KH-SYT"),
    ("18-CTr/HU - Dự thảo", "18-CTr/HU"),
])
def test_one_later_page_headed_by_the_own_number(first, own):
    assert running_number_header([first], own)


@pytest.mark.parametrize("first, own", [
    # must not: no own number known, or another document's number
    ("31/KH-UBND - Dự thảo lần 2", None),
    ("45/KH-UBND - Dự thảo lần 2", "31/KH-UBND"),
    # must not: a line citing the document (an annex's note, a sentence with its date)
    ("(Kèm theo Kế hoạch số 31/KH-UBND của UBND huyện)", "31/KH-UBND"),
    ("31/KH-UBND ngày 3/2/2027 của Ủy ban nhân dân huyện", "31/KH-UBND"),
    # must not: a long line of the body that names it
    ("Các phòng, ban, ngành căn cứ Kế hoạch số 31/KH-UBND chủ động xây dựng kế hoạch của đơn vị mình, triển khai",
     "31/KH-UBND"),
])
def test_other_lines_on_one_later_page_stay(first, own):
    assert not running_number_header([first], own)


HEAD = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]
PAGE_1 = [("line", (90.0, 230.0, "ỦY BAN NHÂN DÂN")), ("line", (95.0, 225.0, "HUYỆN ĐÔNG SA")),
          ("line", (100.0, 220.0, "Số: 31/KH-UBND")), ("line", (72.0, 300.0, "II. NHIỆM VỤ")),
          ("table", [HEAD, ["1", "Rà soát hộ nghèo", "Phòng Nội vụ", "UBND các xã", "Quý I"],
                     ["2", "Hỗ trợ nhà ở cho hộ", "Ban Quản lý dự án", "Phòng Kinh tế", "Quý II"]])]
CHUNK = [["", "nghèo khó khăn", "đầu tư xây dựng", "và Hạ tầng", ""],
         ["3", "Tập huấn cán bộ xã", "Phòng Nội vụ", "UBND các xã", "Quý III"]]


def _tables(first_line: str) -> list[list[list[str]]]:
    page_2 = [("line", (340.0, 520.0, first_line)), ("table", CHUNK), ("line", (72.0, 300.0, "III. KINH PHÍ"))]
    return [b.rows for b in assemble([PAGE_1, page_2]) if b.kind == "table"]


def test_the_table_goes_on_under_the_running_header():
    # must: one table, the cut row whole again, the third task its own row
    tables = _tables("31/KH-UBND - Dự thảo lần 2")
    assert len(tables) == 1
    assert tables[0][2] == ["2", "Hỗ trợ nhà ở cho hộ nghèo khó khăn", "Ban Quản lý dự án đầu tư xây dựng",
                            "Phòng Kinh tế và Hạ tầng", "Quý II"]
    assert tables[0][3][:2] == ["3", "Tập huấn cán bộ xã"]


def test_another_documents_number_keeps_the_chunks_apart():
    # must not: a line naming another document stays, the chunk is not joined across it
    tables = _tables("45/KH-UBND - Dự thảo lần 2")
    assert all(len(t) <= 3 for t in tables)


def test_the_text_reader_drops_it_too():
    # must: a laid-out text of two pages (form feed), the second headed by the document's own number
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SA\nSố: 31/KH-UBND\n\nKẾ HOẠCH\nGiảm nghèo năm 2027\n\n"
            "Các phòng, ban triển khai thực hiện.\n\f31/KH-UBND - Dự thảo lần 2\n\nIII. KINH PHÍ\n"
            "Kinh phí từ ngân sách huyện.\n")
    blocks, _ = read_text(text)
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert not any("Dự thảo lần 2" in t for t in texts)
    assert "III. KINH PHÍ" in texts


@pytest.mark.parametrize("firsts", [
    # must: a draft's mark alone atop the pages after the first, however few
    ["Dự thảo lần 2"],
    ["DỰ THẢO", "DỰ THẢO"],
    ["(Dự thảo)"],
])
def test_a_draft_mark_heads_the_later_pages(firsts):
    assert running_number_header(firsts)


@pytest.mark.parametrize("firsts", [
    # must not: a line about the draft, and a mark on one page only of two later ones
    ["Dự thảo kế hoạch được gửi lấy ý kiến các sở, ngành"],
    ["Dự thảo lần 2", "3. Sở Tài chính: bố trí kinh phí."],
])
def test_other_draft_lines_stay(firsts):
    assert not running_number_header(firsts)


def test_the_draft_mark_is_not_read_into_the_first_paragraph():
    # must: a two-page PDF whose second page opens on the mark: the paragraph under it starts clean
    page_2 = [("line", (440.0, 522.0, "Dự thảo lần 2")), ("line", (90.0, 500.0, "3. Ủy ban nhân dân các xã: tổ chức thực hiện."))]
    texts = [b.text for b in assemble([PAGE_1[:4], page_2]) if b.kind == "paragraph"]
    assert "3. Ủy ban nhân dân các xã: tổ chức thực hiện." in texts
    assert not any("Dự thảo" in t for t in texts)
