"""A text of one sentence a line whose labels a sentence splitter cut off their items (often word-segmented:
"Điều 2 .", "1 .", "b )"), made a Word file and printed, round R18 (lo-pdf v_hdnd-namlam_45 18/18/26): the PDF
reader's paragraphs held each label alone, its item the next paragraph, so the articles' bodies ("Điều 2." /
"Giao Ủy ban nhân dân tỉnh ...") and the inline targets ("1." / "Mục tiêu ...: - 85% ...") were lost. The text
reader puts such labels back (one_line.rejoin_labels); layout.paragraphs.lone_labels now does the same over
the PDF's paragraphs (assemble), where two or more labels stand alone; the first of a run of sub-labels left
at the end of the paragraph before, after its colon ("... trong đó : a )"), goes to its item too.

Must-not rows: a single label alone, a label whose next paragraph has a label of its own, a number that is no
label ("1.250"), a colon then a word. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock
from extractors.layout import paragraphs

# (on the code before the rule the blocks stay as they are: the must rows fail there)
lone_labels = getattr(paragraphs, "lone_labels", lambda blocks: blocks)


def _texts(texts: list[str]) -> list[str]:
    return [b.text for b in lone_labels([RawBlock("paragraph", t, {"page": 1}) for t in texts])]


MUST = [
    (["Điều 1 .", "Phê_duyệt đề_án cấp nước sạch nông_thôn .", "Điều 2 .", "Giao Sở Nông_nghiệp tổ_chức thực_hiện ."],
     ["Điều 1 . Phê_duyệt đề_án cấp nước sạch nông_thôn .", "Điều 2 . Giao Sở Nông_nghiệp tổ_chức thực_hiện ."]),
    (["1.", "Mục tiêu đến năm 2030: - 90% hộ dân dùng nước sạch.", "2.", "Kinh phí: 52.000 triệu đồng."],
     ["1. Mục tiêu đến năm 2030: - 90% hộ dân dùng nước sạch.", "2. Kinh phí: 52.000 triệu đồng."]),
    (["Nguồn vốn gồm :", "a )", "Ngân_sách tỉnh : 30.000 triệu đồng ;", "b )", "Vốn xã_hội_hóa : 12.500 triệu đồng ."],
     ["Nguồn vốn gồm :", "a ) Ngân_sách tỉnh : 30.000 triệu đồng ;", "b ) Vốn xã_hội_hóa : 12.500 triệu đồng ."]),
    (["Kinh phí gồm: a)", "Năm 2027: 9.000 triệu đồng;", "b)", "Năm 2028: 11.000 triệu đồng;", "c)",
      "Năm 2029: 7.000 triệu đồng."],
     ["Kinh phí gồm:", "a) Năm 2027: 9.000 triệu đồng;", "b) Năm 2028: 11.000 triệu đồng;", "c) Năm 2029: 7.000 triệu đồng."]),
]

MUST_NOT = [
    ["Điều 1.", "Ban hành kèm theo Quyết định này Quy chế.", "Điều 2. Quyết định có hiệu lực từ ngày ký."],  # one alone
    ["1.", "a) Tuyên truyền trên báo tỉnh;", "2.", "b) Tập huấn cán bộ xã."],       # the next has its own label
    ["1.250", "triệu đồng", "3.400", "triệu đồng"],                                 # numbers, no labels
    ["Thành phần gồm: Sở Tài chính", "Sở Xây dựng."],                               # no label at a colon's end
]


@pytest.mark.parametrize("texts,expected", MUST)
def test_labels_put_back_before_their_items(texts, expected):
    assert _texts(texts) == expected


@pytest.mark.parametrize("texts", MUST_NOT)
def test_other_paragraphs_stay(texts):
    assert _texts(texts) == texts


def test_label_joined_keeps_its_page_not_its_bold():
    blocks = lone_labels([RawBlock("paragraph", "Điều 1.", {"page": 2, "bold": True}),
                          RawBlock("paragraph", "Giao Sở Tài chính.", {"page": 2}),
                          RawBlock("paragraph", "Điều 2.", {"page": 2, "bold": True}),
                          RawBlock("paragraph", "Hiệu lực từ ngày ký.", {"page": 3})])
    assert [(b.text, b.location) for b in blocks] == [("Điều 1. Giao Sở Tài chính.", {"page": 2}),
                                                      ("Điều 2. Hiệu lực từ ngày ký.", {"page": 2})]
