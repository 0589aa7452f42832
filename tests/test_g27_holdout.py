"""Round G27's rules, found on hold-out documents of a department's five-year plan with an annex of indicators by
year, a district chairman's decision approving a contest's estimate, a district's plan signed by its Phòng on behalf
of the chairman and a commune's plan typed carelessly (tests/invented/build_g27.py), and on the shapes around them.

- A bracketed note under an objectives heading that sends the reader to an appendix ("(Chỉ tiêu theo từng năm tại
  Phụ lục kèm theo)", "(Chi tiết tại Phụ lục II kèm theo)") brings the rows of the indicator table there as
  objectives, as an item pointing to the appendix does (objectives: _caption, APPENDIX_REF). Not: a note sending the
  reader to a table right below (read as the table under the heading), an appendix holding no indicator table.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process


def _record(text: str, name: str = "van-ban.txt") -> dict:
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HẠ LĨNH
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hạ Lĩnh, ngày 09 tháng 02 năm 2021

KẾ HOẠCH
Phát triển thủy sản giai đoạn 2021 - 2025

I. MỤC TIÊU
1. Mục tiêu chung
Phát triển thủy sản thành ngành sản xuất hàng hóa có giá trị cao.
2. Mục tiêu cụ thể
- Sản lượng nuôi trồng thủy sản tăng bình quân 4,2%/năm.
{note}
II. NHIỆM VỤ
1. Quy hoạch vùng nuôi
Rà soát quy hoạch vùng nuôi tập trung.
III. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Phát triển nông thôn chủ trì, theo dõi việc thực hiện Kế hoạch./.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Khải

PHỤ LỤC{number}
{annex}

| TT | Chỉ tiêu | Đơn vị tính | Năm 2020 | Năm 2021 | Năm 2022 | Năm 2023 | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|---|---|---|
| 1 | Tỷ lệ diện tích nuôi áp dụng VietGAP | % | 14 | 17 | 21 | 26 | 31 | 35 |
| 2 | Sản lượng khai thác | tấn | 5.200 | 5.150 | 5.100 | 5.050 | 5.000 | 4.950 |
"""
LEVELS = "CHỈ TIÊU PHÁT TRIỂN THỦY SẢN THEO NĂM"
COSTS = "DANH MỤC ĐỀ ÁN TRÌNH UBND TỈNH"


def _objectives(note: str, number: str = "", annex: str = LEVELS) -> list[tuple]:
    record = _record(PLAN.format(note=note, number=number, annex=annex), "van-ban.md")
    return [(o["text"][:22], [t["value"] for t in o["targets"] if t["unit"] == "percent"]) for o in record["objectives"]]


PROSE = [("Phát triển thủy sản thà", []), ("Sản lượng nuôi trồng th", [4.2])]
ROWS = [("Tỷ lệ diện tích nuôi áp", [17.0, 21.0, 26.0, 31.0, 35.0]), ("Sản lượng khai thác", [])]


@pytest.mark.parametrize("note, number", [
    ("(Chỉ tiêu theo từng năm tại Phụ lục kèm theo)", ""),
    ("(Chi tiết tại Phụ lục II kèm theo)", " II"),
    ("(Các chỉ tiêu cụ thể theo Phụ lục số 01 đính kèm)", " số 01"),
])
def test_a_note_sending_the_reader_to_an_appendix_brings_its_indicator_rows(note, number):
    found = _objectives(note, number)
    assert [o[0][:22] for o in found] == [o[0][:22] for o in PROSE + ROWS]
    assert [o[1] for o in found] == [o[1] for o in PROSE + ROWS]


@pytest.mark.parametrize("note, number", [
    ("(Chỉ tiêu theo từng năm tại Phụ lục III kèm theo)", " II"),  # another appendix than the one there
    ("(Chỉ tiêu theo từng năm tại bảng dưới đây)", ""),  # a table right below, none there
])
def test_a_note_to_another_table_brings_nothing(note, number):
    assert [o[1] for o in _objectives(note, number)] == [o[1] for o in PROSE]
