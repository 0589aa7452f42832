"""Round G19's rules, found on hold-out Đề án and programmes with parts, chapters and two horizons
(tests/invented/build_g19.py).

- A Đề án lists its bases inside its first part, with no preamble: "Phần thứ nhất" / "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG
  ĐỀ ÁN" / "I. SỰ CẦN THIẾT ..." (why it is needed) / "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN" / the bases as bullets or numbered
  items ("1. Luật ...", "2. Quyết định số ..."). Not: a first part whose heading names no bases ("Phần thứ nhất:
  ĐÁNH GIÁ THỰC TRẠNG"), a part of bases that holds no section of them before the next part.
- Numbered items under a numbered heading of bases ("II. CĂN CỨ XÂY DỰNG ĐỀ ÁN" / "1. Luật Du lịch ...") cite bases, as
  bullets do (not a task item after them: "1. Tổ chức tuyên truyền ...").
- A sum whose clause names its own period ("Đến hết năm 2010, toàn huyện có ...; giai đoạn 2006 - 2010 đã đầu tư N")
  is that period's (no year), not the year its sentence opened with. Not: a clause with no period of its own.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG SƠN
Số: 15/ĐA-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 20 tháng 5 năm 2024

ĐỀ ÁN
Phát triển vùng nguyên liệu chè tỉnh Đông Sơn giai đoạn 2024 - 2028, định hướng đến năm 2033

{body}
"""

PART_BASES = """Phần thứ nhất
{part}
I. Sự cần thiết
Vùng chè của tỉnh manh mún, năng suất thấp.
II. {heading}
{bases}
Phần thứ hai
NỘI DUNG ĐỀ ÁN
I. MỤC TIÊU
Mở rộng vùng chè đạt chuẩn.
II. NHIỆM VỤ
1. Tổ chức tuyên truyền, vận động nông dân.
"""

BULLETS = ("- Nghị quyết số 05-NQ/TU ngày 11 tháng 3 năm 2023 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp;\n"
           "- Quyết định số 2207/QĐ-TTg ngày 02 tháng 10 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược.")
NUMBERED = ("1. Luật Trồng trọt ngày 19 tháng 11 năm 2018;\n"
            "2. Nghị định số 73/2023/NĐ-CP ngày 04 tháng 9 năm 2023 của Chính phủ quy định chi tiết.")


def _record(body: str) -> dict:
    return process("de-an.txt", HEAD.format(body=body).encode("utf-8")).record.model_dump(mode="json")


def _bases(body: str) -> list[str | None]:
    return [b["number"] or b["doc_type"] for b in _record(body)["legal_bases"]]


@pytest.mark.parametrize("part,heading,bases,want", [
    # must: the bases inside the first part, under its own section, as bullets
    ("SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "Căn cứ xây dựng Đề án", BULLETS, ["05-NQ/TU", "2207/QĐ-TTg"]),
    # must: numbered items under the section of bases
    ("CĂN CỨ PHÁP LÝ VÀ SỰ CẦN THIẾT", "CĂN CỨ PHÁP LÝ", NUMBERED, ["Luật", "73/2023/NĐ-CP"]),
    # must not: a first part whose heading names no bases
    ("ĐÁNH GIÁ THỰC TRẠNG", "Căn cứ xây dựng Đề án", BULLETS, []),
    # must not: a part of bases with no section of bases in it
    ("SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "Quan điểm", BULLETS, []),
])
def test_bases_inside_the_first_part(part, heading, bases, want):
    assert _bases(PART_BASES.format(part=part, heading=heading, bases=bases)) == want


def test_no_task_after_numbered_bases():
    body = "I. CĂN CỨ XÂY DỰNG ĐỀ ÁN\n" + NUMBERED + "\n1. Tổ chức tuyên truyền, vận động nông dân.\nII. MỤC TIÊU\nMở rộng vùng chè."
    assert _bases(body) == ["Luật", "73/2023/NĐ-CP"]



SITUATION = """Phần thứ nhất
THỰC TRẠNG
{line}
Phần thứ hai
NỘI DUNG ĐỀ ÁN
I. MỤC TIÊU
Mở rộng vùng chè đạt chuẩn.
"""


def _sums(line: str) -> list[tuple[int | None, int]]:
    return [(s["year"], s["amount_vnd"]) for s in _record(SITUATION.format(line=line))["budget"]["statements"]]


@pytest.mark.parametrize("line,want", [
    # must: a clause that names its own period is that period's, not the year its sentence opened with
    ("Đến cuối năm 2019, toàn tỉnh có 5.400 ha chè; giai đoạn 2015 - 2019 đã đầu tư 8,4 tỷ đồng.", [(None, 8_400_000_000)]),
    # must not: a year with no period of its own in the clause
    ("Đến cuối năm 2019, toàn tỉnh có 5.400 ha chè; đã đầu tư 8,4 tỷ đồng.", [(2019, 8_400_000_000)]),
    ("Năm 2022, tỉnh đã hỗ trợ 2,7 tỷ đồng cho các hợp tác xã chè.", [(2022, 2_700_000_000)]),
])
def test_a_clause_of_its_own_period(line, want):
    assert _sums(line) == want
