"""The outline and keyword matching on inputs of our own: Articles, doubled markers, OCR
readings, tone-less keywords, page numbers, and the agency that opens a line."""

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.common import Keywords, content_end, is_page_number, untoned
from extractors.formats import read
from extractors.formats.base import RawBlock, RawDocument
from extractors.segment import classify, outline
from normalizers.agencies import leading_agency
from tests.conftest import CASES


def doc_of(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode("utf-8"), name))


@pytest.mark.parametrize("line, ocr, want", [
    ("Điều 4. Trách nhiệm thi hành", False, ("article", "4", "Trách nhiệm thi hành")),
    ("ĐIỀU 2: Chánh Văn phòng Sở Y tế chịu trách nhiệm", False, ("article", "2", "Chánh Văn phòng Sở Y tế chịu trách nhiệm")),
    ("b) b) Tổ chức hội thi", False, ("letter", "b", "Tổ chức hội thi")),
    ("3. 3. Kinh phí", False, ("arabic", "3", "Kinh phí")),
    ("IV. IV. TỔ CHỨC THỰC HIỆN", False, ("roman", "IV", "TỔ CHỨC THỰC HIỆN")),
    ("4, Tăng cường kiểm tra", True, ("arabic", "4", "Tăng cường kiểm tra")),
    # must not match
    ("4, Tăng cường kiểm tra", False, None),           # a comma is a list marker only in an OCR reading
    ("4, 5 và 6 tháng", True, None),
    ("Điều 17 Nghị định số 52/2015/NĐ-CP quy định", False, None),
    ("2.2. Về y tế", False, ("arabic", "2.2", "Về y tế")),  # "2.2." is not "2." twice
    ("a) b) Nội dung", False, ("letter", "a", "b) Nội dung")),
    # slashes and dashes after the number, capital-letter sections over the Roman ones
    ("1/ Tuyên truyền, phổ biến", False, ("arabic", "1", "Tuyên truyền, phổ biến")),
    ("2.3/ Kiểm tra", False, ("arabic", "2.3", "Kiểm tra")),
    ("3- Tổng kết", False, ("arabic", "3", "Tổng kết")),
    ("c/ Hỗ trợ giống", False, ("letter", "c", "Hỗ trợ giống")),
    ("A. ĐÁNH GIÁ KẾT QUẢ", False, ("part", "1", "ĐÁNH GIÁ KẾT QUẢ")),
    ("C- TỔ CHỨC THỰC HIỆN", False, ("part", "3", "TỔ CHỨC THỰC HIỆN")),
    ("1 - 2 ngày mỗi tuần", False, None),  # a range, not an item
    ("12/2026 hoàn thành", False, None),   # a month, not an item
    ("B. Nguyễn Văn Hải", False, None),    # an initial, not a section (its heading is not in capitals)
    ("A. KQ", False, None),                # too short to be a section heading
    ("b.1. Vốn Trung ương hỗ trợ", False, ("letter", "b.1", "Vốn Trung ương hỗ trợ")),  # a lettered item's part
    ("đ.2) Hỗ trợ đào tạo", False, ("letter", "đ.2", "Hỗ trợ đào tạo")),
    ("b.1.2 Vốn", False, None),            # not a letter's part
])
def test_classify(line, ocr, want):
    got = classify(line, ocr)
    assert (got and (got[0], got[1], got[3])) == want if want else got is None


def test_articles_hold_their_numbered_items():
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch.\nĐiều 2. Tổ chức thực hiện\n1. Sở Y tế chủ trì.\n"
            "2. Sở Tài chính bố trí kinh phí.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    d = doc_of(text)
    got = [(n.path, n.kind, n.parent.path if n.parent else None) for n in outline(d)]
    assert got == [("Đ1", "article", None), ("Đ2", "article", None), ("Đ2.1", "arabic", "Đ2"),
                   ("Đ2.2", "arabic", "Đ2"), ("Đ3", "article", None)]


@pytest.mark.parametrize("text, keyword, ocr, hit", [
    ("IV. TÔ CHỨC THỰC HIỆN", "tổ chức thực hiện", False, True),     # a lost tone mark
    ("IV. TỎ CHỨC THỤC HIỆN", "tổ chức thực hiện", False, True),
    ("IV. T0 CHỨC THỰC HIỆN", "tổ chức thực hiện", True, True),      # one edit, OCR only
    ("Nơi nhân:", "nơi nhận", False, True),
    ("II. NỌI DUNG", "nội dung", False, True),
    # must not match
    ("IV. T0 CHỨC THỰC HIỆN", "tổ chức thực hiện", False, False),
    ("IV. TỔ CHỨC THỰC HÀNH", "tổ chức thực hiện", True, False),
    ("Tổ chức thực hiệnn", "tổ chức thực hiện", False, False),       # a whole word or phrase
    ("II. MỤC TIÊU", "nội dung", True, False),
])
def test_keywords(text, keyword, ocr, hit):
    assert Keywords(keyword).search(text, ocr) == hit


def test_untoned_keeps_positions():
    text = "Ủy ban nhân dân TỈNH Đắk Lắk"
    assert untoned(text) == "uy ban nhan dan tinh dak lak" and len(untoned(text)) == len(text)


def test_page_numbers_are_not_content():
    raw = RawDocument([RawBlock("paragraph", "1. Sở Y tế chủ trì", {"page": 1}), RawBlock("paragraph", "12", {"page": 1}),
                       RawBlock("paragraph", "- 13 -", {"page": 2}), RawBlock("paragraph", "25", {"page": 2}),
                       RawBlock("paragraph", "xã đạt chuẩn.", {"page": 2}), RawBlock("paragraph", "2024", {"page": 2})])
    d = build_document(raw)
    assert [is_page_number(d, b) for b in d.blocks] == [False, True, True, False, False, False]


def test_a_section_stops_at_the_closing_and_the_appendix():
    text = ("III. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHỤ LỤC\nSTT\n")
    d = doc_of(text)
    section = outline(d)[0]
    assert section.end_index == len(d.blocks)
    assert d.blocks[content_end(d, section.block.index, section.end_index)].text == "Nơi nhận:"


LEADING = yaml.safe_load((CASES / "leading_agencies.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", LEADING, ids=[c["text"][:40] for c in LEADING])
def test_leading_agency(case):
    found = leading_agency(case["text"])
    assert (case["text"][found[0]:found[1]] if found else None) == case["agency"]


def test_a_lettered_items_parts_sit_under_it():
    text = "II. KẾ HOẠCH\n1. Tổng vốn\na) Vốn huyện\nb) Vốn tỉnh\nb.1. Vốn Trung ương\nb.2. Vốn địa phương\nc) Khác\n"
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    assert [(n.path, n.parent.path if n.parent else None) for n in outline(doc)] == [
        ("II", None), ("II.1", "II"), ("II.1.a", "II.1"), ("II.1.b", "II.1"), ("II.1.b.1", "II.1.b"),
        ("II.1.b.2", "II.1.b"), ("II.1.c", "II.1")]
