"""A Word file (or any reader's blocks) whose text is UTF-8 read as Windows-1252 and saved again: a mangled page
pasted into Word. A Word file's XML is repaired before it is parsed (formats/mojibake.repaired_xml: its table rules
read the cells' words), any reader's blocks after reading (formats/base.repaired_blocks: a PDF printed from a mangled
page), judged on the whole document's text; a document with a mangled word or two quoted is read as it is."""

from __future__ import annotations

import io

import docx
import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from extractors.blocks import RawBlock, RawDocument
from extractors.formats.base import repaired_blocks
from pipeline.process import process
from tests.metamorphic import assert_read_alike

LINES = ["ỦY BAN NHÂN DÂN", "HUYỆN MỸ LỘC TÂY", "Số: 64/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Mỹ Lộc Tây, ngày 2 tháng 4 năm 2027", "KẾ HOẠCH",
         "Phát triển kinh tế tập thể, hợp tác xã năm 2027", "I. MỤC TIÊU",
         "- 70% hợp tác xã hoạt động hiệu quả; thành lập mới 12 hợp tác xã.", "II. NHIỆM VỤ"]
ROWS = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
        ["1", "Tuyên truyền Luật Hợp tác xã", "Phòng Kinh tế", "Liên minh Hợp tác xã tỉnh"],
        ["2", "Hỗ trợ thành lập mới hợp tác xã", "Phòng Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã"]]


def _windows(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _word(lines, rows, mangle=lambda t: t) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(mangle(line))
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = mangle(cell)
    document.add_paragraph(mangle("Tổng kinh phí thực hiện 450 triệu đồng từ ngân sách huyện."))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _raw(lines, rows) -> RawDocument:
    return RawDocument([RawBlock("paragraph", text=line) for line in lines] + [RawBlock("table", rows=rows)])


def test_a_mangled_document_s_blocks_and_cells_are_repaired():
    raw = repaired_blocks(_raw([_windows(line) for line in LINES], [[_windows(c) for c in r] for r in ROWS]))
    assert [b.text for b in raw.blocks if b.kind == "paragraph"] == LINES
    assert [b.rows for b in raw.blocks if b.kind == "table"] == [ROWS]
    assert [i["code"] for i in raw.issues] == ["text.mojibake_repaired"]


@pytest.mark.parametrize("lines", [
    LINES,
    LINES + ["Lỗi hiển thị: Káº¿ hoáº¡ch, Ä‘á»“ng."],  # a mangled word or two quoted
])
def test_a_document_that_is_no_mojibake_stays(lines):
    raw = repaired_blocks(_raw(list(lines), [list(r) for r in ROWS]))
    assert [b.text for b in raw.blocks if b.kind == "paragraph"] == lines
    assert raw.issues == []


def test_a_mangled_word_file_reads_as_the_sound_one():
    mangled = process("kh.docx", _word(LINES, ROWS, _windows))
    assert_read_alike(process("kh.docx", _word(LINES, ROWS)), mangled, "text.mojibake_repaired")
    assert [i.code for i in mangled.record.quality.issues].count("text.mojibake_repaired") == 1
