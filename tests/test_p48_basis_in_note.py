"""A basis clause that names a document without its number, its footnote giving the number ("Căn cứ Chiến lược ...
của Thủ tướng Chính phủ[1];" / "1 Phê duyệt tại Quyết định số 902/QĐ-TTg ngày ..."), cites the note's one document:
related as the clause says, named as the clause names it, its span where the note cites it (round G43's Word plan,
extractors.fields.legal_bases._named_in_notes). A note that cites no document, or several, adds nothing; a clause
with a number of its own keeps it. Lines, names and numbers invented (round P48); must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN
Số: 52/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Sơn, ngày 14 tháng 5 năm 2028
KẾ HOẠCH
Phát triển giao thông thông minh tỉnh Hòa Sơn năm 2028
{bases}
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU
- 80% nút giao thông chính có camera giám sát.
II. TỔ CHỨC THỰC HIỆN
Sở Xây dựng chủ trì, theo dõi, tổng hợp kết quả.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Văn Quân
{notes}
"""


def bases(body: str, notes: str) -> list[tuple]:
    record = process("ke-hoach.md", TEXT.format(bases=body, notes=notes).encode("utf-8")).record
    text = process("ke-hoach.md", TEXT.format(bases=body, notes=notes).encode("utf-8")).text
    for b in record.legal_bases:
        assert b.number in text[b.span.start:b.span.end]
    return [(b.relation, b.doc_type, b.number, b.issued_date and b.issued_date.isoformat(), b.issuer, b.title)
            for b in record.legal_bases]


@pytest.mark.parametrize("body, notes, want", [
    # must: the note's one document, as the clause relates and names it
    ("Căn cứ Chiến lược phát triển giao thông thông minh đến năm 2035 của Thủ tướng Chính phủ[^1];",
     "[^1]: Phê duyệt tại Quyết định số 902/QĐ-TTg ngày 03 tháng 6 năm 2027 của Thủ tướng Chính phủ.",
     [("can_cu", "Quyết định", "902/QĐ-TTg", "2027-06-03", "Thủ tướng Chính phủ",
       "Chiến lược phát triển giao thông thông minh đến năm 2035")]),
    ("Thực hiện Đề án chuyển đổi số ngành giao thông của Ủy ban nhân dân tỉnh[^2].",
     "[^2]: Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 05 tháng 01 năm 2028 của Ủy ban nhân dân tỉnh Hòa Sơn.",
     [("thuc_hien", "Quyết định", "77/QĐ-UBND", "2028-01-05", "Ủy ban nhân dân tỉnh Hòa Sơn",
       "Đề án chuyển đổi số ngành giao thông")]),
    # must not: a note that cites nothing, a note that cites two documents
    ("Căn cứ Chiến lược phát triển giao thông thông minh đến năm 2035 của Thủ tướng Chính phủ[^1];",
     "[^1]: Thông qua tại Kỳ họp thứ mười, Hội đồng nhân dân tỉnh khóa X.", []),
    ("Căn cứ Chiến lược phát triển giao thông thông minh đến năm 2035 của Thủ tướng Chính phủ[^1];",
     "[^1]: Xem Quyết định số 902/QĐ-TTg ngày 03/6/2027 và Quyết định số 903/QĐ-TTg ngày 04/6/2027 của Thủ tướng "
     "Chính phủ.", []),
])
def test_a_basis_named_in_its_note(body, notes, want):
    assert bases(body, notes) == want


def test_a_clause_with_its_own_number_keeps_it():
    got = bases("Căn cứ Nghị quyết số 41/NQ-HĐND ngày 9 tháng 12 năm 2027 của Hội đồng nhân dân tỉnh[^1];",
                "[^1]: Sửa đổi tại Nghị quyết số 12/NQ-HĐND ngày 20 tháng 3 năm 2028 của Hội đồng nhân dân tỉnh.")
    assert [b[2] for b in got] == ["41/NQ-HĐND"]
