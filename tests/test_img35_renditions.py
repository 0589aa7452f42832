"""Round IMG35: the archive tool's print of an old portal's page (tests/renditions/archive.py).

- a page whose bytes are UTF-8 under a meta naming another charset ("charset=windows-1258": an old template kept)
  was printed by LibreOffice as the meta says, mojibake ("á»¦Y BAN"): every scan of it read nothing (0/0/30). It is
  printed as its words read (archive.as_shown: decoded as the pipeline's text reader decodes, the meta made "utf-8");
- its layout table, wider than the page and centred, was cut by LibreOffice's web export at both edges, the content
  column's lines starting 50 pt left of the paper: only text past the right edge sent a page to Chromium
  (archive.runs_past_edge).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.minimal_pdf import pdf_of
from tests.renditions import archive

BODY = "<p>ỦY BAN NHÂN DÂN HUYỆN KIM SƠN</p><p>Số: 47/KH-UBND</p>"


@pytest.mark.parametrize("data, expected", [
    # must: UTF-8 under a Windows-1258 meta, as HTML 4 and HTML 5 declare it
    (('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>'
      + BODY + "</body></html>").encode("utf-8"),
     '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + BODY
     + "</body></html>"),
    (('<html><head><meta charset="windows-1258"></head><body>' + BODY + "</body></html>").encode("utf-8"),
     '<html><head><meta charset="utf-8"></head><body>' + BODY + "</body></html>"),
    # must-not: a page that says what it is, a page with no meta
    (('<html><head><meta charset="utf-8"></head><body>' + BODY + "</body></html>").encode("utf-8"),
     '<html><head><meta charset="utf-8"></head><body>' + BODY + "</body></html>"),
    (("<html><body>" + BODY + "</body></html>").encode("utf-8"), "<html><body>" + BODY + "</body></html>"),
])
def test_page_as_shown(data, expected):
    assert archive.as_shown(data).decode("utf-8") == expected


@pytest.mark.parametrize("x0, expected", [
    (-48.0, True),  # must: the line starts left of the paper
    (560.0, True),  # must-not: past the right edge, as before
    (-1.0, False),  # must-not: within the slack, on the paper
    (72.0, False),
])
def test_runs_past_edge(x0, expected):
    assert archive.runs_past_edge(pdf_of([(x0, 100.0, 12.0, b"Ke hoach so 47/KH-UBND")])) is expected
