"""Round IMG44: the scan tool prints an .odt's text frames as Writer prints them (tests/renditions/archive.py
frames_unfilled).

G67's commune plan set its header in two Writer frames whose graphic style names no parent style ("Frame") and no
fill: LibreOffice took its default for drawing shapes and printed both frames as blue boxes with a blue outline (the
archive's gray scan read the issuer "-XÃ HÒA PHÚ THƯỢN", the date's year "MÌIMMM/"). Writer saves its frames under
"Frame" (no fill; a border only from fo:border): such a style is printed unfilled and unstroked; a style that names a
parent, sets a fill or a stroke, or is no graphic style keeps what it says. Every input is invented.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.renditions.archive import frames_unfilled


def _odt(style: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f"<office:document-content><office:automatic-styles>{style}"
                                  "</office:automatic-styles></office:document-content>")
    return out.getvalue()


def _content(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode("utf-8")


@pytest.mark.parametrize("style, unfilled", [
    # must: a graphic style with no parent and no fill (a header's frame, an image's frame with a wrap only)
    ('<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" '
     'fo:border="none" fo:padding="0cm"/></style:style>', True),
    ('<style:style style:family="graphic" style:name="Khung3">\n  <style:graphic-properties '
     'style:vertical-pos="top"/></style:style>', True),
    # must-not: a parent named (Writer's own "Frame"); a fill or a stroke of its own; a background colour; a
    # paragraph style
    ('<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties '
     'style:wrap="none"/></style:style>', False),
    ('<style:style style:name="fr2" style:family="graphic"><style:graphic-properties draw:fill="solid" '
     'draw:fill-color="#eeeeee"/></style:style>', False),
    ('<style:style style:name="fr3" style:family="graphic"><style:graphic-properties draw:stroke="solid"/>'
     '</style:style>', False),
    ('<style:style style:name="fr4" style:family="graphic"><style:graphic-properties fo:background-color="#ffffcc"/>'
     '</style:style>', False),
    ('<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:margin-left="0cm"/>'
     '</style:style>', False),
])
def test_frames_unfilled(style, unfilled):
    data = _odt(style)
    got = _content(frames_unfilled(data))
    assert ('draw:fill="none" draw:stroke="none"' in got) == unfilled
    if not unfilled:
        assert got == _content(data)
