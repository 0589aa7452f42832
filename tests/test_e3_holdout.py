"""Hold-out round E3 (new documents of the dev set's kinds, other content): the shapes its invented
documents (tests/invented/raw/e3_*) showed, each with rows that must match and rows that must not
(other names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.responsibilities import agency_of, extract_responsibilities
from extractors.formats import read
from extractors.segment import outline

MN = 1_000_000


def _doc(text: str):
    return build_document(read(text.encode(), "plan.txt"))


def _codes(text: str) -> list[tuple]:
    doc = _doc(text)
    return [(a["code"], a["title"]) for a in extract_activities(doc, outline(doc))]


# A resolution's Article of solutions ("Điều 2. Giải pháp thực hiện:") over numbered solutions is how, not
# tasks (as a plan's "III. GIẢI PHÁP THỰC HIỆN" is); an Article that names the tasks keeps its items as tasks.
RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\n\nHUYỆN ĐÔNG SƠN\n\nNGHỊ QUYẾT\n\nVề kế hoạch phát triển kinh tế - xã hội năm 2011\n\n"
              "Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2011.\n\n{article}\n\n"
              "1. Đẩy mạnh chuyển dịch cơ cấu cây trồng, vật nuôi.\n\n2. Tăng cường quản lý đất đai, tài nguyên.\n\n"
              "Điều 3. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n")


@pytest.mark.parametrize("article, codes", [
    ("Điều 2. Giải pháp thực hiện:", []),
    ("Điều 2. Giải pháp thực hiện", []),
    ("Điều 2. Các giải pháp chủ yếu:", []),
    # must still: an Article of tasks
    ("Điều 2. Nhiệm vụ và giải pháp chủ yếu:", ["1", "2"]),
    ("Điều 2. Nhiệm vụ trọng tâm:", ["1", "2"]),
])
def test_an_article_of_solutions_holds_no_tasks(article, codes):
    assert [c for c, _ in _codes(RESOLUTION.format(article=article))] == codes


# A report's "2. Nhiệm vụ, giải pháp" with nothing under it but the tasks numbered again from "1." (read as
# its siblings) is their heading, not a task; a numbered item with the same words and a text of its own is one.
REPORT = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÀ VÂN\n\nSố: 88/BC-UBND\n\nBÁO CÁO\n\nKết quả năm 2026 và phương hướng năm 2027\n\n"
          "I. KẾT QUẢ THỰC HIỆN NĂM 2026\n\nĐã hoàn thành 12 công trình.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n\n"
          "1. Mục tiêu\n\n- Phấn đấu hoàn thành 100% kế hoạch.\n\n{heading}\n\n"
          "1. Rà soát danh mục công trình khởi công mới năm 2027.\n\n2. Đôn đốc các chủ đầu tư giải ngân vốn.\n")


@pytest.mark.parametrize("heading, codes", [
    ("2. Nhiệm vụ, giải pháp", ["1", "2"]),
    ("2. Nhiệm vụ và giải pháp chủ yếu", ["1", "2"]),
    ("2. Các nhiệm vụ trọng tâm:", ["1", "2"]),
    # must not drop: a heading with a text of its own under it is a task
    ("2. Nhiệm vụ, giải pháp\n\nTập trung chỉ đạo quyết liệt, gắn trách nhiệm người đứng đầu với kết quả giải ngân.",
     ["2", "1", "2"]),
    ("2. Hoàn thiện hồ sơ thiết kế các dự án", ["2", "1", "2"]),
])
def test_a_heading_of_the_tasks_alone_is_no_task(heading, codes):
    assert [c for c, _ in _codes(REPORT.format(heading=heading))] == codes


# A financial plan (Kế hoạch tài chính - ngân sách 03 năm) sets out the budget's figures where another plan sets
# its tasks: a section of revenue or spending between the targets and the solutions holds no tasks; a section of
# works there does.
FINANCIAL = ("ỦY BAN NHÂN DÂN\n\nTỈNH BÌNH AN\n\nSố: 240/KH-UBND\n\nKẾ HOẠCH\n\nTài chính - ngân sách nhà nước 03 năm "
             "2028 - 2030\n\nI. MỤC TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI\n\nTăng trưởng GRDP bình quân 7,5%/năm.\n\n"
             "II. {heading}\n\n1. {first}\n\nDự kiến 9.120 tỷ đồng.\n\n2. {second}\n\nDự kiến 10.250 tỷ đồng.\n\n"
             "III. GIẢI PHÁP THỰC HIỆN\n\n1. Tăng cường quản lý thu.\n")


@pytest.mark.parametrize("heading, first, second, codes", [
    ("DỰ KIẾN THU NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2028 - 2030", "Thu nội địa", "Thu ngân sách địa phương", []),
    ("DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG", "Chi đầu tư phát triển", "Chi thường xuyên", []),
    ("CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG", "Tổng thu cân đối", "Tổng chi cân đối", []),
    # must still: a section of works between the targets and the solutions
    ("PHÁT TRIỂN HẠ TẦNG GIAO THÔNG", "Nâng cấp tuyến đường tỉnh 741", "Xây dựng cầu Phú Lâm", ["1", "2"]),
])
def test_a_section_of_the_budgets_figures_holds_no_tasks(heading, first, second, codes):
    text = FINANCIAL.format(heading=heading, first=first, second=second)
    assert [c for c, _ in _codes(text)] == codes


# "X có nhiệm vụ <verb> ..." gives a body its tasks: the body is X (the reading ran on into "có nhiệm vụ" when a
# task's verb followed); words that go on inside a collective's name stay in it.
@pytest.mark.parametrize("line, agency", [
    ("Tổ công tác có nhiệm vụ xây dựng lộ trình số hóa hồ sơ.", "Tổ công tác"),
    ("2. Ban Chỉ đạo có nhiệm vụ chỉ đạo, điều phối các hoạt động.", "Ban Chỉ đạo"),
    ("Hội đồng thẩm định có chức năng thẩm định hồ sơ đề nghị.", "Hội đồng thẩm định"),
    ("Tổ giúp việc có nhiệm vụ, quyền hạn giúp Ban Chỉ đạo tổng hợp báo cáo.", "Tổ giúp việc"),
    # must not
    ("- Các cơ quan có nhiệm vụ liên quan chủ động phối hợp thực hiện.", "Các cơ quan có nhiệm vụ liên quan"),
    ("3. Sở Y tế có trách nhiệm hướng dẫn các cơ sở.", "Sở Y tế"),
    ("Quyết định này có hiệu lực kể từ ngày ký.", None),
])
def test_a_body_given_its_tasks_is_named_without_them(line, agency):
    found = agency_of(line)
    assert (found[0] if found else None) == agency


def test_a_decisions_article_that_gives_a_group_its_tasks_names_it():
    text = ("BỘ TƯ PHÁP\n\nSố: 410/QĐ-BTP\n\nQUYẾT ĐỊNH\n\nVề việc thành lập Tổ công tác liên ngành\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công tác liên ngành gồm 07 thành viên.\n\nĐiều 2. Tổ công tác liên "
            "ngành có nhiệm vụ biên soạn tài liệu hướng dẫn nghiệp vụ hộ tịch.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    doc = _doc(text)
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == ["Tổ công tác liên ngành"]


# The capital named right after an amount, with no "từ" ("Phân bổ N triệu đồng vốn ngân sách tỉnh năm 2024 ..."),
# gives the sum its source and its year, as ", từ nguồn ngân sách tỉnh năm 2024" does; a fund that names no
# budget ("vốn đối ứng", "vốn huy động") gives none.
ALLOCATION = ("ỦY BAN NHÂN DÂN\n\nTỈNH PHÚ HÀ\n\nQUYẾT ĐỊNH\n\nVề việc phân bổ vốn\n\nQUYẾT ĐỊNH:\n\n"
              "Điều 1. {sentence}\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


@pytest.mark.parametrize("sentence, expected", [
    ("Phân bổ 45.600 triệu đồng vốn ngân sách tỉnh năm 2025 để thực hiện Chương trình kiên cố hóa kênh mương.",
     ("local", 2025, 45_600 * MN)),
    ("Giao 8.200 triệu đồng nguồn vốn ngân sách trung ương năm 2023 cho các huyện.", ("central", 2023, 8_200 * MN)),
    ("Bố trí 1.750 triệu đồng kinh phí ngân sách huyện để sửa chữa trường học.", ("local", None, 1_750 * MN)),
    ("Phân bổ 3.000 triệu đồng, từ nguồn ngân sách tỉnh năm 2026, cho 02 dự án.", ("local", 2026, 3_000 * MN)),
    # must not: no budget named after the amount
    ("Phân bổ 5.400 triệu đồng vốn đối ứng năm 2025 cho các dự án ODA.", ("total", None, 5_400 * MN)),
    ("Phân bổ 2.600 triệu đồng cho 04 xã để xây dựng nhà văn hóa.", ("total", None, 2_600 * MN)),
])
def test_the_capital_named_after_an_amount_is_its_source(sentence, expected):
    doc = _doc(ALLOCATION.format(sentence=sentence))
    found = [(s["source"], s["year"], s["amount_vnd"]) for s in extract_statements(doc, None)]
    assert found == [expected]


# A resolution's Article whose heading ends on the targets it adopts ("Điều 1. ..., Hội đồng nhân dân tỉnh quyết định
# các chỉ tiêu chủ yếu năm 2010 như sau:") holds them as specific objectives of that year; an Article that adopts a
# plan or holds its own "Mục tiêu" headings does not make its items targets.
TARGETS = ("HỘI ĐỒNG NHÂN DÂN\n\nTỈNH SƠN HẢI\n\nNGHỊ QUYẾT\n\nVề nhiệm vụ năm 2010\n\n{article}\n\n"
           "1. Tốc độ tăng trưởng kinh tế đạt 9 - 10%;\n\n2. Tỷ lệ hộ nghèo giảm còn 14,5%.\n\n"
           "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n")


def _objectives(text: str) -> list[tuple]:
    from extractors.fields.objectives import extract_objectives
    doc = _doc(text)
    return [(o["kind"], o["target_year"], [t["value"] for t in o["targets"] if t["unit"] == "percent"])
            for o in extract_objectives(doc, outline(doc))]


@pytest.mark.parametrize("article, expected", [
    ("Điều 1. Tán thành báo cáo của Ủy ban nhân dân tỉnh, Hội đồng nhân dân tỉnh quyết định các chỉ tiêu chủ yếu năm "
     "2010 như sau:", [("specific", 2010, [9.0, 10.0]), ("specific", 2010, [14.5])]),
    ("Điều 1. Thông qua các chỉ tiêu kinh tế - xã hội năm 2010 sau đây:",
     [("specific", 2010, [9.0, 10.0]), ("specific", 2010, [14.5])]),
    # must not: an Article that adopts a plan
    ("Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2010 như sau:", []),
    ("Điều 1. Tán thành các giải pháp chủ yếu năm 2010 như sau:", []),
])
def test_an_article_that_adopts_the_targets_holds_them(article, expected):
    assert _objectives(TARGETS.format(article=article)) == expected


# "Label: năm 2027 đạt N; năm 2028 đạt M": the year after the colon is the first amount's, not the line's name, and
# each later year's amount is the same line's, of its source.
@pytest.mark.parametrize("sentence, expected", [
    ("Thu ngân sách địa phương được hưởng theo phân cấp: năm 2028 đạt 8.120 tỷ đồng; năm 2029 đạt 8.900 tỷ đồng.",
     [("Thu ngân sách địa phương được hưởng theo phân cấp", "local", 2028),
      ("Thu ngân sách địa phương được hưởng theo phân cấp", "local", 2029)]),
    ("Chi ngân sách huyện: năm 2028 là 640 tỷ đồng, năm 2029 là 700 tỷ đồng.",
     [("Chi ngân sách huyện", "local", 2028), ("Chi ngân sách huyện", "local", 2029)]),
    # must not: a line of the state budget as a whole stays "total"; a part named by its own source keeps it
    ("Thu ngân sách nhà nước trên địa bàn: năm 2028 đạt 9.100 tỷ đồng; năm 2029 đạt 9.800 tỷ đồng.",
     [("Thu ngân sách nhà nước trên địa bàn", "total", 2028), ("Thu ngân sách nhà nước trên địa bàn", "total", 2029)]),
])
def test_a_years_amounts_after_a_lines_colon_are_that_lines(sentence, expected):
    text = ("ỦY BAN NHÂN DÂN\n\nTỈNH SƠN HẢI\n\nKẾ HOẠCH\n\nTài chính - ngân sách nhà nước 03 năm 2027 - 2029\n\n"
            f"I. DỰ KIẾN THU, CHI NGÂN SÁCH\n\n{sentence}\n")
    doc = _doc(text)
    found = [(s["scope"], s["source"], s["year"]) for s in extract_statements(doc, {"start_year": 2027, "end_year": 2029})]
    assert found == expected


# The places a collective of one level names after a colon ("Chủ tịch Ủy ban nhân dân các huyện: Đông Trà, Tây Sơn
# chịu trách nhiệm thi hành ...") are that collective's, as written without the colon; a duty after the colon that
# opens in a capital ("Ủy ban nhân dân các huyện, thành phố: Chỉ đạo ...") and a distributive head ("Giám đốc các Sở:
# Tài chính, Y tế") are not.
@pytest.mark.parametrize("line, agency", [
    ("Chủ tịch Ủy ban nhân dân các huyện: Hòa Vang, Phú Ninh chịu trách nhiệm thi hành Quyết định này.",
     "Chủ tịch Ủy ban nhân dân các huyện Hòa Vang, Phú Ninh"),
    ("Chủ tịch UBND các xã: Tân An và Phú Lộc chịu trách nhiệm thi hành Quyết định này.",
     "Chủ tịch UBND các xã Tân An và Phú Lộc"),
    # must not
    ("3. Ủy ban nhân dân các huyện, thành phố: Chỉ đạo các xã, thị trấn tổ chức tuyên truyền.",
     "Ủy ban nhân dân các huyện, thành phố"),
    ("- Ủy ban nhân dân các xã: tổ chức tuyên truyền, vận động.", "Ủy ban nhân dân các xã"),
    ("Giám đốc các Sở: Tài chính, Y tế chịu trách nhiệm thi hành Quyết định này.", "Giám đốc các Sở: Tài chính, Y tế"),
])
def test_the_places_after_a_levels_colon_are_the_collectives(line, agency):
    assert agency_of(line)[0] == agency


# A bare "Trong đó:" (or "Bao gồm:", "Cụ thể như sau:") line after a paragraph that states one sum makes the bullets
# under it that sum's parts (named by their purpose, of its source and year), as "... là N, trong đó:" does in one
# paragraph; a line that says something else, or a paragraph of several sums, gives its bullets no sum.
PARTS = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÒA BẮC\n\nQUYẾT ĐỊNH\n\nVề việc phê duyệt dự toán\n\nQUYẾT ĐỊNH:\n\n"
         "Điều 1. {sum}\n\n{line}\n\n- Mua sắm thiết bị giám sát: 640.000.000 đồng;\n\n"
         "- Đào tạo cán bộ vận hành: 210.000.000 đồng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
SUM = "Phê duyệt tổng kinh phí là 850.000.000 đồng, từ nguồn ngân sách huyện năm 2027."


@pytest.mark.parametrize("sum_, line, expected", [
    (SUM, "Trong đó:", [("total", "local", 2027), ("Mua sắm thiết bị giám sát", "local", 2027),
                        ("Đào tạo cán bộ vận hành", "local", 2027)]),
    (SUM, "Cụ thể như sau:", [("total", "local", 2027), ("Mua sắm thiết bị giám sát", "local", 2027),
                              ("Đào tạo cán bộ vận hành", "local", 2027)]),
    # must not: a line that is no "the parts follow", a paragraph of two sums
    (SUM, "Các đơn vị thực hiện:", [("total", "local", 2027), ("total", "total", None), ("total", "total", None)]),
    ("Phê duyệt kinh phí năm 2027 là 850.000.000 đồng và năm 2028 là 900.000.000 đồng.", "Trong đó:",
     [("total", "total", 2027), ("total", "total", 2028), ("total", "total", None), ("total", "total", None)]),
])
def test_a_bare_in_which_line_makes_the_bullets_the_sums_parts(sum_, line, expected):
    doc = _doc(PARTS.format(sum=sum_, line=line))
    assert [(s["scope"], s["source"], s["year"]) for s in extract_statements(doc, None)] == expected
