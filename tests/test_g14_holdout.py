"""Hold-out round G14 (a Cục's plan, a Huyện ủy's programme of action, a Hội LHPN's and a Tỉnh đoàn's plans, a Trung
tâm Khuyến nông's and a hospital's plans, a province's and a district's plans): the shapes its invented documents
(tests/invented/raw/g14_*) showed, each with rows that must match and rows that must not (other names, places and
numbers than the documents')."""

from __future__ import annotations

import pytest


def _statements(body: str) -> list[tuple[str, str, int]]:
    from extractors.document import build_document
    from extractors.fields.budget_statements import extract_statements
    from extractors.formats import read
    text = "KẾ HOẠCH\nCông tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\nII. KINH PHÍ\n\n" + body + \
        "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện./.\n"
    doc = build_document(read(text.encode(), "plan.md"))
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in extract_statements(doc, {"start_year": 2027,
                                                                                         "end_year": 2027})]


# One group of thousands set apart by a space before a scale word: "1 250 triệu đồng" is 1.250 million, as "1 200 000
# 000 đồng" (two groups and more) was read. Not when the number before the space is a code, a count or part of a date
# ("Dự án 1 250 triệu", "tháng 3 250 triệu", "ngày 15/3 250 triệu"), not two spaces, not a year ("Năm 2027 480
# triệu"), and not before "đồng" alone (no scale word).
@pytest.mark.parametrize("text, expected", [
    ("Tổng kinh phí: 2 340 triệu đồng.", [2_340_000_000]),
    ("kinh phí 1 075 tỷ đồng từ ngân sách", [1_075_000_000_000]),
    ("năm 2027: 4 600 triệu đồng; năm 2028: 3 125 triệu đồng", [4_600_000_000, 3_125_000_000]),
    ("(12 750 nghìn đồng)", [12_750_000]),
    ("dự kiến 7 500 tr.đ", [7_500_000_000]),
    # must not: a code, a count or a date before the group; two spaces; a year; no scale word
    ("Dự án 3 480 triệu đồng", [480_000_000]),
    ("Nhiệm vụ 2 320 triệu đồng", [320_000_000]),
    ("tháng 9 150 triệu đồng", [150_000_000]),
    ("ngày 20/10 640 triệu đồng", [640_000_000]),
    ("Năm 2027 480 triệu đồng", [480_000_000]),
    ("4  750 triệu đồng", [750_000_000]),
    ("đơn giá 2 300 đồng/kWh", [300]),
    ("3.250 triệu đồng", [3_250_000_000]),
])
def test_one_group_apart_by_a_space_before_a_scale_word(text, expected):
    from normalizers.money import find_money
    assert [m.amount_vnd for m in find_money(text)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Tổng kinh phí thực hiện: 3 480 triệu đồng, trong đó: năm 2027: 1 980 triệu đồng; năm 2028: 1 500 triệu đồng.",
     [("total", "total", 3_480_000_000), ("total", "total", 1_980_000_000), ("total", "total", 1_500_000_000)]),
])
def test_a_spaced_thousand_in_a_statement(body, expected):
    assert _statements(body) == expected


# Bodies whose names end on a level word, listed with the word written once after the last: "Đề nghị Hội Nông dân, Hội
# Cựu chiến binh tỉnh ..." names Hội Nông dân tỉnh and Hội Cựu chiến binh tỉnh (as "X và các Y tỉnh" was read). Not a
# Sở, a Ban or a Phòng before them ("Sở Giáo dục và Đào tạo, Công an tỉnh"), not a body written with its own level or
# as the nation's ("Hội Nông dân Việt Nam"), not a Hội đồng.
@pytest.mark.parametrize("text, expected", [
    ("Hội Nông dân, Hội Cựu chiến binh huyện", ["Hội Nông dân huyện", "Hội Cựu chiến binh huyện"]),
    ("Liên đoàn Lao động, Hội Liên hiệp Phụ nữ và Đoàn Thanh niên tỉnh",
     ["Liên đoàn Lao động tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Đoàn Thanh niên tỉnh"]),
    ("Hội Chữ thập đỏ, Hội Người cao tuổi xã", ["Hội Chữ thập đỏ xã", "Hội Người cao tuổi xã"]),
    ("Công an, Ban Chỉ huy Quân sự thị xã", ["Công an thị xã", "Ban Chỉ huy Quân sự thị xã"]),
    # must not
    ("Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh", ["Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"]),
    ("Ban Dân vận, Hội Cựu chiến binh huyện", ["Ban Dân vận", "Hội Cựu chiến binh huyện"]),
    ("Hội Nông dân tỉnh, Hội Cựu chiến binh thành phố", ["Hội Nông dân tỉnh", "Hội Cựu chiến binh thành phố"]),
    ("Hội Nông dân Việt Nam, Hội Nông dân tỉnh", ["Hội Nông dân Việt Nam", "Hội Nông dân tỉnh"]),
    ("Hội đồng nhân dân, Hội Cựu chiến binh huyện", ["Hội đồng nhân dân", "Hội Cựu chiến binh huyện"]),
    ("Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã",
     ["Liên đoàn Lao động", "Hội Nông dân", "Liên minh Hợp tác xã"]),
    ("Hội Nông dân, Liên minh Hợp tác xã tỉnh", ["Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"]),
])
def test_bodies_sharing_one_level_word(text, expected):
    from normalizers.agencies import split_agencies
    assert split_agencies(text) == expected


def _responsible(body: str) -> list[str]:
    from extractors.document import build_document
    from extractors.fields.responsibilities import extract_responsibilities
    from extractors.formats import read
    from extractors.segment import outline
    text = "KẾ HOẠCH\nCông tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\nII. TỔ CHỨC THỰC HIỆN\n\n" + body + "\n"
    doc = build_document(read(text.encode(), "plan.md"))
    return [r["agency"] for r in extract_responsibilities(doc, outline(doc))]


@pytest.mark.parametrize("body, expected", [
    ("1. Phòng Văn hóa - Xã hội: tổng hợp kết quả.\n\n2. Đề nghị Hội Nông dân, Hội Cựu chiến binh huyện phối hợp vận "
     "động hội viên tham gia./.",
     ["Phòng Văn hóa - Xã hội", "Hội Nông dân huyện", "Hội Cựu chiến binh huyện"]),
])
def test_a_request_to_bodies_sharing_one_level_word(body, expected):
    assert _responsible(body) == expected


# Parts of a sum "lồng ghép" from national target programmes, each named with its amount: "được lồng ghép từ Chương
# trình mục tiêu quốc gia X N và Chương trình mục tiêu quốc gia Y M", "trong đó lồng ghép CTMTQG ... N": the
# programmes' money ("other"), as "trong đó: nguồn Chương trình ... N" was read. Not a budget level after "lồng ghép"
# ("lồng ghép từ ngân sách tỉnh N": local), not central or local money named as such.
@pytest.mark.parametrize("body, expected", [
    ("Tổng kinh phí thực hiện là 6.300 triệu đồng, được lồng ghép từ Chương trình mục tiêu quốc gia phát triển kinh tế "
     "- xã hội vùng đồng bào dân tộc thiểu số 4.100 triệu đồng và Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
     "2.200 triệu đồng.",
     [("total", "total", 6_300_000_000), ("total", "other", 4_100_000_000), ("total", "other", 2_200_000_000)]),
    ("Tổng kinh phí là 950 triệu đồng, trong đó lồng ghép CTMTQG giảm nghèo bền vững 700 triệu đồng, ngân sách xã 250 "
     "triệu đồng.",
     [("total", "total", 950_000_000), ("total", "other", 700_000_000), ("total", "local", 250_000_000)]),
    # must not
    ("Tổng kinh phí là 2.000 triệu đồng, được lồng ghép từ ngân sách tỉnh 1.200 triệu đồng và ngân sách huyện 800 triệu "
     "đồng.",
     [("total", "total", 2_000_000_000), ("total", "local", 1_200_000_000), ("total", "local", 800_000_000)]),
    ("Tổng kinh phí là 3.000 triệu đồng, trong đó: ngân sách trung ương 2.000 triệu đồng, ngân sách tỉnh 1.000 triệu "
     "đồng.",
     [("total", "total", 3_000_000_000), ("total", "central", 2_000_000_000), ("total", "local", 1_000_000_000)]),
])
def test_parts_joined_in_from_national_programmes(body, expected):
    assert _statements(body) == expected


# A source's share written before its amount: "trong đó ngân sách tỉnh hỗ trợ 70% (1.400 triệu đồng), ngân sách huyện
# đối ứng 30% (600 triệu đồng)": the label names a source only (the sum's part, scope total), as without the share.
# Not a part named by its purpose or a result with a share ("kinh phí tập huấn 60% (...)", "giải ngân đạt 70% (...)"
# keep their labels).
@pytest.mark.parametrize("body, expected", [
    ("Tổng kinh phí dự kiến 3.500 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 60% (2.100 triệu đồng), ngân sách huyện "
     "đối ứng 40% (1.400 triệu đồng).",
     [("total", "total", 3_500_000_000), ("total", "local", 2_100_000_000), ("total", "local", 1_400_000_000)]),
    ("Tổng kinh phí 800 triệu đồng, trong đó ngân sách trung ương 75% (600 triệu đồng), ngân sách xã 25% (200 triệu "
     "đồng).",
     [("total", "total", 800_000_000), ("total", "central", 600_000_000), ("total", "local", 200_000_000)]),
    # must not
    ("Tổng kinh phí 900 triệu đồng, trong đó kinh phí tập huấn 60% (540 triệu đồng).",
     [("total", "total", 900_000_000), ("Kinh phí tập huấn 60%", "total", 540_000_000)]),
    ("Tổng vốn 4.000 triệu đồng, trong đó giải ngân đạt 70% (2.800 triệu đồng).",
     [("total", "total", 4_000_000_000), ("Giải ngân đạt 70%", "total", 2_800_000_000)]),
])
def test_a_sources_share_before_its_amount(body, expected):
    assert _statements(body) == expected


def _activities(body: str) -> list[tuple[str, str, list[str], list[str]]]:
    from extractors.document import build_document
    from extractors.fields.activities import extract_activities
    from extractors.formats import read
    from extractors.segment import outline
    text = "KẾ HOẠCH\nCông tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\n" + body + \
        "\n\nIV. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện./.\n"
    doc = build_document(read(text.encode(), "plan.md"))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


# A task's money after its title and a semicolon: "2. Tập huấn cán bộ thôn; kinh phí 210 triệu đồng từ ngân sách xã.
# Phòng X chủ trì ...": the title is the task alone. Not a clause after the semicolon that holds no amount ("; kinh phí
# từ nguồn sự nghiệp"), nor one that is not money ("; thời gian: quý III").
@pytest.mark.parametrize("body, expected", [
    ("II. NHIỆM VỤ\n\n1. Nâng cấp đường giao thông nội đồng; kinh phí 2.150 triệu đồng từ ngân sách tỉnh. Phòng Kinh tế "
     "chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.\n\n2. Tập huấn cán bộ thôn; tổng kinh phí dự kiến 85 triệu "
     "đồng. Phòng Nội vụ chủ trì thực hiện.",
     [("1", "Nâng cấp đường giao thông nội đồng", ["Phòng Kinh tế"], ["Ủy ban nhân dân các xã"]),
      ("2", "Tập huấn cán bộ thôn", ["Phòng Nội vụ"], [])]),
    # must not
    ("II. NHIỆM VỤ\n\n1. Nâng cấp đường giao thông nội đồng; kinh phí từ nguồn sự nghiệp kinh tế. Phòng Kinh tế chủ "
     "trì thực hiện.\n\n2. Tập huấn cán bộ thôn; thời gian: quý III. Phòng Nội vụ chủ trì thực hiện.",
     [("1", "Nâng cấp đường giao thông nội đồng; kinh phí từ nguồn sự nghiệp kinh tế", ["Phòng Kinh tế"], []),
      ("2", "Tập huấn cán bộ thôn; thời gian: quý III", ["Phòng Nội vụ"], [])]),
])
def test_a_tasks_money_after_its_title_and_a_semicolon(body, expected):
    assert _activities(body) == expected


# A column of the money a body puts up from its own funds beside the budget's: "Kinh phí Hội", "Kinh phí của đơn vị",
# "Kinh phí Công đoàn" is a source of its own ("other"; a raised one when it says so: "Kinh phí đoàn viên đóng góp"),
# not the row's total beside "Tổng số". Not "Kinh phí" alone, "Kinh phí thực hiện", "Kinh phí hỗ trợ", a year's.
@pytest.mark.parametrize("head, expected", [
    ("Kinh phí Hội", "other"),
    ("Kinh phí của đơn vị", "other"),
    ("Kinh phí Công đoàn", "other"),
    ("Kinh phí đoàn viên đóng góp", "mobilized"),
    # must not
    ("Kinh phí", "total"),
    ("Kinh phí thực hiện", "total"),
    ("Kinh phí hỗ trợ", "total"),
    ("Kinh phí năm 2027", "total"),
    ("Kinh phí đơn vị tính: triệu đồng", "total"),
])
def test_a_bodys_own_funds_column(head, expected):
    from extractors.tables.rebuild import source_of_leaf
    assert source_of_leaf(head) == expected


# A school year's column, "Năm học 2026 - 2027" (autumn to summer), is a span of time like "Giai đoạn 2026 - 2028": all
# sources together with no one budget year, not a source of its own. Not a column that names no years ("Năm học",
# "Học phí" stay as they were).
@pytest.mark.parametrize("head, expected", [
    ("Năm học 2026 - 2027", "total"),
    ("Năm học 2027-2028", "total"),
    # must not
    ("Năm học", "other"),
    ("Học phí", "other"),
    ("Năm 2027", "total"),
])
def test_a_school_years_column(head, expected):
    from extractors.tables.rebuild import source_of_leaf, year_of
    assert source_of_leaf(head) == expected
    assert year_of(head) == (2027 if head == "Năm 2027" else None)


# The plan's money from a source named with the kind of its spending: "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách
# trung ương chi thường xuyên của Bộ, dự kiến: năm 2027: N; năm 2028: M": the plan's (scope total), each year of that
# source, not a budget line "Chi thường xuyên của Bộ". Not a line that opens with its name ("Chi thường xuyên từ nguồn
# ngân sách tỉnh: N", "Dự toán chi thường xuyên năm 2027 là N").
@pytest.mark.parametrize("body, expected", [
    ("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách trung ương chi thường xuyên của Bộ, dự kiến: năm 2027: 3.800 triệu "
     "đồng; năm 2028: 4.100 triệu đồng.",
     [("total", "central", 3_800_000_000), ("total", "central", 4_100_000_000)]),
    ("Kinh phí từ nguồn ngân sách tỉnh chi sự nghiệp giáo dục năm 2027: 650 triệu đồng.",
     [("total", "local", 650_000_000)]),
    # must not
    ("Chi thường xuyên từ nguồn ngân sách tỉnh: 3.000 triệu đồng.",
     [("Chi thường xuyên từ nguồn ngân sách tỉnh", "local", 3_000_000_000)]),
    ("Dự toán chi thường xuyên năm 2027 là 12.000 triệu đồng.",
     [("Dự toán chi thường xuyên", "total", 12_000_000_000)]),
    ("Tổng kinh phí là 2.700 triệu đồng, phân theo năm: năm 2027: 1.200 triệu đồng; năm 2028: 1.500 triệu đồng.",
     [("total", "total", 2_700_000_000), ("total", "total", 1_200_000_000), ("total", "total", 1_500_000_000)]),
])
def test_a_source_named_with_its_spending(body, expected):
    assert _statements(body) == expected


def _bases(line: str) -> list[tuple[str | None, str | None]]:
    from extractors.document import build_document
    from extractors.fields.header import extract_header
    from extractors.fields.legal_bases import extract_legal_bases
    from extractors.formats import read
    text = "ỦY BAN NHÂN DÂN\n\nTỈNH HÒA NAM\n\nSố: 44/KH-UBND\n\nHòa Nam, ngày 9 tháng 8 năm 2026\n\nKẾ HOẠCH\n\n" \
        "Công tác năm 2027\n\n" + line + \
        "\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n"
    doc = build_document(read(text.encode(), "plan.txt"))
    return [(b["issuer"], b["title"]) for b in extract_legal_bases(doc, extract_header(doc)["title_end"])]


# A body's act whose title opens on what it gives out: "của Ủy ban nhân dân tỉnh X giao nhiệm vụ ...", "... giao chỉ
# tiêu kế hoạch ...", "... giao dự toán ...": the issuer ends before "giao". Not a name's own "giao" ("Bộ Ngoại giao",
# "Ủy ban An toàn giao thông quốc gia").
@pytest.mark.parametrize("line, expected", [
    ("Căn cứ Quyết định số 518/QĐ-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Hòa Nam giao nhiệm vụ đào tạo "
     "nhân lực công nghệ thông tin;",
     [("Ủy ban nhân dân tỉnh Hòa Nam", "Giao nhiệm vụ đào tạo nhân lực công nghệ thông tin")]),
    ("Căn cứ Quyết định số 77/QĐ-UBND ngày 05/01/2026 của UBND huyện Đông Lạc giao dự toán ngân sách năm 2026;",
     [("Ủy ban nhân dân huyện Đông Lạc", "Giao dự toán ngân sách năm 2026")]),
    # must not
    ("Căn cứ Công văn số 310/BNG-LS ngày 12/02/2026 của Bộ Ngoại giao về bảo hộ công dân;",
     [("Bộ Ngoại giao", "Bảo hộ công dân")]),
])
def test_a_basis_issuer_ends_before_giao(line, expected):
    assert _bases(line) == expected


# A union is a body ("Công đoàn trường", "Công đoàn ngành Y tế"), and a school's or a college's own bodies listed with
# the word "trường" once after the last ("Đề nghị Công đoàn, Đoàn Thanh niên trường ...") each take it. Not a member
# ("công đoàn viên"), not a Phòng or a Khoa before them.
@pytest.mark.parametrize("text, expected", [
    ("Công đoàn, Đoàn Thanh niên trường", ["Công đoàn trường", "Đoàn Thanh niên trường"]),
    ("Công đoàn, Hội Sinh viên trường", ["Công đoàn trường", "Hội Sinh viên trường"]),
    # must not
    ("Phòng Đào tạo, Đoàn Thanh niên trường", ["Phòng Đào tạo", "Đoàn Thanh niên trường"]),
    ("Khoa Dược, Công đoàn trường", ["Khoa Dược", "Công đoàn trường"]),
])
def test_a_schools_own_bodies_sharing_its_word(text, expected):
    from normalizers.agencies import split_agencies
    assert split_agencies(text) == expected


@pytest.mark.parametrize("body, expected", [
    ("1. Phòng Công tác sinh viên: tổng hợp kết quả.\n\n2. Đề nghị Công đoàn, Hội Sinh viên trường phối hợp vận động "
     "sinh viên tham gia./.",
     ["Phòng Công tác sinh viên", "Công đoàn trường", "Hội Sinh viên trường"]),
    # must not: a member is no body
    ("1. Phòng Công tác sinh viên: tổng hợp kết quả.\n\n2. Công đoàn viên gương mẫu thực hiện./.",
     ["Phòng Công tác sinh viên"]),
])
def test_a_request_to_a_schools_own_bodies(body, expected):
    assert _responsible(body) == expected
