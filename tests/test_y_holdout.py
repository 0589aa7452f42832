"""Hold-out round Y: shapes met in the invented documents of round Y, checked on whole plans of
our own in every format that carries a grid.

A task matrix gives each task a row and each agency a column headed by its name (often under a
merged "Đơn vị thực hiện"), the cells marking who leads ("CT", "Chủ trì", "(chủ trì)") and who
takes part ("x", "✓", "PH"); a matrix that marks no lead makes every agency marked a lead. A
table whose columns are named after agencies but hold amounts or text is no matrix."""

from __future__ import annotations

import io

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHƯỚC NAM\nSố: 17/KH-UBND\nTân Phước Nam, ngày 04 tháng 5 năm 2026\n"
        "KẾ HOẠCH\nPhòng, chống dịch sốt xuất huyết năm 2026\nI. MỤC TIÊU\n- Không để dịch lớn xảy ra.\n"
        "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN\n")
TAIL = "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện Kế hoạch này.\n"

AGENCIES = ["Phòng Văn hóa - Xã hội", "Trạm Y tế xã", "Công an xã", "Hội Liên hiệp Phụ nữ xã"]
ROWS = [["1", "Tổng vệ sinh môi trường, diệt lăng quăng", "Tháng 5/2026", "x", "CT", "", "x"],
        ["2", "Giám sát ca bệnh tại cộng đồng", "Tháng 6/2026", "", "Chủ trì", "", "x"],
        ["3", "Tuyên truyền trên hệ thống loa truyền thanh", "Tháng 5 - 9/2026", "(chủ trì)", "", "x", ""]]
WANT = [("1", ["Trạm Y tế xã"], ["Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã"]),
        ("2", ["Trạm Y tế xã"], ["Hội Liên hiệp Phụ nữ xã"]),
        ("3", ["Phòng Văn hóa - Xã hội"], ["Công an xã"])]


def _html(two_rows: bool, rows=ROWS, agencies=AGENCIES) -> bytes:
    if two_rows:
        head = ('<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung</th><th rowspan="2">Thời gian</th>'
                f'<th colspan="{len(agencies)}">Đơn vị thực hiện</th></tr>'
                "<tr>" + "".join(f"<th>{a}</th>" for a in agencies) + "</tr>")
    else:
        head = "<tr><th>STT</th><th>Nội dung</th><th>Thời gian</th>" + "".join(f"<th>{a}</th>" for a in agencies) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    paras = lambda text: "".join(f"<p>{line}</p>" for line in text.strip().split("\n"))  # noqa: E731
    return (f"<html><body>{paras(HEAD)}<table border='1'><thead>{head}</thead><tbody>{body}</tbody></table>"
            f"{paras(TAIL)}</body></html>").encode()


def _markdown(rows=ROWS, agencies=AGENCIES) -> bytes:
    lines = ["| STT | Nội dung | Thời gian | " + " | ".join(agencies) + " |",
             "|" + "---|" * (3 + len(agencies))]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return (HEAD + "\n" + "\n".join(lines) + "\n\n" + TAIL).encode()


def _docx(rows=ROWS, agencies=AGENCIES) -> bytes:
    import docx
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    width = 3 + len(agencies)
    table = d.add_table(rows=2 + len(rows), cols=width)
    for c, text in enumerate(["STT", "Nội dung", "Thời gian"]):
        table.cell(0, c).text = text
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 3).text = "Đơn vị thực hiện"
    table.cell(0, 3).merge(table.cell(0, width - 1))
    for c, a in enumerate(agencies, 3):
        table.cell(1, c).text = a
    for r, row in enumerate(rows, 2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in TAIL.strip().split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _tasks(data: bytes, name: str) -> list[tuple]:
    doc = build_document(read(data, name))
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


@pytest.mark.parametrize("data, name", [
    (_html(True), "plan.html"), (_html(False), "plan.html"), (_markdown(), "plan.md"), (_docx(), "plan.docx"),
], ids=["html two-row header", "html one-row header", "markdown", "docx merged header"])
def test_a_task_matrix_gives_each_task_its_marked_agencies(data, name):
    assert _tasks(data, name) == WANT


def test_a_matrix_that_marks_no_lead_makes_every_agency_marked_a_lead():
    rows = [[c.replace("CT", "x").replace("Chủ trì", "x").replace("(chủ trì)", "x") for c in r] for r in ROWS]
    assert _tasks(_html(True, rows), "plan.html") == [
        ("1", ["Phòng Văn hóa - Xã hội", "Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã"], []),
        ("2", ["Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã"], []),
        ("3", ["Phòng Văn hóa - Xã hội", "Công an xã"], [])]


def test_must_not_read_agency_columns_holding_amounts_or_text_as_a_matrix():
    # columns named after agencies, their cells amounts (each agency's share) or a mark beside an amount: no
    # matrix, no agency taken from a number
    rows = [["1", "Tổng vệ sinh môi trường, diệt lăng quăng", "Tháng 5/2026", "12.000", "8.500", "", "3.000"],
            ["2", "Giám sát ca bệnh tại cộng đồng", "Tháng 6/2026", "x", "4.200", "", "CT"]]
    for two_rows in (True, False):
        assert all(not lead and not partner for _, lead, partner in _tasks(_html(two_rows, rows), "plan.html"))


# a numbered task's heading from a page reader, a full line, and the first line of the paragraph under it (its
# wrap goes on below): (why, blocks as (text, location), first title)
from extractors.formats.base import RawBlock, RawDocument  # noqa: E402

PAGE_TITLES = [
    ("must not join: the paragraph under the heading opens with its lead agency and 'chủ trì'",
     [("1. Khoanh nuôi, tái sinh tự nhiên rừng phòng hộ đầu nguồn tại các lưu vực sông", {"page": 2}),
      ("Ban Quản lý rừng phòng hộ tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã có", {"page": 2}),
      ("rừng thực hiện; hoàn thành trong năm 2026.", {"page": 2})],
     "Khoanh nuôi, tái sinh tự nhiên rừng phòng hộ đầu nguồn tại các lưu vực sông"),
    ("must join: the heading wrapped before a name, the name's end on the next line",
     [("1. Hỗ trợ đào tạo nghề cho lao động nông thôn tại các xã vùng đồng bào dân tộc huyện", {"page": 3}),
      ("Sơn Tây Thượng theo đơn đặt hàng của doanh nghiệp", {"page": 3})],
     "Hỗ trợ đào tạo nghề cho lao động nông thôn tại các xã vùng đồng bào dân tộc huyện "
     "Sơn Tây Thượng theo đơn đặt hàng của doanh nghiệp"),
    ("must join: the heading cut after an open word, an agency's name after it",
     [("1. Tăng cường phối hợp liên ngành trong kiểm tra an toàn thực phẩm theo chỉ đạo của", {"page": 1}),
      ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh chủ trì năm 2026", {"page": 1})],
     "Tăng cường phối hợp liên ngành trong kiểm tra an toàn thực phẩm theo chỉ đạo của "
     "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh chủ trì năm 2026"),
]


@pytest.mark.parametrize("why, blocks, want", PAGE_TITLES, ids=[p[0] for p in PAGE_TITLES])
def test_a_page_heading_is_not_continued_by_the_assignment_under_it(why, blocks, want):
    head = [RawBlock("paragraph", "KẾ HOẠCH", {"page": 1}), RawBlock("paragraph", "II. NHIỆM VỤ", {"page": 1})]
    d = build_document(RawDocument(head + [RawBlock("paragraph", t, loc) for t, loc in blocks]))
    titles = [a["title"] for a in extract_activities(d, outline(d))]
    assert titles and titles[0] == want, why
