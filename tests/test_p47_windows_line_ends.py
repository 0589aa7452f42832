"""A text file with Windows line ends (CRLF) reads as the same file with Unix ones: the passes that look for a blank
line ("\\n\\n": a table plain pdftotext wrote a column a run of lines, a narrow amount table written block after block)
ran before the line ends were made one, and returned early on "\\r\\n\\r\\n" (round G41's pdftotext text as the
test_text_variants edit: another table read). The line ends are made one where the text readers decode their bytes
(extractors.formats.text.decode_unicode), before any pass. Lines invented (round P47); must rows, each with its Unix twin."""

from __future__ import annotations

import pytest

from extractors.formats import markdown, text as text_reader

HEADER = """ỦY BAN NHÂN DÂN
XÃ AN PHONG
Số: 17/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phong, ngày 10 tháng 2 năm 2028
KẾ HOẠCH
Nâng cấp đường giao thông nông thôn năm 2028
IV. KINH PHÍ
Đơn vị tính: triệu đồng
"""
COLUMNS = "\n\nNăm\n2028\n400\n90\n-\n\nNăm\n2029\n350\n70\n260\n\nNăm\n2030\n310\n60\n190\n\n420\n250\n"


def blocks(text: str, reader=text_reader) -> list[tuple[str, str, list]]:
    return [(b.kind, b.text, b.rows) for b in reader.read(text.encode("utf-8"), "ke-hoach.txt").blocks]


@pytest.mark.parametrize("body", [COLUMNS, "\n\nTT\nNội dung\n\n1\nLàm đường\n\n2\nLàm cống\n"])
def test_windows_line_ends_read_as_unix_ones(body):
    unix = HEADER + body
    assert blocks(unix.replace("\n", "\r\n")) == blocks(unix)


def test_the_column_runs_make_a_table_either_way():
    got = blocks((HEADER + COLUMNS).replace("\n", "\r\n"))
    assert any(kind == "table" and rows and rows[0][:3] == ["Năm", "Năm", "Năm"] for kind, _, rows in got)


def test_a_markdown_files_hard_breaks_with_windows_line_ends():
    # must: a hard break (two spaces before the line end) seen before the Markdown reader's own passes
    unix = "**KẾ HOẠCH**\n\n_Căn cứ Luật A;  \nThực hiện Kế hoạch B;_\n\nNội dung.\n"
    assert blocks(unix.replace("\n", "\r\n"), markdown) == blocks(unix, markdown)
