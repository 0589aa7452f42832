"""A signature beside the recipients whose name a reader set one space after a recipient, round R16 (G14's
hospital plan from a web page printed to PDF: lo-pdf, pdf-layout, pdf-plain each signer -1, recipients -1 +1):

    Nơi nhận:                 (lo-pdf, pdf-plain)        Nơi nhận:            (pdf-layout)
    GIÁM ĐỐC                                             - Sở Y tế (b/c);
    - Sở Y tế (b/c);                                     - Ban Giám đốc;
    - Ban Giám đốc;                                      GIÁM ĐỐC
    - Các khoa, phòng; Bùi Quang Vinh                    - Các khoa, phòng; Bùi Quang Vinh
    - Lưu: VT, KHTH.                                     - Lưu: VT, KHTH.

The page's table was as narrow as its text, so the signer's name stood right after the third recipient, one
space (a word's gap) off; a page break after "Nơi nhận:" made the readers put the title before the items or
among them. The name was read as part of the recipient ("Các khoa, phòng; Bùi Quang Vinh") and the signature had
no name. `text.collapsed_signature_blocks` (every reader's blocks) reads "Nơi nhận:" alone, a signer's title
before or among the items, and a person's name (a family name first) after an item's ";" or "." as the two
columns: the items, then the title and the name.

Must-not rows: no title block (the tail stays), a tail that is no person's name ("UBND Huyện Tây Sơn": no
family name), a name already on a line of its own under the list, a second name tail. Texts invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock
from extractors.layout.text import collapsed_signature_blocks


def para(text: str) -> RawBlock:
    return RawBlock("paragraph", text, {"line": 1})


def texts(lines: list[str]) -> list[str]:
    return [b.text for b in collapsed_signature_blocks([para(t) for t in lines])]


@pytest.mark.parametrize("title_at", [0, 2])
@pytest.mark.parametrize("title, name", [(["HIỆU TRƯỞNG"], "Đoàn Thị Mỹ Lệ"),
                                         (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Triệu Văn Khởi")])
def test_name_after_item_is_the_signers(title_at, title, name):
    items = ["- Sở Giáo dục và Đào tạo (b/c);", "- Các tổ chuyên môn;", f"- Công đoàn trường; {name}",
             "- Lưu: VT."]
    lines = ["Nơi nhận:", *items[:title_at], *title, *items[title_at:], "Trang thông tin điện tử của trường."]
    got = texts(lines)
    assert got == ["Nơi nhận:", *items[:2], "- Công đoàn trường;", "- Lưu: VT.", *title, name,
                   "Trang thông tin điện tử của trường."]


@pytest.mark.parametrize("lines", [
    # no title: nothing says a second column was read
    ["Nơi nhận:", "- Sở Y tế;", "- Các khoa, phòng; Lã Thị Hằng", "- Lưu: VT."],
    # the tail is a second recipient, no person's name
    ["Nơi nhận:", "GIÁM ĐỐC", "- Sở Y tế;", "- UBND tỉnh; UBND Huyện Tây Sơn", "- Lưu: VT."],
    # the name on a line of its own under the list: read as it was
    ["Nơi nhận:", "GIÁM ĐỐC", "- Sở Y tế;", "- Các khoa; Lã Thị Hằng", "- Lưu: VT.", "Lã Thị Hằng"],
])
def test_left_as_read(lines):
    assert texts(lines) == lines
