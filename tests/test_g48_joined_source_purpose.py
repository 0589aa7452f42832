"""A sum named by the source the codes do not name and by what it is for: "Ngoài ra, lồng ghép vốn các chương trình
mục tiêu quốc gia khoảng 12,5 tỷ đồng để đầu tư các tuyến đường kết nối với dự án": scoped by its purpose (as
before) and of source "other" ("lồng ghép", "vốn vay", "trái phiếu", as a part so named already was); it had been read
as the purpose's whole money (source total). Found by round G48's public-investment page
(tests/invented/build_g48.py). Must-not rows: a source the codes name, no source, two sources named. Names and
numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read


def _statements(funds: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nHUYỆN ĐÔNG SƠN HÀ\n\nSố: 77/KH-UBND\n\nĐông Sơn Hà, ngày 3 tháng 3 năm 2029\n\n"
            "KẾ HOẠCH\n\nPhát triển giao thông nông thôn năm 2029\n\nI. MỤC TIÊU\n\nCứng hóa đường thôn.\n\n"
            f"II. KINH PHÍ\n\n{funds}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nPhòng Tài chính - Kế hoạch hướng dẫn.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_statements(doc)
    for s in found:
        assert s["raw"] in doc.text[s["span"]["start"]: s["span"]["end"]]
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in found]


@pytest.mark.parametrize("funds, expected", [
    # must: a source the codes do not name, then the purpose
    ("Ngoài ra, lồng ghép vốn các chương trình mục tiêu quốc gia khoảng 8,4 tỷ đồng để cứng hóa các tuyến đường "
     "nội đồng.", [("Cứng hóa các tuyến đường nội đồng", "other", 8_400_000_000)]),
    ("Sử dụng vốn tín dụng ưu đãi 25 tỷ đồng để nâng cấp cầu treo Bản Phìn.",
     [("Nâng cấp cầu treo Bản Phìn", "other", 25_000_000_000)]),
    # must not: a source the codes name
    ("Kinh phí từ ngân sách huyện 640 triệu đồng để mua sắm vật tư.", [("Mua sắm vật tư", "local", 640_000_000)]),
    # must not: no source
    ("Bố trí 300 triệu đồng để sửa chữa cầu tràn.", [("Sửa chữa cầu tràn", "total", 300_000_000)]),
    # must not: two sources named
    ("Lồng ghép vốn vay và ngân sách trung ương 30 tỷ đồng để nạo vét kênh tiêu.",
     [("Nạo vét kênh tiêu", "central", 30_000_000_000)]),
])
def test_a_joined_source_and_its_purpose(funds, expected):
    assert _statements(funds) == expected
