"""Markdown written from a page that Word or LibreOffice exported, by a converter that keeps
the HTML source's line breaks (markdownify): each paragraph's first word or its item label
alone on a line ("Căn" / "cứ Nghị quyết ...", "a)" / "Mục tiêu", "-" / "100% ..."), and a
level word cut by the header rule's anchor ("T<img>ỈNH" -> "T ỈNH")."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lone_openings_joined
from pipeline.process import process

SOURCE_WRAPPED = """| **ỦY BAN NHÂN DÂN**  **TỈNH HÒA LÂM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  **Độc lập - Tự do - Hạnh phúc** |
| Số: 77/KH-UBND | *Hòa Lâm, ngày 06 tháng 5 năm 2026* |

**KẾ
HOẠCH**

**Chuyển
đổi số trong các cơ quan nhà nước năm 2026**

Căn
cứ Nghị quyết số 12/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân dân tỉnh Hòa Lâm về
chuyển đổi số;

Ủy
ban nhân dân tỉnh ban hành Kế hoạch như sau:

**I.
MỤC TIÊU**

a)
Mục tiêu cụ thể

-
100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.

-
Tối thiểu 90% văn bản được ký số.

**II.
NHIỆM VỤ**

**1.
Hoàn thiện hạ tầng số**

Giao
Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai.
"""


def test_a_source_wrapped_markdown_page_reads_as_its_plan():
    record = process("plan.md", SOURCE_WRAPPED.encode()).record
    assert (record.doc_type, record.title) == ("Kế hoạch", "Chuyển đổi số trong các cơ quan nhà nước năm 2026")
    assert [b.number for b in record.legal_bases] == ["12/NQ-HĐND"]
    assert [t.value for o in record.objectives for t in o.targets] == [100.0, 90.0]
    assert [s.heading for s in record.sections][:2] == ["MỤC TIÊU", "Mục tiêu cụ thể"]


@pytest.mark.parametrize("text,joined", [
    # must join: a lone first word, a lone label, a lone dash, each opening its paragraph (three in a text)
    ("Căn\ncứ Luật A;\n\na)\nMục tiêu\n\n-\n100% xã đạt chuẩn.\n", "Căn cứ Luật A;\n\na) Mục tiêu\n\n- 100% xã đạt chuẩn.\n"),
    ("**I.\nMỤC TIÊU**\n\n**1.\nMục tiêu chung**\n\nXây\ndựng nông thôn mới.\n",
     "**I. MỤC TIÊU**\n\n**1. Mục tiêu chung**\n\nXây dựng nông thôn mới.\n"),
    # must not: fewer than three such paragraphs, a word ending a sentence, a line before a table, a list or a heading
    ("Căn\ncứ Luật A;\n\nb)\nNội dung\n", "Căn\ncứ Luật A;\n\nb)\nNội dung\n"),
    ("Căn\ncứ A;\n\nXây\ndựng B.\n\nGiao\nSở Y tế.\n\nKết thúc.\nMục tiêu\n\nGhi chú:\n- Lưu.\n\nBảng\n| a | b |\n\nI.\n# Mục\n",
     "Căn cứ A;\n\nXây dựng B.\n\nGiao Sở Y tế.\n\nKết thúc.\nMục tiêu\n\nGhi chú:\n- Lưu.\n\nBảng\n| a | b |\n\nI.\n# Mục\n"),
])
def test_lone_openings_are_joined_to_their_paragraph(text, joined):
    assert lone_openings_joined(text) == joined


@pytest.mark.parametrize("issuer_line,name", [
    # must join: a level word cut after its first letter by a drawn rule's anchor
    ("T ỈNH HÒA LÂM", "Ủy ban nhân dân tỉnh Hòa Lâm"),
    ("H UYỆN ĐẠ TẺH", "Ủy ban nhân dân huyện Đạ Tẻh"),
    ("X Ã TÂN HÀ", "Ủy ban nhân dân xã Tân Hà"),
    # must not: a letter before a word that is one
    ("TỈNH HÒA LÂM", "Ủy ban nhân dân tỉnh Hòa Lâm"),
])
def test_a_level_word_cut_by_an_anchor_is_whole(issuer_line, name):
    html = (f"<html><body><table><tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p><b>{issuer_line}</b></p></td>"
            "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p></td></tr>"
            "<tr><td><p>Số: 12/KH-UBND</p></td><td><p>Hòa Lâm, ngày 02 tháng 3 năm 2026</p></td></tr></table>"
            "<p><b>KẾ HOẠCH</b></p><p>Phòng chống thiên tai năm 2026</p><p>I. MỤC TIÊU</p><p>Giảm thiệt hại.</p></body></html>")
    assert process("plan.html", html.encode()).record.issuer.name == name


def test_an_image_in_a_markdown_header_is_no_text():
    md = ("**ỦY BAN NHÂN DÂN** **T![Shape1](ke-hoach_html_5f1a.gif) ỈNH HÒA LÂM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
          "---|---\nSố: 40/KH-UBND | _Hòa Lâm, ngày 12 tháng 6 năm 2026_\n\n**KẾ HOẠCH**\n\n**Phòng, chống dịch năm 2026**\n\n"
          "I. MỤC TIÊU\n\n100% xã có đội phản ứng nhanh.\n")
    record = process("plan.md", md.encode()).record
    assert (record.issuer.name, record.number) == ("Ủy ban nhân dân tỉnh Hòa Lâm", "40/KH-UBND")


HTML2TEXT_SIGNATURE = """Các phòng tổ chức thực hiện./.

_**Nơi nhận:**_ \\- Giám đốc; \\- Các phòng thuộc Sở; \\- Lưu: VT, KHTC. |  **GIÁM ĐỐC**   
  
  
  
  
  
**Hà Thị Vân**  
---|---  
  
  
"""


def test_an_html2text_signature_row_with_its_signing_space_is_read():
    md = ("**SỞ Y TẾ TỈNH HÒA LÂM**\n\nSố: 41/KH-SYT\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n_Hòa Lâm, ngày 12 tháng 6 năm 2026_\n\n"
          "**KẾ HOẠCH**\n\n**Tiêm chủng mở rộng năm 2026**\n\nI. MỤC TIÊU\n\n95% trẻ em được tiêm đủ mũi.\n\n" + HTML2TEXT_SIGNATURE)
    record = process("plan.md", md.encode()).record
    assert (record.signer.name, record.signer.title, list(record.signer.authority)) == ("Hà Thị Vân", "Giám đốc", [])
    assert list(record.recipients) == ["Giám đốc", "Các phòng thuộc Sở", "Lưu: VT, KHTC"]


def test_a_markdownify_table_with_no_rule_gets_its_cell_breaks_back():
    md = ("| UBND TỈNH HÒA LÂMSỞ Y TẾ   Số: 42/KH-SYT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc   "
          "*Hòa Lâm, ngày 15 tháng 6 năm 2026* |\n\nKẾ HOẠCH\n\nPhòng, chống sốt xuất huyết năm 2026\n\nI. MỤC TIÊU\n\nGiảm 10% số ca mắc.\n")
    record = process("plan.md", md.encode()).record
    assert (record.issuer.name, record.number, record.place) == ("Sở Y tế tỉnh Hòa Lâm", "42/KH-SYT", "Hòa Lâm")


# a Word plan exported by LibreOffice to HTML and written by html2text: header cells' lines run
# together with escaped rules ("\-------"), the budget table's merged year headings dropped, an
# empty hard break between its header and its body
HTML2TEXT_PLAN = """**ỦY BAN NHÂN DÂN HUYỆN BÌNH KHÊ** \\------- Số: 58/KH-UBND |  **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** \\--------------- Bình Khê, ngày 20 tháng 3 năm 2026  
---|---  
  
**KẾ HOẠCH**

**Phát triển cây dược liệu năm 2026 - 2027**

**I. KINH PHÍ**

_ĐVT: triệu đồng_

STT |  Nội dung |  Tổng cộng |  Năm 2026 |  Năm 2027  
---|---|---|---|---  
Ngân sách huyện |  Vốn lồng ghép |  Ngân sách huyện |  Vốn lồng ghép  
  
|  Tổng cộng |  2.400 |  800 |  300 |  900 |  400  
1 |  Trồng cây giống |  1.500 |  500 |  200 |  550 |  250  
2 |  Tập huấn kỹ thuật |  900 |  300 |  100 |  350 |  150  

**Nơi nhận:** \\- UBND tỉnh; \\- Lưu: VT. |  **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH**   
  
**Đinh Văn Tiến**  
---|---  
"""


def test_an_html2text_plan_from_libreoffice_reads_whole():
    record = process("plan.md", HTML2TEXT_PLAN.encode()).dump
    assert (record["number"], record["place"], record["issued_date"]) == ("58/KH-UBND", "Bình Khê", "2026-03-20")
    assert (record["signer"]["name"], record["signer"]["title"]) == ("Đinh Văn Tiến", "Phó Chủ tịch")
    items = {(i["row_label"], i["year"], i["source"], i["amount_vnd"]) for i in record["budget"]["items"]}
    assert ("Tổng cộng", 2027, "other", 400_000_000) in items and ("Tập huấn kỹ thuật", 2026, "local", 300_000_000) in items
    assert ("Tổng cộng", None, "total", 2_400_000_000) in items


@pytest.mark.parametrize("rows,header", [
    # must spread: the same sources under each of the last headings
    ([["STT", "Nội dung", "Tổng", "2026", "2027"], ["NSTW", "NSĐP", "NSTW", "NSĐP"], ["1", "A", "9", "2", "2", "3", "2"]],
     ["STT", "Nội dung", "Tổng", "2026", "2026", "2027", "2027"]),
    # must not: a lower row with no repeated round, or a body of another width
    ([["STT", "Nội dung", "2026", "2027"], ["Vốn", "Chi", "Nguồn", "Khác"], ["1", "A", "2", "2", "3", "2"]],
     ["STT", "Nội dung", "2026", "2027"]),
    ([["STT", "Nội dung", "2026", "2027"], ["Vốn", "Chi", "Vốn", "Chi"], ["1", "A", "2", "2"]], ["STT", "Nội dung", "2026", "2027"]),
    # must spread: ONE heading of amounts over its totals and sources, wherever it stands
    ([["TT", "Danh mục dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2027"], ["Tổng số", "NSTW", "NSĐP"],
      ["1", "Đường huyện 12", "Ban QLDA huyện", "96.000", "60.000", "36.000"]],
     ["TT", "Danh mục dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2027", "Kế hoạch vốn năm 2027", "Kế hoạch vốn năm 2027"]),
    ([["STT", "Nội dung", "Kinh phí", "Ghi chú"], ["Tổng cộng", "Ngân sách tỉnh", "Xã hội hóa"],
      ["1", "Tập huấn", "450", "300", "150", ""]],
     ["STT", "Nội dung", "Kinh phí", "Kinh phí", "Kinh phí", "Ghi chú"]),
    # must not: two headings of amounts (which one the names are under is not told), names that are no
    # sources, a body of another width
    ([["TT", "Nội dung", "Kinh phí", "Năm 2027"], ["Tổng số", "NSĐP"], ["1", "A", "9", "5", "4"]],
     ["TT", "Nội dung", "Kinh phí", "Năm 2027"]),
    ([["TT", "Nội dung", "Kinh phí", "Ghi chú"], ["Định mức", "Số lượng"], ["1", "A", "9", "5", ""]],
     ["TT", "Nội dung", "Kinh phí", "Ghi chú"]),
    ([["TT", "Nội dung", "Kế hoạch vốn năm 2027"], ["Tổng số", "NSTW", "NSĐP"], ["1", "A", "9"]],
     ["TT", "Nội dung", "Kế hoạch vốn năm 2027"]),
])
def test_html2text_budget_headings_over_their_sources(rows, header):
    import extractors.layout.markdown as md
    assert md.lost_spans([list(r) for r in rows])[0] == header
