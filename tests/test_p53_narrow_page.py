"""A scan made by a phone's scanning app, each page cropped on its own: one page's text sits narrower on the page
than the others' (its lines end at 486 pt where the first page's end at 549). Round P53 (IMG37's leftover, G50's
border-guard plan as a phone-app scan): the page's right margin was taken as the document's, so every full line of
the narrow page seemed to stop short and ended its paragraph ("- Số vụ việc ... hàng hóa qua" / "biên giới bị phát
hiện ..." / "trước." three objectives). A page whose lines end at one place, EDGE_LINES of them, less than the
document's margin, has its own (extractors.layout.paragraphs._page_right). Lines invented; must and must-not rows."""

from __future__ import annotations

from extractors.layout.paragraphs import assemble


def _line(x0: float, x1: float, text: str) -> tuple:
    return ("line", (x0, x1, text))


WIDE = [  # the first page: text from 96 to 549 pt
    _line(96.0, 549.0, "- Nắm chắc tình hình, chủ động phát hiện, đấu tranh, ngăn chặn hiệu quả các hoạt động"),
    _line(96.0, 548.5, "buôn lậu, vận chuyển trái phép hàng hóa qua biên giới, góp phần giữ vững an ninh, trật"),
    _line(96.0, 300.0, "tự khu vực biên giới."),
    _line(96.0, 549.2, "- Phối hợp chặt chẽ với các lực lượng chức năng của tỉnh bạn; xử lý nghiêm các vụ việc"),
    _line(96.0, 420.0, "vi phạm theo đúng quy định của pháp luật."),
    _line(96.0, 250.0, "II. MỤC TIÊU, CHỈ TIÊU"),
]
NARROW = [  # the next page: cropped closer, its text from 64 to 486 pt
    _line(64.8, 486.2, "- Số vụ việc, đối tượng buôn lậu, vận chuyển trái phép hàng hóa qua"),
    _line(64.6, 486.0, "biên giới bị phát hiện, bắt giữ tăng ít nhất 20% so với cùng kỳ năm"),
    _line(64.6, 99.1, "trước."),
    _line(64.6, 486.0, "- 100% vụ việc phát hiện, bắt giữ được điều tra, xử lý theo đúng quy"),
    _line(64.6, 190.0, "định của pháp luật."),
]


def _paragraphs(*pages) -> list[str]:
    return [b.text for b in assemble([list(p) for p in pages]) if b.kind == "paragraph"]


def test_a_narrow_page_wraps_at_its_own_margin():
    # must: the narrow page's wrapped lines are one paragraph each
    assert _paragraphs(WIDE, NARROW)[-2:] == [
        "- Số vụ việc, đối tượng buôn lậu, vận chuyển trái phép hàng hóa qua biên giới bị phát hiện, bắt giữ tăng "
        "ít nhất 20% so với cùng kỳ năm trước.",
        "- 100% vụ việc phát hiện, bắt giữ được điều tra, xử lý theo đúng quy định của pháp luật."]


def test_a_page_of_short_lines_keeps_the_documents_margin():
    # must not: a last page of a few short lines (the recipients, the signature) has no margin of its own
    last = [_line(64.6, 160.0, "Nơi nhận:"), _line(64.6, 230.0, "- Bộ Tư lệnh BĐBP;"),
            _line(64.6, 226.0, "- UBND tỉnh Lũng Khê;"), _line(64.6, 150.0, "- Lưu: VT, TM.")]
    assert _paragraphs(WIDE, WIDE, last)[-4:] == ["Nơi nhận:", "- Bộ Tư lệnh BĐBP;", "- UBND tỉnh Lũng Khê;",
                                                  "- Lưu: VT, TM."]
