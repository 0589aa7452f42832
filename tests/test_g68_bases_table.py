"""Hold-out round G68 (tests/invented/build_g68.py): legal bases listed in a TABLE, a row a document, under the plan's
section of bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") or a lead line ("... trên cơ sở các văn bản sau:", "Căn cứ các văn
bản sau:"). Before, extractors.fields.legal_bases read the preamble's paragraphs only: no basis. Now
(legal_bases._table_bases) a table standing there whose header names the document's column ("Văn bản", "Tên văn
bản", "Số, ký hiệu") and its date's, issuer's or gist's ("Ngày ban hành", "Cơ quan ban hành", "Trích yếu") gives a
basis a row, its type from a "Loại văn bản" column where the document's cell gives the number alone. Probing found
unread a name's column beside the number's ("Tên văn bản" | "Số, ký hiệu": now the type and the gist from the name,
TYPE_AT_START), a table of one column of whole citations, and the section headed "CƠ SỞ PHÁP LÝ" ("Cơ sở xây dựng
kế hoạch"), its lines and its table alike: now legal_bases.BASES_HEADING reads "cơ sở" with what it grounds as "căn
cứ".

Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """**ỦY BAN NHÂN DÂN**

**HUYỆN ĐĂK TRANG**

Số: 88/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Đăk Trang, ngày 03 tháng 6 năm 2028*

## KẾ HOẠCH

**Phát triển du lịch cộng đồng năm 2028**

"""

TAIL = """
### II. MỤC TIÊU

Phấn đấu 60% số hộ tham gia du lịch cộng đồng có thu nhập tăng.

### III. TỔ CHỨC THỰC HIỆN

**1. Phòng Văn hóa - Xã hội**

Tham mưu triển khai Kế hoạch.

**TM. ỦY BAN NHÂN DÂN**

**CHỦ TỊCH**

**Y Khoa Niê**
"""

ROWS_FULL = """| STT | Tên văn bản | Ngày ban hành | Cơ quan ban hành | Trích yếu |
|---|---|---|---|---|
| 1 | Quyết định số 1450/QĐ-TTg | 12/9/2027 | Thủ tướng Chính phủ | Phê duyệt Chương trình phát triển du lịch nông thôn |
| 2 | Nghị quyết số 21-NQ/HU | 15/01/2028 | Ban Chấp hành Đảng bộ huyện | Về phát triển du lịch gắn với bảo tồn văn hóa |
"""

ROWS_TYPED = """| TT | Loại văn bản | Số, ký hiệu | Ngày ban hành | Nội dung |
|---|---|---|---|---|
| 1 | Quyết định | 1450/QĐ-TTg | 12/9/2027 | Phê duyệt Chương trình phát triển du lịch nông thôn |
| 2 | Kế hoạch | 233/KH-UBND | 20/02/2028 | Phát triển du lịch tỉnh năm 2028 |
"""


def _bases(middle: str) -> list[tuple]:
    record = process("kh.md", (HEAD + middle + TAIL).encode("utf-8")).record.model_dump(mode="json")
    return [(b["relation"], b["doc_type"], b["number"], b["issued_date"], b["issuer"], b["title"])
            for b in record["legal_bases"]]


@pytest.mark.parametrize("middle, expected", [
    # must: under the section of bases, a lead line between
    ("### I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\nKế hoạch được xây dựng trên cơ sở các văn bản sau:\n\n" + ROWS_FULL,
     [("can_cu", "Quyết định", "1450/QĐ-TTg", "2027-09-12", "Thủ tướng Chính phủ",
       "Phê duyệt Chương trình phát triển du lịch nông thôn"),
      ("can_cu", "Nghị quyết", "21-NQ/HU", "2028-01-15", "Ban Chấp hành Đảng bộ huyện",
       "Về phát triển du lịch gắn với bảo tồn văn hóa")]),
    # must: right under the section's heading
    ("### I. CĂN CỨ PHÁP LÝ\n\n" + ROWS_FULL,
     [("can_cu", "Quyết định", "1450/QĐ-TTg", "2027-09-12", "Thủ tướng Chính phủ",
       "Phê duyệt Chương trình phát triển du lịch nông thôn"),
      ("can_cu", "Nghị quyết", "21-NQ/HU", "2028-01-15", "Ban Chấp hành Đảng bộ huyện",
       "Về phát triển du lịch gắn với bảo tồn văn hóa")]),
    # must: a preamble's lead line, the type in a column of its own, no issuer's column
    ("Căn cứ các văn bản sau:\n\n" + ROWS_TYPED + "\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n\n"
     "### I. MỤC ĐÍCH\n\nPhát huy tiềm năng du lịch.\n",
     [("can_cu", "Quyết định", "1450/QĐ-TTg", "2027-09-12", None, "Phê duyệt Chương trình phát triển du lịch nông thôn"),
      ("can_cu", "Kế hoạch", "233/KH-UBND", "2028-02-20", None, "Phát triển du lịch tỉnh năm 2028")]),
    # must: "Thực hiện các văn bản sau:" gives its relation
    ("Thực hiện các văn bản sau:\n\n" + ROWS_TYPED + "\n### I. MỤC ĐÍCH\n\nPhát huy tiềm năng du lịch.\n",
     [("thuc_hien", "Quyết định", "1450/QĐ-TTg", "2027-09-12", None,
       "Phê duyệt Chương trình phát triển du lịch nông thôn"),
      ("thuc_hien", "Kế hoạch", "233/KH-UBND", "2028-02-20", None, "Phát triển du lịch tỉnh năm 2028")]),
    # must: a table of one document's column, each cell a whole citation
    ("### I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n| TT | Văn bản căn cứ |\n|---|---|\n| 1 | Quyết định số 1450/QĐ-TTg ngày "
     "12/9/2027 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch nông thôn |\n",
     [("can_cu", "Quyết định", "1450/QĐ-TTg", "2027-09-12", "Thủ tướng Chính phủ",
       "Phê duyệt Chương trình phát triển du lịch nông thôn")]),
    # must: the name's column giving the type and the gist, the number in a column of its own
    ("### I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n| TT | Tên văn bản | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành |\n"
     "|---|---|---|---|---|\n| 1 | Quyết định phê duyệt Chương trình phát triển du lịch nông thôn | 1450/QĐ-TTg | "
     "12/9/2027 | Thủ tướng Chính phủ |\n",
     [("can_cu", "Quyết định", "1450/QĐ-TTg", "2027-09-12", "Thủ tướng Chính phủ",
       "Phê duyệt Chương trình phát triển du lịch nông thôn")]),
    # must not: the same table under a numbered section of results (past the preamble)
    ("### I. KẾT QUẢ THỰC HIỆN NĂM 2027\n\nCác văn bản đã ban hành:\n\n" + ROWS_FULL, []),
    # must not: a table under the section of bases that names no document's column
    ("### I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |\n|---|---|---|---|\n"
     "| 1 | Lượt khách | 12.000 | 15.000 |\n", []),
    # must not: a lead line that opens no list of bases
    ("Kết quả năm 2027 như sau:\n\n" + ROWS_FULL + "\n### I. MỤC ĐÍCH\n\nPhát huy tiềm năng du lịch.\n", []),
])
def test_bases_in_a_table(middle, expected):
    assert _bases(middle) == expected


def test_bases_in_paragraphs_keep_their_reading():
    middle = ("Căn cứ Quyết định số 1450/QĐ-TTg ngày 12/9/2027 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển "
              "du lịch nông thôn;\n\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n\n### I. MỤC ĐÍCH\n\nPhát huy.\n")
    assert _bases(middle) == [("can_cu", "Quyết định", "1450/QĐ-TTg", "2027-09-12", "Thủ tướng Chính phủ",
                               "Phê duyệt Chương trình phát triển du lịch nông thôn")]


PAGE = """<html><head><meta charset="utf-8"></head><body>
<table><tr><td><b>SỞ Y TẾ TỈNH VĨNH KHANG<br>TRUNG TÂM KIỂM SOÁT BỆNH TẬT</b><br>Số: 77/KH-KSBT</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Vĩnh Khang, ngày 09 tháng 02 năm 2028</i></td></tr></table>
<h2>KẾ HOẠCH</h2><p><b>Phòng, chống sốt xuất huyết năm 2028</b></p>
<p><b>I. {heading}</b></p>
{bases}
<p><b>II. MỤC TIÊU</b></p><p>- Giảm 15% số ca mắc so với năm 2027.</p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p><p>1. Khoa Kiểm soát bệnh truyền nhiễm: Chủ trì giám sát.</p>
<p>GIÁM ĐỐC</p><p>Vũ Thị Hà</p></body></html>"""

TABLE = """<table border="1"><tr><th>STT</th><th>Số, ký hiệu văn bản</th><th>Ngày, tháng, năm</th><th>Cơ quan ban hành</th>
<th>Trích yếu nội dung</th></tr>
<tr><td>1</td><td>Thông tư số 14/2027/TT-BYT</td><td>05/6/2027</td><td>Bộ Y tế</td>
<td>Hướng dẫn giám sát bệnh truyền nhiễm</td></tr></table>"""

LINES = "<p>- Thông tư số 14/2027/TT-BYT ngày 05/6/2027 của Bộ Y tế hướng dẫn giám sát bệnh truyền nhiễm;</p>"


@pytest.mark.parametrize("heading, bases, expected", [
    # must: a web page's table under "CƠ SỞ PHÁP LÝ", and the same bases as lines under it
    ("CƠ SỞ PHÁP LÝ", TABLE, [("can_cu", "Thông tư", "14/2027/TT-BYT", "2027-06-05", "Bộ Y tế",
                               "Hướng dẫn giám sát bệnh truyền nhiễm")]),
    ("CƠ SỞ XÂY DỰNG KẾ HOẠCH", LINES, [("can_cu", "Thông tư", "14/2027/TT-BYT", "2027-06-05", "Bộ Y tế",
                                         "Hướng dẫn giám sát bệnh truyền nhiễm")]),
    # must not: a section of another ground ("cơ sở vật chất", the facilities) lists no bases
    ("CƠ SỞ VẬT CHẤT", TABLE, []),
])
def test_bases_under_a_grounds_heading(heading, bases, expected):
    record = process("kh.html", PAGE.replace("{heading}", heading).replace("{bases}", bases).encode("utf-8")) \
        .record.model_dump(mode="json")
    assert [(b["relation"], b["doc_type"], b["number"], b["issued_date"], b["issuer"], b["title"])
            for b in record["legal_bases"]] == expected
