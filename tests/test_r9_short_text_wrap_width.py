"""A short plain text hard-wrapped at a width (~110-120 characters) whose lines are mostly short
(a header, headings, list items, a signature): few lines reach the width, so `wrap.Style.of`
found none and read each wrapped line as a paragraph ("... vùng" / "nông thôn, miền núi." as
two objectives; a basis title cut at "giai đoạn" / "2026-2030;"). What tells the width: most
full lines that stop mid-sentence go on in lower case on the next line, and those wrapped lines
end within a narrow band of the same width. Must-not rows: a scrape of one paragraph per line
(long lines of different lengths ending a sentence), a list of short items in lower case, long
lines that stop mid-sentence at very different lengths. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import wrap
from pipeline.process import process


def _line(words: str, width: int) -> str:
    """A line of `words` padded with more words to about `width` characters, open at its end."""
    out = words
    filler = iter(("tăng", "cường", "quản", "lý", "đầu", "tư", "nâng", "cao", "hiệu", "quả", "khai", "thác") * 20)
    while len(out) < width:
        out += " " + next(filler)
    return out


HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN KHÊ", "Số: 31/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Sơn Khê, ngày 03 tháng 02 năm 2027", "", "KẾ HOẠCH",
        "Phát triển nông nghiệp hữu cơ tỉnh Sơn Khê", ""]
SHORT = ["I. MỤC TIÊU", "1. Mục tiêu chung", "2. Mục tiêu cụ thể", "- Có 30 sản phẩm đạt chứng nhận.",
         "- Diện tích hữu cơ tăng 10%/năm.", "", "II. NHIỆM VỤ", "1. Sản xuất", "2. Tiêu thụ", "",
         "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bố trí kinh phí.", "2. Các huyện triển khai.", ""]


def wrapped(widths: tuple[int, ...]) -> list[str]:
    """A short text: its paragraphs wrapped where each width in `widths` says, a lower-case line after each."""
    body = []
    for i, w in enumerate(widths):
        body += [_line(f"Đoạn {i + 1} phát triển sản xuất của các hợp tác xã", w), "vùng đồi núi của tỉnh."]
    return HEAD + body + SHORT


@pytest.mark.parametrize("lines, found", [
    # must: a short text wrapped near 112, four wraps within a few characters
    (wrapped((110, 114, 112, 107)), True),
    (wrapped((96, 99, 101)), True),
    # must not: long lines that stop mid-sentence at very different widths
    (wrapped((70, 114, 90, 55)), False),
    # must not: a scrape of one paragraph a line (sentences end every long line), short items
    (HEAD + [_line("Đoạn phát triển sản xuất", w) + "." for w in (60, 118, 90, 75, 104)] + SHORT, False),
    # must not: a list of short items in lower case after short open lines
    (HEAD + ["a) phát triển vùng", "nguyên liệu", "b) xây dựng thương hiệu", "cho sản phẩm", "c) mở rộng",
             "thị trường"] + SHORT, False),
])
def test_the_wrap_width_of_a_short_text(lines, found):
    assert (wrap.Style.of(lines).wrap_width is not None) is found


TEXT = "\n".join(HEAD[:-1] + [
    "Căn cứ Luật Trồng trọt ngày 19-11-2018;",
    "Căn cứ Nghị quyết số 22/NQ-HĐND ngày 10-12-2026 của Hội đồng nhân dân tỉnh Sơn Khê về phát triển nông nghiệp",
    "hữu cơ giai đoạn 2027-2030;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "",
    "I. MỤC TIÊU", "1. Mục tiêu chung",
    "Phát triển nông nghiệp hữu cơ gắn với bảo vệ môi trường, nâng cao thu nhập cho nông dân các xã vùng đồi và",
    "ven sông của tỉnh.",
    "2. Mục tiêu cụ thể đến năm 2030",
    "- Có 30 sản phẩm nông nghiệp hữu cơ được chứng nhận.", "- Diện tích sản xuất hữu cơ tăng bình quân 10%/năm.", "",
    "II. NHIỆM VỤ, GIẢI PHÁP", "1. Xây dựng vùng sản xuất",
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện rà soát, quy hoạch vùng sản xuất",
    "tập trung; hỗ trợ chứng nhận sản phẩm.",
    "2. Xúc tiến tiêu thụ",
    "Sở Công Thương chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức hội chợ, kết nối tiêu thụ sản phẩm hữu cơ cho",
    "các hợp tác xã và hộ nông dân.", "",
    "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    "2. Ủy ban nhân dân các huyện triển khai thực hiện./.", "",
    "Nơi nhận:", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Khải", ""])


def test_such_a_text_reads_its_wrapped_paragraphs_whole():
    rec = process("kh.txt", TEXT.encode("utf-8")).dump
    assert [o["text"] for o in rec["objectives"]][:1] == [
        "Phát triển nông nghiệp hữu cơ gắn với bảo vệ môi trường, nâng cao thu nhập cho nông dân các xã vùng đồi và "
        "ven sông của tỉnh."]
    basis = [b for b in rec["legal_bases"] if b.get("number") == "22/NQ-HĐND"][0]
    assert basis["title"].endswith("giai đoạn 2027-2030")
