"""Reader shape of hold-out round G49 (tests/invented/build_g49.py): a static-site portal's Markdown file opening on
its front matter (YAML between "---" lines, Jekyll's "..." end, TOML between "+++"), the page's own data: its title,
date, tags, a summary that may quote the plan's money and targets. The Markdown reader leaves it out
(extractors.formats.front_matter), so that a summary's "tổng kinh phí 2.500 triệu đồng" is no statement of the plan;
a document that opens on a rule over its header lines keeps them. Every text here is invented."""

from __future__ import annotations

import pytest

from extractors.formats.front_matter import front_matter_blanked
from extractors.formats.markdown import read

_DOC = ("**ỦY BAN NHÂN DÂN XÃ TÂN LỘC BẮC**\n\nSố: 17/KH-UBND\n\n**KẾ HOẠCH**\n\n**Phát triển thương mại điện tử "
        "xã Tân Lộc Bắc năm 2029**\n\n**III. KINH PHÍ**\n\nTổng kinh phí thực hiện Kế hoạch là 640 triệu đồng.\n")

# (the file, a line of its front matter that must not be read)
FRONT_MATTER = [
    # Hugo's YAML: a summary quoting money, a nested list of attachments, a folded value
    ('---\ntitle: "Kế hoạch phát triển thương mại điện tử năm 2029"\ndate: 2029-02-03T07:45:00+07:00\n'
     'description: "UBND xã ban hành kế hoạch với tổng kinh phí 2.500 triệu đồng"\nsummary: >\n'
     '  Phấn đấu 85% hộ kinh doanh bán hàng trực tuyến.\nattachments:\n  - name: "17-KH-UBND.pdf"\n'
     '    url: "/uploads/2029/02/17-KH-UBND.pdf"\ntags: ["thương mại điện tử"]\n---\n\n' + _DOC,
     "tổng kinh phí 2.500 triệu đồng"),
    # Jekyll's end "...", a comment, a blank line inside, keys with dashes
    ("---\n# trang văn bản\nlayout: van-ban\nso-hieu: 17/KH-UBND\n\nngay-ban-hanh: 2029-02-01\n"
     "tom-tat: Kế hoạch có tổng kinh phí 2.500 triệu đồng\n...\n" + _DOC, "tom-tat: Kế hoạch"),
    # TOML between "+++": "key = value" and a [table]
    ('+++\ntitle = "Kế hoạch phát triển thương mại điện tử năm 2029"\ndraft = false\n[params]\n'
     'tong_kinh_phi = "2.500 triệu đồng"\n+++\n' + _DOC, "tong_kinh_phi"),
    # a byte-order mark before it, Windows line ends
    ('\ufeff---\r\ntitle: "Kế hoạch năm 2029"\r\nsummary: "tổng kinh phí 2.500 triệu đồng"\r\n---\r\n'
     + _DOC.replace("\n", "\r\n"), "tổng kinh phí 2.500 triệu đồng"),
]

# files whose opening lines are the document's: (the file, a line that must be read)
NOT_FRONT_MATTER = [
    # a rule over the header's lines (non-ASCII "keys": "Số:")
    ("---\nỦY BAN NHÂN DÂN XÃ TÂN LỘC BẮC\nSố: 17/KH-UBND\n---\n\n" + _DOC, "Số: 17/KH-UBND"),
    # a rule, then prose with a colon that is no key
    ("---\nKèm theo Kế hoạch: tổng kinh phí 2.500 triệu đồng\n---\n\n" + _DOC, "tổng kinh phí 2.500 triệu đồng"),
    # a key line, but then a line of prose
    ("---\ntitle: Kế hoạch năm 2029\nKế hoạch có tổng kinh phí 2.500 triệu đồng\n---\n\n" + _DOC,
     "tổng kinh phí 2.500 triệu đồng"),
    # never closed
    ("---\ntitle: Kế hoạch năm 2029\n\n" + _DOC, "title: Kế hoạch năm 2029"),
    # "---" not on the first line
    ("\n---\ntitle: Kế hoạch năm 2029\n---\n\n" + _DOC, "title: Kế hoạch năm 2029"),
]


def _text(md: str) -> str:
    return "\n".join(b.text or " | ".join(" | ".join(r) for r in b.rows or []) for b in read(md.encode("utf-8"),
                                                                                             "x.md").blocks)


@pytest.mark.parametrize("md,line", FRONT_MATTER)
def test_a_front_matter_is_not_read(md, line):
    text = _text(md)
    assert line not in text
    assert "Số: 17/KH-UBND" in text and "640 triệu đồng" in text


@pytest.mark.parametrize("md,line", FRONT_MATTER)
def test_the_lines_after_it_keep_their_numbers(md, line):
    blanked = front_matter_blanked(md)
    assert line not in blanked
    assert blanked.count("\n") == md.count("\n")
    assert blanked.endswith(md[md.index("**ỦY BAN"):])


@pytest.mark.parametrize("md,line", NOT_FRONT_MATTER)
def test_a_document_opening_on_a_rule_keeps_its_lines(md, line):
    assert front_matter_blanked(md) == md
    assert line in _text(md)
