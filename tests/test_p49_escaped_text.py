"""A text saved with its characters escaped (extractors/formats/escaped.py): a page's HTML character references, as
old Vietnamese web pages wrote their letters and a crawler that saves the source's text keeps them, and a JSON
string's escapes (a data set's field written to a file). Decoded before any layout rule reads the text; a text that
only quotes an escape or two is read as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.formats.escaped import unescaped
from pipeline.process import process
from tests.metamorphic import assert_read_alike, unicode_text

INVENTED = Path(__file__).parent / "invented" / "raw"

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG PHÚ TÂY
Số: 84/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Phú Tây, ngày 9 tháng 5 năm 2029
KẾ HOẠCH
Nâng cao chất lượng nước sạch nông thôn năm 2029
I. MỤC TIÊU
- 92% hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn.
II. KINH PHÍ
Tổng kinh phí thực hiện là 1.450 triệu đồng từ ngân sách huyện."""


def _ncr(text: str, hexadecimal: bool = False) -> str:
    return "".join(ch if ch.isascii() else (f"&#x{ord(ch):X};" if hexadecimal else f"&#{ord(ch)};") for ch in text)


NAMED = {"â": "&acirc;", "ê": "&ecirc;", "ô": "&ocirc;", "à": "&agrave;", "á": "&aacute;", "í": "&iacute;"}

# (the escaped text, the text it stands for)
MUST = [
    (_ncr(PLAN), PLAN),  # Unikey's "NCR Decimal"
    (_ncr(PLAN, hexadecimal=True), PLAN),  # "NCR Hex"
    ("".join(NAMED.get(ch, ch) for ch in PLAN), PLAN),  # named references beside the letters HTML names none for
    (json.dumps(PLAN, ensure_ascii=False), PLAN),  # a JSON string, between its quotes
    (json.dumps(PLAN, ensure_ascii=False)[1:-1], PLAN),  # its body alone
    (json.dumps(PLAN), PLAN),  # ASCII-only JSON: every letter "\\u1ee6"
    (json.dumps(PLAN.replace("\n", "\r\n"))[1:-1], PLAN.replace("\n", "\r\n")),  # Windows line ends escaped
    (json.dumps(PLAN + "\n\U0001f4c4 Tệp đính kèm"), PLAN + "\n\U0001f4c4 Tệp đính kèm"),  # a surrogate pair
    (_ncr(PLAN).replace("&#225;", "a&#769;"), PLAN),  # a tone escaped apart from its letter, composed
]

MUST_NOT = [
    PLAN,
    # a page's text with a few references left (fewer letters than MIN_ESCAPES)
    PLAN.replace("ngân sách huyện", "ngân&nbsp;sách huyện (R&amp;D, &lt;br&gt;, Ph&#432;&#417;ng)"),
    # references that stand for no letter, however many
    PLAN + "\n" + "&nbsp;&amp;&lt;&gt;&quot;&#160;&#8211;&#187;&#171;" * 3,
    # a Windows path and a regular expression quoted in a text of real lines
    PLAN + "\nTệp: C:\\nam2029\\nuoc-sach\\new.docx; mẫu \\d+\\n\\t\\s*",
    # escaped line breaks beside as many real ones: a text that quotes code, not a JSON string
    PLAN + "\n" + "dòng một\\ndòng hai\\n\n" * 6,
    # "\\u" escapes in a Unicode text (not ASCII): quoted, not the text's letters
    PLAN + "\nMã ký tự: \\u1ee6 \\u1ea1 \\u1ebf \\u1ec7 \\u1ed9 \\u01b0 \\u01a1 \\u0111 \\u1eaf",
]


@pytest.mark.parametrize("escaped,plain", MUST)
def test_an_escaped_text_is_decoded(escaped, plain):
    text, issue = unescaped(escaped)
    assert text == plain
    assert issue["code"] == "text.escapes_decoded"


@pytest.mark.parametrize("text", MUST_NOT)
def test_a_text_that_quotes_an_escape_stays(text):
    assert unescaped(text) == (text, None)


def _shapes(plain: str) -> dict[str, str]:
    return {"ncr": _ncr(plain), "json": json.dumps(plain, ensure_ascii=False), "json-ascii": json.dumps(plain)[1:-1]}


# a crawled text, a Markdown scrape, a plan's flattened tables: read the same escaped as plain
DOCUMENTS = sorted(p.name for p in INVENTED.glob("*") if p.suffix in (".txt", ".md") and unicode_text(p))[::40]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_whole_document_escaped_reads_as_the_plain_one(name):
    data = (INVENTED / name).read_bytes()
    plain = data.decode("utf-8")
    first = process(name, data)
    for escaped in _shapes(plain).values():
        assert_read_alike(first, process(name, escaped.encode("utf-8")), "text.escapes_decoded")
