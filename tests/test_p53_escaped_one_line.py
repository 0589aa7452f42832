"""A document of one line saved as a JSON string: between the string's quotes, its only escape the line break at its
end ("\\"ỦY BAN NHÂN DÂN XÃ ... Lê Văn An\\\\n\\""). Round P53 (a hold-out floor's sample of the invented set landed on
such a document): too few escapes to tell it by, so the quotes and the "\\n" stayed in the text. A whole one-line text
between a JSON string's quotes that ends on its escaped line break is now decoded
(extractors.formats.escaped._WHOLE_STRING). Names invented; must and must-not rows."""

from __future__ import annotations

import json

import pytest

from extractors.formats.escaped import unescaped

ONE_LINE = ("ỦY BAN NHÂN DÂN XÃ TÂN AN Số: 12/KH-UBND KẾ HOẠCH Phát triển phong trào \"Xanh - Sạch - Đẹp\" năm 2027 "
            "I. MỤC TIÊU 90% hộ gia đình phân loại rác tại nguồn. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn An\n")


@pytest.mark.parametrize("escaped, plain", [
    # must: the whole line as a JSON string, its inner quotes escaped
    (json.dumps(ONE_LINE, ensure_ascii=False), ONE_LINE),
    (json.dumps(ONE_LINE, ensure_ascii=False) + "\n", ONE_LINE),
])
def test_a_one_line_json_string_is_decoded(escaped, plain):
    text, issue = unescaped(escaped)
    assert text == plain and issue["code"] == "text.escapes_decoded"


@pytest.mark.parametrize("text", [
    # must not: a quote and a backslash that are the text's own
    '"Kế hoạch" số 12 của xã Tân An về phân loại rác \\n"',  # a quote inside unescaped
    'Theo "Kế hoạch số 12\\n"',  # no string's quote at the start
    '"Kế hoạch số 12 năm 2027"\n',  # no escaped break at its end
    '"Dòng một\\n"\n"Dòng hai\\n"\n',  # two lines
])
def test_other_quoted_texts_stay(text):
    assert unescaped(text) == (text, None)
