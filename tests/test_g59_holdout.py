"""Hold-out round G59 (tests/invented/build_g59.py): the round's four documents scored alone against their golds.

The round aims at reader shapes the invented set did not hold: a district's cost estimate as LibreOffice Calc saves
it (.ods: title lines and a two-row header of row- and column-spanned cells, float cells shown "1.450" and "425,5",
"Tổng cộng" merged over two columns, repeated empty rows and columns); a district's task annex as an Excel 97-2003
workbook (.xls, BIFF8: group rows merged across, a lead merged down over runs of tasks, partner cells of two lines);
a department's plan on a legal-documents portal (a two-column properties table and a tab strip before the "Toàn
văn" div, the body in <p> whose lines are apart by <br> and indented by &nbsp; runs, attachments and a "Văn bản liên
quan" list after it); a commune's plan in Word whose labels come from numbering.xml ("I.", "1." restarting under
each, "a)", "-") and whose text holds complex fields' results (CREATEDATE, a HYPERLINK whose code is over two runs,
SEQ numbers in the task table, a REF "Mục III")."""

from __future__ import annotations

# The round's first pass (golds committed before the first extraction, 8cbb6f87; the code of BASE 9e3b6d08) was
# 135/136/136 (micro F1 0.993): the .ods, the .xls and the Word plan whole (26/26/26, 24/24/24, 42/42/42); the portal
# page all but one responsibility: "1. Trung tâm Khuyến công và Tư vấn phát triển công nghiệp" as a heading of
# "Tổ chức thực hiện" read as "Trung tâm Khuyến công và Tư vấn" (the agency's name cut before "phát triển" by the
# responsibilities' rules, a field extractor's miss left to the lead; the same name in the task table's cells is
# read whole). No reader miss in the round's documents; probing the shapes further found these, fixed in the readers:
# a field nested in another field's code and hidden runs (extractors/formats/docx_hidden.py,
# tests/test_g59_docx_hidden.py), w:lvlRestart, w:isLgl and a level redefined in w:lvlOverride
# (extractors/formats/docx_numbering.py, tests/test_g59_docx_numbering.py), a workbook's hidden sheets, rows and
# columns (extractors/formats/xlsx.py, tests/test_g59_sheet_hidden.py), a table drawn with box characters or pipes
# in an HTML <pre> (extractors/formats/html.py, tests/test_g59_html_pre_tables.py).
# Final: 135/136/136 (0.993).

G59_FLOOR = 0.992


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g59_", 4, tmp_path)
    assert f1 >= G59_FLOOR, report[-4000:]
