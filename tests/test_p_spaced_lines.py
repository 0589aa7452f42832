"""Lines of a PDF set far apart (a table printed one cell a paragraph, each set off by the space
of a blank line or more): a full line and the capitalised line a gap below it are two
paragraphs, where the document's line pitch shows the gap (extractors.layout.paragraphs.
_spaced_lines, _spaced_start); lines at the pitch, or a phrase that goes on after a comma,
stay one paragraph. Must-match and must-not-match rows; the lines are invented (helper P)."""

from extractors.layout.paragraphs import assemble
from extractors.layout.words import page_item

PITCH = 17.0
RIGHT = 520.0

PROSE = ["Ủy ban nhân dân xã Sơn Thủy giao các đơn vị tổ chức thực hiện các nội dung của",
         "Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2029 theo đúng tiến độ, bảo",
         "đảm hiệu quả, tiết kiệm; định kỳ báo cáo kết quả về Ủy ban nhân dân xã trước",
         "ngày 20 hằng tháng để tổng hợp, báo cáo Ủy ban nhân dân huyện theo quy định."]


def item(top: float, text: str, full: bool = True):
    return page_item("line", (72.0, RIGHT if full else 72.0 + 5.6 * len(text), text, top, False))


def paragraphs(lines: list[tuple[float, str, bool]]) -> list[str]:
    # the prose twice, a blank line's space between, then the lines under test further down
    items = [item(100 + PITCH * n, t) for n, t in enumerate(PROSE * 2)] \
        + [item(100 + PITCH * (2 * len(PROSE) + 1 + n), t) for n, t in enumerate(PROSE)]
    items += [item(top, text, full) for top, text, full in lines]
    return [b.text for b in assemble([items])]


def test_a_cell_a_gap_below_a_full_line_is_a_paragraph_of_its_own():
    got = paragraphs([(400, "Phun thuốc phòng trừ sâu keo mùa thu trên diện tích ngô vụ Đông", True),
                      (442, "Trạm Trồng trọt và Bảo vệ thực vật huyện", False)])
    assert "Trạm Trồng trọt và Bảo vệ thực vật huyện" in got, got


def test_lines_at_the_pitch_stay_one_paragraph():
    # must not: the same lines at the document's pitch are one wrapped sentence
    got = paragraphs([(400, "Phun thuốc phòng trừ sâu keo mùa thu trên diện tích ngô vụ Đông", True),
                      (417, "Xuân tại các thôn vùng bãi ven sông.", False)])
    assert any(t.endswith("ngô vụ Đông Xuân tại các thôn vùng bãi ven sông.") for t in got), got


def test_a_phrase_after_a_comma_goes_on_over_a_gap():
    # must not: a gap after a comma (a page's layout left it) does not end the sentence
    got = paragraphs([(400, "Các thôn Đồng Tâm, Bãi Sậy, Cổ Lũng, Phú Yên, Tân Hưng, Đại Đồng,", True),
                      (442, "Phú Thịnh tổ chức ra quân diệt chuột trong tháng 3 năm 2029.", False)])
    assert any("Đại Đồng, Phú Thịnh tổ chức" in t for t in got), got


def test_lines_that_do_not_know_their_place_are_read_as_before():
    # must not: page items of lines without their tops (a reader that gives none) join as before
    items = [("line", (72.0, RIGHT, t)) for t in PROSE] + [
        ("line", (72.0, RIGHT, "Phun thuốc phòng trừ sâu keo mùa thu trên diện tích ngô vụ Đông")),
        ("line", (72.0, 300.0, "Trạm Trồng trọt và Bảo vệ thực vật huyện"))]
    got = [b.text for b in assemble([items])]
    assert "Trạm Trồng trọt và Bảo vệ thực vật huyện" not in got, got
