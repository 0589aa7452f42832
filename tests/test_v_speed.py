"""Helper V's speed changes give what the code they replaced gave: the plan key's sentence
split (a pattern that opens on the separators' first characters) and build_document's one
normalizing pass over paragraphs and table cells."""

import random
import re

import pytest

import normalizers.keys as keys
from extractors.document import CELL_SEPARATOR, build_document
from extractors.blocks import RawBlock, RawDocument
from normalizers.agencies import join_cell_lines
from normalizers.text import normalize_line

# the split as it was: an alternation, the group the terminators (None for the separators)
_OLD_SEGMENT = re.compile(r"([.;:!?…]+)(?=\s|$)|\||\s[•·»›]\s")


def _old_sentences(text):
    out = []
    for paragraph in keys._paragraphs(text):
        pieces = _OLD_SEGMENT.split(keys._DIGIT_GROUP.sub("", paragraph.casefold()))
        for piece, end in zip(pieces[::2], pieces[1::2]):
            if not end or len(piece) < 2 * keys.MIN_WORDS - 1:
                continue
            tokens = keys._TOKEN.findall(piece)
            if len(tokens) < keys.MIN_WORDS or len(tokens) - sum(map(str.isdigit, tokens)) < keys.MIN_WORDS:
                continue
            sentence = " ".join(tokens)
            if not keys._BOILERPLATE.match(sentence):
                out.append(sentence)
    return out


WORDS = ["Sở", "Nông nghiệp", "và", "Phát triển", "nông thôn", "tỉnh", "Hà Giang", "chủ trì", "triển khai",
         "12", "1.250", "năm", "2025", "kế hoạch", "a", "b1", "x2y"]
MARKS = [".", "..", "...", "…", ";", ":", "!", "?", "|", " • ", " · ", " » ", " › ", "•", ".:", ". |", "|.",
         " .", ": ", "?!", ",", " - ", "\n", "\n\n"]


def _random_text(seed):
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(5, 60)):
        parts.append(rng.choice(WORDS))
        parts.append(rng.choice(MARKS) if rng.random() < 0.25 else " ")
    return "".join(parts)


SHAPES = [
    "Ủy ban nhân dân huyện Lộc Bình giao các phòng, ban chuyên môn triển khai thực hiện kế hoạch này đúng tiến độ đề ra.",
    "Trang chủ | Tin tức » Văn bản | Kế hoạch phát triển du lịch cộng đồng vùng cao giai đoạn 2026 - 2030 của tỉnh.",
    "Tổ chức 15 lớp tập huấn cho 1.240 cán bộ cấp xã về chuyển đổi số trong quản lý hành chính nhà nước năm 2026…",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    "Mục tiêu • Nâng cao chất lượng dịch vụ y tế cơ sở cho người dân vùng sâu vùng xa của huyện miền núi Mường Tè!",
]


@pytest.mark.parametrize("text", SHAPES + [_random_text(seed) for seed in range(300)])
def test_content_sentences_split_as_before(text):
    assert keys.content_sentences(text, normalized=True) == _old_sentences(text)


def test_content_sentences_still_needs_a_sentence_end():
    prose = "Sở Giáo dục và Đào tạo tỉnh Cao Bằng chủ trì tổ chức hội thi giáo viên dạy giỏi cấp tỉnh năm học mới"
    assert keys.content_sentences(prose + ".", normalized=True)
    assert not keys.content_sentences(prose, normalized=True)  # a heading or a cell: no end
    assert not keys.content_sentences(prose + " | ", normalized=True)  # a menu's separator is no end
    assert not keys.content_sentences(prose + " » Tin tức", normalized=True)


def _old_build_text(raw):
    parts = []
    for b in raw.blocks:
        if b.kind == "table":
            parts.append("\n".join(CELL_SEPARATOR.join(normalize_line(join_cell_lines(c)) for c in row)
                                   for row in b.rows or []))
        else:
            parts.append(normalize_line(b.text))
    return "\n".join(parts)


CELLS = ["Sở Tài chính\nSở Kế hoạch và Đầu tư", "  Kinh phí  (triệu đồng) ", "Uỷ ban nhân dân xã", "1.250",
         "", "\u00a0", "- Sở Y tế\n- Sở Nội vụ", "“Tuyên truyền” – hoá\tđơn", "a\x1fb", "Nhiệm vụ\r\nkhác"]


@pytest.mark.parametrize("seed", range(40))
def test_build_document_normalizes_cells_and_paragraphs_as_before(seed):
    rng = random.Random(seed)
    blocks = []
    for _ in range(rng.randint(1, 8)):
        if rng.random() < 0.4:
            rows = [[rng.choice(CELLS) for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(0, 4))]
            blocks.append(RawBlock("table", "", rows=rows))
        else:
            blocks.append(RawBlock("paragraph", rng.choice(CELLS + SHAPES)))
    raw = RawDocument(blocks)
    doc = build_document(raw)
    assert doc.text == _old_build_text(raw)
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
        if block.kind == "table":
            for row, spans in zip(block.rows, block.cell_spans):
                assert [doc.text[s:e] for s, e in spans] == row
