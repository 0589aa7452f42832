"""Round IMG32: the archive tool prints a portal page with styles for print as a browser does (tests.renditions.archive).

A portal page that keeps a print copy hidden on screen and shows it on paper ("@media print { .article { display:
none } #ban-in { display: block } }") is printed by headless Chromium: LibreOffice's web export knows no print media
nor "display: none" and printed the page and its hidden copy one after the other (the plan twice). A page with no
style for print is printed by LibreOffice as before.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.renditions import archive


@pytest.mark.parametrize("page, expected", [
    # must: a stylesheet's print rules
    (b"<style>@media print { .site-nav { display: none !important; } }</style>", True),
    (b"<style>\n@media only print and (orientation: portrait) { #ban-in { display: block; } }</style>", True),
    (b"<STYLE>@MEDIA PRINT{.a{display:none}}</STYLE>", True),
    # must-not: no print rules (screen only, the word "print" in the page's text or its link)
    (b"<style>@media screen and (max-width: 600px) { .sidebar { display: none; } }</style>", False),
    (b"<a onclick=\"window.print();\">In b\xc3\xa0i vi\xe1\xba\xbft</a><p>print media</p>", False),
    (b"<style>@media printer { }</style>", False),
])
def test_print_styled(page, expected):
    assert archive.print_styled(page) is expected
