"""Hold-out round G11 (a city's plan with ranged targets and money in words, a Sở's Markdown plan with targets under
year headings and a tasks table with a money column, an economic-zone board's laid-out text plan, a province's plan
citing its basis in the body, a ward's estimate): the shapes its invented documents (tests/invented/raw/g11_*)
showed, each with rows that must match and rows that must not (other names, places and numbers than the
documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats import read


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


def _bases(line: str) -> list[tuple]:
    from extractors.fields.header import extract_header
    from extractors.fields.legal_bases import extract_legal_bases
    doc = _doc("KẾ HOẠCH\nCông tác năm 2024\n" + line + "\nI. MỤC TIÊU\nĐạt 100% kế hoạch.\n")
    return [(b["doc_type"], b["number"], b["issued_date"], b["issuer"], b["title"])
            for b in extract_legal_bases(doc, extract_header(doc)["title_end"])]


# A basis amended by another document ("Nghị định số A ngày ... của Chính phủ quy định ..., đã được sửa đổi, bổ sung
# tại Nghị định số B ngày ... của Chính phủ", "được sửa đổi, bổ sung theo ...", "... bởi ..."): the amending document
# is a basis of its own, and the amended one's title ends before ", đã được sửa đổi"; a law named at the end of the
# first title does not take the second's number. A document whose title amends another ("Nghị định số A ... sửa đổi,
# bổ sung một số điều của Nghị định số B") stays one basis.
@pytest.mark.parametrize("line, expected", [
    ("Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện "
     "pháp tổ chức thi hành Luật Tố cáo, đã được sửa đổi, bổ sung tại Nghị định số 12/2023/NĐ-CP ngày 05 tháng 4 năm "
     "2023 của Chính phủ;",
     [("Nghị định", "31/2019/NĐ-CP", "2019-04-10", "Chính phủ",
       "Quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo"),
      ("Nghị định", "12/2023/NĐ-CP", "2023-04-05", "Chính phủ", None)]),
    ("Căn cứ Nghị định số 64/2018/NĐ-CP ngày 07 tháng 5 năm 2018 của Chính phủ quy định về thi hành Luật Đê điều, "
     "được sửa đổi, bổ sung bởi Nghị định số 05/2024/NĐ-CP ngày 19 tháng 01 năm 2024 của Chính phủ;",
     [("Nghị định", "64/2018/NĐ-CP", "2018-05-07", "Chính phủ", "Quy định về thi hành Luật Đê điều"),
      ("Nghị định", "05/2024/NĐ-CP", "2024-01-19", "Chính phủ", None)]),
    ("Căn cứ Thông tư số 15/2020/TT-BTC ngày 12/3/2020 của Bộ Tài chính hướng dẫn quản lý kinh phí khuyến công, được "
     "sửa đổi, bổ sung theo Thông tư số 40/2022/TT-BTC ngày 30/6/2022 của Bộ Tài chính;",
     [("Thông tư", "15/2020/TT-BTC", "2020-03-12", "Bộ Tài chính", "Hướng dẫn quản lý kinh phí khuyến công"),
      ("Thông tư", "40/2022/TT-BTC", "2022-06-30", "Bộ Tài chính", None)]),
    # must not: a title that amends another document keeps it in its title
    ("Căn cứ Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
     "20/2021/NĐ-CP ngày 15/3/2021 quy định chính sách trợ giúp xã hội;",
     [("Nghị định", "76/2024/NĐ-CP", "2024-07-01", "Chính phủ",
       "Sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 quy định chính sách trợ giúp xã hội")]),
    # must not: a law amended in a year, no document named
    ("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019, được sửa đổi, bổ sung năm 2023;",
     [("Luật", "45/2019/QH14", "2019-11-20", None, "Bộ luật Lao động")]),
    # must not: a law with its own number
    ("Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19 tháng 6 năm 2013;",
     [("Luật", "33/2013/QH13", "2013-06-19", None, "Phòng, chống thiên tai")]),
])
def test_a_document_amending_a_basis_is_a_basis(line, expected):
    assert _bases(line) == expected


# A basis cited by its type and date with no number ("Căn cứ Nghị định ngày 28 tháng 5 năm 2022 của Chính phủ quy định
# về ...", "; Quyết định ngày 15/3/2024 của Chủ tịch UBND tỉnh về ..."): a basis with its date, issuer and title, its
# number null. A lower-case type word in a sentence, or a type with "số", is not this.
@pytest.mark.parametrize("line, expected", [
    ("Căn cứ Nghị định ngày 14 tháng 9 năm 2021 của Chính phủ quy định về quản lý cụm công nghiệp;",
     [("Nghị định", None, "2021-09-14", "Chính phủ", "Quy định về quản lý cụm công nghiệp")]),
    ("Căn cứ Thông tư ngày 15/02/2019 của Bộ Tài chính hướng dẫn quản lý kinh phí sự nghiệp;",
     [("Thông tư", None, "2019-02-15", "Bộ Tài chính", "Hướng dẫn quản lý kinh phí sự nghiệp")]),
    ("Thực hiện Chỉ thị số 05/CT-UBND ngày 12/02/2024 của UBND tỉnh; Quyết định ngày 15 tháng 3 năm 2024 của Chủ "
     "tịch UBND tỉnh về kiện toàn Ban Chỉ đạo;",
     [("Chỉ thị", "05/CT-UBND", "2024-02-12", "Ủy ban nhân dân tỉnh", None),
      ("Quyết định", None, "2024-03-15", "Chủ tịch Ủy ban nhân dân tỉnh", "Kiện toàn Ban Chỉ đạo")]),
    # must not: a plan mentioned in a sentence, its type in lower case
    ("Căn cứ tình hình thực tế, Ủy ban nhân dân huyện đã có kế hoạch ngày 12/01/2024 về tổ chức Tết;", []),
    # must not: a type with its number
    ("Căn cứ Quyết định số 1125/QĐ-UBND ngày 03/3/2023 của Ủy ban nhân dân tỉnh Bắc Lâm về giao chỉ tiêu;",
     [("Quyết định", "1125/QĐ-UBND", "2023-03-03", "Ủy ban nhân dân tỉnh Bắc Lâm", "Giao chỉ tiêu")]),
])
def test_a_basis_cited_without_its_number(line, expected):
    assert _bases(line) == expected


# A type in sentence case and its title on one line after the place and date, the title's first word capitalized
# ("Kế hoạch Chuyển đổi số trên địa bàn thị xã ...", as a word-segmented corpus writes its header): the title. A line
# whose next word is a name in capitals ("Kế hoạch UBND tỉnh giao ...") or that cites a number is not one.
@pytest.mark.parametrize("line, title", [
    ("Kế hoạch Phát triển du lịch cộng đồng huyện Lạc Sơn năm 2025", "Phát triển du lịch cộng đồng huyện Lạc Sơn năm 2025"),
    ("Chương trình Hành động thực hiện Nghị quyết của Huyện ủy giai đoạn 2025 - 2030",
     "Hành động thực hiện Nghị quyết của Huyện ủy giai đoạn 2025 - 2030"),
    ("Kế hoạch tổ chức Hội khỏe Phù Đổng huyện Lạc Sơn năm 2025", "Tổ chức Hội khỏe Phù Đổng huyện Lạc Sơn năm 2025"),
    # must not: a name in capitals after the type, a number cited
    ("Kế hoạch UBND tỉnh giao cho huyện Lạc Sơn năm 2025", None),
    ("Kế hoạch Số 45/KH-UBND ngày 02/4/2025 của huyện", None),
])
def test_a_title_on_its_type_line_in_sentence_case(line, title):
    from extractors.fields.header import extract_header
    doc = _doc("Ủy ban nhân dân huyện Lạc Sơn\nSố: 45/KH-UBND\nLạc Sơn, ngày 02 tháng 4 năm 2025\n" + line +
               "\nCăn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\nI. MỤC TIÊU\nĐón 100.000 lượt khách.\n")
    assert extract_header(doc)["title"] == title


# Parts of a sum each named by its source AFTER the amount ("trong đó 2.000 triệu đồng ngân sách tỉnh, 500 triệu đồng
# ngân sách huyện", "N từ ngân sách tỉnh, M từ nguồn xã hội hóa", "(A ngân sách tỉnh, B ngân sách huyện)"): each
# amount takes the source after it, and those words are not the next amount's label (the next took the previous
# one's source). A source named BEFORE each amount ("ngân sách tỉnh A, xã hội hóa B") stays as it was.
@pytest.mark.parametrize("parts, expected", [
    ("trong đó 1.800 triệu đồng ngân sách tỉnh, 600 triệu đồng ngân sách huyện",
     [(1_800_000_000, "local"), (600_000_000, "local")]),
    ("trong đó 1.800 triệu đồng từ nguồn xã hội hóa, 600 triệu đồng từ ngân sách huyện",
     [(1_800_000_000, "mobilized"), (600_000_000, "local")]),
    ("trong đó 1.800 triệu đồng xã hội hóa, 600 triệu đồng ngân sách tỉnh",
     [(1_800_000_000, "mobilized"), (600_000_000, "local")]),
    ("gồm 1.800 triệu đồng ngân sách trung ương và 600 triệu đồng nguồn vận động",
     [(1_800_000_000, "central"), (600_000_000, "mobilized")]),
    # must not: the source named before each amount
    ("trong đó ngân sách tỉnh 1.800 triệu đồng, xã hội hóa 600 triệu đồng",
     [(1_800_000_000, "local"), (600_000_000, "mobilized")]),
    ("ngân sách trung ương 1.800 triệu đồng, nguồn vận động 600 triệu đồng",
     [(1_800_000_000, "central"), (600_000_000, "mobilized")]),
])
def test_a_source_named_after_its_amount(parts, expected):
    from extractors.fields.budget_statements import extract_statements
    text = ("KẾ HOẠCH\nPhát triển du lịch giai đoạn 2026 - 2028\nI. MỤC TIÊU\nĐạt 90%.\nII. KINH PHÍ\n"
            "Tổng kinh phí thực hiện là 2.400 triệu đồng, " + parts + ".\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Tài chính: bố trí kinh phí.\n")
    found = [(s["amount_vnd"], s["source"]) for s in extract_statements(_doc(text)) if s["amount_vnd"] != 2_400_000_000]
    assert found == expected
