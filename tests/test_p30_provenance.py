"""Provenance mends of the lead's round P30 (`pipeline validate` found them on the invented set):

- a chapter's section "Mục 1." gave its activity the code "I" (the outline numbers it among the chapter's
  Roman-level sections), which is in no text: the activity takes the number as written ("Mục 1." is 1, "MỤC II"
  is II); the outline's paths stay as they were;
- a document number read across a line's wrap ("214/TTr-" / "SCT", the text "214/TTr- SCT") is the number
  "214/TTr-SCT": validate reads a number's span without spaces, as numbers are written without them, and as the
  number reader reads it (a letter OCR read twice, "5812/QĐĐ-BQP", is the number "5812/QĐ-BQP").
"""

from __future__ import annotations

import pytest

from extractors.fields.activities import extract_activities
from extractors.segment import outline
from pipeline.validate import check_record
from tests.test_g8_holdout import CHAPTERS, _doc


@pytest.mark.parametrize("numbers, codes", [
    (("1", "2"), ["1", "2"]),
    (("II", "III"), ["II", "III"]),
])
def test_a_chapter_sections_code_is_its_number_as_written(numbers, codes):
    text = CHAPTERS.format(tasks="NHIỆM VỤ VÀ GIẢI PHÁP")
    text = text.replace("Mục 1. Phát triển điện mặt", f"Mục {numbers[0]}. Phát triển điện mặt")
    text = text.replace("Mục 2. Phát triển điện gió", f"Mục {numbers[1]}. Phát triển điện gió")
    doc = _doc(text)
    found = extract_activities(doc, outline(doc))
    assert [a["code"] for a in found] == codes
    for a in found:  # provenance: each activity's span holds its code and its title
        held = doc.text[a["span"]["start"]:a["span"]["end"]]
        assert a["code"] in held and a["title"] in held




@pytest.mark.parametrize("text, number, problems", [
    ("Căn cứ Tờ trình số 214/TTr- SCT ngày 30 tháng 7 năm 2025.", "214/TTr-SCT", 0),
    ("Căn cứ Tờ trình số 214 /TTr-SCT ngày 30 tháng 7 năm 2025.", "214/TTr-SCT", 0),
    # a letter OCR read twice, which the number reader takes off ("QĐĐ" on a scan)
    ("Thực hiện Quyết định số 5812/QĐĐ-BQP ngày 14/3/2024 của Bộ Quốc phòng;", "5812/QĐ-BQP", 0),
    ("Căn cứ Kế hoạch số 96/KHH-UBND ngày 2/5/2023;", "96/KH-UBND", 0),
    # must not: another number is still found out
    ("Căn cứ Tờ trình số 241/TTr- SCT ngày 30 tháng 7 năm 2025.", "214/TTr-SCT", 1),
    ("Căn cứ Tờ trình số 214/TTr- SCT ngày 30 tháng 7 năm 2025.", "214/TTr-STC", 1),
    ("Thực hiện Quyết định số 15812/QĐĐ-BQP ngày 14/3/2024 của Bộ Quốc phòng;", "5812/QĐ-BQP", 1),
    ("Thực hiện Quyết định số 5812/QĐĐ-BQP ngày 14/3/2024 của Bộ Quốc phòng;", "5812/QĐ-BCA", 1),
])
def test_a_number_wrapped_in_its_span(text, number, problems):
    record = {"legal_bases": [{"number": number, "span": {"start": 0, "end": len(text)}}]}
    assert len(check_record(record, text)) == problems
