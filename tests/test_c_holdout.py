"""Hold-out round C (documents of 2025 - 2026, after the two-level reorganisation, and issuers the
set lacked): the shapes its documents showed, each with rows that must match and rows that must
not (names and numbers of our own, not the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.objectives import extract_objectives
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline

HEAD = ("ỦY BAN NHÂN DÂN\n\nTỈNH LAM SƠN\n\nSố: 12/KH-UBND\n\nLam Sơn, ngày 9 tháng 1 năm 2026\n\nKẾ HOẠCH\n\n"
        "Phát triển du lịch cộng đồng giai đoạn 2026 - 2028\n\n")


def _doc(body: str, name: str = "plan.txt"):
    return build_document(read((HEAD + body).encode(), name))


def _statements(funds: str) -> list[tuple]:
    doc = _doc("I. MỤC TIÊU\n\nPhát triển du lịch cộng đồng.\n\nII. KINH PHÍ\n\n" + funds +
               "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.\n")
    return [(s["scope"], s["source"], s["year"], s["amount_vnd"]) for s in extract_statements(doc)]


SOURCE_LIST_LABEL = [
    # must match: "Nguồn vốn:" opens the list of sources (a paragraph of its own): no budget line of its own
    ("Nguồn vốn: ngân sách trung ương 7.250 triệu đồng; ngân sách tỉnh 3.100 triệu đồng; vốn huy động 640 triệu đồng.",
     [("total", "central", None, 7250000000), ("total", "local", None, 3100000000),
      ("total", "mobilized", None, 640000000)]),
    ("Nguồn vốn: ngân sách tỉnh 1.980 triệu đồng.", [("total", "local", None, 1980000000)]),
    # must not: a label naming a budget line keeps it, colon or not
    ("Chi thường xuyên: 2.150 triệu đồng; chi đầu tư phát triển: 930 triệu đồng.",
     [("Chi thường xuyên", "total", None, 2150000000), ("Chi đầu tư phát triển", "total", None, 930000000)]),
    ("Vốn tỉnh quản lý: 4.400 triệu đồng.", [("Vốn tỉnh quản lý", "total", None, 4400000000)]),
]


@pytest.mark.parametrize("funds,expected", SOURCE_LIST_LABEL, ids=["nguon-von-3", "nguon-von-1", "chi-lines", "von-line"])
def test_a_source_list_label_names_no_budget_line(funds, expected):
    assert _statements(funds) == expected


def _specific(items: str, heading: str = "2. Mục tiêu cụ thể") -> list[tuple]:
    doc = _doc(f"I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nPhát triển du lịch cộng đồng bền vững.\n\n{heading}\n\n{items}\n\n"
               "II. NHIỆM VỤ\n\n1. Tuyên truyền, quảng bá.\n")
    return [(" ".join(o["text"].split()[:3]), o["target_year"]) for o in extract_objectives(doc, outline(doc)) if o["kind"] == "specific"]


DEADLINE_DATE = [
    # must match: a deadline date gives the item its year
    ("- 100% homestay được cấp biển nhận diện trước ngày 31/12/2027;\n\n- 90% hộ làm du lịch được tập huấn.",
     "2. Mục tiêu cụ thể đến năm 2028", [("100% homestay được", 2027), ("90% hộ làm", 2028)]),
    ("- 100% điểm du lịch có nhà vệ sinh đạt chuẩn chậm nhất ngày 30 tháng 6 năm 2027.",
     "2. Mục tiêu cụ thể", [("100% điểm du", 2027)]),
    # must not: a date the item is measured at or counts from is no deadline
    ("- Tỷ lệ hộ có thu nhập từ du lịch đạt 40% (tính đến ngày 31/12/2025 đạt 22%).",
     "2. Mục tiêu cụ thể đến năm 2028", [("Tỷ lệ hộ", 2028)]),
    ("- Lượt khách tăng 15% so với ngày 01/01/2026.", "2. Mục tiêu cụ thể đến năm 2028", [("Lượt khách tăng", 2028)]),
]


@pytest.mark.parametrize("items,heading,expected", DEADLINE_DATE, ids=["truoc-ngay", "cham-nhat", "tinh-den", "so-voi"])
def test_a_deadline_date_dates_its_objective(items, heading, expected):
    assert _specific(items, heading) == expected


def _assignments(tasks: str, duties: str) -> tuple[list, list]:
    doc = _doc("I. MỤC TIÊU\n\nPhát triển hội viên.\n\nII. NHIỆM VỤ\n\n" + tasks + "\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + duties + "\n")
    nodes = outline(doc)
    acts = [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, nodes)]
    return acts, [r["agency"] for r in extract_responsibilities(doc, nodes)]


CELLS = [
    # must match: a mass organisation's cells ("các chi hội", "các chi đoàn") are the units that do a task
    ("1. Phát triển hội viên mới.\n\nCác cơ sở Hội chủ trì, phối hợp với các chi hội thực hiện.\n\n"
     "2. Ra quân tình nguyện hè.\n\nĐoàn Thanh niên xã chủ trì, phối hợp với các chi đoàn thực hiện.",
     "1. Các cơ sở Hội: giao chỉ tiêu phát triển hội viên.\n\n2. Các chi hội: bình xét hội viên hằng năm.",
     ([("1", ["Các cơ sở Hội"], ["các chi hội"]), ("2", ["Đoàn Thanh niên xã"], ["các chi đoàn"])],
      ["Các cơ sở Hội", "Các chi hội"])),
    # must not: "chi" as money ("các chi phí", "các chi hỗ trợ") is no unit
    ("1. Phát triển hội viên mới.\n\nCác cơ sở Hội chủ trì, phối hợp với Văn phòng Hội thực hiện; các chi phí do hội viên đóng góp.",
     "1. Các cơ sở Hội: giao chỉ tiêu phát triển hội viên.\n\n2. Các chi phí hội nghị: do Văn phòng Hội bảo đảm.",
     ([("1", ["Các cơ sở Hội"], ["Văn phòng Hội"])], ["Các cơ sở Hội"])),
]


@pytest.mark.parametrize("tasks,duties,expected", CELLS, ids=["chi-hoi-chi-doan", "chi-phi"])
def test_a_mass_organisations_cells_are_units(tasks, duties, expected):
    assert _assignments(tasks, duties) == expected


def _bases(line: str) -> list[tuple]:
    from extractors.fields.header import extract_header
    from extractors.fields.legal_bases import extract_legal_bases
    doc = _doc(line + "\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\n\nPhát triển du lịch.\n")
    return [(b["number"], b["issuer"], b["title"]) for b in extract_legal_bases(doc, extract_header(doc)["title_end"])]


JOINT_ISSUERS = [
    # must match: three bodies or more issue a joint resolution, their names before what its title says
    ("Căn cứ Nghị quyết liên tịch số 14/2024/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 08 tháng 5 năm 2024 của Ủy ban Thường "
     "vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định về phối hợp giám sát "
     "an toàn thực phẩm;",
     [("14/2024/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
       "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
       "Quy định về phối hợp giám sát an toàn thực phẩm")]),
    ("Căn cứ Nghị quyết liên tịch số 06/2023/NQLT-CP-ĐCTUBTWMTTQVN ngày 20 tháng 3 năm 2023 của Chính phủ, Đoàn Chủ tịch "
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn phối hợp vận động Nhân dân;",
     [("06/2023/NQLT-CP-ĐCTUBTWMTTQVN", "Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
       "Hướng dẫn phối hợp vận động Nhân dân")]),
    # must not: the sentence's main clause after the issuer (a body that acts "như sau") is no part of it
    ("Thực hiện Kế hoạch số 41/KH-UBND ngày 3 tháng 2 năm 2026 của Ủy ban nhân dân tỉnh Lam Sơn, Đoàn Chủ tịch Hội Nông "
     "dân tỉnh ban hành Kế hoạch như sau:",
     [("41/KH-UBND", "Ủy ban nhân dân tỉnh Lam Sơn", None)]),
    ("Thực hiện Kế hoạch số 42/KH-UBND ngày 3 tháng 2 năm 2026 của Ủy ban nhân dân tỉnh Lam Sơn, Ban Chỉ đạo tỉnh, Ủy ban "
     "nhân dân xã Khe Lâm ban hành Kế hoạch như sau:",
     [("42/KH-UBND", "Ủy ban nhân dân tỉnh Lam Sơn", None)]),
]


CONGRESS_TERM = [
    # must match: a congress's term after a comma is part of its name, not the title
    ("Căn cứ Nghị quyết số 01-NQ/ĐH ngày 28 tháng 9 năm 2025 của Đại hội đại biểu Đảng bộ xã Khe Lâm lần thứ I, nhiệm kỳ "
     "2025 - 2030;",
     [("01-NQ/ĐH", "Đại hội đại biểu Đảng bộ xã Khe Lâm lần thứ I, nhiệm kỳ 2025 - 2030", None)]),
    ("Căn cứ Nghị quyết số 02-NQ/ĐH ngày 20 tháng 9 năm 2025 của Đại hội đại biểu Đảng bộ phường Nam Lâm lần thứ I, nhiệm "
     "kỳ 2025 - 2030 về phát triển du lịch;",
     [("02-NQ/ĐH", "Đại hội đại biểu Đảng bộ phường Nam Lâm lần thứ I, nhiệm kỳ 2025 - 2030", "Phát triển du lịch")]),
    # must not: a term inside the title after the issuer's comma stays in the title
    ("Căn cứ Nghị quyết số 03-NQ/ĐU ngày 2 tháng 10 năm 2025 của Đảng ủy xã Khe Lâm, về phát triển kinh tế nhiệm kỳ "
     "2025 - 2030;",
     [("03-NQ/ĐU", "Đảng ủy xã Khe Lâm", "Phát triển kinh tế nhiệm kỳ 2025 - 2030")]),
]


@pytest.mark.parametrize("line,expected", CONGRESS_TERM, ids=["term-end", "term-then-title", "term-in-title"])
def test_a_congress_term_is_part_of_its_name(line, expected):
    assert _bases(line) == expected


@pytest.mark.parametrize("line,expected", JOINT_ISSUERS, ids=["three-bodies", "two-long-bodies", "main-clause", "main-clause-list"])
def test_a_joint_resolutions_issuers_are_one_list(line, expected):
    assert _bases(line) == expected


SPECIAL_ZONE = [
    # must match: a special zone's budget (đặc khu, a commune-level unit since 2025) is local money
    ("Tổng kinh phí 2.000 triệu đồng, trong đó: ngân sách đặc khu 1.400 triệu đồng; xã hội hóa 600 triệu đồng.",
     [("total", "total", None, 2000000000), ("total", "local", None, 1400000000), ("total", "mobilized", None, 600000000)]),
    ("Kinh phí được bố trí từ ngân sách đặc khu, dự kiến 760 triệu đồng.", [("total", "local", None, 760000000)]),
    # must not: the zones a sum goes to are not where it comes from
    ("Ngân sách trung ương hỗ trợ các đặc khu 800 triệu đồng.", [("total", "central", None, 800000000)]),
]


@pytest.mark.parametrize("funds,expected", SPECIAL_ZONE, ids=["parts", "from", "to-the-zones"])
def test_a_special_zones_budget_is_local(funds, expected):
    assert _statements(funds) == expected
