"""Reader shape of hold-out round G53 (tests/invented/build_g53.py): a Word file a PDF-to-Word converter rebuilt from
a PDF, its task table cut at a page's end into two tables, the second (the rows of the next page) without the
header rows, nothing between them but a blank paragraph that carries the page's section break. Alone, the second
table has no row of column headings and too few numbered rows to be told from a page's layout; after a table of as
many columns (three or more) it goes on with it (extractors.formats.docx): one table block, its rows the tasks.
Every text here is invented."""

from __future__ import annotations

import io

import pytest

from extractors.document import build_document
from extractors.formats import read
from tests.invented.build_g53 import _docx, _p, _tbl, _tc

_HEAD = (_p("ỦY BAN NHÂN DÂN TỈNH NAM THÀNH") + _p("SỞ NỘI VỤ") + _p("Số: 41/KH-SNV")
         + _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + _p("Độc lập - Tự do - Hạnh phúc")
         + _p("Nam Thành, ngày 03 tháng 6 năm 2028") + _p("KẾ HOẠCH")
         + _p("Cải cách hành chính năm 2028") + _p("I. NHIỆM VỤ"))
_GRID = [600, 3400, 2200, 2200, 1400]
_HEADER = "".join(_tc(w, [h]) for w, h in zip(_GRID, ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")))


def _row(cells: tuple[str, ...], grid: list[int] = _GRID) -> str:
    return "".join(_tc(w, [c]) for w, c in zip(grid, cells))


_R = [("1", "Rà soát thủ tục hành chính thuộc thẩm quyền", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý II/2028"),
      ("2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Các sở, ngành",
       "Năm 2028"),
      ("3", "Đo lường sự hài lòng của người dân, doanh nghiệp", "Sở Nội vụ", "Trường Chính trị tỉnh", "Quý IV/2028"),
      ("4", "Kiểm tra công tác cải cách hành chính tại các huyện", "Sở Nội vụ", "Thanh tra tỉnh", "Quý III/2028")]


def _raw(body: str):
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, xml in _docx(_HEAD + body + _p("II. TỔ CHỨC THỰC HIỆN")).items():
            z.writestr(name, xml)
    return read(buf.getvalue(), "kehoach.docx")


def _blocks(body: str):
    return _raw(body).blocks


_BREAK = _p(sect=True)  # a blank paragraph holding the page's section break

# (body, the task codes of the one table the reader gives)
CUT = [
    # the header and two rows on the page, the next two rows a table of their own after the section break
    (_tbl(_GRID, [_HEADER, _row(_R[0]), _row(_R[1])]) + _BREAK + _tbl(_GRID, [_row(_R[2]), _row(_R[3])]),
     ["1", "2", "3", "4"]),
    # one row carried over, after two blank paragraphs
    (_tbl(_GRID, [_HEADER, _row(_R[0]), _row(_R[1]), _row(_R[2])]) + _BREAK + _p() + _tbl(_GRID, [_row(_R[3])]),
     ["1", "2", "3", "4"]),
]


@pytest.mark.parametrize("body, codes", CUT)
def test_a_table_cut_at_the_page_end_goes_on(body, codes):
    tables = [b for b in _blocks(body) if b.kind == "table"]
    assert len(tables) == 1
    assert [r[0] for r in tables[0].rows[1:]] == codes


def test_the_cut_tables_tasks_are_read():
    from pipeline.process import extract_fields

    body, codes = CUT[0]
    doc = build_document(_raw(body))
    acts = extract_fields(doc)["activities"]
    assert [a["code"] for a in acts] == codes
    assert [a["lead_agencies"] for a in acts] == [[r[2]] for r in _R]
    for a in acts:
        assert a["title"] in doc.text[a["span"]["start"]:a["span"]["end"]]


_CLOSING = _tbl([4700, 4700], ["".join(_tc(4700, [t]) for t in ("Nơi nhận:", "KT. GIÁM ĐỐC"))], borders=False)
_NARROW = [4700, 4700]

# (body, the number of table blocks): layout tables stay the page's layout
NOT_CUT = [
    # text between the two tables: the second no part of the first
    (_tbl(_GRID, [_HEADER, _row(_R[0]), _row(_R[1])]) + _p("Ghi chú: các nhiệm vụ khác theo chức năng.")
     + _tbl(_GRID, [_row(_R[2]), _row(_R[3])]), 1),
    # a two-column closing table right after the task table
    (_tbl(_GRID, [_HEADER, _row(_R[0]), _row(_R[1])]) + _BREAK + _CLOSING, 1),
    # a headerless table of another width after it
    (_tbl(_GRID, [_HEADER, _row(_R[0]), _row(_R[1])]) + _BREAK
     + _tbl([600, 4000, 4000], [_row(("a", "Sở Nội vụ", "Sở Tài chính"), [600, 4000, 4000])]), 1),
]


@pytest.mark.parametrize("body, count", NOT_CUT)
def test_other_tables_after_a_table_stay_apart(body, count):
    blocks = _blocks(body)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == count
    assert [r[0] for r in tables[0].rows[1:]] == ["1", "2"]
