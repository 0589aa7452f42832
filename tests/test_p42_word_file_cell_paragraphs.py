"""Word files holding a scraped text pasted in, a line a paragraph (round P42: G32's Markdown plan and its
word-segmented plan as Word files):

- an indicator table a paragraph a cell ("TT" / "Chỉ tiêu" / "ĐVT" / "2026" / ... / "1" / "Tỷ lệ ..." / "%" / "86"):
  read as the table it was (base.cell_paragraph_tables, the printed PDF's rule layout.paragraphs.flat_cell_tables);
  before, every target of the table was lost;
- a word tokenizer's text ("TT Dự_án Tổng số Vốn đầu_tư phát_triển", "1 Dự_án 1 198.400 198.400 -"): de-segmented
  before its tables are looked for (base.desegmented_paragraphs; the normalizer did it after), so the allocation
  table flattened a row a paragraph is read (spaced rows); an info issue says so, as the text reader's does. So
  for every reader of paragraphs (a printed PDF's, a web page's), not for a text or Markdown file (its reader
  de-segments it line by line).

Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import io

import docx

from extractors.formats.base import read


def _docx(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH HÒA SƠN", "Số: 52/KH-UBND", "KẾ HOẠCH", "Phát triển giao thông nông thôn",
        "1. Chỉ tiêu cụ thể", "Đơn vị tính: theo từng chỉ tiêu"]
CELLS = ["TT", "Chỉ tiêu", "ĐVT", "2026", "2027", "2028",
         "1", "Tỷ lệ đường thôn được cứng hóa", "%", "72", "78", "85",
         "2", "Số km đường xã được nâng cấp", "km", "40", "45", "50",
         "3", "Tỷ lệ cầu yếu được thay thế", "%", "60", "80", "100"]
TAIL = ["2. Nhiệm vụ", "Sở Xây dựng chủ trì, phối hợp các sở, ngành triển khai thực hiện."]


def _tables(paragraphs: list[str]):
    raw = read(_docx(paragraphs), "plan.docx")
    return raw, [b.rows for b in raw.blocks if b.kind == "table"]


def test_a_table_a_paragraph_a_cell_is_a_table():
    # must: the table, its rows whole
    _, tables = _tables(HEAD + CELLS + TAIL)
    assert tables
    rows = tables[0]
    assert ["1", "Tỷ lệ đường thôn được cứng hóa", "%", "72", "78", "85"] in rows
    assert ["3", "Tỷ lệ cầu yếu được thay thế", "%", "60", "80", "100"] in rows


def test_short_paragraphs_that_are_no_table_stay():
    # must not: a recipients' list and a signature, a paragraph a line
    closing = ["Nơi nhận:", "- Như trên;", "- Sở Tài chính;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Lê Văn Tâm"]
    raw, tables = _tables(HEAD + TAIL + closing)
    assert not tables
    assert [b.text for b in raw.blocks if b.kind == "paragraph"][-7:] == closing


SEGMENTED = ["Ủy_ban_nhân_dân tỉnh Hòa_Sơn", "Kế_hoạch thực_hiện Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững "
             "năm 2026", "1 . Mục_tiêu : giảm tỷ_lệ hộ nghèo , hộ cận nghèo ; nâng cao thu_nhập cho người_dân .",
             "2 . Phân_bổ vốn ngân_sách trung_ương theo dự_án", "Đơn_vị tính : triệu đồng",
             "TT Dự_án Tổng số Vốn đầu_tư phát_triển Vốn sự_nghiệp", "1 Dự_án 1 124.500 124.500 -",
             "2 Dự_án 2 26.300 - 26.300", "3 Dự_án 3 31.200 10.000 21.200", "Tổng cộng 182.000 134.500 47.500",
             "3 . Tổ_chức thực_hiện : Sở Tài_chính chủ_trì , phối_hợp với các sở , ngành ."]


def test_a_word_segmented_text_in_a_word_file_is_read_plain():
    raw, tables = _tables(SEGMENTED)
    # must: the allocation table found, its cells plain
    assert any(r[:2] == ["1", "Dự án 1"] or r[1:3] == ["Dự án 1", "124.500"] for t in tables for r in t)
    assert any(i["code"] == "text.word_segmented" for i in raw.issues)
    assert not any("_" in b.text for b in raw.blocks if b.kind == "paragraph")


def test_a_word_file_with_a_few_underscores_is_left_as_it_is():
    # must not: an e-mail address and a file name with underscores in an ordinary plan
    paragraphs = HEAD + ["Gửi báo cáo về địa chỉ thu_ky@hoason.gov.vn, tệp bao_cao_quy_1.docx trước ngày 5 hằng tháng."]
    raw, _ = _tables(paragraphs)
    assert any("thu_ky@hoason.gov.vn" in b.text for b in raw.blocks if b.kind == "paragraph")
    assert not any(i["code"] == "text.word_segmented" for i in raw.issues)


def test_a_printed_word_segmented_text_is_read_plain():
    # must: the same paragraphs as a PDF's (the printed Word file) are de-segmented and their table read
    from extractors.blocks import RawBlock, RawDocument
    from extractors.formats.base import desegmented_paragraphs, spaced_row_paragraphs
    raw = RawDocument(blocks=[RawBlock("paragraph", t, {"page": 1}) for t in SEGMENTED])
    raw = spaced_row_paragraphs(desegmented_paragraphs(raw))
    assert any(b.kind == "table" for b in raw.blocks)
