"""List items opened by the bullets Word, Google Docs and LibreOffice draw from their own lists ("●", "■", "▪", "◦",
"➢", "✓") start a block as "•" and "-" do: a PDF's bulleted targets with a hanging indent (each item's wrap set under
its text, not its bullet) run on over their wraps ("● Có ít nhất 300 doanh nghiệp ... tham gia sàn thương" / "mại
điện tử;" was read as two paragraphs, the wrap a target of its own: G39's Google Docs plan printed by LibreOffice).
Lines, bodies and numbers invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.wrap import STARTS_BLOCK


def items(bullet: str) -> list[tuple[str, object]]:
    return [
        ("line", (139, 340, "2. Chỉ tiêu cụ thể năm 2029")),
        ("line", (103, 503, f"{bullet} Số hộ kinh doanh bán hàng qua mạng xã hội tăng 35% so với")),
        ("line", (121, 160, "năm 2028;")),
        ("line", (103, 531, f"{bullet} Có ít nhất 150 hợp tác xã đưa sản phẩm OCOP lên sàn giao dịch")),
        ("line", (121, 204, "điện tử của tỉnh;")),
        ("line", (103, 521, f"{bullet} 85% chợ đầu mối áp dụng thanh toán không dùng tiền mặt;")),
        ("line", (85, 538, "Các phòng chuyên môn của Sở căn cứ nhiệm vụ được giao xây dựng kế")),
        ("line", (85, 250, "hoạch chi tiết trước ngày 15/02.")),
    ]


@pytest.mark.parametrize("bullet", ["●", "■", "▪", "◦", "➢", "✓", "•"])  # ("•": read so before too)
def test_a_bulleted_targets_wraps_run_on(bullet):
    got = [b.text for b in assemble([items(bullet)]) if b.kind == "paragraph"]
    assert got == [
        "2. Chỉ tiêu cụ thể năm 2029",
        f"{bullet} Số hộ kinh doanh bán hàng qua mạng xã hội tăng 35% so với năm 2028;",
        f"{bullet} Có ít nhất 150 hợp tác xã đưa sản phẩm OCOP lên sàn giao dịch điện tử của tỉnh;",
        f"{bullet} 85% chợ đầu mối áp dụng thanh toán không dùng tiền mặt;",
        "Các phòng chuyên môn của Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết trước ngày 15/02."]


@pytest.mark.parametrize("line, starts", [
    ("● Tổ chức 04 lớp tập huấn", True),
    ("■ Rà soát hồ sơ", True),
    ("➢ Hoàn thành trước ngày 30/6", True),
    # must not: a sign glued to a word, or inside a line
    ("●Tổ chức", False),
    ("Tỷ lệ ● đạt 90%", False),
    ("✓✓ Đã hoàn thành", False),
])
def test_a_bullet_starts_a_block(line, starts):
    assert bool(STARTS_BLOCK.match(line)) is starts
