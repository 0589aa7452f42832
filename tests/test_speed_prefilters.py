"""The cheap tests put before regexes for speed answer exactly as the regexes alone did:
each fast path is compared with the full computation on lines of every shape, those the
pre-filter lets through and those it turns away."""

import pytest

from extractors.fields import budget_statements as bs
from extractors.layout.text import Line
from extractors.layout.wrap import Style, paragraphs
from extractors.segment import DOUBLED, _classify, _classify_cached, classify
from extractors.tables.checks import Row, level_of

LINES = [
    "1. Mục đích", "2.1. Hoạt động 3: tập huấn", "12/2026 là thời hạn", "a) Nội dung", "đ) Kiểm tra",
    "b.2. Vốn huyện hỗ trợ", "IV. KINH PHÍ", "XI TỔ CHỨC THỰC HIỆN", "II.3. Nhiệm vụ", "B. NHIỆM VỤ CHUNG",
    "Phần thứ hai", "PHẦN III", "Điều 4. Chánh Văn phòng", "ĐIỀU 2: Hiệu lực", "a) a) Nội dung lặp", "1. 1. Mục tiêu",
    "(3) Tỷ lệ hộ nghèo", "- Sở Nông nghiệp", "+ Phòng Văn hóa", "* Ghi chú", "Căn cứ Luật Ngân sách",
    "Kinh phí thực hiện", "Mục tiêu cụ thể", "UBND huyện Krông Pa", "", " 1. Thụt đầu dòng", "٣. chữ số Ả Rập",
    "²3 số mũ", "Ủy ban nhân dân", "Lào Cai, ngày 5 tháng 3", "50 cơ sở được nâng cấp", "3 Nguồn kinh phí",
    "Q. Ninh", "H. Đông Anh", "L. Giải thích", "P. Kế hoạch",
    "Chương II", "CHƯƠNG 3. GIẢI PHÁP", "Chương trình hành động", "Mục 1. QUAN ĐIỂM", "MỤC 2: NHIỆM VỤ",
    "Mục tiêu chung", "Nhiệm vụ 1: Tuyên truyền", "Dự án 2. Hạ tầng",
]


def _classify_slow(text, ocr=False):
    """classify as it was: no first-character test, no cache."""
    doubled = DOUBLED.match(text)
    found = _classify(text[doubled.end(1):].lstrip() if doubled else text, ocr)
    if found and doubled:
        kind, number, _, body = found
        return kind, number, text[: text.index(body, doubled.end())].strip(), body
    return found


@pytest.mark.parametrize("text", LINES)
@pytest.mark.parametrize("ocr", [False, True])
def test_classify_first_character_test_answers_as_the_patterns(text, ocr):
    assert classify(text, ocr) == _classify_slow(text, ocr)
    assert _classify_cached(text, ocr) == _classify_slow(text, ocr)


def test_classify_still_finds_numbered_lines():
    assert classify("2.1. Hoạt động 3: tập huấn")[:2] == ("arabic", "2.1")
    assert classify("Điều 4. Chánh Văn phòng")[0] == "article"
    assert classify("- Sở Nông nghiệp") is None


def _budget_named_slow(text):
    named = bs.HEADING_BUDGET.search(text)
    if not named:
        return None
    return "total" if bs.STATE_BUDGET.search(named.group()) else bs.source_of(named.group())


@pytest.mark.parametrize("text, expected", [
    ("2.2. Chi ngân sách địa phương (NSĐP)", "local"),
    ("THU NGÂN SÁCH NHÀ NƯỚC", "total"),
    ("Vốn NSTW hỗ trợ", "central"),
    ("a) nstw bổ sung có mục tiêu", "central"),
    ("Kinh phí ngân ſách trung ương", "central"),  # a long s: the case-insensitive pattern takes it
    ("Ngân sách tại địa phương", None),
    ("II. MỤC TIÊU", None),
    ("Thu nội địa", None),
])
def test_budget_named_prefilter_answers_as_the_pattern(text, expected):
    assert bs._budget_named(text) == _budget_named_slow(text) == expected


@pytest.mark.parametrize("code, kind, expected", [
    ("IV", "item", 1), ("B.", "group", 0.5), ("Đ", "item", 0.5), ("2.1", "item", 3), ("3.", "item", 2),
    ("c)", "item", 5), ("-", "item", 6), ("+", "item", 7), ("*", "item", 8), ("x", "item", 5), ("1a", "item", None),
    (" II. ", "item", 1), ("IV", "total", 0), ("", "item", None), ("Tổng", "item", None),
])
def test_level_of_by_code(code, kind, expected):
    row = Row(code, "nhãn", kind, [], [])
    assert level_of(row) == expected
    assert level_of(row) == expected  # remembered: the same answer again


def test_paragraphs_read_a_heading_only_where_a_line_opens_on_a_hash():
    lines = [Line(1, "## 2. Mục tiêu", 1), Line(2, "   ### Kinh phí", 1), Line(3, "Nội dung # không phải", 1),
             Line(4, "#không dấu cách", 1)]
    blocks = paragraphs(lines, Style(), markdown=True)
    assert [(b.kind, b.text) for b in blocks] == [("heading", "2. Mục tiêu"), ("heading", "Kinh phí"),
                                                 ("paragraph", "Nội dung # không phải"),
                                                 ("paragraph", "#không dấu cách")]
    assert [b.level for b in blocks[:2]] == [2, 3]


def test_pages_of_keeps_pages_and_lines():
    from extractors.layout.text import pages_of
    text = "Dòng một\r\nDòng hai\f\fTrang hai\n===== Trang 3 =====\nTrang ba\r\n------Số: 12/KH-UBND"
    pages = pages_of(text)
    assert [[(ln.number, ln.text, ln.page) for ln in p] for p in pages] == [
        [(1, "Dòng một", 1), (2, "Dòng hai", 1)],
        [(2, "Trang hai", 3)],
        [(4, "Trang ba", 4), (5, "------", 4), (5, "      Số: 12/KH-UBND", 4)],
    ]
    # a lone carriage return at a line's end is dropped when the text has one
    assert [ln.text for ln in pages_of("a\r\nb\r\r\nc")[0]] == ["a", "b", "c"]
