"""A full line that ends in a colon, the next line in lower case: a wrap that fell right
after the colon of a "label: value" item ("- Diện tích đất sản xuất nông nghiệp được tưới
chủ động tại các xã vùng cao:" / "trên 1.450 ha."), one paragraph, in wrapped text
(extractors.layout.wrap.joins) and in a PDF's lines (extractors.layout.paragraphs.assemble),
as after a semicolon; after either, a next line that opens with a percentage or an amount and
its unit ("...năm 2026;" / "65% tổ hợp tác ...") goes on too. A colon line that stops short, or a next line that opens a list item or
a sentence, still ends the paragraph. Invented lines (a Word plan printed to PDF showed it)."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text

# wrapped prose around the rows, so that the text shows its wrap width (74 characters)
PROSE = ["Ủy ban nhân dân huyện Bắc Hòa ban hành Kế hoạch phát triển thủy lợi nhỏ năm",
         "2027 nhằm nâng cao hiệu quả tưới tiêu trên địa bàn các xã vùng cao của huyện",
         "và bảo đảm nước sinh hoạt cho người dân trong mùa khô theo kế hoạch đề ra.",
         ""]

# must match: the colon line is full, the rest goes on in lower case
WRAPPED = [
    (["- Diện tích đất sản xuất được tưới chủ động tại các xã vùng cao phía tây:",
      "trên 1.450 ha, tăng 200 ha so với năm 2026."],
     "- Diện tích đất sản xuất được tưới chủ động tại các xã vùng cao phía tây: trên 1.450 ha, tăng 200 ha so với năm 2026."),
    (["- Tỷ lệ hộ gia đình ở các thôn vùng sâu được dùng nước sạch theo quy chuẩn:",
      "đạt 78% vào cuối năm 2027."],
     "- Tỷ lệ hộ gia đình ở các thôn vùng sâu được dùng nước sạch theo quy chuẩn: đạt 78% vào cuối năm 2027."),
    # after a semicolon, the next clause opening with a percentage or an amount and its unit
    (["- 100% tổ hợp tác dùng nước hoạt động theo quy chế mẫu của huyện năm 2026;",
      "65% tổ hợp tác được xếp loại khá trở lên;"],
     "- 100% tổ hợp tác dùng nước hoạt động theo quy chế mẫu của huyện năm 2026; 65% tổ hợp tác được xếp loại khá trở lên;"),
    (["- Kiên cố hóa kênh mương nội đồng tại các xã vùng cao phía tây của huyện;",
      "12 km kênh cấp I được nạo vét trước mùa mưa."],
     "- Kiên cố hóa kênh mương nội đồng tại các xã vùng cao phía tây của huyện; 12 km kênh cấp I được nạo vét trước mùa mưa."),
]
# must not match: (lines, the paragraphs they stay)
KEPT = [
    # the colon line stops short: a label over its value on a line of its own
    (["- Thời gian thực hiện:", "trong quý III năm 2027."],
     ["- Thời gian thực hiện:", "trong quý III năm 2027."]),
    # a full colon line over a list item
    (["2. Các chỉ tiêu cụ thể đến năm 2027 của Kế hoạch trên địa bàn huyện như sau:",
      "- Tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 65%."],
     ["2. Các chỉ tiêu cụ thể đến năm 2027 của Kế hoạch trên địa bàn huyện như sau:",
      "- Tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 65%."]),
    # a full line that ends a clause over a row's code and a capital
    (["- Kiên cố hóa kênh mương nội đồng tại các xã vùng cao phía tây của huyện;",
      "2 Nạo vét kênh cấp I trước mùa mưa."],
     ["- Kiên cố hóa kênh mương nội đồng tại các xã vùng cao phía tây của huyện;",
      "2 Nạo vét kênh cấp I trước mùa mưa."]),
    # a full colon line over a sentence in capitals' case
    (["Ủy ban nhân dân huyện giao nhiệm vụ cho các cơ quan, đơn vị cụ thể như sau:",
      "Phòng Nông nghiệp và Môi trường chủ trì rà soát các công trình thủy lợi."],
     ["Ủy ban nhân dân huyện giao nhiệm vụ cho các cơ quan, đơn vị cụ thể như sau:",
      "Phòng Nông nghiệp và Môi trường chủ trì rà soát các công trình thủy lợi."]),
]

WIDTH = max(len(line) for line in PROSE)
CHAR = 5.8  # points a character


def text_paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(PROSE * 2 + lines + [""] + PROSE) + "\n")
    return [b.text for b in blocks if b.text]


def pdf_paragraphs(lines: list[str]) -> list[str]:
    """Lines set as a Word file printed to PDF: a line that fills 90% of the width reaches the
    right margin (justified); paragraphs after the prose open with a first-line indent."""
    def item(line: str, x0: float) -> tuple:
        x1 = 72.0 + CHAR * WIDTH if len(line) > 0.9 * WIDTH else x0 + CHAR * len(line)
        return ("line", (x0, x1, line))
    items = [item(line, 72.0) for line in PROSE * 2 if line]
    items += [item(line, 72.0 if i else 72.0 + 36.0) for i, line in enumerate(lines)]
    items += [item(line, 72.0) for line in PROSE if line]
    return [b.text for b in assemble([items]) if b.kind == "paragraph"]


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
@pytest.mark.parametrize("lines,joined", WRAPPED)
def test_a_wrap_after_a_colon_goes_on(read, lines, joined):
    assert joined in read(lines)


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
@pytest.mark.parametrize("lines,kept", KEPT)
def test_a_colon_that_ends_a_line_of_its_own_stays(read, lines, kept):
    got = read(lines)
    for paragraph in kept:
        assert paragraph in got, got
