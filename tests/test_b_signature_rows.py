"""A signature table as html2text writes it, its one row over several lines: the left cell's
lines ("Nơi nhận:" / "- ..."), a pipe where it ends, then the right cell's lines with the
empty breaks (a line of two spaces) between the title and the name, down to the rule
("---|---"). An empty break under a line with a pipe is inside this row, not under a row of a
table above, unless that line sits under a rule of its own (the table above's body)."""

from __future__ import annotations

from extractors.formats.markdown import read
from pipeline.process import process

BODY = """**KẾ HOẠCH**

**Tổ chức Ngày hội việc làm năm 2027**

Căn cứ Luật Việc làm ngày 16/11/2013;

1\\. Phòng Công tác sinh viên chủ trì tổ chức Ngày hội.

"""

# the right cell's title and name apart by three empty breaks; the pipe on the last recipient's line
NAME_UNDER_BREAKS = BODY + """**_Nơi nhận:_**  
\\- Bộ Giáo dục và Đào tạo (để b/c);  
\\- Các khoa, phòng;  
\\- Lưu: VT, CTSV. | **HIỆU TRƯỞNG**  
  
  
  
**GS.TS. Đào Minh Triết**  
---|---  
"""

# the left cell empty: the row opens on its pipe after an empty break; the recipients follow the table
EMPTY_LEFT_CELL = BODY + """  
|  **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC**   
  
  
**Vi Thị Hồng Nhung**  
---|---  
  
_**Nơi nhận:**_

\\- UBND tỉnh (b/c);

\\- Lưu: VT.
"""

# two signers side by side: the pipe between the first name and the second title
TWO_SIGNERS = BODY + """**TM. BAN CHẤP HÀNH HỘI NÔNG DÂN** **CHỦ TỊCH**   
  
**Mạc Văn Thuận** |  **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC**   
  
**Tô Thị Lựu**  
---|---  
  
**Nơi nhận:**

\\- UBND tỉnh (b/c);
"""

# must not: an empty break under the last row of a task table above, then a second table
TABLE_ABOVE = BODY + """STT | Nội dung | Chủ trì  
---|---|---  
1 | Khảo sát nhu cầu tuyển dụng | Phòng Đào tạo  
  
**Nơi nhận:**  
\\- Lưu: VT. | **HIỆU TRƯỞNG**  
  
**Nông Văn Khải**  
---|---  
"""


def _rec(text: str) -> dict:
    return process("kh.md", text.encode("utf-8")).dump


def test_the_signer_under_empty_breaks_is_read():
    rec = _rec(NAME_UNDER_BREAKS)
    assert rec["signer"]["name"] == "Đào Minh Triết" and rec["signer"]["title"] == "Hiệu trưởng"
    assert rec["recipients"] == ["Bộ Giáo dục và Đào tạo", "Các khoa, phòng", "Lưu: VT, CTSV"]


def test_a_row_with_an_empty_left_cell_gives_the_signer():
    rec = _rec(EMPTY_LEFT_CELL)
    assert rec["signer"]["name"] == "Vi Thị Hồng Nhung" and rec["signer"]["title"] == "Phó Giám đốc"


def test_two_signers_side_by_side_are_two_cells():
    texts = [b.text for b in read(TWO_SIGNERS.encode("utf-8"), "kh.md").blocks if b.text]
    assert "Mạc Văn Thuận" in texts and "Tô Thị Lựu" in texts
    assert not any("|" in t for t in texts)


def test_a_table_above_keeps_its_rows_and_the_signature_is_read():
    rec = _rec(TABLE_ABOVE)
    assert rec["signer"]["name"] == "Nông Văn Khải"
    assert rec["recipients"] == ["Lưu: VT"]


def test_the_task_table_above_keeps_its_last_row():
    tables = [b.rows for b in read(TABLE_ABOVE.encode("utf-8"), "kh.md").blocks if b.kind == "table"]
    assert any(["1", "Khảo sát nhu cầu tuyển dụng", "Phòng Đào tạo"] in rows for rows in tables)


# a portal page whose paragraphs are <br>-separated: html2text writes them with empty breaks ("  ")
# between, no blank line, down to the signature table: the table's first cell opens on "Nơi nhận:",
# the paragraphs above are the body, not that cell's lines
BR_PAGE = """**KẾ HOẠCH  
Phòng, chống dịch bệnh trên đàn gia súc năm 2027**

  
Căn cứ Luật Thú y ngày 19/6/2015;  
  
**I. MỤC TIÊU**  
\\- 100% đàn trâu, bò được tiêm phòng lở mồm long móng.  
**II. TỔ CHỨC THỰC HIỆN**  
**1\\. Sở Nông nghiệp và Môi trường**  
\\- Chủ trì tổ chức tiêm phòng đợt 1 trước ngày 30/4/2027.  
**2\\. Công an tỉnh**  
\\- Kiểm soát vận chuyển gia súc qua địa bàn.  
  
**_Nơi nhận:_**  
\\- Bộ Nông nghiệp và Môi trường;  
\\- Lưu: VT, KT. | **TM. ỦY BAN NHÂN DÂN  
KT. CHỦ TỊCH  
PHÓ CHỦ TỊCH**  
  
**Lục Văn Hải**  
---|---  
"""


def test_the_paragraphs_over_a_signature_table_stay_the_body():
    rec = _rec(BR_PAGE)
    assert [r["agency"] for r in rec["responsibilities"]] == ["Sở Nông nghiệp và Môi trường", "Công an tỉnh"]
    assert rec["signer"]["name"] == "Lục Văn Hải"
    assert rec["recipients"] == ["Bộ Nông nghiệp và Môi trường", "Lưu: VT, KT"]
