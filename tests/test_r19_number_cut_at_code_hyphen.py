"""A document number cut after its code's hyphen where the code holds a small letter ("Tờ trình số 1315/TTr-" /
"SKHĐT ngày ..."), round R19 (G17's province decision typed as a .txt and printed: its basis line too long for the
page wrapped at the hyphen; lo-pdf, pdf-layout, pdf-raw: the basis '1315/TTr-SKHĐT' read '1315/TTr').

`wrap.CODE_CUT` knew a code cut after capitals only ("số 215/KH-" / "UBND"); a code's abbreviation may hold a
small letter ("TTr" a submission, "CTr" a programme). And the rest alone on its line, in capitals ("SKHĐT"),
was a paragraph of its own: a line that is the rest of such a number (`CODE_REST`: its code's last parts in
capitals, alone or before the date) goes on with the line above (`wrap.joins`, and the PDF reader's
`paragraphs.assemble`), glued without a space (`wrap.glue`).

Must-not rows: a hyphen after a word, not a number's code ("Trường-" / "Sở"); a code's rest in small letters; a
capital line after a number that ends in no hyphen. Texts and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text
from extractors.layout.wrap import glue


@pytest.mark.parametrize("prev, nxt, joined", [
    ("tại Tờ trình số 2207/TTr-", "STNMT ngày 04/11/2019", "tại Tờ trình số 2207/TTr-STNMT ngày 04/11/2019"),
    ("theo Chương trình số 45/CTr-", "UBND ngày 12/3/2021", "theo Chương trình số 45/CTr-UBND ngày 12/3/2021"),
    ("Quyết định số 18/2020/QĐ-", "UBND", "Quyết định số 18/2020/QĐ-UBND"),  # (a code in capitals: glued before R19 too)
])
def test_number_glued_at_its_hyphen(prev, nxt, joined):
    assert glue(prev, nxt) == joined


@pytest.mark.parametrize("prev, nxt", [
    ("phối hợp giữa Nhà trường-", "Sở Giáo dục"),
    ("số 12/Tổng-", "Hợp"),
])
def test_word_hyphens_keep_the_space(prev, nxt):
    assert glue(prev, nxt) == f"{prev} {nxt}"


TEXT = """\
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Ngân
sách nhà nước ngày 25 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành luật;
Căn cứ Nghị quyết số 31/NQ-HĐND ngày 08 tháng 7 năm 2019 của Hội đồng nhân dân
tỉnh về kế hoạch sử dụng đất và bảo vệ môi trường giai đoạn 2019 - 2023 của tỉnh;
Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số {number}
{rest}
ngày 04 tháng 11 năm 2019,

QUYẾT ĐỊNH:
Điều 1. Phê duyệt kế hoạch thu gom, xử lý chất thải rắn sinh hoạt trên địa bàn
các huyện, thị xã năm 2020 với tổng kinh phí 12.400 triệu đồng, trong đó ngân
sách tỉnh 8.000 triệu đồng và ngân sách các huyện, thị xã 4.400 triệu đồng.
Điều 2. Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính và
Ủy ban nhân dân các huyện, thị xã tổ chức thực hiện, định kỳ hằng quý báo cáo
kết quả về Ủy ban nhân dân tỉnh để theo dõi, chỉ đạo.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Thủ trưởng các
cơ quan liên quan và Chủ tịch Ủy ban nhân dân các huyện, thị xã chịu trách
nhiệm thi hành Quyết định này./."""


def paragraphs(text: str) -> list[str]:
    return [b.text for b in read_text(text)[0] if b.kind == "paragraph"]


@pytest.mark.parametrize("number, rest, whole", [
    ("2207/TTr-", "STNMT", "2207/TTr-STNMT"),
    ("96/TTr-", "SNN-KL", "96/TTr-SNN-KL"),
])
def test_number_rest_on_its_own_line_goes_on(number, rest, whole):
    paras = paragraphs(TEXT.format(number=number, rest=rest))
    assert any(p.endswith(f"Tờ trình số {whole}") or f"Tờ trình số {whole} " in p for p in paras)
    assert rest not in paras


@pytest.mark.parametrize("number, rest", [
    ("2207/TTr", "STNMT"),          # no hyphen: the number is whole
    ("2207/TTr-", "stnmt"),         # small letters: no code's rest
])
def test_other_lines_are_not_a_code_rest(number, rest):
    paras = paragraphs(TEXT.format(number=number, rest=rest))
    assert not any(f"{number}{rest}" in p for p in paras)
