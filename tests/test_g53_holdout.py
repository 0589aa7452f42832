"""Hold-out round G53 (tests/invented/build_g53.py): the round's four documents scored alone against their golds.

The round aims at reader shapes the invented set did not hold: the files a converter, a browser or a copy-paste
leaves of a plan. A department's plan as a PDF-to-Word converter rebuilds it (every printed line a paragraph, the
header and signature in w:framePr frames, a section break at each page, the task table with a spacer column and cut
in two at the page's end); a district's plan as Chrome's MHTML keeps its portal page (a CMS's rich-text body of
styled <p> lines, tables in the portal's layout table, "&nbsp;" before the units, <ol start="3" type="I">); a
commune's plan as a PDF viewer's "select all, copy" gives it (each task cell a line, the header row repeated on
page 2, "Trang 1/3" inside the text); a department's plan as docx2txt turns its Word file to text (the page header's
number first, every paragraph after a blank line, each cell a paragraph)."""

from __future__ import annotations

# The round's first pass (golds committed before the first extraction, cfbb8660; the code of BASE dc9ff100) was
# 163/169/175 (micro F1 0.948): the MHTML page whole (47/47/47) and the docx2txt text all but one partner (its
# partners' cell two paragraphs, "Tỉnh đoàn" lost); the converter's Word file lost tasks 4-5 (the table's rest on
# the next page a headerless table, read as the page's layout), and its printed lines were not joined (the
# basis's issuer cut "Ủy ban nhân dân tỉnh" / "Hòa Lâm về ...", its title lost; "tơ truyền bệnh, ..." an objective
# of its own): the framed header's and signature's short lines made the body's full lines too few to tell its
# wrap; the viewer's copy lost 7 agencies (a name cut at its dash, "Công chức Địa chính -" / "Xây dựng", and the
# footer and repeated header inside the table: the flat table not read). Fixed in the readers
# (tests/test_g53_cut_tables.py, tests/test_g53_cell_lines.py, tests/test_g53_printed_lines.py).
# Final: 177/179/180 (0.986). Left, outside the readers: "Trưởng các ấp" named "Các ấp" (the agencies' normalizer,
# as G51's "Trưởng các thôn"); "Quỹ phòng, chống thiên tai xã: 66 triệu đồng" no statement (the budget rules).

G53_FLOOR = 0.986


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g53_", 4, tmp_path)
    assert f1 >= G53_FLOOR, report[-4000:]
