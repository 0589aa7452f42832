"""A signature table whose cells a scrape flattened to one line each, printed in its narrow column and copied
back out with `pdftotext -layout`, round R18: the wrap cuts the signer's title and puts its last word before
the name ("TM. ỦY BAN NHÂN DÂN CHỦ" / "TỊCH Bế Văn Toàn", "PHÓ BÍ" / "THƯ Hà Thị Minh Nguyệt"), so the title
was lost and the name read with a word of capitals (pdf-layout v_huyen-donglac_96, t_duk-lamdien_58).

layout.cells.signature_run_paragraphs now also joins a signature's lines when a title (TITLE_WORDS) runs over
the end of one line onto the next and the last line is that title's tail then a name, and splits them again as a
layout cell is.

Must-not rows: a signature already a line a part, a title cut with no name after it, lines that are no signature.
Names invented."""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock
from extractors.layout.cells import signature_run_paragraphs
from extractors.layout.text import read_text


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in signature_run_paragraphs([RawBlock("paragraph", x, {}) for x in lines])]


MUST = [
    (["TM. ỦY BAN NHÂN DÂN CHỦ", "TỊCH Lương Văn Khánh"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lương Văn Khánh"]),
    (["T/M BAN CHẤP HÀNH", "PHÓ BÍ", "THƯ Đinh Thị Ngọc"], ["T/M BAN CHẤP HÀNH", "PHÓ BÍ THƯ", "Đinh Thị Ngọc"]),
    (["KT. GIÁM ĐỐC PHÓ GIÁM", "ĐỐC Trần Thu Hà"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thu Hà"]),
    (["KT. HIỆU", "TRƯỞNG PHÓ HIỆU TRƯỞNG", "Vi Thị Mai"], ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Vi Thị Mai"]),
]

MUST_NOT = [
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bế Văn Toàn"],           # a line a part already
    ["TM. ỦY BAN NHÂN DÂN CHỦ", "TỊCH THU TANG VẬT VI PHẠM"],        # no name after the cut
    ["TM. ỦY BAN NHÂN DÂN CHỦ", "tịch thu theo quy định Nguyễn An"],  # the next line no title's tail
    ["Nơi nhận: - Sở Tài chính;", "- Lưu: VT."],
]


@pytest.mark.parametrize("lines,expected", MUST)
def test_title_cut_by_the_wrap_is_put_back(lines, expected):
    assert _texts(lines) == expected


@pytest.mark.parametrize("lines", MUST_NOT)
def test_other_lines_stay(lines):
    assert _texts(lines) == lines


def test_two_column_page_end_reads_the_title_and_name():
    text = "\n".join([
        "KẾ HOẠCH",
        "Triển khai chuyển đổi số năm 2026",
        "",
        "1. Phòng Nội vụ chủ trì, phối hợp với các xã thực hiện.",
        "",
        "Nơi nhận: - UBND tỉnh; - Sở Nội       TM. ỦY BAN NHÂN DÂN CHỦ",
        "vụ; - Lưu: VT.                        TỊCH Lương Văn Khánh",
    ])
    blocks, _ = read_text(text)
    texts = [b.text for b in blocks]
    assert texts[-3:] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lương Văn Khánh"]
