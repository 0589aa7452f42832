"""A bold run that a converter's source wrapped over two lines of a Markdown paragraph, its last word(s) alone
under it ("**IV. PHÂN CÔNG THỰC" / "HIỆN**": a legal site's Markdown of a Word file, pandoc's of a page).
Markdown joins a paragraph's lines; the reader left a heading in capitals on two lines, the first looking
whole, and the section it names was lost (round R11: G10's council plan in legal-site-md, its assignment
table's section "PHÂN CÔNG THỰC HIỆN" read as "PHÂN CÔNG THỰC"). `markdown.bold_lines_joined` puts such a
run on one line. Must-not rows: a run closed on its own line, lines a blank line apart, a run never closed,
a run over more lines than a heading takes, a table row. Texts invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import bold_lines_joined, read


@pytest.mark.parametrize("text, want", [
    ("**III. TỔ CHỨC THỰC\nHIỆN**\n\nSở Nội vụ chủ trì.",
     "**III. TỔ CHỨC THỰC HIỆN**\n\nSở Nội vụ chủ trì."),
    ("Mở đầu.\n\n**2. Xây dựng Nhà Văn hóa\nthôn Bản Lìm**\n\nUBND xã chủ trì.",
     "Mở đầu.\n\n**2. Xây dựng Nhà Văn hóa thôn Bản Lìm**\n\nUBND xã chủ trì."),
    ("**3. Hỗ trợ các hợp tác xã chăn nuôi\nứng dụng công nghệ cao gắn với\nTIÊU THỤ SẢN PHẨM**",
     "**3. Hỗ trợ các hợp tác xã chăn nuôi ứng dụng công nghệ cao gắn với TIÊU THỤ SẢN PHẨM**"),
])
def test_wrapped_bold_joined(text, want):
    assert bold_lines_joined(text) == want


@pytest.mark.parametrize("text", [
    "**KẾ HOẠCH**\nPhát triển du lịch",                        # closed on its own line
    "**IV. TỔ CHỨC\n\nHIỆN**",                                  # a blank line between: two paragraphs
    "**Lưu ý: các đơn vị\nbáo cáo đúng hạn.\n\nHết.",            # never closed
    "**Một\nhai\nba\nbốn\nnăm**",                               # more lines than a heading takes
    "**TT | Nội dung\nTổng** | 5",                              # a table row
    "**A.\n- Sở Y tế**",                                        # a list item under it
    "**ỦY BAN NHÂN DÂN XÃ  \nTHANH SƠN**",                     # a hard break (two spaces): a header's lines
    "**SỞ Y TẾ\\\nPHÒNG NGHIỆP VỤ**",                          # a hard break (backslash)
])
def test_others_stay(text):
    assert bold_lines_joined(text) == text


def test_read_gives_the_heading_whole():
    md = ("**KẾ HOẠCH**\n\n**I. MỤC TIÊU**\n\nNâng cao nhận thức.\n\n**II. PHÂN CÔNG THỰC\nHIỆN**\n\n"
          "Sở Văn hóa chủ trì.\n")
    texts = [b.text for b in read(md.encode("utf-8"), "x.md").blocks]
    assert any(t.replace("*", "").strip() == "II. PHÂN CÔNG THỰC HIỆN" for t in texts), texts
