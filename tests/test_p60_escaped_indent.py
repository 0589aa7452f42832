"""A text saved as a JSON string's body (its letters "\\uXXXX", its line breaks "\\n") whose first line is indented (a
header set in two columns by spaces, "      UBND TỈNH ..." over "      SỞ Y TẾ"): decoded, the first line keeps its
indent, as the plain text reads (it lost it, and the header's columns were read in another order; extractors/formats/
escaped.py _json_unescaped; found by tests/test_p49_escaped_text.py on G3's h3 bacthanh once the sample reached it).

Must-not rows: a whole JSON string in its quotes, white space around them, loses the quotes and the white space.
Names and numbers invented."""

from __future__ import annotations

import json

import pytest

from extractors.formats.escaped import unescaped

PLAIN = ("      UBND TỈNH HÒA NGUYÊN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "         SỞ TÀI CHÍNH                       Độc lập - Tự do - Hạnh phúc\n"
         "Số: 412/STC-NS                          Hòa Nguyên, ngày 12 tháng 8 năm 2027\n"
         "V/v hướng dẫn xây dựng dự toán ngân sách năm 2028\n"
         "Kính gửi: Các sở, ban, ngành tỉnh.\n")


@pytest.mark.parametrize("escaped, expected", [
    (json.dumps(PLAIN)[1:-1], PLAIN),  # the string's body: the first line's indent kept
    # must not: a whole string in its quotes, white space around them
    ("  " + json.dumps(PLAIN) + "\n", PLAIN),
    (json.dumps(PLAIN.strip()), PLAIN.strip()),
])
def test_an_escaped_text_keeps_its_first_lines_indent(escaped, expected):
    decoded, issue = unescaped(escaped)
    assert issue is not None and decoded == expected
