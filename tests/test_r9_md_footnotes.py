"""Markdown's footnotes ("... năm 2022[^1];" and a definition "[^1]: Kế hoạch ..."), read at reader depth as the
HTML and Word readers read raised marks and footnotes: the reference as "[1]" after its word
(extractors.formats.marks), the definition taken out of the text and read after it as a footnote "1 Kế hoạch ..."
(its indented lines with it), as Word's footnotes are. Must-not rows: a link's brackets, a caret in text, a
definition's form inside a table row or a code span, a label that is no number ("[^ghi-chu]"). Names invented."""

from __future__ import annotations

import pytest

from extractors.formats import markdown
from pipeline.process import process


@pytest.mark.parametrize("text, want, notes", [
    ("Căn cứ Kế hoạch về chuyển đổi số năm 2022[^1];\n\n[^1]: Kế hoạch số 12/KH-UBND.\n",
     "Căn cứ Kế hoạch về chuyển đổi số năm 2022[1];\n\n\n", ["1 Kế hoạch số 12/KH-UBND."]),
    ("Tỷ lệ 95%[^2] và 80%[^3].\n\n[^2]: Theo Quyết định 5.\n[^3]: Số liệu năm 2024,\n    của Cục Thống kê.\n\nHết.\n",
     "Tỷ lệ 95%[2] và 80%[3].\n\n\n\n\n\nHết.\n", ["2 Theo Quyết định 5.", "3 Số liệu năm 2024, của Cục Thống kê."]),
    # must not
    ("Xem [Kế hoạch 5](https://x.vn/kh5) và 2^10 byte.\n", "Xem [Kế hoạch 5](https://x.vn/kh5) và 2^10 byte.\n", []),
    ("| 1 | [^1]: không phải chú thích |\n", "| 1 | [^1]: không phải chú thích |\n", []),
    ("Ghi `[^4]` trong mã.\n", "Ghi `[^4]` trong mã.\n", []),
    ("Xem ghi chú[^ghi-chu].\n\n[^ghi-chu]: Một ghi chú.\n", "Xem ghi chú[^ghi-chu].\n\n[^ghi-chu]: Một ghi chú.\n", []),
])
def test_markdown_footnotes_read_as_marks_and_notes(text, want, notes):
    assert markdown.footnotes(text) == (want, notes)


DOC = """ỦY BAN NHÂN DÂN

HUYỆN KHE TRÀ

Số: 45/KH-UBND

Khe Trà, ngày 04 tháng 5 năm 2027

KẾ HOẠCH

Chuyển đổi số năm 2027

Căn cứ Kế hoạch số 19/KH-UBND ngày 10 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Sơn Trà về chuyển đổi số năm 2027[^1];

[^1]: Kế hoạch số 19/KH-UBND được ban hành theo Nghị quyết của Tỉnh ủy.

I. MỤC TIÊU

1. Hoàn thành 100% dịch vụ công trực tuyến toàn trình.

TM. ỦY BAN NHÂN DÂN

CHỦ TỊCH

Lê Văn Tâm
"""


def test_a_plans_footnote_in_markdown():
    rec = process("kh.md", DOC.encode("utf-8")).dump
    assert [b["title"] for b in rec["legal_bases"]] == ["Chuyển đổi số năm 2027"]
    assert [(n["marker"], n["text"][:20]) for n in rec["footnotes"]] == [("1", "Kế hoạch số 19/KH-UB")]
    assert rec["signer"]["name"] == "Lê Văn Tâm"
    assert "[^1]" not in rec["text"] if "text" in rec else True
