"""Reader shapes found with hold-out round G59 (tests/invented/build_g59.py, a portal's page whose body sits in <p>
with <br> and &nbsp; runs): a page whose table an old portal typed in a <pre>, drawn with box characters or pipes
(extractors.formats.html, read as layout.drawn_tables reads a text file's).

A <pre> is read as a text file's lines are, but the drawn tables of a text file were not looked for there: a task
table boxed with "┌──┬──┐" / "│ TT │ Nội dung │ ..." / "├──┼──┤" came out as lines of cells with its spacing
collapsed, and no task was read from it. It is a table now, its cells' wrapped lines joined, as in a .txt. A <pre>
of text aligned with spaces, a line holding a pipe in its text and a page's own <table> stay as they were. Every
text here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import read

_PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>II. NHIỆM VỤ</p>{body}"
         "<p>III. KINH PHÍ</p></body></html>")

_BOX = """<pre>
┌────┬────────────────────────────────────┬──────────────────────┬────────────────────┐
│ TT │ Nội dung                           │ Chủ trì              │ Phối hợp           │
├────┼────────────────────────────────────┼──────────────────────┼────────────────────┤
│ 1  │ Rà soát, cắm biển cảnh báo tại các │ Công chức Địa chính  │ Công an xã         │
│    │ ao, hồ, sông suối nguy hiểm        │                      │                    │
├────┼────────────────────────────────────┼──────────────────────┼────────────────────┤
│ 2  │ Tổ chức lớp dạy bơi cho trẻ em     │ Công chức Văn hóa -  │ Đoàn Thanh niên xã │
│    │ trong dịp hè                       │ Xã hội               │                    │
└────┴────────────────────────────────────┴──────────────────────┴────────────────────┘
</pre>"""

_PIPES = """<pre>
|TT  |Nội dung công việc               |Chủ trì              |Thời gian   |
|1   |Kiểm tra an toàn các bến đò,     |Ban Chỉ huy Quân sự  |Tháng 5/2027|
|    |phương tiện chở khách ngang sông |xã                   |            |
|2   |Tuyên truyền phòng, chống đuối   |Đài Truyền thanh xã  |Tháng 6/2027|
|    |nước trên loa truyền thanh       |                     |            |
</pre>"""

_ALIGNED = """<pre>
Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c);                                CHỦ TỊCH
- Lưu: VT.
                                                 Hà Văn Toản
</pre>"""


def _read(body: str) -> list:
    raw = read(_PAGE.format(body=body).encode("utf-8"), "trang.html")
    return [[[" ".join(c.split()) for c in row] for row in b.rows] if b.kind == "table" else b.text
            for b in raw.blocks]


MUST = [
    (_BOX, ["II. NHIỆM VỤ", [["TT", "Nội dung", "Chủ trì", "Phối hợp"],
                             ["1", "Rà soát, cắm biển cảnh báo tại các ao, hồ, sông suối nguy hiểm",
                              "Công chức Địa chính", "Công an xã"],
                             ["2", "Tổ chức lớp dạy bơi cho trẻ em trong dịp hè", "Công chức Văn hóa - Xã hội",
                              "Đoàn Thanh niên xã"]], "III. KINH PHÍ"]),
    (_PIPES, ["II. NHIỆM VỤ", [["TT", "Nội dung công việc", "Chủ trì", "Thời gian"],
                               ["1", "Kiểm tra an toàn các bến đò, phương tiện chở khách ngang sông",
                                "Ban Chỉ huy Quân sự xã", "Tháng 5/2027"],
                               ["2", "Tuyên truyền phòng, chống đuối nước trên loa truyền thanh",
                                "Đài Truyền thanh xã", "Tháng 6/2027"]], "III. KINH PHÍ"]),
]

MUST_NOT = [
    ("<pre>\nCác nhiệm vụ cụ thể như sau:\n  1. Rà soát bến đò | phương tiện chở khách;\n"
     "  2. Tuyên truyền trên loa truyền thanh.\n</pre>",
     ["II. NHIỆM VỤ", "Các nhiệm vụ cụ thể như sau:", "1. Rà soát bến đò | phương tiện chở khách;",
      "2. Tuyên truyền trên loa truyền thanh.", "III. KINH PHÍ"]),
    ("<table border='1'><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td></tr>"
     "<tr><td>1</td><td>Kiểm tra bến đò</td><td>Công an xã</td></tr></table>",
     ["II. NHIỆM VỤ", [["TT", "Nội dung", "Chủ trì"], ["1", "Kiểm tra bến đò", "Công an xã"]], "III. KINH PHÍ"]),
]


@pytest.mark.parametrize("body, blocks", MUST)
def test_a_table_drawn_in_a_pre_is_a_table(body, blocks):
    assert _read(body) == blocks


@pytest.mark.parametrize("body, blocks", MUST_NOT)
def test_other_text_in_a_pre_stays(body, blocks):
    assert _read(body) == blocks


def test_aligned_closing_in_a_pre_reads_as_before():
    blocks = _read(_ALIGNED)
    assert not any(isinstance(b, list) and any("|" in c for row in b for c in row) for b in blocks)
    assert "Hà Văn Toản" in " ".join(str(b) for b in blocks)
