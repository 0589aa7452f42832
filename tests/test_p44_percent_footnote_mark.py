"""A percentage with a footnote's mark glued after its sign, as a PDF's or a Markdown's text keeps a raised mark
("đạt 65%1;", "45%2,"): the sign was refused because a word character followed it, and the target was lost. One or
two digits after "%" that end there (a stop, a comma, a semicolon, a colon, a bracket, a space, the end) are a mark,
not part of the number. Found by G35's Word plan with a footnote on a target (its LibreOffice PDF and Markdown).
Must-not rows: a sign followed by letters, a percentage per year, digits that go on. Numbers invented."""

from __future__ import annotations

import pytest

from normalizers.percent import find_percents


@pytest.mark.parametrize("text, value, raw", [
    ("- Tỷ lệ hộ chăn nuôi áp dụng quy trình an toàn sinh học đạt 45%2;", 45.0, "45%"),  # must
    ("tỷ lệ lao động được đào tạo đạt 65%1.", 65.0, "65%"),  # must
    ("phấn đấu 90%12, trong đó", 90.0, "90%"),  # must: a two-digit mark
    ("đạt 80%3", 80.0, "80%"),  # must: the mark at the end
])
def test_a_footnote_mark_after_the_sign(text, value, raw):
    found = find_percents(text)
    assert [(p.value, p.raw) for p in found] == [(value, raw)]
    assert text[found[0].start:found[0].end] == raw


@pytest.mark.parametrize("text", [
    "đạt 45%abc",       # must not: letters after the sign
    "tăng 45%123 lần",  # must not: three digits after it
    "giảm 5%1.5",       # must not: a number with a decimal after it
])
def test_not_a_mark(text):
    assert find_percents(text) == []
