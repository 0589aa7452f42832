"""Hold-out round G41 (tests/invented/build_g41.py): the round's four documents scored alone against their golds.

The round aims at reader shapes other than G35's, G37's and G39's: a province's plan in Word typed in the legacy
TCVN3 code (body runs in .VnTime, the capitals in .VnTimeH typed as the small letters' codes, a ruled task table); a
department's plan in Word whose header sits in two floating text boxes (wps:txbx in mc:AlternateContent with a
v:textbox fallback), with a TOC field ("MỤC LỤC", entries with PAGEREF page numbers) before part I and a task table
whose header row repeats (w:tblHeader) and whose long row may not break (w:cantSplit); a department's plan on its
portal page carried twice (the visible copy and a hidden print copy, style="display:none"), its tables built with
<caption>, <colgroup>, <th>, several <tbody> and a <tfoot> total written before the body; a commune's plan as
`pdftotext` (no -layout) gives a LibreOffice PDF with a landscape budget annex (cells one per line, column by
column)."""

from __future__ import annotations

# The round's first pass (golds committed before any extraction, 371ef62; the code of 70234b9) was 219/249/249
# (0.8795): the TCVN3 Word plan whole (59/59/59); the text-box plan 57/58/59 (the TOC's entries read as the outline's
# first sections, so the bases after them fall inside "V." and the carrying-out sentence is taken for a
# responsibility); the portal page 68/97/68 (the hidden print copy read as a second copy of everything); the
# pdftotext plan 35/35/63 (the task table and the annex's budget table come column by column: no activity, no item).
# The floor holds that first pass; a fix raises it. Session 47's lead fixes (a Word table of contents by its styles and
# its _Toc links, a text's "MỤC LỤC" block, a hidden copy left out where the page shows the document elsewhere):
# 221/221/249 (0.9404), only the pdftotext plan's column-by-column tables still unread.

G41_FLOOR = 0.940


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g41_", 4, tmp_path)
    assert f1 >= G41_FLOOR, report[-4000:]
