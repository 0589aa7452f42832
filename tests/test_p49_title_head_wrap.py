"""A hard-wrapped text (pdftotext, an e-mail) whose line ends on a head's title after a list's semicolon or comma,
the body it heads on the next line ("...; Trưởng phòng" / "Nông nghiệp và Phát triển nông thôn; ..."): one
paragraph (extractors/layout/wrap.HEAD_WORD_END: a head's title, or a body's head word, "...; Phòng" / "Tài chính -
Kế hoạch", which the PDF reader's positioned lines ask too); a signature's title over its signer, a title in
capitals, a text of a paragraph a line stay apart."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

# a text wrapped at about 95 characters (its width measured on its prose lines)
PROSE = ["Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020; Căn cứ Nghị định số 08/2022/NĐ-CP ngày",
         "10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường; xét",
         "đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số 112/TTr-TNMT ngày 3 tháng 4",
         "năm 2028 về việc ban hành Kế hoạch bảo vệ môi trường lưu vực sông trên địa bàn huyện năm 2028.",
         "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo vệ môi trường lưu vực sông năm 2028 trên địa",
         "bàn huyện Tân Lạc Bắc, gồm các nội dung quan trắc chất lượng nước, thu gom rác thải ven sông và",
         "tuyên truyền nâng cao nhận thức của người dân về bảo vệ nguồn nước sinh hoạt trên địa bàn huyện.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế các quy định trước đây trái với Quyết",
         "định này; các cơ quan có liên quan chịu trách nhiệm tổ chức triển khai thực hiện đúng tiến độ."]


def _paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(PROSE + lines))
    return [b.text for b in blocks if b.kind == "paragraph"]


MUST = [
    ["Điều 3. Chánh Văn phòng HĐND và UBND huyện; Trưởng phòng",
     "Tài nguyên và Môi trường; Trưởng phòng Tài chính - Kế hoạch và Thủ trưởng các cơ quan, đơn vị có liên quan",
     "chịu trách nhiệm thi hành Quyết định này./."],
    ["Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc",
     "Sở Tài nguyên và Môi trường, Giám đốc Sở Tài chính và Chủ tịch Ủy ban nhân dân các xã ven sông chịu trách",
     "nhiệm thi hành Quyết định này./."],
    ["Điều 3. Văn phòng HĐND và UBND huyện, các cơ quan: Công an huyện; Phòng",
     "Tài chính - Kế hoạch và Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./."],
]


@pytest.mark.parametrize("lines", MUST)
def test_a_head_cut_from_the_body_it_heads_is_one_paragraph(lines):
    assert " ".join(lines) in _paragraphs(lines)


MUST_NOT = [
    # a signature's title over its signer, in mixed case
    (["Điều 3. Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.", "KT. Chủ tịch",
      "Phó Chủ tịch", "Trần Văn Lâm"], "Phó Chủ tịch"),
    # a line that ends on the title and no list's separator before it
    (["Nơi nhận kết quả: Văn phòng Sở báo cáo Giám đốc", "Sở Y tế tổng hợp chung trước ngày 15/12/2028."],
     "Nơi nhận kết quả: Văn phòng Sở báo cáo Giám đốc"),
]


@pytest.mark.parametrize("lines,alone", MUST_NOT)
def test_a_title_that_heads_no_wrapped_body_stays(lines, alone):
    assert alone in _paragraphs(lines)
