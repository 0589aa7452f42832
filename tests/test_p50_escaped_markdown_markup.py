"""A Markdown scrape whose header table holds `<br>` tags, saved as a JSON string (one line, its line ends `\\n`): the
check for a page's inner HTML in a text file (extractors.formats.base.html_fragment) saw tags and, on the one line, no
Markdown of its own (its table's rows are at line starts only once the escapes are decoded), and sent it to the HTML
reader, which reads no JSON escapes: the header run together, the plan's fields lost. The check now judges such a
text by what it holds, unescaped (found when round G46's and G47's documents moved tests/test_p49_escaped_text.py's
sample onto a converter's Markdown)."""

from __future__ import annotations

import json

import pytest

from extractors.formats.base import html_fragment
from pipeline.process import process
from tests.metamorphic import assert_read_alike

PLAN = """| ỦY BAN NHÂN DÂN<br>HUYỆN TÂN LẠC<br>------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 64/KH-UBND | *Tân Lạc, ngày 11 tháng 5 năm 2027* |

**KẾ HOẠCH**

**Phòng, chống thiên tai năm 2027**

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

**I. MỤC TIÊU**

- 100% xã có phương án ứng phó thiên tai theo cấp độ rủi ro.

**II. TỔ CHỨC THỰC HIỆN**

1. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức diễn tập.

| *Nơi nhận:*<br>- UBND tỉnh;<br>- Các xã;<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Đinh Văn Lực |
|---|---|
"""


def test_json_string_of_markdown_with_tags_reads_as_markdown():
    plain = process("tan-lac.md", PLAN.encode("utf-8"))
    escaped = process("tan-lac.md", json.dumps(PLAN, ensure_ascii=False).encode("utf-8"))
    assert plain.record.number == "64/KH-UBND"
    assert_read_alike(plain, escaped, "text.escapes_decoded")


@pytest.mark.parametrize("data, markdown, expected", [
    # must: the JSON string of a Markdown text with tags is no page's markup
    (json.dumps(PLAN, ensure_ascii=False).encode("utf-8"), True, False),
    # must not: a page's inner HTML, plain or as a JSON string of one line, is still markup
    ("<p>ỦY BAN NHÂN DÂN</p>\n<p>HUYỆN TÂN LẠC</p>\n<p>KẾ HOẠCH</p>\n<p>Phòng, chống thiên tai</p>\n".encode("utf-8"),
     False, True),
    (json.dumps("".join(f"<p>Dòng {k} của trang</p>\n" for k in range(12)), ensure_ascii=False).encode("utf-8"),
     False, True),
])
def test_html_fragment(data, markdown, expected):
    assert html_fragment(data, markdown) is expected
