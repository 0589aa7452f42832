"""Hold-out round G40 (tests/invented/build_g40.py): two shapes of a title that misread the plan's period.

A title a PDF wraps before its range's dash, "... giai đoạn 2027" / "- 2028": the second line, a dash and a year, was
taken for no title (a line of digits), so the title and the period ended on the first year (extractors.fields.header:
RANGE_END_LINE goes on a title whose last line ends on a year). An anniversary's span of years in a title, "Lễ kỷ niệm 30
năm Ngày thành lập phường X (1999 - 2029) ... năm 2029": the span a number of years "N năm" before it counts (2029 - 1999
= 30) was read as the plan's period (header._without_anniversary_span leaves it out; a plan's own range "Kế hoạch 5 năm
2026 - 2030" counts its years inclusively, 4 apart, and is kept).
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
{issuer}
-------
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}, ngày 14 tháng 11 năm {year}
KẾ HOẠCH
{title}
-----
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Ủy ban nhân dân ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức chu đáo, tiết kiệm, hiệu quả.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: Chủ trì, theo dõi, báo cáo kết quả.
"""


def _record(issuer: str, place: str, year: int, title: str) -> dict:
    text = HEAD.format(issuer=issuer, number="211/KH-UBND", place=place, year=year, title=title)
    return process("plan.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("issuer, place, year, title, period, title_end", [
    # must: a range wrapped before its dash
    ("TỈNH NAM ĐỊNH LÂM", "Nam Định Lâm", 2028, "Phát triển thương mại điện tử tỉnh Nam Định Lâm giai đoạn 2029\n- 2031",
     (2029, 2031), "giai đoạn 2029 - 2031"),
    ("TỈNH KHÁNH LƯƠNG", "Khánh Lương", 2026, "Nâng cao chất lượng nguồn nhân lực du lịch giai đoạn 2027\n– 2030",
     (2027, 2030), "giai đoạn 2027 - 2030"),
    # must: an anniversary's span is no period
    ("XÃ PHÚ MỸ TÂY", "Phú Mỹ Tây", 2030, "Tổ chức Lễ kỷ niệm 25 năm Ngày thành lập xã Phú Mỹ Tây (2005 - 2030) và "
     "Hội thao truyền thống năm 2030", (2030, 2030), "Hội thao truyền thống năm 2030"),
    ("TỈNH BẢO KHÊ", "Bảo Khê", 2027, "Tổ chức kỷ niệm 20 năm Ngày thành lập Khu kinh tế cửa khẩu Bảo Khê "
     "(2008 - 2028) trong năm 2028", (2028, 2028), "trong năm 2028"),
    # must not: a range on one line, a plan's own years ("5 năm" over five years counted inclusively)
    ("TỈNH ĐÔNG HỘI", "Đông Hội", 2025, "Phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030", (2026, 2030),
     "5 năm giai đoạn 2026 - 2030"),
    ("TỈNH VÂN LĨNH", "Vân Lĩnh", 2026, "Thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030", (2026, 2030),
     "giai đoạn 2026 - 2030"),
])
def test_the_title_gives_the_plans_own_period(issuer, place, year, title, period, title_end):
    record = _record(issuer, place, year, title)
    assert (record["period"]["start_year"], record["period"]["end_year"]) == period
    assert record["title"].endswith(title_end)


def test_a_dash_line_under_a_title_that_ends_on_no_year_is_not_the_titles():
    # must not: "- 2028" under a title ending on a word is no range's end (it stays out of the title)
    record = _record("TỈNH HÀ TÂN", "Hà Tân", 2027, "Phát triển nông nghiệp hữu cơ\n- 2028")
    assert record["title"] == "Phát triển nông nghiệp hữu cơ"
