"""The national two-column header as Word sets it in a borderless table whose left column is
narrow (round L5's word-made renditions; round G3 met it in a district's Công văn): the
letter's subject ("V/v ...") wraps over three lines or more at left while the date line sits
at right between them, so close to the left column's lines that the strip between the
columns narrows below a column gap. The subject's last line stays in the left column (after
the subject's other lines), not run on after the date."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_routing import _pdf

SIZE = 13
BODY = [
    "Thuc hien Cong dien so 25/CD-TTg ngay 28 thang 11 nam 2026 cua Thu tuong",
    "Chinh phu ve chu dong ung pho voi ret dam, ret hai, Uy ban nhan dan tinh",
    "giao nhiem vu nhu sau: cac so, ban, nganh theo doi chat che dien bien thoi tiet.",
]


def _at(x: float, y: float, text: str, size: float = SIZE) -> str:
    return f"BT /F1 {size:g} Tf {x:g} {y:g} Td ({text}) Tj ET\n"


def _header(right_x: float, tail: str, tail_x: float = 116, tail_y: float = 645, after: str = "",
            issuer_x: float = 92) -> bytes:
    """The header: issuer, number and a subject in three lines at left; motto and the date line at
    right (the date starts at `right_x`, between the subject's second line and `tail`, its last)."""
    ops = [_at(issuer_x, 780, "UY BAN NHAN DAN"), _at(274, 780, "CONG HOA XA HOI CHU NGHIA"),
           _at(94, 762, "TINH NAM THANH"), _at(353, 762, "VIET NAM"),
           _at(149, 735, "-------"), _at(289, 735, "Doc lap - Tu do - Hanh phuc"),
           _at(101, 708, "So: 1875/UBND-VX"), _at(359, 708, "---------------"),
           _at(112, 680, "V/v trien khai cac bien"), _at(110, 663, "phap phong, chong ret"),
           _at(right_x, 653, "Nam Thanh, ngay 02 thang 12 nam 2026"), _at(tail_x, tail_y, tail), after]
    ops += [_at(56, 560 - 18 * n, line) for n, line in enumerate(BODY)]
    return _pdf("".join(ops))


def _lines(data: bytes) -> list[str]:
    return [line for b in pdf_reader.read(data, "x.pdf").blocks for line in (b.text or "").split("\n")]


# (why, where the date starts, the subject's last line, where the issuer's line starts)
KEPT_IN_COLUMN = [
    ("the date a narrow strip from the subject (16 pt)", 256, "cho nguoi va vat nuoi", 92),
    ("... and from the issuer's line, as wide as the left column (18 pt)", 256, "cho nguoi va vat nuoi", 118),
    ("a short last line, apart from the date: one visual line with it (as before)", 252, "tren dia ban tinh", 92),
    ("the date nearer still (13 pt)", 253, "cho nguoi va vat nuoi", 92),
    ("the date a column gap away (as before)", 280, "cho nguoi va vat nuoi", 92),
]


@pytest.mark.parametrize("why, right_x, tail, issuer_x", KEPT_IN_COLUMN, ids=[k[0] for k in KEPT_IN_COLUMN])
def test_the_subjects_last_line_stays_in_its_column(why, right_x, tail, issuer_x):
    text = "\n".join(_lines(_header(right_x, tail, issuer_x=issuer_x)))
    date = "Nam Thanh, ngay 02 thang 12 nam 2026"
    assert date in text and f"{date} {tail}" not in text and f"{date}\n{tail}" not in text, (why, text)
    assert text.index(tail) < text.index(date), (why, text)  # read with the left column, before the right one


# (why, the line after the date: its x, its y, its text): it is no line of the left column
NOT_IN_COLUMN = [
    ("a full line of the body right under the header", 56, 645,
     "Kinh gui cac so, ban, nganh tinh va Uy ban nhan dan cac xa, phuong"),
    ("a line well below the header (after a gap)", 94, 610, "cho nguoi va vat nuoi"),
]


@pytest.mark.parametrize("why, x, y, line", NOT_IN_COLUMN, ids=[k[0] for k in NOT_IN_COLUMN])
def test_a_line_outside_the_column_is_not_read_into_it(why, x, y, line):
    text = "\n".join(_lines(_header(256, line, tail_x=x, tail_y=y)))
    assert text.index(line) > text.index("Nam Thanh, ngay 02 thang 12 nam 2026"), (why, text)
