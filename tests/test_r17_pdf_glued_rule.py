"""A header's rule glued to the line under it in a PDF's text, round R17 (an older plan kept as the text plain
pdftotext wrote, "------Số: 112/KH-UBND", typed into a Word file and printed to PDF: lo-pdf 50/50/51, its number
lost):

    ỦY BAN NHÂN DÂN
    HUYỆN VĨNH KHÊ
    ------Số: 112/KH-UBND

The text reader cuts such a rule off its line (layout.text.pages_of, GLUED_RULE); the PDF's lines went to
paragraphs.assemble as they were, so the number line began with the rule and the header's number was not read.
Now the rule is a paragraph of its own and the line's text another.

Must-not rows: a rule alone, a line with a dash list marker ("- Lưu: VT."), a short dash run ("---a"), a rule
followed by a digit. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble


def _paragraphs(lines) -> list[str]:
    return [b.text for b in assemble([[("line", ln) for ln in lines]])]


@pytest.mark.parametrize("line, rule, rest", [
    ("------Số: 37/KH-UBND", "------", "Số: 37/KH-UBND"),
    ("--------------Tân Hòa, ngày 02 tháng 11 năm 2019", "--------------", "Tân Hòa, ngày 02 tháng 11 năm 2019"),
    ("_______Số: 8/QĐ-SYT", "_______", "Số: 8/QĐ-SYT"),
])
def test_glued_rule_cut_off(line, rule, rest):
    paras = _paragraphs([(70.0, 200.0, "ỦY BAN NHÂN DÂN"), (70.0, 200.0, "HUYỆN TÂN HÒA"), (70.0, 220.0, line),
                         (70.0, 300.0, "KẾ HOẠCH")])
    assert rule in paras and rest in paras


@pytest.mark.parametrize("line", ["------", "- Lưu: VT.", "---a", "------2019"])
def test_no_rule_cut(line):
    paras = _paragraphs([(70.0, 200.0, "ỦY BAN NHÂN DÂN"), (70.0, 120.0, line), (70.0, 300.0, "KẾ HOẠCH")])
    assert any(line in p for p in paras)
