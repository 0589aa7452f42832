"""A PDF's heading set in bold whose last line reaches the right margin, then its body in
the plain face: two paragraphs, the heading's marked bold (extractors.layout.paragraphs.
assemble, told by the words' font: extractors.layout.words.segments_of). Invented lines
(helper Q6); a line item is (x0, x1, text) and True after them for a line set in bold."""

import pytest

from extractors.blocks import RawBlock, RawDocument
from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.layout.paragraphs import assemble
from extractors.segment import outline

RIGHT = 523.0
BODY_BEFORE = [(72.0, RIGHT, "Ủy ban nhân dân huyện Cần Giờ ban hành Kế hoạch phát triển du lịch sinh thái năm"),
               (72.0, 250.0, "2027 như sau:")]


def paragraphs(lines) -> list[RawBlock]:
    return [b for b in assemble([[("line", ln) for ln in lines]]) if b.kind == "paragraph"]


MUST_SPLIT = [
    ("a bold heading at the full width, its body in the plain face",
     [(72.0, RIGHT - 2, "2. Xây dựng mô hình du lịch sinh thái gắn với bảo tồn rừng ngập mặn hằng năm", True),
      (72.0, RIGHT, "Tổ chức khảo sát, lựa chọn địa điểm tại các xã ven biển để xây dựng mô hình"),
      (72.0, 200.0, "thí điểm.")],
     ["2. Xây dựng mô hình du lịch sinh thái gắn với bảo tồn rừng ngập mặn hằng năm",
      "Tổ chức khảo sát, lựa chọn địa điểm tại các xã ven biển để xây dựng mô hình thí điểm."]),
]

MUST_JOIN = [
    ("a bold phrase whose sentence goes on in lower case",
     [(72.0, RIGHT, "Phát triển du lịch sinh thái trở thành ngành kinh tế mũi nhọn của", True),
      (72.0, 300.0, "huyện, gắn với bảo tồn rừng ngập mặn.")],
     "Phát triển du lịch sinh thái trở thành ngành kinh tế mũi nhọn của huyện, gắn với bảo tồn rừng ngập mặn."),
    ("a plain full line, then a capitalized name in the plain face",
     [(72.0, RIGHT, "Giao Phòng Văn hóa - Thông tin chủ trì, phối hợp với Ban Quản lý Khu dự trữ sinh quyển"),
      (72.0, 280.0, "Rừng ngập mặn Cần Giờ thực hiện.")],
     "Giao Phòng Văn hóa - Thông tin chủ trì, phối hợp với Ban Quản lý Khu dự trữ sinh quyển Rừng ngập mặn "
     "Cần Giờ thực hiện."),
]


@pytest.mark.parametrize("why, lines, want", MUST_SPLIT, ids=[m[0] for m in MUST_SPLIT])
def test_bold_heading_splits(why, lines, want):
    got = paragraphs(BODY_BEFORE + lines)
    texts = [b.text for b in got]
    for w in want:
        assert w in texts, f"{why}: {w!r} not in {texts}"
    assert next(b for b in got if b.text == want[0]).location.get("bold") is True
    assert not next(b for b in got if b.text == want[1]).location.get("bold")


@pytest.mark.parametrize("why, lines, want", MUST_JOIN, ids=[m[0] for m in MUST_JOIN])
def test_lines_join(why, lines, want):
    assert want in [b.text for b in paragraphs(BODY_BEFORE + lines)], why


def test_bold_task_heading_keeps_its_body_apart():
    texts = [("paragraph", "KẾ HOẠCH", False), ("paragraph", "II. NHIỆM VỤ, GIẢI PHÁP", True),
             ("paragraph", "1. Xây dựng mô hình du lịch sinh thái gắn với bảo tồn rừng ngập mặn hằng năm", True),
             ("paragraph", "Tổ chức khảo sát, lựa chọn địa điểm tại các xã ven biển để xây dựng mô hình thí điểm.",
              False),
             ("paragraph", "2. Quảng bá sản phẩm du lịch cộng đồng", True),
             ("paragraph", "Tham gia các hội chợ du lịch trong nước.", False)]
    raw = RawDocument([RawBlock(k, t, {"page": 1, "bold": True} if bold else {"page": 1}) for k, t, bold in texts])
    d = build_document(raw)
    titles = [a["title"] for a in extract_activities(d, outline(d))]
    assert titles[0] == "Xây dựng mô hình du lịch sinh thái gắn với bảo tồn rừng ngập mặn hằng năm"


def test_text_task_heading_on_a_later_page_keeps_its_body_apart():
    from extractors.formats import read

    text = ("KẾ HOẠCH\nPhát triển du lịch cộng đồng\n\fII. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Xây dựng mô hình du lịch sinh thái gắn với bảo tồn rừng ngập mặn hằng năm\n\n"
            "Tổ chức khảo sát, lựa chọn địa điểm tại các xã ven biển để xây dựng mô hình thí điểm.\n\n"
            "2. Quảng bá sản phẩm du lịch cộng đồng\n\nTham gia các hội chợ du lịch trong nước.\n")
    d = build_document(read(text.encode("utf-8"), "plan.txt"))
    titles = [a["title"] for a in extract_activities(d, outline(d))]
    assert titles[0] == "Xây dựng mô hình du lịch sinh thái gắn với bảo tồn rừng ngập mặn hằng năm"


# a task heading and the block after it, from a page reader: (why, blocks as (text, location), first title)
PAGE_TASKS = [
    ("must join: a scan's full line wrapped onto a block of its own, in capitals at the cut",
     [("1. Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác chuyển đổi số tại các phường và",
       {"page": 2, "ocr": True}),
      ("Trung tâm Hành chính công của tỉnh", {"page": 2, "ocr": True})],
     "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác chuyển đổi số tại các phường và "
     "Trung tâm Hành chính công của tỉnh"),
    ("must join: a bold heading the PDF reader cut in two, both halves bold",
     [("1. Hoàn thiện hệ thống kè chống sạt lở bờ sông tại các xã ven sông Hậu thuộc huyện", {"page": 1, "bold": True}),
      ("Kế Sách", {"page": 1, "bold": True})],
     "Hoàn thiện hệ thống kè chống sạt lở bờ sông tại các xã ven sông Hậu thuộc huyện Kế Sách"),
    ("must not join: plain text under a bold heading is its body",
     [("1. Nâng cấp hệ thống cấp nước sinh hoạt tập trung cho các thôn vùng cao biên giới", {"page": 3, "bold": True}),
      ("Khảo sát nhu cầu dùng nước của các hộ dân trong năm đầu.", {"page": 3})],
     "Nâng cấp hệ thống cấp nước sinh hoạt tập trung cho các thôn vùng cao biên giới"),
    ("must not join: a text file's lines, whose reader joined its wraps by their width",
     [("1. Nâng cấp hệ thống cấp nước sinh hoạt tập trung cho các thôn vùng cao biên giới", {"page": 1, "line": 9}),
      ("Khảo sát nhu cầu dùng nước của các hộ dân trong năm đầu.", {"page": 1, "line": 11})],
     "Nâng cấp hệ thống cấp nước sinh hoạt tập trung cho các thôn vùng cao biên giới"),
]


@pytest.mark.parametrize("why, blocks, want", PAGE_TASKS, ids=[p[0] for p in PAGE_TASKS])
def test_page_task_wraps(why, blocks, want):
    head = [RawBlock("paragraph", "KẾ HOẠCH", {"page": 1}), RawBlock("paragraph", "II. NHIỆM VỤ", {"page": 1})]
    d = build_document(RawDocument(head + [RawBlock("paragraph", t, loc) for t, loc in blocks]))
    titles = [a["title"] for a in extract_activities(d, outline(d))]
    assert titles and titles[0] == want, why
