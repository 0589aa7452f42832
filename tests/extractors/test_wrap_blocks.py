"""Blank-line blocks that are lists, not paragraphs (extractors/layout/wrap.py): a text of
one paragraph per line whose blank lines set off only its chapters keeps a numbered
heading apart from the sentence under it, while a text of blank-line paragraphs wrapped
over several lines keeps them joined, and a numbered item's wrapped text stays with it.
Inputs are our own."""

import pytest

from extractors.layout import wrap
from extractors.layout.text import read_text

# a programme of one paragraph per line; blank lines only around its header, bases,
# chapters and signature
CHAPTERS = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
Số: 56/CTr-UBND
Hà Giang, ngày 09 tháng 4 năm 2026

CHƯƠNG TRÌNH
Phát triển nông nghiệp hữu cơ tỉnh Hà Giang giai đoạn 2026 - 2030

Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;
Ủy ban nhân dân tỉnh ban hành Chương trình như sau:

Chương I
MỤC TIÊU VÀ CHỈ TIÊU
1. Mục tiêu chung
Hình thành các vùng sản xuất hữu cơ tập trung gắn với chuỗi giá trị.
2. Chỉ tiêu cụ thể
a) Diện tích sản xuất hữu cơ đạt 4.500 ha vào năm 2030.
b) Có ít nhất 18 sản phẩm hữu cơ được chứng nhận.
- Hỗ trợ 40 hợp tác xã chuyển đổi sang sản xuất hữu cơ.

Chương II
NHIỆM VỤ TRỌNG TÂM
1. Quy hoạch vùng sản xuất
Sở Nông nghiệp và Môi trường chủ trì thực hiện.
2. Đào tạo nông dân
Hội Nông dân tỉnh tổ chức các lớp tập huấn hằng năm.
Phần thứ hai
Tổ chức thực hiện

Chương III
KINH PHÍ
1. Nguồn ngân sách tỉnh
Bố trí trong dự toán hằng năm theo phân cấp.

Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Sơn
"""

# blank-line paragraphs, each wrapped over several lines (a wrap may put a name first)
WRAPPED = """\
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sóc Trăng về nâng cao chất lượng
dịch vụ công trực tuyến, Sở Thông tin và Truyền thông xây dựng kế hoạch như
sau để triển khai trên toàn tỉnh.

Năm 2026, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80% và
tỷ lệ người dân hài lòng với dịch vụ đạt trên 90% theo khảo sát của
Sở Nội vụ tại các huyện, thị xã.

Các cơ quan, đơn vị rà soát quy trình nội bộ, cắt giảm thời gian xử lý hồ
sơ, bảo đảm công khai, minh bạch trong tiếp nhận và trả kết quả cho
người dân, doanh nghiệp.

1. Tăng cường tuyên truyền về lợi ích của dịch vụ công trực tuyến đến
người dân ở vùng sâu, vùng xa bằng nhiều hình thức phù hợp.

2. Bố trí đủ cán bộ hướng dẫn tại bộ phận một cửa các cấp để hỗ trợ
người dân thực hiện thủ tục trên môi trường điện tử.

Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp
hiện hành và các nguồn huy động hợp pháp khác.
"""

# the same, its lines broken where a phrase ends rather than at a width
SOFT = """\
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sóc Trăng
về nâng cao chất lượng dịch vụ công trực tuyến, Sở Thông tin và Truyền thông xây dựng kế hoạch
như sau.

Năm 2026, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80% và
tỷ lệ người dân hài lòng đạt trên 90% theo khảo sát của
Sở Nội vụ.

Các cơ quan rà soát quy trình nội bộ,
cắt giảm thời gian xử lý hồ sơ, bảo đảm công khai, minh bạch trong tiếp nhận và trả kết quả
cho người dân, doanh nghiệp.

1. Tăng cường tuyên truyền về lợi ích của dịch vụ công trực tuyến
đến người dân ở vùng sâu, vùng xa.

2. Bố trí đủ cán bộ hướng dẫn tại bộ phận một cửa
để hỗ trợ người dân thực hiện thủ tục trên môi trường điện tử.

Kinh phí được bố trí từ nguồn ngân sách nhà nước
theo phân cấp hiện hành.
"""

# blank-line paragraphs, and one chapter's block of one paragraph per line among them
LIST_CHAPTER = """
Chương II
TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông
Là cơ quan thường trực, theo dõi việc thực hiện kế hoạch và định kỳ báo cáo
kết quả về Ủy ban nhân dân tỉnh.
2. Sở Tài chính
Tham mưu bố trí kinh phí.
"""
MIXED = WRAPPED + LIST_CHAPTER  # (hard-wrapped at a width)
MIXED_SOFT = SOFT + LIST_CHAPTER  # (soft-wrapped, no width)

# (text, a paragraph that must be read whole, one that must not be: two paragraphs glued)
CASES = [
    ("chapters: a numbered heading", CHAPTERS, "1. Mục tiêu chung",
     "1. Mục tiêu chung Hình thành"),
    ("chapters: a heading's sentence", CHAPTERS, "Hình thành các vùng sản xuất hữu cơ tập trung gắn với chuỗi giá trị.",
     None),
    ("chapters: a named task", CHAPTERS, "2. Đào tạo nông dân", "2. Đào tạo nông dân Hội Nông dân"),
    ("chapters: a part after a sentence", CHAPTERS, "Phần thứ hai", "hằng năm. Phần thứ hai"),
    ("chapters: a chapter's title", CHAPTERS, "Chương III", "Chương III KINH PHÍ"),
    ("wrapped: a paragraph over three lines", WRAPPED,
     "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sóc Trăng về nâng cao chất lượng dịch vụ công trực tuyến, "
     "Sở Thông tin và Truyền thông xây dựng kế hoạch như sau để triển khai trên toàn tỉnh.", None),
    ("wrapped: a wrap that puts a name first", WRAPPED,
     "Năm 2026, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80% và tỷ lệ người dân hài lòng với "
     "dịch vụ đạt trên 90% theo khảo sát của Sở Nội vụ tại các huyện, thị xã.", None),
    ("wrapped: a numbered item's text", WRAPPED,
     "1. Tăng cường tuyên truyền về lợi ích của dịch vụ công trực tuyến đến người dân ở vùng sâu, vùng xa "
     "bằng nhiều hình thức phù hợp.", None),
    ("mixed: a paragraph stays whole", MIXED,
     "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động "
     "hợp pháp khác.", None),
    ("mixed: the list's heading", MIXED, "1. Sở Thông tin và Truyền thông",
     "1. Sở Thông tin và Truyền thông Là cơ quan"),
    ("mixed: the list's sentence runs on in lower case", MIXED,
     "Là cơ quan thường trực, theo dõi việc thực hiện kế hoạch và định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh.",
     None),
    ("mixed: a short heading", MIXED, "2. Sở Tài chính", "2. Sở Tài chính Tham mưu"),
    ("soft: a paragraph over three lines", SOFT,
     "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sóc Trăng về nâng cao chất lượng dịch vụ công trực tuyến, "
     "Sở Thông tin và Truyền thông xây dựng kế hoạch như sau.", None),
    ("soft: a wrap that puts a name first", SOFT,
     "Năm 2026, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80% và tỷ lệ người dân hài lòng đạt "
     "trên 90% theo khảo sát của Sở Nội vụ.", None),
    ("soft: a numbered item's text", SOFT,
     "2. Bố trí đủ cán bộ hướng dẫn tại bộ phận một cửa để hỗ trợ người dân thực hiện thủ tục trên môi trường "
     "điện tử.", None),
    ("mixed soft: a paragraph stays whole", MIXED_SOFT,
     "Kinh phí được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành.", None),
    ("mixed soft: the list's heading", MIXED_SOFT, "1. Sở Thông tin và Truyền thông",
     "1. Sở Thông tin và Truyền thông Là cơ quan"),
    ("mixed soft: the list's sentence runs on in lower case", MIXED_SOFT,
     "Là cơ quan thường trực, theo dõi việc thực hiện kế hoạch và định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh.",
     None),
    ("mixed soft: a short heading", MIXED_SOFT, "2. Sở Tài chính", "2. Sở Tài chính Tham mưu"),
    ("mixed soft: a chapter's title", MIXED_SOFT, "Chương II", "Chương II TỔ CHỨC"),
]


@pytest.mark.parametrize("name,text,whole,glued", CASES, ids=[c[0] for c in CASES])
def test_blocks(name, text, whole, glued):
    paras = [b.text for b in read_text(text)[0]]
    assert whole in paras
    if glued:
        assert not any(glued in p for p in paras)


def _groups(text: str) -> list[list[str]]:
    return [[ln for ln in g.split("\n") if ln.strip()] for g in text.split("\n\n") if g.strip()]


def test_style_of_the_shapes():
    assert not wrap.Style.of(CHAPTERS.split("\n")).paragraphs_by_blank_lines
    assert wrap.Style.of(WRAPPED.split("\n")).paragraphs_by_blank_lines
    assert wrap.Style.of(MIXED.split("\n")).paragraphs_by_blank_lines
    assert wrap.Style.of(SOFT.split("\n")).paragraphs_by_blank_lines
    assert wrap.Style.of(MIXED_SOFT.split("\n")).paragraphs_by_blank_lines


# (a blank-line block, whether it is a list of one paragraph a line)
LISTED = [
    *[(g, True) for g in _groups(CHAPTERS) if g[0].startswith("Chương")],
    (_groups(MIXED)[-1], True),
    (["Chương IV", "KHEN THƯỞNG"], True),
    (["- Bộ Tài chính;", "- Lưu: VT."], True),
    *[(g, False) for g in _groups(WRAPPED) + _groups(SOFT)],
    (["1. Mục tiêu chung", "Phát triển bền vững."], False),  # one break that tells nothing: the text's style decides
]


@pytest.mark.parametrize("block,expected", LISTED, ids=[b[0][:30] for b, _ in LISTED])
def test_listed(block, expected):
    assert wrap.listed(block) is expected


@pytest.mark.parametrize("prev,nxt,expected", [
    ("đến năm 2030 nâng cao", "chất lượng dịch vụ", 1),
    ("phối hợp với", "Sở Tài chính", 1),
    ("Hình thành vùng sản xuất.", "Phát triển", -1),
    ("1. Mục tiêu chung", "a) Diện tích", -1),
    ("Chương I", "MỤC TIÊU", -1),
    ("hằng năm", "Phần thứ hai", -1),
    ("1. Mục tiêu chung", "Hình thành", 0),
    ("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", 0),
    # a letter's subject line ("về việc") starts its own block, after the date it follows on a scan
    ("Lào Cai, ngày 5 tháng 3 năm 2024", "V/v tổ chức hội nghị tổng kết", -1),
    ("Kính gửi các đơn vị", "V/v báo cáo", -1),
    # a "v/v" in a sentence's run is no subject line
    ("đề nghị gửi văn bản theo mẫu", "v/v báo cáo kết quả", 1),
])
def test_line_break(prev, nxt, expected):
    assert wrap.line_break(prev, nxt) == expected


def test_golden_document_spans_hold_values():
    """The whole document of this shape (tests/golden/inputs/wrap_chapter_blocks.txt, its
    record in tests/golden/expected): every value read from a heading or the sentence
    under it keeps a span that holds it."""
    from pathlib import Path

    from pipeline.process import process

    path = Path(__file__).parent.parent / "golden" / "inputs" / "wrap_chapter_blocks.txt"
    result = process(path.name, path.read_bytes())
    record = result.record.model_dump(mode="json")

    def held(obj) -> str:
        return " ".join(result.text[obj["span"]["start"]: obj["span"]["end"]].split())

    assert [o["kind"] for o in record["objectives"]][:1] == ["general"]
    assert len(record["activities"]) == 3 and len(record["responsibilities"]) == 3
    for o in record["objectives"]:
        assert held(o).startswith(" ".join(o["text"].split())[:30])
        for t in o["targets"]:
            assert held(t) == t["raw"]
    for a in record["activities"]:
        assert held(a).startswith(a["code"]) and " ".join(a["title"].split()[:3]) in held(a)
        assert a["title"] in held(a) and a["lead_agencies"]
    for r in record["responsibilities"]:
        assert r["agency"].split()[-1].lower() in held(r).lower()
        assert "Là cơ quan" not in r["agency"] and "Tham mưu" not in r["agency"]
