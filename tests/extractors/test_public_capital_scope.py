"""The public investment capital a yearly plan or a report states ("Kế hoạch vốn đầu tư công năm 2024 của
huyện là N"): that budget line of the place, scoped by its name, not the document's own money; a document
about that capital (its title names it) keeps it as its total (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read


def _statements(sentence: str, title: str | None) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN SÔNG LAM\n\nSố: 61/KH-UBND\n\nSông Lam, ngày 2 tháng 12 năm 2022\n\n"
            f"KẾ HOẠCH\n\n{title or ''}\n\nI. KẾT QUẢ NĂM 2022\n\n{sentence}\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    out = extract_statements(doc, {"start_year": 2023, "end_year": 2023}, title)
    for s in out:  # provenance: the span holds the amount as written
        assert doc.text[s["span"]["start"]:s["span"]["end"]] == s["raw"]
    return [(s["scope"], s["year"], s["amount_vnd"]) for s in out]


CASES = [
    # must match: a yearly socio-economic plan or a report states the place's public investment capital
    ("Kế hoạch vốn đầu tư công năm 2022 của huyện là 96,4 tỷ đồng.", "Phát triển kinh tế - xã hội năm 2023",
     [("Kế hoạch vốn đầu tư công", 2022, 96_400_000_000)]),
    ("Tổng vốn đầu tư công năm 2022 là 112.500 triệu đồng.", "Kết quả thực hiện nhiệm vụ năm 2022",
     [("Tổng vốn đầu tư công", 2022, 112_500_000_000)]),
    # must not: a document about that capital keeps it as its own total; the plan's funds from that
    # capital are its own money; a chunk with no title reads as before
    ("Kế hoạch vốn đầu tư công năm 2022 của huyện là 96,4 tỷ đồng.", "Kế hoạch đầu tư công năm 2023",
     [("total", 2022, 96_400_000_000)]),
    ("Kế hoạch vốn đầu tư công năm 2022 của huyện là 96,4 tỷ đồng.", "Giao kế hoạch vốn năm 2023",
     [("total", 2022, 96_400_000_000)]),
    ("Kinh phí thực hiện từ nguồn vốn đầu tư công là 12 tỷ đồng.", "Phát triển du lịch năm 2023",
     [("total", 2022, 12_000_000_000)]),
    ("Kế hoạch vốn đầu tư công năm 2022 của huyện là 96,4 tỷ đồng.", None, [("total", 2022, 96_400_000_000)]),
]


@pytest.mark.parametrize("sentence, title, expected", CASES)
def test_public_capital_scope(sentence, title, expected):
    assert _statements(sentence, title) == expected


def _parts(items: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 12/KH-UBND\n\nBắc Sơn, ngày 5 tháng 1 năm 2024\n\nKẾ HOẠCH\n\n"
            f"Đầu tư công năm 2024\n\nI. KẾ HOẠCH VỐN\n\nTổng vốn ngân sách tỉnh năm 2024 là 820 tỷ đồng, trong đó:\n\n"
            f"{items}\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in extract_statements(doc, {"start_year": 2024,
                                                                                       "end_year": 2024})][1:]


PARTS = [
    # must match: a part the sum hands down to a lower level, named by that act, of the sum's source
    ("a) Các dự án chuyển tiếp: 400 tỷ đồng;\n\nb) Phân cấp cho cấp huyện quản lý: 150 tỷ đồng.",
     [("Các dự án chuyển tiếp", "local", 400_000_000_000), ("Phân cấp cho cấp huyện quản lý", "local", 150_000_000_000)]),
    ("a) Phân cấp về các huyện, thị xã: 210 tỷ đồng;\n\nb) Dự phòng: 40 tỷ đồng.",
     [("Phân cấp về các huyện, thị xã", "local", 210_000_000_000), ("Dự phòng", "local", 40_000_000_000)]),
    # must not: a label that names only a level's budget stays that source's money
    ("a) Ngân sách cấp huyện: 150 tỷ đồng;\n\nb) Vốn cấp xã: 60 tỷ đồng.",
     [("total", "local", 150_000_000_000), ("total", "local", 60_000_000_000)]),
]


@pytest.mark.parametrize("items, expected", PARTS)
def test_delegated_part(items, expected):
    assert _parts(items) == expected


WORKS_PARTS = [
    # must match: the work done on works names the part, not the works alone
    ("a) Sửa chữa, nâng cấp công trình thủy lợi nội đồng: 2.150 tỷ đồng;\n\nb) Duy tu công trình giao thông nông thôn: "
     "1.200 tỷ đồng.",
     ["Sửa chữa, nâng cấp công trình thủy lợi nội đồng", "Duy tu công trình giao thông nông thôn"]),
    # must not: works named alone, or after words that only name the money
    ("a) Công trình khởi công mới: 2.150 tỷ đồng;\n\nb) Các công trình chuyển tiếp: 1.200 tỷ đồng.",
     ["Công trình khởi công mới", "Công trình chuyển tiếp"]),
]


@pytest.mark.parametrize("items, expected", WORKS_PARTS)
def test_works_parts(items, expected):
    assert [scope for scope, _, _ in _parts(items)] == expected
