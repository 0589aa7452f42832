"""Hold-out round K2 (chunks of documents cut for retrieval): the shapes its chunks showed, each with rows that
must match and rows that must not (names and numbers of our own)."""

import pytest

from extractors.layout.cells import split_cell_lines

SIGNATURE_CELLS = [
    # must match: a signature cell flattened onto one line by a scraper, the signer's name an Ê Đê or M'nông one
    # that opens with the one-letter "Y" (two words more after it) or with "H'"
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Y Bhiăm Ktla",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Y Bhiăm Ktla"]),
    ("CHỦ TỊCH Y Ngông Byă Mlô", ["CHỦ TỊCH", "Y Ngông Byă Mlô"]),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC H'Lan Niê", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "H'Lan Niê"]),
    # must not: a "Y" of a body in capitals stays in its line; a one-letter middle word stays in the name
    ("GIÁM ĐỐC SỞ Y TẾ Trần Văn Bình", ["GIÁM ĐỐC SỞ Y TẾ", "Trần Văn Bình"]),
    ("PHÓ CHỦ TỊCH Giàng A Sùng", ["PHÓ CHỦ TỊCH", "Giàng A Sùng"]),
    ("TRƯỞNG BAN Lò Văn Pâng", ["TRƯỞNG BAN", "Lò Văn Pâng"]),
]


@pytest.mark.parametrize("cell,lines", SIGNATURE_CELLS, ids=[r[0] for r in SIGNATURE_CELLS])
def test_a_flattened_signature_cell_parts_before_the_name(cell, lines):
    assert split_cell_lines(cell) == lines


def _md_activities(markdown: str) -> list[tuple]:
    from extractors.document import build_document
    from extractors.fields.activities import extract_activities
    from extractors.formats import read
    from extractors.segment import outline
    doc = build_document(read(markdown.encode(), "chunk.md"))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


ROWS_WITHOUT_HEADER = [
    # must match: a chunk holding a task table's rows only (its header row and rule in the chunk before), a group row
    # among them: code, task, then the first column of agency names leads and the next partners
    ("| 12 | Xây dựng cơ sở dữ liệu đất đai cấp huyện | Sở Tài nguyên và Môi trường | UBND các huyện | Năm 2025 |\n"
     "| III | CÔNG NGHIỆP |  |  |  |\n"
     "| 13 | Hỗ trợ doanh nghiệp tham gia hội chợ | Sở Công Thương | Hiệp hội Doanh nghiệp tỉnh | Hằng năm |\n"
     "| 14 | Khảo sát nhu cầu lao động | Sở Nội vụ | Liên đoàn Lao động tỉnh; Tỉnh Đoàn | Quý II/2025 |\n",
     [("12", "Xây dựng cơ sở dữ liệu đất đai cấp huyện", ["Sở Tài nguyên và Môi trường"],
       ["UBND các huyện"]),
      ("13", "Hỗ trợ doanh nghiệp tham gia hội chợ", ["Sở Công Thương"], ["Hiệp hội Doanh nghiệp tỉnh"]),
      ("14", "Khảo sát nhu cầu lao động", ["Sở Nội vụ"], ["Liên đoàn Lao động tỉnh", "Tỉnh Đoàn"])]),
    # must not: rows of amounts by district, or of works and their dates, name no agency: no tasks
    ("| 1 | Huyện Đồng Xá | 1.200 | 800 |\n| 2 | Huyện Tây Mỹ | 950 | 600 |\n| 3 | Thị xã Cửa Lò Nam | 700 | 500 |\n", []),
    ("| 1 | Nhà văn hóa thôn Nà Pục | Năm 2025 | Hoàn thành |\n| 2 | Cầu treo bản Phìn | Năm 2026 | Đang thi công |\n"
     "| 3 | Đường vào trường mầm non xã Tả Lèng | Năm 2026 | Chuẩn bị đầu tư |\n", []),
]


@pytest.mark.parametrize("markdown,expected", ROWS_WITHOUT_HEADER, ids=["tasks", "amounts", "works"])
def test_a_task_tables_rows_without_their_header(markdown, expected):
    assert _md_activities(markdown) == expected


_TASKS_AFTER = ("**4. Phát triển thương hiệu gạo Đồng Mai**\n\n"
                "Xây dựng nhãn hiệu tập thể cho gạo Đồng Mai. Sở Khoa học và Công nghệ chủ trì, phối hợp với Hội Nông dân "
                "tỉnh thực hiện.\n\n"
                "**5. Xúc tiến tiêu thụ nông sản**\n\n"
                "Tổ chức 02 hội chợ nông sản mỗi năm. Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân các huyện thực "
                "hiện.\n\n"
                "**V. KINH PHÍ THỰC HIỆN**\n\nKinh phí do ngân sách tỉnh bảo đảm.\n")
LEADING_LETTERS = [
    # must match: a chunk that begins among the letters of a task numbered in the chunk before ("d)" then "4.", "5."):
    # the letter that names who leads it is a task of its own
    ("d) Hỗ trợ liên kết sản xuất theo chuỗi giá trị. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Liên minh "
     "Hợp tác xã tỉnh thực hiện.\n\n" + _TASKS_AFTER,
     [("d", "Hỗ trợ liên kết sản xuất theo chuỗi giá trị", ["Sở Nông nghiệp và Môi trường"], ["Liên minh Hợp tác xã tỉnh"]),
      ("4", "Phát triển thương hiệu gạo Đồng Mai", ["Sở Khoa học và Công nghệ"], ["Hội Nông dân tỉnh"]),
      ("5", "Xúc tiến tiêu thụ nông sản", ["Sở Công Thương"], ["Ủy ban nhân dân các huyện"])]),
    # must not: a letter that names no lead is the content of the task before (its deadline, its product)
    ("d) Thời gian hoàn thành: quý IV năm 2025.\n\n" + _TASKS_AFTER,
     [("4", "Phát triển thương hiệu gạo Đồng Mai", ["Sở Khoa học và Công nghệ"], ["Hội Nông dân tỉnh"]),
      ("5", "Xúc tiến tiêu thụ nông sản", ["Sở Công Thương"], ["Ủy ban nhân dân các huyện"])]),
]


@pytest.mark.parametrize("markdown,expected", LEADING_LETTERS, ids=["led", "content"])
def test_a_chunk_that_begins_among_a_tasks_letters(markdown, expected):
    assert _md_activities(markdown) == expected


def _objective_years(markdown: str) -> list[tuple]:
    from extractors.document import build_document
    from extractors.fields.objectives import extract_objectives
    from extractors.formats import read
    from extractors.segment import outline
    doc = build_document(read(markdown.encode(), "chunk.md"))
    return [(o["kind"], o["target_year"]) for o in extract_objectives(doc, outline(doc))]


_TARGETS_UNDER = ("\n\n**1. Mục tiêu chung**\n\nPhát triển nhanh, bền vững; giữ vững ổn định chính trị.\n\n"
                  "**2. Các chỉ tiêu chủ yếu**\n\n- Tốc độ tăng trưởng kinh tế đạt 7,4%.\n\n"
                  "- Tỷ lệ trường học đạt chuẩn quốc gia đạt 68%.\n")
ADOPTED_TARGETS = [
    # must match: a resolution's chunk whose article adopts the targets of one year over "1. Mục tiêu chung", "2. Các
    # chỉ tiêu chủ yếu": that year is theirs
    ("**Điều 1.** Thông qua mục tiêu, chỉ tiêu, nhiệm vụ chủ yếu năm 2019 như sau:" + _TARGETS_UNDER,
     [("general", 2019), ("specific", 2019), ("specific", 2019)]),
    # must not: an article whose year is the one it reviews (no target named before the year), or a span of years
    ("**Điều 1.** Nhất trí với báo cáo tình hình thực hiện kế hoạch năm 2018 như sau:" + _TARGETS_UNDER,
     [("general", None), ("specific", None), ("specific", None)]),
    ("**Điều 1.** Thông qua mục tiêu, chỉ tiêu giai đoạn 2021 - 2025 như sau:" + _TARGETS_UNDER,
     [("general", None), ("specific", None), ("specific", None)]),
]


@pytest.mark.parametrize("markdown,expected", ADOPTED_TARGETS, ids=["one-year", "reviewed-year", "span"])
def test_an_article_that_adopts_one_years_targets(markdown, expected):
    assert _objective_years(markdown) == expected


def _objective_texts(markdown: str) -> list[tuple]:
    from extractors.document import build_document
    from extractors.fields.objectives import extract_objectives
    from extractors.formats import read
    from extractors.segment import outline
    doc = build_document(read(markdown.encode(), "chunk.md"))
    return [(o["text"], [t["value"] for t in o["targets"]]) for o in extract_objectives(doc, outline(doc))]


_TASKS_NEXT = ("\n\n**2. Nhiệm vụ, giải pháp**\n\na) Rà soát quy hoạch thôn, tổ dân phố. Phòng Nội vụ chủ trì, phối hợp với "
               "Ủy ban nhân dân các xã thực hiện.\n")
CHUNK_TARGET_BULLETS = [
    # must match: a chunk opening on the tail of a targets list (its heading in the chunk before): "N% thôn ..." is a
    # share of villages, a target as "N% xã ..." is
    ("- Phấn đấu tỷ lệ hộ dùng nước sạch đạt 88% trở lên.\n\n- 100% thôn, tổ dân phố có tổ an ninh tự quản." + _TASKS_NEXT,
     [("Phấn đấu tỷ lệ hộ dùng nước sạch đạt 88% trở lên.", [88.0]),
      ("100% thôn, tổ dân phố có tổ an ninh tự quản.", [100.0])]),
    # must not: what villages already have is a result
    ("- Phấn đấu tỷ lệ hộ dùng nước sạch đạt 88% trở lên.\n\n- 100% thôn đã có nhà văn hóa." + _TASKS_NEXT, []),
]


@pytest.mark.parametrize("markdown,expected", CHUNK_TARGET_BULLETS, ids=["villages", "result"])
def test_a_chunks_target_bullets_with_no_heading(markdown, expected):
    assert _objective_texts(markdown) == expected


def _statements(text: str) -> list[tuple]:
    from extractors.document import build_document
    from extractors.fields.budget_statements import extract_statements
    from extractors.formats import read
    doc = build_document(read(text.encode(), "chunk.md"))
    return [(s["scope"], s["source"], s["amount_vnd"] // 1000000) for s in extract_statements(doc)]


ALLOCATED_TOTAL = [
    # must match: an article that allocates capital "cho các xã, tổng số vốn N, cụ thể như sau:" (no "với") over one
    # numbered line per place: the sum is the whole allocation, each line its place's part
    ("**Điều 1.** Phân bổ kế hoạch vốn ngân sách tỉnh năm 2024 hỗ trợ xây dựng nhà văn hóa cho các xã, tổng số vốn "
     "2.400 triệu đồng, cụ thể như sau:\n\n1. Xã Tân Mỹ: 900 triệu đồng.\n\n2. Xã Phú Đông: 1.500 triệu đồng.\n",
     [("total", "local", 2400), ("Xã Tân Mỹ", "local", 900), ("Xã Phú Đông", "local", 1500)]),
    # a budget line named before ", tổng số vốn N" is its scope, without the words of the sum
    ("Vốn sự nghiệp giáo dục năm 2024, tổng số vốn 3.100 triệu đồng.\n",
     [("Vốn sự nghiệp giáo dục", "total", 3100)]),
    # must not: what is done before ", tổng kinh phí N" (no act of allocating, no budget line) is no scope: the plan's
    ("Hỗ trợ làm nhà cho 15 hộ nghèo, tổng kinh phí 750 triệu đồng.\n", [("total", "total", 750)]),
]


@pytest.mark.parametrize("text,expected", ALLOCATED_TOTAL, ids=["allocated", "named-line", "done"])
def test_an_allocation_with_its_total_after_a_comma(text, expected):
    assert _statements(text) == expected
