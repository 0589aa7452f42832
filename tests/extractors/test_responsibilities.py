"""Responsibilities on short documents of our own: the agency that opens an item,
whatever the section's heading, Articles, directives; spans hold the item."""

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline
from tests.conftest import CASES

CASES_ = yaml.safe_load((CASES / "responsibilities.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES_, ids=[c["name"] for c in CASES_])
def test_responsibility_cases(case):
    d = build_document(read(case["text"].encode("utf-8"), "doc.txt"))
    found = extract_responsibilities(d, outline(d))
    assert [r["agency"] for r in found] == case["agencies"]
    for r in found:  # the span is the line that names the agency
        line = d.text[r["span"]["start"]: r["span"]["end"]]
        assert "\n" not in line and line.strip()
        assert r["agency"].split()[-1] in line


def test_duties_follow_the_agency():
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Vụ Tổ chức cán bộ nghiên cứu, đề xuất sửa đổi quy chế.\n"
            "2. Sở Tài chính\n- Bố trí kinh phí.\n- Hướng dẫn thanh quyết toán.\n")
    d = build_document(read(text.encode("utf-8"), "doc.txt"))
    got = [(r["agency"], r["duties"]) for r in extract_responsibilities(d, outline(d))]
    assert got == [("Vụ Tổ chức cán bộ", ["nghiên cứu, đề xuất sửa đổi quy chế."]),
                   ("Sở Tài chính", ["Bố trí kinh phí.", "Hướng dẫn thanh quyết toán."])]


@pytest.mark.parametrize("closing,duties", [
    # must stop: the sentence that sums the plan up ends the last agency's duties
    ("Trên đây là Kế hoạch tổ chức Ngày hội văn hóa các dân tộc năm 2028 của UBND huyện.", ["Bảo đảm an ninh."]),
    ("TRÊN ĐÂY LÀ KẾ HOẠCH CỦA ỦY BAN NHÂN DÂN XÃ.", ["Bảo đảm an ninh."]),
    # must not stop: a duty that only mentions "trên đây"
    ("- Thực hiện các nội dung trên đây theo đúng tiến độ.", ["Bảo đảm an ninh.", "Thực hiện các nội dung trên đây theo đúng tiến độ."]),
])
def test_a_closing_sentence_is_no_duty(closing, duties):
    text = "IV. TỔ CHỨC THỰC HIỆN\n1. Công an huyện\n- Bảo đảm an ninh.\n" + closing + "\n"
    d = build_document(read(text.encode("utf-8"), "doc.txt"))
    got = [(r["agency"], r["duties"]) for r in extract_responsibilities(d, outline(d))]
    assert got == [("Công an huyện", duties)]
