"""One-cell-a-line pipe tables with no blank line anywhere, round R25 (the lead's probe: a scrape of a three-year
budget plan with its blank lines removed read 0 of its 622 budget items, 622 with them, and spent most of a second
in the lone-pipe path):

    |  / Nơi nhận: / - Như trên; / |  / TM. ỦY BAN NHÂN DÂN / ... / |        <- the signature's table
    ** ** / **Biểu số 01** / **DỰ TOÁN ...** / *(Kèm theo Kế hoạch số ...)*   <- the next table's captions
    |  / **TT** / |  / **Nội dung** / |  / ...  / |  / |  / 1 / |  / Thu nội địa / |  / 1.250 / | ...
    |  / 4.300 / |  ** ** / **Biểu số 02** / ... / |  / **TT** / | ...         <- a table, captions, a table
    [1] Bao gồm ...                                                          <- notes after the last pipe

Read as one run from each pipe, the captions stood where a row break should (an empty chunk between two
pipes), no width parsed the run, the run ended in text: no table, and each pipe line tried the rest again
(quadratic). The tables are told apart by their row structure now (extractors.layout.markdown.lone_pipe_tables):
a caption stands after a row ending in a number and before a header row (cells up to the next break with no
number), or holds an annex caption's line ("(Kèm theo ...)", "Đơn vị tính:", "Phụ lục", "Biểu số"); the
table ends there when the lines before it read as a table whose last row fills its width. The split is kept
for the run's later pipe lines (near-linear).

Must-not rows: a task table whose row of dashes follows a numbered row ("1" / "Trái phiếu" / "-" / "-")
stays one table; a run with blank lines reads as before; a lone pipe in prose is no table. Names, numbers and
places invented."""

from __future__ import annotations

import time

import pytest

from extractors.formats import markdown as mdreader

HEAD = ["**TT**", "**Nội dung**", "**Năm 2025**", "**Năm 2026**", "**Năm 2027**"]


def _table(n: int, first: int = 1, prefix: str = "Khoản thu") -> list[str]:
    rows = [HEAD]
    for k in range(n):
        v = 1000 + 37 * (k + first)
        rows.append([str(k + 1), f"{prefix} số {k + first} của huyện Đông Lâm", f"{v:,}".replace(",", "."),
                     f"{v + 120:,}".replace(",", "."), f"{v + 250:,}".replace(",", ".")])
    lines: list[str] = []
    for row in rows:
        lines.append("|")
        for cell in row:
            lines.append(cell)
            lines.append("|")
    # consecutive rows: "... | last cell | " then "| first cell |": a row's closing and the next one's opening pipe
    return lines


SIGNATURE = ["|", "**Nơi nhận:**", "- Như trên;", "- Lưu: VT.", "|", "**TM. ỦY BAN NHÂN DÂN**", "**CHỦ TỊCH**",
             "**Trần Văn Hạo**", "|"]
PROSE = ["**KẾ HOẠCH**", "Dự toán ngân sách xã Phú Mỹ Đông ba năm 2025 - 2027", "Căn cứ Luật Ngân sách nhà nước;",
         "Ủy ban nhân dân xã ban hành kế hoạch như sau:", "**I. MỤC TIÊU**", "Bảo đảm cân đối thu chi."]


def _captions(n: int, unit: bool = True) -> list[str]:
    return ["** **", f"**Biểu số 0{n}**", "**DỰ TOÁN THU NGÂN SÁCH GIAI ĐOẠN 2025 -", "2027**",
            "*(Kèm theo Kế hoạch số 15/KH-UBND ngày 03/3/2025 của Ủy ban nhân dân xã)*"] + (
        ["*Đơn vị tính: triệu đồng*"] if unit else [])


def _read(lines: list[str]):
    return mdreader.read("\n".join(lines).encode("utf-8"), "x.md").blocks


def _tables(lines: list[str]) -> list[int]:
    return [len(b.rows) for b in _read(lines) if b.rows]


# (name, lines, the row counts of the tables read: the amount tables; the signature's table is read as a signature)
MUST = [
    ("two tables, captions between, notes after",
     PROSE + _table(6) + _captions(2) + _table(9, 20, "Khoản chi") + ["[1] Bao gồm nguồn cải cách tiền lương."],
     [7, 10]),
    ("one table, notes after its last pipe", PROSE + _table(7) + ["Ghi chú: số liệu làm tròn."], [8]),
    ("signature, captions, a table",
     PROSE + SIGNATURE + _captions(1) + _table(5), [6]),
    ("signature, captions, three tables",
     PROSE + SIGNATURE + _captions(1, unit=False) + _table(4) + _captions(2) + _table(12, 7, "Chi thường xuyên")
     + ["** **", "**Phụ lục 03**", "**KẾ HOẠCH VAY VÀ TRẢ NỢ**"] + _table(3, 40, "Vay lại"), [5, 13, 4]),
    ("captions with no annex line: a table after a number row, before a header",
     PROSE + _table(5) + ["**TỔNG HỢP NHU CẦU VỐN THEO NGUỒN**"] + _table(4, 9, "Nguồn vốn"), [6, 5]),
]


@pytest.mark.parametrize("name, lines, counts", MUST, ids=[m[0] for m in MUST])
def test_tables_of_a_run_with_no_blank_line(name, lines, counts):
    assert _tables(lines) == counts


def test_same_rows_as_with_blank_lines():
    tight = PROSE + SIGNATURE + _captions(1) + _table(5) + _captions(2) + _table(8, 3, "Khoản chi")
    spaced = PROSE + [""] + SIGNATURE + [""] + _captions(1) + [""] + _table(5) + [""] + _captions(2) + [""] + \
        _table(8, 3, "Khoản chi")
    rows = [b.rows for b in _read(tight) if b.rows]
    assert rows == [b.rows for b in _read(spaced) if b.rows]
    assert rows[0][1][:2] == ["1", "Khoản thu số 1 của huyện Đông Lâm"]


def test_near_linear():
    lines = PROSE + SIGNATURE
    for n in range(1, 7):
        lines += _captions(n) + _table(80, 100 * n)
    lines += ["[1] Ghi chú cuối."]
    start = time.perf_counter()
    counts = _tables(lines)
    assert counts == [81] * 6
    assert time.perf_counter() - start < 3.0


# must-not: one table stays one; prose keeps its lone pipe as text


def _dash_table() -> list[str]:
    rows = [HEAD, ["I", "**Tổng dư nợ đầu năm**", "**412.300**", "**398.100**", "**377.450**"],
            ["", "*Tỷ lệ dư nợ so với mức vay tối đa (%)*", "*18,20*", "*16,05*", "*14,90*"],
            ["1", "Trái phiếu chính quyền địa phương", "-", "-", "-"],
            ["2", "Vay lại vốn vay nước ngoài", "212.400", "205.900", "199.300"]]
    lines: list[str] = []
    for row in rows:
        lines.append("|")
        for cell in row:
            lines += [cell, "|"] if cell else ["|"]
    return lines


def _task_table() -> list[str]:
    rows = [["**TT**", "**Nhiệm vụ**", "**Chủ trì**", "**Thời gian**"]]
    rows += [[str(k), f"Triển khai nhiệm vụ số {k} về chuyển đổi số", "Sở Khoa học và Công nghệ", "Hằng năm"]
             for k in range(1, 6)]
    lines: list[str] = []
    for row in rows:
        lines.append("|")
        for cell in row:
            lines += [cell, "|"]
    return lines


MUST_NOT = [
    ("a numbered row of dashes after a percent row", PROSE + _dash_table() + ["[2] Số liệu ước thực hiện."], [5]),
    ("a task table, a numbered row's text before its agency", PROSE + _task_table(), [6]),
    ("a lone pipe in prose", PROSE + ["|", "Nội dung khác không phải bảng."], []),
]


@pytest.mark.parametrize("name, lines, counts", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_one_table_stays_one(name, lines, counts):
    assert _tables(lines) == counts
