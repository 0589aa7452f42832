"""A paragraph wrapped twice (a line longer than the page, set as a paragraph of its own that
wraps again) whose clause stops where no clause ends, the rest opening with a capital (a
name): "... của Ủy ban nhân dân tỉnh" / "" / "Kon Tum về ...". The rest goes on, in wrapped
text (extractors.layout.wrap.joins) and in a PDF's lines (extractors.layout.paragraphs.
assemble); a paragraph that may end there does not take the next one. Invented text (helper
Q6b, hold-out round)."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text
from extractors.layout.wrap import open_clause

# prose that shows the text's wrap width (as in tests/test_layout_rewrapped.py)
PROSE = [
    "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch phát triển du lịch cộng đồng",
    "giai đoạn 2026 - 2030 nhằm kết nối các làng văn hóa với tuyến du lịch của tỉnh:",
    "",
    "Khôi phục, bảo tồn các lễ hội truyền thống của đồng bào dân tộc thiểu số; bảo đảm",
    "mỗi làng du lịch cộng đồng có ít nhất một đội cồng chiêng hoạt động thường xuyên.",
    "",
    "Huy động nguồn lực xã hội hóa tham gia đầu tư; ưu tiên các làng có nhiều hộ dân",
    "tham gia làm du lịch và đã có sản phẩm được công nhận đạt chuẩn OCOP.",
    "",
    "Tăng cường quảng bá trên nền tảng số; giao trách nhiệm cụ thể cho Trung tâm Xúc",
    "tiến Đầu tư, Thương mại và Du lịch trong việc giới thiệu các làng du lịch.",
    "",
]

# (lines after PROSE, a paragraph that must be read whole)
MUST_MATCH = [
    ("a basis cut before the province's name",
     ["Thực hiện Kế hoạch số 61/KH-UBND ngày 12 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh",
      "", "Kon Tum về phát triển du lịch cộng đồng giai đoạn 2026 - 2030;", ""],
     "Thực hiện Kế hoạch số 61/KH-UBND ngày 12 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh "
     "Kon Tum về phát triển du lịch cộng đồng giai đoạn 2026 - 2030;"),
    ("a sentence cut after 'của' before an agency",
     ["Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm",
      "của", "", "Sở Văn hóa, Thể thao và Du lịch theo phân cấp ngân sách hiện hành.", ""],
     "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của "
     "Sở Văn hóa, Thể thao và Du lịch theo phân cấp ngân sách hiện hành."),
]

# (lines after PROSE, paragraphs that must stay apart)
MUST_NOT_MATCH = [
    ("a sentence that may end in 'tỉnh' (no basis), then a new one",
     ["Tổ chức các lớp tập huấn kỹ năng làm du lịch cho người dân tại các làng trên địa bàn tỉnh",
      "", "Ủy ban nhân dân các huyện bố trí địa điểm tổ chức lớp học.", ""],
     ["Tổ chức các lớp tập huấn kỹ năng làm du lịch cho người dân tại các làng trên địa bàn tỉnh",
      "Ủy ban nhân dân các huyện bố trí địa điểm tổ chức lớp học."]),
    ("a basis closed by its semicolon",
     ["Căn cứ Quyết định số 14/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh;",
      "", "Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:", ""],
     ["Căn cứ Quyết định số 14/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh;",
      "Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:"]),
    ("a numbered heading after a clause left open",
     ["Phối hợp với các doanh nghiệp lữ hành xây dựng tour du lịch trải nghiệm gắn với",
      "", "II. NHIỆM VỤ", ""],
     ["Phối hợp với các doanh nghiệp lữ hành xây dựng tour du lịch trải nghiệm gắn với", "II. NHIỆM VỤ"]),
]


def text_paragraphs(lines: list[str]) -> list[str]:
    return [b.text for b in read_text("\n".join(PROSE + lines) + "\n")[0] if b.text]


def pdf_paragraphs(lines: list[str]) -> list[str]:
    """The lines as a PDF sets them: a line longer than the page wraps again (at 70
    characters), its last part a short line; the paragraph after starts at the margin."""
    width = 70
    items = []
    for ln in PROSE + lines:
        if not ln:
            continue
        words, cur = ln.split(), ""
        parts = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                parts.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        parts.append(cur)
        for k, part in enumerate(parts):
            full = k < len(parts) - 1
            items.append(("line", (72.0, 72.0 + 6.0 * (width if full else len(part)), part)))
    return [b.text for b in assemble([items]) if b.kind == "paragraph"]


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
@pytest.mark.parametrize("why, lines, want", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_open_clause_goes_on(read, why, lines, want):
    got = read(lines)
    assert want in got, f"{why}: {got[-4:]}"


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
@pytest.mark.parametrize("why, lines, want", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_closed_or_possible_end_stays(read, why, lines, want):
    got = read(lines)
    for w in want:
        assert w in got, f"{why}: {w!r} not in {got[-4:]}"


@pytest.mark.parametrize("para, last, want", [
    ("Thực hiện Kế hoạch số 61/KH-UBND của Ủy ban nhân dân tỉnh", "của Ủy ban nhân dân tỉnh", True),
    ("Kinh phí do ngân sách tỉnh bảo đảm và", "bảo đảm và", True),
    ("Tập huấn cho người dân trên địa bàn tỉnh", "trên địa bàn tỉnh", False),  # no basis: may end
    ("Căn cứ Luật Du lịch năm 2017 của Quốc hội;", "của Quốc hội;", False),
    ("Căn cứ Quyết định số 5/QĐ-UBND của Ủy ban nhân dân tỉnh,", "Ủy ban nhân dân tỉnh,", False),
])
def test_open_clause_table(para, last, want):
    assert open_clause(para, last) is want
