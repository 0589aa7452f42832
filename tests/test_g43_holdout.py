"""Hold-out round G43 (tests/invented/build_g43.py): the round's four documents scored alone against their golds.

The round aims at reader shapes other than G35's, G37's, G39's and G41's: a ward's plan saved as RTF by a
non-Unicode Word (code page 1258 \\'xx escapes, toned letters as base letter + combining tone byte); a commune's plan
written in LibreOffice Writer as OpenDocument (headings numbered by Writer's outline numbering, "a)" lists, the task
table nested in a one-cell frame table); a province's Word plan whose first basis leaves its Decision's number to a
footnote, with Word's multi-level numbering restarting per part and the task table nested in a one-cell layout
table; a province's plan on its portal printed by Chromium, the article beside a floated sidebar of links. (Two
more, a commune's plan in VNI codes and a department's plan as pandoc's Markdown with grid tables, read whole and are
kept out of raw/: build_g43's docstring says why.)"""

from __future__ import annotations

# The round's first pass (golds committed before each document's first extraction, e1daecc..9a9a582; the code of
# 9c0f402) was 197/213/209 (0.934): the OpenDocument plan whole (52/52/52); the Word plan 52/52/53 (the basis whose
# number is only in its footnote lost: the docx reader writes no mark for a w:footnoteReference, and legal_bases takes
# no numberless citation from its note); the RTF 33/33/37 (its text decomposed, the task table's headings match no
# column heading: read as a layout table, column by column, no activity); the Chromium print 60/76/67 (page 1's
# sidebar and article, whose lines share no baseline, interleaved: date, title, period and both bases lost, 16 false
# objectives). /work/perf/g43/FINDINGS.md describes each miss with a small input.

G43_FLOOR = 0.933


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g43_", 4, tmp_path)
    assert f1 >= G43_FLOOR, report[-4000:]
