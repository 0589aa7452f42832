"""Markdown whose writer typed double spaces between words ("Ủy ban  nhân dân tỉnh", as many
do in Word, kept by the converter): a gap inside a table's cell is then one of them, not a
break html2text lost (extractors.formats.markdown.typed_double_spaces). Before, "ỦY  BAN  NHÂN
DÂN" in a header cell became three lines, and the issuer, place and date were lost.
"""

from __future__ import annotations

import re

import pytest

from extractors.formats.markdown import lost_cell_breaks, typed_double_spaces
from pipeline.process import process


def _typed(text: str, every: int = 3) -> str:
    """Some single spaces between words doubled, on every line (a writer's habit)."""
    return "\n".join(re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if m.start() % every == 0 else " ", line)
                     for line in text.split("\n"))


def _plan(issuer: str, level: str, place: str, number: str, date: tuple[int, int, int], title: str,
          signer: str, flat: bool) -> str:
    d, m, y = date
    if flat:  # a converter that flattened each cell to one line, the number in a row of its own
        head = (f"| ỦY BAN NHÂN DÂN {level} {issuer.upper()} ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                f"Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n"
                f"| Số: {number} | {place}, ngày {d} tháng {m} năm {y} |\n")
    else:
        head = (f"| ỦY BAN NHÂN DÂN<br>**{level} {issuer.upper()}**<br>-------<br>Số: {number} | "
                f"**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>"
                f"---------------<br>*{place}, ngày {d} tháng {m} năm {y}* |\n|---|---|\n")
    return head + f"""
# KẾ HOẠCH

## {title}

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

Ủy ban nhân dân {level.lower()} ban hành Kế hoạch như sau:

## I. MỤC TIÊU

Phấn đấu đến hết năm {y} có 85% hộ gia đình được tuyên truyền, phổ biến về nội dung Kế hoạch.

## II. NHIỆM VỤ

1. Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở.

2. Kiểm tra, đôn đốc việc thực hiện tại các thôn, tổ dân phố.

| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**{signer}** |
|---|---|
"""


CASES = [  # (issuer, level word, place, number, date, title, signer)
    ("Trà Linh", "TỈNH", "Trà Linh", "45/KH-UBND", (12, 5, 2024), "Phát triển thể thao quần chúng năm 2024", "Lê Văn Tâm"),
    ("Nam Giang", "HUYỆN", "Nam Giang", "118/KH-UBND", (3, 10, 2022), "Phòng, chống dịch bệnh gia súc năm 2022",
     "Nguyễn Thị Hạnh"),
    ("Phú Mỹ", "XÃ", "Phú Mỹ", "27/KH-UBND", (20, 2, 2026), "Chuyển đổi số trên địa bàn xã năm 2026", "Hà Văn Sình"),
]


@pytest.mark.parametrize("flat", [False, True], ids=["cell-lines", "flattened"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("every", [3, 4, 5])
def test_a_header_with_typed_double_spaces_reads_as_without(case, flat, every):
    issuer, level, place, number, date, title, signer = case
    text = _plan(*case, flat=flat)
    plain = process("x.md", text.encode()).record
    typed = process("x.md", _typed(text, every).encode()).record
    level_name = {"TỈNH": "tỉnh", "HUYỆN": "huyện", "XÃ": "xã"}[level]
    assert plain.issuer.name == f"Ủy ban nhân dân {level_name} {issuer}"
    for rec in (plain, typed):
        assert rec.issuer.name == plain.issuer.name
        assert rec.number == number
        assert rec.place == place
        assert rec.issued_date.isoformat() == f"{date[2]}-{date[1]:02d}-{date[0]:02d}"
        assert rec.title == title
        assert rec.signer.name == signer
        assert [a.code for a in rec.activities] == ["1", "2"]
        assert [(t.value, t.unit) for o in rec.objectives for t in o.targets] == [(85.0, "percent")]


# must match: prose lines with a double space inside them, several
@pytest.mark.parametrize("text", [
    _typed("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n"
           "1. Rà soát các công trình giao thông nông thôn trên địa bàn.\n| a | b |\n"),
    "Thực hiện  Nghị quyết số 12\nỦy ban  nhân dân xã\nCác  phòng, ban\n",
    "Sở Y tế  chủ trì;\n  Căn cứ  Luật  Dược\n- Bệnh viện  tỉnh\n",
])
def test_typed_double_spaces_are_seen(text):
    assert typed_double_spaces(text)


# must not match: html2text's hard breaks (two spaces at a line's end), gaps only inside table
# rows, a pdftotext column gap (three or more spaces), one or two slips
@pytest.mark.parametrize("text", [
    "**ỦY BAN NHÂN DÂN  \nHUYỆN MƯỜNG NHÉ**  \nCăn cứ Luật Lâm nghiệp;  \nỦy ban nhân dân huyện ban hành:  \n",
    "| CHỦ TỊCH  Lò Văn Pấng | x |\n| ỦY BAN  NHÂN DÂN | y |\n| Số:  12 | z |\n",
    "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI\nHUYỆN A            Độc lập - Tự do\nSố: 12   Ngày 3\n",
    "Căn cứ  Luật Đầu tư công;\nỦy ban nhân dân  huyện ban hành:\nI. MỤC TIÊU\n",
])
def test_no_typed_double_spaces(text):
    assert not typed_double_spaces(text)


def test_html2text_lost_breaks_are_still_put_back_where_nothing_was_typed():
    text = ("| TM. ỦY BAN NHÂN DÂN  CHỦ TỊCH  Lò Văn Pấng | x |\n---|---\n"
            "Căn cứ Luật Lâm nghiệp ngày 15/11/2017;\nỦy ban nhân dân huyện ban hành Kế hoạch:\n")
    assert "TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br>Lò Văn Pấng" in lost_cell_breaks(text)
    typed = text.replace("Luật Lâm", "Luật  Lâm").replace("dân huyện", "dân  huyện") + "Các  xã  thực hiện.\n"
    assert "<br>" not in lost_cell_breaks(typed)
