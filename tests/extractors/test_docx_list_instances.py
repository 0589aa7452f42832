"""Word list instances (all documents invented): the count belongs to the abstract
numbering a list instance (w:num) points to, as Word keeps it. Two instances of one
abstract numbering go on with one count (a plan's outline split over instances when
pasted together); an instance that restarts (w:startOverride) starts again the first
time it is used; different abstract numberings count apart."""

import pytest
from lxml import etree

from extractors.formats.docx_numbering import Numbering

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ABSTRACT = ('<w:abstractNum w:abstractNumId="{a}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>')


def numbering(*nums: str) -> Numbering:
    xml = (f"<w:numbering {W}>" + ABSTRACT.format(a=0, fmt="upperRoman") + ABSTRACT.format(a=1, fmt="decimal")
           + "".join(nums) + "</w:numbering>")
    return Numbering(etree.fromstring(xml))


def num(num_id: int, abstract: int, restart: int | None = None) -> str:
    over = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart}"/></w:lvlOverride>' if restart else ""
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{over}</w:num>'


@pytest.mark.parametrize("nums, paragraphs, labels", [
    # two instances of one abstract numbering: one count
    ([num(1, 0), num(2, 0)], [("1", 0), ("1", 0), ("2", 0), ("2", 0)], ["I.", "II.", "III.", "IV."]),
    # sub-levels go on across instances too: "II.1." under the second section
    ([num(1, 0), num(2, 0)], [("1", 0), ("1", 1), ("2", 0), ("2", 1), ("2", 1)], ["I.", "I.1.", "II.", "II.1.", "II.2."]),
    # a restarted instance starts again, once: back on the first instance the shared count goes on
    ([num(1, 1), num(2, 1, restart=1)], [("1", 0), ("1", 0), ("2", 0), ("2", 0), ("1", 0)], ["1.", "2.", "1.", "2.", "3."]),
    ([num(1, 1), num(2, 1, restart=5)], [("1", 0), ("2", 0), ("2", 0)], ["1.", "5.", "6."]),
    # different abstract numberings count apart
    ([num(1, 0), num(2, 1)], [("1", 0), ("2", 0), ("1", 0), ("2", 0)], ["I.", "1.", "II.", "2."]),
])
def test_counts_follow_the_abstract_numbering(nums, paragraphs, labels):
    n = numbering(*nums)
    assert [n.label(num_id, level) for num_id, level in paragraphs] == labels


def test_a_list_that_points_to_a_list_style_counts_with_it():
    # abstract 5 holds the levels of the list style "DeMuc"; abstract 6 only points to the style
    xml = (f"<w:numbering {W}>" + ABSTRACT.format(a=5, fmt="upperRoman").replace(
        "<w:lvl ", '<w:styleLink w:val="DeMuc"/><w:lvl ', 1)
        + '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="DeMuc"/></w:abstractNum>'
        + num(1, 5) + num(2, 6) + "</w:numbering>")
    n = Numbering(etree.fromstring(xml))
    assert [n.label(i, 0) for i in ("1", "2", "2")] == ["I.", "II.", "III."]
    # a link to a style no abstract numbering defines draws nothing
    lone = Numbering(etree.fromstring(f"<w:numbering {W}><w:abstractNum w:abstractNumId='7'>"
                                      f"<w:numStyleLink w:val='KhongCo'/></w:abstractNum>{num(3, 7)}</w:numbering>"))
    assert lone.label("3", 0) is None


@pytest.mark.parametrize("styles, expected", [
    # a style with no numbering of its own is numbered as the style it is based on
    ('<w:style w:type="paragraph" w:styleId="Muc1"><w:name w:val="Muc 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/>'
     '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
     '<w:style w:type="paragraph" w:styleId="Muc1b"><w:name w:val="Muc 1 dam"/><w:basedOn w:val="Muc1"/></w:style>'
     '<w:style w:type="paragraph" w:styleId="Muc1c"><w:name w:val="Muc 1 nghieng"/><w:basedOn w:val="Muc1b"/></w:style>',
     ["I. MỤC TIÊU", "II. NHIỆM VỤ", "III. KINH PHÍ"]),
    # numId 0 in a style stops it: no label; a loop of basedOn ends
    ('<w:style w:type="paragraph" w:styleId="Muc1"><w:name w:val="Muc 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/>'
     '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
     '<w:style w:type="paragraph" w:styleId="Muc1b"><w:name w:val="Muc 1 dam"/><w:basedOn w:val="Muc1"/>'
     '<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>'
     '<w:style w:type="paragraph" w:styleId="Muc1c"><w:name w:val="Vong"/><w:basedOn w:val="Muc1d"/></w:style>'
     '<w:style w:type="paragraph" w:styleId="Muc1d"><w:name w:val="Vong 2"/><w:basedOn w:val="Muc1c"/></w:style>',
     ["I. MỤC TIÊU", "NHIỆM VỤ", "KINH PHÍ"]),
])
def test_a_style_based_on_a_numbered_style_is_numbered(styles, expected):
    from extractors.formats import docx as reader
    from tests.extractors.test_docx_speed_reader import package
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'
                   for sid, text in (("Muc1", "MỤC TIÊU"), ("Muc1b", "NHIỆM VỤ"), ("Muc1c", "KINH PHÍ")))
    numbering = ABSTRACT.format(a=0, fmt="upperRoman") + num(1, 0)
    blocks = reader.read(package(body, styles=styles, numbering=numbering), "plan.docx").blocks
    assert [b.text for b in blocks] == expected
