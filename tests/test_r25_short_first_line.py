"""A paragraph's first line cut short with no blank line before the next paragraph, round R25 (the converter kind
legal-site-tight-md: a legal site's Markdown, its first-line indent cutting each paragraph's first line at 20-34
characters, with every blank line removed):

    **1. Mục tiêu tổng quát**
    Phát triển hạ tầng số, kinh                 <- the first line, cut short
    tế số và xã hội số toàn diện; đưa tỉnh vào nhóm dẫn đầu ...   <- its sentence goes on in lower case

The wrap repair ended a paragraph at every line short of the wrap width, so each such paragraph was read as two
("Phát triển hạ tầng số, kinh" an objective of its own, "tế số ..." another). A paragraph's first line shorter than
half the wrap width that stops mid-sentence (no sentence end, not in capitals, no heading) goes on when the next line
starts in lower case and is no item's label ("a/ ...", "b) ..."), or when it ends on "số" and the next line starts
with a document's number ("Căn cứ Nghị quyết số" / "08/2025/NQ-HĐND ngày ..."); in Markdown only (a printed page's
narrow cells hold such lines) (extractors.layout.wrap.joins).

Must-not rows: a short line ending a sentence, a line in capitals, the next line an item's label in lower case
("a/ Khoa ..."), a number that is no document's after "số" ("Tổng số" / "1.250 hộ ..."), the next line with a capital
("Sở Tài chính ..."). Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import markdown as mdreader

FILL = ("Ủy ban nhân dân huyện Đông Lâm giao các phòng, ban chuyên môn phối hợp với Ủy ban nhân dân các xã, thị "
        "trấn tổ chức triển khai thực hiện có hiệu quả các nội dung của kế hoạch, bảo đảm đúng tiến độ và chất lượng "
        "đề ra, báo cáo kết quả định kỳ hằng quý.")


def _wrapped(text: str, first: int = 26, width: int = 80) -> list[str]:
    words, lines, cur = text.split(), [], ""
    limit = first
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur]


def _doc(paragraph: list[str]) -> list[str]:
    lines = ["**KẾ HOẠCH**", "Thực hiện nhiệm vụ năm 2026"]
    for k in range(6):
        lines += _wrapped(FILL.replace("hằng quý", f"hằng quý lần {k + 1}"))
    return lines + paragraph + _wrapped(FILL)


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in mdreader.read("\n".join(lines).encode("utf-8"), "x.md").blocks if b.text]


MUST = [
    ("an objective's first line cut short",
     ["Phát triển hạ tầng số, kinh", "tế số và xã hội số toàn diện; đưa huyện vào nhóm dẫn đầu của tỉnh về chỉ số",
      "chuyển đổi số vào năm 2030."],
     "Phát triển hạ tầng số, kinh tế số và xã hội số toàn diện; đưa huyện vào nhóm dẫn đầu của tỉnh về chỉ số "
     "chuyển đổi số vào năm 2030."),
    ("a basis's first line cut short before its number",
     ["Căn cứ Nghị quyết số", "08/2025/NQ-HĐND ngày 12 tháng 7 năm 2025 của Hội đồng nhân dân huyện về kế hoạch",
      "đầu tư công;"],
     "Căn cứ Nghị quyết số 08/2025/NQ-HĐND ngày 12 tháng 7 năm 2025 của Hội đồng nhân dân huyện về kế hoạch "
     "đầu tư công;"),
    ("a list item's first line cut short",
     ["- 95% hồ sơ công việc cấp", "huyện được xử lý trên môi trường mạng;"],
     "- 95% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng;"),
]


@pytest.mark.parametrize("name, paragraph, joined", MUST, ids=[m[0] for m in MUST])
def test_short_first_line_goes_on(name, paragraph, joined):
    assert joined in _texts(_doc(paragraph))


MUST_NOT = [
    ("a sentence's end", ["Kinh tế số chiếm 20% GRDP.", "tiếp tục triển khai các nhiệm vụ còn lại của năm"]),
    ("a line in capitals", ["II. NHIỆM VỤ TRỌNG TÂM", "tổ chức rà soát các nhiệm vụ còn lại của năm 2026"]),
    ("an item's label in lower case", ["1/ Giám sát tại cộng đồng", "a/ Khoa Kiểm soát bệnh tật chủ trì giám sát"]),
    ("a number that is no document's", ["Tổng số", "1.250 hộ gia đình được hỗ trợ trong năm 2026"]),
    ("a capital after", ["Giao nhiệm vụ cho các đơn vị", "Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan"]),
]


@pytest.mark.parametrize("name, paragraph", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_short_line_stays_apart(name, paragraph):
    texts = _texts(_doc(paragraph))
    assert " ".join(paragraph) not in " | ".join(texts)
