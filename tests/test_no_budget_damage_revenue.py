"""Money in prose that is no budget of the plan: the damage a disaster or a fire did ("thiệt hại",
"tổn thất", told in a preamble or a report of results), and the takings of a trade ("tổng thu từ
khách du lịch", a target of an economy, not public money) -- beside the plan's own funds, which stay
statements (extractors.fields.budget_statements.NOT_BUDGET). Sentences of our own (round X's
documents showed both)."""

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read


def _amounts(body: str) -> list[int]:
    doc = build_document(read(body.encode(), "plan.txt"))
    return [s["amount_vnd"] for s in extract_statements(doc, {"start_year": 2027, "end_year": 2027})]


@pytest.mark.parametrize("sentence, amounts", [
    # must not: damage and losses
    ("Năm 2026, trên địa bàn tỉnh xảy ra 42 vụ cháy, làm 3 người chết, thiệt hại về tài sản ước tính 9,4 tỷ đồng.", []),
    ("Bão số 3 gây tổn thất khoảng 126 tỷ đồng cho sản xuất nông nghiệp.", []),
    # must not: the takings of tourism, a target of the economy
    ("Phấn đấu đến năm 2027 tổng thu từ khách du lịch đạt 3.150 tỷ đồng.", []),
    # must match: the plan's own funds, in the same text
    ("Tổng kinh phí thực hiện Kế hoạch là 1.850 triệu đồng từ ngân sách tỉnh; khắc phục thiệt hại do thiên tai "
     "không thuộc Kế hoạch này.", [1_850_000_000]),
    ("Kinh phí hỗ trợ phát triển du lịch cộng đồng năm 2027 là 2.400 triệu đồng từ ngân sách tỉnh.", [2_400_000_000]),
])
def test_damage_and_takings_are_no_budget(sentence, amounts):
    assert _amounts("III. KINH PHÍ THỰC HIỆN\n" + sentence + "\n") == amounts
