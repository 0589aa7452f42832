"""A period's name cut from its years by a wrap, the years alone on the next line or paragraph: "... về phát triển
du lịch giai đoạn" / "2026-2030;" (a .txt's hard wrap kept as a paragraph by a converter, then a blank line
between in Markdown). The years go on with the line before, however short (wrap.period_cut). Must-not rows: a
year range that labels an item ("2026-2028: hoàn thành ..."), a single year, a line that names no period."""

from __future__ import annotations

import pytest

from extractors.layout import wrap

BLANK = wrap.Style(paragraphs_by_blank_lines=True, wrap_width=72.0, markdown=True)
NONE = wrap.Style()


@pytest.mark.parametrize("prev, nxt, joined", [
    ("tỉnh Hà Sơn về phát triển nông nghiệp giai đoạn", "2026-2030;", True),
    ("Kế hoạch phát triển nhà ở giai đoạn", "2021 - 2025 của tỉnh;", True),
    ("thực hiện Đề án giai đoạn", "2026÷2030.", True),
    # must not
    ("3. Lộ trình theo từng giai đoạn", "2026-2028: hoàn thành quy hoạch vùng.", False),
    ("tỉnh Hà Sơn về phát triển nông nghiệp giai đoạn", "2026: hoàn thành.", False),
    ("tỉnh Hà Sơn về phát triển nông nghiệp", "2026-2030;", False),
])
def test_a_period_cut_from_its_years(prev, nxt, joined):
    assert wrap.period_cut(prev, nxt) is joined
    assert wrap.joins(prev, nxt, BLANK, same_group=False, para=prev) is joined
    assert wrap.joins(prev, nxt, NONE, same_group=True, para=prev) is joined
