"""Hold-out round G13 (a commune's plan after the 2025 reform, plans of 2009-2013, a plan amending an earlier one, a
Sở Nông nghiệp và Môi trường's portal plan, a Sở Khoa học và Công nghệ's PDF plan, a merged province's plan with
"Đề nghị ..." duties, a Sở Tài nguyên và Môi trường's plan of 2013): the shapes its invented documents
(tests/invented/raw/g13_*) showed, each with rows that must match and rows that must not (other names, places and
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


# Each task's money in a sentence of its own, opened by the task's label: "Nhiệm vụ 1: 450 triệu đồng, trong đó ngân
# sách tỉnh hỗ trợ 300 triệu đồng, ngân sách xã 150 triệu đồng." The sum and its parts are the task's (scope: its
# code, as the task is numbered), not the plan's. Not a label with no number ("Nhiệm vụ trọng tâm: ..."), nor a
# sentence that only names the tasks ("Kinh phí thực hiện các nhiệm vụ là ...").
@pytest.mark.parametrize("body, expected", [
    ("Nhiệm vụ 1: 270 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 200 triệu đồng, ngân sách xã 70 triệu đồng.\n\n"
     "Nhiệm vụ 2: 95 triệu đồng từ ngân sách xã.",
     [("1", "total", 270_000_000), ("1", "local", 200_000_000), ("1", "local", 70_000_000),
      ("2", "local", 95_000_000)]),
    ("Nội dung 1: 1.250 triệu đồng, gồm ngân sách trung ương 1.000 triệu đồng và ngân sách tỉnh 250 triệu đồng.\n\n"
     "Nội dung 2: 3,4 tỷ đồng, gồm ngân sách trung ương 2 tỷ đồng và ngân sách tỉnh 1,4 tỷ đồng.",
     [("1", "total", 1_250_000_000), ("1", "central", 1_000_000_000), ("1", "local", 250_000_000),
      ("2", "total", 3_400_000_000), ("2", "central", 2_000_000_000), ("2", "local", 1_400_000_000)]),
    ("- Giải pháp 3: 60 triệu đồng (nguồn xã hội hóa).\n- Hoạt động 2.1: 45 triệu đồng.",
     [("3", "mobilized", 60_000_000), ("2.1", "total", 45_000_000)]),
    # must not: no task number, or the plan's own sum
    ("Nhiệm vụ trọng tâm: 500 triệu đồng từ ngân sách huyện.", [("total", "local", 500_000_000)]),
    ("Kinh phí thực hiện các nhiệm vụ là 730 triệu đồng, trong đó ngân sách huyện 500 triệu đồng.",
     [("total", "total", 730_000_000), ("total", "local", 500_000_000)]),
    ("Dự án 2: 8 tỷ đồng từ ngân sách trung ương.", [("Dự án 2", "central", 8_000_000_000)]),
])
def test_a_tasks_money_in_a_sentence_of_its_own(body, expected):
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


# A plan whose only section after its objectives is named for the solutions ("II. GIẢI PHÁP", "II. CÁC GIẢI PHÁP CHỦ
# YẾU") and whose items are labelled one by one ("Giải pháp 1. ... Sở X chủ trì, phối hợp với Y thực hiện."): the
# solutions are its tasks. Not a solutions section after a section of tasks (its items stay how, not what), nor one
# whose items are not labelled (general measures, "1. Nâng cao nhận thức ...").
@pytest.mark.parametrize("body, expected", [
    ("II. GIẢI PHÁP\n\nGiải pháp 1. Kiểm tra chất lượng nước sinh hoạt. Trung tâm Kiểm soát bệnh tật chủ trì, phối hợp "
     "với Sở Xây dựng thực hiện.\n\nGiải pháp 2. Cải tạo hệ thống cấp nước. Công ty Cấp nước Hòa Sơn chủ trì thực hiện.",
     [("1", "Kiểm tra chất lượng nước sinh hoạt", ["Trung tâm Kiểm soát bệnh tật"], ["Sở Xây dựng"]),
      ("2", "Cải tạo hệ thống cấp nước", ["Công ty Cấp nước Hòa Sơn"], [])]),
    ("**II. CÁC GIẢI PHÁP CHỦ YẾU**\n\nGiải pháp 1: Đào tạo nghề cho lao động nông thôn. Phòng Nội vụ chủ trì, phối hợp "
     "với Trung tâm Giáo dục nghề nghiệp huyện thực hiện.",
     [("1", "Đào tạo nghề cho lao động nông thôn", ["Phòng Nội vụ"], ["Trung tâm Giáo dục nghề nghiệp huyện"])]),
    # must not: solutions after a section of tasks stay no tasks
    ("II. NHIỆM VỤ\n\n1. Rà soát hộ nghèo. Phòng Nội vụ chủ trì thực hiện.\n\nIII. GIẢI PHÁP\n\nGiải pháp 1. Tăng cường "
     "tuyên truyền. Phòng Văn hóa và Thông tin chủ trì thực hiện.",
     [("1", "Rà soát hộ nghèo", ["Phòng Nội vụ"], [])]),
    # must not: a solutions section whose items are not labelled one by one
    ("II. GIẢI PHÁP\n\n1. Nâng cao nhận thức của người dân về bảo vệ môi trường.\n\n2. Tăng cường kiểm tra, giám sát.",
     []),
])
def test_labelled_solutions_are_the_tasks(body, expected):
    assert _activities(body) == expected
