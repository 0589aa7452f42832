"""Legal-basis titles probed in round C, checked whole (the table-driven cases check a
title's start): the preamble's main clause after the last basis ("..., UBND huyện ban
hành Kế hoạch như sau:") is not part of its title; a title's own commas and clauses stay."""

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.fields.legal_bases import extract_legal_bases
from extractors.formats import read

HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LÁT\nSố: 9/KH-UBND\nMường Lát, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nBình ổn giá năm 2026\n"

CASES = [
    # must cut: a main clause that issues the plan
    ("Thực hiện Công văn số 318/BCT-TTTN ngày 12/02/2026 của Bộ Công Thương về bình ổn thị trường dịp Tết, "
     "UBND huyện xây dựng Kế hoạch thực hiện như sau:", ["Bình ổn thị trường dịp Tết"]),
    ("Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số 77/UBND-KT ngày 03/02/2026 về kiểm tra giá, "
     "Ủy ban nhân dân huyện ban hành Kế hoạch triển khai như sau:", ["Kiểm tra giá"]),
    # must not cut: the title's own comma, a clause that issues nothing
    ("Căn cứ Quyết định số 204/QĐ-UBND ngày 09/01/2026 của UBND tỉnh về phát triển du lịch, dịch vụ và thương mại;",
     ["Phát triển du lịch, dịch vụ và thương mại"]),
    ("Căn cứ Kế hoạch số 15/KH-UBND ngày 09/01/2026 của UBND tỉnh về thực hiện các nhiệm vụ sau đây;",
     ["Thực hiện các nhiệm vụ sau đây"]),
]


@pytest.mark.parametrize("text,titles", CASES, ids=[c[0][:50] for c in CASES])
def test_basis_titles_whole(text, titles):
    doc = build_document(read((HEAD + text + "\nI. MỤC ĐÍCH\n").encode("utf-8"), "plan.txt"))
    bases = extract_legal_bases(doc, extract_header(doc)["title_end"])
    assert [b["title"] for b in bases] == titles
