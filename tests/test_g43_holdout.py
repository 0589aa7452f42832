"""Hold-out round G43 (tests/invented/build_g43.py): the round's six documents scored alone against their golds.

The round aims at reader shapes other than G35's, G37's, G39's and G41's: a ward's plan saved as RTF by a
non-Unicode Word (code page 1258 \\'xx escapes, toned letters as base letter + combining tone byte); a commune's plan
written in LibreOffice Writer as OpenDocument (headings numbered by Writer's outline numbering, "a)" lists, the task
table nested in a one-cell frame table); a province's Word plan whose first basis leaves its Decision's number to a
footnote, with Word's multi-level numbering restarting per part and the task table nested in a one-cell layout
table; a province's plan on its portal printed by Chromium, the article beside a floated sidebar of links; a commune's
plan in VNI codes saved by Word as plain text in the Western code page; a department's plan as pandoc's Markdown with
grid tables. (The last two were first kept out of raw/, build_g43's docstring says why: the suite's text edits read
every text as UTF-8 Unicode and the renditions tool knew no grid table; session 48 taught both.)"""

from __future__ import annotations

# The round's first pass (golds committed before each document's first extraction, e1daecc..9a9a582; the code of
# 9c0f402) was 197/213/209 (0.934): the OpenDocument plan whole (52/52/52); the Word plan 52/52/53 (the basis whose
# number is only in its footnote lost: the docx reader writes no mark for a w:footnoteReference, and legal_bases takes
# no numberless citation from its note); the RTF 33/33/37 (its text decomposed, the task table's headings match no
# column heading: read as a layout table, column by column, no activity); the Chromium print 60/76/67 (page 1's
# sidebar and article, whose lines share no baseline, interleaved: date, title, period and both bases lost, 16 false
# objectives). /work/perf/g43/FINDINGS.md describes each miss with a small input. The VNI text and the pandoc Markdown
# read whole at their first pass (59/59/59, 68/68/68). After session 48's fixes (a page's interleaved columns read
# column by column and its sidebar left out, a Word part's text composed, a Word note's reference written "[1]" and a
# numberless basis told by its note, footnotes no sections): the six 346/346/346.

G43_FLOOR = 1.0


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g43_", 6, tmp_path)
    assert f1 >= G43_FLOOR, report[-4000:]
