"""A page whose one line runs far past the text's right margin (a scan's line read together with words beyond it, a
line set past the margin): that line had set the page's right margin, every full line then read as stopping short,
and no wrapped line was joined ("... Ủy ban" / "nhân dân thành phố Hà Lam chủ trì, phối hợp với Ban Quản lý dự án" /
"ODA tỉnh thực hiện": the partner cut to "Ban Quản lý dự án"; round IMG30, G36's loan plan on every kind of scan).
Where three lines or more end together and one runs more than RIGHT_OUTLIER past them, the margin is where they end.
(extractors.layout.paragraphs; must and must-not rows.)"""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import RIGHT_OUTLIER, _right_margin, assemble

BODY = [
    (86, 537, "1. Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng: Ủy ban"),
    (86, 538, "nhân dân huyện Tam Kỳ chủ trì, phối hợp với Ban Quản lý dự án"),
    (86, 408, "ODA tỉnh thực hiện; hoàn thành trong năm 2028."),
    (86, 538, "2. Lựa chọn nhà thầu và thi công các gói thầu xây lắp: Ban Quản lý"),
    (86, 537, "dự án ODA tỉnh chủ trì, phối hợp với Sở Xây dựng thực hiện theo"),
    (86, 320, "hướng dẫn của Ngân hàng Thế giới."),
]


def paragraphs(outlier_end: float) -> list[str]:
    page = [("line", (86, outlier_end, "3. Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 48 tỷ đồng; năm 2028"))]
    page += [("line", line) for line in BODY]
    return [b.text for b in assemble([page])]


@pytest.mark.parametrize("outlier_end", [757.0, 538.0 + RIGHT_OUTLIER + 5])
def test_full_lines_join_beside_a_line_past_the_margin(outlier_end):
    got = paragraphs(outlier_end)
    assert "1. Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng: Ủy ban nhân dân huyện Tam Kỳ chủ trì, phối " \
           "hợp với Ban Quản lý dự án ODA tỉnh thực hiện; hoàn thành trong năm 2028." in got
    assert len(got) == 3


@pytest.mark.parametrize("ends, margin", [
    ([757, 538, 537, 538, 320], 538),
    # must not: the widest line a little past the others (a right-set date), or no three lines ending together
    ([560, 538, 537, 538, 320], 560),
    ([757, 538, 420, 300], 757),
    ([], 0.0),
])
def test_the_margin(ends, margin):
    assert _right_margin(ends) == margin
