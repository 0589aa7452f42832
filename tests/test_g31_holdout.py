"""Hold-out round G31 (tests/invented/build_g31.py): the shapes its four documents missed at first, each probed with
other names and numbers, and the round's documents scored alone.

- A body whose name lists its fields in lowercase, joined by commas and "và" ("của Cục Cảnh sát phòng cháy, chữa cháy
  và cứu nạn, cứu hộ về ...", "của Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh về ...") is one issuer
  up to what the title says, not cut at its first comma (extractors.fields.legal_bases.ISSUER_END). Not: an issuer
  followed by ", được sửa đổi, bổ sung ...", by a title's own verb after its comma.
- A basis with no title, the short name the plan gives it after its issuer ("... của UBND tỉnh (sau đây gọi tắt là
  Kế hoạch 45)", "(gọi tắt là Chỉ thị số 03)"): the note is no part of the issuer (legal_bases.ISSUER_NOTE). Not: a
  merged province's "(mới)" as before, a title's own brackets.
- A commune's or a ward's committee with its province under its name ("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG" / "TỈNH NAM
  PHONG", "XÃ TÂN HƯNG, TỈNH NAM PHONG", as communes head their papers since the 2025 reform) is the commune's
  committee, the province no part of its name (header.PARENT_AFTER_COMMUNE). Not: the province's line above it, a
  province's or a district's own committee, a department's name with its province.
- The head of a commune's police signing ("TRƯỞNG CÔNG AN XÃ", "KT. TRƯỞNG CÔNG AN XÃ / PHÓ TRƯỞNG CÔNG AN XÃ",
  a rank before the name) holds a title (header.SIGN_TITLES). Not: the titles known before.
- A letter cited in brackets after the body whose direction it carries ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh
  (tại Văn bản số ...)") is that body's (legal_bases.PROPOSED_BY, as "... của X tại Văn bản số ..." was). Not: a
  letter in brackets with no body before it.
- A footnote's mark set up after a cited number ("Kế hoạch số 45/KH-UBND¹ của ...") is no part of the number
  (normalizers.docnum._MARK_AFTER_CODE). Not: a code's own letters and digits ("12/2025/NQ-HĐND", "15/KH-UBND2" as
  written).
- A commune's office for the public at a former commune's seat ("Điểm phục vụ hành chính công xã Tân Hòa (cũ)") is a
  body (normalizers.agencies._AGENCY_WORDS). Not: such points in lower case, a point to see ("Điểm du lịch").
- A basis cited by its number and a footnote's mark, its date and what it is about told in the footnote after the
  signature ("Thực hiện Kế hoạch số 45/KH-UBND¹ của UBND tỉnh, ..." / "¹ Kế hoạch số 45/KH-UBND ngày 08/8/2025 của
  UBND tỉnh về ..."; "[^1]:", "(1)" as scrapes write the mark) takes them from the note
  (legal_bases._told_in_notes; footnotes.NOTE reads the superscript mark). Not: a line after the body opening with a
  bare number (an annex's row), a date the citation gives itself.
Every name, place and number below is invented and differs from the documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import roles_in
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


@pytest.mark.parametrize("bases, expected", [
    ("Thực hiện Kế hoạch số 52/KH-UBND ngày 08/01/2026 của UBND tỉnh (sau đây gọi tắt là Kế hoạch 52);",
     [("52/KH-UBND", "Ủy ban nhân dân tỉnh", None)]),
    ("Thực hiện Chỉ thị số 04/CT-UBND ngày 02/02/2026 của Chủ tịch UBND tỉnh (gọi tắt là Chỉ thị số 04);",
     [("04/CT-UBND", "Chủ tịch Ủy ban nhân dân tỉnh", None)]),
    ("Căn cứ Quyết định số 19/QĐ-BCĐ ngày 11/3/2025 của Ban Chỉ đạo tỉnh (sau đây viết tắt là Quyết định 19);",
     [("19/QĐ-BCĐ", "Ban Chỉ đạo tỉnh", None)]),
    # (must not: a merged province's note as before; a title's own brackets)
    ("Thực hiện Kế hoạch số 61/KH-UBND ngày 15/8/2025 của UBND tỉnh Hà Lam (mới);",
     [("61/KH-UBND", "Ủy ban nhân dân tỉnh Hà Lam", None)]),
    ("Thực hiện Kế hoạch số 61/KH-UBND ngày 15/8/2025 của UBND tỉnh về diễn tập (đợt 2) năm 2025;",
     [("61/KH-UBND", "Ủy ban nhân dân tỉnh", "Diễn tập (đợt 2) năm 2025")]),
])
def test_a_bases_short_name_is_no_part_of_its_issuer(bases, expected):
    assert _bases(bases) == expected


HEADED = """{head}
Số: 19/KH-{code}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lộc, ngày 03 tháng 9 năm 2025

KẾ HOẠCH
Bảo đảm an ninh, trật tự năm 2025

I. MỤC TIÊU
100% thôn, tổ dân phố không có tụ điểm phức tạp về an ninh, trật tự.
II. TỔ CHỨC THỰC HIỆN
Các thôn triển khai thực hiện./.

Nơi nhận:
- Lưu: VT.
{sign}
"""


@pytest.mark.parametrize("head, name, level", [
    ("ỦY BAN NHÂN DÂN XÃ TÂN LỘC\nTỈNH HÀ LAM", "Ủy ban nhân dân xã Tân Lộc", "commune"),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC THÀNH, TỈNH HÀ LAM", "Ủy ban nhân dân phường Bắc Thành", "commune"),
    ("UBND XÃ TÂN LỘC\nTHÀNH PHỐ HÀ LAM", "Ủy ban nhân dân xã Tân Lộc", "commune"),
    # (must not: the province's line above, a province's or district's own committee, a department with its province)
    ("TỈNH HÀ LAM\nỦY BAN NHÂN DÂN XÃ TÂN LỘC", "Ủy ban nhân dân xã Tân Lộc", "commune"),
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ LAM", "Ủy ban nhân dân tỉnh Hà Lam", "province"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN LỘC", "Ủy ban nhân dân huyện Tân Lộc", "district"),
])
def test_a_communes_committee_with_its_province_under_it(head, name, level):
    issuer = _record(HEADED.format(head=head, code="UBND", sign="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLò Thị Hạnh"))["issuer"]
    assert (issuer["name"], issuer["level"]) == (name, level)


@pytest.mark.parametrize("sign, signer", [
    ("TRƯỞNG CÔNG AN XÃ\n\n\nThiếu tá Vàng Seo Chứ", ("Vàng Seo Chứ", "Trưởng Công an xã", [])),
    ("KT. TRƯỞNG CÔNG AN PHƯỜNG\nPHÓ TRƯỞNG CÔNG AN PHƯỜNG\n\n\nĐinh Văn Toản",
     ("Đinh Văn Toản", "Phó Trưởng Công an phường", ["KT. Trưởng Công an phường"])),
    ("TRƯỞNG CÔNG AN\n\n\nĐinh Văn Toản", ("Đinh Văn Toản", "Trưởng Công an", [])),
    # (must not: the titles known before)
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nĐại tá Đinh Văn Toản", ("Đinh Văn Toản", "Phó Giám đốc", ["KT. Giám đốc"])),
    ("CHỈ HUY TRƯỞNG\n\n\nĐinh Văn Toản", ("Đinh Văn Toản", "Chỉ huy trưởng", [])),
])
def test_the_head_of_a_communes_police_signs(sign, signer):
    record = _record(HEADED.format(head="CÔNG AN TỈNH HÀ LAM\nCÔNG AN XÃ TÂN LỘC", code="CAX", sign=sign))
    assert (record["signer"]["name"], record["signer"]["title"], record["signer"]["authority"]) == signer


@pytest.mark.parametrize("bases, expected", [
    ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh (tại Văn bản số 2140/UBND-KT ngày 14/3/2025), Ủy ban nhân dân tỉnh "
     "ban hành Kế hoạch như sau:", [("2140/UBND-KT", "Ủy ban nhân dân tỉnh", None)]),
    ("Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh (theo Thông báo số 96/TB-VP ngày 02/4/2025);",
     [("96/TB-VP", "Ủy ban nhân dân tỉnh", None)]),
    ("Thực hiện Kế hoạch số 45/KH-UBND¹ ngày 11/3/2025 của UBND tỉnh về diễn tập năm 2025;",
     [("45/KH-UBND", "Ủy ban nhân dân tỉnh", "Diễn tập năm 2025")]),
    ("Căn cứ Nghị quyết số 12/2025/NQ-HĐND² ngày 20/3/2025 của HĐND tỉnh về diễn tập năm 2025;",
     [("12/2025/NQ-HĐND", "Hội đồng nhân dân tỉnh", "Diễn tập năm 2025")]),
    # (must not: a letter in brackets with no body before it; a code's own digits)
    ("Thực hiện Kế hoạch của tỉnh (tại Văn bản số 2140/UBND-KT ngày 14/3/2025);", [("2140/UBND-KT", None, None)]),
    ("Thực hiện Kế hoạch số 15/KH-UBND2 ngày 11/3/2025 của UBND tỉnh về diễn tập năm 2025;",
     [("15/KH-UBND2", "Ủy ban nhân dân tỉnh", "Diễn tập năm 2025")]),
])
def test_a_letter_in_brackets_and_a_footnotes_mark(bases, expected):
    assert _bases(bases) == expected


@pytest.mark.parametrize("text, roles", [
    ("Trung tâm Phục vụ hành chính công xã chủ trì, phối hợp với Điểm phục vụ hành chính công xã Tân Hòa (cũ) số hóa hồ sơ",
     (["Trung tâm Phục vụ hành chính công xã"], ["Điểm phục vụ hành chính công xã Tân Hòa (cũ)"])),
    ("Điểm phục vụ hành chính công phường Đông Lâm (cũ) chủ trì niêm yết thủ tục hành chính",
     (["Điểm phục vụ hành chính công phường Đông Lâm (cũ)"], [])),
    # (must not: a point in lower case, a point to see)
    ("Công an xã chủ trì, phối hợp với các điểm phục vụ hành chính công tiếp nhận hồ sơ", (["Công an xã"], [])),
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Điểm du lịch cộng đồng thôn Nà Hin tổ chức lễ hội",
     (["Phòng Văn hóa - Xã hội"], [])),
])
def test_a_communes_office_for_the_public(text, roles):
    assert roles_in(text) == roles


# ---------------------------------------------------------------------------
# The round's four documents scored alone against their golds: the floor is the round's final figure (211/211/211,
# 1.000; first pass 210/220/211 on 7d9578b, the code of b692e18; 210/220/211 after the round's field fixes, the
# misses left then the police's two estimates laid out as text, mended in the layout stage after the round: the
# first group row with its total glued to the header, "Số lượng" over a narrower column of quantities read as
# amounts; extractors/layout/grid.py, tests/test_p41_group_total_first_row.py).

G31_FLOOR = 1.0


def test_the_rounds_documents_score_at_the_floor(tmp_path):
    from tests.holdout_round import score_round

    f1, report = score_round("g31_", 4, tmp_path)
    assert f1 >= G31_FLOOR, report[-4000:]


NOTED = """ỦY BAN NHÂN DÂN
XÃ PHÚ HỮU
Số: 28/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Hữu, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2025

{bases}

I. MỤC TIÊU
100% thôn tổ chức diệt lăng quăng.
II. TỔ CHỨC THỰC HIỆN
Trạm Y tế xã chủ trì thực hiện./.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đào Văn Khởi

{notes}
"""


@pytest.mark.parametrize("bases, notes, expected", [
    ("Thực hiện Kế hoạch số 61/KH-UBND¹ của UBND tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
     "¹ Kế hoạch số 61/KH-UBND ngày 20/8/2025 của UBND tỉnh về phòng, chống sốt xuất huyết năm 2025.",
     [("61/KH-UBND", "2025-08-20", "Ủy ban nhân dân tỉnh", "Phòng, chống sốt xuất huyết năm 2025")]),
    ("Thực hiện Công văn số 310/SYT-NVY[^1] của Sở Y tế, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
     "[^1]: Công văn số 310/SYT-NVY ngày 05/9/2025 của Sở Y tế về tăng cường phòng, chống dịch.",
     [("310/SYT-NVY", "2025-09-05", "Sở Y tế", "Tăng cường phòng, chống dịch")]),
    ("Thực hiện Kế hoạch số 61/KH-UBND (1) của UBND tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
     "(1) Kế hoạch số 61/KH-UBND ngày 20/8/2025 của UBND tỉnh về phòng, chống sốt xuất huyết năm 2025.",
     [("61/KH-UBND", "2025-08-20", "Ủy ban nhân dân tỉnh", "Phòng, chống sốt xuất huyết năm 2025")]),
    # (must not: an annex's row opening with a bare number; a date the citation gives itself)
    ("Thực hiện Kế hoạch số 61/KH-UBND của UBND tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
     "1 Kế hoạch số 61/KH-UBND ngày 20/8/2025 của UBND tỉnh về phòng, chống sốt xuất huyết năm 2025.",
     [("61/KH-UBND", None, "Ủy ban nhân dân tỉnh", None)]),
    ("Thực hiện Kế hoạch số 61/KH-UBND (1) ngày 21/8/2025 của UBND tỉnh về phòng, chống dịch năm 2025;",
     "(1) Kế hoạch số 61/KH-UBND ngày 20/8/2025 của UBND tỉnh về phòng, chống sốt xuất huyết năm 2025.",
     [("61/KH-UBND", "2025-08-21", "Ủy ban nhân dân tỉnh", "Phòng, chống dịch năm 2025")]),
])
def test_a_basis_told_in_its_footnote(bases, notes, expected):
    record = _record(NOTED.format(bases=bases, notes=notes))
    assert [(b["number"], b["issued_date"], b["issuer"], b["title"]) for b in record["legal_bases"]] == expected
