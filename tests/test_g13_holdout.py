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
