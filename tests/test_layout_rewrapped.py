"""A text whose lines were longer than the page it was set on, each line then a paragraph
of its own that wraps again ("... về" / "chính sách hỗ trợ" / "" / "phát triển ..."), and a
clause after a semicolon that a wrap put at a line's start in lower case: the sentence goes
on, in wrapped text (extractors.layout.wrap.joins) and in a PDF's lines (extractors.layout.
paragraphs.assemble). Invented text (helper Q6)."""

import pytest

from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text

PROSE = [
    "Ủy ban nhân dân huyện Tam Nông ban hành Kế hoạch phát triển giao thông nông thôn",
    "giai đoạn 2026 - 2030 nhằm kết nối các xã vùng sâu với trung tâm huyện như sau:",
    "",
    "Nâng cấp, mở rộng các tuyến đường huyện bị xuống cấp; bảo đảm giao thông thông",
    "suốt trong mùa mưa lũ cho các xã ven sông Tiền và vùng Đồng Tháp Mười.",
    "",
    "Huy động nguồn lực xã hội hóa tham gia đầu tư; ưu tiên các công trình có nhiều",
    "hộ dân được hưởng lợi và đã hoàn thành giải phóng mặt bằng.",
    "",
    "Tăng cường công tác quản lý, bảo trì sau đầu tư; giao trách nhiệm cụ thể cho Ủy",
    "ban nhân dân các xã trong việc duy tu các tuyến đường trên địa bàn.",
    "",
]

REWRAPPED = ["Căn cứ:", "",
             "- Nghị quyết số 12/2026/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân dân tỉnh về",
             "chính sách hỗ trợ", "",
             "phát triển giao thông nông thôn giai đoạn 2026 - 2030;", "",
             "- Đến năm 2030, tỷ lệ đường xã được cứng hóa đạt 100%, đường trục thôn đạt 95%;",
             "tỷ lệ cầu yếu được thay thế đạt 90%.", "",
             "Nâng tỷ lệ hộ dân có đường ô tô đến trung tâm ấp, khu dân cư trên địa bàn huyện",
             "lên mức", "",
             "97,5% vào năm 2030; giảm 20% số vụ tai nạn giao thông so với giai đoạn trước.", ""]
WANT = ["- Nghị quyết số 12/2026/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân dân tỉnh về chính sách hỗ trợ "
        "phát triển giao thông nông thôn giai đoạn 2026 - 2030;",
        "- Đến năm 2030, tỷ lệ đường xã được cứng hóa đạt 100%, đường trục thôn đạt 95%; "
        "tỷ lệ cầu yếu được thay thế đạt 90%.",
        "Nâng tỷ lệ hộ dân có đường ô tô đến trung tâm ấp, khu dân cư trên địa bàn huyện lên mức 97,5% vào năm "
        "2030; giảm 20% số vụ tai nạn giao thông so với giai đoạn trước."]
SHORT = ["Ghi chú", "", "số liệu tính đến ngày 31/12/2025.", ""]
# a row code under a wrapped caption: a new line, not the caption's rest
CODED = ["Danh mục công trình ưu tiên đầu tư trong giai đoạn 2026 - 2030 của Ủy ban nhân dân",
         "huyện Tam Nông", "1 Nâng cấp đường huyện ĐH.12 đoạn qua xã Phú Cường", ""]


def text_paragraphs(lines: list[str]) -> list[str]:
    return [b.text for b in read_text("\n".join(PROSE + lines) + "\n")[0] if b.text]


def pdf_paragraphs(lines: list[str]) -> list[str]:
    width = max(len(ln) for ln in PROSE + lines)
    items = [("line", (72.0, 72.0 + 6.0 * (width if len(ln) >= width - 3 else len(ln)), ln))
             for ln in PROSE + lines if ln]
    return [b.text for b in assemble([items]) if b.kind == "paragraph"]


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
def test_rewrapped_sentences_go_on(read):
    got = read(REWRAPPED)
    for w in WANT:
        assert w in got, got


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
def test_a_short_heading_is_not_rewrapped(read):
    got = read(SHORT)
    assert "Ghi chú" in got and "số liệu tính đến ngày 31/12/2025." in got, got


@pytest.mark.parametrize("read", [text_paragraphs, pdf_paragraphs], ids=["text", "pdf"])
def test_a_row_code_is_not_rewrapped(read):
    got = read(CODED)
    assert "1 Nâng cấp đường huyện ĐH.12 đoạn qua xã Phú Cường" in got, got
