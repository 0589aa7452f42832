"""Budget statements on inputs of our own: how a label before an amount reads (a budget
line, a stage, a source, the money in general), prose that a scrape wrapped mid-sentence,
footnotes that hang from a sum, and the spans of what is read. The table-driven cases
are in tests/cases/statements.yaml."""

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import _units, extract_statements, read_label
from extractors.formats import read


def doc_of(text: str, name: str = "plan.md"):
    return build_document(read(text.encode("utf-8"), name))


def got(text: str, name: str = "plan.md", period: dict | None = None) -> list[list]:
    return [[s["scope"], s["source"], s["year"], s["amount_vnd"]] for s in extract_statements(doc_of(text, name), period)]


@pytest.mark.parametrize("clause,subject,stage,plain", [
    ("- Thu nội địa: ", "Thu nội địa", None, False),
    ("Tổng chi ngân sách địa phương năm 2026 được Hội đồng nhân dân tỉnh giao là ", "Tổng chi ngân sách địa phương",
     None, False),
    ("Tổng thu ngân sách tỉnh thực hiện đến ngày 31/10/2026 là ", "Tổng thu ngân sách tỉnh", "thực hiện", False),
    ("b) Chi thường xuyên: Ước thực hiện cả năm là ", "Chi thường xuyên", "ước thực hiện", False),
    ("Ước thực hiện cả năm là ", None, "ước thực hiện", False),
    ("đã giải ngân được ", None, "đã giải ngân", False),
    ("vốn năm 2025 chuyển sang là ", "Vốn năm 2025 chuyển sang", None, False),
    ("giảm thuế giá trị gia tăng theo Nghị quyết số 12/2026/QH15 ngày 01/3/2026 của Quốc hội khoảng ",
     "Giảm thuế giá trị gia tăng", None, False),
    ("- Công trình chuyển tiếp (35,5%): ", "Công trình chuyển tiếp", None, False),
    # a source or the money in general is no budget line of its own
    ("- Ngân sách Trung ương hỗ trợ, vốn sự nghiệp: ", None, None, True),
    ("- Vốn đối ứng địa phương: ", None, None, True),
    ("Tổng kinh phí thực hiện Kế hoạch: ", None, None, True),
    ("Tổng vốn đầu tư phát triển năm 2026: ", None, None, True),
    ("- Vốn doanh nghiệp: ", None, None, True),
    # words that are not a budget line: a purpose, an agency, a count
    ("Kinh phí duy trì hệ thống bảo vệ trẻ em cho 12 xã với kinh phí là ", None, None, False),
    ("Chi tiết theo phụ lục đính kèm, ", None, None, False),
])
def test_what_a_label_names(clause, subject, stage, plain):
    label = read_label(clause)
    assert (label.subject, label.stage, label.plain) == (subject, stage, plain)


def test_lines_a_scrape_wrapped_are_read_as_one_sentence():
    text = ("2.2. Chi ngân sách địa phương\n\nTổng chi ngân sách địa phương\nnăm 2026 được Hội đồng nhân dân tỉnh giao là"
            " 4.100\ntỷ đồng. Trong đó: chi thường xuyên\n3.000 tỷ đồng.\n\n- Tổ chức hội nghị.\n")
    d = doc_of(text)
    units = [u.text for u in _units(d)]
    assert "Tổng chi ngân sách địa phương năm 2026 được Hội đồng nhân dân tỉnh giao là 4.100 tỷ đồng. Trong đó: chi " \
           "thường xuyên 3.000 tỷ đồng." in units
    assert "- Tổ chức hội nghị." in units  # a bullet starts a unit of its own
    assert got(text) == [["Tổng chi ngân sách địa phương", "local", 2026, 4_100_000_000_000],
                         ["Chi thường xuyên", "local", 2026, 3_000_000_000_000]]
    for s in extract_statements(d):  # spans hold the raw text, line breaks and all
        assert d.text[s["span"]["start"]: s["span"]["end"]] == s["raw"]
    assert [s["raw"] for s in extract_statements(d)] == ["4.100\ntỷ đồng", "3.000 tỷ đồng"]


def test_a_numbered_list_does_not_run_into_the_line_before():
    text = "Kinh phí thực hiện như sau\n1. Hội nghị: 120 triệu đồng\n2. Tập huấn: 80 triệu đồng\n"
    assert [u.text for u in _units(doc_of(text, "plan.txt"))] == [
        "Kinh phí thực hiện như sau", "1. Hội nghị: 120 triệu đồng", "2. Tập huấn: 80 triệu đồng"]


@pytest.mark.parametrize("lines,units", [
    # must not join: a lettered item's numbered part starts a line of its own
    (["c. Vốn huyện quản lý phân bổ cho các xã: 12.000 triệu đồng", "c.1. Vốn sự nghiệp: 5.000 triệu đồng"],
     ["c. Vốn huyện quản lý phân bổ cho các xã: 12.000 triệu đồng", "c.1. Vốn sự nghiệp: 5.000 triệu đồng"]),
    (["đ. Kinh phí hỗ trợ các hợp tác xã trên địa bàn huyện", "đ.2) Hỗ trợ đào tạo: 300 triệu đồng"],
     ["đ. Kinh phí hỗ trợ các hợp tác xã trên địa bàn huyện", "đ.2) Hỗ trợ đào tạo: 300 triệu đồng"]),
    # must join: a wrapped line that opens with a lower-case word beginning with the same letter
    (["Kinh phí hỗ trợ các hợp tác xã trên địa bàn huyện nhằm", "bảo đảm sản xuất: 300 triệu đồng"],
     ["Kinh phí hỗ trợ các hợp tác xã trên địa bàn huyện nhằm bảo đảm sản xuất: 300 triệu đồng"]),
])
def test_a_lettered_items_numbered_part_is_not_a_wrap(lines, units):
    assert [u.text for u in _units(doc_of("\n".join(lines) + "\n", "plan.txt"))] == units


def test_a_footnote_hangs_from_the_sum_that_carries_its_marker():
    text = ("+ Tổng chi ngân sách địa phương thực hiện đến hết ngày 30/9/2026 là 5.200 tỷ đồng, bằng 70% dự toán "
            "Hội đồng nhân dân tỉnh giao9.\n"
            "9 Trong đó:\n- Chi thường xuyên: Thực hiện 3.900 tỷ đồng, bằng 75% dự toán.\n")
    assert got(text, "report.txt") == [
        ["Tổng chi ngân sách địa phương (thực hiện)", "local", 2026, 5_200_000_000_000],
        ["Chi thường xuyên (thực hiện)", "local", 2026, 3_900_000_000_000]]


def test_a_figure_a_year_before_keeps_its_line():
    text = "Tổng thu ngân sách nhà nước năm 2026 ước đạt 6.000 tỷ đồng, tăng 8% so với cùng kỳ năm trước (5.555 tỷ đồng).\n"
    assert got(text) == [["Tổng thu ngân sách nhà nước (ước thực hiện)", "total", 2026, 6_000_000_000_000],
                         ["Tổng thu ngân sách nhà nước (cùng kỳ)", "total", 2025, 5_555_000_000_000]]


def test_parentheses_that_exclude_a_source_name_none():
    text = "- Chi đầu tư phát triển: Thực hiện giải ngân 900 tỷ đồng (không bao gồm vốn ngân sách Trung ương).\n"
    assert got(text) == [["Chi đầu tư phát triển (thực hiện)", "total", None, 900_000_000_000]]


def test_a_line_that_ends_on_a_function_word_goes_on_whatever_the_case_below():
    text = ("Kết quả: đã thực hiện 99% (trong đó: Số kiến nghị xử lý khác về\n"
            "Tài chính là 5.000.000.000 đồng, số kiến nghị đã thực hiện là 4.950.000.000 đồng).\n")
    assert [u.text for u in _units(doc_of(text, "report.txt"))][0].endswith("4.950.000.000 đồng).")
    assert got(text, "report.txt") == []  # audit findings are no budget


def test_parts_named_by_their_stage_or_carry_over():
    text = ("+ Dự toán chi thường xuyên năm 2026 là 700 tỷ đồng (gồm kế hoạch năm 2026 là 650 tỷ đồng;"
            " vốn năm 2025 chuyển sang là 50 tỷ đồng).\n")
    assert got(text) == [["Dự toán chi thường xuyên", "total", 2026, 700_000_000_000],
                         ["Chi thường xuyên", "total", 2026, 650_000_000_000],
                         ["Vốn năm 2025 chuyển sang", "total", 2025, 50_000_000_000]]
