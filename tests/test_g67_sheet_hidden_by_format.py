"""Reader shape found with hold-out round G67's probes (tests/invented/build_g67.py: g67_huyen-camphutay, a task
annex a records system exported to Excel): a cell whose number format draws nothing for its value. ";;;" hides any
value (a system's ids kept in a shown column, a working figure), and an empty zero section ("#,##0;-#,##0;;@") leaves
a zero blank: Excel shows and prints nothing there. The reader wrote the values: the ids column stood before the
code column and the task table was not read at all. A cell now reads as Excel draws it, extractors.formats.xlsx.
_shows_nothing (a text is hidden by an empty fourth section only, a number by the empty section it falls in).

Formats with no empty section, a text under a three-section format, a negative number under a two-section format
and a quoted ";" inside a section keep today's reading. Every text here is invented."""

from __future__ import annotations

import io

import pytest

from extractors.formats import read


def _sheet(cells: list[tuple[object, str]]) -> list[str]:
    """One row per (value, number format) after a header row; the second column's texts as the reader gives them."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Giá trị", "Nội dung"])
    for k, (value, fmt) in enumerate(cells, start=1):
        sheet.append([k, value, f"Dòng {k}"])
        sheet.cell(row=k + 1, column=2).number_format = fmt
    data = io.BytesIO()
    book.save(data)
    blocks = read(data.getvalue(), "phu-luc.xlsx").blocks
    rows = next(b.rows for b in blocks if b.kind == "table")
    width = len(rows[0])
    return [r[1] if width == 3 else "" for r in rows[1:]]


MUST = [  # (value, format): drawn as nothing
    ("NV-2027-0412", ";;;"),
    (46568, ";;;"),
    (12.5, ";;;"),
    (0, "#,##0;-#,##0;;@"),
    (0, "0;-0;"),
    (-250, "#,##0;;0"),
    ("ghi chú nội bộ", '#,##0;-#,##0;0;'),
]

MUST_NOT = [  # (value, format, as read)
    (0, "General", "0"),
    (0, "#,##0", "0"),
    (1250, "#,##0;-#,##0;;@", "1.250"),
    ("Sở Tài chính", "#,##0;-#,##0;", "Sở Tài chính"),
    (-250, "#,##0;(#,##0)", "-250"),
    (5, '0" ; "', "5"),
    ("Công an huyện", "@", "Công an huyện"),
]


@pytest.mark.parametrize("value,fmt", MUST, ids=[f"{v!r} {f}" for v, f in MUST])
def test_a_value_its_format_hides_reads_empty(value, fmt):
    assert _sheet([(value, fmt), ("Phòng Nội vụ", "General")]) == ["", "Phòng Nội vụ"]


@pytest.mark.parametrize("value,fmt,shown", MUST_NOT, ids=[f"{v!r} {f}" for v, f, _ in MUST_NOT])
def test_a_value_its_format_shows_is_read(value, fmt, shown):
    assert _sheet([(value, fmt), ("Phòng Nội vụ", "General")]) == [shown, "Phòng Nội vụ"]
