"""A year's takings before the plan, told under a heading that names no money ("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM
2027 / Thu ngân sách nhà nước trên địa bàn năm 2027 ước thực hiện N"), are the plan's matter when the document is about
the public finances themselves (its title: "Tài chính - ngân sách nhà nước 03 năm", "Dự toán ngân sách", "thu, chi
ngân sách") or about a place's whole economy ("Phát triển kinh tế - xã hội năm 2028", which weighs the year before as a
report does), and only its situation in a plan about anything else (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

BODY = ("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2027\n\n"
        "1. Thu ngân sách nhà nước trên địa bàn năm 2027 ước thực hiện 8.640 tỷ đồng, bằng 104,5% dự toán.\n\n"
        "2. Tình hình kinh tế tiếp tục phục hồi.\n\n"
        "II. NHIỆM VỤ NĂM 2028\n\n"
        "Dự toán chi ngân sách địa phương năm 2028 là 12.310 tỷ đồng.\n")
PAST = ["Thu ngân sách nhà nước trên địa bàn (ước thực hiện)", "total", 2027, 8_640_000_000_000]
PLAN = ["Dự toán chi ngân sách địa phương", "local", 2028, 12_310_000_000_000]


def _rows(title: str) -> list[list]:
    doc = build_document(read(BODY.encode(), "plan.txt"))
    found = extract_statements(doc, {"start_year": 2028, "end_year": 2030}, title)
    for s in found:  # the span holds the amount as written
        assert doc.text[s["span"]["start"]: s["span"]["end"]] == s["raw"]
    return [[s["scope"], s["source"], s["year"], s["amount_vnd"]] for s in found]


@pytest.mark.parametrize("title", [
    # must match: documents about the finances keep the past year's takings
    "Tài chính - ngân sách nhà nước 03 năm 2028 - 2030 tỉnh Yên Bái",
    "Dự toán ngân sách địa phương năm 2028",
    "Thu, chi ngân sách nhà nước giai đoạn 2028 - 2030",
    "Phát triển kinh tế - xã hội năm 2028 của huyện Tân Lạc",
])
def test_a_fiscal_plan_keeps_past_takings(title):
    assert _rows(title) == [PAST, PLAN]


@pytest.mark.parametrize("title", [
    # must not: a plan about something else tells them as its situation
    "Xây dựng nông thôn mới giai đoạn 2028 - 2030",
    "Đầu tư công trung hạn giai đoạn 2028 - 2030",
    "Phát triển kinh tế tập thể năm 2028",
])
def test_another_plan_drops_past_takings(title):
    assert _rows(title) == [PLAN]
