"""Hold-out round G47 (tests/invented/build_g47.py): the round's four documents scored alone against their golds.

The round aims at reader shapes the invented set did not hold: a province's plan as a PDF reader's "Save as Text"
writes it (form feeds, the running header "UBND tỉnh ... - Kế hoạch số .../KH-UBND ngày ..." atop the second page,
hard wraps mid-sentence and mid-name, the task table as space-aligned columns, a row cut by the page break); a
district's plan on an old portal's page (nested layout tables, <br>-lines in <font> tags, UTF-8 under a wrong
windows-1258 meta); a commune's plan written in WordPad and saved as RTF (no tables: tabs on \\tx stops, \\uN?
letters, a trailing NUL); a province's three-year plan printed to PDF with a running header holding its number and
date, a "Trang N/M" footer, footnotes, a task table breaking across pages with its header row repeated."""

from __future__ import annotations

# The round's first pass (golds committed before the first extraction, ebd15e78; the code of BASE 384bebc) was
# 165/168/171 (micro F1 0.973): the portal page, the WordPad RTF and the printed PDF whole; the saved text 37/40/43 in
# its task table (the running header atop its one later page names the plan's number with its date, "ngày
# 14/4/2027", which text.running_number_header takes for a citing sentence and keeps: it stands between the table's
# two parts, rows 3 and 4 read as prose, row 2's cut cells lost). That rule is the text reader's (extractors/layout/
# text.py), which this round does not own: left to the lead (the report gives a small input). Variants of the round's
# files found two reader misses this round fixed (tests/test_g47_placed_running_header.py: a PDF's running header at
# one place atop both pages of two; tests/test_g47_repeated_header_blank.py: a text table's header repeated atop a page
# with a blank line under it); the round's own documents score as in the first pass. The lead then took the running
# header that ends in the plan's own date for the header (text.running_number_header's `issued`,
# tests/test_p50_running_header_own_date.py): 171/171/171.

G47_FLOOR = 1.0


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g47_", 4, tmp_path)
    assert f1 >= G47_FLOOR, report[-4000:]
