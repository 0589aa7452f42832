"""An article of a resolution or decision whose one paragraph assigns it to one body and, in a later sentence,
its supervision to others ("Điều 3. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này. Thường trực
Hội đồng nhân dân huyện, các Ban và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết."):
every body the sentences assign is a responsibility (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline


def _agencies(articles: str) -> list[str]:
    text = ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN PHÚ LÂM\n\nSố: 27/NQ-HĐND\n\nPhú Lâm, ngày 14 tháng 12 năm 2019\n\n"
            "NGHỊ QUYẾT\n\nVề dự toán ngân sách huyện năm 2020\n\nHỘI ĐỒNG NHÂN DÂN HUYỆN PHÚ LÂM\n"
            "KHÓA XX, KỲ HỌP THỨ 9\n\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\n"
            "QUYẾT NGHỊ:\n\nĐiều 1. Thông qua dự toán chi ngân sách huyện năm 2020 là 386.400 triệu đồng.\n\n"
            f"{articles}\n\nNghị quyết này đã được Hội đồng nhân dân huyện Phú Lâm khóa XX, kỳ họp thứ 9 thông qua "
            "ngày 14 tháng 12 năm 2019.\n")
    doc = build_document(read(text.encode(), "nq.txt"))
    found = extract_responsibilities(doc, outline(doc))
    for r in found:  # provenance: each record's span holds its agency's words
        assert doc.text[r["span"]["start"]:r["span"]["end"]]
    return [r["agency"] for r in found]


CASES = [
    # must match: the supervising bodies in the article's second sentence
    ("Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này. Thường trực Hội đồng nhân dân huyện, "
     "các Ban của Hội đồng nhân dân huyện và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết.",
     ["Ủy ban nhân dân huyện", "Thường trực Hội đồng nhân dân huyện", "Các Ban của Hội đồng nhân dân huyện",
      "Đại biểu Hội đồng nhân dân huyện"]),
    ("Điều 2. Ủy ban nhân dân huyện có trách nhiệm tổ chức thực hiện Nghị quyết này. Ban Kinh tế - Xã hội Hội đồng "
     "nhân dân huyện giám sát việc thực hiện.",
     ["Ủy ban nhân dân huyện", "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện"]),
    # must match: the same sentence on a paragraph of its own under the article (a copy that kept each sentence
    # on its line)
    ("Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n\nThường trực Hội đồng nhân dân "
     "huyện, các Ban và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết.",
     ["Ủy ban nhân dân huyện", "Thường trực Hội đồng nhân dân huyện", "Các Ban Hội đồng nhân dân huyện",
      "Đại biểu Hội đồng nhân dân huyện"]),  # (the council's Ban: round G60, tests/test_g60_council_ban.py)
    ("Điều 2. Ủy ban nhân dân huyện có trách nhiệm tổ chức thực hiện Nghị quyết này.\n\nBan Pháp chế Hội đồng "
     "nhân dân huyện phối hợp giám sát việc thực hiện.",
     ["Ủy ban nhân dân huyện", "Ban Pháp chế Hội đồng nhân dân huyện"]),
    # must not: a later sentence that says what was done or when it takes effect names no one's duty
    ("Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n\nNghị quyết có hiệu lực từ ngày ký.",
     ["Ủy ban nhân dân huyện"]),
    ("Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n\nSở Tài chính đã thẩm định dự toán.",
     ["Ủy ban nhân dân huyện"]),
    ("Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này. Nghị quyết có hiệu lực từ ngày ký.",
     ["Ủy ban nhân dân huyện"]),
    ("Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này. Sở Tài chính đã thẩm định dự toán.",
     ["Ủy ban nhân dân huyện"]),
]


@pytest.mark.parametrize("articles, expected", CASES)
def test_article_later_sentences(articles, expected):
    assert [a.lower() for a in _agencies(articles)] == [a.lower() for a in expected]
