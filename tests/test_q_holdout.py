"""Hold-out round Q: the shapes its documents and the leftover misses showed, each with rows that
must match and rows that must not (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline


def _specific(text: str, name: str = "plan.md") -> list[tuple]:
    doc = build_document(read(text.encode(), name))
    return [(o["text"], o["target_year"], [t["value"] for t in o["targets"]])
            for o in extract_objectives(doc, outline(doc)) if o["kind"] == "specific"]


def _plan(title: str, table: str) -> str:
    return (f"ỦY BAN NHÂN DÂN\n\nHUYỆN ĐỨC PHONG\n\nSố: 71/KH-UBND\n\nĐức Phong, ngày 9 tháng 1 năm 2026\n\nKẾ HOẠCH\n\n{title}\n\n"
            "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao chất lượng dịch vụ công.\n\n2. Mục tiêu cụ thể\n\n"
            f"{table}\n\nII. NHIỆM VỤ\n\n1. Tuyên truyền.\n")


YEAR_COLUMNS = [
    # must match: a year before the plan's period is where it starts from
    ("Chuyển đổi số giai đoạn 2026 - 2030",
     "| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 42 | 85 |",
     [("Tỷ lệ hồ sơ trực tuyến toàn trình", 2030, [85.0])]),
    ("Phát triển y tế cơ sở năm 2027",
     "| TT | Chỉ tiêu | ĐVT | 2026 | 2027 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ trạm y tế có bác sĩ | % | 71 | 80 |",
     [("Tỷ lệ trạm y tế có bác sĩ", 2027, [80.0])]),
    ("Giảm nghèo bền vững giai đoạn 2026-2030",
     "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch 2026 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ hộ nghèo | % | 6,2 | 5 |",
     [("Tỷ lệ hộ nghèo", 2026, [5.0])]),
    # must not: the period's own years (its first too) are levels; with no period both stay
    ("Chuyển đổi số giai đoạn 2025 - 2030",
     "| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 42 | 85 |",
     [("Tỷ lệ hồ sơ trực tuyến toàn trình", 2030, [42.0, 85.0])]),
    ("Chuyển đổi số trên địa bàn huyện",
     "| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 42 | 85 |",
     [("Tỷ lệ hồ sơ trực tuyến toàn trình", 2030, [42.0, 85.0])]),
    ("Phát triển y tế cơ sở năm 2027",
     "| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ trạm y tế có bác sĩ | % | 80 | 90 |",
     [("Tỷ lệ trạm y tế có bác sĩ", 2028, [80.0, 90.0])]),
]


@pytest.mark.parametrize("title,table,expected", YEAR_COLUMNS, ids=[f"{t[0][:30]} {t[1][30:60]}" for t in YEAR_COLUMNS])
def test_a_year_before_the_plans_period_is_a_starting_level(title, table, expected):
    assert _specific(_plan(title, table)) == expected


def test_the_period_given_wins():
    text = _plan("Chuyển đổi số trên địa bàn huyện",
                 "| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến | % | 42 | 85 |")
    doc = build_document(read(text.encode(), "plan.md"))
    found = extract_objectives(doc, outline(doc), period={"start_year": 2026, "end_year": 2030})
    assert [[t["value"] for t in o["targets"]] for o in found if o["kind"] == "specific"] == [[85.0]]


# a numbered task's heading from a page reader and the block after it: (why, blocks as (text, location), first title)
from extractors.fields.activities import extract_activities  # noqa: E402
from extractors.formats.base import RawBlock, RawDocument  # noqa: E402

PAGE_TITLES = [
    ("must not join: a capitalised sentence of its own under a full-width heading",
     [("3. Nâng cấp hệ thống tưới tiêu cho vùng sản xuất rau an toàn tập trung ven đô", {"page": 2}),
      ("Đầu tư kiên cố hóa 4,5 km kênh mương nội đồng tại các xã có diện tích rau lớn.", {"page": 2})],
     "Nâng cấp hệ thống tưới tiêu cho vùng sản xuất rau an toàn tập trung ven đô"),
    ("must not join: a sentence with its roles under the heading",
     [("2. Phát triển vùng nguyên liệu dược liệu dưới tán rừng gắn với tiêu thụ sản phẩm", {"page": 4}),
      ("Hỗ trợ các hộ trồng sâm và quế theo tiêu chuẩn GACP trên diện tích 120 ha trong hai năm đầu.",
       {"page": 4})],
     "Phát triển vùng nguyên liệu dược liệu dưới tán rừng gắn với tiêu thụ sản phẩm"),
    ("must join: the heading cut before a connector's object, a sentence's end after it",
     [("1. Tăng cường phối hợp giữa các cơ quan chuyên môn trong việc triển khai Nghị quyết của", {"page": 1}),
      ("Hội đồng nhân dân tỉnh về phát triển kinh tế tập thể trong giai đoạn mới.", {"page": 1})],
     "Tăng cường phối hợp giữa các cơ quan chuyên môn trong việc triển khai Nghị quyết của "
     "Hội đồng nhân dân tỉnh về phát triển kinh tế tập thể trong giai đoạn mới"),
    ("must join: a name's end with no sentence end",
     [("1. Hỗ trợ đào tạo nghề cho lao động nông thôn tại các xã vùng đồng bào dân tộc huyện", {"page": 3}),
      ("Bắc Trà Mi", {"page": 3})],
     "Hỗ trợ đào tạo nghề cho lao động nông thôn tại các xã vùng đồng bào dân tộc huyện Bắc Trà Mi"),
]


@pytest.mark.parametrize("why, blocks, want", PAGE_TITLES, ids=[p[0] for p in PAGE_TITLES])
def test_a_page_heading_is_not_continued_by_a_sentence_of_its_own(why, blocks, want):
    head = [RawBlock("paragraph", "KẾ HOẠCH", {"page": 1}), RawBlock("paragraph", "II. NHIỆM VỤ", {"page": 1})]
    d = build_document(RawDocument(head + [RawBlock("paragraph", t, loc) for t, loc in blocks]))
    titles = [a["title"] for a in extract_activities(d, outline(d))]
    assert titles and titles[0] == want, why


BRACKETS = [
    # must match: a bracketed year before the plan's period is the starting level
    ("Chuyển đổi số năm 2025", "- Tỷ lệ hồ sơ được số hóa kết quả đạt 85% (năm 2024: 62%).", [85.0]),
    ("Giảm nghèo bền vững giai đoạn 2026 - 2030", "- Tỷ lệ hộ có việc làm ổn định đạt 90% (năm 2025 là 76%).", [90.0]),
    # must not: the period's own year in brackets is a level it sets; with no period the bracket stays
    ("Giảm nghèo bền vững giai đoạn 2026 - 2030", "- Tỷ lệ hộ có việc làm ổn định đạt 90% (năm 2026: 80%).", [90.0, 80.0]),
    ("Chuyển đổi số trên địa bàn huyện", "- Tỷ lệ hồ sơ được số hóa kết quả đạt 85% (năm 2024: 62%).", [85.0, 62.0]),
]


@pytest.mark.parametrize("title,item,values", BRACKETS, ids=[f"{b[0][:25]} {b[1][-22:]}" for b in BRACKETS])
def test_a_bracketed_year_before_the_plans_period_is_a_starting_level(title, item, values):
    found = _specific(_plan(title, item), "plan.txt")
    assert [v for _, _, vs in found for v in vs] == values


LETTERED = [
    # must match: letters that name their roles in brackets with labels are the tasks
    ("II. NHIỆM VỤ\n\n1. Phát triển thể thao quần chúng\n\n"
     "a) Tổ chức giải chạy việt dã hằng năm (Chủ trì: Trung tâm Văn hóa - Thể thao xã; phối hợp: Đoàn Thanh niên xã).\n\n"
     "b) Xây dựng sân bóng chuyền tại các thôn (Chủ trì: Ban Quản lý dự án xã; phối hợp: các thôn).\n\n"
     "2. Tuyên truyền\n\nPhổ biến lợi ích của rèn luyện thân thể trên loa truyền thanh.\n",
     [("1.a", "Tổ chức giải chạy việt dã hằng năm", ["Trung tâm Văn hóa - Thể thao xã"]),
      ("1.b", "Xây dựng sân bóng chuyền tại các thôn", ["Ban Quản lý dự án xã"]),
      ("2", "Tuyên truyền", [])]),
    # must not: letters of one sentence each, with no roles, are the item's content
    ("II. NHIỆM VỤ\n\n1. Phát triển thể thao quần chúng (Chủ trì: Trung tâm Văn hóa - Thể thao xã)\n\n"
     "a) Tổ chức giải chạy việt dã hằng năm.\n\nb) Xây dựng sân bóng chuyền tại các thôn.\n",
     [("1", "Phát triển thể thao quần chúng", ["Trung tâm Văn hóa - Thể thao xã"])]),
]


@pytest.mark.parametrize("text,want", LETTERED, ids=["labelled roles in brackets", "letters as content"])
def test_letters_with_labelled_roles_in_brackets_are_tasks(text, want):
    doc = build_document(read(("KẾ HOẠCH\n\nPhát triển thể thao năm 2026\n\n" + text).encode(), "plan.md"))
    got = [(a["code"], a["title"], a["lead_agencies"]) for a in extract_activities(doc, outline(doc))]
    assert got == want
