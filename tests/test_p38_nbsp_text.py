"""A plain text whose spaces are partly no-break or other Unicode spaces (a copy from a web page or a word
processor: "KT.\u00a0CHỦ TỊCH", "TW Đoàn (\u00a0b/c)") reads as the same text with plain spaces: the layout rules,
which look for a space, run before the normalizer makes them plain (a task table's " | " with a no-break space
beside its pipe was no table: its tasks lost). Found by tests/metamorphic.py's nbsp edit."""

import re

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM SƠN
Số: 88/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam Sơn, ngày 20 tháng 4 năm 2021

KẾ HOẠCH
Bảo đảm trật tự, an toàn giao thông năm 2021

Căn cứ Nghị quyết số 12/NQ-CP ngày 19 tháng 2 năm 2019 của Chính phủ về tăng cường bảo đảm trật tự an toàn giao thông;

I. MỤC TIÊU
Kéo giảm từ 5% đến 10% số vụ tai nạn giao thông so với năm 2020.

II. NHIỆM VỤ

TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
1 | Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông | Sở Thông tin và Truyền thông | Công an tỉnh | Thường xuyên
2 | Tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn | Công an tỉnh | Sở Giao thông vận tải | Quý II/2021

Nơi nhận:
- TW Đoàn (b/c);
- TT Tỉnh ủy (b/c);
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Tám
"""


def _spaced(text: str, space: str, every: int) -> str:
    return re.sub(r"(?<=\S) (?=\S)", lambda m: space if m.start() % every == 0 else " ", text)


def _fields(text: str) -> dict:
    r = process("plan.txt", text.encode()).record.model_dump(mode="json")
    return {k: r[k] for k in ("number", "issued_date", "title", "signer", "recipients", "legal_bases", "objectives",
                              "activities", "responsibilities")}


@pytest.mark.parametrize("space,every", [("\u00a0", 3), ("\u00a0", 2), ("\u00a0", 1), ("\u202f", 3), ("\u2009", 4)])
def test_unicode_spaces_in_a_plain_text_read_as_spaces(space, every):
    plain = _fields(DOC)
    assert plain["signer"]["title"] and plain["recipients"] and len(plain["activities"]) == 2
    assert _fields(_spaced(DOC, space, every)) == plain


@pytest.mark.parametrize("text,expected", [
    # must: between a line's words, a run of them too
    ("Nội dung\u00a0| Cơ quan chủ trì", "Nội dung | Cơ quan chủ trì"),
    ("TW Đoàn (\u00a0b/c);", "TW Đoàn ( b/c);"),
    ("Số:\u00a0\u00a012/KH-UBND", "Số:  12/KH-UBND"),
    # must not: a line of a no-break space alone (an empty cell of a table flattened a cell a line: no blank line),
    # a line's indent, tabs and form feeds
    ("1\n\u00a0\n2", "1\n\u00a0\n2"),
    ("\u00a0\u00a0Nội dung", "\u00a0\u00a0Nội dung"),
    ("a\tb\x0cc", "a\tb\x0cc"),
])
def test_unicode_spaces_between_words_are_spaces(text, expected):
    from extractors.formats.text import decode_unicode
    assert decode_unicode(text.encode())[0] == expected
