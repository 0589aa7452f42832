"""An enumeration inside a paragraph ("Chỉ tiêu: (1) ...; (2) ...; (3) ...") whose next
"(n)" a wrap put at a line's start goes on in the paragraph, in wrapped text
(extractors.layout.wrap.joins) and in a PDF's lines (extractors.layout.paragraphs.assemble);
items one a line stay a list. Invented lines (helper Q6)."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text

# wrapped prose around it, so that the text shows its wrap width
PROSE = ["Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch chuyển đổi số năm 2027 nhằm",
         "nâng cao chất lượng phục vụ người dân, doanh nghiệp trên địa bàn xã và bảo",
         "đảm an toàn thông tin trong hoạt động của các cơ quan, đơn vị trực thuộc.",
         "",
         "1. Mục tiêu chung: xây dựng chính quyền số xã Tân Phú hoạt động hiệu quả,",
         "lấy người dân làm trung tâm của mọi hoạt động phục vụ trên địa bàn xã.",
         ""]

INLINE = ["2. Chỉ tiêu cụ thể năm 2027: (1) Tỷ lệ hồ sơ thủ tục hành chính được giải",
          "quyết trực tuyến toàn trình đạt tối thiểu 75%; (2) 100% văn bản đi được ký",
          "số, trừ văn bản mật, trên môi trường mạng của Ủy ban nhân dân xã Tân Phú;",
          "(3) Tỷ lệ hộ gia đình có cáp quang đạt 85%; (4) Tỷ lệ người dân có tài",
          "khoản định danh điện tử mức 2 đạt 90%."]
LISTED = ["2. Chỉ tiêu cụ thể năm 2027:",
          "(1) Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 75%;",
          "(2) 100% văn bản đi được ký số trên môi trường mạng;",
          "(3) Tỷ lệ hộ gia đình có cáp quang đạt 85%."]


def text_paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(PROSE * 2 + lines) + "\n")
    return [b.text for b in blocks if b.text]


def pdf_paragraphs(lines: list[str]) -> list[str]:
    width = max(len(ln) for ln in PROSE + lines)
    items = [("line", (72.0, 72.0 + 5.8 * len(ln), ln)) for ln in PROSE * 2 + lines if ln]
    items = [("line", (72.0, 72.0 + 5.8 * width if len(p[2]) > 0.9 * width else p[1], p[2])) for _, p in items]
    return [b.text for b in assemble([items]) if b.kind == "paragraph"]


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
def test_inline_enumeration_goes_on(read):
    got = read(INLINE)
    assert any(t.startswith("2. Chỉ tiêu cụ thể") and "(3) Tỷ lệ hộ gia đình" in t for t in got), got


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
def test_items_one_a_line_stay_a_list(read):
    got = read(LISTED)
    assert "(3) Tỷ lệ hộ gia đình có cáp quang đạt 85%." in got, got
    assert "(2) 100% văn bản đi được ký số trên môi trường mạng;" in got, got
