"""A list whose numbers a page's style sheet draws (round L6, tests/renditions/converters.py
gdocs-html): Google Docs' "Download as web page" writes a numbered paragraph as an <li> of an
<ol class="lst-kix_...-0"> with no number in its text and no type attribute; the number's style
("I.", "1.", "a)") is only in the CSS (`.lst-kix_..-0>li:before{content:"" counter(..,upper-roman)
". "}`). The reader labels each item as the browser draws it; a list the CSS says nothing about
keeps decimal numbers and "."."""

from __future__ import annotations

import pytest

from extractors.formats import html as html_reader


def _items(style: str, body: str) -> list[str]:
    page = f"<html><head><style>{style}</style></head><body>{body}</body></html>"
    return [b.text for b in html_reader.read(page.encode("utf-8"), "x.html").blocks if b.kind == "list_item"]


def _before(cls: str, counter_style: str, after: str = ". ") -> str:
    return (f'.{cls}>li:before{{content:"" counter(lst-ctn-{cls},{counter_style}) "{after}"}}'
            f".{cls}>li{{counter-increment:lst-ctn-{cls}}}")


# (why, style sheet, body, the items as read)
MUST = [
    ("Google Docs: upper-roman parts, a list that goes on with start",
     _before("lst-kix_q1-0", "upper-roman"),
     '<ol class="c7 lst-kix_q1-0 start"><li class="c1"><span class="c3">MỤC ĐÍCH</span></li></ol>'
     '<p>Văn bản</p><ol class="c7 lst-kix_q1-0" start="2"><li><span class="c3">NHIỆM VỤ</span></li></ol>',
     ["I. MỤC ĐÍCH", "II. NHIỆM VỤ"]),
    ("Google Docs: lower-latin with a closing parenthesis",
     _before("lst-kix_zz7-0", "lower-latin", ") "),
     '<ol class="lst-kix_zz7-0 start"><li><span>Rà soát hồ sơ</span></li><li><span>Tập huấn</span></li></ol>',
     ["a) Rà soát hồ sơ", "b) Tập huấn"]),
    ("a double-colon pseudo-element and a tag in the selector",
     "ol.buoc li::before{content: counter(item, lower-roman) \". \"}",
     '<ol class="buoc"><li>Khảo sát</li><li>Báo cáo</li></ol>', ["i. Khảo sát", "ii. Báo cáo"]),
    ("list-style-type on the list's class", ".muc{list-style-type:upper-alpha}",
     '<ol class="muc"><li>Phần chung</li><li>Phần riêng</li></ol>', ["A. Phần chung", "B. Phần riêng"]),
    ("list-style-type in the list's own style", "",
     '<ol style="list-style-type: lower-alpha"><li>Thứ nhất</li></ol>', ["a. Thứ nhất"]),
]

MUST_NOT = [
    ("no style sheet: decimal", "", "<ol><li>Một</li><li>Hai</li></ol>", ["1. Một", "2. Hai"]),
    ("a type attribute wins over the CSS", _before("k", "upper-roman"),
     '<ol class="k" type="a"><li>Một</li></ol>', ["a. Một"]),
    ("a counter of a bullet style (disc) is no numbering", _before("k", "disc"),
     '<ol class="k"><li>Một</li></ol>', ["1. Một"]),
    ("the rule is for another class", _before("other", "upper-roman"),
     '<ol class="k"><li>Một</li></ol>', ["1. Một"]),
    ("an item with its own label keeps it", _before("k", "upper-roman"),
     '<ol class="k"><li>3. Ba</li></ol>', ["3. Ba"]),
]


@pytest.mark.parametrize("why,style,body,expected", MUST + MUST_NOT, ids=[r[0] for r in MUST + MUST_NOT])
def test_css_list_numbers(why, style, body, expected):
    assert _items(style, body) == expected
