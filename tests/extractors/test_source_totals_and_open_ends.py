"""Two shapes met in the real dev plans and the hold-out round: a budget table's "Tổng số"
column under a named source (the source's own total), and a wrapped line that stops on a word
no clause ends in ("của", "và", "các" ...), which goes on with the next line however short it is
(pdftotext's single spaces make a justified line look short)."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text
from extractors.tables.rebuild import columns_from_grid


@pytest.mark.parametrize("header,sources", [
    # must take the source: a total under a named source
    ([["TT", "Nội dung", "Tổng kinh phí", "Ngân sách địa phương", "Ngân sách địa phương", "Ngân sách địa phương"],
      ["TT", "Nội dung", "Tổng kinh phí", "Tổng số", "Trong đó", "Trong đó"],
      ["TT", "Nội dung", "Tổng kinh phí", "Tổng số", "Ngân sách tỉnh", "Ngân sách xã"]],
     ["total", "local", "local", "local"]),
    ([["TT", "Nội dung", "Vốn huy động", "Vốn huy động"], ["TT", "Nội dung", "Cộng", "Doanh nghiệp"]],
     ["mobilized", "other"]),
    # must not: a total under a year or under a group heading stays all sources together
    ([["TT", "Nội dung", "Năm 2026", "Năm 2026"], ["TT", "Nội dung", "Tổng số", "Ngân sách tỉnh"]], ["total", "local"]),
    ([["TT", "Nội dung", "Chia ra", "Chia ra"], ["TT", "Nội dung", "Tổng số", "Ngân sách tỉnh"]], ["total", "local"]),
])
def test_a_total_under_a_named_source_is_that_sources(header, sources):
    assert [c.source for c in columns_from_grid(header) if c.role == "amount"] == sources


PDF_COPY = """                       KẾ HOẠCH
        Phát triển nông nghiệp hữu cơ năm 2026

     Căn cứ Nghị quyết số 21-NQ/TU ngày 15/01/2026 của
Tỉnh ủy Hòa Lâm về phát triển nông nghiệp hữu cơ giai đoạn
2026-2030 và Đề án số 05 ban hành kèm theo; Kế hoạch số
17-KH/ĐU ngày 02/02/2026 của Ban Thường vụ Đảng ủy tỉnh;

     Căn cứ Quyết định số 88/QĐ-UBND ngày 20/02/2026 của Ủy
ban nhân dân tỉnh Hòa Lâm về giao chỉ tiêu kế hoạch năm 2026;

     1. Phát triển vùng sản xuất hữu cơ tập trung của
Hợp tác xã Nông nghiệp Tân Phú và các hộ liên kết.

     2. Nâng cao chất lượng sản phẩm
Sở Nông nghiệp và Môi trường chủ trì thực hiện.

     Năm 2026, toàn tỉnh phấn đấu có thêm 12 chuỗi liên kết sản
xuất, tiêu thụ sản phẩm hữu cơ được chứng nhận; diện tích canh
tác hữu cơ đạt 1.500 ha, tăng 20% so với năm 2025; 100% sản
phẩm hữu cơ chủ lực được truy xuất nguồn gốc điện tử trên nền
tảng số của tỉnh và được giới thiệu trên các sàn thương mại.
"""


def test_a_line_stopped_on_an_open_word_goes_on():
    paras = [b.text for b in read_text(PDF_COPY)[0] if b.text]
    # must join: a basis and a numbered item whose first line stops on "của"
    assert any(p.startswith("Căn cứ Nghị quyết số 21-NQ/TU ngày 15/01/2026 của Tỉnh ủy Hòa Lâm về") for p in paras)
    assert any(p.startswith("1. Phát triển vùng sản xuất hữu cơ tập trung của Hợp tác xã") for p in paras)
    # must not: a short heading that stops on a word a heading may end in
    assert "2. Nâng cao chất lượng sản phẩm" in paras
