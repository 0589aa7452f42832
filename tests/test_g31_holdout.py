"""Hold-out round G31 (tests/invented/build_g31.py): the shapes its four documents missed at first, each probed with
other names and numbers, and the round's documents scored alone.

- A body whose name lists its fields in lowercase, joined by commas and "và" ("của Cục Cảnh sát phòng cháy, chữa cháy
  và cứu nạn, cứu hộ về ...", "của Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh về ...") is one issuer
  up to what the title says, not cut at its first comma (extractors.fields.legal_bases.ISSUER_END). Not: an issuer
  followed by ", được sửa đổi, bổ sung ...", by a title's own verb after its comma.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process


def _record(text: str, name: str = "van-ban.txt") -> dict:
    return process(name, text.encode("utf-8")).record.model_dump(mode="json")


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ LAM
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Lam, ngày 09 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức diễn tập phòng cháy, chữa cháy năm 2025

{bases}
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU
100% cơ sở có nguy cơ cháy, nổ cao xây dựng phương án chữa cháy.
II. TỔ CHỨC THỰC HIỆN
Công an tỉnh theo dõi việc thực hiện Kế hoạch./.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Vàng Văn Páo
"""


def _bases(bases: str) -> list[tuple]:
    record = _record(PLAN.format(bases=bases))
    return [(b["number"], b["issuer"], b["title"]) for b in record["legal_bases"]]


@pytest.mark.parametrize("bases, expected", [
    ("Thực hiện Kế hoạch số 88/KH-C07 ngày 03 tháng 3 năm 2025 của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, "
     "cứu hộ về diễn tập phương án chữa cháy năm 2025;",
     [("88/KH-C07", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Diễn tập phương án chữa cháy năm 2025")]),
    ("Thực hiện Hướng dẫn số 12/HD-BCĐ ngày 20/01/2025 của Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn "
     "tỉnh về công tác diễn tập năm 2025;",
     [("12/HD-BCĐ", "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Công tác diễn tập năm 2025")]),
    ("Căn cứ Quyết định số 305/QĐ-BCĐ ngày 14/02/2025 của Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh "
     "ban hành Quy chế hoạt động;",
     [("305/QĐ-BCĐ", "Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh", "Ban hành Quy chế hoạt động")]),
    # (must not: a comma before what is said of the basis, a title's own verb after it)
    ("Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của Chính phủ, được sửa đổi, bổ sung tại Nghị định "
     "số 50/2024/NĐ-CP ngày 10 tháng 5 năm 2024 của Chính phủ;",
     [("136/2020/NĐ-CP", "Chính phủ", None), ("50/2024/NĐ-CP", "Chính phủ", None)]),
    ("Thực hiện Công văn số 77/UBND-NC ngày 02/4/2025 của UBND tỉnh, hướng dẫn diễn tập và báo cáo kết quả;",
     [("77/UBND-NC", "Ủy ban nhân dân tỉnh", "Hướng dẫn diễn tập và báo cáo kết quả")]),
])
def test_a_name_listing_its_fields_in_lowercase_is_one_issuer(bases, expected):
    assert _bases(bases) == expected
